"""The leadership and the structure: people and units in each language and in the special
version, tappable phones, JSON-LD, search, sitemaps, the public rule, the page cache and
what other features add to a person's or a unit's page (PAGE_EXTRAS)."""

import copy
import json

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail import hooks
from wagtail.images.models import Image
from wagtail.models import PageViewRestriction, Site

from ispolkom.core.features import PAGE_EXTRAS, HomeBlock
from ispolkom.core.models import DistrictIdentity, StandardPage
from ispolkom.demo.images import coat_of_arms_png
from ispolkom.directory.models import LeadershipPage, PersonPage, StructurePage, UnitPage
from tests.support.nu_checker import nu_problems
from tests.support.sitemaps import sitemap_text

from .conftest import LANGUAGES

PEOPLE_IN_ORDER = ["Ковалевич", "Жук", "Миронович", "Шевчик", "Климович", "Романовский"]


def leadership(language):
    return LeadershipPage.objects.get(locale__language_code=language)


def structure(language):
    return StructurePage.objects.get(locale__language_code=language)


def person(language, slug="kavalevich"):
    return PersonPage.objects.get(locale__language_code=language, slug=slug)


def unit(language, slug):
    return UnitPage.objects.get(locale__language_code=language, slug=slug)


def html_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def json_ld(html):
    return json.loads(html.select_one("script[type='application/ld+json']").string)


def phone_hrefs(element):
    return [a["href"] for a in element.select("a[href^='tel:']")]


def add_person(parent, name, position="Проверочная должность", phone="+375 2235 9-99-99",
               live=True, **fields):
    page = PersonPage(title=name, slug=f"test-{len(name)}-{parent.pk}", position=position,
                      phones=[("phone", {"label": "", "number": phone})], live=live, **fields)
    parent.add_child(instance=page)
    if live:
        page.save_revision().publish()
    return page


def add_unit(parent, title, slug, live=True, **fields):
    page = UnitPage(title=title, slug=slug, live=live, **fields)
    parent.add_child(instance=page)
    if live:
        page.save_revision().publish()
    return page


def restrict(page):
    PageViewRestriction.objects.create(page=page, restriction_type="password",
                                       password="secret")


# --- The demo ---------------------------------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_the_demo_leadership_page_lists_six_people_chairman_first(client, demo, language):
    page = leadership(language)
    assert page.url == f"/{language}/leadership/"
    html = html_of(client.get(page.url))
    names = [a.get_text(strip=True) for a in html.select(".person-card__name a")]
    assert len(names) == 6
    assert names[0] == person(language).title
    assert html.select_one(".person-card__position").get_text(strip=True) == \
        person(language).position
    if language == "ru":
        assert [name.split()[0] for name in names] == PEOPLE_IN_ORDER
    cards = html.select(".person-card")
    assert all(phone_hrefs(card) for card in cards)  # every person has a tappable phone
    assert phone_hrefs(cards[0])[0] == "tel:+375223525744"
    assert cards[0].select_one("a[href='mailto:ispolkom@osipovichi.gov.by']") is not None
    assert html.select_one(".intro").get_text(strip=True) == page.intro


def test_the_demo_leadership_keeps_its_texts_from_the_standard_page(demo):
    assert leadership("ru").title == "Руководство и структура"
    assert leadership("be").intro.startswith("Раённы выканаўчы камітэт")
    assert "управляющий делами" in str(leadership("ru").body).lower()
    assert not StandardPage.objects.filter(slug="leadership").exists()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_demo_structure_page_lists_ten_units_one_nested(client, demo, language):
    page = structure(language)
    assert page.url == f"/{language}/about/structure/"
    html = html_of(client.get(page.url))
    cards = html.select(".unit-card")
    assert len(cards) == 10
    top = html.select("main > .unit-tree > .unit-card")
    assert len(top) == 9
    ideology = unit(language, "ideology")
    parent_card = next(card for card in top
                       if card.select_one(".unit-card__name a").get_text() == ideology.title)
    nested = parent_card.select(":scope .unit-tree .unit-card__name a")
    assert [a.get_text() for a in nested] == [unit(language, "sport-tourism").title]
    assert nested[0]["href"] == unit(language, "sport-tourism").url
    assert all(phone_hrefs(card) for card in cards)
    economy = next(card for card in top if card.select_one("a")["href"] ==
                   unit(language, "economy").url)
    head = person(language, "lapitskaya")
    head_line = economy.select_one(".unit-card__head")
    assert head.position in head_line.get_text() and \
        head_line.select_one("a")["href"] == head.url
    assert unit(language, "finance").address in html.get_text()


