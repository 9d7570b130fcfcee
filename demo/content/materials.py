"""Demo library: the taxonomy, the materials and the school request form of demo/data/materials.yaml, in
Japanese and English. Materials with a `layout` are printable layouts, whose PDFs the site makes itself
(`load_printables`, once the helplines they show exist); the slide deck is an uploaded PDF made by
demo/pdfgen.py."""

import datetime as dt
import functools
import re

from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.html import escape

from wagtail.models import Collection

from campaigns.models import CampaignPage
from demo.builders import (
    ensure_page,
    ensure_section,
    ensure_snippet,
    ensure_translation,
    heading,
    paragraph,
    read_data,
    stream,
)
from demo.pdfgen import build_pdf
from help.models import Helpline
from home.models import HomePage
from materials import editions
from materials.models import (
    Audience,
    CampaignDocument,
    MaterialFile,
    MaterialFormat,
    MaterialPage,
    MaterialsIndexPage,
    PrintHelpline,
    SchoolRequestField,
    SchoolRequestPage,
    SchoolStage,
    Topic,
)
from materials.packs import rebuild_packs


def load(report, scale=1):
    data = read_data("materials")
    home_ja = HomePage.objects.get(locale__language_code="ja", depth=2)
    taxonomy = data["taxonomy"]
    terms = {
        "audience": ensure_terms(Audience, taxonomy["audiences"], report),
        "stage": ensure_terms(SchoolStage, taxonomy["stages"], report),
        "topic": ensure_terms(Topic, taxonomy["topics"], report),
        "format": ensure_terms(MaterialFormat, taxonomy["formats"], report),
    }
    index_ja = ensure_section(
        home_ja,
        MaterialsIndexPage,
        "materials",
        data["index"]["ja"],
        data["index"]["en"],
        ["campaigns", "figures"],
        report,
    )[0]
    pages = {}
    for spec in data["materials"]:
        pages[spec["slug"]] = ensure_material(index_ja, spec, terms, pages, report)
    ensure_request_form(index_ja, data["request_form"], report)
    generate_scaled_content(index_ja, terms, scale, report)


def ensure_terms(model, spec, report):
    result = {}
    for order, (slug, names) in enumerate(spec.items()):
        ja, _en = ensure_snippet(
            model,
            {"slug": slug},
            {"slug": slug, "name": names["ja"], "sort_order": order},
            {"name": names["en"]},
            report,
        )
        result[slug] = ja
    return result


def ensure_document(title, pdf_bytes, filename, report, language="ja"):
    document = CampaignDocument.objects.filter(title=title).first()
    if document is not None:
        return document
    document = CampaignDocument(title=title, collection=Collection.get_first_root_node(), language=language)
    document.file.save(filename, ContentFile(pdf_bytes), save=False)
    document._set_document_file_metadata()
    document.save()
    report.note(f"document {filename}")
    return document


def pdf_for(spec, lang):
    return _pdf(spec["slug"], lang)


@functools.cache
def _pdf(slug, lang):
    """The PDF of one material in one language. Deterministic, so it is made once per process."""
    data = read_data("materials")
    spec = next(s for s in data["materials"] if s["slug"] == slug)
    text = spec[lang]
    return build_pdf(text["title"], text["summary"], text["pages"], data["pdf_footer"][lang], paper=spec["paper"])


def ensure_material(index_ja, spec, terms, pages, report):
    files = {"ja": [], "en": []}
    for lang in () if spec.get("layout") else ("ja", "en"):
        document = ensure_document(spec[lang]["title"], pdf_for(spec, lang), f"{spec['slug']}-{lang}.pdf", report, lang)
        files[lang] = [
            MaterialFile(
                document=document,
                language=lang,
                paper_size=spec["paper"],
                printable=spec.get("printable", True),
                can_order=spec.get("can_order", False),
            )
        ]
    common = {
        "material_format": terms["format"][spec["format"]],
        "audiences": [terms["audience"][s] for s in spec["audiences"]],
        "stages": [terms["stage"][s] for s in spec["stages"]],
        "topics": [terms["topic"][s] for s in spec["topics"]],
        "version_label": spec.get("version", ""),
        **review_dates(spec.get("reviewed")),
    }
    if spec.get("replaces"):
        common["replaces"] = pages[spec["replaces"]]
    if spec.get("campaign"):  # the campaigns are loaded first (load_demo_content)
        common["campaign"] = CampaignPage.objects.get(slug=spec["campaign"], locale__language_code="ja")

    def in_language(lang):
        return {
            "title": spec[lang]["title"],
            "introduction": spec[lang]["summary"],
            "listing_summary": spec[lang]["summary"],
            "change_note": spec[lang].get("change_note", ""),
            "review_note": spec[lang].get("review_note", ""),
            "files": files[lang],
            "body": usage_body(lang, spec),
        }

    ja = ensure_page(index_ja, MaterialPage, spec["slug"], {**common, **in_language("ja")}, report)
    ensure_translation(ja, "en", in_language("en"), report)
    return ja


def usage_body(lang, spec):
    """ "How to use it", by format."""
    usage = read_data("materials")["usage"]
    text = usage.get(spec["format"], usage["other"])[lang]
    return stream([heading(usage["heading"][lang]), paragraph(f"<p>{text}</p>")])


