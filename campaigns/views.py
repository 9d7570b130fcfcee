"""The calendar's views: now and next, a year, a month and the archive. Each runs a fixed number of queries."""

from datetime import date, datetime, time, timedelta

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.utils import timezone

from campaigns import formatting, schedule
from campaigns.models import CampaignPage, EventPage, Occurrence, Venue
from core.caching import expire_at

PAST_PER_PAGE = 20
UPCOMING_CAMPAIGNS = 6
UPCOMING_EVENTS = 8


def attach_pages(*groups, locale_id=None):
    """Give each occurrence `.item`: its campaign or event page, with the event's venue in the page's
    language. Two or three queries, whatever the number of occurrences."""
    occurrences = [o for group in groups for o in group]
    campaign_ids = {o.page_id for o in occurrences if o.kind == Occurrence.CAMPAIGN}
    event_ids = {o.page_id for o in occurrences if o.kind == Occurrence.EVENT}
    pages = {}
    if campaign_ids:
        pages.update(CampaignPage.objects.filter(pk__in=campaign_ids).defer_streamfields().in_bulk())
    if event_ids:
        events = EventPage.objects.filter(pk__in=event_ids).defer_streamfields().select_related("venue").in_bulk()
        localize_venues(events.values(), locale_id)
        pages.update(events)
    for occurrence in occurrences:
        occurrence.item = pages.get(occurrence.page_id)
    return groups


def localize_venues(events, locale_id):
    """Swap each event's venue for its translation in `locale_id`, in one query."""
    venues = [e.venue for e in events if e.venue and e.venue.locale_id != locale_id]
    if not venues or locale_id is None:
        return
    translated = {
        v.translation_key: v
        for v in Venue.objects.filter(
            translation_key__in={v.translation_key for v in venues}, locale_id=locale_id, live=True
        )
    }
    for event in events:
        if event.venue and event.venue.translation_key in translated:
            event.venue = translated[event.venue.translation_key]


def next_change(occurrences, now):
    """The next moment a start or an end changes what "running now" shows, or None."""
    today = timezone.localtime(now).date()
    tz = timezone.get_default_timezone()
    moments = []
    for o in occurrences:
        if o.start_at:
            moments += [m for m in (o.start_at, o.end_at) if m and m > now]
        else:
            for day in (o.start_date, o.end_date + timedelta(days=1)):
                if day > today:
                    moments.append(timezone.make_aware(datetime.combine(day, time.min), tz))
    return min(moments, default=None)


def expire_at_next_change(response, occurrences, now=None):
    """Let caches keep the page until the next campaign or event starts or ends, and no longer."""
    now = now or timezone.now()
    return expire_at(response, next_change(occurrences, now), now)


def calendar_index(request, calendar):
    today = timezone.localdate()
    base = calendar.occurrences().filter(cancelled=False)
    running = list(base.filter(start_date__lte=today, end_date__gte=today))
    # The next occurrence of each campaign (an annual one would otherwise fill the list with its next years).
    upcoming_campaigns = []
    for occurrence in base.filter(kind=Occurrence.CAMPAIGN, start_date__gt=today)[: UPCOMING_CAMPAIGNS * 4]:
        if occurrence.page_id not in {o.page_id for o in [*running, *upcoming_campaigns]}:
            upcoming_campaigns.append(occurrence)
    upcoming_campaigns = upcoming_campaigns[:UPCOMING_CAMPAIGNS]
    upcoming_events = list(base.filter(kind=Occurrence.EVENT, start_date__gt=today)[:UPCOMING_EVENTS])
    attach_pages(running, upcoming_campaigns, upcoming_events, locale_id=calendar.locale_id)
    response = calendar.render(
        request,
        context_overrides={
            "today": today,
            "running_campaigns": [o for o in running if o.is_campaign],
            "running_events": [o for o in running if not o.is_campaign],
            "upcoming_campaigns": upcoming_campaigns,
            "upcoming_events": upcoming_events,
            "this_year": today.year,
            "this_month": today.month,
        },
    )
    return expire_at_next_change(response, [*running, *upcoming_campaigns, *upcoming_events])


def calendar_year(request, calendar, year):
    first, last = date(year, 1, 1), date(year, 12, 31)
    occurrences = list(calendar.occurrences().filter(start_date__lte=last, end_date__gte=first))
    attach_pages(occurrences, locale_id=calendar.locale_id)
    months = []
    for month in range(1, 13):
        span = schedule.month_span(year, month)
        months.append(
            {
                "number": month,
                "label": formatting.month_name(month),
                "url": f"{calendar.get_url(request)}{year}/{month:02d}/",
                "campaigns": [o for o in occurrences if o.is_campaign and span.overlaps(o.start_date, o.end_date)],
                "events": [
                    o
                    for o in occurrences
                    if not o.is_campaign and o.start_date.month == month and o.start_date.year == year
                ],
            }
        )
    return calendar.render(
        request,
        template="pages/campaign_calendar_year.html",
        context_overrides={
            "year": year,
            "months": months,
            "previous_year": year - 1 if year > schedule.MIN_YEAR else None,
            "next_year": year + 1 if year < schedule.MAX_YEAR else None,
            "today": timezone.localdate(),
        },
    )


def calendar_month(request, calendar, year, month):
    span = schedule.month_span(year, month)
    occurrences = list(calendar.occurrences().filter(start_date__lte=span.end, end_date__gte=span.start))
    attach_pages(occurrences, locale_id=calendar.locale_id)
    previous = date(year, month, 1) - timedelta(days=1)
    following = span.end + timedelta(days=1)
    events = [o for o in occurrences if not o.is_campaign]
    days = []
    for day in sorted({o.start_date for o in events}):
        days.append({"date": day, "events": [o for o in events if o.start_date == day]})
    return calendar.render(
        request,
        template="pages/campaign_calendar_month.html",
        context_overrides={
            "year": year,
            "month": month,
            "month_label": formatting.format_month(year, month),
            "campaigns": [o for o in occurrences if o.is_campaign],
            "event_days": days,
            "event_count": len(events),
            "previous": previous if previous.year >= schedule.MIN_YEAR else None,
            "following": following if following.year <= schedule.MAX_YEAR else None,
            "today": timezone.localdate(),
        },
    )


def calendar_past(request, calendar):
    today = timezone.localdate()
    past = calendar.occurrences().filter(end_date__lt=today).order_by("-start_date", "-start_at", "page_id")
    paginator = Paginator(past, PAST_PER_PAGE)
    try:
        page_number = int(request.GET.get("page", "1"))
        page_obj = paginator.page(page_number)
    except (ValueError, PageNotAnInteger, EmptyPage) as error:
        raise Http404("No such page of the archive") from error
    items = list(page_obj.object_list)
    attach_pages(items, locale_id=calendar.locale_id)
    return calendar.render(
        request,
        template="pages/campaign_calendar_past.html",
        context_overrides={
            "page_obj": page_obj,
            "items": items,
            "page_range": paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1),
            "today": today,
        },
    )
