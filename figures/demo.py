"""Demo figures: the results of Operation Cyber Guardian and Japan's results for the same period.

Source: the National Police Agency's release on Operation Cyber Guardian (../shared/seeds/operation-cyber-guardian.txt).
Every dataset carries its source and the date its figures refer to (the last day of the operation).
"""

import datetime
import uuid

from core.demo.builders import callout, ensure_section, ensure_snippet, heading, paragraph, stream
from figures.models import Dataset, StatisticsPage

SOURCE = {
    "ja": "警察庁「オペレーション・サイバーガーディアン」結果公表資料",
    "en": "National Police Agency, results of Operation Cyber Guardian",
}
AS_OF = datetime.date(2025, 3, 28)
SERIES = {"ja": ["6か国・地域の合計", "日本"], "en": ["All 6 countries/region", "Japan"]}

DATASETS = [
    {
        "slug": "operation-cyber-guardian-2025",
        "ja": {
            "title": "オペレーション・サイバーガーディアンの結果（2025年2月24日〜3月28日）",
            "unit": "人、か所",
            "description": "6か国・地域の合計と日本の、検挙・捜査した被疑者数と捜索場所数。",
            "label": "項目",
            "rows": ["検挙・捜査した被疑者（人）", "捜索場所（か所）"],
            "notes": "日本の被疑者数は「児童ポルノ対策に係る国際連携強化期間」に検挙・送致した人数です。6か国・地域の合計は検挙または捜査（逮捕していない者を含む）の人数です。",
        },
        "en": {
            "title": "Results of Operation Cyber Guardian, 24 February to 28 March 2025",
            "unit": "people, locations",
            "description": "Suspects arrested or investigated, and locations raided: all 6 countries and regions, and Japan.",
            "label": "Measure",
            "rows": ["Suspects arrested or investigated", "Locations raided"],
            "notes": "For Japan, suspects are those arrested or referred to prosecutors during the Period for Strengthening International Cooperation on the Combating of Child Pornography. The 6-country total counts suspects arrested or investigated without arrest.",
        },
        "values": [[544, 111], [269, 123]],
    },
    {
        "slug": "suspects-by-sex-2025",
        "ja": {
            "title": "被疑者の性別（2025年2月24日〜3月28日）",
            "unit": "人",
            "description": "検挙・捜査した被疑者の男女別の人数。6か国・地域では13〜68歳、日本では14〜68歳でした。",
            "label": "性別",
            "rows": ["男性", "女性"],
            "notes": "年齢は、6か国・地域の合計で13〜68歳、日本で14〜68歳です。",
        },
        "en": {
            "title": "Suspects by sex, 24 February to 28 March 2025",
            "unit": "people",
            "description": "Suspects arrested or investigated, by sex. They were aged 13 to 68 across the 6 countries and regions, and 14 to 68 in Japan.",
            "label": "Sex",
            "rows": ["Male", "Female"],
            "notes": "Ages: 13 to 68 across all 6 countries and regions; 14 to 68 in Japan.",
        },
        "values": [[525, 105], [19, 6]],
    },
    {
        "slug": "devices-seized-2025",
        "ja": {
            "title": "押収した電子機器（2025年2月24日〜3月28日）",
            "unit": "台、点",
            "description": "押収した電子機器の種類別の数。日本のルーターの数は公表されていません。",
            "label": "機器",
            "rows": ["パソコン", "携帯電話", "タブレット", "記憶媒体", "ルーター"],
            "notes": "「–」は公表されていない数です。",
        },
        "en": {
            "title": "Electronic devices seized, 24 February to 28 March 2025",
            "unit": "devices",
            "description": "Electronic devices seized, by type. No figure for routers was published for Japan.",
            "label": "Device",
            "rows": ["Computers", "Mobile phones", "Tablets", "Storage devices", "Routers"],
            "notes": "A dash marks a figure that was not published.",
        },
        "values": [[84, 40], [279, 154], [32, 29], [150, 63], [9, None]],
    },
]

PAGE = {
    "ja": {
        "title": "数字で見る現状",
        "listing_summary": "国際共同オペレーションの結果などを、表・グラフ・CSVデータで掲載します。出典と時点を明記しています。",
        "search_description": "オペレーション・サイバーガーディアン（2025年）の結果。検挙・捜査した被疑者544人、捜索269か所。日本では111人を検挙・送致。",
        "introduction": "子どもの性的搾取事犯の取締りの状況を、表・グラフ・CSVデータで掲載します。すべての数字に出典と時点を添えています。",
    },
    "en": {
        "title": "The situation in figures",
        "listing_summary": "The results of international operations as tables, charts and CSV data, each with its source and date.",
        "search_description": "Operation Cyber Guardian (2025): 544 suspects arrested or investigated and 269 locations raided; 111 suspects in Japan.",
        "introduction": "Figures on the crackdown on the sexual exploitation of children, as tables, charts and CSV data. Every figure comes with its source and the date it refers to.",
    },
}


def table_value(lang, spec):
    columns = [{"type": "text", "heading": spec[lang]["label"]}] + [
        {"type": "number", "heading": label} for label in SERIES[lang]
    ]
    rows = [
        {"values": [label, *(None if v is None else str(v) for v in values)]}
        for label, values in zip(spec[lang]["rows"], spec["values"], strict=True)
    ]
    return [{"type": "table", "value": {"caption": "", "columns": columns, "rows": rows}, "id": str(uuid.uuid4())}]


