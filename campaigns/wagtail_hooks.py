from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from campaigns.dashboard import CampaignsStartingSoonPanel
from campaigns.models import Organiser, Venue


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
    menu_icon = "date"
    menu_label = _("Organisers and venues")
    menu_name = "organisers-and-venues"


register_snippet(CampaignSnippets)


@hooks.register("construct_homepage_panels")
def add_campaigns_starting_soon(request, panels):
    panels.append(CampaignsStartingSoonPanel())
