"""Factories for tests, built on wagtail-factories."""

from wagtail.models import Locale, Page, Site

import factory
import wagtail_factories

from home.models import ContentPage, HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "ホーム"
    slug = factory.Sequence(lambda n: f"home-{n}")
    hero_heading = "子どもをネット上の性的搾取から守る"
    hero_text = "法律を知り、被害を防ぎ、困ったときはすぐに相談してください。"

    class Meta:
        model = HomePage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Content page {n}")
    slug = factory.Sequence(lambda n: f"content-{n}")
    introduction = "An introduction."
    listing_summary = "A short summary."
    show_in_menus = True

    class Meta:
        model = ContentPage


def build_site():
    """A Japanese home page as the default site's root, its English translation, and both locales.

    Returns (home_ja, home_en). Wagtail's placeholder welcome page is removed, as the demo loader does.
    """
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    root.refresh_from_db()
    ja = Locale.objects.get(language_code="ja")
    home_ja = HomePageFactory(parent=root, locale=ja)
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home_ja, is_default_site=True, site_name="Test")
    home_en = translate(home_ja, "en", title="Home", hero_heading="Protect children", hero_text="Know the law.")
    return home_ja, home_en


def translate(page, language_code, **fields):
    """Create and publish the translation of `page` (its parent must be translated already)."""
    locale = Locale.objects.get(language_code=language_code)
    translated = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated.specific


def calendar_tree():
    """A bilingual site with the campaign calendar in both languages. Returns (calendar_ja, calendar_en)."""
    from campaigns.models import CampaignCalendarPage

    home_ja, _home_en = build_site()
    calendar_ja = CampaignCalendarPage(title="キャンペーン", slug="campaigns", introduction="啓発月間の予定。")
    home_ja.add_child(instance=calendar_ja)
    calendar_ja.save_revision().publish()
    calendar_en = translate(calendar_ja, "en", title="Campaign calendar")
    return calendar_ja, calendar_en


def add_campaign(parent, slug, title="Child Abuse Prevention Month", publish=True, overrides=(), **fields):
    """A campaign under `parent` (every November from 2020 unless told otherwise), published."""
    from campaigns import schedule
    from campaigns.models import CampaignPage, CampaignYearOverride

    defaults = {
        "schedule_kind": schedule.ANNUAL_MONTH,
        "month": 11,
        "first_year": 2020,
        "introduction": "Every November.",
    }
    page = CampaignPage(slug=slug, title=title, **{**defaults, **fields})
    page.year_overrides = [CampaignYearOverride(**o) for o in overrides]
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
        page.refresh_from_db()
    return page


def add_event(parent, slug, title="National forum", publish=True, **fields):
    import datetime as dt

    from campaigns.models import EventPage

    defaults = {"event_type": EventPage.FORUM, "start_date": dt.date(2025, 11, 23), "introduction": "A forum."}
    page = EventPage(slug=slug, title=title, **{**defaults, **fields})
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
        page.refresh_from_db()
    return page


def make_pdf(pages=1, title="Leaflet"):
    """A real PDF with `pages` pages (demo/pdfgen.py: WeasyPrint, with the embedded Japanese font)."""
    from demo.pdfgen import build_pdf

    return build_pdf(title, "テスト", [[f"{title} page {n + 1}"] for n in range(pages)], "110 / 189")


def make_document(title="Leaflet", pages=1, name="leaflet.pdf", data=None):
    from django.core.files.base import ContentFile

    from wagtail.models import Collection

    from materials.models import CampaignDocument

    document = CampaignDocument(title=title, collection=Collection.get_first_root_node())
    document.file.save(name, ContentFile(data if data is not None else make_pdf(pages, title)), save=False)
    document._set_document_file_metadata()
    document.save()
    document.refresh_from_db()
    return document


def make_dataset(locale_code="ja", slug="operation-results", rows=None, live=True, **fields):
    """A published dataset with a label column and two number columns."""
    import datetime
    import json

    from figures.models import Dataset

    rows = rows if rows is not None else [["検挙・捜査した被疑者", "544", "111"], ["捜索場所", "269", "123"]]
    table = {
        "caption": "",
        "columns": [
            {"type": "text", "heading": "項目"},
            {"type": "number", "heading": "6か国・地域"},
            {"type": "number", "heading": "日本"},
        ],
        "rows": [{"values": row} for row in rows],
    }
    values = {
        "title": "オペレーションの結果",
        "slug": slug,
        "unit": "人、か所",
        "source": "警察庁",
        "as_of": datetime.date(2025, 3, 28),
        "table": json.dumps([{"type": "table", "value": table}]),
        "locale": Locale.objects.get(language_code=locale_code),
        **fields,
    }
    dataset = Dataset(**values)
    dataset.live = live
    dataset.save()
    revision = dataset.save_revision()
    if live:
        revision.publish()
    return dataset


def statistics_page(parent, datasets, slug="figures", title="数字で見る現状", **fields):
    """A published statistics page showing `datasets`, one dataset block each, after a key-figures block."""
    import json

    from figures.models import StatisticsPage

    body = [
        {
            "type": "key_figures",
            "value": {
                "heading": "",
                "figures": [{"type": "item", "value": {"value": "544", "suffix": "人", "label": "被疑者"}, "id": "f1"}],
                "source": "警察庁",
                "as_of": "2025-03-28",
            },
        }
    ] + [{"type": "dataset", "value": {"dataset": d.pk, "show_chart": True, "heading_level": "h2"}} for d in datasets]
    page = StatisticsPage(title=title, slug=slug, body=json.dumps(body), **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page
