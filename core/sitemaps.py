from collections import defaultdict

from django.conf import settings

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page


class LocalizedSitemap(Sitemap):
    """Every live, public page in every language (Wagtail's own sitemap lists the site root's language
    only), each with `lastmod` and hreflang alternates for all its translations, x-default being Japanese."""

    def items(self):
        root = self.get_wagtail_site().root_page
        homes = Page.objects.filter(translation_key=root.translation_key).values_list("path", flat=True)
        pages = Page.objects.none()
        for path in homes:
            pages |= Page.objects.filter(path__startswith=path)
        return pages.live().public().order_by("path").defer_streamfields().specific()

    def absolute_url(self, page):
        """On the host the sitemap was asked for, as canonical links are (not the Site record's hostname)."""
        url = page.get_url(self.request)
        return self.request.build_absolute_uri(url) if self.request is not None else page.get_full_url()

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        by_key = defaultdict(list)
        for item in items:
            by_key[item.translation_key].append(item)
        urls = []
        lastmods = set()
        for item in items:
            full_url = item.get_full_url(self.request)
            base = self.absolute_url(item)
            page_lastmod = item.last_published_at or item.latest_revision_created_at
            translations = [
                (languages[other.locale_id], self.absolute_url(other)) for other in by_key[item.translation_key]
            ]
            for info in item.get_sitemap_urls(self.request):
                # A routable page's sub-routes (calendar years and months) keep their suffix in every language.
                suffix = info["location"][len(full_url) :] if info["location"].startswith(full_url) else ""
                info = {**info, "location": base + suffix, "lastmod": info.get("lastmod") or page_lastmod}
                if len(translations) > 1:
                    alternates = [{"lang_code": code, "location": url + suffix} for code, url in translations]
                    default = next((a for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE), alternates[0])
                    info["alternates"] = [*alternates, {"lang_code": "x-default", "location": default["location"]}]
                urls.append(info)
                lastmods.add(info["lastmod"])
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
