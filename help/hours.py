"""Opening hours as data, computed in Japan time: a weekly schedule, dated special periods with other
hours (the Children's Rights Dial 110 intensive week), closure on Japanese public holidays, and closure
over the New Year holidays (29 December to 3 January, when government offices close).

Pure functions on plain values, so the rules can be tested at any moment without a database.
"""

import functools
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.utils import timezone

import holidays

LOOKAHEAD_DAYS = 21


@dataclass(frozen=True)
class Hours:
    """Open from `opens` to `closes`. A close at or before the opening time means the next day; 00:00 to
    00:00 is the whole day."""

    opens: time
    closes: time


@dataclass(frozen=True)
class WeeklyHours(Hours):
    weekday: int = 0  # Monday is 0


@dataclass(frozen=True)
class SpecialPeriod:
    start: date
    end: date  # inclusive
    hours: tuple = ()  # Hours for each day of the period; empty means closed
    label: str = ""

    def covers(self, day):
        return self.start <= day <= self.end


@dataclass(frozen=True)
class Schedule:
    weekly: tuple = ()
    specials: tuple = ()
    closed_on_public_holidays: bool = False
    always_open: bool = False
    closed_over_new_year: bool = False
    special_label_today: str = field(default="", compare=False)

    @property
    def is_empty(self):
        return not (self.weekly or self.specials or self.always_open)


@dataclass(frozen=True)
class Status:
    is_open: bool
    always_open: bool = False
    closes_at: datetime | None = None
    opens_at: datetime | None = None
    special_label: str = ""


@functools.lru_cache(maxsize=16)
def japanese_holidays(year):
    return holidays.Japan(years=year)


def is_public_holiday(day):
    return day in japanese_holidays(day.year)


def is_new_year_holiday(day):
    """29 December to 3 January: 年末年始, when government offices and their lines close."""
    return (day.month == 12 and day.day >= 29) or (day.month == 1 and day.day <= 3)


def hours_on(schedule, day):
    """The Hours that apply on `day` (before adding dates), and the special period's label if any."""
    specials = [p for p in schedule.specials if p.covers(day)]
    if specials:
        return [h for p in specials for h in p.hours], specials[0].label
    if schedule.closed_on_public_holidays and is_public_holiday(day):
        return [], ""
    if schedule.closed_over_new_year and is_new_year_holiday(day):
        return [], ""
    return [h for h in schedule.weekly if h.weekday == day.weekday()], ""


def intervals_on(schedule, day):
    """Aware (start, end) intervals that begin on `day`, in Japan time."""
    tz = timezone.get_default_timezone()
    result = []
    for hours in hours_on(schedule, day)[0]:
        start = timezone.make_aware(datetime.combine(day, hours.opens), tz)
        end_day = day if hours.closes > hours.opens else day + timedelta(days=1)
        end = timezone.make_aware(datetime.combine(end_day, hours.closes), tz)
        result.append((start, end))
    return sorted(result)


def status_at(schedule, now):
    """Open now (and until when), or closed (and when it opens next), at the aware moment `now`."""
    if schedule.always_open:
        return Status(is_open=True, always_open=True)
    today = timezone.localtime(now).date()
    for day in (today - timedelta(days=1), today):
        for start, end in merged(schedule, day):
            if start <= now < end:
                return Status(is_open=True, closes_at=end, special_label=hours_on(schedule, day)[1])
    for offset in range(LOOKAHEAD_DAYS):
        day = today + timedelta(days=offset)
        for start, _end in merged(schedule, day):
            if start > now:
                return Status(is_open=False, opens_at=start, special_label=hours_on(schedule, day)[1])
    return Status(is_open=False)


def merged(schedule, day):
    """Intervals starting on `day`, with touching or overlapping ones joined (and runs into the next day
    followed), so "open until" is the real closing time."""
    intervals = intervals_on(schedule, day)
    joined = []
    for start, end in intervals:
        if joined and start <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    # An interval ending at midnight that the next day continues from midnight.
    if joined:
        following = intervals_on(schedule, day + timedelta(days=1))
        last_start, last_end = joined[-1]
        for start, end in following:
            if start <= last_end:
                last_end = max(last_end, end)
        joined[-1] = (last_start, last_end)
    return joined


def next_change(schedule, now):
    """The next moment the open/closed state changes, or None (always open, or never opens)."""
    status = status_at(schedule, now)
    if status.always_open:
        return None
    return status.closes_at if status.is_open else status.opens_at
