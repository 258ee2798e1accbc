"""Editors of one committee see only their site (issue 15): the groups a site gets with
create_committee, and what an editor of one of two committees, a regional administrator of
both, a superuser and the install-wide roles see through the admin's own URLs."""

import datetime
import io
import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, Page, Site

from ispolkom.alerts.models import Alert
from ispolkom.alerts.publishers import EMERGENCY_PUBLISHERS
from ispolkom.appeals.models import ReceptionSchedulePage
from ispolkom.core.editors import ANOTHER_SITES_PAGE, ensure_group, homes_of, site_collection
from ispolkom.core.models import DistrictIdentity, StandardPage
from ispolkom.demo.images import scene_png
from ispolkom.directory.models import LeadershipPage, PersonPage
from ispolkom.documents.models import DocumentPage, DocumentRegistryPage
from ispolkom.feedback.editors import FEEDBACK_READERS
from ispolkom.feedback.models import FeedbackMessage, FeedbackSettings
from ispolkom.news.editors import NEWS_EDITOR
from ispolkom.news.models import NewsArticlePage, NewsSectionPage
from ispolkom.syndication.models import FeedSource
from tests.support.forms import submitted_fields

HOST = "bobruisk.example"
NAMES = {"name_ru": "Бобруйский районный исполнительный комитет",
         "name_be": "Бабруйскі раённы выканаўчы камітэт",
         "name_en": "Bobruisk District Executive Committee"}
REPORT = "/admin/reports/required-content/"


def create_committee():
    out = io.StringIO()
    call_command("create_committee", HOST, stdout=out, **NAMES)
    return out.getvalue()


class Committee:
    """One committee's site and one object of each kind that belongs to it."""

    def __init__(self, site, word):
        self.site = site
        self.homes = list(homes_of(site))
        self.collection = site_collection(site)[0]
        en_home = next(home for home in self.homes if home.locale.language_code == "en")
        self.page = en_home.add_child(instance=StandardPage(title=f"{word} fortress",
                                                            slug=f"{word.lower()}-fortress"))
        self.image = Image.objects.create(
            title=f"{word} image", collection=self.collection,
            file=ContentFile(scene_png("river", len(word)), name=f"{word}.png"))
        self.document = Document.objects.create(
            title=f"{word} document", collection=self.collection,
            file=ContentFile(b"a,b\n1,2\n", name=f"{word}.csv"))
        now = timezone.now()
        self.alert = Alert.objects.create(text_ru=f"{word}: вода", site=site, start=now,
                                          end=now + datetime.timedelta(days=1))
        self.section = NewsSectionPage.objects.descendant_of(self.homes[0]).first()
        self.feed = FeedSource.objects.create(name=f"{word} feed", url="https://example.org/rss",
                                              section=self.section)
        self.question = FeedbackMessage.objects.create(
            site=site, language="ru", name=f"{word} citizen", contact="a@example.org",
            text="Когда вывоз мусора?", consent_at=now)
        ru_home = next(home for home in self.homes if home.locale.language_code == "ru")
        self.act = DocumentRegistryPage.objects.descendant_of(ru_home).get().add_child(
            instance=DocumentPage(title=f"On {word} planting", number=str(700 + len(word)),
                                  date_adopted=datetime.date(2026, 3, 2)))
        self.person = LeadershipPage.objects.descendant_of(ru_home).get().add_child(
            instance=PersonPage(title=f"{word} deputy", position="Deputy chairman"))
        self.receptions = ReceptionSchedulePage.objects.descendant_of(ru_home).get()


@pytest.fixture
def committees(demo):
    create_committee()
    return (Committee(Site.objects.get(is_default_site=True), "Osipovichi"),
            Committee(Site.objects.get(hostname=HOST), "Bobruisk"))


def user_in(*groups, name):
    user = get_user_model().objects.create_user(name, password="x")
    user.groups.add(*groups)
    return user


def editors_of(committee):
    return Group.objects.get(name=f"{committee.site.site_name}: editors")


@pytest.fixture
def editor(committees):
    """An editor of the second committee (Bobruisk)."""
    return user_in(editors_of(committees[1]), name="bobruisk")


