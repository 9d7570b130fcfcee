import datetime
import sys
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import Http404, HttpResponse, HttpResponseRedirect, HttpResponseServerError, JsonResponse
from django.template import loader
from django.utils import timezone
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_safe
from django.views.static import serve

from wagtail import views as wagtail_views
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.pages.create import CreateView as WagtailCreatePageView
from wagtail.documents.views import serve as document_serve
from wagtail.views import serve as wagtail_serve

from core.chrome import language_home_url
from core.clients import count_this_hour, counted_this_hour, hourly_key
from pagecache import variants


@require_safe
@cache_control(public=True, max_age=3600)
def root_redirect(request):
    """`/` leads to the Japanese home page, whatever the browser's language: Japanese is the default."""
    return HttpResponseRedirect(language_home_url(settings.LANGUAGE_CODE))


@require_safe
def serve_page_file(request, path):
    """`/<lang>/<page path>/<name>.ics` (or .zip, .csv, .xml): Wagtail routes it to the page, whose sub-route `<name>.ics/` answers."""
    return wagtail_serve(request, path)


@require_safe
@variants.accepts()
@cache_control(public=True, max_age=86400)
def robots_txt(request):
    lines = [
        "User-agent: *",
        f"Disallow: /{settings.ADMIN_URL_PATH}",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_safe
@variants.accepts()
@cache_control(public=True, max_age=86400)
def security_txt(request):
    """RFC 9116: how to report a security problem. Expires a year after it is served (it is generated)."""
    expires = (timezone.now() + datetime.timedelta(days=365)).replace(microsecond=0)
    lines = [
        f"Contact: {settings.SECURITY_CONTACT}",
        f"Expires: {expires.astimezone(datetime.UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}",
        "Preferred-Languages: ja, en",
        f"Canonical: {request.build_absolute_uri('/.well-known/security.txt')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_safe
@never_cache
def liveness(request):
    """The process answers: for the process manager. Touches neither the database nor the cache."""
    return JsonResponse({"status": "ok"})


@require_safe
@never_cache
def readiness(request):
    """Ready for traffic: the database and the cache both answer. 503 otherwise, for the load balancer."""
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        checks["database"] = "ok"
    except DatabaseError:
        checks["database"] = "unavailable"
    for name, alias in (("cache", "default"), ("state", settings.STATE_CACHE_ALIAS)):
        try:
            caches[alias].set("readiness-probe", "1", 10)
            checks[name] = "ok" if caches[alias].get("readiness-probe") == "1" else "unavailable"
        except Exception:  # noqa: BLE001 - any cache backend error means not ready
            checks[name] = "unavailable"
    ready = all(value == "ok" for value in checks.values())
    return JsonResponse({"status": "ok" if ready else "unavailable", **checks}, status=200 if ready else 503)


@require_safe
def serve_image_rendition(request, path):
    """Image renditions under MEDIA_ROOT/images/ (card images, PDF thumbnails), when no proxy serves them.

    Only renditions: originals (original_images/) and documents (served by Wagtail's view, which checks
    privacy and counts downloads) are never reachable here. A proxy in front serves the same folder itself
    (deploy/nginx.conf), and media on S3-compatible storage has URLs of its own."""
    if not path or "\x00" in path:
        raise Http404
    response = serve(request, path, document_root=Path(settings.MEDIA_ROOT) / "images")
    # A rendition's file name changes when the image or its focal point does.
    response["Cache-Control"] = "public, max-age=2592000"
    return response


class _CreatePageView(WagtailCreatePageView):
    """Wagtail's "add a page" view, without autosave: a new page is created only when the editor saves it
    (「下書きを保存」, or submits or publishes it). Wagtail's autosave would create it from the first keystrokes,
    and an abandoned attempt would stay behind as a draft holding its slug. Editing an existing page keeps
    autosave. Routed in site/urls.py, ahead of Wagtail's own URL for the same address."""

    def get_context_data(self, **kwargs):
        self.autosave_enabled = False
        return super().get_context_data(**kwargs)


create_page = require_admin_access(never_cache(_CreatePageView.as_view()))


def server_error(request):
    """The static 500 page; when the database cannot be reached, a static 503 that asks to try again.

    Rendered without context processors, so it needs neither the database nor the cache. Pages the page
    cache (pagecache/) or a proxy already holds keep being served; the app reconnects by itself (CONN_HEALTH_CHECKS)."""
    if isinstance(sys.exc_info()[1], (OperationalError, InterfaceError)):
        response = HttpResponse(loader.get_template("503.html").render(), status=503)
        response["Retry-After"] = "60"
        response["Cache-Control"] = "no-store"
        response.database_unavailable = True  # the page cache answers with its last good copy instead
        return response
    return HttpResponseServerError(loader.get_template("500.html").render())


def _throttled_password_form(view, kind, restriction_argument):
    """Wagtail's form for a page's or a collection's privacy password, with at most
    PRIVACY_PASSWORD_ATTEMPTS_PER_HOUR wrong passwords per client and restriction (then a 429 until the hour
    is up). Like the school form's limit, only a salted hash of the address is kept, for an hour."""

    def wrapped(request, *args, **kwargs):
        key = hourly_key(request, f"privacy-password-{kind}", kwargs[restriction_argument])
        if request.method == "POST" and counted_this_hour(key) >= settings.PRIVACY_PASSWORD_ATTEMPTS_PER_HOUR:
            return HttpResponse(
                "パスワードの入力が多すぎます。1時間後にもう一度お試しください。 / Too many wrong passwords: try again in an hour.",
                status=429,
                content_type="text/plain; charset=utf-8",
            )
        response = view(request, *args, **kwargs)
        if request.method == "POST" and response.status_code == 200:  # the form again: a wrong password
            count_this_hour(key)
        return response

    return wrapped


page_password = _throttled_password_form(wagtail_views.authenticate_with_password, "page", "page_view_restriction_id")
document_password = _throttled_password_form(document_serve.authenticate_with_password, "document", "restriction_id")
