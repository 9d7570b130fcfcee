"""Datasets: validation, the table, the chart and the CSV download on a statistics page."""

import csv
import datetime
import io
import xml.etree.ElementTree as ET
from decimal import Decimal

from django.core.exceptions import ValidationError

from wagtail.contrib.typed_table_block.blocks import TypedTable

import pytest
from bs4 import BeautifulSoup

from figures.blocks import DatasetTableBlock
from figures.models import Dataset, plain_number
from tests.factories import build_site, make_dataset, statistics_page, translate

pytestmark = pytest.mark.django_db

SVG = "{http://www.w3.org/2000/svg}"


def table_value(block, columns, rows):
    """The table as the admin form submits it: cells as typed, not yet converted."""
    return TypedTable(
        columns=[{"block": block.child_blocks[t], "heading": h} for t, h in columns],
        row_data=[{"values": r} for r in rows],
        caption="",
    )


def clean_errors(columns, rows):
    from django.utils import translation

    block = DatasetTableBlock()
    try:
        with translation.override("en"):
            block.clean(table_value(block, columns, rows))
    except ValidationError as error:
        with translation.override("en"):
            data = error.as_json_data()
            return " ".join(str(m) for m in data.get("messages", [])) + (" cells" if data.get("blockErrors") else "")
    return ""


def test_a_label_column_and_number_columns_are_valid():
    assert clean_errors([("text", ""), ("number", "All"), ("number", "Japan")], [["Suspects", "544", "111"]]) == ""


def test_cells_must_be_numbers():
    assert "cells" in clean_errors([("text", ""), ("number", "Japan")], [["Suspects", "many"]])


def test_negative_numbers_are_refused():
    assert "cells" in clean_errors([("text", ""), ("number", "Japan")], [["Suspects", "-1"]])


def test_the_first_column_must_label_the_rows():
    assert "first column" in clean_errors([("number", "All"), ("number", "Japan")], [["1", "2"]])


def test_there_must_be_a_number_column_and_every_later_column_is_numeric():
    assert "number column" in clean_errors([("text", "")], [["Suspects"]])
    assert "number column" in clean_errors([("text", ""), ("text", "Note")], [["Suspects", "x"]])


def test_number_columns_need_headings():
    assert "heading" in clean_errors([("text", ""), ("number", " ")], [["Suspects", "5"]])


def test_rows_need_labels_and_at_least_one_number():
    assert "cells" in clean_errors([("text", ""), ("number", "Japan")], [["", "5"]])  # the label cell is required
    assert "at least one number" in clean_errors([("text", ""), ("number", "Japan")], [["Suspects", None]])
    assert "row" in clean_errors([("text", ""), ("number", "Japan")], [])


def test_source_and_as_of_date_are_required():
    build_site()
    dataset = make_dataset()
    dataset.source = ""
    dataset.as_of = None
    with pytest.raises(ValidationError) as caught:
        dataset.full_clean()
    assert {"source", "as_of"} <= set(caught.value.message_dict)


def test_plain_numbers_drop_trailing_zeros():
    assert plain_number(Decimal("544.00")) == "544"
    assert plain_number(Decimal("12.50")) == "12.5"
    assert plain_number(None) == ""


def test_csv_round_trips_with_a_byte_order_mark():
    build_site()
    dataset = make_dataset(rows=[["検挙・捜査した被疑者", "544", "111"], ["ルーター", "9", None]])
    text = dataset.to_csv()
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows == [["項目", "6か国・地域", "日本"], ["検挙・捜査した被疑者", "544", "111"], ["ルーター", "9", ""]]


def test_csv_labels_never_become_formulas():
    build_site()
    dataset = make_dataset(rows=[['=HYPERLINK("https://example.com")', "5", "6"], ["@SUM(A1)", "1", "2"]])
    rows = list(csv.reader(io.StringIO(dataset.to_csv().lstrip("\ufeff"))))
    assert [row[0] for row in rows[1:]] == ['\'=HYPERLINK("https://example.com")', "'@SUM(A1)"]
    assert rows[1][1:] == ["5", "6"]  # the figures stay numbers


@pytest.fixture
def figures_site():
    home_ja, home_en = build_site()
    ja = make_dataset()
    en = make_dataset(
        locale_code="en",
        title="Results of the operation",
        unit="people, locations",
        source="National Police Agency",
        rows=[["Suspects", "544", "111"], ["Locations raided", "269", "123"]],
    )
    en.translation_key = ja.translation_key
    en.save()
    page_ja = statistics_page(home_ja, [ja])
    page_en = translate(page_ja, "en", title="The situation in figures")
    page_en.body = page_en.body  # the copied body still points at the Japanese dataset: point it at the English one
    raw = page_en.body.raw_data
    raw[1]["value"]["dataset"] = en.pk
    page_en.body = raw
    page_en.save_revision().publish()
    return {"ja": page_ja, "en": page_en, "dataset_ja": ja, "dataset_en": en}


