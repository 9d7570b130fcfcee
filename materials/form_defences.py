"""The public school request form's defences: a honeypot field, and a rate limit that keeps no address
of accepted submissions per client (a salted hash, for an hour, in the cache)."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from core.clients import count_this_hour, counted_this_hour, hourly_key

HONEYPOT_FIELD = "website_url"


def with_honeypot(form_class):
    """Add a field people never see or fill in (it is hidden from screen readers too). Bots fill it."""

    class HoneypotForm(form_class):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.fields[HONEYPOT_FIELD] = forms.CharField(
                required=False,
                label=_("Leave this field empty"),
                widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
            )

        @property
        def is_bot(self):
            return bool(self.cleaned_data.get(HONEYPOT_FIELD)) if hasattr(self, "cleaned_data") else False

        def visible_fields(self):
            """The fields people fill in, with their hints and errors tied to them for screen readers."""
            fields = [field for field in super().visible_fields() if field.name != HONEYPOT_FIELD]
            for bound in fields:
                described_by = [f"{bound.id_for_label}-hint"] if bound.help_text else []
                if bound.errors:
                    described_by.append(f"{bound.id_for_label}-error")
                    bound.field.widget.attrs["aria-invalid"] = "true"
                if described_by:
                    bound.field.widget.attrs["aria-describedby"] = " ".join(described_by)
            return fields

        @property
        def honeypot(self):
            return self[HONEYPOT_FIELD]

    return HoneypotForm


def client_key(request, page):
    """The cache key counting this visitor's accepted submissions to `page` (a salted hash of the address
    behind the trusted proxies, kept for an hour: core/clients.py)."""
    return hourly_key(request, "school-request-rate", page.pk)


def over_rate_limit(request, page):
    """Whether this client has already sent FORM_RATE_LIMIT_PER_HOUR accepted submissions this hour."""
    return counted_this_hour(client_key(request, page)) >= settings.FORM_RATE_LIMIT_PER_HOUR


def count_submission(request, page):
    """One more accepted submission from this client. Invalid forms are never counted, so no one's mistakes
    (or anyone's empty POSTs) block anyone else."""
    count_this_hour(client_key(request, page))
