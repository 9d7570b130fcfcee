"""Panels in the campaign page's editor."""

import json

from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import HelpPanel

from core import dates

# The campaign editor shows only the chosen schedule's fields, with Wagtail's w-rules controller on the
# schedule panel: each field's row is shown when `schedule_kind` has one of its kinds. Without scripts every
# row shows, and the help text says which to fill in.
RULES_CONTROLLER = {"data-controller": "w-rules", "data-action": "change->w-rules#resolve"}


def shown_for(*kinds):
    return {"data-w-rules-target": "show", "data-w-rules": json.dumps({"schedule_kind": list(kinds)})}


class GoLiveHintPanel(HelpPanel):
    """Under the schedule: when the campaign next starts, and the go-live time that publishes this year's
    changes on its first morning."""

    class BoundPanel(HelpPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            start = self.instance.next_start() if self.instance is not None else None
            on_the_site = self.instance is not None and self.instance.pk is not None and self.instance.live
            if start is not None and not on_the_site:
                # A go-live time on a new campaign would keep it off the calendar until the day it starts.
                self.content = format_html(
                    "<p>{}</p>",
                    _(
                        "This campaign starts on %(date)s and is not on the site yet. Submit it for approval "
                        "without a go-live time, so that the calendar and its feeds show it before it starts. A "
                        "go-live time is for later changes to a campaign that is already on the site."
                    )
                    % {"date": dates.format_date(start)},
                )
            elif start is None:
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


class OverlapWarningPanel(HelpPanel):
    """Under the schedule, a warning when another campaign of the same kind runs at the same time: the
    editor may be adding one that exists already (another November campaign beside Child Abuse
    Prevention Month)."""

    class BoundPanel(HelpPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.overlaps = self.instance.overlapping_campaigns() if self.instance is not None else []
            self.content = format_html(
                '<div class="help-block help-warning" role="status"><p>{}</p><ul>{}</ul></div>',
                _(
                    "These campaigns of the same kind run at the same time as this schedule. If one is the "
                    "campaign you are adding, edit that page instead of adding another:"
                ),
                format_html_join(
                    "",
                    '<li><a href="{}">{}</a> ({})</li>',
                    (
                        (
                            reverse("wagtailadmin_pages:edit", args=[other.pk]),
                            other.title,
                            dates.format_span(span.start, span.end),
                        )
                        for other, span in self.overlaps
                    ),
                ),
            )

        def is_shown(self):
            return bool(self.overlaps)
