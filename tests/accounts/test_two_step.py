"""Two-step sign-in: every admin user sets up and then gives a code from an authenticator app."""

import datetime

from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from freezegun import freeze_time

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _second_factor_on(settings):
    settings.REQUIRE_SECOND_FACTOR = True


def code(device):
    """The code the editor's app shows now (freeze_time moves "now")."""
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-test-password-42")


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def test_an_editor_without_an_app_must_set_one_up_first(editor):
    client = signed_in(editor)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/2fa/setup/?next=%2Fadmin%2Fpages%2F"
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert b"<svg" in page.content and b"otpauth" not in page.content  # the QR code, not the raw URL
    device = TOTPDevice.objects.get(user=editor, confirmed=False)

    wrong = client.post("/admin/2fa/setup/", {"code": "000000", "next": "/admin/pages/"})
    assert wrong.status_code == 200 and wrong.context["form"].errors["code"]
    with freeze_time(timezone.now() + datetime.timedelta(seconds=60)):  # after the wrong code's throttle delay
        right = client.post("/admin/2fa/setup/", {"code": code(device), "next": "/admin/pages/"})
        # Ten recovery codes, shown this once, then on to where the editor was going.
        assert right.status_code == 200
        assert len(right.context["codes"]) == 10
        assert 'href="/admin/pages/"' in right.content.decode()
        assert TOTPDevice.objects.get(pk=device.pk).confirmed
        assert client.get("/admin/pages/").status_code == 200


def test_an_editor_with_an_app_gives_a_code_at_every_sign_in(editor):
    device = TOTPDevice.objects.create(user=editor, name="app", confirmed=True)
    client = signed_in(editor)
    response = client.get("/admin/")
    assert response["Location"].startswith("/admin/2fa/verify/")
    assert client.post("/admin/2fa/verify/", {"code": "123456"}).status_code == 200
    later = timezone.now() + datetime.timedelta(seconds=60)  # past the throttle delay after a wrong code
    with freeze_time(later):
        ok = client.post("/admin/2fa/verify/", {"code": code(device), "next": "https://evil.example/"})
        assert ok.status_code == 302 and ok["Location"] == "/admin/"
        assert client.get("/admin/").status_code == 200


def test_a_used_code_cannot_be_replayed(editor):
    device = TOTPDevice.objects.create(user=editor, name="app", confirmed=True)
    first, second = signed_in(editor), signed_in(editor)
    now = code(device)
    assert first.post("/admin/2fa/verify/", {"code": now}).status_code == 302
    assert second.post("/admin/2fa/verify/", {"code": now}).status_code == 200


def test_sign_in_pages_and_public_pages_are_not_held_back(editor, client):
    from tests.factories import build_site

    build_site()
    assert client.get("/admin/login/").status_code == 200
    assert client.get("/ja/").status_code == 200
    assert signed_in(editor).get("/ja/").status_code == 200


def verified(user):
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    client = signed_in(user)
    assert client.post("/admin/2fa/verify/", {"code": code(device)}).status_code == 302
    return client


def test_a_recovery_code_signs_in_once_instead_of_the_app(editor):
    from wagtail.users.models import UserProfile

    from accounts.devices import new_recovery_codes

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"  # the admin speaks Japanese to anyone who has not chosen
    profile.save()
    TOTPDevice.objects.create(user=editor, name="app", confirmed=True)
    codes = new_recovery_codes(editor)
    assert len(set(codes)) == 10
    client = signed_in(editor)
    ok = client.post("/admin/2fa/verify/", {"code": codes[0].upper(), "next": "/admin/pages/"})
    assert ok.status_code == 302 and ok["Location"] == "/admin/pages/"
    messages = [str(m) for m in client.get("/admin/pages/").context["messages"]]
    assert any("9 codes are left" in m for m in messages)

    again = signed_in(editor)
    with freeze_time(timezone.now() + datetime.timedelta(seconds=60)):
        reused = again.post("/admin/2fa/verify/", {"code": codes[0]})
        assert reused.status_code == 200 and reused.context["form"].errors["code"]
    with freeze_time(timezone.now() + datetime.timedelta(seconds=180)):
        assert again.post("/admin/2fa/verify/", {"code": codes[1]}).status_code == 302


@pytest.mark.parametrize("bad", ["abc", "12345", "!!!!!!!!", "1234567890123", "\x00" * 8])
def test_malformed_codes_are_a_form_error(editor, bad):
    TOTPDevice.objects.create(user=editor, name="app", confirmed=True)
    response = signed_in(editor).post("/admin/2fa/verify/", {"code": bad})
    assert response.status_code == 200
    assert response.context["form"].errors["code"]


def test_a_superuser_resets_an_editors_second_factor(editor):
    from django_otp.plugins.otp_static.models import StaticDevice

    from accounts.devices import new_recovery_codes

    colleague = get_user_model().objects.create_user("colleague", "c@example.org", "another-long-password-7")
    TOTPDevice.objects.create(user=colleague, name="app", confirmed=True)
    new_recovery_codes(colleague)
    admin = verified(editor)
    listing = admin.get("/admin/users/")
    assert f"/admin/two-step/reset/{colleague.pk}/" in listing.content.decode()
    assert f"/admin/two-step/reset/{editor.pk}/" not in listing.content.decode()  # never one's own
    assert admin.get(f"/admin/two-step/reset/{colleague.pk}/").status_code == 200
    done = admin.post(f"/admin/two-step/reset/{colleague.pk}/")
    assert done.status_code == 302
    assert not TOTPDevice.objects.filter(user=colleague).exists()
    assert not StaticDevice.objects.filter(user=colleague).exists()
    # At the next sign-in the colleague sets up a new app.
    assert signed_in(colleague).get("/admin/")["Location"].startswith("/admin/2fa/setup/")
    assert admin.post(f"/admin/two-step/reset/{editor.pk}/").status_code == 403
    assert admin.get("/admin/two-step/reset/999999/", follow=True).status_code == 404


