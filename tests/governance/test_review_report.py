"""Reports → "Due for review": both languages side by side, filters, CSV export, and bad filter values
answered with the defaults (governance/reports.py)."""

import datetime as dt

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone

import pytest

from guidance.models import GuidancePage

pytestmark = pytest.mark.django_db
URL = "/admin/reports/due-for-review/"


@pytest.fixture
def editor():
    user = get_user_model().objects.create_user("reviewer", "reviewer@example.org", "x")
    user.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def due(demo_content):
    """A guidance page overdue in Japanese and due in 20 days in English; every other page not due."""
    today = timezone.localdate()
    GuidancePage.objects.update(next_review=today + dt.timedelta(days=400))
    ja = GuidancePage.objects.live().filter(locale__language_code="ja").order_by("path").first()
    en = GuidancePage.objects.get(translation_key=ja.translation_key, locale__language_code="en")
    GuidancePage.objects.filter(pk=ja.pk).update(next_review=today - dt.timedelta(days=3), last_reviewed=None)
    GuidancePage.objects.filter(pk=en.pk).update(next_review=today + dt.timedelta(days=20))
    return ja, en


def test_one_row_with_both_languages_side_by_side(editor, due):
    ja, en = due
    response = editor.get(URL)
    assert response.status_code == 200
    rows = response.context["object_list"]
    mine = [row for row in rows if row["ja"] and row["ja"].pk == ja.pk]
    assert len(mine) == 1 and mine[0]["en"].pk == en.pk and mine[0]["overdue"]
    html = response.content.decode()
    assert ja.title in html and en.title in html


def test_filters_by_language_and_status(editor, due):
    ja, en = due

    def pks(query):
        return {row["ja"].pk for row in editor.get(URL + query).context["object_list"] if row["ja"]}

    assert ja.pk in pks("?status=overdue")
    assert ja.pk not in pks("?status=overdue&language=en")  # the English version is not overdue
    assert ja.pk in pks("?status=due&language=en")
    assert ja.pk in pks("?status=due&language=en&within=30")


def test_exports_csv(editor, due):
    ja, en = due
    response = editor.get(URL + "?export=csv")
    assert response.status_code == 200
    body = b"".join(response.streaming_content if response.streaming else [response.content]).decode("utf-8-sig")
    assert ja.title in body and en.title in body


def test_the_csv_export_never_carries_a_formula(editor, due):
    ja, _en = due
    ja.review_note = '=HYPERLINK("https://example.com","x")'
    ja.save()
    body = editor.get(URL + "?export=csv")
    text = b"".join(body.streaming_content if body.streaming else [body.content]).decode("utf-8-sig")
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text and '"=HYPERLINK' not in text


@pytest.mark.parametrize("query", ["?within=abc", "?language=fr", "?status=%00", "?within=99999999999999999999"])
def test_a_bad_filter_value_gets_the_defaults_not_an_error(editor, due, query):
    assert editor.get(URL + query).status_code == 200


def test_it_lists_only_pages_the_person_may_edit(due):
    liaison = get_user_model().objects.create_user("liaison-r", "lr@example.org", "x")
    liaison.groups.add(Group.objects.get(name="School liaison"))
    client = Client()
    client.force_login(liaison)
    response = client.get(URL)  # the liaison edits only the school request forms, which have no review dates
    assert response.status_code == 200 and list(response.context["object_list"]) == []


def test_what_to_check_is_in_the_report_and_the_export_never_on_the_page(editor, due, client):
    ja, en = due
    assert ja.review_note and en.review_note  # the demo says what its editors must confirm
    response = editor.get(URL)
    assert ja.review_note in response.content.decode()
    body = editor.get(URL + "?export=csv")
    text = b"".join(body.streaming_content if body.streaming else [body.content]).decode("utf-8-sig")
    assert "確認すること（英語）" in text.splitlines()[0] or "What to check (English)" in text.splitlines()[0]
    assert en.review_note in text
    for page in (ja, en):
        public = client.get(page.url)
        assert public.status_code == 200 and page.review_note not in public.content.decode()
