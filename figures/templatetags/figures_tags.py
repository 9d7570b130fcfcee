from decimal import Decimal, InvalidOperation

from django import template

from figures.charts import bar_chart_svg
from figures.models import StatisticsPage, plain_number

register = template.Library()


@register.filter
def number(value):
    """1,234 and 12.5: thousands separators, no trailing zeros. The same in Japanese and English."""
    if value is None or value == "":
        return ""
    try:
        value = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return value
    text = plain_number(value)
    whole, _dot, fraction = text.partition(".")
    whole = f"{int(whole):,}"
    return f"{whole}.{fraction}" if fraction else whole


@register.inclusion_tag("figures/dataset.html", takes_context=True)
def dataset(context, dataset, show_chart=True, heading_level="h2"):
    """A dataset as a chart, a table, its source and, on the statistics page that places it, a CSV link."""
    chart = None
    if show_chart and dataset.rows:
        chart = bar_chart_svg(
            title=dataset.title,
            description=dataset.description,
            categories=[label for label, _values in dataset.rows],
            series=dataset.series(),
            unit=dataset.value_suffix,
            id_prefix=f"chart-{dataset.slug}",
            format_number=number,
        )
    page = context.get("page")
    csv_url = None
    if isinstance(page, StatisticsPage) and dataset in page.datasets:
        csv_url = page.csv_url(dataset, context.get("request"))
    return {
        "dataset": dataset,
        "chart": chart,
        "csv_url": csv_url,
        "heading_level": heading_level if heading_level in ("h1", "h2", "h3") else "h2",
        "LANGUAGE_CODE": context.get("LANGUAGE_CODE"),
    }
