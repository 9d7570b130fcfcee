"""Media: image renditions are served (cards, PDF thumbnails), originals and document files never are, and
card images cost no query per card."""

from io import BytesIO

from django.core.files.images import ImageFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.images import get_image_model

import pytest
from PIL import Image as PILImage

from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


def make_image(number):
    buffer = BytesIO()
    PILImage.new("RGB", (1200, 700), (number * 20 % 255, 90, 160)).save(buffer, "PNG")
    return get_image_model().objects.create(
        title=f"Shapes {number}", file=ImageFile(buffer, name=f"shapes{number}.png")
    )


def test_renditions_are_served_and_originals_are_not(client):
    image = make_image(1)
    rendition = image.get_rendition("format-webp|width-400")
    response = client.get(rendition.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/webp"
    assert "max-age=2592000" in response["Cache-Control"]
    assert client.get(f"/media/{image.file.name}").status_code == 404  # original_images/…
    for path in ("/media/images/", "/media/images/../original_images/" + image.file.name.split("/")[-1]):
        assert client.get(path, follow=True).status_code in (400, 404)
    assert client.post(rendition.url).status_code == 405


def public_document(site_tree):
    """A document a live page links to: only such documents are served to visitors (core/uploads.py)."""
    from tests.factories import make_document

    document = make_document()
    page = ContentPageFactory(parent=site_tree["about_en"])
    page.body = [("paragraph", f'<p><a linktype="document" id="{document.pk}">Leaflet</a></p>')]
    page.save_revision().publish()
    return document


def test_document_files_are_not_served_from_media(client, site_tree):
    document = public_document(site_tree)
    assert client.get(f"/media/{document.file.name}").status_code == 404
    assert client.get(document.url).status_code == 200  # through Wagtail's view


def count(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_card_images_are_responsive_and_prefetched(client, site_tree):
    about = site_tree["about_en"]
    about.show_children = True
    about.save_revision().publish()
    for number in range(2):
        ContentPageFactory(parent=about, listing_image=make_image(number)).save_revision().publish()
    few, html = count(client, "/en/about/")
    assert html.count("<picture>") == 2
    assert 'type="image/avif"' in html and 'type="image/webp"' in html
    assert 'loading="lazy"' in html and "sizes=" in html
    for number in range(2, 7):
        ContentPageFactory(parent=about, listing_image=make_image(number)).save_revision().publish()
    many, html = count(client, "/en/about/")
    assert html.count("<picture>") == 7
    assert many == few


def test_documents_are_sent_without_a_bogus_content_encoding(client, site_tree):
    response = client.get(public_document(site_tree).url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "Content-Encoding" not in response
