"""The demo's appeals: the appeals page of pages.json as an AppealsPage, and under it the
schedule of personal receptions of the leadership and a year of Saturday direct lines, in
every language of the site (data/appeals.json). Officials are the directory demo's people,
matched by their key; the lines are made by the same series the admin offers editors."""

import datetime

from django.utils import timezone
from wagtail.models import Locale

from ispolkom.appeals.models import (
    AppealsPage,
    DirectLinesPage,
    Reception,
    ReceptionSchedulePage,
)
from ispolkom.core.languages import codes
from ispolkom.directory.models import PersonPage

from . import data


def is_appeals(entry):
    return entry["slug"] == data.load("appeals")["appeals"]


def appeals_page(entry, language, body):
    text = entry[language]
    return AppealsPage(title=text["title"], intro=text["intro"], body=body,
                       show_in_menus=entry.get("show_in_menus", True))


def build_appeals(appeals_pages, publish):
    """The schedule and the lines under each language's appeals page ({language: page})."""
    text = data.load("appeals")
    people = {person["key"]: person["slug"] for person in data.load("directory")["people"]}
    for build in (reception_schedule, direct_lines):
        key = None
        for language in codes():
            official = officials(language, people, text["positions"])
            page = build(text, language, official)
            page.locale = Locale.objects.get(language_code=language)
            if key is not None:
                page.translation_key = key
            appeals_pages[language].add_child(instance=page)
            key = page.translation_key
            publish(page)


def officials(language, people, positions):
    """key → the fields naming that official: the directory's person, else the position."""
    found = {page.slug: page for page in PersonPage.objects.filter(
        locale__language_code=language, slug__in=people.values())}

    def official(key):
        person = found.get(people.get(key))
        return {"person": person} if person else {"position": positions[key][language]}
    return official


def clock(text):
    return datetime.time.fromisoformat(text)


def reception_schedule(text, language, official):
    schedule = text["receptions"]
    page = ReceptionSchedulePage(title=schedule["title"][language],
                                 intro=schedule["intro"][language], slug=schedule["slug"],
                                 show_in_menus=True)
    page.receptions = [Reception(
        sort_order=position, weekday=row["weekday"], weeks=row["weeks"],
        time_from=clock(row["from"]), time_to=clock(row["to"]),
        place=schedule["place"][language].format(room=row["room"]),
        sign_up=schedule["sign_up"][language], phone=schedule["phone"], **official(row["person"]),
    ) for position, row in enumerate(schedule["rows"])]
    return page


def direct_lines(text, language, official):
    """A line every Saturday of the current year, officials taking turns."""
    lines = text["direct_lines"]
    page = DirectLinesPage(title=lines["title"][language], intro=lines["intro"][language],
                           slug=lines["slug"], show_in_menus=True)
    year = timezone.localdate().year
    page.add_series(lines["weekday"], datetime.date(year, 1, 1), datetime.date(year, 12, 31),
                    clock(lines["from"]), clock(lines["to"]), phone=lines["phone"])
    rotation = lines["rotation"]
    for number, line in enumerate(sorted(page.direct_lines.all(), key=lambda line: line.date)):
        for field, value in official(rotation[number % len(rotation)]).items():
            setattr(line, field, value)
    return page
