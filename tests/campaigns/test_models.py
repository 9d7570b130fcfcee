"""Campaign and event pages: tree rules, admin creation, validation, calendar identity, occurrences."""

import datetime as dt

from django.core.exceptions import ValidationError

from wagtail.models import Locale
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest

from campaigns import schedule
from campaigns.models import CampaignCalendarPage, CampaignPage, EventPage, Occurrence, Organiser, Venue
from core.i18n import localized
from home.models import ContentPage, HomePage
from tests.factories import add_campaign, add_event, calendar_tree

pytestmark = pytest.mark.django_db


class TestTreeRules(WagtailPageTestCase):
    def test_calendar_lives_under_a_home_page_once(self):
        self.assertAllowedParentPageTypes(CampaignCalendarPage, {HomePage})
        self.assertAllowedSubpageTypes(CampaignCalendarPage, {CampaignPage, EventPage})
        assert CampaignCalendarPage.max_count_per_parent == 1

    def test_campaigns_live_in_the_calendar_and_hold_events(self):
        self.assertAllowedParentPageTypes(CampaignPage, {CampaignCalendarPage})
        self.assertAllowedSubpageTypes(CampaignPage, {EventPage})

    def test_events_live_under_a_campaign_or_the_calendar(self):
        self.assertAllowedParentPageTypes(EventPage, {CampaignPage, CampaignCalendarPage})
        self.assertAllowedSubpageTypes(EventPage, set())

    def test_nothing_calendar_related_goes_under_a_content_page(self):
        self.assertCanNotCreateAt(ContentPage, CampaignPage)
        self.assertCanNotCreateAt(ContentPage, EventPage)


