from django.db.models import Sum
from django.http import Http404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports import ReportView
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.exports import SafeCSVExportMixin
from core.uploads import is_used_by_live_content
from materials.models import Audience, DownloadCount, MaterialFormat, SchoolStage, Topic


def term_viewset(term_model, term_icon):
    class TermViewSet(SnippetViewSet):
        model = term_model
        icon = term_icon
        list_display = ["name", "slug", "locale"]
        list_filter = ["locale"]
        search_fields = ["name", "slug"]
        ordering = ["sort_order", "name"]

    TermViewSet.__name__ = f"{term_model.__name__}ViewSet"
    return TermViewSet


class MaterialTaxonomy(SnippetViewSetGroup):
    items = (
        term_viewset(Audience, "group"),
        term_viewset(SchoolStage, "folder-open-inverse"),
        term_viewset(Topic, "tag"),
        term_viewset(MaterialFormat, "doc-full"),
    )
    menu_icon = "folder-inverse"
    menu_label = _("Materials taxonomy")
    menu_name = "materials-taxonomy"


register_snippet(MaterialTaxonomy)


class MostDownloadedReport(SafeCSVExportMixin, ReportView):
    """Downloads this month, per document: numbers only, nothing about who downloaded."""

    page_title = _("Most downloaded this month")
    header_icon = "download"
    index_url_name = "materials_most_downloaded"
    index_results_url_name = "materials_most_downloaded_results"
    results_template_name = "reports/most_downloaded_results.html"
    paginate_by = 50

    def get_queryset(self):
        today = timezone.localdate()
        return (
            DownloadCount.objects.filter(day__gte=today.replace(day=1), day__lte=today)
            .values("document_id", "document__title", "document__file")
            .annotate(downloads=Sum("count"))
            .order_by("-downloads", "document__title")
        )


@hooks.register("register_reports_menu_item")
def register_most_downloaded_menu_item():
    return MenuItem(
        _("Most downloaded this month"), reverse("materials_most_downloaded"), icon_name="download", order=700
    )


@hooks.register("register_admin_urls")
def register_most_downloaded_url():
    return [
        path("reports/most-downloaded/", MostDownloadedReport.as_view(), name="materials_most_downloaded"),
        path(
            "reports/most-downloaded/results/",
            MostDownloadedReport.as_view(results_only=True),
            name="materials_most_downloaded_results",
        ),
    ]


@hooks.register("before_serve_document")
def serve_only_approved_documents(document, request):
    """A visitor gets a document only when approved content uses it (core/uploads.py); editors get any."""
    user = request.user
    if user.is_authenticated and user.has_perm("wagtailadmin.access_admin"):
        return None
    if not is_used_by_live_content(document):
        raise Http404
    return None
