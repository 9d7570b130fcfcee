"""Demo content for the materials library, in Japanese and English, with real PDFs generated here.

Content comes from ../shared/CONTENT.md and the seeds: the self-generated images warning, filtering for
parents, rules at home, where to get help, campaign-month posters, an Internet Safety Class lesson.
"""

import datetime as dt
import functools

from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.models import Collection

from core.demo.builders import (
    ensure_page,
    ensure_section,
    ensure_snippet,
    ensure_translation,
    heading,
    paragraph,
    stream,
)
from home.models import HomePage
from materials.models import (
    Audience,
    CampaignDocument,
    MaterialFile,
    MaterialFormat,
    MaterialPage,
    MaterialsIndexPage,
    SchoolRequestField,
    SchoolRequestPage,
    SchoolStage,
    Topic,
)
from materials.pdfgen import build_pdf

INDEX = {
    "ja": {
        "title": "学校・PTA向け資料",
        "listing_summary": "ポスター、リーフレット、授業用の資料。学校段階や対象者に合わせて選べます。",
        "search_description": "学校・PTA向けのポスター、リーフレット、ネット安全教室の授業資料。対象・学校段階・テーマ・形式・言語で絞り込めます。",
        "introduction": "教室や保護者会で使えるポスター、リーフレット、授業用の資料です。対象や学校段階で絞り込み、1つずつ、または学校段階ごとのまとめてダウンロードできます。登録は不要です。",
    },
    "en": {
        "title": "For schools and PTAs",
        "listing_summary": "Posters, leaflets and lesson material, chosen by school stage and audience.",
        "search_description": "Posters, leaflets and Internet Safety Class lesson material for schools and PTAs, filtered by audience, school stage, topic, format and language.",
        "introduction": "Posters, leaflets and lesson material for classrooms and parents' meetings. Filter by audience or school stage, and download files one by one or as a pack for each school stage. No account is needed.",
    },
}

# slug: (ja name, en name)
AUDIENCES = {
    "parents": ("保護者", "Parents"),
    "teachers": ("教職員", "Teachers"),
    "pta": ("PTA", "PTAs"),
    "students": ("児童・生徒", "Students"),
    "welfare": ("児童福祉関係者", "Child-welfare staff"),
}
STAGES = {
    "lower-primary": ("小学校低学年", "Lower primary"),
    "upper-primary": ("小学校高学年", "Upper primary"),
    "junior-high": ("中学校", "Junior high school"),
    "high-school": ("高等学校", "High school"),
}
TOPICS = {
    "self-generated-images": ("自画撮り被害", "Self-generated images"),
    "grooming": ("グルーミング（手なずけ）", "Grooming"),
    "sextortion": ("画像を使った脅迫", "Sextortion"),
    "filtering": ("フィルタリング", "Filtering"),
    "social-media": ("SNS", "Social media"),
    "the-law": ("法律", "The law"),
    "getting-help": ("相談先", "Getting help"),
}
FORMATS = {
    "poster": ("ポスター", "Poster"),
    "leaflet": ("リーフレット", "Leaflet"),
    "lesson-plan": ("授業案", "Lesson plan"),
    "slide-deck": ("スライド", "Slide deck"),
    "guide": ("ガイド", "Guide"),
}

FOOTER = {
    "ja": "困ったときは 110（緊急）／189（児童相談所）／0120-007-110（子どもの人権110番）",
    "en": "Get help: 110 (emergency) / 189 (child guidance centres) / 0120-007-110 (Children's Rights Dial 110)",
}
HELP = {
    "ja": [
        "## 困ったときの相談先",
        "• 110：子どもに今、危険が迫っているとき",
        "• 189：家庭での虐待が心配なとき（児童相談所）",
        "• 0120-007-110：子どもの人権110番（無料、平日8時30分〜17時15分）",
        "• ネット上の違法な情報：インターネット・ホットラインセンターにURLだけを通報",
    ],
    "en": [
        "## Where to get help",
        "• 110: if a child is in danger now",
        "• 189: if you are worried about abuse at home (child guidance centres)",
        "• 0120-007-110: Children's Rights Dial 110 (free, weekdays 8:30 to 17:15)",
        "• Illegal content online: report the web address only to the Internet Hotline Center",
    ],
}

