"""やさしい日本語 with readings: ruby in the editor's notation (core/readings.py), suggestions from UniDic, the
grade table and the kanji check (core/kanji.py), and the easy-Japanese versions of children's pages
(guidance.EasyReadPage), linked both ways."""

import json

from django.template import Context, Template
from django.utils.safestring import mark_safe

from wagtail.rich_text import RichText
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest
from bs4 import BeautifulSoup

from core import kanji, readings
from guidance.models import EasyReadPage, GuidanceIndexPage, GuidancePage
from tests.factories import build_site

pytestmark = pytest.mark.django_db
EASY_PAGES = [
    "/ja/guidance/for-children-and-young-people/yasashii-nihongo/",
    "/ja/guidance/teens-if-an-image-of-you-is-shared/yasashii-nihongo/",
    "/ja/help/if-someone-threatens-to-share-an-image/yasashii-nihongo/",
]


def soup(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content.decode(), "html.parser")


class TestNotation:
    def test_ruby_from_both_forms_of_the_notation(self):
        html = readings.to_html("｜大人《おとな》に話《はな》す")
        assert html == "<ruby>大人<rt>おとな</rt></ruby>に<ruby>話<rt>はな</rt></ruby>す"
        # without ｜ the base is the run of kanji just before 《: the kana before it stay outside the ruby
        assert readings.to_html("お金《かね》") == "お<ruby>金<rt>かね</rt></ruby>"

    def test_plain_text_is_escaped_first(self):
        assert readings.to_html("<b>｜漢字《かんじ》</b>") == "&lt;b&gt;<ruby>漢字<rt>かんじ</rt></ruby>&lt;/b&gt;"

    def test_in_html_leaves_tags_and_attributes_alone(self):
        markup = mark_safe('<a href="/x" title="｜人《ひと》">｜人《ひと》</a>')
        assert str(readings.in_html(markup)) == '<a href="/x" title="｜人《ひと》"><ruby>人<rt>ひと</rt></ruby></a>'

    def test_strip_and_segments(self):
        assert readings.plain("｜写真《しゃしん》を送《おく》る") == "写真を送る"
        assert readings.segments("｜写真《しゃしん》を") == [("写真", "しゃしん"), ("を", None)]
        assert readings.plain("《》だけ") == "《》だけ"  # no base or no reading: not a reading

    def test_the_filters(self):
        template = Template("{% load site_tags %}{{ text|ruby }} {{ text|without_readings }}")
        assert template.render(Context({"text": "｜体《からだ》"})) == "<ruby>体<rt>からだ</rt></ruby> 体"


class TestSuggestions:
    def test_a_reading_on_each_kanji_word(self):
        assert readings.suggest("写真を送る") == "｜写真《しゃしん》を｜送《おく》る"

    def test_kana_inside_a_word_stay_outside_its_readings(self):
        assert readings.suggest("取り扱い") == "｜取《と》り｜扱《あつか》い"

    def test_an_existing_reading_is_kept(self):
        assert readings.suggest("｜大人《たいじん》と話す") == "｜大人《たいじん》と｜話《はな》す"

    def test_only_the_words_asked_for(self):
        assert readings.suggest("学校で犯罪", wants=lambda word: "犯" in word) == "学校で｜犯罪《はんざい》"

    def test_rich_text_keeps_its_tags_and_spaces(self):
        suggested = readings.suggest('<p>ときは <a href="/help/">相談</a> する</p>', html=True)
        assert suggested == '<p>ときは <a href="/help/">｜相談《そうだん》</a> する</p>'


class TestGradeTable:
    def test_meXT_2020_counts(self):
        table = json.loads(kanji.DATA.read_text(encoding="utf-8"))
        assert {grade: len(chars) for grade, chars in table["grades"].items()} == {
            "1": 80,
            "2": 160,
            "3": 200,
            "4": 202,
            "5": 193,
            "6": 191,
            "8": 1110,
        }
        assert "KANJIDIC2" in table["source"] and "学年別漢字配当表" in table["source"]

    def test_the_2020_moves(self):
        # the prefecture kanji came into year 4, and 37 others moved between years 4 to 6
        assert [kanji.grade_of(ch) for ch in "茨城賀型胃"] == [4, 4, 4, 5, 6]
        assert kanji.grade_of("罰") == kanji.JUNIOR_HIGH and kanji.grade_of("淫") is not None
        assert kanji.grade_of("龍") is None  # outside the 常用漢字


