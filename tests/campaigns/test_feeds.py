"""iCalendar feeds, parsed back with the icalendar library."""

import datetime as dt

import pytest
from freezegun import freeze_time
from icalendar import Calendar

from campaigns.models import CampaignPage
from tests.factories import add_campaign, add_event, calendar_tree

pytestmark = pytest.mark.django_db

TODAY = "2026-11-22 12:00:00+09:00"


def fetch(client, url, **headers):
    response = client.get(url, headers=headers)
    return response


def events_of(body):
    calendar = Calendar.from_ical(body)
    return calendar, list(calendar.walk("VEVENT"))


def by_summary(events, text):
    return [e for e in events if text in str(e["SUMMARY"])]


@freeze_time(TODAY)
class TestCalendarFeed:
    def test_feed_is_valid_icalendar_with_name_and_refresh_hints(self, client, demo_content):
        response = fetch(client, "/en/campaigns/calendar.ics")
        assert response.status_code == 200
        assert response["Content-Type"] == "text/calendar; charset=utf-8"
        calendar, events = events_of(response.content)
        assert str(calendar["VERSION"]) == "2.0"
        assert "Campaign calendar" in str(calendar["X-WR-CALNAME"])
        assert calendar["REFRESH-INTERVAL"].to_ical() == b"PT12H"
        assert str(calendar["X-PUBLISHED-TTL"]) == "PT12H"
        assert len(events) > 10

    def test_the_2025_period_runs_24_february_to_28_march_inclusive(self, client, demo_content):
        _, events = events_of(fetch(client, "/en/campaigns/calendar.ics").content)
        [period] = by_summary(events, "International Cooperation")
        assert period["DTSTART"].dt == dt.date(2025, 2, 24)
        assert period["DTEND"].dt == dt.date(2025, 3, 29)  # exclusive end
        body = fetch(client, "/en/campaigns/calendar.ics").content
        assert b"DTSTART;VALUE=DATE:20250224" in body and b"DTEND;VALUE=DATE:20250329" in body

    def test_november_campaigns_start_on_1_november_each_year_in_the_window(self, client, demo_content):
        _, events = events_of(fetch(client, "/en/campaigns/calendar.ics").content)
        capm = by_summary(events, "Child Abuse Prevention Month")
        assert sorted(e["DTSTART"].dt for e in capm) == [dt.date(y, 11, 1) for y in (2025, 2026, 2027, 2028)]
        assert all(e["DTEND"].dt == dt.date(e["DTSTART"].dt.year, 12, 1) for e in capm)

    def test_uids_are_unique_and_stable_and_bytes_do_not_change(self, client, demo_content):
        first = fetch(client, "/en/campaigns/calendar.ics").content
        second = fetch(client, "/en/campaigns/calendar.ics").content
        assert first == second
        _, events = events_of(first)
        uids = [str(e["UID"]) for e in events]
        assert len(uids) == len(set(uids))
        with freeze_time("2027-01-15 09:00:00+09:00"):
            later_uids = {str(e["UID"]) for e in events_of(fetch(client, "/en/campaigns/calendar.ics").content)[1]}
        shared = set(uids) & later_uids
        assert any("-2027@" in uid for uid in shared), "the same campaign-year keeps its UID as time passes"

    def test_dtstamp_is_the_publish_time_not_now(self, client, demo_content):
        _, events = events_of(fetch(client, "/en/campaigns/calendar.ics").content)
        capm = CampaignPage.objects.get(slug="child-abuse-prevention-month", locale__language_code="en")
        [event] = [
            e for e in events if "Child Abuse Prevention Month" in str(e["SUMMARY"]) and e["DTSTART"].dt.year == 2026
        ]
        assert event["DTSTAMP"].dt == capm.last_published_at.replace(microsecond=0)
        assert event["LAST-MODIFIED"].dt == event["DTSTAMP"].dt
        assert event["SEQUENCE"] == capm.ical_sequence

    def test_timed_events_carry_a_timezone(self, client, demo_content):
        calendar, events = events_of(fetch(client, "/en/campaigns/calendar.ics").content)
        [ctins] = by_summary(events, "CTINS 2026")
        assert ctins["DTSTART"].params["TZID"] == "Asia/Tokyo"
        assert ctins["DTSTART"].dt.replace(tzinfo=None) == dt.datetime(2026, 12, 3, 10, 0)
        assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Asia/Tokyo"]
        assert "Midori Civic Hall" in str(ctins["LOCATION"])  # the demo's fictional venue

    def test_summaries_in_the_feeds_language(self, client, demo_content):
        _, events = events_of(fetch(client, "/ja/campaigns/calendar.ics").content)
        assert by_summary(events, "児童虐待防止推進月間")
        assert not by_summary(events, "Child Abuse Prevention Month")

    def test_conditional_get_answers_304(self, client, demo_content):
        response = fetch(client, "/en/campaigns/calendar.ics")
        etag, last_modified = response["ETag"], response["Last-Modified"]
        assert fetch(client, "/en/campaigns/calendar.ics", if_none_match=etag).status_code == 304
        assert fetch(client, "/en/campaigns/calendar.ics", if_modified_since=last_modified).status_code == 304
        assert fetch(client, "/en/campaigns/calendar.ics", if_none_match='"something-else"').status_code == 200

    def test_feed_sets_no_cookie(self, client, demo_content):
        response = fetch(client, "/en/campaigns/calendar.ics")
        assert not response.cookies and "Cookie" not in response.get("Vary", "")

    def test_subscribe_links(self, client, demo_content):
        page = client.get("/en/campaigns/").content.decode()
        assert 'href="webcal://testserver/en/campaigns/calendar.ics"' in page
        assert 'href="/en/campaigns/calendar.ics"' in page


