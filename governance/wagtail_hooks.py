from django.templatetags.static import static
from django.utils.html import format_html

from wagtail import hooks

from governance.panels import AwaitingApprovalPanel, CampaignsStartingSoonPanel, ReviewDuePanel


@hooks.register("construct_homepage_panels")
def add_editor_panels(request, panels):
    """Our "Awaiting your approval" replaces Wagtail's "Awaiting your review" (same items, fixed queries)."""
    panels[:] = [panel for panel in panels if getattr(panel, "name", "") != "workflow_objects_to_moderate"]
    panels.extend([AwaitingApprovalPanel(), CampaignsStartingSoonPanel(), ReviewDuePanel()])


@hooks.register("insert_global_admin_css")
def editor_guide_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))
