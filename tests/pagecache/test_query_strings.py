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
    assert state(client.get("/en/about/?page=2&page=2")) == "HIT"
    assert state(client.get("/en/about/?pag%65=%32")) == "HIT"
    assert renders == {"page=2": 1}


def test_the_variants_stored_for_one_page_are_bounded(client, site_tree, reads_page, page_cache, settings, monkeypatch):
    settings.PAGE_CACHE_MAX_VARIANTS = 8
    keys = set()
    cache = storage.page_cache()
    original = cache.set

    def recording(key, *args, **kwargs):
        if key.startswith(storage.ENTRY_PREFIX):
            keys.add(key)
        return original(key, *args, **kwargs)

    monkeypatch.setattr(cache, "set", recording)
    client.get("/en/about/")
    for number in range(1, 201):
        assert client.get(f"/en/about/?page={number}").status_code == 200
    assert len(keys) <= 1 + 8  # the page itself, and at most eight variants
    # A variant whose place another took is rendered again, never answered with the other's page.
    response = client.get("/en/about/?page=1")
    assert response.status_code == 200 and state(response) in {"HIT", "MISS"}


def test_a_view_that_declares_nothing_is_not_stored_with_a_query_string(client, site_tree, page_cache, monkeypatch):
    from django.http import HttpResponse
    from django.test import RequestFactory

    from pagecache.middleware import PageCacheMiddleware

    def view(request):
        response = HttpResponse(request.GET.get("q", ""))
        response["Cache-Control"] = "public, max-age=60"
        return response

    middleware = PageCacheMiddleware(view)
    for _ in range(2):
        response = middleware(RequestFactory().get("/en/undeclared/", {"q": "words"}))
        assert state(response) is None
    assert state(middleware(RequestFactory().get("/en/undeclared/"))) == "MISS"


def flood_queries():
    """5,000 unique query strings for a page that reads ?page=: 4,000 with parameters it does not read, and
    1,000 spellings of the ten pages it has."""
    for number in range(1000):
        yield f"utm_source=n{number}"
        yield f"fbclid=IwAR{number:05d}"
        yield f"x{number}=1"
        yield f"page={number % 10 + 1}&utm_campaign={number}"
    for page in range(1, 11):
        for repeat in range(100):
            yield "&".join([f"page={page}"] * (repeat + 1))


@pytest.fixture(params=["files", "redis"])
def both_caches(request, settings, tmp_path):
    """The page cache and the state cache as in production: files on this machine (the pages' cache small
    enough to cull), or two Redis databases."""
    renditions = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "flood-renditions"}
    if request.param == "files":
        backend = "django.core.cache.backends.filebased.FileBasedCache"
        settings.CACHES = {
            "default": {"BACKEND": backend, "LOCATION": str(tmp_path / "pages"), "OPTIONS": {"MAX_ENTRIES": 20}},
            "state": {"BACKEND": backend, "LOCATION": str(tmp_path / "state")},
            "renditions": renditions,
        }
        yield request.param
        return
    redis = pytest.importorskip("redis")
    url = "redis://127.0.0.1:6379/14"
    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except redis.RedisError as error:
        pytest.skip(f"Redis is not reachable at {url}: {error}")
    prefix = f"flood-{tmp_path.name}"
    settings.CACHES = {
        "default": {"BACKEND": "pagecache.redis.RedisCache", "LOCATION": url, "KEY_PREFIX": prefix},
        "state": {"BACKEND": "pagecache.redis.RedisCache", "LOCATION": next_database(url), "KEY_PREFIX": prefix},
        "renditions": renditions,
    }
    yield request.param
    for database in (url, next_database(url)):
        client = redis.Redis.from_url(database)
        keys = list(client.scan_iter(f"{prefix}:*"))
        if keys:
            client.delete(*keys)


def test_five_thousand_query_strings_render_each_variant_once_and_the_counters_survive(
    client, site_tree, reads_page, page_cache, renders, both_caches, settings
):
    from django.core.cache import caches

    from core.clients import count_this_hour, counted_this_hour

    assert settings.CACHES["default"]["LOCATION"] != settings.CACHES["state"]["LOCATION"]
    # A school's submission counted, and the page cache's generation, before the flood.
    count_this_hour("school-request-rate:flood")
    assert state(client.get("/en/about/")) == "MISS"
    generation = caches["state"].get(storage.GENERATION_KEY)
    assert generation is not None

    queries = list(flood_queries())
    assert len(set(queries)) == 5000
    answers = Counter()
    for query in queries:
        response = client.get(f"/en/about/?{query}")
        answers[response.status_code] += 1
        if response.status_code == 301:
            assert response["Location"].startswith("/en/about/")
            assert "utm_" not in response["Location"] and "fbclid" not in response["Location"]
    # Every made-up parameter is redirected; the ten pages were each rendered once, the page itself once.
    assert answers == {301: 4000, 200: 1000}
    assert renders == {"": 1, **{f"page={page}": 1 for page in range(1, 11)}}
    # Nothing the flood stored pushed out the generation or the count: the page is still a hit.
    assert caches["state"].get(storage.GENERATION_KEY) == generation
    assert counted_this_hour("school-request-rate:flood") == 1
    assert state(client.get("/en/about/")) == "HIT"


def test_the_state_lives_apart_from_the_pages(client, site_tree, page_cache, settings):
    """The generation, the chrome and the rate-limit counters are in the state cache (STATE_CACHE_ALIAS)."""
    from django.core.cache import caches
    from django.test import RequestFactory

    from core.clients import count_this_hour
    from core.shared import remembered

    settings.CHROME_CACHE_ENABLED = True
    client.get("/en/about/")
    request = RequestFactory().get("/")
    remembered(request, ("a-piece",), lambda: "chrome")
    count_this_hour("a-count")
    pages = caches[settings.PAGE_CACHE_ALIAS]
    pages.clear()  # as if pages had filled the cache and pushed everything out
    state_cache = caches[settings.STATE_CACHE_ALIAS]
    assert state_cache.get(storage.GENERATION_KEY) == request.content_generation
    assert state_cache.get("a-count") == 1
    assert remembered(request, ("a-piece",), lambda: "rebuilt") == "chrome"


def test_production_keeps_the_state_in_a_redis_database_of_its_own():
    assert next_database("redis://127.0.0.1:6379/0") == "redis://127.0.0.1:6379/1"
    assert next_database("redis://cache.internal:6379") == "redis://cache.internal:6379/1"
    assert next_database("rediss://:secret@cache:6380/4") == "rediss://:secret@cache:6380/5"


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
