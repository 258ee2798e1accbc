"""Stored rich text holds only the HTML that Wagtail's own editor could have produced.

Draftail converts what an editor types through a whitelist, but rich text can also arrive
from an import, a fixture, the API or `page.save()` in code, and Wagtail renders stored rich
text as it is. So every rich text value is cleaned when it is prepared for the database:
stream blocks (pages and their revisions alike) and RichTextFields. The allowed elements
are those that the editor's converter reads back for the block's own features, so the
stored subset never grows beyond what editors can make.

Cleaning works on the stored format itself (`<a linktype="page" id="3">`,
`<embed embedtype="image" …/>`) and needs no database: a round trip through the editor's
converter would look up every linked page and render every embedded image on each save.
"""

import re
from functools import cache, lru_cache

from bs4 import BeautifulSoup, NavigableString
from bs4.formatter import HTMLFormatter
from django.utils.html import escape
from wagtail import blocks
from wagtail.fields import RichTextField
from wagtail.rich_text import features as feature_registry
from wagtail.whitelist import Whitelister

from ispolkom import framework

# Their content is code or a hidden document, not text for a visitor: dropped whole.
DROPPED_WITH_CONTENT = frozenset({
    "script", "style", "template", "noscript", "iframe", "frame", "frameset", "object",
    "applet", "svg", "math", "head", "title", "textarea", "select", "xmp", "noembed",
    "noframes", "plaintext",
})
# Paragraphs and line breaks are always allowed, as in Wagtail's own whitelist.
ALWAYS_ALLOWED = ("p", "br")
# Pasted documents leave paragraphs of nothing but spaces, no-break spaces and line breaks
# (blank lines of plain text, Word's <o:p>&nbsp;</o:p>): they would show as gaps.
BLANK = re.compile(r"[\s\u00a0\u200b\ufeff]*")
# Google Docs wraps a whole paste in <b style="font-weight:normal">; a text style around
# paragraphs is not a style of the text, and would nest blocks inside an inline element.
TEXT_STYLES = frozenset({"b", "strong", "i", "em", "sup", "sub", "span", "a", "font", "u"})
BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote",
          "hr", "table", "embed")
# The editor marks each block with a key; inline comments in the admin are anchored to it.
BLOCK_KEY = "data-block-key"
BLOCK_KEY_VALUE = re.compile(r"[\w-]{1,64}", re.ASCII)


class StoredFormatter(HTMLFormatter):
    """Escapes as Wagtail's whitelister does, but keeps attributes in their order."""

    def __init__(self):
        super().__init__(entity_substitution=escape)

    def attributes(self, tag):
        return list(tag.attrs.items())


def is_object_id(value):
    return isinstance(value, str) and value.isascii() and value.isdigit()


class StoredRichTextWhitelister(Whitelister):
    """Wagtail's whitelisting engine, reading stored rich text of the given features."""

    def __init__(self, features):
        selectors = list(ALWAYS_ALLOWED)
        for feature in features:
            rule = feature_registry.get_converter_rule("contentstate", feature)
            if rule is not None:
                selectors.extend(rule["from_database_format"])
        # Each rule's result is its selector: it says which attributes the element keeps.
        self.ruleset = framework.html_ruleset({selector: selector for selector in selectors})

    def clean(self, html):
        doc = BeautifulSoup(html, "html.parser", multi_valued_attributes=None)
        self.clean_node(doc, doc)
        return doc.decode(formatter=StoredFormatter())

    def clean_string_node(self, doc, node):
        # Comments, CDATA, doctypes and processing instructions would be output verbatim.
        if type(node) is not NavigableString:
            node.extract()

    def clean_tag_node(self, doc, tag):
        if tag.name in DROPPED_WITH_CONTENT:
            tag.decompose()
            return
        for child in list(tag.contents):
            self.clean_node(doc, child)
        if tag is doc:
            drop_line_breaks_between_blocks(tag)
            return
        if tag.name in TEXT_STYLES and tag.find(BLOCKS):
            tag.unwrap()
            return
        if tag.name == "div":
            tag.name = "p"  # as the editor's converter does
        if tag.name == "p" and is_blank(tag):
            tag.decompose()
            return
        selector = self.ruleset.match(tag.name, tag.attrs)
        attributes = None if selector is None else self.allowed_attributes(tag, selector)
        if attributes is None:
            tag.unwrap()  # the text stays, the element goes
        else:  # in the order they came, so that what the editor stored stays as it was
            came = [name for name in tag.attrs if name in attributes]
            tag.attrs = {name: attributes[name] for name in came} | attributes

    def allowed_attributes(self, tag, selector):
        """The attributes `tag` keeps under `selector`; None if it cannot be kept at all."""
        attrs = tag.attrs
        if selector == tag.name:
            key = attrs.get(BLOCK_KEY)
            return {BLOCK_KEY: key} if key and BLOCK_KEY_VALUE.fullmatch(key) else {}
        if "linktype" in selector:
            return ({"linktype": attrs["linktype"], "id": attrs["id"]}
                    if is_object_id(attrs.get("id")) else None)
        if "embedtype" in selector:
            return embed_attributes(attrs)
        href = framework.safe_url(attrs.get("href") or "")
        return {"href": href} if href else None


