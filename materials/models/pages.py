"""The library of one language and its materials: posters, leaflets and lesson packs for schools and PTAs."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.http import FileResponse, Http404, HttpResponse, HttpResponseNotAllowed
from django.utils import translation
from django.utils.cache import add_never_cache_headers, get_conditional_response, patch_cache_control
from django.utils.functional import cached_property
from django.utils.http import http_date
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import path, re_path
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.blocks import BaseStreamBlock
from core.forms import LocalizedChoicesPageForm
from core.i18n import localized
from core.models import RoutableBasePage
from core.pagination import paginate
from core.review import ReviewDatesMixin
from materials import facets, printing
from materials.choices import LANGUAGE_CHOICES, PAPER_CHOICES
from materials.models.packs import MaterialPack
from materials.models.printables import PrintableLayoutMixin
from materials.models.requests import SchoolRequestPage
from materials.models.taxonomy import Audience, MaterialFormat, SchoolStage, Topic, published_terms
from materials.panels import PrintEditionPanel
from materials.personalise import PersonaliseForm, count_request, over_rate_limit

PER_PAGE = 12
# What {% picture ... format-{webp,png} width-240 %} asks for on the library's cards.
THUMBNAIL_SPECS = ["format-webp|width-240", "format-png|width-240"]


class MaterialsIndexPage(RoutableBasePage):
    """The library of one language at /<lang>/materials/: facets, packs, and every material."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    template = "pages/materials_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["materials.MaterialPage", "materials.SchoolRequestPage"]
    max_count_per_parent = 1
    query_parameters = (*facets.FACETS_BY_NAME, "printable", "page")
    page_description = _(
        "The materials library of one language: posters, leaflets and lesson material that schools and PTAs "
        "find by audience, school stage, topic, format and language, and download one by one or as packs."
    )
    editor_guide = _(
        "The library of one language. Add each poster, leaflet or lesson plan as a material page under this one: the listing, the filters and the packs are built from them."
    )

    content_panels = [*RoutableBasePage.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*RoutableBasePage.search_fields, index.SearchField("introduction")]

    class Meta:
        verbose_name = _("materials library")

    @re_path(r"^packs/(?P<key>[a-z0-9-]{1,60})\.zip/$")
    def pack_route(self, request, key):
        """A pack's ZIP, built when materials are published (materials/packs.py), never on a request."""
        pack = MaterialPack.objects.filter(locale_id=self.locale_id, key=key).first()
        if pack is None or not pack.file:
            raise Http404("No such pack")
        last_modified = int(pack.built_at.timestamp())
        not_modified = get_conditional_response(request, etag=pack.etag, last_modified=last_modified)
        if not_modified is not None:
            return not_modified
        response = FileResponse(
            pack.file.open("rb"),
            content_type="application/zip",
            as_attachment=True,
            filename=f"materials-{self.locale.language_code}-{key}.zip",
        )
        response["Content-Length"] = str(pack.size)
        response["ETag"] = pack.etag
        response["Last-Modified"] = http_date(last_modified)
        response["X-Content-Type-Options"] = "nosniff"
        patch_cache_control(response, public=True, max_age=3600)
        return response

    def get_context(self, request, *args, **kwargs):
        """The materials that match the filters, a page at a time, with the filters' counts and the packs.
        A fixed number of queries, whatever the number of materials."""
        context = super().get_context(request, *args, **kwargs)
        terms = published_terms(self.locale_id)
        known = {name: set(values) for name, values in terms.items()}
        known["language"] = {code for code, _label in LANGUAGE_CHOICES}
        selected, printable, unknown = facets.parse(request.GET, known)

        base = MaterialPage.objects.live().public().child_of(self)
        page_obj = paginate(request, facets.apply(base, selected, printable).order_by("title", "pk"), PER_PAGE)
        materials = list(
            MaterialPage.objects.filter(pk__in=[m.pk for m in page_obj.object_list])
            .order_by("title", "pk")
            .defer_streamfields()
            .select_related("material_format")
            .prefetch_related(MaterialFile.listing_prefetch(), "audiences", "stages", "topics")
        )
        for material in materials:
            material.localize_terms(terms)

        counts = facets.counts(base, selected, printable)
        facet_groups = facets.groups(terms, selected, counts)
        context.update(
            {
                "materials": materials,
                "page_obj": page_obj,
                "facet_groups": facet_groups,
                "printable": printable,
                "printable_count": counts["printable"],
                "active_filters": facets.active_filters(request.GET, facet_groups, printable),
                "unknown_filters": unknown,
                "is_filtered": bool(selected or printable),
                "packs": self.packs(terms),
                "request_page": SchoolRequestPage.objects.live().child_of(self).first(),
                "query_string": facets.query_without(request.GET, "page"),
            }
        )
        return context

    def packs(self, terms):
        """The packs of this language, labelled and ordered like the school stages, PTAs last."""
        packs = list(MaterialPack.objects.filter(locale_id=self.locale_id))
        labels = {key: term.name for key, term in terms["stage"].items()}
        if "pta" in terms["audience"]:
            labels["pta"] = terms["audience"]["pta"].name
        for pack in packs:
            pack.label = labels.get(pack.key, pack.key)
            pack.url = f"{self.url}packs/{pack.key}.zip"
        order = list(labels)
        packs.sort(key=lambda p: order.index(p.key) if p.key in order else len(order))
        return packs


