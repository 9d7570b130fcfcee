"""Query strings nobody can use to skip the page cache or fill it (pagecache/variants.py), and the cache's
state told only to this machine and its proxies."""

import re
from collections import Counter

from django.conf import settings
from django.contrib.sessions.backends.db import SessionStore

import pytest

from pagecache import storage, variants, wsgi
from settings.base import next_database
from tests.pagecache.test_pagecache import not_called, wsgi_get

pytestmark = pytest.mark.django_db


def state(response):
    return response.get(storage.HEADER)


@pytest.fixture
def reads_page(monkeypatch):
    """The about page reads ?page= (as a listing would)."""
    from home.models import ContentPage

    monkeypatch.setattr(ContentPage, "query_parameters", ("page",))
    return ContentPage


@pytest.fixture
def renders(monkeypatch):
    """How many times the about page was rendered, by its query string."""
    from home.models import ContentPage

    counted = Counter()
    original = ContentPage.get_context

    def counting(self, request, *args, **kwargs):
        counted[request.META.get("QUERY_STRING", "")] += 1
        return original(self, request, *args, **kwargs)

    monkeypatch.setattr(ContentPage, "get_context", counting)
    return counted


# --- undeclared parameters are redirected away ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "target"),
    [
        ("utm_source=newsletter", "/en/about/"),
        ("fbclid=IwAR0abc", "/en/about/"),
        ("page=2&utm_campaign=x&utm_medium=y", "/en/about/?page=2"),
        ("x", "/en/about/"),
    ],
)
def test_a_parameter_the_page_does_not_read_is_redirected_away(client, site_tree, reads_page, query, target):
    response = client.get(f"/en/about/?{query}")
    assert response.status_code == 301
    assert response["Location"] == target
    assert "max-age=3600" in response["Cache-Control"]
    assert client.get(target).status_code == 200


def test_declared_parameters_are_kept(client, site_tree, reads_page):
    assert client.get("/en/about/?page=2").status_code == 200


def test_the_redirect_is_answered_by_the_cache_without_django(
    client, site_tree, reads_page, page_cache, renders, django_assert_num_queries
):
    first = client.get("/en/about/?utm_source=a")  # the page redirects, and tells the cache what it reads
    assert first.status_code == 301
    with django_assert_num_queries(0):
        second = client.get("/en/about/?page=3&utm_source=b")
    assert second.status_code == 301 and second["Location"] == "/en/about/?page=3"
    assert state(second) == "REDIRECT"
    # And before Django, in the WSGI layer.
    status, headers, _body = wsgi_get(wsgi.CachedPagesWSGI(not_called), "/en/about/", QUERY_STRING="fbclid=c")
    assert status.startswith("301") and headers["Location"] == "/en/about/"
    assert not renders


def test_a_page_that_declares_nothing_answers_only_without_a_query_string(client, site_tree, page_cache):
    response = client.get("/en/about/?page=2")
    assert response.status_code == 301 and response["Location"] == "/en/about/"


# --- what is stored, and how much ------------------------------------------------------------------------------


def test_spellings_of_one_variant_share_an_entry(client, site_tree, reads_page, page_cache, renders):
    assert state(client.get("/en/about/?page=2")) == "MISS"
    assert state(client.get("/en/about/?page=2&&")) == "HIT"
    assert state(client.get("/en/about/?pag%65=%32")) == "HIT"
    assert renders == {"page=2": 1}


def test_a_repeated_parameter_is_a_variant_of_its_own(client, site_tree, reads_page, page_cache, monkeypatch):
    """What the page reads can change with a repeat (too many values is a 400; GET.get takes the last one):
    a repeat must never be answered with, or stored as, the variant without it."""
    from home.models import ContentPage

    original = ContentPage.serve

    def refusing_repeats(self, request, *args, **kwargs):
        if len(request.GET.getlist("page")) > 1:
            return self.bad_request(request)
        return original(self, request, *args, **kwargs)

    monkeypatch.setattr(ContentPage, "serve", refusing_repeats)
    repeated = client.get("/en/about/?" + "&".join(["page=2"] * 21))
    assert repeated.status_code == 400
    assert client.get("/en/about/?page=2").status_code == 200
    assert client.get("/en/about/?page=2").status_code == 200


