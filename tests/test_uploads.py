"""Uploads through the real admin views: limits by type and size, images written again by
Pillow, documents served safely, and a failed write (a full disk) that leaves nothing."""

import errno
import hashlib
import io
import os
import stat
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from PIL import Image as PillowImage
from PIL import ImageSequence, PngImagePlugin
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, UploadedFile
from wagtail.users.models import UserProfile

from ispolkom.uploads import storage as upload_storage
from ispolkom.uploads.forms import NO_SPACE, NOT_WRITTEN
from ispolkom.uploads.storage import AtomicFileSystemStorage

PAYLOAD = b"<script>alert(document.cookie)</script>"
SIZE = (64, 40)


@pytest.fixture
def editor_client(client, db):
    admin = get_user_model().objects.create_superuser("uploader", "up@example.org", "x")
    profile = UserProfile.get_for_user(admin)
    profile.preferred_language = "en"  # messages compared below are the English ones
    profile.save()
    client.force_login(admin)
    return client


def media_files():
    root = Path(settings.MEDIA_ROOT)
    return {str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()}


def image_bytes(fmt="JPEG", size=SIZE, **options):
    buffer = io.BytesIO()
    PillowImage.new("RGB", size, "#336699").save(buffer, fmt, **options)
    return buffer.getvalue()


def animated_gif(**options):
    frames = [PillowImage.new("RGB", SIZE, colour) for colour in ("red", "green", "blue")]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:], **options)
    return buffer.getvalue()


def camera_exif(orientation=1):
    exif = PillowImage.Exif()
    exif[0x010F] = "Camera <script>maker</script>"
    exif[0x0112] = orientation
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (53.0, 18.0, 30.0)  # the editor's home, to the second
    gps[3], gps[4] = "E", (28.0, 38.0, 10.0)
    return exif


