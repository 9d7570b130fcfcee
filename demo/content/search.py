"""Demo search synonyms: the groups of demo/data/search.yaml, in Japanese and English."""

from demo.builders import ensure_snippet, read_data
from sitesearch.models import SearchSynonym


def load(report, scale=1):
    for spec in read_data("search")["synonyms"]:
        ja, en = ({"name": spec[lang]["name"], "terms": "\n".join(spec[lang]["terms"])} for lang in ("ja", "en"))
        ensure_snippet(SearchSynonym, {"name": ja["name"]}, ja, en, report)
