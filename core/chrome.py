"""The data around every page: navigation, language versions, breadcrumbs and footer links.

Each piece costs one query at most, whatever the size of the site, and is computed once per request
(the header, the footer and the <head> share it). Navigation, footer, breadcrumbs and language versions
are also kept between requests (core/shared.py) until published content changes.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale, Page, Site

from core.models import SiteSettings
from core.shared import memo, remembered


def language_home_url(language_code):
    with translation.override(language_code):
        return reverse("wagtail_serve", args=[""])


def current_locale_id(request, page=None):
    if page is not None:
        return page.locale_id
    return memo(request, "locale_id", lambda: Locale.get_active().pk)


def home_path(request, page=None):
    """The tree path of the home page in the current language, without a query when a page is known."""
    if page is not None and page.depth >= 2:
        return page.path[: 2 * Page.steplen]

    def compute():
        site = Site.find_for_request(request)
        if site is None:
            return None
        home = site.root_page.get_translations(inclusive=True).filter(locale_id=current_locale_id(request)).first()
        return home.path if home else None

    return memo(request, "home_path", compute)


def navigation(request, page=None):
    """Top-level sections of the current language's home page that editors show in menus."""

    def compute():
        path = home_path(request, page)
        if not path:
            return []
        items = remembered(
            request,
            ("navigation", path),
            lambda: list(
                Page.objects.filter(depth=3, path__startswith=path).live().public().in_menu().order_by("path")
            ),
        )
        for item in items:
            item.is_current = page is not None and page.path.startswith(item.path)
            item.is_current_page = page is not None and page.pk == item.pk
        return items

    return memo(request, "navigation", compute)


def language_versions(request, page=None):
    """One entry per site language: the translation of the current page, or that language's home page."""

    def compute():
        translations = {}
        if page is not None and page.pk:
            # A routable page's sub-route (a calendar month, say) exists in every language: keep it.
            page_url = page.get_url(request) or ""
            suffix = request.path[len(page_url) :] if page_url and request.path.startswith(page_url) else ""
            for code, url in remembered(
                request,
                ("translations", request.get_host(), page.translation_key),
                lambda: [
                    (other.locale.language_code, other.get_url(request))
                    for other in Page.objects.filter(translation_key=page.translation_key)
                    .live()
                    .select_related("locale")
                ],
            ):
                translations[code] = f"{url}{suffix}" if url else url
        # A view that is not a page (the search page) names its own address in each language.
        translations.update(getattr(request, "language_urls", None) or {})
        current = translation.get_language()
        versions = []
        for code, name in settings.LANGUAGES:
            url = translations.get(code)
            versions.append(
                {
                    "code": code,
                    "name": name,
                    "url": url or language_home_url(code),
                    "is_translation": url is not None,
                    "is_current": code == current,
                }
            )
        return versions

    return memo(request, "language_versions", compute)


def breadcrumbs(request, page):
    """Ancestors from the home page down to (not including) the current page."""
    if page is None or page.depth <= 2:
        return []
    return memo(
        request,
        "breadcrumbs",
        lambda: remembered(
            request, ("breadcrumbs", page.path), lambda: list(page.get_ancestors().filter(depth__gte=2))
        ),
    )


def footer(request, page=None):
    """Site settings and the footer pages (chosen in settings, in Japanese) in the current language, in tree order."""

    def compute():
        settings_ = SiteSettings.for_request(request)
        links = []
        if settings_.footer_page_ids:
            ids = tuple(settings_.footer_page_ids)
            locale_id = current_locale_id(request, page)

            def build():
                chosen = Page.objects.filter(pk__in=ids).values("translation_key")
                return list(
                    Page.objects.live().filter(translation_key__in=chosen, locale_id=locale_id).order_by("path")
                )

            links = remembered(request, ("footer", ids, locale_id), build)
        return {"site_settings": settings_, "links": links}

    return memo(request, "footer", compute)
