"""Query parameters. A value that no link or form of this site produces is a `BadQueryParameter`: the
visitor gets the site's 400 page (BasePage renders it, with the page's own header and language links),
never a 500 and never a misleading 404."""

from django.core.exceptions import BadRequest


class BadQueryParameter(BadRequest):
    """A query parameter this site never produces, such as ?page=abc or ?year=99999."""


def whole_number(raw, *, minimum, maximum):
    """`raw` from the query string as a whole number within [minimum, maximum]; None when absent or empty.

    Only ASCII digits count: full-width digits, signs, spaces and huge values are bad parameters."""
    if raw is None or raw == "":
        return None
    if not raw.isascii() or not raw.isdigit() or len(raw) > len(str(maximum)):
        raise BadQueryParameter(raw)
    value = int(raw)
    if not minimum <= value <= maximum:
        raise BadQueryParameter(raw)
    return value
