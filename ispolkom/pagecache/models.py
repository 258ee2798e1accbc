"""No models. The module's presence makes Django send this app `post_migrate`, after which
the shared cache tables are created (see apps.py)."""
