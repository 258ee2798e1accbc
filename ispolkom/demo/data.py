"""The demo's content, kept as JSON in the data/ folder next to this module.

- site.json: the demo's host, the district's identity, the home pages, the news index and its
  sections, the site map, image texts and the contacts page's phone table, each per language code.
- news.json: articles; `section` is a key of site.json's sections, `image` a scene drawn by
  ispolkom.demo.images, and a quote ends with " — " and the speaker's role (no real names).
- pages.json: standard pages; parents come before their children; `role` is what the page
  is for the law (core.models.PageRole), found by the report of required content.
- committees.json: the region's other committees (core/committees.py makes them): host,
  identity and a few news per language into their own section (`section`); the first is the
  oblast, the region of the others and of the demo's district.
- appeals.json: the reception schedule and the Saturday direct lines under the appeals page.
- feedback.json: the question form under the appeals page, the privacy notice its consent
  links to, and the addresses told of new questions (read by demo/feedback.py).
- services.json: the "one window" catalogue (the page of pages.json it replaces) and its
  office (address, phones, weekly hours), life situations, and procedures whose texts are
  keys of its phrases, documents and units.
"""

import json
from functools import cache
from pathlib import Path

FOLDER = Path(__file__).with_name("data")


@cache
def load(name):
    """data/<name>.json, read once per process; callers must not change what it returns."""
    with (FOLDER / f"{name}.json").open(encoding="utf-8") as file:
        return json.load(file)


def site():
    return load("site")


def news():
    return load("news")


def pages():
    return load("pages")


def services():
    return load("services")


def news_today(latest):
    """The day the demo's news of "0 days ago" are dated: today, unless its latest news time
    (`latest`, local) has not come yet (a load just after midnight), then yesterday, so that
    no news is dated in the future and their order stays."""
    import datetime

    from django.utils import timezone

    now = timezone.localtime()
    return now.date() if now.time() >= latest else now.date() - datetime.timedelta(days=1)
