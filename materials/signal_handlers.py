"""Derived data kept in step, connected in MaterialsConfig.ready(): a document's facts when it is saved,
the packs when a material is published, unpublished or deleted, and the download counts."""

from materials.models import DownloadCount
from materials.packs import rebuild_packs


def on_document_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    if not instance.file_hash and instance.file:
        instance._set_file_hash()
        type(instance).objects.filter(pk=instance.pk).update(file_hash=instance.file_hash)
    instance.compute_facts()


def on_material_changed(sender, instance, **kwargs):
    rebuild_packs(instance.locale)


def on_document_served(sender, instance, request, **kwargs):
    """Count a download: a number per document per day, nothing about who downloaded it."""
    if request.method != "GET" or request.headers.get("If-None-Match") or request.headers.get("If-Modified-Since"):
        return
    DownloadCount.add_one(instance.pk)