def upload(name, data, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def root_collection():
    """The collection an upload goes to: with a collection per site, editors choose one."""
    return Collection.get_first_root_node().pk


def add_image(client, name, data):
    return client.post(reverse("wagtailimages:add"), {
        "title": "Upload", "collection": root_collection(), "file": upload(name, data)})


def add_document(client, name, data):
    return client.post(reverse("wagtaildocs:add"), {
        "title": "Upload", "collection": root_collection(), "file": upload(name, data)})


def file_errors(response):
    with translation.override("en"):  # the editor's language; lazy messages follow it
        return [str(error) for error in response.context["form"].errors.get("file", [])]


def assert_refused(response, model, before_files, count_before, message_part):
    """The form came back with an error on the file; no row and no file were made."""
    assert response.status_code == 200
    errors = file_errors(response)
    with translation.override("en"):
        assert any(str(message_part) in error for error in errors), errors
    assert escape(errors[0]) in response.content.decode()  # shown to the editor
    assert model.objects.count() == count_before
    assert media_files() == before_files


def stored_image(response):
    assert response.status_code == 302, file_errors(response)
    image = Image.objects.latest("pk")
    with image.file.open("rb") as stored:
        return image, stored.read()


# --- images -------------------------------------------------------------------------------

def test_jpeg_is_written_again_without_exif_gps_or_appended_payload(editor_client):
    original = image_bytes("JPEG", exif=camera_exif().tobytes(), comment=b"<b>note</b>")
    image, data = stored_image(add_image(editor_client, "photo.jpg", original + PAYLOAD))
    assert b"<script>" not in data and b"Exif" not in data and b"<b>note" not in data
    decoded = PillowImage.open(io.BytesIO(data))
    assert decoded.format == "JPEG" and decoded.size == SIZE
    assert not decoded.getexif() and "comment" not in decoded.info
    assert (image.width, image.height) == SIZE
    assert image.file_size == len(data)
    assert image.file_hash == hashlib.sha1(data).hexdigest()


def test_photo_turned_by_exif_is_stored_upright(editor_client):
    original = image_bytes("JPEG", exif=camera_exif(orientation=6).tobytes())
    image, data = stored_image(add_image(editor_client, "turned.jpg", original))
    assert PillowImage.open(io.BytesIO(data)).size == (SIZE[1], SIZE[0])
    assert (image.width, image.height) == (SIZE[1], SIZE[0])


def test_png_loses_text_chunks_and_payload_but_keeps_transparency(editor_client):
    picture = PillowImage.new("RGBA", SIZE, (0, 0, 0, 0))
    picture.putpixel((1, 1), (255, 0, 0, 255))
    text = PngImagePlugin.PngInfo()
    text.add_text("Comment", "<script>png</script>")
    buffer = io.BytesIO()
    picture.save(buffer, "PNG", pnginfo=text, exif=camera_exif().tobytes())
    _image, data = stored_image(add_image(editor_client, "logo.png", buffer.getvalue() + PAYLOAD))
    assert b"script" not in data
    decoded = PillowImage.open(io.BytesIO(data))
    assert decoded.mode == "RGBA" and decoded.getpixel((0, 0))[3] == 0
    assert decoded.getpixel((1, 1)) == (255, 0, 0, 255) and not decoded.getexif()


def test_animated_gif_keeps_its_frames_and_loses_its_comment(editor_client):
    original = animated_gif(duration=120, loop=0, comment=b"<script>gif</script>")
    _image, data = stored_image(add_image(editor_client, "anim.gif", original))
    assert b"script" not in data
    decoded = PillowImage.open(io.BytesIO(data))
    assert decoded.n_frames == 3
    assert [frame.info["duration"] for frame in ImageSequence.Iterator(decoded)] == [120] * 3


def test_webp_is_written_again(editor_client):
    original = image_bytes("WEBP", exif=camera_exif().tobytes())
    _image, data = stored_image(add_image(editor_client, "pic.webp", original + PAYLOAD))
    decoded = PillowImage.open(io.BytesIO(data))
    assert decoded.format == "WEBP" and decoded.size == SIZE
    assert b"script" not in data and not decoded.getexif()


def test_renditions_and_focal_point_work_on_the_written_image(editor_client):
    image, _data = stored_image(add_image(editor_client, "focus.jpg", image_bytes(size=(400, 300))))
    image.focal_point_x, image.focal_point_y = 350, 150
    image.focal_point_width = image.focal_point_height = 20
    image.save()
    rendition = image.get_rendition("fill-100x100")
    assert (rendition.width, rendition.height) == (100, 100)
    assert default_storage.exists(rendition.file.name)


@pytest.mark.parametrize(("name", "data", "message"), [
    ("drawing.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
     "Not a supported image format"),
    ("page.html", b"<html><script>alert(1)</script></html>", "Not a supported image format"),
    ("page.png", b"<html><script>alert(1)</script></html>", "Not a valid .png image"),
    ("vector.png", b'<svg xmlns="http://www.w3.org/2000/svg"><script>x</script></svg>',
     "Not a valid .png image"),
    ("polyglot.gif", b"GIF89a/*<script>alert(1)</script>*/", "Upload a valid image"),
    ("renamed.jpg", image_bytes("PNG"), "The extension does not match"),
    ("cut.gif", animated_gif()[:-20], "damaged or incomplete"),  # only a later frame is cut
])
def test_image_that_is_not_what_it_claims_is_refused(editor_client, name, data, message):
    before, count = media_files(), Image.objects.count()
    response = add_image(editor_client, name, data)
    assert_refused(response, Image, before, count, message)


def test_too_large_image_is_refused(editor_client):
    data = image_bytes("PNG")
    data += b"\0" * (settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE + 1 - len(data))
    before, count = media_files(), Image.objects.count()
    assert_refused(add_image(editor_client, "huge.png", data), Image, before, count,
                   "This file is too big")


@pytest.mark.slow
def test_image_with_too_many_pixels_is_refused(editor_client):
    side = int(settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS ** 0.5) + 1
    data = image_bytes("PNG", size=(side, side))  # a few kilobytes of one colour
    before, count = media_files(), Image.objects.count()
    assert_refused(add_image(editor_client, "bomb.png", data), Image, before, count,
                   "too many pixels")


def test_multiple_upload_reports_a_refused_file(editor_client):
    count = Image.objects.count()
    response = editor_client.post(reverse("wagtailimages:add_multiple"), {
        "files[]": upload("page.png", b"<html><script>alert(1)</script></html>")})
    assert response.status_code == 200
    assert response.json()["success"] is False and response.json()["error_message"]
    assert Image.objects.count() == count


def test_multiple_upload_kept_for_later_is_written_again_too(editor_client):
    # A title that fails validation makes Wagtail keep the file as an UploadedFile.
    original = image_bytes("JPEG", exif=camera_exif().tobytes()) + PAYLOAD
    response = editor_client.post(reverse("wagtailimages:add_multiple"), {
        "title": "x" * 300, "files[]": upload("later.jpg", original)})
    assert response.status_code == 200 and response.json()["success"] is True
    pending = UploadedFile.objects.latest("pk")
    with pending.file.open("rb") as stored:
        data = stored.read()
    assert b"script" not in data and b"Exif" not in data
    assert PillowImage.open(io.BytesIO(data)).size == SIZE


# --- documents ------------------------------------------------------------------------------

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.mark.parametrize(("name", "data", "message"), [
    ("page.html", b"<script>alert(1)</script>", "File extension"),
    ("drawing.svg", b'<svg onload="alert(1)"/>', "File extension"),
    ("script.js", b"alert(1)", "File extension"),
    ("page.pdf", b"<html><script>alert(1)</script></html>", "is not a .pdf document"),
    ("sheet.xlsx", b"<html>not a spreadsheet</html>", "is not a .xlsx document"),
    ("text.txt", b"MZ\x90\x00\x03\x00\x00\x00", "is not a .txt document"),
])
def test_document_that_is_not_what_it_claims_is_refused(editor_client, name, data, message):
    before, count = media_files(), Document.objects.count()
    assert_refused(add_document(editor_client, name, data), Document, before, count, message)


def test_too_large_document_is_refused(editor_client):
    data = PDF + b"0" * (settings.WAGTAILDOCS_MAX_UPLOAD_SIZE + 1 - len(PDF))
    before, count = media_files(), Document.objects.count()
    assert_refused(add_document(editor_client, "big.pdf", data), Document, before, count,
                   "This file is too big")


def test_documents_are_served_as_downloads_that_cannot_run_scripts(editor_client, client):
    # A script inside text (a file that starts as a page is refused: test_exposure.py).
    notes = b"Meeting notes\n<script>alert(1)</script>\n"
    assert add_document(editor_client, "notes.txt", notes).status_code == 302
    document = Document.objects.latest("pk")
    assert document.url.startswith("/documents/")  # Wagtail's view, never the bare file
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"


# --- a full disk ----------------------------------------------------------------------------

def disk_fills_half_way(staged, content):
    """Writes half of the file for real, then fails as a full disk does."""
    data = b"".join(content.chunks())
    staged.write(data[: len(data) // 2])
    staged.flush()
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


UPLOADS = {
    "image": (add_image, Image, "photo.jpg", image_bytes("JPEG", size=(300, 200))),
    "document": (add_document, Document, "report.pdf", PDF + b"x" * 100_000),
}


@pytest.mark.parametrize("kind", UPLOADS)
def test_disk_full_while_writing_gives_a_clear_error_and_leaves_nothing(editor_client, kind):
    add, model, name, data = UPLOADS[kind]
    before, count = media_files(), model.objects.count()
    with mock.patch.object(upload_storage, "write_staged", disk_fills_half_way) as failing:
        response = add(editor_client, name, data)
    assert failing is disk_fills_half_way
    assert_refused(response, model, before, count, NO_SPACE)


@pytest.mark.parametrize("kind", UPLOADS)
def test_disk_full_while_moving_into_place_leaves_nothing(editor_client, kind):
    add, model, name, data = UPLOADS[kind]
    before, count = media_files(), model.objects.count()
    no_space = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    with mock.patch.object(FileSystemStorage, "_save", side_effect=no_space):
        response = add(editor_client, name, data)
    assert_refused(response, model, before, count, NO_SPACE)


def test_other_write_failures_say_the_file_was_not_saved(editor_client):
    before, count = media_files(), Document.objects.count()
    broken = OSError(errno.EIO, os.strerror(errno.EIO))
    with mock.patch.object(FileSystemStorage, "_save", side_effect=broken):
        response = add_document(editor_client, "report.pdf", PDF)
    assert_refused(response, Document, before, count, NOT_WRITTEN)


def test_storage_renames_a_complete_file_into_place(tmp_path):
    storage = AtomicFileSystemStorage(location=tmp_path)
    name = storage.save("documents/report.txt", ContentFile(b"complete"))
    assert (tmp_path / name).read_bytes() == b"complete"
    assert stat.S_IMODE((tmp_path / name).stat().st_mode) == settings.FILE_UPLOAD_PERMISSIONS
    assert [path.name for path in (tmp_path / "documents").iterdir()] == ["report.txt"]
