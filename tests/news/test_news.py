"""News: the listing by year, pagination, bad input, the release page and the RSS and Atom feeds."""

import datetime
import json

from django.db import connection
from django.test.utils import CaptureQueriesContext

import feedparser
import pytest
from bs4 import BeautifulSoup

from news.models import PER_PAGE, NewsIndexPage, NewsPage
from tests.factories import build_site, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_tree():
    home_ja, home_en = build_site()
    index_ja = NewsIndexPage(title="お知らせ", slug="news", introduction="報道発表")
    home_ja.add_child(instance=index_ja)
    index_ja.save_revision().publish()
    index_en = translate(index_ja, "en", title="News", introduction="Press releases.")
    return {"index_ja": index_ja, "index_en": index_en}


def add_news(index, slug, date, title=None, **fields):
    page = NewsPage(
        title=title or f"Release {slug}",
        slug=slug,
        date=date,
        lead=f"Summary of {slug}.",
        body=json.dumps([{"type": "paragraph", "value": "<p>Text.</p>", "id": slug}]),
        **fields,
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def titles(response):
    return [a.get_text() for a in BeautifulSoup(response.content, "html.parser").select(".news-item__title a")]


def test_newest_first_with_year_filter(client, news_tree):
    index = news_tree["index_en"]
    add_news(index, "old", datetime.date(2025, 2, 20))
    add_news(index, "new", datetime.date(2026, 10, 26))
    add_news(index, "mid", datetime.date(2025, 11, 6))
    assert titles(client.get("/en/news/")) == ["Release new", "Release mid", "Release old"]
    response = client.get("/en/news/?year=2025")
    assert titles(response) == ["Release mid", "Release old"]
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one(".year-list a[aria-current]").get_text() == "2025"
    assert soup.select_one('link[rel="canonical"]')["href"].endswith("/en/news/?year=2025")


def test_pagination_keeps_the_year(client, news_tree):
    index = news_tree["index_en"]
    for number in range(PER_PAGE + 2):
        add_news(index, f"n{number}", datetime.date(2025, 1, 1) + datetime.timedelta(days=number))
    first = client.get("/en/news/?year=2025")
    assert len(titles(first)) == PER_PAGE
    soup = BeautifulSoup(first.content, "html.parser")
    assert soup.select_one('.pagination a[rel="next"]')["href"] == "?year=2025&page=2"
    assert len(titles(client.get("/en/news/?year=2025&page=2"))) == 2


@pytest.mark.parametrize(
    "query",
    ["year=abc", "year=20251", "year=-1", "year=%00", "page=0", "page=x", "page=1e3", "year=２０２５"],
)
def test_bad_parameters_get_a_400(client, news_tree, query):
    add_news(news_tree["index_en"], "one", datetime.date(2025, 4, 17))
    assert client.get(f"/en/news/?{query}").status_code == 400


def test_a_year_or_page_with_nothing_in_it_is_not_found(client, news_tree):
    add_news(news_tree["index_en"], "one", datetime.date(2025, 4, 17))
    assert client.get("/en/news/?year=1999").status_code == 404
    assert client.get("/en/news/?page=2").status_code == 404


def test_language_versions_list_only_their_own_news(client, news_tree):
    add_news(news_tree["index_ja"], "ja-only", datetime.date(2025, 4, 17), title="日本語のお知らせ")
    add_news(news_tree["index_en"], "en-only", datetime.date(2025, 4, 17), title="English news")
    assert titles(client.get("/ja/news/")) == ["日本語のお知らせ"]
    assert titles(client.get("/en/news/")) == ["English news"]


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_parse_cleanly_with_entries(client, news_tree, kind):
    index = news_tree["index_en"]
    add_news(index, "older", datetime.date(2025, 2, 20), title="Period announced")
    add_news(index, "newer", datetime.date(2025, 4, 17), title="Results <published> & more")
    response = client.get(f"/en/news/{kind}.xml")
    assert response.status_code == 200
    expected = "application/rss+xml" if kind == "rss" else "application/atom+xml"
    assert response["Content-Type"].startswith(expected)
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.feed.title == "News"
    assert [entry.title for entry in feed.entries] == ["Results <published> & more", "Period announced"]
    assert feed.entries[0].link == "http://testserver/en/news/newer/"
    assert feed.entries[0].summary == "Summary of newer."
    assert feed.entries[0].published_parsed[:3] == (2025, 4, 17)


def test_listing_and_release_pages_announce_the_feeds(client, news_tree):
    add_news(news_tree["index_en"], "one", datetime.date(2025, 4, 17))
    for url in ("/en/news/", "/en/news/one/"):
        soup = BeautifulSoup(client.get(url).content, "html.parser")
        links = {link["type"]: link["href"] for link in soup.select('link[rel="alternate"][type]')}
        assert links == {"application/rss+xml": "/en/news/rss.xml", "application/atom+xml": "/en/news/atom.xml"}


def test_release_page_shows_date_summary_and_related_campaign(client, news_tree):
    from campaigns.models import CampaignCalendarPage, CampaignPage

    home_en = news_tree["index_en"].get_parent()
    calendar = CampaignCalendarPage(
        title="Campaign calendar", slug="campaigns", introduction="Dates.", locale=home_en.locale
    )
    home_en.add_child(instance=calendar)
    calendar.save_revision().publish()
    campaign = CampaignPage(
        title="Child Abuse Prevention Month",
        slug="month",
        introduction="Every November.",
        schedule_kind="annual_month",
        month=11,
        first_year=2020,
        locale=home_en.locale,
    )
    calendar.add_child(instance=campaign)
    campaign.save_revision().publish()
    add_news(news_tree["index_en"], "month", datetime.date(2026, 10, 26), related_campaign=campaign)
    soup = BeautifulSoup(client.get("/en/news/month/").content, "html.parser")
    assert soup.select_one(".eyebrow time")["datetime"] == "2026-10-26"
    assert soup.select_one(".lead").get_text() == "Summary of month."
    assert soup.select_one(".related-campaign a")["href"] == "/en/campaigns/month/"
    assert soup.select_one('meta[property="og:type"]')["content"] == "article"


def count(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_listing_and_feed_queries_do_not_grow_with_the_news(client, news_tree):
    index = news_tree["index_en"]
    add_news(index, "first", datetime.date(2025, 1, 1))
    urls = ["/en/news/", "/en/news/?year=2025", "/en/news/rss.xml", "/en/news/atom.xml"]
    before = {url: count(client, url) for url in urls}
    for number in range(15):
        add_news(index, f"more-{number}", datetime.date(2025, 2, 1) + datetime.timedelta(days=number))
    after = {url: count(client, url) for url in urls}
    assert after == before
