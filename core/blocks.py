"""The shared StreamField blocks. Every block has an icon, a template, a description and a preview."""

import datetime

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock as WagtailTableBlock
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

from core import readings
from core.files import describe_file

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]
INLINE_FEATURES = ["bold", "italic", "link", "document-link"]
# What {% picture value.image format-{avif,webp,jpeg} width-{800,1200} %} in blocks/image.html asks for.
IMAGE_RENDITIONS = [f"format-{fmt}|width-{width}" for fmt in ("avif", "webp", "jpeg") for width in (800, 1200)]


class HeadingValue(blocks.StructValue):
    @property
    def anchor(self):
        """An id for in-page links (a table of contents). Japanese headings keep their characters."""
        return slugify(readings.plain(self.get("text", "")), allow_unicode=True) or "section"


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"), max_length=160)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3")), ("h4", _("Heading 4"))],
        default="h2",
        help_text=_("Use heading 2 for sections, 3 and 4 for parts of a section. Do not skip levels."),
        search_index=False,  # a setting, not text on the page: its label must never be an excerpt
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        value_class = HeadingValue
        label = _("Heading")
        description = _("A section heading. Headings build the page outline that screen readers navigate by.")
        preview_value = {"text": "What the law forbids", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph.html"
        label = _("Text")
        description = _("Paragraphs, lists and links.")
        preview_value = (
            "<p>Producing, providing, publicly displaying and possessing child sexual abuse material "
            "are crimes in Japan. Possession for one's own sexual curiosity has been punishable "
            "since 15 July 2015.</p>"
        )


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        label=_("tone"),
        choices=[("info", _("Information")), ("important", _("Important")), ("warning", _("Warning"))],
        default="info",
        search_index=False,  # a setting, not text on the page: its label must never be an excerpt
    )
    heading = blocks.CharBlock(label=_("heading"), max_length=120, required=False)
    text = blocks.RichTextBlock(label=_("text"), features=INLINE_FEATURES + ["ul", "ol"])

    class Meta:
        icon = "warning"
        template = "blocks/callout.html"
        label = _("Callout")
        description = _("A highlighted box for one key message, such as a warning or a number to call.")
        preview_value = {
            "tone": "important",
            "heading": "Never send images",
            "text": "<p>This site never asks for, accepts or keeps images. Do not save, share or forward them.</p>",
        }


class PrefetchingImageChooserBlock(ImageChooserBlock):
    """Fetches every image of a stream, with its renditions, in a fixed number of queries."""

    def bulk_to_python(self, values):
        ids = [v for v in values if v]
        objects = get_image_model().objects.prefetch_renditions(*IMAGE_RENDITIONS).in_bulk(ids)
        return [objects.get(v) for v in values]


class ImageBlock(blocks.StructBlock):
    image = PrefetchingImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        required=False,
        max_length=250,
        help_text=_(
            "Describe what the image shows for people who cannot see it. Leave empty only for decorative images."
        ),
    )
    decorative = blocks.BooleanBlock(
        label=_("decorative"),
        required=False,
        help_text=_("Tick if the image adds nothing to the text. Decorative images have no alternative text."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        label = _("Image")
        description = _(
            "An illustration or diagram with alternative text. Never photographs of children or anything suggestive."
        )

    def get_preview_value(self):
        """Preview with the newest image in the library (previews need a real image)."""
        image = get_image_model().objects.order_by("-created_at").first()
        return self.normalize({"image": image, "alt_text": image.title if image else "", "decorative": False})

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        alt = (value.get("alt_text") or "").strip()
        if value.get("decorative") and alt:
            errors["alt_text"] = ValidationError(
                _("A decorative image has no alternative text. Clear it, or untick decorative.")
            )
        elif not value.get("decorative") and not alt:
            errors["alt_text"] = ValidationError(
                _("Describe the image, or tick decorative if it adds nothing to the text.")
            )
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        label = _("Quote")
        description = _("A quotation with the name of who said or wrote it.")
        preview_value = {
            "quote": "Images stay online long after the abuse has ended. Every copy harms the child again.",
            "attribution": "Campaign statement",
        }


class SourcedStatementBlock(blocks.StructBlock):
    """A statement of fact with where it comes from and the date it was true on: a provision of the law, a
    rule, a number. Visitors see the source and the date under the statement."""

    text = blocks.RichTextBlock(label=_("statement"), features=INLINE_FEATURES + ["ul", "ol"])
    source = blocks.CharBlock(
        label=_("source"), max_length=300, help_text=_("Who says so, and where: the law's title and number, a report.")
    )
    source_url = blocks.URLBlock(label=_("source address"), required=False)
    as_of = blocks.DateBlock(label=_("as of"), help_text=_("The date the statement was checked against its source."))

    class Meta:
        icon = "doc-full"
        template = "blocks/sourced_statement.html"
        label = _("Statement with its source")
        description = _("A fact with its source and the date it was checked, shown under it.")
        preview_value = {
            "text": "<p>Possession for one's own sexual curiosity has been punishable since 15 July 2015.</p>",
            "source": "Ministry of Justice",
            "source_url": "https://www.moj.go.jp/",
            "as_of": datetime.date(2026, 12, 2),
        }


FAQ_PREVIEW_ITEM = {
    "question": "Is possessing child sexual abuse material a crime?",
    "answer": "<p>Yes. Possession for one's own sexual curiosity has been punishable since 15 July 2015.</p>",
}


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("question"), max_length=250)
    answer = blocks.RichTextBlock(label=_("answer"), features=INLINE_FEATURES + ["ul", "ol"])

    class Meta:
        icon = "help"
        template = "blocks/faq_item.html"
        label = _("Question and answer")
        description = _("One question with its answer.")
        preview_value = FAQ_PREVIEW_ITEM


class FAQBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), max_length=160, required=False)
    items = blocks.ListBlock(FAQItemBlock(), label=_("questions"), min_num=1)

    class Meta:
        icon = "help"
        template = "blocks/faq.html"
        label = _("Questions and answers")
        description = _("Frequently asked questions. Each answer opens under its question, without JavaScript.")
        preview_value = {
            "heading": "Common questions",
            "items": [
                FAQ_PREVIEW_ITEM,
                {
                    "question": "Where do I report illegal content?",
                    "answer": "<p>Report the web address to the Internet Hotline Center. Never send images.</p>",
                },
            ],
        }


