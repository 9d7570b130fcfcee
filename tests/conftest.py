from django.core.management import call_command
from django.db import connection, transaction

import pytest

from tests import snapshots

snapshots.install()


@pytest.fixture
def site_tree(db):
    """A minimal bilingual tree: home pages in both languages and one content page with its translation."""
    from tests.factories import ContentPageFactory, build_site, translate

    home_ja, home_en = build_site()
    about_ja = ContentPageFactory(parent=home_ja, title="このサイトについて", slug="about")
    about_ja.save_revision().publish()
    about_en = translate(about_ja, "en", title="About")
    return {"home_ja": home_ja, "home_en": home_en, "about_ja": about_ja, "about_en": about_en}


class DemoSite:
    """The full demo content, loaded once per test process and taken away again for tests that do not use it.

    Tests that use it (the `demo_content` fixture) run together after the other tests in a transaction
    (pytest_collection_modifyitems below), so the demo site is loaded once. Each of them also requests `db`,
    whose own transaction nests inside it: what a test changes is undone after it. Should a test that does not
    use it come next all the same (a test selected with -k, or a worker's share), the demo site is taken away
    before that test starts, and loaded again for the next test that asks for it.

    On SQLite's in-memory database, loading is restoring the "demo" snapshot (tests/snapshots.py), built by
    the first process that needs it, and taking it away is restoring the "migrated" one. On PostgreSQL the
    demo site is loaded inside a transaction that is rolled back.
    """

    def __init__(self):
        self.blocker = None
        self.transaction = None
        self.restored = False

    @property
    def loaded(self):
        return self.restored or self.transaction is not None

    def open(self, blocker):
        self.blocker = blocker
        if self.loaded:
            return
        with blocker.unblock():
            if snapshots.usable(connection):
                if not snapshots.restore("demo", connection):
                    call_command("load_demo_content", verbosity=0)
                    snapshots.save("demo", connection)
                self.restored = True
            else:
                self.transaction = transaction.atomic()
                self.transaction.__enter__()
                call_command("load_demo_content", verbosity=0)

    def close(self):
        if self.restored:
            with self.blocker.unblock():
                assert snapshots.restore("migrated", connection), "the migrated snapshot is missing"
            self.restored = False
        if self.transaction is not None:
            with self.blocker.unblock():
                transaction.set_rollback(True)
                self.transaction.__exit__(None, None, None)
            self.transaction = None


DEMO_SITE = DemoSite()


@pytest.fixture(scope="session")
def _demo_site_rolled_back(django_db_setup):
    yield
    DEMO_SITE.close()  # before the test database is dropped


@pytest.fixture(scope="module")
def demo_content(_demo_site_rolled_back, django_db_blocker):
    """The demo site in both languages (DemoSite). Module scope: set up before a test's own transaction."""
    DEMO_SITE.open(django_db_blocker)


def uses_demo_site(item):
    return "demo_content" in getattr(item, "fixturenames", ())


TRANSACTIONAL = 2


def run_order(item):
    """Django's order (tests in a transaction, then those that flush the database, then those without one),
    with the tests that use the demo site last among the first: a flush would empty it."""
    fixtures = getattr(item, "fixturenames", ())
    marker = item.get_closest_marker("django_db")
    if (marker and marker.kwargs.get("transaction")) or {"transactional_db", "live_server"} & set(fixtures):
        return TRANSACTIONAL
    if marker or "db" in fixtures:
        return 1 if uses_demo_site(item) else 0
    return 3


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """The demo site is loaded once per process: the tests that use it run together. pytest-xdist hands
    each process its tests in this order too, so with `make test`'s workers it is loaded once per worker."""
    items.sort(key=run_order)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Before the test's fixtures, so never inside a test's transaction: roll the demo site back for a test that
    does not use it, and load it again for one that does after such a test."""
    if not uses_demo_site(item):
        DEMO_SITE.close()
    elif DEMO_SITE.blocker is not None:
        DEMO_SITE.open(DEMO_SITE.blocker)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item):
    """After a test that flushes the database (a transactional one), put back the migrated rows (locales, the
    root page, groups, the workflow): with pytest-xdist's worksteal, other tests may run after it in this
    worker. (Django's serialized_rollback would restore them only before such a test, never after it.)"""
    yield
    if run_order(item) == TRANSACTIONAL:
        with _blocker(item).unblock():
            snapshots.put_back_after_flush(connection)


@pytest.fixture(autouse=True)
def _kept_before_a_flush(request):
    """Before a transactional test, keep the database as it is (see pytest_runtest_teardown)."""
    if run_order(request.node) == TRANSACTIONAL:
        request.getfixturevalue("django_db_setup")
        with _blocker(request.node).unblock():
            snapshots.keep_before_flush(connection)


def _blocker(item):
    from pytest_django.plugin import blocking_manager_key

    return item.config.stash[blocking_manager_key]


@pytest.fixture(autouse=True)
def _clear_cache():
    """Each test starts with empty caches: Wagtail caches site root paths, which differ between tests, and the
    state cache holds the rate-limit counters."""
    from django.conf import settings
    from django.core.cache import caches

    for alias in ("default", settings.STATE_CACHE_ALIAS):
        caches[alias].clear()
    yield
    for alias in ("default", settings.STATE_CACHE_ALIAS):
        caches[alias].clear()


@pytest.fixture(scope="session", autouse=True)
def _remove_test_media():
    """Test settings put uploads in a temporary folder: remove it when the session ends."""
    import shutil
    import tempfile
    from pathlib import Path

    from django.conf import settings

    yield
    media = Path(settings.MEDIA_ROOT)
    if media.is_dir() and media.name.startswith("test-media-") and str(media).startswith(tempfile.gettempdir()):
        shutil.rmtree(media, ignore_errors=True)
