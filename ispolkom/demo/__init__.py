"""Top: the Osipovichi demo site, built from the data files in data/ by `manage.py load_demo`.
Nothing in ispolkom imports it."""
