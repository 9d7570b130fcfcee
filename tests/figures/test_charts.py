"""The server-rendered SVG bar chart: well-formed, accessible, proportional, and robust to odd data."""

import re
import xml.etree.ElementTree as ET
from decimal import Decimal

from django.utils.safestring import SafeString
from django.utils.translation import override

import pytest

from figures.charts import FONT_SIZE, VIEWBOX_WIDTH, bar_chart_svg, default_format_number

SVG = "{http://www.w3.org/2000/svg}"
CATEGORIES = ["Suspects", "Locations raided", "Devices seized"]
SERIES = [("All 6 countries/region", [544, 269, 1003]), ("Japan", [111, 123, None])]


def render(**overrides):
    arguments = {
        "title": "Results of Operation Cyber Guardian, 24 February to 28 March 2025",
        "description": "Horizontal bar chart comparing the six countries and region with Japan.",
        "categories": CATEGORIES,
        "series": SERIES,
        "id_prefix": "chart-1",
    }
    arguments.update(overrides)
    return bar_chart_svg(**arguments)


def parse(svg):
    return ET.fromstring(str(svg))


def with_class(root, name, tag=None):
    """Elements whose class attribute contains the token `name`, optionally only of one SVG tag."""
    return [
        element for element in root.iter(f"{SVG}{tag}" if tag else None) if name in element.get("class", "").split()
    ]


def texts(elements):
    return ["".join(element.itertext()) for element in elements]


def bar_widths(root, series_index):
    return [float(bar.get("width")) for bar in with_class(root, f"chart__bar--{series_index}", "rect")]


def label_lines(root):
    """The lines of each category label, one list per label."""
    return [[tspan.text for tspan in label.iter(f"{SVG}tspan")] for label in with_class(root, "chart__label")]


def test_output_is_one_well_formed_scalable_svg_element():
    svg = render()
    assert isinstance(svg, SafeString)
    root = parse(svg)  # raises ParseError if the output isn't well-formed XML
    assert root.tag == f"{SVG}svg"
    assert root.get("class") == "chart"
    assert root.get("preserveAspectRatio") == "xMinYMin meet"
    assert root.get("width") is None and root.get("height") is None
    x, y, width, height = (float(number) for number in root.get("viewBox").split())
    assert (x, y, width) == (0, 0, VIEWBOX_WIDTH)
    assert 400 <= width <= 700
    assert height > 3 * 3 * 24  # three groups of three rows of bars at least


def test_height_grows_with_the_number_of_rows():
    def height(svg):
        return float(parse(svg).get("viewBox").split()[3])

    assert height(render()) > height(render(categories=["Suspects"], series=[("All", [544])]))


def test_svg_is_labelled_by_its_title_and_description():
    root = parse(render())
    assert root.get("role") == "img"
    title_id, desc_id = root.get("aria-labelledby").split()
    title, desc = list(root)[:2]
    assert (title.tag, title.get("id")) == (f"{SVG}title", title_id)
    assert (desc.tag, desc.get("id")) == (f"{SVG}desc", desc_id)
    assert title.text == "Results of Operation Cyber Guardian, 24 February to 28 March 2025"
    assert desc.text == "Horizontal bar chart comparing the six countries and region with Japan."


def test_special_characters_are_escaped_and_round_trip():
    title = 'Tom & "Jerry" <script>alert(1)</script> it\'s'
    category = "<b>Bold</b> & co"
    series_label = 'Japan & "friends" <i>'
    svg = render(
        title=title,
        description="",
        categories=[category],
        series=[(series_label, [5]), ("Other", [3])],
        unit="<%>",
    )
    assert "<script" not in svg and "<b>" not in svg and "<i>" not in svg
    root = parse(svg)
    assert root.find(f"{SVG}title").text == title
    assert texts(with_class(root, "chart__label")) == [category]
    assert texts(with_class(root, "chart__legend-label"))[0] == series_label
    assert texts(with_class(root, "chart__value")) == ["5<%>", "3<%>"]
    assert category in root.find(f"{SVG}desc").text


def test_no_inline_styles_or_scripts():
    svg = render(series=[*SERIES, ("Third", [1, 2, 3])])
    assert "style=" not in svg
    assert "<script" not in svg
    assert "<style" not in svg


def test_one_bar_per_value_that_is_not_missing():
    root = parse(render())
    assert len(with_class(root, "chart__bar", "rect")) == 5  # six values, one of them None
    assert len(bar_widths(root, 0)) == 3
    assert len(bar_widths(root, 1)) == 2


def test_bar_widths_are_proportional_to_the_values():
    root = parse(render(categories=["Suspects"], series=[("All", [544]), ("Japan", [111])]))
    [all_countries], [japan] = bar_widths(root, 0), bar_widths(root, 1)
    assert all_countries > japan > 0
    assert all_countries / japan == pytest.approx(544 / 111, rel=0.01)


