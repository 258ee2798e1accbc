"""Service: the version for the visually impaired, every page again under /special/…, with
the settings panel (font, size, spacing, colours, images). Public interface: version.py."""
