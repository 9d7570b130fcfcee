"""A live leaflet changes only through approval, seen in a real browser as a Japanese-speaking Editor: its file
and title are locked with the reason beside them, there is no delete, and a new upload is not public until a
live page uses it (core/uploads.py)."""

import pytest

from tests.browser.conftest import sign_in

pytestmark = pytest.mark.browser


def test_an_editor_cannot_replace_or_delete_a_live_leaflet(page, live_site, editor, browser):
    from materials.models import MaterialPage

    material = MaterialPage.objects.live().filter(locale__language_code="ja").first()
    document = material.files.first().document
    sign_in(page, live_site, editor)
    page.goto(f"{live_site}/admin/documents/edit/{document.pk}/")
    assert page.locator("input[type=file][name=file]").is_disabled()
    assert page.locator("input[name=title]").is_disabled()
    assert page.get_by_text("このファイルは使用中のため、ここで差し替えることはできません").is_visible()
    assert page.locator(f"a[href*='/documents/delete/{document.pk}/']").count() == 0
    # Saving the form anyway changes neither.
    page.locator("form button[type=submit]").first.click()
    document.refresh_from_db()
    assert document.title == material.files.first().document.title
    # Visitors still get the approved file.
    visitor = browser.new_context()
    try:
        assert visitor.request.get(live_site + document.url).status == 200
    finally:
        visitor.close()


def test_a_new_upload_is_not_public_until_a_live_page_uses_it(page, live_site, editor, browser):
    from tests.factories import make_document

    document = make_document("未承認のチラシ", name="draft-leaflet.pdf")
    sign_in(page, live_site, editor)
    assert page.request.get(live_site + document.url).status == 200  # the editor can check it
    visitor = browser.new_context()
    try:
        assert visitor.request.get(live_site + document.url).status == 404
    finally:
        visitor.close()
