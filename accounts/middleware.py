"""Admin middleware for signed-in editors: the second factor, and the admin's language."""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ObjectDoesNotExist
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.functional import SimpleLazyObject

from django_otp import user_has_device


def exempt_prefixes():
    """Admin pages reachable before the second factor: signing in and out, resetting the password, these
    pages themselves, and what they load (the icon sprite, the JavaScript translations)."""
    admin = f"/{settings.ADMIN_URL_PATH}"
    return tuple(admin + name for name in ("login/", "logout/", "2fa/", "password_reset/", "jsi18n/", "sprite/"))


def _visitor():
    visitor = AnonymousUser()
    visitor.is_verified = lambda: False  # as django-otp's middleware gives every user
    return visitor


class RequireSecondFactorMiddleware:
    """Send signed-in admin users who have not given a second factor this session to set it up or give it;
    outside the admin, such a session counts as a visitor's, so that a password alone opens no page, document
    or collection restricted to signed-in users (Wagtail checks `request.user`). Lazily: a visitor's request
    never reads the session."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if settings.REQUIRE_SECOND_FACTOR and not path.startswith(f"/{settings.ADMIN_URL_PATH}"):
            signed_in = request.user

            def user():
                if signed_in.is_authenticated and not signed_in.is_verified():
                    return _visitor()
                return signed_in

            request.user = SimpleLazyObject(user)
        if (
            settings.REQUIRE_SECOND_FACTOR
            and path.startswith(f"/{settings.ADMIN_URL_PATH}")
            and not path.startswith(exempt_prefixes())
        ):
            user = getattr(request, "user", None)
            if user is not None and user.is_authenticated and not user.is_verified():
                step = "twofactor_verify" if user_has_device(user, confirmed=True) else "twofactor_setup"
                return redirect(f"{reverse(step)}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)


class AdminLanguageMiddleware:
    """The admin speaks Japanese (LANGUAGE_CODE) unless the editor chose another language under
    Account → Language; the browser's Accept-Language does not decide it.

    Wagtail uses the editor's chosen language, else the language LocaleMiddleware picked from the browser,
    else LANGUAGE_CODE. This team works in Japanese, so for the admin (and its sign-in page) a person
    without a choice gets LANGUAGE_CODE. Public pages are not touched: they take their language from the
    address (/ja/, /en/), and this never reads request.user for them.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(f"/{settings.ADMIN_URL_PATH}"):
            # The editor's choice also for the admin pages that are not Wagtail's own (two-step sign-in).
            translation.activate(self.chosen_language(request) or settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = translation.get_language()
        return self.get_response(request)

    @staticmethod
    def chosen_language(request):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return ""
        try:
            return user.wagtail_userprofile.preferred_language
        except ObjectDoesNotExist:
            return ""
