"""The blocks of the materials library: the printed text of a printable layout (materials/models/printables.py)."""

from django.utils.translation import gettext_lazy as _

from wagtail.blocks import StreamBlock

from core.blocks import CalloutBlock, FAQBlock, HeadingBlock, ParagraphBlock, SourcedStatementBlock, TableBlock


class PrintBlock(StreamBlock):
    """The blocks of the shared StreamBlock that fit on paper: no images (never a picture of a child; the
    layouts draw from the site's own icons), no embeds, no buttons."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    callout = CalloutBlock()
    sourced = SourcedStatementBlock()
    faq = FAQBlock()
    table = TableBlock()

    class Meta:
        icon = "doc-full-inverse"
        template = "blocks/stream.html"
        description = _("The printed text, below the key message.")
