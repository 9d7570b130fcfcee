"""Get help: helplines as data (with opening hours), the help page, the reporting guide and the quick exit."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, InlinePanel, MultiFieldPanel, PublishingPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index

from core import expiry
from core.blocks import BaseStreamBlock
from core.links import tel_href
from core.models import BasePage
from help import hours
from help.blocks import RouteBlock

WEEKDAYS = [
    (0, _("Monday")),
    (1, _("Tuesday")),
    (2, _("Wednesday")),
    (3, _("Thursday")),
    (4, _("Friday")),
    (5, _("Saturday")),
    (6, _("Sunday")),
]

WHO = {
    "child": _("I am a child or young person"),
    "parent": _("I am a parent or carer"),
    "teacher": _("I am a teacher or professional"),
}
WHO_FIELDS = {"child": "for_children", "parent": "for_parents", "teacher": "for_teachers"}
SITUATIONS = {
    "danger-now": _("A child is in danger now"),
    "abuse-at-home": _("Abuse at home"),
    "want-to-talk": _("A child wants to talk"),
    "images-online": _("Images of a child are online"),
    "illegal-content": _("I found illegal content online"),
    "site-operator": _("I run a website or service"),
}


ALTERNATIVES = 3  # open lines named on a closed line's card


class HelplineQuerySet(models.QuerySet):
    def published_in(self, locale_id):
        """The published helplines of one language with their numbers and hours, in the editors' order:
        three queries for the hours, whatever the number of helplines."""
        return (
            self.filter(locale_id=locale_id, live=True)
            .prefetch_related(
                "fallbacks",
                Prefetch("weekly_hours", queryset=HelplineWeeklyHours.objects.order_by("weekday", "opens")),
                Prefetch("special_hours", queryset=HelplineSpecialHours.objects.order_by("start_date", "opens")),
            )
            .order_by("sort_order", "name")
        )

    def for_urgent_box(self, locale_id):
        """The published lines of the "Need help now?" box, with their hours (three queries)."""
        return (
            self.filter(locale_id=locale_id, live=True, in_urgent_box=True)
            .prefetch_related(
                Prefetch("weekly_hours", queryset=HelplineWeeklyHours.objects.order_by("weekday", "opens")),
                Prefetch("special_hours", queryset=HelplineSpecialHours.objects.order_by("start_date", "opens")),
            )
            .order_by("sort_order", "name")
        )


class Helpline(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, index.Indexed, ClusterableModel
):
    """A helpline or reporting service, with its numbers, channels and opening hours as data."""

    name = models.CharField(_("name"), max_length=200)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    description = models.TextField(_("what it is for"), max_length=600)
    summary = models.CharField(
        _("in a few words"),
        max_length=80,
        blank=True,
        help_text=_(
            "Who and what it is for, shown in the “Need help now?” box. For example: if a child is in danger now."
        ),
    )
    phone_number = models.CharField(
        _("phone number"), max_length=30, blank=True, help_text=_("As people dial it, e.g. 0120-007-110.")
    )
    toll_free = models.BooleanField(_("free to call"), default=False)
    line_url = models.URLField(_("LINE"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    web_form_url = models.URLField(_("web form or website"), blank=True)
    chat_url = models.URLField(
        _("chat"), blank=True, help_text=_("Where to start a web or SNS chat, if the service answers by chat.")
    )
    letter = models.TextField(
        _("by letter"), blank=True, max_length=400, help_text=_("How to write, if letters are accepted.")
    )
    languages = models.CharField(_("languages"), max_length=200, blank=True)
    anonymous = models.BooleanField(_("can be used anonymously"), default=False)
    for_children = models.BooleanField(_("for children and young people"), default=False)
    for_parents = models.BooleanField(_("for parents and carers"), default=False)
    for_teachers = models.BooleanField(_("for teachers and professionals"), default=False)
    danger_now = models.BooleanField(SITUATIONS["danger-now"], default=False)
    abuse_at_home = models.BooleanField(SITUATIONS["abuse-at-home"], default=False)
    want_to_talk = models.BooleanField(SITUATIONS["want-to-talk"], default=False)
    images_online = models.BooleanField(SITUATIONS["images-online"], default=False)
    illegal_content = models.BooleanField(SITUATIONS["illegal-content"], default=False)
    site_operator = models.BooleanField(SITUATIONS["site-operator"], default=False)
    always_open = models.BooleanField(_("open 24 hours, every day"), default=False)
    closed_on_public_holidays = models.BooleanField(_("closed on public holidays"), default=False)
    closed_over_new_year = models.BooleanField(
        _("closed over the New Year holidays"), default=False, help_text=_("29 December to 3 January.")
    )
    in_urgent_box = models.BooleanField(
        _("in the “Need help now?” box"),
        default=False,
        help_text=_(
            "Shown in the box on the home, help and search pages while it is open. Lines open 24 hours keep the box from ever being empty."
        ),
    )
    hours_note = models.CharField(_("note on hours"), max_length=200, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)

    objects = HelplineQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("organisation"),
        FieldPanel("description"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("phone_number"), FieldPanel("toll_free")]),
                InlinePanel("fallbacks", label=_("fallback number")),
            ],
            heading=_("Phone"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("web_form_url"),
                FieldPanel("chat_url"),
                FieldPanel("line_url"),
                FieldPanel("email"),
                FieldPanel("letter"),
                FieldPanel("anonymous"),
                FieldPanel("languages"),
            ],
            heading=_("Other ways to get in touch"),
        ),
        MultiFieldPanel(
            [FieldPanel("for_children"), FieldPanel("for_parents"), FieldPanel("for_teachers")],
            heading=_("Who it is for"),
        ),
        MultiFieldPanel(
            [
                FieldPanel(name)
                for name in (
                    "danger_now",
                    "abuse_at_home",
                    "want_to_talk",
                    "images_online",
                    "illegal_content",
                    "site_operator",
                )
            ],
            heading=_("What it covers"),
        ),
        MultiFieldPanel(
            [
                HelpPanel(
                    content=_(
                        "Times are Japan time. A closing time at or before the opening time means after midnight."
                    )
                ),
                FieldPanel("always_open"),
                FieldPanel("closed_on_public_holidays"),
                FieldPanel("closed_over_new_year"),
                InlinePanel("weekly_hours", label=_("weekly hours")),
                InlinePanel("special_hours", label=_("special period")),
                FieldPanel("hours_note"),
            ],
            heading=_("Opening hours"),
        ),
        FieldPanel("in_urgent_box"),
        FieldPanel("sort_order"),
        PublishingPanel(),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("description"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("helpline")
        verbose_name_plural = _("helplines")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    @property
    def tel_href(self):
        return tel_href(self.phone_number) if self.phone_number else ""

    def get_schedule(self):
        weekly = tuple(
            hours.WeeklyHours(opens=h.opens, closes=h.closes, weekday=h.weekday) for h in self.weekly_hours.all()
        )
        specials = {}
        for row in self.special_hours.all():
            key = (row.start_date, row.end_date, row.label)
            specials.setdefault(key, [])
            if not row.closed:
                specials[key].append(hours.Hours(opens=row.opens, closes=row.closes))
        return hours.Schedule(
            weekly=weekly,
            specials=tuple(
                hours.SpecialPeriod(start=s, end=e, label=label, hours=tuple(h))
                for (s, e, label), h in specials.items()
            ),
            closed_on_public_holidays=self.closed_on_public_holidays,
            always_open=self.always_open,
            closed_over_new_year=self.closed_over_new_year,
        )

    @cached_property
    def schedule(self):
        return self.get_schedule()

    def status(self, now=None):
        if self.schedule.is_empty:
            return None
        return hours.status_at(self.schedule, now or timezone.now())

    def matches(self, who=None, situation=None):
        if who and not getattr(self, WHO_FIELDS[who]):
            return False
        return not situation or getattr(self, situation.replace("-", "_"))

    @property
    def is_open_now(self):
        """After show_status: open at that moment (a line with no hours, a letter or a web form, is not
        counted as a line that answers now)."""
        status = getattr(self, "current_status", None)
        return bool(status and status.is_open)

    @property
    def audiences(self):
        return {who for who, field in WHO_FIELDS.items() if getattr(self, field)}

    @staticmethod
    def show_status(helplines, now, alternatives=ALTERNATIVES):
        """Give each helpline `current_status` ("open now, until…", "opens at…") at `now`, and each closed one
        `open_instead`: up to `alternatives` lines open at that moment for the same people, emergency lines
        last, so that a closed line never leaves its reader with nowhere to turn. Return the next moment any
        of them opens or closes (None when none will), for the page's expiry."""
        changes = []
        for helpline in helplines:
            helpline.current_status = helpline.status(now)
            if not helpline.schedule.is_empty:
                changes.append(hours.next_change(helpline.schedule, now))
        open_now = sorted((h for h in helplines if h.is_open_now), key=lambda h: (h.danger_now, h.sort_order))
        for helpline in helplines:
            status = helpline.current_status
            if status is None or status.is_open:
                helpline.open_instead = []
                continue
            same_people = [h for h in open_now if h.audiences & helpline.audiences] or open_now
            helpline.open_instead = same_people[:alternatives]
        return min((change for change in changes if change), default=None)

    @staticmethod
    def urgent_now(helplines):
        """After show_status: the lines of the "Need help now?" box that are open, in the editors' order."""
        return [h for h in helplines if h.in_urgent_box and h.is_open_now]


