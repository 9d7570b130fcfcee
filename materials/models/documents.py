"""Documents: PDFs that know their own facts (page count, a first-page thumbnail), computed once per file
when it is saved, never in templates; and how often each is downloaded."""

import logging

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.validators import MinValueValidator
from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.documents.models import AbstractDocument, Document
from wagtail.images import get_image_model
from wagtail.models import Collection

from core.files import describe_file
from materials import pdf
from materials.choices import LANGUAGE_CHOICES

logger = logging.getLogger(__name__)
THUMBNAIL_COLLECTION = "Document thumbnails"


class CampaignDocument(AbstractDocument):
    """A Wagtail document that knows its own facts: page count and a first-page thumbnail."""

    page_count = models.PositiveIntegerField(_("pages"), null=True, blank=True, editable=False)
    thumbnail = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("thumbnail"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    facts_hash = models.CharField(max_length=40, blank=True, editable=False)
    language = models.CharField(
        _("language"),
        max_length=12,
        choices=LANGUAGE_CHOICES,
        default="ja",
        db_index=True,
        help_text=_("The language the document is written in. The chooser offers a page's own language first."),
    )

    admin_form_fields = (*Document.admin_form_fields, "language")

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def clean(self):
        # Wagtail checks the extension here too; when the form has already refused the file, there is
        # no file left to check, and a second, empty-named error would only confuse the editor.
        if self.file and self.file.name:
            super().clean()

    @property
    def file_type(self):
        return self.file_extension.upper() or "FILE"

    @property
    def needs_facts(self):
        return not self.facts_hash or self.facts_hash != (self.file_hash or "")

    def describe(self):
        """ "PDF, 2 pages, 340 KB" in the active language."""
        return describe_file(self)

    def compute_facts(self):
        """Page count and a first-page thumbnail, once per file (keyed by the file's hash)."""
        if self.file_extension.lower() != "pdf" or not self.needs_facts:
            return
        try:
            with self.open_file() as source:
                data = source.read()
            pages = pdf.page_count(data)
            png, width, height = pdf.render_first_page(data)
        except Exception:  # a file PDFium cannot read keeps no facts; the upload itself was validated
            logger.warning("Could not compute the facts of document %s", self.pk, exc_info=True)
            return
        root = Collection.get_first_root_node()
        collection = root.get_children().filter(name=THUMBNAIL_COLLECTION).first() or root.add_child(
            name=THUMBNAIL_COLLECTION
        )
        image_model = get_image_model()
        old_thumbnail_id = self.thumbnail_id
        thumbnail = image_model(title=f"{self.title} (1)", collection=collection)
        thumbnail.file.save(f"document-{self.pk}-page-1.png", ContentFile(png), save=False)
        thumbnail.width, thumbnail.height = width, height  # known from the render: no need to read the file back
        thumbnail.file_size = len(png)
        thumbnail.save()
        CampaignDocument.objects.filter(pk=self.pk).update(
            page_count=pages, thumbnail=thumbnail, facts_hash=self.file_hash or ""
        )
        self.page_count, self.thumbnail, self.facts_hash = pages, thumbnail, self.file_hash or ""
        if old_thumbnail_id:
            image_model.objects.filter(pk=old_thumbnail_id).delete()


class DownloadCount(models.Model):
    """Downloads per document per day. No address, no cookie, no identifier: only a number."""

    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL, on_delete=models.CASCADE, related_name="download_counts"
    )
    day = models.DateField()
    count = models.PositiveIntegerField(default=0, validators=[MinValueValidator(0)])

    class Meta:
        constraints = [models.UniqueConstraint(fields=["document", "day"], name="unique_download_day")]
        indexes = [models.Index(fields=["day"], name="download_day")]

    def __str__(self):
        return f"{self.document_id} {self.day}: {self.count}"

    @classmethod
    def add_one(cls, document_id):
        """Count one download of the document today."""
        today = timezone.localdate()
        if cls.objects.filter(document_id=document_id, day=today).update(count=F("count") + 1):
            return
        try:
            with transaction.atomic():
                cls.objects.create(document_id=document_id, day=today, count=1)
        except IntegrityError:
            cls.objects.filter(document_id=document_id, day=today).update(count=F("count") + 1)
