"""A new page as a Japanese-speaking editor makes it, in a real browser: nothing is created before the first
save, a Japanese title gets a rōmaji slug, and a slug that a parent's route would shadow is refused with the
message beside the field and a summary at the top naming the tab (core/slugs.py, core/views.create_page)."""

import pytest

from tests.browser.conftest import sign_in

pytestmark = pytest.mark.browser
TITLE = "児童虐待防止推進全国フォーラム"


@pytest.fixture
def new_campaign(page, live_site, editor):
    """The "add a campaign" form under the Japanese calendar, signed in, with the title and schedule filled."""
    from campaigns.models import CampaignCalendarPage

    calendar = CampaignCalendarPage.objects.get(locale__language_code="ja")
    sign_in(page, live_site, editor)
    page.goto(f"{live_site}/admin/pages/add/campaigns/campaignpage/{calendar.pk}/")
    page.fill("#id_title", TITLE)
    page.fill("#id_introduction", "毎年11月に開かれる全国フォーラム（テスト用の架空の催し）。")
    page.select_option("#id_month", "11")
    page.fill("#id_first_year", "2027")
    return calendar


def save_draft(page):
    page.locator("button[name=action-save], button[type=submit]:has-text('下書き')").first.click()
    page.wait_for_load_state()


def test_nothing_is_created_before_saving_and_the_slug_is_made_in_romaji(page, live_site, new_campaign):
    from campaigns.models import CampaignPage

    # Wagtail's autosave controller is not on the form: nothing can create the page behind the editor's back.
    assert "w-autosave" not in (page.locator("form[data-edit-form]").get_attribute("data-controller") or "")
    page.wait_for_timeout(1500)
    assert not CampaignPage.objects.filter(title=TITLE).exists()
    save_draft(page)
    page.wait_for_url("**/edit/**")
    created = CampaignPage.objects.get(title=TITLE)
    assert created.slug == "jidou-gyakutai-boushi-suishin-zenkoku-forum"
    page.get_by_role("tab", name="プロモート").click()
    assert page.locator("#id_slug").input_value() == created.slug
    # Leaving without a second save leaves exactly one draft, and a second try is not blocked by it.
    created.delete()


@pytest.mark.parametrize("slug", ["2027", "past"])
def test_a_shadowed_or_numeric_slug_is_refused_next_to_the_field_and_at_the_top(page, live_site, new_campaign, slug):
    from campaigns.models import CampaignPage

    page.get_by_role("tab", name="プロモート").click()
    page.fill("#id_slug", slug)
    save_draft(page)
    assert not CampaignPage.objects.filter(slug=slug).exists()
    summary = page.locator(".messages .error, .messages [role=alert], .messages li").first
    summary.wait_for()
    assert "「プロモート」タブ" in page.locator(".messages").inner_text()
    page.get_by_role("tab", name="プロモート").click()
    field_error = page.locator("[data-field-wrapper] .error-message, .w-field__errors").filter(has_text="使えません")
    assert field_error.first.is_visible()


def test_only_the_chosen_schedules_fields_show(page, live_site, new_campaign):
    """With scripts on, the schedule shows only the fields of the chosen kind (Wagtail's w-rules)."""
    month, one_off = page.locator("#id_month"), page.locator("#id_start_date")
    page.select_option("#id_schedule_kind", "one_off")
    page.wait_for_timeout(300)
    assert one_off.is_visible() and not month.is_visible()
    page.select_option("#id_schedule_kind", "annual_month")
    page.wait_for_timeout(300)
    assert month.is_visible() and not one_off.is_visible()


def test_without_scripts_every_schedule_field_shows(browser, live_site, editor):
    """Without JavaScript nothing of the schedule is hidden by the server: every row is there to fill in.
    (Wagtail's own tabs need scripts, so this checks the rows themselves, not what the browser paints.)"""
    from campaigns.models import CampaignCalendarPage

    calendar = CampaignCalendarPage.objects.get(locale__language_code="ja")
    context = browser.new_context(java_script_enabled=False, locale="ja-JP")
    try:
        page = context.new_page()
        sign_in(page, live_site, editor)
        page.goto(f"{live_site}/admin/pages/add/campaigns/campaignpage/{calendar.pk}/")
        for field in ("#id_month", "#id_range_start_month", "#id_start_date", "#id_first_year"):
            row_hidden = page.locator(field).evaluate(
                "element => element.closest('[data-w-rules-target]').hasAttribute('hidden')"
            )
            assert row_hidden is False, field
    finally:
        context.close()
