"""Printable layouts (materials/printing.py, materials/editions.py, materials/personalise.py): tagged,
accessible PDFs made from the CMS, kept current, and made a school's own without keeping anything."""

import io
import re

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.db import connection

from wagtail.models import Locale

import pikepdf
import pypdfium2
import pytest

from materials import printing
from materials.models import MaterialFile, MaterialPage, MaterialsIndexPage, PrintEdition, PrintHelpline
from materials.personalise import PersonaliseForm

pytestmark = pytest.mark.django_db

KEY_MESSAGE = "一度送った画像は取り戻せません。困ったら、すぐに相談してください。"


@pytest.fixture
def helplines(site_tree):
    from help.models import Helpline

    ja = Locale.objects.get(language_code="ja")
    return [
        Helpline.objects.create(
            name="24時間子供SOSダイヤル",
            phone_number="0120-0-78310",
            toll_free=True,
            always_open=True,
            summary="子どもも保護者も、夜中も休日も",
            description="いじめやその他の悩み",
            locale=ja,
        ),
        Helpline.objects.create(
            name="児童相談所虐待対応ダイヤル「189」",
            phone_number="189",
            always_open=True,
            description="虐待の相談",
            locale=ja,
        ),
    ]


def material_format(language):
    from materials.models import MaterialFormat

    locale = Locale.objects.get(language_code=language)
    return MaterialFormat.objects.create(
        name={"ja": "リーフレット", "en": "Leaflet"}[language], slug="leaflet", locale=locale
    )


@pytest.fixture
def leaflet(site_tree, helplines, django_capture_on_commit_callbacks):
    library = site_tree["home_ja"].add_child(instance=MaterialsIndexPage(title="学校・PTA向け資料", slug="materials"))
    page = MaterialPage(
        material_format=material_format("ja"),
        title="「自分の画像を送らないで」リーフレット",
        slug="leaflet",
        introduction="中高生向けのリーフレットです。",
        layout="leaflet",
        key_message=KEY_MESSAGE,
        print_body=[
            ("heading", {"text": "断っても、あなたは悪くありません", "level": "h2"}),
            ("paragraph", "<p>送った画像はコピーされ、広がり、消すことができません。</p>"),
        ],
    )
    library.add_child(instance=page)
    for order, line in enumerate(helplines):
        PrintHelpline.objects.create(page=page, helpline=line, sort_order=order)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    return MaterialPage.objects.get(pk=page.pk)


def current_pdf(page):
    edition = PrintEdition.objects.get(page=page, current=True)
    with edition.document.open_file() as source:
        return source.read()


def structure(pdf):
    """The structure tree's element types, depth first, and every figure's alt text."""
    found, alts = [], []
    document = pikepdf.open(io.BytesIO(pdf))

    def walk(node):
        if isinstance(node, pikepdf.Dictionary):
            if "/S" in node:
                found.append(str(node.S))
                if str(node.S) == "/Figure":
                    alts.append(str(node.get("/Alt", "")))
            kids = node.get("/K")
            for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
                walk(kid)

    walk(document.Root.StructTreeRoot)
    return document, found, alts


def text_of(pdf):
    document = pypdfium2.PdfDocument(pdf)
    return "".join(page.get_textpage().get_text_range() for page in document)


