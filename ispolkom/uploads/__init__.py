"""Service: uploaded images and documents: size and type checks, images re-encoded, HTML
refused, atomic writes, documents served with honest headers, images-only media."""