MATERIALS = [
    {
        "slug": "self-generated-images-leaflet",
        "format": "leaflet",
        "audiences": ["students"],
        "stages": ["junior-high", "high-school"],
        "topics": ["self-generated-images", "sextortion"],
        "paper": "a4",
        "can_order": True,
        "version": "2026",
        "reviewed": dt.date(2026, 4, 1),
        "ja": {
            "title": "「自分の画像を送らないで」リーフレット",
            "summary": "自分の裸や下着姿の画像を求められたときにどうするかを、中高生向けに伝えるリーフレットです。",
            "pages": [
                [
                    "## 一度送った画像は取り戻せません",
                    "ネットで知り合った人や友だちに「画像を送って」と言われても、送らないでください。送った画像はコピーされ、広がり、消すことができません。",
                    "• 18歳未満の性的な画像は、自分で撮ったものでも法律で禁じられています",
                    "• 断っても、あなたは悪くありません",
                    "• 「送らないと画像をばらまく」と脅されたら、すぐに大人に相談してください",
                ]
            ],
        },
        "en": {
            "title": '"Don\'t send images of yourself" leaflet',
            "summary": "A leaflet for junior high and high school students on what to do when someone asks for a nude or underwear image.",
            "pages": [
                [
                    "## An image once sent cannot be taken back",
                    "If someone you met online, or a friend, asks you to send an image, do not send it. Sent images are copied and spread, and cannot be deleted.",
                    "• Sexual images of anyone under 18 are illegal, even if you took them yourself",
                    "• Saying no is never your fault",
                    "• If someone threatens to share images unless you send more, tell an adult straight away",
                ]
            ],
        },
    },
    {
        "slug": "filtering-guide-for-parents",
        "format": "guide",
        "audiences": ["parents", "pta"],
        "stages": ["lower-primary", "upper-primary", "junior-high", "high-school"],
        "topics": ["filtering", "social-media"],
        "paper": "a4",
        "version": "2026",
        "reviewed": dt.date(2026, 3, 15),
        "ja": {
            "title": "フィルタリング設定ガイド（保護者向け）",
            "summary": "携帯電話の回線だけでなく、スマートフォンのWi-Fiやアプリにもフィルタリングをかける方法をまとめた保護者向けガイドです。",
            "pages": [
                [
                    "## フィルタリングはWi-Fiにも",
                    "携帯電話会社のフィルタリングは、携帯電話の回線での通信にしか効かないことがあります。自宅や外出先のWi-Fi（無線LAN）にも効くよう、端末やアプリでも設定しましょう。",
                    "• 購入時に販売店でフィルタリングを設定してもらう",
                    "• 端末の機能制限（ペアレンタルコントロール）を使う",
                    "• アプリのインストールに保護者の承認を必要にする",
                ],
                [
                    "## 子どもと一緒に見直す",
                    "フィルタリングは子どもの成長に合わせて見直します。なぜ必要かを話し合い、困ったときに相談しやすい関係をつくりましょう。",
                    *HELP["ja"],
                ],
            ],
        },
        "en": {
            "title": "Filtering guide for parents",
            "summary": "How to filter not only the mobile network but also the smartphone's Wi-Fi and apps: a guide for parents.",
            "pages": [
                [
                    "## Filter Wi-Fi too",
                    "Mobile carriers' filtering may work only on the mobile network. Set up filtering on the device and in apps so that it also works on Wi-Fi at home and outside.",
                    "• Ask the shop to set up filtering when you buy the phone",
                    "• Use the device's parental controls",
                    "• Require a parent's approval to install apps",
                ],
                [
                    "## Review it together",
                    "Review filtering as your child grows. Talk about why it matters, so that your child finds it easy to come to you when something goes wrong.",
                    *HELP["en"],
                ],
            ],
        },
    },
    {
        "slug": "family-rules-sheet",
        "format": "leaflet",
        "audiences": ["parents"],
        "stages": ["lower-primary", "upper-primary"],
        "topics": ["social-media", "filtering"],
        "paper": "a4",
        "can_order": True,
        "reviewed": dt.date(2026, 2, 1),
        "ja": {
            "title": "家庭のルールづくりシート",
            "summary": "スマートフォンやゲーム機を使う時間・場所・相手について、親子で書き込んで決めるシートです。",
            "pages": [
                [
                    "## わが家のルール",
                    "• 使う時間：　　時から　　時まで",
                    "• 使う場所：家族がいる部屋で",
                    "• 知らない人から連絡が来たら：返事をせず、家の人に見せる",
                    "• 自分や友だちの写真は：載せる前に家の人に聞く",
                    "• 困ったときは：すぐに家の人に話す。怒らずに聞きます",
                ]
            ],
        },
        "en": {
            "title": "Family rules sheet",
            "summary": "A sheet parents and children fill in together: when, where and with whom smartphones and game consoles are used.",
            "pages": [
                [
                    "## Our family's rules",
                    "• When: from ___ to ___",
                    "• Where: in a room where family members are",
                    "• If a stranger contacts me: I don't answer, and I show a family member",
                    "• Photos of me or my friends: I ask a family member before posting",
                    "• If something goes wrong: I tell a family member straight away. They will listen without getting angry",
                ]
            ],
        },
    },
    {
        "slug": "where-to-get-help-poster",
        "format": "poster",
        "audiences": ["students"],
        "stages": ["upper-primary", "junior-high", "high-school"],
        "topics": ["getting-help"],
        "paper": "a3",
        "can_order": True,
        "version": "2026",
        "reviewed": dt.date(2026, 4, 1),
        "ja": {
            "title": "相談先ポスター「ひとりで悩まないで」",
            "summary": "学校に掲示する、子ども向けの相談先ポスター（A3）です。",
            "pages": [
                [
                    "## ひとりで悩まないで",
                    "画像のことで困っていたら、あなたは悪くありません。話してください。",
                    *HELP["ja"][1:],
                ]
            ],
        },
        "en": {
            "title": '"You are not alone" help poster',
            "summary": "An A3 poster for schools showing children where to get help.",
            "pages": [
                [
                    "## You are not alone",
                    "If you are in trouble because of an image, it is not your fault. Talk to someone.",
                    *HELP["en"][1:],
                ]
            ],
        },
    },
    {
        "slug": "child-abuse-prevention-month-poster-2025",
        "format": "poster",
        "audiences": ["teachers", "pta"],
        "stages": ["lower-primary", "upper-primary", "junior-high", "high-school"],
        "topics": ["getting-help"],
        "paper": "a3",
        "version": "2025",
        "reviewed": dt.date(2025, 9, 1),
        "ja": {
            "title": "児童虐待防止推進月間ポスター（2025年版）",
            "summary": "毎年11月の児童虐待防止推進月間に掲示するポスターの2025年版です。",
            "pages": [
                ["## 11月は児童虐待防止推進月間", "性的虐待を含む児童虐待に気づいたら、189へ。", *HELP["ja"][1:3]]
            ],
        },
        "en": {
            "title": "Child Abuse Prevention Month poster (2025 edition)",
            "summary": "The 2025 edition of the poster for Child Abuse Prevention Month, every November.",
            "pages": [
                [
                    "## November is Child Abuse Prevention Month",
                    "If you notice child abuse, including sexual abuse, call 189.",
                    *HELP["en"][1:3],
                ]
            ],
        },
    },
    {
        "slug": "child-abuse-prevention-month-poster-2026",
        "format": "poster",
        "audiences": ["teachers", "pta"],
        "stages": ["lower-primary", "upper-primary", "junior-high", "high-school"],
        "topics": ["getting-help"],
        "paper": "a3",
        "can_order": True,
        "version": "2026",
        "reviewed": dt.date(2026, 9, 1),
        "replaces": "child-abuse-prevention-month-poster-2025",
        "ja": {
            "title": "児童虐待防止推進月間ポスター（2026年版）",
            "summary": "毎年11月の児童虐待防止推進月間に掲示するポスターの2026年版です。",
            "change_note": "相談先の受付時間を更新しました。",
            "pages": [
                [
                    "## 11月は児童虐待防止推進月間",
                    "性的虐待を含む児童虐待に気づいたら、ためらわずに189へ。子どもの画像をネットに出さないことも、子どもを守ることです。",
                    *HELP["ja"][1:4],
                ]
            ],
        },
        "en": {
            "title": "Child Abuse Prevention Month poster (2026 edition)",
            "summary": "The 2026 edition of the poster for Child Abuse Prevention Month, every November.",
            "change_note": "Updated the helplines' opening hours.",
            "pages": [
                [
                    "## November is Child Abuse Prevention Month",
                    "If you notice child abuse, including sexual abuse, call 189 without hesitating. Keeping children's images off the internet protects them too.",
                    *HELP["en"][1:4],
                ]
            ],
        },
    },
    {
        "slug": "july-month-poster",
        "format": "poster",
        "audiences": ["students", "teachers"],
        "stages": ["junior-high", "high-school"],
        "topics": ["social-media", "grooming"],
        "paper": "a3",
        "version": "2026",
        "reviewed": dt.date(2026, 5, 1),
        "ja": {
            "title": "少年非行・被害防止全国強調月間ポスター",
            "summary": "毎年7月の強調月間に、夏休み前の注意を呼びかけるポスターです。",
            "pages": [["## 夏休みの前に", "ネットで知り合った人に会わない。自分の画像を送らない。", *HELP["ja"][1:4]]],
        },
        "en": {
            "title": "July prevention month poster",
            "summary": "A poster for the July month for preventing juvenile delinquency and harm, before the summer holidays.",
            "pages": [
                [
                    "## Before the summer holidays",
                    "Don't meet people you only know online. Don't send images of yourself.",
                    *HELP["en"][1:4],
                ]
            ],
        },
    },
    {
        "slug": "internet-safety-class-lesson-junior-high",
        "format": "lesson-plan",
        "audiences": ["teachers"],
        "stages": ["junior-high"],
        "topics": ["grooming", "self-generated-images", "the-law"],
        "paper": "a4",
        "version": "v2",
        "reviewed": dt.date(2026, 1, 20),
        "ja": {
            "title": "ネット安全教室 授業案（中学校・50分）",
            "summary": "ネット利用による被害の具体例から、自分を守る方法を考える50分の授業案です。",
            "pages": [
                [
                    "## ねらい",
                    "ネットで知り合った人との付き合いの危険と、自分の画像を送ることの危険を知り、困ったときに相談できるようにする。",
                    "## 展開（50分）",
                    "• 導入（10分）：ネットで知り合った人から優しい言葉をかけられた場面を考える",
                    "• 展開（25分）：画像を求められる手口と、送った後に起きること",
                    "• まとめ（15分）：断り方と相談先を確認する",
                ],
                [
                    "## 指導上の留意点",
                    "被害を受けた生徒がいる可能性に配慮し、被害者を責める言い方をしない。授業後に個別に相談できる時間を設ける。",
                    *HELP["ja"],
                ],
                ["## ワークシート", "• 「画像を送って」と言われたら、どう断りますか", "• 困ったとき、誰に話しますか"],
            ],
        },
        "en": {
            "title": "Internet Safety Class lesson plan (junior high, 50 minutes)",
            "summary": "A 50-minute lesson that starts from real cases of harm online and works out how to stay safe.",
            "pages": [
                [
                    "## Aims",
                    "Students understand the risks of people met online and of sending images of themselves, and know where to get help.",
                    "## Lesson (50 minutes)",
                    "• Opening (10 min): someone met online is very kind. What might happen?",
                    "• Main (25 min): how images are asked for, and what happens once they are sent",
                    "• Close (15 min): practise saying no, and go over where to get help",
                ],
                [
                    "## Notes for teachers",
                    "Some students may have been harmed: never blame victims. Offer time after class to talk privately.",
                    *HELP["en"],
                ],
                [
                    "## Worksheet",
                    "• How would you say no if asked to send an image?",
                    "• Who would you talk to if something went wrong?",
                ],
            ],
        },
    },
    {
        "slug": "internet-safety-slides-upper-primary",
        "format": "slide-deck",
        "audiences": ["teachers"],
        "stages": ["upper-primary"],
        "topics": ["grooming", "social-media"],
        "paper": "screen",
        "printable": False,
        "reviewed": dt.date(2026, 1, 20),
        "ja": {
            "title": "ネット安全教室 スライド（小学校高学年）",
            "summary": "小学校高学年向けの授業で映すスライドです。",
            "pages": [
                [
                    "## ネットのともだち、ほんとうにともだち？",
                    "• やさしいことばに気をつけよう",
                    "• 写真を送ってと言われたら、おうちの人に話そう",
                ],
                ["## こまったときは", *HELP["ja"][1:4]],
            ],
        },
        "en": {
            "title": "Internet Safety Class slides (upper primary)",
            "summary": "Slides to show in an upper primary class.",
            "pages": [
                [
                    "## Is your online friend really a friend?",
                    "• Be careful with very kind words",
                    "• If someone asks for a photo, tell a grown-up at home",
                ],
                ["## If you need help", *HELP["en"][1:4]],
            ],
        },
    },
    {
        "slug": "the-law-guide-for-teachers",
        "format": "guide",
        "audiences": ["teachers", "welfare"],
        "stages": ["junior-high", "high-school"],
        "topics": ["the-law"],
        "paper": "a4",
        "reviewed": dt.date(2026, 2, 10),
        "ja": {
            "title": "法律の解説（教職員向け）",
            "summary": "児童買春・児童ポルノ禁止法で禁じられている行為と、学校での対応をまとめました。",
            "pages": [
                [
                    "## 禁じられている行為",
                    "児童買春、児童ポルノに係る行為等の規制及び処罰並びに児童の保護等に関する法律は、18歳未満の子どもの性的な姿態を記録したものについて、製造、提供、公然陳列、自己の性的好奇心を満たす目的での所持（2015年7月15日から）を処罰の対象としています。",
                    "## 学校での対応",
                    "• 画像を確認のために保存・転送しない",
                    "• 管理職、スクールカウンセラー、警察、児童相談所と連携する",
                ]
            ],
        },
        "en": {
            "title": "The law explained (for teachers)",
            "summary": "What the law forbids, and how schools should respond.",
            "pages": [
                [
                    "## What is forbidden",
                    "The Act on Punishment of Activities Relating to Child Prostitution and Child Pornography, and the Protection of Children punishes producing, providing, publicly displaying and (since 15 July 2015) possessing for one's own sexual curiosity any record of a child under 18 in a sexual pose or situation.",
                    "## What schools do",
                    "• Never save or forward images to check them",
                    "• Work with school leaders, school counsellors, the police and the child guidance centre",
                ]
            ],
        },
    },
    {
        "slug": "early-detection-guide",
        "format": "guide",
        "audiences": ["teachers", "welfare"],
        "stages": ["lower-primary", "upper-primary", "junior-high", "high-school"],
        "topics": ["getting-help"],
        "paper": "a4",
        "reviewed": dt.date(2026, 2, 10),
        "ja": {
            "title": "早く気づくための手引き（教職員・児童福祉関係者向け）",
            "summary": "被害を受けた子どもの変化に気づき、ひとりで抱え込まずに連携するための手引きです。",
            "pages": [
                [
                    "## 気づくために",
                    "被害を受けた子どもは、自分から打ち明けられないことが多くあります。健康観察や相談の機会に、様子の変化に気をつけてください。",
                    "## 気づいたら",
                    "• 子どもの話を否定せずに聞く",
                    "• 一人で抱え込まず、組織で対応する",
                    "• 児童相談所は、子ども本人の意向を確認したうえで警察に通報します",
                ]
            ],
        },
        "en": {
            "title": "Noticing early (for teachers and child-welfare staff)",
            "summary": "How to notice changes in a child who may have been harmed, and how to act together rather than alone.",
            "pages": [
                [
                    "## Noticing",
                    "Children who have been harmed often cannot tell anyone. Watch for changes during health checks and conversations.",
                    "## When you notice",
                    "• Listen without contradicting the child",
                    "• Act as an organisation, not alone",
                    "• Child guidance centres report to the police after confirming the child's wishes",
                ]
            ],
        },
    },
    {
        "slug": "if-you-are-threatened-leaflet",
        "format": "leaflet",
        "audiences": ["students"],
        "stages": ["high-school"],
        "topics": ["sextortion", "getting-help"],
        "paper": "a4",
        "can_order": True,
        "reviewed": dt.date(2026, 3, 1),
        "ja": {
            "title": "「画像で脅されたら」リーフレット（高校生向け）",
            "summary": "画像をばらまくと脅されたときにすることを、高校生向けにまとめました。",
            "pages": [
                [
                    "## 脅されたら",
                    "• 要求に応じない。お金や追加の画像を送らない",
                    "• ひとりで抱え込まず、信頼できる大人や警察に相談する",
                    "• やりとりの画面を保存・転送して広めない",
                    *HELP["ja"][1:4],
                ]
            ],
        },
        "en": {
            "title": '"If you are threatened with images" leaflet (high school)',
            "summary": "What to do if someone threatens to share images of you: for high school students.",
            "pages": [
                [
                    "## If you are threatened",
                    "• Don't give in. Don't send money or more images",
                    "• Don't carry it alone: talk to an adult you trust, or the police",
                    "• Don't save or forward the images to others",
                    *HELP["en"][1:4],
                ]
            ],
        },
    },
    {
        "slug": "pta-training-handout",
        "format": "guide",
        "audiences": ["pta", "parents"],
        "stages": ["lower-primary", "upper-primary", "junior-high"],
        "topics": ["filtering", "the-law", "self-generated-images"],
        "paper": "a4",
        "reviewed": dt.date(2026, 4, 15),
        "ja": {
            "title": "PTA研修会用資料",
            "summary": "PTAの研修会で、法律、フィルタリング、自画撮り被害の現状を共有するための資料です。",
            "pages": [
                [
                    "## 研修会の進め方（60分）",
                    "• 法律で禁じられていること（15分）",
                    "• フィルタリングと家庭のルール（20分）",
                    "• 自画撮り被害と相談先（25分）",
                ],
                HELP["ja"],
            ],
        },
        "en": {
            "title": "PTA training handout",
            "summary": "A handout for PTA training sessions on the law, filtering and self-generated images.",
            "pages": [
                [
                    "## Running the session (60 minutes)",
                    "• What the law forbids (15 min)",
                    "• Filtering and rules at home (20 min)",
                    "• Self-generated images and where to get help (25 min)",
                ],
                HELP["en"],
            ],
        },
    },
]

