"""Editing a campaign: only the chosen schedule's fields (with scripts; all of them without), a warning when a
new campaign runs at the same time as one of the same kind, and a go-live hint that never keeps a new
campaign off the calendar (campaigns/panels.py)."""

import datetime as dt
import json

from django.contrib.auth import get_user_model
from django.test import Client

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest
from bs4 import BeautifulSoup

from campaigns import schedule
from campaigns.models import CampaignPage
from tests.factories import add_campaign, calendar_tree

pytestmark = pytest.mark.django_db
TODAY = dt.date(2026, 12, 3)


@pytest.fixture
def calendar():
    return calendar_tree()[0]


@pytest.fixture
def editor():
    client = Client()
    client.force_login(get_user_model().objects.create_superuser("campaign-editor", "ce@example.org", "x"))
    return client


def test_a_campaign_of_the_same_kind_at_the_same_time_overlaps(calendar):
    november = add_campaign(calendar, "november", title="児童虐待防止推進月間")
    another = add_campaign(calendar, "another-november", title="新しい11月のキャンペーン", publish=False)
    february = add_campaign(calendar, "february", title="2月のキャンペーン", month=2, publish=False)
    one_off = add_campaign(
        calendar,
        "one-off",
        title="一度だけ",
        schedule_kind=schedule.ONE_OFF,
        month=None,
        first_year=None,
        start_date=dt.date(2027, 11, 10),
        end_date=dt.date(2027, 11, 20),
        publish=False,
    )
    assert [(page.pk, span.start) for page, span in another.overlapping_campaigns(TODAY)] == [
        (november.pk, dt.date(2026, 12, 3).replace(month=11, day=1, year=2027))
    ]
    assert february.overlapping_campaigns(TODAY) == []
    assert one_off.overlapping_campaigns(TODAY) == []  # another kind: a one-off event in November is fine


def create(client, calendar, **fields):
    data = {
        "title": "新しい11月のキャンペーン",
        "slug": "",
        "introduction": "毎年11月。",
        "schedule_kind": schedule.ANNUAL_MONTH,
        "month": 11,
        "first_year": 2027,
        "year_overrides": inline_formset([]),
        "body": streamfield([]),
        "related_links": streamfield([]),
        **fields,
    }
    return client.post(f"/admin/pages/add/campaigns/campaignpage/{calendar.pk}/", nested_form_data(data), follow=True)


def test_the_editor_is_warned_after_saving_and_beside_the_schedule(editor, calendar):
    november = add_campaign(calendar, "november", title="児童虐待防止推進月間")
    response = create(editor, calendar)
    assert response.status_code == 200
    messages = " ".join(str(m) for m in response.context["messages"])
    assert "児童虐待防止推進月間" in messages
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    warning = soup.select_one(".help-warning[role=status]")
    assert warning is not None and warning.find("a", href=f"/admin/pages/{november.pk}/edit/") is not None


def test_no_warning_for_a_campaign_of_its_own(editor, calendar):
    add_campaign(calendar, "november", title="児童虐待防止推進月間")
    response = create(editor, calendar, title="2月のキャンペーン", month=2)
    assert not BeautifulSoup(response.content.decode(), "html.parser").select_one(".help-warning[role=status]")


def test_the_go_live_hint_never_keeps_a_new_campaign_off_the_calendar(editor, calendar):
    from django.utils import timezone

    def go_live(page):
        return timezone.localtime(page.go_live_for(page.next_start())).strftime("%Y-%m-%d %H:%M")

    draft = add_campaign(calendar, "draft", title="新しいキャンペーン", publish=False, live=False)
    html = editor.get(f"/admin/pages/{draft.pk}/edit/").content.decode()
    assert "まだサイトに出ていません" in html and "公開予定日時を設定せずに" in html
    assert go_live(draft) not in html
    live = add_campaign(calendar, "live", title="公開中のキャンペーン", month=2)
    html = editor.get(f"/admin/pages/{live.pk}/edit/").content.decode()
    assert go_live(live) in html  # the go-live time for this year's changes


def test_each_schedule_row_says_which_kinds_show_it(editor, calendar):
    page = add_campaign(calendar, "november")
    soup = BeautifulSoup(editor.get(f"/admin/pages/{page.pk}/edit/").content.decode(), "html.parser")
    controller = soup.select_one("[data-controller~=w-rules]")
    assert controller is not None and "w-rules#resolve" in controller["data-action"]
    rules = {
        tuple(json.loads(row["data-w-rules"])["schedule_kind"]): row
        for row in controller.select("[data-w-rules-target=show]")
    }
    assert set(rules) == {
        (schedule.ANNUAL_MONTH,),
        (schedule.ANNUAL_RANGE,),
        (schedule.ONE_OFF,),
        (schedule.ANNUAL_MONTH, schedule.ANNUAL_RANGE),
    }
    # Nothing is hidden by the server: without scripts every field shows.
    assert not any(row.has_attr("hidden") for row in controller.select("[data-w-rules-target=show]"))
    assert CampaignPage.objects.count() == 1