class MaterialPageForm(LocalizedChoicesPageForm):
    localized_fields = ("material_format", "audiences", "stages", "topics")

    def clean(self):
        cleaned_data = super().clean()
        files = self.formsets.get("files")
        has_files = files is not None and any(
            form.cleaned_data and not form.cleaned_data.get("DELETE") and not form.instance.edition_id
            for form in files.forms
            if form.is_valid()
        )  # the file the site made of a layout goes when the layout does: it does not count
        self.instance.layout = cleaned_data.get("layout", "")
        self.instance.key_message = cleaned_data.get("key_message", "")
        try:
            self.instance.clean_printable_layout(has_files)
        except ValidationError as error:
            for field, messages in error.message_dict.items():
                for message in messages:
                    self.add_error(field if field in self.fields else None, message)
        return cleaned_data


class MaterialPage(PrintableLayoutMixin, ReviewDatesMixin, RoutableBasePage):
    """One poster, leaflet, lesson plan, slide deck or guide, with its files in one or more languages; or a
    printable layout, whose PDF the site makes itself (materials/models/printables.py), and which a school
    can make its own (`make-it-yours/`)."""

    introduction = models.TextField(
        _("introduction"), max_length=600, help_text=_("What it is, who it is for and how to use it.")
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
    # A page, not a campaign model: the materials section does not import the calendar's. The chooser offers
    # campaign pages only, and the campaign page lists its materials through `campaign_materials`.
    campaign = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("campaign"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="campaign_materials",
        help_text=_("The campaign this material is for. The campaign's page lists it, in each language."),
    )
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
        *RoutableBasePage.content_panels,
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                PrintEditionPanel(),
                FieldPanel("layout"),
                FieldPanel("key_message"),
                FieldPanel("print_body"),
                InlinePanel("print_helplines", label=_("helpline")),
                FieldPanel("can_order_print"),
            ],
            heading=_("Printable layout"),
        ),
        InlinePanel(
            "files",
            heading=_("Files"),
            label=_("file"),
            help_text=_(
                "For a printable layout there is nothing to upload: the site adds the PDF it made, first in "
                "this list, and keeps it current. Leave that file as it is."
            ),
        ),
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
        PageChooserPanel("campaign", "campaigns.CampaignPage"),
        FieldPanel("body"),
        ReviewDatesMixin.review_panel(),
    ]
    search_fields = [
        *RoutableBasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("key_message"),
        index.SearchField("print_body"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("material")

    def extra_search_text(self):
        """Its tags in its language (format, readers, school stages, topics), so that a search for a tag's
        name (グルーミング, grooming) finds the materials that carry it."""
        facets = [self.audiences.all(), self.stages.all(), self.topics.all()]
        if self.material_format_id:
            facets.append([self.material_format])
        # one taxonomy at a time: `localized` looks up the translations of one model
        return [term.name for chosen in facets for term in localized(chosen, self.locale_id) if term is not None]

    @cached_property
    def first_file(self):
        files = list(self.files.all())
        return files[0] if files else None

    def localize_terms(self, terms):
        """Show each tag in the page's language (`terms`: the language's published terms by facet and slug):
        `audience_terms`, `stage_terms`, `topic_terms` and `format_term`. Terms never published are left out."""

        def shown(chosen, facet):
            found = {term.translation_key: term for term in terms[facet].values()}
            return [term for term in localized(chosen, self.locale_id, found) if term is not None]

        self.audience_terms = shown(self.audiences.all(), "audience")
        self.stage_terms = shown(self.stages.all(), "stage")
        self.topic_terms = shown(self.topics.all(), "topic")
        formats = shown([self.material_format], "format") if self.material_format_id else []
        self.format_term = formats[0] if formats else None

    @path("make-it-yours/", name="make_it_yours")
    def make_it_yours(self, request):
        """The form that puts a school's name and contact on the material, and the PDF it sends back: made on
        the fly and kept nowhere (materials/personalise.py)."""
        layout = self.printable_layout
        if layout is None or not layout.personalised:
            raise Http404("This material has no printable layout")
        if request.method not in ("GET", "HEAD", "POST"):
            return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
        form = PersonaliseForm(request.POST if request.method == "POST" else None)
        rate_limited = request.method == "POST" and over_rate_limit(request)
        if request.method == "POST" and not rate_limited and form.is_valid():
            rate_limited = not count_request(request)
        if request.method == "POST" and not rate_limited and form.is_valid():
            pdf = printing.render(self.print_source(form.personal()), self.print_base_url())
            response = HttpResponse(pdf, content_type="application/pdf")
            response["Content-Disposition"] = f'attachment; filename="{self.slug}-personalised.pdf"'
            add_never_cache_headers(response)
            patch_cache_control(response, no_store=True, private=True)
            return response
        response = self.render(
            request,
            template="pages/material_make_it_yours.html",
            context_overrides={"form": form, "rate_limited": rate_limited, "layout": layout},
        )
        if rate_limited:
            response.status_code = 429
        add_never_cache_headers(response)
        patch_cache_control(response, no_store=True, private=True)
        return response

    def printed_helplines(self):
        """The live helplines the printable shows, in its language (a translated page may still point at the
        original language's: they are looked up by translation)."""
        chosen = [row.helpline for row in self.print_helplines.select_related("helpline").order_by("sort_order")]
        return [line for line in localized(chosen, self.locale_id) if line is not None]

    def printed_campaign(self):
        """The campaign the material belongs to, live and in its language: {title, dates}, or None."""
        if not self.campaign_id:
            return None
        campaign = (
            Page.objects.live()
            .filter(translation_key=self.campaign.translation_key, locale_id=self.locale_id)
            .specific()
            .first()
        )
        if campaign is None:
            return None
        # How it recurs ("Every November"), which a campaign page says of itself (not imported: a section).
        return {"title": campaign.title, "dates": getattr(campaign, "schedule_description", "")}

    def print_base_url(self):
        """Where the printed text's links lead: the site's own address, so they work from paper's PDF."""
        site = self.get_site()
        return f"{site.root_url}/" if site else None

    def print_source(self, personal=None):
        """The printable's HTML (materials/printing.py), with what a school entered when it makes it its own."""
        with translation.override(self.locale.language_code):
            return printing.source_html(self, self.printed_helplines(), self.printed_campaign(), personal)

    def get_context(self, request, *args, **kwargs):
        """Its files with their facts and thumbnails, its tags in its language, and the newer or older version."""
        context = super().get_context(request, *args, **kwargs)
        files = list(
            MaterialFile.objects.filter(page=self)
            .select_related("document", "document__thumbnail")
            .order_by("sort_order")
        )
        self.localize_terms(published_terms(self.locale_id))
        live = MaterialPage.objects.live().filter(locale_id=self.locale_id)
        newer = live.filter(replaces__translation_key=self.translation_key).first()
        older = None
        if self.replaces_id:
            older = live.filter(
                translation_key__in=MaterialPage.objects.filter(pk=self.replaces_id).values("translation_key")
            ).first()
        context.update(
            {
                "files": files,
                "editions": list(self.print_editions.select_related("document")[:10]) if self.layout else [],
                "thumbnail": files[0].document.thumbnail if files and files[0].document.thumbnail else None,
                "newer_version": newer,
                "older_version": older,
                "request_page": SchoolRequestPage.objects.live().sibling_of(self).first(),
                "language_labels": dict(LANGUAGE_CHOICES),
                "index_url": self.get_parent().get_url(request),
                "campaign": (
                    Page.objects.live()
                    .filter(translation_key=self.campaign.translation_key, locale_id=self.locale_id)
                    .first()
                    if self.campaign_id
                    else None
                ),
            }
        )
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
    # Set on the file the site made from the page's printable layout (materials/editions.py): it is kept in
    # step with the current edition, never edited, and made again after each publish.
    edition = models.ForeignKey(
        "materials.PrintEdition", null=True, blank=True, editable=False, on_delete=models.CASCADE, related_name="+"
    )

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

    @staticmethod
    def listing_prefetch():
        """Each material's files with their documents and thumbnails (and the thumbnails' renditions)."""
        images = get_image_model().objects.prefetch_renditions(*THUMBNAIL_SPECS)
        return Prefetch(
            "files",
            queryset=MaterialFile.objects.select_related("document").prefetch_related(
                Prefetch("document__thumbnail", queryset=images)
            ),
        )
