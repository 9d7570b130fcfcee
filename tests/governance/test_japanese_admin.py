"""The admin in Japanese all the way: a Japanese-speaking Editor signs in and opens the main paths, and no
visible English word is left beyond a short allowlist (product names, file types, codes). Wagtail's own
Japanese catalogue leaves about a thousand strings in English; locale-wagtail/ translates them."""

import re

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client

from wagtail.models import Page
from wagtail.users.models import UserProfile

import pytest
from bs4 import BeautifulSoup

from materials.models import CampaignDocument

pytestmark = pytest.mark.django_db

# Words that are not English prose: product and format names, and codes an editor types.
# "English" is the language's own name, as language menus write it; KB and MB are file sizes.
ALLOWED = {"Wagtail", "PDF", "URL", "ZIP", "CSV", "iCalendar", "RSS", "Atom", "JPEG", "PNG", "WebP", "HTML"}
ALLOWED |= {"English", "KB", "MB"}
WORD = re.compile(r"[A-Za-z][A-Za-z'’]+(?:[ -][A-Za-z][A-Za-z'’]+)*")
HIDDEN = ("script", "style", "template", "noscript", "svg", "code", "pre", "textarea", "select", "option")


def visible_english(html, content):
    """English words in the page's visible text, leaving out the site's own content (titles, file names)."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(HIDDEN):
        tag.decompose()
    for tag in soup.select("[hidden], .visually-hidden-if-js, [aria-hidden=true]"):
        tag.decompose()
    text = " ".join(soup.stripped_strings)
    for item in content:
        text = text.replace(item, " ")
    found = set()
    for match in WORD.finditer(text):
        words = [word for word in re.split(r"[ -]", match.group()) if word not in ALLOWED and len(word) > 1]
        if words:
            found.add(match.group())
    return found


@pytest.fixture
def editor():
    user = get_user_model().objects.create_user(
        "ja-editor", "ja-editor@example.org", "x", first_name="花子", last_name="編集"
    )
    user.groups.add(Group.objects.get(name="Editors"))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ja"
    profile.save()
    client = Client()
    client.force_login(user)
    return client


def main_paths():
    japanese = Page.objects.filter(locale__language_code="ja", depth__gt=1)
    home = japanese.get(depth=2)
    paths = [
        "/admin/",
        f"/admin/pages/{home.pk}/",
        "/admin/reports/site-history/",
        "/admin/documents/",
        "/admin/images/",
    ]
    # the editor of every page type, and a page's history
    seen = set()
    for page in japanese.specific().order_by("path"):
        if type(page) not in seen:
            seen.add(type(page))
            paths.append(f"/admin/pages/{page.pk}/edit/")
    paths.append(f"/admin/pages/{home.pk}/history/")
    paths.append(f"/admin/documents/edit/{CampaignDocument.objects.order_by('pk').first().pk}/")
    return paths


def content_strings():
    """The site's own words that may be English (page titles, file names): content, not the interface."""
    strings = set(Page.objects.values_list("title", flat=True)) | {settings.WAGTAIL_SITE_NAME}
    strings |= set(CampaignDocument.objects.values_list("title", flat=True))
    strings |= {name.rsplit("/", 1)[-1] for name in CampaignDocument.objects.values_list("file", flat=True)}
    return sorted(strings, key=len, reverse=True)


def test_the_main_paths_have_no_english_left(editor, demo_content):
    content = content_strings()
    leftovers = {}
    for path in main_paths():
        response = editor.get(path)
        assert response.status_code == 200, path
        english = visible_english(response.content.decode(), content)
        if english:
            leftovers[path] = sorted(english)
    assert not leftovers, leftovers


def test_sign_in_is_japanese():
    for path in ("/admin/login/", "/admin/password_reset/"):
        response = Client().get(path)
        assert response.status_code == 200, path
        assert not visible_english(response.content.decode(), []), path