class TestAdminCreation(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.calendar_ja, cls.calendar_en = calendar_tree()

    def setUp(self):
        self.login()

    def test_create_a_calendar_in_a_language_without_one(self):
        home = HomePage.objects.get(locale__language_code="ja")
        CampaignCalendarPage.objects.filter(pk=self.calendar_ja.pk).delete()
        home.refresh_from_db()
        self.assertCanCreate(
            home,
            CampaignCalendarPage,
            nested_form_data(
                {"title": "キャンペーン", "slug": "campaigns", "introduction": "", "body": streamfield([])}
            ),
        )

    def test_create_an_annual_campaign_with_a_cancelled_year(self):
        organiser = Organiser.objects.create(name="こども家庭庁", locale=Locale.objects.get(language_code="ja"))
        data = nested_form_data(
            {
                "title": "児童虐待防止推進月間",
                "slug": "child-abuse-prevention-month",
                "introduction": "毎年11月。",
                "theme": "",
                "schedule_kind": schedule.ANNUAL_MONTH,
                "month": 11,
                "first_year": 2004,
                "year_overrides": inline_formset([{"year": 2027, "cancelled": True, "note": "中止"}]),
                "body": streamfield([]),
                "related_links": streamfield([("link", {"text": "189", "page": "", "url": "https://www.cfa.go.jp/"})]),
            }
        )
        data["organisers"] = [organiser.pk]  # a multiple choice, not a nested list
        self.assertCanCreate(self.calendar_ja, CampaignPage, data)
        draft = CampaignPage.objects.get(slug="child-abuse-prevention-month").get_latest_revision_as_object()
        assert draft.year_overrides.get().cancelled
        assert list(draft.organisers.all()) == [organiser]

    def test_create_a_timed_event(self):
        self.assertCanCreate(
            self.calendar_ja,
            EventPage,
            nested_form_data(
                {
                    "title": "CTINS",
                    "slug": "ctins",
                    "event_type": EventPage.SYMPOSIUM,
                    "audience": "professionals",
                    "introduction": "シンポジウム。",
                    "start_date": "2026-12-03",
                    "start_time": "10:00",
                    "end_time": "17:00",
                    "body": streamfield([]),
                }
            ),
        )

    def test_an_annual_month_without_a_month_is_refused_with_a_form_error(self):
        response = self.client.post(
            f"/admin/pages/add/campaigns/campaignpage/{self.calendar_ja.pk}/",
            nested_form_data(
                {
                    "title": "No month",
                    "slug": "no-month",
                    "introduction": "x",
                    "schedule_kind": schedule.ANNUAL_MONTH,
                    "first_year": 2025,
                    "year_overrides": inline_formset([]),
                    "body": streamfield([]),
                    "related_links": streamfield([]),
                }
            ),
        )
        assert response.status_code == 200
        assert "month" in response.context["form"].errors
        assert not CampaignPage.objects.filter(slug="no-month").exists()


class TestValidation:
    def campaign(self, **fields):
        defaults = {
            "title": "x",
            "slug": "x",
            "introduction": "x",
            "schedule_kind": schedule.ANNUAL_MONTH,
            "month": 11,
            "first_year": 2020,
        }
        return CampaignPage(**{**defaults, **fields})

    def errors(self, page):
        with pytest.raises(ValidationError) as error:
            page.clean()
        return error.value.message_dict

    def test_each_schedule_needs_its_fields(self):
        assert "month" in self.errors(self.campaign(month=None))
        assert "range_start_day" in self.errors(
            self.campaign(schedule_kind=schedule.ANNUAL_RANGE, range_start_month=11)
        )
        assert "start_date" in self.errors(self.campaign(schedule_kind=schedule.ONE_OFF))

    def test_impossible_days_are_refused(self):
        page = self.campaign(
            schedule_kind=schedule.ANNUAL_RANGE,
            range_start_month=2,
            range_start_day=30,
            range_end_month=3,
            range_end_day=1,
        )
        assert "range_start_day" in self.errors(page)

    def test_the_leap_day_is_a_valid_start(self):
        page = self.campaign(
            schedule_kind=schedule.ANNUAL_RANGE,
            range_start_month=2,
            range_start_day=29,
            range_end_month=3,
            range_end_day=1,
        )
        page.clean()

    def test_dates_in_the_wrong_order_are_refused(self):
        assert "end_date" in self.errors(
            self.campaign(
                schedule_kind=schedule.ONE_OFF, start_date=dt.date(2025, 3, 28), end_date=dt.date(2025, 2, 24)
            )
        )
        assert "last_year" in self.errors(self.campaign(first_year=2025, last_year=2024))

    def test_one_off_period_sets_its_years(self):
        page = self.campaign(
            schedule_kind=schedule.ONE_OFF,
            start_date=dt.date(2025, 2, 24),
            end_date=dt.date(2025, 3, 28),
            first_year=None,
        )
        page.clean()
        assert (page.first_year, page.last_year) == (2025, 2025)

    def test_event_rules(self):
        base = {"title": "x", "slug": "x", "introduction": "x", "start_date": dt.date(2026, 12, 3)}
        with pytest.raises(ValidationError) as error:
            EventPage(**base, start_time=dt.time(17), end_time=dt.time(10)).clean()
        assert "end_time" in error.value.message_dict
        with pytest.raises(ValidationError):
            EventPage(**base, end_date=dt.date(2026, 12, 1)).clean()
        with pytest.raises(ValidationError):
            EventPage(**base, event_type=EventPage.ONLINE).clean()
        with pytest.raises(ValidationError):
            EventPage(**base, end_time=dt.time(12)).clean()
        EventPage(**base, start_time=dt.time(10), end_time=dt.time(17)).clean()


class TestCalendarIdentity:
    def test_uid_is_kept_by_revisions_and_not_copied(self):
        calendar_ja, _ = calendar_tree()
        campaign = add_campaign(calendar_ja, "capm")
        uid = campaign.ical_uid
        campaign.title = "Changed"
        campaign.save_revision().publish()
        campaign.refresh_from_db()
        assert campaign.ical_uid == uid

        copy = campaign.copy(update_attrs={"slug": "capm-copy", "title": "Copy"})
        assert copy.ical_uid != uid
        translation = campaign.copy_for_translation(Locale.objects.get(language_code="en"))
        assert translation.ical_uid not in (uid, copy.ical_uid)

    def test_sequence_grows_on_each_publish_and_never_rolls_back(self):
        calendar_ja, _ = calendar_tree()
        campaign = add_campaign(calendar_ja, "capm")
        assert campaign.ical_sequence == 1
        old_draft = campaign.save_revision()  # a draft made before the next publish
        campaign.save_revision().publish()
        campaign.refresh_from_db()
        assert campaign.ical_sequence == 2
        old_draft.publish()  # publishing the older draft must not bring back sequence 1
        campaign.refresh_from_db()
        assert campaign.ical_sequence == 3


class TestOccurrences:
    def test_publish_unpublish_and_delete_keep_the_table_in_step(self):
        calendar_ja, _ = calendar_tree()
        campaign = add_campaign(calendar_ja, "capm", first_year=2024, last_year=2026)
        assert list(Occurrence.objects.filter(page=campaign).values_list("year", flat=True)) == [2024, 2025, 2026]

        campaign.last_year = 2025
        campaign.save_revision().publish()
        assert Occurrence.objects.filter(page=campaign).count() == 2

        campaign.unpublish()
        assert not Occurrence.objects.filter(page=campaign).exists()

        campaign.save_revision().publish()
        assert Occurrence.objects.filter(page=campaign).count() == 2
        campaign.delete()
        assert not Occurrence.objects.exists()

    def test_drafts_do_not_change_the_calendar(self):
        calendar_ja, _ = calendar_tree()
        campaign = add_campaign(calendar_ja, "capm", first_year=2024, last_year=2024)
        campaign.month = 7
        campaign.save_revision()  # draft only
        assert Occurrence.objects.get(page=campaign).start_date == dt.date(2024, 11, 1)

    def test_cancelled_and_changed_years(self):
        calendar_ja, _ = calendar_tree()
        campaign = add_campaign(
            calendar_ja,
            "july",
            month=7,
            first_year=2025,
            last_year=2027,
            overrides=[
                {
                    "year": 2026,
                    "start_date": dt.date(2026, 7, 10),
                    "end_date": dt.date(2026, 8, 10),
                    "note": "Extended",
                },
                {"year": 2027, "cancelled": True},
            ],
        )
        rows = {o.year: o for o in Occurrence.objects.filter(page=campaign)}
        assert (rows[2026].start_date, rows[2026].end_date, rows[2026].overridden) == (
            dt.date(2026, 7, 10),
            dt.date(2026, 8, 10),
            True,
        )
        assert rows[2027].cancelled

    def test_timed_event_is_stored_in_japan_time(self):
        calendar_ja, _ = calendar_tree()
        event = add_event(
            calendar_ja, "ctins", start_date=dt.date(2026, 12, 3), start_time=dt.time(10), end_time=dt.time(17)
        )
        row = Occurrence.objects.get(page=event)
        assert row.start_at.isoformat() == "2026-12-03T01:00:00+00:00"  # 10:00 JST
        assert row.end_at.isoformat() == "2026-12-03T08:00:00+00:00"

    def test_rebuild_command_recreates_the_table(self):
        from django.core.management import call_command

        calendar_ja, _ = calendar_tree()
        add_campaign(calendar_ja, "capm", first_year=2024, last_year=2025)
        add_event(calendar_ja, "forum")
        Occurrence.objects.all().delete()
        call_command("rebuild_occurrences", verbosity=0)
        assert Occurrence.objects.count() == 3


class TestSnippets:
    def test_organisers_and_venues_are_translatable_and_revisioned(self):
        from wagtail.models import DraftStateMixin, RevisionMixin, TranslatableMixin

        for model in (Organiser, Venue):
            assert (
                issubclass(model, TranslatableMixin)
                and issubclass(model, RevisionMixin)
                and issubclass(model, DraftStateMixin)
            )

    def test_campaign_shows_organisers_in_its_language(self, client):
        ja, en = Locale.objects.get(language_code="ja"), Locale.objects.get(language_code="en")
        calendar_ja, _ = calendar_tree()
        organiser = Organiser.objects.create(name="警察庁", locale=ja)
        organiser_en = organiser.copy_for_translation(en)
        organiser_en.name = "National Police Agency"
        organiser_en.save()
        campaign = add_campaign(calendar_ja, "period")
        campaign.organisers = [organiser]
        campaign.save_revision().publish()
        translated = campaign.copy_for_translation(en)
        translated.save_revision().publish()
        assert [o.name for o in localized(translated.organisers.all(), translated.locale_id)] == [
            "National Police Agency"
        ]
        original = CampaignPage.objects.get(pk=campaign.pk)
        assert [o.name for o in localized(original.organisers.all(), original.locale_id)] == ["警察庁"]
        response = client.get(translated.url)
        assert "National Police Agency" in response.content.decode() and "警察庁" not in response.content.decode()
