"""Demo help: the helplines, the help page, the reporting guide and the safety page of demo/data/help.yaml."""

import datetime
import uuid

from wagtail.models import Site

from core.models import SiteSettings
from demo.builders import ensure_page, ensure_section, ensure_snippet, ensure_translation, read_data, stream
from help.models import (
    HelpIndexPage,
    Helpline,
    HelplineFallback,
    HelplineSpecialHours,
    HelplineWeeklyHours,
    ReportGuidePage,
    StepByStepPage,
)
from home.models import ContentPage, HomePage


def load(report, scale=1):
    data = read_data("help")
    home_ja = HomePage.objects.get(locale__language_code="ja", depth=2)
    helplines = {spec["key"]: ensure_helpline(spec, report) for spec in data["helplines"]}
    generate_scaled_helplines(scale, report)
    help_ja = ensure_section(
        home_ja, HelpIndexPage, "help", data["index"]["ja"], data["index"]["en"], ["materials", "campaigns"], report
    )[0]
    routes = {lang: [route_block(r, helplines, lang) for r in data["routes"][lang]] for lang in ("ja", "en")}
    guide = data["report_guide"]
    guide_ja = ensure_page(
        help_ja, ReportGuidePage, "where-to-report", {**guide["ja"], "routes": stream(routes["ja"])}, report
    )
    ensure_translation(guide_ja, "en", {**guide["en"], "routes": stream(routes["en"])}, report)
    safety = data["safety"]
    safety_ja = ensure_page(
        help_ja,
        ContentPage,
        "covering-your-tracks",
        {**safety["ja"], "body": stream(safety["ja"]["body"]), "show_quick_exit": True, "show_children": False},
        report,
    )
    ensure_translation(safety_ja, "en", {**safety["en"], "body": stream(safety["en"]["body"])}, report)
    site_settings = SiteSettings.for_site(Site.objects.get(root_page=home_ja))
    if site_settings.help_page_id != help_ja.pk or not site_settings.safety_page_id:
        site_settings.help_page = help_ja
        site_settings.safety_page = safety_ja
        site_settings.save()
    relink_home_hero(home_ja, help_ja)


def generate_scaled_helplines(scale, report):
    """With --scale N, add (N - 1) generated helplines with weekday hours, for benchmarks and the
    query-count tests of the help page."""
    for number in range(1, scale):
        spec = {
            "key": f"generated-{number}",
            "phone_number": f"0120-000-{number:03d}",
            "sort_order": 1000 + number,
            "flags": ["for_parents", "want_to_talk"],
            "weekly": [{"weekday": day, "opens": "09:00", "closes": "17:00"} for day in range(5)],
            "ja": {
                "name": f"ベンチマーク用の生成相談窓口 {number}",
                "organisation": "生成",
                "description": "自動生成。",
            },
            "en": {"name": f"Generated helpline {number}", "organisation": "Generated", "description": "Generated."},
        }
        ensure_helpline(spec, report)


def route_block(route, helplines, lang):
    helpline = helplines.get(route["helpline"])
    helpline_id = helpline[0 if lang == "ja" else 1].pk if helpline else None
    value = {**route, "helpline": helpline_id}
    return {"type": "route", "value": value, "id": str(uuid.uuid4())}


def ensure_helpline(spec, report):
    base = {
        k: spec[k]
        for k in (
            "phone_number",
            "toll_free",
            "always_open",
            "closed_on_public_holidays",
            "web_form_url",
            "chat_url",
            "anonymous",
            "closed_over_new_year",
            "in_urgent_box",
            "sort_order",
        )
        if k in spec
    }
    base.update(dict.fromkeys(spec["flags"], True))
    ja_fields = {**base, **spec["ja"]}
    ja, en = ensure_snippet(Helpline, {"name": spec["ja"]["name"]}, ja_fields, spec["en"], report)
    for helpline, lang in ((ja, "ja"), (en, "en")):
        if helpline.weekly_hours.exists() or helpline.special_hours.exists() or helpline.fallbacks.exists():
            continue
        changed = False
        for hours in spec.get("weekly", []):
            for weekday in hours.get("weekdays", [hours.get("weekday")]):
                HelplineWeeklyHours.objects.create(
                    helpline=helpline, weekday=weekday, opens=clock(hours["opens"]), closes=clock(hours["closes"])
                )
            changed = True
        for period in spec.get("specials", []):
            HelplineSpecialHours.objects.create(
                helpline=helpline,
                label=period["label"][lang],
                start_date=period["start"],
                end_date=period["end"],
                opens=clock(period["opens"]),
                closes=clock(period["closes"]),
            )
            changed = True
        if spec.get("fallback"):
            HelplineFallback.objects.create(
                helpline=helpline, number=spec["fallback"].get("number", ""), note=spec["fallback"][lang]
            )
            changed = True
        if changed:
            helpline.save_revision().publish()
    return ja, en


def clock(text):
    """ "08:30" (Japan time) from the data as a time of day."""
    return datetime.time.fromisoformat(text)


def relink_home_hero(home_ja, help_ja):
    """The home page's main button leads to help; after the help page is replaced, point it there again."""
    for home in HomePage.objects.filter(translation_key=home_ja.translation_key):
        target = help_ja.get_translation_or_none(home.locale)
        if target is not None and home.hero_primary_page_id != target.pk:
            home = HomePage.objects.get(pk=home.pk)  # fresh tree counters before saving a revision
            home.hero_primary_page = target
            home.save_revision().publish()


def load_step_by_step(report, scale=1):
    """The step-by-step guide of demo/data/help.yaml, after guidance (its steps link to guidance pages)."""
    spec = read_data("help")["step_by_step"]
    help_ja = HelpIndexPage.objects.get(locale__language_code="ja")
    help_en = HelpIndexPage.objects.get(locale__language_code="en")
    pages = {}
    for lang, help_page in (("ja", help_ja), ("en", help_en)):
        home = help_page.get_parent()
        pages[lang] = {"": help_page}
        for child in help_page.get_children():
            pages[lang][child.slug] = child
        guidance = home.get_children().filter(slug="guidance").first()
        for child in guidance.get_children() if guidance else []:
            pages[lang][f"guidance/{child.slug}"] = child

    def steps(lang):
        blocks = []
        for step in spec[lang]["steps"]:
            links = []
            for link in step.get("links", []):
                page = pages[lang].get(link["page"]) if "page" in link else None
                links.append({"page": page.pk if page else None, "url": link.get("url", ""), "text": link["text"]})
            value = {"heading": step["heading"], "logic": step.get("logic", ""), "text": step["text"], "links": links}
            blocks.append({"type": "step", "value": value, "id": str(uuid.uuid4())})
        return stream(blocks)

    fields = {
        lang: {**{k: v for k, v in spec[lang].items() if k != "steps"}, "steps": steps(lang)} for lang in ("ja", "en")
    }
    ja = ensure_page(help_ja, StepByStepPage, spec["slug"], fields["ja"], report)
    ensure_translation(ja, "en", fields["en"], report)
