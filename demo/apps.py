from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo site for `make run`: example content in both languages, local accounts, and the
    scheduled-publishing loop. Nothing here runs in production."""

    name = "demo"
    verbose_name = "Demo site"
