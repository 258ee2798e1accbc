"""The demo's "one window" catalogue: life situations and administrative procedures, read
from data/services.json (numbers from the list of Decree No. 200, our own wording). Every
procedure is in Russian and Belarusian; those with an English title also in English."""

from datetime import time
from decimal import Decimal

from django.utils.text import slugify
from wagtail.models import Locale

from ispolkom.core.languages import codes
from ispolkom.services.models import (
    AdministrativeProcedurePage,
    LifeSituation,
    OfficeHours,
    ProcedureCatalogPage,
)

from . import data


def catalogue_page(entry, language, body):
    """The "one window" page of pages.json as the procedure catalogue, with its office."""
    text = entry[language]
    office = data.services()["office"]
    return ProcedureCatalogPage(
        title=text["title"], intro=text["intro"], body=body,
        show_in_menus=entry.get("show_in_menus", True),
        office_address=office["address"][language], office_phones="\n".join(office["phones"]),
        office_email=office["email"],
        office_hours=[office_hours(row) for row in office["hours"]])


def office_hours(row):
    break_starts, break_ends = (clock(moment) for moment in row.get("break", (None, None)))
    return OfficeHours(first_day=row["first_day"], last_day=row.get("last_day"),
                       opens=clock(row["opens"]), closes=clock(row["closes"]),
                       break_starts=break_starts, break_ends=break_ends)


def clock(text):
    return time.fromisoformat(text.zfill(5)) if text else None


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
