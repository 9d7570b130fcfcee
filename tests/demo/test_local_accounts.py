"""The local superuser: created once, with a generated password printed once."""

import re
from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

import pytest

pytestmark = pytest.mark.django_db


def run(**kwargs):
    out = StringIO()
    call_command("ensure_local_superuser", stdout=out, **kwargs)
    return out.getvalue()


def test_superuser_is_created_once_with_a_generated_password(settings):
    settings.DEBUG = True
    first = run()
    password = re.search(r"password: (\S+)", first).group(1)
    assert len(password) >= 16
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser and user.check_password(password)

    second = run()
    assert "already exists" in second
    assert "password:" not in second
    assert get_user_model().objects.filter(is_superuser=True).count() == 1


def test_passwords_are_not_fixed(settings):
    settings.DEBUG = True
    first = re.search(r"password: (\S+)", run()).group(1)
    get_user_model().objects.all().delete()
    second = re.search(r"password: (\S+)", run()).group(1)
    assert first != second


def test_refused_when_debug_is_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        run()
    assert not get_user_model().objects.exists()


def test_an_editor_and_a_moderator_are_created_once_for_trying_the_workflow(settings):
    settings.DEBUG = True
    first = run()
    User = get_user_model()
    for username, group in (("editor", "Editors"), ("moderator", "Moderators")):
        secret = re.search(rf"  {username} \({group}: [^)]*\): (\S+)", first).group(1)
        user = User.objects.get(username=username)
        assert user.check_password(secret) and not user.is_superuser
        assert list(user.groups.values_list("name", flat=True)) == [group]
    second = run()
    assert "editor (" not in second and "moderator (" not in second
    assert User.objects.filter(username__in=["editor", "moderator"]).count() == 2


def test_the_role_accounts_can_be_left_out(settings):
    settings.DEBUG = True
    run(without_role_accounts=True)
    assert not get_user_model().objects.filter(username__in=["editor", "moderator"]).exists()


def test_every_local_account_has_a_name_and_an_address_so_that_its_settings_save(settings, client):
    """Wagtail's account settings ask for a name and an e-mail address: without them, choosing English failed."""
    settings.DEBUG = True
    User = get_user_model()
    User.objects.create_user(username="editor", password="x")  # made by an earlier version: no name
    run()
    for username in ("admin", "editor", "moderator"):
        user = User.objects.get(username=username)
        assert user.first_name and user.last_name and user.email.endswith("@example.org"), username
    editor = User.objects.get(username="editor")
    assert editor.check_password("x")  # an existing account keeps its password
    admin = User.objects.get(username="admin")
    client.force_login(admin)
    response = client.post(  # what the form holds when the editor only changes the language
        "/admin/account/",
        {
            "name_email-first_name": admin.first_name,
            "name_email-last_name": admin.last_name,
            "name_email-email": admin.email,
            "locale-preferred_language": "en",
            "locale-current_time_zone": "Asia/Tokyo",
            "theme-theme": "system",
            "theme-density": "default",
            "theme-contrast": "system",
            "theme-keyboard_shortcuts": "true",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert User.objects.get(username="admin").wagtail_userprofile.preferred_language == "en"
