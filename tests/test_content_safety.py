"""Content safety: whatever reaches a field — from code, an import, a revision or the admin —
no script, event handler, script URL or style from content survives on a public page,
in the regular version or the special one with images replaced by their alt text."""

import json
import re
from urllib.parse import quote

import lxml.html
import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.test.utils import isolate_apps
from django.urls import reverse
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.documents.models import Document
from wagtail.fields import RichTextField
from wagtail.images.models import Image
from wagtail.rich_text import RichText

from ispolkom.content_safety.rich_text import clean_rich_text, clean_rich_text_fields
from ispolkom.core.blocks import RICH_TEXT_FEATURES, BodyBlock
from ispolkom.core.models import DistrictIdentity
from ispolkom.news.models import NewsArticlePage

PAYLOADS = [
    '<script>alert(1)</script>',
    '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
    '<scr<script>ipt>alert(1)</scr</script>ipt>',
    '"><script>alert(1)</script>',
    "'><script>alert(1)</script>",
    '</textarea></title></style><script>alert(1)</script>',
    '<<script>alert(1)//<</script>',
    '<img src=x onerror=alert(1)>',
    '<img """><script>alert(1)</script>">',
    '<body onload=alert(1)>',
    '<details open ontoggle=alert(1)>',
    '<input autofocus onfocus=alert(1)>',
    '<p onmouseover="alert(1)">unclosed',
    '<svg onload=alert(1)>',
    '<svg><script>alert(1)</script></svg>',
    '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">x</text></a></svg>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
    '<a href="javascript:alert(1)">click</a>',
    '<a href="JaVaScRiPt:alert(1)">click</a>',
    '<a href=" java&#x09;script:alert(1)">click</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
    '<a href="vbscript:msgbox(1)">click</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>',
    '<a href="https://example.org/" onclick="alert(1)">click</a>',
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<p style="width: expression(alert(1))">x</p>',
    '<style>body{background:url("javascript:alert(1)")}</style>',
    '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">x</button>',
    '<object data="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"></object>',
    '<embed src="javascript:alert(1)">',
    '<base href="javascript:alert(1)//">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<video><source onerror="alert(1)"></video>',
    '<![CDATA[<script>alert(1)</script>]]>',
    'javascript:alert(1)',
]
# Our own scripts: structured data, and files from /static/.
OWN_SCRIPT_TYPES = {"application/ld+json"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster",
                  "background", "srcset", "lowsrc", "dynsrc", "ping"}
SCRIPT_URL = re.compile(r"^(javascript|vbscript|data):", re.IGNORECASE)
CONTROL_AND_SPACE = re.compile(r"[\x00-\x20\x7f-\xa0]+")
FOREIGN_ELEMENTS = {"iframe", "frame", "frameset", "object", "embed", "applet", "base",
                    "style", "svg", "math", "template"}
# Our templates' forms send to the site's own pages (the search, the procedure catalogue, the
# question form); rich text can hold no form at all, so a form elsewhere was injected.
OUR_FORM_ACTION = re.compile(r"^(/special)?/(ru|be|en)/([-\w]+/)*$")


def executable_vectors(html):
    """Everything in `html` that could run script or restyle the page, as readable strings."""
    found = []
    for element in lxml.html.document_fromstring(html).iter():
        if not isinstance(element.tag, str):
            continue  # comments, processing instructions
        tag = element.tag.lower().split("}")[-1]
        found.extend(vectors_of_element(tag, element))
        for name, value in element.attrib.items():
            found.extend(vectors_of_attribute(tag, name.lower(), value))
    return found


def vectors_of_element(tag, element):
    if tag == "script":
        own = (element.get("type") in OWN_SCRIPT_TYPES
               or (element.get("src") or "").startswith("/static/"))
        return [] if own else [f"<script> {lxml.html.tostring(element)[:80]!r}"]
    if tag in FOREIGN_ELEMENTS:
        return [f"<{tag}>"]
    if tag == "meta" and element.get("http-equiv"):
        return ["<meta http-equiv>"]
    if tag == "form" and not OUR_FORM_ACTION.match(element.get("action") or ""):
        return [f"<form action={element.get('action')!r}>"]
    return []


def vectors_of_attribute(tag, name, value):
    if name.startswith("on"):
        return [f"<{tag} {name}>"]
    if name == "style" or name == "srcdoc":
        return [f"<{tag} {name}>"]
    if name.split(":")[-1] in URL_ATTRIBUTES or name in URL_ATTRIBUTES:
        if SCRIPT_URL.match(CONTROL_AND_SPACE.sub("", value)):
            return [f"<{tag} {name}={value[:40]!r}>"]
    return []


