"""The demo's other committees of the Mogilev region (data/committees.json): the oblast's and
Bobruisk district's, made as any committee is (core/committees.py), with their contacts and a
few news each. Osipovichi and Bobruisk belong to the oblast, whose site lists their news."""

import datetime

from django.utils import timezone

from ispolkom.core.committees import CommitteeBuilder, find_site
from ispolkom.core.models import DistrictIdentity
from ispolkom.news.models import NewsArticlePage, NewsSectionPage

from . import data

NEWS_TIME = datetime.time(9, 30)  # local: every news of these committees is of the morning


def build_committees(district, publish, paragraphs, slug, say):
    """Makes (or completes) the committees, and puts `district` (the demo's site) in the
    region; a second run finds everything and changes nothing."""
    region = None
    for committee in data.load("committees")["committees"]:
        names = {code: committee["identity"][f"name_{code}"] for code in ("ru", "be", "en")}
        CommitteeBuilder(committee["host"], names, region=region, say=lambda line: None).build()
        site = find_site(committee["host"])
        region = region or site
        contacts(site, committee["identity"])
        added = news(site, committee, publish, paragraphs, slug)
        say(f"{committee['host']}: ready, {added} news added.")
    identity = DistrictIdentity.for_site(district)
    if identity.region_id is None:
        identity.region = region
        identity.save()


def contacts(site, fields):
    """The identity's contacts, where they are blank (an editor's changes stay)."""
    identity = DistrictIdentity.for_site(site)
    blank = {name: value for name, value in fields.items() if not getattr(identity, name)}
    if blank:
        for name, value in blank.items():
            setattr(identity, name, value)
        identity.save()


def news(site, committee, publish, paragraphs, slug):
    """The committee's news in each language, into its own section while that is empty."""
    today = data.news_today(NEWS_TIME)
    added = 0
    for home in site.root_page.get_translations(inclusive=True).select_related("locale"):
        language = home.locale.language_code
        section = NewsSectionPage.objects.descendant_of(home).filter(
            slug=committee["section"]).first()
        if section is None or NewsArticlePage.objects.child_of(section).exists():
            continue
        for item in reversed(committee["news"]):  # oldest first: ids follow the dates
            text = item[language]
            moment = timezone.make_aware(datetime.datetime.combine(
                today - datetime.timedelta(days=item["days_ago"]), NEWS_TIME))
            article = NewsArticlePage(title=text["title"], slug=slug(text["title"]),
                                      date=moment, first_published_at=moment,
                                      lead=text["lead"], body=paragraphs(text["body"]))
            section.add_child(instance=article)
            publish(article)
            added += 1
    return added

