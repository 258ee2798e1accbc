"""Each entry knows the home of its language tree, so that a site searches its own pages only
(several committees on one install). Existing rows get theirs here; later, indexing does."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def fill_homes(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    SearchEntry = apps.get_model("site_search", "SearchEntry")
    for home in Page.objects.filter(depth=2).only("pk", "path"):
        SearchEntry.objects.filter(page__path__startswith=home.path).update(home_id=home.pk)


class Migration(migrations.Migration):
    dependencies = [
        ("site_search", "0003_narrow_search_rows"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        # Nullable, so that SQLite adds the column in place: rebuilding the table would drop
        # the full-text index's triggers (migration 0002).
        migrations.AddField(
            model_name="searchentry",
            name="home",
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.CASCADE,
                                    related_name="+", to=settings.WAGTAIL_PAGE_MODEL),
        ),
        migrations.RunPython(fill_homes, migrations.RunPython.noop),
    ]
