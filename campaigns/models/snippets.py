"""Who runs a campaign and where an event takes place: translatable snippets that go through approval."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, PublishingPanel
from wagtail.models import DraftStateMixin, RevisionMixin, TranslatableMixin, WorkflowMixin
from wagtail.search import index


class Organiser(WorkflowMixin, DraftStateMixin, RevisionMixin, TranslatableMixin, index.Indexed, models.Model):
    """A ministry, agency or organisation that runs a campaign. Changes go through the approval workflow."""

    name = models.CharField(_("name"), max_length=200)
    url = models.URLField(_("website"), blank=True)

    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale_id")]
    panels = [FieldPanel("name"), FieldPanel("url"), PublishingPanel()]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organiser")
        verbose_name_plural = _("organisers")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Venue(WorkflowMixin, DraftStateMixin, RevisionMixin, TranslatableMixin, index.Indexed, models.Model):
    """Where an event takes place. Changes go through the approval workflow."""

    name = models.CharField(_("name"), max_length=200)
    address = models.CharField(_("address"), max_length=300, blank=True)
    url = models.URLField(_("website"), blank=True)
    access_notes = models.TextField(
        _("access"),
        blank=True,
        help_text=_("Step-free access, hearing loops, the nearest station: what a visitor needs to know."),
    )

    search_fields = [index.SearchField("name"), index.SearchField("address"), index.FilterField("locale_id")]
    panels = [
        FieldPanel("name"),
        FieldPanel("address"),
        FieldPanel("url"),
        FieldPanel("access_notes"),
        PublishingPanel(),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        ordering = ["name"]

    def __str__(self):
        return self.name
