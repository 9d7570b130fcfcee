"""Pages by age: at least three guidance pages for primary-school children and three for young people aged
12 to 17 in each language, each with the quick exit, listed first in the guidance section and linked from
the home and help pages (the "Need help now?" box)."""

import pytest
from bs4 import BeautifulSoup

from guidance.models import GuidancePage

pytestmark = pytest.mark.django_db
BANDS = ["primary-children", "young-people"]


def soup(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.mark.parametrize("language", ["ja", "en"])
@pytest.mark.parametrize("band", BANDS)
def test_three_pages_for_each_age_band_with_the_quick_exit(client, demo_content, language, band):
    pages = GuidancePage.objects.live().filter(locale__language_code=language, audiences__slug=band).distinct()
    assert pages.count() >= 3
    for page in pages:
        assert page.show_quick_exit
        assert soup(client, page.url).select_one("a[data-quick-exit]") is not None


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_childrens_groups_come_first_in_the_guidance_section(client, demo_content, language):
    groups = [section["id"] for section in soup(client, f"/{language}/guidance/").select("section.guidance-group")]
    assert groups[:2] == [f"for-{band}" for band in BANDS]


@pytest.mark.parametrize("url", ["/ja/", "/en/", "/ja/help/", "/en/help/"])
def test_the_home_and_help_pages_link_to_them(client, demo_content, url):
    language = url.split("/")[1]
    hrefs = [a["href"] for a in soup(client, url).select(".urgent-help__children a")]
    assert hrefs == [f"/{language}/guidance/#for-{band}" for band in BANDS]
    index = soup(client, f"/{language}/guidance/")
    for band in BANDS:
        assert index.select_one(f"#for-{band} .card") is not None or index.select_one(f"#for-{band} a")
