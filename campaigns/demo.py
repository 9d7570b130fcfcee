"""Demo content for the campaign calendar, in Japanese and English, from ../shared/CONTENT.md and the seeds.

Dates of recurring campaign months come from the seeds. Event dates, times and venues are examples that
editors confirm before publishing, as CONTENT.md asks for facts without a source in the seeds.
"""

import datetime as dt

from campaigns import schedule
from campaigns.models import CampaignCalendarPage, CampaignPage, EventPage, Organiser, Venue
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
from home.models import HomePage

CALENDAR = {
    "ja": {
        "title": "キャンペーン",
        "listing_summary": "毎年11月・7月の啓発月間と、期間を定めた取組の予定。学校や地域の年間計画にどうぞ。",
        "search_description": "児童虐待防止推進月間（11月）、少年非行・被害防止全国強調月間（7月）などの啓発期間とイベント。カレンダーアプリで購読できます。",
        "introduction": "子どもの性的搾取をなくすための啓発は、毎年決まった月間に全国で行われています。学校やPTA、地域の年間計画にお役立てください。カレンダーアプリで購読すると、予定が自動で届きます。",
    },
    "en": {
        "title": "Campaign calendar",
        "listing_summary": "The campaign months every November and July, and one-off periods. Plan your school or community year.",
        "search_description": "Child Abuse Prevention Month (November), the July month for preventing juvenile delinquency and harm, other periods and events. Subscribe in your calendar app.",
        "introduction": "Awareness campaigns against the sexual exploitation of children run across Japan in the same months every year. Use these dates to plan your school, PTA or community year, or subscribe in your calendar app to get them automatically.",
    },
}

ORGANISERS = {
    "npa": ({"name": "警察庁", "url": "https://www.npa.go.jp/"}, {"name": "National Police Agency"}),
    "cfa": ({"name": "こども家庭庁", "url": "https://www.cfa.go.jp/"}, {"name": "Children and Families Agency"}),
    "gender": (
        {"name": "内閣府男女共同参画局", "url": "https://www.gender.go.jp/"},
        {"name": "Gender Equality Bureau, Cabinet Office"},
    ),
    "mext": (
        {"name": "文部科学省", "url": "https://www.mext.go.jp/"},
        {"name": "Ministry of Education, Culture, Sports, Science and Technology"},
    ),
}

VENUES = {
    "npa": (
        {
            "name": "警察庁",
            "address": "東京都千代田区霞が関2-1-2",
            "access_notes": "東京メトロ霞ケ関駅すぐ。会場はバリアフリーです。",
        },
        {
            "name": "National Police Agency",
            "address": "2-1-2 Kasumigaseki, Chiyoda-ku, Tokyo",
            "access_notes": "Next to Kasumigaseki station (Tokyo Metro). Step-free access.",
        },
    ),
    "youth-center": (
        {
            "name": "国立オリンピック記念青少年総合センター",
            "address": "東京都渋谷区代々木神園町3-1",
            "access_notes": "小田急線参宮橋駅から徒歩約7分。",
        },
        {
            "name": "National Olympics Memorial Youth Center",
            "address": "3-1 Yoyogi Kamizono-cho, Shibuya-ku, Tokyo",
            "access_notes": "About 7 minutes' walk from Sangubashi station (Odakyu line).",
        },
    ),
}

