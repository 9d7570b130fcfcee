from django.core.management import call_command
from django.db import transaction

import pytest


@pytest.fixture
def site_tree(db):
    """A minimal bilingual tree: home pages in both languages and one content page with its translation."""
    from tests.factories import ContentPageFactory, build_site, translate

    home_ja, home_en = build_site()
    about_ja = ContentPageFactory(parent=home_ja, title="このサイトについて", slug="about")
    about_ja.save_revision().publish()
    about_en = translate(about_ja, "en", title="About")
    return {"home_ja": home_ja, "home_en": home_en, "about_ja": about_ja, "about_en": about_en}


@pytest.fixture(scope="session")
def demo_content(django_db_setup, django_db_blocker):
    """The full demo content, loaded once per test session inside a transaction that is rolled back at the end.

    Tests using it also request `db`, whose own transaction nests inside this one, so what a test changes
    is undone after it. They run after every other test (pytest_collection_modifyitems below): while this
    transaction is open, every test would see the demo site.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", verbosity=0)
        yield
        transaction.set_rollback(True)


def pytest_collection_modifyitems(items):
    """Tests that use the demo site run last, in their usual order, so that the others start from an empty
    database and the demo site is loaded once."""
    items.sort(key=lambda item: "demo_content" in getattr(item, "fixturenames", ()))


@pytest.fixture(autouse=True)
def _clear_cache():
    """Each test starts with an empty cache: Wagtail caches site root paths, which differ between tests."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


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