REQUEST_FORM = {
    "ja": {
        "title": "印刷物・ネット安全教室の申込み",
        "introduction": "学校やPTAからの、ポスター・リーフレットの印刷物の送付や、ネット安全教室の実施のお申込みを受け付けます。ファイルの添付はできません。",
        "privacy_note": "ご入力の内容は、申込みの対応のためだけに担当者が使い、180日後に削除します。",
        "thank_you_text": "<p>お申込みを受け付けました。担当者から、ご入力のメールアドレスに連絡します。</p>",
        "subject": "【学校からの申込み】印刷物・ネット安全教室",
        "fields": [
            ("学校名", "singleline", True, "", ""),
            ("ご担当者名", "singleline", True, "", ""),
            ("メールアドレス", "email", True, "", ""),
            ("電話番号", "singleline", False, "", "日中に連絡がつく番号"),
            ("ご希望の内容", "radio", True, "印刷物の送付\nネット安全教室\n両方", ""),
            ("ご希望の資料と部数", "multiline", False, "", "例：相談先ポスター 10部"),
            ("ご希望の日（ネット安全教室）", "date", False, "", ""),
            ("備考", "multiline", False, "", ""),
        ],
    },
    "en": {
        "title": "Request printed copies or an Internet Safety Class",
        "introduction": "Schools and PTAs can ask for printed posters and leaflets, or for an Internet Safety Class. No files can be attached.",
        "privacy_note": "What you enter is used only to handle your request, by the staff responsible, and deleted after 180 days.",
        "thank_you_text": "<p>Your request has been received. We will reply to the e-mail address you gave.</p>",
        "subject": "[School request] Printed copies / Internet Safety Class",
        "fields": [
            ("School", "singleline", True, "", ""),
            ("Contact name", "singleline", True, "", ""),
            ("E-mail address", "email", True, "", ""),
            ("Phone", "singleline", False, "", "A number we can reach during the day"),
            ("What you would like", "radio", True, "Printed copies\nInternet Safety Class\nBoth", ""),
            ("Materials and quantities", "multiline", False, "", "For example: help poster, 10 copies"),
            ("Preferred date (class)", "date", False, "", ""),
            ("Anything else", "multiline", False, "", ""),
        ],
    },
}


