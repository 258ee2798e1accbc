"""Content blocks shared by every page type that has a body."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

from ispolkom.content_safety.rich_text import CleanedStreamBlock

RICH_TEXT_FEATURES = [
    "h2", "h3", "h4", "bold", "italic", "ol", "ul", "hr", "link", "document-link",
    "image", "blockquote", "superscript", "subscript",
]


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, label=_("Caption"))

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/figure.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, label=_("Who said it"))

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote.html"


class AttachmentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(required=False, label=_("Link text"),
                             help_text=_("Leave empty to use the document's title."))

    class Meta:
        icon = "doc-full"
        label = _("Attached document")
        template = "blocks/attachment.html"


class BodyBlock(CleanedStreamBlock):
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"))
    figure = FigureBlock()
    quote = QuoteBlock()
    table = TableBlock(label=_("Table"))
    attachment = AttachmentBlock()
