"""The admin's documents listing shows each leaflet's first page, page count, languages and the material
pages that use it, in a fixed number of queries (materials/admin_views.py)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

import pytest
from bs4 import BeautifulSoup

from materials.models import MaterialFile, MaterialPage
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