def test_a_printable_material_becomes_a_tagged_accessible_pdf(leaflet, helplines):
    pdf = current_pdf(leaflet)
    document, elements, alts = structure(pdf)
    # The language, the title shown as the window title, and the PDF/UA-1 variant.
    assert str(document.Root.Lang) == "ja"
    assert str(document.docinfo["/Title"]) == leaflet.title
    assert document.Root.ViewerPreferences.DisplayDocTitle is True
    assert document.Root.MarkInfo.Marked is True
    assert document.open_metadata().get("pdfuaid:part") == "1"
    # A structure tree with the headings in order and alt text on every figure (the QR code).
    headings = [element for element in elements if re.fullmatch(r"/H\d", element)]
    assert headings[0] == "/H1" and headings == sorted(headings)
    assert alts and all(alts) and any("QR" in alt for alt in alts)
    # The font is embedded, as a subset.
    fonts = [font for page in document.pages for font in page.Resources.Font.values()]
    assert fonts
    for font in fonts:
        assert "+IPAex" in str(font.BaseFont)
        descriptor = font.DescendantFonts[0].FontDescriptor
        assert "/FontFile2" in descriptor or "/FontFile3" in descriptor
    # The text holds the key message and every helpline's number, in order.
    text = re.sub(r"\s+", "", text_of(pdf))
    assert KEY_MESSAGE in text
    positions = [text.index(line.phone_number) for line in helplines]
    assert positions == sorted(positions)


