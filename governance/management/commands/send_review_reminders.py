"""Email each page owner the guidance and materials they own that are due (or overdue) for review. Runs daily.

One email per person, listing all their pages, so a daily run does not flood anyone. Pages whose owner
has no email address, or is no longer active, go to REVIEW_REMINDER_FALLBACK_EMAIL.
"""

from collections import defaultdict

from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.urls import reverse
from django.utils import timezone, translation

from core.review import content_due_for_review, review_contact


class Command(BaseCommand):
    help = "Email page owners the guidance and materials that are due or overdue for review (run daily)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="List who would be emailed; send nothing.")

    def handle(self, *args, dry_run=False, **options):
        today = timezone.localdate()
        by_contact = defaultdict(list)
        unassigned = []
        for page in content_due_for_review(today):
            contact = review_contact(page)
            if contact:
                by_contact[contact].append(page)
            else:
                unassigned.append(page)

        base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        sent = 0
        for contact, pages in sorted(by_contact.items()):
            lines = []
            for page in pages:
                days = (page.next_review - today).days
                when = f"overdue by {-days} days" if days < 0 else ("due today" if days == 0 else f"due in {days} days")
                lines.append(
                    f"- {page.title} ({page._meta.verbose_name_raw}) [{page.locale.language_code}] "
                    f"({when}: {page.next_review.isoformat()})\n"
                    f"  {base_url}{reverse('wagtailadmin_pages:edit', args=[page.pk])}"
                )
            body = (
                "These pages are due for review. Check the facts, numbers and links, then set "
                "'Last reviewed' and 'Next review due' under Review and submit the page for approval.\n\n"
                + "\n".join(lines)
                + "\n\nThis reminder is sent daily until the review dates are updated."
            )
            subject = f"Content due for review: {len(pages)} page{'s' if len(pages) != 1 else ''}"
            if dry_run:
                self.stdout.write(f"Would email {contact}: {len(pages)} page(s)")
            else:
                with translation.override("en"):
                    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [contact])
                sent += 1
        for page in unassigned:
            self.stderr.write(
                f"No one to remind for '{page.title}' (page {page.pk}): give it an owner with an email address, "
                "or set REVIEW_REMINDER_FALLBACK_EMAIL."
            )
        verb = "Would send" if dry_run else "Sent"
        self.stdout.write(f"{verb} {len(by_contact) if dry_run else sent} reminder email(s).")
