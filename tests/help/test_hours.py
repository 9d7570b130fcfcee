"""Opening hours in Japan time: weekdays, weekends, midnight, public holidays and special periods."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from help.hours import Hours, Schedule, SpecialPeriod, WeeklyHours, is_public_holiday, next_change, status_at

JST = ZoneInfo("Asia/Tokyo")
WEEKDAYS_830_1715 = tuple(WeeklyHours(opens=dt.time(8, 30), closes=dt.time(17, 15), weekday=d) for d in range(5))
DIAL = Schedule(weekly=WEEKDAYS_830_1715, closed_on_public_holidays=True)


def at(*args):
    return dt.datetime(*args, tzinfo=JST)


def test_open_on_a_weekday_until_closing_time():
    status = status_at(DIAL, at(2026, 11, 25, 9, 0))  # Wednesday
    assert status.is_open and status.closes_at == at(2026, 11, 25, 17, 15)


def test_closing_time_is_exclusive_and_opening_time_inclusive():
    assert not status_at(DIAL, at(2026, 11, 25, 17, 15)).is_open
    assert status_at(DIAL, at(2026, 11, 25, 8, 30)).is_open


def test_closed_in_the_evening_opens_next_morning():
    status = status_at(DIAL, at(2026, 11, 25, 18, 0))
    assert not status.is_open and status.opens_at == at(2026, 11, 26, 8, 30)


def test_weekend_opens_on_monday():
    assert status_at(DIAL, at(2026, 11, 28, 12, 0)).opens_at == at(2026, 11, 30, 8, 30)  # Saturday


def test_public_holidays_close_the_line():
    assert is_public_holiday(dt.date(2026, 11, 23))  # Labour Thanksgiving Day, a Monday
    status = status_at(DIAL, at(2026, 11, 23, 10, 0))
    assert not status.is_open and status.opens_at == at(2026, 11, 24, 8, 30)


def test_substitute_holidays_count_too():
    assert is_public_holiday(dt.date(2026, 5, 6))  # Constitution Day fell on a Sunday
    assert not status_at(DIAL, at(2026, 5, 6, 10, 0)).is_open


def test_holidays_do_not_close_a_line_that_stays_open():
    schedule = Schedule(weekly=WEEKDAYS_830_1715, closed_on_public_holidays=False)
    assert status_at(schedule, at(2026, 11, 23, 10, 0)).is_open


def test_hours_across_midnight():
    night = Schedule(weekly=(WeeklyHours(opens=dt.time(22, 0), closes=dt.time(2, 0), weekday=4),))  # Friday night
    late = status_at(night, at(2026, 11, 27, 23, 0))
    assert late.is_open and late.closes_at == at(2026, 11, 28, 2, 0)
    after_midnight = status_at(night, at(2026, 11, 28, 1, 30))  # Saturday, from Friday's hours
    assert after_midnight.is_open and after_midnight.closes_at == at(2026, 11, 28, 2, 0)
    assert not status_at(night, at(2026, 11, 28, 2, 0)).is_open


def test_the_intensive_week_extends_hours_and_opens_the_weekend():
    week = Schedule(
        weekly=WEEKDAYS_830_1715,
        closed_on_public_holidays=True,
        specials=(
            SpecialPeriod(
                start=dt.date(2027, 6, 28),
                end=dt.date(2027, 7, 2),
                hours=(Hours(dt.time(8, 30), dt.time(19, 0)),),
                label="Intensive week",
            ),
            SpecialPeriod(
                start=dt.date(2027, 7, 3),
                end=dt.date(2027, 7, 4),
                hours=(Hours(dt.time(10, 0), dt.time(17, 0)),),
                label="Intensive week",
            ),
        ),
    )
    evening = status_at(week, at(2027, 6, 30, 18, 0))
    assert evening.is_open and evening.closes_at == at(2027, 6, 30, 19, 0) and evening.special_label == "Intensive week"
    saturday = status_at(week, at(2027, 7, 3, 11, 0))
    assert saturday.is_open and saturday.closes_at == at(2027, 7, 3, 17, 0)
    assert not status_at(week, at(2027, 7, 10, 11, 0)).is_open  # an ordinary Saturday afterwards
    assert not status_at(week, at(2027, 7, 5, 18, 0)).is_open  # back to normal hours


def test_a_closed_special_period():
    new_year = Schedule(
        weekly=WEEKDAYS_830_1715,
        specials=(SpecialPeriod(start=dt.date(2026, 12, 29), end=dt.date(2027, 1, 3), label="New Year"),),
    )
    status = status_at(new_year, at(2026, 12, 30, 10, 0))  # a Wednesday
    assert not status.is_open and status.opens_at == at(2027, 1, 4, 8, 30)


def test_always_open_and_next_change():
    assert status_at(Schedule(always_open=True), at(2026, 11, 22, 3, 0)).always_open
    assert next_change(Schedule(always_open=True), at(2026, 11, 22, 3, 0)) is None
    assert next_change(DIAL, at(2026, 11, 25, 9, 0)) == at(2026, 11, 25, 17, 15)
    assert next_change(DIAL, at(2026, 11, 25, 20, 0)) == at(2026, 11, 26, 8, 30)


@pytest.mark.parametrize("hour", [0, 6, 12, 23])
def test_twenty_four_hour_weekly_hours_join_up(hour):
    all_day = Schedule(weekly=tuple(WeeklyHours(opens=dt.time(0), closes=dt.time(0), weekday=d) for d in range(7)))
    assert status_at(all_day, at(2026, 11, 25, hour, 0)).is_open
