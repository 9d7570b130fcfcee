"""Demo content for the home page and the general pages, in Japanese and English.

Facts come from ../shared/CONTENT.md and the seeds (the Global Alliance report for Japan and the
National Police Agency's release on Operation Cyber Guardian). Wording is our own. Figures carry their
source and date. The term is "child sexual abuse material"; 児童ポルノ appears only when naming the law.
"""

from wagtail.models import Page, Site

from core.demo.builders import (
    callout,
    ensure_page,
    ensure_translation,
    faq,
    heading,
    locale,
    paragraph,
    quote,
    stream,
    table,
)
from core.models import SiteSettings
from home.models import ContentPage, HomePage

HOTLINE_URL = "https://www.internethotline.jp/"

HOME = {
    "ja": {
        "title": "ホーム",
        "seo_title": "No!! 児童性的虐待マテリアル｜子どもをネット上の性的搾取から守る",
        "search_description": "子どもの性的虐待マテリアルをなくすための全国キャンペーン。法律、被害の防ぎ方、現状、相談先をまとめています。",
        "hero_heading": "子どもをネット上の性的搾取から守る",
        "hero_text": "子どもの性的虐待の画像や動画は、一度ネットに出ると消しきれず、被害が続きます。法律を知り、家庭と学校で被害を防ぎ、困ったときはすぐに相談してください。",
        "hero_primary_text": "相談する・通報する",
        "hero_secondary_text": "法律と防ぎ方を知る",
        "sections_heading": "このサイトでできること",
    },
    "en": {
        "title": "Home",
        "seo_title": "No!! Child Sexual Abuse Material: protecting children from online sexual exploitation",
        "search_description": "The national campaign against child sexual abuse material: the law, how to prevent harm, the situation in figures and where to get help.",
        "hero_heading": "Protect children from online sexual exploitation",
        "hero_text": "Once an image or video of a child's sexual abuse is online it cannot be fully removed, and the harm goes on. Know the law, prevent harm at home and at school, and get help straight away when something happens.",
        "hero_primary_text": "Get help or report",
        "hero_secondary_text": "Read the guidance",
        "sections_heading": "What you will find here",
    },
}


def home_body(lang):
    if lang == "ja":
        return [
            callout(
                "<p>このサイトは画像を求めたり、受け取ったりすることはありません。違法な画像や動画を見つけたら、保存・転送・スクリーンショットをせず、"
                f'<a href="{HOTLINE_URL}">インターネット・ホットラインセンター</a>にURLだけを通報してください。</p>',
                "画像は送らないでください",
                "important",
            ),
            heading("2025年、6か国・地域による国際共同オペレーション"),
            paragraph(
                "<p>2025年2月24日から3月28日まで、シンガポール警察の主導により、日本、シンガポール、タイ、韓国、香港、マレーシアが"
                "「オペレーション・サイバーガーディアン」を実施しました。544人の被疑者が検挙または捜査の対象となり、269か所が捜索されました。"
                "日本では同じ期間を「児童ポルノ対策に係る国際連携強化期間」とし、111人を検挙・送致しました。</p>"
            ),
        ]
    return [
        callout(
            "<p>This site never asks for or accepts images. If you find illegal images or videos, do not save, forward or screenshot them. "
            f'Report the web address only to the <a href="{HOTLINE_URL}">Internet Hotline Center</a>.</p>',
            "Never send images",
            "important",
        ),
        heading("2025: an international operation by 6 countries and regions"),
        paragraph(
            "<p>From 24 February to 28 March 2025, led by the Singapore Police Force, Japan, Singapore, Thailand, South Korea, "
            "Hong Kong and Malaysia carried out Operation Cyber Guardian. 544 suspects were arrested or investigated and 269 "
            "locations were raided. Japan designated the same weeks its Period for Strengthening International Cooperation on "
            "the Combating of Child Pornography and arrested or referred 111 suspects.</p>"
        ),
    ]


