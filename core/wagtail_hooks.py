from django.templatetags.static import static
from django.utils.html import format_html

from wagtail import hooks


@hooks.register("insert_global_admin_css")
def editor_guide_css():
    """The editors' guide at the top of every page type (core/editor_guide.py)."""
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))
