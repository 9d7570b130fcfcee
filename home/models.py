"""The home page of each language, and the general content page (About, Privacy, Accessibility, Terms)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from campaigns.models import CampaignCalendarPage, Occurrence, attach_pages, next_change
from core import expiry
from core.blocks import BaseStreamBlock
from core.images import with_card_images
from core.models import BasePage
from news.models import NewsIndexPage, NewsPage


class HomePage(BasePage):
    """The front page of one language. There is one per language, at the root of its tree."""

    hero_heading = models.CharField(_("hero heading"), max_length=120)
    hero_text = models.TextField(_("hero text"), max_length=400, help_text=_("One or two sentences under the heading."))
    hero_primary_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("primary link"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Usually the help page: the one place a worried visitor must find."),
    )
    hero_primary_text = models.CharField(_("primary link text"), max_length=60, blank=True)
    hero_secondary_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("secondary link"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_secondary_text = models.CharField(_("secondary link text"), max_length=60, blank=True)
    sections_heading = models.CharField(
        _("sections heading"),
        max_length=120,
        blank=True,
        help_text=_("Heading above the cards that link to each section shown in the menu."),
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    template = "pages/home_page.html"
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.ContentPage",
        "guidance.GuidanceIndexPage",
        "figures.StatisticsPage",
        "campaigns.CampaignCalendarPage",
        "materials.MaterialsIndexPage",
        "news.NewsIndexPage",
        "help.HelpIndexPage",
    ]
    page_description = _("The front page of the site in one language. There is exactly one per language.")
    editor_guide = _(
        "The front page of one language, read first by every visitor. Keep the hero to one heading and one or two sentences, and make the primary link the help page. The campaign running now, the next campaigns, the helplines and the latest news appear by themselves from their own pages."
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldPanel("hero_primary_page"),
                FieldPanel("hero_primary_text"),
                FieldPanel("hero_secondary_page"),
                FieldPanel("hero_secondary_text"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("sections_heading"),
        HelpPanel(
            content=_("Section cards list the pages under this one that are shown in menus, with their summaries.")
        ),
        FieldPanel("body"),
    ]

    search_fields = [*BasePage.search_fields, index.SearchField("hero_text"), index.SearchField("body")]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        """The sections shown in the menu as cards, what the calendar runs now and next (the page is cached
        until that changes), and the latest news."""
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = with_card_images(
            self.get_children().live().public().in_menu().specific().defer_streamfields().order_by("path")
        )
        highlights = self.calendar_highlights()
        expiry.changes_at(request, next_change(highlights.pop("calendar_occurrences"), timezone.now()))
        context.update(highlights)
        context["latest_news"] = self.latest_news()
        context["news_index"] = next((s for s in context["sections"] if isinstance(s, NewsIndexPage)), None)
        return context

    def latest_news(self, count=3):
        return list(
            NewsPage.objects.descendant_of(self).live().public().defer_streamfields().order_by("-date", "-pk")[:count]
        )

    def calendar_highlights(self):
        """The campaign running now (or the next one) and the next events, in this language."""
        today = timezone.localdate()
        occurrences = Occurrence.objects.under(self.path).filter(cancelled=False)
        running = list(occurrences.campaigns().running_on(today))
        upcoming = list(occurrences.campaigns().filter(start_date__gt=today)[:1])
        events = list(occurrences.events().filter(end_date__gte=today)[:3])
        attach_pages([*running, *upcoming, *events], locale_id=self.locale_id)
        return {
            "running_campaigns": running,
            "next_campaign": upcoming[0] if upcoming else None,
            "next_campaigns": upcoming,
            "next_events": events,
            "calendar": CampaignCalendarPage.objects.child_of(self).live().first(),
            "calendar_occurrences": [*running, *upcoming, *events],
        }


class ContentPage(BasePage):
    """A general page: about, privacy, accessibility, terms, and sections until they get their own types."""

    introduction = models.TextField(
        _("introduction"), blank=True, max_length=600, help_text=_("The opening paragraph, shown larger.")
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))
    show_children = models.BooleanField(
        _("list subpages"),
        default=True,
        help_text=_("Show the pages under this one as cards after the body."),
    )
    show_quick_exit = models.BooleanField(
        _("show the quick exit"),
        default=False,
        help_text=_("For pages a child or victim may read. Never on pages for teachers or about campaigns."),
    )

    template = "pages/content_page.html"
    parent_page_types = ["home.HomePage", "home.ContentPage", "help.HelpIndexPage"]
    subpage_types = ["home.ContentPage"]
    page_description = _("A general page with text, such as About, Privacy or an introduction to a section.")
    editor_guide = _(
        "For About, Privacy, Accessibility, Terms and other general text. Put the opening paragraph in Introduction and everything else in Body; tick the quick exit (under Settings) only for pages a child or victim may read."
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("body"),
        FieldPanel("show_children"),
    ]
    # The editor's guide sends editors here ("tick the quick exit (under Settings)").
    settings_panels = [FieldPanel("show_quick_exit"), *BasePage.settings_panels]

    search_fields = [*BasePage.search_fields, index.SearchField("introduction"), index.SearchField("body")]

    class Meta:
        verbose_name = _("content page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.show_children:
            context["children"] = with_card_images(
                self.get_children().live().public().specific().defer_streamfields().order_by("path")
            )
        return context