def load(report, scale=1):
    home_ja = HomePage.objects.get(locale__language_code="ja", depth=2)
    terms = {
        "audience": ensure_terms(Audience, AUDIENCES, report),
        "stage": ensure_terms(SchoolStage, STAGES, report),
        "topic": ensure_terms(Topic, TOPICS, report),
        "format": ensure_terms(MaterialFormat, FORMATS, report),
    }
    index_ja = ensure_index(home_ja, report)
    pages = {}
    for spec in MATERIALS:
        pages[spec["slug"]] = ensure_material(index_ja, spec, terms, pages, report)
    ensure_request_form(index_ja, report)
    generate_scaled_content(index_ja, terms, scale, report)


def ensure_terms(model, spec, report):
    result = {}
    for order, (slug, (ja_name, en_name)) in enumerate(spec.items()):
        ja, _en = ensure_snippet(
            model, {"slug": slug}, {"slug": slug, "name": ja_name, "sort_order": order}, {"name": en_name}, report
        )
        result[slug] = ja
    return result


def ensure_index(home_ja, report):
    """The library in both languages at slug `materials`, in the menu after the calendar."""
    return ensure_section(
        home_ja, MaterialsIndexPage, "materials", INDEX["ja"], INDEX["en"], ["campaigns", "figures"], report
    )[0]


