"""Query counts: pinned, and independent of how much content there is."""

import pytest

pytestmark = pytest.mark.django_db

# Home: Wagtail's routing and view-restriction check (6), the section cards (2, plus one per page type among
# the sections: general pages, the calendar, the library and help), the calendar highlights
# (running, next and event occurrences, their campaign and event pages, the calendar: 6), then the chrome:
# language versions, navigation (2), site settings and footer links.
# English adds two: Wagtail looks up the English translation of the site's (Japanese) root page, and
# the events' venues are swapped for their English translations.
HOME_PAGE_QUERIES = {"ja": 29, "en": 31}
# A section: routing one level deeper (+2), breadcrumbs (+1), subpages instead of section cards.
SECTION_PAGE_QUERIES = 17
# The section types of their own. Guidance index: its pages with their audiences (2). Guidance page: its
# audiences, related helplines (ids, helplines, fallbacks, weekly and special hours), the help page, related
# materials and sibling guidance. Figures: every dataset on the page in one query. News: years, count and
# page of items. Feeds and CSV downloads skip the page chrome.
PAGE_QUERIES = {
    "/en/guidance/": 17,
    "/en/guidance/what-the-law-forbids/": 26,
    "/en/figures/": 16,
    "/en/figures/operation-cyber-guardian-2025.csv": 9,
    "/en/news/": 19,
    "/en/news/rss.xml": 11,
    "/en/news/atom.xml": 11,
    "/en/news/operation-cyber-guardian-results/": 18,
}


@pytest.mark.parametrize("language", ["ja", "en"])
def test_home_page_query_count_is_pinned(client, demo_content, language, django_assert_num_queries):
    client.get(f"/{language}/")
    with django_assert_num_queries(HOME_PAGE_QUERIES[language]):
        client.get(f"/{language}/")


def test_section_page_query_count_is_pinned(client, demo_content, django_assert_num_queries):
    client.get("/en/about/")
    with django_assert_num_queries(SECTION_PAGE_QUERIES):
        client.get("/en/about/")


@pytest.mark.parametrize("url", list(PAGE_QUERIES))
def test_guidance_figures_and_news_query_counts_are_pinned(client, demo_content, url, django_assert_num_queries):
    client.get(url)
    with django_assert_num_queries(PAGE_QUERIES[url]):
        assert client.get(url).status_code == 200
