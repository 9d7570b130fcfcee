"""Readings (ruby, furigana) over kanji, in the notation Japanese editors already know from 青空文庫 and
novel sites: ｜漢字《かんじ》, or 漢字《かんじ》 when the base is the run of kanji just before 《.

- `to_html` and `in_html` render the notation as `<ruby>漢字<rt>かんじ</rt></ruby>`: `to_html` for a plain
  field (a title, a heading, an introduction), `in_html` for rendered rich text and whole StreamFields, where
  only text between tags is touched.
- `plain` leaves the base text: for the `<title>`, anchors, excerpts and anywhere else readings don't belong.
- `segments` splits text into (text, reading) pieces, for the kanji check (`core/kanji.py`).
- `suggest` fills in readings from a morphological analyser (fugashi with UniDic Lite, the dictionary the
  slugs use) for the editor to check; it never touches a word that has a reading already.
"""

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from core import slugs

KANJI_CHARS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ"
KANJI = re.compile(f"[{KANJI_CHARS}]")
# ｜base《reading》, or a run of kanji then 《reading》. Neither part may hold a tag, a line break or another mark.
NOTATION = re.compile(f"[|｜]([^|｜《》<>\\n]+)《([^《》<>\\n]+)》|([{KANJI_CHARS}]+)《([^《》<>\\n]+)》")
TAG = re.compile(r"(<[^>]*>)")
KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in range(ord("ァ"), ord("ヶ") + 1)}


def _parts(match):
    base = match.group(1) if match.group(1) is not None else match.group(3)
    reading = match.group(2) if match.group(2) is not None else match.group(4)
    return base, reading


def has_notation(text):
    return bool(text) and "《" in text and NOTATION.search(text) is not None


def plain(text):
    """The text without its readings: 「｜漢字《かんじ》を読む」 → 「漢字を読む」."""
    if not has_notation(text):
        return text
    return NOTATION.sub(lambda match: _parts(match)[0], text)


def _ruby(base, reading):
    return f"<ruby>{base}<rt>{reading}</rt></ruby>"


def to_html(text):
    """A plain field's text, escaped, with its readings as ruby."""
    if not text:
        return text or ""
    escaped = escape(text)
    if not has_notation(escaped):
        return escaped
    return mark_safe(NOTATION.sub(lambda match: _ruby(*_parts(match)), escaped))  # noqa: S308 - escaped above


def in_html(markup):
    """Rendered HTML with the readings in its text (never in a tag or an attribute) as ruby."""
    if not has_notation(markup):
        return markup
    pieces = TAG.split(str(markup))
    for index in range(0, len(pieces), 2):  # the even pieces are text, the odd ones tags
        pieces[index] = NOTATION.sub(lambda match: _ruby(*_parts(match)), pieces[index])
    result = "".join(pieces)
    # The input was safe, and a base or reading can hold no < or >: only whole <ruby> and <rt> tags are added.
    return mark_safe(result) if isinstance(markup, SafeString) else result  # noqa: S308


def segments(text):
    """[(text, reading or None), …]: the pieces of `text`, each base with its reading."""
    pieces, position = [], 0
    for match in NOTATION.finditer(text or ""):
        if match.start() > position:
            pieces.append((text[position : match.start()], None))
        pieces.append(_parts(match))
        position = match.end()
    if position < len(text or ""):
        pieces.append((text[position:], None))
    return pieces


def hiragana(text):
    return text.translate(KATAKANA_TO_HIRAGANA)


def _align(surface, reading):
    """[(piece, reading or None)] for one word: the reading over its kanji only, its kana left bare.
    「話す」 + 「はなす」 → [(話, はな), (す, None)]; 「取り扱い」 + 「とりあつかい」 → 取《と》り扱《あつか》い."""
    runs = re.findall(f"[{KANJI_CHARS}]+|[^{KANJI_CHARS}]+", surface)
    pattern = "".join("(.+?)" if KANJI.match(run) else f"({re.escape(hiragana(run))})" for run in runs)
    match = re.fullmatch(pattern, reading)
    if match is None:
        return [(surface, reading)] if KANJI.search(surface) else [(surface, None)]
    return [(run, match.group(i + 1) if KANJI.match(run) else None) for i, run in enumerate(runs)]


def _suggest_plain(text, wants):
    out = []
    for piece, reading in segments(text):
        if reading is not None:
            out.append(f"｜{piece}《{reading}》")
            continue
        body = piece.strip()
        out.append(piece[: len(piece) - len(piece.lstrip())])  # the analyser drops the spaces at either end
        for word in slugs.tagger()(body):
            surface = word.surface
            kana = getattr(word.feature, "kana", None)
            out.append(word.white_space)
            if not KANJI.search(surface) or not kana or kana == "*" or not wants(surface):
                out.append(surface)
                continue
            for part, part_reading in _align(surface, hiragana(kana)):
                out.append(f"｜{part}《{part_reading}》" if part_reading else part)
        if body:
            out.append(piece[len(piece.rstrip()) :])
    return "".join(out)


def suggest(text, wants=lambda word: True, html=False):
    """The text with a suggested reading on each kanji word without one (and for which `wants(word)`).

    Readings are written ｜base《reading》 so that the editor sees exactly what each covers. Rich text
    (`html=True`) is annotated between its tags only."""
    if not text or not KANJI.search(plain(text)):
        return text
    if not html:
        return _suggest_plain(text, wants)
    pieces = TAG.split(text)
    for index in range(0, len(pieces), 2):
        if KANJI.search(pieces[index]):
            pieces[index] = _suggest_plain(pieces[index], wants)
    return "".join(pieces)