def test_decorative_art_is_marked_as_an_artifact(leaflet):
    """Nothing is painted outside marked content: the icons and borders are artifacts."""
    document = pikepdf.open(io.BytesIO(current_pdf(leaflet)))
    painting = {"f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "Do", "sh", "Tj", "TJ"}
    for page in document.pages:
        depth = 0
        artifacts = 0
        for instruction in pikepdf.parse_content_stream(page):
            operator = str(instruction.operator)
            if operator in ("BDC", "BMC"):
                depth += 1
                artifacts += operator == "BMC" and str(instruction.operands[0]) == "/Artifact"
            elif operator == "EMC":
                depth -= 1
            elif operator in painting:
                assert depth > 0, f"{operator} painted outside any marked content"
        assert artifacts


def test_the_current_edition_is_a_file_of_the_page_and_an_unchanged_material_is_never_rendered_twice(
    leaflet, monkeypatch, django_capture_on_commit_callbacks
):
    generated = MaterialFile.objects.get(page=leaflet, edition__isnull=False)
    assert generated.document == PrintEdition.objects.get(page=leaflet, current=True).document
    assert generated.language == "ja" and generated.printable and generated.paper_size == "a4"

    calls = []
    monkeypatch.setattr(printing, "render", lambda source: calls.append(source))
    with django_capture_on_commit_callbacks(execute=True):
        leaflet.save_revision().publish()
    assert calls == []
    assert PrintEdition.objects.filter(page=leaflet).count() == 1
    assert MaterialFile.objects.filter(page=leaflet, edition__isnull=False).count() == 1  # put back at once


def test_a_helpline_change_through_approval_makes_a_new_edition(
    client, leaflet, helplines, django_capture_on_commit_callbacks
):
    first = PrintEdition.objects.get(page=leaflet, current=True)
    line = helplines[0]
    line.phone_number = "0120-999-999"
    with django_capture_on_commit_callbacks(execute=True):
        line.save_revision().publish()
    current = PrintEdition.objects.get(page=leaflet, current=True)
    assert current != first
    assert "0120-999-999" in text_of(current_pdf(leaflet))
    assert line.name in current.reason
    # The page offers the current edition, and lists the earlier one under "what changed".
    page = client.get("/ja/materials/leaflet/").content.decode()
    assert current.document.url in page
    assert first.document.url in page and "editions" in page


def test_the_english_edition_says_it_is_english(site_tree, helplines, django_capture_on_commit_callbacks):
    library = site_tree["home_en"].add_child(instance=MaterialsIndexPage(title="For schools", slug="materials"))
    page = library.add_child(
        instance=MaterialPage(
            material_format=material_format("en"),
            title="Where to get help",
            slug="help-poster",
            introduction="A poster.",
            layout="poster-a3",
            key_message="You are not to blame. Tell someone you trust.",
        )
    )
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    document, _elements, _alts = structure(current_pdf(page))
    assert str(document.Root.Lang) == "en"
    width, height = (float(value) for value in document.pages[0].MediaBox[2:])
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (297, 420)  # A3


def test_a_material_needs_a_file_or_a_layout_and_a_layout_needs_its_key_message():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as neither:
        MaterialPage(layout="").clean_printable_layout(has_files=False)
    assert "layout" in neither.value.message_dict
    with pytest.raises(ValidationError) as no_message:
        MaterialPage(layout="leaflet", key_message="").clean_printable_layout(has_files=False)
    assert "key_message" in no_message.value.message_dict
    MaterialPage(layout="leaflet", key_message="x").clean_printable_layout(has_files=False)
    MaterialPage(layout="").clean_printable_layout(has_files=True)


# --- typesetting -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("number", ["0120-0-78310", "2025年2月24日", "8時30分", "17:15", "110", "#9110", "18歳"])
def test_numbers_are_never_broken(number):
    text = f"困ったときは{number}に電話してください"
    assert any(number in part for part in printing.phrases(text, "ja"))


def test_japanese_breaks_between_phrases_and_english_at_spaces():
    assert printing.phrases("一度送った画像は取り戻せません", "ja") == ["一度", "送った", "画像は", "取り戻せません"]
    assert printing.phrases("Call 0120-0-78310 now", "en") == ["Call 0120-0-78310 now"]


def test_typesetting_touches_text_only():
    markup = '<p class="a">相談は<a href="https://example.jp/?a=1&amp;b=2">こちら</a></p>'
    out = printing.typeset_html(markup, "ja")
    assert 'href="https://example.jp/?a=1&amp;b=2"' in out and 'class="a"' in out
    assert "<ruby>画像<rt>がぞう</rt></ruby>" in str(printing.typeset("｜画像《がぞう》", "ja"))
    assert "&lt;script&gt;" in str(printing.typeset("<script>", "ja"))


def test_nothing_is_fetched_from_outside():
    fetcher = printing.url_fetcher()
    for url in ("https://example.com/x.png", "file:///etc/passwd", "http://127.0.0.1:6379/"):
        with pytest.raises(ValueError):
            fetcher.fetch(url)


# --- make it yours ------------------------------------------------------------------------------------------


PERSONAL = {
    "school": "さくら小学校PTA",
    "contact": "担任 山田 内線123",
    "meeting_date": "2027-02-24",
    "meeting_place": "体育館",
}


def everything_stored():
    """Rows in every table, entries in every cache, files under MEDIA_ROOT."""
    from pathlib import Path

    rows = {}
    with connection.cursor() as cursor:
        for model in apps.get_models():
            table = model._meta.db_table
            if model._meta.managed and not model._meta.proxy:
                cursor.execute(f'SELECT COUNT(*) FROM "{table}"')  # noqa: S608 - our own table names
                rows[table] = cursor.fetchone()[0]
    cached = {alias: sorted(caches[alias]._cache) for alias in settings.CACHES}  # locmem in the tests
    files = sorted(str(path) for path in Path(settings.MEDIA_ROOT).rglob("*") if path.is_file())
    return rows, cached, files


def test_make_it_yours_returns_the_sheet_with_the_school_and_keeps_nothing(client, leaflet, settings):
    settings.PAGE_CACHE_ENABLED = True  # nothing of it reaches the page cache either
    client.get("/ja/materials/leaflet/")  # the material page itself, stored
    form = client.get("/ja/materials/leaflet/make-it-yours/")
    assert form.status_code == 200 and "no-store" in form["Cache-Control"]
    assert form.cookies[settings.CSRF_COOKIE_NAME]["max-age"] == ""  # a session cookie
    before = everything_stored()

    response = client.post("/ja/materials/leaflet/make-it-yours/", PERSONAL)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "no-store" in response["Cache-Control"] and "attachment" in response["Content-Disposition"]
    text = re.sub(r"\s+", "", text_of(response.content))
    assert "さくら小学校PTA" in text and "担任山田内線123" in text and "体育館" in text
    assert KEY_MESSAGE in text

    rows, cached, files = everything_stored()
    assert rows == before[0] and files == before[2]
    # The one new cache entry is the rate-limit count: a salted hash of the address and a number.
    new = {alias: set(cached[alias]) - set(before[1][alias]) for alias in cached}
    assert all(not keys for alias, keys in new.items() if alias != settings.STATE_CACHE_ALIAS)
    for key in new[settings.STATE_CACHE_ALIAS]:
        assert "personalise-rate" in key
        value = caches[settings.STATE_CACHE_ALIAS].get(key.split(":", 2)[-1])
        assert value == 1
    for value in caches[settings.STATE_CACHE_ALIAS]._cache.values():
        assert "さくら".encode() not in value


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("school", "さくら小学校 https://evil.example", "address"),
        ("school", "さくら小学校 www.example.jp", "address"),
        ("contact", "山田 yamada@example.jp", "address"),
        ("contact", "山田 03-1234-5678", "phone"),
        ("contact", "山田 ０３－１２３４－５６７８", "phone"),
        ("contact", "困ったら110", "phone"),
        ("contact", "#9110", "phone"),
        ("school", "<b>さくら</b>", "markup"),
        ("school", "さくら\x07", "control"),
        ("school", "あ" * 61, "max_length"),
        ("school", "㍻" * 31, "max_length"),  # 31 characters typed, 62 once folded (平成)
        ("contact", "0120–078–310", "phone"),
        ("contact", "03/1234/5678", "phone"),
        ("contact", "〇一二〇‐〇七八‐三一〇", "phone"),
        ("contact", "❶❷❸❹❺❻", "phone"),
        ("contact", "1 1 0", "phone"),
        ("contact", "♯9110", "phone"),
        ("contact", "lin.ee/abc", "address"),
        ("contact", "example . com", "address"),
        ("contact", "example。com", "address"),
        ("contact", "xn--eckwd4c7c.xn--zckzah", "address"),
        ("contact", "例え.jp", "address"),
    ],
)
def test_what_could_pass_for_a_helpline_is_refused(field, value, code):
    form = PersonaliseForm({**PERSONAL, field: value})
    assert not form.is_valid()
    assert form.errors.as_data()[field][0].code == code


