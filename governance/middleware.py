"""Let the page editor's preview panel frame the preview.

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


class PreviewFramingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "is_dummy", False) and getattr(request, "is_preview", False):
            response._csp_replace = {**(getattr(response, "_csp_replace", None) or {}), "frame-ancestors": ["'self'"]}
            response["X-Frame-Options"] = "SAMEORIGIN"
        return response
