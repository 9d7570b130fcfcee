"""Which responses the page cache may keep, for how long, and what they then tell the caches in front."""

import datetime
import hashlib
import ipaddress
import re
import time
from functools import cache
from importlib import import_module

from django.conf import settings
from django.utils import timezone
from django.utils.cache import get_max_age, patch_cache_control
from django.utils.http import http_date

UNCACHEABLE = ("private", "no-cache", "no-store")
# Django's session keys: 32 lower-case letters and digits.
SESSION_KEY = re.compile(r"^[a-z0-9]{32}$")


def has_session(request):
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def could_be_a_session(value):
    """Whether a session cookie's value has the shape of a session key: an empty or made-up value never
    stands between a visitor and the page cache."""
    return bool(SESSION_KEY.match(value or ""))


def is_live_session(value):
    """Whether a session cookie names a session that exists and has not expired (one query)."""
    if not could_be_a_session(value):
        return False
    store = import_module(settings.SESSION_ENGINE).SessionStore(session_key=value)
    return bool(store.load()) and store.session_key is not None


@cache
def _networks(spec):
    return tuple(ipaddress.ip_network(item.strip(), strict=False) for item in spec if item.strip())


def is_internal(remote_addr):
    """Whether the peer is this machine or a trusted proxy (TRUSTED_PROXIES): only they are told the cache's
    state (X-Page-Cache, Age). A visitor is not: a HIT, or its age, says that somebody read the page lately,
    and on this site which page somebody read is personal. deploy/nginx.conf logs it and hides it."""
    try:
        address = ipaddress.ip_address((remote_addr or "").strip())
    except ValueError:
        return False
    return address.is_loopback or any(address in network for network in _networks(tuple(settings.TRUSTED_PROXIES)))


def seconds_to_midnight(now=None):
    """Until midnight in Japan, when "today" changes on every page that shows it."""
    local = timezone.localtime(now)
    midnight = datetime.datetime.combine(local.date() + datetime.timedelta(days=1), datetime.time.min)
    return max(1, int((timezone.make_aware(midnight, local.tzinfo) - local).total_seconds()))


def is_storable(request, response, query=""):
    """A 200 to a GET that sets no cookie, varies on nothing but Accept-Encoding and is not private,
    no-cache or no-store (the search page, the school request form), with no max-age of 0. With a query
    string, only from a page or view that declared its parameters (pagecache/variants.py). Never an error:
    a 404 under a page's own routes (a made-up pack name) would be one entry per made-up path."""
    if query and getattr(request, "query_parameters", None) is None:
        return False
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


def lifetime(response):
    """(seconds the page stays fresh, whether the page set its own expiry): its own max-age ("open now",
    "running now") when it has one, else PAGE_CACHE_SECONDS; never past midnight in Japan."""
    explicit = get_max_age(response)
    seconds = min(settings.PAGE_CACHE_SECONDS, seconds_to_midnight())
    if explicit is not None:
        seconds = min(seconds, explicit)
    return seconds, explicit is not None


def add_shared_cache_headers(response, seconds, explicit):
    """Cache-Control for what sits in front: a CDN or proxy keeps the page for `s-maxage` (and serves it
    stale while the site is down); a browser keeps it too but asks again every time (`max-age=0`,
    `must-revalidate`), which costs a 304 when nothing changed. So an editor who signs in, or publishes,
    sees the current page at once, not the copy their browser kept as a visitor.

    stale-while-revalidate is left off pages that set their own expiry ("open now"): they must change on time.
    """
    directives = {
        "public": True,
        "max_age": 0,
        "must_revalidate": True,
        "s_maxage": min(seconds, settings.PAGE_CACHE_SHARED_SECONDS),
        "stale_if_error": settings.PAGE_CACHE_STALE_SECONDS,
    }
    if not explicit:
        directives["stale_while_revalidate"] = settings.PAGE_CACHE_REVALIDATE_SECONDS
    if response.has_header("Cache-Control"):
        del response["Cache-Control"]  # the view's max-age became the lifetime above
    patch_cache_control(response, **directives)
    if response.has_header("Expires"):
        response["Expires"] = http_date(time.time())  # agree with max-age=0
    if not response.has_header("ETag"):
        response["ETag"] = f'"{hashlib.md5(response.content, usedforsecurity=False).hexdigest()}"'


def mark_private(request, response):
    """Keep personal responses out of shared caches: a public page shown to someone with a session (an
    editor, with the userbar), and a response that sets a cookie (the school request form's CSRF)."""
    if request.path.startswith(f"/{settings.ADMIN_URL_PATH}"):
        return response  # Wagtail sets the admin's own headers
    cache_control = response.get("Cache-Control", "").lower()
    if "no-store" in cache_control or "private" in cache_control:
        return response
    if has_session(request) or response.cookies:
        patch_cache_control(response, private=True, no_cache=True)
    return response
