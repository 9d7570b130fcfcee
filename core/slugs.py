"""Page slugs that work for Japanese titles, and that no parent's route can shadow.

- **Proposed from the title in rōmaji** (cutlet, with the UniDic Lite dictionary): 「児童虐待防止推進全国フォーラム」
  becomes `jidou-gyakutai-boushi-suishin-zenkoku-forum`, and katakana loanwords keep their English spelling
  (「オレンジリボン・キャンペーン」 → `orange-ribbon-campaign`). Unicode slugs are off, so Django's own
  slugify would make nothing of a Japanese title, or a bare number of 「…（2027年）」.
- **Refused**, with a message in the editor's language: an empty slug, a slug of digits only (it reads as a
  year or an id), and a slug that equals a route of the parent page (`route_problem`): a calendar's
  `2027` is its year view, `past` its past campaigns, a materials index's `packs` its ZIP files.
  `RoutableBasePage.route_first_segments()` reads those routes from the parent's own `@path`/`@re_path`
  declarations, so a route added later is refused too, and `tests/core/test_slugs.py` checks the whole tree.
"""

import re
from functools import cache

from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

MAX_LENGTH = 80
HELP = gettext_lazy(
    "The page's address: lower-case letters, digits and hyphens. Leave it blank and it is made from the title "
    "when you save, in rōmaji for a Japanese title (「児童虐待防止推進全国フォーラム」 → "
    "jidou-gyakutai-boushi-suishin-zenkoku-forum); you can change it. Translations keep this slug."
)


@cache
def _romaniser():
    import cutlet  # the dictionary is loaded on first use, in the admin only

    romaniser = cutlet.Cutlet()
    romaniser.use_foreign_spelling = True  # キャンペーン → campaign
    return romaniser


def tagger():
    """The morphological analyser cutlet uses (fugashi with UniDic Lite), shared with core/readings.py, so
    that the dictionary is loaded once."""
    return _romaniser().tagger


def _shorten(slug):
    if len(slug) <= MAX_LENGTH:
        return slug
    return slug[:MAX_LENGTH].rsplit("-", 1)[0] or slug[:MAX_LENGTH]


def propose(title, parent=None):
    """A readable ASCII slug for the title, never one that `problem` refuses ("" for a title with no letters)."""
    title = title or ""
    slug = _shorten(slugify(title if title.isascii() else _romaniser().slug(title)))
    if not slug:
        return ""
    if slug.isdigit() or route_problem(slug, parent):
        slug = f"page-{slug}"
    return slug


def route_problem(slug, parent):
    """The parent's route `slug` would be shadowed by, or None."""
    if parent is None:
        return None
    segments = getattr(parent.specific_class or type(parent), "route_first_segments", None)
    if segments is None:
        return None
    return next((pattern for pattern in segments() if re.fullmatch(pattern, slug)), None)


def summary():
    """The message at the top of the form: the slug is on another tab than the title."""
    return _("The page's slug, under “Address and search engines” on the “%(tab)s” tab, needs changing.") % {
        "tab": _("Promote")
    }


def problem(slug, parent=None):
    """Why the slug cannot be used under `parent` (a message in the active language), or None."""
    if not slug:
        return _(
            "Enter a slug: the page's address, in lower-case letters, digits and hyphens (for example "
            "“campaign-2027”). It is made from the title when you save, unless the title has no letters or "
            "digits to make it from."
        )
    if slug.isdigit():
        return _(
            "A slug of digits only cannot be used: it would read as a year or a number in the address. Add a "
            "word, for example “campaign-%(slug)s”."
        ) % {"slug": slug}
    if route_problem(slug, parent):
        return _(
            "“%(slug)s” cannot be used here: “%(parent)s” uses the address …/%(slug)s/ for one of its own "
            "views (a year, the past campaigns, a feed or a download), so visitors would never reach this "
            "page. Choose another slug."
        ) % {"slug": slug, "parent": parent.title}
    return None
