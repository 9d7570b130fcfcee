"""What the page cache keeps: one entry per address, and one generation number for all of them.

An entry is stored with the generation it was rendered under; a purge moves the generation on, so every
entry stored before it stops being fresh at once, on every app server that shares the cache. An entry
outlives its freshness by PAGE_CACHE_STALE_SECONDS, to answer while the database is down."""

import hashlib
import time

from django.conf import settings
from django.core.cache import caches
from django.utils.http import parse_etags

GENERATION_KEY = "pagecache:generation"
ENTRY_PREFIX = "pagecache:v2:entry:"  # bump when the stored format or the headers in it change
HEADER = "X-Page-Cache"
MAX_QUERY_LENGTH = 512
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


def excluded_prefixes():
    """Paths never looked up: the admin (editors and previews), documents (counted downloads), health checks,
    files."""
    return (f"/{settings.ADMIN_URL_PATH}", "/documents/", "/healthz", "/readyz", "/static/", "/media/", "/__")


def address_key(scheme, host, path, query):
    """The key of one address, or None when it is never cached."""
    if path.startswith(excluded_prefixes()) or len(query) > MAX_QUERY_LENGTH:
        return None
    address = f"{scheme}://{host}{path}?{query}"
    return ENTRY_PREFIX + hashlib.sha256(address.encode("utf-8", "surrogateescape")).hexdigest()


def fetch(cache, key):
    """(generation, entry or None) in one round trip to the cache."""
    found = cache.get_many([GENERATION_KEY, key])
    generation = found.get(GENERATION_KEY)
    if generation is None:
        generation = current_generation(cache)
    return generation, found.get(key)


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
    except ValueError:  # no generation yet (or it was evicted): any new value invalidates what is stored
        cache.set(GENERATION_KEY, time.time_ns(), timeout=None)


def is_fresh(entry, generation, now):
    return entry is not None and entry["generation"] == generation and entry["fresh_until"] > now


def make_entry(response, generation, now, lifetime):
    return {
        "generation": generation,
        "stored_at": now,
        "fresh_until": now + lifetime,
        "status": response.status_code,
        "headers": [(k, v) for k, v in response.items() if k.lower() != HEADER.lower()],
        "content": response.content,
    }


def replay_parts(entry, if_none_match, now, state):
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
    else:
        headers["Age"] = str(max(0, int(now - entry["stored_at"])))
    headers[HEADER] = state
    return status, headers, body
