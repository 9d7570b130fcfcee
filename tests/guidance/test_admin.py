"""Editors create guidance, statistics and news pages through the admin."""

import datetime

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from figures.models import StatisticsPage
from guidance.models import EasyReadPage, GuidanceIndexPage, GuidancePage
from help.models import StepByStepPage
from home.models import HomePage
from news.models import NewsIndexPage, NewsPage
from tests.factories import build_site


class TestSectionRules(WagtailPageTestCase):
    def test_guidance_lives_under_its_index_which_lives_under_home(self):
        self.assertAllowedParentPageTypes(GuidanceIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(GuidanceIndexPage, {GuidancePage})
        self.assertAllowedParentPageTypes(GuidancePage, {GuidanceIndexPage})
        self.assertAllowedSubpageTypes(GuidancePage, {EasyReadPage})
        self.assertAllowedParentPageTypes(EasyReadPage, {GuidancePage, StepByStepPage})
        self.assertAllowedSubpageTypes(EasyReadPage, set())

    def test_news_items_live_under_the_news_index(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedSubpageTypes(NewsPage, set())

    def test_statistics_pages_nest(self):
        self.assertAllowedParentPageTypes(StatisticsPage, {HomePage, StatisticsPage})
        self.assertAllowedSubpageTypes(StatisticsPage, {StatisticsPage})


class TestCreationInTheAdmin(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home_ja, cls.home_en = build_site()
        cls.index = GuidanceIndexPage(title="知る・防ぐ", slug="guidance")
        cls.home_ja.add_child(instance=cls.index)
        cls.news = NewsIndexPage(title="お知らせ", slug="news")
        cls.home_ja.add_child(instance=cls.news)

    def setUp(self):
        self.user = self.login()

    def test_editor_can_create_guidance_with_key_facts_and_review_dates(self):
        today = datetime.date.today()
        self.assertCanCreate(
            self.index,
            GuidancePage,
            nested_form_data(
                {
                    "title": "法律で禁じられていること",
                    "slug": "the-law",
                    "introduction": "何が犯罪になるか。",
                    "key_facts": streamfield([("fact", {"heading": "所持も犯罪", "text": "2015年7月15日から。"})]),
                    "body": streamfield([("paragraph", rich_text("<p>本文。</p>"))]),
                    "show_quick_exit": False,
                    "related_helplines": inline_formset([]),
                    "related_materials": inline_formset([]),
                    "last_reviewed": today.isoformat(),
                    "next_review": (today + datetime.timedelta(days=365)).isoformat(),
                    "owner": self.user.pk,
                }
            ),
        )
        page = GuidancePage.objects.get(slug="the-law")
        assert page.next_review == today + datetime.timedelta(days=365)

    def test_editor_can_create_a_news_item(self):
        self.assertCanCreate(
            self.news,
            NewsPage,
            nested_form_data(
                {
                    "title": "11月は児童虐待防止推進月間です",
                    "slug": "november",
                    "date": "2026-10-26",
                    "lead": "毎年11月は児童虐待防止推進月間です。",
                    "body": streamfield([("paragraph", rich_text("<p>本文。</p>"))]),
                }
            ),
        )
