"""The second factor counts wherever a session does: outside the admin, a session that has given only its
password is a visitor's (accounts.middleware.RequireSecondFactorMiddleware), Wagtail's public sign-in leads
into the two-step sign-in (accounts.views.public_sign_in), and the session key changes with the code."""

from django.contrib.auth import get_user_model
from django.test import Client

from wagtail.models import BaseViewRestriction, CollectionViewRestriction, PageViewRestriction

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.accounts.test_two_step import _second_factor_on, code  # noqa: F401 - the autouse fixture

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_superuser("two-step", "two-step@example.org", "a-long-test-password-42")
    TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    return user


def password_only(user):
    client = Client()
    client.force_login(user)
    return client


def verified(user):
    client = password_only(user)
    device = TOTPDevice.objects.get(user=user)
    assert client.post("/admin/2fa/verify/", {"code": code(device), "next": "/ja/"}).status_code == 302
    return client


@pytest.fixture
def restricted_news(demo_content):
    from news.models import NewsPage

    page = NewsPage.objects.live().filter(locale__language_code="ja").first()
    PageViewRestriction.objects.create(page=page, restriction_type=BaseViewRestriction.LOGIN)
    return page.url


@pytest.fixture
def private_document(demo_content):
    from materials.models import MaterialPage

    material = MaterialPage.objects.live().filter(locale__language_code="ja").exclude(files=None).first()
    document = material.files.first().document
    CollectionViewRestriction.objects.create(collection=document.collection, restriction_type=BaseViewRestriction.LOGIN)
    return document.url


def test_a_password_alone_opens_no_restricted_page(editor, restricted_news):
    for client in (Client(), password_only(editor)):
        response = client.get(restricted_news)
        assert response.status_code == 302 and response["Location"].startswith("/sign-in/?next=")
    assert verified(editor).get(restricted_news).status_code == 200


def test_a_password_alone_opens_no_private_document(editor, private_document):
    for client in (Client(), password_only(editor)):
        response = client.get(private_document)
        assert response.status_code == 302 and response["Location"].startswith("/sign-in/?next=")
    response = verified(editor).get(private_document)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"


@pytest.mark.parametrize("path", ["/sign-in/?next=/ja/news/", "/ja/_util/login/?next=/ja/news/"])
def test_the_public_sign_in_is_the_two_step_sign_in(client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"] == "/admin/2fa/verify/?next=%2Fja%2Fnews%2F"
    # and the admin's sign-in, then the code, then the page
    assert client.get(response["Location"])["Location"].startswith("/admin/login/?next=/admin/2fa/verify/")


def test_the_session_key_changes_when_the_code_is_given(editor):
    client = password_only(editor)
    before = client.session.session_key
    device = TOTPDevice.objects.get(user=editor)
    assert client.post("/admin/2fa/verify/", {"code": code(device)}).status_code == 302
    after = client.session.session_key
    assert after and after != before
    assert client.get("/admin/").status_code == 200  # still signed in, now with the second factor
