"""The demo's events poster (data/events.json, our own wording): the index under each home
and 25 events in Russian and Belarusian (English for some), dated from the day the demo is
loaded so that there are always upcoming and past ones, weekly and monthly ones among them,
in the houses of culture of the district's agro-towns."""

import datetime

from django.utils import timezone
from wagtail.models import Locale
from wagtail.rich_text import RichText

from ispolkom.events.models import EventIndexPage, EventPage

from . import data


def build_events(homes, add_translations, publish, scene):
    """The poster under each home ({lang: page}); `scene(keyword, seed)` draws an image.
    Does nothing when the poster is there already. Returns the number of events."""
    text = data.load("events")
    index = text["index"]
    if EventIndexPage.objects.filter(slug=index["slug"]).exists():
        return 0
    posters = add_translations(homes, lambda lang: EventIndexPage(
        title=index["title"][lang], intro=index["intro"][lang]), slug=index["slug"])
    today = timezone.localdate()
    for number, item in enumerate(text["events"]):
        picture = scene(item["image"], 100 + number) if item.get("image") else None
        key = None
        for language in [lang for lang in posters if lang in item]:
            page = event_page(text, item, language, today, picture)
            page.locale = Locale.objects.get(language_code=language)
            if key is not None:
                page.translation_key = key
            posters[language].add_child(instance=page)
            key = page.translation_key
            publish(page)
    return len(text["events"])


def clock(value):
    return datetime.time.fromisoformat(value) if value else None


def event_page(text, item, language, today, picture):
    start = today + datetime.timedelta(days=item["days"])
    venue, locality, address = text["venues"][item["venue"]][language]
    price = item.get("price", {})
    return EventPage(
        title=item[language]["title"], slug=item["slug"],
        description=RichText(f"<p>{item[language]['text']}</p>").source,
        start_date=start, start_time=clock(item.get("time")),
        end_date=start + datetime.timedelta(days=item["length"]) if item.get("length") else None,
        end_time=clock(item.get("end_time")),
        repeat=item.get("repeat", ""),
        repeat_until=(today + datetime.timedelta(days=item["until_days"])
                      if item.get("until_days") else None),
        venue=venue, locality=locality, address=address,
        organiser=text["organisers"][item["organiser"]][language],
        category=item["category"], age_mark=item.get("age", ""),
        free=item.get("free", False), price=price.get(language, price.get("ru", "")),
        image=picture,
        image_alt=data.site()["scene_alt"][item["image"]][language] if picture else "",
    )
