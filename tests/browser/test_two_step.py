"""Two-step sign-in in a real browser: a refused code is shown at the top of the page and announced, in the
editor's language. (Wagtail's sign-in styles hid the field error inside its "login-form".)"""

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def second_factor(live_site):
    """The second factor on for the live server (the test settings turn it off), and a new editor each time."""
    import secrets

    from django.contrib.auth import get_user_model
    from django.test import override_settings

    from wagtail.users.models import UserProfile

    name = f"two-step-{secrets.token_hex(4)}"
    user = get_user_model().objects.create_superuser(name, f"{name}@example.org", "a-long-test-password-42")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ja"
    profile.save()
    with override_settings(REQUIRE_SECOND_FACTOR=True):
        yield user


def sign_in(page, live_site, user):
    page.goto(live_site + "/admin/login/")
    page.fill("#id_username", user.get_username())
    page.fill("#id_password", "a-long-test-password-42")
    page.click("button[type=submit]")


def refused(page, code):
    """Submit `code`; the alert at the top, once it is visible."""
    page.fill("#id_code", code)
    page.click("form.twofactor-form button[type=submit]")
    alert = page.locator("[role=alert]")
    alert.wait_for()
    assert alert.is_visible()
    return alert.inner_text()


def test_a_wrong_code_at_setup_is_shown_and_announced(page, live_site, second_factor):
    sign_in(page, live_site, second_factor)
    page.wait_for_url("**/admin/2fa/setup/**")
    assert "コードが正しくありません" in refused(page, "000000")
    # The field's own message is visible too, beside the field.
    field_error = page.locator(".w-field__errors .error-message")
    assert field_error.is_visible() and "コードが正しくありません" in field_error.inner_text()
    # At once again: the second code within a second is refused by the throttle, and the page says so.
    assert "間違ったコードが続きました" in refused(page, "111111")


def test_a_wrong_code_at_sign_in_is_shown_and_announced(page, live_site, second_factor):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    TOTPDevice.objects.create(user=second_factor, name="app", confirmed=True)
    sign_in(page, live_site, second_factor)
    page.wait_for_url("**/admin/2fa/verify/**")
    assert "コードが正しくありません" in refused(page, "000000")
