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
        assert right.status_code == 302 and right["Location"] == "/admin/pages/"
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
