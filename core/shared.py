"""Pieces of pages kept between requests, and on the request itself.

`memo` computes something once per request (the header, the footer and the <head> share it). `remembered`
keeps a value in the cache until published content changes: it is keyed with the page cache's generation
number (pagecache/storage.py), which every purge moves on, in the state cache beside it, where page entries
never push it out."""

import hashlib
import logging

from django.conf import settings

from pagecache import storage

SHARED_SECONDS = 3600
_MEMO = "_shared_memo"
logger = logging.getLogger(__name__)


def memo(request, key, compute):
    store = request.__dict__.setdefault(_MEMO, {})
    if key not in store:
        store[key] = compute()
    return store[key]


def content_generation(request):
    """The page cache's generation number, read once per request (PageCacheMiddleware may have)."""
    if not hasattr(request, "content_generation"):
        try:
            request.content_generation = storage.current_generation(storage.state_cache())
        except Exception:  # the cache is down: build everything from the database
            logger.warning("The cache is unreachable.", exc_info=True)
            request.content_generation = None
    return request.content_generation


def remembered(request, parts, compute):
    """`compute()`, kept in the cache under `parts` until published content changes. Values must pickle."""
    if not settings.CHROME_CACHE_ENABLED:
        return compute()
    generation = content_generation(request)
    if generation is None:
        return compute()
    key = "chrome:" + hashlib.sha256(repr((generation, *parts)).encode()).hexdigest()
    cache = storage.state_cache()
    try:
        value = cache.get(key)
    except Exception:
        return compute()
    if value is None:
        value = compute()
        try:
            cache.set(key, value, SHARED_SECONDS)
        except Exception:
            logger.warning("Could not keep %s in the cache.", parts[0], exc_info=True)
    return value
