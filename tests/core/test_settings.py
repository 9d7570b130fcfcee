"""Settings come from the environment; production refuses to start without its secrets."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]


def run_settings(module, env, code="print('ok')"):
    """Import a settings module in a fresh interpreter with exactly `env` set."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    clean.update(env)
    return subprocess.run(
        [
            sys.executable,
            "-c",
            f"import sys; sys.path[:0] = ['{ROOT}', '{ROOT / 'site'}']; import {module} as s; {code}",
        ],
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_language_and_time_zone():
    assert settings.LANGUAGE_CODE == "ja"
    assert [code for code, _ in settings.LANGUAGES] == ["ja", "en"]
    assert settings.WAGTAIL_I18N_ENABLED is True
    assert settings.TIME_ZONE == "Asia/Tokyo"
    assert settings.USE_TZ is True


def test_production_refuses_to_start_without_a_secret_key():
    result = run_settings("settings.production", {"DJANGO_ALLOWED_HOSTS": "example.org"})
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_settings("settings.production", {"DJANGO_SECRET_KEY": "x" * 50})
    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS" in result.stderr


def test_production_reads_the_environment():
    result = run_settings(
        "settings.production",
        {
            "DJANGO_SECRET_KEY": "x" * 50,
            "DJANGO_ALLOWED_HOSTS": "campaign.example.jp,www.campaign.example.jp",
            "DJANGO_DATABASE_URL": "postgres://user:pw@db.internal:5432/campaign",
            "DJANGO_REDIS_URL": "redis://cache.internal:6379/1",
        },
        "print(s.DEBUG, s.ALLOWED_HOSTS, s.DATABASES['default']['ENGINE'], s.DATABASES['default']['HOST'], "
        "s.CACHES['default']['BACKEND'], s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE, s.SECURE_PROXY_SSL_HEADER)",
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("False ['campaign.example.jp', 'www.campaign.example.jp']")
    assert "django.db.backends.postgresql db.internal" in out
    assert "RedisCache" in out
    assert "31536000 True ('HTTP_X_FORWARDED_PROTO', 'https')" in out


def test_default_database_is_a_sqlite_file_in_the_project():
    result = run_settings("settings.dev", {}, "print(s.DATABASES['default']['ENGINE'], s.DATABASES['default']['NAME'])")
    assert result.returncode == 0, result.stderr
    engine, name = result.stdout.split()
    assert engine == "django.db.backends.sqlite3"
    assert Path(name) == ROOT / "db.sqlite3"
    assert "db.sqlite3" in (ROOT / ".gitignore").read_text()


def test_without_redis_every_process_on_the_machine_shares_one_cache(tmp_path):
    """`make run`'s scheduled-publishing loop and the app server's workers are separate processes: a purge in one
    must reach the others, so the default cache is files, never one process's memory."""
    from django.core.cache.backends.filebased import FileBasedCache

    from settings import base

    assert base.CACHES["default"]["BACKEND"] == "django.core.cache.backends.filebased.FileBasedCache"
    assert base.CACHES["renditions"]["BACKEND"] == "django.core.cache.backends.filebased.FileBasedCache"
    # Two cache objects on one folder, as two processes would have: a purge through one is seen by the other.
    one, other = (FileBasedCache(str(tmp_path), {}) for _ in range(2))
    one.set("pagecache:generation", 1, None)
    one.incr("pagecache:generation")
    assert other.get("pagecache:generation") == 2


CONCURRENT_WRITES = """
import threading, time, django
django.setup()
from django.db import connection, connections, transaction
with connection.cursor() as cursor:
    cursor.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)")
    cursor.execute("PRAGMA journal_mode")
    print("MODE", cursor.fetchone()[0])
holding = threading.Event()
errors = []
def slow_writer():
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("INSERT INTO note (body) VALUES ('preview')")
        holding.set()
        time.sleep(1.5)  # an editor's preview, writing while autosave and the publishing loop want to
    connections.close_all()
def second_writer():
    holding.wait()
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("INSERT INTO note (body) VALUES ('autosave')")
    except Exception as error:
        errors.append(repr(error))
    connections.close_all()
threads = [threading.Thread(target=slow_writer), threading.Thread(target=second_writer)]
[t.start() for t in threads]
[t.join() for t in threads]
with connection.cursor() as cursor:
    cursor.execute("SELECT count(*) FROM note")
    print("ROWS", cursor.fetchone()[0], "ERRORS", errors)
"""


def test_sqlite_lets_preview_autosave_and_publishing_write_at_once(tmp_path):
    """`make run`'s SQLite: write-ahead logging and a busy timeout, so that a second writer waits its turn
    instead of answering "database is locked" (preview and autosave wrote at once and got a 500)."""
    result = run_settings(
        "settings.dev",
        {"DJANGO_DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite3", "DJANGO_SETTINGS_MODULE": "settings.dev"},
        code=f"exec({CONCURRENT_WRITES!r})",
    )
    assert result.returncode == 0, result.stderr
    assert "MODE wal" in result.stdout
    assert "ROWS 2 ERRORS []" in result.stdout, result.stdout
