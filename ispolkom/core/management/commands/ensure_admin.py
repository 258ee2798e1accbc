"""Create the local administrator once and print how to log in (for `make run`)."""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

PASSWORD_FILE = Path(settings.BASE_DIR) / ".admin-password"


class Command(BaseCommand):
    help = "Create a superuser 'admin' with a random password (kept in .admin-password)."

    def handle(self, *args, **options):
        users = get_user_model()
        if not users.objects.filter(username="admin").exists():
            password = secrets.token_urlsafe(12)
            users.objects.create_superuser("admin", "admin@example.org", password)
            PASSWORD_FILE.write_text(password + "\n")
            PASSWORD_FILE.chmod(0o600)
        password = (PASSWORD_FILE.read_text().strip() if PASSWORD_FILE.exists()
                    else "(set earlier; change it with: manage.py changepassword admin)")
        self.stdout.write(f"Admin at /{settings.ADMIN_PATH}/ -- login: admin  password: {password}")