CAMPAIGNS = [
    {
        "slug": "child-abuse-prevention-month",
        "organisers": ["cfa"],
        "schedule": {"schedule_kind": schedule.ANNUAL_MONTH, "month": 11, "first_year": 2004},
        "ja": {
            "title": "児童虐待防止推進月間",
            "listing_summary": "毎年11月。性的虐待を含む児童虐待の防止を、全国で呼びかけます。",
            "introduction": "毎年11月は児童虐待防止推進月間です。自治体などにポスターが配られ、性的虐待を含む児童虐待の防止を全国で呼びかけます。",
            "body": [
                heading("この月間にできること"),
                paragraph(
                    "<ul><li>学校や地域の掲示板にポスターを掲示する</li><li>保護者会で、子どもの性的虐待マテリアルの被害と相談先を伝える</li><li>虐待が疑われるときは、ためらわずに189（児童相談所虐待対応ダイヤル）へ</li></ul>"
                ),
            ],
        },
        "en": {
            "title": "Child Abuse Prevention Month",
            "listing_summary": "Every November. A nationwide call to prevent child abuse, including sexual abuse.",
            "introduction": "Every November is Child Abuse Prevention Month. Posters go to local governments, and the whole country is asked to prevent child abuse, including sexual abuse.",
            "body": [
                heading("What you can do this month"),
                paragraph(
                    "<ul><li>Put the posters up at school and on community notice boards</li><li>Tell parents' meetings about the harm of child sexual abuse material and where to get help</li><li>If you suspect abuse, call 189 (child guidance centres) without hesitating</li></ul>"
                ),
            ],
        },
    },
    {
        "slug": "juvenile-delinquency-prevention-month",
        "organisers": ["cfa", "npa"],
        "schedule": {"schedule_kind": schedule.ANNUAL_MONTH, "month": 7, "first_year": 2013},
        "ja": {
            "title": "少年非行・被害防止全国強調月間",
            "listing_summary": "毎年7月。関係機関と地域が連携し、子どもの性的搾取をなくす広報啓発に重点的に取り組みます。",
            "introduction": "毎年7月は少年非行・被害防止全国強調月間です。夏休みを前に、関係機関・団体と地域住民が連携して、子どもの性的搾取をなくすための広報啓発に重点的に取り組みます。",
            "body": [
                paragraph(
                    "<p>学校では非行防止教室やネット安全教室を開き、ネットで知り合った人との付き合いの危険や、自分の画像を送らないことを伝えます。</p>"
                )
            ],
        },
        "en": {
            "title": "National Month for the Prevention of Juvenile Delinquency and Juvenile Damage",
            "listing_summary": "Every July. Related bodies and communities put a priority on publicity against the sexual exploitation of children.",
            "introduction": "Every July, before the summer holidays, related organisations and local residents work together on publicity to end the sexual exploitation of children.",
            "body": [
                paragraph(
                    "<p>Schools hold Delinquency Prevention Classes and Internet Safety Classes, warning of the risks of people met online and of sending images of yourself.</p>"
                )
            ],
        },
    },
    {
        "slug": "children-and-youth-development-month",
        "organisers": ["cfa"],
        "schedule": {"schedule_kind": schedule.ANNUAL_MONTH, "month": 11, "first_year": 2013},
        "ja": {
            "title": "子供・若者育成支援推進強調月間",
            "listing_summary": "毎年11月。子ども・若者の健やかな成長を支える取組の一環として広報啓発を行います。",
            "introduction": "毎年11月は子供・若者育成支援推進強調月間です。子どもの性的搾取をなくすための広報啓発を重点事項として、関係機関と地域が協力して取り組みます。",
            "body": [],
        },
        "en": {
            "title": "National Month for Assisting the Development of Children and Youths",
            "listing_summary": "Every November. Publicity as part of support for the healthy development of children and young people.",
            "introduction": "Every November, related bodies and communities make publicity against the sexual exploitation of children a priority, as part of supporting the healthy development of children and young people.",
            "body": [],
        },
    },
    {
        "slug": "eliminating-violence-against-women",
        "organisers": ["gender"],
        "schedule": {
            "schedule_kind": schedule.ANNUAL_RANGE,
            "range_start_month": 11,
            "range_start_day": 12,
            "range_end_month": 11,
            "range_end_day": 25,
            "first_year": 2013,
        },
        "ja": {
            "title": "女性に対する暴力をなくす運動",
            "listing_summary": "毎年11月12日〜25日。子どもの性的搾取を含む、女性に対する暴力の根絶を呼びかけます。",
            "introduction": "毎年11月12日から25日までの「女性に対する暴力をなくす運動」では、自治体や女性団体などと協力し、子どもの性的搾取を含む女性に対する暴力の根絶を呼びかけます。期間は年ごとにご確認ください。",
            "body": [],
        },
        "en": {
            "title": "Campaign for Eliminating Violence against Women",
            "listing_summary": "Every year, 12 to 25 November. A call to end violence against women, including the sexual exploitation of children.",
            "introduction": "From 12 to 25 November every year, local governments, women's groups and others work together to end violence against women, including the sexual exploitation of children. Check the dates each year.",
            "body": [],
        },
    },
    {
        "slug": "international-cooperation-period-2025",
        "organisers": ["npa"],
        "schedule": {
            "schedule_kind": schedule.ONE_OFF,
            "start_date": dt.date(2025, 2, 24),
            "end_date": dt.date(2025, 3, 28),
        },
        "ja": {
            "title": "児童ポルノ対策に係る国際連携強化期間",
            "theme": "国際共同オペレーション「サイバーガーディアン」",
            "listing_summary": "2025年2月24日〜3月28日。国際共同オペレーションと同じ期間に、都道府県警察が集中的に取締りを行いました。",
            "introduction": "警察庁は、シンガポール警察の主導する国際共同オペレーション「サイバーガーディアン」の期間を「児童ポルノ対策に係る国際連携強化期間」とし、都道府県警察が集中的に取締りを行いました。",
            "body": [
                heading("国際共同オペレーション"),
                paragraph(
                    "<p>日本、シンガポール、タイ、韓国、香港、マレーシアの6か国・地域が参加し、544人の被疑者を検挙または捜査しました。日本では111人を検挙・送致しました。</p>"
                ),
                callout("<p>出典：警察庁「オペレーション・サイバーガーディアン」結果公表資料。</p>", "出典", "info"),
            ],
        },
        "en": {
            "title": "Period for Strengthening International Cooperation on the Combating of Child Pornography",
            "theme": "The international Operation Cyber Guardian",
            "listing_summary": "24 February to 28 March 2025. Prefectural police concentrated their crackdown during the international operation.",
            "introduction": "The National Police Agency designated the weeks of the international Operation Cyber Guardian, led by the Singapore Police Force, as this period, and prefectural police concentrated their efforts against online child sexual exploitation.",
            "body": [
                heading("The international operation"),
                paragraph(
                    "<p>Japan, Singapore, Thailand, South Korea, Hong Kong and Malaysia took part. 544 suspects were arrested or investigated; 111 in Japan were arrested or referred to prosecutors.</p>"
                ),
                callout(
                    "<p>Source: National Police Agency, results of Operation Cyber Guardian.</p>", "Source", "info"
                ),
            ],
        },
    },
]

