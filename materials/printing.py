"""Printable materials made into PDF (docs/printables.md): the material's layout as HTML
(`templates/print/<layout>.html`, with the stylesheet of its kind from `materials/print/`), then WeasyPrint
(HTML and CSS to PDF, on Debian's Pango) to a tagged PDF/UA-1: a structure tree in reading order, the
document's language, its title shown as the window title, alt text on every figure, and IPAex Gothic
embedded as a subset.

Japanese typesetting, which Pango alone does not do well enough for large type:
- Pango breaks lines by Unicode's rules, kinsoku included (no line starts with 。 or 」); `typeset` adds
  BudouX's phrase boundaries, so that a heading breaks between phrases (一度送った / 画像は), never inside
  a word;
- numbers stay whole with their units: 0120-0-78310, 2025年2月24日, 8時30分, 17:15;
- readings (｜漢字《かんじ》, core/readings.py) become ruby, drawn above the text by the stylesheet.

Nothing is fetched over the network: `url_fetcher` serves only this folder's styles and icons and data: URLs.
Decorative art (the site's own icons, as CSS backgrounds) is marked as an artifact (`mark_artifacts`).
"""

import hashlib
import html
import re
from functools import cache
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe

from core import readings

PRINT_DIR = Path(__file__).resolve().parent / "print"
FONT_FILE = Path(__file__).resolve().parent / "fonts" / "ipaexg.ttf"
PDF_VARIANT = "pdf/ua-1"

# Numbers that must not break across lines: phone numbers (0120-0-78310, #9110), dates, times, and a
# number with its unit or counter.
UNBROKEN = re.compile(
    r"[#＃]?\d[\d\-‐－]{2,}\d"  # 0120-0-78310, 110, #9110
    r"|\d{4}年\d{1,2}月\d{1,2}日"
    r"|\d{1,2}月\d{1,2}日"
    r"|\d{1,2}時(?:\d{1,2}分)?"
    r"|\d{1,2}:\d{2}(?:[–〜~-]\d{1,2}:\d{2})?"
    r"|\d+(?:歳|才|年生|円|件|人|％|%|か月|カ月|日間|時間)"
)
TAG = re.compile(r"(<[^>]*>)")


@cache
def _parser():
    import budoux

    return budoux.load_default_japanese_parser()


def phrases(text, language):
    """`text` cut where a line may break: BudouX's phrases in Japanese (the whole text in English, which
    breaks at its spaces), never inside a number (UNBROKEN)."""
    if not text:
        return []
    parts = _parser().parse(text) if language == "ja" else [text]
    cuts, offset = set(), 0
    for part in parts[:-1]:
        offset += len(part)
        cuts.add(offset)
    for match in UNBROKEN.finditer(text):
        cuts -= set(range(match.start() + 1, match.end()))
    result, start = [], 0
    for cut in sorted(cuts):
        result.append(text[start:cut])
        start = cut
    result.append(text[start:])
    return [part for part in result if part]


def _spans(text, language):
    """Escaped text, each unbreakable run in a span the stylesheet keeps whole (`white-space: nowrap`)."""
    pieces = []
    for part in phrases(text, language):
        escaped = html.escape(part, quote=False)
        if language == "ja" or UNBROKEN.fullmatch(part.strip()):
            pieces.append(f'<span class="w">{escaped}</span>')
        else:
            pieces.append(_english_numbers(escaped))
    return "".join(pieces)


def _english_numbers(escaped):
    return UNBROKEN.sub(lambda match: f'<span class="w">{match.group(0)}</span>', escaped)


def typeset(text, language):
    """Plain text (with readings) as HTML for print: ruby, phrases and numbers kept whole."""
    return mark_safe(typeset_html(readings.to_html(str(text or "")), language))  # noqa: S308 - escaped by to_html


