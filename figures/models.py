"""The situation in figures: editor-managed datasets, shown as a table, a chart and a CSV download."""

import csv
import io
from decimal import Decimal

from django.db import models
from django.http import Http404, HttpResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel, PublishingPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index

from core.exports import neutralise
from core.images import with_card_images
from core.models import RoutableBasePage
from figures.blocks import DatasetTableBlock, StatisticsStreamBlock


class Dataset(
    WorkflowMixin,
    PreviewableMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    index.Indexed,
    models.Model,
):
    """One table of figures with its source and date. Statistics pages place it; the site renders it
    as an HTML table, an SVG chart and a CSV file, so a figure is typed once and never pasted as an image.
    A wrong number is a real incident, so changes go through the approval workflow."""

    title = models.CharField(
        _("title"),
        max_length=200,
        help_text=_("Says what, where and when, e.g. Results of …, 24 February to 28 March 2025."),
    )
    slug = models.SlugField(
        _("file name"),
        max_length=80,
        allow_unicode=False,
        help_text=_("Letters, numbers and hyphens: the name of the CSV download. Keep it the same in every language."),
    )
    unit = models.CharField(
        _("unit"),
        max_length=60,
        help_text=_("What the numbers count, e.g. people, locations or devices. Shown with the table."),
    )
    value_suffix = models.CharField(
        _("number suffix"),
        max_length=10,
        blank=True,
        help_text=_("Optional, printed after each number in the chart, e.g. 人 or %."),
    )
    description = models.TextField(
        _("description"),
        max_length=600,
        blank=True,
        help_text=_("What the data shows, in a sentence or two. Screen readers read it with the chart."),
    )
    source = models.CharField(
        _("source"), max_length=255, help_text=_("Who published the figures, e.g. National Police Agency.")
    )
    source_url = models.URLField(_("source link"), blank=True)
    as_of = models.DateField(_("as of"), help_text=_("The date the figures refer to: the end of the period counted."))
    notes = models.TextField(
        _("notes"), max_length=1000, blank=True, help_text=_("Definitions and caveats, shown under the table.")
    )
    table = StreamField(
        [("table", DatasetTableBlock())],
        min_num=1,
        max_num=1,
        verbose_name=_("data"),
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("unit"), FieldPanel("value_suffix")]),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("source"), FieldPanel("source_url"), FieldPanel("as_of")],
            heading=_("Source and date (required for every figure)"),
        ),
        HelpPanel(
            content=_(
                "Add a text column first for the row labels, then one number column per series. "
                "Leave a cell empty when a figure was not published: it shows as a dash, never as zero."
            )
        ),
        FieldPanel("table"),
        FieldPanel("notes"),
        PublishingPanel(),
    ]

    search_fields = [
        index.SearchField("title"),
        index.SearchField("description"),
        index.AutocompleteField("title"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("dataset")
        verbose_name_plural = _("datasets")
        ordering = ["-as_of", "title"]
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_dataset_slug_locale")]

    def __str__(self):
        return self.title

    def get_preview_template(self, request, mode_name):
        return "figures/dataset_preview.html"

    # The table, read once.

    @cached_property
    def typed_table(self):
        for child in self.table:
            return child.value
        return None

    @property
    def label_heading(self):
        table = self.typed_table
        return (table.columns[0]["heading"] or "") if table and table.columns else ""

    @property
    def series_labels(self):
        table = self.typed_table
        return [column["heading"] for column in table.columns[1:]] if table else []

    @property
    def rows(self):
        """[(label, [Decimal or None, …]), …]"""
        table = self.typed_table
        if table is None:
            return []
        return [(row["values"][0], list(row["values"][1:])) for row in table.row_data]

    def series(self):
        rows = self.rows
        return [(label, [values[i] for _label, values in rows]) for i, label in enumerate(self.series_labels)]

    def csv_filename(self):
        return f"{self.slug}.csv"

    def to_csv(self):
        """UTF-8 with a byte order mark, so Excel in Japan opens Japanese labels correctly; labels that a
        spreadsheet would read as a formula are neutralised (core/exports.py)."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow([neutralise(self.label_heading), *(neutralise(label) for label in self.series_labels)])
        for label, values in self.rows:
            writer.writerow([neutralise(label), *(plain_number(v) for v in values)])
        return "\ufeff" + buffer.getvalue()


def plain_number(value):
    """544 for Decimal('544.00'), 12.5 for Decimal('12.50'), empty for a missing figure."""
    if value is None:
        return ""
    value = Decimal(value)
    if value == value.to_integral_value():
        return str(value.quantize(Decimal(1)))
    return format(value.normalize(), "f")


class StatisticsPage(RoutableBasePage):
    """The situation in figures, at /<lang>/figures/: key figures and datasets, each with a CSV download."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(StatisticsStreamBlock(), blank=True, verbose_name=_("body"))

    template = "pages/statistics_page.html"
    parent_page_types = ["home.HomePage", "figures.StatisticsPage"]
    subpage_types = ["figures.StatisticsPage"]
    page_description = _(
        "Figures on cases and harm: key figures and datasets shown as a chart, a table and a CSV file, with their sources."
    )
    editor_guide = _(
        "Figures on cases and harm. Type numbers into a dataset (Datasets in the sidebar, with source and date) and place it here: never paste a table or a chart as an image."
    )

    content_panels = [*RoutableBasePage.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*RoutableBasePage.search_fields, index.SearchField("introduction"), index.SearchField("body")]
    excerpt_from_extra_text = True  # its datasets: the page has a fixed few

    class Meta:
        verbose_name = _("statistics page")

    @cached_property
    def datasets(self):
        """The live datasets placed on this page, in order (one query for all of them)."""
        found = []
        for child in self.body:
            if child.block_type == "dataset":
                dataset = child.value.get("dataset")
                if dataset is not None and dataset.live and dataset not in found:
                    found.append(dataset)
        return found

    def extra_search_text(self):
        """The datasets on the page are found by their titles, row and column labels and sources."""
        return [
            " ".join([d.title, d.description, d.source, *d.series_labels, *(label for label, _v in d.rows)])
            for d in self.datasets
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["children"] = with_card_images(
            self.get_children().live().public().specific().defer_streamfields().order_by("path")
        )
        return context

    @path("<slug:name>.csv/")
    def dataset_csv(self, request, name):
        dataset = next((d for d in self.datasets if d.slug == name), None)
        if dataset is None:
            raise Http404
        response = HttpResponse(dataset.to_csv().encode("utf-8"), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{dataset.csv_filename()}"'
        response["Cache-Control"] = "public, max-age=3600"
        return response

    def csv_url(self, dataset, request=None):
        return f"{self.get_url(request)}{dataset.csv_filename()}"
