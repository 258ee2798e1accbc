"""The question form (app feedback): what it says, what it stores and sends, and how it
refuses abuse — a honeypot, a signed time token and a limit per address — with a clear 4xx."""

import csv
import io
import json
import smtplib
import time

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from ispolkom.core.features import REQUIRED_CONTENT, offered
from ispolkom.feedback.editors import FEEDBACK_READERS
from ispolkom.feedback.forms import EXPIRED, FORGED, TOO_FAST, TRAPPED, issue_token
from ispolkom.feedback.models import FeedbackMessage, FeedbackPage, FeedbackSettings
from tests.support.nu_checker import nu_problems


def said(language, text):
    """`text` as the page in `language` says it (the catalogues give ru and be)."""
    with translation.override(language):
        return gettext(text)


NOT_SENT = "The question was not sent"
THANKS = "Your question has been sent"


class FailingBackend(BaseEmailBackend):
    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("the mail server went away")


def form_page(language):
    return FeedbackPage.objects.get(locale__language_code=language)


def html_of(response):
    return BeautifulSoup(response.content, "html.parser")


def question(page, **fields):
    """What a person sends after a minute of typing."""
    return {"name": "Ирина Ковалёва", "contact": "+375 29 123-45-67",
            "text": "Когда отремонтируют дорогу на улице Сумченко?", "consent": "on",
            "website": "", "token": issue_token(page, now=time.time() - 60), **fields}


def send(client, page, prefix="", **fields):
    return client.post(prefix + page.url, question(page, **fields))


def heading_of_notice(html):
    return html.select_one(".feedback-notice h2").get_text(strip=True)


def heading(response):
    return html_of(response).h1.get_text(strip=True)


@pytest.fixture
def reader(client, db):
    user = get_user_model().objects.create_user("reception", password="x")
    user.groups.add(Group.objects.get(name=FEEDBACK_READERS))
    return user


def admin_list_url():
    return reverse("wagtailsnippets_feedback_feedbackmessage:list")


# --- The page ----------------------------------------------------------------------------

def test_the_demo_has_the_form_under_appeals_in_every_language(client, demo):
    for language in ("ru", "be", "en"):
        assert form_page(language).url == f"/{language}/appeals/question/"


@pytest.mark.parametrize("language", ["ru", "be", "en"])
def test_the_form_says_it_is_not_an_appeal_and_links_the_privacy_notice(client, demo, language):
    response = client.get(form_page(language).url)
    assert response.status_code == 200
    html = html_of(response)
    notice = html.select_one(".feedback-notice").get_text(" ", strip=True)
    assert heading_of_notice(html) == said(language, "This is not an appeal")
    assert "300-З" in notice
    assert html.select_one(".feedback-notice a")["href"] == "https://обращения.бел/"
    consent = html.select_one("#consent-notice")
    assert "99-З" in consent.get_text()
    assert consent.a["href"] == f"/{language}/privacy/"
    assert client.get(consent.a["href"]).status_code == 200


def test_the_form_is_never_kept_by_the_page_cache(client, demo):
    url = form_page("ru").url
    for _attempt in range(2):
        response = client.get(url)
        assert "private" in response["Cache-Control"]
        assert "X-Page-Cache" not in response
    thanks = client.get(url + "thanks/")
    assert thanks.status_code == 200 and "private" in thanks["Cache-Control"]


def test_the_honeypot_is_hidden_from_people_and_labelled_for_screen_readers(client, demo):
    html = html_of(client.get(form_page("ru").url))
    trap = html.select_one(".feedback-form__trap")
    assert trap["aria-hidden"] == "true"
    field = trap.select_one("input[name=website]")
    assert field["tabindex"] == "-1" and field["autocomplete"] == "off"
    assert trap.label["for"] == field["id"]
    assert trap.label.get_text() == gettext("Leave this field empty")
    for name in ("name", "contact", "text"):
        control = html.select_one(f"[name={name}]")
        assert html.select_one(f"label[for={control['id']}]")
    assert html.select_one("input[name=consent]")["aria-describedby"].startswith("consent-notice")


# --- A question sent ----------------------------------------------------------------------

