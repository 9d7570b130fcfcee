"""The campaign calendar of one language, at /<lang>/campaigns/: now and next, a year, a month, the
archive and the iCalendar feed. Each view runs a fixed number of queries, whatever the number of campaigns."""

from datetime import date, timedelta

from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import path, re_path
from wagtail.fields import StreamField
from wagtail.search import index

from campaigns import ical, schedule
from campaigns.models.listings import attach_pages
from campaigns.models.occurrences import Occurrence, next_change
from core import dates, expiry
from core.blocks import BaseStreamBlock
from core.models import RoutableBasePage
from core.pagination import paginate

PAST_PER_PAGE = 20
UPCOMING_CAMPAIGNS = 6
UPCOMING_EVENTS = 8


def parse_year(value):
    year = int(value)
    if not schedule.MIN_YEAR <= year <= schedule.MAX_YEAR:
        raise Http404("No calendar for that year")
    return year


def parse_month(value):
    month = int(value)
    if not 1 <= month <= 12:
        raise Http404("No such month")
    return month


class CampaignCalendarPage(RoutableBasePage):
    """The calendar of one language: views by year and month, an archive and feeds."""

    introduction = models.TextField(gettext_lazy("introduction"), blank=True, max_length=600)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=gettext_lazy("body"))

    template = "pages/campaign_calendar_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["campaigns.CampaignPage", "campaigns.EventPage"]
    max_count_per_parent = 1
    query_parameters = ("page",)  # the past campaigns and events, a page at a time
    page_description = gettext_lazy(
        "The campaign calendar of one language. Campaigns and events go under it; it lists them by year and "
        "month and publishes a calendar feed schools can subscribe to."
    )
    editor_guide = gettext_lazy(
        "The calendar of one language. Do not type campaigns here: add each campaign and event as a page under this one and the calendar, the month views and the calendar feed list them by themselves."
    )

    content_panels = [*RoutableBasePage.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*RoutableBasePage.search_fields, index.SearchField("introduction")]

    class Meta:
        verbose_name = gettext_lazy("campaign calendar")

    def occurrences(self):
        return Occurrence.objects.under(self.path).select_related("page")

    @path("")
    def index_route(self, request):
        """What runs now and what comes next; cached until one of them starts or ends."""
        today = timezone.localdate()
        base = self.occurrences().filter(cancelled=False)
        running = list(base.running_on(today))
        # The next occurrence of each campaign (an annual one would otherwise fill the list with its next years).
        upcoming_campaigns = []
        for occurrence in base.campaigns().filter(start_date__gt=today)[: UPCOMING_CAMPAIGNS * 4]:
            if occurrence.page_id not in {o.page_id for o in [*running, *upcoming_campaigns]}:
                upcoming_campaigns.append(occurrence)
        upcoming_campaigns = upcoming_campaigns[:UPCOMING_CAMPAIGNS]
        upcoming_events = list(base.events().filter(start_date__gt=today)[:UPCOMING_EVENTS])
        shown = attach_pages([*running, *upcoming_campaigns, *upcoming_events], locale_id=self.locale_id)
        expiry.changes_at(request, next_change(shown, timezone.now()))
        return self.render(
            request,
            context_overrides={
                "today": today,
                "running_campaigns": [o for o in running if o.is_campaign],
                "running_events": [o for o in running if not o.is_campaign],
                "upcoming_campaigns": upcoming_campaigns,
                "upcoming_events": upcoming_events,
                "this_year": today.year,
                "this_month": today.month,
            },
        )

    @re_path(r"^(?P<year>\d{4})/$")
    def year_route(self, request, year):
        year = parse_year(year)
        first, last = date(year, 1, 1), date(year, 12, 31)
        occurrences = attach_pages(list(self.occurrences().overlapping(first, last)), locale_id=self.locale_id)
        months = []
        for month in range(1, 13):
            span = schedule.month_span(year, month)
            months.append(
                {
                    "number": month,
                    "label": dates.month_name(month),
                    "url": f"{self.get_url(request)}{year}/{month:02d}/",
                    "campaigns": [o for o in occurrences if o.is_campaign and span.overlaps(o.start_date, o.end_date)],
                    "events": [
                        o
                        for o in occurrences
                        if not o.is_campaign and o.start_date.month == month and o.start_date.year == year
                    ],
                }
            )
        return self.render(
            request,
            template="pages/campaign_calendar_year.html",
            context_overrides={
                "year": year,
                "months": months,
                "previous_year": year - 1 if year > schedule.MIN_YEAR else None,
                "next_year": year + 1 if year < schedule.MAX_YEAR else None,
                "today": timezone.localdate(),
            },
        )

    @re_path(r"^(?P<year>\d{4})/(?P<month>\d{2})/$")
    def month_route(self, request, year, month):
        year, month = parse_year(year), parse_month(month)
        span = schedule.month_span(year, month)
        occurrences = attach_pages(list(self.occurrences().overlapping(span.start, span.end)), locale_id=self.locale_id)
        previous = date(year, month, 1) - timedelta(days=1)
        following = span.end + timedelta(days=1)
        events = [o for o in occurrences if not o.is_campaign]
        days = [
            {"date": day, "events": [o for o in events if o.start_date == day]}
            for day in sorted({o.start_date for o in events})
        ]
        return self.render(
            request,
            template="pages/campaign_calendar_month.html",
            context_overrides={
                "year": year,
                "month": month,
                "month_label": dates.format_month(year, month),
                "campaigns": [o for o in occurrences if o.is_campaign],
                "event_days": days,
                "event_count": len(events),
                "previous": previous if previous.year >= schedule.MIN_YEAR else None,
                "following": following if following.year <= schedule.MAX_YEAR else None,
                "today": timezone.localdate(),
            },
        )

    @path("past/")
    def past_route(self, request):
        today = timezone.localdate()
        past = self.occurrences().filter(end_date__lt=today).order_by("-start_date", "-start_at", "page_id")
        page_obj = paginate(request, past, PAST_PER_PAGE)
        items = attach_pages(list(page_obj.object_list), locale_id=self.locale_id)
        return self.render(
            request,
            template="pages/campaign_calendar_past.html",
            context_overrides={"page_obj": page_obj, "items": items, "today": today},
        )

    @path("calendar.ics/")
    def feed_route(self, request):
        name = f"{_('No!! Child Sexual Abuse Material')}: {self.title}"
        occurrences = attach_pages(
            list(self.occurrences().in_feed_window(timezone.localdate())), locale_id=self.locale_id
        )
        return ical.respond(request, self, occurrences, name, f"campaigns-{self.locale.language_code}.ics")

    def get_sitemap_urls(self, request=None):
        """The calendar, plus its year and month pages for this year and next."""
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        this_year = timezone.localdate().year
        for year in (this_year, this_year + 1):
            urls.append({"location": f"{base}{year}/"})
            urls.extend({"location": f"{base}{year}/{month:02d}/"} for month in range(1, 13))
        return urls

    def feed_url(self, request=None):
        return f"{self.get_url(request)}calendar.ics"
