"""A helpline's state in words: open until when, or when it opens next (Japan time)."""

from django import template
from django.utils import timezone
from django.utils.translation import gettext as _

from core import dates

register = template.Library()


@register.filter
def opens_text(moment):
    """「受付時間外です。次の受付は11月24日（月）8:30から」 / "Closed now. Opens Monday 24 November at 8:30"."""
    local = timezone.localtime(moment)
    return _("Closed now. Opens %(day)s at %(time)s") % {
        "day": dates.format_day_and_weekday(local),
        "time": dates.format_time(local),
    }


@register.filter
def closes_text(moment):
    """「受付中（17:15まで）」 / "Open now, until 17:15"."""
    return _("Open now, until %(time)s") % {"time": dates.format_time(moment)}
