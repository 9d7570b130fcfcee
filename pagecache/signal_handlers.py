"""Purge on every change to published content (pagecache/purge.py), connected in PageCacheConfig.ready()."""

from pagecache.purge import (
    DRAFT_FIELDS,
    is_content,
    is_published_on_its_own,
    purge_everywhere_on_commit,
    purge_on_commit,
)


def on_save(sender, update_fields=None, **kwargs):
    if not is_content(sender) or (update_fields and set(update_fields) <= DRAFT_FIELDS):
        return
    if is_published_on_its_own(sender):
        purge_everywhere_on_commit()
    else:
        purge_on_commit()


def on_delete(sender, **kwargs):
    if not is_content(sender):
        return
    if is_published_on_its_own(sender):
        purge_everywhere_on_commit()
    else:
        purge_on_commit()


def on_m2m_changed(sender, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and is_content(kwargs["model"]):
        purge_on_commit()


def on_publishing(**kwargs):
    """A publish, an unpublish (deleting a live page unpublishes it first) or a move."""
    purge_everywhere_on_commit()
