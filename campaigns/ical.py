"""iCalendar (RFC 5545) files from occurrences, for the calendar, a campaign and an event. Imports no model:
the pages' routes (campaigns/models/) choose the occurrences and attach their pages (`.item`).

- Annual campaigns: one VEVENT per campaign-year within a bounded window (last year to two years ahead),
  not RRULE + EXDATE, so per-year changes and cancellations are exact. UIDs are stable per campaign-year.
- All-day entries use VALUE=DATE with an exclusive end; timed events carry a TZID and a VTIMEZONE.
- DTSTAMP and LAST-MODIFIED are the page's last publish time, so the bytes only change when content does.
"""

import hashlib
from datetime import UTC, datetime, timedelta

from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date

from icalendar import Calendar, Event

REFRESH = timedelta(hours=12)  # REFRESH-INTERVAL; X-PUBLISHED-TTL below says the same
EARLIEST = datetime.min.replace(tzinfo=UTC)


def published_at(page):
    return page.last_published_at or page.first_published_at or page.latest_revision_created_at


def build_vevent(occurrence, request):
    page = occurrence.item
    event = Event()
    if occurrence.is_campaign:
        event.add("uid", page.uid_for(occurrence.year))
    else:
        event.add("uid", page.uid_for())
    stamp = published_at(page)
    event.add("dtstamp", stamp)
    event.add("last-modified", stamp)
    event.add("sequence", page.ical_sequence)
    event.add("summary", page.title)
    if occurrence.start_at:
        tz = timezone.get_default_timezone()
        event.add("dtstart", occurrence.start_at.astimezone(tz))
        event.add("dtend", (occurrence.end_at or occurrence.start_at + timedelta(hours=1)).astimezone(tz))
    else:
        event.add("dtstart", occurrence.start_date)
        event.add("dtend", occurrence.end_date + timedelta(days=1))  # exclusive end
        event.add("transp", "TRANSPARENT")
    description = page.listing_summary or page.introduction
    if occurrence.note:
        description = f"{occurrence.note}\n\n{description}"
    url = request.build_absolute_uri(page.get_url(request))
    event.add("description", f"{description}\n\n{url}".strip())
    event.add("url", url)
    event.add("status", "CANCELLED" if occurrence.cancelled else "CONFIRMED")
    if not occurrence.is_campaign:
        location = page.venue.name if page.venue else ""
        if page.venue and page.venue.address:
            location = f"{location}, {page.venue.address}"
        if page.online_url and not location:
            location = page.online_url
        if location:
            event.add("location", location)
    return event


def build_calendar(name, occurrences, request):
    cal = Calendar()
    cal.add("prodid", "-//No CSAM campaign//Campaign calendar//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("name", name)
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", timezone.get_default_timezone_name())
    cal.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", "PT12H")
    ordered = sorted(occurrences, key=lambda o: (o.start_date, o.start_at or EARLIEST, o.page_id, o.year))
    for occurrence in ordered:
        if occurrence.item is not None:
            cal.add_component(build_vevent(occurrence, request))
    if any(o.start_at for o in ordered):
        cal.add_missing_timezones()
    return cal.to_ical()


def ics_response(request, body, filename, last_modified, attachment=False):
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    last_modified_ts = int(last_modified.timestamp()) if last_modified else None  # HTTP dates have whole seconds
    not_modified = get_conditional_response(request, etag=etag, last_modified=last_modified_ts)
    if not_modified is not None:
        return not_modified
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Length"] = str(len(body))
    response["Content-Disposition"] = f'{"attachment" if attachment else "inline"}; filename="{filename}"'
    response["ETag"] = etag
    response["X-Content-Type-Options"] = "nosniff"
    if last_modified_ts:
        response["Last-Modified"] = http_date(last_modified_ts)
    patch_cache_control(response, public=True, max_age=3600)
    return response


def respond(request, page, occurrences, name, filename, attachment=False):
    """The iCalendar file of `occurrences` (each with `.item`), in `page`'s language."""
    stamps = [published_at(o.item) for o in occurrences if o.item is not None]
    with translation.override(page.locale.language_code):
        body = build_calendar(name, occurrences, request)
    return ics_response(request, body, filename, max(stamps, default=published_at(page)), attachment)
