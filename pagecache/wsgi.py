"""CachedPagesWSGI: in front of Django (site/wsgi.py), a fresh stored page is sent without building a
Django request, running the middleware or touching the database (about 0.15 ms). Anything else goes to
Django, where PageCacheMiddleware decides the same way and stores what may be stored."""

import time
from http.client import responses

from django.conf import settings
from django.core.handlers.wsgi import get_path_info, get_script_name
from django.http import parse_cookie

from pagecache import headers, storage


class CachedPagesWSGI:
    """The key is built exactly as Django builds request.scheme, get_host() and request.path; a Host header
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
        if cookies and headers.could_be_a_session(parse_cookie(cookies).get(settings.SESSION_COOKIE_NAME)):
            return None  # Django asks the session store whether it is live
        host = environ.get("HTTP_HOST")
        if not host:
            return None
        script_name, path_info = get_script_name(environ), get_path_info(environ) or "/"
        path = "{}/{}".format(script_name.rstrip("/"), path_info.replace("/", "", 1))
        raw_query = environ.get("QUERY_STRING", "")
        address = storage.address(self.scheme(environ), host, path, raw_query)
        if address is None:
            return None
        try:
            found = storage.fetch(address)
        except Exception:
            return None  # Django renders, and logs the cache error there
        internal = headers.is_internal(environ.get("REMOTE_ADDR"))
        if found.shape is not None:
            redirect = storage.redirect_parts(path, raw_query, found.shape, internal)
            if redirect is not None:
                return redirect
        now = time.time()
        if not storage.is_fresh(found.entry, found.generation, now):
            return None
        return storage.replay_parts(found.entry, environ.get("HTTP_IF_NONE_MATCH"), now, "HIT", internal)
