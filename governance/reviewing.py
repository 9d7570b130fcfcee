"""Marking a page as reviewed, in one step, by a Moderator.

A review often changes nothing: the facts, numbers and links were checked and are still right. Going
through the two-step approval just to move the review dates would make two people approve a change that
is not there. A Moderator (who may publish) marks the live page as reviewed instead: `last_reviewed`
becomes today and `next_review` a year on, published as a new revision of the live content, and the
page's history says "Marked as reviewed" with who and when. A page with unpublished changes cannot be
marked this way: those changes go through approval, and the review dates with them.
"""

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.action_menu import ActionMenuItem
from wagtail.log_actions import log
from wagtail.models import Page

from core import dates
from core.review import ReviewDatesMixin

MARKED_REVIEWED = "governance.mark_reviewed"
REVIEW_INTERVAL = datetime.timedelta(days=365)


def can_mark_reviewed(page, user):
    return (
        isinstance(page, ReviewDatesMixin)
        and page.live
        and not page.has_unpublished_changes
        and page.permissions_for_user(user).can_publish()
    )


def mark_reviewed(page, user, today=None):
    today = today or timezone.localdate()
    live = page.specific_class.objects.get(pk=page.pk)  # the live content, not a draft
    live.last_reviewed, live.next_review = today, today + REVIEW_INTERVAL
    revision = live.save_revision(user=user, log_action=False)
    revision.publish(user=user, log_action=False)
    log(
        instance=live, action=MARKED_REVIEWED, user=user, revision=revision, data={"next_review": str(live.next_review)}
    )
    return live


def mark_reviewed_view(request, page_id):
    """GET: what will happen, and a button; POST: do it."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(page, ReviewDatesMixin) or not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    if not can_mark_reviewed(page, request.user):
        messages.error(
            request,
            _(
                "This page has unpublished changes (or is not live): submit them for approval, with the new review dates."
            ),
        )
        return redirect(edit_url)
    if request.method == "POST":
        page = mark_reviewed(page, request.user)
        messages.success(
            request,
            _("“%(title)s” is marked as reviewed today. Next review: %(date)s.")
            % {"title": page.title, "date": dates.format_date(page.next_review)},
        )
        return redirect(edit_url)
    today = timezone.localdate()
    return TemplateResponse(
        request,
        "governance/mark_reviewed.html",
        {"page": page, "today": today, "next_review": today + REVIEW_INTERVAL, "edit_url": edit_url},
    )


class MarkReviewedMenuItem(ActionMenuItem):
    """「見直し済みにする」 in the page editor's action menu, for a Moderator on a live page with no draft."""

    name = "action-mark-reviewed"
    label = gettext_lazy("Mark as reviewed")
    icon_name = "tick"
    order = 60

    def is_shown(self, context):
        page = context.get("page")
        return (
            context.get("view") == "edit"
            and page is not None
            and can_mark_reviewed(page.specific, context["request"].user)
        )

    def get_url(self, parent_context):
        return (
            f"{parent_context['request'].path.rsplit('/pages/', 1)[0]}/pages/{parent_context['page'].pk}/mark-reviewed/"
        )
