"""Scheduled go-live and expiry: what a moderator schedules goes live when Wagtail's publish_scheduled runs,
which `make run` does every minute (publish_scheduled_loop) and production does with a systemd timer."""

import datetime
import re
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale, Page, Revision

import pytest
from freezegun import freeze_time

from campaigns.models import CampaignPage
from tests.factories import ContentPageFactory, add_campaign, calendar_tree
from tests.governance.conftest import save_page, workflow_action

JST = datetime.timezone(datetime.timedelta(hours=9))


def live_title(page):
    return Page.objects.get(pk=page.pk).title


@pytest.fixture
def about(site):
    page = ContentPageFactory(parent=site["home_ja"], title="このサイトについて", slug="about")
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def schedule(page, when, **changes):
    """A moderator's "Publish" with a go-live time in the future."""
    for name, value in changes.items():
        setattr(page, name, value)
    page.go_live_at = when
    revision = page.save_revision()
    revision.publish()
    return revision


def test_a_page_scheduled_a_minute_ahead_goes_live_when_publish_scheduled_runs(about):
    with freeze_time("2026-06-01 10:00:00+09:00") as clock:
        revision = schedule(about, timezone.now() + datetime.timedelta(minutes=1), title="新しいタイトル")
        revision.refresh_from_db()
        assert revision.approved_go_live_at == datetime.datetime(2026, 6, 1, 10, 1, tzinfo=JST)
        assert live_title(about) == "このサイトについて"

        call_command("publish_scheduled")
        assert live_title(about) == "このサイトについて"  # not yet

        clock.tick(datetime.timedelta(seconds=61))
        call_command("publish_scheduled")
        assert live_title(about) == "新しいタイトル"
        assert not Revision.objects.filter(approved_go_live_at__isnull=False).exists()


def test_a_new_page_scheduled_ahead_is_not_visible_until_it_goes_live(client, site):
    with freeze_time("2026-06-01 10:00:00+09:00") as clock:
        page = ContentPageFactory(parent=site["home_ja"], title="予定", slug="scheduled", live=False)
        schedule(page, timezone.now() + datetime.timedelta(minutes=1))
        assert client.get("/ja/scheduled/").status_code == 404
        clock.tick(datetime.timedelta(minutes=2))
        call_command("publish_scheduled")
        assert client.get("/ja/scheduled/").status_code == 200


def test_an_expiring_page_is_unpublished_when_publish_scheduled_runs(about):
    with freeze_time("2026-06-01 10:00:00+09:00") as clock:
        about.expire_at = timezone.now() + datetime.timedelta(minutes=1)
        about.save_revision().publish()
        clock.tick(datetime.timedelta(minutes=2))
        call_command("publish_scheduled")
        about.refresh_from_db()
        assert not about.live and about.expired


def test_the_loop_that_make_run_starts_publishes_what_is_due(about, capsys):
    schedule(about, timezone.now() + datetime.timedelta(seconds=1), title="ループで公開")
    with freeze_time(timezone.now() + datetime.timedelta(seconds=5)):
        call_command("publish_scheduled_loop", "--runs", "1")
    assert live_title(about) == "ループで公開"
    assert "published 1 revision" in capsys.readouterr().out


def test_make_run_starts_the_loop_beside_runserver_and_stops_it_with_runserver():
    makefile = (Path(settings.BASE_DIR) / "Makefile").read_text()
    recipe = makefile.split("\nrun:", 1)[1].split("\n\n", 1)[0]
    assert re.search(r"manage\.py publish_scheduled_loop &", recipe)
    assert "trap 'kill $$loop" in recipe and "EXIT" in recipe
    assert re.search(r"manage\.py runserver", recipe)


def test_production_runs_publish_scheduled_every_minute_and_purges_old_revisions():
    deploy = Path(settings.BASE_DIR) / "deploy"
    timer = (deploy / "campaign-publish-scheduled.timer").read_text()
    service = (deploy / "campaign-publish-scheduled.service").read_text()
    assert "OnCalendar=*-*-* *:*:00" in timer
    assert "manage.py publish_scheduled\n" in service
    daily = (deploy / "campaign-daily.service").read_text()
    assert "purge_revisions --days=${DJANGO_REVISION_RETENTION_DAYS}" in daily
    assert "Environment=DJANGO_REVISION_RETENTION_DAYS=365" in daily


