"""The shared base pages and the site-wide settings."""

from django.conf import settings
from django.db import models
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel, TitleFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Page, Site
from wagtail.search import index

from core import expiry, readings, slugs
from core.editor_guide import EditorGuidePanel
from core.forms import SitePageForm
from core.params import BadQueryParameter
from core.search import index_text, plain_text, tokens_enabled
from core.shared import remembered
from pagecache import variants


class BasePage(Page):
    """Abstract base for every page type: listing fields (how the page appears in lists and cards)
    and social fields (how it appears when shared). No table of its own, so no extra join."""

    listing_title = models.CharField(
        _("listing title"),
        max_length=255,
        blank=True,
        help_text=_("A shorter title for cards and lists. Leave blank to use the page title."),
    )
    listing_summary = models.TextField(
        _("listing summary"),
        blank=True,
        max_length=300,
        help_text=_("One or two plain sentences for cards, lists and search results."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on cards. Never use photographs of children or anything suggestive."),
    )
    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared (Open Graph). 1200 × 630 pixels works best."),
    )
    social_text = models.CharField(
        _("social text"),
        max_length=255,
        blank=True,
        help_text=_("Description when shared. Leave blank to use the search description or summary."),
    )

    # Every page type opens with its own guide and the publishing rules (core/editor_guide.py).
    editor_guide = ""
    base_form_class = SitePageForm

    # The title does not fill the slug as it is typed (Wagtail's script would make nothing, or a bare number,
    # of a Japanese title): a slug left blank is made in rōmaji when the page is saved (core/slugs.py).
    content_panels = [EditorGuidePanel(), TitleFieldPanel("title", targets=[])]

    listing_panels = [
        MultiFieldPanel(
            [FieldPanel("listing_title"), FieldPanel("listing_summary"), FieldPanel("listing_image")],
            heading=_("Listing"),
        ),
    ]
    social_panels = [
        MultiFieldPanel([FieldPanel("social_image"), FieldPanel("social_text")], heading=_("Sharing")),
    ]
    promote_panels = [
        MultiFieldPanel(Page.promote_panels, heading=_("Address and search engines")),
        *listing_panels,
        *social_panels,
        HelpPanel(
            content=_(
                "The summary and listing image appear wherever this page is listed: section pages, the home page and search results."
            )
        ),
    ]

    # search_tokens: the page's text as search tokens (core/search.py), so that Japanese, which has no
    # spaces between words, is found by any word inside it on every search backend.
    search_fields = [*Page.search_fields, index.SearchField("listing_summary"), index.SearchField("search_tokens")]

    # Pages a child or victim may read show the quick exit: help pages always, other pages when an editor
    # ticks their `show_quick_exit` field.
    show_quick_exit = False
    # An EasyReadPage is the やさしい日本語 version of the page it sits under (docs/architecture.md).
    is_easy_version = False
    # The query parameters the page reads (?page=, ?year=, filters): any other is redirected away before the
    # page renders, so made-up query strings neither skip the page cache nor fill it (pagecache/variants.py).
    query_parameters = ()

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["easy_version"] = self.easy_version()
        return context

    def easy_version(self):
        """The live やさしい日本語 version under this page, or None: one query, none for a page whose type can
        have no such version or a page in another language than Japanese."""
        kinds = [
            model for model in self.specific_class.allowed_subpage_models() if model.__dict__.get("is_easy_version")
        ]
        if not kinds or translation.get_language() != "ja":
            return None
        return Page.objects.child_of(self).live().public().type(*kinds).first()

    def serve(self, request, *args, **kwargs):
        redirect = variants.enforce(request, self.query_parameters)
        if redirect is not None:
            return redirect
        try:
            response = super().serve(request, *args, **kwargs)
        except BadQueryParameter:
            return self.bad_request(request)
        return expiry.apply(request, response)

    def _known_parent(self):
        return self.get_parent() if (self.path or getattr(self, "_cached_parent_obj", None)) else None

    def _set_core_field_defaults(self):
        # Wagtail makes a missing slug from the title with Django's slugify, which makes nothing of a Japanese
        # title (Unicode slugs are off) or a bare number of 「…（2027年）」: propose one in rōmaji first.
        parent = None if self.slug or not self.title else self._known_parent()
        if parent is not None:
            proposal = slugs.propose(self.title, parent)
            if proposal:
                self.slug = self._get_autogenerated_slug(proposal)
        super()._set_core_field_defaults()

    def bad_request(self, request):
        """The site's 400 page for a query parameter that no link or form of this site produces."""
        return TemplateResponse(request, "400.html", {"page": self, "back_url": request.path}, status=400)

    @property
    def display_title(self):
        return self.listing_title or self.title

    @property
    def summary(self):
        return self.listing_summary or self.search_description

    def extra_search_text(self):
        """Text shown on the page that does not live in its own fields (a help page's helplines, say)."""
        return []

    # Whether a search result's excerpt may come from `extra_search_text()` as well as the page's own fields:
    # only where that text is read in a fixed number of queries whatever the results (one help page and
    # one statistics page per language), never where each result would cost its own queries.
    excerpt_from_extra_text = False

    def search_text(self, include_title=True, include_extra=True):
        """Everything searchable on the page as plain text: for the search tokens and for result excerpts."""
        parts = []
        for field in self.get_search_fields():
            name = getattr(field, "field_name", "")
            if not isinstance(field, index.SearchField) or name == "search_tokens":
                continue
            if name == "title" and not include_title:
                continue
            parts.append(readings.plain(plain_text(field.get_value(self))))
        if include_extra:
            parts.extend(self.extra_search_text())
        return "\n".join(part for part in parts if part)

    def search_tokens(self):
        return index_text(self.search_text()) if tokens_enabled() else ""

    @property
    def meta_description(self):
        """For <meta name="description">: the search description, else the summary, else the opening text."""
        text = self.search_description or self.listing_summary
        for name in ("introduction", "lead", "hero_text"):
            if not text:
                text = getattr(self, name, "") or ""
        return " ".join(readings.plain(str(text)).split())

    @property
    def share_description(self):
        return self.social_text or self.meta_description


