"""Recurrence rules: months, ranges over the year end, leap years, overrides and cancellations."""

from datetime import date

import pytest

from campaigns import schedule
from campaigns.schedule import Override, Schedule, Span


def test_every_november_runs_the_whole_month():
    s = Schedule(kind=schedule.ANNUAL_MONTH, month=11, first_year=2024, last_year=2026)
    spans = [(o.year, o.span) for o in s.occurrences()]
    assert spans == [
        (2024, Span(date(2024, 11, 1), date(2024, 11, 30))),
        (2025, Span(date(2025, 11, 1), date(2025, 11, 30))),
        (2026, Span(date(2026, 11, 1), date(2026, 11, 30))),
    ]


@pytest.mark.parametrize(("year", "last_day"), [(2024, 29), (2025, 28), (2100 - 100, 29), (2023, 28)])
def test_february_has_its_leap_day_only_in_leap_years(year, last_day):
    assert schedule.month_span(year, 2) == Span(date(year, 2, 1), date(year, 2, last_day))


def test_annual_range_within_the_year():
    assert schedule.annual_range_span(2025, 11, 12, 11, 25) == Span(date(2025, 11, 12), date(2025, 11, 25))


def test_annual_range_wraps_over_the_year_end():
    s = Schedule(
        kind=schedule.ANNUAL_RANGE,
        start_month=12,
        start_day=20,
        end_month=1,
        end_day=10,
        first_year=2025,
        last_year=2026,
    )
    assert [(o.year, o.span) for o in s.occurrences()] == [
        (2025, Span(date(2025, 12, 20), date(2026, 1, 10))),
        (2026, Span(date(2026, 12, 20), date(2027, 1, 10))),
    ]


def test_a_range_from_the_leap_day_falls_back_to_28_february_in_common_years():
    s = Schedule(
        kind=schedule.ANNUAL_RANGE, start_month=2, start_day=29, end_month=3, end_day=7, first_year=2027, last_year=2028
    )
    assert [o.span for o in s.occurrences()] == [
        Span(date(2027, 2, 28), date(2027, 3, 7)),
        Span(date(2028, 2, 29), date(2028, 3, 7)),
    ]


def test_a_range_ending_on_the_leap_day_across_the_year_end():
    s = Schedule(
        kind=schedule.ANNUAL_RANGE,
        start_month=12,
        start_day=1,
        end_month=2,
        end_day=29,
        first_year=2026,
        last_year=2027,
    )
    assert [o.span.end for o in s.occurrences()] == [date(2027, 2, 28), date(2028, 2, 29)]


def test_one_off_period():
    s = Schedule(kind=schedule.ONE_OFF, start_date=date(2025, 2, 24), end_date=date(2025, 3, 28))
    [occurrence] = s.occurrences()
    assert occurrence.year == 2025
    assert occurrence.span == Span(date(2025, 2, 24), date(2025, 3, 28))
    assert occurrence.span.overlaps(date(2025, 3, 28), date(2025, 3, 28))
    assert not occurrence.span.overlaps(date(2025, 3, 29), date(2025, 3, 29))


def test_overrides_change_dates_and_cancel_years():
    s = Schedule(kind=schedule.ANNUAL_MONTH, month=7, first_year=2025, last_year=2027)
    overrides = [
        Override(year=2026, start=date(2026, 7, 10), end=date(2026, 8, 10), note="Extended"),
        Override(year=2027, cancelled=True, note="Not held"),
    ]
    result = {o.year: o for o in s.occurrences(overrides)}
    assert result[2025].span == Span(date(2025, 7, 1), date(2025, 7, 31)) and not result[2025].overridden
    assert result[2026].span == Span(date(2026, 7, 10), date(2026, 8, 10))
    assert result[2026].overridden and result[2026].note == "Extended"
    assert result[2027].cancelled and result[2027].span == Span(date(2027, 7, 1), date(2027, 7, 31))


def test_open_ended_schedules_stop_at_the_window():
    s = Schedule(kind=schedule.ANNUAL_MONTH, month=11, first_year=2020)
    assert [o.year for o in s.occurrences(until_year=2023)] == [2020, 2021, 2022, 2023]
    with pytest.raises(ValueError):
        s.occurrences()


def test_last_year_bounds_the_schedule_even_with_a_later_window():
    s = Schedule(kind=schedule.ANNUAL_MONTH, month=11, first_year=2020, last_year=2021)
    assert [o.year for o in s.occurrences(until_year=2030)] == [2020, 2021]


def test_a_span_cannot_end_before_it_starts():
    with pytest.raises(ValueError):
        Span(date(2025, 3, 1), date(2025, 2, 1))
