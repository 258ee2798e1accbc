"""Documents saved before every save recorded its hash (uploads/signals.py) get it now, once,
so that their downloads have a real ETag without a look-up on every download."""

from django.db import migrations
from wagtail.utils.file import hash_filelike


def record_hashes(apps, schema_editor):
    Document = apps.get_model("wagtaildocs", "Document")
    for document in Document.objects.filter(file_hash="").iterator():
        try:
            with document.file.open("rb") as file:
                file_hash = hash_filelike(file)
        except OSError:
            continue  # the file is missing: its download answers 404 anyway
        Document.objects.filter(pk=document.pk).update(file_hash=file_hash)


class Migration(migrations.Migration):
    dependencies = [("wagtaildocs", "0014_alter_document_file_size")]
    operations = [migrations.RunPython(record_hashes, migrations.RunPython.noop)]