# Top-level sections, in menu order. Later issues give most of them page types of their own; the
# campaign calendar (campaigns/demo.py) already has its own and takes its place after "figures".
SECTIONS = [
    {
        "slug": "guidance",
        "ja": {
            "title": "知る・防ぐ",
            "listing_summary": "何が法律で禁じられているか、家庭でできる予防、被害の深刻さ、早く気づくためのポイント。",
            "search_description": "児童買春・児童ポルノ禁止法で禁じられている行為、フィルタリングと家庭のルール、被害の深刻さ。",
            "introduction": "子どもの性的虐待マテリアル（子どもが性的に虐待される様子を記録した画像や動画）は、それ自体が子どもへの重大な人権侵害です。法律で何が禁じられているか、被害をどう防ぐかをまとめました。",
        },
        "en": {
            "title": "Guidance",
            "listing_summary": "What the law forbids, how to prevent harm at home, how serious the harm is, and how to notice it early.",
            "search_description": "What Japanese law forbids, filtering and rules at home, and how serious the harm to child victims is.",
            "introduction": "Child sexual abuse material, images or videos that record the sexual abuse of a child, is itself a grave violation of a child's rights. Here is what the law forbids and how to prevent harm.",
        },
    },
    {
        "slug": "figures",
        "ja": {
            "title": "数字で見る現状",
            "listing_summary": "検挙の状況と国際共同オペレーションの結果を、出典と時点を添えて掲載します。",
            "search_description": "オペレーション・サイバーガーディアン（2025年）の結果など、子どもの性的搾取事犯の検挙状況。",
            "introduction": "検挙の状況や被害の現状を、出典と時点を明記して掲載します。数字は公表資料に基づきます。",
        },
        "en": {
            "title": "The situation in figures",
            "listing_summary": "Arrests and the results of international operations, each with its source and date.",
            "search_description": "The results of Operation Cyber Guardian (2025) and other figures on child sexual exploitation cases.",
            "introduction": "Figures on cleared cases and harm, each with its source and the date it refers to. All figures come from published sources.",
        },
    },
    {
        "slug": "news",
        "ja": {
            "title": "お知らせ",
            "listing_summary": "取組の結果や、キャンペーンのお知らせ。",
            "search_description": "子どもの性的搾取対策に関する報道発表とお知らせ。",
            "introduction": "取組の結果や、キャンペーンに関するお知らせを掲載します。",
        },
        "en": {
            "title": "News",
            "listing_summary": "Results of operations and campaign announcements.",
            "search_description": "Press releases and announcements about action against child sexual exploitation.",
            "introduction": "Results of operations and announcements about the campaigns.",
        },
    },
    {
        "slug": "about",
        "ja": {
            "title": "このサイトについて",
            "listing_summary": "このサイトの目的、プライバシー、アクセシビリティ、利用規約。",
            "search_description": "このサイトの目的と、プライバシー、アクセシビリティ、利用規約。",
            "introduction": "このサイトは、子どものネット上の性的搾取をなくすための全国的な啓発キャンペーンのサイトです。保護者、教職員、子ども本人に向けて、正確な情報と相談先をお届けします。",
        },
        "en": {
            "title": "About",
            "listing_summary": "What this site is for, privacy, accessibility and terms.",
            "search_description": "What this site is for, and its privacy notice, accessibility statement and terms.",
            "introduction": "This is the site of a national public-awareness campaign against the online sexual exploitation of children. It gives parents, teachers and young people accurate information and tells them where to get help.",
        },
    },
]


def section_body(slug, lang):
    builder = {
        "guidance": guidance_body,
        "figures": figures_body,
        "news": lambda lang: [],
        "about": about_body,
    }[slug]
    return builder(lang)


