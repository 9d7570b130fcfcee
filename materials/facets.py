"""Facets for the materials library: audience, school stage, topic, format, language and "printable".

Values are slugs, the same in every language, so a shared link means the same thing in Japanese and
English. Several values of one facet widen the search (OR); different facets narrow it (AND).
Unknown values are ignored and reported back to the reader; malformed requests answer 400.
"""

import re
from dataclasses import dataclass, field

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from materials.models import LANGUAGE_CHOICES, Audience, MaterialFormat, SchoolStage, Topic

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,59}$")
MAX_VALUES = 20
MAX_PARAMETER_LENGTH = 2000


class BadFacetRequest(Exception):
    """A request no form or link of this site produces: answered with 400."""


@dataclass
class Facet:
    name: str
    label: str
    lookup: str  # the field path from MaterialPage to the slug or value
    model: type | None = None
    choices: list = field(default_factory=list)


FACETS = [
    Facet("audience", _("Who it is for"), "audiences__slug", Audience),
    Facet("stage", _("School stage"), "stages__slug", SchoolStage),
    Facet("topic", _("Topic"), "topics__slug", Topic),
    Facet("format", _("Format"), "material_format__slug", MaterialFormat),
    Facet("language", _("Language"), "files__language", None, [code for code, _label in LANGUAGE_CHOICES]),
]
FACETS_BY_NAME = {f.name: f for f in FACETS}
KNOWN_PARAMETERS = {*FACETS_BY_NAME, "printable", "page"}


def parse(query_dict, known_values):
    """Return ({facet: [values]}, printable, unknown) from the query string.

    `known_values` maps each facet to the set of values that exist. Unknown values are dropped and
    returned in `unknown` so the page can say so.
    """
    selected, unknown = {}, []
    for name, facet in FACETS_BY_NAME.items():
        values = query_dict.getlist(name)
        if len(values) > MAX_VALUES:
            raise BadFacetRequest(f"Too many values for {name}.")
        kept = []
        for value in values:
            if len(value) > 60 or "\x00" in value:
                raise BadFacetRequest(f"A {name} value is malformed.")
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
