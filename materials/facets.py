"""Filters for the materials library: audience, school stage, topic, format, language and "printable".

Values are slugs, the same in every language, so a shared link means the same thing in Japanese and
English. Several values of one facet widen the search (OR); different facets narrow it (AND). Unknown
values are ignored and named on the page; malformed requests are bad parameters (400). Imports no model:
the library page (materials/models/pages.py) gives it its querysets and terms."""

import re
from dataclasses import dataclass

from django.db.models import Count
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.params import BadQueryParameter
from materials.choices import LANGUAGE_CHOICES

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,59}$")
MAX_VALUES = 20


@dataclass
class Facet:
    name: str
    label: str
    lookup: str  # the field path from MaterialPage to the slug or value


FACETS = [
    Facet("audience", gettext_lazy("Who it is for"), "audiences__slug"),
    Facet("stage", gettext_lazy("School stage"), "stages__slug"),
    Facet("topic", gettext_lazy("Topic"), "topics__slug"),
    Facet("format", gettext_lazy("Format"), "material_format__slug"),
    Facet("language", gettext_lazy("Language"), "files__language"),
]
FACETS_BY_NAME = {f.name: f for f in FACETS}


def parse(query_dict, known_values):
    """Return ({facet: [values]}, printable, unknown) from the query string.

    `known_values` maps each facet to the set of values that exist. Unknown values are dropped and
    returned in `unknown` so the page can say so.
    """
    selected, unknown = {}, []
    for name, facet in FACETS_BY_NAME.items():
        values = query_dict.getlist(name)
        if len(values) > MAX_VALUES:
            raise BadQueryParameter(f"Too many values for {name}.")
        kept = []
        for value in values:
            if len(value) > 60 or "\x00" in value:
                raise BadQueryParameter(f"A {name} value is malformed.")
            value = value.strip().lower()
            if not value:
                continue
            if SLUG.match(value) and value in known_values[name]:
                if value not in kept:
                    kept.append(value)
            else:
                unknown.append((facet.label, value))
        if kept:
            selected[name] = kept
    printable = query_dict.get("printable", "") in ("1", "on", "true")
    return selected, printable, unknown


def apply(queryset, selected, printable, exclude=None):
    for name, values in selected.items():
        if name == exclude:
            continue
        facet = FACETS_BY_NAME[name]
        queryset = queryset.filter(**{f"{facet.lookup}__in": values})
    if printable and exclude != "printable":
        queryset = queryset.filter(files__printable=True)
    return queryset.distinct()


def counts(base, selected, printable):
    """For each facet value, how many materials match it together with the other facets chosen."""
    result = {}
    for facet in FACETS:
        narrowed = apply(base, selected, printable, exclude=facet.name)
        rows = (
            base.filter(pk__in=narrowed.values("pk"))
            .values(facet.lookup)
            .annotate(n=Count("pk", distinct=True))
            .order_by()
        )
        result[facet.name] = {row[facet.lookup]: row["n"] for row in rows if row[facet.lookup]}
    narrowed = apply(base, selected, False)
    result["printable"] = (
        base.filter(pk__in=narrowed.values("pk"), files__printable=True).values("pk").distinct().count()
    )
    return result


def groups(terms, selected, found):
    """The filters to show: each facet's values that match something (or are chosen), with their counts."""
    result = []
    for facet in FACETS:
        if facet.name == "language":
            options = list(LANGUAGE_CHOICES)
        else:
            options = [(slug, term.name) for slug, term in terms[facet.name].items()]
        chosen = selected.get(facet.name, [])
        items = []
        for value, label in options:
            count = found[facet.name].get(value, 0)
            if not count and value not in chosen:
                continue
            items.append({"value": value, "label": label, "count": count, "selected": value in chosen})
        if items:
            result.append({"name": facet.name, "label": facet.label, "options": items})
    return result


def query_without(query_dict, *names):
    query = query_dict.copy()
    for name in names:
        query.pop(name, None)
    return query.urlencode()


def active_filters(query_dict, facet_groups, printable):
    """The filters in use, each with a link that removes it."""
    filters = []
    for group in facet_groups:
        for option in group["options"]:
            if option["selected"]:
                query = query_dict.copy()
                query.setlist(
                    group["name"], [v for v in query.getlist(group["name"]) if v.strip().lower() != option["value"]]
                )
                query.pop("page", None)
                filters.append({"label": f"{group['label']}: {option['label']}", "remove_url": "?" + query.urlencode()})
    if printable:
        filters.append(
            {"label": _("Printable only"), "remove_url": "?" + query_without(query_dict, "printable", "page")}
        )
    return filters
