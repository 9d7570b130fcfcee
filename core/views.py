from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from wagtail.views import serve as wagtail_serve

from core.chrome import language_home_url


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
@cache_control(public=True, max_age=86400)
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
