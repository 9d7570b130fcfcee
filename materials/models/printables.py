"""Printable layouts: a material authored in the CMS (a leaflet, a poster, a letter to parents, a lesson
handout) that the site renders to a tagged, accessible PDF itself (materials/printing.py), instead of a
file an editor uploads. docs/printables.md says how it fits together.

- `PrintableLayoutMixin`: the fields of MaterialPage that make it a printable layout;
- `PrintHelpline`: the helplines it shows, chosen from the directory (never typed);
- `PrintEdition`: each PDF the site has made of it, stored by the hash of what it was made from, so an
  unchanged material is never rendered twice, and earlier editions stay listed under "what changed".
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable

from materials.blocks import PrintBlock


@dataclass(frozen=True)
class Layout:
    key: str
    label: str
    paper: str  # the page size, for MaterialFile.paper_size and CSS @page
    max_pages: int
    personalised: bool  # whether a school can make it its own (materials/personalise.py)


LAYOUTS = {
    "leaflet": Layout("leaflet", _("A4 leaflet (one or two pages)"), "a4", 2, True),
    "poster-a3": Layout("poster-a3", _("A3 poster"), "a3", 1, True),
    "poster-a4": Layout("poster-a4", _("A4 poster"), "a4", 1, True),
    "letter": Layout("letter", _("A4 letter to parents"), "a4", 2, True),
    "handout": Layout("handout", _("Lesson handout (A4)"), "a4", 2, True),
}
LAYOUT_CHOICES = [("", _("None: the files are uploaded below")), *((k, v.label) for k, v in LAYOUTS.items())]


class PrintableLayoutMixin(models.Model):
    """The fields that make a material a printable layout. A material with a layout needs no uploaded file:
    its PDF is made by the site from these, in the page's language, whenever an approved change alters it."""

    layout = models.CharField(
        _("printable layout"),
        max_length=20,
        blank=True,
        choices=LAYOUT_CHOICES,
        help_text=_(
            "Choose a layout to have the site make the PDF from the fields below, with the helplines from the "
            "directory and a QR code to this page. It is made again whenever one of them changes."
        ),
    )
    key_message = models.CharField(
        _("key message"),
        max_length=120,
        blank=True,
        help_text=_("The one thing the reader must take away, in large type. One short sentence."),
    )
    print_body = StreamField(PrintBlock(), blank=True, verbose_name=_("printed text"))
    can_order_print = models.BooleanField(
        _("printed copies can be ordered"),
        default=False,
        help_text=_("Schools can ask for printed copies of it through the request form."),
    )

    class Meta:
        abstract = True

    @property
    def printable_layout(self):
        return LAYOUTS.get(self.layout)

    def clean_printable_layout(self, has_files):
        """The form's rules: a layout needs its key message; a material without one needs a file."""
        errors = {}
        if self.layout and not self.key_message:
            errors["key_message"] = _("A printable layout needs its key message.")
        if not self.layout and not has_files:
            errors["layout"] = _("Add a file below, or choose a printable layout for the site to make the PDF.")
        if errors:
            raise ValidationError(errors)


class PrintHelpline(Orderable):
    """A helpline a printable shows, from the directory: its name, number and hours are printed as the
    directory has them now, and a change to them, once approved, makes the PDF again."""

    page = ParentalKey("materials.MaterialPage", on_delete=models.CASCADE, related_name="print_helplines")
    helpline = models.ForeignKey(
        "help.Helpline", verbose_name=_("helpline"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("helpline")]

    class Meta(Orderable.Meta):
        verbose_name = _("printed helpline")
        verbose_name_plural = _("printed helplines")


class PrintEdition(models.Model):
    """One PDF the site made of a printable material. `source_hash` is the SHA-256 of everything it was made
    from (the HTML with its styles, and the renderer's version): the same hash is the same PDF."""

    page = models.ForeignKey("materials.MaterialPage", on_delete=models.CASCADE, related_name="print_editions")
    source_hash = models.CharField(max_length=64)
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL, on_delete=models.PROTECT, related_name="print_editions"
    )
    created_at = models.DateTimeField(_("made"), auto_now_add=True)
    reason = models.CharField(_("what changed"), max_length=300, blank=True)
    current = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("printed edition")
        constraints = [models.UniqueConstraint(fields=["page", "source_hash"], name="unique_print_edition")]
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.page_id} {self.source_hash[:12]}"
