"""Snapshots of the SQLite test database: migrated, and with the demo site, built once per version of the code.

Migrating takes each test process about 25 seconds and loading the demo site about 16. A snapshot is an
SQLite file (and the media files that go with it) under `.cache/test-snapshots/<key>/`, where the key is a
hash of every file that can change what migrations or the demo loader write: the application code, its
data files and templates, the pinned requirements, the Python version and the DJANGO_* variables. The first
process to need one builds it the usual way and saves it; later ones (the other workers, the browser tests,
the backup test, the next run) copy it with SQLite's backup API in a few milliseconds. Tests and the
`tests/` folder are not part of the key: they never change what a snapshot holds.

Only SQLite's in-memory test database uses snapshots. On PostgreSQL the suite migrates and loads as usual.
"""

import hashlib
import os
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

from django.conf import settings
from django.db.backends.sqlite3.creation import DatabaseCreation

ROOT = Path(__file__).resolve().parents[1]
STORE = ROOT / ".cache" / "test-snapshots"
# Folders that hold no input to migrations or the demo loader (and every folder whose name starts with a dot:
# .git, .venv, .cache, .hypothesis and the tools' caches).
SKIPPED_DIRS = {
    "__pycache__",
    "node_modules",
    "media",
    "staticfiles",
    "backups",
    "test-results",
    "tests",
    "docs",
    "bench",
    "scripts",
    "deploy",
}
SKIPPED_FILES = {"Makefile", "README.md"}
SKIPPED_SUFFIXES = {".pyc", ".md", ".sqlite3", ".sqlite3-journal", ".sqlite3-wal", ".sqlite3-shm"}


def source_key():
    """A hash of everything a snapshot's contents depend on."""
    digest = hashlib.sha256()
    digest.update(sys.version.encode())
    for name, value in sorted(os.environ.items()):
        if name.startswith("DJANGO_") and name != "DJANGO_ALLOW_ASYNC_UNSAFE":
            digest.update(f"{name}={value}\n".encode())
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS and not d.startswith("."))
        for name in sorted(files):
            path = Path(folder, name)
            if path.suffix in SKIPPED_SUFFIXES or name in SKIPPED_FILES or name.startswith("db.sqlite3"):
                continue
            digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


_key = None


def folder(name):
    global _key  # noqa: PLW0603 - computed once per process
    if _key is None:
        _key = source_key()
    return STORE / _key / name


def usable(connection):
    return connection.vendor == "sqlite" and connection.is_in_memory_db()


def exists(name):
    return (folder(name) / "db.sqlite3").is_file()


def save(name, connection):
    """Keep this database and the media folder as snapshot `name`, unless another process already did."""
    target = folder(name)
    if not usable(connection) or target.exists():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=target.parent))
    connection.ensure_connection()
    copy = sqlite3.connect(staging / "db.sqlite3")
    with copy:
        connection.connection.backup(copy)
    copy.close()
    media = Path(settings.MEDIA_ROOT)
    if media.is_dir():
        shutil.copytree(media, staging / "media")
    try:
        staging.rename(target)  # whole or not at all: another worker may be saving the same snapshot
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)
    for other in STORE.iterdir():  # snapshots of earlier versions of the code
        if other.name != target.parent.name:
            shutil.rmtree(other, ignore_errors=True)


def restore(name, connection):
    """Replace this database with snapshot `name` and add its media files. False when there is none."""
    from django.contrib.contenttypes.models import ContentType

    source_folder = folder(name)
    if not usable(connection) or not exists(name):
        return False
    connection.ensure_connection()
    source = sqlite3.connect(f"file:{source_folder / 'db.sqlite3'}?mode=ro", uri=True)
    source.backup(connection.connection)
    source.close()
    if (source_folder / "media").is_dir():
        shutil.copytree(source_folder / "media", settings.MEDIA_ROOT, dirs_exist_ok=True)
    ContentType.objects.clear_cache()
    return True


_create_test_db = DatabaseCreation.create_test_db


def create_test_db(self, verbosity=1, autoclobber=False, serialize=True, keepdb=False):
    """Django's, for an in-memory SQLite database: the "migrated" snapshot instead of migrating, when there is
    one; otherwise migrate as usual and save it."""
    test_name = self._get_test_db_name()
    if not self.is_in_memory_db(test_name) or keepdb or serialize:
        return _create_test_db(self, verbosity, autoclobber, serialize, keepdb)
    if not exists("migrated"):
        name = _create_test_db(self, verbosity, autoclobber, serialize, keepdb)
        save("migrated", self.connection)
        return name
    self.connection.close()
    settings.DATABASES[self.connection.alias]["NAME"] = test_name
    self.connection.settings_dict["NAME"] = test_name
    restore("migrated", self.connection)
    return test_name


def install():
    """Use snapshots for SQLite's in-memory test databases in this process (tests/conftest.py)."""
    DatabaseCreation.create_test_db = create_test_db


def postgres_admin(connection):
    """A connection to the server's `postgres` database, as this connection's user (autocommit)."""
    import psycopg

    db = connection.settings_dict
    return psycopg.connect(
        dbname="postgres",
        host=db.get("HOST") or None,
        port=db.get("PORT") or None,
        user=db.get("USER") or None,
        password=db.get("PASSWORD") or None,
        autocommit=True,
    )


_kept = None


def keep_before_flush(connection):
    """Before a test that flushes the database (a transactional test): keep what the database holds now, the
    migrated rows (locales, the root page, groups, the workflow), so that `put_back_after_flush` can restore
    them. SQLite has the "migrated" snapshot already; PostgreSQL copies the database as a template."""
    global _kept  # noqa: PLW0603 - one transactional test at a time in a process
    if connection.vendor != "postgresql":
        return
    name = connection.settings_dict["NAME"]
    connection.close()
    with postgres_admin(connection) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}_kept"')
        admin.execute(f'CREATE DATABASE "{name}_kept" TEMPLATE "{name}"')
    _kept = name


def put_back_after_flush(connection):
    """After that test: the database as it was before it, for the tests that run next in this process."""
    if usable(connection):
        assert restore("migrated", connection), "the migrated snapshot is missing"
    elif connection.vendor == "postgresql" and _kept == connection.settings_dict["NAME"]:
        name = _kept
        connection.close()
        with postgres_admin(connection) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{name}_kept"')
            admin.execute(f'DROP DATABASE "{name}_kept"')
