"""The admin's documents listing shows each leaflet's first page, page count, language and the material
pages that use it, in a fixed number of queries; the chooser offers the edited page's language first
(materials/admin_views.py)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

import pytest
from bs4 import BeautifulSoup

from materials.models import CampaignDocument, MaterialFile, MaterialPage
from tests.factories import make_document

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    user = get_user_model().objects.create_user("doc-lister", "dl@example.org", "x")
    user.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(user)
    return client


def test_each_document_shows_its_thumbnail_pages_languages_and_materials(editor, demo_content):
    file = MaterialFile.objects.select_related("document", "page").filter(page__locale__language_code="ja").first()
    response = editor.get("/admin/documents/?q=" + file.document.title[:6])
    assert response.status_code == 200
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    row = next(tr for tr in soup.select("tbody tr") if file.document.title in tr.get_text())
    text = row.get_text(" ", strip=True)
    assert row.find("img") is not None  # the first page
    assert str(file.document.page_count) in text
    assert "日本語" in text and file.page.title in text


def test_the_listing_costs_the_same_queries_with_more_documents(editor, demo_content):
    def queries():
        url = "/admin/documents/?ordering=-created_at"  # the newest first: the extra ones are on the page
        editor.get(url)
        with CaptureQueriesContext(connection) as captured:
            response = editor.get(url)
        assert response.status_code == 200
        return len(captured), response.content.decode().count("<img")

    few, images = queries()
    material = MaterialPage.objects.filter(locale__language_code="ja").first()
    for number in range(4):
        document = make_document(f"Extra leaflet {number}", name=f"extra-{number}.pdf")
        MaterialFile.objects.create(page=material, document=document, language="ja")
    more, more_images = queries()
    assert more_images > images or images >= 20  # the new rows are shown
    assert more == few


def chooser_rows(client, page, path="/admin/documents/chooser/", **params):
    response = client.get(path, params, headers={"Referer": f"http://testserver/admin/pages/{page.pk}/edit/"})
    assert response.status_code == 200
    html = response.json()["html"] if path.endswith("chooser/") else response.content.decode()
    soup = BeautifulSoup(html, "html.parser")
    return soup, [tr.get_text(" ", strip=True) for tr in soup.select("tbody tr")]


@pytest.mark.parametrize(("language", "label"), [("ja", "日本語"), ("en", "英語")])
def test_the_chooser_offers_the_pages_own_language_first(editor, demo_content, language, label):
    page = MaterialPage.objects.get(locale__language_code=language, slug=MaterialPage.objects.first().slug)
    other = "en" if language == "ja" else "ja"
    newest = make_document("A newer leaflet in the other language", name="newer.pdf")
    CampaignDocument.objects.filter(pk=newest.pk).update(language=other)
    in_language = CampaignDocument.objects.filter(language=language).count()
    assert in_language >= 2

    soup, rows = chooser_rows(editor, page)
    assert all(label in row for row in rows[: min(in_language, len(rows))])  # the page's language comes first
    assert newest.title not in " ".join(rows[:in_language])  # although the other one is newer
    headers = [th.get_text(strip=True) for th in soup.select("thead th")]
    assert "言語" in headers

    _soup, page_two = chooser_rows(editor, page, "/admin/documents/chooser/results/", p=2)
    assert page_two  # paging keeps working with the same ordering


def test_an_upload_from_the_chooser_starts_in_the_pages_language(editor, demo_content):
    page = MaterialPage.objects.filter(locale__language_code="en").first()
    soup, _rows = chooser_rows(editor, page)
    selected = soup.select_one("select[name='document-chooser-upload-language'] option[selected]")
    assert selected is not None and selected["value"] == "en"


@pytest.mark.parametrize(
    "referer",
    [
        "",
        "http://elsewhere.example/admin/pages/1/edit/",
        "http://testserver/nowhere/",
        "http://testserver/admin/pages/999999/edit/",
        "http://testserver/admin/pages/add/x/y/1/?locale=xx",
    ],
)
def test_the_chooser_works_whatever_the_referer(editor, demo_content, referer):
    response = editor.get("/admin/documents/chooser/", headers={"Referer": referer} if referer else {})
    assert response.status_code == 200
    assert "<tr" in response.json()["html"]
