from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.auth import LoginForm


class SignInForm(LoginForm):
    """Wagtail's sign-in form (WAGTAILADMIN_USER_LOGIN_FORM), with labels: its password and "remember me"
    fields have none, so Django shows their names, "Password" and "Remember", in English whatever the language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")
        self.fields["remember"].label = _("Remember me")


class CodeForm(forms.Form):
    """The 6 digits an authenticator app shows."""

    code = forms.CharField(
        label=_("Code from your authenticator app"),
        min_length=6,
        max_length=8,
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "autocomplete": "one-time-code", "pattern": "[0-9]*", "autofocus": True}
        ),
    )

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        if not code.isdigit():
            raise forms.ValidationError(_("Enter the 6 digits your app shows."))
        return code


class VerifyForm(CodeForm):
    """The app's 6 digits, or one of the recovery codes (8 letters and digits)."""

    code = forms.CharField(
        label=_("Code from your authenticator app, or a recovery code"),
        min_length=6,
        max_length=12,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True, "autocapitalize": "none"}),
    )

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split()).replace("-", "").lower()
        if not (code.isascii() and code.isalnum()) or not (code.isdigit() and len(code) == 6 or len(code) == 8):
            raise forms.ValidationError(_("Enter the 6 digits your app shows, or a recovery code."))
        return code
