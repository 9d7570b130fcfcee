from django.apps import AppConfig


class HelpConfig(AppConfig):
    name = "help"
    label = "help"
    verbose_name = "Get help"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from help.models import Helpline
        from help.signal_handlers import reindex_help_pages

        post_save.connect(reindex_help_pages, sender=Helpline, dispatch_uid="help-reindex-saved")
        post_delete.connect(reindex_help_pages, sender=Helpline, dispatch_uid="help-reindex-deleted")
