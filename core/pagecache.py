"""The full-page cache: anonymous GET and HEAD requests are answered from Django's cache.

How it decides (see README, "Performance"):
- Only requests without a session cookie or an Authorization header, outside /admin/, /documents/ and the
  health checks, are looked up. Editors, previews (under /admin/) and document downloads never are.
- Only a 200 response to a GET is stored, and only when it sets no cookie, varies on nothing but
  Accept-Encoding and does not say private, no-cache or no-store (the search page, the school request form).
- It is kept for the response's own max-age when it has one (pages showing "open now" or "running now"
  expire when that changes), else PAGE_CACHE_SECONDS; never past midnight in Japan, when "today" changes.
- Every change to published content bumps one generation number kept in the same cache (core.purge), so a
  page stored before the change is never served after it, on any app server that shares the cache.
- An entry outlives its freshness by PAGE_CACHE_STALE_SECONDS: when the database cannot be reached, the
  last good copy is served instead of the 503 page.

Responses that may be stored get Cache-Control for a CDN or proxy: public, s-maxage, stale-while-revalidate
and stale-if-error, and max-age=0 with must-revalidate for browsers (a cheap 304 on every visit). Pages shown
to someone with a session are marked private.
"""

import datetime
import hashlib
import logging
import time
from http.client import responses

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.core.handlers.wsgi import get_path_info, get_script_name
from django.http import HttpResponse, HttpResponseNotModified, parse_cookie
from django.utils import timezone
from django.utils.cache import get_max_age, patch_cache_control
from django.utils.http import http_date, parse_etags

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
ENTRY_PREFIX = "pagecache:v2:entry:"  # bump when the stored format or the headers in it change
HEADER = "X-Page-Cache"
EXCLUDED_PREFIXES = ("/admin/", "/documents/", "/healthz", "/readyz", "/static/", "/media/", "/__")
MAX_QUERY_LENGTH = 512
UNCACHEABLE = ("private", "no-cache", "no-store")
NOT_MODIFIED_HEADERS = (
    "ETag",
    "Cache-Control",
    "Expires",
    "Content-Language",
    "Content-Security-Policy",
    "Strict-Transport-Security",
)


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def has_session(request):
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def address_key(scheme, host, path, query):
    if path.startswith(EXCLUDED_PREFIXES) or len(query) > MAX_QUERY_LENGTH:
        return None
    address = f"{scheme}://{host}{path}?{query}"
    return ENTRY_PREFIX + hashlib.sha256(address.encode("utf-8", "surrogateescape")).hexdigest()


def entry_key(request):
    """The cache key for this request, or None when it must not be answered from the cache."""
    if request.method not in ("GET", "HEAD") or has_session(request) or "HTTP_AUTHORIZATION" in request.META:
        return None
    if getattr(request, "is_dummy", False):
        return None  # Wagtail's preview: a draft rendered through the middleware at the page's own address
    try:
        host = request.get_host()
    except DisallowedHost:
        return None  # Django answers 400 further in
    return address_key(request.scheme, host, request.path, request.META.get("QUERY_STRING", ""))


def fetch(cache, key):
    """(generation, entry or None) in one round trip to the cache."""
    found = cache.get_many([GENERATION_KEY, key])
    generation = found.get(GENERATION_KEY)
    if generation is None:
        generation = current_generation(cache)
    return generation, found.get(key)


def is_fresh(entry, generation, now):
    return entry is not None and entry["generation"] == generation and entry["fresh_until"] > now


def replay_parts(entry, if_none_match, now, state):
    """(status code, headers, body) to answer from a stored entry: 304 when the ETag matches."""
    headers = dict(entry["headers"])
    etag = headers.get("ETag")
    if etag and etag in parse_etags(if_none_match or ""):
        status = 304
        headers = {name: headers[name] for name in NOT_MODIFIED_HEADERS if name in headers}
        body = b""
    else:
        status, body = entry["status"], entry["content"]
    if state == "STALE":
        headers["Cache-Control"] = "no-store"  # an outage copy must not be kept by anything in front
    else:
        headers["Age"] = str(max(0, int(now - entry["stored_at"])))
    headers[HEADER] = state
    return status, headers, body


