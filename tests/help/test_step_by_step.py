"""Step-by-step guides (help.StepByStepPage, the GOV.UK pattern): numbered steps joined by "and" / "or",
with links, the quick exit, and a "Part of" panel on every page a step links to."""

from wagtail.blocks import StructBlockValidationError

import pytest
from bs4 import BeautifulSoup

from help.blocks import StepLinkBlock
from help.models import StepByStepPage

pytestmark = pytest.mark.django_db
SLUG = "if-someone-threatens-to-share-an-image"


def soup(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.mark.parametrize(
    ("language", "title", "joined"),
    [("ja", "画像で脅されたら", "あわせて"), ("en", "If someone threatens to share an image", "and")],
)
def test_the_sextortion_guide_in_both_languages(client, demo_content, language, title, joined):
    page = soup(client, f"/{language}/help/{SLUG}/")
    assert page.h1.get_text(strip=True) == title
    labels = [label.get_text(strip=True) for label in page.select(".step__label")]
    assert labels == ["1", "2", joined, "3", "4", joined]
    assert page.select_one("a[data-quick-exit]") is not None
    assert page.select_one("main form") is None and not page.select('input[type="file"]')
    for link in page.select(".step__links a[href^='http']"):
        assert link["rel"] == ["noreferrer"]
    hrefs = [a["href"] for a in page.select(".step__links a")]
    assert "https://takeitdown.ncmec.org/" in hrefs and "https://www.internethotline.jp/" in hrefs
    assert f"/{language}/help/where-to-report/" in hrefs
    # each step is a heading a screen reader can jump to, with its number said in words
    assert all(h.select_one(".visually-hidden") for h in page.select("h2.step__heading"))


@pytest.mark.parametrize(
    ("url", "here"),
    [
        ("/en/help/where-to-report/", "Report the web address"),
        ("/ja/help/where-to-report/", "URLを通報する"),
        ("/en/help/", "Tell an adult you trust, or call"),
        ("/ja/guidance/for-children-and-young-people/", "信頼できる大人に話すか、電話する"),
    ],
)
def test_the_pages_it_links_to_show_it(client, demo_content, url, here):
    page = soup(client, url)
    nav = page.select_one("nav.step-nav")
    assert nav is not None, url
    assert nav.select_one(f"a[href$='/help/{SLUG}/']") is not None
    current = nav.select('[aria-current="step"]')
    assert len(current) == 1 and here in current[0].get_text()


def test_a_page_it_does_not_link_to_shows_nothing(client, demo_content):
    assert soup(client, "/en/guidance/what-the-law-forbids/").select_one("nav.step-nav") is None


def test_an_unpublished_guide_shows_on_no_page(client, demo_content):
    for guide in StepByStepPage.objects.all():
        guide.unpublish()
    assert soup(client, "/en/help/where-to-report/").select_one("nav.step-nav") is None


def test_a_link_needs_a_page_or_an_address_and_a_text():
    block = StepLinkBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"page": None, "url": "", "text": "Somewhere"}))
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"page": None, "url": "https://www.internethotline.jp/", "text": ""}))
    assert block.clean(block.to_python({"page": None, "url": "https://www.internethotline.jp/", "text": "IHC"}))
