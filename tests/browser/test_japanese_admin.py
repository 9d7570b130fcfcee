"""The Japanese admin in a real browser, with what its scripts write (the minimap's "Collapse all", the
sidebar's toggles, autosave messages) from the admin's JavaScript catalogue: no English left beyond the
allowlist (locale-wagtail/ja/LC_MESSAGES/djangojs.po)."""

from html import escape

import pytest

from tests.browser.conftest import EDITOR_PASSWORD
from tests.governance.test_japanese_admin import content_strings, visible_english

pytestmark = pytest.mark.browser


def english_shown(page, content):
    """English in what the browser shows (its rendered text: no hidden element, scripts' output included)."""
    return visible_english(f"<div>{escape(page.inner_text('body'))}</div>", content)


def test_the_editor_and_its_scripts_speak_japanese(page, live_site, editor):
    from campaigns.models import CampaignPage

    campaign = CampaignPage.objects.filter(locale__language_code="ja").first()
    page.goto(live_site + "/admin/login/")
    page.fill("#id_username", editor.get_username())
    page.fill("#id_password", EDITOR_PASSWORD)
    assert page.locator("label[for=id_password]").inner_text().startswith("パスワード")
    page.click("button[type=submit]")
    page.wait_for_url(live_site + "/admin/")
    content = content_strings()
    for path in ("/admin/", f"/admin/pages/{campaign.pk}/edit/", "/admin/documents/"):
        page.goto(live_site + path)
        page.wait_for_load_state("networkidle")
        assert not english_shown(page, content), path
    page.goto(f"{live_site}/admin/pages/{campaign.pk}/edit/")
    page.wait_for_load_state("networkidle")
    assert page.get_by_text("すべて折りたたむ").first.is_visible()
    page.locator("button[data-side-panel-toggle=status]").click()
    schedule = page.get_by_role("button", name="スケジュールを設定")
    schedule.first.click()
    dialog = page.get_by_role("dialog").filter(has_text="公開予定日時")
    dialog.first.wait_for()
    assert not english_shown(page, content), "the status panel and the schedule dialog"
