"""The calendar's query counts are pinned and the same at two content sizes."""

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
from freezegun import freeze_time

pytestmark = pytest.mark.django_db

# Per URL: the chrome and routing every page pays, plus the calendar's own queries (occurrences,
# their campaign and event pages in one query per type, English venues, pagination counts).
PINNED = {
    "/en/campaigns/": 20,
    "/ja/campaigns/": 18,
    "/en/campaigns/2026/": 18,
    "/en/campaigns/2026/11/": 17,
    "/ja/campaigns/2026/07/": 16,
    "/en/campaigns/past/": 19,
    "/en/campaigns/calendar.ics": 13,
    "/en/campaigns/child-abuse-prevention-month/": 21,
    "/en/campaigns/child-abuse-prevention-month/calendar.ics": 12,  # its own entries: no page to look up
    "/en/campaigns/ctins-2026/": 18,
    "/en/campaigns/ctins-2026/calendar.ics": 13,
}


def count(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@freeze_time("2026-11-22 12:00:00+09:00")
def test_calendar_query_counts_are_pinned_and_do_not_grow(client, demo_content):
    small = {url: count(client, url) for url in PINNED}
    assert small == PINNED
    call_command("load_demo_content", scale=4, verbosity=0)  # 9 more campaigns and 15 more events per language
    large = {url: count(client, url) for url in PINNED}
    assert large == small
