"""Site search at /<lang>/search/: pages in the current language only, Japanese-aware, and recording nothing.

The query is never stored: no search-promotion log (wagtail.contrib.search_promotions is not installed),
nothing written to logs, and the response tells every cache not to keep it.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_safe

from wagtail.models import Locale, Page, Site
from wagtail.search.query import And, Or, PlainText

from core.pagination import MAX_PAGE, paginate
from core.params import BadQueryParameter, whole_number
from core.search import clean_query, excerpt, expand, highlight_terms, normalize, query_tokens, tokens_enabled
from core.shared import remembered
from sitesearch.models import SearchSynonym

PER_PAGE = 10
EXCERPT_LENGTH = 160

# Filters by section: the section's slug, the same in every language. The label is the section's title.
SECTIONS = ["guidance", "figures", "campaigns", "materials", "news", "help"]


@require_safe
def search(request):
    # The language switcher leads to the other language's search page (without the query).
    request.language_urls = {code: _search_url(code) for code, _name in settings.LANGUAGES}
    try:
        context = _search_context(request)
    except BadQueryParameter:
        response = TemplateResponse(request, "400.html", {"back_url": reverse("search")}, status=400)
        return _no_store(response)
    except Http404:
        return _no_store(TemplateResponse(request, "404.html", {}, status=404))
    return _no_store(TemplateResponse(request, "search/search.html", context))


def _search_url(language_code):
    with translation.override(language_code):
        return reverse("search")


def _no_store(response):
    """Neither browsers' caches nor shared caches keep a page that contains a search query."""
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


def _search_context(request):
    query = clean_query(request.GET.get("q", ""))
    section = request.GET.get("type", "")
    if section and section not in SECTIONS:
        raise BadQueryParameter(section)
    locale = Locale.get_active()
    home = _home_for(request, locale)
    sections = _section_pages(home)

    context = {
        "query": query,
        "section": section,
        "section_filters": [
            {"key": key, "label": sections[key].title, "selected": key == section}
            for key in SECTIONS
            if key in sections
        ],
        "results": [],
        "page_obj": None,
        "searched": bool(query),
        "query_string": "",
    }
    groups = remembered(request, ("search-synonyms", locale.pk), lambda: SearchSynonym.objects.groups_for(locale.pk))
    expression, synonyms = _expression(query, groups)
    if expression is None:
        whole_number(request.GET.get("page"), minimum=1, maximum=MAX_PAGE)  # a malformed ?page= is still 400
        return context

    pages = Page.objects.live().public().filter(locale=locale, depth__gte=2)
    if section:
        root = sections.get(section)
        if root is None:
            raise BadQueryParameter(section)
        pages = pages.filter(path__startswith=root.path)
    results = pages.search(expression)
    page_obj = paginate(request, results, PER_PAGE)
    if page_obj.paginator.count == 0:
        return context
    context.update(
        {
            "results": _describe(list(page_obj.object_list), query, sections, home, synonyms),
            "page_obj": page_obj,
            "query_string": _query_string(query, section),
        }
    )
    return context


def _terms(text):
    return query_tokens(text) if tokens_enabled() else text.split()


def _expression(query, groups):
    """The search for `query`: all of its words, where a word of a synonym group (sitesearch.models) stands
    for any of the group's words. None when nothing is left to search for. Also the synonyms used."""
    rest, found = expand(query, groups)
    parts = []
    if _terms(rest):
        parts.append(PlainText(" ".join(_terms(rest)), operator="and"))
    used = []
    for group in found:
        alternatives = [PlainText(" ".join(_terms(word)), operator="and") for word in group if _terms(word)]
        if alternatives:
            parts.append(alternatives[0] if len(alternatives) == 1 else Or(alternatives))
            used.extend(group)
    if not parts:
        return None, []
    return (parts[0] if len(parts) == 1 else And(parts)), used


def _query_string(query, section):
    params = {"q": query}
    if section:
        params["type"] = section
    return urlencode(params)


def _home_for(request, locale):
    site = Site.find_for_request(request)
    if site is None:
        return None
    return site.root_page.get_translations(inclusive=True).filter(locale=locale).first()


def _section_pages(home):
    """The top-level sections of this language's home page that searches can be narrowed to, by slug."""
    if home is None:
        return {}
    return {
        page.slug: page
        for page in Page.objects.child_of(home).live().public().filter(slug__in=SECTIONS).order_by("path")
    }


def _describe(pages, query, sections, home, synonyms=()):
    """Each result with its section and an excerpt that marks what was searched for, synonyms included (one
    query per page type)."""
    specific = {page.pk: page for page in Page.objects.filter(pk__in=[p.pk for p in pages]).specific()}
    by_path = {page.path: page for page in sections.values()}
    terms = sorted(set(highlight_terms(query)) | {normalize(word) for word in synonyms}, key=len, reverse=True)
    described = []
    for page in pages:
        page = specific.get(page.pk, page)
        section = by_path.get(page.path[: 3 * Page.steplen]) if page.depth >= 3 else None
        text = (
            page.search_text(include_title=False, include_extra=page.excerpt_from_extra_text)
            if hasattr(page, "search_text")
            else ""
        )
        described.append(
            {
                "page": page,
                "section": section if section is not None and section.pk != page.pk else None,
                "summary": getattr(page, "summary", "") or "",
                "excerpt": excerpt(text, terms, EXCERPT_LENGTH),
            }
        )
    return described