@pytest.mark.parametrize("language", ["ru", "be"])
def test_a_question_lands_in_the_admin_and_sends_one_email(client, demo, reader, language):
    page = form_page(language)
    response = send(client, page, name=f"Проверка {language}")
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/appeals/question/thanks/"
    thanks = client.get(response["Location"])
    assert heading(thanks) == said(language, THANKS)
    assert thanks["Content-Language"] == language

    assert len(mail.outbox) == 1
    notice = mail.outbox[0]
    assert notice.to == FeedbackSettings.for_site(page.get_site()).addresses()
    assert "Когда отремонтируют дорогу" in notice.body

    stored = FeedbackMessage.objects.get(name=f"Проверка {language}")
    assert (stored.language, stored.status, stored.page_id) == (language, "new", page.pk)
    assert stored.consent_at is not None
    assert f"/admin/snippets/feedback/feedbackmessage/edit/{stored.pk}/" in notice.body

    client.force_login(reader)
    listing = client.get(admin_list_url())
    assert listing.status_code == 200
    assert f"Проверка {language}" in html_of(listing).get_text()
    edit_url = reverse("wagtailsnippets_feedback_feedbackmessage:edit", args=[stored.pk])
    edit = client.get(edit_url)
    assert edit.status_code == 200 and "Когда отремонтируют дорогу" in edit.content.decode()
    saved = client.post(edit_url, {"status": "answered", "staff_note": "Ответили по телефону"})
    assert saved.status_code == 302
    stored.refresh_from_db()
    assert (stored.status, stored.staff_note) == ("answered", "Ответили по телефону")
    assert stored.name == f"Проверка {language}"  # what was sent stays as sent
    answered = client.get(admin_list_url(), {"status": "answered"})
    assert f"Проверка {language}" in html_of(answered).get_text()
    assert f"Проверка {language}" not in html_of(
        client.get(admin_list_url(), {"status": "new"})).get_text()


def test_readers_may_not_add_or_delete_questions(client, demo, reader):
    client.force_login(reader)
    assert client.get(reverse("wagtailsnippets_feedback_feedbackmessage:add")).status_code in (
        302, 403)
    stored = FeedbackMessage.objects.create(
        site=form_page("ru").get_site(), language="ru", name="x", contact="x@example.by",
        text="x", consent_at="2026-01-01T00:00Z")
    delete_url = reverse("wagtailsnippets_feedback_feedbackmessage:delete", args=[stored.pk])
    client.post(delete_url)
    assert FeedbackMessage.objects.filter(pk=stored.pk).exists()


