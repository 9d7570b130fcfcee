"""Campaign schedules as plain dates: no database, no time of day. All dates are inclusive and in Japan.

Three kinds of schedule:
- every year in one month (every November);
- every year over a date range, which may wrap over the year end (20 December to 10 January);
- once, over a date range (24 February to 28 March 2025).

A year can be overridden: other dates that year, or cancelled.
"""

import calendar
from dataclasses import dataclass
from datetime import date

ANNUAL_MONTH = "annual_month"
ANNUAL_RANGE = "annual_range"
ONE_OFF = "one_off"

MIN_YEAR = 2000
MAX_YEAR = 2099


@dataclass(frozen=True)
class Span:
    start: date
    end: date  # inclusive

    def __post_init__(self):
        if self.end < self.start:
            raise ValueError(f"{self.end} is before {self.start}")

    def overlaps(self, start, end):
        return self.start <= end and self.end >= start


@dataclass(frozen=True)
class YearOccurrence:
    year: int
    span: Span
    cancelled: bool = False
    overridden: bool = False
    note: str = ""


@dataclass(frozen=True)
class Override:
    year: int
    cancelled: bool = False
    start: date | None = None
    end: date | None = None
    note: str = ""


def clamp_day(year, month, day):
    """The day, or the last day of the month when it has fewer days (29 February in a common year)."""
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def month_span(year, month):
    return Span(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))


def annual_range_span(year, start_month, start_day, end_month, end_day):
    """The range starting in `year`. If it ends before it starts in the calendar, it ends the next year."""
    start = clamp_day(year, start_month, start_day)
    wraps = (end_month, end_day) < (start_month, start_day)
    end = clamp_day(year + 1 if wraps else year, end_month, end_day)
    return Span(start, end)


@dataclass(frozen=True)
class Schedule:
    kind: str
    month: int | None = None
    start_month: int | None = None
    start_day: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    start_date: date | None = None
    end_date: date | None = None
    first_year: int | None = None
    last_year: int | None = None

    def regular_span(self, year):
        if self.kind == ANNUAL_MONTH:
            return month_span(year, self.month)
        if self.kind == ANNUAL_RANGE:
            return annual_range_span(year, self.start_month, self.start_day, self.end_month, self.end_day)
        raise ValueError(f"{self.kind} has no yearly span")

    def occurrences(self, overrides=(), until_year=None):
        """Every occurrence, by the year it starts in. Open-ended annual schedules stop at `until_year`."""
        if self.kind == ONE_OFF:
            return [YearOccurrence(self.start_date.year, Span(self.start_date, self.end_date))]
        by_year = {o.year: o for o in overrides}
        last = self.last_year if self.last_year is not None else until_year
        if last is None:
            raise ValueError("an open-ended annual schedule needs until_year")
        result = []
        for year in range(self.first_year, min(last, MAX_YEAR) + 1):
            override = by_year.get(year)
            if override is None:
                result.append(YearOccurrence(year, self.regular_span(year)))
            elif override.cancelled:
                result.append(YearOccurrence(year, self.regular_span(year), cancelled=True, note=override.note))
            else:
                span = Span(override.start, override.end)
                result.append(YearOccurrence(year, span, overridden=True, note=override.note))
        return result