@pytest.fixture
def regional(committees):
    group, _created = ensure_group("Region: editors", [], committees[0].collection)
    for committee in committees:
        ensure_group(group.name, committee.homes, committee.collection,
                     ["alerts.change_alert", "syndication.change_feedsource",
                      "feedback.change_feedbackmessage", "core.change_districtidentity"],
                     committee.site)
    return user_in(group, name="region")


def html_of(response):
    assert response.status_code == 200, response.status_code
    if response["Content-Type"].startswith("application/json"):
        return json.loads(response.content)["html"]
    return response.content.decode()


def seen(client, user, url):
    client.force_login(user)
    return html_of(client.get(url))


def not_found(response):
    """A 404 (LocaleMiddleware first sends an unknown address to its /ru/ form)."""
    return response.status_code == 404


def snippet_url(model, view, *args):
    return reverse(model.snippet_viewset.get_url_name(view), args=args)


# The groups

def test_a_new_committee_gets_its_collection_and_groups_once(demo):
    out = create_committee()
    name = NAMES["name_ru"]
    for line in (f"collection “{name}” created", f"group “{name}: editors” created",
                 f"group “{name}: news editors” created"):
        assert line in out
    site = Site.objects.get(hostname=HOST)
    homes = list(homes_of(site))
    editors = Group.objects.get(name=f"{name}: editors")
    assert {right.page_id for right in editors.page_permissions.all()} == {
        home.pk for home in homes}
    assert set(editors.collection_permissions.values_list("collection__name", flat=True)) == {
        name}
    assert editors.permissions.filter(codename="change_alert").exists()
    assert not editors.permissions.filter(codename="change_districtidentity").exists()
    assert {(right.site, right.permission.codename) for right in editors.site_permissions.all()
            } == {(site, "change_districtidentity"), (site, "change_feedbacksettings")}
    news = Group.objects.get(name=f"{name}: news editors")
    assert {right.page.specific_class.__name__ for right in news.page_permissions.all()} == {
        "NewsIndexPage"}
    assert news.page_permissions.filter(page__in=Page.objects.descendant_of(homes[0])).exists()

    rights = editors.page_permissions.count(), news.page_permissions.count()
    again = create_committee()
    assert f"group “{name}: editors” exists" in again and "nothing to do" in again
    assert (editors.page_permissions.count(), news.page_permissions.count()) == rights
    assert Collection.objects.filter(name=name).count() == 1


def test_the_demo_site_has_the_same_groups_and_its_media_in_its_collection(demo):
    site = Site.objects.get(is_default_site=True)
    editors = Group.objects.get(name=f"{site.site_name}: editors")
    assert editors.page_permissions.filter(page=site.root_page).exists()
    assert Group.objects.filter(name=f"{site.site_name}: news editors").exists()
    collection = site_collection(site)[0]
    assert Image.objects.exists() and not Image.objects.exclude(collection=collection).exists()
    out = io.StringIO()
    call_command("ensure_editor_groups", stdout=out)
    assert f"{site.site_name}: group “{site.site_name}: editors” exists" in out.getvalue()


def test_a_site_news_editor_writes_news_of_that_site_only(committees):
    osipovichi, bobruisk = committees
    press = user_in(Group.objects.get(name=f"{bobruisk.site.site_name}: news editors"),
                    name="press")
    assert bobruisk.section.permissions_for_user(press).can_add_subpage()
    assert not osipovichi.section.permissions_for_user(press).can_add_subpage()
    assert not bobruisk.page.permissions_for_user(press).can_edit()


# Pages

def test_the_explorer_and_admin_search_keep_to_the_editors_site(client, committees, editor):
    osipovichi, bobruisk = committees
    root = seen(client, editor, "/admin/pages/")
    assert f"/admin/pages/{bobruisk.homes[0].pk}/" in root
    assert all(f"/admin/pages/{home.pk}/" not in root for home in osipovichi.homes)
    other = seen(client, editor, f"/admin/pages/{osipovichi.page.get_parent().pk}/")
    assert "Osipovichi fortress" not in other
    for url in (f"/admin/pages/{osipovichi.page.pk}/edit/",
                f"/admin/pages/add/core/standardpage/{osipovichi.homes[0].pk}/"):
        assert client.get(url).status_code in (302, 403)
    found = seen(client, editor, "/admin/pages/search/?q=fortress")
    assert "Bobruisk fortress" in found and "Osipovichi fortress" not in found