def guidance_body(lang):
    if lang == "ja":
        return [
            heading("法律で禁じられていること"),
            paragraph(
                "<p>「児童買春、児童ポルノに係る行為等の規制及び処罰並びに児童の保護等に関する法律」（1999年制定）は、18歳未満の子どもの性的な姿態を記録したものについて、次の行為を処罰の対象としています。</p>"
                "<ul><li>製造すること（子どもにポーズをとらせて撮影することを含みます）</li>"
                "<li>提供すること（インターネットで送ることを含みます）</li>"
                "<li>公然と陳列すること（ネット上で誰でも見られる状態にすること）</li>"
                "<li>自己の性的好奇心を満たす目的で所持・保管すること（2015年7月15日から処罰の対象）</li></ul>"
                "<p>画像を使って子どもを脅したり、お金や新たな画像を要求したりする行為は、脅迫罪や恐喝罪などにもあたります。日本国民が国外で行った行為にも法律が適用されます。</p>"
            ),
            callout(
                "<p>違法な画像や動画を見つけても、確認のために保存したり、誰かに転送したりしないでください。それ自体が犯罪になるおそれがあります。URLだけを通報してください。</p>",
                "証拠として保存しないで",
                "warning",
            ),
            heading("家庭でできる予防"),
            paragraph(
                "<ul><li><b>フィルタリングを使う。</b>携帯電話会社の回線だけでなく、スマートフォンのWi-Fi（無線LAN）接続やアプリにもフィルタリングや機能制限をかけましょう。</li>"
                "<li><b>家庭のルールを話し合って決める。</b>使う時間や場所、知らない人とのやりとり、困ったときに誰に話すかを、子どもと一緒に決めます。</li>"
                "<li><b>自分の画像を送らない。</b>名前や電話番号、自分の写真を軽い気持ちでネットに載せないこと。一度送った画像は取り戻せません。</li>"
                "<li><b>ネットで知り合った人に注意する。</b>優しい言葉や贈り物で信頼させ、画像を求めてくる手口があります。</li></ul>"
            ),
            heading("被害の深刻さ"),
            paragraph(
                "<p>子どもの性的虐待の記録がネットに出ると、削除を求めても、実際に消されるまでの間に複製され、広がり続けます。画像が見られるたびに、被害を受けた子どもは何度も傷つけられます。"
                "そのため、2011年4月からは、インターネット接続事業者が自主的に、このような画像が掲載されたサイトへのアクセスを遮断する取組（ブロッキング）を行っています。</p>"
            ),
            heading("早く気づくために：教職員・児童福祉関係者の方へ"),
            paragraph(
                "<p>被害を受けた子どもは、自分から打ち明けられないことが多くあります。健康観察や相談の機会に、様子の変化に気づいたら一人で抱え込まず、管理職、スクールカウンセラー、児童相談所、警察と連携してください。"
                "児童相談所は、子ども本人の意向を確認したうえで警察に通報します。</p>"
            ),
            faq(
                [
                    (
                        "子どもが自分で撮った画像でも問題になりますか。",
                        "<p>はい。18歳未満の子どもの性的な画像は、本人が撮影したものでも法律の対象です。求められても送らないこと、送ってしまったらすぐに大人に相談することを伝えてください。</p>",
                    ),
                    (
                        "ネットで画像を見つけたらどうすればいいですか。",
                        f'<p>保存や転送をせず、<a href="{HOTLINE_URL}">インターネット・ホットラインセンター</a>にURLを通報してください。匿名でも通報できます。</p>',
                    ),
                ],
                "よくある質問",
            ),
        ]
    return [
        heading("What the law forbids"),
        paragraph(
            "<p>The Act on Punishment of Activities Relating to Child Prostitution and Child Pornography, and the Protection of Children (enacted in 1999) makes the following punishable for any record of a child under 18 in a sexual pose or situation:</p>"
            "<ul><li>producing it, including having a child pose to be photographed;</li>"
            "<li>providing it to others, including sending it over the internet;</li>"
            "<li>displaying it in public, such as putting it online where anyone can see it;</li>"
            "<li>possessing or storing it for one's own sexual curiosity (punishable since 15 July 2015).</li></ul>"
            "<p>Using images to threaten a child, or to demand money or more images, is also intimidation or extortion. The Act applies to Japanese nationals who commit these acts abroad.</p>"
        ),
        callout(
            "<p>If you come across illegal images or videos, do not save them to check later and do not forward them to anyone. Doing so may itself be a crime. Report the web address only.</p>",
            "Do not keep anything as evidence",
            "warning",
        ),
        heading("Preventing harm at home"),
        paragraph(
            "<ul><li><b>Use filtering.</b> Filter not only the mobile network but also the smartphone's Wi-Fi connection, and restrict apps.</li>"
            "<li><b>Agree rules at home.</b> Decide together when and where devices are used, how to treat messages from strangers, and who to tell when something goes wrong.</li>"
            "<li><b>Never send images of yourself.</b> Do not post your name, phone number or photos without thinking. An image once sent cannot be taken back.</li>"
            "<li><b>Be careful with people met online.</b> Some win a child's trust with kind words or gifts, then ask for images.</li></ul>"
        ),
        heading("How serious the harm is"),
        paragraph(
            "<p>Once a record of a child's sexual abuse is online, it is copied and spread until it is actually deleted, even after deletion has been requested. Every time it is viewed, the child is harmed again. "
            "This is why, since April 2011, internet service providers in Japan have voluntarily blocked access to sites that carry such images.</p>"
        ),
        heading("Noticing early: for teachers and child-welfare staff"),
        paragraph(
            "<p>Children who have been harmed often cannot tell anyone. If you notice a change during health checks or conversations, do not carry it alone: work with school leaders, school counsellors, the child guidance centre and the police. "
            "Child guidance centres report to the police after confirming the child's wishes.</p>"
        ),
        faq(
            [
                (
                    "Is it a problem if children take the images themselves?",
                    "<p>Yes. Sexual images of a child under 18 fall under the law even when the child took them. Tell children never to send them when asked, and to tell an adult straight away if they already have.</p>",
                ),
                (
                    "What should I do if I find images online?",
                    f'<p>Do not save or forward them. Report the web address to the <a href="{HOTLINE_URL}">Internet Hotline Center</a>. You can report anonymously.</p>',
                ),
            ],
            "Common questions",
        ),
    ]


