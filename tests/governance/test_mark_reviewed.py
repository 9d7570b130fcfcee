"""A Moderator marks a page as reviewed in one step, recorded in its history; nobody else can, and a page
with unpublished changes goes through approval instead (governance/reviewing.py)."""

import datetime as dt

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone

from wagtail.models import PageLogEntry

import pytest

from governance.reviewing import MARKED_REVIEWED
from guidance.models import GuidancePage

pytestmark = pytest.mark.django_db


def signed_in(group):
    user = get_user_model().objects.create_user(f"{group.lower()}-mr", f"{group.lower()}-mr@example.org", "x")
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)
    return client, user


@pytest.fixture
def guidance(demo_content):
    page = GuidancePage.objects.live().filter(locale__language_code="ja", has_unpublished_changes=False).first()
    GuidancePage.objects.filter(pk=page.pk).update(
        last_reviewed=dt.date(2025, 12, 1), next_review=timezone.localdate() - dt.timedelta(days=2)
    )
    page.refresh_from_db()
    return page


def test_a_moderator_marks_a_page_reviewed_in_one_step(guidance):
    client, moderator = signed_in("Moderators")
    url = f"/admin/pages/{guidance.pk}/mark-reviewed/"
    assert url in client.get(f"/admin/pages/{guidance.pk}/edit/").content.decode()  # in the action menu
    assert client.get(url).status_code == 200
    body = str(guidance.body)
    assert client.post(url).status_code == 302
    page = GuidancePage.objects.get(pk=guidance.pk)
    today = timezone.localdate()
    assert page.last_reviewed == today and page.next_review == today + dt.timedelta(days=365)
    assert page.live and not page.has_unpublished_changes and str(page.body) == body
    entry = PageLogEntry.objects.get(page=page, action=MARKED_REVIEWED)
    assert entry.user == moderator
    history = client.get(f"/admin/pages/{page.pk}/history/").content.decode()
    assert "見直し済み" in history or "Marked as reviewed" in history


def test_an_editor_cannot(guidance):
    client, _editor = signed_in("Editors")
    url = f"/admin/pages/{guidance.pk}/mark-reviewed/"
    assert url not in client.get(f"/admin/pages/{guidance.pk}/edit/").content.decode()
    assert client.post(url).status_code in (302, 403)
    assert GuidancePage.objects.get(pk=guidance.pk).next_review == guidance.next_review


def test_a_page_with_unpublished_changes_goes_through_approval(guidance):
    client, _moderator = signed_in("Moderators")
    guidance.title = guidance.title + "（改訂中）"
    guidance.save_revision()
    response = client.post(f"/admin/pages/{guidance.pk}/mark-reviewed/")
    assert response.status_code == 302
    page = GuidancePage.objects.get(pk=guidance.pk)
    assert page.next_review == guidance.next_review and page.has_unpublished_changes
