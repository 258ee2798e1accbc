"""/favicon.ico and /apple-touch-icon.png, drawn from the district's coat of arms.

Browsers ask for both at the site's root whatever the page says, so they are answered there.
The icons are made with Pillow from the original image (a Wagtail rendition cannot write
ICO) and kept in the cache under the image's id and file name, so that a new coat of arms
gives new icons at once. The page cache keeps HTML and feeds only (its CACHED_TYPES), and
these are cheap from the cache; browsers keep them a day and then revalidate by ETag.
"""

import hashlib
from io import BytesIO

from django.core.cache import cache
from django.http import HttpResponse
from django.views.decorators.http import require_safe
from PIL import Image, ImageDraw

from ispolkom.framework import conditional_response

from .models import DistrictIdentity

FAVICON_SIZES = ((32, 32), (16, 16))
TOUCH_ICON_SIZE = 180
BRAND = (11, 74, 139, 255)  # the header's blue (site.css --brand)
WHITE = (255, 255, 255, 255)
MAX_AGE = 24 * 60 * 60
CACHED_FOR = 7 * 24 * 60 * 60
# Never decode more than this from an upload, whatever its header says.
MAX_SOURCE_PIXELS = 50_000_000


def coat_of_arms(request):
    try:
        return DistrictIdentity.for_request(request).coat_of_arms
    except DistrictIdentity.DoesNotExist:  # a host that is no Site
        return None


def open_picture(image):
    """The original image as RGBA, or None when it is missing or unreadable."""
    try:
        with image.open_file() as file:
            picture = Image.open(file)
            if picture.width * picture.height > MAX_SOURCE_PIXELS:
                return None
            picture.load()
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None  # missing from storage, truncated, or not an image Pillow reads
    return picture.convert("RGBA")


def fitted(picture, size, background=None):
    """`picture` scaled to fit a `size` square, centred, on `background` or transparent."""
    canvas = Image.new("RGBA", (size, size), background or (0, 0, 0, 0))
    scaled = picture.copy()
    scaled.thumbnail((size, size), Image.Resampling.LANCZOS)
    canvas.alpha_composite(scaled, ((size - scaled.width) // 2, (size - scaled.height) // 2))
    return canvas


def plain_icon(size):
    """A neutral icon without a coat of arms: a white frame on the header's blue."""
    canvas = Image.new("RGBA", (size, size), BRAND)
    inset, width = size // 5, max(1, size // 12)
    ImageDraw.Draw(canvas).rectangle((inset, inset, size - inset - 1, size - inset - 1),
                                     outline=WHITE, width=width)
    return canvas


def favicon_bytes(picture):
    largest = FAVICON_SIZES[0][0]
    icon = fitted(picture, largest) if picture else plain_icon(largest)
    output = BytesIO()
    icon.save(output, format="ICO", sizes=FAVICON_SIZES)
    return output.getvalue()


def touch_icon_bytes(picture):
    # iOS paints transparency black: the arms stand on white, with a margin for the corners.
    if picture:
        icon = Image.new("RGBA", (TOUCH_ICON_SIZE,) * 2, WHITE)
        margin = TOUCH_ICON_SIZE // 10
        icon.alpha_composite(fitted(picture, TOUCH_ICON_SIZE - 2 * margin), (margin, margin))
    else:
        icon = plain_icon(TOUCH_ICON_SIZE)
    output = BytesIO()
    icon.convert("RGB").save(output, format="PNG", optimize=True)
    return output.getvalue()


def file_key(image):
    name = image.file.name.encode()
    return f"{image.pk}:{hashlib.md5(name, usedforsecurity=False).hexdigest()}"


def icon_response(request, kind, draw, content_type):
    image = coat_of_arms(request)
    # The file's name changes with the file: a replaced coat of arms is a new key.
    key = f"icon:{kind}:{file_key(image)}" if image else f"icon:{kind}:plain"
    body = cache.get(key)
    if body is None:
        picture = open_picture(image) if image else None
        body = draw(picture)
        if picture or not image:  # a missing file is not remembered: it may come back
            cache.set(key, body, CACHED_FOR)
    response = HttpResponse(body, content_type=content_type)
    response["ETag"] = f'"{hashlib.sha256(body).hexdigest()[:20]}"'
    response["Cache-Control"] = f"public, max-age={MAX_AGE}"
    return conditional_response(request, response)


@require_safe
def favicon(request):
    return icon_response(request, "favicon", favicon_bytes, "image/x-icon")


@require_safe
def apple_touch_icon(request):
    return icon_response(request, "touch", touch_icon_bytes, "image/png")
