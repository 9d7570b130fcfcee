"""Guidance: what the law forbids, how to prevent harm, what to do, and how serious the harm is."""

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from core import expiry
from core.blocks import BaseStreamBlock
from core.forms import LocalizedChoicesPageForm, SitePageForm
from core.images import with_card_images
from core.kanji import READER_GRADES, ReaderGradeMixin, ReadingsFormMixin
from core.models import BasePage
from core.review import ReviewDatesMixin
from guidance.blocks import KeyFactBlock
from help.models import HelpIndexPage, Helpline


class GuidanceIndexPage(BasePage):
    """The guidance section of one language, at /<lang>/guidance/: guidance grouped by who it is for."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    template = "pages/guidance_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["guidance.GuidancePage"]
    max_count_per_parent = 1
    page_description = _("The guidance section of one language: lists the guidance pages by audience.")
    editor_guide = _(
        "The guidance section of one language. The guidance pages under it are grouped by who they are for; write only a short introduction here."
    )

    content_panels = [*BasePage.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    class Meta:
        verbose_name = _("guidance index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        pages = list(
            with_card_images(
                GuidancePage.objects.child_of(self)
                .live()
                .public()
                .defer_streamfields()
                .prefetch_related("audiences")
                .order_by("path")
            )
        )
        context["guidance_pages"] = pages
        context["audience_groups"] = group_by_audience(pages)
        return context


def group_by_audience(pages):
    """[(audience, [pages]), …] in the audiences' own order; pages for nobody in particular come last."""
    groups = {}
    unassigned = []
    for page in pages:
        audiences = page.live_audiences
        if not audiences:
            unassigned.append(page)
        for audience in audiences:
            groups.setdefault(audience, []).append(page)
    ordered = sorted(groups.items(), key=lambda item: (item[0].sort_order, item[0].name))
    if unassigned:
        ordered.append((None, unassigned))
    return ordered


class GuidancePageForm(ReadingsFormMixin, LocalizedChoicesPageForm):
    localized_fields = ("audiences",)