def test_a_unit_page_shows_its_contacts_head_sub_units_and_staff(client, demo):
    page = unit("be", "ideology")
    html = html_of(client.get(page.url))
    assert html.h1.get_text() == "Аддзел ідэалагічнай работы і па справах моладзі"
    assert phone_hrefs(html.select_one(".directory-contacts")) == ["tel:+375223527930"]
    assert html.select_one(".directory-contacts a[href='mailto:ideo@osipovichi.gov.by']")
    assert "вул. Сумчанкі, 37" in html.select_one(".directory-contacts").get_text()
    assert [a["href"] for a in html.select(".unit__units .unit-card__name a")] == \
        [unit("be", "sport-tourism").url]
    # A unit with a head: the head with position, further staff listed below.
    economy = unit("ru", "economy")
    staff_member = add_person(economy, "Тестова Анна Павловна", "Главный специалист")
    html = html_of(client.get(economy.url))
    head = person("ru", "lapitskaya")
    assert html.select_one(".unit-card__head a")["href"] == head.url
    assert head.position in html.select_one(".unit-card__head").get_text()
    staff = [a["href"] for a in html.select(".unit__staff .person-card__name a")]
    assert staff == [staff_member.url]  # the head is not repeated among the staff


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_person_page_shows_everything_with_tappable_phones(client, demo, language):
    page = person(language)
    html = html_of(client.get(page.url))
    assert html.h1.get_text() == page.title
    assert html.select_one(".person__position").get_text() == page.position
    contacts = html.select_one(".directory-contacts")
    assert phone_hrefs(contacts) == ["tel:+375223525744", "tel:+375223525745"]
    assert contacts.select_one("a[href^='mailto:']")["href"] == \
        "mailto:ispolkom@osipovichi.gov.by"
    assert "201" in contacts.get_text()
    assert html.select(".article__body p")  # the biography
    assert html.select_one(".person__unit") is None  # no unit above the leadership


def test_a_unit_head_links_back_to_the_unit(client, demo):
    html = html_of(client.get(person("ru", "zhylinskaya").url))
    assert html.select_one(".person__unit a")["href"] == unit("ru", "one-window-service").url


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_special_version_shows_every_directory_page(client, demo, language):
    for page in (leadership(language), person(language), structure(language),
                 unit(language, "sport-tourism")):
        html = html_of(client.get("/special" + page.url))
        assert html.h1.get_text(strip=True).replace("\xad", "") == page.title
        assert "sv" in html.html["class"]
        links = [a["href"] for a in html.select(".person-card__name a, .unit-card__name a")]
        assert all(link.startswith(f"/special/{language}/") for link in links)
        assert phone_hrefs(html.select_one("main"))


# --- The models -----------------------------------------------------------------------------

def test_a_photo_needs_its_description(client, demo):
    photo = Image.objects.create(title="Портрет", file=ContentFile(coat_of_arms_png(),
                                                                   name="portrait.png"))
    page = person("ru", "zhuk")
    page.photo = photo
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "photo_alt" in error.value.message_dict
    page.photo_alt = "Сергей Жук у здания райисполкома"
    page.full_clean()
    page.save_revision().publish()
    for url in (page.url, leadership("ru").url):
        image = html_of(client.get(url)).select_one("main img")
        assert image["alt"] == "Сергей Жук у здания райисполкома", url


def test_a_translated_unit_shows_its_head_in_the_visitors_language(client, demo):
    """Wagtail's copy for translation keeps the original's head: the page shows its
    translation."""
    page = unit("be", "finance")
    page.head = person("ru", "hrynevich")
    page.save_revision().publish()
    html = html_of(client.get(page.url))
    assert html.select_one(".unit-card__head a")["href"] == person("be", "hrynevich").url
    html = html_of(client.get(structure("be").url))
    assert person("be", "hrynevich").url in [a["href"] for a in html.select(".unit-card__head a")]