def figures_body(lang):
    if lang == "ja":
        return [
            heading("オペレーション・サイバーガーディアン（2025年）"),
            paragraph(
                "<p>シンガポール警察の主導により、2025年2月24日（月）から3月28日（金）まで、6か国・地域が参加して子どもの性的搾取事犯の集中取締りを行いました。日本にとって、児童ポルノ事犯で初めての国際共同オペレーションです。</p>"
            ),
            table(
                "オペレーション・サイバーガーディアンの結果（2025年2月24日〜3月28日）",
                [
                    ["", "6か国・地域の合計", "日本"],
                    ["検挙・捜査した被疑者", "544人", "111人"],
                    ["年齢", "13〜68歳", "14〜68歳"],
                    ["男性／女性", "525人／19人", "105人／6人"],
                    ["捜索場所", "269か所", "123か所"],
                ],
                "both",
            ),
            table(
                "押収した電子機器（2025年2月24日〜3月28日）",
                [
                    ["", "6か国・地域の合計", "日本"],
                    ["パソコン", "84台", "40台"],
                    ["携帯電話", "279台", "154台"],
                    ["タブレット", "32台", "29台"],
                    ["記憶媒体", "150点", "63点"],
                    ["ルーター", "9台", "—"],
                ],
                "both",
            ),
            callout(
                "<p>出典：警察庁「オペレーション・サイバーガーディアン」結果公表資料。参加国・地域：日本、シンガポール、タイ、韓国、香港、マレーシア。日本の数字は「児童ポルノ対策に係る国際連携強化期間」の結果です。</p>",
                "出典と時点",
                "info",
            ),
            heading("日本での事例"),
            paragraph(
                "<ul><li>高校教諭による公然陳列</li><li>SNSのグループチャットで動画を共有していた事件</li><li>高校生による画像を使った脅迫・恐喝</li><li>フリマアプリやオークションサイトでの販売</li></ul><p>被疑者の職業には、高校教諭、学習塾講師、会社員、アルバイト、中学生・高校生が含まれていました。</p>"
            ),
        ]
    return [
        heading("Operation Cyber Guardian (2025)"),
        paragraph(
            "<p>Led by the Singapore Police Force, 6 countries and regions cracked down together on the online sexual exploitation of children from Monday 24 February to Friday 28 March 2025. It was Japan's first international cooperative operation against child sexual abuse material.</p>"
        ),
        table(
            "Results of Operation Cyber Guardian, 24 February to 28 March 2025",
            [
                ["", "All 6 countries/region", "Japan"],
                ["Suspects arrested or investigated", "544", "111"],
                ["Ages", "13 to 68", "14 to 68"],
                ["Male / female", "525 / 19", "105 / 6"],
                ["Locations raided", "269", "123"],
            ],
            "both",
        ),
        table(
            "Electronic devices seized, 24 February to 28 March 2025",
            [
                ["", "All 6 countries/region", "Japan"],
                ["Computers", "84", "40"],
                ["Mobile phones", "279", "154"],
                ["Tablets", "32", "29"],
                ["Storage devices", "150", "63"],
                ["Routers", "9", "—"],
            ],
            "both",
        ),
        callout(
            "<p>Source: National Police Agency, results of Operation Cyber Guardian. Participants: Japan, Singapore, Thailand, South Korea, Hong Kong and Malaysia. Japan's figures are the results of its Period for Strengthening International Cooperation on the Combating of Child Pornography.</p>",
            "Source and date",
            "info",
        ),
        heading("Cases in Japan"),
        paragraph(
            "<ul><li>Public display by a high school teacher</li><li>Videos shared in a group chat on social media</li><li>Intimidation and extortion with images by a high school student</li><li>Sales on flea-market apps and auction sites</li></ul><p>Suspects included a high school teacher, a preparatory school tutor, company employees, part-time employees, and junior high and high school students.</p>"
        ),
    ]