def assert_safe(response):
    assert response.status_code == 200
    html = response.content.decode()
    assert executable_vectors(html) == [], html[:300]
    return lxml.html.document_fromstring(html)


@pytest.mark.parametrize("snippet", [
    "<script>alert(1)</script>", '<img src=x onerror="alert(1)">',
    '<a href=" JaVa&#x09;script:alert(1)">x</a>', '<p style="color:red">x</p>',
    "<style>p{}</style>", '<iframe srcdoc="x"></iframe>', '<form action="/x"></form>',
    '<meta http-equiv="refresh" content="0">', '<a href="data:text/html,x">x</a>',
])
def test_the_checker_finds_vectors(snippet):
    assert executable_vectors(f"<html><body>{snippet}</body></html>")


def test_the_checker_accepts_our_own_markup(client, demo):
    for url in demo.urls_of_every_type("ru").values():
        assert_safe(client.get(url))
        assert_safe(client.get("/special" + url, HTTP_COOKIE="special=images:off"))


# --- rich text cleaning -----------------------------------------------------------------

def editor_html(demo):
    """What Draftail stores for an article using every feature of the body's rich text."""
    image, document, page = Image.objects.first(), Document.objects.first(), demo.standard("en")
    blocks = [("header-two", "Heading"), ("header-three", "Sub"), ("header-four", "Small"),
              ("unordered-list-item", "One"), ("ordered-list-item", "Two"),
              ("blockquote", "Quoted"), ("unstyled", "Bold italic sup sub links")]
    contentstate = {
        "blocks": [{"key": f"k{index}", "type": kind, "text": text, "depth": 0,
                    "inlineStyleRanges": [], "entityRanges": []}
                   for index, (kind, text) in enumerate(blocks)],
        "entityMap": {
            "0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": "https://x.by/?a=1&b=2"}},
            "1": {"type": "LINK", "mutability": "MUTABLE", "data": {"id": page.pk}},
            "2": {"type": "DOCUMENT", "mutability": "MUTABLE", "data": {"id": document.pk}},
            "3": {"type": "IMAGE", "mutability": "IMMUTABLE",
                  "data": {"id": image.pk, "format": "left", "alt": 'A "quoted" <alt>'}},
            "4": {"type": "HORIZONTAL_RULE", "mutability": "IMMUTABLE", "data": {}},
            "5": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": "mailto:a@b.by"}},
        },
    }
    last = contentstate["blocks"][-1]
    last["inlineStyleRanges"] = [{"offset": 0, "length": 4, "style": "BOLD"},
                                 {"offset": 5, "length": 6, "style": "ITALIC"},
                                 {"offset": 12, "length": 3, "style": "SUPERSCRIPT"},
                                 {"offset": 16, "length": 3, "style": "SUBSCRIPT"}]
    last["entityRanges"] = [{"offset": offset, "length": length, "key": key}
                            for offset, length, key in ((20, 5, 0), (0, 4, 1), (5, 6, 2),
                                                        (12, 3, 5))]
    contentstate["blocks"] += [
        {"key": "img", "type": "atomic", "text": " ", "depth": 0, "inlineStyleRanges": [],
         "entityRanges": [{"offset": 0, "length": 1, "key": 3}]},
        {"key": "hr", "type": "atomic", "text": " ", "depth": 0, "inlineStyleRanges": [],
         "entityRanges": [{"offset": 0, "length": 1, "key": 4}]},
        {"key": "br", "type": "unstyled", "text": "line\nbreak", "depth": 0,
         "inlineStyleRanges": [], "entityRanges": []},
    ]
    return ContentstateConverter(RICH_TEXT_FEATURES).to_database_format(json.dumps(contentstate))


def test_what_the_editor_stores_is_kept_exactly(demo):
    html = editor_html(demo)
    for marker in ('linktype="page"', 'linktype="document"', 'embedtype="image"', "<h4",
                   "<blockquote", "<sup>", "<sub>", "<hr/>", "<br/>", 'data-block-key="k0"',
                   "mailto:", 'alt="A &quot;quoted&quot; &lt;alt&gt;"'):
        assert marker in html  # the converter made what this test means to check
    assert clean_rich_text(html, RICH_TEXT_FEATURES) == html


