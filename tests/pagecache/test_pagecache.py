"""The full-page cache (pagecache/): hits, misses, what is never cached, purges and outages."""

import datetime

from django.conf import settings
from django.db import OperationalError
from django.utils import timezone

from wagtail.models import Site

import pytest
from freezegun import freeze_time

from core.models import SiteSettings
from pagecache import purge, signal_handlers, storage, wsgi
from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


def state(response):
    return response.get(storage.HEADER)


def test_an_anonymous_page_is_stored_then_answered_without_the_database(
    client, site_tree, page_cache, django_assert_num_queries
):
    first = client.get("/en/about/")
    assert first.status_code == 200
    assert state(first) == "MISS"
    with django_assert_num_queries(0):
        second = client.get("/en/about/")
    assert state(second) == "HIT"
    assert second.content == first.content
    assert second["Content-Language"] == "en"
    assert int(second["Age"]) >= 0
    assert not second.cookies
    assert "Cookie" not in second.get("Vary", "")


def test_security_headers_are_sent_on_a_hit(client, site_tree, page_cache):
    client.get("/ja/")
    hit = client.get("/ja/")
    assert state(hit) == "HIT"
    assert "object-src 'none'" in hit["Content-Security-Policy"]
    assert hit["X-Content-Type-Options"] == "nosniff"
    assert hit["Referrer-Policy"] == "same-origin"
    assert "camera=()" in hit["Permissions-Policy"]


def test_stored_pages_tell_a_cdn_how_long_to_keep_them(client, site_tree, page_cache):
    response = client.get("/en/about/")
    directives = {d.strip() for d in response["Cache-Control"].split(",")}
    assert "public" in directives
    assert f"s-maxage={settings.PAGE_CACHE_SHARED_SECONDS}" in directives
    # Browsers ask again every time (a 304 when nothing changed): an editor who signs in sees their version.
    assert {"max-age=0", "must-revalidate"} <= directives
    assert f"stale-while-revalidate={settings.PAGE_CACHE_REVALIDATE_SECONDS}" in directives
    assert f"stale-if-error={settings.PAGE_CACHE_STALE_SECONDS}" in directives
    assert response["ETag"].startswith('"')


def test_head_is_answered_from_the_cache(client, site_tree, page_cache):
    client.get("/en/about/")
    response = client.head("/en/about/")
    assert response.status_code == 200
    assert state(response) == "HIT"


def test_a_matching_etag_gets_304(client, site_tree, page_cache):
    etag = client.get("/en/about/")["ETag"]
    response = client.get("/en/about/", headers={"if-none-match": etag})
    assert response.status_code == 304
    assert response["ETag"] == etag
    assert not response.content
    assert client.get("/en/about/", headers={"if-none-match": '"other"'}).status_code == 200


def test_declared_query_strings_are_part_of_the_key(client, site_tree, page_cache, monkeypatch):
    from home.models import ContentPage

    monkeypatch.setattr(ContentPage, "query_parameters", ("a", "q"))
    assert state(client.get("/en/about/?a=1")) == "MISS"
    assert state(client.get("/en/about/?a=2")) == "MISS"
    assert state(client.get("/en/about/?a=1")) == "HIT"
    long_query = "q=" + "x" * (storage.MAX_QUERY_LENGTH + 1)
    client.get(f"/en/about/?{long_query}")
    assert state(client.get(f"/en/about/?{long_query}")) is None


def test_hosts_and_schemes_do_not_share_entries(client, site_tree, page_cache):
    client.get("/en/about/")
    assert state(client.get("/en/about/", secure=True)) == "MISS"
    assert state(client.get("/en/about/", HTTP_HOST="127.0.0.1")) == "MISS"


def test_an_unknown_host_still_gets_400(client, site_tree, page_cache, settings):
    settings.ALLOWED_HOSTS = ["testserver"]
    assert client.get("/en/about/", HTTP_HOST="evil.example").status_code == 400


def test_editors_are_never_served_or_stored(admin_client, client, site_tree, page_cache):
    editor = admin_client.get("/en/about/")
    assert state(editor) is None
    assert "wagtail-userbar" in editor.content.decode()
    assert "private" in editor["Cache-Control"] and "public" not in editor["Cache-Control"]
    # The editor's page (with the userbar) was not stored for visitors.
    visitor = client.get("/en/about/")
    assert state(visitor) == "MISS"
    assert "wagtail-userbar" not in visitor.content.decode()
    # And a visitor's stored page is not shown to the editor.
    assert state(admin_client.get("/en/about/")) is None


