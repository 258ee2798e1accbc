"""Uploaded images are decoded and written again by Pillow before they are stored.

What the site then serves is only pixels we wrote: no EXIF (camera serial numbers, the GPS
position of an editor's home), no comments or XMP, nothing appended after the image data
(an HTML or script polyglot). The EXIF orientation is applied to the pixels first, so
photos keep standing upright, and colour profiles are applied by converting to sRGB.
"""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageCms, ImageOps, ImageSequence

# Pillow's name of a decoded image → the format it is written in again (MPO: camera JPEG).
OUTPUT_FORMATS = {"JPEG": "JPEG", "MPO": "JPEG", "PNG": "PNG", "WEBP": "WEBP", "GIF": "GIF"}
ANIMATED_FORMATS = {"PNG", "WEBP", "GIF"}
# The only metadata kept: what is needed to show the same picture.
KEPT_INFO = ("transparency", "duration", "loop", "background")
JPEG_QUALITY = 90
WEBP_QUALITY = 90
SRGB = ImageCms.createProfile("sRGB")


class UnreadableImage(ValueError):
    """Pillow cannot decode the file to the end."""


def reencoded_upload(upload):
    """A new upload with the same name holding `upload`'s image, written again."""
    data, output_format = reencode(upload)
    return SimpleUploadedFile(upload.name, data, content_type=Image.MIME[output_format])


def reencode(file):
    """(bytes, format) of the image in `file`, decoded and encoded again by Pillow."""
    file.seek(0)
    try:
        with Image.open(file) as source:
            output_format = OUTPUT_FORMATS.get(source.format)
            if output_format is None:
                raise UnreadableImage(source.format)
            frames = decoded_frames(source, output_format)
            buffer = io.BytesIO()
            save(frames, buffer, output_format, loop=source.info.get("loop", 0))
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as error:
        raise UnreadableImage(str(error)) from error
    finally:
        file.seek(0)
    return buffer.getvalue(), output_format


def decoded_frames(source, output_format):
    """Every frame of an animation, or the single picture, as clean in-memory images."""
    if output_format in ANIMATED_FORMATS and getattr(source, "n_frames", 1) > 1:
        return [clean_copy(frame, output_format) for frame in ImageSequence.Iterator(source)]
    return [clean_copy(ImageOps.exif_transpose(source), output_format)]


def clean_copy(image, output_format):
    image.load()  # a truncated file fails here, not half-way through writing
    copy = in_srgb(image).copy()
    copy.info = {key: image.info[key] for key in KEPT_INFO if key in image.info}
    if output_format == "JPEG" and copy.mode not in ("L", "RGB"):
        copy = copy.convert("RGB")
    return copy


def in_srgb(image):
    """`image` converted to sRGB by its embedded colour profile, if it has one."""
    profile = image.info.get("icc_profile")
    if not profile or image.mode not in ("RGB", "RGBA", "CMYK"):
        return image
    output_mode = "RGBA" if image.mode == "RGBA" else "RGB"
    try:
        return ImageCms.profileToProfile(image, io.BytesIO(profile), SRGB,
                                         outputMode=output_mode)
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image  # a broken profile: keep the pixels as they are


def save(frames, buffer, output_format, loop):
    first, rest = frames[0], frames[1:]
    options = {"JPEG": {"quality": JPEG_QUALITY, "optimize": True},
               "WEBP": {"quality": WEBP_QUALITY}}.get(output_format, {})
    if rest:
        options.update(save_all=True, append_images=rest, loop=loop,
                       duration=[frame.info.get("duration", 100) for frame in frames])
    first.save(buffer, output_format, **options)
