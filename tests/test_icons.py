"""favicon.ico and apple-touch-icon.png: from the coat of arms, or a plain icon without one."""

from io import BytesIO

import pytest
from bs4 import BeautifulSoup
from PIL import Image as PillowImage
from wagtail.images.models import Image

from ispolkom.core.models import DistrictIdentity

ICONS = {"/favicon.ico": ("ICO", (32, 32)), "/apple-touch-icon.png": ("PNG", (180, 180))}


def set_coat_of_arms(image):
    identity = DistrictIdentity.objects.get()
    identity.coat_of_arms = image
    identity.save()


def assert_icon(client, url):
    image_format, size = ICONS[url]
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("image/")
    assert "max-age" in response["Cache-Control"] and response["ETag"]
    picture = PillowImage.open(BytesIO(response.content))
    assert picture.format == image_format
    assert picture.size == size
    if image_format == "ICO":
        assert {(16, 16), (32, 32)} <= set(picture.info["sizes"])
    return picture.convert("RGB")


@pytest.mark.parametrize("url", ICONS)
def test_icons_come_from_the_coat_of_arms(client, demo, url):
    with_arms = assert_icon(client, url)
    set_coat_of_arms(None)
    plain = assert_icon(client, url)
    assert with_arms.tobytes() != plain.tobytes()


@pytest.mark.parametrize("url", ICONS)
def test_a_coat_of_arms_missing_from_storage_gives_the_plain_icon(client, demo, url):
    set_coat_of_arms(None)
    plain = assert_icon(client, url)
    missing = Image.objects.create(title="Lost", file="original_images/lost-arms.png",
                                   width=200, height=240)
    set_coat_of_arms(missing)
    assert assert_icon(client, url).tobytes() == plain.tobytes()


def test_an_unreadable_coat_of_arms_gives_the_plain_icon(client, demo):
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    name = default_storage.save("original_images/broken-arms.png",
                                ContentFile(b"\x89PNG\r\n\x1a\nnot really"))
    set_coat_of_arms(Image.objects.create(title="Broken", file=name, width=10, height=10))
    for url in ICONS:
        assert_icon(client, url)


def test_icons_revalidate_by_etag(client, demo):
    first = client.get("/favicon.ico")
    again = client.get("/favicon.ico", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert client.head("/apple-touch-icon.png").status_code == 200
    assert client.post("/favicon.ico").status_code == 405


def test_pages_name_their_icons(client, demo):
    for prefix in ("", "/special"):
        html = BeautifulSoup(client.get(prefix + "/ru/").content, "html.parser")
        icon = html.select_one('link[rel="icon"]')["href"]
        touch = html.select_one('link[rel="apple-touch-icon"]')["href"]
        assert icon.endswith("/favicon.ico") and touch.endswith("/apple-touch-icon.png")
        assert client.get(icon).status_code == 200
        assert client.get(touch).status_code == 200
