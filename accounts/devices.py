"""Second-factor devices: the recovery codes given when an authenticator app is set up, and why a code was
refused."""

import math
import time

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken

RECOVERY_CODES = 10


def new_recovery_codes(user):
    """Replace the user's recovery codes with ten new ones, and return them (they are shown once)."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=str(_("Recovery codes")), confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return [f"{code[:4]}-{code[4:]}" for code in codes]


# How far back a code counts as "expired" rather than wrong: ten minutes of an app's 30-second codes.
EXPIRED_WINDOW_STEPS = 20


def throttled(devices):
    """The message for a code that cannot be checked yet, or None. Asked before checking: django-otp doubles
    the wait after each wrong code (1, 2, 4, 8 … seconds) and refuses any code, even a right one, until then."""
    for device in devices:
        allowed, data = device.verify_is_allowed()
        if not allowed and data and data.get("locked_until"):
            seconds = max(1, math.ceil((data["locked_until"] - timezone.now()).total_seconds()))
            return ngettext(
                "Too many wrong codes. Wait %(seconds)d second, then enter the code your app shows now.",
                "Too many wrong codes. Wait %(seconds)d seconds, then enter the code your app shows now.",
                seconds,
            ) % {"seconds": seconds}
    return None


def refusal(devices, code):
    """Why these authenticator devices refused `code`: expired (it was right a little while ago: a slow
    typist, or a phone whose clock is behind) or wrong, in words the editor can act on."""
    apps = [device for device in devices if hasattr(device, "bin_key")]  # not the recovery codes
    if code.isdigit() and any(_was_right_a_little_while_ago(app, int(code)) for app in apps):
        return _(
            "That code has expired. Enter the code your app shows now. If this keeps happening, set the time on "
            "your phone to update automatically."
        )
    return _(
        "That code is not right. Check that you typed the code your app shows for this site, and that the time "
        "on your phone updates automatically."
    )


def _was_right_a_little_while_ago(device, token):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    now = time.time()
    for back in range(device.tolerance + 1, EXPIRED_WINDOW_STEPS + 1):
        totp.time = now - back * device.step
        if totp.token() == token:
            return True
    return False
