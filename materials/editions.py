"""Printable materials kept current (docs/printables.md): after an approved change to a printable material,
or to anything it shows (a helpline, its campaign), its PDF is made again in a background task, stored by
the hash of what it was made from, and becomes the page's current edition; the edition before stays
listed under "what changed".

The current edition is also a file of the page (a MaterialFile with `edition` set), so the library's
filters, cards, packs and downloads treat it as any other file. Publishing replaces the page's files with
its revision's, which may hold no generated file, or an older one, or one an editor changed:
`keep_current_file` puts the right one back at once, in the same transaction, and the task then makes a
new edition if anything changed.
"""

import logging

from django.apps import apps
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import translation
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from wagtail.models import Collection, Page

from django_tasks import task

from core import readings
from materials import printing
from materials.models import CampaignDocument, MaterialFile, MaterialPage, PrintEdition
from materials.packs import rebuild_packs

logger = logging.getLogger(__name__)
COLLECTION = "Printable materials"


def _collection():
    root = Collection.get_first_root_node()
    return root.get_children().filter(name=COLLECTION).first() or root.add_child(name=COLLECTION)


def build_edition(page, reason=""):
    """Make the page's current edition from what it shows now: reused when an edition of the same source
    exists (never rendered twice), else rendered and stored. Returns the edition, or None for a page without
    a layout."""
    if not page.printable_layout:
        return None
    html = page.print_source()
    digest = printing.source_hash(html)
    edition = PrintEdition.objects.filter(page=page, source_hash=digest).first()
    if edition is None:
        pdf = printing.render(html, page.print_base_url())
        document = CampaignDocument(
            title=readings.plain(page.title), collection=_collection(), language=page.locale.language_code
        )
        language = page.locale.language_code
        document.file.save(f"{page.slug}-{language}-{digest[:12]}.pdf", ContentFile(pdf), save=False)
        document.file_size = len(pdf)
        document.save()  # its facts (pages, thumbnail) follow, as for an upload
        reason = Truncator(reason).chars(PrintEdition._meta.get_field("reason").max_length)
        edition = PrintEdition.objects.create(page=page, source_hash=digest, document=document, reason=reason)
    if not edition.current:
        PrintEdition.objects.filter(page=page, current=True).exclude(pk=edition.pk).update(current=False)
        PrintEdition.objects.filter(pk=edition.pk).update(current=True)
        edition.current = True
    keep_current_file(page, edition)
    return edition


def keep_current_file(page, edition=None):
    """The page's generated file points at its current edition (none when it has no layout)."""
    edition = edition or PrintEdition.objects.filter(page=page, current=True).first()
    generated = MaterialFile.objects.filter(page=page, edition__isnull=False)
    if edition is None or not page.printable_layout:
        generated.delete()
        return
    wanted = {
        "document": edition.document,
        "edition": edition,
        "title": "",
        "language": page.locale.language_code,
        "paper_size": page.printable_layout.paper,
        "printable": True,
        "can_order": page.can_order_print,
        "sort_order": -1,  # first, before any uploaded file
    }
    if generated.count() == 1 and generated.filter(**wanted).exists():
        return  # as it should be (an editor who opened the live page and saved it kept it as it was)
    generated.delete()
    MaterialFile.objects.create(page=page, **wanted)


@task()
def rebuild(page_ids, reason="", changed=None):
    """The background task: a new edition of each live printable material in `page_ids` whose source changed,
    then the packs of their languages. `changed` ([model label, pk]) is what changed, named in each
    material's own language as the reason; else `reason` is."""
    locales = set()
    for page in MaterialPage.objects.live().filter(pk__in=page_ids).exclude(layout=""):
        try:
            with transaction.atomic():
                build_edition(page, reason_in(page, changed) if changed else reason)
            locales.add(page.locale)
        except Exception:  # one material that cannot be made must not stop the others
            logger.exception("Could not make the printable edition of material %s", page.pk)
    for locale in locales:
        rebuild_packs(locale)


def rebuild_on_commit(page_ids, reason="", changed=None):
    page_ids = sorted(set(page_ids))
    if page_ids:
        transaction.on_commit(lambda: rebuild.enqueue(page_ids, reason, changed), robust=True)


def affected_by(instance):
    """The live printable materials that show `instance`: a helpline they list, or the campaign page they
    belong to (in any language: each language's material shows its own)."""
    materials = MaterialPage.objects.live().exclude(layout="")
    label = instance._meta.label
    if label == "help.Helpline":
        keys = type(instance).objects.filter(translation_key=instance.translation_key).values("pk")
        return list(materials.filter(print_helplines__helpline__in=keys).values_list("pk", flat=True).distinct())
    if isinstance(instance, Page):
        pages = Page.objects.filter(translation_key=instance.translation_key).values("pk")
        return list(materials.filter(campaign__in=pages).values_list("pk", flat=True))
    return []


def reason_in(page, changed):
    """ "<name> changed", in the page's language, with the name of what changed in that language too (a
    helpline or campaign page of the page's locale, when it has one)."""
    label, pk = changed
    model = apps.get_model(label)
    found = model._default_manager.filter(pk=pk).first()
    if found is None:
        return ""
    same = model._default_manager.filter(translation_key=found.translation_key, locale_id=page.locale_id).first()
    with translation.override(page.locale.language_code):
        return _("%(name)s changed") % {"name": str(same or found)}
