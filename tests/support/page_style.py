"""Small helpers for reading what the browser shows: computed styles, colour contrast."""


def relative_luminance(rgb):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(v) for v in rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first, second):
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def parse_rgb(css):
    """'rgb(6, 52, 98)' or 'rgba(…)' → (6, 52, 98)."""
    inside = css[css.index("(") + 1: css.index(")")]
    return tuple(int(float(part)) for part in inside.replace("/", ",").split(",")[:3])


def style(page, selector, prop):
    return page.eval_on_selector(
        selector, "(el, prop) => getComputedStyle(el).getPropertyValue(prop)", prop)


def html_classes(page):
    return set(page.evaluate("document.documentElement.className").split())


def has_horizontal_scroll(page):
    return page.evaluate(
        "document.documentElement.scrollWidth > document.documentElement.clientWidth + 1")
