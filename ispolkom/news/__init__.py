"""Feature: news. The news index, sections and articles, their lists (/page/N/) and RSS feeds,
the News editor group; the home page blocks and search types it offers (wagtail_hooks.py)."""
