from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets import ListingButton


@hooks.register("register_user_listing_buttons")
def reset_second_factor_button(user, request_user):
    """Superusers can reset another editor's two-step sign-in (a lost phone): accounts/views.py."""
    if request_user.is_superuser and user.pk != request_user.pk:
        yield ListingButton(
            _("Reset two-step sign-in"),
            reverse("twofactor_reset", args=[user.pk]),
            icon_name="key",
            priority=90,
        )