@pytest.mark.parametrize("payload", PAYLOADS)
def test_cleaning_is_idempotent_and_leaves_no_markup_from_payloads(payload):
    cleaned = clean_rich_text(payload, RICH_TEXT_FEATURES)
    assert clean_rich_text(cleaned, RICH_TEXT_FEATURES) == cleaned
    assert not re.search(r"<(?!/?(p|a|br)\b)", cleaned), cleaned  # only harmless tags remain
    assert executable_vectors(f"<html><body>{cleaned}</body></html>") == []


@pytest.mark.parametrize(("stored", "expected"), [
    ('<p><a linktype="page" id="3 onclick=x">page</a></p>', "<p>page</p>"),
    ('<p><a linktype="unknown" id="3">x</a></p>', "<p>x</p>"),
    ('<embed embedtype="image" id="4" format="huge" alt="x"/>',
     '<embed embedtype="image" id="4" format="fullwidth" alt="x"/>'),
    ('<embed embedtype="media" url="https://evil.example/"/>', ""),
    ('<h5>Not an editor heading</h5>', "Not an editor heading"),
    ('<div>Old editor paragraph</div>', "<p>Old editor paragraph</p>"),
    ('<p data-block-key="x&quot; onclick=&quot;y">k</p>', "<p>k</p>"),
])
def test_references_are_kept_only_in_a_form_wagtail_can_render(stored, expected):
    assert clean_rich_text(stored, RICH_TEXT_FEATURES) == expected


def test_table_cells_are_text_not_html():
    assert not BodyBlock().child_blocks["table"].is_html_renderer()


@isolate_apps("ispolkom.content_safety")
def test_rich_text_fields_of_any_model_are_cleaned_before_saving():
    from django.db import models

    class Notice(models.Model):
        text = RichTextField(features=["bold"])
        plain = models.TextField()

        class Meta:
            app_label = "content_safety"

        def __str__(self):
            return self.plain

    notice = Notice(text='<p onclick="x()"><b>Bold</b><i>italic</i><script>x()</script></p>',
                    plain="<script>kept: templates escape it</script>")
    clean_rich_text_fields(Notice, notice)
    assert notice.text == "<p><b>Bold</b>italic</p>"
    assert notice.plain.startswith("<script>")


# --- every field of a page, saved from code and rendered -----------------------------------

def attribute_payload(payload):
    return payload.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def raw_body(payload, image, document):
    """A body as an import assigns it: raw stream data, never converted through its blocks."""
    in_attribute = attribute_payload(payload)
    return [
        {"type": "paragraph", "value": payload},
        {"type": "paragraph", "value":
            f'<p><a href="{in_attribute}">link</a><a linktype="page" id="{in_attribute}">p</a></p>'
            f'<embed embedtype="image" id="{image.pk}" format="{in_attribute}" '
            f'alt="{in_attribute}"/>'},
        {"type": "quote", "value": {"text": payload, "attribution": payload}},
        {"type": "table", "value": {
            "data": [[payload, payload], [payload, None]], "table_caption": payload,
            "first_row_is_table_header": True, "first_col_is_header": True,
            "table_header_choice": "both",
            "cell": [{"row": 1, "col": 1, "className": payload}],
            "mergeCells": [{"row": 1, "col": 0, "rowspan": 1, "colspan": 1}],
        }},
        {"type": "figure", "value": {"image": {"image": image.pk, "decorative": False,
                                                 "alt_text": payload}, "caption": payload}},
        {"type": "attachment", "value": {"document": document.pk, "title": payload}},
    ]


def set_identity_texts(payload):
    identity = DistrictIdentity.objects.get()
    for field in ("name_ru", "name_be", "name_en", "address_ru", "working_hours_ru",
                  "reception_phone"):
        setattr(identity, field, payload[:64] if field.endswith("phone") else payload)
    identity.appeals_url = "javascript:alert(1)"
    identity.save()