class TestCampaignMonthGoesLiveOnTheFirst:
    """An editor prepares November weeks ahead; after the two approvals it goes live at 00:00 on 1 November."""

    @pytest.fixture
    def campaign(self, db):
        calendar_ja, _calendar_en = calendar_tree()
        return add_campaign(calendar_ja, "child-abuse-prevention", title="児童虐待防止推進月間", theme="2025年の標語")

    def test_the_editor_is_told_when_it_starts_and_what_to_set(self, client, campaign, people):
        with freeze_time("2026-10-05 12:00:00+09:00"):
            assert campaign.next_start() == datetime.date(2026, 11, 1)
            assert campaign.go_live_for(datetime.date(2026, 11, 1)) == datetime.datetime(2026, 11, 1, tzinfo=JST)
            client.force_login(people["editor"])
            html = client.get(f"/admin/pages/{campaign.pk}/edit/").content.decode()
            assert "2026-11-01 00:00" in html

    def test_scheduled_for_midnight_japan_time_on_the_first(self, client, campaign, people):
        with freeze_time("2026-10-05 12:00:00+09:00") as clock:
            client.force_login(people["editor"])
            save_page(client, campaign, action="action-submit", theme="2026年の標語", go_live_at="2026-11-01 00:00")
            client.force_login(people["colleague"])
            assert workflow_action(client, campaign, "approve")
            client.force_login(people["moderator"])
            assert workflow_action(client, campaign, "approve")

            revision = Revision.page_revisions.get(object_id=str(campaign.pk), approved_go_live_at__isnull=False)
            assert revision.approved_go_live_at == datetime.datetime(2026, 11, 1, 0, 0, tzinfo=JST)
            assert CampaignPage.objects.get(pk=campaign.pk).theme == "2025年の標語"

            clock.move_to("2026-10-31 23:59:30+09:00")
            call_command("publish_scheduled")
            assert CampaignPage.objects.get(pk=campaign.pk).theme == "2025年の標語"

            clock.move_to("2026-11-01 00:00:30+09:00")
            call_command("publish_scheduled")
            assert CampaignPage.objects.get(pk=campaign.pk).theme == "2026年の標語"


@pytest.mark.parametrize(
    ("app", "model"),
    [
        ("help", "helpline"),
        ("figures", "dataset"),
        ("campaigns", "organiser"),
        ("campaigns", "venue"),
        ("materials", "audience"),
        ("materials", "schoolstage"),
        ("materials", "topic"),
        ("materials", "materialformat"),
    ],
)
def test_every_public_snippet_offers_a_schedule(admin_client, app, model):
    """Status → "Set schedule" for snippets too (docs/editors-guide.md): their editors carry the go-live and
    expiry fields, which Wagtail shows in its schedule dialog."""
    from django.apps import apps

    snippet_model = apps.get_model(app, model)
    url = reverse(snippet_model.snippet_viewset.get_url_name("add"))
    page = admin_client.get(url).content.decode()
    assert 'name="go_live_at"' in page and 'name="expire_at"' in page


def test_a_helpline_change_scheduled_ahead_goes_live_when_publish_scheduled_runs(db):
    from help.models import Helpline

    helpline = Helpline.objects.create(
        name="Line", description="A line.", locale=Locale.objects.get(language_code="ja")
    )
    helpline.save_revision().publish()
    helpline.refresh_from_db()
    helpline.name = "Renamed line"
    helpline.go_live_at = timezone.now() + datetime.timedelta(minutes=1)
    helpline.save_revision().publish()
    helpline.refresh_from_db()
    assert helpline.name == "Line" and helpline.live  # the published line stays as it was until its time
    with freeze_time(timezone.now() + datetime.timedelta(minutes=2)):
        call_command("publish_scheduled", verbosity=0)
    helpline.refresh_from_db()
    assert helpline.name == "Renamed line"
