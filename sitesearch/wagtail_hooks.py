from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import LiveStatusTagColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from sitesearch.models import SearchSynonym


class SearchSynonymViewSet(SnippetViewSet):
    model = SearchSynonym
    icon = "search"
    menu_label = _("Search synonyms")
    menu_order = 290
    add_to_admin_menu = True
    list_display = ["name", "terms", "locale", LiveStatusTagColumn()]
    list_filter = ["locale", "live"]
    search_fields = ["name", "terms"]


register_snippet(SearchSynonymViewSet)
