"""The demo content is honest: no invented date at a real address, no news that pre-announces a covert
operation, one name for the quick exit and the CONTENT.md term for the material (児童ポルノ only when quoting
the law: tests/demo/test_demo_content.py)."""

from wagtail.models import Page

import pytest

from campaigns.models import EventPage, Venue
from news.models import NewsPage

pytestmark = pytest.mark.django_db

REAL_ADDRESSES = ["霞が関", "Kasumigaseki", "代々木", "Yoyogi"]


def test_every_demo_venue_is_fictional_and_says_so(demo_content):
    venues = list(Venue.objects.all())
    assert venues
    for venue in venues:
        assert not any(place in f"{venue.name} {venue.address}" for place in REAL_ADDRESSES)
        assert "架空" in venue.name or "fictional" in venue.name


def test_an_event_with_an_invented_date_says_it_is_an_example(demo_content):
    for event in EventPage.objects.live().filter(slug__in=["ctins-2026", "guardians-symposium-2026"]):
        assert "例" in event.introduction or "example" in event.introduction


def test_no_news_pre_announces_an_operation(demo_content):
    assert not NewsPage.objects.filter(slug="international-cooperation-period-2025-announced").exists()


def test_one_name_for_the_quick_exit_and_the_right_term(client, demo_content):
    for page in Page.objects.live().filter(depth__gt=1).specific()[:200]:
        response = client.get(page.url)
        if response.status_code != 200:
            continue
        html = response.content.decode()
        assert "クイック出口" not in html, page.url
        assert "マテリアル" not in html, page.url
