"""The admin in Japanese all the way: a Japanese-speaking Editor signs in and opens the main paths, and no
visible English word is left beyond a short allowlist (product names, file types, codes). Wagtail's own
Japanese catalogue leaves about a thousand strings in English; locale-wagtail/ translates them."""

import re

from django.apps import apps
from django.conf import settings
from django.contrib.admin.utils import quote
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import CharField, TextField
from django.test import Client
from django.urls import reverse

from wagtail.models import Collection, Page, Site
from wagtail.users.models import UserProfile

import pytest
from bs4 import BeautifulSoup

from core.review import reviewed_page_models
from governance import roles
from materials.models import CampaignDocument

pytestmark = pytest.mark.django_db

# Words that are not English prose: product and format names, and codes an editor types.
# "English" is the language's own name, as language menus write it; KB and MB are file sizes.
ALLOWED = {"Wagtail", "PDF", "URL", "ZIP", "CSV", "XLSX", "iCalendar", "RSS", "Atom", "JPEG", "PNG", "WebP", "HTML"}
ALLOWED |= {"JavaScript", "Open", "Graph", "SNS", "PTA", "LINE"}
ALLOWED |= {"Alt", "Ctrl", "Esc", "Shift", "Enter", "Tab", "Cmd", "Option", "Return", "Space"}  # keys, as printed
ALLOWED |= {"None"}  # Wagtail's empty, hidden side-panel counter prints Python's None: not text anyone sees
ADDRESS = re.compile(r"https?://\S+")
SLUG = re.compile(r"\b[a-z0-9]+(?:-[a-z0-9]+)+\b")  # an address or slug, as an example or a value
ALLOWED |= {"English", "KB", "MB", "QR"}  # QRコード is how Japanese says it
WORD = re.compile(r"[A-Za-z][A-Za-z'’]+(?:[ -][A-Za-z][A-Za-z'’]+)*")
# Dialogs (the schedule dialog) and side panels (status) are hidden until opened: their text counts too.
HIDDEN = ("script", "style", "svg", "code", "pre", "textarea")


def visible_english(html, content):
    """English words in the page's visible text, leaving out the site's own content (titles, file names)."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(HIDDEN):
        tag.decompose()
    text = " ".join(soup.stripped_strings)
    for item in content:
        text = text.replace(item, " ")
    text = SLUG.sub(" ", ADDRESS.sub(" ", text))
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
    paths.append(f"/admin/pages/{home.pk}/workflow_history/")
    revisions = list(home.revisions.order_by("created_at").values_list("pk", flat=True))
    if len(revisions) > 1:
        paths.append(f"/admin/pages/{home.pk}/revisions/compare/{revisions[0]}...{revisions[-1]}/")
    # reports
    paths += [reverse(f"wagtailadmin_reports:{name}") for name in ("workflow", "workflow_tasks", "aging_pages")]
    paths.append(reverse("materials_most_downloaded"))
    paths.append(reverse("governance_review_due"))
    # the public snippets: each listing and an edit form
    for app_label, model_name in roles.PUBLIC_SNIPPETS:
        model = apps.get_model(app_label, model_name)
        viewset = model.snippet_viewset
        paths.append(reverse(viewset.get_url_name("list")))
        first = model.objects.filter(locale__language_code="ja").order_by("pk").first()
        if first is not None:
            paths.append(reverse(viewset.get_url_name("edit"), args=[quote(first.pk)]))
    paths.append(f"/admin/documents/edit/{CampaignDocument.objects.order_by('pk').first().pk}/")
    return paths


def content_strings():
    """The site's own words that may be English (page titles, file names): content, not the interface."""
    strings = set(Page.objects.values_list("title", flat=True)) | {settings.WAGTAIL_SITE_NAME}
    strings |= set(Collection.objects.values_list("name", flat=True)) | set(
        Site.objects.values_list("site_name", flat=True)
    )
    strings |= set(get_user_model().objects.values_list("username", flat=True))
    for app_label, model_name in roles.PUBLIC_SNIPPETS:  # listings show both languages' records
        model = apps.get_model(app_label, model_name)
        text_fields = [f.name for f in model._meta.get_fields() if isinstance(f, (CharField, TextField))]
        for row in model.objects.values_list(*text_fields):
            strings |= {value for value in row if value}
    for model in reviewed_page_models():  # editors' notes on what to check are content too
        strings |= set(model.objects.exclude(review_note="").values_list("review_note", flat=True))
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


def test_the_workflow_e_mails_are_japanese(demo_content, mailoutbox, settings):
    """A page submitted for approval: the e-mail to the people who may check it is in Japanese, the
    workflow's and task's names included (governance/names.py)."""
    settings.WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
    people = []
    for username, group in (("ja-author", "Editors"), ("ja-checker", "Editors")):
        user = get_user_model().objects.create_user(username, f"{username}@example.org", "x", first_name="一郎")
        user.groups.add(Group.objects.get(name=group))
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "ja"
        profile.save()
        people.append(user)
    author = people[0]
    page = Page.objects.filter(locale__language_code="ja", depth=3).first().specific
    page.save_revision(user=author)
    page.get_workflow().start(page, author)
    to_checker = [m for m in mailoutbox if m.to == ["ja-checker@example.org"]]
    assert to_checker, [m.to for m in mailoutbox]
    content = content_strings()
    for message in to_checker:
        assert "二段階承認" in message.body or "事実確認" in message.body, message.body
        english = visible_english(f"<p>{message.subject}</p><pre>{message.body}</pre>".replace("pre>", "p>"), content)
        assert not english, (message.subject, english)
