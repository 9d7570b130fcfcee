"""People in each role, and helpers that drive the admin the way an editor does."""

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.fields import StreamField
from wagtail.models import Page, TaskState
from wagtail.test.utils.form_data import querydict_from_html

import pytest
from bs4 import BeautifulSoup

PASSWORD = "a-long-test-password-42"


@pytest.fixture
def people(db, django_user_model):
    """One user per role (two editors: the author and a colleague who fact-checks)."""

    def person(username, *groups):
        user = django_user_model.objects.create_user(username, f"{username}@example.org", PASSWORD)
        user.groups.add(*Group.objects.filter(name__in=groups))
        return user

    return {
        "editor": person("editor", "Editors"),
        "colleague": person("colleague", "Editors"),
        "moderator": person("moderator", "Moderators"),
        "translator": person("translator", "Translators"),
        "liaison": person("liaison", "School liaison"),
        "nobody": person("nobody"),
    }


@pytest.fixture
def in_english(people):
    """The admin in English for everyone (its default is Japanese), so tests can read it."""
    for user in people.values():
        set_admin_language(user, "en")


def set_admin_language(user, language_code):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language_code
    profile.save()


@pytest.fixture
def site(db):
    from tests.factories import build_site

    home_ja, home_en = build_site()
    return {"home_ja": home_ja, "home_en": home_en}


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def page_form(client, page):
    """The page editor's form data as the browser would send it."""
    response = client.get(edit_url(page))
    assert response.status_code == 200
    html = response.content.decode()
    data = querydict_from_html(html, form_id="page-edit-form")
    # querydict_from_html sends a ticked checkbox without a value attribute as "", which Django reads as
    # unticked: send what a browser sends ("on"), so saving the form keeps every box as it was.
    form = BeautifulSoup(html, "html.parser").find(id="page-edit-form")
    for box in form.find_all("input", type="checkbox", checked=True):
        if not box.has_attr("value") and data.get(box["name"]) == "":
            values = data.getlist(box["name"])
            data.setlist(box["name"], ["on" if value == "" else value for value in values])
    # Stream fields are drawn by JavaScript: the tests' pages leave them empty.
    for field in page.specific._meta.get_fields():
        if isinstance(field, StreamField) and f"{field.name}-count" not in data:
            assert not getattr(page.specific, field.name), f"fill in {field.name} by hand"
            data[f"{field.name}-count"] = "0"
    return data


def save_page(client, page, action=None, **changes):
    """Edit the page in the admin: change fields, then save a draft (no action), or `action-submit`,
    `action-publish`…"""
    data = page_form(client, page)
    for name, value in changes.items():
        data[name] = value
    if action:
        data[action] = "1"
    return client.post(edit_url(page), data)


def current_task_state(obj):
    return TaskState.objects.for_instance(obj).filter(status=TaskState.STATUS_IN_PROGRESS).get()


def workflow_action(client, obj, action, comment=""):
    """Approve or reject the current step, as the dashboard's buttons do. Returns whether it was allowed
    (the admin answers a refusal with a redirect to the dashboard and an error message)."""
    task_state = current_task_state(obj)
    if isinstance(obj, Page):
        url = reverse("wagtailadmin_pages:workflow_action", args=[obj.pk, action, task_state.pk])
    else:
        url = reverse(obj.snippet_viewset.get_url_name("workflow_action"), args=[obj.pk, action, task_state.pk])
    response = client.post(url, {"comment": comment})
    assert response.status_code in (302, 403)
    return response.status_code == 302 and response["Location"] != reverse("wagtailadmin_home")
