"""Template tags of the printable layouts (templates/print/): text typeset for print, the printed text."""

from django import template
from django.utils.safestring import mark_safe

from materials import printing

register = template.Library()


@register.filter
def typeset(text, language):
    """Plain text for print: readings as ruby, Japanese phrases and numbers kept whole."""
    return printing.typeset(text, language)


@register.simple_tag
def print_body(page, language):
    """The page's printed text (its blocks, readings as ruby), typeset for print."""
    return mark_safe(printing.typeset_html(str(page.print_body), language))  # noqa: S308 - rendered by our templates
