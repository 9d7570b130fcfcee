"""Derive core/data/kanji_grades.json, the school grade in which each kanji is taught, once.

Run by hand, never at install or in CI (the dictionary is 50 MB and the table changes only when MEXT
revises the curriculum):

    python -m venv /tmp/kanjidic && /tmp/kanjidic/bin/pip install jamdict-data==1.5
    /tmp/kanjidic/bin/python scripts/derive_kanji_grades.py > core/data/kanji_grades.json

Sources:
- KANJIDIC2 (EDRDG, CC BY-SA 4.0), as shipped in jamdict-data 1.5 on PyPI: each character's `grade`
  field. Grades 1 to 6 are the 1,026 kanji of MEXT's 学年別漢字配当表; grade 8 is the rest of the 2,136
  常用漢字 (taught at junior high school).
- 文部科学省「小学校学習指導要領（平成29年告示）」別表「学年別漢字配当表」, in force from April 2020. The
  KANJIDIC2 in jamdict-data 1.5 already has the 20 prefecture kanji (茨 媛 岡 …) in grade 4 but not the
  2020 moves of 37 kanji between grades 4, 5 and 6; MOVED_IN_2020 applies them, so that each grade has
  MEXT's count: 80, 160, 200, 202, 193, 191.
"""

import json
import sqlite3
import sys
from pathlib import Path

# kanji: the grade MEXT's 2020 table gives it (KANJIDIC2 in jamdict-data 1.5 has the earlier one).
MOVED_IN_2020 = {
    **dict.fromkeys("囲紀喜救型航告殺士史象賞貯停堂得毒費粉脈歴", 5),  # from grade 4
    **dict.fromkeys("胃腸", 6),  # from grade 4
    **dict.fromkeys("賀群徳富", 4),  # from grade 5
    **dict.fromkeys("恩券承舌銭退敵俵預", 6),  # from grade 5
    "城": 4,  # from grade 6
}
EXPECTED_COUNTS = {1: 80, 2: 160, 3: 200, 4: 202, 5: 193, 6: 191, 8: 1110}


def kanjidic_grades():
    import jamdict_data

    database = Path(jamdict_data.__file__).parent / "jamdict.db"
    if not database.exists():
        import lzma

        database.write_bytes(lzma.decompress((database.parent / "jamdict.db.xz").read_bytes()))
    with sqlite3.connect(database) as connection:
        rows = connection.execute("SELECT literal, grade FROM character WHERE grade IN ('1','2','3','4','5','6','8')")
        return {literal: int(grade) for literal, grade in rows}


def main():
    grades = {**kanjidic_grades(), **MOVED_IN_2020}
    by_grade = {grade: "".join(sorted(k for k, g in grades.items() if g == grade)) for grade in EXPECTED_COUNTS}
    counts = {grade: len(kanji) for grade, kanji in by_grade.items()}
    if counts != EXPECTED_COUNTS:
        sys.exit(f"unexpected counts {counts}")
    json.dump(
        {
            "source": (
                "KANJIDIC2 (EDRDG, CC BY-SA 4.0) grade field, from jamdict-data 1.5; grades 1-6 corrected to "
                "MEXT 小学校学習指導要領（平成29年告示）別表 学年別漢字配当表 (in force April 2020). "
                "Grade 8: the other 常用漢字 (2010), taught at junior high school. "
                "Derived by scripts/derive_kanji_grades.py."
            ),
            "grades": {str(grade): kanji for grade, kanji in by_grade.items()},
        },
        sys.stdout,
        ensure_ascii=False,
        indent=1,
    )
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
