"""The kanji check for pages children read: each page declares its reader's school grade, and the editor sees
the kanji taught after that grade, and which of them still have no reading.

The grades are MEXT's 学年別漢字配当表 (2020), in `core/data/kanji_grades.json`, derived once from KANJIDIC2 by
`scripts/derive_kanji_grades.py`, which names its sources. On an やさしい日本語 page every kanji should
have a reading (as NHK NEWS WEB EASY does), so there a kanji of any grade without one is flagged too.
"""

import json
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from django import forms
from django.db import models
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.blocks import StreamValue

from core import readings

DATA = Path(__file__).parent / "data" / "kanji_grades.json"
JUNIOR_HIGH = 8  # the table's grade for the 常用漢字 taught after primary school

READER_GRADES = [
    (1, gettext_lazy("Primary school, year 1")),
    (2, gettext_lazy("Primary school, year 2")),
    (3, gettext_lazy("Primary school, year 3")),
    (4, gettext_lazy("Primary school, year 4")),
    (5, gettext_lazy("Primary school, year 5")),
    (6, gettext_lazy("Primary school, year 6")),
    (7, gettext_lazy("Junior high school")),
    (10, gettext_lazy("Senior high school")),
]
# The highest table grade a reader knows: a junior-high pupil the primary-school kanji, a senior-high
# pupil all the 常用漢字.
KNOWN_UP_TO = {1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 6, 10: JUNIOR_HIGH}
# Keys of StreamField values that hold settings or addresses, not text a reader reads.
NOT_TEXT = {"level", "tone", "type", "connector", "as_of", "page", "document", "image", "dataset"}


@cache
def grades():
    """{kanji: grade}, grade 1 to 6 for the primary-school kanji and 8 for the other 常用漢字."""
    table = json.loads(DATA.read_text(encoding="utf-8"))["grades"]
    return {kanji: int(grade) for grade, characters in table.items() for kanji in characters}


def grade_of(kanji):
    """The grade it is taught in, or None for a kanji outside the 常用漢字."""
    return grades().get(kanji)


def grade_label(grade):
    if grade is None:
        return _("not in the jōyō kanji")
    if grade == JUNIOR_HIGH:
        return _("junior high school")
    return _("year %(grade)s") % {"grade": grade}


@dataclass
class Finding:
    kanji: str
    grade: int | None
    with_reading: int = 0
    without_reading: int = 0
    example: str = ""

    @property
    def grade_label(self):
        return grade_label(self.grade)


@dataclass
class Result:
    reader_grade: int | None
    every_kanji_needs_reading: bool = False
    above_grade: list = field(default_factory=list)  # Findings for kanji taught after the reader's grade
    unread: list = field(default_factory=list)  # Findings for kanji without a reading, where every kanji needs one

    @property
    def problems(self):
        """The kanji to fix: above the grade without a reading, and (on an easy page) any without one."""
        flagged = OrderedDict((finding.kanji, finding) for finding in self.above_grade if finding.without_reading)
        for finding in self.unread:
            flagged.setdefault(finding.kanji, finding)
        return list(flagged.values())


def _example(text, index):
    return text[max(0, index - 6) : index + 7].replace("\n", " ")


def check(texts, reader_grade, every_kanji_needs_reading=False):
    """Check the texts (plain, in the reading notation) for a reader in `reader_grade` (None: an adult,
    nothing is flagged)."""
    result = Result(reader_grade, every_kanji_needs_reading)
    if reader_grade is None:
        return result
    known = KNOWN_UP_TO.get(reader_grade, JUNIOR_HIGH)
    above, unread = OrderedDict(), OrderedDict()
    for text in texts:
        plain = readings.plain(text)
        offset = 0
        for piece, reading in readings.segments(text):
            for position, character in enumerate(piece):
                if not readings.KANJI.match(character) or character in "々〆ヶ":
                    continue
                grade = grade_of(character)
                example = _example(plain, offset + position)
                targets = []
                if grade is None or grade > known:
                    targets.append(above)
                if every_kanji_needs_reading and reading is None:
                    targets.append(unread)
                for target in targets:
                    finding = target.setdefault(character, Finding(character, grade, example=example))
                    if reading is None:
                        finding.without_reading += 1
                        if finding.without_reading == 1:
                            finding.example = example
                    else:
                        finding.with_reading += 1
            offset += len(piece)
    result.above_grade = list(above.values())
    result.unread = list(unread.values())
    return result


