from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class KeyFactBlock(blocks.StructBlock):
    """One of up to four short facts shown as cards at the top of a guidance page."""

    heading = blocks.CharBlock(label=_("heading"), max_length=80)
    text = blocks.TextBlock(label=_("text"), max_length=300)

    class Meta:
        icon = "pick"
        label = _("Key fact")
        template = "blocks/key_fact.html"
        description = _("A short fact a reader must take away, shown as a card before the text.")
        preview_value = {
            "heading": "Possession is a crime",
            "text": "Possessing it for one's own sexual curiosity has been punishable since 15 July 2015.",
        }
