from core import chrome
from core.models import SiteSettings


def shared_site_settings(request):
    """Load the site settings from the shared chrome before the templates ask for them (public pages only)."""
    if not request.path.startswith("/admin/"):
        try:
            chrome.site_settings(request)
        except SiteSettings.DoesNotExist:
            return {}  # no site for this host yet; Wagtail's own processor answers the same
    return {}