def test_previews_and_the_admin_are_never_cached(admin_client, site_tree, page_cache):
    about = site_tree["about_en"]
    for _ in range(2):
        response = admin_client.get(f"/admin/pages/{about.pk}/edit/preview/")
        assert state(response) is None
    assert state(admin_client.get("/admin/")) is None


def test_responses_that_say_no_store_are_not_stored(client, site_tree, page_cache, monkeypatch):
    from home.models import ContentPage

    original = ContentPage.serve

    def no_store(self, request, *args, **kwargs):
        response = original(self, request, *args, **kwargs)
        response["Cache-Control"] = "no-store"
        return response

    monkeypatch.setattr(ContentPage, "serve", no_store)
    client.get("/en/about/")
    response = client.get("/en/about/")
    assert state(response) is None
    assert response["Cache-Control"] == "no-store"


def test_responses_that_set_a_cookie_are_private_and_not_stored(client, site_tree, page_cache, monkeypatch):
    from home.models import ContentPage

    original = ContentPage.serve

    def with_cookie(self, request, *args, **kwargs):
        response = original(self, request, *args, **kwargs)
        response.set_cookie("csrftoken", "x")
        return response

    monkeypatch.setattr(ContentPage, "serve", with_cookie)
    client.get("/en/about/")
    response = client.get("/en/about/")
    assert state(response) is None
    assert "private" in response["Cache-Control"]


def test_post_and_errors_are_not_stored(client, site_tree, page_cache):
    client.get("/en/no-such-page/")
    assert state(client.get("/en/no-such-page/")) is None
    assert state(client.post("/en/about/")) is None


def test_turned_off_by_the_setting(client, site_tree, settings):
    settings.PAGE_CACHE_ENABLED = False
    client.get("/en/about/")
    assert state(client.get("/en/about/")) is None


# Purges -------------------------------------------------------------------------------------------------


def test_publishing_a_change_purges_every_page(client, site_tree, page_cache, publish):
    about = site_tree["about_en"]
    client.get("/en/about/")
    client.get("/en/")
    about.title = "About this campaign"
    publish(about.save_revision().publish)
    response = client.get("/en/about/")
    assert state(response) == "MISS"
    assert "About this campaign" in response.content.decode()
    assert state(client.get("/en/")) == "MISS"  # the menu on every page shows the title too


def test_a_draft_does_not_purge(client, site_tree, page_cache, publish):
    about = site_tree["about_en"]
    client.get("/en/about/")
    about.title = "A draft title"
    publish(about.save_revision)
    response = client.get("/en/about/")
    assert state(response) == "HIT"
    assert "A draft title" not in response.content.decode()


def test_unpublishing_purges(client, site_tree, page_cache, publish):
    client.get("/en/about/")
    publish(site_tree["about_en"].unpublish)
    assert client.get("/en/about/").status_code == 404


def test_deleting_purges(client, site_tree, page_cache, publish):
    client.get("/en/about/")
    publish(site_tree["about_en"].delete)
    assert client.get("/en/about/").status_code == 404


def test_moving_purges(client, site_tree, page_cache, publish):
    parent = ContentPageFactory(parent=site_tree["home_en"], slug="section", title="Section")
    publish(parent.save_revision().publish)
    client.get("/en/about/")
    publish(site_tree["about_en"].move, parent, pos="last-child")
    old_address = client.get("/en/about/")
    assert old_address.status_code == 301  # Wagtail's automatic redirect, not the stored page
    assert old_address["Location"] == "/en/section/about/"
    assert client.get("/en/section/about/").status_code == 200


def test_site_settings_purge(client, site_tree, page_cache, publish):
    client.get("/en/about/")
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.police_number = "0110"
    publish(site_settings.save)
    response = client.get("/en/about/")
    assert state(response) == "MISS"
    assert "0110" in response.content.decode()


def test_writes_made_while_serving_visitors_do_not_purge(client, site_tree, page_cache, publish):
    from django.contrib.sessions.models import Session

    from materials.models import DownloadCount

    client.get("/en/about/")
    for model in (DownloadCount, Session):
        assert not purge.is_content(model)
    generation = storage.state_cache().get(storage.GENERATION_KEY)
    assert generation is not None
    publish(signal_handlers.on_save, sender=DownloadCount)
    assert storage.state_cache().get(storage.GENERATION_KEY) == generation
    assert state(client.get("/en/about/")) == "HIT"


def test_purge_survives_a_flushed_cache(client, site_tree, page_cache):
    client.get("/en/about/")
    storage.state_cache().clear()
    purge.purge()
    assert storage.state_cache().get(storage.GENERATION_KEY) is not None
    assert state(client.get("/en/about/")) == "MISS"
    assert state(client.get("/en/about/")) == "HIT"


