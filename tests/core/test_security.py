"""Security headers, well-known files, health checks and the admin's sign-in, password reset and redirects."""

import datetime
import os
import subprocess
import sys
from pathlib import Path
from unittest import mock

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.db import DatabaseError

import pytest

from tests.factories import build_site

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def site(db):
    return build_site()


def directives(header):
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def test_public_pages_have_a_strict_content_security_policy(client, site):
    for url in ("/ja/", "/en/", "/ja/no-such-page/", "/en/search/?q=law", "/sitemap.xml"):
        policy = directives(client.get(url)["Content-Security-Policy"])
        assert policy["script-src"] == ["'self'"], url
        assert policy["style-src"] == ["'self'"], url
        assert policy["object-src"] == ["'none'"]
        assert policy["base-uri"] == ["'none'"]
        assert policy["frame-ancestors"] == ["'none'"]
        assert policy["form-action"] == ["'self'"]
        assert "'unsafe-eval'" not in str(policy)


def test_the_admin_has_its_own_looser_policy(client, site):
    policy = directives(client.get("/admin/login/")["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'self'"]


def test_other_security_headers(client, site):
    response = client.get("/ja/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    policy = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in policy


def test_security_txt(client, db):
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    fields = dict(line.split(": ", 1) for line in response.content.decode().splitlines() if line)
    assert fields["Contact"].startswith(("mailto:", "https://"))
    expires = datetime.datetime.fromisoformat(fields["Expires"].replace("Z", "+00:00"))
    now = datetime.datetime.now(datetime.UTC)
    assert now + datetime.timedelta(days=300) < expires < now + datetime.timedelta(days=366)
    assert fields["Canonical"] == "http://testserver/.well-known/security.txt"


def test_health_endpoints(client, db):
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["database"] == "ok" and ready.json()["cache"] == "ok"
    assert "no-cache" in ready["Cache-Control"] or "max-age=0" in ready["Cache-Control"]


def test_readiness_fails_when_the_database_is_down(client, db):
    with mock.patch("core.views.connection.cursor", side_effect=DatabaseError("down")):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"
    assert "Traceback" not in response.content.decode()


@pytest.mark.parametrize(("alias", "check"), [("default", "cache"), ("state", "state")])
def test_readiness_fails_when_a_cache_is_down(client, db, alias, check):
    from django.core.cache import caches

    with mock.patch.object(caches[alias], "set", side_effect=ConnectionError("down")):
        response = client.get("/readyz")
    assert response.status_code == 503 and response.json()[check] == "unavailable"
    other = {"cache": "state", "state": "cache"}[check]
    assert response.json()[other] == "ok"


def test_an_unknown_host_is_refused(client, site, settings):
    settings.ALLOWED_HOSTS = ["campaign.example.jp"]
    assert client.get("/ja/", HTTP_HOST="evil.example").status_code == 400
    assert client.get("/ja/", HTTP_HOST="campaign.example.jp").status_code == 200


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", "/\\evil.example/"])
def test_sign_in_never_redirects_off_site(client, db, target):
    get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-test-password-42")
    response = client.post(
        "/admin/login/", {"username": "editor", "password": "a-long-test-password-42", "next": target}
    )
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/")


def test_password_reset_does_not_reveal_whether_an_account_exists(client, db):
    get_user_model().objects.create_user("known", "known@example.org", "a-long-test-password-42")
    known = client.post("/admin/password_reset/", {"email": "known@example.org"})
    unknown = client.post("/admin/password_reset/", {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["known@example.org"]


def test_only_superusers_manage_users(db):
    user_permissions = Permission.objects.filter(
        content_type__app_label="auth", content_type__model__in=["user", "group"]
    )
    for group in Group.objects.all():
        assert not group.permissions.filter(pk__in=user_permissions).exists(), group.name


def test_passwords_must_be_long_and_uncommon(db):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    for weak in ("short1", "password1234", "123456789012"):
        with pytest.raises(ValidationError):
            validate_password(weak)
    validate_password("correct horse battery staple")


def test_editor_sessions_end_after_an_hour_idle(settings):
    assert settings.SESSION_SAVE_EVERY_REQUEST is True
    assert settings.SESSION_COOKIE_AGE <= 3600
    assert settings.SESSION_COOKIE_HTTPONLY is True


@pytest.mark.parametrize("name", ["drawing.svg", "photo.avif", "page.html"])
def test_only_jpeg_png_and_webp_images_can_be_uploaded(admin_client, db, name):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile(name, b"<svg xmlns='http://www.w3.org/2000/svg'/>", content_type="image/svg+xml")
    response = admin_client.post("/admin/images/add/", {"title": "Not allowed", "file": upload, "collection": 1})
    assert response.status_code == 200
    from wagtail.images import get_image_model

    assert not get_image_model().objects.filter(title="Not allowed").exists()


def test_production_settings_pass_the_deployment_checklist_with_secure_cookies():
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},  # set by the browser tests
        "DJANGO_SETTINGS_MODULE": "settings.production",
        "DJANGO_SECRET_KEY": "x" * 60 + "not-a-real-secret-used-only-for-this-check",
        "DJANGO_ALLOWED_HOSTS": "campaign.example.jp",
    }
    check = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    show = (
        "from django.conf import settings as s; "
        "print(s.SESSION_COOKIE_NAME, s.CSRF_COOKIE_NAME, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, "
        "s.SECURE_HSTS_SECONDS, s.SECURE_PROXY_SSL_HEADER[0], s.DATABASES['default']['CONN_HEALTH_CHECKS'])"
    )
    shell = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", show],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert shell.stdout.split()[-7:] == [
        "__Host-sessionid",
        "__Host-csrftoken",
        "True",
        "True",
        "31536000",
        "HTTP_X_FORWARDED_PROTO",
        "True",
    ], shell.stdout + shell.stderr


AXES_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]


