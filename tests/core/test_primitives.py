"""The primitives every app uses (core/): pagination, bad parameters, expiry, snippets in the page's
language, and dates as people write them in each language."""

import datetime

from django.http import Http404
from django.test import RequestFactory
from django.utils import timezone, translation

from wagtail.models import Locale

import pytest

from campaigns.models import Organiser
from core import dates, expiry
from core.i18n import localized, localized_pk
from core.pagination import paginate
from core.params import BadQueryParameter, whole_number

JST = datetime.timezone(datetime.timedelta(hours=9))


def get(query=""):
    return RequestFactory().get(f"/ja/news/?{query}")


class TestPagination:
    def test_the_first_page_without_a_parameter(self):
        page = paginate(get(), list(range(25)), 10)
        assert list(page.object_list) == list(range(10))
        assert page.elided_range == [1, 2, 3]

    def test_a_later_page(self):
        assert list(paginate(get("page=3"), list(range(25)), 10).object_list) == [20, 21, 22, 23, 24]

    @pytest.mark.parametrize("value", ["abc", "0", "-1", "1.5", "１", "%00", "99999999999", "1e3", " 2"])
    def test_a_malformed_page_is_a_bad_parameter(self, value):
        with pytest.raises(BadQueryParameter):
            paginate(get(f"page={value}"), list(range(25)), 10)

    def test_a_page_past_the_end_is_not_found(self):
        with pytest.raises(Http404):
            paginate(get("page=4"), list(range(25)), 10)

    def test_an_empty_listing_has_an_empty_first_page(self):
        assert list(paginate(get(), [], 10).object_list) == []
        with pytest.raises(Http404):
            paginate(get("page=2"), [], 10)

    def test_long_listings_elide_the_middle(self):
        page = paginate(get("page=10"), list(range(200)), 10)
        assert page.elided_range[:2] == [1, page.paginator.ELLIPSIS]
        assert 10 in page.elided_range and page.elided_range[-1] == 20


class TestWholeNumber:
    def test_absent_or_empty_is_none(self):
        assert whole_number(None, minimum=1, maximum=9) is None
        assert whole_number("", minimum=1, maximum=9) is None

    def test_in_range(self):
        assert whole_number("2025", minimum=1900, maximum=2999) == 2025

    @pytest.mark.parametrize("raw", ["1899", "3000", "20250", "２０２５", "+2025", "2025 "])
    def test_out_of_range_or_not_ascii_digits(self, raw):
        with pytest.raises(BadQueryParameter):
            whole_number(raw, minimum=1900, maximum=2999)

    def test_it_is_a_bad_request(self):
        from django.core.exceptions import BadRequest

        assert issubclass(BadQueryParameter, BadRequest)


class TestExpiry:
    def test_a_page_that_records_nothing_keeps_its_headers(self):
        from django.http import HttpResponse

        request, response = get(), HttpResponse()
        expiry.apply(request, response)
        assert not response.has_header("Cache-Control")

    def test_the_earliest_change_wins(self):
        from django.http import HttpResponse

        now = timezone.now()
        request, response = get(), HttpResponse()
        expiry.changes_at(request, now + datetime.timedelta(minutes=30))
        expiry.changes_at(request, None)
        expiry.changes_at(request, now + datetime.timedelta(minutes=5))
        expiry.apply(request, response, now)
        assert response["Cache-Control"] == "max-age=300"

    def test_a_clock_dependent_page_with_no_known_change_is_kept_an_hour_at_most(self):
        from django.http import HttpResponse

        request, response = get(), HttpResponse()
        expiry.changes_at(request, None)
        expiry.apply(request, response)
        assert response["Cache-Control"] == f"max-age={expiry.MAX_AGE}"


