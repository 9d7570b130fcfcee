"""The campaign calendar: campaigns (recurring months, annual ranges, one-off periods), events, the
organiser and venue snippets, and the occurrences table the calendar views and feeds read."""

import uuid
from datetime import date, datetime, timedelta

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, Orderable, RevisionMixin, TranslatableMixin, WorkflowMixin
from wagtail.search import index

from campaigns import schedule
from campaigns.blocks import RelatedLinkBlock
from core.blocks import BaseStreamBlock
from core.forms import LocalizedChoicesPageForm
from core.models import BasePage

MONTH_CHOICES = list(MONTHS.items())
YEAR_VALIDATORS = [MinValueValidator(schedule.MIN_YEAR), MaxValueValidator(schedule.MAX_YEAR)]
DAY_VALIDATORS = [MinValueValidator(1), MaxValueValidator(31)]


class Organiser(WorkflowMixin, DraftStateMixin, RevisionMixin, TranslatableMixin, index.Indexed, models.Model):
    """A ministry, agency or organisation that runs a campaign. Changes go through the approval workflow."""

    name = models.CharField(_("name"), max_length=200)
    url = models.URLField(_("website"), blank=True)

    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale_id")]
    panels = [FieldPanel("name"), FieldPanel("url")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organiser")
        verbose_name_plural = _("organisers")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Venue(WorkflowMixin, DraftStateMixin, RevisionMixin, TranslatableMixin, index.Indexed, models.Model):
    """Where an event takes place. Changes go through the approval workflow."""

    name = models.CharField(_("name"), max_length=200)
    address = models.CharField(_("address"), max_length=300, blank=True)
    url = models.URLField(_("website"), blank=True)
    access_notes = models.TextField(
        _("access"),
        blank=True,
        help_text=_("Step-free access, hearing loops, the nearest station: what a visitor needs to know."),
    )

    search_fields = [index.SearchField("name"), index.SearchField("address"), index.FilterField("locale_id")]
    panels = [FieldPanel("name"), FieldPanel("address"), FieldPanel("url"), FieldPanel("access_notes")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        ordering = ["name"]

    def __str__(self):
        return self.name


class CalendarEntryMixin(models.Model):
    """What campaigns and events share: a stable iCalendar UID and a sequence that grows on each publish."""

    ical_uid = models.UUIDField(default=uuid.uuid4, editable=False)
    ical_sequence = models.PositiveIntegerField(default=0, editable=False)

    # A copy (or a translation) is a new calendar entry, not the same one.
    exclude_fields_in_copy = ["ical_uid", "ical_sequence"]

    class Meta:
        abstract = True

    def with_content_json(self, content):
        """Revisions never roll the UID or the sequence back: they always come from the live row."""
        obj = super().with_content_json(content)
        obj.ical_uid = self.ical_uid
        obj.ical_sequence = self.ical_sequence
        return obj

    def uid_for(self, year=None):
        domain = getattr(settings, "ICALENDAR_UID_DOMAIN", "campaign.local")
        return f"{self.ical_uid}{f'-{year}' if year else ''}@{domain}"

    @cached_property
    def calendar_page(self):
        return CampaignCalendarPage.objects.ancestor_of(self).live().first()


class CampaignCalendarPage(RoutablePageMixin, BasePage):
    """The calendar of one language, at /<lang>/campaigns/: views by year and month, an archive and feeds."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    template = "pages/campaign_calendar_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["campaigns.CampaignPage", "campaigns.EventPage"]
    max_count_per_parent = 1
    page_description = _(
        "The campaign calendar of one language. Campaigns and events go under it; it lists them by year and "
        "month and publishes a calendar feed schools can subscribe to."
    )
    editor_guide = _(
        "The calendar of one language. Do not type campaigns here: add each campaign and event as a page under this one and the calendar, the month views and the calendar feed list them by themselves."
    )

    content_panels = [*BasePage.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    class Meta:
        verbose_name = _("campaign calendar")

    # Views live in campaigns/views.py; the routes here hand over to them.
    @path("")
    def index_route(self, request):
        from campaigns import views

        return views.calendar_index(request, self)

    @re_path(r"^(?P<year>\d{4})/$")
    def year_route(self, request, year):
        from campaigns import views

        return views.calendar_year(request, self, parse_year(year))

    @re_path(r"^(?P<year>\d{4})/(?P<month>\d{2})/$")
    def month_route(self, request, year, month):
        from campaigns import views

        return views.calendar_month(request, self, parse_year(year), parse_month(month))

    @path("past/")
    def past_route(self, request):
        from campaigns import views

        return views.calendar_past(request, self)

    @path("calendar.ics/")
    def feed_route(self, request):
        from campaigns import feeds

        return feeds.calendar_feed(request, self)

    def occurrences(self):
        return Occurrence.objects.filter(page__path__startswith=self.path, page__live=True).select_related("page")

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


class GoLiveHintPanel(HelpPanel):
    """Under the schedule: when the campaign next starts, and the go-live time that publishes this year's
    changes on its first morning."""

    class BoundPanel(HelpPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            start = self.instance.next_start() if self.instance is not None else None
            if start is None:
                self.content = format_html(
                    "<p>{}</p>",
                    _("Once the schedule is complete, the day this campaign next starts is shown here."),
                )
            else:
                go_live = self.instance.go_live_for(start)
                self.content = format_html(
                    "<p>{}</p>",
                    _(
                        "This campaign next starts on %(date)s. To publish this page's changes that morning, set "
                        "“Go live date/time” to %(go_live)s (Japan time) under Status → “Set schedule”, then submit "
                        "it for approval."
                    )
                    % {
                        "date": date_format(start, "DATE_FORMAT"),
                        "go_live": timezone.localtime(go_live).strftime("%Y-%m-%d %H:%M"),
                    },
                )


class CampaignPageForm(LocalizedChoicesPageForm):
    localized_fields = ("organisers",)


class CampaignPage(RoutablePageMixin, CalendarEntryMixin, BasePage):
    """A campaign: every year in one month, every year over a date range, or once over a date range."""

    SCHEDULE_CHOICES = [
        (schedule.ANNUAL_MONTH, _("Every year, for a whole month")),
        (schedule.ANNUAL_RANGE, _("Every year, between two dates")),
        (schedule.ONE_OFF, _("Once, between two dates")),
    ]

    theme = models.CharField(
        _("theme"), max_length=200, blank=True, help_text=_("This year's slogan or theme, if any.")
    )
    introduction = models.TextField(
        _("introduction"), max_length=600, help_text=_("What the campaign is and who it is for.")
    )
    schedule_kind = models.CharField(
        _("schedule"), max_length=20, choices=SCHEDULE_CHOICES, default=schedule.ANNUAL_MONTH
    )
    month = models.PositiveSmallIntegerField(_("month"), choices=MONTH_CHOICES, null=True, blank=True)
    range_start_month = models.PositiveSmallIntegerField(_("from month"), choices=MONTH_CHOICES, null=True, blank=True)
    range_start_day = models.PositiveSmallIntegerField(_("from day"), null=True, blank=True, validators=DAY_VALIDATORS)
    range_end_month = models.PositiveSmallIntegerField(_("to month"), choices=MONTH_CHOICES, null=True, blank=True)
    range_end_day = models.PositiveSmallIntegerField(_("to day"), null=True, blank=True, validators=DAY_VALIDATORS)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True, help_text=_("The last day, inclusive."))
    first_year = models.PositiveSmallIntegerField(
        _("first year"), null=True, blank=True, validators=YEAR_VALIDATORS, help_text=_("The first year it runs.")
    )
    last_year = models.PositiveSmallIntegerField(
        _("last year"),
        null=True,
        blank=True,
        validators=YEAR_VALIDATORS,
        help_text=_("Leave blank if it runs every year."),
    )
    organisers = ParentalManyToManyField("campaigns.Organiser", blank=True, verbose_name=_("organisers"))
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))
    related_links = StreamField(
        [("link", RelatedLinkBlock())],
        blank=True,
        verbose_name=_("related materials and helplines"),
    )

    template = "pages/campaign_page.html"
    base_form_class = CampaignPageForm
    parent_page_types = ["campaigns.CampaignCalendarPage"]
    subpage_types = ["campaigns.EventPage"]
    page_description = _(
        "A campaign month or period, such as Child Abuse Prevention Month every November. Events can go under it."
    )
    editor_guide = _(
        "One campaign month or period. The Schedule says when the campaign runs: it fills the calendar, the feed and “running now” on the home page, and it is not when this page is published. To publish this year's changes on the first day of the campaign, set “Go live date/time” to 00:00 on that day (Japan time) under Status → “Set schedule”, then submit it for approval."
    )

    schedule_panels = [
        HelpPanel(
            content=_(
                "Fill in the fields for the schedule you choose: the month; or the from and to dates (a range "
                "that ends before it starts, such as 20 December to 10 January, runs over the new year); or "
                "the start and end dates of a one-off period."
            )
        ),
        FieldPanel("schedule_kind"),
        FieldPanel("month"),
        FieldRowPanel([FieldPanel("range_start_month"), FieldPanel("range_start_day")], heading=_("From")),
        FieldRowPanel([FieldPanel("range_end_month"), FieldPanel("range_end_day")], heading=_("To")),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("One-off dates")),
        FieldRowPanel([FieldPanel("first_year"), FieldPanel("last_year")], heading=_("Years")),
        GoLiveHintPanel(),
    ]
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("theme"),
        FieldPanel("introduction"),
        MultiFieldPanel(schedule_panels, heading=_("Schedule")),
        InlinePanel("year_overrides", heading=_("Changes in a given year"), label=_("change")),
        FieldPanel("organisers", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
        FieldPanel("related_links"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("theme"),
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("campaign")

    @path("calendar.ics/")
    def feed_route(self, request):
        from campaigns import feeds

        return feeds.campaign_feed(request, self)

    def get_schedule(self):
        return schedule.Schedule(
            kind=self.schedule_kind,
            month=self.month,
            start_month=self.range_start_month,
            start_day=self.range_start_day,
            end_month=self.range_end_month,
            end_day=self.range_end_day,
            start_date=self.start_date,
            end_date=self.end_date,
            first_year=self.first_year,
            last_year=self.last_year,
        )

    def get_overrides(self):
        return [
            schedule.Override(year=o.year, cancelled=o.cancelled, start=o.start_date, end=o.end_date, note=o.note)
            for o in self.year_overrides.all()
        ]

    def next_start(self, today=None):
        """The first day of the next period that has not started yet (cancelled years skipped), or None."""
        today = today or timezone.localdate()
        try:
            occurrences = self.get_schedule().occurrences(self.get_overrides(), until_year=today.year + 2)
        except (TypeError, ValueError):
            return None  # an incomplete schedule
        return min((o.span.start for o in occurrences if not o.cancelled and o.span.start >= today), default=None)

    @staticmethod
    def go_live_for(day):
        """00:00 Japan time (the site's time zone) on `day`: when changes for a period starting that day go live."""
        return timezone.make_aware(datetime.combine(day, datetime.min.time()))

    def clean(self):
        super().clean()
        errors = {}
        kind = self.schedule_kind
        required = {
            schedule.ANNUAL_MONTH: ["month", "first_year"],
            schedule.ANNUAL_RANGE: [
                "range_start_month",
                "range_start_day",
                "range_end_month",
                "range_end_day",
                "first_year",
            ],
            schedule.ONE_OFF: ["start_date", "end_date"],
        }[kind]
        for name in required:
            if getattr(self, name) in (None, ""):
                errors[name] = _("Needed for this schedule.")
        if kind == schedule.ANNUAL_RANGE and not errors:
            for month_field, day_field in (
                ("range_start_month", "range_start_day"),
                ("range_end_month", "range_end_day"),
            ):
                month, day = getattr(self, month_field), getattr(self, day_field)
                if day > (29 if month == 2 else schedule.month_span(2001, month).end.day):
                    errors[day_field] = _("That month has no such day.")
            if (self.range_start_month, self.range_start_day) == (self.range_end_month, self.range_end_day):
                errors["range_end_day"] = _("A range ends on a different day from the one it starts on.")
        if kind == schedule.ONE_OFF and self.start_date and self.end_date:
            if self.end_date < self.start_date:
                errors["end_date"] = _("The end date is before the start date.")
            if not schedule.MIN_YEAR <= self.start_date.year <= schedule.MAX_YEAR:
                errors["start_date"] = _("Choose a date between 2000 and 2099.")
        if self.first_year and self.last_year and self.last_year < self.first_year:
            errors["last_year"] = _("The last year is before the first year.")
        if errors:
            raise ValidationError(errors)
        if kind == schedule.ONE_OFF:
            # A one-off period runs in the years of its dates.
            self.first_year, self.last_year = self.start_date.year, self.end_date.year

    def localized_organisers(self):
        """The organisers in this page's language (one query), falling back to the chosen ones."""
        chosen = list(self.organisers.all())
        if not chosen:
            return []
        translated = {
            o.translation_key: o
            for o in Organiser.objects.filter(
                translation_key__in=[o.translation_key for o in chosen], locale_id=self.locale_id, live=True
            )
        }
        return [translated.get(o.translation_key, o) for o in chosen if o.live]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from campaigns.occurrences import build_occurrences

        today = timezone.localdate()
        # Computed from the page itself, so previews of drafts show their dates too.
        occurrences = sorted(build_occurrences(self), key=lambda o: o.start_date)
        context["today"] = today
        context["current_occurrence"] = next((o for o in occurrences if o.end_date >= today and not o.cancelled), None)
        context["recent_occurrences"] = [o for o in occurrences if today.year - 1 <= o.year <= today.year + 2]
        context["organisers"] = self.localized_organisers()
        context["events"] = (
            Occurrence.objects.filter(page__path__startswith=self.path, kind=Occurrence.EVENT, page__live=True)
            .exclude(page_id=self.pk)
            .select_related("page")
            .order_by("start_date", "start_at")
        )
        context["calendar"] = self.calendar_page
        return context


class CampaignYearOverride(Orderable):
    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="year_overrides")
    year = models.PositiveSmallIntegerField(_("year"), validators=YEAR_VALIDATORS)
    cancelled = models.BooleanField(_("cancelled this year"), default=False)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    note = models.CharField(
        _("note"), max_length=200, blank=True, help_text=_("Shown to readers, e.g. why the dates changed.")
    )

    panels = [
        FieldPanel("year"),
        FieldPanel("cancelled"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("change in a given year")
        constraints = [models.UniqueConstraint(fields=["page", "year"], name="unique_campaign_year_override")]

    def clean(self):
        super().clean()
        if self.cancelled:
            return
        errors = {}
        if not self.start_date:
            errors["start_date"] = _("Give the dates for this year, or tick cancelled.")
        if not self.end_date:
            errors["end_date"] = _("Give the dates for this year, or tick cancelled.")
        if not errors and self.end_date < self.start_date:
            errors["end_date"] = _("The end date is before the start date.")
        if not errors and self.year and self.start_date.year != self.year:
            errors["start_date"] = _("The dates must start in the year they change.")
        if errors:
            raise ValidationError(errors)


class EventPage(RoutablePageMixin, CalendarEntryMixin, BasePage):
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
    parent_page_types = ["campaigns.CampaignPage", "campaigns.CampaignCalendarPage"]
    subpage_types = []
    page_description = _(
        "An event within a campaign, or on its own in the calendar: a symposium, forum, class or online session."
    )
    editor_guide = _(
        "One event. The date and times (Japan time) are when the event happens and are shown in the calendar; they are not when this page is published. Choose the venue from Snippets → Venues, or give the online address."
    )

    content_panels = [
        *BasePage.content_panels,
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
    search_fields = [*BasePage.search_fields, index.SearchField("introduction"), index.SearchField("body")]

    class Meta:
        verbose_name = _("event")

    @path("calendar.ics/")
    def feed_route(self, request):
        from campaigns import feeds

        return feeds.event_feed(request, self)

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
        from campaigns.occurrences import build_occurrences

        context["calendar"] = self.calendar_page
        parent = self.get_parent().specific
        context["campaign"] = parent if isinstance(parent, CampaignPage) else None
        context["occurrence"] = build_occurrences(self)[0]
        context["venue"] = self.localized_venue()
        return context

    def localized_venue(self):
        """The venue in this page's language (one query), falling back to the chosen one."""
        if not self.venue_id:
            return None
        chosen = Venue.objects.filter(pk=self.venue_id).values("translation_key")
        venues = {v.locale_id: v for v in Venue.objects.filter(translation_key__in=chosen, live=True)}
        return venues.get(self.locale_id) or next(iter(venues.values()), None)


class Occurrence(models.Model):
    """When campaigns and events happen, one row per campaign-year or event, rebuilt on every publish,
    unpublish and delete. The calendar views and feeds read only this table (and the pages it points to)."""

    CAMPAIGN, EVENT = "campaign", "event"

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="campaign_occurrences")
    kind = models.CharField(max_length=10, choices=[(CAMPAIGN, "campaign"), (EVENT, "event")])
    category = models.CharField(max_length=20, help_text="The schedule kind of a campaign, or the type of an event.")
    year = models.PositiveSmallIntegerField()
    start_date = models.DateField()
    end_date = models.DateField(help_text="Inclusive.")
    start_at = models.DateTimeField(null=True, blank=True)
    end_at = models.DateTimeField(null=True, blank=True)
    cancelled = models.BooleanField(default=False)
    overridden = models.BooleanField(default=False)
    note = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["start_date", "start_at", "page_id"]
        indexes = [
            models.Index(fields=["start_date", "end_date"], name="occurrence_dates"),
            models.Index(fields=["end_date"], name="occurrence_end"),
        ]
        constraints = [models.UniqueConstraint(fields=["page", "year", "start_date"], name="unique_occurrence")]

    def __str__(self):
        return f"{self.page_id} {self.start_date}–{self.end_date}"

    @property
    def is_all_day(self):
        return self.start_at is None

    @property
    def is_campaign(self):
        return self.kind == self.CAMPAIGN

    @property
    def is_multi_day(self):
        return self.end_date != self.start_date

    def is_running(self, today):
        return not self.cancelled and self.start_date <= today <= self.end_date