def typeset_html(markup, language):
    """The same for HTML (rendered blocks): only text between tags is touched, never a tag, an attribute or a
    reading (<rt>) or the base text inside <ruby>, which stays whole."""
    out, in_ruby = [], 0
    for piece in TAG.split(str(markup)):
        if piece.startswith("<"):
            name = piece[1:].split()[0].rstrip(">/").lower() if len(piece) > 2 else ""
            if name == "ruby":
                in_ruby += 1
            elif name == "/ruby":
                in_ruby = max(0, in_ruby - 1)
            out.append(piece)
        elif in_ruby or not piece.strip():
            out.append(piece)
        else:
            out.append(_spans(html.unescape(piece), language))
    return "".join(out)


ICONS = ("logo", "phone", "chat", "shield", "pin", "stop")


def kind(layout):
    """The template and stylesheet a layout uses: both posters share `poster`."""
    return layout.key.split("-")[0]


def stylesheet(layout):
    """The shared print styles and the layout's own, inline in the HTML (so the source hash covers them),
    with the font's address, the page size and the icons filled in."""
    text = (PRINT_DIR / "base.css").read_text(encoding="utf-8") + "\n"
    text += (PRINT_DIR / f"{kind(layout)}.css").read_text(encoding="utf-8")
    replacements = {
        "FONT_URL": FONT_FILE.as_uri(),
        "PAGE_SIZE": {"a3": "A3", "a4": "A4"}[layout.paper],
        # The A4 poster is the A3 one scaled down (A4 is A3 divided by the square root of 2).
        "POSTER_BASE": {"a3": "16pt", "a4": "11.3pt"}[layout.paper],
    }
    for name in ICONS:
        replacements[f"ICON_{name}"] = icon(name)
    for placeholder in sorted(replacements, key=len, reverse=True):
        text = text.replace(placeholder, replacements[placeholder])
    return text


def icon(name):
    """A data: URL of one of the site's own icons (materials/print/icons/), for CSS backgrounds."""
    import base64

    data = (PRINT_DIR / "icons" / f"{name}.svg").read_bytes()
    return "data:image/svg+xml;base64," + base64.b64encode(data).decode()


def qr_code(url):
    """A QR code of `url` as a data: URL (segno, as the two-step sign-in's)."""
    import segno

    return segno.make(url, error="m").svg_data_uri(scale=4, border=2, dark="#0b3d6e")


def hours_text(line):
    """A helpline's opening hours in a few words, for paper: "Open 24 hours, every day", or its days and
    hours grouped ("Mon–Fri 8:30–17:15"), with the closures it keeps. In the active language."""
    from django.utils.formats import time_format
    from django.utils.translation import gettext as _

    if line.always_open:
        return _("Open 24 hours, every day")
    names = [_("Mon"), _("Tue"), _("Wed"), _("Thu"), _("Fri"), _("Sat"), _("Sun")]
    by_hours = {}
    for row in line.weekly_hours.all():
        span = f"{time_format(row.opens, 'G:i')}–{time_format(row.closes, 'G:i')}"
        by_hours.setdefault(span, []).append(row.weekday)
    parts = []
    for span, days in by_hours.items():
        days = sorted(set(days))
        if days == list(range(days[0], days[-1] + 1)) and len(days) > 2:
            label = f"{names[days[0]]}–{names[days[-1]]}"
        else:
            label = _("/").join(names[day] for day in days)
        parts.append(f"{label} {span}")
    closures = []
    if line.closed_on_public_holidays:
        closures.append(_("public holidays"))
    if line.closed_over_new_year:
        closures.append(_("29 December to 3 January"))
    text = _(", ").join(parts)
    if text and closures:
        text += " " + _("(closed on %(days)s)") % {"days": _(", ").join(closures)}
    if line.hours_note:
        text = f"{text} {line.hours_note}".strip()
    return text


