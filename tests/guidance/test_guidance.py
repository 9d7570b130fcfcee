"""Guidance pages: contents, key facts, related help, the quick exit, review dates and reminders."""

import datetime
import json

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from core.review import due_for_review
from guidance.models import GuidanceIndexPage, GuidancePage
from tests.factories import build_site, translate

pytestmark = pytest.mark.django_db


def body(*headings):
    blocks = []
    for number, text in enumerate(headings):
        blocks.append({"type": "heading", "value": {"text": text, "level": "h2"}, "id": f"h{number}"})
        blocks.append({"type": "paragraph", "value": f"<p>About {text}.</p>", "id": f"p{number}"})
    return json.dumps(blocks)


@pytest.fixture
def guidance_tree():
    home_ja, home_en = build_site()
    index_ja = GuidanceIndexPage(title="知る・防ぐ", slug="guidance", introduction="ガイダンス")
    home_ja.add_child(instance=index_ja)
    index_ja.save_revision().publish()
    index_en = translate(index_ja, "en", title="Guidance")
    return {"home_ja": home_ja, "index_ja": index_ja, "index_en": index_en}


def add_guidance(index, slug, title="What the law forbids", **fields):
    values = {
        "introduction": "What is a crime.",
        "body": body("The law", "What is punished", "Acts abroad"),
        "key_facts": json.dumps(
            [{"type": "fact", "value": {"heading": "Possession", "text": "A crime since 15 July 2015."}, "id": "k1"}]
        ),
        **fields,
    }
    page = GuidancePage(title=title, slug=slug, **values)
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_guidance_page_has_contents_from_its_headings_and_key_facts(client, guidance_tree):
    add_guidance(guidance_tree["index_ja"], "law", last_reviewed=datetime.date(2026, 4, 1))
    soup = BeautifulSoup(client.get("/ja/guidance/law/").content, "html.parser")
    links = [(a["href"], a.get_text()) for a in soup.select(".contents a")]
    assert [text for _href, text in links] == ["The law", "What is punished", "Acts abroad"]
    for href, _text in links:
        assert soup.find(id=href.lstrip("#")) is not None, href
    assert soup.select_one(".key-fact__heading").get_text() == "Possession"
    assert "2026年4月1日" in soup.select_one(".page-meta--review").get_text()


def test_contents_are_left_out_for_short_pages(client, guidance_tree):
    add_guidance(guidance_tree["index_ja"], "short", body=body("One", "Two"))
    soup = BeautifulSoup(client.get("/ja/guidance/short/").content, "html.parser")
    assert soup.select_one("nav.contents") is None


def test_victim_facing_guidance_shows_the_quick_exit(client, guidance_tree):
    add_guidance(guidance_tree["index_ja"], "harm", show_quick_exit=True)
    add_guidance(guidance_tree["index_ja"], "teachers")
    assert b'class="quick-exit' in client.get("/ja/guidance/harm/").content
    assert b'class="quick-exit' not in client.get("/ja/guidance/teachers/").content


def test_index_lists_guidance_by_audience(client, guidance_tree):
    from wagtail.models import Locale

    from materials.models import Audience

    ja = Locale.objects.get(language_code="ja")
    parents = Audience.objects.create(name="保護者", slug="parents", sort_order=1, locale=ja)
    teachers = Audience.objects.create(name="教職員", slug="teachers", sort_order=2, locale=ja)
    add_guidance(guidance_tree["index_ja"], "home", title="家庭で防ぐ", audiences=[parents])
    add_guidance(guidance_tree["index_ja"], "school", title="学校で気づく", audiences=[teachers, parents])
    add_guidance(guidance_tree["index_ja"], "all", title="みんなへ")
    soup = BeautifulSoup(client.get("/ja/guidance/").content, "html.parser")
    groups = {
        section["id"]: [a.get_text() for a in section.select(".card__link")]
        for section in soup.select("section.guidance-group")
    }
    assert groups == {
        "for-parents": ["家庭で防ぐ", "学校で気づく"],
        "for-teachers": ["学校で気づく"],
        "for-everyone": ["みんなへ"],
    }


def test_related_helplines_and_materials_are_shown_when_live(client, guidance_tree):
    from wagtail.models import Locale

    from guidance.models import GuidanceRelatedHelpline
    from help.models import Helpline

    ja = Locale.objects.get(language_code="ja")
    live = Helpline.objects.create(name="児童相談所（189）", phone_number="189", description="虐待の相談", locale=ja)
    draft = Helpline.objects.create(name="下書きの窓口", description="x", locale=ja, live=False)
    add_guidance(
        guidance_tree["index_ja"],
        "help",
        related_helplines=[GuidanceRelatedHelpline(helpline=live), GuidanceRelatedHelpline(helpline=draft)],
    )
    soup = BeautifulSoup(client.get("/ja/guidance/help/").content, "html.parser")
    names = [p.get_text() for p in soup.select(".helpline-compact__name")]
    assert names == ["児童相談所（189）"]
    assert soup.select_one('.helpline-compact a[href="tel:189"]') is not None


