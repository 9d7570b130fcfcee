"""The blocks of the situation in figures: a dataset's table, key figures, and a dataset placed on a page."""

from django.apps import apps
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock, TypedTableBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock

from core.blocks import BaseStreamBlock

TEXT_COLUMN = "text"
NUMBER_COLUMN = "number"


class DatasetTableBlock(TypedTableBlock):
    """Rows and columns: the first column names each row, every other column holds numbers."""

    text = blocks.CharBlock(label=_("Row label"), max_length=120)
    number = blocks.DecimalBlock(label=_("Number"), required=False, min_value=0, decimal_places=2, max_digits=14)

    class Meta:
        icon = "table"
        template = "blocks/dataset_table.html"
        label = _("Data table")
        description = _("The first column names the rows; each other column is a series of numbers.")
        preview_value = {
            "caption": "",
            "columns": [{"type": "text", "heading": ""}, {"type": "number", "heading": "Japan"}],
            "rows": [{"values": ["Suspects", "111"]}, {"values": ["Locations raided", "123"]}],
        }

    def clean(self, value):
        value = super().clean(value)
        errors = []
        types = [column["block"].name for column in value.columns]
        if not types or types[0] != TEXT_COLUMN:
            errors.append(_("The first column must be a row label column (text)."))
        if types[1:].count(NUMBER_COLUMN) != len(types) - 1 or len(types) < 2:
            errors.append(_("Add at least one number column, and make every column after the first a number column."))
        for column in value.columns[1:]:
            if not (column["heading"] or "").strip():
                errors.append(_("Give every number column a heading: it names the series in the chart and the CSV."))
                break
        if not value.row_data:
            errors.append(_("Add at least one row."))
        elif any(not str(row["values"][0] or "").strip() for row in value.row_data if row["values"]):
            errors.append(_("Every row needs a label in the first column."))
        elif not errors and all(v is None for row in value.row_data for v in row["values"][1:]):
            errors.append(_("Enter at least one number."))
        if errors:
            raise TypedTableBlockValidationError(non_block_errors=errors)
        return value


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.DecimalBlock(label=_("number"), min_value=0, decimal_places=2, max_digits=14)
    suffix = blocks.CharBlock(label=_("suffix"), max_length=10, required=False, help_text=_("e.g. 人, か所 or %."))
    label = blocks.CharBlock(
        label=_("what it counts"), max_length=120, help_text=_("e.g. suspects arrested or investigated")
    )

    class Meta:
        icon = "order"
        label = _("Key figure")
        template = "blocks/key_figure.html"
        description = _("One headline number and what it counts.")
        preview_value = {"value": "544", "suffix": "", "label": "suspects arrested or investigated"}


class KeyFiguresBlock(blocks.StructBlock):
    """Large numbers on cards, each group with its source and date."""

    heading = blocks.CharBlock(label=_("heading"), max_length=160, required=False)
    figures = blocks.ListBlock(KeyFigureBlock(), min_num=1, max_num=6, label=_("figures"))
    source = blocks.CharBlock(label=_("source"), max_length=255)
    as_of = blocks.DateBlock(label=_("as of"))

    class Meta:
        icon = "order"
        template = "blocks/key_figures.html"
        label = _("Key figures")
        description = _("Two to six headline numbers on cards, with their source and date.")
        preview_value = {
            "heading": "Operation Cyber Guardian, 2025",
            "figures": [
                {"value": "544", "suffix": "", "label": "suspects arrested or investigated"},
                {"value": "269", "suffix": "", "label": "locations raided"},
            ],
            "source": "National Police Agency",
            "as_of": "2025-03-28",
        }


class DatasetBlock(blocks.StructBlock):
    dataset = SnippetChooserBlock("figures.Dataset", label=_("dataset"))
    show_chart = blocks.BooleanBlock(
        label=_("show a chart"), required=False, default=True, help_text=_("A bar chart above the table.")
    )
    heading_level = blocks.ChoiceBlock(
        label=_("heading level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))],
        default="h2",
        help_text=_("The dataset's title is shown as a heading at this level."),
        search_index=False,  # a setting, not text on the page: its label must never be an excerpt
    )

    class Meta:
        icon = "table"
        template = "blocks/dataset.html"
        label = _("Dataset")
        description = _("A dataset as a chart, an accessible table and a CSV download, with its source and date.")

    def get_preview_value(self):
        dataset = apps.get_model("figures", "Dataset").objects.filter(live=True).first()  # models import this module
        return {"dataset": dataset, "show_chart": True, "heading_level": "h2"} if dataset else None


class StatisticsStreamBlock(BaseStreamBlock):
    """The statistics page's body: the shared blocks, key figures and datasets."""

    key_figures = KeyFiguresBlock()
    dataset = DatasetBlock()

    class Meta:
        icon = "table"
        template = "blocks/stream.html"
        description = _("The body of a statistics page: text, key figures and datasets.")
