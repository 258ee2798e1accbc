"""Reading one article page of an OLD district site: its title, date, body, images and
attachments, without the site's chrome (panel, header, menus, breadcrumbs, share links,
views counter, "other news", footer).

The old CMS has a few templates we know (family A: h1.news_view_title + div.news_view_text;
family B: div.content_left with breadcrumbs, h1, the date and plain paragraphs; the /special/
and /printv/ copies of both): those are read by their own structure ("family"). Any other
page goes to trafilatura ("fallback"), with the title from the page's heading rather than
<title>, which carries the site's name.

The body comes out as simple HTML an editor could have made: paragraphs, h2-h4, lists,
quotes, tables, links with absolute addresses, bold and italics, and every image in place
as <figure><img><figcaption>. A page that is not an article raises NotAnArticle and nothing
else, whatever bytes arrive.
"""

import codecs
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from html import escape
from urllib.parse import urljoin, urlsplit

import chardet
import trafilatura
from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from django.utils.translation import gettext as _

from ..reader import MOJIBAKE
from .dates import parse_date

logger = logging.getLogger(__name__)

ATTACHMENT_EXTENSIONS = (".pdf", ".doc", ".docx", ".odt", ".rtf", ".xls", ".xlsx", ".ods",
                         ".ppt", ".pptx", ".odp", ".zip", ".rar", ".7z", ".txt", ".csv")
BLOCK_CONTAINERS = {"div", "section", "article", "main", "center", "body", "html", "span",
                    "font", "form", "dl", "dd", "dt", "details", "summary", "header"}
INLINE_KEPT = {"b": "b", "strong": "strong", "i": "i", "em": "em", "sub": "sub", "sup": "sup"}
INVISIBLE = ["script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
             "canvas", "video", "audio", "map", "input", "select", "textarea", "button"]
HEADINGS = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h4", "h5": "h4", "h6": "h4"}
BLOCK_TAGS = {"p", "ul", "ol", "li", "blockquote", "table", "tr", "figure", "pre", "hr",
              *HEADINGS}
# Class or id words of site chrome: share buttons, print link, tags, counters, "other news",
# breadcrumbs, menus, the special version's panel, banners.
CHROME_CLASS = re.compile(
    r"(?:^|[\s_-])(?:share\w*|social|soc|likes?|print\w*|tags?|views|hits|counters?|other|"
    r"related|breadcrumbs?|crumbs|pager|pagination|pages|banners?|comments?|rating|menu|nav|"
    r"navigation|navbar|panel|sidebar|widget|addthis|pluso|footer|header|bvi|topbar|"
    r"logo|search|socials|subscribe)(?:$|[\s_-])", re.I)
CHROME_TAGS = {"nav", "header", "footer", "aside"}
# Lines of chrome by what they say (ru, be, en): share, print, tags, views, versions.
CHROME_LABELS = re.compile(
    r"^(?:поделиться|падзяліцца|share|версия для печати|версія для друку|print version|"
    r"печать|друк|print|теги|тэгі|tags|метки|просмотр(?:ов|ы)|прагляд(?:аў|ы)|views|"
    r"обычная версия|звычайная версія|normal version|версия для слабовидящих|"
    r"версія для слабавідушчых|версія для слабабачных|version for the visually impaired|"
    r"настройки|налады|settings|размер шрифта|памер шрыфту|font size|цветовая схема|"
    r"колеравая схема|colou?r scheme|назад|back|"
    r"вернуться|вярнуцца)\b\s*(?::|$|\d)", re.I)
# After these the page holds only other pages' headlines: stop reading there.
STOP_LABELS = re.compile(
    r"^(?:другие новости|іншыя навіны|other news|читайте также|чытайце таксама|read also|"
    r"see also|related news|похожие новости|все новости|усе навіны|all news|"
    r"архив новостей|архіў навін|news archive|последние новости|апошнія навіны|"
    r"latest news)\b", re.I)
