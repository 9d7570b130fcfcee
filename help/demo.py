"""Demo content for Get help, in Japanese and English, from ../shared/CONTENT.md.

Numbers and hours are as CONTENT.md gives them; editors confirm them before publishing. The intensive
week's dates and extended hours are an example of a special period.
"""

import datetime as dt

from wagtail.models import Site

from core.demo.builders import (
    callout,
    ensure_page,
    ensure_section,
    ensure_snippet,
    ensure_translation,
    heading,
    paragraph,
    stream,
)
from core.models import SiteSettings
from help.models import (
    HelpIndexPage,
    Helpline,
    HelplineFallback,
    HelplineSpecialHours,
    HelplineWeeklyHours,
    ReportGuidePage,
)
from home.models import ContentPage, HomePage

HOTLINE = "https://www.internethotline.jp/"
T = dt.time

HELP = {
    "ja": {
        "title": "相談・通報",
        "listing_summary": "今すぐ相談できる窓口（相談先）と、違法な情報を見つけたときの通報先。",
        "search_description": "110番、189、子どもの人権110番、インターネット・ホットラインセンター。受付時間と電話番号。",
        "introduction": "ひとりで悩まず、相談してください。子どもに今危険が迫っているときは110番へ。このサイトが画像を受け取ることはありません。",
    },
    "en": {
        "title": "Get help",
        "listing_summary": "Helplines to call now, and where to report illegal content online.",
        "search_description": "Helplines and where to report: 110, 189, Children's Rights Dial 110 and the Internet Hotline Center, with numbers and opening hours.",
        "introduction": "You do not have to deal with this alone. If a child is in danger now, call 110. This site never accepts images.",
    },
}

