"""The library: facets and their counts, bad input, pagination, detail pages, packs, downloads."""

import io
import re
import zipfile

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale

import pytest

from materials.models import DownloadCount, MaterialFile, MaterialPack, MaterialPage

pytestmark = pytest.mark.django_db


def html(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return response.content.decode()


def result_titles(page):
    return [line.split(">")[1].split("<")[0] for line in page.split('class="material-card__title"><a href="')[1:]]


class TestFacets:
    def test_all_demo_materials_are_listed(self, client, demo_content):
        page = html(client, "/en/materials/")
        assert "13 materials" in page
        assert MaterialPage.objects.live().filter(locale__language_code="en").count() == 13

    def test_a_facet_link_narrows_the_list(self, client, demo_content):
        assert 'href="/en/materials/?stage=junior-high"' in html(client, "/en/materials/")  # a tag on a card
        page = html(client, "/en/materials/?stage=junior-high")
        assert "10 materials" in page
        titles = result_titles(page)
        assert "Internet Safety Class lesson plan (junior high, 50 minutes)" in titles
        assert "Family rules sheet" not in titles

    def test_facets_combine_or_within_and_across(self, client, demo_content):
        one = html(client, "/en/materials/?topic=sextortion")
        both = html(client, "/en/materials/?topic=sextortion&topic=filtering")
        narrowed = html(client, "/en/materials/?topic=sextortion&topic=filtering&audience=parents")
        assert len(result_titles(one)) == 2
        assert len(result_titles(both)) == 5
        assert set(result_titles(narrowed)) == {
            "Filtering guide for parents",
            "Family rules sheet",
            "PTA training handout",
        }

    def test_counts_reflect_the_other_facets(self, client, demo_content):
        page = html(client, "/en/materials/?stage=high-school")
        # Within high school materials, how many are for each audience:
        assert 'for="f-audience-students">Students <span class="filters__count">(4)</span>' in page
        # The chosen facet's own counts ignore itself, so other stages can be added:
        assert 'Lower primary <span class="filters__count">(6)</span>' in page

    def test_printable_and_language(self, client, demo_content):
        printable = html(client, "/en/materials/?stage=upper-primary&printable=1")
        assert "Internet Safety Class slides (upper primary)" not in result_titles(printable)
        assert "Internet Safety Class slides (upper primary)" in result_titles(
            html(client, "/en/materials/?stage=upper-primary")
        )
        japanese = html(client, "/ja/materials/?language=ja&stage=junior-high&printable=1")
        assert result_titles(japanese) and "ネット安全教室 スライド（小学校高学年）" not in result_titles(japanese)
        assert not result_titles(html(client, "/ja/materials/?language=en"))  # Japanese pages carry Japanese files

    def test_the_same_facet_link_works_in_both_languages(self, client, demo_content):
        assert len(result_titles(html(client, "/ja/materials/?audience=pta"))) == len(
            result_titles(html(client, "/en/materials/?audience=pta"))
        )

    def test_unknown_values_are_ignored_and_reported(self, client, demo_content):
        page = html(client, "/en/materials/?stage=kindergarten&topic=sextortion")
        assert len(result_titles(page)) == 2
        assert "not recognised" in page and "kindergarten" in page

    @pytest.mark.parametrize("query", ["stage=%00", "stage=" + "x" * 200, "&".join(["topic=the-law"] * 30)])
    def test_malformed_requests_answer_400(self, client, demo_content, query):
        response = client.get(f"/en/materials/?{query}")
        assert response.status_code == 400
        assert "could not be understood" in response.content.decode()

    def test_a_page_past_the_end_answers_404(self, client, demo_content):
        assert client.get("/en/materials/?page=99").status_code == 404

    @pytest.mark.parametrize("query", ["page=0", "page=abc", "page=%00", "page=1e9", "page=-1"])
    def test_a_malformed_page_answers_400(self, client, demo_content, query):
        """As on every listing (core/pagination.py): a value no link of the site produces is a bad request."""
        response = client.get(f"/en/materials/?{query}")
        assert response.status_code == 400
        assert 'href="/en/materials/"' in response.content.decode()

    def test_empty_state(self, client, demo_content):
        page = html(client, "/en/materials/?stage=lower-primary&topic=sextortion")
        assert "No materials match these filters." in page
        assert "0 materials" in page

    def test_pagination_keeps_the_filters(self, client, demo_content):
        from django.core.management import call_command

        call_command("load_demo_content", scale=2, verbosity=0)
        page = html(client, "/ja/materials/?printable=1")
        assert "printable=1&amp;page=2" in page
        assert (
            "printable=1"
            in html(client, "/ja/materials/?printable=1&page=2").split('rel="prev"')[0].split("<a href=")[-1]
        )


class TestDetail:
    def test_detail_page_shows_thumbnail_facts_and_a_real_pdf(self, client, demo_content):
        page = html(client, "/en/materials/internet-safety-class-lesson-junior-high/")
        assert "PDF, 2 pages," in page  # the lesson handout the site made from its printable layout
        assert "<picture" in page and "/media/images/" in page
        href = page.split('class="file-list__link" href="')[1].split('"')[0]
        response = client.get(href)
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        body = b"".join(response.streaming_content)
        assert body.startswith(b"%PDF-")
        assert re.fullmatch(
            r'inline; filename="internet-safety-class-lesson-junior-high-en[\w-]*\.pdf"',
            response["Content-Disposition"],
        )
        assert response["X-Content-Type-Options"] == "nosniff"
        assert not response.cookies

    def test_versions_link_both_ways(self, client, demo_content):
        old = html(client, "/ja/materials/child-abuse-prevention-month-poster-2025/")
        assert "新しい版があります" in old and "2026年版" in old
        new = html(client, "/en/materials/child-abuse-prevention-month-poster-2026/")
        assert "replaces" in new and "/en/materials/child-abuse-prevention-month-poster-2025/" in new
        assert "Updated the helplines" in new

    def test_tags_are_shown_in_the_page_language_and_link_to_the_facet(self, client, demo_content):
        page = html(client, "/en/materials/family-rules-sheet/")
        assert "Lower primary" in page and "小学校低学年" not in page
        assert '<a href="/en/materials/?stage=lower-primary">Lower primary</a>' in page

    def test_order_link_goes_to_the_request_form(self, client, demo_content):
        page = html(client, "/ja/materials/where-to-get-help-poster/")
        assert 'href="/ja/materials/request/"' in page


class TestPacks:
    def test_pack_holds_current_printable_pdfs_and_an_index(self, client, demo_content):
        page = html(client, "/en/materials/")
        assert 'href="/en/materials/packs/junior-high.zip"' in page
        response = client.get("/en/materials/packs/junior-high.zip")
        assert response.status_code == 200
        assert response["Content-Type"] == "application/zip"
        data = b"".join(response.streaming_content)
        assert int(response["Content-Length"]) == len(data)
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = archive.namelist()
        assert "index.txt" in names
        assert any("child-abuse-prevention-month-poster-2026-en" in n for n in names)
        assert not any("poster-2025" in n for n in names), "a replaced version is left out"
        assert not any("slides" in n for n in names), "screen-only files are left out"
        assert all(n.endswith("-en.pdf") or n == "index.txt" for n in names)
        for name in names:
            if name.endswith(".pdf"):
                assert archive.read(name).startswith(b"%PDF-")
        assert "Internet Safety Class lesson plan" in archive.read("index.txt").decode()

    def test_pack_download_has_validators(self, client, demo_content):
        response = client.get("/ja/materials/packs/pta.zip")
        etag = response["ETag"]
        assert client.get("/ja/materials/packs/pta.zip", headers={"if-none-match": etag}).status_code == 304
        assert (
            client.get(
                "/ja/materials/packs/pta.zip", headers={"if-modified-since": response["Last-Modified"]}
            ).status_code
            == 304
        )
        assert response["Content-Disposition"] == 'attachment; filename="materials-ja-pta.zip"'

    def test_unknown_packs_answer_404(self, client, demo_content):
        assert client.get("/en/materials/packs/kindergarten.zip").status_code == 404
        assert client.get("/en/materials/packs/../../etc.zip").status_code == 404

    def test_packs_are_rebuilt_when_materials_are_published_or_unpublished(self, demo_content):
        en = Locale.objects.get(language_code="en")
        pta = MaterialPack.objects.get(locale=en, key="pta")
        before = pta.item_count
        material = MaterialPage.objects.get(locale=en, slug="pta-training-handout")
        material.unpublish()
        assert MaterialPack.objects.get(locale=en, key="pta").item_count == before - 1
        material.save_revision().publish()
        assert MaterialPack.objects.get(locale=en, key="pta").item_count == before

    def test_packs_are_built_on_publish_not_on_request(self, client, demo_content):
        client.get("/en/materials/packs/pta.zip")
        with CaptureQueriesContext(connection) as queries:
            client.get("/en/materials/packs/pta.zip")
        assert not any("INSERT" in q["sql"] or "UPDATE" in q["sql"] for q in queries.captured_queries)


class TestDownloadCounts:
    def test_downloads_are_counted_per_file_per_day_with_no_personal_data(self, client, demo_content):
        file = MaterialFile.objects.select_related("document").filter(page__slug="family-rules-sheet").first()
        url = file.document.url
        for _ in range(3):
            response = client.get(url, REMOTE_ADDR="203.0.113.7", HTTP_USER_AGENT="Test")
            b"".join(response.streaming_content)
        client.get(url, headers={"if-none-match": response["ETag"]})  # a revalidation is not a download
        [row] = DownloadCount.objects.filter(document=file.document)
        assert row.count == 3
        assert {f.name for f in DownloadCount._meta.get_fields()} == {"id", "document", "day", "count"}
        assert not response.cookies

    def test_editors_see_the_most_downloaded_report(self, admin_client, client, demo_content):
        file = MaterialFile.objects.select_related("document").filter(page__slug="family-rules-sheet").first()
        b"".join(client.get(file.document.url).streaming_content)
        response = admin_client.get("/admin/reports/most-downloaded/")
        assert response.status_code == 200
        assert file.document.title in response.content.decode()


def test_a_material_links_to_its_campaign_and_the_campaign_lists_it_in_each_language(client, demo_content):
    from campaigns.models import CampaignPage

    for language in ("ja", "en"):
        campaign = CampaignPage.objects.get(slug="child-abuse-prevention-month", locale__language_code=language)
        poster = MaterialPage.objects.get(
            slug="child-abuse-prevention-month-poster-2026", locale__language_code=language
        )
        campaign_html = html(client, campaign.url)
        assert poster.url in campaign_html and poster.title in campaign_html
        assert campaign.url in html(client, poster.url)  # in the page's own language
