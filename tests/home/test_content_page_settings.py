"""The quick exit on a content page, set through the admin as the editor's guide says ("tick the quick exit
(under Settings)"): an editor ticks it in the Settings tab, a moderator publishes, and the page shows it."""

from django.contrib.auth.models import Group

from wagtail.test.utils import WagtailTestUtils

import pytest

from tests.governance.conftest import PASSWORD, edit_url, page_form, set_admin_language


@pytest.fixture
def people(db, django_user_model):
    def person(username, group):
        user = django_user_model.objects.create_user(username, f"{username}@example.org", PASSWORD)
        user.groups.add(Group.objects.get(name=group))
        set_admin_language(user, "en")
        return user

    return {"editor": person("editor", "Editors"), "moderator": person("moderator", "Moderators")}


@pytest.fixture
def page(site_tree):
    return site_tree["about_en"]


def settings_tab(html):
    """The Settings tab's panel, found from its tab button. (Wagtail makes the tab ids from the headings in the
    language active when the edit form was first built in this process, so the id is not always
    "tab-settings".)"""
    soup = WagtailTestUtils.get_soup(html)
    button = next(
        (b for b in soup.select("[role=tab]") if b.get_text(strip=True).startswith(("Settings", "設定"))), None
    )
    assert button is not None, "the editor has no Settings tab"
    return soup.find(id=button["aria-controls"] if button.has_attr("aria-controls") else button["href"].lstrip("#"))


def post_editor(client, page, action=None, **changes):
    """Post the page editor's form as a browser would. Wagtail's querydict_from_html (behind page_form)
    sends a ticked checkbox that has no value attribute as "", which Django reads as unticked; a browser
    sends "on"."""
    data = page_form(client, page)
    form = WagtailTestUtils.get_soup(client.get(edit_url(page)).content.decode()).find(id="page-edit-form")
    for box in form.find_all("input", type="checkbox", checked=True):
        if "value" not in box.attrs:
            data[box["name"]] = "on"
    for name, value in changes.items():
        data[name] = value
    if action:
        data[action] = "1"
    return client.post(edit_url(page), data)


def shows_quick_exit(client, page):
    return "data-quick-exit" in client.get(page.url).content.decode()


def test_the_quick_exit_is_in_the_settings_tab_with_its_label_and_help(client, people, page):
    client.force_login(people["editor"])
    tab = settings_tab(client.get(edit_url(page)).content.decode())
    box = tab.find("input", attrs={"name": "show_quick_exit"})
    assert box is not None and box["type"] == "checkbox" and "checked" not in box.attrs
    label = tab.find("label", attrs={"for": box["id"]})
    assert " ".join(label.get_text().split()) == "Show the quick exit"
    text = " ".join(tab.get_text().split())
    assert "For pages a child or victim may read. Never on pages for teachers or about campaigns." in text
    # Wagtail's own settings are still there: the schedule (go live, expiry).
    assert tab.find("input", attrs={"name": "go_live_at"}) is not None


def test_an_editor_ticks_the_quick_exit_and_the_published_page_shows_it(client, people, page):
    assert not page.show_quick_exit and not shows_quick_exit(client, page)

    client.force_login(people["editor"])
    response = post_editor(client, page, show_quick_exit="on")
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().show_quick_exit  # in the draft
    assert not page.show_quick_exit  # not live yet: an editor cannot publish

    client.force_login(people["moderator"])
    response = post_editor(client, page, action="action-publish")  # the form shows the draft, box ticked
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.show_quick_exit and shows_quick_exit(client, page)

    # And unticking it takes it away again.
    data = page_form(client, page)
    data.pop("show_quick_exit", None)  # an unticked box is not sent
    data["action-publish"] = "1"
    assert client.post(edit_url(page), data).status_code == 302
    page.refresh_from_db()
    assert not page.show_quick_exit and not shows_quick_exit(client, page)