HELPLINES = [
    {
        "key": "police",
        "phone_number": "110",
        "always_open": True,
        "sort_order": 10,
        "flags": ["for_children", "for_parents", "for_teachers", "danger_now"],
        "ja": {
            "name": "警察（110番）",
            "organisation": "警察",
            "description": "子どもに今、危険が迫っているとき。事件や事故の緊急通報です。",
            "languages": "日本語（多言語での対応あり）",
        },
        "en": {
            "name": "Police (110)",
            "organisation": "Police",
            "description": "If a child is in danger now. The emergency number for crimes and accidents.",
            "languages": "Japanese (interpreting available)",
        },
    },
    {
        "key": "189",
        "phone_number": "189",
        "always_open": True,
        "sort_order": 20,
        "flags": ["for_children", "for_parents", "for_teachers", "abuse_at_home", "want_to_talk"],
        "ja": {
            "name": "児童相談所虐待対応ダイヤル「189」",
            "organisation": "児童相談所",
            "description": "家庭での虐待が心配なとき、子ども本人も大人も相談できます。児童相談所は、子ども本人の意向を確認したうえで警察に通報します。",
            "languages": "日本語",
        },
        "en": {
            "name": "Child guidance centres (189)",
            "organisation": "Child guidance centres",
            "description": "If you are worried about abuse at home. Children and adults can call. Child guidance centres report to the police after confirming the child's wishes.",
            "languages": "Japanese",
        },
    },
    {
        "key": "jinken110",
        "phone_number": "0120-007-110",
        "toll_free": True,
        "closed_on_public_holidays": True,
        "sort_order": 30,
        "flags": ["for_children", "for_parents", "want_to_talk", "abuse_at_home"],
        "weekly": [(d, T(8, 30), T(17, 15)) for d in range(5)],
        "specials": [
            (
                "強化週間（平日）",
                "Intensive week (weekdays)",
                dt.date(2027, 6, 28),
                dt.date(2027, 7, 2),
                T(8, 30),
                T(19, 0),
            ),
            (
                "強化週間（土日）",
                "Intensive week (weekend)",
                dt.date(2027, 7, 3),
                dt.date(2027, 7, 4),
                T(10, 0),
                T(17, 0),
            ),
        ],
        "fallback": (
            "IP電話などで0120番につながらない場合は、お近くの法務局・地方法務局へ。",
            "If an IP phone cannot reach 0120 numbers, contact your nearest Legal Affairs Bureau.",
        ),
        "ja": {
            "name": "子どもの人権110番",
            "organisation": "法務省",
            "description": "話を聞いてほしい子どものための無料の電話です。いじめや虐待など、誰にも言えないことを相談できます。",
            "languages": "日本語",
            "hours_note": "年末年始は休みです。",
        },
        "en": {
            "name": "Children's Rights Dial 110",
            "organisation": "Ministry of Justice",
            "description": "A free line for children who want someone to listen: bullying, abuse, anything they cannot tell anyone else.",
            "languages": "Japanese",
            "hours_note": "Closed over the New Year holidays.",
        },
    },
    {
        "key": "miniletter",
        "sort_order": 40,
        "flags": ["for_children", "want_to_talk"],
        "ja": {
            "name": "子どもの人権SOSミニレター",
            "organisation": "法務省",
            "description": "学校で配られる便せん兼封筒です。書いて切手を貼らずにポストに入れると、法務局の職員が返事を書きます。",
            "letter": "学校で配られるミニレターに書いて、ポストに入れてください。切手はいりません。",
        },
        "en": {
            "name": "Children's Rights SOS Mini-Letter",
            "organisation": "Ministry of Justice",
            "description": "A letter-and-envelope form handed out at school. Write, post it without a stamp, and staff of the Legal Affairs Bureau write back.",
            "letter": "Write on the Mini-Letter from school and post it. No stamp needed.",
        },
    },
    {
        "key": "hotline",
        "web_form_url": HOTLINE,
        "anonymous": True,
        "sort_order": 50,
        "flags": ["for_children", "for_parents", "for_teachers", "illegal_content", "images_online"],
        "ja": {
            "name": "インターネット・ホットラインセンター",
            "organisation": "警察庁の委託事業",
            "description": "ネット上の違法な情報を、ウェブのフォームからURLで通報します。匿名でも通報できます。相談窓口ではありません。画像は送らないでください。",
        },
        "en": {
            "name": "Internet Hotline Center",
            "organisation": "Commissioned by the National Police Agency",
            "description": "Report illegal content online by its web address, through the web form. You can stay anonymous. It does not offer counselling. Never send images.",
        },
    },
    {
        "key": "ihaho",
        "web_form_url": "https://ihaho.jp/",
        "sort_order": 60,
        "flags": ["site_operator", "for_teachers"],
        "ja": {
            "name": "違法・有害情報相談センター",
            "organisation": "総務省の支援事業",
            "description": "サイト管理者やプロバイダなどからの、違法・有害情報への対応についての相談を受け付けます。",
        },
        "en": {
            "name": "Consultation Center for Illegal/Harmful Information",
            "organisation": "Supported by the Ministry of Internal Affairs and Communications",
            "description": "Advice for site operators and service providers on handling illegal or harmful information.",
        },
    },
]

ROUTES = {
    "ja": [
        ("今、子どもに危険が迫っている", "<p>ためらわずに110番に電話してください。</p>", "police", "", ""),
        (
            "ネットで違法な画像や動画を見つけた",
            "<p>保存・転送・スクリーンショットをせず、URLだけを通報してください。匿名でも通報できます。</p>",
            "hotline",
            HOTLINE,
            "インターネット・ホットラインセンターに通報する",
        ),
        (
            "家庭で子どもが虐待されているかもしれない",
            "<p>189（児童相談所虐待対応ダイヤル）に電話してください。24時間つながります。</p>",
            "189",
            "",
            "",
        ),
        (
            "子どもが誰かに話を聞いてほしい",
            "<p>子どもの人権110番（無料）に電話するか、学校で配られるSOSミニレターで手紙を書けます。</p>",
            "jinken110",
            "",
            "",
        ),
        (
            "18歳未満のときの自分の画像がネットに出ている",
            "<p>ひとりで抱え込まず、まず信頼できる大人や警察に相談してください。サイトの運営者への削除依頼や、削除を支援するサービス（セーファーインターネット協会「セーフライン」など）もあります。画像を自分で集めたり保存したりしないでください。</p>",
            "",
            "https://www.safe-line.jp/",
            "セーフライン（削除の支援）",
        ),
        ("サイトの運営者として対応を相談したい", "<p>違法・有害情報相談センターに相談できます。</p>", "ihaho", "", ""),
    ],
    "en": [
        ("A child is in danger now", "<p>Call 110 without hesitating.</p>", "police", "", ""),
        (
            "I found illegal images or videos online",
            "<p>Do not save, forward or screenshot anything. Report the web address only. You can stay anonymous.</p>",
            "hotline",
            HOTLINE,
            "Report to the Internet Hotline Center",
        ),
        ("A child may be abused at home", "<p>Call 189 (child guidance centres). Open 24 hours.</p>", "189", "", ""),
        (
            "A child wants someone to listen",
            "<p>Call Children's Rights Dial 110 (free), or write with the SOS Mini-Letter handed out at school.</p>",
            "jinken110",
            "",
            "",
        ),
        (
            "An image of me from before I was 18 is online",
            "<p>You do not have to deal with it alone: talk to an adult you trust or to the police first. You can ask the site to remove it, and removal services can help, such as Safe-line by the Safer Internet Association. Do not collect or save the images yourself.</p>",
            "",
            "https://www.safe-line.jp/",
            "Safe-line (help with removal)",
        ),
        (
            "I run a site and need advice",
            "<p>The Consultation Center for Illegal/Harmful Information advises site operators.</p>",
            "ihaho",
            "",
            "",
        ),
    ],
}

