"""Run by tests/test_plug_in.py in a fresh process whose settings add this app: builds the
demo site, publishes one notice and prints, as JSON, where the site shows it.

    python -m tests.support.notices.check <word in the title and text> <word in the text>
"""

import json
import sys

import django


def section(html, start, end="</section>"):
    """The part of `html` from `start` to the next `end`; empty if `start` is absent."""
    at = html.find(start)
    return "" if at < 0 else html[at:html.find(end, at)]


def publish_notice(title_word, text_word):
    from wagtail.models import Site

    from .models import NoticePage

    demo = Site.objects.get(is_default_site=True).root_page  # beside the other committees
    home = demo.get_translations(inclusive=True).get(locale__language_code="ru")
    notice = NoticePage(title=f"Объявление: {title_word}", slug="notice-plug-in",
                        text=f"{title_word} и {text_word}: проверка подключения.")
    home.add_child(instance=notice)
    notice.save_revision().publish()
    return notice


def main(title_word, text_word):
    django.setup()
    from django.core.management import call_command
    from django.test import Client

    from tests.support.sitemaps import sitemap_text

    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)
    notice = publish_notice(title_word, text_word)
    url = notice.get_url_parts()[2]  # the path: with several sites get_url() is absolute
    client = Client(HTTP_HOST="127.0.0.1:8000")

    def get(path, **query):
        response = client.get(path, query)
        return response.status_code, response.content.decode()

    home_status, home = get("/ru/")
    page_status, page = get(url)
    special_status, special = get(f"/special{url}")
    search_status, search = get("/ru/search/", q=title_word)
    _, by_text = get("/ru/search/", q=text_word)
    sitemap_status, _index = get("/sitemap.xml")
    sitemap = sitemap_text(client)  # every child the index names
    robots_status, robots = get("/robots.txt")

    def finds(results_page):
        return f'href="{url}"' in section(results_page, '<ol class="search-results"', "</ol>")

    print(json.dumps({
        "url": url,
        "home": [home_status, f'href="{url}"' in section(home, '<section class="notices-block">')],
        "page": [page_status, text_word in page],
        "special": [special_status, text_word in special],
        "search": [search_status, finds(search)],
        "search_by_text": finds(by_text),
        "sitemap": [sitemap_status, f"{url}</loc>" in sitemap],
        "robots": [robots_status, "Disallow: /notices-drafts/" in robots.splitlines()],
    }))


if __name__ == "__main__":
    main(*sys.argv[1:3])
