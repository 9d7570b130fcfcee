"""The quick exit in real Chromium: a click or Shift three times leaves, Back does not return."""

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture(scope="session")
def exit_destination(live_site, django_db_blocker):
    """A neutral page on this server stands in for the real destination (tests reach no other host)."""
    from wagtail.models import Site

    from core.models import SiteSettings

    destination = live_site + "/robots.txt"
    with django_db_blocker.unblock():
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        settings.quick_exit_url = destination
        settings.save()
    return destination


def open_help(page, live_site, language="en"):
    page.goto(f"{live_site}/{language}/")
    page.goto(f"{live_site}/{language}/help/")
    page.wait_for_load_state("load")


def test_a_click_leaves_and_back_does_not_return(page, live_site, exit_destination):
    open_help(page, live_site)
    page.locator("[data-quick-exit]").click()
    page.wait_for_url(exit_destination)
    page.go_back()
    page.wait_for_load_state("load")
    assert page.url == f"{live_site}/en/", "Back skips the help page"


def test_shift_three_times_leaves(page, live_site, exit_destination):
    open_help(page, live_site, "ja")
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(exit_destination)
    page.go_back()
    page.wait_for_load_state("load")
    assert page.url == f"{live_site}/ja/"


def test_progress_is_announced(page, live_site, exit_destination):
    open_help(page, live_site)
    page.keyboard.press("Shift")
    assert "2 more times" in page.locator("[data-quick-exit-status]").inner_text()


def test_shift_with_other_keys_does_not_leave(page, live_site, exit_destination):
    open_help(page, live_site)
    for _ in range(3):
        page.keyboard.press("Shift+A")
    page.keyboard.down("Shift")
    page.keyboard.press("B")
    page.keyboard.up("Shift")
    page.wait_for_timeout(300)
    assert page.url.endswith("/en/help/")


def test_input_method_composition_does_not_leave(page, live_site, exit_destination):
    open_help(page, live_site, "ja")
    page.evaluate(
        """() => { for (let i = 0; i < 3; i++) {
            document.dispatchEvent(new KeyboardEvent("keydown", {key: "Shift", isComposing: true, bubbles: true}));
            document.dispatchEvent(new KeyboardEvent("keyup", {key: "Shift", isComposing: true, bubbles: true}));
        } }"""
    )
    page.wait_for_timeout(300)
    assert page.url.endswith("/ja/help/")


def test_the_page_is_blanked_at_once(page, live_site, exit_destination):
    open_help(page, live_site)
    # Record what the page looks like the moment it starts leaving (the destination is on the same
    # origin in tests, so sessionStorage carries the record across).
    page.evaluate(
        """() => new MutationObserver(() => {
            if (document.documentElement.classList.contains("quick-exit-leaving")) {
                sessionStorage.setItem("bodyWhileLeaving", getComputedStyle(document.body).visibility);
            }
        }).observe(document.documentElement, {attributes: true})"""
    )
    page.locator("[data-quick-exit]").click()
    page.wait_for_url(exit_destination)
    assert page.evaluate("sessionStorage.getItem('bodyWhileLeaving')") == "hidden"


def test_without_javascript_it_is_a_plain_link(browser, live_site, exit_destination):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_site}/en/help/")
    assert page.locator("[data-quick-exit]").get_attribute("href") == exit_destination
    page.locator("[data-quick-exit]").click()
    page.wait_for_url(exit_destination)
    context.close()


def test_hidden_in_print(page, live_site, exit_destination):
    open_help(page, live_site)
    page.emulate_media(media="print")
    assert page.evaluate("getComputedStyle(document.querySelector('.quick-exit')).display") == "none"


def test_absent_on_materials_pages(page, live_site):
    for path in ("/en/materials/", "/ja/materials/family-rules-sheet/"):
        page.goto(live_site + path)
        assert page.locator("[data-quick-exit]").count() == 0
