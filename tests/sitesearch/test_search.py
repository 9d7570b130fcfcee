"""The search page on the demo site: Japanese and English, one language at a time, recording nothing."""

import logging
from urllib.parse import quote

from django.conf import settings

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def search(client, language, query, **params):
    extra = "".join(f"&{key}={value}" for key, value in params.items())
    return client.get(f"/{language}/search/?q={quote(query)}{extra}")


def result_links(response):
    soup = BeautifulSoup(response.content, "html.parser")
    container = soup.select_one("[data-search-results]")
    assert container is not None
    return [a["href"] for a in container.select(".search-result__title a")]


@pytest.mark.parametrize(
    "language, query, at_least",
    [
        ("ja", "児童", 3),
        ("ja", "フィルタリング", 1),
        ("ja", "相談", 2),
        ("en", "filtering", 1),
        ("en", "helpline", 1),
        ("en", "leaflet", 1),
    ],
)
def test_searches_find_pages_in_their_own_language_only(client, demo_content, language, query, at_least):
    response = search(client, language, query)
    assert response.status_code == 200
    links = result_links(response)
    assert len(links) >= at_least
    assert all(link.startswith(f"/{language}/") for link in links), links


def test_japanese_words_inside_longer_words_are_found(client, demo_content):
    links = result_links(search(client, "ja", "フィルタリング"))
    assert "/ja/guidance/protecting-your-child-online/" in links
    assert "/ja/help/" in result_links(search(client, "ja", "相談"))


def test_nonsense_finds_nothing_and_offers_suggestions_and_helplines(client, demo_content):
    for language, query in (("ja", "ぬゔぁぱぴ"), ("en", "zxqvbnm")):
        response = search(client, language, query)
        assert response.status_code == 200
        assert result_links(response) == []
        soup = BeautifulSoup(response.content, "html.parser")
        assert soup.select_one("[data-search-results] .search-suggestions") is None
        assert soup.select(".search-suggestions a")
        assert soup.select_one(".urgent-help a[href^='tel:']") is not None


def test_each_result_has_title_section_summary_and_a_marked_excerpt(client, demo_content):
    soup = BeautifulSoup(search(client, "en", "filtering").content, "html.parser")
    results = soup.select("[data-search-results] .search-result")
    assert results
    guidance = next(r for r in results if "protecting-your-child-online" in r.select_one("a")["href"])
    assert guidance.select_one(".search-result__section").get_text() == "Guidance"
    assert guidance.select_one(".search-result__summary").get_text().strip()
    assert guidance.select_one(".search-result__excerpt mark").get_text().lower().startswith("filtering")


def test_results_can_be_narrowed_to_a_section(client, demo_content):
    links = result_links(search(client, "en", "campaign", type="news"))
    assert links and all(link.startswith("/en/news/") for link in links)
    assert search(client, "en", "campaign", type="nonsense").status_code == 400


def test_excerpts_escape_the_page_text_and_the_query(client, demo_content):
    response = search(client, "en", "<script>alert(1)</script> law")
    assert response.status_code == 200
    assert b"<script>alert(1)" not in response.content


@pytest.mark.parametrize(
    "url",
    [
        "/ja/search/",
        "/ja/search/?q=",
        "/ja/search/?q=%00",
        "/ja/search/?q=%E5%85%90%00%E7%AB%A5",
        "/en/search/?q=%22law%22+%28a%29+*+-OR",
        "/en/search/?q=" + "a" * 5000,
        "/ja/search/?q=" + quote("児童" * 2000),
        "/en/search/?q=law&q=filtering",
        "/en/search/?q=%ff%fe",
    ],
)
def test_awkward_queries_get_a_normal_page(client, demo_content, url):
    response = client.get(url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert len(soup.select_one("#search-page-q").get("value", "")) <= 100


@pytest.mark.parametrize(
    "url, status",
    [
        ("/en/search/?q=law&page=abc", 400),
        ("/en/search/?q=law&page=0", 400),
        ("/en/search/?q=law&page=-1", 400),
        ("/en/search/?q=law&page=999", 404),
        ("/en/search/?q=law&type=%00", 400),
    ],
)
def test_malformed_pages_and_filters_get_a_4xx(client, demo_content, url, status):
    assert client.get(url).status_code == status


def test_pagination_keeps_the_query(client, demo_content):
    soup = BeautifulSoup(search(client, "ja", "子ども").content, "html.parser")  # on most pages
    next_link = soup.select_one('.pagination a[rel="next"]')
    assert next_link is not None
    assert next_link["href"].startswith("?q=%E5%AD%90%E3%81%A9%E3%82%82") and next_link["href"].endswith("page=2")
    assert client.get("/ja/search/" + next_link["href"].replace("&amp;", "&")).status_code == 200


def test_nothing_is_recorded(client, demo_content, caplog):
    assert "wagtail.contrib.search_promotions" not in settings.INSTALLED_APPS
    caplog.set_level(logging.DEBUG)
    response = search(client, "en", "secretword filtering")
    assert response.status_code == 200
    assert "secretword" not in caplog.text
    assert response.cookies == {}
    assert "no-store" in response["Cache-Control"]
    assert "Cookie" not in response.get("Vary", "")
    from django.apps import apps

    for model in apps.get_models():
        if model._meta.db_table.startswith(("wagtailsearch_query", "wagtailsearchpromotions")):
            assert not model.objects.exists()


def test_the_page_warns_that_the_browser_keeps_the_history(client, demo_content):
    soup = BeautifulSoup(client.get("/en/search/").content, "html.parser")
    assert "history" in soup.select_one("#search-privacy").get_text()
    assert soup.select_one("#search-page-q")["aria-describedby"] == "search-privacy"


def test_every_page_has_a_search_box_in_the_header(client, demo_content):
    for url in ("/ja/", "/en/guidance/", "/en/news/"):
        soup = BeautifulSoup(client.get(url).content, "html.parser")
        form = soup.select_one("header form[role=search]")
        assert form is not None and form["action"] == url[:4] + "search/"
        assert soup.select_one(f"label[for={form.select_one('input')['id']}]") is not None


def test_language_switcher_leads_to_the_other_search_page(client, demo_content):
    soup = BeautifulSoup(search(client, "ja", "相談").content, "html.parser")
    assert soup.select_one('a[hreflang="en"][data-language-link]')["href"] == "/en/search/"
