"""Search knows the words people use: taxonomy and helpline names are indexed, synonyms edited in the
admin apply at query time in both languages, one kanji finds pages that contain it, excerpts never show
block labels, and the page carries the quick exit with a title that never holds the query."""

from urllib.parse import quote

from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup

from core.search import expand
from materials.models import MaterialPage, Topic
from sitesearch.models import SearchSynonym, split_terms

pytestmark = pytest.mark.django_db


def results(client, language, query):
    response = client.get(f"/{language}/search/?q={quote(query)}")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return soup, [a["href"] for a in soup.select("[data-search-results] .search-result__title a")]


@pytest.mark.parametrize(("language", "query"), [("ja", "グルーミング"), ("en", "grooming")])
def test_a_topic_finds_the_materials_that_carry_it(client, demo_content, language, query):
    tagged = MaterialPage.objects.live().filter(
        locale__language_code=language, topics__in=Topic.objects.filter(slug="grooming")
    )
    assert tagged.count() >= 3
    _soup, links = results(client, language, query)
    for page in tagged:
        assert page.url in links, page.url


@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("en", "sextortion", "/en/materials/if-you-are-threatened-leaflet/"),
        ("ja", "sextortion", "/ja/materials/if-you-are-threatened-leaflet/"),
        ("ja", "セクストーション", "/ja/materials/if-you-are-threatened-leaflet/"),
        ("en", "CSAM", "/en/guidance/how-serious-the-harm-is/"),
        ("ja", "CSAM", "/ja/guidance/how-serious-the-harm-is/"),
        ("ja", "児童ポルノ", "/ja/guidance/how-serious-the-harm-is/"),
        ("ja", "自画撮り", "/ja/guidance/protecting-your-child-online/"),
        ("en", "self-generated images", "/en/guidance/protecting-your-child-online/"),
        ("ja", "手なずけ", "/ja/guidance/protecting-your-child-online/"),
        ("ja", "#8103", "/ja/help/"),
    ],
)
def test_the_words_people_use_find_the_right_pages(client, demo_content, language, query, expected):
    _soup, links = results(client, language, query)
    assert expected in links, links


def test_a_synonym_is_marked_in_the_excerpt(client, demo_content):
    soup, _links = results(client, "en", "CSAM")
    marked = {mark.get_text().lower() for mark in soup.select(".search-result mark")}
    assert "child sexual abuse material" in marked


def test_a_draft_synonym_group_is_not_applied(client, demo_content):
    ja = Locale.objects.get(language_code="ja")
    _soup, before = results(client, "ja", "ほげほげ語")
    assert not before
    group = SearchSynonym(locale=ja, name="test", terms="ほげほげ語\n児童", live=False)
    group.save()
    _soup, after = results(client, "ja", "ほげほげ語")
    assert not after  # not published, so not used
    group.live = True
    group.save()
    _soup, published = results(client, "ja", "ほげほげ語")
    assert published


def test_one_kanji_finds_the_pages_that_contain_it(client, demo_content):
    _soup, links = results(client, "ja", "脅")
    assert "/ja/materials/if-you-are-threatened-leaflet/" in links or any("guidance" in link for link in links)
    assert links


@pytest.mark.parametrize(("language", "query"), [("ja", "法律"), ("ja", "相談"), ("en", "law"), ("en", "help")])
def test_excerpts_never_show_block_labels(client, demo_content, language, query):
    soup, links = results(client, language, query)
    assert links
    text = " ".join(p.get_text(" ") for p in soup.select(".search-result"))
    for label in ("見出し2", "見出し3", "Heading 2", "Heading 3", "重要", "Important", "Warning", "注意"):
        assert label not in text, label


@pytest.mark.parametrize(("language", "title"), [("ja", "検索結果"), ("en", "Search results")])
def test_the_title_never_carries_the_query_and_the_quick_exit_is_there(client, demo_content, language, title):
    soup, _links = results(client, language, "相談 secretword")
    assert soup.title.get_text(strip=True).startswith(title)
    assert "secretword" not in soup.title.get_text()
    assert soup.select_one("a[data-quick-exit]") is not None


def test_terms_are_split_and_expanded():
    assert split_terms("CSAM\n児童ポルノ、 児童性的虐待記録物, csam") == ["CSAM", "児童ポルノ", "児童性的虐待記録物"]
    groups = [["sextortion", "セクストーション", "性的脅迫"], ["grooming", "グルーミング"]]
    rest, found = expand("セクストーションの相談", groups)
    assert found == [groups[0]] and "相談" in rest and "セクストーション" not in rest
    rest, found = expand("groomings sextortion help", groups)  # a whole word only
    assert found == [groups[0]] and "groomings" in rest
    assert expand("nothing here", groups) == ("nothing here", [])


def test_a_group_needs_two_words(demo_content):
    from django.core.exceptions import ValidationError

    group = SearchSynonym(locale=Locale.objects.get(language_code="en"), name="x", terms="only one")
    with pytest.raises(ValidationError):
        group.clean()
