"""Guidance for editors at the top of every page's editor: what goes where on this page type (its
`editor_guide`), and the rules that apply to every page."""

from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import HelpPanel

PUBLISHING_RULES = [
    _(
        "Never upload a photograph or drawing of a child, or anything suggestive, anywhere on this site. Use "
        "text, symbols or illustrations of objects. Never upload, describe or link to abuse material, even "
        "blurred: it is reported to the Internet Hotline Center, never kept."
    ),
    _(
        "Every number needs its source and date. Check phone numbers and opening hours against the service's "
        "own website before you submit."
    ),
    _(
        "Nothing you save goes live by itself: save a draft, then choose “Submit to Two-step approval” (next to "
        "Save draft). Someone else checks the facts, then a moderator approves, and that approval publishes it. "
        "To go live at a set time, open Status (the “i” at the top), choose “Set schedule” and fill in “Go live "
        "date/time” before you submit. Times are Japan time."
    ),
    _(
        "Write “child sexual abuse material” (児童性的虐待記録物). Use 児童ポルノ only in the official "
        "names of laws and periods."
    ),
]


def editor_guide_html(model):
    guide = getattr(model, "editor_guide", "") or getattr(model, "page_description", "")
    return format_html(
        '<p class="editor-guide__what">{}</p><ul class="editor-guide__rules">{}</ul>',
        guide,
        format_html_join("", "<li>{}</li>", ((rule,) for rule in PUBLISHING_RULES)),
    )


class EditorGuidePanel(HelpPanel):
    """A help panel with the page type's own guide and the publishing rules, for every page type."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Before you start"))
        super().__init__(**kwargs)

    class BoundPanel(HelpPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.content = editor_guide_html(self.panel.model)