def test_review_dates_must_be_in_order_and_not_in_the_future(guidance_tree):
    from django.core.exceptions import ValidationError

    page = add_guidance(guidance_tree["index_ja"], "dates")
    today = timezone.localdate()
    page.last_reviewed, page.next_review = today, today - datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as caught:
        page.full_clean()
    assert "next_review" in caught.value.message_dict
    page.last_reviewed, page.next_review = today + datetime.timedelta(days=1), today + datetime.timedelta(days=300)
    with pytest.raises(ValidationError) as caught:
        page.full_clean()
    assert "last_reviewed" in caught.value.message_dict
    page.last_reviewed = today
    page.full_clean()


def test_due_for_review_lists_overdue_and_soon_but_not_later(guidance_tree):
    today = timezone.localdate()
    index = guidance_tree["index_ja"]
    overdue = add_guidance(index, "overdue", next_review=today - datetime.timedelta(days=3))
    soon = add_guidance(index, "soon", next_review=today + datetime.timedelta(days=10))
    add_guidance(index, "later", next_review=today + datetime.timedelta(days=200))
    add_guidance(index, "never")
    assert list(due_for_review(GuidancePage, today)) == [overdue, soon]
    assert overdue.review_status(today) == "overdue" and soon.review_status(today) == "due"


def test_dashboard_panel_lists_an_overdue_page(admin_client, guidance_tree):
    due = timezone.localdate() - datetime.timedelta(days=3)
    add_guidance(guidance_tree["index_ja"], "overdue", title="Overdue guidance", next_review=due)
    add_guidance(
        guidance_tree["index_ja"],
        "fine",
        title="Guidance reviewed recently",
        next_review=timezone.localdate() + datetime.timedelta(days=300),
    )
    soup = BeautifulSoup(admin_client.get("/admin/").content, "html.parser")
    panel = soup.find(id="content-due-for-review-section")
    assert panel is not None
    rows = [row.get_text(" ", strip=True) for row in panel.select("tbody tr")]
    assert len(rows) == 1 and "Overdue guidance" in rows[0]
    assert panel.select_one(f'time[datetime="{due.isoformat()}"]') is not None
    assert panel.select_one(".w-status--primary") is not None  # marked overdue


def test_reminders_email_each_owner_once_with_all_their_pages(guidance_tree, settings):
    settings.REVIEW_REMINDER_FALLBACK_EMAIL = "web-team@example.org"
    User = get_user_model()
    owner = User.objects.create_user("owner", "owner@example.org", "pw-not-used-123")
    today = timezone.localdate()
    index = guidance_tree["index_ja"]
    for slug in ("a", "b"):
        page = add_guidance(index, slug, title=f"Page {slug}", next_review=today - datetime.timedelta(days=1))
        page.owner = owner
        page.save()
    add_guidance(index, "orphan", title="Page without owner", next_review=today)
    add_guidance(index, "fine", title="Page not due", next_review=today + datetime.timedelta(days=300))

    call_command("send_review_reminders", verbosity=0)

    by_recipient = {tuple(m.to): m for m in mail.outbox}
    assert set(by_recipient) == {("owner@example.org",), ("web-team@example.org",)}
    assert "Page a" in by_recipient[("owner@example.org",)].body
    assert "Page b" in by_recipient[("owner@example.org",)].body
    assert "Page not due" not in by_recipient[("owner@example.org",)].body
    assert "Page without owner" in by_recipient[("web-team@example.org",)].body


def test_reminders_dry_run_sends_nothing(guidance_tree, settings):
    settings.REVIEW_REMINDER_FALLBACK_EMAIL = "web-team@example.org"
    add_guidance(guidance_tree["index_ja"], "due", next_review=timezone.localdate())
    call_command("send_review_reminders", "--dry-run", verbosity=0)
    assert mail.outbox == []


def count(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_index_and_page_queries_do_not_grow_with_guidance_or_related_help(client, guidance_tree):
    from wagtail.models import Locale

    from guidance.models import GuidanceRelatedHelpline
    from help.models import Helpline
    from materials.models import Audience

    ja = Locale.objects.get(language_code="ja")
    audience = Audience.objects.create(name="保護者", slug="parents", locale=ja)
    helplines = [Helpline.objects.create(name=f"窓口{n}", description="相談", locale=ja) for n in range(3)]
    index = guidance_tree["index_ja"]
    add_guidance(
        index,
        "main",
        audiences=[audience],
        related_helplines=[GuidanceRelatedHelpline(helpline=helplines[0])],
    )
    urls = ["/ja/guidance/", "/ja/guidance/main/"]
    before = {url: count(client, url) for url in urls}
    for number in range(4):
        add_guidance(index, f"more-{number}", audiences=[audience])
    page = GuidancePage.objects.get(slug="main")
    page.related_helplines = [GuidanceRelatedHelpline(helpline=h) for h in helplines]
    page.save_revision().publish()
    assert {url: count(client, url) for url in urls} == before
