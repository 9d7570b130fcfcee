"""What the page cache keeps: one entry per address, one shape per page, and one generation number for all.

An entry is stored with the generation it was rendered under; a purge moves the generation on, so every
entry stored before it stops being fresh at once, on every app server that shares the cache. An entry
outlives its freshness by PAGE_CACHE_STALE_SECONDS, to answer while the database is down.

Two caches (docs/performance-and-caching.md, "Two caches"): entries and shapes live in the pages cache
(PAGE_CACHE_ALIAS), which may evict or cull them; the generation, with the chrome (core/shared.py) and the
rate-limit counters (core/clients.py), lives in the state cache (STATE_CACHE_ALIAS), where no page entry
can push it out."""

import hashlib
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.utils.http import parse_etags

from pagecache import variants

GENERATION_KEY = "pagecache:generation"
ENTRY_PREFIX = "pagecache:v3:entry:"  # bump when the stored format or the headers in it change
SHAPE_PREFIX = "pagecache:v3:shape:"
HEADER = "X-Page-Cache"
MAX_QUERY_LENGTH = 2048
# What a 304 repeats of the stored headers.
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


def state_cache():
    return caches[settings.STATE_CACHE_ALIAS]


def excluded_prefixes():
    """Paths never looked up: the admin (editors and previews), documents (counted downloads), health checks,
    files."""
    return (f"/{settings.ADMIN_URL_PATH}", "/documents/", "/healthz", "/readyz", "/static/", "/media/", "/__")


def _digest(text):
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()


@dataclass(frozen=True)
class Address:
    """One address as the cache sees it: the page (scheme, host and path) and its query string, normalised."""

    page: str
    query: str

    @property
    def entry_key(self):
        """The page without a query string has a key of its own. Its query-string variants share
        PAGE_CACHE_MAX_VARIANTS keys (the variant's hash picks one), so no more than that many are ever
        stored, however many are asked for; the entry says which variant it holds."""
        if not self.query:
            return ENTRY_PREFIX + _digest(self.page + "?")
        # Keyed with the secret, so nobody can choose variants that land on a popular variant's place.
        slot = int(_digest(settings.SECRET_KEY + "\n" + self.query)[:12], 16) % settings.PAGE_CACHE_MAX_VARIANTS
        return f"{ENTRY_PREFIX}{_digest(self.page)}:{slot}"

    @property
    def shape_key(self):
        return f"{SHAPE_PREFIX}{variants.declarations_token()}:{_digest(self.page)}"


def address(scheme, host, path, query):
    """The address of a request, or None when it is never cached."""
    if path.startswith(excluded_prefixes()):
        return None
    normal = variants.normalise(query)
    if normal is None or len(normal) > MAX_QUERY_LENGTH:
        return None
    return Address(f"{scheme}://{host}{path}", normal)


@dataclass
class Found:
    generation: int
    entry: dict | None
    shape: tuple | None  # the query parameters the page reads, when known under this generation


def fetch(address):
    """The generation (from the state cache) and this address's entry and page shape (from the pages cache):
    one round trip to each."""
    generation = current_generation(state_cache())
    if address.query:
        found = page_cache().get_many([address.entry_key, address.shape_key])
        entry, shape = found.get(address.entry_key), found.get(address.shape_key)
    else:
        entry, shape = page_cache().get(address.entry_key), None
    if entry is not None and entry.get("query") != address.query:
        entry = None  # another variant of the page, in the same place
    if shape is not None:
        shape = tuple(shape["names"]) if shape["generation"] == generation else None
    return Found(generation, entry, shape)


def store_shape(address, generation, names):
    """Kept no longer than a redirect to the canonical URL may be (variants.REDIRECT_SECONDS)."""
    page_cache().set(
        address.shape_key,
        {"generation": generation, "names": list(names)},
        timeout=min(settings.PAGE_CACHE_SECONDS, variants.REDIRECT_SECONDS),
    )


def current_generation(cache):
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        # First use, or the cache was flushed: start from the clock, so that no old entry can match.
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def next_generation(cache):
    """Make every stored entry stale: one INCR on Redis."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # no generation yet (or it was lost): any new value invalidates what is stored
        cache.set(GENERATION_KEY, time.time_ns(), timeout=None)


def is_fresh(entry, generation, now):
    return entry is not None and entry["generation"] == generation and entry["fresh_until"] > now


def make_entry(address, response, generation, now, lifetime):
    return {
        "query": address.query,
        "generation": generation,
        "stored_at": now,
        "fresh_until": now + lifetime,
        "status": response.status_code,
        "headers": [(k, v) for k, v in response.items() if k.lower() not in INTERNAL_HEADERS],
        "content": response.content,
    }


# Said only to the proxy in front, or on this machine (pagecache.headers.is_internal): whether the page came
# from the cache and how old it is tell whoever asks whether somebody else read that page lately.
INTERNAL_HEADERS = {HEADER.lower(), "age"}


def replay_parts(entry, if_none_match, now, state, internal):
    """(status code, headers, body) to answer from a stored entry: 304 when the ETag matches.

    `state` is HIT (fresh) or STALE (the last good copy, while the database is down)."""
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
    if internal:
        if state != "STALE":
            headers["Age"] = str(max(0, int(now - entry["stored_at"])))
        headers[HEADER] = state
    return status, headers, body


def redirect_parts(path, raw_query, shape, internal):
    """(status code, headers, body) of the redirect to the canonical URL, when the query string has a
    parameter the page does not read; None otherwise."""
    target = variants.canonical(raw_query, shape)
    if target is None:
        return None
    headers = {
        "Location": variants.redirect_location(path, target),
        "Cache-Control": f"max-age={variants.REDIRECT_SECONDS}, public",
        "Content-Length": "0",
        "Content-Type": "text/html; charset=utf-8",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "same-origin",
    }
    if internal:
        headers[HEADER] = "REDIRECT"
    return 301, headers, b""
