import re

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe

from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar

from core import chrome, links, readings

register = template.Library()


def _page(context):
    page = context.get("page")
    return page if getattr(page, "pk", None) else None


@register.filter
def ruby(value):
    """Readings written ｜漢字《かんじ》 as <ruby>漢字<rt>かんじ</rt></ruby>: in rendered HTML (rich text, a whole
    StreamField) between the tags only; plain text is escaped first (core/readings.py)."""
    if isinstance(value, SafeString):
        return readings.in_html(value)
    return readings.to_html("" if value is None else str(value))


@register.filter
def without_readings(value):
    """The text with its readings left out, for a <title>, an excerpt or an attribute."""
    return readings.plain(value)


@register.simple_tag(takes_context=True)
def editor_userbar(context, position="bottom-right"):
    """Wagtail's userbar, only for people who carry a session cookie.

    `{% wagtailuserbar %}` reads request.user on every render, which adds `Vary: Cookie` even for
    anonymous visitors. Anonymous visitors have no session cookie, so they skip the user lookup and
    their responses stay cookie-free and cacheable.
    """
    request = context.get("request")
    if request is None or settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return ""
    return wagtailuserbar(context, position)


@register.inclusion_tag("components/main_nav.html", takes_context=True)
def main_navigation(context):
    request = context["request"]
    return {"items": chrome.navigation(request, _page(context)), "request": request}


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    return {"versions": chrome.language_versions(context["request"], _page(context))}


@register.inclusion_tag("components/untranslated_note.html", takes_context=True)
def untranslated_note(context):
    """On a page with no translation, say where the other language's link leads (its home page)."""
    page = _page(context)
    if page is None:
        return {"missing": []}
    versions = chrome.language_versions(context["request"], page)
    return {"missing": [v for v in versions if not v["is_current"] and not v["is_translation"]]}


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    request = context["request"]
    page = _page(context)
    return {"crumbs": chrome.breadcrumbs(request, page), "page": page, "request": request}


@register.inclusion_tag("components/footer.html", takes_context=True)
def site_footer(context):
    request = context["request"]
    return {**chrome.footer(request, _page(context)), "request": request}


@register.simple_tag(takes_context=True)
def alternate_languages(context):
    """Language versions that really are translations of this page, for <link rel="alternate">."""
    request = context["request"]
    return [
        {**v, "full_url": request.build_absolute_uri(v["url"])}
        for v in chrome.language_versions(request, _page(context))
        if v["is_translation"]
    ]


@register.simple_tag
def home_url():
    return chrome.language_home_url(translation.get_language())


register.filter("tel_href", links.tel_href)


@register.simple_tag(takes_context=True)
def absolute_url(context, target):
    """An absolute URL, on the host the visitor asked for (validated by ALLOWED_HOSTS), of a page or a path."""
    request = context["request"]
    url = target.get_url(request) if hasattr(target, "get_url") else target
    return request.build_absolute_uri(url)


EXTERNAL_LINK = re.compile(r'<a (?![^>]*\brel=)([^>]*\bhref="https?://[^"]*"[^>]*)>')


@register.filter
def noreferrer(html):
    """Add rel="noreferrer" to external links in trusted HTML (rich text rendered by Wagtail)."""
    return mark_safe(EXTERNAL_LINK.sub(r'<a \1 rel="noreferrer">', str(html)))  # noqa: S308 - input is already-safe rich text
