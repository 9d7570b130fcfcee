"""Packs: one ZIP per school stage (and one for PTAs) per language, with the current version of every
matching printable PDF and a short index. Built when materials are published or unpublished."""

import hashlib
import io
import logging
import zipfile

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from materials.models import Audience, MaterialFile, MaterialPack, MaterialPage, MaterialsIndexPage, SchoolStage

logger = logging.getLogger(__name__)
PTA_KEY = "pta"
FIXED_TIME = (2000, 1, 1, 0, 0, 0)  # ZIP entries carry no build time, so identical content gives identical bytes


def pack_definitions(locale):
    """(key, label) for every pack of a language: each school stage, then PTAs."""
    stages = [(s.slug, s.name) for s in SchoolStage.objects.filter(locale=locale, live=True)]
    pta = Audience.objects.filter(locale=locale, slug=PTA_KEY, live=True).first()
    return stages + ([(PTA_KEY, pta.name)] if pta else [])


def current_materials(locale):
    """Live materials of a language that no live material of that language replaces."""
    live = MaterialPage.objects.live().public().filter(locale=locale)
    superseded = live.filter(replaces__isnull=False).values("replaces__translation_key")
    return live.exclude(translation_key__in=superseded)


def files_for(materials, key, language_code):
    materials = materials.filter(audiences__slug=PTA_KEY) if key == PTA_KEY else materials.filter(stages__slug=key)
    return (
        MaterialFile.objects.filter(page__in=materials.distinct(), printable=True, language__startswith=language_code)
        .select_related("document", "page")
        .order_by("page__title", "sort_order")
    )


def build_zip(files, label, language_code):
    buffer = io.BytesIO()
    lines = [f"{_('No!! Child Sexual Abuse Material')}: {label}", ""]
    with zipfile.ZipFile(buffer, "w") as archive:
        for number, item in enumerate(files, start=1):
            name = f"{number:02d}-{item.page.slug}-{item.language}.pdf"
            with item.document.open_file() as source:
                data = source.read()
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_STORED  # PDFs are compressed already
            archive.writestr(info, data)
            version = f" ({item.page.version_label})" if item.page.version_label else ""
            lines.append(f"{name}\n  {item.page.title}{version}\n  {item.document.describe()}")
        lines += ["", _("Printed copies and Internet Safety Classes can be requested on the website.")]
        info = zipfile.ZipInfo("index.txt", date_time=FIXED_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, "\n".join(lines) + "\n")
    return buffer.getvalue()


@transaction.atomic
def rebuild_packs(locale):
    """Rebuild every pack of one language. Returns the number of packs written."""
    if not MaterialsIndexPage.objects.live().filter(locale=locale).exists():
        MaterialPack.objects.filter(locale=locale).delete()
        return 0
    language_code = locale.language_code
    materials = current_materials(locale)
    keep = []
    with translation.override(language_code):
        for key, label in pack_definitions(locale):
            files = list(files_for(materials, key, language_code))
            if not files:
                continue
            data = build_zip(files, label, language_code)
            digest = hashlib.sha256(data).hexdigest()
            pack = MaterialPack.objects.filter(locale=locale, key=key).first()
            keep.append(key)
            if pack and pack.sha256 == digest:
                continue
            if pack is None:
                pack = MaterialPack(locale=locale, key=key)
            elif pack.file:
                delete_after_commit(pack.file)
            # A new name for new content: if the transaction rolls back, the old row still finds its file.
            pack.file.save(f"{language_code}-{key}-{digest[:12]}.zip", ContentFile(data), save=False)
            pack.size, pack.sha256, pack.item_count = len(data), digest, len(files)
            pack.built_at = timezone.now()
            pack.save()
    for stale in MaterialPack.objects.filter(locale=locale).exclude(key__in=keep):
        delete_after_commit(stale.file)
        stale.delete()
    return len(keep)


def delete_after_commit(field_file):
    """Remove a superseded pack file once the new state is committed, never before."""
    storage, name = field_file.storage, field_file.name
    if name:
        transaction.on_commit(lambda: storage.delete(name))
