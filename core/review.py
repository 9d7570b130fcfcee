"""Review dates: content whose facts, numbers and links must be checked again by a given date.

Guidance and materials carry `last_reviewed` and `next_review`. Editors see what is due on the dashboard
("Content due for review") and page owners are e-mailed daily (`manage.py send_review_reminders`).
"""

import datetime

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.permission_policies.pages import PagePermissionPolicy


def review_warning_days():
    return settings.REVIEW_WARNING_DAYS


class ReviewDatesMixin(models.Model):
    """`last_reviewed` and `next_review` for a page type, with their rules and their editor panel."""

    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    next_review = models.DateField(
        _("next review due"),
        null=True,
        blank=True,
        help_text=_(
            "The page owner is e-mailed when it is due, and the page is listed under “Content due for review” "
            "on the dashboard. Review at least once a year."
        ),
    )

    review_note = models.TextField(
        _("what to check"),
        blank=True,
        max_length=1000,
        help_text=_(
            "For editors only, never shown to visitors: the facts to confirm at the next review and where, such as a law's date of effect or a helpline's hours."
        ),
    )

    class Meta:
        abstract = True

    @classmethod
    def review_panel(cls):
        return MultiFieldPanel(
            [
                HelpPanel(
                    content=_(
                        "Check every number, date, phone number and link against its source, then set both dates. "
                        "The owner is e-mailed when the next review is due, and daily after that."
                    )
                ),
                FieldRowPanel([FieldPanel("last_reviewed"), FieldPanel("next_review")]),
                FieldPanel("review_note"),
                FieldPanel("owner"),
            ],
            heading=_("Review"),
        )

    def clean(self):
        super().clean()
        errors = {}
        if self.last_reviewed and self.next_review and self.next_review <= self.last_reviewed:
            errors["next_review"] = _("The next review must come after the last review.")
        if self.last_reviewed and self.last_reviewed > timezone.localdate():
            errors["last_reviewed"] = _("The last review cannot be in the future.")
        if errors:
            raise ValidationError(errors)

    def review_status(self, today=None):
        today = today or timezone.localdate()
        if self.next_review is None:
            return None
        if self.next_review < today:
            return "overdue"
        if self.next_review <= today + datetime.timedelta(days=review_warning_days()):
            return "due"
        return "ok"


def reviewed_page_models():
    """Every concrete page type with review dates (guidance and materials)."""
    return [model for model in apps.get_models() if issubclass(model, ReviewDatesMixin)]


def due_for_review(model, today=None, within_days=None, user=None):
    """Live pages of `model` whose next review is past or within `within_days`, soonest first.

    With `user`, only the pages that user can edit (one query, whatever the number of pages).
    """
    today = today or timezone.localdate()
    within_days = review_warning_days() if within_days is None else within_days
    if user is None:
        queryset = model.objects.all()
    else:
        queryset = PagePermissionPolicy(model).instances_user_has_any_permission_for(user, ["change", "publish"])
    return (
        queryset.live()
        .filter(next_review__isnull=False, next_review__lte=today + datetime.timedelta(days=within_days))
        .select_related("owner", "locale")
        .defer_streamfields()
        .order_by("next_review", "path")
    )


def content_due_for_review(today=None, within_days=None, user=None):
    """Guidance and materials due for review, soonest first: one query per page type."""
    pages = []
    for model in reviewed_page_models():
        pages.extend(due_for_review(model, today, within_days, user=user))
    return sorted(pages, key=lambda page: (page.next_review, page.path))


def review_contact(page):
    """Who is reminded: the page owner, or the fallback address when the owner has none."""
    owner = page.owner
    if owner is not None and owner.is_active and owner.email:
        return owner.email
    return settings.REVIEW_REMINDER_FALLBACK_EMAIL or None
