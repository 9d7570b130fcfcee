"""Dates as people write them: 「2025年2月24日〜3月28日」 in Japanese, "24 February to 28 March 2025" in English."""

from core.dates import EN_MONTHS, EN_WEEKDAYS, JA_WEEKDAYS
from core.dates import is_japanese as _ja


def format_date(day, weekday=False):
    if _ja():
        text = f"{day.year}年{day.month}月{day.day}日"
        return f"{text}（{JA_WEEKDAYS[day.weekday()]}）" if weekday else text
    text = f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}"
    return f"{EN_WEEKDAYS[day.weekday()]} {text}" if weekday else text


def format_month(year, month):
    return f"{year}年{month}月" if _ja() else f"{EN_MONTHS[month - 1]} {year}"


def month_name(month):
    return f"{month}月" if _ja() else EN_MONTHS[month - 1]


def format_span(start, end):
    """An inclusive date range, shortened where the month or year repeat."""
    if start == end:
        return format_date(start)
    if _ja():
        if start.year != end.year:
            return f"{format_date(start)}〜{format_date(end)}"
        if start.month != end.month:
            return f"{format_date(start)}〜{end.month}月{end.day}日"
        return f"{format_date(start)}〜{end.day}日"
    if start.year != end.year:
        return f"{format_date(start)} to {format_date(end)}"
    if start.month != end.month:
        return f"{start.day} {EN_MONTHS[start.month - 1]} to {format_date(end)}"
    return f"{start.day} to {format_date(end)}"


def format_time_range(start_at, end_at):
    from django.utils import timezone

    start = timezone.localtime(start_at)
    text = f"{start:%H:%M}"
    if end_at:
        end = timezone.localtime(end_at)
        text += f"〜{end:%H:%M}" if _ja() else f"–{end:%H:%M}"
    return text


def describe_schedule(page):
    """How a campaign recurs, in a sentence: "Every November", 「毎年11月12日〜25日」."""
    from campaigns import schedule

    if page.schedule_kind == schedule.ANNUAL_MONTH and page.month:
        return f"毎年{page.month}月" if _ja() else f"Every {EN_MONTHS[page.month - 1]}"
    if page.schedule_kind == schedule.ANNUAL_RANGE and page.range_start_month and page.range_end_month:
        sm, sd, em, ed = page.range_start_month, page.range_start_day, page.range_end_month, page.range_end_day
        if _ja():
            return f"毎年{sm}月{sd}日〜{em}月{ed}日" if sm != em else f"毎年{sm}月{sd}日〜{ed}日"
        if sm == em:
            return f"Every year, {sd} to {ed} {EN_MONTHS[sm - 1]}"
        return f"Every year, {sd} {EN_MONTHS[sm - 1]} to {ed} {EN_MONTHS[em - 1]}"
    if page.start_date and page.end_date:
        return format_span(page.start_date, page.end_date)
    return ""