def test_largest_bar_and_its_label_fit_in_the_view_box():
    root = parse(render(series=[("All", [1234567, 2, 3])], unit="人"))
    bars = with_class(root, "chart__bar", "rect")
    widest = max(bars, key=lambda bar: float(bar.get("width")))
    label = with_class(root, "chart__value")[0]
    assert label.text == "1,234,567人"
    right_of_bar = float(widest.get("x")) + float(widest.get("width"))
    assert right_of_bar < float(label.get("x"))
    # Digits and commas are at most 0.6 em wide in any text font, 人 1 em.
    assert float(label.get("x")) + FONT_SIZE * (0.6 * 9 + 1) <= VIEWBOX_WIDTH


def test_every_value_is_labelled_at_the_end_of_its_bar():
    root = parse(render(unit="人"))
    labels = with_class(root, "chart__value")
    assert texts(labels) == ["544人", "111人", "269人", "123人", "1,003人", "\u2013"]
    bars = with_class(root, "chart__bar", "rect")
    for bar, label in zip(bars, labels[:5], strict=True):
        assert float(label.get("x")) > float(bar.get("x")) + float(bar.get("width"))


def test_missing_value_has_no_bar_and_an_en_dash():
    root = parse(render(categories=["Suspects"], series=[("All", [544]), ("Japan", [None])], unit="%"))
    assert bar_widths(root, 1) == []
    [missing] = with_class(root, "chart__value--1")
    assert missing.text == "\u2013"
    assert "chart__value--missing" in missing.get("class").split()


def test_zero_has_a_zero_width_bar_and_the_label_0():
    root = parse(render(categories=["A", "B"], series=[("All", [0, 7])]))
    assert bar_widths(root, 0)[0] == 0
    assert bar_widths(root, 0)[1] > 0
    assert texts(with_class(root, "chart__value")) == ["0", "7"]


def test_all_zeros_do_not_crash():
    root = parse(render(series=[("All", [0, 0, 0]), ("Japan", [0, Decimal("0"), 0.0])]))
    assert bar_widths(root, 0) + bar_widths(root, 1) == [0] * 6
    assert set(texts(with_class(root, "chart__value"))) == {"0"}


def test_all_missing_and_empty_input_do_not_crash():
    root = parse(render(series=[("All", [None, None, None])]))
    assert with_class(root, "chart__bar") == []
    assert texts(with_class(root, "chart__value")) == ["\u2013"] * 3

    root = parse(render(description="", categories=[], series=[]))
    assert with_class(root, "chart__group") == []
    assert root.find(f"{SVG}desc").text  # still has a description

    root = parse(render(series=[]))
    assert len(with_class(root, "chart__label")) == 3
    assert with_class(root, "chart__bar") == []


@pytest.mark.parametrize("bad", [-1, -0.5, Decimal("-3")])
def test_negative_values_are_refused(bad):
    with pytest.raises(ValueError, match="negative"):
        render(series=[("All", [544, bad, 3])])


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), Decimal("NaN")])
def test_non_finite_values_are_refused(bad):
    with pytest.raises(ValueError, match="finite"):
        render(series=[("All", [544, bad, 3])])


@pytest.mark.parametrize("bad", ["544", True])
def test_non_numbers_are_refused(bad):
    with pytest.raises(TypeError):
        render(series=[("All", [544, bad, 3])])


def test_series_must_have_one_value_per_category():
    with pytest.raises(ValueError, match="2 values for 3 categories"):
        render(series=[("All", [544, 269])])


@pytest.mark.parametrize("bad", ["", "1chart", "chart 1", 'x"><script>', "chart#1"])
def test_id_prefix_must_be_a_valid_id(bad):
    with pytest.raises(ValueError, match="id_prefix"):
        render(id_prefix=bad)


def test_every_id_uses_the_prefix_and_references_resolve():
    svg = render(series=[*SERIES, ("Third", [1, 2, 3])])
    root = parse(svg)
    ids = [element.get("id") for element in root.iter() if element.get("id")]
    assert len(ids) == len(set(ids)) >= 4  # title, desc, two patterns
    assert all(id_.startswith("chart-1-") for id_ in ids)
    references = re.findall(r"url\(#([^)]+)\)", svg) + root.get("aria-labelledby").split()
    assert references and set(references) <= set(ids)


def test_two_charts_on_one_page_have_no_id_collisions():
    def ids(svg):
        return {element.get("id") for element in parse(svg).iter() if element.get("id")}

    first, second = render(id_prefix="chart-1"), render(id_prefix="chart-2")
    assert ids(first) and ids(second)
    assert not ids(first) & ids(second)
    assert "chart-2" not in first and "chart-1" not in second


def test_output_is_deterministic():
    assert render() == render()


def test_legend_only_with_two_or_more_series():
    one = parse(render(series=[("All", [544, 269, 1003])]))
    assert with_class(one, "chart__legend") == []
    assert with_class(one, "chart__swatch") == []

    two = parse(render())
    [legend] = with_class(two, "chart__legend")
    assert texts(with_class(legend, "chart__legend-label")) == ["All 6 countries/region", "Japan"]
    swatches = with_class(legend, "chart__swatch", "rect")
    assert [swatch.get("fill") for swatch in swatches] == [
        with_class(two, "chart__bar--0", "rect")[0].get("fill"),
        with_class(two, "chart__bar--1", "rect")[0].get("fill"),
    ]


