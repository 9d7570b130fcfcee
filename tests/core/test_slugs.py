"""Slugs that work for Japanese titles, and no page shadowed by its parent's routes (core/slugs.py)."""

from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import translation

from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail.users.models import UserProfile

import pytest

from campaigns import schedule
from campaigns.models import CampaignCalendarPage, CampaignPage
from core import slugs
from core.models import RoutableBasePage
from tests.factories import calendar_tree

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("児童虐待防止推進全国フォーラム", "jidou-gyakutai-boushi-suishin-zenkoku-forum"),
        ("児童虐待防止推進月間（2027年）", "jidou-gyakutai-boushi-suishin-gekkan-2027-nen"),
        ("オレンジリボン・キャンペーン 2027", "orange-ribbon-campaign-2027"),
        ("令和9年度 学校向け教材", "reiwa-9-nendo-gakkoumuke-kyouzai"),
        ("Safer Internet Day 2027", "safer-internet-day-2027"),
        ("2027", "page-2027"),
        ("！？", ""),
    ],
)
def test_a_readable_ascii_slug_is_proposed(title, slug):
    assert slugs.propose(title) == slug


def test_a_proposal_never_takes_a_parents_route():
    assert slugs.propose("past", CampaignCalendarPage()) == "page-past"
    assert slugs.propose("past", Page()) == "past"


def test_routable_pages_declare_their_routes():
    assert CampaignCalendarPage.route_first_segments() == [r"(?P<year>\d{4})", "past", r"calendar\.ics"]
    from materials.models import MaterialsIndexPage
    from news.models import NewsIndexPage

    assert MaterialsIndexPage.route_first_segments() == ["packs"]
    assert NewsIndexPage.route_first_segments() == [r"rss\.xml", r"atom\.xml"]


@pytest.mark.parametrize(
    ("slug", "words"),
    [("2027", ("digits only", "数字だけ")), ("past", ("past", "past")), ("packs", ("packs", "packs"))],
)
def test_shadowed_and_numeric_slugs_are_refused(slug, words):
    from materials.models import MaterialsIndexPage

    parent = MaterialsIndexPage(title="教材") if slug == "packs" else CampaignCalendarPage(title="キャンペーン")
    for language, word in zip(("en", "ja"), words, strict=True):
        with translation.override(language):
            message = slugs.problem(slug, parent)
        assert message and word in message, (language, message)
    assert slugs.problem("campaign-2027", parent) is None


class TestInTheAdmin:
    @pytest.fixture
    def calendar(self):
        return calendar_tree()[0]

    @pytest.fixture
    def editor(self):
        user = get_user_model().objects.create_superuser("slug-editor", "slug@example.org", "x", first_name="太郎")
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "ja"
        profile.save()
        client = Client()
        client.force_login(user)
        return client

    def create(self, client, calendar, title, slug):
        return client.post(
            f"/admin/pages/add/campaigns/campaignpage/{calendar.pk}/",
            nested_form_data(
                {
                    "title": title,
                    "slug": slug,
                    "introduction": "毎年11月。",
                    "schedule_kind": schedule.ANNUAL_MONTH,
                    "month": 11,
                    "first_year": 2027,
                    "year_overrides": inline_formset([]),
                    "body": streamfield([]),
                    "related_links": streamfield([]),
                }
            ),
        )

    def test_a_blank_slug_is_made_in_romaji(self, editor, calendar):
        response = self.create(editor, calendar, "児童虐待防止推進全国フォーラム", "")
        assert response.status_code == 302, response.context["form"].errors
        page = CampaignPage.objects.get(title="児童虐待防止推進全国フォーラム")
        assert page.slug == "jidou-gyakutai-boushi-suishin-zenkoku-forum"
        again = self.create(editor, calendar, "児童虐待防止推進全国フォーラム", "")
        assert again.status_code == 302
        assert CampaignPage.objects.filter(slug="jidou-gyakutai-boushi-suishin-zenkoku-forum-2").exists()

    @pytest.mark.parametrize("slug", ["2027", "past"])
    def test_a_numeric_or_shadowed_slug_is_refused_in_japanese_with_a_summary_naming_the_tab(
        self, editor, calendar, slug
    ):
        response = self.create(editor, calendar, "児童虐待防止推進月間（2027年）", slug)
        assert response.status_code == 200
        assert not CampaignPage.objects.filter(slug=slug).exists()
        field_errors = " ".join(response.context["form"].errors["slug"])
        assert ("数字だけ" in field_errors) if slug == "2027" else ("使えません" in field_errors)
        top = " ".join(str(message) for message in response.context["messages"])
        assert "「プロモート」タブ" in top and "スラッグ" in top, top


def test_no_page_in_the_demo_is_shadowed_and_translations_share_their_slug(client, demo_content):
    """Across the whole tree: every page's slug is usable under its parent, the page's own address reaches
    it (not a route of its parent), and a translation has the slug of its source."""
    pages = list(Page.objects.filter(depth__gt=1).specific().order_by("path"))
    by_key = {}
    for page in pages:
        parent = page.get_parent()
        assert page.slug and not page.slug.isdigit(), page.url_path
        assert slugs.route_problem(page.slug, parent.specific) is None, page.url_path
        by_key.setdefault(page.translation_key, set()).add(page.slug)
        if isinstance(parent.specific, RoutableBasePage) and page.live:
            response = client.get(page.url)
            assert response.status_code == 200, page.url
            assert response.context["page"].pk == page.pk, f"{page.url} answered by a route of its parent"
    differing = [found for found in by_key.values() if len(found) > 1]
    assert differing == [{"home", "home-en"}]  # the two home pages share the root, so cannot share a slug


def test_a_new_page_is_created_only_when_saved_but_edits_keep_autosave(client, site_tree):
    """Wagtail's autosave would create a new page from the first keystrokes, and an abandoned attempt would
    stay behind as a draft holding its slug (core/views.create_page)."""
    client.force_login(get_user_model().objects.create_superuser("autosave", "autosave@example.org", "x"))
    home = site_tree["home_ja"]
    create = client.get(f"/admin/pages/add/home/contentpage/{home.pk}/")
    assert create.status_code == 200 and create.context["autosave_enabled"] is False
    assert "w-autosave#save" not in create.content.decode()
    edit = client.get(f"/admin/pages/{site_tree['about_ja'].pk}/edit/")
    assert "w-autosave#save" in edit.content.decode()
