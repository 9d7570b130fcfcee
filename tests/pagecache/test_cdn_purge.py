"""A CDN in front (WAGTAILFRONTENDCACHE) is asked to purge every live page once per publish, unpublish or
move, and when content without a publishing step of its own changes (site settings); never for a draft."""

import pytest

from core.models import SiteSettings
from pagecache import purge

pytestmark = pytest.mark.django_db


@pytest.fixture
def cdn(settings, monkeypatch):
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": "http://cdn.invalid"}
    }
    calls = []
    monkeypatch.setattr(purge, "purge_pages_from_cache", lambda pages: calls.append(list(pages)))
    return calls


def test_a_publish_purges_the_cdn_once(site_tree, cdn, publish):
    about = site_tree["about_en"]
    about.title = "About us"
    publish(about.save_revision().publish)
    assert len(cdn) == 1
    assert about.pk in {page.pk for page in cdn[0]}  # every live page, this one included


def test_a_draft_does_not_purge_the_cdn(site_tree, cdn, publish):
    about = site_tree["about_en"]
    about.title = "About us (draft)"
    publish(about.save_revision)
    assert cdn == []


def test_an_unpublish_and_a_move_purge_the_cdn_once_each(site_tree, cdn, publish):
    about = site_tree["about_en"]
    publish(about.unpublish)
    assert len(cdn) == 1
    publish(about.move, site_tree["home_en"], pos="first-child")
    assert len(cdn) == 2


def test_site_settings_purge_the_cdn(site_tree, cdn, publish):
    site_settings = SiteSettings.for_site(site_tree["home_ja"].get_site())
    site_settings.police_number = "0110"
    publish(site_settings.save)
    assert len(cdn) == 1


def test_without_a_cdn_nothing_is_asked(site_tree, settings, monkeypatch, publish):
    settings.WAGTAILFRONTENDCACHE = {}
    calls = []
    monkeypatch.setattr(purge, "purge_pages_from_cache", lambda pages: calls.append(pages))
    publish(site_tree["about_en"].save_revision().publish)
    assert calls == []
