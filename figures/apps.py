from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FiguresConfig(AppConfig):
    name = "figures"
    verbose_name = _("The situation in figures")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from figures.models import Dataset
        from figures.signal_handlers import reindex_statistics_pages

        post_save.connect(reindex_statistics_pages, sender=Dataset, dispatch_uid="figures-reindex-saved")
        post_delete.connect(reindex_statistics_pages, sender=Dataset, dispatch_uid="figures-reindex-deleted")
