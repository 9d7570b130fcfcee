"""Run Wagtail's `publish_scheduled` every minute until stopped, for `make run`.

`make run` starts this beside runserver and stops it when runserver stops, so scheduled pages and
snippets go live (and expire) by themselves while the site runs locally. Production uses a systemd timer
instead (deploy/campaign-publish-scheduled.timer). The loop also stops when the process that started it
goes away, so it never outlives `make run`.
"""

import logging
import os
import signal
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connections
from django.utils import timezone

from wagtail.models import Revision

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Run Wagtail's publish_scheduled every --interval seconds (default 60) until stopped."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=60, help="Seconds between runs (default 60).")
        parser.add_argument(
            "--runs", type=int, default=0, help="Stop after this many runs (default 0: run until stopped)."
        )

    def handle(self, *args, interval, runs, **options):
        self.stopping = False
        previous = {sig: signal.signal(sig, self.stop) for sig in (signal.SIGTERM, signal.SIGINT)}
        try:
            self.loop(interval, runs)
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def loop(self, interval, runs):
        parent = os.getppid()
        interval = max(interval, 1)
        done = 0
        next_run = time.monotonic()
        while not self.stopping:
            if time.monotonic() >= next_run:
                self.run_once()
                done += 1
                if runs and done >= runs:
                    break
                # Keep to the minute: a slow run does not push the next one later.
                while next_run <= time.monotonic():
                    next_run += interval
            if os.getppid() != parent:
                break  # whoever started us has gone: stop too
            time.sleep(min(1.0, max(next_run - time.monotonic(), 0.05)))

    def stop(self, signum, frame):
        self.stopping = True

    def run_once(self):
        try:
            due = Revision.objects.filter(approved_go_live_at__lt=timezone.now()).count()
            call_command("publish_scheduled")
            if due:
                self.stdout.write(f"{timezone.localtime():%H:%M:%S} publish_scheduled: published {due} revision(s)")
        except Exception:  # a locked database or a bad revision must not stop the loop: try again next time
            logger.exception("publish_scheduled failed; trying again at the next run")
        finally:
            # Hold no database connection (or SQLite lock) between runs.
            for connection in connections.all(initialized_only=True):
                if not connection.in_atomic_block:
                    connection.close()
