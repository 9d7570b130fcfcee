from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import LiveStatusTagColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from figures.models import Dataset


class DatasetViewSet(SnippetViewSet):
    model = Dataset
    icon = "table"
    menu_label = _("Datasets")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["title", "source", "as_of", "locale", LiveStatusTagColumn()]  # 公開/下書き, not True/False
    list_filter = ["locale", "live"]
    search_fields = ["title", "description"]


register_snippet(DatasetViewSet)
