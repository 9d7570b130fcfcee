"""Server-rendered, dependency-free SVG bar charts.

`bar_chart_svg()` returns one inline `<svg>` element (a SafeString) drawing a horizontal grouped bar chart:
one group per category, one bar per series, the category label above its group and the value printed at
the end of every bar, so nobody has to read an axis. No JavaScript, no third-party requests, no inline
`style` attributes (so a strict CSP fits).

Accessibility and robustness:

- The `<svg>` has `role="img"` and `aria-labelledby` pointing at its `<title>` and `<desc>`; the description
  is the text alternative, so pass a meaningful one, or pass "" to get a summary listing every category
  and value.
- Series differ by more than colour: series 0 is solid, series 1 diagonal hatching, series 2 dots, series 3
  cross-hatching; series 4 onwards repeat the cycle (colours and patterns), so keep to four series or fewer.
- Colours are presentation attributes (readable when the SVG is saved on its own), and every element
  carries a class (`chart__bar--0`, `chart__value`, ...) so the site stylesheet can recolour it and adapt
  it to forced-colors mode and print. Font size is a presentation attribute on the `<svg>` that the layout
  relies on: don't override it in CSS.
- Text is measured by counting characters (wide East Asian characters count double), so long labels wrap
  onto several lines, also in Japanese, which has no spaces.

Negative values are not supported: bars start at zero and a negative value raises ValueError. None marks a
missing value: no bar, and an en dash as its label. Zero draws a zero-width bar labelled "0".
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from decimal import Decimal

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

Number = int | float | Decimal

VIEWBOX_WIDTH = 480
PADDING = 4
# Every text is FONT_SIZE viewBox units high, and the vertical rhythm follows it. The SVG scales with its
# container: at 640 CSS pixels wide text is 20 px, on a 320 px phone (about 290 px of content) about 9 px.
FONT_SIZE = 18
LINE_HEIGHT = round(FONT_SIZE * 1.3)  # of wrapped label lines
BAR_HEIGHT = round(FONT_SIZE * 1.2)
BAR_GAP = round(FONT_SIZE * 0.2)  # between the bars of one group
LABEL_GAP = round(FONT_SIZE * 0.3)  # between a category label and its bars
GROUP_GAP = round(FONT_SIZE * 0.9)  # between groups
VALUE_GAP = round(FONT_SIZE * 0.3)  # between the end of a bar and its value
LEGEND_SWATCH = FONT_SIZE
LEGEND_GAP = round(FONT_SIZE * 0.7)  # below the legend
MIN_BAR_SHARE = 0.4  # bars get at least this share of the width, however long the value labels
NARROW_CHAR = 0.6  # estimated advance of a narrow character, in em (generous, for bold Latin text)
WIDE_CHAR = 1.0  # of a wide (CJK, fullwidth) character

TEXT_COLOUR = "#1b1b1b"
PATTERN_BACKGROUND = "#ffffff"
MISSING = "\u2013"  # en dash

# (kind, colour), cycled through by series index. Every colour has at least 6.8:1 contrast against white.
SERIES_STYLES = (
    ("solid", "#0b3d6e"),  # dark navy
    ("hatch", "#00585c"),  # dark teal
    ("dots", "#5b2a86"),  # dark purple
    ("crosshatch", "#8a4b00"),  # dark brown
)

_ID_PREFIX = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# A line may not start with these (closing punctuation, small kana, prolonged sound mark) ...
_NO_LINE_START = set(
    ")]}.,:;!?%、。，．・：；？！）」』】〕〉》〙〗ー〜～…‥々ゝゞヽヾぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ％"
)
# ... nor end with these (opening brackets).
_NO_LINE_END = set("([{（「『【〔〈《〘〖")


def default_format_number(value: Number) -> str:
    """Format with thousands separators and no trailing zeros: 1234 -> "1,234", Decimal("12.50") -> "12.5", 544.0 -> "544"."""
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, float):
        number = Decimal(repr(value))  # the shortest repr, so 0.1 stays 0.1
    else:
        number = Decimal(value)
    if number == number.to_integral_value():
        return f"{int(number):,}"
    return f"{number.normalize():,f}"


def bar_chart_svg(
    *,
    title: str,
    description: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[Number | None]]],
    unit: str = "",
    id_prefix: str,
    format_number: Callable[[Number], str] | None = None,
) -> SafeString:
    """Render a horizontal grouped bar chart as one inline `<svg>` element.

    title: the chart's accessible name (the `<title>`).
    description: its text alternative (the `<desc>`); "" builds one listing every category and value.
    categories: one label per group of bars.
    series: (label, values) pairs, one value per category; a value is int, float, Decimal or None (missing).
        A legend is drawn when there are two series or more.
    unit: appended to every value label, e.g. "人" or "%" (include a leading space if the language wants one).
    id_prefix: prefixes every id in the SVG, so give each chart on a page its own; a letter, then letters,
        digits, "-" or "_".
    format_number: turns a value into its label; defaults to `default_format_number`. Pass a locale-aware one.

    Raises ValueError for a negative or non-finite value, a series whose length differs from `categories`,
    or an invalid `id_prefix`; TypeError for a value that isn't a number or None.
    """
    if not isinstance(id_prefix, str) or not _ID_PREFIX.fullmatch(id_prefix):
        raise ValueError(f"id_prefix must be a letter followed by letters, digits, '-' or '_', not {id_prefix!r}")
    categories = [str(category) for category in categories]
    checked_series: list[tuple[str, list[Number | None]]] = []
    for label, values in series:
        values = [_check_value(value) for value in values]
        if len(values) != len(categories):
            raise ValueError(f"series {label!r} has {len(values)} values for {len(categories)} categories")
        checked_series.append((str(label), values))
    format_number = format_number or default_format_number

    value_labels = [
        [MISSING if value is None else f"{format_number(value)}{unit}" for value in values]
        for _, values in checked_series
    ]
    if not description:
        description = _default_description(categories, checked_series, value_labels)

    plot_width = VIEWBOX_WIDTH - 2 * PADDING
    widest_value = max((_text_width(text) for labels in value_labels for text in labels), default=0)
    bar_space = max(plot_width - VALUE_GAP - widest_value, plot_width * MIN_BAR_SHARE)
    largest = max((value for _, values in checked_series for value in values if value is not None), default=0)
    scale = bar_space / float(largest) if largest > 0 else 0.0

    parts: list[str] = []
    y = PADDING
    if len(checked_series) >= 2:
        legend, y = _legend(checked_series, id_prefix, y)
        parts.append(legend)

    for index, category in enumerate(categories):
        parts.append('<g class="chart__group">')
        lines = _wrap(category, plot_width)
        tspans = "".join(
            f'<tspan x="{PADDING}" y="{_n(y + line_number * LINE_HEIGHT + _baseline(LINE_HEIGHT))}">{_esc(line)}</tspan>'
            for line_number, line in enumerate(lines)
        )
        parts.append(f'<text class="chart__label" font-weight="bold" fill="{TEXT_COLOUR}">{tspans}</text>')
        y += len(lines) * LINE_HEIGHT + LABEL_GAP
        for series_index, (_, values) in enumerate(checked_series):
            value = values[index]
            text_y = _n(y + _baseline(BAR_HEIGHT))
            if value is None:
                parts.append(
                    f'<text class="chart__value chart__value--{series_index} chart__value--missing"'
                    f' x="{PADDING}" y="{text_y}" fill="{TEXT_COLOUR}">{MISSING}</text>'
                )
            else:
                width = float(value) * scale
                parts.append(
                    f"<rect {_bar_attributes('chart__bar', series_index, id_prefix)}"
                    f' x="{PADDING}" y="{y}" width="{_n(width)}" height="{BAR_HEIGHT}"/>'
                )
                parts.append(
                    f'<text class="chart__value chart__value--{series_index}"'
                    f' x="{_n(PADDING + width + VALUE_GAP)}" y="{text_y}" fill="{TEXT_COLOUR}">'
                    f"{_esc(value_labels[series_index][index])}</text>"
                )
            y += BAR_HEIGHT + (BAR_GAP if series_index < len(checked_series) - 1 else 0)
        parts.append("</g>")
        y += GROUP_GAP
    if categories:
        y -= GROUP_GAP
    height = max(y + PADDING, 1)

    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img"'
        f' aria-labelledby="{id_prefix}-title {id_prefix}-desc" viewBox="0 0 {VIEWBOX_WIDTH} {_n(height)}"'
        f' class="chart" preserveAspectRatio="xMinYMin meet" font-size="{FONT_SIZE}">'
    )
    svg = "\n".join(
        [
            head,
            f'<title id="{id_prefix}-title">{_esc(title)}</title>',
            f'<desc id="{id_prefix}-desc">{_esc(description)}</desc>',
            _defs(len(checked_series), id_prefix),
            *parts,
            "</svg>",
        ]
    )
    return mark_safe(svg)  # noqa: S308 -- every piece of text above went through _esc()


def _check_value(value: object) -> Number | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise TypeError(f"chart values must be int, float, Decimal or None, not {type(value).__name__}")
    if not math.isfinite(value):
        raise ValueError(f"chart values must be finite, not {value!r}")
    if value < 0:
        raise ValueError(f"negative values are not supported by bar_chart_svg: {value!r}")
    return value


def _default_description(
    categories: list[str], series: list[tuple[str, list[Number | None]]], value_labels: list[list[str]]
) -> str:
    if not categories or not series:
        return gettext("No data.")
    no_data = gettext("no data")

    def spoken(series_index: int, category_index: int) -> str:
        text = value_labels[series_index][category_index]
        return no_data if text == MISSING else text

    groups = []
    for category_index, category in enumerate(categories):
        if len(series) == 1:
            values = spoken(0, category_index)
        else:
            values = ", ".join(f"{label} {spoken(i, category_index)}" for i, (label, _) in enumerate(series))
        groups.append(f"{category}: {values}")
    return "; ".join(groups) + "."


def _style(series_index: int) -> tuple[str, str]:
    return SERIES_STYLES[series_index % len(SERIES_STYLES)]


def _fill(series_index: int, id_prefix: str) -> str:
    kind, colour = _style(series_index)
    return colour if kind == "solid" else f"url(#{id_prefix}-pattern-{series_index})"


def _bar_attributes(block: str, series_index: int, id_prefix: str) -> str:
    """Class and default colours of a bar or legend swatch (`block` is chart__bar or chart__swatch)."""
    kind, colour = _style(series_index)
    return (
        f'class="{block} {block}--{series_index} {block}--{kind}"'
        f' fill="{_fill(series_index, id_prefix)}" stroke="{colour}" stroke-width="1.5"'
    )


def _defs(series_count: int, id_prefix: str) -> str:
    """One <pattern> per patterned series (series 1 onwards, except every fourth, which is solid)."""
    patterns = []
    for series_index in range(series_count):
        kind, colour = _style(series_index)
        if kind == "solid":
            continue
        if kind == "hatch":
            marks = f'<line class="chart__hatch" x1="1.5" y1="0" x2="1.5" y2="8" stroke="{colour}" stroke-width="3"/>'
            transform = ' patternTransform="rotate(45)"'
        elif kind == "dots":
            marks = f'<circle class="chart__dot" cx="4" cy="4" r="2.5" fill="{colour}"/>'
            transform = ""
        else:  # crosshatch
            marks = (
                f'<line class="chart__hatch" x1="1" y1="0" x2="1" y2="8" stroke="{colour}" stroke-width="2"/>'
                f'<line class="chart__hatch" x1="0" y1="1" x2="8" y2="1" stroke="{colour}" stroke-width="2"/>'
            )
            transform = ' patternTransform="rotate(45)"'
        patterns.append(
            f'<pattern id="{id_prefix}-pattern-{series_index}" class="chart__pattern chart__pattern--{series_index}"'
            f' width="8" height="8" patternUnits="userSpaceOnUse"{transform}>'
            f'<rect class="chart__pattern-bg" width="8" height="8" fill="{PATTERN_BACKGROUND}"/>{marks}</pattern>'
        )
    return f"<defs>{''.join(patterns)}</defs>"


def _legend(series: list[tuple[str, list[Number | None]]], id_prefix: str, y: float) -> tuple[str, float]:
    """One legend entry a line, swatch then label (wrapped if long); returns the markup and the y below it."""
    text_x = PADDING + LEGEND_SWATCH + 8
    parts = ['<g class="chart__legend">']
    for series_index, (label, _) in enumerate(series):
        lines = _wrap(label, VIEWBOX_WIDTH - PADDING - text_x)
        swatch_y = y + (LINE_HEIGHT - LEGEND_SWATCH) / 2
        tspans = "".join(
            f'<tspan x="{text_x}" y="{_n(y + line_number * LINE_HEIGHT + _baseline(LINE_HEIGHT))}">{_esc(line)}</tspan>'
            for line_number, line in enumerate(lines)
        )
        parts.append(
            f'<g class="chart__legend-item">'
            f"<rect {_bar_attributes('chart__swatch', series_index, id_prefix)}"
            f' x="{PADDING}" y="{_n(swatch_y)}" width="{LEGEND_SWATCH}" height="{LEGEND_SWATCH}"/>'
            f'<text class="chart__legend-label" fill="{TEXT_COLOUR}">{tspans}</text></g>'
        )
        y += len(lines) * LINE_HEIGHT
    parts.append("</g>")
    return "".join(parts), y + LEGEND_GAP


def _baseline(box_height: float) -> float:
    """Offset from the top of a box to the baseline of FONT_SIZE text centred in it."""
    return box_height / 2 + FONT_SIZE * 0.35


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def _text_width(text: str) -> float:
    """Estimated width of text in viewBox units: an overestimate for Latin text, about right for CJK."""
    return sum(WIDE_CHAR if _is_wide(char) else NARROW_CHAR for char in text) * FONT_SIZE


def _wrap(text: str, max_width: float) -> list[str]:
    """Break text into lines no wider than max_width (estimated).

    Breaks at spaces, and between any two wide characters (Japanese has no spaces), but not before closing
    punctuation or small kana nor after opening brackets. A word too long for a line is cut anywhere.
    """
    # Tokens are (text, preceded_by_space): a run of narrow characters, or a single wide character.
    tokens: list[list] = []
    space = False
    for char in text.strip():
        if char.isspace():
            space = True
            continue
        glued = (
            tokens
            and not space
            and (
                not (_is_wide(char) or _is_wide(tokens[-1][0][-1]))
                or char in _NO_LINE_START
                or tokens[-1][0][-1] in _NO_LINE_END
            )
        )
        if glued:
            tokens[-1][0] += char
        else:
            tokens.append([char, space])
        space = False

    lines: list[str] = []
    line = ""
    for token, spaced in tokens:
        candidate = f"{line} {token}" if line and spaced else line + token
        if not line or _text_width(candidate) <= max_width:
            line = candidate
        else:
            lines.append(line)
            line = token
        while _text_width(line) > max_width and len(line) > 1:  # a word longer than a line: cut it
            cut = len(line) - 1
            while cut > 1 and _text_width(line[:cut]) > max_width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
    if line or not lines:
        lines.append(line)
    return lines


def _esc(text: object) -> str:
    """Escape text for XML, dropping the control characters XML can't hold."""
    return str(escape(_XML_INVALID.sub("", str(text))))


def _n(number: float) -> str:
    """A coordinate with at most two decimals and no trailing zeros."""
    text = f"{number:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text
