"""Purge on every change to published content (pagecache/purge.py), connected in PageCacheConfig.ready()."""

from django.apps import apps
from django.db.models.signals import m2m_changed, post_delete, post_save

from wagtail.signals import post_page_move, published, unpublished

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


def connect():
    # Receivers per content model, not one for every model: a delete receiver on a model stops Django from
    # deleting its rows in bulk (it must load them to send the signal), so derived rows are left alone.
    for model in apps.get_models():
        if is_content(model):
            label = model._meta.label_lower
            post_save.connect(on_save, sender=model, dispatch_uid=f"pagecache-save-{label}")
            post_delete.connect(on_delete, sender=model, dispatch_uid=f"pagecache-delete-{label}")
    m2m_changed.connect(on_m2m_changed, dispatch_uid="pagecache-m2m")
    # Moving a page rewrites paths with bulk updates, which send no post_save.
    post_page_move.connect(on_publishing, dispatch_uid="pagecache-move")
    published.connect(on_publishing, dispatch_uid="pagecache-published")
    unpublished.connect(on_publishing, dispatch_uid="pagecache-unpublished")
