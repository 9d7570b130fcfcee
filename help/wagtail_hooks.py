from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import LiveStatusTagColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from help.models import Helpline


class HelplineViewSet(SnippetViewSet):
    model = Helpline
    icon = "mail"
    menu_label = _("Helplines")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "phone_number", "locale", LiveStatusTagColumn()]  # 公開/下書き, not True/False
    list_filter = ["locale", "live"]
    search_fields = ["name", "description"]


register_snippet(HelplineViewSet)
