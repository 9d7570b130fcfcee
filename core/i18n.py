"""Translatable snippets shown on a page in the page's language: an organiser, a venue, a taxonomy term.

A page may point at a snippet in another language (a translated page keeps the original's choices until
an editor changes them). Readers see the snippet's published translation in the page's language, else
the snippet itself if it is published; a snippet with neither is not shown: nothing unapproved reaches
visitors."""


def translations(objects, locale_id):
    """{translation_key: the published translation in `locale_id`} of `objects` (snippets of one model) that
    are in another language: one query, none when every object is in `locale_id` already."""
    keys = {obj.translation_key for obj in objects if obj is not None and obj.locale_id != locale_id}
    if not keys:
        return {}
    model = type(next(obj for obj in objects if obj is not None and obj.translation_key in keys))
    return {
        obj.translation_key: obj
        for obj in model._default_manager.filter(translation_key__in=keys, locale_id=locale_id, live=True)
    }


def localized(objects, locale_id, found=None):
    """Each of `objects` in the language `locale_id` (see the module docstring), in order; None for those
    that cannot be shown. `found`: translations already fetched ({translation_key: snippet}), else one
    query fetches them."""
    objects = list(objects)
    found = translations(objects, locale_id) if found is None else found
    result = []
    for obj in objects:
        if obj is None:
            result.append(None)
        elif obj.locale_id == locale_id:
            result.append(obj if obj.live else None)
        else:
            result.append(found.get(obj.translation_key) or (obj if obj.live else None))
    return result


def localized_pk(model, pk, locale_id):
    """The snippet `pk` of `model` in the language `locale_id`, or None: one query, without loading the
    snippet first."""
    manager = model._default_manager
    same = manager.filter(translation_key__in=manager.filter(pk=pk).values("translation_key"), live=True)
    found = list(same)
    return next((o for o in found if o.locale_id == locale_id), None) or next((o for o in found if o.pk == pk), None)
