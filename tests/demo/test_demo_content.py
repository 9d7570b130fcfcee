"""The demo loader: whole tree in both languages, real content, idempotent, scalable."""

import re

from django.core.management import CommandError, call_command
from django.utils.html import strip_tags

from wagtail.models import Page, Revision, Site

import pytest

from core.models import SiteSettings
from home.models import HomePage

SECTIONS = ["guidance", "figures", "campaigns", "materials", "help", "news", "about"]

pytestmark = pytest.mark.django_db


def load(**kwargs):
    from io import StringIO

    out = StringIO()
    call_command("load_demo_content", stdout=out, **kwargs)
    return out.getvalue()


def test_loader_is_idempotent(demo_content):
    """Loading the demo site again, over itself, changes nothing (the first load is demo_content's)."""
    pages, revisions = Page.objects.count(), Revision.objects.count()
    latest = list(Page.objects.order_by("pk").values_list("pk", "latest_revision_id", "last_published_at"))
    assert pages > 100
    assert "nothing changed" in load()
    assert Page.objects.count() == pages
    assert Revision.objects.count() == revisions
    assert list(Page.objects.order_by("pk").values_list("pk", "latest_revision_id", "last_published_at")) == latest


def test_site_root_is_the_japanese_home_page_and_the_placeholder_is_gone(demo_content):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert site.root_page.locale.language_code == "ja"
    assert not Page.objects.filter(depth=2, content_type__model="page").exists()
    assert HomePage.objects.filter(locale__language_code="en").count() == 1


@pytest.mark.parametrize("language", ["ja", "en"])
def test_every_section_exists_with_the_same_ascii_slug(client, language, demo_content):
    for slug in SECTIONS:
        response = client.get(f"/{language}/{slug}/")
        assert response.status_code == 200, slug
        assert re.fullmatch(r"[a-z-]+", slug)


def test_every_live_page_is_reachable_and_translated(demo_content):
    from django.test import Client

    from guidance.models import EasyReadPage

    client = Client()
    pages = list(Page.objects.live().filter(depth__gte=2))
    assert len(pages) >= 24
    easy_versions = set(EasyReadPage.objects.values_list("pk", flat=True))  # やさしい日本語 has no English
    assert easy_versions
    for page in pages:
        assert client.get(page.url).status_code == 200, page.url
        if page.pk not in easy_versions:
            assert page.get_translations().live().exists(), f"{page.url} has no translation"


def test_content_is_real_and_sourced(demo_content):
    from figures.models import Dataset
    from guidance.models import GuidancePage

    law_en = GuidancePage.objects.get(slug="what-the-law-forbids", locale__language_code="en")
    assert "15 July 2015" in strip_tags(str(law_en.body)) + " ".join(str(f.value) for f in law_en.key_facts)
    filtering = GuidancePage.objects.get(slug="protecting-your-child-online", locale__language_code="ja")
    assert "フィルタリング" in strip_tags(str(filtering.body))
    operation = Dataset.objects.get(slug="operation-cyber-guardian-2025", locale__language_code="ja")
    assert operation.source and operation.as_of.isoformat() == "2025-03-28"
    assert "544" in operation.to_csv()
    from help.models import Helpline, ReportGuidePage

    assert Helpline.objects.filter(locale__language_code="en", phone_number="0120-007-110", toll_free=True).exists()
    guide = ReportGuidePage.objects.get(locale__language_code="en")
    assert "https://www.internethotline.jp/" in str(guide.routes.raw_data)


# The law and the 2025 period have "child pornography" in their official names; the site says
# "child sexual abuse material" everywhere else.
ALLOWED_EN = [
    "Act on Punishment of Activities Relating to Child Prostitution and Child Pornography",
    "Period for Strengthening International Cooperation on the Combating of Child Pornography",
    '"No!! Child Pornography"',
    '"child pornography" only when quoting the law',
    'The law uses the words "child pornography"',
    "Act on Regulation and Punishment of Acts Relating to Child Prostitution and Child Pornography",
    '("child pornography" in the Act)',
]
ALLOWED_JA = [
    "児童買春、児童ポルノに係る行為等の規制及び処罰並びに児童の保護等に関する法律",
    "児童買春・児童ポルノ禁止法",
    "児童ポルノ対策に係る国際連携強化期間",
    "「No!! 児童ポルノ」",
    "「児童ポルノ」と表記",
    "児童ポルノ事犯で初めて",
    "法律の名前には「児童ポルノ」という言葉",
    "児童買春、児童ポルノに係る行為等の処罰及び児童の保護等に関する法律の一部を改正する法律",
    "法律では「児童ポルノ」",
]


def test_the_term_child_pornography_appears_only_when_quoting_names(client, demo_content):
    for page in Page.objects.live().filter(depth__gte=2):
        html = client.get(page.url).content.decode()
        text = strip_tags(html).replace("&quot;", '"')
        for allowed in ALLOWED_EN + ALLOWED_JA:
            text = text.replace(allowed, "")
        assert "pornography" not in text.lower(), page.url
        assert "児童ポルノ" not in text, page.url


def test_site_settings_point_at_the_footer_pages(client, demo_content):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert settings.privacy_page.slug == "privacy"
    html = client.get("/en/").content.decode()
    assert 'href="/en/about/privacy/"' in html and 'href="/en/about/accessibility/"' in html
    assert 'href="/en/help/"' in html


def test_scale_adds_generated_listing_content_in_both_languages(demo_content):
    from campaigns.models import CampaignPage, EventPage
    from news.models import NewsPage

    generated = {
        "news": lambda: NewsPage.objects.filter(slug__startswith="generated-").count(),
        "campaigns": lambda: CampaignPage.objects.filter(slug__startswith="generated-").count(),
        "events": lambda: EventPage.objects.filter(slug__startswith="generated-").count(),
    }
    assert {name: count() for name, count in generated.items()} == {"news": 0, "campaigns": 0, "events": 0}
    assert "additions or changes" in load(scale=3)
    # (3 - 1) times 5 news pages, 3 campaigns and 5 events, each in two languages
    expected = {"news": 20, "campaigns": 12, "events": 20}
    assert {name: count() for name, count in generated.items()} == expected
    load(scale=3)
    assert {name: count() for name, count in generated.items()} == expected


@pytest.mark.parametrize("scale", [0, -1, 5000])
def test_scale_out_of_range_is_refused(scale):
    with pytest.raises(CommandError):
        load(scale=scale)