REPORT = {
    "ja": {
        "title": "どこに通報・相談すればいい？",
        "listing_summary": "状況ごとに、連絡する先がわかります。",
        "introduction": "状況に近いものを選ぶと、連絡する先がわかります。",
        "evidence_warning": "<p>このサイトは画像や証拠を受け取りません。<b>画像を保存・転送・スクリーンショットしないでください。</b>それ自体が被害を広げ、犯罪になるおそれがあります。</p>",
    },
    "en": {
        "title": "Where do I report this?",
        "listing_summary": "Find who to contact for your situation.",
        "introduction": "Choose the situation closest to yours to see who to contact.",
        "evidence_warning": "<p>This site never takes images or evidence. <b>Do not keep, forward or screenshot images.</b> Doing so spreads the harm and may itself be a crime.</p>",
    },
}

SAFETY = {
    "ja": {
        "title": "閲覧の痕跡を残さないために",
        "listing_summary": "クイック出口で隠せないことと、プライベートブラウズの使い方。",
        "introduction": "クイック出口は、このページをすぐに閉じて別のページに移ります。ただし、隠せないこともあります。",
        "body": [
            heading("クイック出口で隠せないこと"),
            paragraph(
                "<ul><li><b>ブラウザの履歴</b>：見たページは履歴に残ります。履歴から個別に削除できます</li><li><b>通話の記録</b>：電話の発信履歴に相談先の番号が残ります</li><li><b>共有している端末</b>：家族と同じスマートフォンやパソコンを使っていると、見られることがあります</li><li><b>同期しているアカウント</b>：ブラウザのアカウントで履歴が他の端末に同期されることがあります</li></ul>"
            ),
            heading("プライベートブラウズを使う"),
            paragraph(
                "<p>ブラウザの「プライベート」「シークレット」モードで開くと、閉じたときに履歴が残りません。Chromeでは「新しいシークレット ウィンドウ」、Safariでは「プライベート」を選んでください。</p>"
            ),
            callout("<p>身の危険を感じたら、110番に電話してください。</p>", "危険なときは", "important"),
        ],
    },
    "en": {
        "title": "Covering your tracks",
        "listing_summary": "What the quick exit cannot hide, and how to browse privately.",
        "introduction": "The quick exit closes this page at once and opens another. But there are things it cannot hide.",
        "body": [
            heading("What the quick exit cannot hide"),
            paragraph(
                "<ul><li><b>Browser history</b>: pages you visited stay in the history. You can delete them one by one</li><li><b>Call logs</b>: the numbers you called stay in your phone's call log</li><li><b>Shared devices</b>: someone using the same phone or computer may see what you viewed</li><li><b>Synced accounts</b>: a browser signed in to an account may copy your history to other devices</li></ul>"
            ),
            heading("Use private browsing"),
            paragraph(
                "<p>A private or incognito window keeps no history once you close it. In Chrome choose “New incognito window”; in Safari choose “Private”.</p>"
            ),
            callout("<p>If you feel unsafe, call 110.</p>", "In danger", "important"),
        ],
    },
}


