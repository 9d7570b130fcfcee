"""Panels in the campaign page's editor."""

from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import HelpPanel

from core import dates


class GoLiveHintPanel(HelpPanel):
    """Under the schedule: when the campaign next starts, and the go-live time that publishes this year's
    changes on its first morning."""

    class BoundPanel(HelpPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            start = self.instance.next_start() if self.instance is not None else None
            if start is None:
                self.content = format_html(
                    "<p>{}</p>",
                    _("Once the schedule is complete, the day this campaign next starts is shown here."),
                )
            else:
                go_live = self.instance.go_live_for(start)
                self.content = format_html(
                    "<p>{}</p>",
                    _(
                        "This campaign next starts on %(date)s. To publish this page's changes that morning, set "
                        "“Go live date/time” to %(go_live)s (Japan time) under Status → “Set schedule”, then submit "
                        "it for approval."
                    )
                    % {
                        "date": dates.format_date(start),
                        # As the schedule dialog's date and time picker shows it.
                        "go_live": timezone.localtime(go_live).strftime("%Y-%m-%d %H:%M"),
                    },
                )
