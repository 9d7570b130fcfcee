"""The editors' dashboard: "Awaiting your approval", "Campaigns starting soon" and "Content due for review"
list the right items, in a fixed number of queries whatever the number of rows."""

import datetime
import json

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup
from freezegun import freeze_time

from campaigns import schedule as campaign_schedule
from campaigns.dashboard import CampaignsStartingSoonPanel
from governance.panels import AwaitingApprovalPanel, ReviewDuePanel
from guidance.models import GuidanceIndexPage, GuidancePage
from help.models import Helpline
from materials.models import MaterialFormat, MaterialPage, MaterialsIndexPage
from tests.factories import add_campaign, calendar_tree
from tests.governance.conftest import save_page, workflow_action

TODAY = datetime.date(2026, 10, 5)
pytestmark = pytest.mark.usefixtures("in_english")


def panel_rows(client, panel_id):
    """The rows of one dashboard panel (None when the panel is not shown)."""
    soup = BeautifulSoup(client.get("/admin/").content, "html.parser")
    panel = soup.find(id=f"{panel_id}-section")
    if panel is None:
        return None
    return [" ".join(row.get_text(" ").split()) for row in panel.select("tbody tr")]


def render(panel, user):
    request = RequestFactory().get("/admin/")
    request.user = user
    return panel.render_html({"request": request})


def queries_to_render(panel, user):
    render(panel, user)  # content types and locales are cached after the first time, as in a running site
    with CaptureQueriesContext(connection) as queries:
        render(panel, user)
    return len(queries)


# Content due for review ---------------------------------------------------------------------------------


@pytest.fixture
def review_tree(site):
    guidance = GuidanceIndexPage(title="知る・防ぐ", slug="guidance")
    site["home_ja"].add_child(instance=guidance)
    guidance.save_revision().publish()
    library = MaterialsIndexPage(title="教材", slug="materials")
    site["home_ja"].add_child(instance=library)
    library.save_revision().publish()
    leaflet = MaterialFormat.objects.create(name="リーフレット", slug="leaflet", locale=site["home_ja"].locale)
    return {"guidance": guidance, "library": library, "format": leaflet}


def add_reviewed(parent, model, slug, next_review, live=True, **fields):
    values = {"introduction": "…"}
    if model is GuidancePage:
        values["body"] = json.dumps([{"type": "paragraph", "value": "<p>…</p>", "id": "p"}])
    else:
        values["material_format"] = MaterialFormat.objects.get(slug="leaflet")
    page = model(title=slug.replace("-", " ").capitalize(), slug=slug, next_review=next_review, **values, **fields)
    parent.add_child(instance=page)
    if live:
        page.save_revision().publish()
    else:
        page.live = False
        page.save()
    return page


class TestContentDueForReview:
    @freeze_time("2026-10-05 09:00:00+09:00")
    def test_lists_guidance_and_materials_past_or_near_their_review_date(self, client, review_tree, people):
        day = datetime.timedelta(days=1)
        add_reviewed(review_tree["guidance"], GuidancePage, "overdue-guidance", TODAY - 3 * day)
        add_reviewed(review_tree["library"], MaterialPage, "leaflet-due-soon", TODAY + 10 * day)
        add_reviewed(review_tree["library"], MaterialPage, "poster-reviewed-recently", TODAY + 200 * day)
        add_reviewed(review_tree["guidance"], GuidancePage, "draft-guidance", TODAY - day, live=False)

        client.force_login(people["editor"])
        rows = panel_rows(client, "content-due-for-review")
        assert len(rows) == 2
        assert rows[0].startswith("Overdue guidance") and "Overdue" in rows[0] and "guidance page" in rows[0].lower()
        assert rows[1].startswith("Leaflet due soon") and "material" in rows[1].lower()

    def test_only_for_people_who_edit_pages(self, client, review_tree, people):
        add_reviewed(
            review_tree["guidance"], GuidancePage, "overdue", timezone.localdate() - datetime.timedelta(days=1)
        )
        client.force_login(people["liaison"])
        assert panel_rows(client, "content-due-for-review") is None

    def test_queries_do_not_grow_with_the_rows(self, review_tree, people):
        yesterday = timezone.localdate() - datetime.timedelta(days=1)
        add_reviewed(review_tree["guidance"], GuidancePage, "g-1", yesterday)
        add_reviewed(review_tree["library"], MaterialPage, "m-1", yesterday)
        few = queries_to_render(ReviewDuePanel(), people["editor"])
        for n in range(2, 6):
            add_reviewed(review_tree["guidance"], GuidancePage, f"g-{n}", yesterday)
            add_reviewed(review_tree["library"], MaterialPage, f"m-{n}", yesterday)
        assert render(ReviewDuePanel(), people["editor"]).count("<tr>") == 1 + 10
        assert queries_to_render(ReviewDuePanel(), people["editor"]) == few


