"""PageCacheMiddleware, first in MIDDLEWARE: what it stores carries every header the layers below add
(security headers, CSP), and a stored page is answered without them running again."""

import logging
import time

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse, HttpResponseNotModified

from pagecache import headers, storage

logger = logging.getLogger(__name__)


def entry_key(request):
    """The cache key for this request, or None when it must not be answered from the cache: anything but
    GET and HEAD, editors (a session cookie), Authorization, Wagtail's previews, a Host Django refuses."""
    if request.method not in ("GET", "HEAD") or headers.has_session(request) or "HTTP_AUTHORIZATION" in request.META:
        return None
    if getattr(request, "is_dummy", False):
        return None  # Wagtail's preview: a draft rendered through the middleware at the page's own address
    try:
        host = request.get_host()
    except DisallowedHost:
        return None  # Django answers 400 further in
    return storage.address_key(request.scheme, host, request.path, request.META.get("QUERY_STRING", ""))


class PageCacheMiddleware:
    """Answer anonymous requests from the cache; store what may be stored (pagecache/headers.py)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = entry_key(request) if settings.PAGE_CACHE_ENABLED else None
        if key is None:
            return headers.mark_private(request, self.get_response(request))

        cache = storage.page_cache()
        try:
            generation, entry = storage.fetch(cache, key)
            request.content_generation = generation  # core.shared keys the chrome with it too
        except Exception:  # the cache is down: render as if there were none
            logger.warning("Page cache: the cache is unreachable.", exc_info=True)
            return headers.mark_private(request, self.get_response(request))

        now = time.time()
        if storage.is_fresh(entry, generation, now):
            return self.replay(request, entry, now, "HIT")

        response = self.get_response(request)
        if getattr(response, "database_unavailable", False) and entry is not None:
            # The last good copy is better than "try again later" while the database is down.
            return self.replay(request, entry, now, "STALE")
        if headers.is_storable(request, response):
            self.store(cache, key, generation, response, now)
            response[storage.HEADER] = "MISS"
        return headers.mark_private(request, response)

    @staticmethod
    def store(cache, key, generation, response, now):
        seconds, explicit = headers.lifetime(response)
        headers.add_shared_cache_headers(response, seconds, explicit)
        try:
            cache.set(
                key,
                storage.make_entry(response, generation, now, seconds),
                timeout=seconds + settings.PAGE_CACHE_STALE_SECONDS,
            )
        except Exception:
            logger.warning("Page cache: could not store a page.", exc_info=True)

    @staticmethod
    def replay(request, entry, now, state):
        status, stored_headers, body = storage.replay_parts(entry, request.META.get("HTTP_IF_NONE_MATCH"), now, state)
        response = HttpResponseNotModified() if status == 304 else HttpResponse(body, status=status)
        for name, value in stored_headers.items():
            response[name] = value
        return response