class RoutableBasePage(RoutablePageMixin, BasePage):
    """A page with sub-routes of its own (a calendar's months, a feed, a CSV file). Its routes follow the
    same rules as BasePage.serve: a bad query parameter gets the 400 page, and the page's own expiry."""

    class Meta:
        abstract = True

    @classmethod
    def route_first_segments(cls):
        """The first path segment of each of this page's routes, as regular expressions: a child whose slug
        matches one would never be reached, because the route answers first (core/slugs.py)."""
        segments = []
        for pattern in cls.get_subpage_urls():
            regex = pattern.pattern.regex.pattern.removeprefix("^")
            if "/" not in regex:  # the page itself ("")
                continue
            first = regex.split("/", 1)[0]
            if first and first not in segments:
                segments.append(first)
        return segments

    def serve(self, request, view=None, args=None, kwargs=None):
        redirect = variants.enforce(request, self.query_parameters)  # one declaration for all its routes
        if redirect is not None:
            return redirect
        try:
            response = super().serve(request, view, args, kwargs)
        except BadQueryParameter:
            return self.bad_request(request)
        return expiry.apply(request, response)


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Values shown on every page. Labels are translated in the templates; numbers and links live here."""

    police_number = models.CharField(
        _("police emergency number"), max_length=20, default="110", help_text=_("Shown in the footer of every page.")
    )
    child_guidance_number = models.CharField(
        _("child guidance centre number"),
        max_length=20,
        default="189",
        help_text=_("The national child guidance centre dial, shown in the footer of every page."),
    )
    childrens_rights_dial_number = models.CharField(
        _("Children's Rights Dial 110 number"),
        max_length=20,
        default="0120-007-110",
        help_text=_("The Ministry of Justice's free line for children, shown on the home page and error pages."),
    )
    quick_exit_url = models.URLField(
        _("quick exit destination"),
        default="https://www.jma.go.jp/bosai/forecast/",
        help_text=_("Where the quick exit goes: a neutral, everyday page (the default is the weather forecast)."),
    )
    safety_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("safety page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page on covering your tracks, linked from the quick exit."),
    )
    help_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("help page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    terms_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("terms page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("police_number"),
                FieldPanel("child_guidance_number"),
                FieldPanel("childrens_rights_dial_number"),
            ],
            heading=_("Emergency numbers"),
        ),
        MultiFieldPanel([FieldPanel("quick_exit_url"), FieldPanel("safety_page")], heading=_("Quick exit")),
        MultiFieldPanel(
            [
                HelpPanel(content=_("Choose the Japanese page; the footer links to its translation on English pages.")),
                FieldPanel("help_page"),
                FieldPanel("privacy_page"),
                FieldPanel("accessibility_page"),
                FieldPanel("terms_page"),
            ],
            heading=_("Footer links"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def for_request(cls, request):
        """On public pages, kept between requests like the chrome (core/shared.py), so templates reading
        `settings.core.SiteSettings` cost no query; in the admin, Wagtail's own."""
        if getattr(request, "path", "").startswith(f"/{settings.ADMIN_URL_PATH}"):
            return super().for_request(request)
        attr = cls.get_cache_attr_name()
        if hasattr(request, attr):
            return getattr(request, attr)
        site = Site.find_for_request(request)
        if site is None:
            raise cls.DoesNotExist("No site for this request.")
        found = remembered(request, ("settings", site.pk), lambda: cls.for_site(site))
        found._request = request
        setattr(request, attr, found)
        return found

    @property
    def footer_page_ids(self):
        return [
            pk for pk in (self.help_page_id, self.privacy_page_id, self.accessibility_page_id, self.terms_page_id) if pk
        ]
