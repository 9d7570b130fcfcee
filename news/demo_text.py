"""Demo text for the News section, in Japanese and English, newest first.

Pure data: the news loader turns each entry into a news page and its English translation. Facts come
only from ../shared/CONTENT.md and the seeds (the National Police Agency's release on Operation Cyber
Guardian, its page on international cooperation, and the Global Alliance report for Japan); wording is
our own. Figures name their source. Event dates and venues that the seeds do not give are left to the
campaign calendar. The term is "child sexual abuse material"; 児童ポルノ / "child pornography" appears
only in the name of the law or of an official programme.
"""

import datetime

from core.demo.builders import callout, heading, paragraph

HOTLINE_URL = "https://www.internethotline.jp/"

_HOTLINE_JA = f'<a href="{HOTLINE_URL}">インターネット・ホットラインセンター</a>'
_HOTLINE_EN = f'<a href="{HOTLINE_URL}">Internet Hotline Center</a>'

_REPORT_JA = (
    "<p>違法な画像や動画を見つけたら、保存・転送・スクリーンショットをせず、"
    f"URLだけを{_HOTLINE_JA}に通報してください。匿名でも通報できます。このサイトは画像を受け取りません。"
    "子どもに危険が迫っているとき、画像で脅されているときは、すぐに110番に電話してください。</p>"
)
_REPORT_EN = (
    "<p>If you find illegal images or videos, do not save, forward or screenshot them. "
    f"Report the web address only to the {_HOTLINE_EN}. You can stay anonymous. This site never accepts images. "
    "If a child is in danger or is being threatened with images, call 110 straight away.</p>"
)

