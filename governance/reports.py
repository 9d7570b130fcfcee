"""Reports → "Due for review": guidance and materials whose review is overdue or comes within the chosen
number of days, one row per page with its Japanese and English versions side by side, filtered by
language and status, and exported as CSV or XLSX (Wagtail's report export)."""

import datetime

from django import forms
from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.admin.views.reports import ReportView

from core.dashboard import can_edit_pages
from core.exports import SafeCSVExportMixin
from core.review import content_due_for_review, reviewed_page_models

LANGUAGES = ("ja", "en")
WITHIN_CHOICES = [(30, _("30 days")), (90, _("90 days")), (365, _("a year"))]


class ReviewFilters(forms.Form):
    """The report's filters. A value no link of the report makes is ignored, with the default used."""

    within = forms.TypedChoiceField(label=_("Due within"), choices=WITHIN_CHOICES, coerce=int, required=False)
    language = forms.ChoiceField(
        label=_("Language"), choices=[("", _("Either")), ("ja", "日本語"), ("en", "English")], required=False
    )
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[("", _("Overdue or due soon")), ("overdue", _("Overdue")), ("due", _("Due soon"))],
        required=False,
    )

    def value(self, name, default):
        if self.is_valid():
            return self.cleaned_data.get(name) or default
        return default


def describe(page, today):
    """The page's review in words: 「12日超過」, 「あと30日」."""
    if page is None or page.next_review is None:
        return ""
    days = (page.next_review - today).days
    if days < 0:
        return ngettext("%(days)s day overdue", "%(days)s days overdue", -days) % {"days": -days}
    return ngettext("due in %(days)s day", "due in %(days)s days", days) % {"days": days}


class ReviewDueReport(SafeCSVExportMixin, ReportView):
    page_title = _("Due for review")
    header_icon = "date"
    index_url_name = "governance_review_due"
    index_results_url_name = "governance_review_due_results"
    results_template_name = "reports/review_due_results.html"
    paginate_by = 50
    list_export = [
        "type",
        "ja_title",
        "ja_next_review",
        "ja_status",
        "en_title",
        "en_next_review",
        "en_status",
        "ja_review_note",
        "en_review_note",
    ]
    export_headings = {
        "type": _("Type"),
        "ja_title": _("Japanese"),
        "ja_next_review": _("Next review (Japanese)"),
        "ja_status": _("Status (Japanese)"),
        "en_title": _("English"),
        "en_next_review": _("Next review (English)"),
        "en_status": _("Status (English)"),
        "ja_review_note": _("What to check (Japanese)"),
        "en_review_note": _("What to check (English)"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not can_edit_pages(request.user):
            raise PermissionDenied
        self.review_filters = ReviewFilters(request.GET)
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        today = timezone.localdate()
        within = self.review_filters.value("within", 90)
        language = self.review_filters.value("language", "")
        status = self.review_filters.value("status", "")
        due = content_due_for_review(today, within_days=within, user=self.request.user)
        keys = {page.translation_key for page in due}
        versions = {}
        for model in reviewed_page_models():  # one query per page type, whatever the number of rows
            for page in model.objects.filter(translation_key__in=keys).select_related("locale"):
                versions.setdefault(page.translation_key, {})[page.locale.language_code] = page
        limit = today + datetime.timedelta(days=within)
        rows = []
        for key in dict.fromkeys(page.translation_key for page in due):
            pages = versions.get(key, {})
            wanted = [pages.get(code) for code in ((language,) if language else LANGUAGES)]
            reviews = [page.next_review for page in wanted if page is not None and page.next_review is not None]
            if status == "overdue":
                reviews = [day for day in reviews if day < today]
            elif status == "due":
                reviews = [day for day in reviews if today <= day <= limit]
            else:
                reviews = [day for day in reviews if day <= limit]
            if not reviews:
                continue
            first = next(page for page in pages.values())
            row = {"type": str(first._meta.verbose_name), "soonest": min(reviews), "overdue": min(reviews) < today}
            for code in LANGUAGES:
                page = pages.get(code)
                row[code] = page
                row[f"{code}_title"] = page.title if page else ""
                row[f"{code}_next_review"] = page.next_review if page else None
                row[f"{code}_status"] = describe(page, today)
                row[f"{code}_review_note"] = page.review_note if page else ""
            rows.append(row)
        return sorted(rows, key=lambda row: (row["soonest"], row["type"]))

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["filters_form"] = self.review_filters
        return context
