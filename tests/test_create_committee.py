"""manage.py create_committee: a second committee beside the demo, in one database, answering
on its own host in its own name; a rerun changes nothing; bad input is one line, no traceback."""

import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page, Site

from ispolkom.compliance.required import Status, report
from ispolkom.core.models import DistrictIdentity, HomePage, StandardPage

HOST = "bobruisk.example"
NAMES = {"name_ru": "Бобруйский районный исполнительный комитет",
         "name_be": "Бабруйскі раённы выканаўчы камітэт",
         "name_en": "Bobruisk District Executive Committee"}
# The address of each page a new committee has, the same in every language.
PAGES = ["", "news/", "news/district/", "news/region/", "news/republic/", "one-window/",
         "appeals/", "appeals/receptions/", "appeals/direct-lines/", "leadership/",
         "about/", "about/structure/", "about/history/", "about/economy/", "documents/",
         "events/", "question/", "contacts/", "sitemap/"]


def create(*args, **options):
    out = io.StringIO()
    call_command("create_committee", *args, stdout=out, **{**NAMES, **options})
    return out.getvalue()


def new_site():
    return Site.objects.get(hostname=HOST)


def homes(site):
    return {page.locale.language_code: page
            for page in site.root_page.get_translations(inclusive=True).select_related("locale")}


def snapshot(site):
    """What an editor could see of a site: its row, identity and every page's version."""
    pages = Page.objects.none()
    for home in homes(site).values():
        pages |= Page.objects.descendant_of(home, inclusive=True)
    return (Site.objects.filter(pk=site.pk).values().get(),
            DistrictIdentity.objects.filter(site=site).values().get(),
            sorted(pages.values_list("pk", "title", "slug", "live", "latest_revision_id",
                                     "translation_key")))


def test_a_new_committee_answers_on_its_host_in_its_own_name(demo, client):
    demo_site = Site.objects.get(is_default_site=True)
    before = snapshot(demo_site)
    out = create(HOST)
    assert f"site {HOST}: created" in out
    assert "ru: home created" in out and "be: news and 3 sections created" in out
    for language, name in (("ru", NAMES["name_ru"]), ("be", NAMES["name_be"]),
                           ("en", NAMES["name_en"])):
        home = client.get(f"/{language}/", HTTP_HOST=HOST)
        assert home.status_code == 200
        assert name in home.content.decode()
        for path in PAGES[1:]:
            assert client.get(f"/{language}/{path}", HTTP_HOST=HOST).status_code == 200, path
    news = client.get("/be/news/", HTTP_HOST=HOST).content.decode()
    assert "<h1>Навіны</h1>" in news
    assert all(f'href="/be/news/{section}/"' in news for section in ("district", "republic"))
    # The demo's own site still shows the demo, and nothing of it changed.
    assert "Осиповичский" in client.get("/ru/", HTTP_HOST="127.0.0.1:8000").content.decode()
    assert snapshot(demo_site) == before
    assert new_site().is_default_site is False


def test_the_new_sites_pages_are_its_own_and_linked_as_translations(demo):
    create(HOST)
    site = new_site()
    site_homes = homes(site)
    assert set(site_homes) == {"ru", "be", "en"}
    assert site.root_page.specific.locale.language_code == "ru"
    demo_home = Site.objects.get(is_default_site=True).root_page
    assert not Page.objects.descendant_of(demo_home).filter(
        pk__in=Page.objects.descendant_of(site_homes["ru"]).values("pk")).exists()
    about = {language: StandardPage.objects.descendant_of(home).get(role="about")
             for language, home in site_homes.items()}
    assert len({page.translation_key for page in about.values()}) == 1
    assert about["be"].title == "Пра раён" and about["ru"].title == "О районе"
    identity = DistrictIdentity.for_site(site)
    assert identity.short_name_ru == "Бобруйский райисполком"
    assert identity.short_name_be == "Бабруйскі райвыканкам"
    assert identity.short_name_en == "Bobruisk District"


def test_the_new_site_has_every_item_the_law_requires(demo):
    create(HOST)
    statuses = {row.item.key: row.status for row in report(new_site())}
    assert statuses and set(statuses.values()) == {Status.COMPLETE}, statuses


def test_a_rerun_creates_nothing_and_keeps_what_editors_changed(demo):
    create(HOST)
    about = StandardPage.objects.descendant_of(new_site().root_page).get(role="about")
    about.title = "О Бобруйском районе"
    about.save_revision().publish()
    identity = DistrictIdentity.for_site(new_site())
    identity.short_name_ru = "Бобруйск"
    identity.save()
    before = snapshot(new_site())
    pages = Page.objects.count()
    out = create(HOST, name_ru="Другое имя")
    assert "created" not in out.replace("nothing", "")
    assert "nothing to do" in out and "ru: news and 3 sections exist" in out
    assert Page.objects.count() == pages
    assert snapshot(new_site()) == before


def test_a_rerun_adds_only_what_is_missing(demo):
    create(HOST, languages="ru,be")
    documents = HomePage.objects.get(pk=new_site().root_page_id).get_children().get(
        slug="documents")
    documents.delete()
    out = create(HOST, languages="ru,be,en")
    assert "ru: documents registry created" in out and "en: home created" in out
    assert "be: documents registry exists" in out
    assert set(homes(new_site())) == {"ru", "be", "en"}


def test_the_region_is_stored_and_an_unknown_one_refused(demo):
    create(HOST, region="127.0.0.1:8000")
    assert DistrictIdentity.for_site(new_site()).region == Site.objects.get(port=8000)
    with pytest.raises(CommandError, match="no site has the host .*127.0.0.1:8000"):
        create("minsk.example", region="nowhere.example")
    assert not Site.objects.filter(hostname="minsk.example").exists()


def test_languages_ru_be_make_no_english_tree(demo):
    create(HOST, languages="ru,be")
    assert set(homes(new_site())) == {"ru", "be"}
    assert not Page.objects.filter(locale__language_code="en").descendant_of(
        new_site().root_page).exists()
    assert HomePage.objects.filter(locale__language_code="en").count() == 1  # the demo's
    # A rerun without --languages keeps to the site's languages.
    assert "en:" not in create(HOST)


def test_a_port_in_the_host_and_the_first_language_as_the_default(demo, client):
    create("localhost:8001", languages="be,ru")
    site = Site.objects.get(hostname="localhost", port=8001)
    assert site.root_page.specific.locale.language_code == "be"
    assert client.get("/be/", HTTP_HOST="localhost:8001").status_code == 200


@pytest.mark.parametrize(("args", "options", "message"), [
    (["bad_host!"], {}, "is not a host name"),
    (["x-.example"], {}, "is not a host name"),
    ([HOST + ":99999"], {}, "is not a port number"),
    ([HOST], {"name_be": ""}, "name is required: --name-be"),
    ([HOST], {"name_ru": " "}, "name is required: --name-ru"),
    ([HOST], {"languages": "ru,de"}, "unknown language “de”"),
    ([HOST], {"languages": ","}, "no language given"),
])
def test_bad_input_is_a_command_error(demo, args, options, message):
    with pytest.raises(CommandError, match=message):
        create(*args, **options)
    assert not Site.objects.filter(hostname=HOST).exists()


def test_the_demo_counts_as_a_complete_committee(demo):
    """Pages are found by what they are, wherever the demo put them (the question form under
    appeals, the structure under "about"), so the demo's own host gets nothing new."""
    demo_site = Site.objects.get(is_default_site=True)
    before = snapshot(demo_site)
    out = create("127.0.0.1:8000")
    assert "nothing to do" in out, out
    assert snapshot(demo_site) == before
