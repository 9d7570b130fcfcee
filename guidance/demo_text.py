"""Demo text for the Guidance section ("No!! Child Sexual Abuse Material"), in Japanese and English.

Pure data: the guidance loader turns each entry into a guidance page and its English translation.
Facts come only from ../shared/CONTENT.md and the seeds (the Global Alliance report for Japan, the
National Police Agency's release on Operation Cyber Guardian); wording is our own. The term is
"child sexual abuse material" (子どもの性的虐待マテリアル); 児童ポルノ / "child pornography" appears
only when naming the law. No page asks for, accepts or describes images.
"""

from core.demo.builders import callout, faq, heading, paragraph, quote, table

HOTLINE_URL = "https://www.internethotline.jp/"

_HOTLINE_JA = f'<a href="{HOTLINE_URL}">インターネット・ホットラインセンター</a>'
_HOTLINE_EN = f'<a href="{HOTLINE_URL}">Internet Hotline Center</a>'

GUIDANCE = [
    # 1. The law ------------------------------------------------------------------------------------
    {
        "slug": "what-the-law-forbids",
        "audiences": ["parents", "teachers", "pta"],
        "victim_facing": False,
        "related_helplines": ["hotline", "police"],
        "related_materials": ["the-law-guide-for-teachers", "pta-training-handout"],
        "ja": {
            "title": "法律で禁じられていること",
            "listing_summary": "子どもの性的な姿態を記録した画像や動画は、作ることも、人に渡すことも、ネットで公開することも、持っていることも法律で処罰されます。画像を使った脅しも犯罪です。",
            "search_description": "児童買春・児童ポルノ禁止法（1999年制定、2004年改正）で処罰される行為。製造、提供、公然陳列、性的好奇心を満たす目的での所持、画像を使った脅迫・恐喝。",
            "introduction": "子どもの性的虐待マテリアル、つまり18歳未満の子どもの性的な姿態を記録した画像や動画は、作ることも、人に渡すことも、持っていることも法律で禁じられています。どんな行為が処罰されるのかを、保護者や教職員の方に向けてわかりやすく説明します。",
            "key_facts": [
                (
                    "1999年に制定、2004年に改正",
                    "児童買春・児童ポルノ禁止法は1999年に制定されました。2004年の改正で、インターネットを通じた提供なども処罰の対象になりました。",
                ),
                (
                    "持っているだけでも処罰",
                    "自己の性的好奇心を満たす目的で持っていることも、2015年7月15日から処罰の対象です。",
                ),
                ("国外での行為にも適用", "日本国民が国外で行った行為にも、この法律が適用されます。"),
                (
                    "子どもが自分で撮った画像も対象",
                    "本人が撮影したものでも、18歳未満の子どもの性的な画像は法律の対象です。",
                ),
            ],
            "body": [
                heading("どんな法律か"),
                paragraph(
                    "<p>正式な名前は「児童買春、児童ポルノに係る行為等の規制及び処罰並びに児童の保護等に関する法律」です。一般に「児童買春・児童ポルノ禁止法」と呼ばれ、1999年に制定されました。</p>"
                    "<p>2004年の改正では、画像や動画のデータをインターネットなどの通信回線で提供すること、特定の少数の人に提供すること、子どもにポーズをとらせて撮影し記録することなどが、新たに処罰の対象になりました。</p>"
                    "<p>法律の名前には「児童ポルノ」という言葉が使われています。このサイトでは、これが子どもへの性的虐待の記録であることをはっきりさせるため、「子どもの性的虐待マテリアル」と呼んでいます。</p>"
                ),
                heading("処罰される主な行為"),
                paragraph(
                    "<ul>"
                    "<li><b>製造：</b>子どもの性的な姿態を撮影し、記録すること。子どもにポーズをとらせて撮影することも含みます。</li>"
                    "<li><b>提供：</b>人に渡すこと。メールやSNS、メッセージアプリで送ることも含みます。相手が一人でも同じです。提供するために作ったり、持っていたりすることも処罰されます。</li>"
                    "<li><b>公然陳列：</b>掲示板やサイトなどに載せ、誰でも見られる状態にすること。</li>"
                    "<li><b>所持・保管：</b>自己の性的好奇心を満たす目的で持っていること。スマートフォンやパソコンにデータを保存している場合も含みます。2015年7月15日から処罰の対象です。</li>"
                    "</ul>"
                ),
                heading("画像を使った脅しと、国外での行為"),
                paragraph(
                    "<p>「画像をネットに公開する」と言って子どもを脅したり、お金や新しい画像を要求したりするのは、脅迫罪や恐喝罪にもあたる重大な犯罪です。2025年に警察が集中的に取り締まった期間にも、高校生が画像を使って相手を脅し、恐喝した事件がありました。</p>"
                    "<p>この法律は、日本国民が国外で行った行為にも適用されます。海外で行ったから許される、ということはありません。</p>"
                ),
                heading("子どもが自分で撮った画像も対象です"),
                paragraph(
                    "<p>18歳未満の子どもが自分で撮影した画像でも、性的な姿態が記録されていれば法律の対象です。「本人が送ってきたから」は言い訳になりません。</p>"
                    "<p>一方で、求められて自分の画像を送ってしまった子どもは、責められるべき立場ではありません。子どもから打ち明けられたら、まず、話してくれたことを受け止めてください。</p>"
                ),
                callout(
                    "<p>違法な画像や動画を見つけても、「証拠として」保存したり、スクリーンショットを撮ったり、誰かに転送したりしないでください。所持や提供にあたり、あなた自身が罪に問われるおそれがあります。"
                    f"このサイトも画像を受け取りません。URLだけを{_HOTLINE_JA}に通報してください。</p>",
                    "確認のためでも保存しないでください",
                    "warning",
                ),
                faq(
                    [
                        (
                            "子どもどうしのやりとりでも問題になりますか。",
                            "<p>はい。18歳未満どうしでも、性的な画像を撮らせたり、送らせたり、広めたりすることは法律の対象になりえます。2025年の集中取締りでは、中学生や高校生も検挙されています。</p>",
                        ),
                        (
                            "違法かどうか自分では判断できない画像を見つけたら、どうすればいいですか。",
                            f"<p>判断しようとして保存したり、人に見せたりしないでください。URLを{_HOTLINE_JA}に通報すれば、内容はセンターが確認します。匿名でも通報できます。</p>",
                        ),
                    ],
                    "法律についてのよくある質問",
                ),
            ],
        },
        "en": {
            "title": "What the law forbids",
            "listing_summary": "Producing, passing on, putting online or keeping images or videos that record a child in a sexual way is punishable in Japan. Threatening someone with images is a crime too.",
            "search_description": "What Japan's law (1999, amended 2004) punishes: producing, providing, public display, possession for sexual curiosity, and threats or extortion with images.",
            "introduction": "Child sexual abuse material means images or videos that record a child under 18 in a sexual way. Japanese law makes it a crime to produce it, to pass it on and to keep it. This page explains, for parents and teachers, what the law punishes.",
            "key_facts": [
                (
                    "Enacted 1999, amended 2004",
                    "The Act was passed in 1999. The 2004 amendment added providing material over the internet and other acts.",
                ),
                (
                    "Keeping it is a crime",
                    "Possessing material for your own sexual curiosity has been punishable since 15 July 2015.",
                ),
                (
                    "It applies abroad",
                    "The Act also applies to Japanese nationals who commit these acts outside Japan.",
                ),
                (
                    "Self-taken images count",
                    "A sexual image of a child under 18 falls under the law even if the child took it.",
                ),
            ],
            "body": [
                heading("The law"),
                paragraph(
                    "<p>The Act on Punishment of Activities Relating to Child Prostitution and Child Pornography, and the Protection of Children was enacted in 1999.</p>"
                    "<p>It was amended in 2004. Since then, these acts have also been punishable: providing images or videos as data over the internet or other telecommunication lines, providing them to a few specific people, and producing them by having a child pose for photographs or recordings.</p>"
                    '<p>The law uses the words "child pornography". This site says "child sexual abuse material", because every image is a record of a child being abused.</p>'
                ),
                heading("What is punished"),
                paragraph(
                    "<ul>"
                    "<li><b>Producing:</b> photographing or recording a child in a sexual way, including having a child pose.</li>"
                    "<li><b>Providing:</b> passing it to anyone, including by email, social media or messaging apps, even to one person. Producing or keeping it in order to provide it is also punishable.</li>"
                    "<li><b>Public display:</b> putting it on a website, forum or anywhere else that anyone can see it.</li>"
                    "<li><b>Possession:</b> keeping it for your own sexual curiosity, including as files on a phone or computer. This has been punishable since 15 July 2015.</li>"
                    "</ul>"
                ),
                heading("Threats with images, and acts abroad"),
                paragraph(
                    "<p>Threatening a child by saying you will post images online, or demanding money or more images, is a serious crime: it can also be intimidation or extortion. During the police crackdown of 2025, one of the cases was intimidation and extortion with images by a high school student.</p>"
                    "<p>The Act also applies to Japanese nationals who commit these acts outside Japan. Doing it abroad does not make it legal.</p>"
                ),
                heading("Images children take of themselves"),
                paragraph(
                    '<p>An image a child under 18 took of themselves still falls under the law if it records the child in a sexual way. "They sent it to me" is no excuse.</p>'
                    "<p>But a child who was asked for an image and sent one is not to blame. If a child tells you this has happened, start by thanking them for telling you.</p>"
                ),
                callout(
                    "<p>If you come across illegal images or videos, do not save them as evidence, do not take screenshots and do not forward them to anyone. Doing so may count as possession or providing, and you could commit a crime yourself. "
                    f"This site never accepts images either. Report the web address only to the {_HOTLINE_EN}.</p>",
                    "Do not keep anything, even to check it",
                    "warning",
                ),
                faq(
                    [
                        (
                            "Does it matter if it is between children?",
                            "<p>Yes. Even between under-18s, getting someone to take or send sexual images, or spreading them, can fall under the law. Junior high and high school students were among the suspects in the 2025 crackdown.</p>",
                        ),
                        (
                            "What if I cannot tell whether something is illegal?",
                            f"<p>Do not save it or show it to anyone to find out. Report the web address to the {_HOTLINE_EN} and they will check it. You can report anonymously.</p>",
                        ),
                    ],
                    "Questions about the law",
                ),
            ],
        },
    },
    # 2. Prevention at home ---------------------------------------------------------------------------
    {
        "slug": "protecting-your-child-online",
        "audiences": ["parents", "pta", "teachers"],
        "victim_facing": False,
        "related_helplines": ["hotline", "police", "jinken110"],
        "related_materials": [
            "filtering-guide-for-parents",
            "family-rules-sheet",
            "self-generated-images-leaflet",
            "pta-training-handout",
        ],
        "ja": {
            "title": "家庭でできる予防",
            "listing_summary": "フィルタリングは携帯電話の回線だけでなく、スマートフォンのWi-Fiやアプリにも。家庭のルールを子どもと一緒に決め、困ったときに話せる関係をつくりましょう。",
            "search_description": "子どもをネット上の性的搾取から守るために。スマートフォンのWi-Fiとアプリにもかけるフィルタリング、家庭のルール、自分の画像を送る危険、ネットで知り合った人。",
            "introduction": "子どもは毎日、スマートフォンでネットを使っています。被害を防ぐには、フィルタリングなどの設定と、家庭での話し合いの両方が大切です。今日からできることをまとめました。",
            "key_facts": [
                (
                    "フィルタリングはWi-Fiにも",
                    "携帯電話の回線のフィルタリングだけでは、Wi-Fi（無線LAN）を使う通信やアプリまでは守れないことがあります。",
                ),
                ("ルールは一緒に決める", "使う時間や場所、困ったときに誰に話すかを、子どもと話し合って決めましょう。"),
                ("画像は一度送ると取り戻せない", "求められても自分の画像は送らないよう、早いうちから伝えましょう。"),
            ],
            "body": [
                heading("フィルタリングと機能制限を設定する"),
                paragraph(
                    "<p>フィルタリングは、子どもにとって有害なサイトなどへのアクセスを制限するしくみです。携帯電話会社のフィルタリングは、携帯電話の回線を使うときに働きます。</p>"
                    "<ul>"
                    "<li>スマートフォンが自宅や外出先のWi-Fi（無線LAN）につながると、回線のフィルタリングが働かないことがあります。Wi-Fiを使うときにも働くフィルタリングを設定してください。</li>"
                    "<li>特定のアプリを起動できないようにする機能制限も使いましょう。知らない人とやりとりできるアプリは、被害の入口になることがあります。</li>"
                    "<li>スマートフォンを買うときや買い替えるときは、Wi-Fiを使うときのフィルタリングについても、お店で確認しましょう。</li>"
                    "</ul>"
                ),
                heading("家庭のルールを一緒に決める"),
                paragraph(
                    "<p>設定だけで全てを防ぐことはできません。家庭のルールは、親が一方的に決めるのではなく、子どもと話し合って決めましょう。自分で決めたルールは守りやすくなります。</p>"
                    "<ul>"
                    "<li>使う時間と場所</li>"
                    "<li>名前、電話番号、学校名、自分の写真をネットに安易に載せないこと</li>"
                    "<li>知らない人からのメッセージや友達申請にどう対応するか</li>"
                    "<li>困ったとき、嫌な思いをしたときは、叱られる心配をせずに話してよいこと</li>"
                    "</ul>"
                    "<p>子どもの成長にあわせて、ルールを見直しましょう。</p>"
                ),
                heading("自分の画像を送る危険"),
                paragraph(
                    "<p>子どもが自分で撮った性的な画像が、被害のきっかけになることがあります。頼まれて送った画像が別の人に広められたり、脅しの材料に使われたりします。一度送った画像を相手がどう使うかは止められず、ネットに出ると取り戻せません。</p>"
                    "<p>子どもには、次の二つをはっきり伝えてください。</p>"
                    "<ul><li>どんなに頼まれても、裸や下着の姿の画像は送らない。</li>"
                    "<li>送ってしまったら、すぐに大人に話す。話してくれたことを責めたりしない。</li></ul>"
                ),
                heading("ネットで知り合った人に注意する"),
                paragraph(
                    "<p>ネットで知り合った人の中には、優しい言葉をかけたり、悩みを聞いたり、プレゼントをしたりして子どもの信頼を得てから、画像を求めてくる人がいます。</p>"
                    "<ul><li>会ったことのない人に、自分の画像や名前、学校を教えない。</li>"
                    "<li>会おうと誘われたら、必ず大人に相談する。</li>"
                    "<li>「二人だけの秘密」と言われたら、危険のサインだと考える。</li></ul>"
                ),
                heading("早いうちから話しておく"),
                paragraph(
                    "<p>被害にあった子どもは、叱られることや、スマートフォンを取り上げられることを恐れて、打ち明けられないことがあります。スマートフォンを持たせる前から、ふだんの会話の中でネットの話をしましょう。「何があっても味方になる」と伝えておくことが、大切な予防になります。</p>"
                ),
                callout(
                    "<p>子どもの画像がネットに出てしまった、画像で脅されているときは、「子どもが被害にあってしまったら」のページを見てください。今、危険が迫っているときは、すぐに110番に電話してください。</p>",
                    "もしものときは",
                    "important",
                ),
            ],
        },
        "en": {
            "title": "Protecting your child online",
            "listing_summary": "Filter the smartphone's Wi-Fi and apps, not only the mobile network. Agree rules at home together, and make sure your child knows they can tell you anything.",
            "search_description": "Protect your child from sexual exploitation online: filtering that covers Wi-Fi and apps, rules at home, the risk of sending images, and strangers met online.",
            "introduction": "Your child uses the internet on a smartphone every day. To prevent harm you need both the right settings and honest conversations at home. Here is what you can do, starting today.",
            "key_facts": [
                (
                    "Filter Wi-Fi too",
                    "Filtering on the mobile network may not cover connections over Wi-Fi (wireless LAN) or apps.",
                ),
                (
                    "Agree rules together",
                    "Decide with your child when and where devices are used, and who to tell when something goes wrong.",
                ),
                (
                    "An image sent is gone for good",
                    "Tell your child early on never to send images of themselves, however they are asked.",
                ),
            ],
            "body": [
                heading("Set up filtering and app restrictions"),
                paragraph(
                    "<p>Filtering limits access to sites that are harmful to children. The filtering your mobile phone company provides works when the phone uses the mobile network.</p>"
                    "<ul>"
                    "<li>When the smartphone connects to Wi-Fi (wireless LAN), at home or outside, the network's filtering may not work. Set up filtering that also works on Wi-Fi.</li>"
                    "<li>Use restrictions that stop certain apps from opening. Apps where children can talk to strangers can be a way in for people who want to harm them.</li>"
                    "<li>When you buy or replace a smartphone, ask in the shop about filtering on Wi-Fi as well.</li>"
                    "</ul>"
                ),
                heading("Agree rules at home together"),
                paragraph(
                    "<p>Settings cannot prevent everything. Do not just hand down rules: agree them with your child. Children keep rules they helped to make.</p>"
                    "<ul>"
                    "<li>when and where devices are used</li>"
                    "<li>never posting their name, phone number, school or photos without thinking</li>"
                    "<li>what to do about messages and friend requests from strangers</li>"
                    "<li>that they can always tell you when something upsets them, without being told off</li>"
                    "</ul>"
                    "<p>Review the rules as your child grows up.</p>"
                ),
                heading("The risk of sending images of yourself"),
                paragraph(
                    "<p>A sexual image a child takes of themselves can be where the harm starts. An image sent because someone asked for it can be passed on to others or used to threaten the child. Once it is sent, nobody can control what happens to it, and once it is online it cannot be taken back.</p>"
                    "<p>Tell your child two things clearly:</p>"
                    "<ul><li>Never send images of yourself naked or in underwear, however you are asked.</li>"
                    "<li>If you already have, tell an adult straight away. You will not be blamed for telling.</li></ul>"
                ),
                heading("Be careful with people met online"),
                paragraph(
                    "<p>Some people your child meets online win their trust with kind words, by listening to their worries or by sending gifts, and then ask for images.</p>"
                    "<ul><li>Never send images, your name or your school to someone you have not met.</li>"
                    "<li>If someone asks to meet, always talk to an adult first.</li>"
                    '<li>If someone says "this is our secret", treat it as a warning sign.</li></ul>'
                ),
                heading("Talk early"),
                paragraph(
                    '<p>Children who have been harmed often keep quiet because they fear being told off or losing their phone. Start talking about the internet in everyday conversation, before your child has a smartphone. Telling them "I will always be on your side" is one of the most important things you can do.</p>'
                ),
                callout(
                    '<p>If an image of your child is online, or your child is being threatened with images, read "If it has happened to your child". If your child is in danger now, call 110 straight away.</p>',
                    "If something has happened",
                    "important",
                ),
            ],
        },
    },
    # 3. If it has happened -----------------------------------------------------------------------------
    {
        "slug": "if-it-has-happened",
        "audiences": ["parents", "teachers"],
        "victim_facing": True,
        "related_helplines": ["police", "189", "jinken110", "miniletter", "hotline"],
        "related_materials": ["if-you-are-threatened-leaflet", "where-to-get-help-poster"],
        "ja": {
            "title": "子どもが被害にあってしまったら",
            "listing_summary": "まず落ち着いて、子どもを責めないでください。画像は保存・転送せず、URLだけを通報します。危険や脅しがあれば110番へ。相談先と、その後の支えをまとめました。",
            "search_description": "子どもの画像が広まった、画像で脅されているときの対応。110番、児童相談所189、子どもの人権110番、インターネット・ホットラインセンターへの通報。",
            "introduction": "子どもの画像がネットに出てしまった。画像をもとに脅されている。そう知ったとき、動揺するのは当然です。それでも、いちばん大切なのは子どもを守ることです。最初にすること、してはいけないこと、相談先を順に説明します。ひとりで抱え込まず、相談してください。",
            "key_facts": [
                ("子どもを責めない", "悪いのは、画像を求めたり、広めたり、脅したりした側です。"),
                ("画像は保存・転送しない", "確認や証拠のためでも、保存・転送・スクリーンショットはしないでください。"),
                ("危険や脅しがあれば110番", "今危険がある、脅されているときは、すぐに警察に連絡してください。"),
                ("お金を払わない・送らない", "脅されても、お金を払ったり、新しい画像を送ったりしないでください。"),
            ],
            "body": [
                heading("まず、落ち着いて子どもの話を聞く"),
                paragraph(
                    "<p>打ち明けるのは、子どもにとってとても勇気のいることです。「話してくれてありがとう」と伝えてください。「なぜ送ったの」と問い詰めると、子どもは自分が悪いと感じ、それ以上話せなくなります。悪いのは、画像を求めたり、広めたり、脅したりした側です。</p>"
                    "<p>何があったかを何度も聞き出す必要はありません。詳しいことは、相談先の職員が、子どもの負担に配慮しながら聞き取ります。</p>"
                ),
                heading("してはいけないこと"),
                paragraph(
                    "<ul>"
                    "<li>画像や動画を保存したり、スクリーンショットを撮ったりしない。確認や証拠のためでも同じです。</li>"
                    "<li>家族や友人、学校などに画像を転送したり、見せたりしない。</li>"
                    "<li>相手に直接連絡したり、自分で交渉したりしない。</li>"
                    "<li>脅されても、お金を払ったり、新しい画像を送ったりしない。言うとおりにしても、要求が続くことがあります。</li>"
                    "</ul>"
                    "<p>相手とのやりとりをどう扱えばよいかは、警察に相談するときに確認してください。このサイトは画像や証拠を受け取りません。</p>"
                ),
                heading("連絡・相談する先"),
                table(
                    "こんなときの連絡先",
                    [
                        ["こんなとき", "連絡先", "連絡のしかた"],
                        ["今、危険がある・脅されている", "警察", "110番に電話"],
                        [
                            "ネットに画像が出ている",
                            "インターネット・ホットラインセンター",
                            "ウェブのフォームからURLだけを通報（匿名でも可）",
                        ],
                        [
                            "どうすればよいかわからない・家庭での虐待が関わっている",
                            "児童相談所",
                            "189に電話",
                        ],
                        [
                            "子ども自身が誰かに話したい",
                            "子どもの人権110番（法務省）",
                            "0120-007-110に電話（無料、平日8時30分〜17時15分）",
                        ],
                    ],
                ),
                paragraph(
                    "<p>お金を要求されている、会うよう求められているときは、すぐに110番に電話してください。</p>"
                    f"<p>{_HOTLINE_JA}は、通報を受けてサイトの管理者に削除を依頼します。相談窓口ではありません。画像は送らず、URLだけを知らせてください。</p>"
                    "<p>児童相談所は、子ども本人の意向を確認したうえで警察に通報します。</p>"
                ),
                heading("その後も支えは続きます"),
                paragraph(
                    "<p>被害の後、子どもは眠れない、学校に行きたがらない、急にふさぎこむなど、いつもと違う様子を見せることがあります。警察では、少年補導職員などが一人ひとりに合わせて計画的にカウンセリングを行い、家庭や学校、児童相談所と連携して子どもを支えます。学校では、スクールカウンセラーやスクールソーシャルワーカーに相談できます。</p>"
                    "<p>保護者自身も、つらい思いを抱えます。あなたも相談してよいのです。</p>"
                ),
                heading("このページを読んでいるあなたへ"),
                paragraph(
                    "<p>あなたは悪くありません。画像を送ってしまっていても、脅されていても、悪いのは相手です。ひとりで抱えず、信頼できる大人か、子どもの人権110番に話してください。手紙で相談したいときは、学校で配られる「子どもの人権SOSミニレター」も使えます。お金や画像を送って解決しようとしないでください。</p>"
                ),
                callout(
                    "<p>このページを見たことを知られたくないときは、「すぐに閉じる」ボタンを使ってください。ただし、閲覧の履歴は残ります。くわしくは「閲覧の痕跡を残さないために」のページを見てください。</p>",
                    "この画面をすぐに閉じたいとき",
                    "info",
                ),
            ],
        },
        "en": {
            "title": "If it has happened to your child",
            "listing_summary": "Stay calm and do not blame your child. Do not save or forward images: report the web address only. If there is danger or a threat, call 110. Where to get help, and the support that follows.",
            "search_description": "What to do if an image of your child is online or your child is threatened with images: 110, 189, Children's Rights Dial 110 and the Internet Hotline Center.",
            "introduction": "An image of your child is online, or someone is threatening your child with images. It is natural to be shaken. What matters most now is protecting your child. This page explains what to do first, what not to do and who to contact. You do not have to deal with this alone.",
            "key_facts": [
                (
                    "Do not blame your child",
                    "The people to blame are those who asked for, spread or threatened with the images.",
                ),
                ("Do not save or forward images", "Not even to check them or keep as evidence. No screenshots."),
                (
                    "Danger or threats: call 110",
                    "If your child is in danger or being threatened, contact the police now.",
                ),
                ("Do not pay, do not send more", "Even under threat, do not pay money and do not send more images."),
            ],
            "body": [
                heading("First, stay calm and listen"),
                paragraph(
                    '<p>Telling you took courage. Say "thank you for telling me". Asking "why did you send it?" makes a child feel it was their fault, and they may stop talking. The people to blame are those who asked for the images, spread them or made threats.</p>'
                    "<p>You do not need to ask again and again what happened. The staff you contact will ask what they need to know, in a way that spares your child as much as possible.</p>"
                ),
                heading("What not to do"),
                paragraph(
                    "<ul>"
                    "<li>Do not save images or videos and do not take screenshots, even to check them or keep as evidence.</li>"
                    "<li>Do not forward or show them to family, friends or the school.</li>"
                    "<li>Do not contact the other person or try to negotiate yourself.</li>"
                    "<li>Even under threat, do not pay money and do not send more images. Doing what they ask may only lead to more demands.</li>"
                    "</ul>"
                    "<p>Ask the police what to do about the messages when you contact them. This site never accepts images or evidence.</p>"
                ),
                heading("Who to contact"),
                table(
                    "Who to contact, and how",
                    [
                        ["If", "Contact", "How"],
                        ["Your child is in danger now, or is being threatened", "Police", "Call 110"],
                        [
                            "An image is online",
                            "Internet Hotline Center",
                            "Report the web address only, through the web form (you can stay anonymous)",
                        ],
                        [
                            "You are not sure what to do, or abuse at home is involved",
                            "Child guidance centres",
                            "Call 189",
                        ],
                        [
                            "Your child wants to talk to someone",
                            "Children's Rights Dial 110 (Ministry of Justice)",
                            "Call 0120-007-110 (free, weekdays 8:30 to 17:15)",
                        ],
                    ],
                ),
                paragraph(
                    "<p>If someone is demanding money or asking to meet your child, call 110 straight away.</p>"
                    f"<p>The {_HOTLINE_EN} asks the site administrator to delete what is reported. It does not offer counselling. Never send images: give the web address only.</p>"
                    "<p>Child guidance centres report to the police after confirming the child's wishes.</p>"
                ),
                heading("Support continues afterwards"),
                paragraph(
                    "<p>Afterwards your child may not sleep well, may not want to go to school, or may seem withdrawn. The police offer planned counselling by juvenile guidance officials, suited to each child, and work with your family, the school and the child guidance centre. At school, your child can talk to a school counsellor or school social worker.</p>"
                    "<p>This is hard for you too. You can ask for help as well.</p>"
                ),
                heading("If you are the young person reading this"),
                paragraph(
                    "<p>It is not your fault. Even if you sent an image, even if you are being threatened, the person doing this is to blame. Do not keep it to yourself: tell an adult you trust, or call Children's Rights Dial 110. If you would rather write, use the Children's Rights SOS Mini-Letter handed out at school. Do not try to solve it by sending money or images.</p>"
                ),
                callout(
                    '<p>If you do not want anyone to know you looked at this page, use the "Quick exit" button. Your browser history is not cleared, though: read "Covering your tracks" to find out more.</p>',
                    "Leaving this page quickly",
                    "info",
                ),
            ],
        },
    },
    # 4. The harm ------------------------------------------------------------------------------------
    {
        "slug": "how-serious-the-harm-is",
        "audiences": ["parents", "teachers", "pta", "welfare"],
        "victim_facing": True,
        "related_helplines": ["hotline", "189", "jinken110"],
        "related_materials": ["where-to-get-help-poster", "pta-training-handout"],
        "ja": {
            "title": "被害の深刻さ",
            "listing_summary": "子どもの性的虐待の記録は、それ自体が重大な人権侵害です。ネットに出ると複製されて広がり、見られるたびに被害が繰り返されます。",
            "search_description": "子どもの性的虐待マテリアルが被害者に与える害。ネット上で広がり残り続けること、心の傷とPTSDへのケア、削除が大切な理由。",
            "introduction": "子どもの性的虐待マテリアルは、ただの「画像」ではありません。子どもが虐待された事実の記録です。それが残り、人に見られること自体が、子どもの権利への重大な侵害です。被害がなぜこれほど深刻で長く続くのか、削除がなぜ大切なのかを説明します。",
            "key_facts": [
                (
                    "記録そのものが人権侵害",
                    "撮影されたときの虐待に加えて、記録が残り、見られることが、子どもの権利を侵害し続けます。",
                ),
                (
                    "見られるたびに被害が繰り返される",
                    "ネットに出た画像は複製されて広がり、見られるたびに子どもを傷つけます。",
                ),
                ("削除されるまで残り続ける", "削除を依頼しても、実際に消されるまでの間、画像はネット上に残ります。"),
            ],
            "body": [
                heading("記録そのものが人権侵害です"),
                paragraph(
                    "<p>子どもの性的虐待マテリアルの向こうには、必ず、実際に虐待された子どもがいます。撮影されたときの被害だけではありません。その記録が誰かの手元に残り、見られ、やりとりされるたびに、子どもの尊厳は傷つけられます。</p>"
                    "<p>法律の名前には「児童ポルノ」という言葉が使われていますが、これは娯楽や表現の問題ではなく、子どもへの性的虐待の問題です。</p>"
                ),
                heading("ネットに出ると、被害は止まらない"),
                paragraph(
                    "<p>一度ネットに出た画像や動画は、複製され、別のサイトやSNS、ファイル共有ソフトのネットワークへと広がっていきます。インターネット・ホットラインセンターがサイトの管理者に削除を依頼しても、警察が容疑者を検挙しても、画像は実際に削除されるまでネット上に残ります。</p>"
                    "<p>被害を受けた子どもは、自分の画像が今もどこかで見られているかもしれないという不安を、大人になってからも抱え続けることがあります。画像が見られるたびに、被害は繰り返されるのです。</p>"
                ),
                heading("心に残る傷とケア"),
                paragraph(
                    "<p>性的な被害は、子どもの心に深い傷を残します。自分を責める、人を信じられなくなる、出来事を思い出して苦しくなるといった状態が長く続き、心的外傷後ストレス障害（PTSD）への専門的なケアが必要になることもあります。</p>"
                    "<p>警察では、少年補導職員などが継続的にカウンセリングを行い、臨床心理士や精神科医などの専門家から助言を受けられる体制づくりを進めています。児童相談所では児童心理司によるカウンセリングが、学校ではスクールカウンセラーによる相談が受けられます。文部科学省は、PTSDへの適切なケアを含む子どもの心のケアについて、教職員向けの研修を行ってきました。</p>"
                ),
                heading("削除が大切な理由"),
                paragraph(
                    "<p>画像が残っている限り、被害は終わりません。だからこそ、見つかった画像をできるだけ早くネットから消すことが、子どもを守ることにつながります。</p>"
                    "<p>警察とインターネット・ホットラインセンターはサイトの管理者に削除を依頼しています。また、インターネット接続事業者は2011年4月から、こうした画像が掲載されたサイトへのアクセスを自主的に遮断しています（ブロッキング）。</p>"
                ),
                heading("私たちにできること"),
                paragraph(
                    "<ul>"
                    "<li>見つけた画像を保存・転送しない。スクリーンショットも撮らない。</li>"
                    f"<li>URLだけを{_HOTLINE_JA}に通報する。</li>"
                    "<li>冗談や話題の種として扱わない。広めない。</li>"
                    "<li>被害を受けた子どもを責めない。うわさを広げない。</li>"
                    "</ul>"
                ),
                quote(
                    "子どもの性的虐待の記録がネット上にある限り、被害は終わりません。",
                    "このキャンペーンの考え方",
                ),
                callout(
                    "<p>このサイトは画像を求めたり、受け取ったりすることはありません。つらい思いをしているときは、子どもの人権110番（0120-007-110、平日8時30分〜17時15分）や、児童相談所（189）に相談してください。</p>",
                    "ひとりで抱えないで",
                    "important",
                ),
            ],
        },
        "en": {
            "title": "How serious the harm is",
            "listing_summary": "A record of a child's sexual abuse is itself a grave violation of the child's rights. Once online it is copied and spread, and the child is harmed again every time it is viewed.",
            "search_description": "The harm child sexual abuse material does to victims: it spreads and stays online, the psychological harm and PTSD care, and why deletion matters.",
            "introduction": "Child sexual abuse material is not just an image. It is a record of a real child being abused. That it exists and is looked at is itself a grave violation of the child's rights. This page explains why the harm is so serious and lasts so long, and why deletion matters.",
            "key_facts": [
                (
                    "The record itself violates rights",
                    "Beyond the abuse when it was recorded, the record being kept and viewed goes on violating the child's rights.",
                ),
                (
                    "Harm repeats every time it is viewed",
                    "Online, an image is copied and spread, and it hurts the child every time someone looks at it.",
                ),
                (
                    "It stays until it is deleted",
                    "Even after deletion is requested, an image stays online until it is actually removed.",
                ),
            ],
            "body": [
                heading("The record itself is a violation of rights"),
                paragraph(
                    "<p>Behind every piece of child sexual abuse material is a real child who was abused. The harm does not end when the recording stops. Every time the record is kept, viewed or passed on, the child's dignity is violated again.</p>"
                    '<p>The law uses the words "child pornography", but this is not about entertainment or expression. It is about the sexual abuse of children.</p>'
                ),
                heading("Once online, the harm does not stop"),
                paragraph(
                    "<p>Once an image or video is online, it is copied and spreads to other sites, social media and file-sharing networks. Even when the Internet Hotline Center has asked the site administrator to delete it, and even when the police have arrested a suspect, the image stays online until it is actually deleted.</p>"
                    "<p>Children who were harmed may live on into adulthood with the fear that their images are still being looked at somewhere. Each time an image is viewed, the harm is repeated.</p>"
                ),
                heading("Lasting psychological harm, and care"),
                paragraph(
                    "<p>Sexual abuse leaves deep psychological wounds. A child may blame themselves, find it hard to trust people, or be overwhelmed by memories of what happened, sometimes for a long time. Some children need specialist care for post-traumatic stress disorder (PTSD).</p>"
                    "<p>The police provide continuing counselling by juvenile guidance officials, and are building ways for them to get advice from specialists such as clinical psychologists and psychiatrists. Child guidance centres offer counselling by child psychologists, and schools have school counsellors. The Ministry of Education, Culture, Sports, Science and Technology has trained school staff in children's mental care, including appropriate care for PTSD.</p>"
                ),
                heading("Why deletion matters"),
                paragraph(
                    "<p>As long as an image remains, the harm goes on. That is why removing images from the internet as quickly as possible protects children.</p>"
                    "<p>The police and the Internet Hotline Center ask site administrators to delete such images. And since April 2011, internet service providers in Japan have voluntarily blocked access to sites that carry them.</p>"
                ),
                heading("What all of us can do"),
                paragraph(
                    "<ul>"
                    "<li>Do not save or forward images you come across, and do not take screenshots.</li>"
                    f"<li>Report the web address only to the {_HOTLINE_EN}.</li>"
                    "<li>Never treat it as a joke or something to gossip about. Do not spread it.</li>"
                    "<li>Do not blame children who were harmed, and do not spread rumours about them.</li>"
                    "</ul>"
                ),
                quote(
                    "As long as a record of a child's sexual abuse is online, the harm does not end.",
                    "The campaign's principle",
                ),
                callout(
                    "<p>This site never asks for or accepts images. If this is affecting you, talk to Children's Rights Dial 110 (0120-007-110, weekdays 8:30 to 17:15) or to a child guidance centre on 189.</p>",
                    "You do not have to carry this alone",
                    "important",
                ),
            ],
        },
    },
    # 5. Early detection ------------------------------------------------------------------------------
    {
        "slug": "early-detection-for-teachers",
        "audiences": ["teachers", "welfare"],
        "victim_facing": False,
        "related_helplines": ["189", "police", "jinken110", "miniletter"],
        "related_materials": [
            "early-detection-guide",
            "the-law-guide-for-teachers",
            "internet-safety-class-lesson-junior-high",
        ],
        "ja": {
            "title": "早く気づくために（教職員・児童福祉関係者の方へ）",
            "listing_summary": "被害を受けた子どもは、自分から打ち明けられないことが少なくありません。健康観察や相談の場で気づいたら、ひとりで抱えず、学校と関係機関で対応してください。",
            "search_description": "教職員・児童福祉関係者向け。健康観察や健康相談で被害に気づくポイント、管理職や児童相談所、警察との連携、二次被害を防ぐ話の聞き方。",
            "introduction": "子どもと毎日接する教職員や児童福祉関係者は、被害に最初に気づける立場にあります。一方で、子どもは恥ずかしさや恐れから、自分から打ち明けられないことが少なくありません。気づいたときにどう動くか、してはいけないことは何かをまとめました。",
            "key_facts": [
                ("ひとりで抱えない", "気づいたことは管理職に報告し、学校として対応します。"),
                ("何度も聞き出さない", "詳しい聞き取りは専門の機関に任せ、二次被害を防ぎます。"),
                ("児童相談所と警察につなぐ", "児童相談所は、子ども本人の意向を確認したうえで警察に通報します。"),
            ],
            "body": [
                heading("気づくきっかけ"),
                paragraph(
                    "<p>健康観察や健康相談、日々の会話や面談は、子どもの変化に気づく大切な機会です。文部科学省は、教員が健康観察や健康相談を通じて性犯罪の被害を受けた子どもに早く気づき、対応した事例を含む参考資料を作成しています。</p>"
                    "<p>たとえば、次のような変化に気をつけてください。</p>"
                    "<ul>"
                    "<li>急に元気がなくなる、眠れていない様子がある</li>"
                    "<li>スマートフォンの通知を極端に気にする、おびえる</li>"
                    "<li>保健室に来る回数や、欠席・遅刻が増える</li>"
                    "<li>ネットで知り合った人の話をする、急にお金を必要とする</li>"
                    "</ul>"
                    "<p>一つ当てはまるから被害がある、というわけではありません。「いつもと違う」と感じたら、見聞きした様子を記録し、共有してください。</p>"
                ),
                heading("ひとりで抱えず、組織で対応する"),
                paragraph(
                    "<p>気づいたら、担任や養護教諭だけで抱え込まず、すぐに管理職に報告してください。学校として、スクールカウンセラーやスクールソーシャルワーカーとも情報を共有し、対応を決めます。</p>"
                    "<ul>"
                    "<li><b>家庭での虐待が疑われるとき：</b>児童相談所（189）に連絡します。</li>"
                    "<li><b>子どもに危険が迫っているとき、画像で脅されているとき：</b>警察（110番）に連絡します。</li>"
                    "</ul>"
                    "<p>児童相談所は、子ども本人の意向を確認したうえで警察に通報し、警察と連携して子どもの保護と支援にあたります。</p>"
                ),
                heading("二次被害を防ぐ話の聞き方"),
                paragraph(
                    "<ul>"
                    "<li>子どもが話し始めたら、さえぎらず、落ち着いて聞く。</li>"
                    "<li>「話してくれてよかった」と伝え、子どもを責めない。</li>"
                    "<li>同じことを何度も聞いたり、詳しく問い詰めたりしない。詳しい聞き取りは、警察や児童相談所が、子どもの心理に配慮した方法で行います。</li>"
                    "<li>画像を見せるよう求めない。画像を保存・転送しない。</li>"
                    "<li>「誰にも言わない」と約束しない。子どもを守るために必要な人に伝えることを、正直に説明する。</li>"
                    "</ul>"
                ),
                heading("子どもが相談しやすい環境をつくる"),
                paragraph(
                    "<p>子どもが自分から話せる窓口を、日頃から知らせておきましょう。法務省は、無料の電話「子どもの人権110番」（0120-007-110、平日8時30分〜17時15分）と、手紙で相談できる「子どもの人権SOSミニレター」を用意しています。ミニレターは、全国の小・中学校の子どもに配られています。</p>"
                    "<p>ネット安全教室や非行防止教室で、ネットで知り合った人との付き合いの危険や、自分の画像を送らないことを伝えることも、被害を防ぎ、早く気づくことにつながります。</p>"
                ),
                heading("参考になる資料と研修"),
                paragraph(
                    "<p>文部科学省が2010年9月に教育委員会と学校に配布した「生徒指導提要」には、学校が児童虐待にどう対応するかが盛り込まれています。また、文部科学省は、管理職、養護教諭、学級担任、スクールカウンセラーを対象に、性被害を含むPTSDへの適切なケアなど、子どもの心のケアについての研修を行ってきました。</p>"
                    "<p>このサイトの資料ライブラリには、教職員・児童福祉関係者向けの手引きがあります。</p>"
                ),
                callout(
                    "<p>子どもから画像を見せられても、受け取ったり、保存したり、転送したりしないでください。画像がネットに出ている場合は、URLだけをインターネット・ホットラインセンターに通報します。</p>",
                    "画像を預からない",
                    "warning",
                ),
            ],
        },
        "en": {
            "title": "Noticing early: for teachers and child-welfare staff",
            "listing_summary": "Children who have been harmed often cannot tell anyone. If you notice something during health checks or conversations, do not carry it alone: act with your school and the agencies that can help.",
            "search_description": "For teachers and child-welfare staff: signs to notice, working with school leaders, child guidance centres and police, and listening without adding to the harm.",
            "introduction": "Teachers and child-welfare staff see children every day, so you are often the first who can notice harm. But children often cannot tell anyone, out of shame or fear. This page explains what to do when you notice something, and what not to do.",
            "key_facts": [
                ("Do not carry it alone", "Report what you notice to your school leaders and act as a school."),
                (
                    "Do not question repeatedly",
                    "Leave detailed interviews to specialist agencies, to avoid causing further harm.",
                ),
                (
                    "Involve the child guidance centre and police",
                    "Child guidance centres report to the police after confirming the child's wishes.",
                ),
            ],
            "body": [
                heading("When you may notice"),
                paragraph(
                    "<p>Health checks, health consultations, everyday conversations and meetings are all chances to notice that something has changed. The Ministry of Education, Culture, Sports, Science and Technology (MEXT) has prepared reference materials with examples of teachers noticing and responding to child victims of sexual crime through health checks and health consultations.</p>"
                    "<p>Look out for changes such as:</p>"
                    "<ul>"
                    "<li>suddenly seeming low, or not sleeping well</li>"
                    "<li>being anxious or frightened about phone notifications</li>"
                    "<li>more visits to the school nurse, or more absence or lateness</li>"
                    "<li>talking about someone met online, or suddenly needing money</li>"
                    "</ul>"
                    "<p>One sign alone does not mean a child has been harmed. If something feels different, write down what you saw and heard, and share it.</p>"
                ),
                heading("Act as a team, not alone"),
                paragraph(
                    "<p>Do not keep it between the class teacher or school nurse: tell your school leaders straight away. Share information with the school counsellor and the school social worker, and decide together how to respond.</p>"
                    "<ul>"
                    "<li><b>If you suspect abuse at home:</b> contact the child guidance centre on 189.</li>"
                    "<li><b>If a child is in danger, or is being threatened with images:</b> contact the police on 110.</li>"
                    "</ul>"
                    "<p>Child guidance centres report to the police after confirming the child's wishes, and work with the police to protect and support the child.</p>"
                ),
                heading("Listening without causing further harm"),
                paragraph(
                    "<ul>"
                    "<li>If a child starts to tell you, listen calmly and do not interrupt.</li>"
                    "<li>Say you are glad they told you. Do not blame them.</li>"
                    "<li>Do not ask the same questions again and again or press for details. The police and child guidance centres interview children in ways designed with the child's psychology in mind.</li>"
                    "<li>Never ask to see images, and never save or forward them.</li>"
                    "<li>Do not promise to tell no one. Explain honestly that you will tell the people who need to know to keep them safe.</li>"
                    "</ul>"
                ),
                heading("Making it easier for children to ask for help"),
                paragraph(
                    "<p>Make sure children know where they can turn. The Ministry of Justice runs Children's Rights Dial 110, a free phone line (0120-007-110, weekdays 8:30 to 17:15), and the Children's Rights SOS Mini-Letter, a letter form for children who prefer to write. Mini-Letters are handed out to elementary and junior high school children across Japan.</p>"
                    "<p>Internet Safety Classes and Delinquency Prevention Classes that cover the risks of people met online and of sending images of yourself also help to prevent harm and to notice it early.</p>"
                ),
                heading("Reference materials and training"),
                paragraph(
                    "<p>MEXT's \"Student guidance outline\", sent to boards of education and schools in September 2010, includes how schools should deal with child abuse. MEXT has also trained school leaders, school nurses, class teachers and school counsellors in children's mental care, including appropriate care for PTSD after sexual assault.</p>"
                    "<p>The materials library on this site has a guide for teachers and child-welfare staff.</p>"
                ),
                callout(
                    "<p>If a child shows you an image, do not take it, save it or forward it. If an image is online, report the web address only to the Internet Hotline Center.</p>",
                    "Never hold on to images",
                    "warning",
                ),
            ],
        },
    },
    # 6. Blocking and deletion -------------------------------------------------------------------------
    {
        "slug": "why-blocking-and-deletion-matter",
        "audiences": ["parents", "teachers", "pta"],
        "victim_facing": False,
        "related_helplines": ["hotline", "ihaho"],
        "related_materials": ["the-law-guide-for-teachers", "pta-training-handout"],
        "ja": {
            "title": "削除とブロッキングが大切な理由",
            "listing_summary": "ネット上の子どもの性的虐待マテリアルは、削除されるまで被害を生み続けます。削除依頼とブロッキングのしくみ、そして私たち一人ひとりにできることを説明します。",
            "search_description": "警察とインターネット・ホットラインセンターによる削除依頼、2011年4月から接続事業者が自主的に行うブロッキング、ICSAのアドレスリスト、通報のしかた。",
            "introduction": "ネットに出た子どもの性的虐待マテリアルは、実際に削除されるまで残り、見られるたびに子どもを傷つけます。日本では、見つかった画像を削除させる取組と、削除されるまでの間に画像を見られないようにする取組（ブロッキング）が、官民で進められています。",
            "key_facts": [
                (
                    "通報から削除依頼へ",
                    "警察とインターネット・ホットラインセンターは、見つけた画像の削除をサイトの管理者に依頼します。",
                ),
                (
                    "2011年4月からブロッキング",
                    "インターネット接続事業者が、自主的にブロッキングを行っています。",
                ),
                ("あなたにできること", "URLだけを通報し、保存・転送・共有をしないことです。"),
            ],
            "body": [
                heading("削除を求めるしくみ"),
                paragraph(
                    "<p>警察は、サイバーパトロールや、インターネット・ホットラインセンターに寄せられた通報をもとに、ネット上の違法な情報を見つけて取締りを進めています。警察とインターネット・ホットラインセンターは、子どもの性的虐待マテリアルを見つけると、サイトの管理者に削除を依頼します。</p>"
                    "<p>警察は、インターネットを使った事件で容疑者を検挙したときにも、画像が載っていた掲示板などの管理者に削除を求め、同じことが起きないよう対策をとるよう求めています。</p>"
                ),
                heading("削除されるまでの間を守るブロッキング"),
                paragraph(
                    "<p>削除を依頼しても、画像は実際に消されるまでネット上に残り、その間も見られ、広がり続けます。そこで、子どもの性的虐待マテリアルが載ったサイトのアドレスリストを作り、管理する団体として、2011年3月にインターネットコンテンツセーフティ協会（ICSA）が設立されました。</p>"
                    "<p>警察庁とインターネット・ホットラインセンターがICSAに情報を提供し、ICSAがアドレスリストを作って事業者に提供します。インターネット接続事業者は、このリストをもとに、2011年4月から自主的に、該当するサイトへのアクセスを遮断しています。これをブロッキングといいます。</p>"
                ),
                heading("ブロッキングの課題"),
                paragraph(
                    "<p>ブロッキングは、利用者の通信の秘密や表現の自由に不当な影響を与えないよう配慮しながら、事業者の自主的な取組として行われています。方式によっては、関係のない画像まで見られなくなること（オーバーブロッキング）や、逆に遮断を避けられやすいことなど、それぞれに長所と短所があります。</p>"
                    "<p>また、ファイル共有ソフトを使ったやりとりには、ブロッキングは効きません。だからこそ、削除と取締りが欠かせません。</p>"
                ),
                heading("事業者を支える相談窓口"),
                paragraph(
                    "<p>サイトの運営者やプロバイダなどが、違法・有害な情報にどう対応すればよいか迷ったときは、違法・有害情報相談センターに相談できます。事業者団体が定めたガイドラインに基づく対応について、助言を受けられます。</p>"
                    f"<p>画像を見つけた方は、{_HOTLINE_JA}に通報してください。</p>"
                ),
                heading("私たち一人ひとりにできること"),
                paragraph(
                    "<ul>"
                    f"<li>見つけたら、URLだけを{_HOTLINE_JA}に通報する。匿名でも通報できます。</li>"
                    "<li>保存しない、転送しない、スクリーンショットを撮らない。</li>"
                    "<li>SNSで広めない。注意を呼びかけるつもりでも、共有すれば被害を広げてしまいます。</li>"
                    "<li>家族や子どもに、通報先を伝えておく。</li>"
                    "</ul>"
                ),
                callout(
                    "<p>このサイトは、画像や証拠を受け取りません。通報はURLだけで十分です。</p>",
                    "画像は送らないでください",
                    "important",
                ),
            ],
        },
        "en": {
            "title": "Why blocking and deletion matter",
            "listing_summary": "Child sexual abuse material online goes on causing harm until it is deleted. How deletion requests and blocking work, and what each of us can do.",
            "search_description": "Deletion requests by police and the Internet Hotline Center, voluntary blocking by providers since April 2011, ICSA's address lists, and how to report.",
            "introduction": "Child sexual abuse material stays online until it is actually deleted, and it hurts the child every time it is viewed. In Japan, public bodies and companies work together to get such images deleted, and to stop people reaching them until they are (blocking).",
            "key_facts": [
                (
                    "From report to deletion request",
                    "The police and the Internet Hotline Center ask site administrators to delete what they find.",
                ),
                ("Blocking since April 2011", "Internet service providers block access voluntarily."),
                ("What you can do", "Report the web address only. Never save, forward or share."),
            ],
            "body": [
                heading("How deletion is requested"),
                paragraph(
                    "<p>The police find illegal content online through cyber patrols and through reports made to the Internet Hotline Center, and take enforcement action. When the police or the Internet Hotline Center find child sexual abuse material, they ask the site administrator to delete it.</p>"
                    "<p>When the police arrest a suspect in an internet case, they also ask the administrators of the forum or site where the material appeared to delete it and to take steps so that it does not happen again.</p>"
                ),
                heading("Blocking until it is deleted"),
                paragraph(
                    "<p>Even after deletion is requested, an image stays online until it is actually removed, and in the meantime it is viewed and spread. So in March 2011 the Internet Content Safety Association (ICSA) was set up to prepare and manage lists of the addresses of websites carrying child sexual abuse material.</p>"
                    "<p>The National Police Agency and the Internet Hotline Center give information to ICSA, and ICSA provides the address lists to companies. Since April 2011, internet service providers have used these lists to block access to the sites voluntarily. This is called blocking.</p>"
                ),
                heading("The limits of blocking"),
                paragraph(
                    "<p>Blocking is voluntary, and providers take care that it does not unreasonably affect the privacy of communications or freedom of expression. Every method has strengths and weaknesses: some also block unrelated images (over-blocking), while others are easier to get around.</p>"
                    "<p>Blocking does not work against file-sharing software. That is why deletion and enforcement remain essential.</p>"
                ),
                heading("Help for site operators and providers"),
                paragraph(
                    "<p>Site operators and service providers who are unsure how to handle illegal or harmful information can ask the Consultation Center for Illegal/Harmful Information. It advises on handling cases under the guidelines agreed by industry bodies.</p>"
                    f"<p>If you have found images, report them to the {_HOTLINE_EN}.</p>"
                ),
                heading("What each of us can do"),
                paragraph(
                    "<ul>"
                    f"<li>If you find something, report the web address only to the {_HOTLINE_EN}. You can stay anonymous.</li>"
                    "<li>Do not save it, forward it or take a screenshot.</li>"
                    "<li>Do not share it on social media, even to warn others. Sharing spreads the harm.</li>"
                    "<li>Make sure your family and children know where to report.</li>"
                    "</ul>"
                ),
                callout(
                    "<p>This site never accepts images or evidence. A web address is all a report needs.</p>",
                    "Never send images",
                    "important",
                ),
            ],
        },
    },
    # 7. For children and young people -----------------------------------------------------------------
    {
        "slug": "for-children-and-young-people",
        "audiences": ["students"],
        "victim_facing": True,
        "related_helplines": ["jinken110", "miniletter", "189", "police", "hotline"],
        "related_materials": [
            "self-generated-images-leaflet",
            "if-you-are-threatened-leaflet",
            "where-to-get-help-poster",
        ],
        "ja": {
            "title": "子ども・若者のみなさんへ",
            "listing_summary": "画像を送ってと言われたとき、送ってしまったとき、脅されたときにどうすればいいか。あなたは悪くありません。話を聞いてくれる場所があります。",
            "search_description": "自分の画像を求められた、送ってしまった、脅されているときに。あなたは悪くありません。子どもの人権110番やSOSミニレターなど、相談できる場所。",
            "introduction": "ネットで知り合った人や、友達、付き合っている人から、裸や下着の姿の写真を送ってと言われたことはありませんか。送ってしまって、困っていませんか。このページは、あなたのために書きました。あなたは悪くありません。",
            "key_facts": [
                ("送らなくていい", "どんなに頼まれても、自分の体の画像を送る必要はありません。断っていいのです。"),
                ("あなたは悪くない", "送ってしまっても、脅されても、悪いのは相手です。"),
                ("話せる場所がある", "子どもの人権110番は無料です。手紙で相談できるSOSミニレターもあります。"),
            ],
            "body": [
                heading("画像を送ってと言われたら"),
                paragraph(
                    "<p>断ってください。「好きなら送って」「みんな送っている」と言われても、送る必要はありません。</p>"
                    "<p>一度送った画像は、取り戻せません。相手がほかの人に見せたり、ネットに出したりするのを止められなくなります。</p>"
                    "<p>やさしくしてくれる人でも、会ったことのない人には、自分の写真や名前、学校を教えないでください。「二人だけの秘密ね」と言われたら、危ないサインです。</p>"
                ),
                heading("もう送ってしまったら"),
                paragraph(
                    "<p>あなたは悪くありません。すぐに、信頼できる大人に話してください。家族、先生、保健室の先生、スクールカウンセラー、誰でもかまいません。</p>"
                    "<p>ネットに自分の画像が出ているのを見つけても、保存したりスクリーンショットを撮ったりしないでください。大人と一緒に、インターネット・ホットラインセンターにURLだけを知らせましょう。</p>"
                ),
                heading("「画像をばらまく」と脅されたら"),
                paragraph(
                    "<ul>"
                    "<li>お金を払わない。</li>"
                    "<li>新しい画像を送らない。</li>"
                    "<li>相手に会いに行かない。</li>"
                    "<li>すぐに警察（110番）に電話するか、信頼できる大人に話す。</li>"
                    "</ul>"
                    "<p>言うとおりにしても、要求が止まらないことがあります。ひとりで解決しようとしないでください。</p>"
                ),
                heading("話を聞いてくれる場所"),
                paragraph(
                    "<ul>"
                    "<li><b>子どもの人権110番：</b>0120-007-110。電話代は無料です。平日の8時30分から17時15分まで。</li>"
                    "<li><b>子どもの人権SOSミニレター：</b>学校で配られる手紙です。書いてポストに入れると、返事が届きます。</li>"
                    "<li><b>189：</b>家で嫌なことをされているとき。</li>"
                    "<li><b>110番：</b>今、危ないとき。</li>"
                    "</ul>"
                ),
                heading("見たことを知られたくないとき"),
                paragraph(
                    "<p>家族と同じスマートフォンやパソコンを使っているときは、見たページの記録（履歴）が残ることがあります。画面の「すぐに閉じる」ボタンを押すと、このページからすぐに離れられます。ただし、履歴は消えません。くわしくは「閲覧の痕跡を残さないために」のページを見てください。</p>"
                ),
            ],
        },
        "en": {
            "title": "For children and young people",
            "listing_summary": "What to do if someone asks you for images, if you have already sent one, or if someone is threatening you. It is not your fault, and there are people who will listen.",
            "search_description": "If someone asks for images of you, you sent one, or you are being threatened: it is not your fault. Children's Rights Dial 110, the SOS Mini-Letter and more.",
            "introduction": "Has someone you met online, a friend or someone you are going out with asked you for photos of yourself naked or in underwear? Have you sent one and now you are worried? This page is for you. It is not your fault.",
            "key_facts": [
                (
                    "You do not have to send anything",
                    "However they ask, you never have to send images of your body. You can say no.",
                ),
                (
                    "It is not your fault",
                    "Even if you sent something, even if you are being threatened, they are to blame.",
                ),
                (
                    "There are people to talk to",
                    "Children's Rights Dial 110 is free. You can also write with the SOS Mini-Letter.",
                ),
            ],
            "body": [
                heading("If someone asks you for images"),
                paragraph(
                    '<p>Say no. Even if they say "send it if you like me" or "everyone does it", you do not have to.</p>'
                    "<p>Once you send an image, you cannot get it back. You cannot stop them showing it to others or putting it online.</p>"
                    '<p>Even if someone is kind to you, do not give your photos, your name or your school to anyone you have not met. If they say "this is our secret", that is a warning sign.</p>'
                ),
                heading("If you have already sent one"),
                paragraph(
                    "<p>It is not your fault. Tell an adult you trust straight away: someone in your family, a teacher, the school nurse, the school counsellor. Anyone you trust is fine.</p>"
                    "<p>If you find an image of yourself online, do not save it or take a screenshot. With an adult, report the web address only to the Internet Hotline Center.</p>"
                ),
                heading('If someone threatens to "share your images"'),
                paragraph(
                    "<ul>"
                    "<li>Do not pay any money.</li>"
                    "<li>Do not send any more images.</li>"
                    "<li>Do not go to meet them.</li>"
                    "<li>Call the police on 110 straight away, or tell an adult you trust.</li>"
                    "</ul>"
                    "<p>Even if you do what they ask, they may not stop. Do not try to deal with it alone.</p>"
                ),
                heading("People who will listen"),
                paragraph(
                    "<ul>"
                    "<li><b>Children's Rights Dial 110:</b> 0120-007-110. Free to call. Weekdays, 8:30 to 17:15.</li>"
                    "<li><b>Children's Rights SOS Mini-Letter:</b> a letter form handed out at school. Write, post it, and you will get a reply.</li>"
                    "<li><b>189:</b> if someone at home is hurting you.</li>"
                    "<li><b>110:</b> if you are in danger now.</li>"
                    "</ul>"
                ),
                heading("If you do not want anyone to know you looked"),
                paragraph(
                    '<p>If you share a phone or computer with your family, it may keep a record (history) of the pages you looked at. Press the "Quick exit" button to leave this page at once. It does not clear your history, though. Read "Covering your tracks" to find out more.</p>'
                ),
            ],
        },
    },
]
