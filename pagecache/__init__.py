"""The full-page cache for visitors (docs/performance-and-caching.md).

- storage.py: cache keys, stored entries and the generation number that every purge moves on;
- headers.py: which responses may be stored, and the Cache-Control they carry for a CDN or proxy;
- middleware.py: PageCacheMiddleware, first in MIDDLEWARE, answers and stores pages;
- wsgi.py: CachedPagesWSGI, in front of Django (site/wsgi.py), answers fresh pages before Django builds a request;
- purge.py and signal_handlers.py: every change to published content purges, once committed;
- redis.py: Django's Redis backend, keeping one client per connection pool.

It names no content model: the models whose changes never show to visitors are listed in the settings
(PAGE_CACHE_IGNORED_APPS, PAGE_CACHE_IGNORED_MODELS).
"""
