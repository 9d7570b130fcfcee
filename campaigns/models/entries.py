"""What campaigns and events share as calendar entries."""

import uuid

from django.apps import apps
from django.conf import settings
from django.db import models, transaction
from django.db.models import F
from django.utils.functional import cached_property
from django.utils.text import slugify

from campaigns import ical
from campaigns.models.occurrences import Occurrence


class CalendarEntryMixin(models.Model):
    """What campaigns and events share: a stable iCalendar UID, a sequence that grows on each publish, and
    their rows in the occurrences table."""

    ical_uid = models.UUIDField(default=uuid.uuid4, editable=False)
    ical_sequence = models.PositiveIntegerField(default=0, editable=False)

    # A copy (or a translation) is a new calendar entry, not the same one.
    exclude_fields_in_copy = ["ical_uid", "ical_sequence"]
    ical_file_name = "entry"  # the .ics file's name when the slug has no ASCII letters

    class Meta:
        abstract = True

    def with_content_json(self, content):
        """Revisions never roll the UID or the sequence back: they always come from the live row."""
        obj = super().with_content_json(content)
        obj.ical_uid = self.ical_uid
        obj.ical_sequence = self.ical_sequence
        return obj

    def uid_for(self, year=None):
        return f"{self.ical_uid}{f'-{year}' if year else ''}@{settings.ICALENDAR_UID_DOMAIN}"

    @cached_property
    def calendar_page(self):
        calendar_model = apps.get_model("campaigns", "CampaignCalendarPage")  # calendar.py imports this module
        return calendar_model.objects.ancestor_of(self).live().first()

    def occurrence_rows(self):
        """The Occurrence rows of this page as it is now (unsaved): a draft's own dates in its preview."""
        raise NotImplementedError

    @transaction.atomic
    def rebuild_occurrences(self):
        Occurrence.objects.filter(page_id=self.pk).delete()
        if self.live:
            Occurrence.objects.bulk_create(self.occurrence_rows())

    def bump_sequence(self):
        """RFC 5545: a new SEQUENCE on every publish, so calendar clients take the change."""
        type(self).objects.filter(pk=self.pk).update(ical_sequence=F("ical_sequence") + 1)
        self.ical_sequence += 1

    def ical_response(self, request, occurrences, name, attachment=False):
        """This page's own entries as an iCalendar file, in the page's language."""
        occurrences = list(occurrences)
        for occurrence in occurrences:
            occurrence.item = self
        filename = f"{slugify(self.slug) or self.ical_file_name}.ics"
        return ical.respond(request, self, occurrences, name, filename, attachment=attachment)