CAPTION_CLASS = re.compile(r"caption|podpis|signature|photo_?text|img_?text|image_?text", re.I)
PHOTO_CLASS = re.compile(r"(?:^|[\s_-])(?:foto|photo|image|img|pic|picture)s?(?:$|[\s_-])", re.I)
CAPTION_LENGTH = 300
CHROME_IMAGE = re.compile(
    r"/(?:images/site|site|design|templates?|theme|themes|skins?|banners?|logos?|icons?|"
    r"counters?|static/img)/|(?:^|/)(?:gerb|logo|banner|counter|emblem|coat|icon|spacer|"
    r"pixel|blank|arrow|bullet)[\w-]*\.\w+$", re.I)
MENU_CLASS = re.compile(r"menu|nav|sidebar|other|related|banner|right|left_col|column", re.I)
LIST_ITEMS = ".news_title, .news_item, .news_date"
LINE_EDGES = re.compile(r"^(?:\s|<br>)+|(?:\s|<br>)+$")
SPACES = re.compile(r"[ \t\r\n\f\v]+")
DATE_LINE_LENGTH = 60  # "Дата публикации: 13.08.2024 | 14:44" and no more
TITLE_LENGTH = 500
# Real pages nest some tens of levels, sloppy ones (an unclosed <font> per paragraph) a few
# hundred; reading time grows with depth, so a deeper page is refused, not read for minutes.
MAX_DEPTH = 400


class NotAnArticle(Exception):
    """The page holds no article; str(error) says why, in one line."""


@dataclass
class OldArticle:
    title: str
    published: date | datetime | None
    has_time: bool
    body_html: str
    images: list[tuple[str, str]] = field(default_factory=list)  # (absolute URL, caption)
    attachments: list[tuple[str, str]] = field(default_factory=list)  # (absolute URL, text)
    method: str = "family"  # "family": read by the template's structure; or "fallback"


def extract_article(content, url, content_type=None):
    """The article on the page `content` (bytes as fetched, or text) found at `url`."""
    try:
        return read_article(content, url, content_type)
    except NotAnArticle:
        raise
    except Exception as error:  # noqa: BLE001 — one page of any shape must not stop an import
        logger.exception("Old page %s could not be read", url)
        raise NotAnArticle(_("The page could not be read: %(reason)s.")
                           % {"reason": one_line(error)[:200] or type(error).__name__}) from error


def read_article(content, url, content_type):
    text = decoded(content, content_type)
    soup = BeautifulSoup(text, "lxml")
    if deeper_than(soup, MAX_DEPTH):
        raise NotAnArticle(_("The page's markup is nested more than %(levels)s levels deep: no "
                             "article page is.") % {"levels": MAX_DEPTH})
    for element in soup(INVISIBLE):
        element.decompose()
    for comment in soup.find_all(string=lambda string: isinstance(string, Comment)):
        comment.extract()
    base = page_base(soup, url)
    for reading in (family_a, family_heading):
        article = reading(soup, base, url)
        if article is not None:
            return article
    return fallback(soup, text, base)


# Decoding --------------------------------------------------------------------------------

HTTP_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)
HTML_START = re.compile(r"<\s*(?:!doctype\s+html|html|head|body|meta|title|div|p|h1|article)\b",
                        re.I)