def test_a_page_rendered_during_a_publish_is_not_served_after_it(client, site_tree, page_cache, monkeypatch):
    """A request that read the generation before a publish stores its page under the old generation."""
    from home.models import ContentPage

    original = ContentPage.serve

    def publish_meanwhile(self, request, *args, **kwargs):
        response = original(self, request, *args, **kwargs)
        purge.purge()  # a publish commits while this page renders
        return response

    monkeypatch.setattr(ContentPage, "serve", publish_meanwhile)
    client.get("/en/about/")
    monkeypatch.setattr(ContentPage, "serve", original)
    assert state(client.get("/en/about/")) == "MISS"


# Lifetimes ------------------------------------------------------------------------------------------------


def test_a_page_is_kept_only_as_long_as_its_own_max_age(client, site_tree, page_cache, monkeypatch):
    from home.models import ContentPage

    original = ContentPage.serve

    def short(self, request, *args, **kwargs):
        response = original(self, request, *args, **kwargs)
        response["Cache-Control"] = "max-age=60"
        return response

    monkeypatch.setattr(ContentPage, "serve", short)
    start = timezone.now().replace(hour=12)
    with freeze_time(start) as frozen:
        response = client.get("/en/about/")
        assert "s-maxage=60" in response["Cache-Control"]
        assert "stale-while-revalidate" not in response["Cache-Control"]  # it must change on time
        frozen.tick(datetime.timedelta(seconds=59))
        assert state(client.get("/en/about/")) == "HIT"
        frozen.tick(datetime.timedelta(seconds=2))
        assert state(client.get("/en/about/")) == "MISS"


def test_nothing_is_kept_past_midnight_in_japan(client, site_tree, page_cache):
    tokyo = timezone.get_default_timezone()
    before_midnight = datetime.datetime(2026, 11, 30, 23, 59, 0, tzinfo=tokyo)
    with freeze_time(before_midnight) as frozen:
        response = client.get("/en/about/")
        assert "s-maxage=60" in response["Cache-Control"]
        frozen.tick(datetime.timedelta(seconds=30))
        assert state(client.get("/en/about/")) == "HIT"
        frozen.tick(datetime.timedelta(seconds=31))
        assert state(client.get("/en/about/")) == "MISS"


# Outages --------------------------------------------------------------------------------------------------


