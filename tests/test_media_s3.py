"""Media on S3-compatible storage (MEDIA_STORAGE=s3), against moto's server on a free port:
uploads through the admin land in the bucket with the checks of ispolkom/uploads, pages show
renditions from it, documents reach visitors only through the site, and nothing private is
readable from the bucket by anyone who has its address."""

import io
import logging
import urllib.error
import urllib.request
from unittest import mock

import boto3
import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from PIL import Image as PillowImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, CollectionViewRestriction

from ispolkom.news.models import NewsArticlePage
from ispolkom.uploads.s3 import S3MediaStorage
from tests.support.live_server import free_port

pytestmark = [pytest.mark.django_db, pytest.mark.live]

BUCKET = "ispolkom-media-test"
KEYS = {"access_key": "testing", "secret_key": "testing"}  # moto accepts any


@pytest.fixture(scope="module")
def bucket():
    """moto's S3 server on a free port, with an empty bucket; (endpoint, boto3 client)."""
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # moto's line per request
    endpoint = f"http://127.0.0.1:{port}"
    client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1",
                          aws_access_key_id="testing", aws_secret_access_key="testing")
    client.create_bucket(Bucket=BUCKET)
    yield endpoint, client
    server.stop()


@pytest.fixture
def s3_media(bucket, settings):
    endpoint, client = bucket
    storages = {**settings.STORAGES, "default": {
        "BACKEND": "ispolkom.uploads.s3.S3MediaStorage",
        "OPTIONS": {"bucket_name": BUCKET, "endpoint_url": endpoint, "region_name": "us-east-1",
                    **KEYS}}}
    with override_settings(STORAGES=storages):
        yield endpoint, client


@pytest.fixture
def editor_client(client):
    admin = get_user_model().objects.create_superuser("uploader", "up@example.org", "x")
    client.force_login(admin)
    return client


def anonymous_get(url):
    """(status, body) of a request that carries no credentials, as a visitor's browser."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 (loopback)
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def body_of(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def jpeg_with_payload():
    buffer = io.BytesIO()
    PillowImage.new("RGB", (64, 40), "#336699").save(buffer, "JPEG")
    return buffer.getvalue() + b"<script>alert(1)</script>"


def add(client, kind, name, data, collection=None):
    collection = collection or Collection.get_first_root_node()
    return client.post(reverse(f"wagtail{kind}:add"), {
        "title": "Upload", "collection": collection.pk,
        "file": SimpleUploadedFile(name, data, content_type="application/octet-stream")})


def bucket_object(client, name):
    return client.get_object(Bucket=BUCKET, Key=name)["Body"].read()


def test_an_image_uploaded_in_the_admin_is_shown_from_the_bucket(editor_client, s3_media,
                                                                   demo):
    endpoint, client = s3_media
    response = add(editor_client, "images", "photo.jpg", jpeg_with_payload())
    assert response.status_code == 302
    image = Image.objects.latest("pk")
    stored = bucket_object(client, image.file.name)
    assert stored.startswith(b"\xff\xd8") and b"<script>" not in stored  # written again

    article = NewsArticlePage.objects.live().filter(locale__language_code="en").first()
    article.main_image = image
    article.save_revision().publish()
    page = BeautifulSoup(editor_client.get(article.url).content, "html.parser")
    sources = [tag["src"] for tag in page.select("img")
               if tag["src"].startswith(f"{endpoint}/{BUCKET}/images/photo.")]
    assert sources, "the article shows no rendition from the bucket"
    status, data = anonymous_get(sources[0])
    assert status == 200 and data.startswith(b"\xff\xd8")  # a rendition anyone may read


def test_a_document_reaches_visitors_through_the_site_never_from_the_bucket(
        client, editor_client, s3_media):
    endpoint, _client = s3_media
    assert add(editor_client, "docs", "budget.txt", b"Budget for 2027\n").status_code == 302
    document = Document.objects.latest("pk")
    client.logout()

    response = client.get(document.url)
    assert response.status_code == 200
    assert body_of(response) == b"Budget for 2027\n"
    assert anonymous_get(f"{endpoint}/{BUCKET}/{document.file.name}")[0] == 403


def test_a_private_document_is_refused_and_its_object_is_private(client, editor_client,
                                                                 s3_media):
    endpoint, _client = s3_media
    collection = Collection.get_first_root_node().add_child(name="Internal papers")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD,
        password="only-staff")
    response = add(editor_client, "docs", "draft.txt", b"confidential figures\n", collection)
    assert response.status_code == 302
    document = Document.objects.latest("pk")
    client.logout()

    response = client.get(document.url)
    assert b"confidential" not in body_of(response)
    assert 'name="password"' in response.content.decode()
    status, data = anonymous_get(f"{endpoint}/{BUCKET}/{document.file.name}")
    assert status == 403 and b"confidential" not in data


def test_an_upload_never_replaces_another_file_of_the_same_name(s3_media):
    _endpoint, client = s3_media
    first = default_storage.save("documents/minutes.txt", ContentFile(b"first"))
    second = default_storage.save("documents/minutes.txt", ContentFile(b"second"))
    assert first != second
    # Another server takes the name between the check and the write: the bucket refuses.
    client.put_object(Bucket=BUCKET, Key="documents/order.txt", Body=b"theirs")
    answers, real_exists = [False], S3MediaStorage.exists
    with mock.patch.object(S3MediaStorage, "exists", lambda storage, name: (
            answers.pop() if answers else real_exists(storage, name))):
        ours = default_storage.save("documents/order.txt", ContentFile(b"ours"))
    assert ours != "documents/order.txt"
    assert bucket_object(client, "documents/order.txt") == b"theirs"
    assert bucket_object(client, ours) == b"ours"
    assert [bucket_object(client, name) for name in (first, second)] == [b"first", b"second"]