def test_the_admin_api_of_pages_keeps_to_the_editors_site(client, committees, editor):
    osipovichi, bobruisk = committees
    client.force_login(editor)
    api = "/admin/api/main/pages/"
    other = client.get(f"{api}?child_of={osipovichi.page.get_parent().pk}")
    assert other.status_code == 400 and "Osipovichi" not in other.content.decode()
    mine = client.get(f"{api}?child_of={bobruisk.page.get_parent().pk}").content.decode()
    assert "Bobruisk fortress" in mine
    assert not_found(client.get(f"{api}{osipovichi.page.pk}/", follow=True))
    assert client.get(f"{api}{bobruisk.page.pk}/").status_code == 200


def test_the_page_chooser_offers_only_the_editors_site(client, committees, editor):
    osipovichi, bobruisk = committees
    top = seen(client, editor, "/admin/choose-page/")
    assert f"/admin/choose-page/{bobruisk.homes[0].pk}/" in top
    assert all(f"/admin/choose-page/{home.pk}/" not in top for home in osipovichi.homes)
    inside = seen(client, editor, f"/admin/choose-page/{osipovichi.page.get_parent().pk}/")
    assert "Osipovichi fortress" not in inside
    found = seen(client, editor, "/admin/choose-page/search/?q=fortress")
    assert "Bobruisk fortress" in found and "Osipovichi fortress" not in found


def test_the_regional_administrator_and_the_superuser_choose_pages_of_both(client, committees,
                                                                          regional):
    boss = get_user_model().objects.create_superuser("boss", "boss@example.org", "x")
    for user in (regional, boss):
        found = seen(client, user, "/admin/choose-page/search/?q=fortress")
        assert "Bobruisk fortress" in found and "Osipovichi fortress" in found


# Images and documents

@pytest.mark.parametrize("url", ["/admin/images/", "/admin/images/chooser/",
                                 "/admin/images/?q=image", "/admin/documents/",
                                 "/admin/documents/chooser/", "/admin/documents/?q=document"])
def test_media_listings_and_choosers_keep_to_the_sites_collection(client, committees, editor,
                                                                  regional, url):
    kind = "image" if "images" in url else "document"
    mine = seen(client, editor, url)
    assert f"Bobruisk {kind}" in mine and f"Osipovichi {kind}" not in mine
    both = seen(client, regional, url)
    assert f"Bobruisk {kind}" in both and f"Osipovichi {kind}" in both


def test_another_sites_media_cannot_be_edited(client, committees, editor):
    osipovichi, bobruisk = committees
    client.force_login(editor)
    assert client.get(f"/admin/images/{bobruisk.image.pk}/").status_code == 200
    for url in (f"/admin/images/{osipovichi.image.pk}/",
                f"/admin/documents/edit/{osipovichi.document.pk}/"):
        assert client.get(url).status_code in (302, 403)


# Banners, feed sources, questions

KINDS = [(Alert, "alert", "text_ru"), (FeedSource, "feed", "name"),
         (FeedbackMessage, "question", "name")]


@pytest.mark.parametrize(("model", "attribute", "field"), KINDS)
def test_snippet_lists_and_choosers_show_the_editors_site_only(client, committees, editor,
                                                               model, attribute, field):
    osipovichi, bobruisk = committees
    mine, other = (getattr(getattr(committee, attribute), field)
                   for committee in (bobruisk, osipovichi))
    listing = seen(client, editor, snippet_url(model, "list"))
    assert mine in listing and other not in listing
    searched = seen(client, editor, snippet_url(model, "list") + "?q=Osipovichi")
    assert other not in searched
    chooser = reverse(model.snippet_viewset.chooser_viewset.get_url_name("choose"))
    chosen = seen(client, editor, chooser)
    assert mine in chosen and other not in chosen


