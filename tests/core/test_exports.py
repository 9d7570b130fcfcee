"""CSV exports never carry formulas (core/exports.py)."""

import pytest

from core.exports import neutralise


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1+1", "@SUM(A1)", "\tcmd", "\rcmd"])
def test_text_a_spreadsheet_would_run_is_neutralised(text):
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("value", ["港区立中学校", "a=b", "", 544, -5, None])
def test_everything_else_is_left_alone(value):
    assert neutralise(value) == value