def test_the_questions_export_as_csv(client, demo, reader):
    send(client, form_page("ru"), name="Экспорт Проверочный",
         text="Вопрос, с запятой; и «кавычками»")
    client.force_login(reader)
    response = client.get(admin_list_url(), {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "questions" in response["Content-Disposition"]
    content = b"".join(response.streaming_content if response.streaming else [response.content])
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    sent = [row for row in rows if "Экспорт Проверочный" in row]
    assert len(sent) == 1 and "Вопрос, с запятой; и «кавычками»" in sent[0]


def test_a_search_in_the_admin_finds_a_question(client, demo, reader):
    send(client, form_page("be"), name="Алесь Пошукавы")
    client.force_login(reader)
    assert "Алесь Пошукавы" in html_of(client.get(admin_list_url(), {"q": "Пошукавы"})).get_text()


@override_settings(EMAIL_BACKEND="tests.test_feedback.FailingBackend")
def test_a_mail_failure_loses_nothing_and_shows_no_error(client, demo, caplog):
    response = send(client, form_page("ru"), name="Почта Упала")
    assert response.status_code == 302
    assert FeedbackMessage.objects.filter(name="Почта Упала").exists()
    assert "Could not send the notice" in caplog.text


def test_the_special_version_shows_and_takes_the_form(client, demo):
    page = form_page("be")
    html = html_of(client.get("/special" + page.url))
    assert html.select_one("form.feedback-form")["action"] == "/special/be/appeals/question/"
    data = json.loads(html.select_one("script[type='application/ld+json']").string)
    assert data["@type"] == "ContactPage" and data["inLanguage"] == "be"
    assert data["url"].endswith("/be/appeals/question/") and "/special/" not in data["url"]
    response = send(client, page, prefix="/special", name="Спецверсія")
    assert response["Location"] == "/special/be/appeals/question/thanks/"
    assert heading(client.get(response["Location"])) == said("be", THANKS)
    assert FeedbackMessage.objects.filter(name="Спецверсія").exists()


# --- Mistakes: the form again, with what was typed ----------------------------------------

def errors_of(response):
    assert response.status_code == 200
    html = html_of(response)
    return html, {item.get_text(strip=True) for item in html.select(".errorlist li")}


def test_missing_consent_shows_the_form_again_keeping_the_text(client, demo):
    page = form_page("ru")
    data = question(page)
    del data["consent"]
    html, errors = errors_of(client.post(page.url, data))
    assert said("ru", "Without your consent we cannot take the question.") in errors
    assert html.select_one("[name=name]")["value"] == "Ирина Ковалёва"
    assert "улице Сумченко" in html.select_one("textarea[name=text]").get_text()
    assert html.select_one("input[name=consent]")["aria-invalid"] == "true"
    assert not FeedbackMessage.objects.exists() and not mail.outbox


def test_overlong_text_and_a_bad_contact_are_form_errors(client, demo):
    page = form_page("be")
    html, errors = errors_of(send(client, page, text="а" * 4001, contact="не ведаю"))
    assert html.select_one("textarea[name=text]")["aria-invalid"] == "true"
    assert html.select_one("input[name=contact]")["aria-invalid"] == "true"
    assert len(errors) == 2
    assert not FeedbackMessage.objects.exists()
    assert send(client, page, text="а" * 4000, contact="ivan@example.by").status_code == 302


def test_nul_bytes_and_odd_input_never_fail(client, demo):
    page = form_page("ru")
    for fields in ({"name": "a\x00b"}, {"contact": "x" * 5000}, {"consent": "\x00"},
                   {"token": "\x00"}, {"token": "a" * 5000}, {"text": ""}):
        assert send(client, page, **fields).status_code in (200, 302, 400), fields


# --- Abuse: a clear 4xx ------------------------------------------------------------------

def assert_refused(response, language, why):
    assert response.status_code == 400
    assert heading(response) == said(language, NOT_SENT)
    assert said(language, why[1]) in html_of(response).get_text(" ", strip=True)
    assert not FeedbackMessage.objects.exists() and not mail.outbox


def test_a_filled_in_honeypot_is_refused(client, demo):
    assert_refused(send(client, form_page("ru"), website="http://spam.example"), "ru", TRAPPED)


def test_a_form_sent_too_fast_is_refused(client, demo):
    page = form_page("be")
    token = html_of(client.get(page.url)).select_one("[name=token]")["value"]
    assert_refused(send(client, page, token=token), "be", TOO_FAST)


def test_an_expired_token_is_refused(client, demo):
    page = form_page("ru")
    old = issue_token(page, now=time.time() - 2 * 24 * 60 * 60)
    assert_refused(send(client, page, token=old), "ru", EXPIRED)


@pytest.mark.parametrize("forge", ["missing", "tampered", "other page"])
def test_a_forged_token_is_refused(client, demo, forge):
    page = form_page("en")
    token = {"missing": "", "tampered": question(page)["token"][:-2] + "xx",
             "other page": issue_token(form_page("ru"), now=time.time() - 60)}[forge]
    assert_refused(send(client, page, token=token), "en", FORGED)


def test_too_many_questions_from_one_address_get_429(client, demo):
    page = form_page("ru")
    with override_settings(FEEDBACK_LIMIT=(3, 3600)):
        assert send(client, page, consent="").status_code == 200  # a typo is not counted
        for number in range(3):
            assert send(client, page, name=f"Вопрос {number}").status_code == 302
        refused = send(client, page, name="Четвёртый")
        assert refused.status_code == 429
        assert int(refused["Retry-After"]) > 0
        assert heading(refused) == said("ru", "Too many questions")
        assert "no-store" in refused["Cache-Control"]
        other = client.post(page.url, question(page, name="Сосед"), REMOTE_ADDR="10.1.2.3")
        assert other.status_code == 302
    assert FeedbackMessage.objects.count() == 4


def test_other_methods_get_the_friendly_405(client, demo):
    response = client.put(form_page("ru").url)
    assert response.status_code == 405
    assert "POST" in response["Allow"] and "GET" in response["Allow"]


def test_the_form_is_required_content_of_the_feedback_group():
    items = [item for item in offered(REQUIRED_CONTENT) if item.page_model is FeedbackPage]
    assert [item.group for item in items] == ["feedback"]


@pytest.mark.slow  # the Nu checker starts a Java process
def test_form_and_confirmation_pass_the_nu_html_checker(client, demo, tmp_path):
    page = form_page("ru")
    without_consent = question(page)
    del without_consent["consent"]
    answers = {
        "form": client.get(page.url),
        "special_form": client.get("/special" + form_page("be").url),
        "errors": client.post(page.url, {**without_consent, "contact": "?"}),
        "thanks": client.get(form_page("en").url + "thanks/"),
        "refused": send(client, page, website="x"),
    }
    for kind, response in answers.items():
        assert response.status_code in (200, 400), kind
    assert nu_problems(tmp_path, answers, ["ispolkom/feedback/static/css/feedback.css"]) == []