# Campaigns starting soon --------------------------------------------------------------------------------


@pytest.fixture
def calendar(db):
    calendar_ja, _calendar_en = calendar_tree()
    return calendar_ja


class TestCampaignsStartingSoon:
    @freeze_time("2026-10-05 09:00:00+09:00")
    def test_lists_the_campaigns_starting_in_the_next_60_days(self, client, calendar, people):
        add_campaign(calendar, "november", title="Child Abuse Prevention Month")  # 1 November: in 27 days
        add_campaign(calendar, "july", title="Juvenile Delinquency Prevention Month", month=7)  # next July
        add_campaign(
            calendar,
            "december-period",
            title="Winter period",
            schedule_kind=campaign_schedule.ONE_OFF,
            start_date=datetime.date(2026, 12, 1),  # in 57 days
            end_date=datetime.date(2026, 12, 10),
        )
        add_campaign(
            calendar,
            "cancelled",
            title="Cancelled this year",
            overrides=[{"year": 2026, "cancelled": True}],
        )
        new = add_campaign(calendar, "new-campaign", title="New campaign", publish=False)
        new.go_live_at = timezone.now() + datetime.timedelta(days=20)
        new.save_revision().publish()

        client.force_login(people["editor"])
        rows = panel_rows(client, "campaigns-starting-soon")
        titles = [row.split(" 日本語")[0] for row in rows]
        assert titles == ["New campaign", "Child Abuse Prevention Month", "Winter period"]
        assert "in 20 days" in rows[0] and "New page, scheduled" in rows[0]
        assert "in 27 days" in rows[1] and "No changes since it was last published" in rows[1]

    @freeze_time("2026-10-05 09:00:00+09:00")
    def test_says_whether_changes_are_scheduled_for_it(self, client, calendar, people):
        november = add_campaign(calendar, "november", title="Child Abuse Prevention Month")
        november.theme = "2026"
        november.go_live_at = november.go_live_for(datetime.date(2026, 11, 1))
        november.save_revision().publish()
        client.force_login(people["editor"])
        [row] = panel_rows(client, "campaigns-starting-soon")
        assert "Scheduled" in row and "Goes live on" in row

    def test_queries_do_not_grow_with_the_rows(self, calendar, people):
        with freeze_time("2026-10-05 09:00:00+09:00"):
            add_campaign(calendar, "c-0", title="Campaign 0")
            few = queries_to_render(CampaignsStartingSoonPanel(), people["editor"])
            for n in range(1, 5):
                add_campaign(calendar, f"c-{n}", title=f"Campaign {n}")
            assert render(CampaignsStartingSoonPanel(), people["editor"]).count("<tr>") == 1 + 5
            assert queries_to_render(CampaignsStartingSoonPanel(), people["editor"]) == few


# Awaiting your approval ---------------------------------------------------------------------------------


@pytest.fixture
def helpline(site):
    ja = Locale.objects.get(language_code="ja")
    helpline = Helpline(
        name="子どもの人権110番", description="子どものための電話相談", phone_number="0120-007-110", locale=ja
    )
    helpline.save()
    helpline.save_revision().publish()
    return helpline


def submit_helpline(helpline, user, **changes):
    from wagtail.models import Workflow

    for name, value in changes.items():
        setattr(helpline, name, value)
    revision = helpline.save_revision(user=user)
    Workflow.objects.get(active=True).start(helpline, user)
    return revision


