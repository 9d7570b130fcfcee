"""Write one timestamped archive of the database and the media files.

The database goes in as the database's own backup format: SQLite's online backup (a consistent copy
while the site runs) or `pg_dump --format=custom`. The manifest records what `restore` checks afterwards:
page and revision counts, and a SHA-256 hash of every stored file.

The archive is created 0600 in a 0700 folder, and holds no secret that signs anyone in: the rows of
SECRET_TABLES (sessions, sign-in attempts, authenticator secrets and recovery codes) are left out, so after
a restore every editor signs in again and sets up their authenticator app again (docs/deployment.md).
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


# Tables whose rows a backup never holds: live sessions (cookies that have passed the second factor),
# sign-in attempt records, and the second-factor secrets and recovery codes. Their tables are kept, empty:
# after a restore everyone signs in again and sets up their authenticator app again.
SECRET_TABLES = (
    "django_session",
    "axes_accessattempt",
    "axes_accessattemptexpiration",
    "axes_accessfailurelog",
    "axes_accesslog",
    "otp_totp_totpdevice",
    "otp_static_staticdevice",
    "otp_static_statictoken",
)


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
        output.mkdir(mode=0o700, parents=True, exist_ok=True)
        output.chmod(0o700)  # only the owner may list or read the archives
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
            # Created 0600 before a byte is written: never readable by anyone else, not even while it is written.
            descriptor = os.open(archive, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "wb") as file, tarfile.open(fileobj=file, mode="w:gz") as tar:
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
                present = {row[0] for row in destination.execute("SELECT name FROM sqlite_master WHERE type='table'")}
                for table in SECRET_TABLES:
                    if table in present:
                        destination.execute(f'DELETE FROM "{table}"')  # noqa: S608 - fixed table names
                destination.commit()
                destination.execute("VACUUM")  # no deleted rows left in free pages
            finally:
                destination.close()
        elif connection.vendor == "postgresql":
            result = subprocess.run(  # noqa: S603 - fixed arguments, no shell
                [
                    tool_path("pg_dump"),
                    "--format=custom",
                    "--no-owner",
                    "--no-privileges",
                    *(f"--exclude-table-data={table}" for table in SECRET_TABLES),
                    "--file",
                    str(target),
                ],
                env=pg_environment(),
                capture_output=True,
                text=True,
                check=False,
            )
            if result.returncode != 0:
                raise CommandError(f"pg_dump failed: {result.stderr.strip()}")
        else:
            raise CommandError(f"Backups support SQLite and PostgreSQL, not {connection.vendor}.")