def ensure_document(title, pdf_bytes, filename, report):
    document = CampaignDocument.objects.filter(title=title).first()
    if document is not None:
        return document
    document = CampaignDocument(title=title, collection=Collection.get_first_root_node())
    document.file.save(filename, ContentFile(pdf_bytes), save=False)
    document._set_document_file_metadata()
    document.save()
    report.note(f"document {filename}")
    return document


def pdf_for(spec, lang):
    return _pdf(spec["slug"], lang)


@functools.cache
def _pdf(slug, lang):
    """The PDF of one material in one language. Deterministic, so it is made once per process."""
    spec = next(s for s in MATERIALS if s["slug"] == slug)
    text = spec[lang]
    return build_pdf(text["title"], text["summary"], text["pages"], FOOTER[lang], paper=spec["paper"])


def ensure_material(index_ja, spec, terms, pages, report):
    files = {}
    for lang in ("ja", "en"):
        document = ensure_document(spec[lang]["title"], pdf_for(spec, lang), f"{spec['slug']}-{lang}.pdf", report)
        files[lang] = [
            MaterialFile(
                document=document,
                language=lang,
                paper_size=spec["paper"],
                printable=spec.get("printable", True),
                can_order=spec.get("can_order", False),
            )
        ]
    common = {
        "material_format": terms["format"][spec["format"]],
        "audiences": [terms["audience"][s] for s in spec["audiences"]],
        "stages": [terms["stage"][s] for s in spec["stages"]],
        "topics": [terms["topic"][s] for s in spec["topics"]],
        "version_label": spec.get("version", ""),
        **review_dates(spec.get("reviewed")),
    }
    if spec.get("replaces"):
        common["replaces"] = pages[spec["replaces"]]
    ja_fields = {
        **common,
        "title": spec["ja"]["title"],
        "introduction": spec["ja"]["summary"],
        "listing_summary": spec["ja"]["summary"],
        "change_note": spec["ja"].get("change_note", ""),
        "files": files["ja"],
        "body": stream([heading("使い方"), paragraph(f"<p>{usage('ja', spec)}</p>")]),
    }
    ja = ensure_page(index_ja, MaterialPage, spec["slug"], ja_fields, report)
    en_fields = {
        "title": spec["en"]["title"],
        "introduction": spec["en"]["summary"],
        "listing_summary": spec["en"]["summary"],
        "change_note": spec["en"].get("change_note", ""),
        "files": files["en"],
        "body": stream([heading("How to use it"), paragraph(f"<p>{usage('en', spec)}</p>")]),
    }
    ensure_translation(ja, "en", en_fields, report)
    return ja