def about_body(lang):
    if lang == "ja":
        return [
            paragraph(
                "<p>このサイトは、警察庁の「No!! 児童ポルノ」サイトと、子どもへのオンライン性的虐待に対するグローバル・アライアンスにおける日本の行動計画を手本にしています。用語は「児童性的虐待マテリアル」を用い、法律名を引用する場合にのみ「児童ポルノ」と表記します。</p>"
            ),
            quote("子どもの性的虐待の記録がネット上にある限り、被害は終わりません。", "キャンペーンの基本姿勢"),
        ]
    return [
        paragraph(
            '<p>This site is modelled on the National Police Agency\'s "No!! Child Pornography" site and on Japan\'s action plan in the Global Alliance against Child Sexual Abuse Online. It uses the term "child sexual abuse material", and says "child pornography" only when quoting the law.</p>'
        ),
        quote(
            "As long as a record of a child's sexual abuse is online, the harm does not end.",
            "The campaign's principle",
        ),
    ]


ABOUT_CHILDREN = [
    {
        "slug": "privacy",
        "ja": {
            "title": "プライバシー",
            "listing_summary": "このサイトは訪問者を特定できる情報を集めません。",
            "introduction": "相談をためらう人が安心して使えるよう、このサイトは訪問者を特定できる情報を集めません。",
            "body": [
                heading("集めないもの"),
                paragraph(
                    "<ul><li>クッキー：一般の閲覧者にクッキーを設定しません</li><li>アクセス解析：解析ツールや広告を使いません</li><li>外部への通信：フォント、スクリプト、画像はすべてこのサイトから配信し、他のサイトに閲覧の情報が送られることはありません</li><li>検索語：サイト内検索で入力した言葉を記録しません</li></ul>"
                ),
                heading("クッキーを使う場合"),
                paragraph(
                    "<p>学校からの申込みフォームのページだけは、送信を安全にするためのクッキー（CSRFトークン）を使います。管理画面にログインする編集者には、ログインを保つためのクッキーを使います。</p>"
                ),
                heading("申込みの内容"),
                paragraph(
                    "<p>申込みフォームで送られた内容は、学校連絡の担当者だけが見られ、180日後に削除されます。送信回数の制限のため、接続元のアドレスをそのまま記録せず、暗号的に変換した値を1時間だけ一時的に使います。</p>"
                ),
                heading("クイック出口"),
                paragraph(
                    "<p>クイック出口の説明を一度表示したことを、そのタブの中だけ（sessionStorage）に記録します。タブを閉じると消え、このサイトには送られません。</p>"
                ),
                heading("閲覧の痕跡について"),
                paragraph(
                    "<p>このサイトが情報を集めなくても、お使いのブラウザの履歴や、共有している端末には閲覧の記録が残ります。心配なときは、ブラウザのプライベートブラウズ機能を使ってください。</p>"
                ),
            ],
        },
        "en": {
            "title": "Privacy",
            "listing_summary": "This site collects nothing that can identify a visitor.",
            "introduction": "So that people who hesitate to ask for help can use it safely, this site collects nothing that can identify a visitor.",
            "body": [
                heading("What we do not collect"),
                paragraph(
                    "<ul><li>Cookies: public pages set no cookies for visitors</li><li>Analytics: no analytics or advertising tools</li><li>Requests to other sites: fonts, scripts and images all come from this site, so no other site learns about your visit</li><li>Search terms: words you type into the site search are not recorded</li></ul>"
                ),
                heading("When a cookie is used"),
                paragraph(
                    "<p>Only the school request form's page uses a cookie, a CSRF token that keeps the form submission safe. Editors who sign in to the admin area get a cookie that keeps them signed in.</p>"
                ),
                heading("Requests from schools"),
                paragraph(
                    "<p>What a school sends through the request form is seen only by the staff who handle school requests, and deleted after 180 days. To limit how often the form can be sent, the connection's address is never stored: a scrambled form of it is kept in memory for one hour.</p>"
                ),
                heading("The quick exit"),
                paragraph(
                    "<p>The quick exit remembers, in the current browser tab only (sessionStorage), that its explanation has been shown. This disappears when the tab is closed and is never sent to us.</p>"
                ),
                heading("Traces on your own device"),
                paragraph(
                    "<p>Even though this site collects nothing, your browser history and shared devices can still show which pages you visited. If you are worried, use your browser's private browsing mode.</p>"
                ),
            ],
        },
    },
    {
        "slug": "accessibility",
        "ja": {
            "title": "アクセシビリティ",
            "listing_summary": "誰もが使えるサイトを目指した取組と、その確認方法。",
            "introduction": "このサイトは、ウェブコンテンツ・アクセシビリティ・ガイドライン（WCAG）2.2のレベルAAに適合することを目標にしています。",
            "body": [
                heading("取り組んでいること"),
                paragraph(
                    "<ul><li>キーボードだけで操作でき、フォーカスの位置が見えます</li><li>画面幅320ピクセルのスマートフォンでも横スクロールせずに読めます</li><li>文字と背景のコントラストを確保しています</li><li>画像には代替テキストを付け、表には見出しと説明を付けています</li><li>JavaScriptがなくてもすべてのページが使えます</li></ul>"
                ),
                heading("確認の方法"),
                paragraph(
                    "<p>すべての公開ページを、自動検査ツール（axe）と実際のブラウザでのキーボード操作によって、公開前に毎回確認しています。</p>"
                ),
                heading("既知の制約"),
                paragraph(
                    "<p>ダウンロード用のPDF資料の一部は、支援技術で読みにくい場合があります。必要な場合は、同じ内容をこのサイトのページでもご覧いただけます。</p>"
                ),
            ],
        },
        "en": {
            "title": "Accessibility statement",
            "listing_summary": "How this site works for everyone, and how we check it.",
            "introduction": "This site aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA.",
            "body": [
                heading("What we do"),
                paragraph(
                    "<ul><li>Everything works with a keyboard alone, and you can always see where the focus is</li><li>Pages read without sideways scrolling on screens 320 pixels wide</li><li>Text has enough contrast with its background</li><li>Images have text alternatives, and tables have captions and headers</li><li>Every page works without JavaScript</li></ul>"
                ),
                heading("How we check"),
                paragraph(
                    "<p>Every public page is checked before each release with an automated tool (axe) and with a keyboard in a real browser.</p>"
                ),
                heading("Known limitations"),
                paragraph(
                    "<p>Some downloadable PDF materials may be hard to read with assistive technology. Their content is also available as pages on this site.</p>"
                ),
            ],
        },
    },
    {
        "slug": "terms",
        "ja": {
            "title": "利用規約",
            "listing_summary": "このサイトの内容の利用と、リンクについて。",
            "introduction": "このサイトの内容は、子どもの性的搾取をなくすための啓発に自由にお使いいただけます。",
            "body": [
                heading("内容の利用"),
                paragraph(
                    "<p>文章や資料は、出典を明記すれば、学校や地域の啓発活動に自由に利用できます。数字を引用するときは、各ページに記載した出典と時点も示してください。</p>"
                ),
                heading("リンク"),
                paragraph(
                    "<p>このサイトへのリンクは自由です。外部サイトの内容について、このサイトは責任を負いません。</p>"
                ),
                heading("禁止事項"),
                paragraph(
                    "<p>このサイトを通じて画像やファイルを送ることはできません。違法な情報はインターネット・ホットラインセンターにURLで通報してください。</p>"
                ),
            ],
        },
        "en": {
            "title": "Terms of use",
            "listing_summary": "Using the content of this site, and links.",
            "introduction": "You may use the content of this site freely to raise awareness against the sexual exploitation of children.",
            "body": [
                heading("Using the content"),
                paragraph(
                    "<p>You may use the text and materials in school and community awareness work if you name this site as the source. When you quote a figure, also give the source and date shown with it.</p>"
                ),
                heading("Links"),
                paragraph(
                    "<p>You may link to any page of this site. This site is not responsible for the content of other sites.</p>"
                ),
                heading("What this site does not accept"),
                paragraph(
                    "<p>No images or files can be sent through this site. Report illegal content to the Internet Hotline Center by its web address.</p>"
                ),
            ],
        },
    },
]

