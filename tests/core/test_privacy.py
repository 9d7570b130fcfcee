"""Nothing that can identify a visitor: no cookies, no Vary: Cookie, no third-party requests, no inline code."""

import re

from django.conf import settings

from wagtail.models import Page

import pytest

pytestmark = pytest.mark.django_db


def public_urls():
    """Every public page except the school request form, the one page that needs a CSRF cookie."""
    from materials.models import SchoolRequestPage

    return [p.url for p in Page.objects.live().filter(depth__gte=2).not_type(SchoolRequestPage).specific()]


@pytest.fixture
def demo(demo_content, db):
    return public_urls()


def test_public_pages_set_no_cookie_and_do_not_vary_on_cookie(client, demo):
    assert len(demo) >= 20
    for url in [*demo, "/", "/ja/no-such-page/", "/robots.txt"]:
        response = client.get(url)
        assert response.status_code in (200, 302, 404), url
        assert not response.cookies, f"{url} set {list(response.cookies)}"
        assert "Cookie" not in response.get("Vary", ""), f"{url} varies on Cookie"


def test_only_the_school_request_form_sets_a_cookie_and_only_for_csrf(client, demo):
    from materials.models import SchoolRequestPage

    forms = SchoolRequestPage.objects.live()
    assert forms.count() == 2
    for form in forms:
        response = client.get(form.url)
        assert list(response.cookies) == ["csrftoken"]
        assert response.cookies["csrftoken"]["samesite"] == "Lax"
        # a session cookie: gone when the browser closes
        assert response.cookies["csrftoken"]["max-age"] == "" and response.cookies["csrftoken"]["expires"] == ""


def test_userbar_only_for_logged_in_editors(client, admin_client, demo):
    assert "wagtail-userbar" not in client.get("/ja/").content.decode()
    assert "wagtail-userbar" in admin_client.get("/ja/").content.decode()


def test_a_stale_session_cookie_does_not_reveal_the_userbar(client, demo):
    client.cookies[settings.SESSION_COOKIE_NAME] = "not-a-real-session"
    response = client.get("/ja/")
    assert response.status_code == 200
    assert "wagtail-userbar" not in response.content.decode()


RESOURCE = re.compile(r'<(?:script|img|iframe|source|link)\b[^>]*?\b(?:src|srcset|href)="([^"]+)"', re.I)


def test_pages_load_nothing_from_other_hosts(client, demo):
    for url in demo:
        html = client.get(url).content.decode()
        for resource in RESOURCE.findall(html):
            if 'rel="canonical"' in resource:
                continue
            assert not re.match(r"(https?:)?//(?!testserver/)", resource), f"{url} loads {resource}"


def test_pages_have_no_inline_script_or_style(client, demo):
    for url in [*demo, "/ja/no-such-page/"]:
        html = client.get(url).content.decode()
        # JSON-LD is a data block that browsers never run; any other inline script would break the CSP.
        assert not re.search(r"<script(?![^>]*\b(?:src=|type=\"application/ld\+json\"))[^>]*>", html), (
            f"inline <script> on {url}"
        )
        assert " style=" not in html and "<style" not in html, f"inline style on {url}"


def test_update_check_and_gravatar_are_off(admin_client, demo):
    assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    html = admin_client.get("/admin/").content.decode()
    assert "gravatar.com" not in html
    assert "releases.wagtail.io" not in html
