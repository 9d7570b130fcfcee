"""Events: a symposium, a forum, a class at a school or an online session, in a campaign or on its own."""

from datetime import date, datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail.search import index

from campaigns import schedule
from campaigns.models.entries import CalendarEntryMixin
from campaigns.models.occurrences import Occurrence
from campaigns.models.pages import CampaignPage
from campaigns.models.snippets import Venue
from core.blocks import BaseStreamBlock
from core.i18n import localized_pk
from core.models import RoutableBasePage


class EventPage(CalendarEntryMixin, RoutableBasePage):
    """An event: a symposium, a forum, a class at a school or an online session. All-day or timed (Japan time)."""

    SYMPOSIUM, FORUM, SCHOOL_CLASS, ONLINE = "symposium", "forum", "school_class", "online"
    TYPE_CHOICES = [
        (SYMPOSIUM, _("Symposium")),
        (FORUM, _("Forum")),
        (SCHOOL_CLASS, _("School class")),
        (ONLINE, _("Online")),
    ]
    AUDIENCE_CHOICES = [
        ("everyone", _("Everyone")),
        ("parents", _("Parents and guardians")),
        ("teachers", _("Teachers and school staff")),
        ("students", _("Students")),
        ("professionals", _("Police, child-welfare and other professionals")),
    ]

    event_type = models.CharField(_("type"), max_length=20, choices=TYPE_CHOICES, default=SYMPOSIUM)
    audience = models.CharField(_("audience"), max_length=20, choices=AUDIENCE_CHOICES, default="everyone")
    introduction = models.TextField(_("introduction"), max_length=600)
    start_date = models.DateField(_("date"))
    end_date = models.DateField(_("last day"), null=True, blank=True, help_text=_("Only for events over several days."))
    start_time = models.TimeField(
        _("starts at"), null=True, blank=True, help_text=_("Japan time. Leave blank for an all-day event.")
    )
    end_time = models.TimeField(_("ends at"), null=True, blank=True, help_text=_("Japan time."))
    venue = models.ForeignKey(
        "campaigns.Venue", verbose_name=_("venue"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    online_url = models.URLField(_("online address"), blank=True, help_text=_("Where to join an online event."))
    registration_url = models.URLField(
        _("registration address"), blank=True, help_text=_("An external page where people sign up.")
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    template = "pages/event_page.html"
    ical_file_name = "event"
    parent_page_types = ["campaigns.CampaignPage", "campaigns.CampaignCalendarPage"]
    subpage_types = []
    page_description = _(
        "An event within a campaign, or on its own in the calendar: a symposium, forum, class or online session."
    )
    editor_guide = _(
        "One event. The date and times (Japan time) are when the event happens and are shown in the calendar; they are not when this page is published. Choose the venue from Organisers and venues → Venues in the sidebar, or give the online address."
    )

    content_panels = [
        *RoutableBasePage.content_panels,
        FieldRowPanel([FieldPanel("event_type"), FieldPanel("audience")]),
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldPanel("online_url"), FieldPanel("registration_url")],
            heading=_("Where and how to join"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [*RoutableBasePage.search_fields, index.SearchField("introduction"), index.SearchField("body")]

    class Meta:
        verbose_name = _("event")

    @path("calendar.ics/")
    def feed_route(self, request):
        self.venue = localized_pk(Venue, self.venue_id, self.locale_id) if self.venue_id else None
        return self.ical_response(request, Occurrence.objects.filter(page_id=self.pk), self.title, attachment=True)

    @property
    def is_all_day(self):
        return self.start_time is None

    @property
    def last_day(self):
        return self.end_date or self.start_date

    def start_datetime(self):
        if self.is_all_day:
            return None
        return timezone.make_aware(datetime.combine(self.start_date, self.start_time), timezone.get_default_timezone())

    def end_datetime(self):
        if self.is_all_day:
            return None
        end_time = self.end_time or (datetime.combine(date.min, self.start_time) + timedelta(hours=1)).time()
        end_day = self.last_day
        if self.end_time is None and end_time < self.start_time:
            end_day += timedelta(days=1)
        return timezone.make_aware(datetime.combine(end_day, end_time), timezone.get_default_timezone())

    def occurrence_rows(self):
        return [
            Occurrence(
                page_id=self.pk,
                kind=Occurrence.EVENT,
                category=self.event_type,
                year=self.start_date.year,
                start_date=self.start_date,
                end_date=self.last_day,
                start_at=self.start_datetime(),
                end_at=self.end_datetime(),
            )
        ]

    def clean(self):
        super().clean()
        errors = {}
        if self.start_date and not schedule.MIN_YEAR <= self.start_date.year <= schedule.MAX_YEAR:
            errors["start_date"] = _("Choose a date between 2000 and 2099.")
        if self.end_date and self.start_date and self.end_date < self.start_date:
            errors["end_date"] = _("The last day is before the first.")
        if self.end_time and not self.start_time:
            errors["start_time"] = _("Give a start time too, or clear the end time for an all-day event.")
        if self.start_time and self.end_time and self.last_day == self.start_date and self.end_time <= self.start_time:
            errors["end_time"] = _("The event ends before it starts.")
        if self.event_type == self.ONLINE and not self.online_url:
            errors["online_url"] = _("Give the address where people join an online event.")
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["calendar"] = self.calendar_page
        parent = self.get_parent().specific
        context["campaign"] = parent if isinstance(parent, CampaignPage) else None
        context["occurrence"] = self.occurrence_rows()[0]
        context["venue"] = localized_pk(Venue, self.venue_id, self.locale_id) if self.venue_id else None
        return context