class GuidancePage(ReaderGradeMixin, ReviewDatesMixin, BasePage):
    """One piece of guidance, with key facts, a table of contents, related help and review dates."""

    introduction = models.TextField(_("introduction"), max_length=600, help_text=_("The opening paragraph."))
    key_facts = StreamField(
        [("fact", KeyFactBlock())],
        blank=True,
        max_num=4,
        verbose_name=_("key facts"),
        help_text=_("Up to four short facts shown as cards before the text: the things a reader must take away."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"))
    audiences = ParentalManyToManyField("materials.Audience", verbose_name=_("for"), blank=True)
    show_quick_exit = models.BooleanField(
        _("a child or victim may read this"),
        default=False,
        help_text=_("Shows the quick exit. Tick it for pages about harm or what to do; not for pages for teachers."),
    )
    show_contents = models.BooleanField(
        _("show contents"),
        default=True,
        help_text=_("A list of links to the headings, shown when there are three or more."),
    )
    template = "pages/guidance_page.html"
    base_form_class = GuidancePageForm
    parent_page_types = ["guidance.GuidanceIndexPage"]
    subpage_types = ["guidance.EasyReadPage"]
    page_description = _(
        "Guidance for parents, teachers or young people: key facts, text with contents, related helplines and materials."
    )
    editor_guide = _(
        "One piece of guidance. Start with up to four key facts, then the body with level-2 headings (they make the contents list). Choose who it is for, tick “a child or victim may read this” when it should show the quick exit, and set the review dates."
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("key_facts"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("audiences", widget=forms.CheckboxSelectMultiple), FieldPanel("show_quick_exit")],
            heading=_("Readers"),
        ),
        ReaderGradeMixin.readings_panel(),
        InlinePanel("related_helplines", label=_("Related helplines"), max_num=4),
        InlinePanel("related_materials", label=_("Related materials"), max_num=4),
        ReviewDatesMixin.review_panel(),
    ]
    settings_panels = [FieldPanel("show_contents"), *BasePage.settings_panels]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("key_facts"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("guidance page")

    @property
    def live_audiences(self):
        """The audiences chosen, without terms never published (they go through the approval workflow)."""
        return [audience for audience in self.audiences.all() if audience.live]

    def extra_search_text(self):
        """Its readers and its helplines' names, in its language: a search for 保護者 or #8103 finds it."""
        return [audience.name for audience in self.live_audiences] + [
            f"{helpline.name} {helpline.phone_number}" for helpline in self.related_help()
        ]

    @cached_property
    def contents(self):
        """The page's level-2 headings, for the table of contents."""
        return [
            child.value for child in self.body if child.block_type == "heading" and child.value.get("level") == "h2"
        ]

    def related_help(self):
        """The chosen helplines that are published in this page's language, in the chosen order."""
        ids = list(self.related_helplines.values_list("helpline_id", flat=True))
        if not ids:
            return []
        found = {helpline.pk: helpline for helpline in Helpline.objects.published_in(self.locale_id).filter(pk__in=ids)}
        return [found[pk] for pk in ids if pk in found]

    def get_context(self, request, *args, **kwargs):
        """Key facts and contents come from the page; then its helplines with whether each is open now (the
        page is cached until one opens or closes), its materials and its sibling guidance."""
        context = super().get_context(request, *args, **kwargs)
        helplines = self.related_help()
        expiry.changes_at(request, Helpline.show_status(helplines, timezone.now()))
        context["related_helplines"] = helplines
        if helplines:
            context["help_index"] = HelpIndexPage.objects.live().filter(locale_id=self.locale_id).first()
        context["related_materials"] = [
            link.material
            for link in with_card_images(
                self.related_materials.select_related("material", "material__material_format"),
                "material__listing_image",
            )
            if link.material.live
        ]
        context["siblings"] = (
            GuidancePage.objects.sibling_of(self, inclusive=False).live().public().defer_streamfields().order_by("path")
        )
        return context


class EasyReadPageForm(ReadingsFormMixin, SitePageForm):
    pass


class EasyReadPage(ReaderGradeMixin, BasePage):
    """The やさしい日本語 version of a page children read, kept under that page: short sentences, plain words
    and a reading on every kanji. Each links to the other (docs/architecture.md, "Easy Japanese")."""

    introduction = models.TextField(_("introduction"), max_length=600, help_text=_("The opening paragraph."))
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"))
    reader_grade = models.PositiveSmallIntegerField(
        _("reader's school grade"),
        choices=READER_GRADES,
        default=3,
        help_text=_(
            "The youngest reader the page is written for: the kanji check lists the kanji taught after this grade."
        ),
    )

    template = "pages/easy_read_page.html"
    base_form_class = EasyReadPageForm
    is_easy_version = True
    parent_page_types = ["guidance.GuidancePage", "help.StepByStepPage"]
    subpage_types = []
    max_count_per_parent = 1
    show_quick_exit = True
    every_kanji_needs_reading = True
    reading_fields = ("introduction", "body")
    page_description = _(
        "The easy-Japanese (やさしい日本語) version of the page above it, for children: short sentences and a reading on every kanji. Japanese pages only. Shows the quick exit."
    )
    editor_guide = _(
        "Write short sentences, one idea each, with a space between phrases if it helps. Put a reading on every kanji (｜漢字《かんじ》), or tick “Suggest readings when saving” and check each one. Choose the youngest reader's grade: the kanji check lists what they have not learnt."
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("body"),
        ReaderGradeMixin.readings_panel(),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction"), index.SearchField("body")]

    class Meta:
        verbose_name = _("easy-Japanese version")

    @classmethod
    def can_create_at(cls, parent):
        """Only under a Japanese page: やさしい日本語 has no English version."""
        return super().can_create_at(parent) and parent.locale.language_code == "ja"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        parent = self._known_parent()  # a preview of a page not yet saved may have none
        context["usual_version"] = parent.specific if parent is not None else None
        return context


class GuidanceRelatedHelpline(Orderable):
    page = ParentalKey(GuidancePage, on_delete=models.CASCADE, related_name="related_helplines")
    helpline = models.ForeignKey(
        "help.Helpline", verbose_name=_("helpline"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("helpline")]

    class Meta(Orderable.Meta):
        verbose_name = _("related helpline")


class GuidanceRelatedMaterial(Orderable):
    page = ParentalKey(GuidancePage, on_delete=models.CASCADE, related_name="related_materials")
    material = models.ForeignKey(
        "materials.MaterialPage", verbose_name=_("material"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("material")]

    class Meta(Orderable.Meta):
        verbose_name = _("related material")
