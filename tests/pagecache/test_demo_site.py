"""The full-page cache on the demo site: snippets shown on many pages purge it, and pages that change
with the clock are kept no longer than their own expiry."""

import pytest
from freezegun import freeze_time

from pagecache import purge, storage

pytestmark = pytest.mark.django_db


def state(response):
    return response.get(storage.HEADER)


def test_a_snippet_change_purges(client, demo_content, page_cache, publish):
    from help.models import Helpline

    client.get("/en/help/")
    assert state(client.get("/en/help/")) == "HIT"
    helpline = Helpline.objects.filter(locale__language_code="en", live=True).first()
    helpline.name = "A renamed helpline"
    publish(helpline.save)
    response = client.get("/en/help/")
    assert state(response) == "MISS"
    assert "A renamed helpline" in response.content.decode()


@pytest.mark.parametrize("path", ["/en/help/", "/ja/help/"])
def test_the_help_page_expires_when_a_helpline_opens_or_closes(client, demo_content, page_cache, path):
    """At 17:12 on a weekday, Children's Rights Dial 110 closes in three minutes (17:15): the page says
    "open now" only until then, in the page cache and in any cache in front."""
    with freeze_time("2026-11-30 17:12:00+09:00"):
        response = client.get(path)
    assert response.status_code == 200
    assert "s-maxage=180" in response["Cache-Control"]
    assert "stale-while-revalidate" not in response["Cache-Control"]  # it must change on time


def test_serving_visitors_never_purges_and_every_page_is_then_served_from_the_cache(
    client, demo_content, page_cache, django_capture_on_commit_callbacks
):
    """Public requests write renditions, download counts and lazily created settings; none of that may purge,
    or the cache would be emptied by its own visitors. Every sitemap page, feed and download is crawled."""
    from urllib.parse import urlsplit

    from materials.models import CampaignDocument
    from tests.core.test_discovery import sitemap_entries

    urls = [urlsplit(entry["loc"]).path for entry in sitemap_entries(client)]
    urls += ["/ja/news/rss.xml", "/en/news/atom.xml", "/robots.txt", "/sitemap.xml"]
    urls.append(CampaignDocument.objects.first().url)  # a download: counted, never cached
    assert len(urls) > 60

    with django_capture_on_commit_callbacks() as callbacks:
        first = {url: client.get(url) for url in urls}
        second = {url: client.get(url) for url in urls}
    assert purge.purge not in callbacks
    for url, response in first.items():
        assert response.status_code == 200, url
        if state(response) == "MISS":
            assert state(second[url]) == "HIT", url
    stored = [url for url, response in first.items() if state(response) == "MISS"]
    assert len(stored) >= len(urls) - 5  # all but search-like pages, forms and downloads


@pytest.mark.parametrize(
    ("address", "canonical"),
    [
        ("/ja/news/?year=2025&utm_source=mail", "/ja/news/?year=2025"),
        ("/en/materials/?topic=sextortion&fbclid=IwAR0", "/en/materials/?topic=sextortion"),
        ("/ja/help/?who=child&gclid=x", "/ja/help/?who=child"),
        ("/ja/campaigns/past/?page=1&ref=x", "/ja/campaigns/past/?page=1"),
        ("/ja/news/rss.xml?utm_medium=feed", "/ja/news/rss.xml"),
        ("/sitemap.xml?x=1", "/sitemap.xml"),
        ("/robots.txt?x=1", "/robots.txt"),
        ("/ja/?utm_source=poster", "/ja/"),
    ],
)
def test_the_real_pages_redirect_what_they_do_not_read(client, demo_content, page_cache, address, canonical):
    response = client.get(address)
    assert response.status_code == 301, address
    assert response["Location"] == canonical
    assert client.get(canonical).status_code == 200


def test_a_variant_the_page_refuses_is_not_stored(client, demo_content, page_cache):
    """?year=1901 has no news (404), ?page=abc is malformed (400): errors are never stored, or made-up
    paths under a page's routes would each be an entry."""
    for address, status in (("/ja/news/?year=1901", 404), ("/ja/news/?page=abc", 400)):
        for _ in range(2):
            response = client.get(address)
            assert response.status_code == status and state(response) is None


def test_a_made_up_pack_with_a_query_string_is_not_stored(client, demo_content, page_cache):
    for _ in range(2):
        response = client.get("/ja/materials/packs/made-up-pack.zip/?page=1")
        assert response.status_code == 404 and state(response) is None


def test_search_is_never_redirected(client, demo_content, page_cache):
    """A redirect would put the search words in a Location header that browsers and proxies keep."""
    response = client.get("/ja/search/?q=相談&utm_source=x")
    assert response.status_code == 200
    assert state(response) is None