EVENTS = [
    {
        "slug": "national-forum-2025",
        "parent": "child-abuse-prevention-month",
        "fields": {"event_type": EventPage.FORUM, "audience": "everyone", "start_date": dt.date(2025, 11, 23)},
        "ja": {
            "title": "児童虐待防止推進全国フォーラム（2025年）",
            "listing_summary": "11月23日。来場者に子どもの性的虐待マテリアルの被害について伝えます。",
            "introduction": "児童虐待防止推進月間の中心行事です。会場では、子どもの性的虐待マテリアルの被害と相談先についての啓発も行います。",
        },
        "en": {
            "title": "National child abuse prevention promotion forum (2025)",
            "listing_summary": "23 November. Visitors learn about the harm of child sexual abuse material.",
            "introduction": "The main event of Child Abuse Prevention Month. Visitors also learn about the harm of child sexual abuse material and where to get help.",
        },
    },
    {
        "slug": "national-forum-2026",
        "parent": "child-abuse-prevention-month",
        "fields": {"event_type": EventPage.FORUM, "audience": "everyone", "start_date": dt.date(2026, 11, 23)},
        "ja": {
            "title": "児童虐待防止推進全国フォーラム（2026年）",
            "listing_summary": "11月23日。来場者に子どもの性的虐待マテリアルの被害について伝えます。",
            "introduction": "児童虐待防止推進月間の中心行事です。会場では、子どもの性的虐待マテリアルの被害と相談先についての啓発も行います。会場と時間は決まり次第お知らせします。",
        },
        "en": {
            "title": "National child abuse prevention promotion forum (2026)",
            "listing_summary": "23 November. Visitors learn about the harm of child sexual abuse material.",
            "introduction": "The main event of Child Abuse Prevention Month. Visitors also learn about the harm of child sexual abuse material and where to get help. The venue and times will be announced.",
        },
    },
    {
        "slug": "ctins-2026",
        "parent": None,
        "venue": "npa",
        "fields": {
            "event_type": EventPage.SYMPOSIUM,
            "audience": "professionals",
            "start_date": dt.date(2026, 12, 3),
            "start_time": dt.time(10, 0),
            "end_time": dt.time(17, 0),
        },
        "ja": {
            "title": "サイバー犯罪技術・捜査シンポジウム（CTINS 2026）",
            "listing_summary": "2001年から毎年開催。デジタル・フォレンジックの知識と経験を共有します。",
            "introduction": "警察庁が2001年から毎年開催しているシンポジウムです。国内外の捜査機関が、デジタル・フォレンジックの知識と経験を共有します。",
        },
        "en": {
            "title": "Counter-cybercrime Technology and Investigation Symposium (CTINS 2026)",
            "listing_summary": "Held every year since 2001 to share knowledge and experience in digital forensics.",
            "introduction": "The National Police Agency has held this symposium every year since 2001. Law enforcement from Japan and abroad share knowledge and experience in digital forensics.",
        },
    },
    {
        "slug": "guardians-symposium-2026",
        "parent": "juvenile-delinquency-prevention-month",
        "venue": "youth-center",
        "fields": {
            "event_type": EventPage.SYMPOSIUM,
            "audience": "parents",
            "start_date": dt.date(2026, 7, 18),
            "start_time": dt.time(13, 30),
            "end_time": dt.time(16, 0),
        },
        "ja": {
            "title": "保護者向けシンポジウム：家庭のルールとフィルタリング",
            "listing_summary": "家庭のルールづくりとネット上の行動の大切さを、保護者が参加して学びます。",
            "introduction": "保護者を対象にした参加型のシンポジウムです。家庭のルールづくり、スマートフォンのWi-Fiにもかけるフィルタリング、自分の画像を送らせない声かけを学びます。",
        },
        "en": {
            "title": "Symposium for parents: rules at home and filtering",
            "listing_summary": "Parents take part and learn why rules at home and behaviour online matter.",
            "introduction": "A participatory symposium for parents and guardians: agreeing rules at home, filtering that also covers the smartphone's Wi-Fi, and how to talk with children about never sending images of themselves.",
        },
    },
    {
        "slug": "internet-safety-class-2026",
        "parent": "juvenile-delinquency-prevention-month",
        "fields": {
            "event_type": EventPage.SCHOOL_CLASS,
            "audience": "students",
            "start_date": dt.date(2026, 7, 10),
            "start_time": dt.time(10, 45),
            "end_time": dt.time(11, 35),
        },
        "ja": {
            "title": "ネット安全教室（中学校向け）",
            "listing_summary": "ネット利用による被害の具体例と、自分を守る方法を学ぶ授業です。",
            "introduction": "警察官や講師が学校を訪れ、ネット利用による被害の具体例を紹介します。名前や電話番号、自分の写真を安易に載せないこと、ネットで知り合った人との付き合いの危険を学びます。実施校で行います。",
        },
        "en": {
            "title": "Internet Safety Class (junior high schools)",
            "listing_summary": "A lesson on real cases of harm online and how to protect yourself.",
            "introduction": "Police officers and trainers visit schools and present real cases of harm through internet use. Students learn not to post their name, phone number or photos without thinking, and the risks of people met online. Held at participating schools.",
        },
    },
    {
        "slug": "e-net-caravan-online-2027",
        "parent": None,
        "fields": {
            "event_type": EventPage.ONLINE,
            "audience": "parents",
            "start_date": dt.date(2027, 1, 20),
            "start_time": dt.time(19, 0),
            "end_time": dt.time(20, 0),
            "online_url": "https://www.fmmc.or.jp/e-netcaravan/",
            "registration_url": "https://www.fmmc.or.jp/e-netcaravan/",
        },
        "ja": {
            "title": "e-ネットキャラバン オンライン講座（保護者・教職員向け）",
            "listing_summary": "子どもがネットで性的搾取の被害にあわないために、保護者と教職員が学ぶオンライン講座です。",
            "introduction": "インターネットの安全な利用のための講座「e-ネットキャラバン」のオンライン版です。子どもがネットで誘い出され、性的搾取の被害にあう危険と対策を学びます。",
        },
        "en": {
            "title": "e-net caravan online course (for parents and teachers)",
            "listing_summary": "An online course for parents and teachers on keeping children safe from sexual exploitation online.",
            "introduction": 'The online edition of the "e-net caravan" course for safe internet use. Learn how children are lured online into sexual exploitation, and what to do about it.',
        },
    },
]


