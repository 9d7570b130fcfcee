from django.utils import timezone

from wagtail import hooks
from wagtail.admin.utils import get_user_display_name

from laces.components import Component

from guidance.models import pages_due_for_review, review_warning_days


class ReviewDuePanel(Component):
    """ "Content due for review": guidance past or near its next review date, for editors who can edit it."""

    order = 150
    template_name = "guidance/review_due_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        today = timezone.localdate()
        user = self.request.user
        rows = []
        for page in pages_due_for_review(today):
            if not user.is_superuser and not page.permissions_for_user(user).can_edit():
                continue
            days = (page.next_review - today).days
            rows.append(
                {
                    "page": page,
                    "overdue": days < 0,
                    "days_left": max(days, 0),
                    "days_overdue": max(-days, 0),
                    "owner": get_user_display_name(page.owner) if page.owner else "",
                }
            )
        return {"rows": rows, "window": review_warning_days()}


@hooks.register("construct_homepage_panels")
def add_review_panel(request, panels):
    panels.append(ReviewDuePanel(request))
