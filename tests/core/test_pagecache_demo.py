"""The full-page cache on the demo site: snippets shown on many pages purge it, and pages that change
with the clock are kept no longer than their own expiry."""

from django.conf import settings
from django.utils import timezone

import pytest

from core import pagecache

pytestmark = pytest.mark.django_db


def state(response):
    return response.get(pagecache.HEADER)


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


def test_the_help_page_expires_when_a_helpline_opens_or_closes(client, demo_content, page_cache):
    response = client.get("/en/help/")
    expected = response.context["next_hours_change"]
    max_age = int(response["Cache-Control"].split("s-maxage=")[1].split(",")[0])
    assert max_age <= settings.PAGE_CACHE_SHARED_SECONDS
    if expected is not None:
        assert max_age <= max(0, (expected - timezone.now()).total_seconds()) + 1


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
    assert pagecache.purge not in callbacks
    for url, response in first.items():
        assert response.status_code == 200, url
        if state(response) == "MISS":
            assert state(second[url]) == "HIT", url
    stored = [url for url, response in first.items() if state(response) == "MISS"]
    assert len(stored) >= len(urls) - 5  # all but search-like pages, forms and downloads
