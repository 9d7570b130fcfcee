"""The one table of query pins: how many database queries each kind of page costs, on the demo content.

`tests/core/test_query_scale.py` measures every URL here on the demo site, then again with five times the
content (`load_demo_content --scale 5`: the news and materials listings then run past their first page), at
a fixed moment (`MEASURED_AT`, a day in the calendar's busiest month): each count must equal its pin, and
the same at both sizes. The counts are cold: the page cache and the shared chrome are off in the tests, so a
count is what a page costs when nothing is cached.

A change that adds a query is a decision, not an accident: raise a pin only with a reason in the commit,
and lower it when a change saves one. Tests elsewhere check that listings built from their own fixtures do
not grow with their rows (news, guidance, figures, the dashboard panels); they pin no number.

What every page pays: Wagtail's routing and view-restriction check, then the chrome (language versions,
navigation, breadcrumbs, site settings, footer links: 13 to 15 queries). English pages pay one more to
find the English translation of the site's Japanese root, and one more where venues or helplines are swapped
for their English translations. Feeds and CSV downloads skip the chrome.
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext

MEASURED_AT = "2026-11-22 12:00:00+09:00"

PAGES = {
    # Every page that lists campaign occurrences (home, the calendar, its feeds, a campaign's events) reads
    # the view restrictions once (1), so that nothing restricted is listed (OccurrenceQuerySet.under).
    # Every page of a type that a step-by-step guide can link to (guidance, content pages, the help pages)
    # asks Wagtail's reference index whether one does (1); when some do, the guides with their steps'
    # pages (3 more: view restrictions, the guides, the pages their steps link to).
    # Home: the section cards (2, plus one per page type among the sections), the calendar highlights
    # (running, next and event occurrences, their campaign and event pages, the calendar: 6), latest news,
    # the "Need help now?" box (its lines with their weekly and special hours: 3; the help page: 1, kept
    # between requests like the chrome when the chrome cache is on).
    "/ja/": 34,
    "/en/": 36,
    # A general section: routing one level deeper (+2), breadcrumbs (+1), its subpages.
    "/en/about/": 18,
    # Guidance: the index with each page's audiences (2); a page with its audiences, related helplines (ids,
    # helplines, fallbacks, weekly and special hours), the help page, related materials and sibling guidance.
    "/ja/guidance/": 16,
    "/en/guidance/": 17,
    "/en/guidance/what-the-law-forbids/": 27,
    # A Japanese page that may have a やさしい日本語 version looks for it (2: the page, view restrictions);
    # the easy version finds the page it simplifies (1) and shows the "Need help now?" box.
    "/ja/guidance/kids-who-to-tell/": 30,
    "/ja/guidance/for-children-and-young-people/yasashii-nihongo/": 23,
    # Figures: every dataset on the page in one query; a CSV download is one dataset.
    "/ja/figures/": 15,
    "/en/figures/": 16,
    "/en/figures/operation-cyber-guardian-2025.csv": 9,
    # News: years, count and page of items; the feeds carry the latest 20.
    "/ja/news/": 18,
    "/en/news/": 19,
    "/en/news/?year=2025": 19,
    "/ja/news/rss.xml": 10,
    "/en/news/rss.xml": 11,
    "/en/news/atom.xml": 11,
    "/en/news/ctins-2026/": 17,
    "/en/news/operation-cyber-guardian-results/": 18,
    # The calendar: now and next, a year, a month, the archive, the feeds (occurrences, their campaign and
    # event pages in one query per type, English venues, pagination counts). A campaign's or event's own
    # feed holds only its own entries: no page to look up. English months swap venues for their translations
    # only when an event in them has a venue (one query, whatever the number of events), so the English
    # month pinned is one with a venue at both sizes (July; generated events give November one too).
    "/ja/campaigns/": 19,
    "/en/campaigns/": 21,
    "/ja/campaigns/2026/": 17,
    "/en/campaigns/2026/": 19,
    "/ja/campaigns/2026/07/": 17,
    "/en/campaigns/2026/07/": 19,
    "/ja/campaigns/2026/11/": 17,
    "/en/campaigns/2025/02/": 17,
    "/ja/campaigns/past/": 18,
    "/en/campaigns/past/": 20,
    "/ja/campaigns/calendar.ics": 12,
    "/en/campaigns/calendar.ics": 14,
    "/en/campaigns/child-abuse-prevention-month/": 23,  # +1: the campaign's materials
    "/en/campaigns/child-abuse-prevention-month/calendar.ics": 12,
    "/en/campaigns/child-abuse-prevention-month/national-forum-2026/": 19,
    "/en/campaigns/ctins-2026/": 18,
    "/en/campaigns/ctins-2026/calendar.ics": 13,
    # The materials library: the taxonomy of the language (4), results and their page (2), the materials
    # with files, thumbnails, renditions and tags (7), facet counts (6), packs, the request form's link.
    "/ja/materials/": 35,
    "/en/materials/": 36,
    "/ja/materials/?stage=junior-high": 35,
    "/ja/materials/?stage=junior-high&language=ja&printable=1": 35,
    "/en/materials/?stage=upper-primary&format=poster": 36,
    "/en/materials/?topic=sextortion&topic=filtering": 36,
    "/en/materials/family-rules-sheet/": 28,
    "/en/materials/internet-safety-class-lesson-junior-high/": 28,
    "/ja/materials/request/": 16,
    # Help: the helplines with fallbacks, weekly and special hours (4), sub-pages (3), site settings for the
    # quick exit and its safety page's link in this language, the help page for the "Need help now?" box (1).
    "/ja/help/": 29,
    "/en/help/": 31,
    "/ja/help/where-to-report/": 22,
    "/en/help/where-to-report/": 24,
    "/en/help/covering-your-tracks/": 20,
    "/ja/help/if-someone-threatens-to-share-an-image/": 24,
    "/ja/help/if-someone-threatens-to-share-an-image/yasashii-nihongo/": 23,
    "/en/help/if-someone-threatens-to-share-an-image/": 24,
    # Search costs one query per page type on the results page (one more for types whose excerpt reads a
    # related model), so the pins use searches whose results fit on one page: which types fill the first page
    # of a longer list depends on each backend's ranking. Also: the published synonym groups of the language
    # (1) and the quick exit's link to the safety page in this language (1, and 1 more in English).
    "/ja/search/?q=相談&type=help": 27,
    "/en/search/?q=police&type=help": 27,
    "/sitemap.xml": 23,  # +1 a query per page type: the easy-Japanese version is one
}

# Measured at both sizes (and so must not grow) but not pinned: the first page of a broad search holds
# different page types on SQLite and on PostgreSQL, whose rankings differ.
# A search's cost depends on which page types fill its first page, so these use words that the generated
# content of `--scale` never contains (and so the same results at both sizes), over several page types:
# a growth here is a query per result.
UNPINNED = ["/ja/search/?q=ハッシュ値", "/en/search/?q=Take+It+Down"]


def count_queries(client, url):
    """The queries of a second GET of `url` (the first warms per-process caches: content types, site root
    paths), asserting that it answers 200."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)
