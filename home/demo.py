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
    heading,
    locale,
    paragraph,
    quote,
    stream,
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


# The general section: About, with privacy, accessibility and terms. The other sections have page types
# of their own, built by their apps' demo modules (guidance, figures, campaigns, materials, news, help).
SECTIONS = [
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


def load(report, scale=1):
    """Build the home pages and the About pages in both languages. Idempotent."""
    home_ja = ensure_home(report)
    ensure_translation(home_ja, "en", {**HOME["en"], "body": stream(home_body("en"))}, report)
    for spec in SECTIONS:
        ja = ensure_page(
            home_ja,
            ContentPage,
            spec["slug"],
            {**spec["ja"], "show_in_menus": True, "body": stream(about_body("ja"))},
            report,
        )
        translate(ja, {**spec["en"], "body": about_body("en")}, report)
        for child in ABOUT_CHILDREN:
            child_ja = ensure_page(
                ja, ContentPage, child["slug"], {**child["ja"], "body": stream(child["ja"]["body"])}, report
            )
            translate(child_ja, {**child["en"], "body": child["en"]["body"]}, report)
    configure_site_settings(home_ja)
    return home_ja


def translate(page_ja, fields_en, report):
    """The English About pages are made through wagtail-localize, as an editor would translate them; a page
    whose English differs in shape from its Japanese is translated as a plain copy instead."""
    from core.demo.localize import translate_with_localize

    translated = translate_with_localize(page_ja, "en", fields_en, report)
    if translated is None:
        translated = ensure_translation(page_ja, "en", {**fields_en, "body": stream(fields_en["body"])}, report)
    return translated


def finish(report, scale=1):
    """Runs after every section exists: About goes last in the menu, and the hero's second button leads
    to the guidance."""
    home_ja = ensure_home(report)
    about = Page.objects.child_of(home_ja).filter(slug="about").first()
    if about is not None and about.get_next_sibling() is not None:
        for page in about.get_translations(inclusive=True):
            page.move(page.get_parent(), pos="last-child")
    for home in HomePage.objects.filter(translation_key=home_ja.translation_key):
        if home.hero_secondary_page_id is None:
            guidance = Page.objects.child_of(home).filter(slug="guidance").first()
            if guidance is not None:
                home.hero_secondary_page = guidance
                home.save_revision().publish()
                report.note(f"{home.locale.language_code}: home page links the guidance")


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
