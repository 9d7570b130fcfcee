"""Page tree rules, creation through the admin, and rendering in both languages."""

from wagtail.models import Page, get_page_models
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from campaigns.models import CampaignCalendarPage
from figures.models import StatisticsPage
from guidance.models import GuidanceIndexPage
from help.models import HelpIndexPage
from home.models import ContentPage, HomePage
from materials.models import MaterialsIndexPage
from news.models import NewsIndexPage
from tests.factories import ContentPageFactory, build_site

PROJECT_APPS = {"core", "home", "campaigns", "materials", "help", "guidance", "figures", "news"}


def project_page_models():
    return [m for m in get_page_models() if m._meta.app_label in PROJECT_APPS and not m._meta.abstract]


class TestPageTreeRules(WagtailPageTestCase):
    def test_home_page_lives_at_the_root_of_each_language(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_home_page_holds_content_pages_and_the_section_pages(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                ContentPage,
                GuidanceIndexPage,
                StatisticsPage,
                CampaignCalendarPage,
                MaterialsIndexPage,
                NewsIndexPage,
                HelpIndexPage,
            },
        )

    def test_content_page_lives_under_home_or_another_content_page(self):
        self.assertAllowedParentPageTypes(ContentPage, {HomePage, ContentPage, HelpIndexPage})

    def test_content_page_holds_content_pages(self):
        self.assertAllowedSubpageTypes(ContentPage, {ContentPage})

    def test_every_page_type_declares_its_rules_description_and_template(self):
        models = project_page_models()
        assert models, "no page models found"
        for model in models:
            with self.subTest(model=model.__name__):
                for attribute in ("parent_page_types", "subpage_types", "page_description", "template"):
                    assert attribute in model.__dict__, f"{model.__name__} does not declare {attribute}"
                assert str(model.page_description).strip()


class TestCreationInTheAdmin(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home_ja, cls.home_en = build_site()

    def setUp(self):
        self.user = self.login()

    def test_editor_can_create_a_content_page_with_a_body(self):
        self.assertCanCreate(
            self.home_ja,
            ContentPage,
            nested_form_data(
                {
                    "title": "保護者の方へ",
                    "slug": "for-parents",
                    "introduction": "家庭でできることをまとめました。",
                    "show_children": True,
                    "body": streamfield(
                        [
                            ("heading", {"text": "フィルタリング", "level": "h2"}),
                            ("paragraph", rich_text("<p>スマートフォンのWi-Fiにもフィルタリングを。</p>")),
                            (
                                "callout",
                                {
                                    "tone": "warning",
                                    "heading": "画像は送らない",
                                    "text": rich_text("<p>一度送った画像は取り戻せません。</p>"),
                                },
                            ),
                            ("quote", {"quote": "被害は終わらない。", "attribution": "キャンペーン"}),
                            (
                                "call_to_action",
                                {"text": "相談する", "page": "", "url": "https://www.internethotline.jp/"},
                            ),
                        ]
                    ),
                }
            ),
        )
        page = ContentPage.objects.get(slug="for-parents")
        assert [block.block_type for block in page.body] == [
            "heading",
            "paragraph",
            "callout",
            "quote",
            "call_to_action",
        ]

    def test_editor_can_create_a_home_page_at_the_root(self):
        self.assertCanCreate(
            Page.get_first_root_node(),
            HomePage,
            nested_form_data(
                {
                    "title": "Another home",
                    "slug": "another-home",
                    "hero_heading": "Protect children",
                    "hero_text": "Know the law.",
                    "body": streamfield([]),
                }
            ),
        )

    def test_content_page_cannot_be_created_at_the_root(self):
        self.assertCanNotCreateAt(Page, ContentPage)

    def test_home_page_cannot_be_created_under_a_content_page(self):
        self.assertCanNotCreateAt(ContentPage, HomePage)

    def test_a_call_to_action_with_a_page_and_an_address_is_refused_in_the_admin(self):
        response = self.client.post(
            f"/admin/pages/add/home/contentpage/{self.home_ja.pk}/",
            nested_form_data(
                {
                    "title": "Bad link",
                    "slug": "bad-link",
                    "introduction": "",
                    "body": streamfield(
                        [("call_to_action", {"text": "Go", "page": self.home_ja.pk, "url": "https://example.org/"})]
                    ),
                }
            ),
        )
        assert response.status_code == 200  # the form is shown again with the error
        assert not ContentPage.objects.filter(slug="bad-link").exists()
        errors = str(response.context["form"].errors["body"].as_data()[0].as_json_data())
        assert "not both" in errors or "両方は指定できません" in errors


@pytest.mark.django_db
class TestRenderingInBothLanguages:
    def test_home_pages_render_in_their_language(self, client, site_tree):
        ja = client.get("/ja/")
        en = client.get("/en/")
        assert ja.status_code == en.status_code == 200
        assert '<html lang="ja"' in ja.content.decode()
        assert '<html lang="en"' in en.content.decode()
        assert site_tree["home_ja"].hero_heading in ja.content.decode()
        assert "Protect children" in en.content.decode()

    @pytest.mark.parametrize("language", ["ja", "en"])
    def test_every_project_page_type_renders(self, client, demo_content, language):
        for model in project_page_models():
            if language != "ja" and model.__dict__.get("is_easy_version"):
                continue  # やさしい日本語 is Japanese only: EasyReadPage.can_create_at refuses other languages
            page = model.objects.live().filter(locale__language_code=language).first()
            assert page is not None, f"no {model.__name__} in the demo content ({language})"
            response = client.get(page.get_url())
            assert response.status_code == 200, page.url
            assert f'<html lang="{language}"' in response.content.decode()

    def test_content_page_lists_its_subpages_and_translated_interface(self, client, site_tree):
        child = ContentPageFactory(
            parent=site_tree["about_ja"], title="プライバシー", slug="privacy", listing_summary="何も集めません。"
        )
        child.save_revision().publish()
        html = client.get("/ja/about/").content.decode()
        assert "このセクションのページ" in html  # "In this section", translated
        assert "プライバシー" in html and "何も集めません。" in html
        assert "本文へ移動" in html  # the skip link, translated

    def test_language_switcher_leads_to_the_translation(self, client, site_tree):
        html = client.get("/ja/about/").content.decode()
        assert 'href="/en/about/"' in html
        assert 'hreflang="en"' in html

    def test_language_switcher_falls_back_to_the_home_page_when_untranslated(self, client, site_tree):
        only_ja = ContentPageFactory(parent=site_tree["home_ja"], title="日本語だけ", slug="ja-only")
        only_ja.save_revision().publish()
        html = client.get("/ja/ja-only/").content.decode()
        assert 'href="/en/"' in html
        assert "this page is not translated" not in html  # the hint is translated on Japanese pages
        assert "このページは翻訳されていません" in html

    def test_breadcrumbs_lead_home(self, client, site_tree):
        child = ContentPageFactory(parent=site_tree["about_ja"], slug="terms", title="利用規約")
        child.save_revision().publish()
        html = client.get("/ja/about/terms/").content.decode()
        assert 'aria-label="パンくずリスト"' in html
        assert 'href="/ja/">ホーム</a>' in html
        assert 'aria-current="page">利用規約</li>' in html

    def test_unpublished_pages_are_not_served(self, client, site_tree):
        ContentPageFactory(parent=site_tree["home_ja"], slug="draft", live=False)
        assert client.get("/ja/draft/").status_code == 404