@pytest.mark.parametrize(("model", "attribute", "_field"), KINDS)
def test_another_sites_objects_are_not_found(client, committees, editor, model, attribute,
                                             _field):
    osipovichi, bobruisk = committees
    client.force_login(editor)
    own, other = getattr(bobruisk, attribute).pk, getattr(osipovichi, attribute).pk
    assert client.get(snippet_url(model, "edit", own)).status_code == 200
    views = ["edit", "delete", "history", "usage"] + (
        ["inspect"] if model is FeedbackMessage else [])
    for view in views:
        assert not_found(client.get(snippet_url(model, view, other), follow=True)), view
    assert not_found(client.post(snippet_url(model, "edit", other), {}, follow=True))
    chosen = reverse(model.snippet_viewset.chooser_viewset.get_url_name("chosen"),
                     args=[other])
    assert not_found(client.get(chosen, follow=True))
    assert model.objects.filter(pk=other).exists()


def test_a_banner_is_put_only_on_the_editors_sites(client, committees, editor):
    osipovichi, bobruisk = committees
    html = BeautifulSoup(seen(client, editor, snippet_url(Alert, "add")), "html.parser")
    offered = {option["value"] for option in html.select("select[name=site] option")
               if option["value"]}
    assert offered == {str(bobruisk.site.pk)}
    now = timezone.localtime()
    response = client.post(snippet_url(Alert, "add"), {
        "kind": Alert.NOTICE, "site": osipovichi.site.pk, "text_ru": "Чужой баннер",
        "text_be": "", "text_en": "", "link": "",
        "start": now.strftime("%Y-%m-%d %H:%M"),
        "end": (now + datetime.timedelta(days=1)).strftime("%Y-%m-%d %H:%M"), "section": ""})
    assert response.status_code == 200  # the form again, with its error
    assert not Alert.objects.filter(text_ru="Чужой баннер").exists()


def test_a_feed_source_fills_only_a_section_of_the_editors_site(client, committees, editor):
    osipovichi, bobruisk = committees
    client.force_login(editor)
    data = {"name": "Agency", "url": "https://example.org/feed", "interval": 60,
            "active": "on", "full_text": "on", "publish": "on", "strip_dateline": "on"}
    response = client.post(snippet_url(FeedSource, "add"),
                           {**data, "section": osipovichi.section.pk})
    assert response.status_code == 200
    assert not FeedSource.objects.filter(name="Agency").exists()
    response = client.post(snippet_url(FeedSource, "add"), {**data, "section": bobruisk.section.pk})
    assert response.status_code == 302
    assert FeedSource.objects.get(name="Agency").section_id == bobruisk.section.pk


def test_bulk_delete_leaves_another_sites_banner(client, committees, editor):
    osipovichi, bobruisk = committees
    client.force_login(editor)
    url = (f"/admin/bulk/alerts/alert/delete/?next=/admin/"
           f"&id={osipovichi.alert.pk}&id={bobruisk.alert.pk}")
    client.post(url)
    assert Alert.objects.filter(pk=osipovichi.alert.pk).exists()
    assert not Alert.objects.filter(pk=bobruisk.alert.pk).exists()


@pytest.mark.parametrize(("model", "attribute", "field"), KINDS)
def test_the_regional_administrator_and_the_superuser_see_both_sites(client, committees,
                                                                     regional, model,
                                                                     attribute, field):
    boss = get_user_model().objects.create_superuser("boss", "boss@example.org", "x")
    for user in (regional, boss):
        listing = seen(client, user, snippet_url(model, "list"))
        for committee in committees:
            assert getattr(getattr(committee, attribute), field) in listing
        client.force_login(user)
        assert client.get(snippet_url(model, "edit", getattr(committees[0], attribute).pk)
                          ).status_code == 200


def test_install_wide_roles_keep_working_on_every_site(client, committees):
    """Groups with no page permissions (banners only, questions only) act on every site."""
    publisher = user_in(Group.objects.get(name=EMERGENCY_PUBLISHERS), name="duty")
    reader = user_in(Group.objects.get(name=FEEDBACK_READERS), name="reader")
    for user, model, attribute, field in ((publisher, Alert, "alert", "text_ru"),
                                          (reader, FeedbackMessage, "question", "name")):
        listing = seen(client, user, snippet_url(model, "list"))
        assert all(getattr(getattr(committee, attribute), field) in listing
                   for committee in committees)
    news_editor = user_in(Group.objects.get(name=NEWS_EDITOR), name="press")
    client.force_login(news_editor)
    add = f"/admin/pages/add/news/newsarticlepage/{committees[0].section.pk}/"
    assert client.get(add).status_code == 200
    assert NewsArticlePage.objects.exists()