NEWS = [
    # (c) Child Abuse Prevention Month 2026 -------------------------------------------------------------
    {
        "slug": "child-abuse-prevention-month-2026",
        "date": datetime.date(2026, 10, 26),
        "related_campaign": "child-abuse-prevention-month",
        "ja": {
            "title": "11月は「児童虐待防止推進月間」です（2026年）",
            "listing_summary": "毎年11月は児童虐待防止推進月間です。自治体などにポスターを配布し、性的虐待を含む児童虐待の防止を呼びかけます。11月23日には全国フォーラムが開かれます。",
            "search_description": "2026年11月の児童虐待防止推進月間。ポスターの配布、11月23日の児童虐待防止推進全国フォーラム、学校や地域でできること、相談先の189。",
            "body": [
                paragraph(
                    "<p>毎年11月は「児童虐待防止推進月間」です。2026年も、広報啓発用のポスターを自治体などに配布し、地方公共団体や関係団体と協力して、子どもの性的虐待マテリアルの問題を含む児童虐待について、社会の関心を高める取組を進めます。</p>"
                ),
                heading("11月23日に全国フォーラム"),
                paragraph(
                    "<p>11月23日には「児童虐待防止推進全国フォーラム」が開かれます。会場では、来場者に向けて、子どもの性的虐待マテリアルの被害と相談先についての啓発も行います。会場と時間は、決まり次第キャンペーンカレンダーでお知らせします。</p>"
                    "<p>学校や地域では、次のような取組をお願いします。</p>"
                    "<ul><li>月間のポスターを掲示する（資料ライブラリからダウンロードできます）</li>"
                    "<li>保護者会やPTAの研修会で、被害の深刻さと相談先を伝える</li>"
                    "<li>虐待が疑われるときは、ためらわずに189（児童相談所虐待対応ダイヤル）に連絡する</li></ul>"
                ),
                callout(
                    "<p>家庭での虐待が心配なときは189へ。児童相談所は、子ども本人の意向を確認したうえで警察に通報します。子どもに今、危険が迫っているときは110番に電話してください。</p>",
                    "相談先",
                    "info",
                ),
            ],
        },
        "en": {
            "title": "November is Child Abuse Prevention Month (2026)",
            "listing_summary": "Every November is Child Abuse Prevention Month. Posters go to local governments, with a nationwide call to prevent child abuse, including sexual abuse. The national forum is on 23 November.",
            "search_description": "Child Abuse Prevention Month, November 2026: posters for local governments, the national forum on 23 November, what schools can do, and 189 for help.",
            "body": [
                paragraph(
                    "<p>Every November is Child Abuse Prevention Month. In 2026, posters are again being sent to local governments and others, and public bodies and related organisations are working together to raise awareness of child abuse, including child sexual abuse material.</p>"
                ),
                heading("The national forum on 23 November"),
                paragraph(
                    "<p>The National child abuse prevention promotion forum takes place on 23 November. Visitors will also learn about the harm of child sexual abuse material and where to get help. The venue and times will be announced in the campaign calendar.</p>"
                    "<p>Schools and communities can help by:</p>"
                    "<ul><li>putting up this month's posters (you can download them from the materials library)</li>"
                    "<li>telling parents' meetings and PTA training sessions how serious the harm is and where to get help</li>"
                    "<li>calling 189 (child guidance centres) without hesitating if they suspect abuse</li></ul>"
                ),
                callout(
                    "<p>If you are worried about abuse at home, call 189. Child guidance centres report to the police after confirming the child's wishes. If a child is in danger now, call 110.</p>",
                    "Where to get help",
                    "info",
                ),
            ],
        },
    },
    # (e) CTINS -------------------------------------------------------------------------------------------
    {
        "slug": "ctins-2026",
        "date": datetime.date(2026, 9, 30),
        "related_campaign": None,
        "ja": {
            "title": "今年もサイバー犯罪技術・捜査シンポジウム（CTINS）を開催します",
            "listing_summary": "警察庁は2001年から毎年、CTINSを開催し、デジタル・フォレンジックの知識と経験を共有しています。今年の日程はキャンペーンカレンダーでご確認ください。",
            "search_description": "警察庁が2001年から毎年開催しているサイバー犯罪技術・捜査シンポジウム（CTINS）。デジタル・フォレンジックの知識と経験を共有し、国際連携を強めます。",
            "body": [
                paragraph(
                    "<p>警察庁は、今年もサイバー犯罪技術・捜査シンポジウム（Counter-cybercrime Technology and Investigation Symposium、CTINS）を開催します。CTINSは2001年から毎年開かれており、国際会議を通じた情報共有の取組の一つとして、デジタル・フォレンジックの知識と経験を共有する場です。</p>"
                ),
                paragraph(
                    "<p>ネット上の子どもの性的搾取を含むサイバー犯罪は、国境を越えて行われます。警察庁は、サイバー犯罪に関する条約、刑事共助条約・協定、ICPO（国際刑事警察機構）、24時間対応の連絡窓口のネットワークなどの枠組みを使って、海外の捜査機関と協力しています。2025年には、子どもの性的虐待マテリアルの事件で初めて、国際共同オペレーションに参加しました。</p>"
                ),
                callout(
                    "<p>今年の開催日、会場、参加の対象は、キャンペーンカレンダーの案内でご確認ください。</p>",
                    "日程の確認",
                    "info",
                ),
            ],
        },
        "en": {
            "title": "This year's Counter-cybercrime Technology and Investigation Symposium (CTINS)",
            "listing_summary": "The National Police Agency has held CTINS every year since 2001 to share knowledge and experience in digital forensics. See the campaign calendar for this year's date.",
            "search_description": "The National Police Agency's Counter-cybercrime Technology and Investigation Symposium (CTINS), held every year since 2001 to share digital forensics.",
            "body": [
                paragraph(
                    "<p>The National Police Agency is holding the Counter-cybercrime Technology and Investigation Symposium (CTINS) again this year. Held every year since 2001, CTINS is part of the agency's information sharing through international conferences: a place to share knowledge and experience in digital forensics.</p>"
                ),
                paragraph(
                    "<p>Cybercrime, including the online sexual exploitation of children, crosses borders. The National Police Agency works with law enforcement abroad through frameworks such as the Convention on Cybercrime, mutual legal assistance treaties and agreements, INTERPOL and the 24/7 Cybercrime Network of Contact Points. In 2025 Japan took part in its first international cooperative operation against child sexual abuse material.</p>"
                ),
                callout(
                    "<p>For this year's date, venue and who can attend, see the campaign calendar.</p>",
                    "Check the date",
                    "info",
                ),
            ],
        },
    },
    # (d) July month 2026 ------------------------------------------------------------------------------------
    {
        "slug": "juvenile-delinquency-prevention-month-2026",
        "date": datetime.date(2026, 6, 24),
        "related_campaign": "juvenile-delinquency-prevention-month",
        "ja": {
            "title": "7月は「少年非行・被害防止全国強調月間」です（2026年）",
            "listing_summary": "毎年7月の強調月間では、子どもの性的搾取をなくすための広報啓発に重点的に取り組みます。フィルタリングの利用と、非行防止教室・ネット安全教室の開催を呼びかけます。",
            "search_description": "2026年7月の少年非行・被害防止全国強調月間。スマートフォンのWi-Fiにもかけるフィルタリング、非行防止教室とネット安全教室、学校からの申込み。",
            "body": [
                paragraph(
                    "<p>毎年7月は「少年非行・被害防止全国強調月間」です。2026年も、関係機関・団体と地域住民が連携し、子どもの性的搾取をなくすための広報啓発に重点的に取り組みます。</p>"
                ),
                heading("フィルタリングの利用を"),
                paragraph(
                    "<p>携帯電話の回線だけでなく、スマートフォンのWi-Fi（無線LAN）を使うときにも働くフィルタリングと、特定のアプリを起動できないようにする機能制限の利用を呼びかけます。スマートフォンを買うとき、買い替えるときに、お店で確認してください。</p>"
                ),
                heading("非行防止教室・ネット安全教室"),
                paragraph(
                    "<p>非行防止教室では、ネットの利用による被害の具体例を紹介し、名前や電話番号、自分の写真を安易にネットに載せないこと、ネットで知り合った人との付き合いの危険を伝えます。違法な情報を通報するインターネット・ホットラインセンターの活動も紹介します。</p>"
                    "<p>ネット安全教室は、警察の協力のもと、経済産業省が全国のNPOと連携して、子ども、保護者、教職員を対象に開いています。授業の申込みや印刷物の請求は、「学校・PTA向け資料」のページからできます。月間中の催しは、キャンペーンカレンダーでご確認ください。</p>"
                ),
            ],
        },
        "en": {
            "title": "July is the National Month for the Prevention of Juvenile Delinquency and Juvenile Damage (2026)",
            "listing_summary": "Every July, publicity against the sexual exploitation of children is a priority. Use filtering, and hold Delinquency Prevention Classes and Internet Safety Classes.",
            "search_description": "July 2026: filtering that covers Wi-Fi, Delinquency Prevention Classes and Internet Safety Classes, and how schools can request a class.",
            "body": [
                paragraph(
                    "<p>Every July is the National Month for the Prevention of Juvenile Delinquency and Juvenile Damage. In 2026, related organisations and local residents are again working together and making publicity against the sexual exploitation of children a priority.</p>"
                ),
                heading("Use filtering"),
                paragraph(
                    "<p>We ask families to use filtering that works not only on the mobile network but also when the smartphone is on Wi-Fi (wireless LAN), and to restrict which apps can open. Ask about it in the shop when you buy or replace a smartphone.</p>"
                ),
                heading("Delinquency Prevention Classes and Internet Safety Classes"),
                paragraph(
                    "<p>Delinquency Prevention Classes present real cases of harm through internet use. They teach children not to post their name, phone number or photos without thinking, and warn of the risks of people met online. They also explain the work of the Internet Hotline Center, which takes reports of illegal content.</p>"
                    '<p>Internet Safety Classes are held by the Ministry of Economy, Trade and Industry with NPOs across Japan and the cooperation of the police, for young people, parents and teachers. Schools can request a class or printed copies from the "For schools and PTAs" section. For events during the month, see the campaign calendar.</p>'
                ),
            ],
        },
    },
    # (f2) Campaign for Eliminating Violence against Women 2025 -----------------------------------------------
    {
        "slug": "eliminating-violence-against-women-2025",
        "date": datetime.date(2025, 11, 6),
        "related_campaign": "eliminating-violence-against-women",
        "ja": {
            "title": "「女性に対する暴力をなくす運動」が始まります（2025年）",
            "listing_summary": "自治体や女性団体などと協力し、子どもの性的搾取を含む女性に対する暴力の根絶を呼びかけます。例年の期間は11月12日から25日までです。",
            "search_description": "2025年の「女性に対する暴力をなくす運動」。子どもの性的搾取を含む女性に対する暴力の根絶。期間は例年11月12日〜25日、キャンペーンカレンダーで確認を。",
            "body": [
                paragraph(
                    "<p>毎年11月に行われる「女性に対する暴力をなくす運動」では、自治体、女性団体、関係団体が協力して、子どもの性的搾取を含む、女性に対する暴力の根絶を呼びかけます。期間は例年11月12日から25日までです。2025年の期間と各地の催しは、キャンペーンカレンダーでご確認ください。</p>"
                ),
                paragraph(
                    "<p>交際相手やネットで知り合った人から画像を求められる、画像を広めると脅される。こうしたことは、重大な被害につながります。ひとりで悩まず、相談してください。</p>"
                    "<ul><li><b>今、危険がある、脅されている：</b>警察（110番）</li>"
                    "<li><b>子どもが話を聞いてほしい：</b>子どもの人権110番（0120-007-110、無料、平日8時30分〜17時15分）</li></ul>"
                ),
                callout(_REPORT_JA, "画像は送らないでください", "important"),
            ],
        },
        "en": {
            "title": "The Campaign for Eliminating Violence against Women (2025)",
            "listing_summary": "Local governments, women's groups and others call together for an end to violence against women, including the sexual exploitation of children. It usually runs from 12 to 25 November.",
            "search_description": "The 2025 Campaign for Eliminating Violence against Women, including child sexual exploitation. Usually 12 to 25 November: confirm dates in the calendar.",
            "body": [
                paragraph(
                    "<p>Every November, in the Campaign for Eliminating Violence against Women, local governments, women's groups and related organisations work together to end violence against women, including the sexual exploitation of children. It usually runs from 12 to 25 November. Confirm this year's dates and local events in the campaign calendar.</p>"
                ),
                paragraph(
                    "<p>Being asked for images by a partner or someone met online, or being threatened that your images will be spread, can lead to serious harm. You do not have to deal with it alone.</p>"
                    "<ul><li><b>Danger now, or threats:</b> the police on 110</li>"
                    "<li><b>A child who wants someone to listen:</b> Children's Rights Dial 110, 0120-007-110, free, weekdays 8:30 to 17:15</li></ul>"
                ),
                callout(_REPORT_EN, "Never send images", "important"),
            ],
        },
    },
    # (f) National Month for Assisting the Development of Children and Youths 2025 -----------------------------
    {
        "slug": "children-and-youth-development-month-2025",
        "date": datetime.date(2025, 10, 29),
        "related_campaign": "children-and-youth-development-month",
        "ja": {
            "title": "11月は「子供・若者育成支援推進強調月間」です（2025年）",
            "listing_summary": "11月の強調月間では、子どもの性的搾取をなくすための広報啓発を重点事項として、関係機関・団体と地域住民が協力して取り組みます。",
            "search_description": "2025年11月の子供・若者育成支援推進強調月間。子どもの性的搾取をなくすための広報啓発と、家庭でできること（フィルタリング、家庭のルール）。",
            "body": [
                paragraph(
                    "<p>毎年11月は「子供・若者育成支援推進強調月間」です。2025年も、子どもの性的搾取をなくすための広報啓発を重点事項とし、関係機関・団体と地域住民が協力して取り組みます。11月は児童虐待防止推進月間でもあり、あわせて取組を進めます。</p>"
                ),
                paragraph(
                    "<p>ご家庭では、この機会に次のことを話し合ってみてください。</p>"
                    "<ul><li>スマートフォンのWi-Fiとアプリにも、フィルタリングと機能制限をかけているか</li>"
                    "<li>使う時間や場所、困ったときに誰に話すかを、子どもと一緒に決めているか</li>"
                    "<li>求められても自分の画像は送らないこと、送ってしまったらすぐに話してよいことを伝えているか</li></ul>"
                    "<p>学校やPTAでは、保護者と教職員が学べる講座「e-ネットキャラバン」なども活用できます。</p>"
                ),
                callout(_REPORT_JA, "画像を見つけたら", "important"),
            ],
        },
        "en": {
            "title": "November is the National Month for Assisting the Development of Children and Youths (2025)",
            "listing_summary": "This November, related organisations and local residents make publicity against the sexual exploitation of children a priority.",
            "search_description": "The National Month for Assisting the Development of Children and Youths, November 2025: publicity against sexual exploitation, and filtering and rules at home.",
            "body": [
                paragraph(
                    "<p>Every November is the National Month for Assisting the Development of Children and Youths. In 2025, related organisations and local residents are again working together and making publicity against the sexual exploitation of children a priority. November is also Child Abuse Prevention Month, and the two work side by side.</p>"
                ),
                paragraph(
                    "<p>At home, use this month to check:</p>"
                    "<ul><li>Does filtering on your child's smartphone cover Wi-Fi and apps as well?</li>"
                    "<li>Have you agreed with your child when and where devices are used, and who to tell when something goes wrong?</li>"
                    "<li>Does your child know never to send images of themselves, and that they can always tell you if they already have?</li></ul>"
                    '<p>Schools and PTAs can also use courses such as the "e-net caravan", where parents and teachers learn about the risks together.</p>'
                ),
                callout(_REPORT_EN, "If you find images", "important"),
            ],
        },
    },
    # (a) Operation Cyber Guardian results ---------------------------------------------------------------------
    {
        "slug": "operation-cyber-guardian-results",
        "date": datetime.date(2025, 4, 17),
        "related_campaign": "international-cooperation-period-2025",
        "ja": {
            "title": "国際共同オペレーション「サイバーガーディアン」の結果",
            "listing_summary": "6か国・地域による集中取締りで、544人の被疑者を検挙・捜査しました。日本では「児童ポルノ対策に係る国際連携強化期間」に111人を検挙・送致しました。",
            "search_description": "2025年2月24日〜3月28日の国際共同オペレーション「サイバーガーディアン」の結果。6か国・地域で被疑者544人、日本では111人を検挙・送致（出典：警察庁）。",
            "body": [
                paragraph(
                    "<p>シンガポール警察の主導により、日本の警察は、参加国・地域と連携してネット上の子どもの性的搾取事犯を集中的に取り締まる国際共同オペレーション「サイバーガーディアン」を実施しました。子どもの性的虐待マテリアルの事件で、日本が国際共同オペレーションに参加するのは初めてです。</p>"
                    "<ul><li>期間：2025年2月24日（月）〜3月28日（金）</li>"
                    "<li>参加国・地域：日本、シンガポール、タイ、韓国、香港、マレーシア（6か国・地域）</li>"
                    "<li>検挙・捜査した被疑者：544人（13〜68歳。男性525人、女性19人。逮捕に至らない捜査を含む）</li>"
                    "<li>捜索場所：269か所</li>"
                    "<li>押収した電子機器：パソコン84台、携帯電話279台、タブレット32台、記憶媒体150点、ルーター9台</li></ul>"
                ),
                paragraph(
                    "<p>警察庁はこの期間を「児童ポルノ対策に係る国際連携強化期間」とし、都道府県警察は、海外から提供された情報に基づく捜査に加え、独自の取締りを集中的に行いました。日本での結果は次のとおりです。</p>"
                    "<ul><li>検挙（逮捕・送致）した被疑者：111人（14〜68歳。男性105人、女性6人）</li>"
                    "<li>捜索場所：123か所</li>"
                    "<li>押収した電子機器：パソコン40台、携帯電話154台、タブレット29台、記憶媒体63点</li>"
                    "<li>主な罪名：児童買春・児童ポルノ禁止法違反（公然陳列、製造、所持、提供、児童買春）、不同意性交等、脅迫、恐喝など</li>"
                    "<li>被疑者の職業の例：高校教諭、学習塾講師、会社員、アルバイト、中学生、高校生</li></ul>"
                ),
                paragraph(
                    "<p>主な事件の例は次のとおりです。公然陳列、所持、販売は、いずれも子どもの性的虐待マテリアルに関するものです。</p>"
                    "<ul><li>30代の男性高校教諭による公然陳列</li>"
                    "<li>60代の男性会社員による公然陳列</li>"
                    "<li>介護施設でアルバイトとして働く30代の外国籍の男性による公然陳列</li>"
                    "<li>SNSのグループチャットに動画を投稿し共有していた30〜40代の男性らによる、不同意性交等と大量の所持</li>"
                    "<li>高校生による、画像を使った脅迫・恐喝</li>"
                    "<li>フリマアプリやオークションサイトを使った販売</li></ul>"
                ),
                callout(
                    "<p>出典：警察庁。数値は2025年2月24日から3月28日までの期間のものです。すべての数値は「数字で見る現状」のページに表でまとめています。警察庁は、今後も国際連携を強化し、子どもの性的搾取事犯の効果的な取締りを進めるとしています。</p>",
                    "出典",
                    "info",
                ),
                callout(_REPORT_JA, "画像を見つけたら", "important"),
            ],
        },
        "en": {
            "title": "Results of the international Operation Cyber Guardian",
            "listing_summary": "A crackdown by 6 countries and regions led to 544 suspects being arrested or investigated. In Japan, 111 suspects were arrested or referred to prosecutors during the same period.",
            "search_description": "Operation Cyber Guardian, 24 Feb to 28 Mar 2025: 544 suspects in 6 countries and regions; 111 arrested or referred in Japan. Source: National Police Agency.",
            "body": [
                paragraph(
                    "<p>At the initiative of the Singapore Police Force, Japanese police took part in Operation Cyber Guardian, an international joint operation to crack down on the online sexual exploitation of children together with other countries and regions. It was Japan's first international cooperative operation against child sexual abuse material.</p>"
                    "<ul><li>Period: Monday 24 February to Friday 28 March 2025</li>"
                    "<li>Taking part: Japan, Singapore, Thailand, South Korea, Hong Kong and Malaysia (6 countries and regions)</li>"
                    "<li>Suspects arrested or investigated (including those not arrested): 544, aged 13 to 68 (525 male, 19 female)</li>"
                    "<li>Locations raided: 269</li>"
                    "<li>Electronic devices seized: 84 computers, 279 mobile phones, 32 tablets, 150 storage devices and 9 routers</li></ul>"
                ),
                paragraph(
                    "<p>The National Police Agency designated the same weeks its Period for Strengthening International Cooperation on the Combating of Child Pornography. Besides investigating information provided by other countries, prefectural police ran intensive crackdowns of their own. The results in Japan were:</p>"
                    "<ul><li>Suspects arrested or referred to prosecutors: 111, aged 14 to 68 (105 male, 6 female)</li>"
                    "<li>Locations raided: 123</li>"
                    "<li>Electronic devices seized: 40 computers, 154 mobile phones, 29 tablets and 63 storage devices</li>"
                    "<li>Charges included: public display, producing, possessing and providing under the Act on Punishment of Activities Relating to Child Prostitution and Child Pornography, child prostitution, non-consensual sexual intercourse, intimidation and extortion</li>"
                    "<li>Examples of suspects' occupations: high school teacher, preparatory school tutor, company employee, part-time employee, junior high school student, high school student</li></ul>"
                ),
                paragraph(
                    "<p>Examples of cases. The public display, possession and sales all concern child sexual abuse material.</p>"
                    "<ul><li>public display by a high school teacher in his 30s</li>"
                    "<li>public display by a company employee in his 60s</li>"
                    "<li>public display by a foreign national in his 30s working part-time at a nursing home</li>"
                    "<li>non-consensual sexual intercourse and possession of a large amount of material by men in their 30s and 40s who posted and shared videos in a group chat on social media</li>"
                    "<li>intimidation and extortion with images by a high school student</li>"
                    "<li>sales through flea-market apps and auction sites</li></ul>"
                ),
                callout(
                    '<p>Source: National Police Agency. Figures cover 24 February to 28 March 2025. All the figures are set out in tables on "The situation in figures" page. The National Police Agency will further strengthen international cooperation and effective enforcement against the sexual exploitation of children.</p>',
                    "Source",
                    "info",
                ),
                callout(_REPORT_EN, "If you find images", "important"),
            ],
        },
    },
    # (b) Announcement of the Period for Strengthening International Cooperation ------------------------------
    {
        "slug": "international-cooperation-period-2025-announced",
        "date": datetime.date(2025, 2, 20),
        "related_campaign": "international-cooperation-period-2025",
        "ja": {
            "title": "「児童ポルノ対策に係る国際連携強化期間」を実施します（2月24日〜3月28日）",
            "listing_summary": "警察庁は、2025年2月24日から3月28日までを「児童ポルノ対策に係る国際連携強化期間」とし、海外の捜査機関と連携して、ネット上の子どもの性的搾取事犯の取締りを強化します。",
            "search_description": "2025年2月24日〜3月28日の「児童ポルノ対策に係る国際連携強化期間」。6か国・地域の国際共同オペレーションに参加し、取締りを強化します。",
            "body": [
                paragraph(
                    "<p>警察庁は、2025年2月24日（月）から3月28日（金）までを「児童ポルノ対策に係る国際連携強化期間」とします。期間中は、シンガポール警察の主導する国際共同オペレーションに参加し、日本、シンガポール、タイ、韓国、香港、マレーシアの6か国・地域が連携して、ネット上の子どもの性的搾取事犯を集中的に取り締まります。</p>"
                ),
                paragraph(
                    "<p>都道府県警察は、海外の捜査機関から提供される情報に基づく捜査に加え、独自の取締りにも集中的に取り組みます。子どもの性的虐待マテリアルの事件で、日本が国際共同オペレーションに参加するのは初めてです。期間の概要は、キャンペーンカレンダーでご覧いただけます。</p>"
                ),
                callout(_REPORT_JA, "皆さんへのお願い", "important"),
            ],
        },
        "en": {
            "title": "Period for Strengthening International Cooperation on the Combating of Child Pornography: 24 February to 28 March 2025",
            "listing_summary": "From 24 February to 28 March 2025, the National Police Agency will work with law enforcement abroad to step up action against the online sexual exploitation of children.",
            "search_description": "24 February to 28 March 2025: Japan joins an international operation with 6 countries and regions against the online sexual exploitation of children.",
            "body": [
                paragraph(
                    "<p>The National Police Agency has designated Monday 24 February to Friday 28 March 2025 as the Period for Strengthening International Cooperation on the Combating of Child Pornography. During the period, Japan will take part in an international joint operation led by the Singapore Police Force. Japan, Singapore, Thailand, South Korea, Hong Kong and Malaysia will work together to crack down on the online sexual exploitation of children.</p>"
                ),
                paragraph(
                    "<p>Besides investigating information provided by law enforcement abroad, prefectural police will run intensive crackdowns of their own. It is Japan's first international cooperative operation against child sexual abuse material. An outline of the period is in the campaign calendar.</p>"
                ),
                callout(_REPORT_EN, "What we ask of you", "important"),
            ],
        },
    },
]
