from django.apps import AppConfig


class HelpConfig(AppConfig):
    name = "help"
    label = "help"
    verbose_name = "Get help"
