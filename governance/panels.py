"""The editors' dashboard: what awaits your approval, and content due for review. ("Campaigns starting soon"
is the calendar's own: campaigns/dashboard.py.)

Each panel runs a fixed number of queries, whatever the number of rows: titles come from the revisions
(`object_str`) or from one joined query, never from a query per row.
"""

from django.contrib.contenttypes.models import ContentType
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.admin.utils import get_user_display_name
from wagtail.models import (
    PreviewableMixin,
    TaskState,
    TranslatableMixin,
    WorkflowTask,
    get_default_page_content_type,
)

from core.dashboard import DashboardPanel, can_edit_pages, locale_names
from core.review import content_due_for_review, review_warning_days


class AwaitingApprovalPanel(DashboardPanel):
    """ "Awaiting your approval": workflow steps on pages and snippets that the current user can approve.

    Replaces Wagtail's "Awaiting your review" panel, which runs several queries per row.
    """

    name = "awaiting_approval"
    order = 100
    template_name = "dashboard/awaiting_approval.html"

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        user = request.user
        states = list(
            TaskState.objects.reviewable_by(user)
            .select_related("task", "revision", "workflow_state", "workflow_state__requested_by")
            .defer("revision__content")
            .order_by("-started_at")
        )
        page_type = get_default_page_content_type()
        steps = {}
        for workflow_id, task_id in (
            WorkflowTask.objects.filter(workflow__in={s.workflow_state.workflow_id for s in states}, task__active=True)
            .order_by("sort_order")
            .values_list("workflow_id", "task_id")
        ):
            steps.setdefault(workflow_id, []).append(task_id)
        locales = locale_names() if states else {}
        locale_ids, published = self.object_facts(states)
        rows = []
        for state in states:
            revision = state.revision
            base_type = ContentType.objects.get_for_id(revision.base_content_type_id)
            model = base_type.model_class()
            if model is None:
                continue
            object_id = revision.object_id
            urls = self.urls(
                model, base_type == page_type, object_id, state, (revision.base_content_type_id, object_id) in published
            )
            if urls is None:
                continue
            workflow_steps = steps.get(state.workflow_state.workflow_id, [])
            specific_model = ContentType.objects.get_for_id(revision.content_type_id).model_class() or model
            rows.append(
                {
                    "title": revision.object_str,
                    "type": specific_model._meta.verbose_name,
                    "language": locales.get(locale_ids.get((revision.base_content_type_id, object_id)), ""),
                    "task": state.task.name,
                    "step": workflow_steps.index(state.task_id) + 1 if state.task_id in workflow_steps else None,
                    "steps": len(workflow_steps),
                    "submitted_by": get_user_display_name(state.workflow_state.requested_by)
                    if state.workflow_state.requested_by
                    else "",
                    "started_at": state.started_at,
                    "go_live_at": revision.approved_go_live_at,
                    "task_state": state,
                    "is_new": (revision.base_content_type_id, object_id) not in published,
                    **urls,
                }
            )
        if not rows:
            return None
        return {"rows": rows, "request": request}

    @staticmethod
    def object_facts(states):
        """For every object: {(base content type id, object id): locale id}, and the set of those that have
        been published (a live revision), to compare with. One query per model."""
        ids_by_type = {}
        for state in states:
            ids_by_type.setdefault(state.revision.base_content_type_id, set()).add(state.revision.object_id)
        locales, published = {}, set()
        for type_id, ids in ids_by_type.items():
            model = ContentType.objects.get_for_id(type_id).model_class()
            if model is None:
                continue
            fields = [name for name in ("locale_id", "live_revision_id") if hasattr(model, name.removesuffix("_id"))]
            if not fields:
                continue
            for pk, *values in model._default_manager.filter(pk__in=ids).values_list("pk", *fields):
                facts = dict(zip(fields, values, strict=True))
                if issubclass(model, TranslatableMixin):
                    locales[(type_id, str(pk))] = facts.get("locale_id")
                if facts.get("live_revision_id"):
                    published.add((type_id, str(pk)))
        return locales, published

    @staticmethod
    def urls(model, is_page, object_id, state, published):
        if is_page:
            names = {
                "edit": "wagtailadmin_pages:edit",
                "action": "wagtailadmin_pages:workflow_action",
                "preview": "wagtailadmin_pages:workflow_preview",
                "compare": "wagtailadmin_pages:revisions_compare",
            }
            previewable = True
        else:
            viewset = getattr(model, "snippet_viewset", None)
            if viewset is None:
                return None
            names = {
                key: viewset.get_url_name(view)
                for key, view in (
                    ("edit", "edit"),
                    ("action", "workflow_action"),
                    ("preview", "workflow_preview"),
                    ("compare", "revisions_compare"),
                )
            }
            previewable = issubclass(model, PreviewableMixin)
        try:
            return {
                "edit_url": reverse(names["edit"], args=[object_id]),
                "approve_url": reverse(names["action"], args=[object_id, "approve", state.pk]),
                "reject_url": reverse(names["action"], args=[object_id, "reject", state.pk]),
                "preview_url": reverse(names["preview"], args=[object_id, state.task_id]) if previewable else "",
                # What will change on the site: the submitted revision against the live one. A new object has
                # nothing live to compare with (its earlier drafts would show "no differences").
                "compare_url": reverse(names["compare"], args=[object_id, "live", state.revision_id])
                if published
                else "",
            }
        except NoReverseMatch:
            return None


class ReviewDuePanel(DashboardPanel):
    """ "Content due for review": guidance and materials past or near their next review date, that the
    current user can edit."""

    name = "content_due_for_review"
    order = 150
    template_name = "dashboard/content_due_for_review.html"

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        today = timezone.localdate()
        if not can_edit_pages(request.user):
            return None
        pages = content_due_for_review(today, user=request.user)
        locales = locale_names() if pages else {}
        rows = []
        for page in pages:
            days = (page.next_review - today).days
            rows.append(
                {
                    "page": page,
                    "type": page._meta.verbose_name,
                    "language": locales.get(page.locale_id, ""),
                    "overdue": days < 0,
                    "days_left": max(days, 0),
                    "days_overdue": max(-days, 0),
                    "owner": get_user_display_name(page.owner) if page.owner else "",
                }
            )
        return {
            "rows": rows,
            "window": review_warning_days(),
            "panel_id": "content-due-for-review",
            "panel_heading": _("Content due for review"),
        }
