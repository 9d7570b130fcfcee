"""Demo figures: the datasets and the statistics page of demo/data/figures.yaml, in Japanese and English."""

import uuid

from demo.builders import block_from_data, ensure_section, ensure_snippet, read_data, stream
from figures.models import Dataset, StatisticsPage
from home.models import HomePage


def table_value(data, lang, spec):
    columns = [{"type": "text", "heading": spec[lang]["label"]}] + [
        {"type": "number", "heading": label} for label in data["series"][lang]
    ]
    rows = [
        {"values": [label, *(None if v is None else str(v) for v in values)]}
        for label, values in zip(spec[lang]["rows"], spec["values"], strict=True)
    ]
    return [{"type": "table", "value": {"caption": "", "columns": columns, "rows": rows}, "id": str(uuid.uuid4())}]


def dataset_fields(data, lang, spec):
    text = spec[lang]
    return {
        "title": text["title"],
        "slug": spec["slug"],
        "unit": text["unit"],
        "description": text["description"],
        "source": data["source"][lang],
        "as_of": data["as_of"],
        "notes": text["notes"],
        "table": stream(table_value(data, lang, spec)),
    }


def key_figures(data, lang):
    spec = data["page"][lang]["key_figures"]
    return {
        "type": "key_figures",
        "id": str(uuid.uuid4()),
        "value": {
            "heading": spec["heading"],
            "figures": [
                {
                    "type": "item",
                    "value": {"value": f["value"], "suffix": f["suffix"], "label": f["label"]},
                    "id": str(uuid.uuid4()),
                }
                for f in spec["figures"]
            ],
            "source": spec["source"],
            "as_of": data["as_of"].isoformat(),
        },
    }


def dataset_block(dataset):
    return {
        "type": "dataset",
        "id": str(uuid.uuid4()),
        "value": {"dataset": dataset.pk, "show_chart": True, "heading_level": "h2"},
    }


def body(data, lang, datasets):
    page = data["page"][lang]
    return [
        key_figures(data, lang),
        *(block_from_data(item) for item in page["before_datasets"]),
        *(dataset_block(d) for d in datasets),
        *(block_from_data(item) for item in page["after_datasets"]),
    ]


def page_fields(data, lang, datasets):
    fields = {
        k: v for k, v in data["page"][lang].items() if k not in ("key_figures", "before_datasets", "after_datasets")
    }
    return {**fields, "body": stream(body(data, lang, datasets))}


def load(report, scale=1):
    data = read_data("figures")
    home_ja = HomePage.objects.get(locale__language_code="ja", depth=2)
    datasets = {"ja": [], "en": []}
    for spec in data["datasets"]:
        ja, en = ensure_snippet(
            Dataset, {"slug": spec["slug"]}, dataset_fields(data, "ja", spec), dataset_fields(data, "en", spec), report
        )
        datasets["ja"].append(ja)
        datasets["en"].append(en)
    ensure_section(
        home_ja,
        StatisticsPage,
        "figures",
        page_fields(data, "ja", datasets["ja"]),
        page_fields(data, "en", datasets["en"]),
        ["guidance"],
        report,
    )
