"""Addresses: the language prefixes, redirects, 404s and the 500 page."""

from django.template.loader import render_to_string
from django.test import Client, RequestFactory
from django.views.defaults import server_error

import pytest


@pytest.mark.django_db
class TestLanguagePrefixes:
    def test_root_leads_to_japanese_whatever_the_browser_prefers(self, client, site_tree):
        for accept in ("ja", "en-GB,en;q=0.9", ""):
            response = client.get("/", headers={"accept-language": accept})
            assert response.status_code == 302
            assert response["Location"] == "/ja/"

    def test_unprefixed_page_address_redirects_to_a_language(self, client, site_tree):
        response = client.get("/about/", headers={"accept-language": "en"})
        assert response.status_code == 302
        assert response["Location"] == "/en/about/"

    @pytest.mark.parametrize(
        ("url", "lang", "text"),
        [("/ja/no-such-page/", "ja", "ページが見つかりません"), ("/en/no-such-page/", "en", "Page not found")],
    )
    def test_missing_pages_answer_404_in_their_language(self, client, site_tree, url, lang, text):
        response = client.get(url)
        assert response.status_code == 404
        html = response.content.decode()
        assert f'<html lang="{lang}"' in html
        assert text in html
        assert 'name="robots" content="noindex"' in html

    @pytest.mark.parametrize(
        "url",
        [
            "/ja/%00/",
            "/en/about/%27/",
            "/ja/about/?page=abc",
            "/ja/?q=%00",
            "/fr/",
            "/ja/about/x/y/z/",
            "/en/" + "a/" * 50,
        ],
    )
    def test_awkward_addresses_never_answer_500(self, client, site_tree, url):
        assert client.get(url).status_code in (200, 301, 302, 404)

    def test_post_without_a_csrf_token_is_refused_cleanly(self, site_tree):
        assert Client(enforce_csrf_checks=True).post("/ja/about/", {"x": "1"}).status_code == 403

    def test_robots_txt(self, client, db):
        response = client.get("/robots.txt")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/plain")
        assert "Disallow: /admin/" in response.content.decode()

    def test_admin_login_page(self, client, db):
        assert client.get("/admin/login/").status_code == 200


class TestServerError:
    """These tests have no database access: pytest-django blocks it, so a query would fail the test."""

    def test_500_page_renders_without_a_database(self):
        response = server_error(RequestFactory().get("/ja/"))
        assert response.status_code == 500
        html = response.content.decode()
        assert '<html lang="ja"' in html
        assert 'href="tel:110"' in html and 'href="tel:189"' in html
        assert 'lang="en"' in html  # an English section for English readers

    def test_500_template_needs_no_context(self):
        assert "Something went wrong" in render_to_string("500.html")
