import json

from django import template
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag
def webcal(url):
    """The webcal:// form of an absolute http(s) URL, which calendar apps open as a subscription."""
    return "webcal://" + url.split("://", 1)[-1]


@register.simple_tag(takes_context=True)
def event_json_ld(context, page):
    """schema.org Event as JSON-LD. A data block, not a script: browsers never run it."""
    request = context["request"]
    start, end = page.start_datetime(), page.end_datetime()
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "description": page.listing_summary or page.introduction,
        "startDate": (start or page.start_date).isoformat(),
        "endDate": (end or page.last_day).isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "url": request.build_absolute_uri(page.get_url(request)),
        "inLanguage": translation.get_language(),
    }
    venue = context.get("venue")
    places = []
    if venue:
        places.append({"@type": "Place", "name": venue.name, "address": venue.address or venue.name})
    if page.online_url:
        places.append({"@type": "VirtualLocation", "url": page.online_url})
    if places:
        data["location"] = places[0] if len(places) == 1 else places
        mode = "Mixed" if len(places) == 2 else ("Online" if not venue else "Offline")
        data["eventAttendanceMode"] = f"https://schema.org/{mode}EventAttendanceMode"
    payload = (
        json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    )
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308 - escaped above
