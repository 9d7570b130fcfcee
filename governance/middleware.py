"""Admin middleware for editorial governance: previews the admin can frame, and the admin's language.

PreviewFramingMiddleware: let the page editor's preview panel frame the preview.

Wagtail renders a preview by sending a dummy request for the page's public address through the whole
middleware stack (`make_preview_request`), so the preview gets the public pages' policy: `frame-ancestors
'none'` and `X-Frame-Options: DENY`. The admin shows that preview in an iframe, and the editor's "Checks"
panel (content checker, word count, readability) runs inside it, so both stayed blank.

For those dummy requests only, this allows framing by this site: `frame-ancestors 'self'` (every other
directive of the strict public policy is kept, so the preview behaves like the live page) and
`X-Frame-Options: SAMEORIGIN`. Only Wagtail's preview views make dummy requests: a visitor cannot (it is an
attribute set in Python, not a header), so public pages keep `frame-ancestors 'none'`.

It sits just inside core.security.SiteCSPMiddleware, which then builds the policy with this change.
"""

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.utils import translation


class PreviewFramingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "is_dummy", False) and getattr(request, "is_preview", False):
            response._csp_replace = {**(getattr(response, "_csp_replace", None) or {}), "frame-ancestors": ["'self'"]}
            response["X-Frame-Options"] = "SAMEORIGIN"
        return response


class AdminLanguageMiddleware:
    """The admin speaks Japanese (LANGUAGE_CODE) unless the editor chose another language under
    Account → Language; the browser's Accept-Language does not decide it.

    Wagtail uses the editor's chosen language, else the language LocaleMiddleware picked from the browser,
    else LANGUAGE_CODE. This team works in Japanese, so for the admin (and its sign-in page) a person
    without a choice gets LANGUAGE_CODE. Public pages are not touched: they take their language from the
    address (/ja/, /en/), and this never reads request.user for them.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(settings.ADMIN_PATH_PREFIXES):
            # The editor's choice also for the admin pages that are not Wagtail's own (two-step sign-in).
            translation.activate(self.chosen_language(request) or settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = translation.get_language()
        return self.get_response(request)

    @staticmethod
    def chosen_language(request):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return ""
        try:
            return user.wagtail_userprofile.preferred_language
        except ObjectDoesNotExist:
            return ""
