"""The Emergency publishers group: who may publish alert banners and nothing else (no pages,
images, documents or settings). Created by migration 0002; ensure_emergency_publishers()
completes it again (load_demo), e.g. after someone edited its rights by hand."""

from django.contrib.auth.models import Group, Permission
from django.utils.translation import gettext_lazy as _

EMERGENCY_PUBLISHERS = "Emergency publishers"
EMERGENCY_PUBLISHERS_LABEL = _("Emergency publishers")
ALERT_ACTIONS = ("add", "change", "delete", "publish")


def ensure_emergency_publishers(group_model=Group, permission_model=Permission,
                                content_type_model=None):
    """Create the group, or give it back exactly its rights. Safe to run repeatedly; takes
    the historical models when called from a migration."""
    if content_type_model is None:
        from django.contrib.contenttypes.models import ContentType as content_type_model
    alert_type, _created = content_type_model.objects.get_or_create(app_label="alerts",
                                                                    model="alert")
    admin_type, _created = content_type_model.objects.get_or_create(app_label="wagtailadmin",
                                                                    model="admin")
    rights = [permission_model.objects.get_or_create(
        content_type=alert_type, codename=f"{action}_alert",
        defaults={"name": f"Can {action} alert banner"})[0] for action in ALERT_ACTIONS]
    rights.append(permission_model.objects.get_or_create(
        content_type=admin_type, codename="access_admin",
        defaults={"name": "Can access Wagtail admin"})[0])
    group, _created = group_model.objects.get_or_create(name=EMERGENCY_PUBLISHERS)
    group.permissions.set(rights)
    return group