@pytest.mark.parametrize("index", range(len(PAYLOADS)))
def test_payload_in_every_field_of_an_article_stays_harmless(client, demo, index):
    payload = PAYLOADS[index]
    image, document = Image.objects.first(), Document.objects.first()
    set_identity_texts(payload)
    article = demo.section("ru").add_child(instance=NewsArticlePage(
        title=f"Title {payload}", slug=f"xss-{index}", lead=payload, seo_title=payload,
        search_description=payload, main_image=image, main_image_alt=payload,
        source_name=payload, body=raw_body(payload, image, document),
    ))
    article.tags.add(payload[:100])
    article.body.append(("paragraph", RichText(payload)))  # a converted block, as code makes
    article.save_revision().publish()
    # Page.save() validates the URL; an import writing rows directly does not.
    NewsArticlePage.objects.filter(pk=article.pk).update(source_url=payload)

    stored = NewsArticlePage.objects.get(pk=article.pk)
    for block in stored.body.raw_data:
        if block["type"] == "paragraph":  # stored already cleaned, not only shown so
            assert not re.search(r"<(script|style|svg|iframe|img)", block["value"], re.I)
            assert clean_rich_text(block["value"], RICH_TEXT_FEATURES) == block["value"]
    regular = assert_safe(client.get(stored.url))
    assert regular.findtext(".//h1") == f"Title {payload}"  # the payload did reach the page
    special = assert_safe(client.get("/special" + stored.url, HTTP_COOKIE="special=images:off"))
    alts = [span.text_content() for span in special.find_class("image-alt")]
    assert payload.strip() in alts  # the main image's alt, shown as text
    assert not special.findall(".//img")


def test_a_revision_stores_cleaned_rich_text(demo):
    article = demo.article("en")
    draft = '<p onclick="x()">Draft<script>x()</script></p>'
    article.body = [{"type": "paragraph", "value": draft}]
    revision = article.save_revision()
    body = json.loads(revision.content["body"])
    assert body[0]["value"] == "<p>Draft</p>"


@pytest.mark.parametrize("payload", PAYLOADS)
def test_search_query_is_reflected_as_text(client, demo, payload):
    for prefix in ("", "/special"):
        page = assert_safe(client.get(f"{prefix}/ru/search/?q={quote(payload)}"))
        assert page.get_element_by_id("id_q").get("value") == payload


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JAVASCRIPT:alert(1)",
                                 "data:text/html,x", "vbscript:x"])
def test_link_fields_refuse_script_urls(demo, url):
    article = demo.article("en")
    article.source_url = url
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert "source_url" in error.value.message_dict
    identity = DistrictIdentity.objects.get()
    identity.appeals_url = url
    with pytest.raises(ValidationError) as error:
        identity.full_clean()
    assert "appeals_url" in error.value.message_dict


def test_source_link_from_an_import_is_not_a_link(client, demo):
    article = demo.article("en")
    NewsArticlePage.objects.filter(pk=article.pk).update(
        source_name="Agency", source_url="javascript:alert(1)")
    page = assert_safe(client.get(article.url))
    assert page.find_class("article__source")[0].text_content().strip().endswith("Agency")


def test_feed_descriptions_are_text_for_feed_readers(client, demo):
    article = demo.article("en")
    article.lead = "<img src=x onerror=alert(1)>"
    article.save_revision().publish()
    feed = client.get(demo.section("en").url + "rss/").content.decode()
    assert "&amp;lt;img src=x onerror=alert(1)&amp;gt;" in feed


def test_payloads_typed_into_the_admin_stay_harmless(client, demo):
    admin = get_user_model().objects.create_superuser("safety", "safety@example.org", "x")
    client.force_login(admin)
    payload = '"><img src=x onerror=alert(1)><script>alert(1)</script>'
    contentstate = {
        "blocks": [{"key": "a1", "type": "unstyled", "text": payload, "depth": 0,
                    "inlineStyleRanges": [], "entityRanges": [{"offset": 0, "length": 2,
                                                              "key": 0}]}],
        "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE",
                            "data": {"url": "javascript:alert(1)"}}},
    }
    response = client.post(
        reverse("wagtailadmin_pages:add", args=("news", "newsarticlepage", demo.section("en").pk)),
        {
            "title": f"Admin {payload}", "slug": "admin-xss", "date": "2026-11-20 10:15",
            "lead": payload, "tags": "", "source_name": payload, "source_url": "",
            "main_image_alt": "", "action-publish": "publish",
            "body-count": "1", "body-0-type": "paragraph", "body-0-deleted": "",
            "body-0-order": "0", "body-0-id": "", "body-0-value": json.dumps(contentstate),
            "comments-TOTAL_FORMS": "0", "comments-INITIAL_FORMS": "0",
            "comments-MIN_NUM_FORMS": "0", "comments-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()
    article = NewsArticlePage.objects.get(slug="admin-xss")
    page = assert_safe(client.get(article.url))
    assert payload in page.find_class("article__body")[0].text_content()
