"""The report of required content (Resolution No. 645 as amended by No. 797): each item the
law requires, whether a public page gives it in Russian and in Belarusian, and who may see it."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Locale, PageViewRestriction, Site

from ispolkom.core.models import HomePage, StandardPage
from ispolkom.news.editors import NEWS_EDITOR

REPORT = "/admin/reports/required-content/"
# The items of the foundation and of the "one window" service; features add their own.
BASIC = {"core-about", "core-contacts", "core-history", "core-economy", "core-site-map",
         "services-catalogue", "directory-leadership", "directory-structure", "appeals",
         "receptions", "direct_lines", "feedback-form"}


@pytest.fixture
def editor(client, db):
    user = get_user_model().objects.create_superuser("chief", "chief@example.org", "x")
    client.force_login(user)
    return user


def rows(client, query=""):
    response = client.get(REPORT + query)
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    return {row["data-item"]: row for row in html.select("tr.required-content__row")}


def contacts(language):
    return StandardPage.objects.get(locale__language_code=language, slug="contacts")


def test_the_demo_has_every_required_item_in_russian_and_belarusian(client, editor):
    found = rows(client)
    assert BASIC <= set(found)
    assert {key: row["data-status"] for key, row in found.items()} == {
        key: "complete" for key in found}
    row = found["core-contacts"]
    for language in ("ru", "be"):
        link = row.select_one(f".required-content__{language} a")
        assert link["href"] == f"/admin/pages/{contacts(language).pk}/edit/"
    assert row.select("td")[2].get_text(strip=True) != "—"  # last updated


def test_groups_follow_the_resolution(client, editor):
    response = client.get(REPORT)
    html = BeautifulSoup(response.content, "html.parser")
    headings = [h.get_text(strip=True) for h in html.select("table.required-content h2")]
    assert headings[:1] == ["Basic information"] or headings[:1] == ["Основная информация"]
    assert len(headings) == len(set(headings))  # each group once, its items together


def test_an_unpublished_belarusian_page_is_missing_in_belarusian(client, editor):
    page = contacts("be")
    page.unpublish()
    row = rows(client)["core-contacts"]
    assert row["data-status"] == "missing-be"
    fix = row.select_one(".required-content__be a.required-content__fix")
    assert fix["href"] == f"/admin/pages/{page.pk}/edit/"  # finish the page that is there
    assert row.select_one(".required-content__ru a")["href"] == (
        f"/admin/pages/{contacts('ru').pk}/edit/")


def test_russian_only_is_incomplete_and_offers_a_translation(client, editor):
    contacts("be").delete()
    row = rows(client)["core-contacts"]
    assert row["data-status"] == "missing-be"
    fix = row.select_one(".required-content__be a.required-content__fix")
    assert fix["href"] == f"/admin/translation/submit/page/{contacts('ru').pk}/"
    assert client.get(fix["href"]).status_code == 200


def test_a_private_page_does_not_count(client, editor):
    page = StandardPage.objects.get(locale__language_code="ru", slug="about")
    PageViewRestriction.objects.create(page=page, restriction_type="password",
                                       password="secret")
    assert rows(client)["core-about"]["data-status"] == "missing-ru"
    # Below a private page is hidden too: history and economy are children of "about".
    assert rows(client)["core-history"]["data-status"] == "missing-ru"


def test_a_page_without_its_role_does_not_count(client, editor):
    StandardPage.objects.filter(slug="economy").update(role="")
    assert rows(client)["core-economy"]["data-status"] == "missing"


def test_another_site_is_reported_on_its_own_tree(client, editor):
    root = HomePage.objects.get(locale__language_code="ru").get_parent()
    home = root.add_child(instance=HomePage(
        title="Второй район", slug="second", locale=Locale.objects.get(language_code="ru")))
    other = Site.objects.create(hostname="second.example", port=80, root_page=home)
    html = BeautifulSoup(client.get(REPORT).content, "html.parser")
    assert html.select_one("select[name=site]") is not None  # a chooser, now there are two
    found = rows(client, f"?site={other.pk}")
    assert {row["data-status"] for row in found.values()} == {"missing"}
    fix = found["core-contacts"].select_one(".required-content__ru a")
    assert fix["href"] == f"/admin/pages/add/core/standardpage/{home.pk}/"
    # The Belarusian tree does not exist there at all: nothing to link to.
    assert found["core-contacts"].select_one(".required-content__be a") is None
    # A site the editor does not pick is not mixed in: the default one is still complete.
    assert {rows(client)[key]["data-status"] for key in BASIC} == {"complete"}
    for wrong in ("999999", "abc", "%00", "1%27"):  # no such site: the default one
        assert {rows(client, f"?site={wrong}")[key]["data-status"] for key in BASIC} == {
            "complete"}


def test_the_report_is_in_the_reports_menu_and_exports(client, editor):
    assert REPORT.encode() in client.get("/admin/").content
    assert b"export=csv" in client.get(REPORT).content
    exported = client.get(REPORT + "?export=csv")
    assert exported.status_code == 200
    text = b"".join(exported.streaming_content).decode("utf-8-sig")
    table = list(csv.reader(io.StringIO(text)))
    assert len(table) == len(rows(client)) + 1
    assert any("/ru/contacts/" in cell for line in table for cell in line)
    xlsx = client.get(REPORT + "?export=xlsx")
    assert xlsx.status_code == 200 and xlsx["Content-Type"].startswith("application/vnd.")


def test_only_editors_with_admin_access_see_it(client, db):
    anonymous = client.get(REPORT)
    assert anonymous.status_code == 302 and "/admin/login/" in anonymous["Location"]
    nobody = get_user_model().objects.create_user("citizen", password="x")
    client.force_login(nobody)
    refused = client.get(REPORT)
    assert refused.status_code in (302, 403)
    assert b"required-content__row" not in refused.content


def test_an_editor_with_admin_access_sees_it(client, db):
    press = get_user_model().objects.create_user("press", password="x")
    press.groups.add(Group.objects.get(name=NEWS_EDITOR))
    client.force_login(press)
    assert "core-contacts" in rows(client)


def test_the_report_is_behind_the_two_step_door(client, editor):
    TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    response = client.get(REPORT)  # signed in with a password alone
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