def test_legend_sits_above_the_bars():
    root = parse(render())
    legend_bottom = max(float(swatch.get("y")) for swatch in with_class(root, "chart__swatch"))
    first_label_top = min(float(tspan.get("y")) for tspan in root.iter(f"{SVG}tspan") if tspan.get("x") == "4")
    assert legend_bottom < first_label_top


def test_series_differ_by_pattern_not_only_colour():
    root = parse(render(series=[*SERIES, ("Third", [1, 2, 3]), ("Fourth", [4, 5, 6])]))
    patterns = {pattern.get("id"): pattern for pattern in root.iter(f"{SVG}pattern")}
    assert set(patterns) == {"chart-1-pattern-1", "chart-1-pattern-2", "chart-1-pattern-3"}
    assert patterns["chart-1-pattern-1"].find(f"{SVG}line") is not None  # hatching
    assert patterns["chart-1-pattern-2"].find(f"{SVG}circle") is not None  # dots
    assert len(patterns["chart-1-pattern-3"].findall(f"{SVG}line")) == 2  # cross-hatching
    fills = [with_class(root, f"chart__bar--{index}", "rect")[0].get("fill") for index in range(4)]
    assert fills[0].startswith("#")  # solid
    assert fills[1:] == ["url(#chart-1-pattern-1)", "url(#chart-1-pattern-2)", "url(#chart-1-pattern-3)"]
    assert len(set(fills)) == 4


def test_patterns_are_not_defined_for_a_single_solid_series():
    root = parse(render(series=[("All", [544, 269, 1003])]))
    assert list(root.iter(f"{SVG}pattern")) == []


def test_long_japanese_label_wraps_onto_several_lines():
    label = "児童ポルノ関連の被疑者として検挙された人数（日本を含む6か国・地域の合計、2025年2月24日から3月28日まで）"
    root = parse(render(categories=[label], series=[("全体", [544])]))
    [lines] = label_lines(root)
    assert len(lines) >= 2
    assert "".join(lines) == label  # nothing lost, no spaces added
    assert all(len(line) <= 35 for line in lines)
    ys = [float(tspan.get("y")) for tspan in root.iter(f"{SVG}tspan")]
    assert ys == sorted(set(ys))  # each line below the previous one


def test_japanese_lines_do_not_start_with_closing_punctuation():
    # 31 characters fit on a line: a naive break would start the second line with "。".
    label = "あ" * 31 + "。" + "い" * 10
    root = parse(render(categories=[label], series=[("全体", [1])]))
    [lines] = label_lines(root)
    assert len(lines) == 2
    assert "".join(lines) == label
    assert not lines[1].startswith("。")


def test_long_english_label_wraps_at_spaces():
    words = "Number of suspects arrested for offences involving child sexual abuse material in all six countries and the region taking part"
    root = parse(render(categories=[words], series=[("All", [544])]))
    [lines] = label_lines(root)
    assert len(lines) >= 2
    assert " ".join(lines) == words  # broken between words, never inside one
    assert all(line == line.strip() for line in lines)


def test_short_label_stays_on_one_line():
    root = parse(render())
    assert label_lines(root) == [[category] for category in CATEGORIES]


def test_default_description_lists_every_category_and_value():
    with override("en"):
        root = parse(render(description="", unit="人"))
    desc = root.find(f"{SVG}desc").text
    for text in [*CATEGORIES, "All 6 countries/region", "Japan", "544人", "111人", "269人", "123人", "1,003人"]:
        assert text in desc
    assert "no data" in desc  # the missing value, spoken rather than an en dash
    assert "\u2013" not in desc
    assert desc.index("Suspects") < desc.index("544人") < desc.index("Locations raided") < desc.index("269人")


def test_default_description_of_a_single_series():
    root = parse(render(description="", series=[("All", [544, 269, 1003])]))
    assert root.find(f"{SVG}desc").text == "Suspects: 544; Locations raided: 269; Devices seized: 1,003."


def test_format_number_is_used_for_labels_and_description():
    def format_number(value):
        return f"<{value}>"

    root = parse(render(description="", series=[("All", [544, 269, None])], format_number=format_number))
    assert texts(with_class(root, "chart__value")) == ["<544>", "<269>", "\u2013"]
    assert "<544>" in root.find(f"{SVG}desc").text


def test_default_number_format_is_used_without_a_formatter():
    root = parse(render(series=[("All", [1234, Decimal("12.50"), 544.0])]))
    assert texts(with_class(root, "chart__value")) == ["1,234", "12.5", "544"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1234, "1,234"),
        (Decimal("12.50"), "12.5"),
        (544.0, "544"),
        (0, "0"),
        (0.1, "0.1"),
        (1234567.25, "1,234,567.25"),
        (Decimal("1E+3"), "1,000"),
        (Decimal("1000.000"), "1,000"),
    ],
)
def test_default_format_number(value, expected):
    assert default_format_number(value) == expected