@pytest.mark.parametrize(
    "contact", ["生徒指導 佐藤 内線1234", "3年2組 担任", "第三中学校 山田", "Ms Yamada, extension 123"]
)
def test_an_extension_and_ordinary_text_are_fine(contact):
    assert PersonaliseForm({"school": "さくら小学校", "contact": contact}).is_valid()


def test_bad_input_is_a_form_error_not_a_500(client, leaflet):
    response = client.post("/ja/materials/leaflet/make-it-yours/", {**PERSONAL, "contact": "03-1234-5678"})
    assert response.status_code == 200
    assert "error-summary" in response.content.decode()
    assert client.post("/ja/materials/leaflet/make-it-yours/", {"meeting_date": "not a date"}).status_code == 200


def test_make_it_yours_is_rate_limited_per_client(client, leaflet, settings):
    """Per real client behind the proxy, and counted before the PDF is made."""
    settings.PERSONALISE_RATE_LIMIT_PER_HOUR = 1
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    assert (
        client.post("/ja/materials/leaflet/make-it-yours/", PERSONAL, HTTP_X_FORWARDED_FOR="198.51.100.1").status_code
        == 200
    )
    assert (
        client.post("/ja/materials/leaflet/make-it-yours/", PERSONAL, HTTP_X_FORWARDED_FOR="198.51.100.1").status_code
        == 429
    )
    # Another school behind the same proxy is not blocked, and mistakes never count.
    assert (
        client.post(
            "/ja/materials/leaflet/make-it-yours/", {"school": ""}, HTTP_X_FORWARDED_FOR="198.51.100.2"
        ).status_code
        == 200
    )
    assert (
        client.post("/ja/materials/leaflet/make-it-yours/", PERSONAL, HTTP_X_FORWARDED_FOR="198.51.100.2").status_code
        == 200
    )


