"""Search tokens that work the same in Japanese and English, at index time and at query time
(docs/search.md). Every page indexes its text as these tokens in one field, `search_tokens` (BasePage), so
Wagtail's own search backends and index updates are used unchanged.

Japanese is written without spaces, and the database backends' tokenizers (SQLite FTS5's unicode61,
PostgreSQL's default parser) treat a run of Japanese as one word, so 児童 would never find 児童ポルノ.
We index every run of Japanese as overlapping character bigrams (児童ポルノ → 児童 童ポ ポル ルノ) and turn a
query into bigrams the same way: a query matches when all its bigrams occur. Bigrams need no dictionary,
never miss a new word (a campaign name, a slang term), and behave identically on every backend.
Latin words are lower-cased and lightly stemmed (helplines → helpline). The index also holds each kanji
on its own, so that a one-kanji query (脅) finds the pages that contain it.

Synonyms (sitesearch.models.SearchSynonym) are applied at query time: `expand` finds the group words in a
query, and each becomes "any of the group's words".
"""

import re
import unicodedata

from django.conf import settings
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

# Kana, the iteration mark 々 and CJK ideographs (NFKC has already turned half-width kana full-width).
JAPANESE = "\u3005\u3006\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
KANJI = re.compile("[\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
WORD = re.compile(rf"[0-9a-z]+|[{JAPANESE}]+")
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")

MAX_QUERY_LENGTH = 100  # characters: longer queries are cut, so the work per search stays bounded
MAX_QUERY_TOKENS = 20


def tokens_enabled():
    """Bigram tokens are for the database backends. OpenSearch/Elasticsearch with kuromoji analyses
    Japanese itself: SEARCH_JAPANESE_BIGRAMS is False there (docs/search.md)."""
    return settings.SEARCH_JAPANESE_BIGRAMS


def normalize(text):
    """NFKC (full-width letters and digits become ASCII, half-width kana full-width), lower case, no controls."""
    return CONTROL.sub(" ", unicodedata.normalize("NFKC", str(text or ""))).lower()


def stem(word):
    """A light English stem, the same for the index and the query: plurals only."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def tokens(text, kanji=False):
    """The tokens of a text, in order, with repeats; with `kanji`, each kanji of a longer run as well."""
    found = []
    for match in WORD.finditer(normalize(text)):
        run = match.group()
        if run.isascii():
            found.append(stem(run))
        elif len(run) == 1:
            found.append(run)
        else:
            found.extend(run[i : i + 2] for i in range(len(run) - 1))
            if kanji:
                found.extend(KANJI.findall(run))
    return found


def index_text(text):
    """What goes into the search index for `text`: its tokens, and each of its kanji, separated by spaces."""
    return " ".join(tokens(text, kanji=True))


def clean_query(raw):
    """The query as the visitor typed it, made safe: no NUL or control characters, trimmed, capped."""
    text = CONTROL.sub(" ", str(raw or ""))
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def query_tokens(query):
    """The distinct tokens of a query, at most MAX_QUERY_TOKENS. Operator characters (" ( ) * - :) vanish."""
    seen = []
    for token in tokens(query):
        if token not in seen:
            seen.append(token)
    return seen[:MAX_QUERY_TOKENS]


def expand(query, groups):
    """The query with its synonyms: (the query's other words, [[a group's words] for each group word found]).

    A group's word is found in the query as a whole Latin word or anywhere in a run of Japanese (the
    longest words first), and taken out of the rest, so that the rest and each group are required."""
    rest = normalize(query)
    found = []
    words = sorted(
        ((normalize(word), group) for group in groups for word in group if normalize(word).strip()),
        key=lambda pair: len(pair[0]),
        reverse=True,
    )
    for word, group in words:
        pattern = rf"(?<![0-9a-z]){re.escape(word)}(?![0-9a-z])" if word.isascii() else re.escape(word)
        if re.search(pattern, rest):
            if group not in found:
                found.append(group)
            rest = re.sub(pattern, " ", rest)
    return rest, found


def highlight_terms(query):
    """Stretches of the query to mark in excerpts: each Japanese run and each Latin word, longest first."""
    terms = {match.group() for match in WORD.finditer(normalize(query))}
    return sorted(terms, key=len, reverse=True)


def plain_text(value):
    """Search field values (strings, lists of block texts, rich text) as plain text."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "\n".join(plain_text(item) for item in value)
    if isinstance(value, dict):
        return "\n".join(plain_text(item) for item in value.values())
    return " ".join(strip_tags(str(value)).split())


def excerpt(text, terms, length=160):
    """A stretch of `text` around the first term found, escaped, with every term marked."""
    text = " ".join(normalize_display(text).split())
    if not text:
        return ""
    pattern = re.compile("|".join(re.escape(term) for term in terms), re.IGNORECASE) if terms else None
    match = pattern.search(text) if pattern else None
    if match is None:
        return ""
    start = max(0, match.start() - length // 3)
    end = min(len(text), start + length)
    snippet = text[start:end]
    marked = []
    position = 0
    for found in pattern.finditer(snippet):
        marked.append(escape(snippet[position : found.start()]))
        marked.append(f"<mark>{escape(found.group())}</mark>")
        position = found.end()
    marked.append(escape(snippet[position:]))
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return mark_safe(prefix + "".join(marked) + suffix)  # noqa: S308 - every piece above is escaped


def normalize_display(text):
    """NFKC only (full-width ASCII to ASCII), keeping case, so excerpts line up with normalized terms."""
    return unicodedata.normalize("NFKC", text or "")
