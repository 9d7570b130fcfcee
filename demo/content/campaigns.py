"""Demo calendar: the organisers, venues, campaigns and events of demo/data/campaigns.yaml."""

import datetime as dt

from campaigns import schedule
from campaigns.models import CampaignCalendarPage, CampaignPage, EventPage, Organiser, Venue
from demo.builders import ensure_page, ensure_section, ensure_snippet, ensure_translation, read_data, stream
from home.models import HomePage

TIME_FIELDS = ("start_time", "end_time")


def load(report, scale=1):
    data = read_data("campaigns")
    home_ja = HomePage.objects.get(locale__language_code="ja", depth=2)
    organisers = {
        key: ensure_snippet(Organiser, {"name": spec["ja"]["name"]}, spec["ja"], spec["en"], report)[0]
        for key, spec in data["organisers"].items()
    }
    venues = {
        key: ensure_snippet(Venue, {"name": spec["ja"]["name"]}, spec["ja"], spec["en"], report)[0]
        for key, spec in data["venues"].items()
    }

    calendar_ja, _calendar_en = ensure_section(
        home_ja, CampaignCalendarPage, "campaigns", data["calendar"]["ja"], data["calendar"]["en"], ["figures"], report
    )

    campaigns = {}
    for spec in data["campaigns"]:
        ja_fields = {
            **spec["schedule"],
            **page_fields(spec["ja"]),
            "organisers": [organisers[k] for k in spec["organisers"]],
        }
        ja = ensure_page(calendar_ja, CampaignPage, spec["slug"], ja_fields, report)
        ensure_translation(ja, "en", page_fields(spec["en"]), report)
        campaigns[spec["slug"]] = ja

    for spec in data["events"]:
        parent = campaigns[spec["parent"]] if spec["parent"] else calendar_ja
        event_fields = {
            name: dt.time.fromisoformat(value) if name in TIME_FIELDS else value
            for name, value in spec["fields"].items()
        }
        ja_fields = {**event_fields, **page_fields(spec["ja"])}
        if spec.get("venue"):
            ja_fields["venue"] = venues[spec["venue"]]
        ja = ensure_page(parent, EventPage, spec["slug"], ja_fields, report)
        ensure_translation(ja, "en", page_fields(spec["en"]), report)

    generate_scaled_content(calendar_ja, scale, report)


def page_fields(spec):
    fields = {k: v for k, v in spec.items() if k != "body"}
    if "body" in spec:
        fields["body"] = stream(spec["body"])
    return fields


def generate_scaled_content(calendar_ja, scale, report):
    """With --scale N, add (N - 1) x 3 campaigns and (N - 1) x 5 events in both languages, for benchmarks.
    Events have a venue, as real ones do, so that pages listing them do the same work at every scale."""
    venue = Venue.objects.filter(locale__language_code="ja").order_by("pk").first()
    for number in range(1, scale):
        kinds = [
            {"schedule_kind": schedule.ANNUAL_MONTH, "month": number % 12 + 1, "first_year": 2020},
            {
                "schedule_kind": schedule.ANNUAL_RANGE,
                "range_start_month": 12,
                "range_start_day": 20,
                "range_end_month": 1,
                "range_end_day": 10,
                "first_year": 2020,
            },
            {
                "schedule_kind": schedule.ONE_OFF,
                "start_date": dt.date(2026, number % 12 + 1, 1),
                "end_date": dt.date(2026, number % 12 + 1, 14),
            },
        ]
        for index, kind in enumerate(kinds):
            slug = f"generated-campaign-{number}-{index}"
            ja = ensure_page(
                calendar_ja,
                CampaignPage,
                slug,
                {
                    **kind,
                    "title": f"生成キャンペーン {number}-{index}",
                    "introduction": "ベンチマーク用に自動生成しました。",
                },
                report,
            )
            ensure_translation(
                ja,
                "en",
                {"title": f"Generated campaign {number}-{index}", "introduction": "Generated for benchmarks."},
                report,
            )
        for index in range(5):
            day = dt.date(2026, (number + index) % 12 + 1, index + 1)
            ja = ensure_page(
                calendar_ja,
                EventPage,
                f"generated-event-{number}-{index}",
                {
                    "title": f"生成イベント {number}-{index}",
                    "introduction": "ベンチマーク用。",
                    "start_date": day,
                    "event_type": EventPage.FORUM,
                    "venue": venue,
                },
                report,
            )
            ensure_translation(
                ja, "en", {"title": f"Generated event {number}-{index}", "introduction": "For benchmarks."}, report
            )
