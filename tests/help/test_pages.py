"""Get help: the help page, filters, numbers, "open now", the reporting guide and the quick exit markup."""

import re

from wagtail.models import DraftStateMixin, RevisionMixin, TranslatableMixin, WorkflowMixin
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest
from freezegun import freeze_time

from guidance.models import EasyReadPage
from help.models import HelpIndexPage, Helpline, ReportGuidePage, StepByStepPage
from home.models import ContentPage, HomePage
from tests.factories import build_site

pytestmark = pytest.mark.django_db

WEDNESDAY_MORNING = "2026-11-25 10:00:00+09:00"
SUNDAY_EVENING = "2026-11-22 20:00:00+09:00"


def main(page):
    """The page's main content, without the header (whose search box is a form)."""
    return page.split("<main")[1].split("</main>")[0]


def html(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return response.content.decode()


class TestRules(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home_ja, cls.home_en = build_site()

    def setUp(self):
        self.login()

    def test_tree(self):
        self.assertAllowedParentPageTypes(HelpIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(HelpIndexPage, {ReportGuidePage, StepByStepPage, ContentPage})
        self.assertAllowedParentPageTypes(ReportGuidePage, {HelpIndexPage})
        self.assertAllowedSubpageTypes(ReportGuidePage, set())
        self.assertAllowedParentPageTypes(StepByStepPage, {HelpIndexPage})
        self.assertAllowedSubpageTypes(StepByStepPage, {EasyReadPage})  # its やさしい日本語 version

    def test_create_help_and_the_reporting_guide(self):
        self.assertCanCreate(
            self.home_ja,
            HelpIndexPage,
            nested_form_data({"title": "相談", "slug": "help", "introduction": "", "body": streamfield([])}),
        )
        help_page = HelpIndexPage.objects.get(slug="help")
        self.assertCanCreate(
            help_page,
            ReportGuidePage,
            nested_form_data(
                {
                    "title": "通報先",
                    "slug": "where-to-report",
                    "introduction": "",
                    "evidence_warning": rich_text("<p>画像は送らないで。</p>"),
                    "routes": streamfield(
                        [
                            (
                                "route",
                                {
                                    "situation": "違法な画像を見つけた",
                                    "advice": rich_text("<p>URLだけ。</p>"),
                                    "helpline": "",
                                    "link_url": "https://www.internethotline.jp/",
                                    "link_text": "通報",
                                },
                            )
                        ]
                    ),
                    "body": streamfield([]),
                }
            ),
        )

    def test_create_a_step_by_step_guide(self):
        help_page = HelpIndexPage(title="相談", slug="help")
        self.home_ja.add_child(instance=help_page)

        def step(heading, logic="", links=()):
            return (
                "step",
                {
                    "heading": heading,
                    "logic": logic,
                    "text": rich_text("<p>すること。</p>"),
                    "links": streamfield([("item", link) for link in links]),
                },
            )

        self.assertCanCreate(
            help_page,
            StepByStepPage,
            nested_form_data(
                {
                    "title": "画像で脅されたら",
                    "slug": "if-threatened",
                    "introduction": "順番に進めてください。",
                    "steps": streamfield(
                        [
                            step("お金を払わない"),
                            step(
                                "URLを通報する",
                                "and",
                                [{"page": "", "url": "https://www.internethotline.jp/", "text": "通報"}],
                            ),
                        ]
                    ),
                    "body": streamfield([]),
                }
            ),
        )
        guide = StepByStepPage.objects.get(slug="if-threatened")
        labels = [str(label) for label, _step, _here in guide.numbered_steps()]
        assert labels in (["1", "and"], ["1", "あわせて"])  # the joined step shows its word, not a number
        assert guide.steps[1].value["links"][0]["url"] == "https://www.internethotline.jp/"

    def test_helplines_are_translatable_revisioned_and_go_through_the_workflow(self):
        for mixin in (TranslatableMixin, RevisionMixin, DraftStateMixin, WorkflowMixin):
            assert issubclass(Helpline, mixin)
        from django.contrib.contenttypes.models import ContentType

        from wagtail.models import WorkflowContentType

        assert WorkflowContentType.objects.filter(content_type=ContentType.objects.get_for_model(Helpline)).exists()


class TestHelpPage:
    @pytest.mark.parametrize("language", ["ja", "en"])
    def test_tap_to_call_numbers(self, client, demo_content, language):
        page = html(client, f"/{language}/help/")
        for number, href in (("0120-007-110", "tel:0120007110"), ("189", "tel:189"), ("110", "tel:110")):
            assert f'href="{href}"' in page and f">{number}</a>" in page
        assert page.index("urgent-help-heading") < page.index("helplines-heading"), "the lines open now come first"

    def test_filters_by_who_and_situation_without_javascript(self, client, demo_content):
        everyone = html(client, "/en/help/")
        assert "Consultation Center for Illegal/Harmful Information" in everyone
        child = html(client, "/en/help/?who=child")
        assert "Children&#x27;s Rights Dial 110" in child
        assert "Consultation Center for Illegal/Harmful Information" not in child
        images = html(client, "/en/help/?situation=images-online&who=parent")
        assert "Internet Hotline Center" in images and "Children&#x27;s Rights SOS Mini-Letter" not in images
        assert "<form" not in main(everyone)  # filters are links; the only form is the header's search box

    def test_unknown_filters_are_ignored(self, client, demo_content):
        page = html(client, "/en/help/?who=alien&situation=%00")
        assert "12 helplines" in page and "not recognised" in page

    @freeze_time(WEDNESDAY_MORNING)
    def test_open_now(self, client, demo_content):
        page = html(client, "/en/help/")
        assert "Open now, until 17:15" in page
        assert "Open 24 hours, every day" in page
        response = client.get("/en/help/")
        assert "max-age=3600" in response["Cache-Control"]

    @freeze_time(SUNDAY_EVENING)
    def test_closed_now_skips_the_public_holiday(self, client, demo_content):
        assert "Closed now. Opens Tuesday 24 November at 8:30" in html(client, "/en/help/")
        assert "次の受付は11月24日（火）8:30から" in html(client, "/ja/help/")

    @freeze_time("2026-11-25 17:00:00+09:00")
    def test_the_page_expires_when_a_helpline_opens_or_closes(self, client, demo_content):
        response = client.get("/en/help/")
        assert "max-age=900" in response["Cache-Control"]  # Children's Rights Dial 110 closes at 17:15


class TestReportGuide:
    @pytest.mark.parametrize("language", ["ja", "en"])
    def test_routes_lead_to_the_right_services_without_a_form(self, client, demo_content, language):
        page = html(client, f"/{language}/help/where-to-report/")
        assert "<form" not in main(page) and 'type="file"' not in page
        assert page.count("<details") >= 5
        assert re.search(
            r'<a [^>]*href="https://www\.internethotline\.jp/"[^>]*rel="noreferrer"|<a [^>]*rel="noreferrer"[^>]*href="https://www\.internethotline\.jp/"',
            page,
        )
        for href in ('href="tel:110"', 'href="tel:189"', 'href="tel:0120078310"', 'href="tel:%239110"'):
            assert href in page
        external = re.findall(
            r'<a ([^>]*href="https?://(?!testserver)[^"]*"[^>]*)>', page.split("<main")[1].split("</main>")[0]
        )
        assert external and all('rel="noreferrer"' in attrs for attrs in external)

    def test_it_says_the_site_never_takes_evidence(self, client, demo_content):
        page = html(client, "/en/help/where-to-report/")
        assert "This site never takes evidence" in page
        assert "Do not keep, forward or screenshot images." in page

    def test_linked_from_help(self, client, demo_content):
        assert 'href="/en/help/where-to-report/"' in html(client, "/en/help/")


class TestQuickExit:
    @pytest.mark.parametrize(
        "url", ["/ja/help/", "/en/help/", "/en/help/where-to-report/", "/ja/help/covering-your-tracks/"]
    )
    def test_shown_on_pages_a_child_or_victim_may_read(self, client, demo_content, url):
        page = html(client, url)
        assert "data-quick-exit\n" in page or "data-quick-exit " in page or "data-quick-exit>" in page
        assert 'href="https://www.jma.go.jp/bosai/forecast/" rel="noreferrer" data-quick-exit' in page
        assert '<script src="/static/js/quick-exit.js" defer></script>' in page
        assert 'href="/' + url.split("/")[1] + '/help/covering-your-tracks/"' in page

    @pytest.mark.parametrize(
        "url",
        [
            "/en/",
            "/en/materials/",
            "/ja/materials/family-rules-sheet/",
            "/en/campaigns/",
            "/ja/guidance/",
            "/en/about/",
        ],
    )
    def test_never_on_teacher_campaign_or_general_pages(self, client, demo_content, url):
        assert "data-quick-exit" not in html(client, url)

    def test_the_destination_comes_from_site_settings(self, client, demo_content):
        from wagtail.models import Site

        from core.models import SiteSettings

        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        settings.quick_exit_url = "https://weather.example.jp/"
        settings.save()
        assert 'href="https://weather.example.jp/"' in html(client, "/en/help/")

    def test_the_script_has_the_behaviour_the_issue_asks_for(self):
        from pathlib import Path

        script = (Path(__file__).resolve().parents[2] / "static/js/quick-exit.js").read_text()
        for needle in ("location.replace", "isComposing", "pageshow", "5000", 'event.key === "Shift"'):
            assert needle in script
