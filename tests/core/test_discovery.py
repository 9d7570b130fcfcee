"""Site-wide discovery on the demo site: the sitemap, and the head of every page it lists; and the
issue's "done when" checks for guidance, figures and news."""

import csv
import io
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import feedparser
import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    entries = []
    for url in root.findall("s:url", NS):
        entries.append(
            {
                "loc": url.findtext("s:loc", namespaces=NS),
                "lastmod": url.findtext("s:lastmod", namespaces=NS),
                "alternates": {link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)},
            }
        )
    return entries


def japanese_only():
    """The やさしい日本語 versions, which have no English (guidance.EasyReadPage), by path."""
    from guidance.models import EasyReadPage

    return {page.url for page in EasyReadPage.objects.live()}


def test_sitemap_lists_both_languages_with_alternates_and_lastmod(client, demo_content):
    entries = sitemap_entries(client)
    only_ja = japanese_only()
    assert only_ja and only_ja <= {urlsplit(e["loc"]).path for e in entries}
    paths = {urlsplit(e["loc"]).path for e in entries}
    assert {"/ja/", "/en/", "/ja/guidance/", "/en/guidance/", "/en/figures/", "/en/news/"} <= paths
    assert len(entries) >= 100
    for entry in entries:
        assert entry["loc"].startswith("http://testserver/"), entry["loc"]
        assert entry["lastmod"], entry["loc"]
        language = urlsplit(entry["loc"]).path.split("/")[1]
        other = {"ja": "en", "en": "ja"}[language]
        if urlsplit(entry["loc"]).path in only_ja:
            assert entry["alternates"] == {}, entry["loc"]  # no translation, so no alternates
            continue
        assert entry["alternates"].get(language) == entry["loc"], entry["loc"]
        assert other in entry["alternates"], f"{entry['loc']} has no {other} alternate"
        assert entry["alternates"]["x-default"].startswith("http://testserver/ja/")


def test_every_sitemap_url_answers_200_with_description_canonical_and_social_meta(client, demo_content):
    only_ja = japanese_only()
    for entry in sitemap_entries(client):
        path = urlsplit(entry["loc"]).path
        response = client.get(path)
        assert response.status_code == 200, path
        soup = BeautifulSoup(response.content, "html.parser")
        description = soup.select_one('meta[name="description"]')
        assert description is not None and description["content"].strip(), path
        assert soup.select_one('link[rel="canonical"]')["href"] == entry["loc"], path
        hreflangs = {link["hreflang"] for link in soup.select('link[rel="alternate"][hreflang]')}
        assert ({"ja"} if path in only_ja else {"ja", "en"}) <= hreflangs, path
        for selector in ('meta[property="og:title"]', 'meta[property="og:url"]', 'meta[name="twitter:card"]'):
            assert soup.select_one(selector) is not None, f"{path} lacks {selector}"


def test_english_guidance_links_at_least_five_guidance_pages(client, demo_content):
    soup = BeautifulSoup(client.get("/en/guidance/").content, "html.parser")
    links = {a["href"] for a in soup.select("main a[href^='/en/guidance/']") if a["href"] != "/en/guidance/"}
    assert len(links) >= 5
    for href in links:
        assert client.get(href.split("#")[0]).status_code == 200


def test_english_figures_show_544_in_a_table_a_titled_chart_and_a_csv(client, demo_content):
    soup = BeautifulSoup(client.get("/en/figures/").content, "html.parser")
    cells = [td.get_text(strip=True) for td in soup.select("table td")]
    assert "544" in cells
    svg = soup.select_one("svg[role=img]")
    title = svg.find("title")
    assert title is not None and title.get_text().strip()
    csv_links = [a["href"] for a in soup.select("a[href$='.csv']")]
    assert csv_links
    response = client.get(csv_links[0])
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert any("544" in row for row in rows)


def test_english_news_announces_feeds_that_parse_with_entries(client, demo_content):
    soup = BeautifulSoup(client.get("/en/news/").content, "html.parser")
    feeds = soup.select('link[rel="alternate"][type$="+xml"]')
    assert {link["type"] for link in feeds} == {"application/rss+xml", "application/atom+xml"}
    for link in feeds:
        parsed = feedparser.parse(client.get(link["href"]).content)
        assert not parsed.bozo and len(parsed.entries) >= 5
        assert all(entry.link.startswith("http://testserver/en/news/") for entry in parsed.entries)
    assert len(soup.select(".news-item")) >= 5


def test_japanese_news_has_at_least_five_items(client, demo_content):
    soup = BeautifulSoup(client.get("/ja/news/").content, "html.parser")
    assert len(soup.select(".news-item")) >= 5
