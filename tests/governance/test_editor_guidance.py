"""Guidance for editors in the admin: every page type describes itself and opens with its guide and the
publishing rules, in the editor's own language (Japanese unless they chose otherwise); the content checker
runs for signed-in editors, in the userbar and in the preview."""

from django.apps import apps
from django.utils import translation

from wagtail.models import Page, get_page_models

import pytest

from core.editor_guide import PUBLISHING_RULES, EditorGuidePanel, editor_guide_html
from tests.factories import add_campaign, calendar_tree
from tests.governance.conftest import edit_url, set_admin_language

PAGE_MODELS = [model for model in get_page_models() if model is not Page]


def test_the_site_has_the_page_types_we_think():
    assert {m.__name__ for m in PAGE_MODELS} >= {
        "HomePage",
        "ContentPage",
        "CampaignCalendarPage",
        "CampaignPage",
        "EventPage",
        "MaterialsIndexPage",
        "MaterialPage",
        "SchoolRequestPage",
        "HelpIndexPage",
        "ReportGuidePage",
        "GuidanceIndexPage",
        "GuidancePage",
        "StatisticsPage",
        "NewsIndexPage",
        "NewsPage",
    }


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda m: m.__name__)
def test_every_page_type_describes_itself_and_opens_with_its_guide(model):
    assert str(model.page_description).strip()
    assert str(model.editor_guide).strip() and str(model.editor_guide) != str(model.page_description)
    first_panel = model.content_panels[0]
    assert isinstance(first_panel, EditorGuidePanel)
    html = editor_guide_html(model)
    assert str(model.editor_guide) in str(html).replace("&#x27;", "'").replace("&quot;", '"')
    with translation.override("en"):
        assert "Never upload a photograph or drawing of a child" in str(editor_guide_html(model))


def test_every_rule_and_guide_is_translated_into_japanese():
    texts = [*PUBLISHING_RULES, *(model.editor_guide for model in PAGE_MODELS)]
    for text in texts:
        with translation.override("en"):
            english = str(text)
        with translation.override("ja"):
            japanese = str(text)
        assert japanese != english and any("\u3040" <= c <= "\u30ff" for c in japanese), english[:60]


def test_the_admin_is_in_japanese_unless_the_editor_chose_english(client, site, people):
    editor = people["editor"]
    client.force_login(editor)
    page = client.get(edit_url(site["home_ja"])).content.decode()
    assert "はじめに" in page and "子どもの写真や絵" in page and "二段階承認に提出する" in page
    assert "ダッシュボード" in client.get("/admin/").content.decode()

    set_admin_language(editor, "en")
    page = client.get(edit_url(site["home_ja"])).content.decode()
    assert "Before you start" in page and "Never upload a photograph or drawing of a child" in page
    assert "Submit to Two-step approval" in page
    assert "Dashboard" in client.get("/admin/").content.decode()


def test_the_campaign_editor_explains_the_dates_and_the_go_live_time(client, people):
    calendar_ja, _en = calendar_tree()
    campaign = add_campaign(calendar_ja, "november", title="児童虐待防止推進月間")
    client.force_login(people["editor"])
    page = client.get(edit_url(campaign)).content.decode()
    assert "このページを公開する日時ではありません" in page
    assert "このキャンペーンは次に" in page


def test_the_governance_app_is_named_in_both_languages():
    config = apps.get_app_config("governance")
    with translation.override("ja"):
        assert str(config.verbose_name) == "編集の管理"


