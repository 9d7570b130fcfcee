"""Admin upload rules, page rules and creation, and the school request form's defences."""

import csv
import datetime as dt
import io

from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from home.models import ContentPage, HomePage
from materials.models import (
    CampaignDocument,
    MaterialPage,
    MaterialsIndexPage,
    SchoolRequestField,
    SchoolRequestPage,
)
from materials.models.requests import SAFE_FIELD_TYPES
from tests.factories import build_site, make_document, make_pdf

pytestmark = pytest.mark.django_db


class TestUploadsInTheAdmin:
    def post(self, admin_client, name, data):
        return admin_client.post(
            "/admin/documents/add/",
            {"title": name, "file": SimpleUploadedFile(name, data), "collection": 1, "tags": "", "language": "ja"},
        )

    def test_a_real_pdf_is_accepted_and_gets_its_facts(self, admin_client):
        response = self.post(admin_client, "leaflet.pdf", make_pdf(2))
        assert response.status_code == 302
        document = CampaignDocument.objects.get(title="leaflet.pdf")
        assert document.page_count == 2 and document.thumbnail_id

    @pytest.mark.parametrize(
        ("name", "data", "codes"),
        [
            ("fake.pdf", b"Just some text pretending to be a PDF", {"not_pdf"}),
            ("page.pdf", b"<html><body>hello</body></html>", {"not_pdf"}),
            ("image.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>", {"extension", "invalid_extension"}),
            ("leaflet.html.pdf", None, {"double_extension"}),
        ],
    )
    def test_fakes_are_refused_with_a_clear_form_error(self, admin_client, name, data, codes):
        response = self.post(admin_client, name, data if data is not None else make_pdf())
        assert response.status_code == 200
        assert not CampaignDocument.objects.exists()
        errors = response.context["form"].errors.as_data()["file"]
        assert {e.code for e in errors} & codes
        assert len(errors) == 1, "one clear message, not a second confusing one"
        assert 'class="error-message"' in response.content.decode() or "error" in response.content.decode()

    def test_the_multiple_upload_refuses_fakes_too(self, admin_client):
        response = admin_client.post(
            "/admin/documents/multiple/add/",
            {"files[]": SimpleUploadedFile("fake.pdf", b"not a pdf at all")},
            headers={"x-requested-with": "XMLHttpRequest"},
        )
        assert response.status_code in (200, 400)
        assert response.json()["success"] is False
        assert not CampaignDocument.objects.exists()


