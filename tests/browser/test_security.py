"""The Content-Security-Policy in a real browser: public pages raise no violation, the admin still works."""

import pytest

pytestmark = pytest.mark.browser

PUBLIC = [
    "/ja/",
    "/en/guidance/what-the-law-forbids/",
    "/ja/help/",
    "/en/figures/",
    "/ja/campaigns/2025/11/",
    "/en/materials/request/",
    "/ja/search/?q=%E7%9B%B8%E8%AB%87",
    "/en/news/",
]


def watch_csp(page):
    """Collect CSP violations reported by the page and by the console."""
    violations = []
    page.on("console", lambda message: "Content Security Policy" in message.text and violations.append(message.text))
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation', e => "
        "console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));"
    )
    return violations


def test_public_pages_raise_no_csp_violation(page, live_site):
    violations = watch_csp(page)
    for path in PUBLIC:
        response = page.goto(live_site + path)
        policy = response.headers["content-security-policy"]
        assert "unsafe-inline" not in policy and "object-src 'none'" in policy, path
        page.wait_for_load_state("load")
    assert violations == []


def test_quick_exit_script_runs_under_the_policy(page, live_site):
    violations = watch_csp(page)
    page.goto(live_site + "/ja/help/")
    assert page.locator(".quick-exit").count() == 1
    assert page.evaluate("document.documentElement.classList.length >= 0")
    assert violations == []


def test_admin_login_and_editing_work_under_the_admin_policy(browser, live_site):
    from tests.browser.conftest import EDITOR

    context = browser.new_context()
    page = context.new_page()
    violations = watch_csp(page)
    page.goto(live_site + "/admin/login/")
    page.fill("#id_username", EDITOR[0])
    page.fill("#id_password", EDITOR[1])
    page.locator("button[type=submit]").click()
    page.wait_for_url(live_site + "/admin/")
    page.goto(live_site + "/admin/pages/")
    page.get_by_role("link", name="ホーム").first.wait_for()
    page.goto(live_site + "/admin/snippets/help/helpline/")
    edit = page.locator("a[href*='/admin/snippets/help/helpline/edit/']").first
    edit.click()
    form = page.locator("form[data-edit-form]")
    form.wait_for()
    form.locator("button[type=submit]").first.click()
    page.locator(".messages .success").wait_for()
    assert "/admin/snippets/help/helpline/" in page.url
    context.close()
    assert violations == []