def test_the_rate_limit_counts_every_material_together(client, leaflet, settings, django_capture_on_commit_callbacks):
    settings.PERSONALISE_RATE_LIMIT_PER_HOUR = 1
    other = leaflet.copy(update_attrs={"slug": "leaflet-2", "title": "もう一枚"}, keep_live=True)
    assert client.post("/ja/materials/leaflet/make-it-yours/", PERSONAL).status_code == 200
    assert client.post(f"/ja/materials/{other.slug}/make-it-yours/", PERSONAL).status_code == 429


def test_editions_follow_a_helpline_deleted_and_a_page_renamed(leaflet, helplines, django_capture_on_commit_callbacks):
    first = PrintEdition.objects.get(page=leaflet, current=True)
    with django_capture_on_commit_callbacks(execute=True):
        helplines[1].delete()
    second = PrintEdition.objects.get(page=leaflet, current=True)
    assert second != first and "189" not in re.sub(r"\s", "", text_of(current_pdf(leaflet))).split("緊急")[0][-200:]
    leaflet.slug = "leaflet-renamed"
    with django_capture_on_commit_callbacks(execute=True):
        leaflet.save_revision().publish()
    third = PrintEdition.objects.get(page=leaflet, current=True)
    assert third != second and "leaflet-renamed" in text_of(current_pdf(leaflet))


def test_a_long_change_note_still_makes_an_edition(leaflet, django_capture_on_commit_callbacks):
    leaflet.change_note = "変更" * 290
    leaflet.key_message = "新しいキーメッセージです。"
    with django_capture_on_commit_callbacks(execute=True):
        leaflet.save_revision().publish()
    current = PrintEdition.objects.get(page=leaflet, current=True)
    assert "新しいキーメッセージです。" in text_of(current_pdf(leaflet))
    assert len(current.reason) <= 300


def test_a_material_without_a_layout_has_no_make_it_yours(client, leaflet):
    leaflet.layout = ""
    leaflet.save()
    assert client.get("/ja/materials/leaflet/make-it-yours/").status_code == 404


def test_the_generated_file_is_put_right_if_an_editor_changed_it(leaflet, django_capture_on_commit_callbacks):
    generated = MaterialFile.objects.get(page=leaflet, edition__isnull=False)
    generated.language = "en"
    generated.paper_size = "a3"
    generated.save()
    with django_capture_on_commit_callbacks(execute=True):
        leaflet.save_revision().publish()
    fixed = MaterialFile.objects.get(page=leaflet, edition__isnull=False)
    assert (fixed.language, fixed.paper_size) == ("ja", "a4")


def test_every_demo_printable_starts_on_its_first_page_and_keeps_to_its_length(demo_content):
    """The demo's printables, in both languages: the title and key message on page 1 (never a page with
    only the header, which a layout that runs over can cause), posters and letters on one sheet, and no more
    pages than the layout allows."""
    from materials.models import LAYOUTS

    pages = MaterialPage.objects.live().exclude(layout="")
    assert pages.count() == 24
    for page in pages:
        pdf = pypdfium2.PdfDocument(current_pdf(page))
        first = re.sub(r"\s+", "", pdf[0].get_textpage().get_text_range())
        assert re.sub(r"\s+", "", page.key_message) in first, page.url
        assert len(pdf) <= LAYOUTS[page.layout].max_pages, (page.url, len(pdf))


def test_the_editor_sees_the_current_pdf_and_a_warning_when_it_runs_long(admin_client, leaflet):
    edit = admin_client.get(f"/admin/pages/{leaflet.pk}/edit/").content.decode()
    edition = PrintEdition.objects.get(page=leaflet, current=True)
    assert edition.document.url in edit and "help-warning" not in edit.split(edition.document.url)[0][-400:]
    edition.document.page_count = 5
    edition.document.save()
    edit = admin_client.get(f"/admin/pages/{leaflet.pk}/edit/").content.decode()
    assert "help-warning" in edit.split(edition.document.url)[0][-400:]
