"""Second-factor devices: the recovery codes given when an authenticator app is set up, how a code is
checked, and why a code was refused.

Recovery codes are stored hashed: django-otp's StaticToken keeps whatever it is given and compares it as
it is, so it is given an HMAC of the code (keyed with SECRET_KEY, so a copy of the database alone does not
let anyone try codes against it), never the code. Codes stored before that are hashed by
accounts/migrations/0001."""

import math
import time

from django.conf import settings
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODES = 10
HASH_SALT = "accounts.devices.recovery-code"
HASH_LENGTH = 16  # StaticToken.token holds 16 characters: 64 bits of the HMAC, in hexadecimal


def recovery_code_hash(code, secret=None):
    """What is stored for a recovery code (lower-case, without its hyphen)."""
    return salted_hmac(HASH_SALT, code, secret=secret, algorithm="sha256").hexdigest()[:HASH_LENGTH]


def _hashes(code):
    """The code's hash under SECRET_KEY and under each of SECRET_KEY_FALLBACKS: codes keep working for as long
    as a rotated key is kept as a fallback."""
    return [recovery_code_hash(code, secret) for secret in [settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS]]


def new_recovery_codes(user):
    """Replace the user's recovery codes with ten new ones, and return them (they are shown once; only their
    hashes are kept)."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=str(_("Recovery codes")), confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=recovery_code_hash(code)) for code in codes)
    return [f"{code[:4]}-{code[4:]}" for code in codes]


def verify_code(user, code):
    """The device that accepts `code` (the app's 6 digits, or a recovery code), or None. Each device counts a
    wrong code towards its own wait, once; a recovery code is used up."""
    if len(code) == 6 and code.isdigit():
        for device in TOTPDevice.objects.filter(user=user, confirmed=True):
            if device.verify_token(code):
                return device
        return None
    hashes = _hashes(code)
    for device in StaticDevice.objects.filter(user=user, confirmed=True):
        stored = [token for token in device.token_set.values_list("token", flat=True) if token in hashes]
        # The stored hash the code matches, or the current one (which then fails and counts as wrong).
        candidate = stored[0] if stored else hashes[0]
        if device.verify_token(candidate):
            return device
    return None


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
