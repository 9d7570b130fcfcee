"""The shared StreamBlock: validation, derived values, templates and editor previews."""

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from wagtail.blocks import StructBlockValidationError

import factory
import pytest
import wagtail_factories

from core.blocks import BaseStreamBlock, CallToActionBlock, ImageBlock, TableBlock
from core.files import describe_file

STREAM = BaseStreamBlock()


def child(name):
    return STREAM.child_blocks[name]


class TestMeta:
    @pytest.mark.parametrize("name", list(BaseStreamBlock.base_blocks))
    def test_every_block_has_icon_template_description_and_preview(self, name):
        block = child(name)
        assert block.meta.icon and block.meta.icon != "placeholder", name
        assert getattr(block.meta, "template", None), name
        assert str(block.meta.description).strip(), name
        assert block.is_previewable, name

    def test_the_stream_has_a_template_of_its_own(self):
        assert STREAM.meta.template == "blocks/stream.html"


@pytest.mark.django_db
class TestImageBlock:
    def setup_method(self):
        self.block = ImageBlock()

    def test_informative_image_needs_alt_text(self):
        image = wagtail_factories.ImageFactory()
        with pytest.raises(StructBlockValidationError) as error:
            self.block.clean(self.block.to_python({"image": image.pk, "alt_text": "  ", "decorative": False}))
        assert "alt_text" in error.value.block_errors

    def test_decorative_image_has_no_alt_text(self):
        image = wagtail_factories.ImageFactory()
        with pytest.raises(StructBlockValidationError) as error:
            self.block.clean(self.block.to_python({"image": image.pk, "alt_text": "A poster", "decorative": True}))
        assert "alt_text" in error.value.block_errors

    def test_valid_images_pass_and_render(self):
        image = wagtail_factories.ImageFactory()
        informative = self.block.clean(
            self.block.to_python({"image": image.pk, "alt_text": "Campaign poster", "decorative": False})
        )
        decorative = self.block.clean(self.block.to_python({"image": image.pk, "alt_text": "", "decorative": True}))
        assert 'alt="Campaign poster"' in self.block.render(informative)
        assert 'alt=""' in self.block.render(decorative)

    def test_stream_fetches_images_with_renditions_in_a_fixed_number_of_queries(self, django_assert_num_queries):
        images = [wagtail_factories.ImageFactory() for _ in range(3)]
        raw = [
            {"type": "image", "value": {"image": i.pk, "alt_text": "x", "decorative": False, "caption": ""}}
            for i in images
        ]
        with django_assert_num_queries(2):  # images, then their renditions
            value = STREAM.to_python(raw)
            assert [b.value["image"].pk for b in value] == [i.pk for i in images]


@pytest.mark.django_db
class TestCallToActionBlock:
    def setup_method(self):
        self.block = CallToActionBlock()

    def test_page_and_address_together_are_refused(self, site_tree):
        with pytest.raises(StructBlockValidationError) as error:
            self.block.clean(
                self.block.to_python({"text": "Go", "page": site_tree["about_ja"].pk, "url": "https://example.org/"})
            )
        assert "url" in error.value.block_errors

    def test_neither_page_nor_address_is_refused(self):
        with pytest.raises(StructBlockValidationError) as error:
            self.block.clean(self.block.to_python({"text": "Go", "page": None, "url": ""}))
        assert "page" in error.value.block_errors

    def test_address_only(self):
        value = self.block.clean(
            self.block.to_python({"text": "Report", "page": None, "url": "https://www.internethotline.jp/"})
        )
        assert value.url == "https://www.internethotline.jp/"

    def test_page_link_follows_the_current_language(self, site_tree):
        from django.utils import translation

        value = self.block.clean(self.block.to_python({"text": "About", "page": site_tree["about_ja"].pk, "url": ""}))
        with translation.override("en"):
            assert value.url == "/en/about/"
        with translation.override("ja"):
            assert value.url == "/ja/about/"


class TestTableBlock:
    def test_a_table_needs_a_caption(self):
        block = TableBlock()
        value = {"data": [["a", "b"], ["1", "2"]], "table_header_choice": "row", "table_caption": ""}
        with pytest.raises(ValidationError):
            block.clean(value)

    def test_table_renders_caption_and_header_scopes_in_a_focusable_scroll_region(self):
        block = TableBlock()
        value = block.clean(dict(block.meta.preview_value))
        html = block.render(value)
        assert "<caption>Operation Cyber Guardian" in html
        assert 'scope="col"' in html
        assert 'role="region"' in html and 'tabindex="0"' in html


class TestRendering:
    def test_heading_gets_an_anchor_even_in_japanese(self):
        block = child("heading")
        html = block.render(block.to_python({"text": "法律で禁じられていること", "level": "h3"}))
        assert html.strip() == '<h3 id="法律で禁じられていること" class="block-heading">法律で禁じられていること</h3>'

    def test_faq_opens_without_javascript(self):
        block = child("faq")
        html = block.render(block.to_python(block.meta.preview_value))
        assert html.count("<details") == 2 and "<summary" in html
        assert "<script" not in html

    def test_quote_and_callout(self):
        quote = child("quote")
        assert "<blockquote>" in quote.render(quote.to_python(quote.meta.preview_value))
        callout = child("callout")
        assert "callout--important" in callout.render(callout.to_python(callout.meta.preview_value))


@pytest.mark.django_db
class TestDocuments:
    def test_file_description_from_stored_fields(self):
        document = wagtail_factories.DocumentFactory()
        document.file_size = 348_160
        extension = document.file.name.rsplit(".", 1)[-1].upper()
        with translation.override("en"):
            assert describe_file(document) == f"{extension}, 340.0\xa0KB"
        with translation.override("ja"):
            assert describe_file(document) == f"{extension}、340.0\xa0KB"

    def test_document_link_shows_type_and_size(self):
        document = wagtail_factories.DocumentFactory(
            title="Leaflet for parents",
            file=factory.django.FileField(data=b"%PDF-1.4\n" + b"0" * 2048, filename="leaflet.pdf"),
        )
        block = child("document")
        with translation.override("en"):
            html = block.render(block.to_python({"document": document.pk, "title": "", "description": ""}))
        assert "Leaflet for parents" in html
        assert "(PDF, 2.0\xa0KB)" in html


@pytest.mark.django_db
class TestEditorPreviews:
    @pytest.mark.parametrize("name", list(BaseStreamBlock.base_blocks))
    def test_every_block_preview_renders_in_the_admin(self, admin_client, name):
        wagtail_factories.ImageFactory(title="Campaign poster")
        wagtail_factories.DocumentFactory(title="Leaflet for parents")
        block = child(name)
        response = admin_client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})
        assert response.status_code == 200
        html = response.content.decode()
        assert "/static/css/site.css" in html
        assert 'class="container prose"' in html