class TestContentChecker:
    def test_signed_in_editors_get_the_checker_in_the_userbar_and_visitors_get_nothing(self, client, site, people):
        assert "checker-axe-configuration" not in client.get("/ja/").content.decode()
        assert not client.cookies
        client.force_login(people["editor"])
        response = client.get("/ja/")
        html = response.content.decode()
        assert "wagtail-userbar" in html and 'id="checker-axe-configuration"' in html
        # The public policy is the same strict one for an editor: the checker needs no inline code.
        policy = response["Content-Security-Policy"]
        assert "'unsafe-inline'" not in policy and "frame-ancestors 'none'" in policy

    def test_the_editor_has_the_checks_panel(self, client, site, people):
        client.force_login(people["editor"])
        html = client.get(edit_url(site["home_ja"])).content.decode()
        assert 'data-side-panel="checks"' in html and 'id="checker-axe-configuration"' in html

    def test_only_wagtails_preview_may_be_framed_by_the_admin(self, client, site):
        """make_preview_request is what Wagtail's preview views call (the browser test loads them for real)."""
        home = site["home_en"]
        preview = home.make_preview_request()
        policy = preview["Content-Security-Policy"]
        assert "frame-ancestors 'self'" in policy and "'unsafe-inline'" not in policy
        assert preview["X-Frame-Options"] == "SAMEORIGIN"

        public = client.get("/en/")
        assert "frame-ancestors 'none'" in public["Content-Security-Policy"]
        assert public["X-Frame-Options"] == "DENY"


def test_the_browsers_language_does_not_change_the_admins(client, site, people):
    assert '<html lang="ja"' in client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    client.force_login(people["editor"])
    assert "ダッシュボード" in client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en-GB,en").content.decode()
    set_admin_language(people["editor"], "en")
    assert "Dashboard" in client.get("/admin/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    # Public pages take their language from the address, as before.
    assert '<html lang="en"' in client.get("/en/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()


def sidebar(user, language):
    """The admin sidebar as this user sees it: {label: [sub-item labels]}, in `language`."""
    from django.test import RequestFactory

    from wagtail.admin.menu import SubmenuMenuItem, admin_menu

    request = RequestFactory().get("/admin/")
    request.user = user
    with translation.override(language):
        items = admin_menu.menu_items_for_request(request)
        return {
            str(item.label): [str(sub.label) for sub in item.menu.menu_items_for_request(request)]
            if isinstance(item, SubmenuMenuItem)
            else []
            for item in items
        }


@pytest.mark.parametrize(
    ("language", "in_the_sidebar"),
    [("en", r"([A-Z][a-z]+(?: [a-z]+)*(?: → [A-Z][a-z]+)?) in the sidebar"), ("ja", r"サイドバーの「([^」]+)」")],
)
def test_the_guides_name_menus_an_editor_has(db, language, in_the_sidebar):
    """A guide that says where to go names a sidebar item an Editor sees ("Helplines in the sidebar",
    "Organisers and venues → Venues"). One named "Snippets → Venues", which no Editor has."""
    import re

    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    editor = get_user_model().objects.create_user("guide-reader", "guide@example.org", "x")
    editor.groups.add(Group.objects.get(name="Editors"))
    menus = sidebar(editor, language)
    with translation.override(language):
        guides = [str(model.editor_guide) for model in PAGE_MODELS]
    named = [match for guide in guides for match in re.findall(in_the_sidebar, guide)]
    assert len(named) >= 3, named
    for path in named:
        top, _, sub = (part.strip() for part in path.partition("→"))
        assert top in menus, f"{path!r}: no {top!r} in the sidebar {sorted(menus)}"
        assert not sub or sub in menus[top], f"{path!r}: no {sub!r} under {top!r} ({menus[top]})"
    assert not any("Snippets →" in guide or "スニペット →" in guide for guide in guides)


@pytest.mark.parametrize(("language", "label"), [("ja", "キャンペーンカレンダー"), ("en", "Campaign calendar")])
def test_the_calendar_menu_item_opens_the_calendar_pages(db, client, demo_content, language, label):
    """「キャンペーンカレンダー」 in an Editor's sidebar leads to the calendar's campaigns and events, in the
    admin's language (it used to open only organisers and venues)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from campaigns.models import CampaignCalendarPage

    editor = get_user_model().objects.create_user("calendar-editor", "calendar@example.org", "x")
    editor.groups.add(Group.objects.get(name="Editors"))
    set_admin_language(editor, language)
    assert label in sidebar(editor, language)
    client.force_login(editor)
    response = client.get("/admin/campaign-calendar/")
    calendar = CampaignCalendarPage.objects.get(locale__language_code=language)
    assert response.status_code == 302 and response["Location"] == f"/admin/pages/{calendar.pk}/"
    assert client.get(response["Location"]).status_code == 200
