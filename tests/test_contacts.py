"""Phones, e-mail and the appeals site are links a visitor can tap; the e-mail is offered
for questions and feedback, electronic appeals go to обращения.бел."""

import pytest
from bs4 import BeautifulSoup

from ispolkom.core.models import DistrictIdentity
from ispolkom.core.templatetags.contact_links import site_name, tel_href

from .conftest import LANGUAGES

PHONES = {"+375 2235 2-57-44": "tel:+375223525744", "+375 2235 2-79-30": "tel:+375223527930",
          "+375 2235 2-68-82": "tel:+375223526882"}
EMAIL = "ispolkom@osipovichi.gov.by"
APPEALS = "https://обращения.бел/"
FEEDBACK = "A question or feedback (not an appeal)"  # ru and be come with the catalogs


@pytest.mark.parametrize(("phone", "href"), [
    *PHONES.items(),
    ("+375 (2235) 2-57-44", "tel:+375223525744"),
    ("8 (02235) 2-57-44", "tel:+375223525744"),
    ("8 029 123-45-67", "tel:+375291234567"),
    ("+375\u00a029\u00a0123\u201145\u201167", "tel:+375291234567"),
])
def test_phone_numbers_become_international_tel_links(phone, href):
    assert tel_href(phone) == href


@pytest.mark.parametrize("garbage", [
    "", None, 42, "+", "abc", "12345", "2-57-44", "+375 2235 2-57-44 доб. 12",
    "+375 2235 2-57-44, 2-79-30", "+3752235257441234567", "javascript:alert(1)",
    "tel:+375223525744", "+٣٧٥٢٢٣٥٢٥٧٤٤", "<script>", "8 (2235) 2-57-44",
])
def test_what_is_not_a_phone_number_gives_no_link(garbage):
    assert tel_href(garbage) == ""


def test_sites_are_shown_by_their_readable_name():
    assert site_name(APPEALS) == "обращения.бел"
    assert site_name("https://" + "обращения.бел".encode("idna").decode() + "/") == "обращения.бел"
    assert site_name("not a url") == ""


def links(html, selector):
    return {a["href"]: a.get_text(strip=True) for a in html.select(f"{selector} a[href]")}


@pytest.mark.parametrize("language", LANGUAGES)
def test_header_and_footer_contacts_are_tappable(client, demo, language):
    html = BeautifulSoup(client.get(f"/{language}/").content, "html.parser")
    header, footer = links(html, "header.site-header"), links(html, "footer")
    for phone, href in PHONES.items():
        assert header[href] == footer[href] == phone  # the number shown as it was written
    assert footer[f"mailto:{EMAIL}"] == EMAIL
    assert footer[APPEALS] == "обращения.бел"
    assert APPEALS in header


def test_the_e_mail_is_offered_for_questions_not_appeals(client, demo):
    html = BeautifulSoup(client.get("/en/").content, "html.parser")
    for place in ("header", "footer"):
        mail = html.select_one(f'{place} a[href="mailto:{EMAIL}"]')
        assert FEEDBACK in mail.find_parent(["li", "div"]).get_text(" "), place
    assert "Write a letter" not in html.get_text()
    assert html.select_one(f'header a[href="{APPEALS}"]').get_text(strip=True) == \
        "Electronic appeals"


def test_appeals_link_falls_back_to_the_national_system(client, demo):
    identity = DistrictIdentity.objects.get()
    identity.appeals_url = ""
    identity.reception_phone = "call the switchboard"
    identity.save()
    html = BeautifulSoup(client.get("/en/").content, "html.parser")
    assert html.select_one(f'header a[href="{APPEALS}"]')
    assert "call the switchboard" in html.select_one("footer").get_text()
    tapped = {a.get_text(strip=True) for a in html.select('a[href^="tel:"]')}
    assert "call the switchboard" not in tapped


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("slug", ["contacts", "appeals"])
def test_contacts_and_appeals_pages_link_phones_mail_and_appeals(client, demo, language, slug):
    html = BeautifulSoup(client.get(f"/{language}/{slug}/").content, "html.parser")
    body = links(html, "main")
    assert body[APPEALS] == "обращения.бел"
    assert body[f"mailto:{EMAIL}"] == EMAIL
    assert body["tel:+375223525744"] == "+375 2235 2-57-44"
    if slug == "contacts":
        assert all(body[href] == phone for phone, href in PHONES.items())
