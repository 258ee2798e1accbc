"""Database sessions that ignore session cookies Django could not have issued.

Django's keys are 32 lowercase letters and digits. Anything else in the cookie (a NUL byte
makes PostgreSQL refuse the lookup outright) means "no session", as an unknown key does.
"""

from django.contrib.sessions.backends import db


class SessionStore(db.SessionStore):
    def _validate_session_key(self, key):
        return bool(super()._validate_session_key(key)) and key.isascii() and key.isalnum()