def current_generation(cache):
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        # First use, or the cache was flushed: start from the clock, so that no old entry can match.
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def purge():
    """Make every stored page stale, on every app server sharing the cache. One INCR on Redis."""
    cache = page_cache()
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # no generation yet (or it was evicted): any new value invalidates what is stored
        cache.set(GENERATION_KEY, time.time_ns(), timeout=None)
    except Exception:  # the cache is down: nothing can be served from it either
        logger.warning("Page cache: could not purge (the cache is unreachable).", exc_info=True)


def seconds_to_midnight(now=None):
    local = timezone.localtime(now)
    midnight = datetime.datetime.combine(local.date() + datetime.timedelta(days=1), datetime.time.min)
    return max(1, int((timezone.make_aware(midnight, local.tzinfo) - local).total_seconds()))


def is_storable(request, response):
    if request.method != "GET" or response.status_code != 200 or response.streaming or response.cookies:
        return False
    vary = {v.strip().lower() for v in response.get("Vary", "").split(",") if v.strip()}
    if vary - {"accept-encoding"}:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in UNCACHEABLE):
        return False
    max_age = get_max_age(response)
    return max_age is None or max_age > 0


def add_shared_cache_headers(response, lifetime, explicit):
    """Cache-Control for what sits in front: a CDN or proxy keeps the page for `s-maxage` (and serves it
    stale while the site is down); a browser keeps it too but asks again every time (`max-age=0`,
    `must-revalidate`), which costs a 304 when nothing changed. So an editor who signs in, or publishes,
    sees the current page at once, not the copy their browser kept as a visitor.

    stale-while-revalidate is left off pages that set their own expiry ("open now"): they must change on time.
    """
    shared = min(lifetime, settings.PAGE_CACHE_SHARED_SECONDS)
    directives = {
        "public": True,
        "max_age": 0,
        "must_revalidate": True,
        "s_maxage": shared,
        "stale_if_error": settings.PAGE_CACHE_STALE_SECONDS,
    }
    if not explicit:
        directives["stale_while_revalidate"] = settings.PAGE_CACHE_REVALIDATE_SECONDS
    if response.has_header("Cache-Control"):
        del response["Cache-Control"]  # the view's max-age became the lifetime above
    patch_cache_control(response, **directives)
    if response.has_header("Expires"):
        response["Expires"] = http_date(time.time())  # agree with max-age=0