def database_down(monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(Site, "find_for_request", refuse)


def test_a_stored_page_answers_while_the_database_is_down(client, site_tree, page_cache, monkeypatch):
    client.raise_request_exception = False
    client.get("/en/about/")
    database_down(monkeypatch)
    assert state(client.get("/en/about/")) == "HIT"
    never_stored = client.get("/en/")
    assert never_stored.status_code == 503


def test_an_expired_page_is_served_stale_while_the_database_is_down(client, site_tree, page_cache, monkeypatch):
    client.raise_request_exception = False
    with freeze_time(timezone.now().replace(hour=3)) as frozen:
        fresh = client.get("/en/about/")
        frozen.tick(datetime.timedelta(seconds=settings.PAGE_CACHE_SECONDS + 1))
        database_down(monkeypatch)
        stale = client.get("/en/about/")
    assert stale.status_code == 200
    assert state(stale) == "STALE"
    assert stale.content == fresh.content
    assert stale["Cache-Control"] == "no-store"


def test_pages_render_when_the_cache_itself_is_down(client, site_tree, page_cache, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(storage, "current_generation", broken)
    response = client.get("/en/about/")
    assert response.status_code == 200
    assert state(response) is None


# The shared chrome (core/chrome.py) ---------------------------------------------------------------------


@pytest.fixture
def chrome_cache(settings):
    settings.CHROME_CACHE_ENABLED = True
    return settings


def count_queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_the_chrome_is_shared_between_requests(client, site_tree, settings):
    client.get("/en/about/")
    without, _ = count_queries(client, "/en/about/")
    settings.CHROME_CACHE_ENABLED = True
    client.get("/en/about/")
    shared, html = count_queries(client, "/en/about/")
    # Navigation, breadcrumbs, language versions, site settings and footer links come from the cache.
    assert shared <= without - 4
    assert 'hreflang="ja"' in html and "110" in html


def test_a_new_menu_page_shows_in_the_shared_chrome_at_once(client, site_tree, chrome_cache, publish):
    client.get("/en/about/")
    page = ContentPageFactory(parent=site_tree["home_en"], slug="new-section", title="A new section")
    publish(page.save_revision().publish)
    assert "A new section" in client.get("/en/about/").content.decode()


def test_settings_changes_show_in_the_shared_footer_at_once(client, site_tree, chrome_cache, publish):
    client.get("/en/about/")
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.child_guidance_number = "0189"
    publish(site_settings.save)
    assert "0189" in client.get("/en/about/").content.decode()


def test_the_chrome_is_built_from_the_database_when_the_cache_is_down(client, site_tree, chrome_cache, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(storage, "current_generation", broken)
    response = client.get("/en/about/")
    assert response.status_code == 200
    assert "110" in response.content.decode()


# The WSGI fast path (site/wsgi.py) ------------------------------------------------------------------------


def not_called(environ, start_response):
    raise AssertionError("Django was asked, though the page was in the cache")


def wsgi_get(app, path, **extra):
    from django.test import RequestFactory

    environ = RequestFactory().get(path, **extra).environ
    environ.setdefault("wsgi.url_scheme", "http")
    environ.setdefault("HTTP_HOST", "testserver")  # as every HTTP/1.1 client sends
    captured = {}

    def start_response(status, headers):
        captured["status"], captured["headers"] = status, dict(headers)

    body = b"".join(app(environ, start_response))
    return captured["status"], captured["headers"], body


def test_the_wsgi_layer_answers_fresh_pages_without_django(client, site_tree, page_cache, django_assert_num_queries):
    stored = client.get("/en/about/")
    with django_assert_num_queries(0):
        status, headers, body = wsgi_get(wsgi.CachedPagesWSGI(not_called), "/en/about/")
    assert status == "200 OK"
    assert body == stored.content
    assert headers[storage.HEADER] == "HIT"
    assert "object-src 'none'" in headers["Content-Security-Policy"]  # stored with every header
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Content-Length"] == str(len(body))


def test_the_wsgi_layer_answers_head_and_304(client, site_tree, page_cache):
    etag = client.get("/en/about/")["ETag"]
    app = wsgi.CachedPagesWSGI(not_called)
    status, headers, body = wsgi_get(app, "/en/about/", REQUEST_METHOD="HEAD")
    assert status == "200 OK" and body == b""
    status, headers, body = wsgi_get(app, "/en/about/", HTTP_IF_NONE_MATCH=etag)
    assert status == "304 Not Modified" and body == b"" and headers["ETag"] == etag


@pytest.mark.parametrize(
    "extra",
    [
        {"HTTP_COOKIE": f"{settings.SESSION_COOKIE_NAME}={'a' * 32}"},  # Django asks whether it is live
        {"HTTP_HOST": "other.example"},
        {"HTTP_X_FORWARDED_PROTO": "https"},
        {"HTTP_AUTHORIZATION": "Basic eDp5"},
        {"QUERY_STRING": "page=2"},
    ],
)
def test_the_wsgi_layer_hands_everything_else_to_django(client, site_tree, page_cache, settings, extra):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    client.get("/en/about/")
    seen = []

    def django_app(environ, start_response):
        seen.append(environ["PATH_INFO"])
        start_response("200 OK", [])
        return [b"from django"]

    status, headers, body = wsgi_get(wsgi.CachedPagesWSGI(django_app), "/en/about/", **extra)
    assert body == b"from django" and seen == ["/en/about/"]


def test_the_wsgi_layer_steps_aside_after_a_purge_or_without_a_cache(client, site_tree, page_cache, monkeypatch):
    client.get("/en/about/")
    answered = []

    def django_app(environ, start_response):
        answered.append(True)
        start_response("200 OK", [])
        return [b""]

    app = wsgi.CachedPagesWSGI(django_app)
    purge.purge()
    wsgi_get(app, "/en/about/")
    client.get("/en/about/")  # stored again

    def broken(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(storage, "fetch", broken)
    wsgi_get(app, "/en/about/")
    assert answered == [True, True]


def test_a_preview_is_never_answered_from_or_stored_in_the_cache(client, site_tree, page_cache):
    """Wagtail renders a preview by sending a made-up request for the page's own address through the
    middleware, without the editor's cookies when it has no request to copy them from."""
    about = site_tree["about_en"]
    live_address = about.get_full_url()  # the preview's made-up request asks for this host and path
    host = live_address.split("/")[2]
    client.get("/en/about/", HTTP_HOST=host)  # the live page, stored
    draft = about.get_latest_revision_as_object()
    draft.title = "A draft nobody may see"
    preview = draft.make_preview_request()
    assert preview.status_code == 200
    assert "A draft nobody may see" in preview.content.decode()
    assert storage.HEADER not in preview
    visitor = client.get("/en/about/", HTTP_HOST=host)
    assert state(visitor) == "HIT"
    assert "A draft nobody may see" not in visitor.content.decode()
