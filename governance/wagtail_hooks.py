from wagtail import hooks

from governance.panels import AwaitingApprovalPanel, ReviewDuePanel
from governance.roles import SCHOOL_LIAISON


@hooks.register("construct_homepage_panels")
def add_editor_panels(request, panels):
    """Our "Awaiting your approval" replaces Wagtail's "Awaiting your review" (same items, fixed queries)."""
    panels[:] = [panel for panel in panels if getattr(panel, "name", "") != "workflow_objects_to_moderate"]
    panels.extend([AwaitingApprovalPanel(), ReviewDuePanel()])


@hooks.register("filter_form_submissions_for_user")
def only_school_liaison_sees_submissions(user, editable_forms):
    """School requests hold names and contact details: only the School liaison group (and superusers) see them."""
    if user.is_superuser or user.groups.filter(name=SCHOOL_LIAISON).exists():
        return editable_forms
    return editable_forms.none()