def load(report, scale=1):
    home_ja = HomePage.objects.get(locale__language_code="ja", depth=2)
    organisers = {
        key: ensure_snippet(Organiser, {"name": ja["name"]}, ja, en, report)[0] for key, (ja, en) in ORGANISERS.items()
    }
    venues = {key: ensure_snippet(Venue, {"name": ja["name"]}, ja, en, report)[0] for key, (ja, en) in VENUES.items()}

    calendar_ja, calendar_en = ensure_calendar(home_ja, report)

    campaigns = {}
    for spec in CAMPAIGNS:
        ja_fields = {
            **spec["schedule"],
            **page_fields(spec["ja"]),
            "organisers": [organisers[k] for k in spec["organisers"]],
        }
        ja = ensure_page(calendar_ja, CampaignPage, spec["slug"], ja_fields, report)
        ensure_translation(ja, "en", page_fields(spec["en"]), report)
        campaigns[spec["slug"]] = ja

    for spec in EVENTS:
        parent = campaigns[spec["parent"]] if spec["parent"] else calendar_ja
        ja_fields = {**spec["fields"], **page_fields(spec["ja"])}
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


def ensure_calendar(home_ja, report):
    """The calendar in both languages at slug `campaigns`, in the menu after "figures"."""
    return ensure_section(
        home_ja, CampaignCalendarPage, "campaigns", CALENDAR["ja"], CALENDAR["en"], ["figures"], report
    )


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