class TestCheck:
    def test_a_year_5_kanji_is_flagged_for_year_3_and_passes_for_adults(self):
        text = ["犯罪はゆるされない"]
        flagged = kanji.check(text, 3).problems
        assert [finding.kanji for finding in flagged] == ["犯", "罪"]
        assert flagged[0].grade == 5 and flagged[0].without_reading == 1
        assert kanji.check(text, None).problems == []
        assert kanji.check(text, 5).problems == []

    def test_a_reading_clears_it(self):
        result = kanji.check(["｜犯罪《はんざい》はゆるされない"], 3)
        assert result.problems == [] and [finding.kanji for finding in result.above_grade] == ["犯", "罪"]

    def test_junior_and_senior_high(self):
        assert [f.kanji for f in kanji.check(["刑罰"], 7).problems] == ["刑", "罰"]  # not primary-school kanji
        assert kanji.check(["刑罰"], 10).problems == []
        assert [f.kanji for f in kanji.check(["龍"], 10).problems] == ["龍"]

    def test_on_an_easy_page_every_kanji_needs_a_reading(self):
        result = kanji.check(["山に｜行《い》く"], 3, every_kanji_needs_reading=True)
        assert [finding.kanji for finding in result.problems] == ["山"]


class TestPages(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home_ja, cls.home_en = build_site()
        cls.index = GuidanceIndexPage(title="知る・防ぐ", slug="guidance")
        cls.home_ja.add_child(instance=cls.index)

    def setUp(self):
        self.user = self.login()

    def guidance(self, reader_grade, body="<p>犯罪はゆるされません。</p>", slug="page"):
        page = GuidancePage(
            title="からだの こと",
            slug=slug,
            introduction="はじめに",
            body=[("paragraph", RichText(body))],
            reader_grade=reader_grade,
        )
        self.index.add_child(instance=page)
        page.save_revision().publish()
        return page

    def test_the_editor_sees_the_check_on_a_page_for_year_3_and_not_on_one_for_adults(self):
        for_children = self.guidance(3)
        for_adults = self.guidance(None, slug="adults")
        assert [f.kanji for f in for_children.kanji_check().problems] == ["犯", "罪"]
        assert for_adults.kanji_check().problems == []
        edit = self.client.get(f"/admin/pages/{for_children.pk}/edit/").content.decode()
        panel = BeautifulSoup(edit, "html.parser").select_one("ul.kanji-check")
        assert panel is not None and "犯" in panel.get_text() and "小学5年" in panel.get_text()
        adult_edit = self.client.get(f"/admin/pages/{for_adults.pk}/edit/").content.decode()
        assert 'class="kanji-check"' not in adult_edit and "大人向けのページはチェックしません" in adult_edit

    def form(self, **fields):
        return nested_form_data(
            {
                "title": "からだの こと",
                "slug": "body",
                "introduction": "はじめに",
                "key_facts": streamfield([]),
                "body": streamfield(
                    [("heading", {"text": "犯罪のこと", "level": "h2"}), ("paragraph", rich_text("<p>犯罪です。</p>"))]
                ),
                "show_quick_exit": True,
                "reader_grade": 3,
                "related_helplines": inline_formset([]),
                "related_materials": inline_formset([]),
                "owner": self.user.pk,
                **fields,
            }
        )

    def test_suggest_readings_fills_them_in_when_saving(self):
        self.assertCanCreate(self.index, GuidancePage, self.form(suggest_readings="on", title="犯罪のこと"))
        page = GuidancePage.objects.get(slug="body")
        assert page.title_with_readings == "｜犯罪《はんざい》のこと"
        assert page.body[0].value["text"] == "｜犯罪《はんざい》のこと"
        assert "｜犯罪《はんざい》です" in page.body[1].value.source
        assert page.kanji_check().problems == []

    def test_a_heading_that_is_not_the_title_is_never_shown(self):
        page = GuidancePage(title="Who to tell", title_with_readings="｜話《はな》せる ところ")  # a translation's copy
        assert page.heading_with_readings == "Who to tell"

    def test_the_title_with_readings_must_be_the_title(self):
        response = self.client.post(
            f"/admin/pages/add/guidance/guidancepage/{self.index.pk}/",
            self.form(title_with_readings="｜体《からだ》の こと"),
        )
        assert response.status_code == 200
        assert "title_with_readings" in response.context["form"].errors
        assert not GuidancePage.objects.filter(slug="body").exists()

    def test_an_easy_version_only_under_a_japanese_page(self):
        page = self.guidance(3)
        english = page.copy_for_translation(self.home_en.locale, copy_parents=True)
        assert EasyReadPage.can_create_at(page)
        assert not EasyReadPage.can_create_at(english)
        self.assertCanCreate(
            page,
            EasyReadPage,
            nested_form_data(
                {
                    "title": "からだの こと（やさしい日本語）",
                    "title_with_readings": "からだの こと（やさしい｜日本語《にほんご》）",
                    "slug": "yasashii-nihongo",
                    "introduction": "｜体《からだ》の こと",
                    "body": streamfield([("paragraph", rich_text("<p>｜大人《おとな》に ｜話《はな》そう。</p>"))]),
                    "reader_grade": 2,
                }
            ),
        )
        easy = EasyReadPage.objects.get(slug="yasashii-nihongo")
        assert easy.kanji_check().problems == []
        easy.title_with_readings = ""  # the title's 日本語 then has no reading: on an easy page, every kanji needs one
        assert [finding.kanji for finding in easy.kanji_check().problems] == ["日", "本", "語"]

    def test_a_new_easy_version_can_be_previewed(self):
        page = self.guidance(3)
        url = f"/admin/pages/add/guidance/easyreadpage/{page.pk}/preview/"
        data = nested_form_data(
            {
                "title": "からだの こと（やさしい日本語）",
                "slug": "yasashii-nihongo",
                "introduction": "｜体《からだ》の こと",
                "body": streamfield([("paragraph", rich_text("<p>｜大人《おとな》に ｜話《はな》そう。</p>"))]),
                "reader_grade": 3,
            }
        )
        assert self.client.post(url, data).json()["is_valid"]
        preview = self.client.get(url).content.decode()
        assert "<ruby>大人<rt>おとな</rt></ruby>" in preview and "<ruby>体<rt>からだ</rt></ruby>" in preview


class TestDemo:
    @pytest.mark.parametrize("url", EASY_PAGES)
    def test_easy_pages_have_readings_and_link_both_ways(self, client, demo_content, url):
        page = soup(client, url)
        assert page.h1.select("ruby rt"), "the heading has readings"
        assert len(page.select("main ruby")) > 10
        assert page.html["lang"] == "ja"
        assert page.select_one("a[data-quick-exit]") is not None
        usual = page.select_one(".easy-version-link a")["href"]
        assert url.startswith(usual)
        back = soup(client, usual).select_one(".easy-version-link a")
        assert back["href"] == url and back["lang"] == "ja"
        # readings never reach the <title>, the description or the anchors
        assert "《" not in page.title.get_text() and "《" not in page.select_one('meta[name="description"]')["content"]
        assert all("《" not in heading.get("id", "") for heading in page.select("h2"))

    def test_every_kanji_on_the_demo_easy_pages_has_a_reading(self, demo_content):
        pages = EasyReadPage.objects.live()
        assert pages.count() >= 3
        for page in pages:
            assert page.kanji_check().problems == [], page.url_path

    def test_the_primary_pages_pass_the_check_for_year_3(self, demo_content):
        pages = GuidancePage.objects.filter(slug__startswith="kids-", locale__language_code="ja")
        assert pages.count() == 3
        for page in pages:
            assert page.reader_grade == 3 and page.kanji_check().problems == [], page.slug

    def test_english_pages_have_no_link(self, client, demo_content):
        assert soup(client, "/en/guidance/for-children-and-young-people/").select_one(".easy-version-link") is None

    def test_in_the_sitemap(self, client, demo_content):
        sitemap = client.get("/sitemap.xml").content.decode()
        for url in EASY_PAGES:
            assert url in sitemap

    def test_search_finds_them_without_the_notation(self, client, demo_content):
        results = soup(client, "/ja/search/?q=やさしい日本語")
        text = results.select_one("main").get_text()
        assert "画像で脅されたら（やさしい日本語）" in text and "《" not in text
