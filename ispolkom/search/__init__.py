"""Service: the site search (SQLite FTS5 or PostgreSQL full text) over the page types features
offer (core/features.py), with its index kept in step with what is public."""