# The report of required content

def report_links(client, user, query=""):
    html = BeautifulSoup(seen(client, user, REPORT + query), "html.parser")
    return html, {link["href"] for link in html.select("tr.required-content__row a")}


def edit_urls(committee):
    pages = Page.objects.none()
    for home in committee.homes:
        pages |= Page.objects.descendant_of(home, inclusive=True)
    return {f"/admin/pages/{pk}/edit/" for pk in pages.values_list("pk", flat=True)}


def test_the_report_is_of_the_editors_site(client, committees, editor):
    osipovichi, bobruisk = committees
    for query in ("", f"?site={osipovichi.site.pk}"):
        html, links = report_links(client, editor, query)
        assert links & edit_urls(bobruisk) and not links & edit_urls(osipovichi)
        assert html.select_one("select[name=site]") is None


def test_the_regional_administrator_chooses_the_site_of_the_report(client, committees,
                                                                   regional):
    osipovichi, bobruisk = committees
    html, _links = report_links(client, regional)
    offered = {option["value"] for option in html.select("select[name=site] option")}
    assert {str(osipovichi.site.pk), str(bobruisk.site.pk)} <= offered
    _html, links = report_links(client, regional, f"?site={bobruisk.site.pk}")
    assert links & edit_urls(bobruisk) and not links & edit_urls(osipovichi)


def test_a_user_of_no_site_gets_an_empty_report(client, committees):
    orphan_group, _created = ensure_group("Nobody's", [], committees[0].collection)
    stray = Page.get_first_root_node().add_child(instance=StandardPage(title="Stray",
                                                                       slug="stray"))
    ensure_group(orphan_group.name, [stray], committees[0].collection)
    html, links = report_links(client, user_in(orphan_group, name="stray"))
    assert not links and "required-content__row" not in str(html)


# Acts amended by acts, receptions held by officials: of the same site

def admin_form(client, user, url):
    """The admin's form at `url` as `user`'s browser would post it."""
    html = BeautifulSoup(seen(client, user, url), "html.parser")
    return submitted_fields(html.select_one("form[data-edit-form]"))


def field_errors(response, name):
    """The error messages the admin shows at field `name` (in its .w-field)."""
    html = BeautifulSoup(response.content, "html.parser")
    wrapper = next(parent for parent in html.find(id=f"id_{name}").parents
                   if "w-field" in parent.get("class", []))
    return " ".join(error.get_text(" ", strip=True) for error in wrapper.select(".error-message"))


def another_sites():
    """The field error, as the admin says it to these editors: in the site's language, ru."""
    with translation.override("ru"):
        return str(ANOTHER_SITES_PAGE)


@pytest.mark.parametrize(("page_type", "attribute", "word"), [
    ("documents.documentpage", "act", "planting"), ("directory.personpage", "person", "deputy")])
def test_the_choosers_of_acts_and_officials_offer_the_editors_site_only(
        client, committees, editor, regional, page_type, attribute, word):
    osipovichi, bobruisk = committees
    url = f"/admin/choose-page/search/?page_type={page_type}&q={word}"
    mine = seen(client, editor, url)
    assert getattr(bobruisk, attribute).title in mine
    assert getattr(osipovichi, attribute).title not in mine
    both = seen(client, regional, url)
    assert all(getattr(committee, attribute).title in both for committee in committees)


