"""Security headers for every response: the Content-Security-Policy (strict for the public site, looser
for the Wagtail admin, which needs inline scripts and styles), framing of the editor's previews, the
Permissions-Policy, and a 400 for malformed admin bulk-action addresses (docs/security-and-privacy.md)."""

from django.conf import settings
from django.http import HttpResponseBadRequest

from csp.middleware import CSPMiddleware
from csp.utils import default_config

PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
)


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with ADMIN_CONTENT_SECURITY_POLICY for the admin's pages."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and request.path_info.startswith(f"/{settings.ADMIN_URL_PATH}"):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts


class PreviewFramingMiddleware:
    """Let the page editor's preview panel frame the preview.

    Wagtail renders a preview by sending a dummy request for the page's public address through the whole
    middleware stack, so the preview gets the public pages' policy: `frame-ancestors 'none'` and
    `X-Frame-Options: DENY`. The admin shows that preview in an iframe, and the editor's "Checks" panel
    (content checker, word count, readability) runs inside it, so both stayed blank.

    For those dummy requests only, this allows framing by this site: `frame-ancestors 'self'` (every other
    directive of the strict public policy is kept, so the preview behaves like the live page) and
    `X-Frame-Options: SAMEORIGIN`. Only Wagtail's preview views make dummy requests: a visitor cannot (it is
    an attribute set in Python, not a header), so public pages keep `frame-ancestors 'none'`. It sits just
    inside SiteCSPMiddleware, which then builds the policy with this change."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "is_dummy", False) and getattr(request, "is_preview", False):
            response._csp_replace = {**(getattr(response, "_csp_replace", None) or {}), "frame-ancestors": ["'self'"]}
            response["X-Frame-Options"] = "SAMEORIGIN"
        return response


class PermissionsPolicyMiddleware:
    """Turn off browser features the site never uses, for this page and anything it embeds."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        if response.get("Content-Encoding") == "None":
            # Wagtail's document view (wagtail.utils.sendfile) sends the encoding mimetypes guessed even
            # when there is none: "Content-Encoding: None" on every PDF, which a browser may refuse to decode.
            del response["Content-Encoding"]
        return response


class AdminBulkActionInputMiddleware:
    """Wagtail's bulk actions (/admin/bulk/…?id=…) answer 500 to an id that is not a number. Answer 400.

    Every model with bulk actions here (pages, snippets, documents, images, users) has integer ids; "all"
    with an optional numeric childOf selects a whole listing."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(f"/{settings.ADMIN_URL_PATH}bulk/"):
            ids = request.GET.getlist("id")
            child_of = request.GET.get("childOf", "")
            if not all(value == "all" or value.isascii() and value.isdigit() for value in ids) or (
                child_of and not (child_of.isascii() and child_of.isdigit())
            ):
                return HttpResponseBadRequest("Bad id in the address.", content_type="text/plain; charset=utf-8")
        return self.get_response(request)


class PublicFormFieldLimitMiddleware:
    """The admin's forms (a long StreamField) need up to DATA_UPLOAD_MAX_NUMBER_FIELDS fields; a public form
    needs a few dozen. A POST outside the admin with more than PUBLIC_FORM_MAX_FIELDS fields gets a 400
    before anything parses it (so before CsrfViewMiddleware, which reads the form)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        public = not request.path_info.startswith(f"/{settings.ADMIN_URL_PATH}")
        if request.method == "POST" and public and _field_count(request) > settings.PUBLIC_FORM_MAX_FIELDS:
            return HttpResponseBadRequest(
                "フォームの項目が多すぎます。 / The form has too many fields.", content_type="text/plain; charset=utf-8"
            )
        return self.get_response(request)


def _field_count(request):
    content_type = request.META.get("CONTENT_TYPE", "")
    if content_type.startswith("multipart/form-data"):
        boundary = content_type.partition("boundary=")[2].strip().strip('"')
        return request.body.count(b"--" + boundary.encode("latin-1")) - 1 if boundary else 0
    if content_type.startswith("application/x-www-form-urlencoded") or not content_type:
        body = request.body
        return body.count(b"&") + 1 if body else 0
    return 0
