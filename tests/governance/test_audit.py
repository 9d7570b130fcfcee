"""Audit: Wagtail's log records publishing, unpublishing, moving and deleting, the Site history report lists
them for moderators, and revisions can be compared and reverted."""

from django.urls import reverse

from wagtail.models import PageLogEntry, Revision

import pytest
from bs4 import BeautifulSoup

from tests.factories import ContentPageFactory
from tests.governance.conftest import save_page

pytestmark = pytest.mark.usefixtures("in_english")


@pytest.fixture
def pages(site):
    about = ContentPageFactory(parent=site["home_en"], title="About", slug="about")
    about.save_revision().publish()
    section = ContentPageFactory(parent=site["home_en"], title="Section", slug="section")
    section.save_revision().publish()
    return {"about": about, "section": section, "home": site["home_en"]}


def history_rows(client, **filters):
    response = client.get(reverse("wagtailadmin_reports:site_history"), filters)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [" ".join(row.get_text(" ").split()) for row in soup.select("table tbody tr")]


def test_publishing_unpublishing_moving_and_deleting_are_logged_and_listed_for_moderators(client, pages, people):
    about, section = pages["about"], pages["section"]
    client.force_login(people["moderator"])
    save_page(client, about, action="action-publish", title="About us")
    assert client.post(reverse("wagtailadmin_pages:unpublish", args=[about.pk])).status_code == 302
    assert client.post(reverse("wagtailadmin_pages:move_confirm", args=[about.pk, section.pk])).status_code == 302
    assert client.post(reverse("wagtailadmin_pages:delete", args=[about.pk])).status_code == 302

    actions = list(
        PageLogEntry.objects.filter(page_id=about.pk, user=people["moderator"]).values_list("action", flat=True)
    )
    for action in ("wagtail.publish", "wagtail.unpublish", "wagtail.move", "wagtail.delete"):
        assert action in actions, action

    rows = [row for row in history_rows(client) if row.startswith("About us")]
    labels = " | ".join(rows)
    for label in ("Published", "Unpublished", "Moved", "Deleted"):
        assert label in labels, label
    assert all("moderator" in row for row in rows)


def test_the_report_is_in_the_moderators_menu_and_exports(client, pages, people):
    client.force_login(people["moderator"])
    dashboard = client.get("/admin/").content.decode()
    assert reverse("wagtailadmin_reports:site_history") in dashboard
    export = client.get(reverse("wagtailadmin_reports:site_history"), {"export": "csv"})
    assert export.status_code == 200 and export["Content-Type"].startswith("text/csv")


def test_nobody_without_page_permissions_sees_the_site_history(client, pages, people):
    client.force_login(people["liaison"])
    response = client.get(reverse("wagtailadmin_reports:site_history"))
    assert response.status_code == 302 or "About" not in response.content.decode()


def test_revisions_can_be_compared(client, pages, people):
    about = pages["about"]
    client.force_login(people["editor"])
    save_page(client, about, introduction="The first introduction.")
    save_page(client, about, introduction="The second introduction.")
    first, second = Revision.page_revisions.filter(object_id=str(about.pk)).order_by("created_at", "pk")[1:3]
    url = reverse("wagtailadmin_pages:revisions_compare", args=[about.pk, first.pk, second.pk])
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    deleted = " ".join(e.get_text() for e in soup.select(".deletion"))
    added = " ".join(e.get_text() for e in soup.select(".addition"))
    assert "first" in deleted and "second" in added


def test_a_revision_can_be_reverted_and_published(client, pages, people):
    about = pages["about"]
    about.refresh_from_db()
    original = about.live_revision
    client.force_login(people["moderator"])
    save_page(client, about, action="action-publish", title="A mistaken title")
    about.refresh_from_db()
    assert about.title == "A mistaken title"

    revert_url = reverse("wagtailadmin_pages:revisions_revert", args=[about.pk, original.pk])
    response = client.get(revert_url)
    assert response.status_code == 200 and 'value="About"' in response.content.decode()
    from wagtail.test.utils.form_data import querydict_from_html

    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    data["body-count"] = "0"
    data["action-publish"] = "1"
    assert client.post(revert_url, data).status_code == 302  # the reverting form posts to its own address
    about.refresh_from_db()
    assert about.title == "About"
    assert PageLogEntry.objects.filter(page_id=about.pk, action="wagtail.revert").exists()


def test_an_editors_revert_is_a_draft_that_goes_through_approval(client, pages, people):
    """Editors may restore an old version as the draft; only a moderator's approval (or publish) puts it live."""
    about = pages["about"]
    about.refresh_from_db()
    original = about.live_revision
    client.force_login(people["moderator"])
    save_page(client, about, action="action-publish", title="A mistaken title")
    revert_url = reverse("wagtailadmin_pages:revisions_revert", args=[about.pk, original.pk])
    assert 'name="action-publish"' in client.get(revert_url).content.decode()

    client.force_login(people["editor"])
    response = client.get(revert_url)
    assert 'name="action-publish"' not in response.content.decode()
    from wagtail.test.utils.form_data import querydict_from_html

    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    data["body-count"] = "0"
    assert client.post(revert_url, data).status_code == 302
    about.refresh_from_db()
    assert about.title == "A mistaken title" and about.has_unpublished_changes
    assert about.get_latest_revision_as_object().title == "About"