class TestPageRules(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home_ja, cls.home_en = build_site()
        cls.index = MaterialsIndexPage(title="学校・PTA向け資料", slug="materials")
        cls.home_ja.add_child(instance=cls.index)

    def setUp(self):
        self.login()

    def test_tree(self):
        self.assertAllowedParentPageTypes(MaterialsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(MaterialsIndexPage, {MaterialPage, SchoolRequestPage})
        self.assertAllowedParentPageTypes(MaterialPage, {MaterialsIndexPage})
        self.assertAllowedSubpageTypes(MaterialPage, set())
        self.assertAllowedParentPageTypes(SchoolRequestPage, {MaterialsIndexPage})
        self.assertCanNotCreateAt(ContentPage, MaterialPage)

    def test_editor_creates_a_material_by_uploading_the_pdf_and_ticking_who_it_is_for(self):
        from materials.models import Audience, MaterialFormat

        document = make_document("Leaflet", pages=1)
        audience = Audience.objects.create(name="保護者", slug="parents", locale=self.index.locale)
        leaflet = MaterialFormat.objects.create(name="リーフレット", slug="leaflet", locale=self.index.locale)
        data = nested_form_data(
            {
                "title": "フィルタリング",
                "slug": "filtering",
                "introduction": "保護者向け。",
                "material_format": leaflet.pk,
                "files": inline_formset(
                    [
                        {
                            "document": document.pk,
                            "title": "",
                            "language": "ja",
                            "paper_size": "a4",
                            "printable": True,
                            "can_order": False,
                        }
                    ]
                ),
                "version_label": "",
                "change_note": "",
                "body": streamfield([]),
                "layout": "",
                "key_message": "",
                "print_body": streamfield([]),
                "print_helplines": inline_formset([]),
            }
        )
        data["audiences"] = [audience.pk]
        self.assertCanCreate(self.index, MaterialPage, data)

    def test_create_the_request_form(self):
        self.assertCanCreate(
            self.index,
            SchoolRequestPage,
            nested_form_data(
                {
                    "title": "申込み",
                    "slug": "request",
                    "introduction": "",
                    "privacy_note": "",
                    "thank_you_text": rich_text("<p>ありがとうございました。</p>"),
                    "to_address": "liaison@example.jp",
                    "from_address": "",
                    "subject": "申込み",
                    "form_fields": inline_formset(
                        [
                            {
                                "label": "学校名",
                                "field_type": "singleline",
                                "required": True,
                                "choices": "",
                                "default_value": "",
                                "help_text": "",
                            }
                        ]
                    ),
                }
            ),
        )

    def test_the_form_builder_offers_no_file_field(self):
        choices = [value for value, _label in SchoolRequestField._meta.get_field("field_type").choices]
        assert choices == [value for value, _label in SAFE_FIELD_TYPES]
        assert not {"file", "multi_file", "image"} & set(choices)
        response = self.client.get(f"/admin/pages/add/materials/schoolrequestpage/{self.index.pk}/")
        assert 'value="file"' not in response.content.decode()


@pytest.fixture
def request_page(demo_content):
    return SchoolRequestPage.objects.get(locale__language_code="en")


def submission(**overrides):
    data = {
        "school": "Minato Junior High School",
        "contact_name": "Sato",
        "e_mail_address": "sato@example.jp",
        "phone": "",
        "what_you_would_like": "Both",
        "materials_and_quantities": "Help poster, 10",
        "preferred_date_class": "",
        "anything_else": "",
    }
    data.update(overrides)
    return data


class TestSchoolRequests:
    def test_a_request_is_stored_and_notified(self, client, request_page):
        field_names = [f.clean_name for f in request_page.get_form_fields()]
        assert "school" in field_names and "e_mail_address" in field_names
        response = client.post(request_page.url, submission())
        assert response.status_code == 200
        assert "Thank you" in response.content.decode()
        assert FormSubmission.objects.filter(page=request_page).count() == 1
        assert len(mail.outbox) == 1 and mail.outbox[0].to == ["school-liaison@example.jp"]

    def test_missing_required_fields_give_form_errors(self, client, request_page):
        response = client.post(request_page.url, submission(school="", **{"e_mail_address": "not-an-email"}))
        assert response.status_code == 200
        page = response.content.decode()
        assert "There is a problem" in page and 'aria-invalid="true"' in page
        assert not FormSubmission.objects.exists()

    def test_the_honeypot_quietly_drops_bots(self, client, request_page):
        response = client.post(request_page.url, submission(website_url="http://spam.example"))
        assert response.status_code == 200
        assert "Thank you" in response.content.decode()
        assert not FormSubmission.objects.exists()
        assert mail.outbox == []

    def test_the_honeypot_is_hidden_from_people_and_screen_readers(self, client, request_page):
        page = client.get(request_page.url).content.decode()
        honeypot = page.split('class="honeypot"')[1].split("</div>")[0]
        assert 'aria-hidden="true"' in page.split('class="honeypot"')[1][:40] or 'aria-hidden="true"' in honeypot
        assert 'tabindex="-1"' in honeypot and 'autocomplete="off"' in honeypot
        assert 'type="file"' not in page

    def test_rate_limit(self, client, request_page, settings):
        settings.FORM_RATE_LIMIT_PER_HOUR = 2
        assert client.post(request_page.url, submission()).status_code == 200
        assert client.post(request_page.url, submission()).status_code == 200
        response = client.post(request_page.url, submission())
        assert response.status_code == 429
        assert "Too many requests" in response.content.decode()
        assert FormSubmission.objects.filter(page=request_page).count() == 2
        other = client.post(request_page.url, submission(), REMOTE_ADDR="198.51.100.9")
        assert other.status_code == 200, "another visitor is not limited"

    @pytest.mark.parametrize("text", ['=HYPERLINK("https://example.com","x")', "+1+1", "-2+3", "@SUM(A1)"])
    def test_the_csv_export_never_carries_a_formula(self, client, request_page, django_user_model, text):
        client.post(request_page.url, submission(school=text, anything_else=text))
        liaison = django_user_model.objects.create_user("liaison-csv", password="x" * 16)
        liaison.groups.add(Group.objects.get(name="School liaison"))
        client.force_login(liaison)
        response = client.get(f"/admin/forms/submissions/{request_page.pk}/?export=csv")
        body = b"".join(response.streaming_content if response.streaming else [response.content]).decode("utf-8-sig")
        cells = [cell for row in csv.reader(io.StringIO(body)) for cell in row]
        assert "'" + text in cells
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)

    def test_invalid_posts_are_never_counted(self, client, request_page, settings):
        settings.FORM_RATE_LIMIT_PER_HOUR = 2
        for _ in range(5):
            assert client.post(request_page.url, {}).status_code == 200  # errors shown, nothing counted
        assert client.post(request_page.url, submission()).status_code == 200
        assert FormSubmission.objects.filter(page=request_page).count() == 1

    def test_behind_nginx_each_school_has_its_own_limit(self, client, request_page, settings):
        settings.FORM_RATE_LIMIT_PER_HOUR = 1
        settings.TRUSTED_PROXIES = ["127.0.0.1"]
        first = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "203.0.113.1"}
        second = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "203.0.113.2"}
        assert client.post(request_page.url, submission(), **first).status_code == 200
        assert client.post(request_page.url, submission(), **first).status_code == 429
        assert client.post(request_page.url, submission(), **second).status_code == 200

    def test_old_submissions_are_deleted_after_the_retention_period(self, client, request_page, settings):
        settings.FORM_SUBMISSION_RETENTION_DAYS = 30
        client.post(request_page.url, submission())
        client.post(request_page.url, submission(), REMOTE_ADDR="198.51.100.9")
        old = FormSubmission.objects.filter(page=request_page).first()
        FormSubmission.objects.filter(pk=old.pk).update(submit_time=timezone.now() - dt.timedelta(days=31))
        call_command("purge_form_submissions", verbosity=0)
        assert list(FormSubmission.objects.values_list("pk", flat=True)) != [old.pk]
        assert FormSubmission.objects.count() == 1

    def test_only_school_liaison_sees_submissions(self, client, request_page, django_user_model):
        client.post(request_page.url, submission())
        editor = django_user_model.objects.create_user("editor", password="x" * 16)
        editor.groups.add(Group.objects.get(name="Editors"))
        liaison = django_user_model.objects.create_user("liaison", password="x" * 16)
        liaison.groups.add(Group.objects.get(name="School liaison"))
        url = f"/admin/forms/submissions/{request_page.pk}/"
        client.force_login(editor)
        assert client.get(url).status_code in (302, 403, 404)
        client.force_login(liaison)
        response = client.get(url)
        assert response.status_code == 200
        assert "Minato Junior High School" in response.content.decode()
        csv = client.get(url + "?export=csv")
        assert csv.status_code == 200 and b"Minato Junior High School" in b"".join(
            csv.streaming_content if csv.streaming else [csv.content]
        )
        # The form's edit page links to the submissions only for those who may open them.
        edit = f"/admin/pages/{request_page.pk}/edit/"
        assert url in client.get(edit).content.decode()
        client.force_login(editor)
        page = client.get(edit)
        assert page.status_code == 200 and url not in page.content.decode()


def test_demo_has_at_least_12_materials_in_both_languages(demo_content):
    for language in ("ja", "en"):
        materials = MaterialPage.objects.live().filter(locale__language_code=language)
        assert materials.count() >= 12
        assert all(m.files.exists() for m in materials)
    assert Page.objects.filter(slug="request").count() == 2


def test_editing_a_translation_offers_terms_in_its_own_language(admin_client, demo_content):
    page = MaterialPage.objects.get(slug="family-rules-sheet", locale__language_code="en")
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    names = {term.name for term in response.context["form"].fields["stages"].queryset}
    assert {"Lower primary", "Junior high school"} <= names
    assert "中学校" not in names  # a Japanese term nobody chose for this page is not offered
    assert 'type="checkbox"' in response.content.decode()
