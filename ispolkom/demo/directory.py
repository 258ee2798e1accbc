"""The demo's leadership and structure, from data/directory.json: the leadership page of
pages.json becomes a LeadershipPage with six people, and a structure page under "about"
lists ten units (one nested), some headed by a person of their own. The names are invented;
positions, the committee's address and the phone format are real."""

from wagtail.models import Locale
from wagtail.rich_text import RichText

from ispolkom.core.languages import codes
from ispolkom.directory.models import LeadershipPage, PersonPage, StructurePage, UnitPage

from . import data


def directory():
    return data.load("directory")


def is_leadership(entry):
    return entry["slug"] == directory()["leadership"]


def leadership_page(entry, language, body):
    """The leadership page of pages.json, with its texts, as the list of the leadership."""
    text = entry[language]
    return LeadershipPage(title=text["title"], intro=text["intro"], body=body,
                          show_in_menus=entry.get("show_in_menus", True))


def build_directory(pages, publish):
    """People under the leadership page, units (and their heads) under a new structure page;
    `pages` maps pages.json slugs to {language: page}. Returns how many units there are."""
    config = directory()
    for person in config["people"]:
        add_translations(pages[config["leadership"]], person["slug"], publish,
                         lambda language, person=person: person_page(person, language))
    structure = config["structure"]
    units = {None: add_translations(
        pages[structure["parent"]], structure["slug"], publish,
        lambda language: StructurePage(title=structure["title"][language],
                                       intro=structure["intro"][language],
                                       show_in_menus=True))}
    for unit in config["units"]:
        pages_of_unit = units[unit["slug"]] = add_translations(
            units[unit["parent"]], unit["slug"], publish,
            lambda language, unit=unit: unit_page(unit, language))
        if "head" in unit:
            heads = add_translations(
                pages_of_unit, unit["head"]["slug"], publish,
                lambda language, head=unit["head"]: person_page(head, language))
            for language, page in pages_of_unit.items():
                page.head = heads[language]
                publish(page)
    return len(config["units"])


def add_translations(parents, slug, publish, build):
    """One page per language of `parents` ({language: parent}), linked as translations."""
    pages, key = {}, None
    for language in codes():
        if language not in parents:
            continue
        page = build(language)
        page.slug, page.locale = slug, Locale.objects.get(language_code=language)
        if key is not None:
            page.translation_key = key
        parents[language].add_child(instance=page)
        key = page.translation_key
        pages[language] = publish(page)
    return pages


def phones(entries, language):
    labels = directory()["labels"]
    return [("phone", {"label": labels[label][language] if label else "", "number": number})
            for label, number in entries]


def paragraphs(texts):
    return [("paragraph", RichText(f"<p>{text}</p>")) for text in texts]


def person_page(person, language):
    return PersonPage(title=person["name"][language], position=person["position"][language],
                      phones=phones(person["phones"], language), email=person.get("email", ""),
                      office=person["room"],
                      biography=paragraphs(person.get("biography", {}).get(language, [])))


def unit_page(unit, language):
    address = (unit["address"][language] if "address" in unit
               else directory()["address"][language].format(room=unit["room"]))
    return UnitPage(title=unit["title"][language], phones=phones(unit["phones"], language),
                    email=unit["email"], address=address,
                    hours=directory()["hours"][unit["hours"]][language],
                    description=paragraphs([unit["description"][language]]))
