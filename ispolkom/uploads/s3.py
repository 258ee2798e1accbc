"""Media on S3-compatible storage (MEDIA_STORAGE=s3, docs/deployment.md "Past one machine"):
the bucket counterpart of storage.AtomicFileSystemStorage's guarantees.

Readers never see half a file: an object appears only when its upload has completed, and a
failed PUT leaves nothing, so no staging is needed. Nor does an upload replace another file
of the same name: FileSystemStorage refuses to overwrite (an exclusive create, then another
name); here the PUT carries `If-None-Match: *`, the bucket refuses it when the key exists
(412) and the file gets another name.

Objects are private. Only images and renditions are readable by anyone, as nginx serves only
those two directories from disk; documents are streamed by Wagtail's view, which checks the
privacy of their collection and pages (WAGTAILDOCS_SERVE_METHOD = "serve_view"), so a
document is never fetched from the bucket by a visitor, whatever its collection becomes.
"""

from botocore.exceptions import ClientError
from storages.backends.s3 import S3Storage

# Where Wagtail writes images and renditions (AbstractImage.get_upload_to,
# AbstractRendition.get_upload_to).
PUBLIC_DIRECTORIES = ("original_images/", "images/")
PRECONDITION_FAILED = 412


class S3MediaStorage(S3Storage):
    file_overwrite = False
    default_acl = "private"
    querystring_auth = False  # image URLs never change, so cached pages stay valid

    def get_object_parameters(self, name):
        acl = "public-read" if name.startswith(PUBLIC_DIRECTORIES) else "private"
        return {**super().get_object_parameters(name), "ACL": acl}

    def _save(self, name, content):
        while True:
            key = self._normalize_name(name)
            content.seek(0)
            try:
                self.connection.meta.client.put_object(
                    Bucket=self.bucket_name, Key=key, Body=content, IfNoneMatch="*",
                    **self._get_write_parameters(key, content))
                return name
            except ClientError as error:
                if error.response["ResponseMetadata"]["HTTPStatusCode"] != PRECONDITION_FAILED:
                    raise
            name = self.get_available_name(name)  # taken meanwhile: another name
