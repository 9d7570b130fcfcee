"""Card images in listings: the listing image and exactly the renditions that components/card_list.html's
{% picture %} asks for, prefetched for the whole list (two queries, none without images)."""

from django.db.models import Prefetch

from wagtail.images import get_image_model
from wagtail.query import DeferredSpecificIterable, SpecificIterable

CARD_IMAGE_FORMATS = ("avif", "webp", "jpeg")
CARD_IMAGE_SIZES = ("fill-480x270", "fill-960x540")
CARD_RENDITIONS = [f"format-{fmt}|{size}" for fmt in CARD_IMAGE_FORMATS for size in CARD_IMAGE_SIZES]


def with_card_images(queryset, lookup="listing_image"):
    """`queryset` with its card images and their renditions prefetched. Works on `.specific()` page
    querysets too (the prefetch runs on each page type's own query)."""
    prefetch = Prefetch(lookup, queryset=get_image_model().objects.prefetch_renditions(*CARD_RENDITIONS))
    if queryset._iterable_class in (SpecificIterable, DeferredSpecificIterable):
        return queryset.prefetch_related(prefetch, for_specific_subqueries=True)
    return queryset.prefetch_related(prefetch)
