"""A second factor for everyone who signs in to the admin: a TOTP authenticator app (django-otp).

After the password, an editor without an authenticator is sent to set one up (a QR code and the key to
type in by hand); an editor with one is asked for its current code. Until then, nothing under /admin/
answers except sign-in, sign-out, password reset and these pages. Codes are throttled by django-otp.

Setting up the app also gives ten recovery codes, shown once: each signs in once instead of the app's code
(a lost or new phone). A superuser can reset an editor's second factor (Users → the editor's ⋯ menu), so
that the editor sets up a new app at the next sign-in.
"""

import base64
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache

from django_otp import login as otp_login
from django_otp import match_token, user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

# The icon sprite and the JavaScript translations are fetched by the sign-in pages themselves.
EXEMPT_PREFIXES = (
    "/admin/login/",
    "/admin/logout/",
    "/admin/2fa/",
    "/admin/password_reset/",
    "/admin/jsi18n/",
    "/admin/sprite/",
)


class RequireSecondFactorMiddleware:
    """Send signed-in admin users who have not given a second factor this session to set it up or give it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if (
            getattr(settings, "REQUIRE_SECOND_FACTOR", True)
            and path.startswith("/admin/")
            and not path.startswith(EXEMPT_PREFIXES)
        ):
            user = getattr(request, "user", None)
            if user is not None and user.is_authenticated and not user.is_verified():
                step = "twofactor_verify" if user_has_device(user, confirmed=True) else "twofactor_setup"
                return redirect(f"{reverse(step)}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)


RECOVERY_CODES = 10


class CodeForm(forms.Form):
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


def new_recovery_codes(user):
    """Replace the user's recovery codes with ten new ones, and return them (they are shown once)."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=str(_("Recovery codes")), confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return [f"{code[:4]}-{code[4:]}" for code in codes]


def next_url(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure()):
        return target
    return reverse("wagtailadmin_home")


def admin_login_required(view):
    return login_required(view, login_url="wagtailadmin_login")


@never_cache
@admin_login_required
def setup(request):
    user = request.user
    if user_has_device(user, confirmed=True):
        return redirect(f"{reverse('twofactor_verify')}?{urlencode({'next': next_url(request)})}")
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=str(_("Authenticator app")), confirmed=False)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            codes = new_recovery_codes(user)
            return TemplateResponse(
                request, "twofactor/recovery_codes.html", {"codes": codes, "next": next_url(request)}
            )
        form.add_error("code", _("That code is not right. Check the time on your phone and try again."))
    import segno

    qr = segno.make(device.config_url, error="m").svg_inline(
        scale=4, dark="#000", light="#fff", title=str(_("QR code"))
    )
    context = {
        "form": form,
        "qr": mark_safe(qr),  # noqa: S308 - generated by segno from our own URL, contains no user input
        "key": " ".join(base64.b32encode(device.bin_key).decode().rstrip("=")[i : i + 4] for i in range(0, 32, 4)),
        "next": next_url(request),
    }
    return TemplateResponse(request, "twofactor/setup.html", context)


@never_cache
@admin_login_required
def verify(request):
    user = request.user
    if not user_has_device(user, confirmed=True):
        return redirect(f"{reverse('twofactor_setup')}?{urlencode({'next': next_url(request)})}")
    form = VerifyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            if isinstance(device, StaticDevice):
                left = device.token_set.count()
                messages.warning(
                    request,
                    ngettext(
                        "You signed in with a recovery code. %(left)d code is left: set up your app again soon.",
                        "You signed in with a recovery code. %(left)d codes are left: set up your app again soon.",
                        left,
                    )
                    % {"left": left},
                )
            return redirect(next_url(request))
        form.add_error("code", _("That code is not right, or too many wrong codes were tried. Wait and try again."))
    return TemplateResponse(request, "twofactor/verify.html", {"form": form, "next": next_url(request)})


@never_cache
@admin_login_required
def reset(request, user_id):
    """A superuser removes an editor's authenticator and recovery codes: the editor sets up a new app at the
    next sign-in. For a lost phone with no recovery code left. Superusers only; never one's own."""
    from django.contrib.auth import get_user_model
    from django.core.exceptions import PermissionDenied
    from django.shortcuts import get_object_or_404

    if not request.user.is_superuser:
        raise PermissionDenied
    target = get_object_or_404(get_user_model(), pk=user_id)
    if target.pk == request.user.pk:
        raise PermissionDenied
    if request.method == "POST":
        TOTPDevice.objects.filter(user=target).delete()
        StaticDevice.objects.filter(user=target).delete()
        messages.success(
            request,
            _("Two-step sign-in was reset for %(name)s. They set up a new app at their next sign-in.")
            % {"name": target.get_username()},
        )
        return redirect("wagtailusers_users:index")
    return TemplateResponse(request, "twofactor/reset.html", {"target": target})
