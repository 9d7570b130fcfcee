"""Panels of the materials library's editor: the printable layout's current PDF (materials/editions.py)."""

from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _

from wagtail.admin.panels import HelpPanel

from core.dates import format_date


class PrintEditionPanel(HelpPanel):
    """The printable's current PDF, in the editor: when it was made, its pages and a link to it, and a
    warning when it runs longer than its layout allows (a poster on two sheets)."""

    class BoundPanel(HelpPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            page = self.instance
            layout = getattr(page, "printable_layout", None)
            edition = None
            if page.pk and layout:
                edition = page.print_editions.filter(current=True).select_related("document").first()
            if edition is None:
                self.content = format_html(
                    "<p>{}</p>",
                    _("With a layout chosen, the site makes the PDF when the page is published, and shows it here."),
                )
                return
            pages = edition.document.page_count or 0
            facts = _("The current PDF, made %(date)s: %(pages)s pages.") % {
                "date": format_date(timezone.localtime(edition.created_at).date()),
                "pages": pages,
            }
            link = format_html('<a href="{}" target="_blank" rel="noopener">{}</a>', edition.document.url, _("Open it"))
            if pages > layout.max_pages:
                warning = _(
                    "It runs longer than a %(layout)s allows (%(most)s pages): shorten the printed text, or choose "
                    "another layout."
                ) % {"layout": layout.label, "most": layout.max_pages}
                self.content = format_html(
                    '<div class="help-block help-warning" role="status"><p>{} {}</p><p>{}</p></div>',
                    facts,
                    link,
                    warning,
                )
                return
            self.content = format_html(
                '<div class="help-block help-info" role="status"><p>{} {}</p></div>', facts, link
            )