def test_an_act_is_amended_only_by_an_act_of_its_own_site(client, committees):
    osipovichi, bobruisk = committees
    boss = get_user_model().objects.create_superuser("boss", "boss@example.org", "x")
    url = f"/admin/pages/{bobruisk.act.pk}/edit/"
    data = admin_form(client, boss, url) | {"legal_force": "amended"}
    response = client.post(url, data | {"changed_by": osipovichi.act.pk})
    assert response.status_code == 200
    assert another_sites() in field_errors(response, "changed_by")
    assert DocumentPage.objects.get(pk=bobruisk.act.pk).get_latest_revision() is None

    own = bobruisk.act.get_parent().add_child(instance=DocumentPage(
        title="On amending", number="800", date_adopted=datetime.date(2026, 4, 1)))
    assert client.post(url, data | {"changed_by": own.pk}).status_code == 302
    saved = DocumentPage.objects.get(pk=bobruisk.act.pk).get_latest_revision_as_object()
    assert saved.changed_by_id == own.pk


def test_a_new_act_of_one_site_cannot_name_another_sites_act(client, committees):
    osipovichi, bobruisk = committees
    boss = get_user_model().objects.create_superuser("boss", "boss@example.org", "x")
    url = f"/admin/pages/add/documents/documentpage/{bobruisk.act.get_parent().pk}/"
    data = admin_form(client, boss, url) | {
        "title": "On roads", "number": "801", "date_adopted": "2026-05-04",
        "legal_force": "lost_force", "changed_by": osipovichi.act.pk}
    response = client.post(url, data)
    assert response.status_code == 200
    assert another_sites() in field_errors(response, "changed_by")
    assert not DocumentPage.objects.filter(number="801").exists()


def reception(data, index, person):
    data[f"receptions-{index}-person"] = person.pk
    for field, value in {"id": "", "weekday": "2", "weeks": "", "time_from": "08:00",
                         "time_to": "13:00", "place": "Room 1", "sign_up": "", "phone": "",
                         "ORDER": str(index)}.items():
        data[f"receptions-{index}-{field}"] = value
    data["receptions-TOTAL_FORMS"] = str(index + 1)
    return data


def test_a_reception_is_held_only_by_an_official_of_the_site(client, committees, regional):
    osipovichi, bobruisk = committees
    page = bobruisk.receptions
    url = f"/admin/pages/{page.pk}/edit/"
    data = admin_form(client, regional, url) | {"body-count": "0"}  # the body is built by JS
    index = int(data["receptions-TOTAL_FORMS"])
    response = client.post(url, reception(dict(data), index, osipovichi.person))
    assert response.status_code == 200
    assert another_sites() in field_errors(response, f"receptions-{index}-person")
    assert client.post(url, reception(dict(data), index, bobruisk.person)).status_code == 302
    draft = ReceptionSchedulePage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert bobruisk.person.pk in {row.person_id for row in draft.receptions.all()}


# Counts in the admin's overviews

def count_in(html, selector):
    return int("".join(ch for ch in BeautifulSoup(html, "html.parser").select_one(selector)
                       .get_text() if ch.isdigit()))


def site_pages(*committees):
    return sum(Page.objects.descendant_of(home, inclusive=True).count()
               for committee in committees for home in committee.homes)


def test_the_dashboard_counts_the_editors_sites_pages_and_media(client, committees, editor,
                                                               regional):
    osipovichi, bobruisk = committees
    home = seen(client, editor, "/admin/")
    assert count_in(home, "a[href^='/admin/pages/']") == site_pages(bobruisk)
    assert site_pages(bobruisk) < Page.objects.count() - 1
    assert count_in(home, "a[href='/admin/images/']") == Image.objects.filter(
        collection=bobruisk.collection).count()
    both = seen(client, regional, "/admin/")
    assert count_in(both, "a[href^='/admin/pages/']") == site_pages(osipovichi, bobruisk)


def test_the_snippets_overview_counts_the_editors_sites_objects(client, committees, editor,
                                                                settings):
    settings.WAGTAILSNIPPETS_MENU_SHOW_ALL = True  # site-owned snippets listed there too
    osipovichi, bobruisk = committees
    html = BeautifulSoup(seen(client, editor, "/admin/snippets/"), "html.parser")
    link = html.find("a", href=snippet_url(Alert, "list"))
    count = int(link.find_parent("tr").select("td")[-1].get_text(strip=True))
    assert count == Alert.objects.filter(site=bobruisk.site).count() < Alert.objects.count()


# Site settings: a committee's editors change their own site's