def decoded(content, content_type):
    """The page as text: by the HTTP charset, then <meta charset>/<meta http-equiv>, then
    UTF-8 if the bytes are valid UTF-8, then chardet's guess (windows-1251 pages are common).
    A declaration whose reading is mojibake is passed over: valid UTF-8 is often mislabelled."""
    kind = (content_type or "").split(";")[0].strip().lower()
    if kind and kind not in ("text/html", "application/xhtml+xml", "text/plain",
                             "application/xml", "text/xml", "application/octet-stream"):
        raise NotAnArticle(_("The page is not HTML but %(type)s.") % {"type": kind[:100]})
    if isinstance(content, str):
        text = content
    else:
        content = bytes(content or b"")
        if b"\0" in content[:4096] and not content.startswith(
                (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise NotAnArticle(_("The page is not HTML but binary data."))
        text = text_of(content, content_type)
    if not text.strip():
        raise NotAnArticle(_("The page is empty."))
    if not HTML_START.search(text[:65536]):
        raise NotAnArticle(_("The page is not HTML."))
    return text


def text_of(content, content_type):
    declared = [match.group(1) for match in [HTTP_CHARSET.search(content_type or "")] if match]
    declared += [match.group(1).decode("ascii", "replace")
                 for match in [META_CHARSET.search(content[:8192])] if match]
    boms = [(codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
            (codecs.BOM_UTF16_BE, "utf-16")]
    candidates = [encoding for bom, encoding in boms if content.startswith(bom)]
    candidates += [*declared, "utf-8"]
    first = None
    for encoding in candidates:
        try:
            text = content.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
        if not MOJIBAKE.search(text[:65536]):
            return text
        first = first if first is not None else text
    if first is not None:
        return first
    guess = chardet.detect(content[:65536]).get("encoding") or "windows-1251"
    try:
        return content.decode(guess, errors="replace")
    except LookupError:
        return content.decode("windows-1251", errors="replace")


def deeper_than(soup, levels):
    """Whether elements nest deeper than `levels` (reading time grows with the depth)."""
    depth = {id(soup): 0}
    for element in soup.descendants:
        if isinstance(element, Tag):
            depth[id(element)] = depth[id(element.parent)] + 1
            if depth[id(element)] > levels:
                return True
    return False


def page_base(soup, url):
    base = soup.find("base", href=True)
    return urljoin(url, base["href"].strip()) if base else url


# Family A: h1.news_view_title + div.news_view_text -----------------------------------------

def family_a(soup, base, url):
    heading = soup.select_one("h1.news_view_title")
    body = soup.select_one(".news_view_text")
    if heading is None or body is None or heading in body.parents:
        return None
    published = date_near(heading, [body])
    return assembled(heading_text(heading), published, [body], base, "family")


# Family B (div.content_left), the /special/ and /printv/ templates: a heading, then the text.

def family_heading(soup, base, url):
    region = soup.select_one("div.content_left")
    heading = region.find("h1") if region is not None else None
    path = urlsplit(url).path.lower()
    if heading is None and (path.startswith(("/special/", "/printv/"))
                            or soup.select_one("h1.news_view_title") is not None):
        heading = soup.select_one("h1.news_view_title") or main_heading(soup)
    if heading is None:
        return None
    nodes = following_content(heading)
    return assembled(heading_text(heading), date_near(heading, nodes), nodes, base, "family")


def following_content(heading):
    """What follows the heading at the first level where text follows it: the heading may
    sit alone in a wrapper <div class="title">."""
    node = heading
    while True:
        siblings = list(node.next_siblings)
        if any(has_text(sibling) and not is_chrome(sibling) for sibling in siblings):
            return siblings
        parent = node.parent
        if parent is None or parent.name in ("body", "html", "[document]"):
            return siblings
        node = parent


# Fallback: trafilatura --------------------------------------------------------------------

def fallback(soup, text, base):
    if looks_like_list_page(soup):
        raise NotAnArticle(_("The page is a list of news, not an article."))
    heading = main_heading(soup)
    title = heading_text(heading) if heading is not None else page_title(soup)
    extracted = trafilatura.extract(
        text, url=base, output_format="html", include_images=True, include_links=True,
        include_tables=True, include_formatting=True, favor_precision=True) or ""
    body = BeautifulSoup(extracted, "lxml").body
    nodes = list(body.children) if body is not None else []
    if body is not None and mostly_links_to_articles(body):
        raise NotAnArticle(_("The page is a list of news, not an article."))
    captions = image_captions(soup, base)
    return assembled(title, published_of(soup, heading), nodes, base, "fallback", captions)


def mostly_links_to_articles(body):
    """Whether half the text or more is headlines linking to articles (…/view/…)."""
    text = len(one_line(body.get_text(" ")))
    linked = sum(len(one_line(link.get_text(" "))) for link in body.find_all("a", href=True)
                 if "/view/" in link["href"])
    return text > 0 and linked * 2 >= text


def looks_like_list_page(soup):
    """A list page: the old CMS's list items outside the menus and columns, or a list of
    <article> cards with no <h1> in any of them."""
    articles = soup.find_all("article")
    if len(articles) >= 3 and not any(article.find("h1") for article in articles):
        return True
    if articles or soup.find(attrs={"itemprop": "articleBody"}):
        return False
    main = soup.find("main")
    return list_items_in([soup]) > 0 or (main is not None and mostly_links_to_articles(main))


def list_items_in(nodes):
    """How many items of a news list (div.news_title, a.news_item, span.news_date) the
    nodes hold outside menus and columns of other news: an article's body holds none."""
    items = [item for node in nodes if isinstance(node, Tag)
             for item in [node, *node.select(LIST_ITEMS)] if is_list_item(item)]
    return sum(1 for item in items if not in_menu(item))


def main_heading(soup):
    """The page's own heading: in <article> or <main> first, never the site's name in the
    page's header."""
    for scope in ("article h1", "main h1", '[role="main"] h1'):
        for heading in soup.select(scope):
            if heading_text(heading):
                return heading
    for heading in soup.find_all("h1"):
        if heading_text(heading) and not in_chrome(heading):
            return heading
    return None


def in_chrome(element):
    return any(parent.name in CHROME_TAGS or is_chrome_class(parent)
               for parent in element.parents if isinstance(parent, Tag))


def page_title(soup):
    """og:title, else <title> without its " - Site name" or " | Site name" part."""
    meta = soup.find("meta", attrs={"property": "og:title"})
    if meta and one_line(meta.get("content")):
        return one_line(meta["content"])[:TITLE_LENGTH]
    title = one_line(soup.title.get_text() if soup.title else "")
    return re.split(r"\s+[|–—-]\s+", title)[0][:TITLE_LENGTH] if title else ""


def published_of(soup, heading):
    """(value, has_time) from <time datetime> in the heading's article, else the meta
    article:published_time, else a date printed near the heading, else any <time>."""
    scope = heading.find_parent(["article", "main"]) if heading is not None else None
    meta = soup.find("meta", attrs={"property": "article:published_time"})
    return (times_in(scope) if scope is not None else None) or (
        parse_date(meta.get("content", "")) if meta else None) or (
        date_near(heading, []) if heading is not None else None) or times_in(soup)


def times_in(scope):
    for time in scope.find_all("time"):
        found = parse_date(time.get("datetime", "")) or parse_date(time.get_text(" "))
        if found:
            return found
    return None


def image_captions(soup, base):
    """{absolute image URL: caption} of the page's images, for the fallback's body (the
    library keeps the image but drops its caption)."""
    captions = {}
    for image in soup.find_all("img"):
        source = image_source(image, base)
        if source:
            block, caption = image_block(image)
            captions.setdefault(source, one_line(caption.get_text(" ")) if caption else "")
    return captions


# Shared: the date, the body, images and attachments ---------------------------------------

def date_near(heading, body_nodes):
    """(value, has_time) of the date printed between the heading and the body, else the
    nearest one before the heading (the special version prints it above the title)."""
    first = next((node for node in body_nodes if has_text(node) and not (
        isinstance(node, Tag) and is_date_line(node.get_text(" ")))), None)
    for position, element in enumerate(heading.next_elements):
        if element is first or position > 200:
            break
        if element is heading or heading in getattr(element, "parents", ()):
            continue
        found = date_in(element)
        if found:
            return found
    for position, element in enumerate(heading.previous_elements):
        if position > 60:
            break
        found = date_in(element)
        if found and not in_menu(element) and not in_chrome(element):
            return found
    return None


def in_menu(element):
    """Inside a menu or a column of other news, whose dates are not this article's."""
    return any(parent.name in ("nav", "aside") or MENU_CLASS.search(
        " ".join([*parent.get("class", []), parent.get("id", "") or ""]))
        for parent in element.parents if isinstance(parent, Tag))


def date_in(element):
    if isinstance(element, Tag) and element.name == "time" and element.get("datetime"):
        return parse_date(element["datetime"])
    if isinstance(element, NavigableString) and len(element) < 200:
        return parse_date(str(element))
    return None


def assembled(title, published, nodes, base, method, captions=None):
    if not title:
        raise NotAnArticle(_("No article heading was found on the page."))
    nodes = content_nodes(nodes)
    if list_items_in(nodes):
        raise NotAnArticle(_("The page is a list of news, not an article."))
    # the body moves into a wrapper of its own, where images become figures in place
    wrapper = BeautifulSoup("<div></div>", "html.parser").div
    for node in nodes:
        wrapper.append(node.extract() if node.parent is not None else node)
    images = figures_in(wrapper, base, captions)
    blocks = body_blocks(list(wrapper.children), base, title)
    if published is None:  # a date line at the top of the body itself
        published = leading_date(blocks)
    blocks = [block for index, block in enumerate(blocks)
              if not (index < 3 and is_date_line(block_text(block)))]
    body_html = "".join(blocks)
    if not plain_body_text(body_html).strip() and not images:
        raise NotAnArticle(_("No article text was found on the page."))
    value, has_time = published if published else (None, False)
    return OldArticle(title=title[:TITLE_LENGTH], published=value, has_time=has_time,
                      body_html=body_html, images=images,
                      attachments=attachments_in(body_html), method=method)


def content_nodes(nodes):
    """`nodes` without chrome, up to "other news" (after it only other pages' headlines)."""
    kept = []
    for node in nodes:
        if isinstance(node, Tag):
            text = one_line(node.get_text(" "))
            if STOP_LABELS.match(text) and (len(text) < 80 or node.name != "p"):
                break
            if is_chrome(node):
                continue
            for inner in node.find_all(True):
                if not inner.decomposed and is_chrome(inner):
                    inner.decompose()
        kept.append(node)
    return kept


def is_chrome(element):
    if not isinstance(element, Tag):
        return False
    if element.name in CHROME_TAGS or is_chrome_class(element):
        return True
    text = one_line(element.get_text(" "))
    return bool(text) and len(text) <= 300 and bool(CHROME_LABELS.match(text))


def is_chrome_class(element):
    words = " ".join([*element.get("class", []), element.get("id", "") or ""])
    return bool(words) and bool(CHROME_CLASS.search(words)) and not CAPTION_CLASS.search(words)


def is_list_item(element):
    return bool({"news_title", "news_item", "news_date"} & set(element.get("class", [])))


def figures_in(element, base, captions=None):
    """Turns every image under `element` into <figure><img><figcaption> where it stands (the
    family's caption element folded in); (URL, caption or alt) of each, in order."""
    found = []
    for image in element.find_all("img"):
        if image.decomposed:
            continue
        source = image_source(image, base)
        if not source:
            image.decompose()
            continue
        block, caption_element = image_block(image, top=element)
        caption = one_line(caption_element.get_text(" ")) if caption_element else ""
        if not caption and captions:
            caption = captions.get(source, "")
        alt = one_line(image.get("alt"))
        figure = new_figure(source, alt, caption)
        if caption_element not in (None, block) and block not in caption_element.parents:
            caption_element.decompose()
        if block is image and image.parent is not None and image.parent.name in (
                "p", "li", "td", "a", "b", "strong", "em", "i", "span"):
            # an image inside a line of text: its figure goes before that line
            line = image.find_parent(["p", "li", "td"]) or image.parent
            image.decompose()
            line.insert_before(figure)
        else:
            block.replace_with(figure)
        found.append((source, caption or alt))
    return found


def image_source(image, base):
    """The image's absolute URL, or "" for chrome (coat of arms, banners, counters)."""
    source = next((image.get(name).strip() for name in ("src", "data-src", "data-original")
                   if isinstance(image.get(name), str) and image.get(name).strip()
                   and not image.get(name).strip().startswith("data:")), "")
    if not source:
        return ""
    try:
        absolute = urljoin(base, source)
    except ValueError:
        return ""
    path = urlsplit(absolute).path
    if urlsplit(absolute).scheme not in ("http", "https") or CHROME_IMAGE.search(path):
        return ""
    if any(str(image.get(size, "")).strip() in ("0", "1", "2") for size in ("width", "height")):
        return ""  # a counter's pixel
    return absolute


def image_block(image, top=None):
    """(the element the image stands in, its caption element or None): the image rises
    through wrappers that hold nothing but it and its caption (<p><a><img></a></p>,
    <div class="photo"><img><div class="photo_caption">…</div></div>, <figure>), never
    past `top` or the body's own container."""
    block = image
    while (block.parent is not None and block.parent is not top and block.name != "figure"
           and block.parent.name not in ("body", "html", "[document]", "td", "li")
           and not is_body_container(block.parent)
           and not has_text(block.parent, without=caption_of_block)
           and len(block.parent.find_all("img")) == 1):
        block = block.parent
    caption = caption_of_block(block)
    wrapper = block.parent
    if (caption is None and wrapper is not None and wrapper is not top
            and PHOTO_CLASS.search(" ".join(wrapper.get("class", [])))
            and len(wrapper.find_all("img")) == 1 and not holds_blocks(wrapper)
            and len(one_line(wrapper.get_text(" "))) <= CAPTION_LENGTH):
        return wrapper, wrapper  # <div class="foto"><img><br><span>caption</span></div>
    if caption is None:
        after = block.find_next_sibling()
        if after is not None and (after.name == "figcaption" or any(
                CAPTION_CLASS.search(name) for name in after.get("class", []))):
            caption = after
    return block, caption


def is_body_container(element):
    classes = element.get("class", [])
    return "news_view_text" in classes or "content_left" in classes


def caption_of_block(block):
    if not isinstance(block, Tag):
        return None
    return block.find("figcaption") or block.find(
        class_=lambda names: bool(names) and bool(CAPTION_CLASS.search(str(names))))


def new_figure(source, alt, caption):
    html = f'<figure><img src="{escape(source)}" alt="{escape(alt)}">'
    if caption:
        html += f"<figcaption>{escape(caption)}</figcaption>"
    return BeautifulSoup(html + "</figure>", "html.parser").figure


def body_blocks(nodes, base, title):
    """The body as a list of HTML blocks; the title repeated at its top is left out."""
    blocks = blocks_of(nodes, base)
    while blocks and one_line(block_text(blocks[0])).lower() == title.lower():
        blocks.pop(0)
    return blocks


def blocks_of(nodes, base):
    blocks, line = [], []

    def end_line():
        html = LINE_EDGES.sub("", "".join(line))
        line.clear()
        if has_visible(html):
            blocks.append(f"<p>{html}</p>")

    for node in nodes:
        if isinstance(node, Comment):
            continue
        if isinstance(node, NavigableString):
            line.append(escape(SPACES.sub(" ", str(node))))
            continue
        if not isinstance(node, Tag) or node.decomposed:
            continue
        name = node.name
        if name == "figure":
            end_line()
            blocks.append(figure_html(node, base))
        elif name == "p" or name == "pre" or name == "address":
            end_line()
            if holds_blocks(node):
                blocks += blocks_of(node.children, base)
            else:
                html = inline_html(node, base).strip()
                if has_visible(html):
                    blocks.append(f"<p>{html}</p>")
        elif name in HEADINGS:
            end_line()
            html = inline_html(node, base).strip()
            if has_visible(html):
                blocks.append(f"<{HEADINGS[name]}>{html}</{HEADINGS[name]}>")
        elif name in ("ul", "ol"):
            end_line()
            items = [item_html(item, base) for item in node.find_all("li", recursive=False)]
            items = [item for item in items if has_visible(item)]
            if items:
                blocks.append(f"<{name}>" + "".join(f"<li>{item}</li>" for item in items)
                              + f"</{name}>")
        elif name == "li":  # a stray item outside a list
            end_line()
            html = item_html(node, base)
            if has_visible(html):
                blocks.append(f"<ul><li>{html}</li></ul>")
        elif name == "blockquote":
            end_line()
            inner = blocks_of(node.children, base)
            if inner:
                blocks.append("<blockquote>" + "".join(inner) + "</blockquote>")
        elif name == "table":
            end_line()
            table = table_html(node, base)
            if table:
                blocks.append(table)
        elif name in ("br", "hr"):
            if name == "hr" or "".join(line).rstrip().endswith("<br>"):
                end_line()  # two line breaks end a paragraph
            else:
                line.append("<br>")
        elif name in BLOCK_CONTAINERS and holds_blocks(node):
            end_line()
            blocks += blocks_of(node.children, base)
        elif name in BLOCK_CONTAINERS and name not in ("span", "font"):
            end_line()
            line.append(inline_html(node, base))
            end_line()
        else:
            line.append(inline_html_of(node, base))
    end_line()
    return blocks


def holds_blocks(element):
    return element.find(lambda tag: tag.name in BLOCK_TAGS or tag.name in (
        BLOCK_CONTAINERS - {"span", "font"})) is not None


def item_html(item, base):
    if any(child.name in BLOCK_TAGS for child in item.find_all(True)):
        return "".join(blocks_of(item.children, base))
    return inline_html(item, base).strip()


def table_html(table, base):
    rows = []
    for row in table.find_all("tr"):
        if row.find_parent("table") is not table:
            continue
        cells = "".join(
            f"<{cell.name}>{inline_html(cell, base).strip()}</{cell.name}>"
            for cell in row.find_all(["td", "th"], recursive=False))
        if cells:
            rows.append(f"<tr>{cells}</tr>")
    return f"<table><tbody>{''.join(rows)}</tbody></table>" if rows else ""


def figure_html(figure, base):
    image = figure.find("img")
    if image is None:  # a site picture taken out: its caption goes with it
        return "".join(blocks_of([child for child in figure.children
                                  if getattr(child, "name", None) != "figcaption"], base))
    source = urljoin(base, image.get("src", ""))
    html = f'<figure><img src="{escape(source)}" alt="{escape(one_line(image.get("alt")))}">'
    caption = figure.find("figcaption")
    if caption is not None and one_line(caption.get_text(" ")):
        html += f"<figcaption>{escape(one_line(caption.get_text(' ')))}</figcaption>"
    return html + "</figure>"


def inline_html(element, base):
    return "".join(inline_html_of(child, base) for child in element.children)


def inline_html_of(node, base):
    if isinstance(node, Comment):
        return ""
    if isinstance(node, NavigableString):
        return escape(SPACES.sub(" ", str(node)))
    if not isinstance(node, Tag) or node.decomposed:
        return ""
    if node.name == "br":
        return "<br>"
    if node.name == "img" or node.name == "figure":
        return ""
    inner = inline_html(node, base)
    if node.name in INLINE_KEPT and has_visible(inner):
        tag = INLINE_KEPT[node.name]
        return f"<{tag}>{inner}</{tag}>"
    if node.name == "a":
        href = link_target(node.get("href"), base)
        if href and has_visible(inner):
            return f'<a href="{escape(href)}">{inner}</a>'
    return inner


def link_target(href, base):
    """The absolute http(s), mailto or tel address of a link; "" for anchors and scripts."""
    href = (href or "").strip() if isinstance(href, str) else ""
    if not href or href.startswith("#"):
        return ""
    try:
        absolute = urljoin(base, href)
    except ValueError:
        return ""
    return absolute if urlsplit(absolute).scheme in ("http", "https", "mailto", "tel") else ""


def attachments_in(body_html):
    """(URL, link text) of the body's links to files, in order, each file once."""
    found, seen = [], set()
    for link in BeautifulSoup(body_html, "html.parser").find_all("a", href=True):
        href = link["href"]
        if urlsplit(href).path.lower().endswith(ATTACHMENT_EXTENSIONS) and href not in seen:
            seen.add(href)
            label = one_line(link.get_text(" ")) or urlsplit(href).path.rsplit("/", 1)[-1]
            found.append((href, label))
    return found


def leading_date(blocks):
    for block in blocks[:3]:
        text = block_text(block)
        if is_date_line(text):
            return parse_date(text)
    return None


def is_date_line(text):
    text = one_line(text)
    return bool(text) and len(text) <= DATE_LINE_LENGTH and parse_date(text) is not None and len(
        re.findall(r"[^\W\d_]{4,}", text)) <= 3


def block_text(block):
    return BeautifulSoup(block, "html.parser").get_text(" ")


def has_text(node, without=None):
    if isinstance(node, NavigableString):
        return not isinstance(node, Comment) and bool(node.strip())
    if not isinstance(node, Tag):
        return False
    if without is not None:
        skipped = without(node)
        return any(string.strip() for string in node.find_all(string=True)
                   if not isinstance(string, Comment)
                   and (skipped is None or skipped not in string.parents))
    return bool(node.get_text().strip())


def has_visible(html):
    return bool(re.sub(r"<[^>]*>|&nbsp;|\s", "", html))


def heading_text(heading):
    """The heading's words on one line (a <br> in it is a space, <em> inside a word is not)."""
    parts = [" " if getattr(node, "name", None) == "br" else str(node)
             for node in heading.descendants
             if getattr(node, "name", None) == "br"
             or (isinstance(node, NavigableString) and not isinstance(node, Comment))]
    return one_line("".join(parts))[:TITLE_LENGTH]


def one_line(text):
    return " ".join(str(text or "").split())


# Measuring ---------------------------------------------------------------------------------

def plain_body_text(body_html):
    """The body's text, figcaptions excluded, one line per paragraph, item or heading."""
    # line breaks go into the markup itself: inserting them into the tree costs a scan each
    html = BLOCK_EDGE.sub(lambda tag: edge(tag) + tag.group() + edge(tag),
                          SPACES.sub(" ", body_html or ""))
    soup = BeautifulSoup(html, "html.parser")
    for caption in soup.find_all("figcaption"):
        caption.decompose()
    lines = (one_line(line) for line in soup.get_text().split("\n"))
    return "\n".join(line for line in lines if line)


def edge(tag):
    return " " if tag.group(1).lower() in ("td", "th") else "\n"


BLOCK_EDGE = re.compile(r"</?(br|p|h[1-6]|ul|ol|li|blockquote|table|tr|td|th|figure|pre|hr|div)"
                        r"\b[^>]*>", re.I)


WORD = re.compile(r"\w+")


def token_f1(expected, got):
    """Token F1 of two texts: bags of lowercased words, overlap counted with multiplicity."""
    wanted, found = Counter(WORD.findall(expected.lower())), Counter(WORD.findall(got.lower()))
    if not wanted and not found:
        return 1.0
    overlap = sum((wanted & found).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(found.values()), overlap / sum(wanted.values())
    return 2 * precision * recall / (precision + recall)