class HelplineFallback(Orderable):
    helpline = ParentalKey(Helpline, on_delete=models.CASCADE, related_name="fallbacks")
    number = models.CharField(_("number"), max_length=30, blank=True)
    note = models.CharField(
        _("when to use it"), max_length=200, help_text=_("For example: from IP phones that cannot call 0120 numbers.")
    )

    panels = [FieldPanel("number"), FieldPanel("note")]


class HelplineWeeklyHours(Orderable):
    helpline = ParentalKey(Helpline, on_delete=models.CASCADE, related_name="weekly_hours")
    weekday = models.PositiveSmallIntegerField(_("day"), choices=WEEKDAYS)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")])]

    class Meta(Orderable.Meta):
        verbose_name = _("weekly hours")


class HelplineSpecialHours(Orderable):
    """Other hours over dated days, such as an intensive week. They replace the weekly hours on those days."""

    helpline = ParentalKey(Helpline, on_delete=models.CASCADE, related_name="special_hours")
    label = models.CharField(_("name of the period"), max_length=120)
    start_date = models.DateField(_("from"))
    end_date = models.DateField(_("to (inclusive)"))
    closed = models.BooleanField(_("closed on these days"), default=False)
    opens = models.TimeField(_("opens"), null=True, blank=True)
    closes = models.TimeField(_("closes"), null=True, blank=True)

    panels = [
        FieldPanel("label"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldRowPanel([FieldPanel("closed"), FieldPanel("opens"), FieldPanel("closes")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("special period")

    def clean(self):
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end date is before the start date.")
        if not self.closed and (self.opens is None or self.closes is None):
            errors["opens"] = _("Give the opening and closing times, or tick closed.")
        if errors:
            raise ValidationError(errors)


class HelpIndexPage(BasePage):
    """Get help, at /<lang>/help/: emergency numbers first, then every helpline, filterable without JavaScript."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    template = "pages/help_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["help.ReportGuidePage", "help.StepByStepPage", "home.ContentPage"]
    max_count_per_parent = 1
    query_parameters = ("who", "situation")
    page_description = _(
        "The help page of one language: emergency numbers, then every helpline with its hours. Shows the quick exit."
    )
    editor_guide = _(
        "Get help, for children, parents and teachers. The helplines, their numbers and opening hours come from Helplines in the sidebar: change a number there, never in this text. Write in plain words a child understands."
    )

    content_panels = [*BasePage.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction"), index.SearchField("body")]

    # A child or victim may read every help page: they all show the quick exit.
    show_quick_exit = True
    excerpt_from_extra_text = True  # its helplines: one query

    class Meta:
        verbose_name = _("help page")

    def extra_search_text(self):
        """The help page lists every helpline: a search for a helpline's name or number finds it here."""
        return [
            f"{h.name} {h.organisation} {h.phone_number} {h.description}"
            for h in Helpline.objects.filter(locale_id=self.locale_id, live=True)
        ]

    def get_context(self, request, *args, **kwargs):
        """The helplines, filtered by ?who= and ?situation= (unknown values are named on the page and
        ignored), each with whether it is open now and, when closed, which lines are open instead; the
        lines of the "Need help now?" box open now. The page is cached until one opens or closes."""
        context = super().get_context(request, *args, **kwargs)
        who = request.GET.get("who", "")
        situation = request.GET.get("situation", "")
        ignored = [value for value, known in ((who, WHO), (situation, SITUATIONS)) if value and value not in known]
        who = who if who in WHO else ""
        situation = situation if situation in SITUATIONS else ""
        helplines = list(Helpline.objects.published_in(self.locale_id))
        expiry.changes_at(request, Helpline.show_status(helplines, timezone.now()))
        shown = [h for h in helplines if h.matches(who or None, situation or None)]
        context.update(
            {
                "helplines": shown,
                "urgent_lines": Helpline.urgent_now(helplines),
                "helpline_count": len(helplines),
                "who": who,
                "situation": situation,
                "who_options": [{"value": k, "label": v, "selected": k == who} for k, v in WHO.items()],
                "situation_options": [
                    {"value": k, "label": v, "selected": k == situation} for k, v in SITUATIONS.items()
                ],
                "ignored_filters": ignored,
                "subpages": self.get_children().live().public().specific().defer_streamfields(),
            }
        )
        return context


class ReportGuidePage(BasePage):
    """ "Where do I report this?": a short decision guide that works without JavaScript, with no form."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)
    evidence_warning = RichTextField(
        _("evidence warning"),
        features=["bold", "link"],
        help_text=_("Shown first: this site never takes evidence; do not keep, forward or screenshot images."),
    )
    routes = StreamField([("route", RouteBlock())], verbose_name=_("routes"))
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("more information"))

    template = "pages/report_guide_page.html"
    parent_page_types = ["help.HelpIndexPage"]
    subpage_types = []
    page_description = _("A decision guide: which service to contact for each situation. Shows the quick exit.")
    editor_guide = _(
        "Which service to contact for each situation. Say plainly that this site never takes evidence, and tell readers not to keep, share or forward anything."
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("evidence_warning"),
        FieldPanel("routes"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("evidence_warning"),
        index.SearchField("routes"),
        index.SearchField("body"),
    ]

    show_quick_exit = True

    class Meta:
        verbose_name = _("reporting guide")


# The step-by-step guides live in their own module; imported here so that Django and other apps find them.
from help.models.steps import StepByStepPage, StepByStepQuerySet  # noqa: E402

__all__ = ["StepByStepPage", "StepByStepQuerySet"]
