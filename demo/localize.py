"""Translations made through wagtail-localize, as an editor would make them in the admin.

The demo writes its English text by hand. For a page whose English text has the same shape as the
Japanese (the same blocks in the same order), the English strings are entered as wagtail-localize
translations of the Japanese segments and the English page is created by wagtail-localize itself: an
editor then sees it as a synced translation, and sees what is out of date when the Japanese changes.
"""

import copy
import json

from django.db import transaction

from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from demo.builders import locale


def align_block_ids(source, target):
    """Give `target` (raw StreamField data) the block ids of `source` where both have the same shape.

    Returns the aligned data, or None when the shapes differ (different blocks, or a different number)."""
    if isinstance(source, list) and isinstance(target, list):
        if len(source) != len(target):
            return None
        aligned = []
        for source_item, target_item in zip(source, target, strict=True):
            item = align_block_ids(source_item, target_item)
            if item is None:
                return None
            aligned.append(item)
        return aligned
    if isinstance(source, dict) and isinstance(target, dict):
        if "type" in source and "value" in source:
            if source.get("type") != target.get("type"):
                return None
            value = align_block_ids(source["value"], target["value"])
            if value is None:
                return None
            return {**target, "id": source.get("id"), "value": value}
        if set(source) != set(target):
            return None
        aligned = {}
        for key in source:
            value = align_block_ids(source[key], target[key])
            if value is None:
                return None
            aligned[key] = value
        return aligned
    return target


def string_segments(instance):
    return [segment for segment in extract_segments(instance) if isinstance(segment, StringSegmentValue)]


def translate_with_localize(source, locale_code, fields, report):
    """Create `source`'s translation in `locale_code` through wagtail-localize, from translated `fields`
    (StreamFields as raw data lists). Returns the translated page, or None when the English does not have
    the Japanese page's shape (the caller then translates it without wagtail-localize)."""
    target_locale = locale(locale_code)
    existing = source.get_translation_or_none(target_locale)
    if existing is not None:
        return existing.specific

    shadow = copy.deepcopy(source)  # never saved: it only holds the English values for extraction
    for name, value in fields.items():
        if isinstance(value, list):
            value = align_block_ids(list(getattr(source, name).raw_data), value)
            if value is None:
                return None
        setattr(shadow, name, value)
    translated_segments = string_segments(shadow)

    translation_source, _created = TranslationSource.get_or_create_from_instance(source)
    segments = list(
        StringSegment.objects.filter(source=translation_source).select_related("string", "context").order_by("order")
    )
    if [s.context.path for s in segments] != [s.path for s in translated_segments]:
        return None
    for segment, translated in zip(segments, translated_segments, strict=True):
        if set(json.loads(segment.attrs or "null") or {}) != set(translated.attrs or {}):
            return None  # the links differ: leave this page to a person

    with transaction.atomic():
        translation, _created = Translation.objects.get_or_create(
            source=translation_source, target_locale=target_locale
        )
        for segment, translated in zip(segments, translated_segments, strict=True):
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=target_locale,
                context=segment.context,
                defaults={
                    "data": translated.string.data,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
    # wagtail-localize publishes when the transaction commits: at once here, unless a caller holds a
    # transaction open (the tests do), in which case publish now so that the page is live inside it.
    translation.save_target(publish=True)
    page = source.get_translation(target_locale).specific
    if not page.live:
        page.get_latest_revision().publish()
        page.refresh_from_db()
    report.note(f"{locale_code}: {page.url_path} (translated with wagtail-localize)")
    return page
