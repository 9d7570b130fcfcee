from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteSearchConfig(AppConfig):
    """The search page, /<lang>/search/ (docs/search.md). The tokens it searches are core/search.py's."""

    name = "sitesearch"
    verbose_name = _("Site search")