def test_errors_are_not_stored(client, site_tree, reads_page, page_cache, monkeypatch):
    from django.http import Http404

    from home.models import ContentPage

    def missing(self, request, *args, **kwargs):
        raise Http404

    monkeypatch.setattr(ContentPage, "get_context", missing)
    for _ in range(2):
        response = client.get("/en/about/?page=7")
        assert response.status_code == 404 and state(response) is None


def test_a_shape_is_kept_no_longer_than_the_redirect_and_is_keyed_with_the_declarations(
    client, site_tree, reads_page, page_cache, monkeypatch
):
    cache = storage.page_cache()
    timeouts = {}
    original = cache.set

    def recording(key, value, timeout=None, **kwargs):
        timeouts[key] = timeout
        return original(key, value, timeout=timeout, **kwargs)

    monkeypatch.setattr(cache, "set", recording)
    client.get("/en/about/?utm_source=x")
    (key,) = [key for key in timeouts if key.startswith(storage.SHAPE_PREFIX)]
    assert timeouts[key] <= variants.REDIRECT_SECONDS
    assert variants.declarations_token() in key


def test_the_slot_of_a_variant_depends_on_the_secret_key(settings):
    """Nobody who does not know the key can choose values that land on a popular variant's place."""
    queries = [f"page={number}" for number in range(50)]

    def slots():
        return [storage.Address("http://testserver/en/about/", query).entry_key for query in queries]

    first = slots()
    settings.SECRET_KEY = "another-test-key"  # noqa: S105
    assert slots() != first


@pytest.mark.parametrize("raw", ["who=%ff", "who=\xff", "who=\xe6\x97\xa5", "q=%E6%97%A5+x", "a=1&a=2"])
def test_the_query_is_decoded_as_django_decodes_it(raw):
    from django.http import QueryDict

    expected = [(name, value) for name, values in QueryDict(raw.encode("latin-1")).lists() for value in values]
    assert variants.pairs(raw) == expected


# --- sessions that are not there ------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["", "x", "made-up", "a" * 32])
def test_a_session_cookie_that_names_no_session_does_not_skip_the_cache(client, site_tree, page_cache, value):
    client.get("/en/about/")
    client.cookies[settings.SESSION_COOKIE_NAME] = value
    response = client.get("/en/about/")
    assert state(response) == "HIT"
    assert "wagtail-userbar" not in response.content.decode()
    if value:
        # The browser is told to forget it, and this answer is kept by nobody.
        assert response.cookies[settings.SESSION_COOKIE_NAME].value == ""
        assert "private" in response["Cache-Control"]


def test_a_dead_session_cookie_is_not_in_the_way_of_storing_a_page(client, site_tree, page_cache):
    client.cookies[settings.SESSION_COOKIE_NAME] = "b" * 32
    assert state(client.get("/en/about/")) == "MISS"
    del client.cookies[settings.SESSION_COOKIE_NAME]
    assert state(client.get("/en/about/")) == "HIT"


def test_an_expired_session_does_not_skip_the_cache(client, site_tree, page_cache):
    store = SessionStore()
    store["_auth_user_id"] = "1"
    store.set_expiry(-1)
    store.save()
    client.get("/en/about/")
    client.cookies[settings.SESSION_COOKIE_NAME] = store.session_key
    assert state(client.get("/en/about/")) == "HIT"


def test_the_wsgi_layer_answers_despite_an_empty_session_cookie(client, site_tree, page_cache):
    stored = client.get("/en/about/")
    _status, _headers, body = wsgi_get(
        wsgi.CachedPagesWSGI(not_called), "/en/about/", HTTP_COOKIE=f"{settings.SESSION_COOKIE_NAME}="
    )
    assert body == stored.content


# --- the cache's state is not told to visitors ----------------------------------------------------------------


