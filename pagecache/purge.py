"""Purging: any change to published content makes every stored page stale, once the change is committed.

The page cache is purged by moving its generation number on (one INCR, so every save asks for one). A CDN
in front (WAGTAILFRONTENDCACHE) is asked to purge every live page once per publish, unpublish or move, and
on changes to content that has no publishing step of its own (site settings, images, documents,
redirects): a change shows on listings, menus and the home page, not only on its own page.

Callbacks run after the signal handlers that rebuild derived data (occurrences, packs) in the same
transaction, so a page rendered before that is stored under the old generation and never served after it.
"""

import logging

from django.conf import settings
from django.db import transaction

from modelcluster.fields import ParentalKey
from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache
from wagtail.models import DraftStateMixin, Page

from pagecache import storage

logger = logging.getLogger(__name__)

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
    """Whether saving or deleting a row of `model` can change what visitors see. Everything can, except the
    apps and models in PAGE_CACHE_IGNORED_APPS and PAGE_CACHE_IGNORED_MODELS. Over-purging costs a
    re-render; under-purging would show stale content."""
    meta = model._meta
    return meta.app_label not in settings.PAGE_CACHE_IGNORED_APPS and meta.label_lower not in {
        label.lower() for label in settings.PAGE_CACHE_IGNORED_MODELS
    }


def is_published_on_its_own(model):
    """Content that changes the site when it is saved, with no publish step: site settings, images,
    documents, redirects. (Pages, snippets with drafts, and the rows inside them are published.)"""
    if issubclass(model, (Page, DraftStateMixin)):
        return False
    return not any(isinstance(field, ParentalKey) for field in model._meta.fields)


def purge():
    """Make every stored page stale, on every app server sharing the cache."""
    try:
        storage.next_generation(storage.state_cache())
    except Exception:  # the cache is down: nothing can be served from it either
        logger.warning("Page cache: could not purge (the cache is unreachable).", exc_info=True)


def purge_frontend():
    """Purge every live page from the CDN, as one Wagtail background task."""
    purge_pages_from_cache(Page.objects.live().public().filter(depth__gt=1))


def purge_on_commit():
    transaction.on_commit(purge, robust=True)


def purge_everywhere_on_commit():
    """The page cache, and the CDN when there is one."""
    purge_on_commit()
    if settings.WAGTAILFRONTENDCACHE:
        transaction.on_commit(purge_frontend, robust=True)
