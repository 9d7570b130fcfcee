from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class RouteBlock(blocks.StructBlock):
    """One situation in the reporting guide, and where it leads."""

    situation = blocks.CharBlock(
        label=_("situation"),
        max_length=160,
        help_text=_("As the reader would say it, e.g. I found illegal images online."),
    )
    advice = blocks.RichTextBlock(label=_("what to do"), features=["bold", "link", "ul", "ol"])
    helpline = SnippetChooserBlock("help.Helpline", label=_("helpline"), required=False)
    link_url = blocks.URLBlock(label=_("external link"), required=False)
    link_text = blocks.CharBlock(label=_("link text"), required=False, max_length=120)

    class Meta:
        icon = "help"
        template = "blocks/report_route.html"
        label = _("Route")
        description = _("One situation and where it leads: a helpline or an official service.")
        preview_value = {
            "situation": "I found illegal images online",
            "advice": "<p>Do not save or forward anything. Report the web address only.</p>",
            "link_url": "https://www.internethotline.jp/",
            "link_text": "Internet Hotline Center",
        }
