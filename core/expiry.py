"""When a page's content next changes by itself: a campaign starts or ends ("running now"), a helpline
opens or closes ("open now"). The page says so while it builds its context, with `changes_at`; the page's
response then tells caches to keep it until that moment and no longer (BasePage.serve applies it).
The page cache and any proxy or CDN in front follow the response's max-age (docs/performance-and-caching.md)."""

from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.http import http_date

MAX_AGE = 3600  # never cache such a page for longer than this, even when nothing changes sooner
_ATTRIBUTE = "_content_changes_at"


def changes_at(request, moment):
    """Record that the page being served shows something that changes with the clock, next at `moment`
    (an aware datetime, or None when no change is known: then it is kept for at most MAX_AGE). Several
    calls keep the earliest moment."""
    moments = request.__dict__.setdefault(_ATTRIBUTE, [])
    if moment is not None:
        moments.append(moment)


def apply(request, response, now=None):
    """Give `response` the max-age and Expires that the page recorded with `changes_at`, if it did. A
    response not rendered yet gets them once it is, so that what its template shows counts too (the
    "Need help now?" box records when its lines open or close while it renders)."""
    if getattr(response, "is_rendered", True) is False:
        response.add_post_render_callback(lambda rendered: _apply(request, rendered, now))
        return response
    return _apply(request, response, now)


def _apply(request, response, now=None):
    moments = getattr(request, _ATTRIBUTE, None)
    if moments is not None:
        expire_at(response, min(moments, default=None), now)
    return response


def expire_at(response, moment, now=None):
    """Let caches keep `response` until `moment` (an aware datetime, or None: for at most MAX_AGE)."""
    now = now or timezone.now()
    seconds = MAX_AGE if moment is None else max(0, min(MAX_AGE, int((moment - now).total_seconds())))
    patch_cache_control(response, max_age=seconds)
    response["Expires"] = http_date(now.timestamp() + seconds)
    return response