def stream_texts(value):
    """Every string a reader reads in a StreamField value (or its raw data), rich text with its tags removed."""
    if isinstance(value, StreamValue):
        value = value.get_prep_value()
    out = []

    def walk(item, key=None):
        if isinstance(item, dict):
            for child_key, child in item.items():
                if child_key not in NOT_TEXT and child_key != "id" and not child_key.endswith("url"):
                    walk(child, child_key)
        elif isinstance(item, list):
            for child in item:
                walk(child, key)
        elif isinstance(item, str) and readings.KANJI.search(item):
            out.append(readings.TAG.sub("", item) if "<" in item else item)

    walk(value)
    return out


def map_stream_text(block, value, change):
    """The StreamField value with `change(text, html)` applied to each string a reader reads."""
    raw = block.get_prep_value(value) if isinstance(value, StreamValue) else value

    def walk(item, key=None):
        if isinstance(item, dict):
            return {k: (v if k in NOT_TEXT or k == "id" or k.endswith("url") else walk(v, k)) for k, v in item.items()}
        if isinstance(item, list):
            return [walk(child, key) for child in item]
        if isinstance(item, str) and readings.KANJI.search(item):
            return change(item, "<" in item)
        return item

    return block.to_python(walk(raw))


class ReaderGradeMixin(models.Model):
    """For pages children may read: the reader's school grade, which turns the kanji check on, and the
    title with readings shown as the page's heading."""

    reader_grade = models.PositiveSmallIntegerField(
        gettext_lazy("reader's school grade"),
        choices=READER_GRADES,
        null=True,
        blank=True,
        help_text=gettext_lazy(
            "For pages written for children: the kanji check then lists the kanji taught after this grade. "
            "Leave it empty for pages for adults."
        ),
    )
    title_with_readings = models.CharField(
        gettext_lazy("title with readings"),
        max_length=255,
        blank=True,
        help_text=gettext_lazy(
            "The title as the page's heading shows it, with readings: ｜漢字《かんじ》. Without the readings it "
            "must be the title. Leave it empty for a heading without readings."
        ),
    )
    # The fields the check reads, besides the title; StreamFields are read block by block.
    reading_fields = ("introduction", "key_facts", "body")
    every_kanji_needs_reading = False

    class Meta:
        abstract = True

    @classmethod
    def readings_panel(cls):
        return MultiFieldPanel(
            [
                FieldPanel("reader_grade"),
                FieldPanel("title_with_readings"),
                FieldPanel("suggest_readings"),
                KanjiCheckPanel(),
            ],
            heading=gettext_lazy("Readings and kanji"),
        )

    @property
    def heading_with_readings(self):
        """The page's heading as HTML: the title with its readings, or the title (also when the two differ, as
        on a translation that kept the Japanese title with readings)."""
        with_readings = self.title_with_readings
        if with_readings and readings.plain(with_readings) == self.title:
            return readings.to_html(with_readings)
        return readings.to_html(self.title)

    def reading_texts(self):
        with_readings = self.title_with_readings
        texts = [with_readings if with_readings and readings.plain(with_readings) == self.title else self.title]
        for name in self.reading_fields:
            value = getattr(self, name, None)
            if isinstance(value, StreamValue):
                texts.extend(stream_texts(value))
            elif isinstance(value, str) and value:
                texts.append(value)
        return texts

    def kanji_check(self):
        return check(self.reading_texts(), self.reader_grade, self.every_kanji_needs_reading)