def test_only_verified_superusers_can_reset(editor):
    from django.contrib.auth.models import Group

    colleague = get_user_model().objects.create_user("colleague", "c@example.org", "another-long-password-7")
    colleague.groups.add(Group.objects.get(name="Editors"))
    TOTPDevice.objects.create(user=colleague, name="app", confirmed=True)
    # A superuser who has not given the second factor yet is sent to give it first.
    unverified = signed_in(editor)
    TOTPDevice.objects.create(user=editor, name="app", confirmed=True)
    assert unverified.post(f"/admin/two-step/reset/{colleague.pk}/")["Location"].startswith("/admin/2fa/verify/")
    # An editor who is not a superuser is refused.
    other = get_user_model().objects.create_user("other", "o@example.org", "yet-another-password-9")
    other.groups.add(Group.objects.get(name="Editors"))
    assert verified(other).post(f"/admin/two-step/reset/{colleague.pk}/").status_code == 403
    assert TOTPDevice.objects.filter(user=colleague).exists()


def test_the_icon_sprite_loads_on_the_sign_in_steps(editor):
    """The two-step pages use the admin's icons, fetched from /admin/sprite/ before the code is given."""
    response = signed_in(editor).get("/admin/sprite/")
    assert response.status_code == 200
    assert b"<svg" in response.content


def code_at(device, when):
    with freeze_time(when):
        return code(device)


def refusal_text(response):
    """The alert at the top of the page: what the editor sees and a screen reader announces."""
    import re

    match = re.search(
        r'<div class="messages twofactor-error" role="alert">(.*?)</div>', response.content.decode(), re.S
    )
    assert match, "no alert at the top of the page"
    return re.sub(r"<[^>]+>", "", match.group(1)).strip()


@pytest.mark.parametrize("step", ["setup", "verify"])
@pytest.mark.parametrize(
    ("language", "wrong", "throttled", "expired"),
    [
        ("en", "That code is not right", "Too many wrong codes. Wait", "That code has expired"),
        ("ja", "コードが正しくありません", "間違ったコードが続きました", "このコードは有効期限が切れています"),
    ],
)
def test_a_wrong_a_throttled_and_an_expired_code_each_say_so(editor, step, language, wrong, throttled, expired):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    device = TOTPDevice.objects.create(user=editor, name="app", confirmed=step == "verify")
    client = signed_in(editor)
    url = f"/admin/2fa/{step}/"
    now = timezone.now()
    with freeze_time(now):
        first = client.post(url, {"code": "000000"})
        assert wrong in refusal_text(first)
        # django-otp now refuses every code for a second, even the right one: the page says so.
        assert throttled in refusal_text(client.post(url, {"code": code(device)}))
    with freeze_time(now + datetime.timedelta(seconds=60)):
        # The code the app showed three minutes ago.
        stale = code_at(device, now - datetime.timedelta(minutes=2))
        if stale != code(device):
            assert expired in refusal_text(client.post(url, {"code": stale}))


def test_recovery_codes_are_stored_hashed(editor):
    from django_otp.plugins.otp_static.models import StaticToken

    from accounts.devices import new_recovery_codes

    codes = [code.replace("-", "") for code in new_recovery_codes(editor)]
    stored = set(StaticToken.objects.filter(device__user=editor).values_list("token", flat=True))
    assert len(stored) == 10
    assert not stored & set(codes)  # a copy of the database holds no code
    assert all(len(token) == 16 and int(token, 16) >= 0 for token in stored)


def test_a_recovery_code_still_works_after_the_secret_key_is_rotated(editor, settings):
    from accounts.devices import new_recovery_codes

    TOTPDevice.objects.create(user=editor, name="app", confirmed=True)
    codes = new_recovery_codes(editor)
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "a-new-key-for-the-test-only"  # noqa: S105
    client = Client()
    client.force_login(editor)
    assert client.post("/admin/2fa/verify/", {"code": codes[0]}).status_code == 302


def test_codes_stored_before_hashing_are_hashed_by_the_migration(editor):
    from django.apps import apps as django_apps

    from django_otp.plugins.otp_static.models import StaticDevice, StaticToken

    from accounts.devices import recovery_code_hash

    migration = __import__("accounts.migrations.0001_hash_recovery_codes", fromlist=["hash_plain_codes"])
    device = StaticDevice.objects.create(user=editor, name="Recovery codes", confirmed=True)
    StaticToken.objects.create(device=device, token="abcd2345")
    migration.hash_plain_codes(django_apps, None)
    migration.hash_plain_codes(django_apps, None)  # twice changes nothing
    assert list(device.token_set.values_list("token", flat=True)) == [recovery_code_hash("abcd2345")]
    TOTPDevice.objects.create(user=editor, name="app", confirmed=True)
    client = Client()
    client.force_login(editor)
    assert client.post("/admin/2fa/verify/", {"code": "ABCD-2345"}).status_code == 302