@pytest.mark.django_db
class TestSnippetsInThePageLanguage:
    @pytest.fixture
    def organisers(self):
        ja, en = Locale.objects.get(language_code="ja"), Locale.objects.get(language_code="en")
        npa = Organiser.objects.create(name="警察庁", locale=ja)
        npa_en = npa.copy_for_translation(en)
        npa_en.name = "National Police Agency"
        npa_en.save()
        cfa = Organiser.objects.create(name="こども家庭庁", locale=ja)  # not translated
        draft = Organiser.objects.create(name="未承認", locale=ja, live=False)
        return {"ja": ja, "en": en, "npa": npa, "npa_en": npa_en, "cfa": cfa, "draft": draft}

    def test_the_translation_else_the_original_never_a_draft(self, organisers, django_assert_num_queries):
        chosen = [organisers["npa"], organisers["cfa"], organisers["draft"], None]
        with django_assert_num_queries(1):
            found = localized(chosen, organisers["en"].pk)
        assert found == [organisers["npa_en"], organisers["cfa"], None, None]

    def test_no_query_when_everything_is_in_the_language_already(self, organisers, django_assert_num_queries):
        with django_assert_num_queries(0):
            assert localized([organisers["npa"]], organisers["ja"].pk) == [organisers["npa"]]

    def test_an_unpublished_translation_is_not_shown(self, organisers):
        organisers["npa_en"].live = False
        organisers["npa_en"].save()
        assert localized([organisers["npa"]], organisers["en"].pk) == [organisers["npa"]]

    def test_by_primary_key_in_one_query(self, organisers, django_assert_num_queries):
        with django_assert_num_queries(1):
            assert localized_pk(Organiser, organisers["npa"].pk, organisers["en"].pk) == organisers["npa_en"]
        assert localized_pk(Organiser, organisers["cfa"].pk, organisers["en"].pk) == organisers["cfa"]
        assert localized_pk(Organiser, organisers["draft"].pk, organisers["en"].pk) is None


class TestDates:
    CASES = [
        (lambda: dates.format_date(datetime.date(2025, 2, 24)), "2025年2月24日", "24 February 2025"),
        (lambda: dates.format_date(datetime.date(2025, 2, 24), weekday=True), "2025年2月24日（月）", "Monday 24 February 2025"),
        (lambda: dates.format_day_and_weekday(datetime.date(2026, 11, 24)), "11月24日（火）", "Tuesday 24 November"),
        (lambda: dates.format_month(2025, 2), "2025年2月", "February 2025"),
        (lambda: dates.month_name(11), "11月", "November"),
        (lambda: dates.format_span(datetime.date(2025, 2, 24), datetime.date(2025, 3, 28)), "2025年2月24日〜3月28日", "24 February to 28 March 2025"),
        (lambda: dates.format_span(datetime.date(2025, 3, 24), datetime.date(2025, 3, 28)), "2025年3月24日〜28日", "24 to 28 March 2025"),
        (lambda: dates.format_span(datetime.date(2025, 12, 20), datetime.date(2026, 1, 10)), "2025年12月20日〜2026年1月10日", "20 December 2025 to 10 January 2026"),
        (lambda: dates.format_span(datetime.date(2025, 7, 1), datetime.date(2025, 7, 1)), "2025年7月1日", "1 July 2025"),
        (lambda: dates.format_span(datetime.date(2000, 11, 12), datetime.date(2000, 11, 25), with_year=False), "11月12日〜25日", "12 to 25 November"),
        (lambda: dates.format_span(datetime.date(2000, 12, 20), datetime.date(2000, 1, 10), with_year=False), "12月20日〜1月10日", "20 December to 10 January"),
        (lambda: dates.format_time_range(datetime.datetime(2026, 12, 3, 10, 0, tzinfo=JST), datetime.datetime(2026, 12, 3, 17, 0, tzinfo=JST)), "10:00〜17:00", "10:00–17:00"),
        (lambda: dates.format_time(datetime.datetime(2026, 11, 24, 8, 30, tzinfo=JST)), "8:30", "8:30"),
    ]  # fmt: skip

    @pytest.mark.parametrize(("write", "japanese", "english"), CASES)
    def test_in_both_languages(self, write, japanese, english):
        with translation.override("ja"):
            assert write() == japanese
        with translation.override("en"):
            assert write() == english
