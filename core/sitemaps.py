from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class LocalizedSitemap(Sitemap):
    """Every live, public page in every language (Wagtail's own sitemap lists the site root's language only)."""

    def items(self):
        root = self.get_wagtail_site().root_page
        homes = Page.objects.filter(translation_key=root.translation_key).values_list("path", flat=True)
        pages = Page.objects.none()
        for path in homes:
            pages |= Page.objects.filter(path__startswith=path)
        return pages.live().public().order_by("path").defer_streamfields().specific()
