"""The Feedback readers group: who may read the questions sent through the site and mark
them answered, and nothing else."""

from django.contrib.auth.models import Group, Permission

FEEDBACK_READERS = "Feedback readers"
PERMISSIONS = {
    "wagtailadmin": ("access_admin",),
    "feedback": ("view_feedbackmessage", "change_feedbackmessage"),
}


def ensure_feedback_reader_group():
    """Create or complete the group; safe to run repeatedly."""
    group, _created = Group.objects.get_or_create(name=FEEDBACK_READERS)
    for app_label, codenames in PERMISSIONS.items():
        for codename in codenames:
            group.permissions.add(Permission.objects.get(content_type__app_label=app_label,
                                                         codename=codename))
    return group
