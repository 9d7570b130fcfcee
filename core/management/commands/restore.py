"""Restore an archive written by `backup` into an empty database, and its media files, then check them."""

import json
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from core.management.commands.backup import FORMAT, content_counts, media_hashes, pg_environment, tool_path


class Command(BaseCommand):
    help = "Restore a backup archive into an empty database (and its media), then check the counts and hashes."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="A .tar.gz written by `manage.py backup`.")

    def handle(self, *args, archive, **options):
        archive = Path(archive)
        if not archive.is_file():
            raise CommandError(f"No such archive: {archive}")
        if connection.introspection.table_names():
            raise CommandError("The database is not empty: restore only into a new, empty database.")
        with tempfile.TemporaryDirectory() as work, tarfile.open(archive, "r:gz") as tar:
            tar.extractall(work, filter="data")
            work = Path(work)
            manifest = json.loads((work / "manifest.json").read_text())
            if manifest.get("format") != FORMAT:
                raise CommandError("This archive was written by an incompatible version of `backup`.")
            if manifest["engine"] != connection.vendor:
                raise CommandError(f"This is a {manifest['engine']} backup; the database is {connection.vendor}.")
            self.load_database(work)
            media = Path(settings.MEDIA_ROOT)
            if (work / "media").is_dir():
                media.mkdir(parents=True, exist_ok=True)
                shutil.copytree(work / "media", media, dirs_exist_ok=True)
        problems = []
        if content_counts() != manifest["counts"]:
            problems.append(f"counts {content_counts()} differ from the backup's {manifest['counts']}")
        restored = media_hashes(settings.MEDIA_ROOT)
        missing = [name for name, digest in manifest["media"].items() if restored.get(name) != digest]
        if missing:
            problems.append(f"{len(missing)} media files are missing or differ, e.g. {missing[0]}")
        if problems:
            raise CommandError("Restored, but: " + "; ".join(problems))
        counts = manifest["counts"]
        self.stdout.write(
            f"Restored {counts['pages']} pages, {counts['revisions']} revisions, {counts['documents']} documents "
            f"and {len(manifest['media'])} media files from {archive}."
        )

    def load_database(self, work):
        if connection.vendor == "sqlite":
            source = sqlite3.connect(work / "database.sqlite3")
            try:
                connection.ensure_connection()
                source.backup(connection.connection)
            finally:
                source.close()
        elif connection.vendor == "postgresql":
            connection.close()
            env = pg_environment()
            result = subprocess.run(  # noqa: S603 - fixed arguments, no shell
                [
                    tool_path("pg_restore"),
                    "--no-owner",
                    "--no-privileges",
                    "--exit-on-error",
                    "--dbname",
                    env["PGDATABASE"],
                    str(work / "database.pgdump"),
                ],
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            if result.returncode != 0:
                raise CommandError(f"pg_restore failed: {result.stderr.strip()}")
        else:
            raise CommandError(f"Backups support SQLite and PostgreSQL, not {connection.vendor}.")
