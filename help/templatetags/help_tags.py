"""A helpline's state in words: open until when, or when it opens next (Japan time); and the "Need help
now?" box, with the lines open at this moment."""

from django import template
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.models import Page

from core import chrome, dates, expiry
from core.models import SiteSettings
from core.shared import remembered
from help.models import Helpline, StepByStepPage

register = template.Library()

CHILDREN = [
    ("primary-children", gettext_lazy("For primary school children")),
    ("young-people", gettext_lazy("For young people aged 12 to 17")),
]


@register.inclusion_tag("includes/urgent_help.html", takes_context=True)
def urgent_help(context, lines=None):
    """The "Need help now?" box: the lines chosen for it that are open now, in Japan time. A page that has
    worked them out already passes them (the help page); otherwise they are read here (three queries),
    and the page is cached only until one of them opens or closes (core/expiry.py). With no such line
    published, the emergency numbers of the site settings, which answer at every hour."""
    request, page = context.get("request"), context.get("page")
    locale_id = chrome.current_locale_id(request, page if isinstance(page, Page) else None)
    if lines is None:
        helplines = list(Helpline.objects.for_urgent_box(locale_id))
        moment = Helpline.show_status(helplines, timezone.now())
        if request is not None:
            expiry.changes_at(request, moment)
        lines = Helpline.urgent_now(helplines)
    numbers = SiteSettings.for_request(request)
    help_page = _help_page(request, numbers, locale_id)
    # Guidance written for children, by age: the guidance section's groups for the children's audiences
    # (slugs of the materials taxonomy). The section comes from the menu the header has already read.
    guidance = next((item for item in chrome.navigation(request, page) if item.slug == "guidance"), None)
    for_children = [(slug, label) for slug, label in CHILDREN if guidance is not None]
    return {
        "lines": lines,
        "numbers": numbers,
        "help_page": help_page,
        "guidance": guidance,
        "for_children": for_children,
        "request": request,
    }


def _help_page(request, numbers, locale_id):
    """The help page chosen in the site settings, in the current language (kept like the chrome)."""
    if not numbers.help_page_id:
        return None

    def build():
        chosen = Page.objects.filter(pk=numbers.help_page_id).values("translation_key")
        return Page.objects.live().filter(translation_key__in=chosen, locale_id=locale_id).first()

    return remembered(request, ("help-page", numbers.help_page_id, locale_id), build)


@register.inclusion_tag("includes/step_by_step_nav.html")
def step_by_step_nav(page):
    """ "Part of …": the step-by-step guides whose steps link to `page`, with its step marked."""
    guides = list(StepByStepPage.objects.linking_to(page)) if page is not None and page.pk else []
    return {"guides": [(guide, guide.numbered_steps(current=page)) for guide in guides]}


@register.filter
def opens_text(moment):
    """「受付時間外です。次の受付は11月24日（月）8:30から」 / "Closed now. Opens Monday 24 November at 8:30"."""
    local = timezone.localtime(moment)
    return _("Closed now. Opens %(day)s at %(time)s") % {
        "day": dates.format_day_and_weekday(local),
        "time": dates.format_time(local),
    }


@register.filter
def closes_text(moment):
    """「受付中（17:15まで）」 / "Open now, until 17:15"."""
    return _("Open now, until %(time)s") % {"time": dates.format_time(moment)}
