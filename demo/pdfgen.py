"""Simple real PDFs for the demo's uploaded material (the slide deck), the scaled benchmark content and the
tests' documents: WeasyPrint, with IPAex Gothic (IPA Font License, materials/fonts/IPAexGothic-LICENSE.txt)
embedded as a subset, so that PDFium (the thumbnails) and readers without Japanese fonts show the text.

The library's printable layouts are made by materials/printing.py; this is the plain "uploaded file" a
material without a layout has.
"""

from html import escape

from materials.printing import FONT_FILE, url_fetcher

SIZES = {"a4": "A4", "a3": "A3", "b5": "B5", "b4": "B4", "a5": "A5", "screen": "A4 landscape"}


def build_pdf(title, subtitle, pages, footer, paper="a4", accent="#0b3d6e"):
    """A simple, printable PDF: a title, then `pages` (each a list of paragraphs; "• " starts a bullet, "## "
    a heading), and a footer with where to get help on every page. The same content gives the same bytes."""
    import weasyprint

    scale = 1.4 if paper == "a3" else 1.0
    sections = []
    for number, paragraphs in enumerate(pages):
        parts = [f"<h1>{escape(title)}</h1><p class='subtitle'>{escape(subtitle)}</p>"] if number == 0 else []
        bullets = []
        for text in [*paragraphs, ""]:
            if text.startswith("• "):
                bullets.append(f"<li>{escape(text[2:])}</li>")
                continue
            if bullets:
                parts.append("<ul>" + "".join(bullets) + "</ul>")
                bullets = []
            if text.startswith("## "):
                parts.append(f"<h2>{escape(text[3:])}</h2>")
            elif text:
                parts.append(f"<p>{escape(text)}</p>")
        sections.append("<section>" + "".join(parts) + "</section>")
    html = f"""<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>{escape(title)}</title>
<meta name="author" content="No!! Child Sexual Abuse Material campaign"><meta name="description" content="{escape(subtitle)}">
<style>
@font-face {{ font-family: "IPAex Gothic"; src: url("{FONT_FILE.as_uri()}"); }}
@page {{ size: {SIZES.get(paper, "A4")}; margin: 18mm 18mm 26mm;
  @bottom-left {{ content: "{escape(footer)}"; font-size: {9 * scale}pt; color: {accent};
    border-top: 1.5pt solid {accent}; }}
  @bottom-right {{ content: counter(page); font-size: {9 * scale}pt; color: {accent};
    border-top: 1.5pt solid {accent}; }} }}
html {{ font-family: "IPAex Gothic", sans-serif; font-size: {12 * scale}pt; line-height: 1.6; }}
h1 {{ font-size: 2.1em; line-height: 1.3; color: {accent}; margin: 0 0 4mm; }}
.subtitle {{ font-size: 1.15em; color: #333; margin: 0 0 8mm; }}
h2 {{ font-size: 1.3em; color: {accent}; margin: 8mm 0 3mm; }}
section + section {{ break-before: page; }}
</style></head><body>{"".join(sections)}</body></html>"""
    return weasyprint.HTML(string=html, url_fetcher=url_fetcher()).write_pdf(pdf_identifier=b"demo")
