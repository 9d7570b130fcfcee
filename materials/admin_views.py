"""The admin's documents listing with what an editor needs to find a leaflet: its first-page thumbnail, page
count, the languages it is published in and the pages that use it. Wagtail's own listing, with columns
added; routed in site/urls.py ahead of Wagtail's URL for the same address. A fixed number of queries per
listing page, whatever the number of documents."""

from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django.views.decorators.cache import never_cache

from wagtail.admin.auth import require_admin_access
from wagtail.admin.ui.tables import Column
from wagtail.documents.views.documents import IndexView
from wagtail.images import get_image_model

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
            Column("languages", label=_("Languages"), accessor=lambda doc: "、".join(getattr(doc, "languages", []))),
            Column("used_on", label=_("Material pages"), accessor=_used_on),
        ]
        return columns

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        documents = list(context.get("object_list") or [])
        if documents:
            names = dict(LANGUAGE_CHOICES)
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
                doc.languages, doc.material_titles = [], []
            by_id = {doc.pk: doc for doc in documents}
            files = MaterialFile.objects.filter(document_id__in=by_id).values_list(
                "document_id", "language", "page__title"
            )
            for document_id, language, title in files.order_by("page__title"):
                doc = by_id[document_id]
                if str(names.get(language, language)) not in doc.languages:
                    doc.languages.append(str(names.get(language, language)))
                if title not in doc.material_titles:
                    doc.material_titles.append(title)
        return context


documents_index = require_admin_access(never_cache(DocumentIndexView.as_view()))
documents_index_results = require_admin_access(never_cache(DocumentIndexView.as_view(results_only=True)))
