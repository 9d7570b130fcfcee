"""The terms materials are tagged with: audience, school stage, topic and format.

Terms are translatable snippets with a stable ASCII slug shared by every language, so facet URLs mean the
same thing in Japanese and English. Their names are shown to the public (tags and filters), so they go
through the approval workflow: a new term, or a changed name, appears on the site only once approved."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, PublishingPanel
from wagtail.models import DraftStateMixin, RevisionMixin, TranslatableMixin, WorkflowMixin
from wagtail.search import index


class TaxonomyTerm(WorkflowMixin, DraftStateMixin, RevisionMixin, TranslatableMixin, index.Indexed, models.Model):
    """A term that materials are tagged with. The slug is the same in every language."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=60,
        allow_unicode=False,
        help_text=_("Letters, numbers and hyphens. Keep it the same in every language: facet links use it."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order"), PublishingPanel()]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Audience(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_audience_slug_locale")]


class SchoolStage(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("school stage")
        verbose_name_plural = _("school stages")
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_stage_slug_locale")]


class Topic(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_topic_slug_locale")]


class MaterialFormat(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("format")
        verbose_name_plural = _("formats")
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_format_slug_locale")]


# The taxonomies by the name of their filter (materials/facets.py).
TERM_MODELS = {"audience": Audience, "stage": SchoolStage, "topic": Topic, "format": MaterialFormat}


def published_terms(locale_id):
    """The published taxonomy of one language: {facet: {slug: term}}. One query per taxonomy.

    Terms go through the approval workflow: a term never published (live=False) is not shown anywhere."""
    return {
        name: {t.slug: t for t in model.objects.filter(locale_id=locale_id, live=True)}
        for name, model in TERM_MODELS.items()
    }
