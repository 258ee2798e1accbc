"""The demo's "one window" catalogue: life situations and administrative procedures, read
from data/services.json (numbers from the list of Decree No. 200, our own wording). Every
procedure is in Russian and Belarusian; those with an English title also in English."""

from decimal import Decimal

from django.utils.text import slugify
from wagtail.models import Locale

from ispolkom.core.languages import codes
from ispolkom.services.models import (
    AdministrativeProcedurePage,
    LifeSituation,
    ProcedureCatalogPage,
)

from . import data


def catalogue_page(entry, language, body):
    """The "one window" page of pages.json as the procedure catalogue."""
    text = entry[language]
    return ProcedureCatalogPage(title=text["title"], intro=text["intro"], body=body,
                                show_in_menus=entry.get("show_in_menus", True))


def is_catalogue(entry):
    return entry["slug"] == data.services()["catalogue"]


def build_procedures(catalogues, publish):
    """Procedures under `catalogues` ({language: catalogue page}), in list order."""
    services = data.services()
    situations = {
        entry["slug"]: LifeSituation.objects.update_or_create(
            slug=entry["slug"], defaults={**entry, "position": position})[0]
        for position, entry in enumerate(services["categories"])
    }
    for item in services["procedures"]:
        key = None
        for language in codes():
            if language not in item["title"] or language not in catalogues:
                continue
            page = procedure(item, language, services)
            page.locale = Locale.objects.get(language_code=language)
            if key is not None:
                page.translation_key = key
            catalogues[language].add_child(instance=page)
            key = page.translation_key
            page.categories.set([situations[slug] for slug in item["categories"]])
            publish(page)
    return len(services["procedures"])


def procedure(item, language, services):
    unit = services["units"][item["unit"]]
    phrases = services["phrases"]
    fee = item["fee"]
    return AdministrativeProcedurePage(
        title=item["title"][language], number=item["number"],
        slug=slugify(item["number"].replace(".", "-")),
        responsible_unit=unit["unit"][language],
        official_position=unit["position"][language], official_name=unit["name"][language],
        official_office=unit["office"][language], official_phone=unit["phone"],
        documents=[("document", {
            "document": services["documents"][entry[0]][language],
            "condition": services["conditions"][entry[1]][language] if len(entry) > 1 else "",
        }) for entry in item["documents"]],
        fee=phrases[fee][language] if isinstance(fee, str) else "",
        fee_base_amounts=None if isinstance(fee, str) else Decimal(str(fee)),
        maximum_term=phrases[item["term"]][language],
        validity=phrases[item["validity"]][language],
        e_service_url=services["portal"] if item.get("portal") else "",
    )