class ReadingsFormMixin(forms.Form):
    """For a page form with ReaderGradeMixin: the title with readings must be the title, and 「読みがなの候補を
    付ける」 fills in suggested readings when the page is saved."""

    suggest_readings = forms.BooleanField(
        label=gettext_lazy("Suggest readings when saving"),
        required=False,
        help_text=gettext_lazy(
            "Adds a suggested reading, ｜漢字《かんじ》, to each word with a kanji taught after the reader's grade "
            "(to every kanji word on a page in easy Japanese) that has none yet, in the title with readings, "
            "the introduction and the text. The suggestions come from a dictionary and can be wrong: check "
            "each one in the preview."
        ),
    )

    def clean(self):
        cleaned_data = super().clean()
        title = cleaned_data.get("title") or ""
        with_readings = cleaned_data.get("title_with_readings") or ""
        if cleaned_data.get("suggest_readings"):
            self._suggest(cleaned_data, title, with_readings)
            with_readings = cleaned_data.get("title_with_readings") or ""
        if with_readings and readings.plain(with_readings) != title and "title_with_readings" not in self.errors:
            self.add_error(
                "title_with_readings",
                _("Without its readings this must be the title, “%(title)s”: it reads “%(text)s”.")
                % {"title": title, "text": readings.plain(with_readings)},
            )
        return cleaned_data

    def _suggest(self, cleaned_data, title, with_readings):
        model = self._meta.model
        grade = cleaned_data.get("reader_grade")
        every = getattr(model, "every_kanji_needs_reading", False) or grade is None
        known = KNOWN_UP_TO.get(grade, JUNIOR_HIGH)

        def wants(word):
            return every or any(
                (grade_of(ch) or 99) > known for ch in word if readings.KANJI.match(ch) and ch not in "々〆ヶ"
            )

        def change(text, html):
            return readings.suggest(text, wants, html=html)

        if title and (not with_readings or readings.plain(with_readings) == title):
            cleaned_data["title_with_readings"] = readings.suggest(with_readings or title, wants)
        for name in model.reading_fields:
            value = cleaned_data.get(name)
            if isinstance(value, StreamValue):
                cleaned_data[name] = map_stream_text(value.stream_block, value, change)
            elif isinstance(value, str) and value:
                cleaned_data[name] = readings.suggest(value, wants)


class KanjiCheckPanel(HelpPanel):
    """The kanji check of the page as last saved, in the editor."""

    class BoundPanel(HelpPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            page = self.instance
            grade = getattr(page, "reader_grade", None)
            if grade is None:
                self.content = format_html(
                    "<p>{}</p>",
                    _(
                        "Kanji check: choose the reader's school grade and save, and the kanji taught after it "
                        "are listed here. Pages for adults are not checked."
                    ),
                )
                return
            if page.pk is None:
                self.content = format_html("<p>{}</p>", _("Kanji check: save the page to check its kanji."))
                return
            result = page.kanji_check()
            problems = result.problems
            grade_name = dict(READER_GRADES)[grade]
            if not problems:
                self.content = format_html(
                    '<div class="help-block help-info" role="status"><p>{}</p>{}</div>',
                    _(
                        "Kanji check (%(grade)s, as last saved): every kanji a reader in this grade may not know has a reading."
                    )
                    % {"grade": grade_name},
                    self._list(result.above_grade, _("Kanji taught later, with readings:")),
                )
                return
            self.content = format_html(
                '<div class="help-block help-warning" role="status"><p>{}</p><ul class="kanji-check">{}</ul>{}</div>',
                _(
                    "Kanji check (%(grade)s, as last saved): %(count)s kanji need a reading, or the word written in "
                    "kana. Add ｜漢字《かんじ》, or tick “Suggest readings when saving”."
                )
                % {"grade": grade_name, "count": len(problems)},
                format_html_join(
                    "",
                    "<li><strong>{}</strong> ({}): {} <span>「{}」</span></li>",
                    (
                        (
                            finding.kanji,
                            finding.grade_label,
                            _("%(count)s without a reading") % {"count": finding.without_reading},
                            finding.example,
                        )
                        for finding in problems
                    ),
                ),
                self._list(
                    [finding for finding in result.above_grade if not finding.without_reading],
                    _("Kanji taught later, with readings:"),
                ),
            )

        def _list(self, findings, heading):
            if not findings:
                return ""
            return format_html(
                "<p>{} {}</p>", heading, "、".join(f"{finding.kanji}（{finding.grade_label}）" for finding in findings)
            )
