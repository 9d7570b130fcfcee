"""Browser tests: the demo site served by a live server thread, driven by Playwright in Debian's Chromium.

Run them with `make test-browser` (or `pytest -m browser`). They run in their own pytest process, because
the demo content they load is committed to the test database for the whole session.
"""

import os
import shutil
import threading

from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.management import call_command
from django.db import connections
from django.test.testcases import LiveServerThread
from django.test.utils import setup_databases, teardown_databases

import pytest

from tests import snapshots

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
EDITOR = ("browser-editor", "a-long-test-password-42")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# The live server answers the browser's requests in threads, all on the test's one in-memory SQLite
# connection, which two threads must never use at once: a page with many thumbnails would otherwise break
# the connection's transaction state (and the next test's setup with it). One request at a time, then.
SERVER_LOCK = threading.RLock()


class OneRequestAtATime(StaticFilesHandler):
    def __call__(self, environ, start_response):
        with SERVER_LOCK:
            response = super().__call__(environ, start_response)
            try:
                return list(response)  # a streamed response reads the database too: inside the lock
            finally:
                if hasattr(response, "close"):
                    response.close()


# Playwright's sync API runs an event loop in this thread; the Django calls made here are synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def chromium_path():
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        message = f"Chromium not found at {CHROMIUM}: apt-get install chromium"
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    return CHROMIUM


@pytest.fixture(scope="session")
def live_site(django_test_environment, django_db_blocker):
    """A test database with the demo content, committed, served on a random local port. Yields the base URL.

    pytest-django creates test databases only for tests marked `django_db`; these tests are not (each
    would run in a transaction the server thread cannot see), so the database is set up here.
    """
    with django_db_blocker.unblock():
        databases = setup_databases(verbosity=0, interactive=False, aliases={"default"})
        connection = connections["default"]
        name = str(connection.settings_dict["NAME"])
        assert connection.is_in_memory_db() or "test" in name, f"refusing to use {name}: not a test database"
        if not snapshots.restore("demo", connection):  # tests/snapshots.py
            call_command("load_demo_content", verbosity=0)
            snapshots.save("demo", connection)
        from django.contrib.auth import get_user_model

        # An editor for the admin tests, made before the server thread starts sharing the connection.
        get_user_model().objects.create_superuser(EDITOR[0], "editor@example.org", EDITOR[1])
        shared = {
            alias: conn
            for alias, conn in ((c.alias, c) for c in connections.all())
            if conn.vendor == "sqlite" and conn.is_in_memory_db()
        }
        for conn in shared.values():
            conn.inc_thread_sharing()
        thread = LiveServerThread("127.0.0.1", OneRequestAtATime, connections_override=shared, port=0)
        thread.daemon = True
        thread.start()
        thread.is_ready.wait()
        if thread.error:
            raise thread.error
        try:
            yield f"http://127.0.0.1:{thread.port}"
        finally:
            thread.terminate()
            for conn in shared.values():
                conn.dec_thread_sharing()
            teardown_databases(databases, verbosity=0)


@pytest.fixture(autouse=True)
def _no_request_in_flight():
    """A test's own database work starts and ends with no request of the browser's still being answered."""
    with SERVER_LOCK:
        pass
    yield
    with SERVER_LOCK:
        pass


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ja-JP")
    yield context
    context.close()


@pytest.fixture
def page(context, live_site):
    page = context.new_page()
    page.set_default_timeout(15_000)
    return page


EDITOR_PASSWORD = "a-long-test-password-42"


@pytest.fixture
def editor(live_site):
    """A new member of Editors whose admin language is Japanese (a fresh one per test)."""
    import secrets

    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from wagtail.users.models import UserProfile

    name = f"editor-{secrets.token_hex(4)}"
    user = get_user_model().objects.create_user(
        name, f"{name}@example.org", EDITOR_PASSWORD, first_name="花子", last_name="編集"
    )
    user.groups.add(Group.objects.get(name="Editors"))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ja"
    profile.save()
    return user


def sign_in(page, live_site, user):
    """Through the admin's sign-in form (the test settings turn the second factor off)."""
    page.goto(live_site + "/admin/login/")
    page.fill("#id_username", user.get_username())
    page.fill("#id_password", EDITOR_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(live_site + "/admin/")