def test_statistics_page_shows_table_chart_source_and_csv_link(client, figures_site):
    response = client.get("/en/figures/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    table = soup.select_one("table.dataset__table")
    assert "Results of the operation" in table.caption.get_text()
    assert [th["scope"] for th in table.select("thead th")] == ["col", "col", "col"]
    assert [th.get_text() for th in table.select("tbody th[scope=row]")] == ["Suspects", "Locations raided"]
    assert "544" in [td.get_text(strip=True) for td in table.select("td")]

    svg = soup.select_one("svg")
    assert svg["role"] == "img"
    tree = ET.fromstring(str(svg))
    assert tree.find(f"{SVG}title").text == "Results of the operation"
    assert tree.find(f"{SVG}desc").text

    assert "National Police Agency" in soup.select_one(".dataset__source").get_text()
    assert soup.select_one(".dataset__source time")["datetime"] == "2025-03-28"
    link = soup.select_one(".dataset__download a")
    assert link["href"] == "/en/figures/operation-results.csv"

    csv_response = client.get(link["href"])
    assert csv_response.status_code == 200
    assert csv_response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="operation-results.csv"' in csv_response["Content-Disposition"]
    body = csv_response.content.decode("utf-8")
    assert body.startswith("\ufeff") and "Suspects,544,111" in body


def test_key_figures_show_source_and_date(client, figures_site):
    soup = BeautifulSoup(client.get("/ja/figures/").content, "html.parser")
    assert soup.select_one(".key-figure__value").get_text() == "544人"
    assert "警察庁" in soup.select_one(".key-figures__source").get_text()


def test_csv_of_a_dataset_not_on_the_page_is_not_found(client, figures_site):
    make_dataset(slug="elsewhere", title="Not placed")
    assert client.get("/ja/figures/elsewhere.csv").status_code == 404
    assert client.get("/ja/figures/no-such-thing.csv").status_code == 404


def test_an_unpublished_dataset_is_neither_shown_nor_downloadable(client, figures_site):
    dataset = figures_site["dataset_ja"]
    dataset.live = False
    dataset.save()
    response = client.get("/ja/figures/")
    assert b"dataset__table" not in response.content
    assert client.get("/ja/figures/operation-results.csv").status_code == 404


def test_the_dataset_preview_renders_for_editors(admin_client, figures_site):
    dataset = figures_site["dataset_en"]
    url = f"/admin/snippets/figures/dataset/preview/{dataset.pk}/"
    response = admin_client.get(url)
    assert response.status_code == 200


def test_datasets_are_listed_and_editable_in_the_admin(admin_client, figures_site):
    assert admin_client.get("/admin/snippets/figures/dataset/").status_code == 200
    response = admin_client.get(f"/admin/snippets/figures/dataset/edit/{figures_site['dataset_ja'].pk}/")
    assert response.status_code == 200


def test_the_as_of_date_is_a_date():
    build_site()
    dataset = make_dataset()
    dataset.as_of = "2025-03-28"
    dataset.full_clean()
    dataset.save()
    dataset.refresh_from_db()
    assert dataset.as_of == datetime.date(2025, 3, 28)
    dataset.as_of = "March 2025"  # a month, or anything else that is not a day, is refused
    with pytest.raises(ValidationError) as caught:
        dataset.full_clean()
    assert set(caught.value.message_dict) == {"as_of"}


def test_statistics_page_queries_do_not_grow_with_its_datasets(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    home_ja, _home_en = build_site()
    datasets = [make_dataset(slug=f"set-{n}") for n in range(4)]
    statistics_page(home_ja, datasets[:1], slug="one")
    statistics_page(home_ja, datasets, slug="four")

    def count(url):
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    assert count("/ja/four/") == count("/ja/one/")
    assert BeautifulSoup(client.get("/ja/four/").content, "html.parser").select("svg[role=img]").__len__() == 4


def dataset_form(number, **overrides):
    """The admin's add form for a dataset with one row, as the browser posts it."""
    prefix = "table-0-value"
    data = {
        "title": "Results",
        "slug": "results",
        "unit": "people",
        "value_suffix": "",
        "description": "",
        "source": "National Police Agency",
        "source_url": "",
        "as_of": "2025-03-28",
        "notes": "",
        "table-count": "1",
        "table-0-type": "table",
        "table-0-deleted": "",
        "table-0-order": "0",
        "table-0-id": "",
        f"{prefix}-caption": "",
        f"{prefix}-column-count": "2",
        f"{prefix}-column-0-type": "text",
        f"{prefix}-column-0-order": "0",
        f"{prefix}-column-0-heading": "",
        f"{prefix}-column-0-deleted": "",
        f"{prefix}-column-1-type": "number",
        f"{prefix}-column-1-order": "1",
        f"{prefix}-column-1-heading": "Japan",
        f"{prefix}-column-1-deleted": "",
        f"{prefix}-row-count": "1",
        f"{prefix}-row-0-order": "0",
        f"{prefix}-row-0-deleted": "",
        f"{prefix}-cell-0-0": "Suspects",
        f"{prefix}-cell-0-1": number,
        "action-publish": "action-publish",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize(
    "number, overrides",
    [("many", {}), ("-3", {}), ("111", {"source": ""}), ("111", {"as_of": "not a date"})],
)
def test_admin_refuses_a_bad_dataset_with_a_form_error(admin_client, number, overrides):
    build_site()
    response = admin_client.post("/admin/snippets/figures/dataset/add/?locale=ja", dataset_form(number, **overrides))
    assert response.status_code == 200
    assert b"error" in response.content
    assert not Dataset.objects.exists()


def test_admin_saves_and_publishes_a_good_dataset(admin_client):
    build_site()
    response = admin_client.post("/admin/snippets/figures/dataset/add/?locale=ja", dataset_form("111"))
    assert response.status_code == 302
    dataset = Dataset.objects.get()
    assert dataset.live and dataset.rows == [("Suspects", [Decimal("111")])]