class PageCacheMiddleware:
    """Answer anonymous requests from the cache; store what may be stored. See the module docstring."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = entry_key(request) if settings.PAGE_CACHE_ENABLED else None
        if key is None:
            return self.mark_private(request, self.get_response(request))

        cache = page_cache()
        try:
            generation, entry = fetch(cache, key)
            request.content_generation = generation  # core.chrome keys its shared pieces with it too
        except Exception:  # the cache is down: render as if there were none
            logger.warning("Page cache: the cache is unreachable.", exc_info=True)
            return self.mark_private(request, self.get_response(request))

        now = time.time()
        if is_fresh(entry, generation, now):
            return self.replay(request, entry, now, "HIT")

        response = self.get_response(request)
        if getattr(response, "database_unavailable", False) and entry is not None:
            # The last good copy is better than "try again later" while the database is down.
            return self.replay(request, entry, now, "STALE")
        if is_storable(request, response):
            self.store(cache, key, generation, response, now)
            response[HEADER] = "MISS"
        return self.mark_private(request, response)

    def store(self, cache, key, generation, response, now):
        explicit = get_max_age(response)
        lifetime = min(settings.PAGE_CACHE_SECONDS, seconds_to_midnight())
        if explicit is not None:
            lifetime = min(lifetime, explicit)
        add_shared_cache_headers(response, lifetime, explicit is not None)
        if not response.has_header("ETag"):
            response["ETag"] = f'"{hashlib.md5(response.content, usedforsecurity=False).hexdigest()}"'
        entry = {
            "generation": generation,
            "stored_at": now,
            "fresh_until": now + lifetime,
            "status": response.status_code,
            "headers": [(k, v) for k, v in response.items() if k.lower() != HEADER.lower()],
            "content": response.content,
        }
        try:
            cache.set(key, entry, timeout=lifetime + settings.PAGE_CACHE_STALE_SECONDS)
        except Exception:
            logger.warning("Page cache: could not store a page.", exc_info=True)

    def replay(self, request, entry, now, state):
        status, headers, body = replay_parts(entry, request.META.get("HTTP_IF_NONE_MATCH"), now, state)
        response = HttpResponseNotModified() if status == 304 else HttpResponse(body, status=status)
        for name, value in headers.items():
            response[name] = value
        return response

    @staticmethod
    def mark_private(request, response):
        """Keep personal responses out of shared caches: a public page shown to someone with a session (an
        editor, with the userbar), and a response that sets a cookie (the school request form's CSRF)."""
        if request.path.startswith("/admin/"):
            return response  # Wagtail sets the admin's own headers
        cache_control = response.get("Cache-Control", "").lower()
        if "no-store" in cache_control or "private" in cache_control:
            return response
        if has_session(request) or response.cookies:
            patch_cache_control(response, private=True, no_cache=True)
        return response


# What changes published content, and so purges the page cache. Everything is purged on any save or
# delete except the models below, which are written on public requests (renditions, download counts),
# hold editors' own state (sessions, sign-in throttling, second factors, drafts, workflow states, logs),
# or only feed the admin. Over-purging costs a re-render; under-purging would show stale content.
NOT_CONTENT_APPS = {
    "admin",
    "axes",
    "contenttypes",
    "django_otp",
    "otp_static",
    "otp_totp",
    "sessions",
    "wagtail_localize",
    "wagtailadmin",
    "wagtailembeds",
    "wagtailforms",
    "wagtailsearch",
}
NOT_CONTENT_MODELS = {
    # Derived data, rebuilt inside the publish that purges anyway.
    "campaigns.occurrence",
    "materials.materialpack",
    "auth.user",
    "auth.group",
    "auth.permission",
    "materials.downloadcount",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailcore.modellogentry",
    "wagtailcore.pagelogentry",
    "wagtailcore.pagesubscription",
    "wagtailcore.referenceindex",
    "wagtailcore.revision",
    "wagtailcore.taskstate",
    "wagtailcore.uploadedfile",
    "wagtailcore.workflowstate",
    "wagtailimages.rendition",
}
# A draft saved on a page or snippet updates only these fields of the live row: nothing public changes.
DRAFT_FIELDS = {
    "draft_title",
    "has_unpublished_changes",
    "latest_revision",
    "latest_revision_created_at",
    "locked",
    "locked_at",
    "locked_by",
}


def is_content(model):
    meta = model._meta
    return meta.app_label not in NOT_CONTENT_APPS and meta.label_lower not in NOT_CONTENT_MODELS


def purge_frontend():
    """With a CDN configured (WAGTAILFRONTENDCACHE), purge every live page there too: a change shows on
    listings, menus and the home page, not only on its own page. Sent as one background task."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache
    from wagtail.models import Page

    purge_pages_from_cache(Page.objects.live().public().filter(depth__gt=1))


def purge_after_commit(**kwargs):
    """Purge once the change is committed, after the signal handlers that rebuild derived data (occurrences,
    packs) have run in the same transaction: a page rendered before that is stored under the old generation.

    The page cache purge is one INCR, so each save asks for one. The CDN purge is asked for once per
    transaction: a publish saves the page, its inlines and its occurrences."""
    from django.db import connection, transaction

    transaction.on_commit(purge, robust=True)
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        current = set(connection.savepoint_ids)
        # A callback registered in this savepoint or an outer one runs unless this change rolls back too.
        if not any(func is purge_frontend and sids <= current for sids, func, _ in connection.run_on_commit):
            transaction.on_commit(purge_frontend, robust=True)


def on_save(sender, update_fields=None, **kwargs):
    if is_content(sender) and not (update_fields and set(update_fields) <= DRAFT_FIELDS):
        purge_after_commit()


def on_delete(sender, **kwargs):
    if is_content(sender):
        purge_after_commit()


def on_m2m_changed(sender, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and is_content(kwargs["model"]):
        purge_after_commit()


def connect_signals():
    from django.apps import apps
    from django.db.models.signals import m2m_changed, post_delete, post_save

    from wagtail.signals import page_unpublished, post_page_move, published, unpublished

    # Receivers per content model, not one for every model: a delete receiver on a model stops Django from
    # deleting its rows in bulk (it must load them to send the signal), so derived rows are left alone.
    for model in apps.get_models():
        if is_content(model):
            label = model._meta.label_lower
            post_save.connect(on_save, sender=model, dispatch_uid=f"pagecache-save-{label}")
            post_delete.connect(on_delete, sender=model, dispatch_uid=f"pagecache-delete-{label}")
    m2m_changed.connect(on_m2m_changed, dispatch_uid="pagecache-m2m")
    # Moving a page rewrites paths with bulk updates, which send no post_save.
    post_page_move.connect(purge_after_commit, dispatch_uid="pagecache-move")
    page_unpublished.connect(purge_after_commit, dispatch_uid="pagecache-page-unpublished")
    published.connect(purge_after_commit, dispatch_uid="pagecache-published")
    unpublished.connect(purge_after_commit, dispatch_uid="pagecache-unpublished")


class CachedPagesWSGI:
    """In front of Django (site/wsgi.py): a fresh stored page is sent without building a Django request,
    running the middleware or touching the database. Anything else goes to Django, where
    PageCacheMiddleware decides the same way and stores what may be stored.

    The key is built exactly as Django builds request.scheme, get_host() and request.path; a Host header
    that Django would refuse can only miss, because Django stored nothing under it."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        found = self.lookup(environ) if settings.PAGE_CACHE_ENABLED else None
        if found is None:
            return self.application(environ, start_response)
        status, headers, body = found
        start_response(f"{status} {responses.get(status, '')}".strip(), list(headers.items()))
        return [b"" if environ.get("REQUEST_METHOD") == "HEAD" else body]

    @staticmethod
    def scheme(environ):
        if settings.SECURE_PROXY_SSL_HEADER:
            header, secure_value = settings.SECURE_PROXY_SSL_HEADER
            value = environ.get(header)
            if value is not None:
                return "https" if value.split(",", 1)[0].strip() == secure_value else "http"
        return environ.get("wsgi.url_scheme", "http")

    def lookup(self, environ):
        if environ.get("REQUEST_METHOD") not in ("GET", "HEAD") or "HTTP_AUTHORIZATION" in environ:
            return None
        cookies = environ.get("HTTP_COOKIE")
        if cookies and settings.SESSION_COOKIE_NAME in parse_cookie(cookies):
            return None
        host = environ.get("HTTP_HOST")
        if not host:
            return None
        script_name, path_info = get_script_name(environ), get_path_info(environ) or "/"
        path = "{}/{}".format(script_name.rstrip("/"), path_info.replace("/", "", 1))
        key = address_key(self.scheme(environ), host, path, environ.get("QUERY_STRING", ""))
        if key is None:
            return None
        try:
            generation, entry = fetch(page_cache(), key)
        except Exception:
            return None  # Django renders, and logs the cache error there
        now = time.time()
        if not is_fresh(entry, generation, now):
            return None
        return replay_parts(entry, environ.get("HTTP_IF_NONE_MATCH"), now, "HIT")
