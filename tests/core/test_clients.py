"""The client's address behind trusted proxies (core/clients.py), and what uses it: the sign-in throttle
and the school form's rate limit."""

from django.contrib.auth import get_user_model
from django.test import Client, RequestFactory

import pytest

from core.clients import client_address

pytestmark = pytest.mark.django_db
NGINX = ["127.0.0.1", "::1"]


def address(remote, forwarded=None):
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return client_address(RequestFactory().get("/", **meta))


def test_without_trusted_proxies_the_header_is_ignored(settings):
    settings.TRUSTED_PROXIES = []
    assert address("203.0.113.5", "198.51.100.1") == "203.0.113.5"


def test_behind_nginx_the_client_is_the_address_nginx_saw(settings):
    settings.TRUSTED_PROXIES = NGINX
    assert address("127.0.0.1", "203.0.113.5") == "203.0.113.5"
    # what the client wrote itself is left of what nginx appended, and never believed
    assert address("127.0.0.1", "10.0.0.1, 198.51.100.1, 203.0.113.5") == "203.0.113.5"
    assert address("::1", "2001:db8::7") == "2001:db8::7"


def test_an_untrusted_peer_cannot_choose_its_address(settings):
    settings.TRUSTED_PROXIES = NGINX
    assert address("203.0.113.5", "198.51.100.1") == "203.0.113.5"


def test_ranges_and_chains_of_proxies(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1", "192.0.2.0/24"]  # nginx, behind a load balancer's range
    assert address("127.0.0.1", "203.0.113.5, 192.0.2.10") == "203.0.113.5"
    assert address("127.0.0.1", "192.0.2.10") == "192.0.2.10"  # only proxies: the furthest one
    assert address("127.0.0.1", "not-an-address, 192.0.2.10") == "192.0.2.10"
    assert address("127.0.0.1", "") == "127.0.0.1"


@pytest.fixture
def editor():
    return get_user_model().objects.create_superuser("throttled", "t@example.org", "a-long-test-password-42")


@pytest.fixture(autouse=True)
def _throttling_on(settings):
    settings.AUTHENTICATION_BACKENDS = [
        "axes.backends.AxesStandaloneBackend",
        "django.contrib.auth.backends.ModelBackend",
    ]


def sign_in(client, password, forwarded):
    return client.post(
        "/admin/login/",
        {"username": "throttled", "password": password},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR=forwarded,
    )


def test_wrong_passwords_lock_out_one_client_not_everyone_behind_the_proxy(settings, editor):
    settings.TRUSTED_PROXIES = NGINX
    settings.AXES_FAILURE_LIMIT = 3
    attacker = Client()
    for _ in range(3):
        sign_in(attacker, "wrong-password-000", "203.0.113.66")
    assert sign_in(attacker, "a-long-test-password-42", "203.0.113.66").status_code == 429
    # the editor, behind the same nginx, signs in
    response = sign_in(Client(), "a-long-test-password-42", "198.51.100.20")
    assert response.status_code == 302


def test_a_spoofed_header_from_an_untrusted_peer_changes_nothing(settings, editor):
    settings.TRUSTED_PROXIES = NGINX
    settings.AXES_FAILURE_LIMIT = 3
    attacker = Client()
    for number in range(3):
        attacker.post(
            "/admin/login/",
            {"username": "throttled", "password": "wrong-password-000"},
            REMOTE_ADDR="203.0.113.66",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{number}",  # a new address each time: ignored
        )
    locked = attacker.post(
        "/admin/login/",
        {"username": "throttled", "password": "a-long-test-password-42"},
        REMOTE_ADDR="203.0.113.66",
        HTTP_X_FORWARDED_FOR="198.51.100.99",
    )
    assert locked.status_code == 429