NEWS_CHILDREN = [
    {
        "slug": "operation-cyber-guardian-results",
        "ja": {
            "title": "国際共同オペレーション「サイバーガーディアン」の結果",
            "listing_summary": "6か国・地域による集中取締りで544人を検挙・捜査。日本では111人を検挙・送致しました。",
            "introduction": "シンガポール警察の主導により、2025年2月24日から3月28日まで実施された国際共同オペレーションの結果が公表されました。",
            "body": [
                paragraph(
                    "<p>日本、シンガポール、タイ、韓国、香港、マレーシアの6か国・地域が参加し、544人（13〜68歳、男性525人、女性19人）の被疑者を検挙または捜査しました。捜索は269か所、押収した機器はパソコン84台、携帯電話279台、タブレット32台、記憶媒体150点、ルーター9台です。</p>"
                ),
                paragraph(
                    "<p>警察庁はこの期間を「児童ポルノ対策に係る国際連携強化期間」とし、都道府県警察が他国から提供された情報に基づく捜査に加え、独自の取締りを集中的に行いました。日本での検挙・送致は111人（14〜68歳、男性105人、女性6人）、捜索は123か所でした。</p>"
                ),
                callout(
                    "<p>出典：警察庁。今後も国際連携を強化し、子どもの性的搾取事犯の取締りを進めます。</p>", "", "info"
                ),
            ],
        },
        "en": {
            "title": "Results of the international Operation Cyber Guardian",
            "listing_summary": "A crackdown by 6 countries and regions led to 544 suspects being arrested or investigated; 111 in Japan.",
            "introduction": "The results have been published of the international operation led by the Singapore Police Force from 24 February to 28 March 2025.",
            "body": [
                paragraph(
                    "<p>Japan, Singapore, Thailand, South Korea, Hong Kong and Malaysia took part. 544 suspects (aged 13 to 68; 525 male, 19 female) were arrested or investigated. 269 locations were raided, and 84 computers, 279 mobile phones, 32 tablets, 150 storage devices and 9 routers were seized.</p>"
                ),
                paragraph(
                    "<p>The National Police Agency designated the period its Period for Strengthening International Cooperation on the Combating of Child Pornography. Besides investigating information from other countries, prefectural police ran their own crackdowns. In Japan, 111 suspects (aged 14 to 68; 105 male, 6 female) were arrested or referred to prosecutors, and 123 locations were raided.</p>"
                ),
                callout(
                    "<p>Source: National Police Agency. International cooperation against the sexual exploitation of children will continue to be strengthened.</p>",
                    "",
                    "info",
                ),
            ],
        },
    },
]


