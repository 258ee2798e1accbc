"""Notices: a feature app that exists only in tests. It proves that a new content type
plugs in through ispolkom.core.features (home page block, search, robots.txt) with no
change outside its own folder; tests/test_plug_in.py installs it through settings."""