def load(report, scale=1):
    home_ja = HomePage.objects.get(locale__language_code="ja", depth=2)
    helplines = {spec["key"]: ensure_helpline(spec, report) for spec in HELPLINES}
    generate_scaled_helplines(scale, report)
    help_ja = ensure_help_index(home_ja, report)
    routes = {lang: [route_block(r, helplines, lang) for r in ROUTES[lang]] for lang in ("ja", "en")}
    guide_ja = ensure_page(
        help_ja, ReportGuidePage, "where-to-report", {**REPORT["ja"], "routes": stream(routes["ja"])}, report
    )
    ensure_translation(guide_ja, "en", {**REPORT["en"], "routes": stream(routes["en"])}, report)
    safety_ja = ensure_page(
        help_ja,
        ContentPage,
        "covering-your-tracks",
        {
            **{k: v for k, v in SAFETY["ja"].items() if k != "body"},
            "body": stream(SAFETY["ja"]["body"]),
            "show_quick_exit": True,
            "show_children": False,
        },
        report,
    )
    ensure_translation(
        safety_ja,
        "en",
        {**{k: v for k, v in SAFETY["en"].items() if k != "body"}, "body": stream(SAFETY["en"]["body"])},
        report,
    )
    site_settings = SiteSettings.for_site(Site.objects.get(root_page=home_ja))
    if site_settings.help_page_id != help_ja.pk or not site_settings.safety_page_id:
        site_settings.help_page = help_ja
        site_settings.safety_page = safety_ja
        site_settings.save()
    relink_home_hero(home_ja, help_ja)


def generate_scaled_helplines(scale, report):
    """With --scale N, add (N - 1) generated helplines with weekday hours, for benchmarks and the
    query-count tests of the help page."""
    import datetime

    for number in range(1, scale):
        spec = {
            "key": f"generated-{number}",
            "phone_number": f"0120-000-{number:03d}",
            "sort_order": 1000 + number,
            "flags": ["for_parents", "want_to_talk"],
            "weekly": [(day, datetime.time(9), datetime.time(17)) for day in range(5)],
            "ja": {
                "name": f"ベンチマーク用の生成相談窓口 {number}",
                "organisation": "生成",
                "description": "自動生成。",
            },
            "en": {"name": f"Generated helpline {number}", "organisation": "Generated", "description": "Generated."},
        }
        ensure_helpline(spec, report)


def route_block(route, helplines, lang):
    import uuid

    situation, advice, helpline_key, url, text = route
    helpline = helplines.get(helpline_key)
    helpline_id = helpline[0 if lang == "ja" else 1].pk if helpline else None
    value = {"situation": situation, "advice": advice, "helpline": helpline_id, "link_url": url, "link_text": text}
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
            "anonymous",
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
        for weekday, opens, closes in spec.get("weekly", []):
            HelplineWeeklyHours.objects.create(helpline=helpline, weekday=weekday, opens=opens, closes=closes)
            changed = True
        for ja_label, en_label, start, end, opens, closes in spec.get("specials", []):
            HelplineSpecialHours.objects.create(
                helpline=helpline,
                label=ja_label if lang == "ja" else en_label,
                start_date=start,
                end_date=end,
                opens=opens,
                closes=closes,
            )
            changed = True
        if spec.get("fallback"):
            HelplineFallback.objects.create(helpline=helpline, note=spec["fallback"][0 if lang == "ja" else 1])
            changed = True
        if changed:
            helpline.save_revision().publish()
    return ja, en


def ensure_help_index(home_ja, report):
    """The help page in both languages at slug `help`, in the menu after the library."""
    return ensure_section(home_ja, HelpIndexPage, "help", HELP["ja"], HELP["en"], ["materials", "campaigns"], report)[0]


def relink_home_hero(home_ja, help_ja):
    """The home page's main button leads to help; after the help page is replaced, point it there again."""
    for home in HomePage.objects.filter(translation_key=home_ja.translation_key):
        target = help_ja.get_translation_or_none(home.locale)
        if target is not None and home.hero_primary_page_id != target.pk:
            home = HomePage.objects.get(pk=home.pk)  # fresh tree counters before saving a revision
            home.hero_primary_page = target
            home.save_revision().publish()
