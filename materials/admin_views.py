"""The admin's documents listing and chooser, with what an editor needs to find a leaflet.

- The listing shows its first-page thumbnail, page count, language and the pages that use it.
- The chooser shows each document's language and offers the language of the page being edited first; an
  upload from it starts in that language.

Both are Wagtail's own views with columns added, routed in site/urls.py ahead of Wagtail's URLs for the
same addresses. A fixed number of queries per listing page, whatever the number of documents."""

from urllib.parse import parse_qs, urlsplit

from django.db.models import Case, IntegerField, Value, When
from django.urls import Resolver404, resolve
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django.views.decorators.cache import never_cache

from wagtail.admin.auth import require_admin_access
from wagtail.admin.ui.tables import Column
from wagtail.documents.views.chooser import DocumentChooseResultsView, DocumentChooseView
from wagtail.documents.views.documents import IndexView
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from materials.choices import LANGUAGE_CHOICES
from materials.models import MaterialFile

THUMBNAIL = "width-80"


def _thumbnail(document):
    image = document.thumbnail
    if image is None:
        return ""
    rendition = image.get_rendition(THUMBNAIL)
    return format_html(
        '<img src="{}" width="{}" height="{}" alt="" loading="lazy">', rendition.url, rendition.width, rendition.height
    )


def _used_on(document):
    return format_html_join(", ", "{}", ((title,) for title in getattr(document, "material_titles", [])))


class DocumentIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("thumbnail")

    @property
    def columns(self):
        columns = list(super().columns)
        columns[1:1] = [Column("thumbnail", label=_("First page"), accessor=_thumbnail, width="96px")]
        columns += [
            Column("page_count", label=pgettext_lazy("a PDF's number of pages", "Pages"), accessor="page_count"),
            Column("language", label=_("Language"), accessor="get_language_display"),
            Column("used_on", label=_("Material pages"), accessor=_used_on),
        ]
        return columns

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        documents = list(context.get("object_list") or [])
        if documents:
            thumbnails = [doc.thumbnail for doc in documents if doc.thumbnail_id]
            renditions = {
                image.pk: image
                for image in get_image_model()
                .objects.filter(pk__in=[t.pk for t in thumbnails])
                .prefetch_renditions(THUMBNAIL)
            }
            for doc in documents:
                if doc.thumbnail_id in renditions:
                    doc.thumbnail = renditions[doc.thumbnail_id]
                doc.material_titles = []
            by_id = {doc.pk: doc for doc in documents}
            files = MaterialFile.objects.filter(document_id__in=by_id).values_list("document_id", "page__title")
            for document_id, title in files.order_by("page__title"):
                doc = by_id[document_id]
                if title not in doc.material_titles:
                    doc.material_titles.append(title)
        return context


documents_index = require_admin_access(never_cache(DocumentIndexView.as_view()))
documents_index_results = require_admin_access(never_cache(DocumentIndexView.as_view(results_only=True)))


def editing_language(request):
    """The language of the page an editor is editing, read from the editor's own address (the chooser is
    opened from it, and the admin sends its same-origin Referer); None when it can't be told."""
    referer = urlsplit(request.headers.get("Referer", ""))
    if referer.netloc and referer.netloc != request.get_host():
        return None
    try:
        match = resolve(referer.path or "/")
    except Resolver404:
        return None
    query = parse_qs(referer.query)
    if "locale" in query:
        code = query["locale"][0]
        return code if Locale.objects.filter(language_code=code).exists() else None
    page_id = match.kwargs.get("page_id") or match.kwargs.get("parent_page_id")
    if match.url_name not in {"edit", "add", "create_page", "preview_on_edit", "preview_on_add"} or not page_id:
        return None
    return Page.objects.filter(pk=page_id).values_list("locale__language_code", flat=True).first()


class LanguageFirstMixin:
    """Documents in the page's language first (newest first within each group), and a language column."""

    def apply_object_list_ordering(self, objects):
        language = editing_language(self.request)
        if language not in dict(LANGUAGE_CHOICES):
            return super().apply_object_list_ordering(objects)
        first = Case(When(language=language, then=Value(0)), default=Value(1), output_field=IntegerField())
        return objects.order_by(first, "-created_at", "-pk")

    @property
    def columns(self):
        columns = list(super().columns)
        columns.insert(1, Column("language", label=_("Language"), accessor="get_language_display", width="7em"))
        return columns

    def get_creation_form_kwargs(self):
        kwargs = super().get_creation_form_kwargs()
        language = editing_language(self.request)
        if language in dict(LANGUAGE_CHOICES):
            kwargs.setdefault("initial", {})["language"] = language
        return kwargs


class LanguageFirstChooseView(LanguageFirstMixin, DocumentChooseView):
    pass


class LanguageFirstChooseResultsView(LanguageFirstMixin, DocumentChooseResultsView):
    pass
