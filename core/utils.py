"""Small helpers shared by the apps."""

import os

from django.template.defaultfilters import filesizeformat


def describe_file(document):
    """Return "PDF, 340 KB" for a Wagtail document, from stored fields only (no file access)."""
    extension = os.path.splitext(document.file.name)[1].lstrip(".").upper() or "FILE"
    size = document.file_size or document.get_file_size()
    return f"{extension}, {filesizeformat(size)}" if size else extension


# Cards show the listing image at these sizes and formats: {% picture %} in components/card_list.html asks
# for exactly these renditions, so listings prefetch them and pay no query per card.
CARD_IMAGE_FORMATS = ("avif", "webp", "jpeg")
CARD_IMAGE_SIZES = ("fill-480x270", "fill-960x540")
CARD_RENDITIONS = [f"format-{fmt}|{size}" for fmt in CARD_IMAGE_FORMATS for size in CARD_IMAGE_SIZES]


def with_card_images(queryset, lookup="listing_image"):
    """Prefetch the listing image and its card renditions: two queries for the whole list, none without images.

    Works on `.specific()` page querysets too (the prefetch runs on each page type's own query)."""
    from django.db.models import Prefetch

    from wagtail.images import get_image_model
    from wagtail.query import DeferredSpecificIterable, SpecificIterable

    prefetch = Prefetch(lookup, queryset=get_image_model().objects.prefetch_renditions(*CARD_RENDITIONS))
    if queryset._iterable_class in (SpecificIterable, DeferredSpecificIterable):
        return queryset.prefetch_related(prefetch, for_specific_subqueries=True)
    return queryset.prefetch_related(prefetch)