def usage(lang, spec):
    if spec["format"] == "poster":
        return (
            "校内の掲示板や保健室の前など、子どもが一人でも見られる場所に掲示してください。"
            if lang == "ja"
            else "Put it up where children can read it on their own, such as a corridor notice board or outside the nurse's office."
        )
    if spec["format"] in ("lesson-plan", "slide-deck"):
        return (
            "授業の前に内容を確認し、学級の状況に合わせて使ってください。被害を受けた子どもがいる可能性に配慮してください。"
            if lang == "ja"
            else "Read it before the lesson and adapt it to your class. Keep in mind that some children may have been harmed."
        )
    return (
        "印刷して配布するか、保護者会で画面に映して使ってください。"
        if lang == "ja"
        else "Print and hand it out, or show it on screen at a parents' meeting."
    )


def ensure_request_form(index_ja, report):
    ja_spec, en_spec = REQUEST_FORM["ja"], REQUEST_FORM["en"]

    def fields_of(spec):
        return [
            SchoolRequestField(
                sort_order=n, label=label, field_type=kind, required=required, choices=choices, help_text=help_text
            )
            for n, (label, kind, required, choices, help_text) in enumerate(spec["fields"])
        ]

    common = {"to_address": "school-liaison@example.jp", "from_address": "no-reply@example.jp"}
    ja_fields = {k: v for k, v in ja_spec.items() if k != "fields"} | common | {"form_fields": fields_of(ja_spec)}
    ja = ensure_page(index_ja, SchoolRequestPage, "request", ja_fields, report)
    en_fields = {k: v for k, v in en_spec.items() if k != "fields"} | {"form_fields": fields_of(en_spec)}
    # The School liaison group is given access to both pages' submissions as they are created (signals.py).
    ensure_translation(ja, "en", en_fields, report)


