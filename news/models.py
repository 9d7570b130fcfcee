"""News: press releases and announcements, with a year filter and RSS and Atom feeds."""

import datetime

from django.db import models
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import BaseStreamBlock
from core.expiry import MAX_AGE
from core.models import BasePage, RoutableBasePage
from core.pagination import paginate
from core.params import whole_number

PER_PAGE = 10
FEED_ITEMS = 20
FEED_TYPES = {"rss": Rss201rev2Feed, "atom": Atom1Feed}


class NewsIndexPage(RoutableBasePage):
    """The news of one language, at /<lang>/news/: newest first, by year, with RSS and Atom feeds."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)
    feed_description = models.CharField(
        _("feed description"),
        max_length=255,
        blank=True,
        help_text=_("Shown by feed readers. Leave blank to use the introduction."),
    )

    template = "pages/news_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1
    query_parameters = ("year", "page")
    page_description = _("The news section of one language: press releases by year, with RSS and Atom feeds.")
    editor_guide = _(
        "The news of one language. Add each release as a news page under this one; the list by year and the feeds are built from them."
    )

    content_panels = [*BasePage.content_panels, FieldPanel("introduction"), FieldPanel("feed_description")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    class Meta:
        verbose_name = _("news index")

    def news(self):
        return (
            NewsPage.objects.child_of(self)
            .live()
            .public()
            .defer_streamfields()
            .order_by("-date", "-first_published_at", "-pk")
        )

    def feed_url(self, kind, request=None):
        return f"{self.get_url(request)}{kind}.xml"

    def feed_links(self, request=None):
        return [
            {
                "type": "application/rss+xml",
                "title": f"{self.title} (RSS)",
                "label": _("RSS feed"),
                "href": self.feed_url("rss", request),
            },
            {
                "type": "application/atom+xml",
                "title": f"{self.title} (Atom)",
                "label": _("Atom feed"),
                "href": self.feed_url("atom", request),
            },
        ]

    @path("")
    def index_route(self, request):
        return self.render(request, context_overrides=self.listing_context(request))

    def listing_context(self, request):
        """Newest first, by ?year= (a year with news, else 404; not a year, 400) and ?page=."""
        year = whole_number(request.GET.get("year"), minimum=1900, maximum=2999)
        years = [d.year for d in self.news().dates("date", "year", order="DESC")]
        items = self.news()
        if year is not None:
            if year not in years:
                raise Http404("No news that year")
            items = items.filter(date__year=year)
        page_obj = paginate(request, items, PER_PAGE)
        return {
            "news_items": page_obj.object_list,
            "page_obj": page_obj,
            "years": years,
            "selected_year": year,
            "query_string": f"year={year}" if year else "",
        }

    @path("rss.xml/", name="rss")
    def rss(self, request):
        return self.feed(request, "rss")

    @path("atom.xml/", name="atom")
    def atom(self, request):
        return self.feed(request, "atom")

    def feed(self, request, kind):
        feed_class = FEED_TYPES[kind]
        home = request.build_absolute_uri(self.get_url(request))
        generator = feed_class(
            title=self.seo_title or self.title,
            link=home,
            description=self.feed_description or self.introduction or self.title,
            language=self.locale.language_code,
            feed_url=request.build_absolute_uri(self.feed_url(kind, request)),
        )
        items = list(self.news()[:FEED_ITEMS])
        for item in items:
            url = request.build_absolute_uri(item.get_url(request))
            generator.add_item(
                title=item.title,
                link=url,
                description=item.lead,
                unique_id=url,
                unique_id_is_permalink=True,
                pubdate=item.published_datetime,
                updateddate=item.last_published_at or item.published_datetime,
            )
        response = HttpResponse(content_type=f"{generator.content_type}")
        generator.write(response, "utf-8")
        response["Cache-Control"] = f"public, max-age={MAX_AGE}"
        if items:
            response["Last-Modified"] = max(i.last_published_at or i.published_datetime for i in items).strftime(
                "%a, %d %b %Y %H:%M:%S GMT"
            )
        return response


class NewsPage(BasePage):
    """A press release or announcement."""

    date = models.DateField(
        _("date"), default=datetime.date.today, help_text=_("The date of the release, shown to readers.")
    )
    lead = models.TextField(
        _("lead"), max_length=400, help_text=_("One or two sentences: shown under the title, in lists and in feeds.")
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"))
    related_campaign = models.ForeignKey(
        "campaigns.CampaignPage",
        verbose_name=_("related campaign"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    template = "pages/news_page.html"
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    page_description = _("A press release or announcement, with its date and a related campaign.")
    editor_guide = _(
        "A press release or announcement. The date is the release date shown to readers; to publish it at a set time, set “Go live date/time” under Status → “Set schedule”."
    )

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("date")]),
        FieldPanel("lead"),
        FieldPanel("body"),
        FieldPanel("related_campaign"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    @property
    def summary(self):
        return self.listing_summary or self.lead

    @cached_property
    def published_datetime(self):
        """The release date as a moment in Japan time, for feeds."""
        return timezone.make_aware(datetime.datetime.combine(self.date, datetime.time(9, 0)))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        campaign = self.related_campaign
        context["related_campaign"] = campaign if campaign is not None and campaign.live else None
        context["news_index"] = NewsIndexPage.objects.parent_of(self).first()
        return context
