"""Editors: the News editor group, admin languages, validation, revisions, scheduling."""

import datetime
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.images.models import Image
from wagtail.users.models import UserProfile

from ispolkom.news.editors import NEWS_EDITOR
from ispolkom.news.models import NewsArticlePage


@pytest.fixture
def news_editor(db):
    user = get_user_model().objects.create_user("press", password="x")
    user.groups.add(Group.objects.get(name=NEWS_EDITOR))
    return user


@pytest.mark.parametrize("language", ["ru", "be", "en"])
def test_news_editor_may_create_and_publish_in_news_only(demo, news_editor, language):
    section = demo.section(language).permissions_for_user(news_editor)
    assert section.can_add_subpage()
    assert section.can_publish()
    article = demo.article(language).permissions_for_user(news_editor)
    assert article.can_edit() and article.can_publish()
    for page in (demo.home(language), demo.standard(language)):
        permissions = page.permissions_for_user(news_editor)
        assert not permissions.can_edit()
        assert not permissions.can_add_subpage()
        assert not permissions.can_publish()


def test_news_editor_is_refused_outside_news_in_the_admin(client, demo, news_editor):
    client.force_login(news_editor)
    about = demo.standard("ru")
    assert client.get("/admin/").status_code == 200
    response = client.get(f"/admin/pages/{about.pk}/edit/")
    assert response.status_code in (302, 403)
    add_url = f"/admin/pages/add/news/newsarticlepage/{demo.section('ru').pk}/"
    assert client.get(add_url).status_code == 200


def test_news_editor_publishes_through_the_admin(client, demo, news_editor):
    client.force_login(news_editor)
    section = demo.section("en")
    response = client.post(
        f"/admin/pages/add/news/newsarticlepage/{section.pk}/",
        {
            "title": "Snow clearing plan approved", "slug": "snow-clearing-plan",
            "date": "2026-11-20 10:15", "lead": "Streets will be cleared by 7 am.",
            "body-count": "0", "tags": "winter", "source_name": "", "source_url": "",
            "main_image_alt": "", "action-publish": "publish",
            "comments-TOTAL_FORMS": "0", "comments-INITIAL_FORMS": "0",
            "comments-MIN_NUM_FORMS": "0", "comments-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    article = NewsArticlePage.objects.get(slug="snow-clearing-plan")
    assert article.live and article.get_parent().pk == section.pk
    assert article.revisions.count() == 1
    assert client.get(article.url).status_code == 200


@pytest.mark.parametrize(("language", "word"), [("be", "Панэль кіравання"),
                                               ("ru", "Панель управления")])
def test_admin_speaks_belarusian_and_russian(client, demo, language, word):
    admin = get_user_model().objects.create_superuser("boss", "boss@example.org", "x")
    profile = UserProfile.get_for_user(admin)
    profile.preferred_language = language
    profile.save()
    client.force_login(admin)
    response = client.get("/admin/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert word in html


def test_main_image_needs_alt_text(demo):
    article = demo.article("en")
    article.main_image = Image.objects.first()
    article.main_image_alt = "  "
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert "main_image_alt" in error.value.message_dict


def test_publication_date_defaults_to_now(demo):
    before = timezone.now()
    article = NewsArticlePage(title="Fresh", lead="Lead")
    assert before <= article.date <= timezone.now()


def test_scheduled_article_goes_live_with_publish_scheduled(client, demo):
    from django.core.management import call_command

    section = demo.section("en")
    article = NewsArticlePage(title="Scheduled", slug="scheduled", lead="Later", live=False,
                              go_live_at=timezone.now() + datetime.timedelta(hours=1))
    section.add_child(instance=article)
    article.save_revision().publish()
    article.refresh_from_db()
    assert not article.live
    assert client.get(section.url + "scheduled/").status_code == 404
    later = timezone.now() + datetime.timedelta(hours=2)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled")
    article.refresh_from_db()
    assert article.live
    assert client.get(article.url).status_code == 200
