from django.db import migrations

from ispolkom.alerts.publishers import ensure_emergency_publishers


def create_group(apps, schema_editor):
    ensure_emergency_publishers(apps.get_model("auth", "Group"),
                                apps.get_model("auth", "Permission"),
                                apps.get_model("contenttypes", "ContentType"))


class Migration(migrations.Migration):
    dependencies = [
        ("alerts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        # After Wagtail's migrations that give every admin group rights on images and
        # documents: this group must get none.
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(create_group, migrations.RunPython.noop)]
