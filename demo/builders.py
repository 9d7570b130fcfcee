"""Helpers for the demo loaders: raw StreamField data from the YAML files, and idempotent pages and snippets.

Every `ensure_*` creates what is missing and never changes what exists, so `load_demo_content` can run
again on a loaded database and change nothing.
"""

import functools
import json
import uuid
from pathlib import Path

from django.db import transaction

from wagtail.models import Locale, Page

import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"


@functools.cache
def read_data(name):
    """demo/data/<name>.yaml: the demo text of one content type, Japanese and English side by side."""
    return yaml.safe_load((DATA_DIR / f"{name}.yaml").read_text(encoding="utf-8"))


def _block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def heading(text, level="h2"):
    return _block("heading", {"text": text, "level": level})


def paragraph(html):
    return _block("paragraph", html)


def callout(text_html, heading_text="", tone="info"):
    return _block("callout", {"tone": tone, "heading": heading_text, "text": text_html})


def quote(text, attribution=""):
    return _block("quote", {"quote": text, "attribution": attribution})


def faq(items, heading_text=""):
    return _block(
        "faq",
        {
            "heading": heading_text,
            "items": [
                {"type": "item", "value": {"question": q, "answer": a}, "id": str(uuid.uuid4())} for q, a in items
            ],
        },
    )


def table(caption, rows, header="row"):
    return _block(
        "table",
        {
            "table_caption": caption,
            "table_header_choice": header,
            "first_row_is_table_header": header in ("row", "both"),
            "first_col_is_header": header in ("column", "both"),
            "data": rows,
            "cell": [],
            "mergeCells": [],
        },
    )


def cta(text, url="", page_id=None):
    return _block("call_to_action", {"text": text, "url": url, "page": page_id})


def stream(blocks):
    """StreamField data (a JSON string) from blocks made by the functions above, or from their YAML form."""
    return json.dumps([block_from_data(item) for item in blocks])


def block_from_data(item):
    """One block from its YAML form, a mapping with one key, the block type:

        - heading: What the law forbids              (or {text: …, level: h3})
        - paragraph: <p>…</p>
        - callout: {text: <p>…</p>, heading: …, tone: info}
        - quote: {quote: …, attribution: …}
        - faq: {heading: …, items: [{question: …, answer: <p>…</p>}]}
        - table: {caption: …, rows: [[…], …], header: row}
        - call_to_action: {text: …, url: …}
        - sourced: {text: <p>…</p>, source: …, source_url: …, as_of: 2026-12-02}

    A block already built (a dict with "type" and "value") is returned unchanged."""
    if "type" in item and "value" in item:
        return item
    ((kind, value),) = item.items()
    if kind == "heading":
        return heading(value) if isinstance(value, str) else heading(value["text"], value.get("level", "h2"))
    if kind == "paragraph":
        return paragraph(value)
    if kind == "callout":
        return callout(value["text"], value.get("heading", ""), value.get("tone", "info"))
    if kind == "quote":
        return quote(value["quote"], value.get("attribution", ""))
    if kind == "faq":
        return faq([(i["question"], i["answer"]) for i in value["items"]], value.get("heading", ""))
    if kind == "table":
        return table(value["caption"], value["rows"], value.get("header", "row"))
    if kind == "call_to_action":
        return cta(value["text"], value.get("url", ""), value.get("page"))
    if kind == "sourced":
        return _block(
            "sourced",
            {
                "text": value["text"],
                "source": value["source"],
                "source_url": value.get("source_url", ""),
                "as_of": str(value["as_of"]),
            },
        )
    raise ValueError(f"Unknown block type in the demo data: {kind}")


class Report:
    """Counts what a loader created, so that a second run can show it changed nothing."""

    def __init__(self, stdout=None):
        self.created = 0
        self.stdout = stdout

    def note(self, message):
        self.created += 1
        if self.stdout is not None:
            self.stdout.write(f"  + {message}")


def locale(code):
    return Locale.objects.get(language_code=code)


def get_child(parent, slug, locale_obj):
    return Page.objects.child_of(parent).filter(slug=slug, locale=locale_obj).first()


@transaction.atomic
def ensure_page(parent, model, slug, fields, report, *, locale_code=None):
    """Create and publish `model` under `parent` unless a page with that slug exists there. Never updates."""
    locale_obj = parent.locale if locale_code is None else locale(locale_code)
    existing = get_child(parent, slug, locale_obj)
    if existing is not None:
        return existing.specific
    page = model(slug=slug, locale=locale_obj)
    for name, value in fields.items():
        setattr(page, name, value)  # setattr, not the constructor: many-to-many and inline fields too
    parent.add_child(instance=page)
    page.save_revision().publish()
    report.note(f"{locale_obj.language_code}: {page.url_path}")
    return page


@transaction.atomic
def ensure_translation(source, locale_code, fields, report):
    """Create and publish the translation of `source` in `locale_code`, unless it exists. Never updates."""
    target_locale = locale(locale_code)
    existing = source.get_translation_or_none(target_locale)
    if existing is not None:
        return existing.specific
    # copy_for_translation makes an unpublished copy: fill in the translated fields, then publish it.
    translated = source.copy_for_translation(target_locale, copy_parents=False)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    report.note(f"{locale_code}: {translated.url_path}")
    return translated.specific


@transaction.atomic
def ensure_snippet(model, lookup, ja_fields, en_fields, report):
    """A translatable, revisioned snippet in Japanese and its English translation, created once."""
    ja_locale, en_locale = locale("ja"), locale("en")
    source = model.objects.filter(locale=ja_locale, **lookup).first()
    if source is None:
        source = model(locale=ja_locale, **ja_fields)
        source.save()
        _save_revision(source)
        report.note(f"ja: {model._meta.verbose_name} {source}")
    translated = source.get_translation_or_none(en_locale)
    if translated is None:
        translated = source.copy_for_translation(en_locale)
        for name, value in en_fields.items():
            setattr(translated, name, value)
        translated.save()
        _save_revision(translated)
        report.note(f"en: {model._meta.verbose_name} {translated}")
    return source, translated


def _save_revision(obj):
    """Give a snippet its first revision, and publish it when it has a draft state."""
    revision = obj.save_revision()
    if hasattr(obj, "publish"):
        revision.publish()


def ensure_section(home_ja, model, slug, ja_fields, en_fields, after, report):
    """A top-level section page of its own type, in both languages, placed in the menu after the first
    existing slug in `after` (first in the menu when `after` is empty)."""
    section_ja = ensure_page(home_ja, model, slug, {**ja_fields, "show_in_menus": True}, report)
    section_en = ensure_translation(section_ja, "en", en_fields, report)
    for page in (section_ja, section_en):
        page.refresh_from_db()
        siblings = Page.objects.sibling_of(page)
        anchor = next((a for a in (siblings.filter(slug=s).first() for s in after) if a is not None), None)
        if anchor is not None and page.get_prev_sibling() != anchor:
            page.move(anchor, pos="right")
        elif not after and page.get_prev_sibling() is not None:
            page.move(page.get_parent(), pos="first-child")
    return section_ja, section_en
