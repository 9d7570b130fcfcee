"""The translation workflow: wagtail-localize translates pages field by field and shows what is out of date."""

import json

from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from home.models import ContentPage
from tests.factories import ContentPageFactory, build_site

pytestmark = pytest.mark.django_db


def translate_all(translation, strings):
    """Enter a translation for every segment, as an editor does in the translation editor."""
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": strings.get(segment.string.data, segment.string.data)},
        )


def test_a_translation_made_with_wagtail_localize_publishes_and_stays_in_sync(
    client, django_capture_on_commit_callbacks
):
    home_ja, _home_en = build_site()
    page = ContentPageFactory(
        parent=home_ja,
        slug="filtering",
        title="フィルタリング",
        introduction="家庭でできること。",
        body=json.dumps([{"type": "paragraph", "value": "<p>Wi-Fiにも設定を。</p>", "id": "p1"}]),
    )
    page.save_revision().publish()
    english = Locale.objects.get(language_code="en")

    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=english)
    translate_all(
        translation,
        {
            "フィルタリング": "Filtering",
            "家庭でできること。": "What you can do at home.",
            "Wi-Fiにも設定を。": "Set it on Wi-Fi too.",
        },
    )
    assert translation.get_progress() == (4, 4)  # title, summary, introduction, paragraph: the slug is kept
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        translation.save_target(publish=True)

    response = client.get("/en/filtering/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text() == "Filtering"
    assert "Set it on Wi-Fi too." in soup.select_one(".prose").get_text()

    # The Japanese changes: the translation shows what is now out of date until it is translated.
    page.introduction = "家庭でできる3つのこと。"
    page.save_revision().publish()
    source.update_from_db()
    total, done = translation.get_progress()
    assert done == total - 1
    assert str(translation.get_status_display()) == "Waiting for translations"
    translate_all(translation, {"家庭でできる3つのこと。": "Three things you can do at home."})
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    english_page = ContentPage.objects.get(locale=english, slug="filtering")
    assert english_page.introduction == "Three things you can do at home."
    assert english_page.live


def test_editors_can_start_a_translation_in_the_admin(admin_client):
    home_ja, _home_en = build_site()
    page = ContentPageFactory(parent=home_ja, slug="guide", title="ガイド")
    page.save_revision().publish()
    response = admin_client.get(f"/admin/localize/submit/page/{page.pk}/")
    assert response.status_code == 200
    assert b"English" in response.content


def test_the_demo_about_pages_are_synced_translations(demo_content, client):
    translations = Translation.objects.filter(target_locale__language_code="en")
    sources = {t.source.object_repr for t in translations}
    assert {"プライバシー", "アクセシビリティ", "利用規約"} <= sources
    for translation in translations:
        total, done = translation.get_progress()
        assert total == done > 0
    soup = BeautifulSoup(client.get("/en/about/privacy/").content, "html.parser")
    assert soup.h1.get_text() == "Privacy"


def test_every_page_announces_its_translations(client, demo_content):
    soup = BeautifulSoup(client.get("/en/about/privacy/").content, "html.parser")
    links = {link["hreflang"]: link["href"] for link in soup.select('link[rel="alternate"][hreflang]')}
    assert links == {"ja": "http://testserver/ja/about/privacy/", "en": "http://testserver/en/about/privacy/"}


def test_an_untranslated_page_says_where_the_language_link_leads(client):
    home_ja, _home_en = build_site()
    page = ContentPageFactory(parent=home_ja, slug="ja-only", title="日本語だけのページ")
    page.save_revision().publish()
    soup = BeautifulSoup(client.get("/ja/ja-only/").content, "html.parser")
    switch = soup.select_one('a[hreflang="en"][data-language-link]')
    assert switch["href"] == "/en/"
    note = soup.select_one(".untranslated-note")
    assert note is not None and "English home page" in note.get_text()
