"""Upload rules: only plain PDFs; and the facts computed once from each file."""

import io

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

from materials.pdf import page_count, render_first_page, validate_pdf
from tests.factories import make_document, make_pdf


def upload(name, data):
    return SimpleUploadedFile(name, data, content_type="application/pdf")


def code_of(name, data):
    with pytest.raises(ValidationError) as error:
        validate_pdf(upload(name, data))
    return error.value.code


def rewrite(modify):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf())))
    modify(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


class TestValidation:
    def test_a_real_pdf_passes(self):
        validate_pdf(upload("leaflet.pdf", make_pdf(2)))

    def test_a_text_file_renamed_pdf_is_refused(self):
        assert code_of("leaflet.pdf", b"This is just text, not a PDF.\n") == "not_pdf"

    def test_html_is_refused(self):
        assert code_of("page.pdf", b"<!DOCTYPE html><html><script>alert(1)</script></html>") == "not_pdf"
        assert code_of("page.html", b"<html></html>") == "extension"

    def test_svg_is_refused(self):
        svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
        assert code_of("poster.svg", svg) == "extension"
        assert code_of("poster.pdf", svg) == "not_pdf"

    @pytest.mark.parametrize("name", ["leaflet.html.pdf", "poster.svg.pdf", "run.exe.pdf", "x.JS.PDF"])
    def test_double_extensions_are_refused(self, name):
        assert code_of(name, make_pdf()) == "double_extension"

    def test_a_dotted_but_harmless_name_passes(self):
        validate_pdf(upload("leaflet.v2.2026.pdf", make_pdf()))

    def test_empty_and_too_large_files_are_refused(self, settings):
        assert code_of("empty.pdf", b"") in ("empty", "not_pdf")
        settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1000
        assert code_of("big.pdf", make_pdf()) == "too_large"

    def test_javascript_is_refused(self):
        def open_action(writer):
            writer._root_object[NameObject("/OpenAction")] = DictionaryObject(
                {NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("app.alert('hi');")}
            )

        def named_script(writer):
            writer._root_object[NameObject("/Names")] = DictionaryObject(
                {NameObject("/JavaScript"): DictionaryObject()}
            )

        assert code_of("script.pdf", rewrite(open_action)) == "javascript"
        assert code_of("script.pdf", rewrite(named_script)) == "javascript"

    @pytest.mark.parametrize(
        ("where", "action", "code"),
        [
            # JavaScript anywhere: an array of open actions, a /Next chain, additional actions, a name tree
            ("open-array", "/JavaScript", "javascript"),
            ("next-chain", "/JavaScript", "javascript"),
            ("next-array", "/JavaScript", "javascript"),
            ("page-aa", "/GoTo", "javascript"),
            ("annotation", "/JavaScript", "javascript"),
            ("field", "/JavaScript", "javascript"),
            # actions that start a program, send or import data, or open another file
            ("annotation", "/Launch", "active_content"),
            ("field", "/SubmitForm", "active_content"),
            ("open-array", "/ImportData", "active_content"),
            ("next-chain", "/GoToR", "active_content"),
            ("annotation", "/GoToE", "active_content"),
        ],
    )
    def test_every_action_in_the_object_graph_is_seen(self, where, action, code):
        def build(writer):
            bad = DictionaryObject({NameObject("/S"): NameObject(action), NameObject("/F"): TextStringObject("x")})
            if action == "/JavaScript":
                bad[NameObject("/JS")] = TextStringObject("app.alert(1);")
            harmless = DictionaryObject({NameObject("/S"): NameObject("/GoTo"), NameObject("/D"): ArrayObject()})
            root, page = writer._root_object, writer.pages[0]
            if where == "open-array":
                root[NameObject("/OpenAction")] = ArrayObject([harmless, writer._add_object(bad)])
            elif where == "next-chain":
                harmless[NameObject("/Next")] = writer._add_object(bad)
                root[NameObject("/OpenAction")] = harmless
            elif where == "next-array":
                harmless[NameObject("/Next")] = ArrayObject([DictionaryObject(harmless), bad])
                root[NameObject("/OpenAction")] = DictionaryObject(
                    {NameObject("/S"): NameObject("/GoTo"), NameObject("/Next"): ArrayObject([bad])}
                )
            elif where == "page-aa":
                page[NameObject("/AA")] = DictionaryObject({NameObject("/O"): bad})
            elif where == "annotation":
                link = DictionaryObject(
                    {
                        NameObject("/Type"): NameObject("/Annot"),
                        NameObject("/Subtype"): NameObject("/Link"),
                        NameObject("/A"): bad,
                    }
                )
                page[NameObject("/Annots")] = ArrayObject([writer._add_object(link)])
            elif where == "field":
                field = DictionaryObject(
                    {
                        NameObject("/FT"): NameObject("/Btn"),
                        NameObject("/T"): TextStringObject("send"),
                        NameObject("/A"): bad,
                    }
                )
                root[NameObject("/AcroForm")] = DictionaryObject(
                    {NameObject("/Fields"): ArrayObject([writer._add_object(field)])}
                )

        assert code_of("actions.pdf", rewrite(build)) == code

    def test_rich_media_and_xfa_are_refused(self):
        def rich_media(writer):
            annotation = DictionaryObject(
                {NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/RichMedia")}
            )
            writer.pages[0][NameObject("/Annots")] = ArrayObject([writer._add_object(annotation)])

        def xfa(writer):
            writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
                {NameObject("/Fields"): ArrayObject(), NameObject("/XFA"): TextStringObject("<xdp:xdp/>")}
            )

        assert code_of("media.pdf", rewrite(rich_media)) == "active_content"
        assert code_of("form.pdf", rewrite(xfa)) == "active_content"

    def test_links_to_web_pages_and_within_the_file_pass(self):
        def links(writer):
            uri = DictionaryObject(
                {
                    NameObject("/S"): NameObject("/URI"),
                    NameObject("/URI"): TextStringObject("https://www.internethotline.jp/"),
                }
            )
            goto = DictionaryObject({NameObject("/S"): NameObject("/GoTo"), NameObject("/D"): ArrayObject()})
            annotations = [
                DictionaryObject(
                    {
                        NameObject("/Type"): NameObject("/Annot"),
                        NameObject("/Subtype"): NameObject("/Link"),
                        NameObject("/A"): action,
                    }
                )
                for action in (uri, goto)
            ]
            writer.pages[0][NameObject("/Annots")] = ArrayObject(writer._add_object(a) for a in annotations)

        validate_pdf(upload("links.pdf", rewrite(links)))

    def test_embedded_files_are_refused(self):
        assert code_of("attached.pdf", rewrite(lambda w: w.add_attachment("evil.exe", b"MZ"))) == "embedded"

    def test_encrypted_pdfs_are_refused(self):
        assert code_of("locked.pdf", rewrite(lambda w: w.encrypt("secret"))) == "encrypted"

    def test_a_damaged_pdf_is_refused(self):
        assert code_of("broken.pdf", b"%PDF-1.7\n" + b"\x00garbage" * 50) == "damaged"


class TestFacts:
    def test_page_count_and_first_page(self):
        data = make_pdf(3)
        assert page_count(data) == 3
        png, width, height = render_first_page(data, width=240)
        assert png.startswith(b"\x89PNG") and width == 240 and height > width

    @pytest.mark.django_db
    def test_facts_are_computed_once_when_the_document_is_saved(self, django_assert_max_num_queries):
        document = make_document("Guide", pages=2)
        assert document.page_count == 2
        assert document.thumbnail is not None and document.thumbnail.width == 480
        assert document.facts_hash == document.file_hash
        first_thumbnail = document.thumbnail_id
        document.title = "Guide, renamed"
        document.save()  # the same file: nothing is recomputed
        document.refresh_from_db()
        assert document.thumbnail_id == first_thumbnail

    @pytest.mark.django_db
    def test_description_shows_type_pages_and_size(self):
        from django.utils import translation

        document = make_document("Guide", pages=2)
        with translation.override("en"):
            assert document.describe().startswith("PDF, 2 pages, ")
            assert document.describe().endswith("KB")
        with translation.override("ja"):
            assert document.describe().startswith("PDF、2ページ、")

    def test_the_font_is_embedded_so_thumbnails_are_not_blank(self):
        reader = PdfReader(io.BytesIO(make_pdf()))
        fonts = reader.pages[0]["/Resources"]["/Font"]
        descriptors = [
            f.get_object()["/FontDescriptor"].get_object()
            for f in fonts.values()
            if "/FontDescriptor" in f.get_object()
        ]
        descendant = [
            d.get_object()["/FontDescriptor"].get_object()
            for f in fonts.values()
            for d in f.get_object().get("/DescendantFonts", [])
        ]
        assert any("/FontFile2" in d for d in descriptors + descendant)
        png, _w, _h = render_first_page(make_pdf(), width=400)
        from PIL import Image

        image = Image.open(io.BytesIO(png)).convert("L")
        dark = sum(image.histogram()[:128])
        assert dark > 50, "the rendered first page has visible text"
