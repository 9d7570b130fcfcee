from django import template
from django.utils import timezone

from core.dates import EN_MONTHS, EN_WEEKDAYS, JA_WEEKDAYS, is_japanese

register = template.Library()


@register.filter
def opens_text(moment):
    """「受付時間外です。次の受付は11月24日（月）8:30から」 / "Closed now. Opens Monday 24 November at 8:30"."""
    local = timezone.localtime(moment)
    clock = f"{local.hour}:{local.minute:02d}"
    if is_japanese():
        return f"受付時間外です。次の受付は{local.month}月{local.day}日（{JA_WEEKDAYS[local.weekday()]}）{clock}から"
    return f"Closed now. Opens {EN_WEEKDAYS[local.weekday()]} {local.day} {EN_MONTHS[local.month - 1]} at {clock}"


@register.filter
def closes_text(moment):
    local = timezone.localtime(moment)
    clock = f"{local.hour}:{local.minute:02d}"
    return f"受付中（{clock}まで）" if is_japanese() else f"Open now, until {clock}"