def person_form(**fields):
    """The admin's add form of a person as it is posted, with `fields` filled in."""
    return {
        "title": "Тестовый Иван Иванович", "slug": "testovyi", "position": "Главный специалист",
        "photo": "", "photo_alt": "", "email": "", "office": "", "action-publish": "publish",
        "phones-count": "1", "phones-0-type": "phone", "phones-0-deleted": "",
        "phones-0-order": "0", "phones-0-id": "", "phones-0-value-label": "",
        "phones-0-value-number": "+375 2235 3-33-33", "biography-count": "0",
        "comments-TOTAL_FORMS": "0", "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0", "comments-MAX_NUM_FORMS": "1000",
    } | fields


def test_editors_add_people_and_units_in_the_admin(client, admin_client, demo):
    for model, parent in (("leadershippage", demo.home("ru")), ("personpage", leadership("ru")),
                          ("structurepage", demo.standard("be")),
                          ("unitpage", structure("en")), ("unitpage", unit("ru", "economy")),
                          ("personpage", unit("ru", "economy"))):
        url = reverse("wagtailadmin_pages:add", args=("directory", model, parent.pk))
        assert admin_client.get(url).status_code == 200, (model, parent)
    add = reverse("wagtailadmin_pages:add", args=("directory", "personpage", leadership("ru").pk))
    photo = Image.objects.create(title="Портрет", file=ContentFile(coat_of_arms_png(),
                                                                   name="portrait.png"))
    count = PersonPage.objects.count()
    refused = admin_client.post(add, person_form(photo=str(photo.pk)))
    assert refused.status_code == 200 and PersonPage.objects.count() == count
    with translation.override("ru"):  # the admin speaks the site's default language
        assert gettext("Describe the photo for people who cannot see it.") in \
            refused.content.decode()
    response = admin_client.post(add, person_form())
    assert response.status_code == 302, BeautifulSoup(response.content, "html.parser").select(
        ".error-message, .help-critical, [class*=error]")
    html = html_of(client.get(leadership("ru").url))
    assert "tel:+375223533333" in phone_hrefs(html)
    assert html.select(".person-card__name a")[-1].get_text() == "Тестовый Иван Иванович"


def page_queries(captured):
    """The queries of a request, less those of the shared cache (their number follows the
    clock, not the page)."""
    return [query["sql"] for query in captured.captured_queries
            if "ispolkom_shared_cache" not in query["sql"]]


@override_settings(PAGE_CACHE_ENABLED=False)  # count the page's own queries, on every view
def test_the_leadership_costs_the_same_queries_however_many_photos(demo):
    client = Client()
    photo = Image.objects.create(title="Портрет", file=ContentFile(coat_of_arms_png(),
                                                                   name="portrait.png"))
    url = leadership("ru").url

    def queries_with_photos(count):
        for page in PersonPage.objects.child_of(leadership("ru")).order_by("path")[:count]:
            page.photo, page.photo_alt = photo, f"Портрет: {page.title}"
            page.save_revision().publish()
        client.get(url)  # renditions made, memos of the new generation warmed
        with CaptureQueriesContext(connection) as captured:
            html = html_of(client.get(url))
        assert len(html.select(".person-card__photo")) == count
        return page_queries(captured)

    assert len(queries_with_photos(1)) == len(queries_with_photos(6))


# --- JSON-LD ----------------------------------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_a_person_is_a_schema_org_person_working_for_the_committee(client, demo, language):
    page = person(language)
    data = json_ld(html_of(client.get(page.url)))
    identity = DistrictIdentity.for_site(Site.objects.get(is_default_site=True))
    assert data["@context"] == "https://schema.org" and data["@type"] == "Person"
    assert data["name"] == page.title and data["jobTitle"] == page.position
    assert data["telephone"] == ["+375 2235 2-57-44", "+375 2235 2-57-45"]
    assert data["email"] == "ispolkom@osipovichi.gov.by"
    assert data["worksFor"] == {"@type": "GovernmentOrganization",
                                "name": getattr(identity, f"name_{language}")}
    assert data["url"].endswith(page.url)