def ensure_request_form(index_ja, spec, report):
    ja_spec, en_spec = spec["ja"], spec["en"]

    def fields_of(spec):
        return [SchoolRequestField(sort_order=n, **field) for n, field in enumerate(spec["fields"])]

    common = {"to_address": "school-liaison@example.jp", "from_address": "no-reply@example.jp"}
    ja_fields = {k: v for k, v in ja_spec.items() if k != "fields"} | common | {"form_fields": fields_of(ja_spec)}
    ja = ensure_page(index_ja, SchoolRequestPage, "request", ja_fields, report)
    en_fields = {k: v for k, v in en_spec.items() if k != "fields"} | {"form_fields": fields_of(en_spec)}
    # The School liaison group is given access to both pages' submissions as they are created (materials/signal_handlers.py).
    ensure_translation(ja, "en", en_fields, report)


def review_dates(reviewed):
    """Materials are reviewed yearly: the next review is a year after the last (never in the future, which
    the page refuses), so some demo materials show as due on the editors' dashboard."""
    if reviewed is None:
        return {}
    reviewed = min(reviewed, timezone.localdate())
    return {"last_reviewed": reviewed, "next_review": reviewed + dt.timedelta(days=365)}


def generate_scaled_content(index_ja, terms, scale, report):
    """With --scale N, add (N - 1) x 6 materials in both languages, sharing one generated PDF, for benchmarks."""
    if scale <= 1:
        return
    document = ensure_document(
        "Generated material", build_pdf("生成資料", "Generated", [["ベンチマーク用"]], "No!!"), "generated.pdf", report
    )
    stages, topics = list(terms["stage"].values()), list(terms["topic"].values())
    for number in range(1, (scale - 1) * 6 + 1):
        fields = {
            "title": f"生成資料 {number}",
            "introduction": "ベンチマーク用に自動生成しました。",
            "material_format": list(terms["format"].values())[number % 5],
            "stages": [stages[number % len(stages)]],
            "topics": [topics[number % len(topics)]],
            "audiences": [list(terms["audience"].values())[number % 5]],
            "files": [MaterialFile(document=document, language="ja")],
        }
        ja = ensure_page(index_ja, MaterialPage, f"generated-{number}", fields, report)
        ensure_translation(
            ja,
            "en",
            {
                "title": f"Generated material {number}",
                "introduction": "Generated for benchmarks.",
                "files": [MaterialFile(document=document, language="en")],
            },
            report,
        )


def load_printables(report, scale=1):
    """Make the materials with a `layout` printable layouts: their key message, their printed text (the
    `pages` of demo/data/materials.yaml) and their helplines, then publish them, which makes their PDFs
    (materials/editions.py). A material that already has a layout is left alone."""
    data = read_data("materials")
    names = {spec["key"]: spec["ja"]["name"] for spec in read_data("help")["helplines"]}
    made = set()
    for spec in data["materials"]:
        if not spec.get("layout"):
            continue
        ja = MaterialPage.objects.filter(slug=spec["slug"], locale__language_code="ja").first()
        if ja is None:
            continue
        lines_ja = [Helpline.objects.get(name=names[str(key)], locale__language_code="ja") for key in spec["helplines"]]
        for page in [ja, *ja.get_translations().filter(locale__language_code="en")]:
            page = page.specific
            if page.layout:
                continue
            lang = page.locale.language_code
            lines = lines_ja if lang == "ja" else [line.get_translation(page.locale) for line in lines_ja]
            make_printable(page, spec, lang, lines, report)
            made.add(page.locale)
    for locale in made:
        rebuild_packs(locale)


def make_printable(page, spec, lang, lines, report):
    page.files.all().delete()  # an earlier demo's uploaded PDF: the site makes this one now
    page.layout = spec["layout"]
    page.can_order_print = spec.get("can_order", False)
    page.key_message = spec[lang]["key_message"]
    page.print_body = print_body(spec[lang]["pages"])
    page.print_helplines.set([PrintHelpline(helpline=line, sort_order=n) for n, line in enumerate(lines)])
    page.save_revision().publish()
    # Made now, not only once the publish commits: the demo may be loaded inside a transaction that is never
    # committed (the PostgreSQL tests), and the edition the commit's task would make is this one anyway.
    editions.build_edition(page)
    report.note(f"printable {page.slug} ({lang})")


TYPED_NUMBER = re.compile(r"^[#＃]?\d[\d-]*[：:]")


def print_body(pages):
    """The paragraphs of the demo's pages as blocks: "## " a heading, a run of "• " lines one list. A line
    that starts with a phone number is left out: a printable's numbers come from the helpline directory,
    printed below the text, and are never typed (so a changed number is never left behind on paper)."""
    blocks, bullets = [], []

    def flush():
        if bullets:
            blocks.append(paragraph("<ul>" + "".join(f"<li>{escape(b)}</li>" for b in bullets) + "</ul>"))
            bullets.clear()

    for page in pages:
        for line in page:
            if line.startswith("• "):
                if not TYPED_NUMBER.match(line[2:]):
                    bullets.append(line[2:])
                continue
            flush()
            if line.startswith("## "):
                blocks.append(heading(line[3:]))
            else:
                blocks.append(paragraph(f"<p>{escape(line)}</p>"))
    flush()
    return stream(blocks)