def is_blank(paragraph):
    """True if `paragraph` shows nothing: blank text, line breaks and text styles around
    them (Word's <b><span>&nbsp;</span></b>), no image or other element."""
    return bool(BLANK.fullmatch(paragraph.get_text())) and all(
        tag.name == "br" or tag.name in TEXT_STYLES for tag in paragraph.find_all(True))


def drop_line_breaks_between_blocks(doc):
    """Line breaks between paragraphs (a paste's blank lines) would be gaps as well."""
    for child in list(doc.contents):
        if child.name == "br":
            child.decompose()


def embed_attributes(attrs):
    """An embedded image keeps its id, a known format (others fail to render) and alt."""
    if not is_object_id(attrs.get("id")):
        return None
    kept = {"embedtype": attrs["embedtype"], "id": attrs["id"]}
    if attrs["embedtype"] == "image":
        formats = framework.image_format_names()
        kept["format"] = attrs.get("format") if attrs.get("format") in formats else formats[0]
        kept["alt"] = attrs.get("alt") or ""
    return kept


@lru_cache(maxsize=32)
def whitelister_for(features):
    return StoredRichTextWhitelister(features)


def clean_rich_text(html, features=None):
    """`html` in stored rich text format, reduced to what `features` allow."""
    if not html:
        return html
    if features is None:
        features = feature_registry.get_default_features()
    return whitelister_for(tuple(features)).clean(html)


def clean_stored_value(block, value):
    """A block's JSON-ready `value` with every rich text inside it cleaned."""
    if isinstance(block, blocks.RichTextBlock):
        return clean_rich_text(value, block.features) if isinstance(value, str) else value
    if isinstance(block, blocks.StructBlock) and isinstance(value, dict):
        return {
            name: clean_stored_value(block.child_blocks[name], child_value)
            if name in block.child_blocks else child_value
            for name, child_value in value.items()
        }
    if isinstance(block, blocks.ListBlock) and isinstance(value, list):
        return [clean_list_item(block.child_block, item) for item in value]
    if isinstance(block, blocks.BaseStreamBlock) and isinstance(value, list):
        return [clean_stream_item(block, item) for item in value]
    return value


def clean_list_item(child_block, item):
    # A list item is {"type": "item", "value": …, "id": …}, or the bare value (older data).
    if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
        return {**item, "value": clean_stored_value(child_block, item["value"])}
    return clean_stored_value(child_block, item)


def clean_stream_item(stream_block, item):
    if not isinstance(item, dict):
        return item
    child_block = stream_block.child_blocks.get(item.get("type"))
    if child_block is None:
        return item
    return {**item, "value": clean_stored_value(child_block, item.get("value"))}


class CleanedStreamBlock(blocks.StreamBlock):
    """A stream whose rich text is cleaned on its way to the database.

    Cleaning here and not in each rich text block also covers stream data that was assigned
    raw (a list of dicts or JSON, as an import or a revision gives): Wagtail stores such
    items without converting them through their blocks.
    """

    def get_prep_value(self, value):
        return clean_stored_value(self, super().get_prep_value(value))


@cache
def rich_text_fields(model):
    return [field for field in model._meta.concrete_fields if isinstance(field, RichTextField)]


def clean_rich_text_fields(sender, instance, **kwargs):
    """pre_save: clean every RichTextField of any model (fixtures loaded raw included)."""
    for field in rich_text_fields(sender):
        value = getattr(instance, field.attname)
        if isinstance(value, str):
            setattr(instance, field.attname, clean_rich_text(value, field.features))
