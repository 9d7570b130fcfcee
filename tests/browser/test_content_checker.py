"""The content checker (Wagtail's accessibility checks) runs for a signed-in editor on a public page, under
the public pages' strict Content-Security-Policy, and in the page editor's Checks panel."""

import pytest

from tests.browser.test_security import watch_csp

pytestmark = pytest.mark.browser


def sign_in(page, live_site):
    from tests.browser.conftest import EDITOR

    page.goto(live_site + "/admin/login/")
    page.fill("#id_username", EDITOR[0])
    page.fill("#id_password", EDITOR[1])
    page.locator("button[type=submit]").click()
    page.wait_for_url(live_site + "/admin/")


def test_the_userbar_checker_runs_on_a_public_page_under_the_strict_policy(browser, live_site):
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(20_000)
    sign_in(page, live_site)
    violations = watch_csp(page)
    response = page.goto(live_site + "/en/guidance/what-the-law-forbids/")
    policy = response.headers["content-security-policy"]
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    page.locator("wagtail-userbar").wait_for(state="attached")
    userbar = page.locator("wagtail-userbar")
    userbar.locator("#wagtail-userbar-trigger").click()
    userbar.locator("#checker-trigger").click()
    # The checker ran: its dialog shows, with the number of issues found (a number, possibly 0).
    dialog = userbar.locator("#checker-results")
    dialog.wait_for(state="visible")
    count = userbar.locator("[data-content-checker-count]").first
    page.wait_for_function(
        "() => /\\d/.test(document.querySelector('wagtail-userbar').shadowRoot"
        ".querySelector('[data-content-checker-count]').textContent)"
    )
    assert count.text_content().strip().isdigit()
    context.close()
    assert violations == []


def test_the_checks_panel_runs_in_the_page_editor(browser, live_site):
    """Wagtail renders the preview through the public page's middleware; it must still be frameable by the admin
    (core/security.py, PreviewFramingMiddleware), or the preview and its checks stay blank."""
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(20_000)
    sign_in(page, live_site)
    violations = watch_csp(page)
    page.goto(live_site + "/admin/pages/")
    edit = page.locator("a[href^='/admin/pages/'][href$='/edit/']").first.get_attribute("href")
    page.goto(live_site + edit)
    page.locator("[data-side-panel-toggle='checks']").first.click()
    panel = page.locator("[data-side-panel='checks']")
    panel.wait_for(state="visible")
    # The checks run inside the preview: once it has loaded, the panel counts its words.
    page.wait_for_function(
        "() => /[0-9]/.test(document.querySelector('[data-content-word-count]').textContent)", timeout=30_000
    )
    page.wait_for_timeout(3000)  # a blocked preview frame would have been reported by now
    context.close()
    assert violations == []
