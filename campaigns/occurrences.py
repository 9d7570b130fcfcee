"""Keep the occurrences table in step with the pages: rebuilt on publish and unpublish, deleted with the page."""

from django.db import transaction
from django.db.models import F
from django.utils import timezone

# Open-ended annual campaigns are expanded this many years ahead. `manage.py rebuild_occurrences`
# (run daily, see deploy/) keeps the window moving.
YEARS_AHEAD = 10


def build_occurrences(page):
    """The Occurrence rows for a live campaign or event page (unsaved)."""
    from campaigns.models import CampaignPage, EventPage, Occurrence

    if isinstance(page, CampaignPage):
        until = timezone.localdate().year + YEARS_AHEAD
        try:
            years = page.get_schedule().occurrences(page.get_overrides(), until_year=until)
        except (TypeError, ValueError):
            return []  # an incomplete schedule (a draft saved without dates) has no occurrences
        return [
            Occurrence(
                page_id=page.pk,
                kind=Occurrence.CAMPAIGN,
                category=page.schedule_kind,
                year=item.year,
                start_date=item.span.start,
                end_date=item.span.end,
                cancelled=item.cancelled,
                overridden=item.overridden,
                note=item.note,
            )
            for item in years
        ]
    if isinstance(page, EventPage):
        return [
            Occurrence(
                page_id=page.pk,
                kind=Occurrence.EVENT,
                category=page.event_type,
                year=page.start_date.year,
                start_date=page.start_date,
                end_date=page.last_day,
                start_at=page.start_datetime(),
                end_at=page.end_datetime(),
            )
        ]
    return []


@transaction.atomic
def rebuild_for_page(page):
    from campaigns.models import Occurrence

    page = page.specific
    Occurrence.objects.filter(page_id=page.pk).delete()
    if page.live:
        Occurrence.objects.bulk_create(build_occurrences(page))


def rebuild_all():
    from campaigns.models import CampaignPage, EventPage, Occurrence

    with transaction.atomic():
        Occurrence.objects.all().delete()
        rows = []
        for page in CampaignPage.objects.live().prefetch_related("year_overrides"):
            rows.extend(build_occurrences(page))
        for page in EventPage.objects.live():
            rows.extend(build_occurrences(page))
        Occurrence.objects.bulk_create(rows)
    return len(rows)


def bump_sequence(page):
    """RFC 5545: a new SEQUENCE on every publish, so calendar clients take the change."""
    type(page).objects.filter(pk=page.pk).update(ical_sequence=F("ical_sequence") + 1)
    page.ical_sequence += 1


# Signal handlers, connected in CampaignsConfig.ready()


def on_published(sender, instance, **kwargs):
    bump_sequence(instance)
    rebuild_for_page(instance)


def on_unpublished(sender, instance, **kwargs):
    rebuild_for_page(instance)


def register_signals():
    from wagtail.signals import page_published, page_unpublished

    from campaigns.models import CampaignPage, EventPage

    for model in (CampaignPage, EventPage):
        page_published.connect(on_published, sender=model, dispatch_uid=f"occurrences-published-{model.__name__}")
        page_unpublished.connect(on_unpublished, sender=model, dispatch_uid=f"occurrences-unpublished-{model.__name__}")
    # Deleting a page deletes its occurrences through the foreign key (CASCADE); moving a page needs
    # nothing, because the views find occurrences through the page's current path.