def review_dates(reviewed):
    """Materials are reviewed yearly: the next review is a year after the last (never in the future, which
    the page refuses), so some demo materials show as due on the editors' dashboard."""
    if reviewed is None:
        return {}
    reviewed = min(reviewed, timezone.localdate())
    return {"last_reviewed": reviewed, "next_review": reviewed + dt.timedelta(days=365)}


def generate_scaled_content(index_ja, terms, scale, report):
    """With --scale N, add (N - 1) x 6 materials in both languages, sharing one generated PDF, for benchmarks."""
    if scale <= 1:
        return
    document = ensure_document(
        "Generated material", build_pdf("生成資料", "Generated", [["ベンチマーク用"]], "No!!"), "generated.pdf", report
    )
    stages, topics = list(terms["stage"].values()), list(terms["topic"].values())
    for number in range(1, (scale - 1) * 6 + 1):
        fields = {
            "title": f"生成資料 {number}",
            "introduction": "ベンチマーク用に自動生成しました。",
            "material_format": list(terms["format"].values())[number % 5],
            "stages": [stages[number % len(stages)]],
            "topics": [topics[number % len(topics)]],
            "audiences": [list(terms["audience"].values())[number % 5]],
            "files": [MaterialFile(document=document, language="ja")],
        }
        ja = ensure_page(index_ja, MaterialPage, f"generated-{number}", fields, report)
        ensure_translation(
            ja,
            "en",
            {
                "title": f"Generated material {number}",
                "introduction": "Generated for benchmarks.",
                "files": [MaterialFile(document=document, language="en")],
            },
            report,
        )
