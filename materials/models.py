"""The materials library: leaflets, posters and lesson packs for schools and PTAs.

Taxonomy terms are translatable snippets with a stable ASCII slug shared by every language, so facet
URLs mean the same thing in Japanese and English. Documents are PDFs whose facts (type, size, page
count, a first-page thumbnail) are computed once when the file is saved, never in templates.
"""

from django import forms
from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, re_path
from wagtail.documents.models import AbstractDocument, Document
from wagtail.fields import RichTextField, StreamField
from wagtail.models import DraftStateMixin, Orderable, RevisionMixin, TranslatableMixin, WorkflowMixin
from wagtail.search import index

from core.blocks import BaseStreamBlock
from core.editor_guide import EditorGuidePanel
from core.forms import LocalizedChoicesPageForm
from core.models import BasePage
from core.review import ReviewDatesMixin

LANGUAGE_CHOICES = [
    ("ja", _("Japanese")),
    ("ja-simple", _("Easy Japanese")),
    ("en", _("English")),
    ("zh", _("Chinese")),
    ("ko", _("Korean")),
    ("pt", _("Portuguese")),
    ("vi", _("Vietnamese")),
]
PAPER_CHOICES = [
    ("a4", "A4"),
    ("a3", "A3"),
    ("b4", "B4"),
    ("b5", "B5"),
    ("a5", "A5"),
    ("screen", _("Screen (not for printing)")),
]


