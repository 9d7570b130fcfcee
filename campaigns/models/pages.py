"""Campaigns: every year in a month, every year over a range of days, or once; with their per-year changes."""

from datetime import date, datetime

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from campaigns import schedule
from campaigns.blocks import RelatedLinkBlock
from campaigns.models.entries import CalendarEntryMixin
from campaigns.models.occurrences import Occurrence
from campaigns.panels import RULES_CONTROLLER, GoLiveHintPanel, OverlapWarningPanel, shown_for
from core import dates
from core.blocks import BaseStreamBlock
from core.forms import LocalizedChoicesPageForm
from core.i18n import localized
from core.models import RoutableBasePage

MONTH_CHOICES = list(MONTHS.items())
YEAR_VALIDATORS = [MinValueValidator(schedule.MIN_YEAR), MaxValueValidator(schedule.MAX_YEAR)]
DAY_VALIDATORS = [MinValueValidator(1), MaxValueValidator(31)]
# Open-ended annual campaigns are expanded this many years ahead. `manage.py rebuild_occurrences`
# (run daily, see deploy/) keeps the window moving.
YEARS_AHEAD = 10


class CampaignPageForm(LocalizedChoicesPageForm):
    localized_fields = ("organisers",)


class CampaignPage(CalendarEntryMixin, RoutableBasePage):
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
    ical_file_name = "campaign"
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
        # With scripts on, only the chosen schedule's fields show (Wagtail's w-rules); without, all do.
        FieldPanel("month", attrs=shown_for(schedule.ANNUAL_MONTH)),
        FieldRowPanel(
            [FieldPanel("range_start_month"), FieldPanel("range_start_day")],
            heading=_("From"),
            attrs=shown_for(schedule.ANNUAL_RANGE),
        ),
        FieldRowPanel(
            [FieldPanel("range_end_month"), FieldPanel("range_end_day")],
            heading=_("To"),
            attrs=shown_for(schedule.ANNUAL_RANGE),
        ),
        FieldRowPanel(
            [FieldPanel("start_date"), FieldPanel("end_date")],
            heading=_("One-off dates"),
            attrs=shown_for(schedule.ONE_OFF),
        ),
        FieldRowPanel(
            [FieldPanel("first_year"), FieldPanel("last_year")],
            heading=_("Years"),
            attrs=shown_for(schedule.ANNUAL_MONTH, schedule.ANNUAL_RANGE),
        ),
        OverlapWarningPanel(),
        GoLiveHintPanel(),
    ]
    content_panels = [
        *RoutableBasePage.content_panels,
        FieldPanel("theme"),
        FieldPanel("introduction"),
        MultiFieldPanel(schedule_panels, heading=_("Schedule"), attrs=RULES_CONTROLLER),
        InlinePanel("year_overrides", heading=_("Changes in a given year"), label=_("change")),
        FieldPanel("organisers", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
        FieldPanel("related_links"),
    ]
    search_fields = [
        *RoutableBasePage.search_fields,
        index.SearchField("theme"),
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("campaign")

    @path("calendar.ics/")
    def feed_route(self, request):
        occurrences = Occurrence.objects.filter(page_id=self.pk).in_feed_window(timezone.localdate())
        return self.ical_response(request, occurrences, self.title)

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

    def occurrence_rows(self):
        until = timezone.localdate().year + YEARS_AHEAD
        try:
            years = self.get_schedule().occurrences(self.get_overrides(), until_year=until)
        except (TypeError, ValueError):
            return []  # an incomplete schedule (a draft saved without dates) has no occurrences
        return [
            Occurrence(
                page_id=self.pk,
                kind=Occurrence.CAMPAIGN,
                category=self.schedule_kind,
                year=item.year,
                start_date=item.span.start,
                end_date=item.span.end,
                cancelled=item.cancelled,
                overridden=item.overridden,
                note=item.note,
            )
            for item in years
        ]

    def next_start(self, today=None):
        """The first day of the next period that has not started yet (cancelled years skipped), or None."""
        today = today or timezone.localdate()
        try:
            occurrences = self.get_schedule().occurrences(self.get_overrides(), until_year=today.year + 2)
        except (TypeError, ValueError):
            return None  # an incomplete schedule
        return min((o.span.start for o in occurrences if not o.cancelled and o.span.start >= today), default=None)

    def _upcoming_spans(self, today, until):
        try:
            occurrences = self.get_schedule().occurrences(self.get_overrides(), until_year=until)
        except (TypeError, ValueError):
            return []  # an incomplete schedule
        return [o.span for o in occurrences if not o.cancelled and o.span.end >= today]

    def overlapping_campaigns(self, today=None):
        """Other campaigns of the same kind in this language whose dates meet this one's in the next two
        years, as [(campaign, span)]: an editor adding one that exists already is warned."""
        today = today or timezone.localdate()
        mine = self._upcoming_spans(today, today.year + 2)
        if not mine or self.locale_id is None:
            return []
        others = (
            CampaignPage.objects.filter(locale_id=self.locale_id, schedule_kind=self.schedule_kind)
            .exclude(pk=self.pk)
            .prefetch_related("year_overrides")
            .order_by("path")
        )
        found = []
        for other in others:
            span = next(
                (
                    s
                    for s in other._upcoming_spans(today, today.year + 2)
                    if any(m.overlaps(s.start, s.end) for m in mine)
                ),
                None,
            )
            if span is not None:
                found.append((other, span))
        return found

    @staticmethod
    def go_live_for(day):
        """00:00 Japan time (the site's time zone) on `day`: when changes for a period starting that day go live."""
        return timezone.make_aware(datetime.combine(day, datetime.min.time()))

    @property
    def schedule_description(self):
        """How the campaign recurs, in a sentence: "Every November", 「毎年11月12日〜25日」."""
        if self.schedule_kind == schedule.ANNUAL_MONTH and self.month:
            return pgettext("a campaign's schedule", "Every %(month)s") % {"month": dates.month_name(self.month)}
        if self.schedule_kind == schedule.ANNUAL_RANGE and self.range_start_month and self.range_end_month:
            start = date(dates.ANY_YEAR, self.range_start_month, self.range_start_day)
            end = date(dates.ANY_YEAR, self.range_end_month, self.range_end_day)
            span = dates.format_span(start, end, with_year=False)
            return pgettext("a campaign's schedule", "Every year, %(days)s") % {"days": span}
        if self.start_date and self.end_date:
            return dates.format_span(self.start_date, self.end_date)
        return ""

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

    def get_context(self, request, *args, **kwargs):
        """The campaign's dates now and in recent years (from the page itself, so previews of drafts show
        theirs), its organisers in the page's language, and its events."""
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        occurrences = sorted(self.occurrence_rows(), key=lambda o: o.start_date)
        context["today"] = today
        context["current_occurrence"] = next((o for o in occurrences if o.end_date >= today and not o.cancelled), None)
        context["recent_occurrences"] = [o for o in occurrences if today.year - 1 <= o.year <= today.year + 2]
        context["organisers"] = [o for o in localized(self.organisers.all(), self.locale_id) if o is not None]
        context["events"] = (
            Occurrence.objects.under(self.path)
            .events()
            .exclude(page_id=self.pk)
            .select_related("page")
            .order_by("start_date", "start_at")
        )
        context["calendar"] = self.calendar_page
        context["materials"] = self.materials()
        return context

    def materials(self):
        """The live materials for this campaign in the page's language (a material names the campaign in any
        language: wagtail-localize keeps a translation's page link pointing at the source)."""
        material_model = Page._meta.get_field("campaign_materials").related_model  # no import of materials
        return (
            material_model.objects.live()
            .filter(locale_id=self.locale_id, campaign__translation_key=self.translation_key)
            .order_by("title")
            .only("id", "title", "url_path", "locale_id", "depth", "path")
        )


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
