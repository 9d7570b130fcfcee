from django.utils.translation import gettext_lazy as _

from core.blocks import CallToActionBlock


class RelatedLinkBlock(CallToActionBlock):
    """A link to related material or a helpline: a page on this site or an external address."""

    class Meta:
        icon = "link"
        template = "blocks/related_link.html"
        label = _("Related link")
        description = _("A link to related materials or a helpline: a page on this site or an external address.")
        preview_value = {"text": "Children's Rights Dial 110", "url": "https://www.moj.go.jp/JINKEN/jinken112.html"}
