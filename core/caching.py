"""Cache lifetimes for pages whose content changes with the clock ("running now", "open now")."""

from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.http import http_date

MAX_AGE = 3600  # never cache such a page for longer than this, even when nothing changes sooner


def expire_at(response, moment, now=None):
    """Let caches keep `response` until `moment` (an aware datetime, or None for "no known change")."""
    now = now or timezone.now()
    seconds = MAX_AGE if moment is None else max(0, min(MAX_AGE, int((moment - now).total_seconds())))
    patch_cache_control(response, max_age=seconds)
    response["Expires"] = http_date(now.timestamp() + seconds)
    return response