def dataset_fields(lang, spec):
    text = spec[lang]
    return {
        "title": text["title"],
        "slug": spec["slug"],
        "unit": text["unit"],
        "description": text["description"],
        "source": SOURCE[lang],
        "as_of": AS_OF,
        "notes": text["notes"],
        "table": stream(table_value(lang, spec)),
    }


def key_figures(lang):
    if lang == "ja":
        figures = [("544", "人", "検挙・捜査した被疑者（6か国・地域）"), ("269", "か所", "捜索場所（6か国・地域）"),
                   ("111", "人", "日本で検挙・送致した被疑者"), ("123", "か所", "日本の捜索場所")]  # fmt: skip
        heading_text, source = "オペレーション・サイバーガーディアン（2025年）", "警察庁"
    else:
        figures = [("544", "", "suspects arrested or investigated (6 countries/region)"),
                   ("269", "", "locations raided (6 countries/region)"),
                   ("111", "", "suspects arrested or referred in Japan"), ("123", "", "locations raided in Japan")]  # fmt: skip
        heading_text, source = "Operation Cyber Guardian, 2025", "National Police Agency"
    return {
        "type": "key_figures",
        "id": str(uuid.uuid4()),
        "value": {
            "heading": heading_text,
            "figures": [
                {"type": "item", "value": {"value": v, "suffix": s, "label": label}, "id": str(uuid.uuid4())}
                for v, s, label in figures
            ],
            "source": source,
            "as_of": AS_OF.isoformat(),
        },
    }


def dataset_block(dataset):
    return {
        "type": "dataset",
        "id": str(uuid.uuid4()),
        "value": {"dataset": dataset.pk, "show_chart": True, "heading_level": "h2"},
    }


def body(lang, datasets):
    if lang == "ja":
        intro = paragraph(
            "<p>シンガポール警察の主導により、2025年2月24日（月）から3月28日（金）まで、日本、シンガポール、タイ、韓国、香港、マレーシアの6か国・地域が、ネット上の子どもの性的搾取事犯を集中的に取り締まりました。日本にとって、児童ポルノ事犯で初めての国際共同オペレーションです。警察庁はこの期間を「児童ポルノ対策に係る国際連携強化期間」とし、都道府県警察が独自の取締りも集中的に行いました。</p>"
        )
        cases = [
            heading("日本での事例"),
            paragraph(
                "<ul><li>高校教諭による公然陳列</li><li>SNSのグループチャットで動画を共有し、性的な暴行も行っていた事件</li><li>高校生による画像を使った脅迫・恐喝</li><li>フリマアプリやオークションサイトでの販売</li></ul>"
                "<p>被疑者の職業には、高校教諭、学習塾講師、会社員、アルバイト、中学生・高校生が含まれていました。適用した罪名は、公然陳列、製造、所持、提供、児童買春、不同意性交等、脅迫、恐喝などです。</p>"
            ),
            callout(
                "<p>数字は、取締りの対象となった事件の数であり、被害の全体ではありません。被害の多くは、子どもが誰にも相談できずに見過ごされています。</p>",
                "数字の読み方",
                "info",
            ),
        ]
    else:
        intro = paragraph(
            "<p>Led by the Singapore Police Force, Japan, Singapore, Thailand, South Korea, Hong Kong and Malaysia cracked down together on the online sexual exploitation of children from Monday 24 February to Friday 28 March 2025. It was Japan's first international cooperative operation against child sexual abuse material. The National Police Agency made the same weeks its Period for Strengthening International Cooperation on the Combating of Child Pornography, during which prefectural police also ran crackdowns of their own.</p>"
        )
        cases = [
            heading("Cases in Japan"),
            paragraph(
                "<ul><li>Public display by a high school teacher</li><li>Videos shared in a group chat on social media, by men who also committed sexual assaults</li><li>Intimidation and extortion with images by a high school student</li><li>Sales on flea-market apps and auction sites</li></ul>"
                "<p>Suspects included a high school teacher, a preparatory school tutor, company employees, part-time employees, and junior high and high school students. Charges included public display, producing, possessing and providing, child prostitution, non-consensual sexual intercourse, intimidation and extortion.</p>"
            ),
            callout(
                "<p>These figures count cases that police acted on, not all harm. Much harm goes unseen because children cannot tell anyone.</p>",
                "Reading the figures",
                "info",
            ),
        ]
    return [key_figures(lang), intro, *(dataset_block(d) for d in datasets), *cases]


def load(report, scale=1):
    from home.models import HomePage

    home_ja = HomePage.objects.get(locale__language_code="ja", depth=2)
    datasets = {"ja": [], "en": []}
    for spec in DATASETS:
        ja, en = ensure_snippet(
            Dataset, {"slug": spec["slug"]}, dataset_fields("ja", spec), dataset_fields("en", spec), report
        )
        datasets["ja"].append(ja)
        datasets["en"].append(en)
    ensure_section(
        home_ja,
        StatisticsPage,
        "figures",
        {**PAGE["ja"], "body": stream(body("ja", datasets["ja"]))},
        {**PAGE["en"], "body": stream(body("en", datasets["en"]))},
        ["guidance"],
        report,
    )
