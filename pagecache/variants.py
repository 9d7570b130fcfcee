"""Which query strings a page answers to, so that nobody can skip the page cache, or fill it, by making
them up (docs/performance-and-caching.md, "Query strings").

Every page type declares the query parameters it reads (`BasePage.query_parameters`: `page`, `year`, the
materials facets…) and a view outside the page tree declares its own with `@accepts(...)`. A request with
any other parameter (`utm_source`, `fbclid`, anything made up) is redirected, 301, to the same address
without it: its canonical URL. The page redirects before it renders anything, and says which parameters it
reads (its *shape*); the page cache keeps the shape, and from then on answers such requests with the
redirect itself, without asking Django (storage.redirect_parts). deploy/nginx.conf never stores an address
with an undeclared parameter, and lets the app redirect it.

A redirect rather than a key that leaves the extra parameters out: one address per page for every cache in
front and for search engines, and a tracking identifier someone else added to a link (fbclid, utm_*) leaves
the visitor's address bar, so it is not copied or bookmarked with it.

Declared parameters keep their order, values and repeats, percent-encoded one way (`normalise`): the key
says exactly what the page reads (a repeat can change what it answers: `?topic=a` 21 times is a 400, and
Django's `GET.get` takes the last value). However many declared variants are asked for, at most PAGE_CACHE_MAX_VARIANTS query strings of one
page are stored (storage.Address.entry_key). A view that declares nothing (`request.query_parameters` is
never set) is never redirected, and what it answers to a query string is never stored.
"""

import hashlib
from functools import cache, wraps
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.http import HttpResponsePermanentRedirect
from django.utils.cache import patch_cache_control
from django.utils.encoding import escape_uri_path
from django.utils.http import escape_leading_slashes

# How long a browser or proxy may keep a redirect to the canonical URL: a page that later reads a new
# parameter is not redirected away from it for longer than this.
REDIRECT_SECONDS = 3600
# The parameters the views outside the page tree read, declared with @accepts (deploy/nginx.conf lists them
# with the pages' own).
DECLARED_BY_VIEWS = set()


def pairs(query):
    """The (name, value) pairs of a raw QUERY_STRING, decoded exactly as Django's QueryDict decodes
    request.GET; None when there are more than DATA_UPLOAD_MAX_NUMBER_FIELDS (Django answers 400 to those)."""
    raw = query.encode("latin-1", "replace")  # WSGI gives the raw bytes as latin-1 text
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("iso-8859-1")
    limit = settings.DATA_UPLOAD_MAX_NUMBER_FIELDS
    try:
        return parse_qsl(text, keep_blank_values=True, encoding="utf-8", max_num_fields=limit)
    except ValueError:
        return None


def _encode(kept):
    return urlencode(kept)


def normalise(query):
    """The query string encoded one way: the part of a cache key that identifies the variant. None when it
    has too many fields."""
    if not query:
        return ""
    found = pairs(query)
    return None if found is None else _encode(found)


def canonical(query, names):
    """The query string with only the declared `names`; None when it needs no redirect (nothing undeclared in
    it) or has too many fields to say."""
    found = pairs(query) if query else []
    if not found or all(name in names for name, _value in found):
        return None
    return _encode([(name, value) for name, value in found if name in names])


def redirect_location(path, query):
    return escape_leading_slashes(escape_uri_path(path)) + (f"?{query}" if query else "")


@cache
def declarations_token():
    """A short hash of every page type's and view's declared parameters: part of the key of a page's stored
    shape, so a deploy that changes a declaration never meets a shape stored before it."""
    from wagtail.models import get_page_models

    declared = sorted((model._meta.label, tuple(getattr(model, "query_parameters", ()))) for model in get_page_models())
    text = repr((declared, sorted(DECLARED_BY_VIEWS)))
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def enforce(request, names):
    """Record on the request which parameters its page or view reads (for the page cache) and, when the query
    string has others, return the redirect to the canonical URL; None otherwise."""
    names = tuple(names)
    request.query_parameters = names
    target = canonical(request.META.get("QUERY_STRING", ""), names)
    if target is None:
        return None
    response = HttpResponsePermanentRedirect(redirect_location(request.path, target))
    patch_cache_control(response, public=True, max_age=REDIRECT_SECONDS)
    return response


def accepts(*names):
    """Decorate a view outside the page tree with the query parameters it reads (none, for most)."""

    DECLARED_BY_VIEWS.update(names)

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            redirect = enforce(request, names)
            return redirect if redirect is not None else view(request, *args, **kwargs)

        return wrapper

    return decorator