def refused(response):
    """Wagtail's answer to a user without the right: 403, or back to the dashboard."""
    return response.status_code == 403 or (response.status_code == 302
                                           and response["Location"] == "/admin/")


def identity_url(site):
    return f"/admin/settings/core/districtidentity/{site.pk}/"


def test_editors_change_their_sites_identity_and_not_anothers(client, committees, editor):
    osipovichi, bobruisk = committees
    html = BeautifulSoup(seen(client, editor, identity_url(bobruisk.site)), "html.parser")
    assert html.select_one("#settings-site-switch") is None  # one site: nothing to switch to
    form = admin_form(client, editor, identity_url(bobruisk.site))
    before = DistrictIdentity.for_site(osipovichi.site).name_ru
    other = client.post(identity_url(osipovichi.site), form | {"name_ru": "Чужое имя"})
    assert refused(other) and refused(client.get(identity_url(osipovichi.site)))
    assert DistrictIdentity.for_site(osipovichi.site).name_ru == before
    assert client.get("/admin/settings/core/districtidentity/")["Location"] == identity_url(
        bobruisk.site)
    response = client.post(identity_url(bobruisk.site), form | {"name_ru": "Бобруйский РИК"})
    assert response.status_code == 302
    assert DistrictIdentity.for_site(bobruisk.site).name_ru == "Бобруйский РИК"
    feedback = "/admin/settings/feedback/feedbacksettings/"
    assert client.get(f"{feedback}{bobruisk.site.pk}/").status_code == 200
    assert refused(client.get(f"{feedback}{osipovichi.site.pk}/"))


def test_an_editor_cannot_post_another_committees_picture_or_file(client, committees, editor):
    """Wagtail's choosers list only the editor's collections; a posted id of another
    committee's picture is refused too, in the identity and in an article."""
    osipovichi, bobruisk = committees
    form = admin_form(client, editor, identity_url(bobruisk.site))
    response = client.post(identity_url(bobruisk.site),
                           form | {"coat_of_arms": osipovichi.image.pk})
    assert response.status_code == 200  # the form again, with the field's error
    assert DistrictIdentity.for_site(bobruisk.site).coat_of_arms_id is None
    response = client.post(identity_url(bobruisk.site), form | {"coat_of_arms": bobruisk.image.pk})
    assert response.status_code == 302
    assert DistrictIdentity.for_site(bobruisk.site).coat_of_arms_id == bobruisk.image.pk
    add = f"/admin/pages/add/news/newsarticlepage/{bobruisk.section.pk}/"
    article = admin_form(client, editor, add) | {
        "title": "Чужая картинка", "slug": "chuzhaya", "date": "16.02.2026",
        "main_image": osipovichi.image.pk, "main_image_alt": "Река", "body-count": 0}
    response = client.post(add, article)
    assert response.status_code == 200
    assert not NewsArticlePage.objects.filter(slug="chuzhaya").exists()
    assert client.post(add, article | {"main_image": bobruisk.image.pk}).status_code == 302
    assert NewsArticlePage.objects.get(slug="chuzhaya").main_image == bobruisk.image


def test_the_regional_administrator_switches_between_the_identities(client, committees,
                                                                    regional):
    html = BeautifulSoup(seen(client, regional, identity_url(committees[1].site)),
                         "html.parser")
    offered = {option["value"] for option in html.select("#settings-site-switch option")}
    assert {identity_url(committee.site) for committee in committees} <= offered
    client.force_login(regional)
    assert client.get(identity_url(committees[0].site)).status_code == 200


def test_the_question_form_links_to_a_privacy_notice_of_its_own_site(client, committees):
    osipovichi, bobruisk = committees
    boss = get_user_model().objects.create_superuser("boss", "boss@example.org", "x")
    url = f"/admin/settings/feedback/feedbacksettings/{bobruisk.site.pk}/"
    form = admin_form(client, boss, url)
    response = client.post(url, form | {"privacy_page": osipovichi.page.pk})
    assert response.status_code == 200
    assert another_sites() in field_errors(response, "privacy_page")
    assert client.post(url, form | {"privacy_page": bobruisk.page.pk}).status_code == 302
    assert FeedbackSettings.for_site(bobruisk.site).privacy_page_id == bobruisk.page.pk