class TableBlock(WagtailTableBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("table_options", {"renderer": "text", "contextMenu": True, "startRows": 3, "startCols": 2})
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        if value and not (value.get("table_caption") or "").strip():
            raise ValidationError(_("Give the table a caption: it tells screen-reader users what the table is about."))
        return value

    class Meta:
        icon = "table"
        template = "blocks/table.html"
        label = _("Table")
        description = _("A data table with a caption and header cells. Use it for data, not for layout.")
        preview_value = {
            "table_caption": "Operation Cyber Guardian, 24 February to 28 March 2025",
            "table_header_choice": "row",
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "data": [
                ["", "Suspects", "Locations raided"],
                ["All 6 countries/region", "544", "269"],
                ["Japan", "111", "123"],
            ],
        }


class DocumentLinkValue(blocks.StructValue):
    @property
    def link_text(self):
        document = self.get("document")
        return self.get("title") or (document.title if document else "")

    @cached_property
    def file_description(self):
        """ "PDF, 340 KB": computed from stored fields, no file access."""
        document = self.get("document")
        return describe_file(document) if document else ""


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("link text"), required=False, max_length=200, help_text=_("Defaults to the document's title.")
    )
    description = blocks.TextBlock(label=_("description"), required=False, max_length=300)

    class Meta:
        icon = "doc-full"
        template = "blocks/document_link.html"
        value_class = DocumentLinkValue
        label = _("Document download")
        description = _("A link to download a document, with its file type and size.")

    def get_preview_value(self):
        """Preview with the newest document in the library (previews need a real document)."""
        document = get_document_model().objects.order_by("-created_at").first()
        return self.normalize({"document": document, "title": "", "description": ""})


class CallToActionValue(blocks.StructValue):
    @property
    def url(self):
        page = self.get("page")
        if page:
            return page.localized.url
        return self.get("url") or ""


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("button text"), max_length=80)
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("external address"), required=False)

    class Meta:
        icon = "link"
        template = "blocks/call_to_action.html"
        value_class = CallToActionValue
        label = _("Call to action")
        description = _("A prominent link to a page on this site or an external address (not both).")
        preview_value = {"text": "Find help now", "url": "https://www.internethotline.jp/"}

    def clean(self, value):
        value = super().clean(value)
        if value.get("page") and value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError(_("Choose a page or enter an address, not both."))}
            )
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or enter an address."))}
            )
        return value


class BaseStreamBlock(blocks.StreamBlock):
    """The one StreamBlock that every page body shares. Pages narrow it with block_counts."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    callout = CalloutBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    faq = FAQBlock()
    sourced = SourcedStatementBlock()
    table = TableBlock()
    document = DocumentLinkBlock()
    call_to_action = CallToActionBlock()

    class Meta:
        icon = "doc-full-inverse"
        template = "blocks/stream.html"
        description = _("The body of a page, built from headings, text and other blocks.")
