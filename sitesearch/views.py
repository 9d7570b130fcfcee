"""Site search at /<lang>/search/: pages in the current language only, Japanese-aware, and recording nothing.

The query is never stored: no search-promotion log (wagtail.contrib.search_promotions is not installed),
nothing written to logs, and the response tells every cache not to keep it.
"""

import re

from django.core.paginator import EmptyPage, Paginator
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_safe

from wagtail.models import Locale, Page

from sitesearch.tokens import clean_query, highlight_terms, query_tokens, tokens_enabled

PER_PAGE = 10
EXCERPT_LENGTH = 160

# Filters by section: the section's slug, the same in every language. The label is the section's title.
SECTIONS = ["guidance", "figures", "campaigns", "materials", "news", "help"]


class BadSearchRequest(Exception):
    pass


def search_url(language_code):
    with translation.override(language_code):
        return reverse("search")


def parse_page_number(raw):
    if raw in (None, ""):
        return 1
    if not raw.isascii() or not raw.isdigit() or len(raw) > 4 or int(raw) < 1:
        raise BadSearchRequest(raw)
    return int(raw)


@require_safe
def search(request):
    from django.conf import settings

    # The language switcher leads to the other language's search page (without the query).
    request.language_urls = {code: search_url(code) for code, _name in settings.LANGUAGES}
    try:
        context = search_context(request)
    except BadSearchRequest:
        response = TemplateResponse(request, "400.html", {"back_url": reverse("search")}, status=400)
        return no_store(response)
    except EmptyPage:
        response = TemplateResponse(request, "404.html", {}, status=404)
        return no_store(response)
    return no_store(TemplateResponse(request, "search/search.html", context))


def no_store(response):
    """Neither browsers' caches nor shared caches keep a page that contains a search query."""
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


def search_context(request):
    query = clean_query(request.GET.get("q", ""))
    section = request.GET.get("type", "")
    if section and section not in SECTIONS:
        raise BadSearchRequest(section)
    number = parse_page_number(request.GET.get("page"))
    locale = Locale.get_active()
    home = home_for(request, locale)
    sections = section_pages(home)

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
    terms = query_tokens(query) if tokens_enabled() else query.split()
    if not terms:
        return context

    pages = Page.objects.live().public().filter(locale=locale, depth__gte=2)
    if section:
        root = sections.get(section)
        if root is None:
            raise BadSearchRequest(section)
        pages = pages.filter(path__startswith=root.path)
    results = pages.search(" ".join(terms), operator="and")
    paginator = Paginator(results, PER_PAGE)
    if paginator.count == 0:
        if number > 1:
            raise EmptyPage(number)
        return context
    page_obj = paginator.page(number)
    context.update(
        {
            "results": describe(list(page_obj.object_list), query, sections, home),
            "page_obj": page_obj,
            "paginator": paginator,
            "page_range": paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1),
            "query_string": query_string(query, section),
        }
    )
    return context


def query_string(query, section):
    from urllib.parse import urlencode

    params = {"q": query}
    if section:
        params["type"] = section
    return urlencode(params)


def home_for(request, locale):
    from wagtail.models import Site

    site = Site.find_for_request(request)
    if site is None:
        return None
    return site.root_page.get_translations(inclusive=True).filter(locale=locale).first()


def section_pages(home):
    """The top-level sections of this language's home page that searches can be narrowed to, by slug."""
    if home is None:
        return {}
    return {
        page.slug: page
        for page in Page.objects.child_of(home).live().public().filter(slug__in=SECTIONS).order_by("path")
    }


def describe(pages, query, sections, home):
    """Each result with its section and an excerpt that marks what was searched for (one query per page type)."""
    specific = {page.pk: page for page in Page.objects.filter(pk__in=[p.pk for p in pages]).specific()}
    by_path = {page.path: page for page in sections.values()}
    terms = highlight_terms(query)
    described = []
    for page in pages:
        page = specific.get(page.pk, page)
        section = by_path.get(page.path[: 3 * Page.steplen]) if page.depth >= 3 else None
        text = page.search_text(include_title=False) if hasattr(page, "search_text") else ""
        described.append(
            {
                "page": page,
                "section": section if section is not None and section.pk != page.pk else None,
                "summary": getattr(page, "summary", "") or "",
                "excerpt": excerpt(text, terms),
            }
        )
    return described


def excerpt(text, terms, length=EXCERPT_LENGTH):
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
    import unicodedata

    return unicodedata.normalize("NFKC", text or "")