class TestAwaitingYourApproval:
    def test_lists_the_pages_and_snippets_each_person_can_approve(self, client, site, helpline, people):
        client.force_login(people["editor"])
        save_page(client, site["home_en"], action="action-submit", hero_heading="New heading")
        submit_helpline(helpline, people["editor"], phone_number="0120-007-111")

        # The author cannot approve their own fact check: nothing for them.
        assert panel_rows(client, "awaiting-your-approval") is None

        client.force_login(people["colleague"])
        rows = panel_rows(client, "awaiting-your-approval")
        assert len(rows) == 2
        assert any(r.startswith("Home") and "Fact check" in r and "1" in r for r in rows)
        assert any(r.startswith("子どもの人権110番") for r in rows)

        client.force_login(people["moderator"])
        assert len(panel_rows(client, "awaiting-your-approval")) == 2

        client.force_login(people["colleague"])
        assert workflow_action(client, site["home_en"], "approve")
        [remaining] = panel_rows(client, "awaiting-your-approval")
        assert remaining.startswith("子どもの人権110番")

        client.force_login(people["moderator"])
        rows = panel_rows(client, "awaiting-your-approval")
        assert any(r.startswith("Home") and "Moderators approval" in r for r in rows)

    def test_it_replaces_wagtails_own_panel(self, client, site, people):
        client.force_login(people["editor"])
        save_page(client, site["home_en"], action="action-submit", hero_heading="New heading")
        client.force_login(people["moderator"])
        html = client.get("/admin/").content.decode()
        assert 'id="awaiting-your-approval-section"' in html
        assert 'id="awaiting-review-section"' not in html

    def test_the_buttons_approve_and_request_changes(self, client, site, people):
        client.force_login(people["editor"])
        save_page(client, site["home_en"], action="action-submit", hero_heading="New heading")
        client.force_login(people["moderator"])
        soup = BeautifulSoup(client.get("/admin/").content, "html.parser")
        urls = [
            b["data-workflow-action-url"]
            for b in soup.select("#awaiting-your-approval-section [data-workflow-action-url]")
        ]
        assert any("/approve/" in url for url in urls) and any("/reject/" in url for url in urls)
        approve = next(url for url in urls if "/approve/" in url)
        assert client.post(approve, {"comment": ""}).status_code == 302
        assert "Moderators approval" in " ".join(panel_rows(client, "awaiting-your-approval"))

    def test_compare_shows_what_will_change_on_the_site_and_a_new_page_is_marked_new(self, client, site, people):
        """The compare link sets the submitted revision against the live one (an earlier draft would often show
        "no differences"); a page never published has nothing live to compare with, and says it is new."""
        from wagtail.models import Workflow

        from tests.factories import ContentPageFactory

        client.force_login(people["editor"])
        save_page(client, site["home_en"], action="action-submit", hero_heading="A heading to check")
        new = ContentPageFactory(parent=site["home_ja"], slug="brand-new", title="新しいページ", live=False)
        new.save_revision(user=people["editor"])
        Workflow.objects.get(active=True).start(new, people["editor"])
        client.force_login(people["colleague"])
        soup = BeautifulSoup(client.get("/admin/").content, "html.parser")
        rows = soup.select("#awaiting-your-approval-section tbody tr")
        home_row = next(row for row in rows if "Home" in row.get_text())
        new_row = next(row for row in rows if "新しいページ" in row.get_text())
        compare = home_row.find("a", href=lambda href: href and "/revisions/compare/live..." in href)
        assert compare is not None
        assert "A heading to check" in client.get(compare["href"]).content.decode()
        assert new_row.find("a", href=lambda href: href and "/revisions/compare/" in href) is None
        assert "new, not yet published" in new_row.get_text() or "新規" in new_row.get_text()

    def test_queries_do_not_grow_with_the_rows(self, client, site, people):
        from tests.factories import ContentPageFactory

        pages = []
        for n in range(5):
            page = ContentPageFactory(parent=site["home_ja"], slug=f"p-{n}", title=f"Page {n}")
            page.save_revision().publish()
            pages.append(page)
        client.force_login(people["editor"])
        save_page(client, pages[0], action="action-submit", title="Changed 0")
        ContentType.objects.clear_cache()
        few = queries_to_render(AwaitingApprovalPanel(), people["moderator"])
        for page in pages[1:]:
            save_page(client, page, action="action-submit", title=f"Changed {page.pk}")
        assert render(AwaitingApprovalPanel(), people["moderator"]).count("<tr>") == 1 + 5
        assert queries_to_render(AwaitingApprovalPanel(), people["moderator"]) == few
