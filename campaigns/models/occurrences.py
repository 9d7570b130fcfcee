"""When campaigns and events happen: one row per campaign-year or event, rebuilt on every publish,
unpublish and delete (campaigns/signal_handlers.py). The calendar views, the feeds and the home page read
only this table and the pages it points to, so each runs a fixed number of queries."""

from datetime import datetime, time, timedelta

from django.db import models
from django.db.models import Q
from django.utils import timezone

from wagtail.models import PageViewRestriction

FEED_YEARS_BACK = 1
FEED_YEARS_AHEAD = 2


class OccurrenceQuerySet(models.QuerySet):
    def under(self, path):
        """Occurrences of live pages under the tree path `path` (a calendar, a home page) that anyone may see:
        none of a page under a view restriction (a password, signed-in users, groups), wherever the
        restriction is set. One query more, for the restrictions, as Wagtail's PageQuerySet.public() does."""
        occurrences = self.filter(page__path__startswith=path, page__live=True)
        restricted = Q()
        for restricted_path in PageViewRestriction.objects.values_list("page__path", flat=True):
            restricted |= Q(page__path__startswith=restricted_path)
        return occurrences.exclude(restricted) if restricted else occurrences

    def overlapping(self, first, last):
        return self.filter(start_date__lte=last, end_date__gte=first)

    def running_on(self, day):
        return self.filter(cancelled=False, start_date__lte=day, end_date__gte=day)

    def campaigns(self):
        return self.filter(kind=Occurrence.CAMPAIGN)

    def events(self):
        return self.filter(kind=Occurrence.EVENT)

    def in_feed_window(self, today):
        """What calendar feeds carry: every event and one-off campaign, and annual campaign-years from
        last year to two years ahead (campaigns/ical.py)."""
        return self.filter(
            Q(kind=Occurrence.EVENT)
            | Q(category="one_off")
            | Q(year__gte=today.year - FEED_YEARS_BACK, year__lte=today.year + FEED_YEARS_AHEAD)
        )


class Occurrence(models.Model):
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

    objects = OccurrenceQuerySet.as_manager()

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


def next_change(occurrences, now):
    """The next moment a start or an end changes what "running now" shows, or None."""
    today = timezone.localtime(now).date()
    tz = timezone.get_default_timezone()
    moments = []
    for o in occurrences:
        if o.start_at:
            moments += [m for m in (o.start_at, o.end_at) if m and m > now]
        else:
            for day in (o.start_date, o.end_date + timedelta(days=1)):
                if day > today:
                    moments.append(timezone.make_aware(datetime.combine(day, time.min), tz))
    return min(moments, default=None)