def load(report, scale=1):
    """Build the home pages and the general pages in both languages. Idempotent."""
    home_ja = ensure_home(report)
    home_en = ensure_translation(home_ja, "en", {**HOME["en"], "body": stream(home_body("en"))}, report)

    sections = {}
    for spec in SECTIONS:
        ja = ensure_page(
            home_ja,
            ContentPage,
            spec["slug"],
            {**spec["ja"], "show_in_menus": True, "body": stream(section_body(spec["slug"], "ja"))},
            report,
        )
        en = ensure_translation(ja, "en", {**spec["en"], "body": stream(section_body(spec["slug"], "en"))}, report)
        sections[spec["slug"]] = (ja, en)

    for parent_slug, children in (("about", ABOUT_CHILDREN), ("news", NEWS_CHILDREN)):
        parent_ja, _parent_en = sections[parent_slug]
        for spec in children:
            ja_fields = {**spec["ja"], "body": stream(spec["ja"]["body"])}
            en_fields = {**spec["en"], "body": stream(spec["en"]["body"])}
            ja = ensure_page(parent_ja, ContentPage, spec["slug"], ja_fields, report)
            ensure_translation(ja, "en", en_fields, report)

    link_home_hero(home_ja, home_en, sections)
    configure_site_settings(home_ja)
    generate_scaled_content(sections["news"], scale, report)
    return home_ja