def test_a_unit_is_a_government_organization_inside_its_parent(client, demo):
    nested = unit("ru", "sport-tourism")
    data = json_ld(html_of(client.get(nested.url)))
    assert data["@type"] == "GovernmentOrganization" and data["name"] == nested.title
    assert data["telephone"] == ["+375 2235 2-61-47"]
    assert "Сумченко, 37" in data["address"]
    assert data["parentOrganization"] == {"@type": "GovernmentOrganization",
                                          "name": unit("ru", "ideology").title}
    data = json_ld(html_of(client.get(unit("be", "economy").url)))
    assert data["email"] == "econ@osipovichi.gov.by"
    assert data["parentOrganization"]["name"] == "Асіповіцкі раённы выканаўчы камітэт"


def test_json_ld_cannot_be_broken_out_of(client, demo):
    page = person("en")
    page.position = "Chief </script><script>alert(1)</script>"
    page.save_revision().publish()
    response = client.get(page.url)
    assert b"</script><script>alert" not in response.content
    assert json_ld(html_of(response))["jobTitle"] == page.position


# --- Search, sitemaps, the public rule -------------------------------------------------------

def search_titles(client, language, query):
    html = html_of(client.get(f"/{language}/search/", {"q": query}))
    return [a.get_text(strip=True) for a in html.select(".search-result__title a")]


def test_search_finds_a_person_by_surname_or_position_and_a_unit_by_name(client, demo):
    assert person("ru").title in search_titles(client, "ru", "Ковалевич")
    assert person("be", "ramanouski").title in search_titles(client, "be", "Раманоўскі")
    assert person("en", "zhuk").title in search_titles(client, "en", "Zhuk")
    assert person("ru", "ramanouski").title in search_titles(client, "ru", "управляющий делами")
    assert unit("ru", "civil-registry").title in search_titles(
        client, "ru", "отдел записи актов гражданского состояния")
    assert unit("be", "finance").title in search_titles(client, "be", "фінансавы аддзел")


def test_a_new_person_is_found_once_published(client, demo):
    assert search_titles(client, "ru", "Пастушенко") == []
    draft = add_person(leadership("ru"), "Пастушенко Олег Иванович", live=False)
    assert search_titles(client, "ru", "Пастушенко") == []
    draft.save_revision().publish()
    assert search_titles(client, "ru", "Пастушенко") == ["Пастушенко Олег Иванович"]


def test_sitemaps_list_people_and_units(client, demo):
    xml = sitemap_text(client)
    for page in (leadership("ru"), person("be"), structure("en"), unit("ru", "sport-tourism")):
        assert page.full_url in xml
    html = html_of(client.get(demo.sitemap("be").url))
    links = [a["href"] for a in html.select(".site-map a")]
    for page in (leadership("be"), person("be"), structure("be"), unit("be", "sport-tourism")):
        assert page.url in links


def test_private_people_and_units_are_listed_nowhere(client, demo):
    hidden = add_person(leadership("ru"), "Засекреченко Пётр Петрович")
    restrict(hidden)
    hidden_unit = add_unit(structure("ru"), "Закрытый отдел", "closed-unit",
                           phones=[("phone", {"label": "", "number": "+375 2235 1-11-11"})])
    restrict(hidden_unit)
    draft_unit = add_unit(structure("ru"), "Черновой отдел", "draft-unit", live=False)
    below_draft = add_unit(unit("ru", "economy"), "Подотдел под закрытым", "below")
    restrict(unit("ru", "economy"))
    head = person("ru", "hrynevich")
    restrict(head)
    texts = {
        "leadership": html_of(client.get(leadership("ru").url)).get_text(),
        "structure": html_of(client.get(structure("ru").url)).get_text(),
        "finance": html_of(client.get(unit("ru", "finance").url)).get_text(),
        "sitemap.xml": sitemap_text(client),
        "site map": html_of(client.get(demo.sitemap("ru").url)).get_text(),
    }
    for where, text in texts.items():
        for page in (hidden, hidden_unit, draft_unit, below_draft, head):
            assert page.title not in text, (where, page.title)
    assert "Ковалевич" in texts["leadership"] and "Финансовый отдел" in texts["structure"]
    for name in ("Засекреченко", "Закрытый отдел", "Подотдел под закрытым", "Гриневич"):
        assert search_titles(client, "ru", name) == [], name
    assert client.get(hidden.url).status_code == 200  # asks for the password
    assert "password" in client.get(hidden.url).content.decode().lower()


