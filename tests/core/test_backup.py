"""make backup / make restore: one archive round-trips the demo site into an empty database."""

import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from tests import snapshots

ROOT = Path(__file__).resolve().parents[2]

CHECK_SITE = """
from django.test import Client
from urllib.parse import urlsplit
import re
client = Client()
xml = client.get("/sitemap.xml").content.decode()
paths = [urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", xml)]
bad = [p for p in paths if client.get(p).status_code != 200]
from wagtail.documents import get_document_model
doc = get_document_model().objects.first()
served = client.get(doc.url).status_code if doc else 0
print("URLS", len(paths), "BAD", len(bad), "DOC", served)
"""


# A signed-in session, a sign-in failure and a second factor with recovery codes: what a backup must not hold.
SEED_SECRETS = """
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.db import SessionStore
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from axes.models import AccessAttempt
user = get_user_model().objects.create_user("secret-keeper", "s@example.org", "a-long-test-password-42")
TOTPDevice.objects.create(user=user, name="app", confirmed=True)
StaticDevice.objects.create(user=user, name="recovery").token_set.create(token="abcd2345")
session = SessionStore(); session["_auth_user_id"] = str(user.pk); session.create()
AccessAttempt.objects.create(username="secret-keeper", ip_address="203.0.113.5", failures_since_start=1)
"""


def manage(*args, env):
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def round_trip(tmp_path_factory):
    """The demo site backed up from one SQLite database and restored into another, empty one."""
    tmp_path = tmp_path_factory.mktemp("backup")
    base = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DJANGO_DATABASE_URL", "DJANGO_MEDIA_ROOT", "DJANGO_ALLOW_ASYNC_UNSAFE")
    }
    base.update({"DJANGO_SETTINGS_MODULE": "settings.test"})
    source = {
        **base,
        "DJANGO_DATABASE_URL": f"sqlite:///{tmp_path}/source.sqlite3",
        "DJANGO_MEDIA_ROOT": str(tmp_path / "m1"),
    }
    if snapshots.exists("demo"):  # the demo site as another test process loaded it (tests/snapshots.py)
        shutil.copyfile(snapshots.folder("demo") / "db.sqlite3", tmp_path / "source.sqlite3")
        shutil.copytree(snapshots.folder("demo") / "media", tmp_path / "m1")
    else:
        manage("migrate", "--no-input", "-v0", env=source)
        manage("load_demo_content", "-v0", env=source)
    manage("shell", "-c", SEED_SECRETS, env=source)
    archive = Path(manage("backup", "--output-dir", str(tmp_path / "backups"), env=source).strip().splitlines()[-1])
    target = {
        **base,
        "DJANGO_DATABASE_URL": f"sqlite:///{tmp_path}/target.sqlite3",
        "DJANGO_MEDIA_ROOT": str(tmp_path / "m2"),
    }
    restored = manage("restore", str(archive), env=target)
    return {"archive": archive, "target": target, "restored": restored}


def test_backup_and_restore_round_trip_the_demo_site(round_trip):
    archive = round_trip["archive"]
    assert archive.name.startswith("campaign-") and archive.suffixes == [".tar", ".gz"]
    with tarfile.open(archive) as tar:
        names = tar.getnames()
        manifest = json.load(tar.extractfile("manifest.json"))
    assert "database.sqlite3" in names and any(name.startswith("media/documents/") for name in names)
    assert manifest["counts"]["pages"] > 100 and manifest["counts"]["documents"] >= 10
    assert f"Restored {manifest['counts']['pages']} pages" in round_trip["restored"]
    check = manage("shell", "-c", CHECK_SITE, env=round_trip["target"])
    line = next(line for line in check.splitlines() if line.startswith("URLS"))
    urls, bad, doc = line.split()[1::2]
    assert int(urls) > 100 and bad == "0" and doc == "200", check


def test_the_archive_is_private_and_holds_no_sign_in_secrets(round_trip, tmp_path):
    archive = round_trip["archive"]
    assert archive.stat().st_mode & 0o777 == 0o600
    assert archive.parent.stat().st_mode & 0o777 == 0o700
    with tarfile.open(archive) as tar:
        tar.extract("database.sqlite3", tmp_path, filter="data")
    import sqlite3

    database = sqlite3.connect(tmp_path / "database.sqlite3")
    for table in ("django_session", "axes_accessattempt", "otp_totp_totpdevice", "otp_static_statictoken"):
        assert database.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone() == (0,), table  # noqa: S608
    assert database.execute("SELECT COUNT(*) FROM auth_user WHERE username = 'secret-keeper'").fetchone() == (1,)
    assert b"abcd2345" not in (tmp_path / "database.sqlite3").read_bytes()  # not even in free pages
    database.close()


def test_restore_refuses_a_database_that_is_not_empty(round_trip):
    """Restoring again into the database just restored: it has tables now."""
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "restore", str(round_trip["archive"])],
        cwd=ROOT,
        env=round_trip["target"],
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0 and "not empty" in result.stderr
    assert "Restored" not in result.stdout
