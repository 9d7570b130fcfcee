from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from campaigns.dashboard import CampaignsStartingSoonPanel
from campaigns.models import CampaignCalendarPage, CampaignPage, Organiser, Venue


class OrganiserViewSet(SnippetViewSet):
    model = Organiser
    icon = "group"
    menu_label = _("Organisers")
    list_display = ["name", "url", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "site"
    menu_label = _("Venues")
    list_display = ["name", "address", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "address"]


class CampaignSnippets(SnippetViewSetGroup):
    items = (OrganiserViewSet, VenueViewSet)
    menu_icon = "group"
    menu_label = _("Organisers and venues")
    menu_name = "organisers-and-venues"


register_snippet(CampaignSnippets)


@hooks.register("construct_homepage_panels")
def add_campaigns_starting_soon(request, panels):
    panels.append(CampaignsStartingSoonPanel())


def open_the_calendar(request):
    """The calendar's pages in the explorer, in the admin's language (else the other one)."""
    calendars = CampaignCalendarPage.objects.order_by("path")
    calendar = calendars.filter(locale__language_code=get_language()).first() or calendars.first()
    if calendar is None:
        return redirect("wagtailadmin_explore_root")
    return redirect("wagtailadmin_explore", calendar.pk)


@hooks.register("register_admin_urls")
def register_calendar_url():
    return [path("campaign-calendar/", open_the_calendar, name="campaigns_calendar")]


@hooks.register("register_admin_menu_item")
def register_calendar_menu_item():
    """「キャンペーンカレンダー」 in the sidebar: the campaigns and events, where editors add and change them."""
    return MenuItem(_("Campaign calendar"), reverse("campaigns_calendar"), icon_name="date", order=270)


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_of_overlapping_campaigns(request, page):
    """After a save, a warning when another campaign of the same kind runs at the same time (the schedule
    panel lists them too: campaigns/panels.py)."""
    page = page.specific
    if not isinstance(page, CampaignPage):
        return
    overlaps = page.overlapping_campaigns()
    if overlaps:
        messages.warning(
            request,
            _("This campaign's dates meet those of %(titles)s, of the same kind: is it one that exists already?")
            % {
                "titles": "、".join(f"「{other.title}」" for other, _span in overlaps)
                if get_language() == "ja"
                else ", ".join(f"“{other.title}”" for other, _span in overlaps)
            },
        )
