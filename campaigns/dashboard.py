"""The calendar's panel on the editors' dashboard: campaigns starting soon."""

import datetime

from django.db.models import CharField, Exists, OuterRef, Subquery
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.models import Revision, WorkflowState, get_default_page_content_type

from campaigns.models import CampaignPage, Occurrence
from core.dashboard import DashboardPanel, can_edit_pages, locale_names

CAMPAIGN_WINDOW_DAYS = 60


class CampaignsStartingSoonPanel(DashboardPanel):
    """ "Campaigns starting soon": campaigns whose next period starts in the next 60 days, and campaign pages
    scheduled to go live in that time, with whether changes wait in a draft, in moderation or on a schedule."""

    name = "campaigns_starting_soon"
    order = 140
    template_name = "dashboard/campaigns_starting_soon.html"

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        today = timezone.localdate()
        until = today + datetime.timedelta(days=CAMPAIGN_WINDOW_DAYS)
        if not can_edit_pages(request.user):
            return None
        page_id = Cast(OuterRef("page_id"), output_field=CharField())
        occurrences = (
            Occurrence.objects.filter(
                kind=Occurrence.CAMPAIGN, cancelled=False, start_date__gte=today, start_date__lte=until, page__live=True
            )
            .select_related("page")
            .annotate(scheduled_at=self.scheduled_at(page_id), in_moderation=self.in_moderation(page_id))
            .order_by("start_date", "page__path")
        )
        rows = [
            {
                "page": o.page,
                "start_date": o.start_date,
                "end_date": o.end_date,
                "days": (o.start_date - today).days,
                "scheduled_at": o.scheduled_at,
                "in_moderation": o.in_moderation,
                "draft_changes": o.page.has_unpublished_changes and not o.scheduled_at and not o.in_moderation,
                "new": False,
            }
            for o in occurrences
        ]
        until_time = timezone.make_aware(datetime.datetime.combine(until, datetime.time.max))
        pk = Cast(OuterRef("pk"), output_field=CharField())
        for page in (
            CampaignPage.objects.not_live()
            .annotate(scheduled_at=self.scheduled_at(pk))
            .filter(scheduled_at__isnull=False, scheduled_at__lte=until_time)
            .defer_streamfields()
            .order_by("scheduled_at", "path")
        ):
            rows.append(
                {
                    "page": page,
                    "start_date": timezone.localtime(page.scheduled_at).date(),
                    "end_date": None,
                    "days": (timezone.localtime(page.scheduled_at).date() - today).days,
                    "scheduled_at": page.scheduled_at,
                    "in_moderation": False,
                    "draft_changes": False,
                    "new": True,
                }
            )
        rows.sort(key=lambda row: (row["start_date"], row["page"].path))
        locales = locale_names() if rows else {}
        for row in rows:
            row["language"] = locales.get(row["page"].locale_id, "")
        return {
            "rows": rows,
            "window": CAMPAIGN_WINDOW_DAYS,
            "panel_id": "campaigns-starting-soon",
            "panel_heading": _("Campaigns starting soon"),
        }

    @staticmethod
    def scheduled_at(object_id):
        """When the page's scheduled revision goes live (None when nothing is scheduled)."""
        return Subquery(
            Revision.page_revisions.filter(object_id=object_id, approved_go_live_at__isnull=False)
            .order_by("-created_at", "-pk")
            .values("approved_go_live_at")[:1]
        )

    @staticmethod
    def in_moderation(object_id):
        return Exists(
            WorkflowState.objects.filter(
                base_content_type=get_default_page_content_type(),
                object_id=object_id,
                status=WorkflowState.STATUS_IN_PROGRESS,
            )
        )
