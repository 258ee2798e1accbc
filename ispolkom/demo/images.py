"""Illustrations drawn locally with Pillow, so the demo needs no downloads."""

import io
import math
import random

from PIL import Image, ImageDraw

SIZE = (1200, 750)

# sky, ground and detail colours per scene keyword
PALETTES = {
    "field": ("#8ec5ef", "#d9b44a", "#6b8e23"),
    "school": ("#a7d3f5", "#7fb069", "#c0504d"),
    "park": ("#9fd4f7", "#5fa052", "#2f6b2f"),
    "factory": ("#b9c6d2", "#80868b", "#5b3f30"),
    "road": ("#9cc9ee", "#6f9a4d", "#3d3d3d"),
    "library": ("#c9dff2", "#8c6a4f", "#6d2e46"),
    "sport": ("#90cdf4", "#3f9142", "#f2f2f2"),
    "hospital": ("#b3dcf7", "#8fbf7f", "#ffffff"),
    "river": ("#a0d2f7", "#4f8f46", "#2e6fa7"),
    "forest": ("#9bcbe8", "#3d7a3d", "#1f4d2b"),
}


def scene_png(keyword, seed=0):
    """A simple landscape for `keyword`, as PNG bytes; the same seed draws the same picture."""
    sky, ground, detail = PALETTES.get(keyword, PALETTES["field"])
    rng = random.Random(f"{keyword}-{seed}")
    image = Image.new("RGB", SIZE, sky)
    draw = ImageDraw.Draw(image)
    width, height = SIZE
    horizon = int(height * rng.uniform(0.5, 0.62))
    draw.ellipse((width - 260, 60, width - 140, 180), fill="#fff4b0")  # the sun
    draw.rectangle((0, horizon, width, height), fill=ground)
    if keyword == "river":
        draw.polygon([(0, height), (width * 0.35, horizon), (width * 0.5, horizon),
                      (width * 0.7, height)], fill=detail)
    elif keyword in {"forest", "park"}:
        for _ in range(14):
            x = rng.randint(0, width)
            size = rng.randint(40, 90)
            base = horizon + rng.randint(-10, 60)
            draw.polygon([(x, base - size * 2), (x - size, base), (x + size, base)], fill=detail)
    elif keyword == "road":
        draw.polygon([(width * 0.45, horizon), (width * 0.55, horizon), (width * 0.8, height),
                      (width * 0.2, height)], fill=detail)
        for step in range(6):
            y = horizon + (height - horizon) * step / 6
            draw.rectangle((width * 0.495, y + 8, width * 0.505, y + 30), fill="#f5f5f5")
    elif keyword == "field":
        for row in range(12):
            y = horizon + row * (height - horizon) / 12
            draw.line((0, y, width, y + 20), fill=detail, width=4)
    else:
        for index in range(rng.randint(2, 4)):
            left = 120 + index * 280 + rng.randint(-30, 30)
            top = horizon - rng.randint(120, 260)
            draw.rectangle((left, top, left + 220, horizon + 10), fill=detail, outline="#333333")
            for row in range(3):
                for column in range(4):
                    x = left + 20 + column * 50
                    y = top + 20 + row * 45
                    draw.rectangle((x, y, x + 28, y + 26), fill="#fdf6d8")
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def coat_of_arms_png():
    """A simplified heraldic shield (blue field, golden wheel, green base)."""
    image = Image.new("RGBA", (300, 360), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    shield = [(10, 10), (290, 10), (290, 200), (150, 350), (10, 200)]
    draw.polygon(shield, fill="#1f5fa8", outline="#c9a227")
    draw.polygon([(10, 200), (290, 200), (150, 350)], fill="#2e7d32")
    draw.line(shield + [shield[0]], fill="#c9a227", width=8)
    draw.ellipse((90, 60, 210, 180), outline="#f2c94c", width=12)
    for angle in range(0, 360, 45):
        dx, dy = math.cos(math.radians(angle)) * 60, math.sin(math.radians(angle)) * 60
        draw.line((150, 120, 150 + dx, 120 + dy), fill="#f2c94c", width=8)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()
