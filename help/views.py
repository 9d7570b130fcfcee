"""The help page's data: helplines in the page's language, filtered by who is asking and the situation."""

from django.db.models import Prefetch
from django.utils import timezone

from core.caching import expire_at
from help import hours
from help.models import SITUATIONS, WHO, Helpline, HelplineSpecialHours, HelplineWeeklyHours


def helplines_for(locale_id):
    return (
        Helpline.objects.filter(locale_id=locale_id, live=True)
        .prefetch_related(
            "fallbacks",
            Prefetch("weekly_hours", queryset=HelplineWeeklyHours.objects.order_by("weekday", "opens")),
            Prefetch("special_hours", queryset=HelplineSpecialHours.objects.order_by("start_date", "opens")),
        )
        .order_by("sort_order", "name")
    )


def help_context(request, page):
    who = request.GET.get("who", "")
    situation = request.GET.get("situation", "")
    ignored = [value for value, known in ((who, WHO), (situation, SITUATIONS)) if value and value not in known]
    who = who if who in WHO else ""
    situation = situation if situation in SITUATIONS else ""
    now = timezone.now()
    helplines = list(helplines_for(page.locale_id))
    for helpline in helplines:
        helpline.current_status = helpline.status(now)
    shown = [h for h in helplines if h.matches(who or None, situation or None)]
    changes = [hours.next_change(h.schedule, now) for h in shown if not h.schedule.is_empty]
    return {
        "helplines": shown,
        "helpline_count": len(helplines),
        "who": who,
        "situation": situation,
        "who_options": [{"value": k, "label": v, "selected": k == who} for k, v in WHO.items()],
        "situation_options": [{"value": k, "label": v, "selected": k == situation} for k, v in SITUATIONS.items()],
        "ignored_filters": ignored,
        "next_hours_change": min((c for c in changes if c), default=None),
        "subpages": page.get_children().live().public().specific().defer_streamfields(),
    }


def expire_when_hours_change(response):
    """ "Open now" must not go stale behind caches: keep the page only until a helpline opens or closes."""
    return expire_at(response, (getattr(response, "context_data", None) or {}).get("next_hours_change"))
