"""Real PDFs for the demo content, written with reportlab and an embedded Japanese TrueType font.

reportlab's built-in Japanese CID fonts are not embedded, so readers without Japanese fonts (and PDFium,
which renders the thumbnails) would show blank text. IPAex Gothic (IPA Font License, see
demo/fonts/IPAexGothic-LICENSE.txt) ships with the project; reportlab embeds a subset of it.
"""

import io
from pathlib import Path

FONT_NAME = "IPAexGothic"
FONT_PATH = Path(__file__).resolve().parent / "fonts" / "ipaexg.ttf"
SIZES = {"a4": "A4", "a3": "A3", "b5": "B5", "b4": "B4", "a5": "A5", "screen": "landscape_A4"}


def _register_font():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT_NAME, str(FONT_PATH)))


def build_pdf(title, subtitle, pages, footer, paper="a4", accent="#0b3d6e"):
    """A simple, printable PDF: a title band, then `pages` (each a list of paragraphs; a paragraph
    starting with "• " becomes a bullet), and a footer with where to get help on every page."""
    from reportlab.lib import colors, pagesizes
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    _register_font()
    size = {"A4": pagesizes.A4, "A3": pagesizes.A3, "B5": pagesizes.B5, "B4": pagesizes.B4, "A5": pagesizes.A5}.get(
        SIZES.get(paper, "A4"), pagesizes.landscape(pagesizes.A4)
    )
    scale = 1.4 if paper == "a3" else 1.0
    base = {"fontName": FONT_NAME, "wordWrap": "CJK", "alignment": TA_LEFT}
    styles = {
        "title": ParagraphStyle(
            "title", fontSize=26 * scale, leading=34 * scale, textColor=colors.HexColor(accent), **base
        ),
        "subtitle": ParagraphStyle(
            "subtitle", fontSize=14 * scale, leading=20 * scale, textColor=colors.HexColor("#333333"), **base
        ),
        "body": ParagraphStyle("body", fontSize=12 * scale, leading=19 * scale, spaceAfter=6 * scale, **base),
        "bullet": ParagraphStyle(
            "bullet",
            fontSize=12 * scale,
            leading=19 * scale,
            leftIndent=14 * scale,
            bulletIndent=2 * scale,
            spaceAfter=4 * scale,
            **base,
        ),
        "heading": ParagraphStyle(
            "heading",
            fontSize=16 * scale,
            leading=22 * scale,
            spaceBefore=10 * scale,
            spaceAfter=6 * scale,
            textColor=colors.HexColor(accent),
            **base,
        ),
    }

    def draw_footer(canvas, document):
        canvas.saveState()
        canvas.setFillColor(colors.HexColor(accent))
        canvas.rect(0, 0, size[0], 18 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(FONT_NAME, 9 * scale)
        canvas.drawString(15 * mm, 7 * mm, footer)
        canvas.drawRightString(size[0] - 15 * mm, 7 * mm, str(document.page))
        canvas.restoreState()

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=26 * mm,
        title=title,
        author="No!! Child Sexual Abuse Material campaign",
        subject=subtitle,
        invariant=True,  # the same content always gives the same bytes
    )
    story = [
        Paragraph(title, styles["title"]),
        Spacer(1, 4 * mm),
        Paragraph(subtitle, styles["subtitle"]),
        Spacer(1, 8 * mm),
    ]
    for number, paragraphs in enumerate(pages):
        if number:
            story.append(PageBreak())
        for text in paragraphs:
            if text.startswith("• "):
                story.append(Paragraph(text[2:], styles["bullet"], bulletText="•"))
            elif text.startswith("## "):
                story.append(Paragraph(text[3:], styles["heading"]))
            else:
                story.append(Paragraph(text, styles["body"]))
    document.build(story, onFirstPage=draw_footer, onLaterPages=draw_footer)
    return buffer.getvalue()
