"""Derived data kept in step: document facts on save, packs on publish, download counts on serve."""

import logging

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

logger = logging.getLogger(__name__)
THUMBNAIL_COLLECTION = "Document thumbnails"


def compute_document_facts(document):
    """Page count and a first-page thumbnail, once per file (keyed by the file's hash)."""
    from django.core.files.base import ContentFile

    from wagtail.images import get_image_model
    from wagtail.models import Collection

    from materials import pdf
    from materials.models import CampaignDocument

    if document.file_extension.lower() != "pdf" or not document.needs_facts:
        return
    try:
        with document.open_file() as source:
            data = source.read()
        pages = pdf.page_count(data)
        png, width, height = pdf.render_first_page(data)
    except Exception:  # a file PDFium cannot read keeps no facts; the upload itself was validated
        logger.warning("Could not compute the facts of document %s", document.pk, exc_info=True)
        return
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=THUMBNAIL_COLLECTION).first() or root.add_child(
        name=THUMBNAIL_COLLECTION
    )
    Image = get_image_model()
    old_thumbnail_id = document.thumbnail_id
    thumbnail = Image(title=f"{document.title} (1)", collection=collection)
    thumbnail.file.save(f"document-{document.pk}-page-1.png", ContentFile(png), save=False)
    thumbnail.width, thumbnail.height = width, height  # known from the render: no need to read the file back
    thumbnail.file_size = len(png)
    thumbnail.save()
    CampaignDocument.objects.filter(pk=document.pk).update(
        page_count=pages, thumbnail=thumbnail, facts_hash=document.file_hash or ""
    )
    document.page_count, document.thumbnail, document.facts_hash = pages, thumbnail, document.file_hash or ""
    if old_thumbnail_id:
        Image.objects.filter(pk=old_thumbnail_id).delete()


def on_document_saved(sender, instance, **kwargs):
    if kwargs.get("raw"):
        return
    if not instance.file_hash and instance.file:
        instance._set_file_hash()
        type(instance).objects.filter(pk=instance.pk).update(file_hash=instance.file_hash)
    compute_document_facts(instance)


def on_material_changed(sender, instance, **kwargs):
    from materials.packs import rebuild_packs

    rebuild_packs(instance.locale)


def on_document_served(sender, instance, request, **kwargs):
    """Count a download: a number per document per day, nothing about who downloaded it."""
    from materials.models import DownloadCount

    if request.method != "GET" or request.headers.get("If-None-Match") or request.headers.get("If-Modified-Since"):
        return
    today = timezone.localdate()
    updated = DownloadCount.objects.filter(document_id=instance.pk, day=today).update(count=F("count") + 1)
    if not updated:
        try:
            with transaction.atomic():
                DownloadCount.objects.create(document_id=instance.pk, day=today, count=1)
        except IntegrityError:
            DownloadCount.objects.filter(document_id=instance.pk, day=today).update(count=F("count") + 1)


def on_request_page_created(sender, instance, created, raw=False, **kwargs):
    """The School liaison group sees the submissions of every school request page, in both languages: Wagtail
    shows a form's submissions to those who may change the page, so the group gets that on each new one."""
    if not created or raw:
        return
    from django.contrib.auth.models import Group, Permission

    from wagtail.models import GroupPagePermission

    from materials.wagtail_hooks import SCHOOL_LIAISON_GROUP

    group = Group.objects.filter(name=SCHOOL_LIAISON_GROUP).first()
    change = Permission.objects.filter(content_type__app_label="wagtailcore", codename="change_page").first()
    if group is not None and change is not None:
        GroupPagePermission.objects.get_or_create(group=group, page_id=instance.pk, permission=change)


def register():
    from django.db.models.signals import post_delete, post_save

    from wagtail.documents.models import document_served
    from wagtail.signals import page_published, page_unpublished

    from materials.models import CampaignDocument, MaterialPage, SchoolRequestPage

    post_save.connect(on_document_saved, sender=CampaignDocument, dispatch_uid="materials-document-facts")
    page_published.connect(on_material_changed, sender=MaterialPage, dispatch_uid="materials-packs-published")
    page_unpublished.connect(on_material_changed, sender=MaterialPage, dispatch_uid="materials-packs-unpublished")
    post_delete.connect(on_material_changed, sender=MaterialPage, dispatch_uid="materials-packs-deleted")
    document_served.connect(on_document_served, dispatch_uid="materials-download-count")
    post_save.connect(on_request_page_created, sender=SchoolRequestPage, dispatch_uid="materials-liaison-access")
