from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from core.uploads import FILE_REPLACED


@hooks.register("insert_global_admin_css")
def editor_guide_css():
    """The editors' guide at the top of every page type (core/editor_guide.py)."""
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


@hooks.register("register_log_actions")
def file_log_actions(actions):
    """A replaced image or document file, in Site history and the file's own history (core/uploads.py)."""
    actions.register_action(FILE_REPLACED, _("Replace file"), _("File replaced"))
