from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core.dashboard import can_edit_pages
from governance.panels import AwaitingApprovalPanel, ReviewDuePanel
from governance.reports import ReviewDueReport
from governance.reviewing import MARKED_REVIEWED, MarkReviewedMenuItem, mark_reviewed_view
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


class ReviewDueMenuItem(MenuItem):
    def is_shown(self, request):
        return can_edit_pages(request.user)


@hooks.register("register_reports_menu_item")
def register_review_due_menu_item():
    return ReviewDueMenuItem(_("Due for review"), reverse("governance_review_due"), icon_name="date", order=650)


@hooks.register("register_admin_urls")
def register_review_due_urls():
    return [
        path("reports/due-for-review/", ReviewDueReport.as_view(), name="governance_review_due"),
        path(
            "reports/due-for-review/results/",
            ReviewDueReport.as_view(results_only=True),
            name="governance_review_due_results",
        ),
    ]


@hooks.register("register_page_action_menu_item")
def register_mark_reviewed_menu_item():
    return MarkReviewedMenuItem()


@hooks.register("register_admin_urls")
def register_mark_reviewed_url():
    return [path("pages/<int:page_id>/mark-reviewed/", mark_reviewed_view, name="governance_mark_reviewed")]


@hooks.register("register_log_actions")
def review_log_actions(actions):
    actions.register_action(MARKED_REVIEWED, _("Mark as reviewed"), _("Marked as reviewed"))
