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
