"""The calendar's pages: now and next, year, month, archive, campaign and event pages, bad dates."""

import pytest
from freezegun import freeze_time

from campaigns.models import CampaignPage, EventPage
from tests.factories import add_campaign, calendar_tree

pytestmark = pytest.mark.django_db

# A day in the demo content's Child Abuse Prevention Month, the day before the national forum.
TODAY = "2026-11-22 12:00:00+09:00"


def html(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return response.content.decode()


class TestDoneWhen:
    def test_november_2025_in_english_and_japanese(self, client, demo_content):
        assert "Child Abuse Prevention Month" in html(client, "/en/campaigns/2025/11/")
        assert "児童虐待防止推進月間" in html(client, "/ja/campaigns/2025/11/")

    def test_march_2025_shows_the_international_cooperation_period(self, client, demo_content):
        page = html(client, "/en/campaigns/2025/03/")
        assert "Period for Strengthening International Cooperation" in page
        assert "24 February to 28 March 2025" in page

    def test_july_shows_the_july_month_and_its_events(self, client, demo_content):
        page = html(client, "/ja/campaigns/2026/07/")
        assert "少年非行・被害防止全国強調月間" in page
        assert "保護者向けシンポジウム" in page
        assert "13:30〜16:00" in page


@freeze_time(TODAY)
class TestNowAndNext:
    def test_running_now_and_next(self, client, demo_content):
        page = html(client, "/en/campaigns/")
        running = page.split('id="running-heading"')[1].split('id="next-heading"')[0]
        assert "Child Abuse Prevention Month" in running
        assert "Campaign for Eliminating Violence against Women" in running
        assert "National Month for the Prevention of Juvenile Delinquency" not in running
        upcoming = page.split('id="next-heading"')[1].split('id="events-heading"')[0]
        assert "National Month for the Prevention of Juvenile Delinquency" in upcoming
        assert upcoming.count("Child Abuse Prevention Month") == 0, "a running campaign is not repeated as coming up"
        events = page.split('id="events-heading"')[1]
        assert "National child abuse prevention promotion forum (2026)" in events

    def test_expires_when_the_next_campaign_or_event_starts_or_ends(self, client, demo_content):
        response = client.get("/en/campaigns/")
        # The next change is midnight tonight, Japan time, when the forum's day starts: 12 hours away.
        assert "max-age=3600" in response["Cache-Control"]  # capped: never cached longer than an hour
        with freeze_time("2026-11-22 23:30:00+09:00"):
            response = client.get("/en/campaigns/")
            assert "max-age=1800" in response["Cache-Control"]
            assert response["Expires"] == "Sun, 22 Nov 2026 15:00:00 GMT"

    def test_home_page_shows_the_running_campaign_and_next_events(self, client, demo_content):
        page = html(client, "/ja/")
        assert "児童虐待防止推進月間" in page
        assert "児童虐待防止推進全国フォーラム（2026年）" in page
        assert "max-age=" in client.get("/ja/")["Cache-Control"]

    def test_home_page_shows_the_next_campaign_when_none_runs(self, client, demo_content):
        with freeze_time("2026-10-01 12:00:00+09:00"):
            page = html(client, "/en/")
        assert "Next campaign" in page
        assert "Child Abuse Prevention Month" in page


class TestYearAndMonth:
    def test_year_at_a_glance(self, client, demo_content):
        page = html(client, "/en/campaigns/2026/")
        assert page.count('class="year-grid__month') == 12
        assert "National Month for the Prevention of Juvenile Delinquency" in page
        assert 'href="/en/campaigns/2026/11/"' in page
        assert 'href="/en/campaigns/2027/"' in page and 'href="/en/campaigns/2025/"' in page

    def test_month_navigation_crosses_the_year(self, client, demo_content):
        page = html(client, "/en/campaigns/2026/12/")
        assert 'href="/en/campaigns/2027/01/"' in page
        assert 'href="/en/campaigns/2026/11/"' in page
        assert "CTINS 2026" in page and "10:00–17:00" in page

    def test_language_switcher_keeps_the_month(self, client, demo_content):
        page = html(client, "/ja/campaigns/2025/11/")
        assert 'href="/en/campaigns/2025/11/"' in page

    @pytest.mark.parametrize(
        "url",
        [
            "/en/campaigns/2025/13/",
            "/en/campaigns/2025/00/",
            "/en/campaigns/2025/1/",
            "/en/campaigns/abcd/",
            "/en/campaigns/2025/ab/",
            "/en/campaigns/0000/",
            "/en/campaigns/1999/",
            "/en/campaigns/2100/",
            "/en/campaigns/9999/12/",
            "/en/campaigns/2025/11/31/",
            "/en/campaigns/past/?page=500",
            "/en/campaigns/other.ics",
            "/en/about/calendar.ics",
        ],
    )
    def test_impossible_dates_and_pages_answer_404(self, client, demo_content, url):
        assert client.get(url).status_code == 404

    @pytest.mark.parametrize(
        "query", ["?page=abc", "?page=0", "?page=-1", "?page=99999999999999999999", "?page=%00", "?page=１"]
    )
    def test_a_malformed_archive_page_answers_400_with_the_calendar_around_it(self, client, demo_content, query):
        """The same answer as every listing (core/pagination.py): the site's 400 page, in the page's language."""
        response = client.get(f"/en/campaigns/past/{query}")
        assert response.status_code == 400
        page = response.content.decode()
        assert 'href="/en/campaigns/past/"' in page  # start again from this page
        assert 'href="/ja/campaigns/past/"' in page  # the language switcher keeps the page and its route

    @freeze_time(TODAY)
    def test_past_archive_is_paginated(self, client, demo_content):
        page = html(client, "/en/campaigns/past/")
        assert "Period for Strengthening International Cooperation" in page
        assert "National child abuse prevention promotion forum (2025)" in page
        assert "National child abuse prevention promotion forum (2026)" not in page  # tomorrow: not past


class TestArchivePagination:
    def test_many_past_entries_split_into_pages(self, client):
        calendar_ja, _ = calendar_tree()
        add_campaign(calendar_ja, "old", first_year=2000, last_year=2024)  # 25 past years
        with freeze_time(TODAY):
            first = html(client, "/ja/campaigns/past/")
            second = html(client, "/ja/campaigns/past/?page=2")
        assert first.count('<li class="occurrence') == 20
        assert second.count('<li class="occurrence') == 5
        assert 'aria-current="page"' in second
        assert client.get("/ja/campaigns/past/?page=3").status_code == 404


class TestCampaignAndEventPages:
    @freeze_time(TODAY)
    def test_campaign_page_shows_schedule_organisers_events_and_feed(self, client, demo_content):
        page = html(client, "/en/campaigns/child-abuse-prevention-month/")
        assert "Every November" in page
        assert "Children and Families Agency" in page  # the organiser, in English
        assert "National child abuse prevention promotion forum (2026)" in page
        assert 'href="/en/campaigns/child-abuse-prevention-month/calendar.ics"' in page

    def test_annual_range_is_described(self, client, demo_content):
        page = html(client, "/ja/campaigns/eliminating-violence-against-women/")
        assert "毎年11月12日〜25日" in page

    def test_event_page_has_details_json_ld_and_add_to_calendar(self, client, demo_content):
        page = html(client, "/en/campaigns/ctins-2026/")
        assert "Thursday 3 December 2026" in page
        assert "10:00–17:00" in page
        assert "National Police Agency" in page  # the venue, in English
        assert '<script type="application/ld+json">' in page
        import json

        data = json.loads(page.split('<script type="application/ld+json">')[1].split("</script>")[0])
        assert data["@type"] == "Event"
        assert data["startDate"] == "2026-12-03T10:00:00+09:00"
        assert data["location"]["@type"] == "Place"
        assert 'href="/en/campaigns/ctins-2026/calendar.ics"' in page

    def test_online_event_json_ld_has_a_virtual_location(self, client, demo_content):
        import json

        page = html(client, "/en/campaigns/e-net-caravan-online-2027/")
        data = json.loads(page.split('<script type="application/ld+json">')[1].split("</script>")[0])
        assert data["location"]["@type"] == "VirtualLocation"
        assert data["eventAttendanceMode"].endswith("OnlineEventAttendanceMode")

    def test_preview_of_a_draft_campaign_shows_its_dates(self, admin_client):
        calendar_ja, _ = calendar_tree()
        campaign = add_campaign(calendar_ja, "draft", publish=False, first_year=2026)
        response = admin_client.get(f"/admin/pages/{campaign.pk}/view_draft/")
        assert response.status_code == 200
        assert "毎年11月" in response.content.decode()

    def test_demo_has_every_schedule_kind_and_event_type(self, demo_content):
        from campaigns import schedule

        kinds = set(CampaignPage.objects.values_list("schedule_kind", flat=True))
        assert {schedule.ANNUAL_MONTH, schedule.ANNUAL_RANGE, schedule.ONE_OFF} <= kinds
        types = set(EventPage.objects.values_list("event_type", flat=True))
        assert {EventPage.SYMPOSIUM, EventPage.FORUM, EventPage.SCHOOL_CLASS, EventPage.ONLINE} <= types
        assert (
            EventPage.objects.filter(start_time__isnull=True).exists()
            and EventPage.objects.filter(start_time__isnull=False).exists()
        )


class TestSitemap:
    def test_sitemap_lists_pages_in_both_languages_and_calendar_months(self, client, demo_content):
        with freeze_time(TODAY):
            page = html(client, "/sitemap.xml")
        assert "/ja/campaigns/" in page and "/en/campaigns/child-abuse-prevention-month/" in page
        for month in ("2026/01/", "2026/12/", "2027/06/"):
            assert f"/en/campaigns/{month}" in page and f"/ja/campaigns/{month}" in page
        assert "/en/campaigns/2028/" not in page
