"""Demo guidance in Japanese and English. The text lives in guidance/demo_text.py; this builds the pages."""

import datetime
import uuid

from django.utils import timezone

from core.demo.builders import ensure_page, ensure_section, ensure_translation, stream
from guidance.models import GuidanceIndexPage, GuidancePage, GuidanceRelatedHelpline, GuidanceRelatedMaterial

INDEX = {
    "ja": {
        "title": "知る・防ぐ",
        "listing_summary": "法律で禁じられていること、家庭でできる予防、被害にあったとき、被害の深刻さ、早く気づくためのポイント。",
        "search_description": "児童買春・児童ポルノ禁止法で禁じられている行為、フィルタリングと家庭のルール、被害にあったときの対応、被害の深刻さ。",
        "introduction": "子どもの性的虐待マテリアル（子どもが性的に虐待される様子を記録した画像や動画）は、それ自体が子どもへの重大な人権侵害です。法律で何が禁じられているか、被害をどう防ぐか、起きてしまったときにどうするかを、読む人ごとにまとめました。",
    },
    "en": {
        "title": "Guidance",
        "listing_summary": "What the law forbids, how to prevent harm at home, what to do if it has happened, how serious the harm is, and how to notice it early.",
        "search_description": "What Japanese law forbids, filtering and rules at home, what to do if it has happened, and how serious the harm to child victims is.",
        "introduction": "Child sexual abuse material, images or videos that record the sexual abuse of a child, is itself a grave violation of a child's rights. Here is what the law forbids, how to prevent harm and what to do if it has happened, arranged by who you are.",
    },
}


def load(report, scale=1):
    from guidance.demo_text import GUIDANCE
    from help.models import Helpline
    from home.models import HomePage
    from materials.models import Audience, MaterialPage

    home_ja = HomePage.objects.get(locale__language_code="ja", depth=2)
    index_ja, _index_en = ensure_section(home_ja, GuidanceIndexPage, "guidance", INDEX["ja"], INDEX["en"], [], report)
    today = timezone.localdate()
    for number, spec in enumerate(GUIDANCE):
        # Review dates spread over the year, so the editors' "due for review" panel has something to show.
        last_reviewed = today - datetime.timedelta(days=30 * (number + 1))
        next_review = last_reviewed + datetime.timedelta(days=365 if number else 20)
        ja, en = {}, {}
        for lang, fields in (("ja", ja), ("en", en)):
            text = spec[lang]
            audiences = Audience.objects.filter(locale__language_code=lang, slug__in=spec["audiences"])
            helplines = {h.translation_key: h for h in Helpline.objects.filter(locale__language_code=lang, live=True)}
            fields.update(
                title=text["title"],
                listing_summary=text["listing_summary"],
                search_description=text["search_description"],
                introduction=text["introduction"],
                key_facts=stream(
                    [
                        {"type": "fact", "value": {"heading": h, "text": t}, "id": str(uuid.uuid4())}
                        for h, t in text["key_facts"]
                    ]
                ),
                body=stream(text["body"]),
                audiences=list(audiences),
                victim_facing=spec["victim_facing"],
                last_reviewed=last_reviewed,
                next_review=next_review,
                related_helplines=[
                    GuidanceRelatedHelpline(helpline=h, sort_order=i)
                    for i, h in enumerate(_helplines(spec["related_helplines"], lang, helplines))
                ],
                related_materials=[
                    GuidanceRelatedMaterial(material=m, sort_order=i)
                    for i, m in enumerate(_materials(spec["related_materials"], lang, MaterialPage))
                ],
            )
        page_ja = ensure_page(index_ja, GuidancePage, spec["slug"], ja, report)
        ensure_translation(page_ja, "en", en, report)


def _helplines(keys, lang, by_translation_key):
    """Helplines by their demo key (help/demo.py), in the page's language."""
    from help.demo import HELPLINES
    from help.models import Helpline

    found = []
    for key in keys:
        spec = next((s for s in HELPLINES if s["key"] == key), None)
        if spec is None:
            continue
        source = Helpline.objects.filter(locale__language_code="ja", name=spec["ja"]["name"]).first()
        if source is not None and source.translation_key in by_translation_key:
            found.append(by_translation_key[source.translation_key])
    return found


def _materials(slugs, lang, model):
    pages = {p.slug: p for p in model.objects.filter(locale__language_code=lang, slug__in=slugs).live()}
    return [pages[slug] for slug in slugs if slug in pages]