def test_twelve_wrong_passwords_are_throttled(client, db, settings):
    settings.AUTHENTICATION_BACKENDS = AXES_BACKENDS
    get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-test-password-42")
    statuses = [
        client.post("/admin/login/", {"username": "editor", "password": f"wrong-{n}"}).status_code for n in range(12)
    ]
    assert statuses[:4] == [200] * 4  # the form again, with an error
    assert statuses[-1] == 429
    # Locked out: even the right password is refused for now, from this address, for this user.
    right = client.post("/admin/login/", {"username": "editor", "password": "a-long-test-password-42"})
    assert right.status_code == 429
    # Another user from the same address is not locked out.
    get_user_model().objects.create_superuser("other", "other@example.org", "another-long-password-42")
    assert (
        client.post("/admin/login/", {"username": "other", "password": "another-long-password-42"}).status_code == 302
    )


def test_a_successful_sign_in_resets_the_count(client, db, settings):
    settings.AUTHENTICATION_BACKENDS = AXES_BACKENDS
    get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-test-password-42")
    for n in range(3):
        client.post("/admin/login/", {"username": "editor", "password": f"wrong-{n}"})
    assert (
        client.post("/admin/login/", {"username": "editor", "password": "a-long-test-password-42"}).status_code == 302
    )
    client.logout()
    for n in range(3):
        assert client.post("/admin/login/", {"username": "editor", "password": f"wrong-{n}"}).status_code == 200


def test_a_database_outage_gets_a_friendly_503_and_the_site_recovers(client, site):
    from django.db import OperationalError

    client.raise_request_exception = False
    with mock.patch("home.models.HomePage.serve", side_effect=OperationalError("could not connect to server")):
        response = client.get("/ja/")
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    body = response.content.decode()
    assert "ただいま表示できません" in body and "Temporarily unavailable" in body and "tel:110" in body
    assert "Traceback" not in body and "could not connect" not in body
    assert client.get("/ja/").status_code == 200  # back without a restart


def test_other_errors_get_the_static_500_page(client, site):
    client.raise_request_exception = False
    with mock.patch("home.models.HomePage.serve", side_effect=ValueError("boom")):
        response = client.get("/ja/")
    assert response.status_code == 500 and "boom" not in response.content.decode()


@pytest.mark.parametrize(
    "query", ["id=abc", "id=1&id=x", "id=%00", "id=１", "id=all&childOf=abc", "id=" + "9" * 5 + "a"]
)
def test_bulk_actions_answer_400_to_malformed_ids(admin_client, site, query):
    response = admin_client.get(f"/admin/bulk/wagtailcore/page/publish/?{query}")
    assert response.status_code == 400


def test_bulk_actions_still_work_with_good_ids(admin_client, site):
    home_ja, _home_en = site
    response = admin_client.get(f"/admin/bulk/wagtailcore/page/publish/?id={home_ja.pk}")
    assert response.status_code == 200
    assert home_ja.title in response.content.decode()
    assert admin_client.get("/admin/bulk/wagtailcore/page/publish/?id=all&childOf=1").status_code == 200


def test_a_public_form_with_too_many_fields_is_refused_before_it_is_parsed(client, db):
    fields = "&".join(f"f{number}=x" for number in range(500))
    response = client.post("/ja/materials/request/", fields, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400 and "too many fields" in response.content.decode()
    multipart = client.post("/ja/materials/request/", {f"f{number}": "x" for number in range(500)})
    assert multipart.status_code == 400
    # a form of an ordinary size goes on to the page (a 404 here: no demo site in this test)
    assert client.post("/ja/materials/request/", {"school": "x"}).status_code != 400


def test_the_admin_may_post_long_forms(admin_client):
    fields = {f"f{number}": "x" for number in range(500)}
    assert admin_client.post("/admin/pages/search/", fields).status_code != 400


def test_privacy_passwords_are_throttled_per_client(client, db, settings):
    from django.urls import reverse

    from wagtail.models import BaseViewRestriction, PageViewRestriction

    from tests.factories import ContentPageFactory, build_site

    settings.PRIVACY_PASSWORD_ATTEMPTS_PER_HOUR = 3
    home_ja, _home_en = build_site()
    page = ContentPageFactory(parent=home_ja)
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=BaseViewRestriction.PASSWORD, password="correct-horse"
    )
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    form = {"password": "wrong", "return_url": page.url}
    assert [client.post(url, form).status_code for _ in range(3)] == [200, 200, 200]
    assert client.post(url, {**form, "password": "correct-horse"}).status_code == 429  # locked, even when right
    other = client.post(url, {**form, "password": "correct-horse"}, REMOTE_ADDR="198.51.100.7")
    assert other.status_code == 302  # another visitor is not locked out