def test_a_visitor_is_not_told_the_cache_state(client, site_tree, page_cache):
    visitor = {"REMOTE_ADDR": "203.0.113.9"}
    miss = client.get("/en/about/", **visitor)
    hit = client.get("/en/about/", **visitor)
    for response in (miss, hit):
        assert storage.HEADER not in response and "Age" not in response
        assert "s-maxage" in response["Cache-Control"]  # what a CDN needs is still said
    assert hit.content == miss.content
    status, headers, _body = wsgi_get(wsgi.CachedPagesWSGI(not_called), "/en/about/", REMOTE_ADDR="203.0.113.9")
    assert status == "200 OK" and storage.HEADER not in headers and "Age" not in headers


def test_this_machine_and_trusted_proxies_are_told(client, site_tree, page_cache, settings):
    client.get("/en/about/")
    assert state(client.get("/en/about/", REMOTE_ADDR="127.0.0.1")) == "HIT"
    assert state(client.get("/en/about/", REMOTE_ADDR="::1")) == "HIT"
    assert state(client.get("/en/about/", REMOTE_ADDR="192.0.2.7")) is None
    settings.TRUSTED_PROXIES = ["192.0.2.0/24"]  # a CDN's range
    hit = client.get("/en/about/", REMOTE_ADDR="192.0.2.7")
    assert state(hit) == "HIT" and "Age" in hit


# --- nginx applies the same rule ------------------------------------------------------------------------------


def declared_parameters():
    from wagtail.models import get_page_models

    import urls  # noqa: F401 - the views declare their parameters as they are decorated

    names = set(variants.DECLARED_BY_VIEWS)
    for model in get_page_models():
        names.update(getattr(model, "query_parameters", ()))
    return names


def nginx_undeclared_pattern():
    text = (settings.BASE_DIR / "deploy" / "nginx.conf").read_text()
    block = re.search(r"map \$args \$campaign_undeclared_args \{(.*?)\}", text, re.S).group(1)
    return re.search(r'"~(.*)" 1;', block).group(1)


def test_nginx_lists_exactly_the_declared_parameters():
    pattern = nginx_undeclared_pattern()
    listed = set(re.search(r"\(\?!\(([^)]*)\)", pattern).group(1).split("|"))
    assert listed == declared_parameters()


@pytest.mark.parametrize(
    ("args", "undeclared"),
    [
        ("", False),
        ("page=2", False),
        ("year=2025&page=2", False),
        ("topic=online-safety&topic=sextortion&printable=1", False),
        ("page", False),
        ("utm_source=x", True),
        ("page=2&fbclid=abc", True),
        ("pages=2", True),
        ("page2=1", True),
    ],
)
def test_nginx_never_stores_an_address_with_an_undeclared_parameter(args, undeclared):
    assert bool(re.search(nginx_undeclared_pattern(), args)) is undeclared


def test_a_database_outage_leaves_a_session_cookie_alone_and_answers_from_the_cache(
    client, site_tree, page_cache, monkeypatch
):
    from django.db import OperationalError

    from pagecache import headers

    client.get("/en/about/")

    def down(value):
        raise OperationalError("the database is down")

    monkeypatch.setattr(headers, "is_live_session", down)
    client.cookies[settings.SESSION_COOKIE_NAME] = "c" * 32
    response = client.get("/en/about/")
    assert state(response) == "HIT"
    assert settings.SESSION_COOKIE_NAME not in response.cookies  # an editor's cookie survives a blip


@pytest.mark.parametrize(
    ("url", "state_url"),
    [
        ("redis://127.0.0.1:6379/0", "redis://127.0.0.1:6379/1"),
        ("unix:///run/redis/redis.sock?db=2", "unix:///run/redis/redis.sock?db=3"),
        ("unix:///run/redis/redis.sock", "unix:///run/redis/redis.sock?db=1"),
        ("redis://cache:6379?db=4", "redis://cache:6379?db=5"),
    ],
)
def test_the_state_database_follows_the_pages_database(url, state_url):
    assert next_database(url) == state_url
