"""Query counts for every kind of page, pinned, and the same with 20 times the content
(`load_demo_content --scale 20`: more news, materials, campaigns, events, guidance and helplines).

The cold-cache count is what a page costs when nothing is cached (the page cache and the shared chrome
are off in the tests);
the pins are here so that a change which adds queries is a decision, not an accident."""

from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext

import pytest

pytestmark = pytest.mark.django_db

PINNED = {
    # Home: routing, sections, calendar highlights, latest news, chrome. English swaps venues for their
    # translations (+1) and finds the English home page (+1).
    "/ja/": 29,
    "/en/": 31,
    # Section indexes
    "/en/about/": 17,
    "/ja/guidance/": 16,
    "/en/guidance/": 17,
    "/ja/figures/": 15,
    "/ja/news/": 18,
    "/en/news/?year=2025": 19,
    "/ja/materials/": 35,
    "/ja/help/": 23,
    "/en/help/": 25,
    # The calendar: now and next, a year, a month, the archive, and the feed
    "/ja/campaigns/": 18,
    "/en/campaigns/": 20,
    "/ja/campaigns/2026/": 16,
    "/ja/campaigns/2026/11/": 16,
    "/en/campaigns/2025/02/": 16,
    "/ja/campaigns/past/": 17,
    "/ja/campaigns/calendar.ics": 11,
    # The materials listing with facets
    "/ja/materials/?stage=junior-high": 35,
    "/en/materials/?stage=upper-primary&format=poster": 36,
    # Feeds and downloads
    "/ja/news/rss.xml": 10,
    "/en/news/atom.xml": 11,
    "/en/figures/operation-cyber-guardian-2025.csv": 9,
    # Leaf pages
    "/en/guidance/what-the-law-forbids/": 26,
    "/en/campaigns/child-abuse-prevention-month/": 21,
    "/en/campaigns/child-abuse-prevention-month/national-forum-2026/": 19,
    "/en/materials/family-rules-sheet/": 27,
    "/en/news/ctins-2026/": 17,
    "/en/help/where-to-report/": 20,
    "/en/help/covering-your-tracks/": 19,
    # Search and the sitemap. A search costs one query per page type on the results page (and one more
    # for types whose excerpt reads a related model), so the pins use searches whose results fit on one
    # page: which types fill the first page of a longer list depends on each backend's ranking.
    "/ja/search/?q=相談&type=help": 22,
    "/en/search/?q=police&type=help": 22,
    "/sitemap.xml": 21,
}


# Counted at both scales but not pinned: the first page of a broad search holds different page types
# on SQLite and on PostgreSQL, whose rankings differ.
UNPINNED = ["/ja/search/?q=児童", "/en/search/?q=child"]


def measure(client):
    counts = {}
    for url in [*PINNED, *UNPINNED]:
        client.get(url)  # warm per-process caches (content types, site root paths)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        counts[url] = len(queries)
    return counts


@pytest.fixture(scope="module")
def counts_at_two_scales(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", verbosity=0)
        small = measure(Client())
        call_command("load_demo_content", scale=20, verbosity=0)
        cache.clear()  # the purge would run at commit, which a test transaction never reaches
        large = measure(Client())
        transaction.set_rollback(True)
    return small, large


def test_every_page_kind_runs_its_pinned_number_of_queries(counts_at_two_scales):
    small, _large = counts_at_two_scales
    assert {url: small[url] for url in PINNED} == PINNED


def test_query_counts_are_the_same_with_twenty_times_the_content(counts_at_two_scales):
    small, large = counts_at_two_scales
    assert large == small
