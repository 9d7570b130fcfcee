"""Occurrences with their pages, for the calendar's listings and feed and the home page."""

from django.db import transaction

from campaigns.models.events import EventPage
from campaigns.models.occurrences import Occurrence
from campaigns.models.pages import CampaignPage
from core.i18n import localized


def attach_pages(occurrences, locale_id):
    """Give each occurrence `.item`: its campaign or event page, with the event's venue in `locale_id`.
    Two or three queries, whatever the number of occurrences. Returns `occurrences`."""
    campaign_ids = {o.page_id for o in occurrences if o.kind == Occurrence.CAMPAIGN}
    event_ids = {o.page_id for o in occurrences if o.kind == Occurrence.EVENT}
    pages = {}
    if campaign_ids:
        pages.update(CampaignPage.objects.filter(pk__in=campaign_ids).defer_streamfields().in_bulk())
    if event_ids:
        events = EventPage.objects.filter(pk__in=event_ids).defer_streamfields().select_related("venue").in_bulk()
        venues = localized([event.venue for event in events.values()], locale_id)
        for event, venue in zip(events.values(), venues, strict=True):
            event.venue = venue
        pages.update(events)
    for occurrence in occurrences:
        occurrence.item = pages.get(occurrence.page_id)
    return occurrences


def rebuild_all_occurrences():
    """The whole occurrences table from the live pages (`manage.py rebuild_occurrences`, daily)."""
    with transaction.atomic():
        Occurrence.objects.all().delete()
        rows = []
        for page in CampaignPage.objects.live().prefetch_related("year_overrides"):
            rows.extend(page.occurrence_rows())
        for page in EventPage.objects.live():
            rows.extend(page.occurrence_rows())
        Occurrence.objects.bulk_create(rows)
    return len(rows)
