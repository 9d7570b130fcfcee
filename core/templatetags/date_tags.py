"""Dates in templates, as people write them in each language (core/dates.py)."""

from django import template

from core import dates

register = template.Library()


@register.filter(expects_localtime=True)
def plain_date(day):
    """「2025年3月28日」 / "28 March 2025": review dates, release dates, the dates of figures."""
    return dates.format_date(day) if day else ""


@register.filter(expects_localtime=True)
def long_date(day):
    """「2025年3月28日（金）」 / "Friday 28 March 2025"."""
    return dates.format_date(day, weekday=True) if day else ""


@register.filter
def date_span(item):
    """The days of anything with `start_date` and `end_date` (an occurrence, an event)."""
    return dates.format_span(item.start_date, item.end_date)


@register.filter
def time_range(item):
    """The times of anything with `start_at` and `end_at`, in Japan time; empty when all-day."""
    return dates.format_time_range(item.start_at, item.end_at) if item.start_at else ""


@register.simple_tag
def month_label(year, month):
    """「2025年2月」 / "February 2025"."""
    return dates.format_month(year, month)
