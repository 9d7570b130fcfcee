import pytest


@pytest.fixture
def page_cache(settings):
    """The full-page cache on (the test settings turn it off so that query counts are cold)."""
    settings.PAGE_CACHE_ENABLED = True
    return settings


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Run `action`, then the on-commit callbacks a real transaction would run (the purge among them)."""

    def run(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return run
