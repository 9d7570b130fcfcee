"""Dates as people write them in each language: 「2025年2月24日（月）」 and "Monday 24 February 2025".

Every format comes from Django's format modules (core/formats/<language>/formats.py, through
FORMAT_MODULE_PATH) or from a translated format string (pgettext, in locale/ja), so no language is
written into the code: a translator changes a format in the catalogue like any other text."""

import datetime

from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.translation import pgettext

# Annual dates (12 to 25 November) are written on a leap year, so that 29 February exists.
ANY_YEAR = 2000


def format_date(day, weekday=False):
    """「2025年2月24日」 / "24 February 2025"; with the weekday 「2025年2月24日（月）」 / "Monday 24 February 2025"."""
    if not weekday:
        return date_format(day, "DATE_FORMAT")
    return date_format(day, pgettext("date with the weekday", "l j F Y"))


def format_day_and_weekday(day):
    """「11月24日（月）」 / "Monday 24 November": a date within the coming days."""
    return date_format(day, pgettext("date with the weekday, no year", "l j F"))


def format_month(year, month):
    """「2025年2月」 / "February 2025"."""
    return date_format(datetime.date(year, month, 1), "YEAR_MONTH_FORMAT")


def month_name(month):
    """「2月」 / "February"."""
    return date_format(datetime.date(ANY_YEAR, month, 1), "F")


def format_time(moment):
    """ "8:30" in Japan time, the same in both languages."""
    return time_format(timezone.localtime(moment), "TIME_FORMAT")


def format_span(start, end, with_year=True):
    """An inclusive range of days, shortened where the month or the year repeats:
    「2025年2月24日〜3月28日」 / "24 February to 28 March 2025". Without the year, for a range that recurs
    every year: 「11月12日〜25日」 / "12 to 25 November"."""
    if start == end:
        return format_date(start) if with_year else date_format(start, "MONTH_DAY_FORMAT")
    if with_year and start.year != end.year:
        first, last = format_date(start), format_date(end)
    elif start.month != end.month:
        if with_year:
            first = date_format(start, pgettext("first day of a range within one year", "j F"))
            last = date_format(end, pgettext("last day of a range within one year", "j F Y"))
        else:
            first = date_format(start, pgettext("first day of a yearly range", "j F"))
            last = date_format(end, pgettext("last day of a yearly range", "j F"))
    else:
        if with_year:
            first = date_format(start, pgettext("first day of a range within one month", "j"))
            last = date_format(end, pgettext("last day of a range within one month", "j F Y"))
        else:
            first = date_format(start, pgettext("first day of a yearly range within one month", "j"))
            last = date_format(end, pgettext("last day of a yearly range within one month", "j F"))
    return pgettext("a range of days", "%(first)s to %(last)s") % {"first": first, "last": last}


def format_time_range(start_at, end_at=None):
    """ "10:00–17:00" / 「10:00〜17:00」 in Japan time; the start alone when there is no end."""
    if not end_at:
        return format_time(start_at)
    return pgettext("a range of times", "%(start)s–%(end)s") % {
        "start": format_time(start_at),
        "end": format_time(end_at),
    }