class TestChangesReachTheFeed:
    @freeze_time(TODAY)
    def test_cancelled_year_is_published_as_cancelled_with_a_higher_sequence(self, client):
        calendar_ja, _ = calendar_tree()
        campaign = add_campaign(calendar_ja, "capm", first_year=2025)
        before = {e["DTSTART"].dt.year: e for e in events_of(fetch(client, "/ja/campaigns/calendar.ics").content)[1]}
        from campaigns.models import CampaignYearOverride

        campaign.year_overrides = [CampaignYearOverride(year=2027, cancelled=True, note="中止")]
        campaign.save_revision().publish()
        after = {e["DTSTART"].dt.year: e for e in events_of(fetch(client, "/ja/campaigns/calendar.ics").content)[1]}
        assert str(after[2027]["STATUS"]) == "CANCELLED"
        assert str(after[2026]["STATUS"]) == "CONFIRMED"
        assert after[2027]["UID"] == before[2027]["UID"]
        assert after[2027]["SEQUENCE"] > before[2027]["SEQUENCE"]

    @freeze_time(TODAY)
    def test_annual_years_outside_the_window_are_left_out(self, client):
        calendar_ja, _ = calendar_tree()
        add_campaign(calendar_ja, "capm", first_year=2010)
        years = sorted(e["DTSTART"].dt.year for e in events_of(fetch(client, "/ja/campaigns/calendar.ics").content)[1])
        assert years == [2025, 2026, 2027, 2028]


@freeze_time(TODAY)
class TestPageFeeds:
    def test_a_campaign_serves_its_own_feed(self, client, demo_content):
        response = fetch(client, "/en/campaigns/eliminating-violence-against-women/calendar.ics")
        assert response.status_code == 200
        _, events = events_of(response.content)
        assert {e["DTSTART"].dt for e in events} == {dt.date(y, 11, 12) for y in (2025, 2026, 2027, 2028)}
        assert all(e["DTEND"].dt == dt.date(e["DTSTART"].dt.year, 11, 26) for e in events)

    def test_an_event_downloads_as_an_attachment(self, client, demo_content):
        response = fetch(client, "/ja/campaigns/child-abuse-prevention-month/national-forum-2026/calendar.ics")
        assert response.status_code == 200
        assert response["Content-Disposition"] == 'attachment; filename="national-forum-2026.ics"'
        _, [event] = events_of(response.content)
        assert event["DTSTART"].dt == dt.date(2026, 11, 23) and event["DTEND"].dt == dt.date(2026, 11, 24)

    def test_unpublished_events_are_not_in_any_feed(self, client):
        calendar_ja, _ = calendar_tree()
        event = add_event(calendar_ja, "forum")
        event.unpublish()
        _, events = events_of(fetch(client, "/ja/campaigns/calendar.ics").content)
        assert events == []
        assert fetch(client, "/ja/campaigns/forum/calendar.ics").status_code == 404


@freeze_time(TODAY)
@pytest.mark.parametrize("kind", ["password", "login"])
def test_a_restricted_event_is_in_no_public_listing_or_feed(client, demo_content, kind):
    from wagtail.models import PageViewRestriction

    from campaigns.models import EventPage

    event = EventPage.objects.live().filter(locale__language_code="en").order_by("path").first()
    listed = ["/en/campaigns/calendar.ics", "/en/", "/en/campaigns/", "/en/campaigns/2026/"]
    shown = [url for url in listed if event.title in client.get(url).content.decode()]
    assert "/en/campaigns/calendar.ics" in shown, shown
    PageViewRestriction.objects.create(page=event, restriction_type=kind, password="a-secret-42")
    for url in listed:
        assert event.title not in client.get(url).content.decode(), url
