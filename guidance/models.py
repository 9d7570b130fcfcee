"""Guidance: what the law forbids, how to prevent harm, what to do, and how serious the harm is."""

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from core.blocks import BaseStreamBlock
from core.forms import LocalizedChoicesPageForm
from core.models import BasePage
from core.review import ReviewDatesMixin, due_for_review
from core.utils import with_card_images


class KeyFactBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), max_length=80)
    text = blocks.TextBlock(label=_("text"), max_length=300)

    class Meta:
        icon = "pick"
        label = _("Key fact")
        template = "blocks/key_fact.html"
        preview_value = {
            "heading": "Possession is a crime",
            "text": "Possessing it for one's own sexual curiosity has been punishable since 15 July 2015.",
        }


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


class GuidancePageForm(LocalizedChoicesPageForm):
    localized_fields = ("audiences",)


class GuidancePage(ReviewDatesMixin, BasePage):
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
    victim_facing = models.BooleanField(
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
    subpage_types = []
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
            [FieldPanel("audiences", widget=forms.CheckboxSelectMultiple), FieldPanel("victim_facing")],
            heading=_("Readers"),
        ),
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

    @property
    def shows_quick_exit(self):
        return self.victim_facing

    @cached_property
    def contents(self):
        """The page's level-2 headings, for the table of contents."""
        return [
            child.value for child in self.body if child.block_type == "heading" and child.value.get("level") == "h2"
        ]

    def related_help(self, now):
        """The chosen helplines that are live, in the chosen order, with whether each is open now."""
        from help import hours
        from help.views import helplines_for

        ids = list(self.related_helplines.values_list("helpline_id", flat=True))
        found = {helpline.pk: helpline for helpline in helplines_for(self.locale_id).filter(pk__in=ids)} if ids else {}
        helplines = [found[pk] for pk in ids if pk in found]
        for helpline in helplines:
            helpline.current_status = helpline.status(now)
        changes = [hours.next_change(h.schedule, now) for h in helplines if not h.schedule.is_empty]
        return {"related_helplines": helplines, "next_hours_change": min((c for c in changes if c), default=None)}

    def serve(self, request, *args, **kwargs):
        from help.views import expire_when_hours_change

        return expire_when_hours_change(super().serve(request, *args, **kwargs))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.related_help(timezone.now()))
        if context["related_helplines"]:
            from help.models import HelpIndexPage

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


def pages_due_for_review(today=None, within_days=None):
    """Live guidance whose next review is past or within `within_days`, soonest first."""
    return due_for_review(GuidancePage, today, within_days)
