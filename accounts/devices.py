"""Second-factor devices: the recovery codes given when an authenticator app is set up."""

from django.utils.translation import gettext_lazy as _

from django_otp.plugins.otp_static.models import StaticDevice, StaticToken

RECOVERY_CODES = 10


def new_recovery_codes(user):
    """Replace the user's recovery codes with ten new ones, and return them (they are shown once)."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=str(_("Recovery codes")), confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return [f"{code[:4]}-{code[4:]}" for code in codes]
