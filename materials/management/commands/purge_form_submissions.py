from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission

from materials.models import SchoolRequestPage


class Command(BaseCommand):
    help = "Delete school request submissions older than the retention period (FORM_SUBMISSION_RETENTION_DAYS)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Override the retention period, in days.")

    def handle(self, *args, days=None, **options):
        days = settings.FORM_SUBMISSION_RETENTION_DAYS if days is None else days
        if days < 1:
            raise CommandError("The retention period must be at least one day.")
        cutoff = timezone.now() - timedelta(days=days)
        pages = SchoolRequestPage.objects.values("pk")
        deleted, _detail = FormSubmission.objects.filter(page__in=pages, submit_time__lt=cutoff).delete()
        self.stdout.write(f"Deleted {deleted} school request submissions older than {days} days.")