def ensure_home(report):
    """Replace Wagtail's placeholder welcome page with the Japanese home page and point the site at it."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    root = Page.get_first_root_node()
    ja = locale("ja")
    home = HomePage.objects.filter(locale=ja, depth=2).first()
    if home is None:
        # Wagtail's initial migration leaves a plain "Welcome" page at slug "home"; it has no content.
        for placeholder in Page.objects.filter(depth=2, content_type__model="page", numchild=0):
            placeholder.delete()
        home = HomePage(
            slug="home",
            locale=ja,
            body=stream(home_body("ja")),
            **HOME["ja"],
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        report.note("ja: home page")
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    site.root_page = home
    site.site_name = "No!! 児童性的虐待マテリアル"
    site.save()
    return home


def link_home_hero(home_ja, home_en, sections):
    """Point the secondary hero button at the guidance, once, in each language. The primary button leads
    to the help page, which help/demo.py creates and links."""
    for stale, index in ((home_ja, 0), (home_en, 1)):
        # Reload: the tree counters (numchild) of the in-memory object are stale once children were added.
        home = HomePage.objects.get(pk=stale.pk)
        if home.hero_secondary_page_id is None:
            home.hero_secondary_page = sections["guidance"][index]
            home.save_revision().publish()


def configure_site_settings(home_ja):
    site = Site.objects.get(root_page=home_ja)
    site_settings = SiteSettings.for_site(site)
    if site_settings.privacy_page_id:
        return
    about = home_ja.get_children().get(slug="about")
    site_settings.privacy_page = about.get_children().get(slug="privacy")
    site_settings.accessibility_page = about.get_children().get(slug="accessibility")
    site_settings.terms_page = about.get_children().get(slug="terms")
    site_settings.save()


def generate_scaled_content(news_pages, scale, report):
    """With --scale N, add (N - 1) x 5 generated news pages in both languages, for benchmarks."""
    news_ja, _news_en = news_pages
    for number in range(1, (scale - 1) * 5 + 1):
        ja = ensure_page(
            news_ja,
            ContentPage,
            f"generated-{number}",
            {
                "title": f"ベンチマーク用の生成記事 {number}",
                "listing_summary": "負荷試験のために自動生成したお知らせです。",
                "introduction": "このページは --scale オプションで自動生成されました。",
            },
            report,
        )
        ensure_translation(
            ja,
            "en",
            {
                "title": f"Generated bulletin {number}",
                "listing_summary": "A news item generated for benchmarks.",
                "introduction": "This page was generated by the --scale option.",
            },
            report,
        )