# --- The page cache -------------------------------------------------------------------------

def test_publishing_a_persons_new_phone_renews_the_cached_pages(client, demo):
    page = person("ru", "klimovich")
    watched = [leadership("ru").url, page.url, "/special" + leadership("ru").url]
    for url in watched:
        assert client.get(url)["X-Page-Cache"] == "miss"
        assert client.get(url)["X-Page-Cache"] == "hit"
    page.phones = [("phone", {"label": "", "number": "+375 2235 7-77-70"})]
    page.save_revision().publish()
    for url in watched:
        html = html_of(client.get(url))
        assert "tel:+375223577770" in phone_hrefs(html), url
        assert "tel:+375223525219" not in phone_hrefs(html), url


def test_publishing_a_unit_renews_the_structure_page(client, demo):
    page = unit("be", "civil-registry")
    url = structure("be").url
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    page.title = "Аддзел ЗАГС"
    page.save_revision().publish()
    assert "Аддзел ЗАГС" in html_of(client.get(url)).get_text()


# --- PAGE_EXTRAS ----------------------------------------------------------------------------

@pytest.fixture
def extras_template(tmp_path):
    """A template of a test feature, found through an extra template folder."""
    (tmp_path / "test_extra.html").write_text(
        '<section class="test-extra"><h2>{{ block.heading }}</h2><p>{{ page.title }}</p>'
        "</section>", encoding="utf-8")
    templates = copy.deepcopy(settings.TEMPLATES)
    templates[0]["DIRS"] = [str(tmp_path)]
    with override_settings(TEMPLATES=templates):
        yield "test_extra.html"


def test_page_extras_show_what_a_feature_adds(client, demo, extras_template):
    asked = []

    def reception_times(page, request):
        asked.append((page.pk, request.path))
        if isinstance(page, PersonPage) and page.slug == "kavalevich":
            return [HomeBlock(extras_template, {"heading": "Личный приём: среда"})]
        return []

    chairman, economy = person("ru"), unit("ru", "economy")
    with hooks.register_temporarily(PAGE_EXTRAS, reception_times):
        html = html_of(client.get(chairman.url))
        extra = html.select_one("article .test-extra")
        assert extra.h2.get_text() == "Личный приём: среда"
        assert extra.p.get_text() == chairman.title  # the page's context is there too
        assert html_of(client.get(economy.url)).select_one(".test-extra") is None
    assert (chairman.pk, chairman.url) in asked and (economy.pk, economy.url) in asked
    assert html_of(client.get(person("be").url)).select_one(".test-extra") is None


# --- Bad input ------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["no-such-person/", "kavalevich/extra/", "%00/", "..%2F/"])
def test_unknown_paths_under_the_directory_are_404(client, demo, path):
    for base in (leadership("ru").url, structure("be").url, unit("en", "ideology").url):
        assert client.get(base + path).status_code == 404


def test_directory_pages_pass_the_nu_html_checker(client, demo, tmp_path):
    pages = {
        "leadership": leadership("ru").url, "person": person("be").url,
        "structure": structure("en").url, "unit": unit("ru", "ideology").url,
        "head_unit": unit("be", "economy").url,
        "special_person": "/special" + person("ru", "zhylinskaya").url,
    }
    answers = {kind: client.get(url) for kind, url in pages.items()}
    assert {kind: answer.status_code for kind, answer in answers.items()} == dict.fromkeys(
        answers, 200)
    assert nu_problems(tmp_path, answers, ["ispolkom/directory/static/css/directory.css"]) == []