class TaxonomyTerm(WorkflowMixin, DraftStateMixin, RevisionMixin, TranslatableMixin, index.Indexed, models.Model):
    """A term that materials are tagged with. The slug is the same in every language.

    Term names are shown to the public (tags and filters), so they go through the approval workflow: a new
    term, or a changed name, appears on the site only once a moderator has approved it.
    """

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=60,
        allow_unicode=False,
        help_text=_("Letters, numbers and hyphens. Keep it the same in every language: facet links use it."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Audience(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_audience_slug_locale")]


class SchoolStage(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("school stage")
        verbose_name_plural = _("school stages")
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_stage_slug_locale")]


class Topic(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_topic_slug_locale")]


class MaterialFormat(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("format")
        verbose_name_plural = _("formats")
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_format_slug_locale")]


class CampaignDocument(AbstractDocument):
    """A Wagtail document that knows its own facts: page count and a first-page thumbnail."""

    page_count = models.PositiveIntegerField(_("pages"), null=True, blank=True, editable=False)
    thumbnail = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("thumbnail"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    facts_hash = models.CharField(max_length=40, blank=True, editable=False)

    admin_form_fields = Document.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def clean(self):
        # Wagtail checks the extension here too; when the form has already refused the file, there is
        # no file left to check, and a second, empty-named error would only confuse the editor.
        if self.file and self.file.name:
            super().clean()

    @property
    def file_type(self):
        return self.file_extension.upper() or "FILE"

    @property
    def needs_facts(self):
        return not self.facts_hash or self.facts_hash != (self.file_hash or "")

    def describe(self):
        """ "PDF, 2 pages, 340 KB" in the active language."""
        from materials.formatting import describe_document

        return describe_document(self)


class MaterialsIndexPage(RoutablePageMixin, BasePage):
    """The library of one language at /<lang>/materials/: facets, packs, and every material."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    template = "pages/materials_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["materials.MaterialPage", "materials.SchoolRequestPage"]
    max_count_per_parent = 1
    page_description = _(
        "The materials library of one language: posters, leaflets and lesson material that schools and PTAs "
        "find by audience, school stage, topic, format and language, and download one by one or as packs."
    )
    editor_guide = _(
        "The library of one language. Add each poster, leaflet or lesson plan as a material page under this one: the listing, the filters and the packs are built from them."
    )

    content_panels = [*BasePage.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    class Meta:
        verbose_name = _("materials library")

    @re_path(r"^packs/(?P<key>[a-z0-9-]{1,60})\.zip/$")
    def pack_route(self, request, key):
        from materials.views import serve_pack

        return serve_pack(request, self, key)

    def get_context(self, request, *args, **kwargs):
        from materials.views import listing_context

        context = super().get_context(request, *args, **kwargs)
        context.update(listing_context(request, self))
        return context

    def serve(self, request, *args, **kwargs):
        from materials.facets import BadFacetRequest

        try:
            return super().serve(request, *args, **kwargs)
        except BadFacetRequest:
            from django.template.response import TemplateResponse

            return TemplateResponse(request, "400.html", {"page": self, "back_url": self.url}, status=400)


class MaterialPageForm(LocalizedChoicesPageForm):
    localized_fields = ("material_format", "audiences", "stages", "topics")


class MaterialPage(ReviewDatesMixin, BasePage):
    """One poster, leaflet, lesson plan, slide deck or guide, with its files in one or more languages."""

    introduction = models.TextField(
        _("summary"), max_length=600, help_text=_("What it is, who it is for and how to use it.")
    )
    material_format = models.ForeignKey(
        MaterialFormat, verbose_name=_("format"), null=True, on_delete=models.PROTECT, related_name="+"
    )
    audiences = ParentalManyToManyField(Audience, verbose_name=_("for"), blank=True)
    stages = ParentalManyToManyField(SchoolStage, verbose_name=_("school stages"), blank=True)
    topics = ParentalManyToManyField(Topic, verbose_name=_("topics"), blank=True)
    version_label = models.CharField(
        _("version"), max_length=40, blank=True, help_text=_("For example 2026 edition or v2.")
    )
    replaces = models.ForeignKey(
        "materials.MaterialPage",
        verbose_name=_("replaces"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="replaced_by",
        help_text=_("The previous version. Packs then contain only this, the current version."),
    )
    change_note = models.TextField(_("what changed"), blank=True, max_length=600)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("how to use it"))

    template = "pages/material_page.html"
    base_form_class = MaterialPageForm
    parent_page_types = ["materials.MaterialsIndexPage"]
    subpage_types = []
    page_description = _("A poster, leaflet, lesson plan, slide deck or guide to download, with the PDF files.")
    editor_guide = _(
        "One downloadable material. Upload the PDF under Documents first (PDF only; no images of children in it), add it under Files, then tick who and what it is for: these are the filters teachers use. Set the review dates so it comes back to the dashboard when it needs checking."
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        InlinePanel("files", heading=_("Files"), label=_("file"), min_num=1),
        MultiFieldPanel(
            [
                HelpPanel(content=_("Tick everything that applies: these are the filters teachers and parents use.")),
                FieldPanel("material_format"),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("stages", widget=forms.CheckboxSelectMultiple),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Who and what it is for"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("version_label"),
                PageChooserPanel("replaces", "materials.MaterialPage"),
                FieldPanel("change_note"),
            ],
            heading=_("Version"),
        ),
        FieldPanel("body"),
        ReviewDatesMixin.review_panel(),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction"), index.SearchField("body")]

    class Meta:
        verbose_name = _("material")

    @cached_property
    def first_file(self):
        files = list(self.files.all())
        return files[0] if files else None

    def get_context(self, request, *args, **kwargs):
        from materials.views import detail_context

        context = super().get_context(request, *args, **kwargs)
        context.update(detail_context(request, self))
        return context


class MaterialFile(Orderable):
    page = ParentalKey(MaterialPage, on_delete=models.CASCADE, related_name="files")
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL, verbose_name=_("PDF"), on_delete=models.PROTECT, related_name="+"
    )
    title = models.CharField(
        _("title"), max_length=200, blank=True, help_text=_("Leave blank to use the document's title.")
    )
    language = models.CharField(_("language"), max_length=12, choices=LANGUAGE_CHOICES, default="ja")
    paper_size = models.CharField(_("paper size"), max_length=10, choices=PAPER_CHOICES, default="a4")
    printable = models.BooleanField(_("printable"), default=True, help_text=_("Ready to print at school or at home."))
    can_order = models.BooleanField(_("printed copies can be ordered"), default=False)

    panels = [
        FieldPanel("document"),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("language"), FieldPanel("paper_size")]),
        FieldRowPanel([FieldPanel("printable"), FieldPanel("can_order")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("file")

    @property
    def display_title(self):
        return self.title or self.document.title


class MaterialPack(models.Model):
    """A ZIP of the current printable PDFs for one school stage (or for PTAs), in one language.
    Rebuilt when materials are published or unpublished, never on a request."""

    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    key = models.SlugField(max_length=60)
    file = models.FileField(upload_to="packs/")
    size = models.PositiveBigIntegerField(default=0)
    sha256 = models.CharField(max_length=64)
    item_count = models.PositiveIntegerField(default=0)
    built_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["locale", "key"], name="unique_pack_per_locale")]

    def __str__(self):
        return f"{self.locale_id}/{self.key}"

    @property
    def etag(self):
        return f'"{self.sha256[:32]}"'


class DownloadCount(models.Model):
    """Downloads per document per day. No address, no cookie, no identifier: only a number."""

    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL, on_delete=models.CASCADE, related_name="download_counts"
    )
    day = models.DateField()
    count = models.PositiveIntegerField(default=0, validators=[MinValueValidator(0)])

    class Meta:
        constraints = [models.UniqueConstraint(fields=["document", "day"], name="unique_download_day")]
        indexes = [models.Index(fields=["day"], name="download_day")]

    def __str__(self):
        return f"{self.document_id} {self.day}: {self.count}"


# School requests: printed copies or an Internet Safety Class


SAFE_FIELD_TYPES = [
    ("singleline", _("Single line text")),
    ("multiline", _("Multi-line text")),
    ("email", _("Email")),
    ("number", _("Number")),
    ("date", _("Date")),
    ("dropdown", _("Drop down")),
    ("checkboxes", _("Checkboxes")),
    ("radio", _("Radio buttons")),
    ("checkbox", _("Checkbox")),
]  # No file field, ever: the public never uploads anything to this site.


class SchoolRequestField(AbstractFormField):
    page = ParentalKey("materials.SchoolRequestPage", on_delete=models.CASCADE, related_name="form_fields")
    field_type = models.CharField(verbose_name=_("field type"), max_length=16, choices=SAFE_FIELD_TYPES)


class SchoolRequestPage(AbstractEmailForm):
    """A form for schools to request printed copies or an Internet Safety Class."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)
    thank_you_text = RichTextField(_("thank-you message"), blank=True, features=["bold", "link", "ul"])
    privacy_note = models.TextField(
        _("privacy note"),
        blank=True,
        help_text=_("Shown above the button: who sees the request and how long it is kept."),
    )

    template = "pages/school_request_page.html"
    landing_page_template = "pages/school_request_page_landing.html"
    parent_page_types = ["materials.MaterialsIndexPage"]
    subpage_types = []
    max_count_per_parent = 1
    page_description = _(
        "The form schools use to request printed copies or an Internet Safety Class. Submissions are seen only "
        "by the School liaison group and are deleted after the retention period."
    )
    editor_guide = _(
        "The form schools use to ask for printed copies or a class. Ask only for what the liaison needs to answer: never for a child's name or details. The submissions are seen only by the School liaison group and deleted after the retention period."
    )

    content_panels = [
        EditorGuidePanel(),
        *AbstractEmailForm.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("introduction"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("privacy_note"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Notification e-mail"),
        ),
    ]

    class Meta:
        verbose_name = _("school request form")

    def get_form_class(self):
        from materials.forms import with_honeypot

        return with_honeypot(super().get_form_class())

    def serve(self, request, *args, **kwargs):
        from materials.forms import serve_school_request

        return serve_school_request(self, request, super().serve, *args, **kwargs)