def source_html(page, helplines, campaign=None, personal=None):
    """The material's layout as one self-contained HTML document, in the page's language: `helplines` are
    the live helplines it shows (in its language), `campaign` the campaign it belongs to ({title, dates}),
    `personal` what a school entered (materials/personalise.py). Deterministic: the same content gives the
    same HTML, and so the same hash (`source_hash`)."""
    layout = page.printable_layout
    language = page.locale.language_code
    url = page.get_full_url()
    with translation.override(language):
        lines = [
            {
                "name": line.name,
                "phone_number": line.phone_number,
                "toll_free": line.toll_free,
                "summary": line.summary,
                "hours_text": hours_text(line),
            }
            for line in helplines
        ]
        return render_to_string(
            f"print/{kind(layout)}.html",
            {
                "page": page,
                "layout": layout,
                "language": language,
                "stylesheet": mark_safe(stylesheet(layout)),  # noqa: S308 - our own files
                "helplines": lines,
                "campaign": campaign,
                "page_url": url,
                "qr_code": qr_code(url),
                "personal": personal,
            },
        )


def source_hash(source):
    import weasyprint

    return hashlib.sha256(f"{weasyprint.__version__}\n{PDF_VARIANT}\n{source}".encode()).hexdigest()


def url_fetcher():
    """Only data: URLs and the font file: nothing from the network, nothing an editor or a visitor could
    point elsewhere (a made-up <img src> in a block fails to load, and the sheet renders without it)."""
    import weasyprint

    font = FONT_FILE.as_uri()

    class OwnFilesOnly(weasyprint.URLFetcher):
        def fetch(self, url, headers=None):
            if url.startswith("data:") or url == font:
                return super().fetch(url, headers)
            raise ValueError(f"Printable layouts fetch nothing from {url!r}")

    return OwnFilesOnly(allowed_protocols={"data", "file"}, allow_redirects=False, timeout=2)


def render(source, base_url=None):
    """The PDF of `source` (source_html), tagged, PDF/UA-1, with its decorative art marked as artifacts."""
    import weasyprint

    # Links in the printed text (to pages, to documents) are absolute in the PDF; nothing is fetched from there.
    base_url = base_url or settings.WAGTAILADMIN_BASE_URL or "http://localhost/"
    document = weasyprint.HTML(string=source, base_url=base_url, url_fetcher=url_fetcher())
    pdf = document.write_pdf(pdf_variant=PDF_VARIANT, pdf_identifier=b"campaign", uncompressed_pdf=False)
    return mark_artifacts(pdf)


PAINTING = {"f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "Do", "sh", "re", "m", "l", "c", "v", "y", "h", "n"}


def _artifact_run(run):
    """The instructions of `run`, wrapped as an artifact when they paint anything."""
    import pikepdf

    if not any(str(instruction.operator) in PAINTING for instruction in run):
        return list(run)
    return [
        pikepdf.ContentStreamInstruction([pikepdf.Name.Artifact], pikepdf.Operator("BMC")),
        *run,
        pikepdf.ContentStreamInstruction([], pikepdf.Operator("EMC")),
    ]


def _mark_page(instructions):
    result, run, depth = [], [], 0
    for instruction in instructions:
        operator = str(instruction.operator)
        if depth == 0 and (operator in ("BDC", "BMC", "q", "Q", "cm", "gs")):
            result.extend(_artifact_run(run))
            run = []
        if operator in ("BDC", "BMC"):
            depth += 1
            result.append(instruction)
        elif operator == "EMC":
            depth = max(0, depth - 1)
            result.append(instruction)
        elif depth == 0 and operator not in ("q", "Q", "cm", "gs"):
            run.append(instruction)
        else:
            result.append(instruction)
    result.extend(_artifact_run(run))
    return result


def mark_artifacts(pdf):
    """Wrap content that no structure element owns (WeasyPrint draws backgrounds and borders outside any
    marked content) in `/Artifact BMC … EMC`, as PDF/UA asks of decorative content."""
    import io

    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            marked = _mark_page(pikepdf.parse_content_stream(page))
            page.Contents = document.make_stream(pikepdf.unparse_content_stream(marked))
        out = io.BytesIO()
        document.save(out, deterministic_id=True)
    return out.getvalue()
