"""PageCacheMiddleware, first in MIDDLEWARE: what it stores carries every header the layers below add
(security headers, CSP), and a stored page is answered without them running again."""

import logging
import time

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.db import DatabaseError
from django.http import HttpResponse, HttpResponseNotModified

from pagecache import headers, storage

logger = logging.getLogger(__name__)


def request_address(request):
    """The cache address of this request, or None when it must not be answered from the cache: anything but
    GET and HEAD, editors (a live session), Authorization, Wagtail's previews, a Host Django refuses.

    A session cookie that names no live session (empty, made up, expired) is taken off the request: the
    visitor is answered from the cache, and their browser is told to forget it (`forget_dead_session`)."""
    if request.method not in ("GET", "HEAD") or "HTTP_AUTHORIZATION" in request.META:
        return None
    if headers.has_session(request):
        try:
            live = headers.is_live_session(request.COOKIES[settings.SESSION_COOKIE_NAME])
        except DatabaseError:
            live = None  # the database is down: answer from the cache if it can, and leave the cookie be
        if live:
            return None
        if live is False:
            del request.COOKIES[settings.SESSION_COOKIE_NAME]
            request.dead_session_cookie = True
    if getattr(request, "is_dummy", False):
        return None  # Wagtail's preview: a draft rendered through the middleware at the page's own address
    try:
        host = request.get_host()
    except DisallowedHost:
        return None  # Django answers 400 further in
    return storage.address(request.scheme, host, request.path, request.META.get("QUERY_STRING", ""))


def forget_dead_session(request, response):
    if getattr(request, "dead_session_cookie", False):
        response.delete_cookie(
            settings.SESSION_COOKIE_NAME,
            path=settings.SESSION_COOKIE_PATH,
            domain=settings.SESSION_COOKIE_DOMAIN,
            samesite=settings.SESSION_COOKIE_SAMESITE,
        )
    return response


class PageCacheMiddleware:
    """Answer anonymous requests from the cache; store what may be stored (pagecache/headers.py)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        address = request_address(request) if settings.PAGE_CACHE_ENABLED else None
        if address is None:
            return headers.mark_private(request, self.get_response(request))
        return headers.mark_private(request, forget_dead_session(request, self.answer(request, address)))

    def answer(self, request, address):
        internal = headers.is_internal(request.META.get("REMOTE_ADDR"))
        try:
            found = storage.fetch(address)
            request.content_generation = found.generation  # core.shared keys the chrome with it too
        except Exception:  # the cache is down: render as if there were none
            logger.warning("Page cache: the cache is unreachable.", exc_info=True)
            return self.get_response(request)

        raw_query = request.META.get("QUERY_STRING", "")
        if found.shape is not None:
            redirect = storage.redirect_parts(request.path, raw_query, found.shape, internal)
            if redirect is not None:
                return self.respond(*redirect)
        now = time.time()
        if storage.is_fresh(found.entry, found.generation, now):
            return self.replay(request, found.entry, now, "HIT", internal)

        response = self.get_response(request)
        if getattr(response, "database_unavailable", False) and found.entry is not None:
            # The last good copy is better than "try again later" while the database is down.
            return self.replay(request, found.entry, now, "STALE", internal)
        names = getattr(request, "query_parameters", None)
        if address.query and names is not None and found.shape is None:
            self.remember_shape(address, found.generation, names)
        if headers.is_storable(request, response, address.query):
            self.store(address, found.generation, response, now)
            if internal:
                response[storage.HEADER] = "MISS"
        return response

    @staticmethod
    def remember_shape(address, generation, names):
        try:
            storage.store_shape(address, generation, names)
        except Exception:
            logger.warning("Page cache: could not store a page's parameters.", exc_info=True)

    @staticmethod
    def store(address, generation, response, now):
        seconds, explicit = headers.lifetime(response)
        headers.add_shared_cache_headers(response, seconds, explicit)
        try:
            storage.page_cache().set(
                address.entry_key,
                storage.make_entry(address, response, generation, now, seconds),
                timeout=seconds + settings.PAGE_CACHE_STALE_SECONDS,
            )
        except Exception:
            logger.warning("Page cache: could not store a page.", exc_info=True)

    def replay(self, request, entry, now, state, internal):
        if_none_match = request.META.get("HTTP_IF_NONE_MATCH")
        return self.respond(*storage.replay_parts(entry, if_none_match, now, state, internal))

    @staticmethod
    def respond(status, stored_headers, body):
        response = HttpResponseNotModified() if status == 304 else HttpResponse(body, status=status)
        for name, value in stored_headers.items():
            response[name] = value
        return response
