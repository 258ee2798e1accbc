"""The old CMS's address grammar (real-system.md): what each old address is."""

import pytest

from ispolkom.syndication.legacy.addresses import OldArticle, OldList, canonical_path, parse


@pytest.mark.parametrize(("path", "language", "section", "ids", "version"), [
    ("/ru/news-rayon-ru/view/agreement-on-policy-15636/", "ru", "news-rayon-ru", (15636,), ""),
    ("/ru/news-rayon-ru/view/agreement-on-policy-15636", "ru", "news-rayon-ru", (15636,), ""),
    ("/en/republic-en/view/forum-23083-2025/", "en", "republic-en", (23083, 2025), ""),
    ("/special/en/news-rayon-en/view/agreement-15636", "en", "news-rayon-en", (15636,),
     "special"),
    ("/printv/ru/news-rayon-ru/view/agreement-15636/", "ru", "news-rayon-ru", (15636,),
     "printv"),
    ("/by/news_raion/view/subbotnik-1000012345/", "be", "news_raion", (1000012345,), ""),
    ("/ru/lenta_novostei-ru/view/x-77/", "ru", "lenta_novostei-ru", (77,), ""),
    # A slug that ends in a number: the id is the last number but a year.
    ("/ru/news-rayon-ru/view/plan-na-2024-1234-2024/", "ru", "news-rayon-ru", (1234, 2024),
     ""),
    ("/ru/news-rayon-ru/view/plan-na-2024-1234/", "ru", "news-rayon-ru", (1234,), ""),
    ("/ru/news-rayon-ru/view/itogi-2023-15636/", "ru", "news-rayon-ru", (15636,), ""),
    ("/ru/news-rayon-ru/view/15636/", "ru", "news-rayon-ru", (15636,), ""),
    ("/RU/News-Rayon-RU/view/Slug-15636/", "ru", "news-rayon-ru", (15636,), ""),
    ("/ru/news-rayon-ru/view/slug-15636/?utm=x", "ru", "news-rayon-ru", (15636,), ""),
])
def test_an_article_address_says_its_language_section_and_id(path, language, section, ids,
                                                             version):
    found = parse(path)
    assert isinstance(found, OldArticle)
    assert (found.language, found.section, found.ids, found.version) == (
        language, section, ids, version)


@pytest.mark.parametrize(("path", "language", "section", "page", "version"), [
    ("/ru/news-rayon-ru/", "ru", "news-rayon-ru", 1, ""),
    ("/en/republic-en/page/7/", "en", "republic-en", 7, ""),
    ("/ru/news_raion", "ru", "news_raion", 1, ""),
    ("/by/news_raion/page/2", "be", "news_raion", 2, ""),
    ("/special/ru/news-rayon-ru/page/3/", "ru", "news-rayon-ru", 3, "special"),
])
def test_a_list_address_says_its_section_and_page(path, language, section, page, version):
    assert parse(path) == OldList(language, section, page, version)


@pytest.mark.parametrize("path", [
    "/", "/ru/", "/de/news-rayon-de/view/x-1/", "/ru/news/2024/05/x/", "/media/images/a.jpg",
    "/ru/news-rayon-ru/view/", "/ru/news-rayon-ru/view/slug/",
    "/ru/news-rayon-ru/view/x-1234567890123456789/", "/ru/news-rayon-ru/page/x/",
])
def test_other_addresses_are_neither(path):
    assert parse(path) is None


def test_the_regular_address_of_any_form():
    assert canonical_path(parse("/printv/by/news_raion/view/x-5-2024")) == (
        "/be/news_raion/view/x-5/")
    assert canonical_path(parse("/special/ru/news-rayon-ru/page/2")) == (
        "/ru/news-rayon-ru/page/2/")
