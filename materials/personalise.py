"""Make it yours: a school or PTA adds its name, one contact line and, if it likes, the date and place of its
own class or meeting to a printable material, and gets the PDF back at once (docs/printables.md).

Nothing is kept. The form is a POST (nothing in an address a proxy log records), the answer is
`Cache-Control: no-store` and is never stored by the page cache, no model is written, nothing is logged,
and the only cookie is the form's session-only CSRF cookie. The rate limit counts accepted requests per
client as the school request form does (core/clients.py: a salted hash of the address for an hour, and
nothing of what was entered).

What may be entered is plain text, short, and can't pass for a helpline: no web or e-mail address, and no
phone number (no run of five or more digits, however it is spaced or written, nor 110, 119, 118, 189 or #
numbers). A contact line is a teacher's name and an extension (内線 123), not a number to call: the
numbers on the sheet are the helplines', from the directory, and nothing a visitor types can look like one.
"""

import re
import unicodedata

from django import forms
from django.conf import settings
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from core.clients import count_this_hour, counted_this_hour, hourly_key

LIMITS = {"school": 60, "contact": 60, "meeting_place": 60}
EMERGENCY = {"110", "119", "118", "189", "171"}
KANJI_DIGITS = dict(zip("〇零一二三四五六七八九", "00123456789", strict=True))
# A web address: a dot (any script's) between a letter or digit and two or more lower-case ASCII letters
# (example.com, example . com, example。jp, lin.ee/x), or an internationalised domain (xn--).
ADDRESS = re.compile(r"[^\W_]\s?[.。｡．]\s?[a-z]{2,}")
SCHEMES = re.compile(r"(https?:|www\.|@|xn--)", re.I)


def plain(value, max_length):
    """The text as a visitor meant it: full-width letters and digits folded (ＡＢ１２ -> AB12), spaces
    collapsed, control characters refused, and no longer than the field allows once folded."""
    text = unicodedata.normalize("NFKC", value or "")
    if any(unicodedata.category(char).startswith("C") for char in text):
        raise forms.ValidationError(_("Use letters, numbers and ordinary punctuation only."), code="control")
    text = " ".join(text.split())
    if len(text) > max_length:
        raise forms.ValidationError(_("Use at most %(limit)d characters.") % {"limit": max_length}, code="max_length")
    return text


def digit_of(char):
    """The digit a character stands for, in any script (0-9, ０-９, 〇一二…, ①, ❶), or None."""
    if char in KANJI_DIGITS:
        return KANJI_DIGITS[char]
    value = unicodedata.numeric(char, None)
    if value is not None and value == int(value) and 0 <= value <= 9:
        return str(int(value))
    return None


def digit_runs(text):
    """The runs of digits in `text`, with whatever separates digits (spaces, dashes, dots, slashes, any
    punctuation or symbol) taken out: 0120–078–310 and 1 1 0 are one run each."""
    runs, current = [], ""
    for char in text:
        digit = digit_of(char)
        if digit is not None:
            current += digit
        elif not (current and (char.isspace() or unicodedata.category(char)[0] in "PSZ")):
            if current:
                runs.append(current)
            current = ""
    if current:
        runs.append(current)
    return runs


def refuse_lookalikes(text):
    """No address and no phone number: nothing that could pass for a helpline or send someone elsewhere."""
    if "<" in text or ">" in text:
        raise forms.ValidationError(_("Plain text only: leave out < and >."), code="markup")
    if SCHEMES.search(text) or ADDRESS.search(text):
        raise forms.ValidationError(
            _("Leave out web and e-mail addresses: the sheet already leads to this site."), code="address"
        )
    runs = digit_runs(text)
    numbered = any(mark + run in re.sub(r"\s", "", text) for mark in "#＃♯" for run in runs)
    if any(len(run) >= 5 or run in EMERGENCY for run in runs) or sum(map(len, runs)) >= 8 or numbered:
        raise forms.ValidationError(
            _(
                "Leave out phone numbers: the sheet shows the helplines' own numbers. An extension of up to "
                "four digits is fine."
            ),
            code="phone",
        )
    return text


class PlainTextField(forms.CharField):
    def __init__(self, *, max_length, **kwargs):
        super().__init__(max_length=max_length, strip=True, **kwargs)
        self.widget.attrs.update({"autocomplete": "off", "spellcheck": "false"})

    def clean(self, value):
        value = super().clean(value)
        return refuse_lookalikes(plain(value, self.max_length)) if value else ""


class PersonaliseForm(forms.Form):
    school = PlainTextField(
        label=_("School or PTA name"),
        max_length=LIMITS["school"],
        help_text=_("As it should appear on the sheet. For example: Sakura Elementary School PTA."),
    )
    contact = PlainTextField(
        label=_("Contact line (optional)"),
        max_length=LIMITS["contact"],
        required=False,
        help_text=_("Who to ask at your school, such as a teacher's name and extension. No phone numbers."),
    )
    meeting_date = forms.DateField(
        label=_("Date of your class or meeting (optional)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("For example 2027-02-24."),
    )
    meeting_place = PlainTextField(
        label=_("Place (optional)"),
        max_length=LIMITS["meeting_place"],
        required=False,
        help_text=_("For example: the gymnasium."),
    )

    def visible_fields(self):
        """The fields with their hints and errors tied to them for screen readers (as the request form's)."""
        fields = super().visible_fields()
        for bound in fields:
            described_by = [f"{bound.id_for_label}-hint"] if bound.help_text else []
            if bound.errors:
                described_by.append(f"{bound.id_for_label}-error")
                bound.field.widget.attrs["aria-invalid"] = "true"
            if described_by:
                bound.field.widget.attrs["aria-describedby"] = " ".join(described_by)
        return fields

    def personal(self):
        """What the print templates show (templates/print/base.html), dates written in the active language."""
        data = self.cleaned_data
        meeting = data.get("meeting_date")
        return {
            "show_box": True,
            "school": data["school"],
            "contact": data.get("contact", ""),
            "meeting_date": meeting,
            "meeting_date_text": formats.date_format(meeting, "DATE_FORMAT") if meeting else "",
            "meeting_place": data.get("meeting_place", ""),
            "letter_date_text": formats.date_format(timezone.localdate(), "DATE_FORMAT"),
        }


def client_key(request):
    """One count per client for every material: each request renders a PDF on the spot."""
    return hourly_key(request, "personalise-rate")


def over_rate_limit(request):
    return counted_this_hour(client_key(request)) >= settings.PERSONALISE_RATE_LIMIT_PER_HOUR


def count_request(request):
    """Count an accepted request before its PDF is made, and say whether it is still within the limit (the
    count is one atomic increment, so requests sent at once cannot all slip under it)."""
    return count_this_hour(client_key(request)) <= settings.PERSONALISE_RATE_LIMIT_PER_HOUR
