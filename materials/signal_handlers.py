"""Derived data kept in step, connected in MaterialsConfig.ready(): a document's facts when it is saved,
the packs when a material is published, unpublished or deleted, the download counts, and the printable
materials' PDFs when they, or a helpline or campaign they show, are published (materials/editions.py)."""

from django.utils.translation import gettext as _

from materials import editions
from materials.models import DownloadCount, MaterialPage
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


def on_material_published(sender, instance, **kwargs):
    """Publishing replaced the page's files with its revision's: put the generated one back at once, then
    make a new edition in the background if anything it shows changed."""
    if not instance.layout:
        editions.keep_current_file(instance)
        return
    editions.keep_current_file(instance)
    editions.rebuild_on_commit([instance.pk], instance.change_note or _("Published"))


def on_content_published(sender, instance, **kwargs):
    """A helpline or a campaign page published or unpublished: every printable material that shows it."""
    if sender is None or getattr(instance, "_meta", None) is None or instance._meta.label == "materials.MaterialPage":
        return
    affected = editions.affected_by(instance)
    if affected:
        editions.rebuild_on_commit(affected, changed=[instance._meta.label, instance.pk])


def on_helpline_deleted(sender, instance, **kwargs):
    """A helpline deleted: its rows on the printables go with it (a cascade sends nothing), so the
    materials that showed it are found now, and made again without it once the delete commits."""
    affected = editions.affected_by(instance)
    if affected:
        editions.rebuild_on_commit(affected, _("%(name)s removed") % {"name": str(instance)})


def on_address_changed(sender, instance, **kwargs):
    """A page moved or renamed: every printable at or under it prints its address and QR code anew."""
    affected = list(
        MaterialPage.objects.live()
        .descendant_of(instance, inclusive=True)
        .exclude(layout="")
        .values_list("pk", flat=True)
    )
    if affected:
        editions.rebuild_on_commit(affected, _("The address changed"))
