"""The library's listing (facets, packs, pagination), a material's page and pack downloads.
Every view runs a fixed number of queries, whatever the number of materials."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Prefetch
from django.http import FileResponse, Http404
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date
from django.utils.translation import gettext as _

from wagtail.images import get_image_model

from materials import facets
from materials.models import (
    LANGUAGE_CHOICES,
    Audience,
    MaterialFile,
    MaterialFormat,
    MaterialPack,
    MaterialPage,
    SchoolRequestPage,
    SchoolStage,
    Topic,
)

PER_PAGE = 12
THUMBNAIL_SPECS = [
    "format-webp|width-240",
    "format-png|width-240",
]  # what {% picture ... format-{webp,png} width-240 %} asks for
TERM_MODELS = {"audience": Audience, "stage": SchoolStage, "topic": Topic, "format": MaterialFormat}


def terms_by_slug(locale_id):
    """The published taxonomy of one language: {facet: {slug: term}}. One query per taxonomy.

    Terms go through the approval workflow: a term never published (live=False) is not shown anywhere."""
    return {
        name: {t.slug: t for t in model.objects.filter(locale_id=locale_id, live=True)}
        for name, model in TERM_MODELS.items()
    }


def files_prefetch():
    images = get_image_model().objects.prefetch_renditions(*THUMBNAIL_SPECS)
    return Prefetch(
        "files",
        queryset=MaterialFile.objects.select_related("document").prefetch_related(
            Prefetch("document__thumbnail", queryset=images)
        ),
    )


def language_labels():
    return dict(LANGUAGE_CHOICES)


def listing_context(request, index):
    terms = terms_by_slug(index.locale_id)
    known = {name: set(values) for name, values in terms.items()}
    known["language"] = set(language_labels())
    selected, printable, unknown = facets.parse(request.GET, known)

    base = MaterialPage.objects.live().public().child_of(index)
    results = facets.apply(base, selected, printable).order_by("title", "pk")
    paginator = Paginator(results, PER_PAGE)
    try:
        page_obj = paginator.page(request.GET.get("page") or 1)
    except (PageNotAnInteger, EmptyPage, ValueError) as error:
        raise Http404("No such page of materials") from error
    materials = list(
        MaterialPage.objects.filter(pk__in=[m.pk for m in page_obj.object_list])
        .order_by("title", "pk")
        .defer_streamfields()
        .select_related("material_format")
        .prefetch_related(files_prefetch(), "audiences", "stages", "topics")
    )
    for material in materials:
        localize_terms(material, terms)

    counts = facets.counts(base, selected, printable)
    facet_groups = build_facet_groups(request, terms, selected, counts)
    packs = list(MaterialPack.objects.filter(locale_id=index.locale_id))
    labels = {key: term.name for key, term in terms["stage"].items()}
    if "pta" in terms["audience"]:
        labels["pta"] = terms["audience"]["pta"].name
    for pack in packs:
        pack.label = labels.get(pack.key, pack.key)
        pack.url = f"{index.url}packs/{pack.key}.zip"
    order = list(labels)
    packs.sort(key=lambda p: order.index(p.key) if p.key in order else len(order))
    return {
        "materials": materials,
        "page_obj": page_obj,
        "page_range": paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1),
        "facet_groups": facet_groups,
        "printable": printable,
        "printable_count": counts["printable"],
        "active_filters": active_filters(request, facet_groups, printable),
        "unknown_filters": unknown,
        "is_filtered": bool(selected or printable),
        "packs": packs,
        "request_page": SchoolRequestPage.objects.live().child_of(index).first(),
        "query_string": query_without(request, "page"),
    }


def localize_terms(material, terms):
    """Show each tag in the page's language: swap the chosen terms for those of `terms` by slug.
    Terms that were never published are left out."""

    def localized(chosen, facet):
        found = terms[facet].get(chosen.slug)
        return found if found is not None else (chosen if chosen.live else None)

    def localized_all(chosen_terms, facet):
        return [term for term in (localized(t, facet) for t in chosen_terms) if term is not None]

    material.audience_terms = localized_all(material.audiences.all(), "audience")
    material.stage_terms = localized_all(material.stages.all(), "stage")
    material.topic_terms = localized_all(material.topics.all(), "topic")
    fmt = material.material_format
    material.format_term = localized(fmt, "format") if fmt else None


def query_without(request, *names, extra=None):
    query = request.GET.copy()
    for name in names:
        query.pop(name, None)
    for name, value in (extra or {}).items():
        query[name] = value
    return query.urlencode()


def build_facet_groups(request, terms, selected, counts):
    groups = []
    for facet in facets.FACETS:
        if facet.name == "language":
            options = [(code, label) for code, label in LANGUAGE_CHOICES]
        else:
            options = [(slug, term.name) for slug, term in terms[facet.name].items()]
        chosen = selected.get(facet.name, [])
        items = []
        for value, label in options:
            count = counts[facet.name].get(value, 0)
            if not count and value not in chosen:
                continue
            items.append({"value": value, "label": label, "count": count, "selected": value in chosen})
        if items:
            groups.append({"name": facet.name, "label": facet.label, "options": items})
    return groups


def active_filters(request, groups, printable):
    """The filters in use, each with a link that removes it."""
    filters = []
    for group in groups:
        for option in group["options"]:
            if option["selected"]:
                query = request.GET.copy()
                query.setlist(
                    group["name"], [v for v in query.getlist(group["name"]) if v.strip().lower() != option["value"]]
                )
                query.pop("page", None)
                filters.append({"label": f"{group['label']}: {option['label']}", "remove_url": "?" + query.urlencode()})
    if printable:
        filters.append({"label": _("Printable only"), "remove_url": "?" + query_without(request, "printable", "page")})
    return filters


def detail_context(request, material):
    terms = terms_by_slug(material.locale_id)
    files = list(
        MaterialFile.objects.filter(page=material)
        .select_related("document", "document__thumbnail")
        .order_by("sort_order")
    )
    localize_terms(material, terms)
    newer = (
        MaterialPage.objects.live()
        .filter(locale_id=material.locale_id, replaces__translation_key=material.translation_key)
        .first()
    )
    older = None
    if material.replaces_id:
        older = (
            MaterialPage.objects.live()
            .filter(
                locale_id=material.locale_id,
                translation_key__in=MaterialPage.objects.filter(pk=material.replaces_id).values("translation_key"),
            )
            .first()
        )
    return {
        "files": files,
        "thumbnail": files[0].document.thumbnail if files and files[0].document.thumbnail else None,
        "newer_version": newer,
        "older_version": older,
        "request_page": SchoolRequestPage.objects.live().sibling_of(material).first(),
        "language_labels": language_labels(),
        "index_url": material.get_parent().get_url(request),
    }


def serve_pack(request, index, key):
    pack = MaterialPack.objects.filter(locale_id=index.locale_id, key=key).first()
    if pack is None or not pack.file:
        raise Http404("No such pack")
    last_modified = int(pack.built_at.timestamp())
    not_modified = get_conditional_response(request, etag=pack.etag, last_modified=last_modified)
    if not_modified is not None:
        return not_modified
    response = FileResponse(
        pack.file.open("rb"),
        content_type="application/zip",
        as_attachment=True,
        filename=f"materials-{index.locale.language_code}-{key}.zip",
    )
    response["Content-Length"] = str(pack.size)
    response["ETag"] = pack.etag
    response["Last-Modified"] = http_date(last_modified)
    response["X-Content-Type-Options"] = "nosniff"
    patch_cache_control(response, public=True, max_age=3600)
    return response
