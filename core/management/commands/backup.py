"""Write one timestamped archive of the database and the media files.

The database goes in as the database's own backup format: SQLite's online backup (a consistent copy
while the site runs) or `pg_dump --format=custom`. The manifest records what `restore` checks afterwards:
page and revision counts, and a SHA-256 hash of every stored file.
"""

import datetime
import hashlib
import io
import json
import os
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from wagtail.documents import get_document_model
from wagtail.models import Page, Revision

FORMAT = 1


def media_hashes(root):
    root = Path(root)
    hashes = {}
    if root.is_dir():
        for path in sorted(root.rglob("*")):
            if path.is_file():
                hashes[path.relative_to(root).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return hashes


def content_counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "documents": get_document_model().objects.count(),
    }


def tool_path(name):
    """The full path of a PostgreSQL client program (pg_dump, pg_restore)."""
    import shutil

    path = shutil.which(name)
    if path is None:
        raise CommandError(f"{name} is not installed (Debian: apt-get install postgresql-client).")
    return path


def pg_environment():
    """libpq environment variables for the default database (no password on the command line)."""
    db = settings.DATABASES["default"]
    env = {**os.environ}
    for key, name in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"), ("PASSWORD", "PGPASSWORD")):
        if db.get(key):
            env[name] = str(db[key])
    env["PGDATABASE"] = str(db["NAME"])
    return env


class Command(BaseCommand):
    help = "Write a timestamped archive (.tar.gz) of the database and media; restore it with `restore`."

    def add_arguments(self, parser):
        parser.add_argument("--output-dir", default="backups", help="Where to write the archive (default: backups/).")

    def handle(self, *args, output_dir, **options):
        output = Path(output_dir)
        output.mkdir(parents=True, exist_ok=True)
        stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d-%H%M%S")
        archive = output / f"campaign-{stamp}.tar.gz"
        with tempfile.TemporaryDirectory() as work:
            database_file = Path(work) / ("database.sqlite3" if connection.vendor == "sqlite" else "database.pgdump")
            self.dump_database(database_file)
            manifest = {
                "format": FORMAT,
                "created": stamp,
                "engine": connection.vendor,
                "counts": content_counts(),
                "media": media_hashes(settings.MEDIA_ROOT),
            }
            with tarfile.open(archive, "w:gz") as tar:
                tar.add(database_file, arcname=database_file.name)
                if Path(settings.MEDIA_ROOT).is_dir():
                    tar.add(settings.MEDIA_ROOT, arcname="media")
                data = json.dumps(manifest, indent=2).encode()
                info = tarfile.TarInfo("manifest.json")
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
        self.stdout.write(str(archive))

    def dump_database(self, target):
        if connection.vendor == "sqlite":
            connection.ensure_connection()
            destination = sqlite3.connect(target)
            try:
                connection.connection.backup(destination)
            finally:
                destination.close()
        elif connection.vendor == "postgresql":
            result = subprocess.run(  # noqa: S603 - fixed arguments, no shell
                [tool_path("pg_dump"), "--format=custom", "--no-owner", "--no-privileges", "--file", str(target)],
                env=pg_environment(),
                capture_output=True,
                text=True,
                check=False,
            )
            if result.returncode != 0:
                raise CommandError(f"pg_dump failed: {result.stderr.strip()}")
        else:
            raise CommandError(f"Backups support SQLite and PostgreSQL, not {connection.vendor}.")
