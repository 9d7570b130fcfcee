from django.core.management.base import BaseCommand

from campaigns.models import rebuild_all_occurrences


class Command(BaseCommand):
    help = (
        "Rebuild the campaign occurrences table from the live pages (run daily to move the window of annual campaigns)."
    )

    def handle(self, *args, **options):
        count = rebuild_all_occurrences()
        self.stdout.write(f"Rebuilt {count} occurrences.")
