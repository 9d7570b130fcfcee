"""Images and documents reach visitors only through approval (core/uploads.py): the file of one in use is
never replaced, Editors cannot delete them, every file change is in Site history, and a document is
downloadable only once approved content uses it."""

from io import BytesIO

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.images import get_image_model
from wagtail.models import ModelLogEntry, Page

import pytest
from PIL import Image as PILImage

from core.uploads import FILE_REPLACED, is_in_use
from materials.models import CampaignDocument, MaterialPage
from tests.factories import ContentPageFactory, make_document, make_pdf

pytestmark = pytest.mark.django_db


def person(username, group):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "x", first_name=username)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor(client):
    user = person("editor-a", "Editors")
    client.force_login(user)
    return user


def png(shade=90):
    buffer = BytesIO()
    PILImage.new("RGB", (800, 500), (shade, 90, 160)).save(buffer, "PNG")
    return buffer.getvalue()


def make_image(user=None, shade=90):
    return get_image_model().objects.create(
        title=f"Shapes {shade}", file=ImageFile(BytesIO(png(shade)), name=f"shapes{shade}.png"), uploaded_by_user=user
    )


def edit_document(client, document, data=b"", **fields):
    payload = {
        "title": document.title,
        "collection": document.collection_id,
        "tags": "",
        "language": document.language,
        **fields,
    }
    if data:
        payload["file"] = SimpleUploadedFile("replacement.pdf", data)
    return client.post(f"/admin/documents/edit/{document.pk}/", payload)


class TestDeleting:
    def test_editors_cannot_delete_their_own_uploads(self, client, editor):
        document = make_document()
        document.uploaded_by_user = editor
        document.save()
        image = make_image(editor)
        for url in (f"/admin/documents/delete/{document.pk}/", f"/admin/images/{image.pk}/delete/"):
            assert client.get(url).status_code in (302, 403), url
            assert client.post(url).status_code in (302, 403), url
        assert CampaignDocument.objects.filter(pk=document.pk).exists()
        assert get_image_model().objects.filter(pk=image.pk).exists()
        # and the listing offers no delete
        page = client.get(f"/admin/documents/edit/{document.pk}/").content.decode()
        assert f"/admin/documents/delete/{document.pk}/" not in page

    def test_editors_may_still_edit_their_own_uploads(self, client, editor):
        document = make_document()
        document.uploaded_by_user = editor
        document.save()
        assert edit_document(client, document, title="Leaflet, corrected title").status_code == 302
        document.refresh_from_db()
        assert document.title == "Leaflet, corrected title"

    def test_moderators_can_delete(self, client):
        client.force_login(person("moderator-a", "Moderators"))
        document = make_document()
        image = make_image()
        assert client.post(f"/admin/documents/delete/{document.pk}/").status_code == 302
        assert client.post(f"/admin/images/{image.pk}/delete/").status_code == 302
        assert not CampaignDocument.objects.filter(pk=document.pk).exists()
        assert not get_image_model().objects.filter(pk=image.pk).exists()


class TestFilesInUse:
    def test_the_file_of_a_live_leaflet_cannot_be_replaced(self, client, demo_content, editor):
        material = MaterialPage.objects.live().filter(locale__language_code="ja").first()
        document = material.files.first().document
        before = (document.title, document.file.name, document.file_hash, document.page_count, document.thumbnail_id)
        form_page = client.get(f"/admin/documents/edit/{document.pk}/").content.decode()
        assert "cannot be replaced" in form_page or "差し替えることはできません" in form_page
        assert edit_document(client, document, make_pdf(3, "Wrong number"), title="Wrong").status_code == 302
        document.refresh_from_db()
        assert (
            document.title,
            document.file.name,
            document.file_hash,
            document.page_count,
            document.thumbnail_id,
        ) == before
        assert not ModelLogEntry.objects.filter(action=FILE_REPLACED).exists()

    def test_an_image_chosen_by_a_page_cannot_be_replaced(self, client, site_tree, editor):
        image = make_image(editor)
        ContentPageFactory(parent=site_tree["about_en"], listing_image=image).save_revision().publish()
        assert is_in_use(image)
        before = image.file.name
        response = client.post(
            f"/admin/images/{image.pk}/",
            {
                "title": image.title,
                "collection": image.collection_id,
                "tags": "",
                "file": SimpleUploadedFile("x.png", png(10)),
            },
        )
        assert response.status_code == 302
        image.refresh_from_db()
        assert image.file.name == before

    def test_a_document_chosen_by_a_revision_awaiting_approval_is_locked(self, demo_content, editor):
        material = MaterialPage.objects.live().filter(locale__language_code="ja").first()
        new = make_document("Corrected leaflet")
        assert not is_in_use(new)
        file = material.files.first()
        file.document = new
        material.files = [file, *material.files.all()[1:]]
        revision = material.save_revision(user=editor)
        material.get_workflow().start(material, editor)
        assert revision.pk and is_in_use(new)

    def test_an_unused_file_can_be_replaced_and_the_change_is_in_site_history(self, client, editor):
        document = make_document(pages=1)
        document.uploaded_by_user = editor
        document.save()
        assert edit_document(client, document, make_pdf(2)).status_code == 302
        document.refresh_from_db()
        assert document.page_count == 2
        entry = ModelLogEntry.objects.get(action=FILE_REPLACED, object_id=str(document.pk))
        assert entry.user == editor and entry.timestamp
        client.force_login(get_user_model().objects.create_superuser("admin-a", "admin-a@example.org", "x"))
        history = client.get("/admin/reports/site-history/?action=" + FILE_REPLACED).content.decode()
        assert "File replaced" in history or "ファイルを差し替え" in history
        assert document.title in history


class TestDownloads:
    def test_a_new_upload_is_not_public_until_a_live_page_uses_it(self, client, site_tree):
        document = make_document()
        assert client.get(document.url).status_code == 404
        page = ContentPageFactory(parent=site_tree["about_en"])
        page.body = [("paragraph", f'<p><a linktype="document" id="{document.pk}">Leaflet</a></p>')]
        page.save_revision()  # a draft: still not public
        assert client.get(document.url).status_code == 404
        page.get_latest_revision().publish()
        assert client.get(document.url).status_code == 200
        page.refresh_from_db()
        page.unpublish()
        assert client.get(document.url).status_code == 404

    def test_editors_can_open_any_document(self, client, editor):
        assert client.get(make_document().url).status_code == 200

    def test_every_demo_leaflet_is_public(self, client, demo_content):
        for material in MaterialPage.objects.live().prefetch_related("files__document")[:3]:
            for file in material.files.all():
                assert client.get(file.document.url).status_code == 200
        assert Page.objects.live().exists()
