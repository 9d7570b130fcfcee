"""Search tokens: the same for the index and the query, in Japanese and English."""

from core.search import (
    MAX_QUERY_LENGTH,
    MAX_QUERY_TOKENS,
    clean_query,
    highlight_terms,
    index_text,
    query_tokens,
    stem,
    tokens,
)


def test_japanese_runs_become_overlapping_bigrams():
    assert tokens("児童ポルノ") == ["児童", "童ポ", "ポル", "ルノ"]
    assert tokens("相談") == ["相談"]
    assert tokens("性") == ["性"]


def test_a_query_matches_any_word_inside_a_japanese_run():
    indexed = set(index_text("児童買春・児童ポルノ禁止法と児童虐待").split())
    assert set(query_tokens("児童")) <= indexed
    assert set(query_tokens("ポルノ")) <= indexed
    assert not set(query_tokens("フィルタリング")) <= indexed


def test_latin_words_are_lower_cased_and_plurals_stemmed():
    assert tokens("Helplines, LEAFLETS and filtering") == ["helpline", "leaflet", "and", "filtering"]
    assert stem("policies") == "policy" and stem("addresses") == "address" and stem("class") == "class"
    assert set(query_tokens("helpline")) == set(query_tokens("helplines"))


def test_full_width_letters_and_half_width_kana_are_normalised():
    assert tokens("ＳＮＳ") == ["sns"]
    assert tokens("ﾌｨﾙﾀ") == tokens("フィルタ")


def test_operators_and_control_characters_vanish():
    assert query_tokens('"児童" (filter*) -OR x:y') == ["児童", "filter", "or", "x", "y"]
    assert clean_query("a\x00b\nc") == "a b c"
    assert query_tokens("\x00\x00") == []
    assert query_tokens('" ( ) * -') == []


def test_queries_are_capped():
    assert len(clean_query("あ" * 10_000)) == MAX_QUERY_LENGTH
    assert len(query_tokens(" ".join(f"word{n}" for n in range(100)))) == MAX_QUERY_TOKENS


def test_highlight_terms_are_the_typed_runs_longest_first():
    assert highlight_terms("相談 フィルタリング sns") == ["フィルタリング", "sns", "相談"]
