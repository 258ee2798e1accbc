"""Service: the full-page cache for anonymous visitors, keyed on each site's content generation
(core/freshness.py), bounded per process."""
