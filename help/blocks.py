from django.core.exceptions import ValidationError
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


class StepLinkBlock(blocks.StructBlock):
    """A link inside a step: a page of this site, or an official service elsewhere."""

    page = blocks.PageChooserBlock(label=_("page on this site"), required=False)
    url = blocks.URLBlock(label=_("or an address elsewhere"), required=False)
    text = blocks.CharBlock(
        label=_("link text"), max_length=160, required=False, help_text=_("Defaults to the page's title.")
    )

    class Meta:
        icon = "link"
        label = _("Link")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or give an address."))}
            )
        if value.get("url") and not value.get("text"):
            raise blocks.StructBlockValidationError(
                block_errors={"text": ValidationError(_("Give the link a text: the address alone says nothing."))}
            )
        return value


STEP_LOGIC = [
    ("", _("A new numbered step")),
    ("and", _("“and”: done together with the step before")),
    ("or", _("“or”: instead of the step before")),
]


class StepBlock(blocks.StructBlock):
    """One step of a step-by-step page (the GOV.UK pattern): a heading, what to do and its links. A step
    joined to the one before by "and" or "or" shows that word instead of a number."""

    heading = blocks.CharBlock(label=_("heading"), max_length=160, help_text=_("What to do, e.g. Don't pay."))
    logic = blocks.ChoiceBlock(
        label=_("joined to the step before"),
        choices=STEP_LOGIC,
        required=False,
        default="",
        search_index=False,
    )
    text = blocks.RichTextBlock(label=_("what to do"), features=["bold", "link", "ul", "ol"])
    links = blocks.ListBlock(StepLinkBlock(), label=_("links"), required=False, default=[])

    class Meta:
        icon = "list-ol"
        template = "blocks/step.html"
        label = _("Step")
        description = _("One step: what to do, with the links that help do it.")
        preview_value = {
            "heading": "Don't pay, and don't send more",
            "logic": "",
            "text": "<p>Paying or sending more images rarely ends the threats.</p>",
            "links": [],
        }
