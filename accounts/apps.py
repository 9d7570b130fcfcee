from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """Editors' sign-in: a second factor for everyone (an authenticator app, with recovery codes), and the
    admin in each editor's own language (docs/security-and-privacy.md)."""

    name = "accounts"
    verbose_name = "Sign-in"
