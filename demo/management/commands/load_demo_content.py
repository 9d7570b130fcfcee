from django.core.management.base import BaseCommand, CommandError

from demo.builders import Report
from demo.content import campaigns as campaigns_demo
from demo.content import figures as figures_demo
from demo.content import guidance as guidance_demo
from demo.content import help as help_demo
from demo.content import home as home_demo
from demo.content import materials as materials_demo
from demo.content import news as news_demo
from demo.content import search as search_demo

# Each app contributes its own part, in this order: guidance links helplines and materials, so it comes
# after them; home_demo.finish puts About last in the menu once every section exists.
LOADERS = [
    home_demo.load,
    campaigns_demo.load,
    materials_demo.load,
    help_demo.load,
    materials_demo.load_printables,
    guidance_demo.load,
    help_demo.load_step_by_step,
    guidance_demo.load_easy_versions,
    figures_demo.load,
    news_demo.load,
    search_demo.load,
    home_demo.finish,
]


class Command(BaseCommand):
    help = "Build the demo site in Japanese and English. Idempotent: a second run creates nothing."

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=int,
            default=1,
            help="Multiply generated listing content by N, for benchmarks (default 1: the demo content only).",
        )

    def handle(self, *args, scale, **options):
        if scale < 1 or scale > 1000:
            raise CommandError("--scale must be between 1 and 1000.")
        report = Report(self.stdout if options["verbosity"] > 1 else None)
        for loader in LOADERS:
            loader(report, scale=scale)
        if report.created:
            self.stdout.write(self.style.SUCCESS(f"Demo content: {report.created} additions or changes."))
        else:
            self.stdout.write("Demo content: already loaded, nothing changed.")
