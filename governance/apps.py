from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GovernanceConfig(AppConfig):
    """Who may do what, and the two-step approval (docs/editors-guide.md)."""

    name = "governance"
    verbose_name = _("Editorial governance")

    def ready(self):
        from django.db.models.signals import post_save

        from governance.signal_handlers import give_liaison_the_submissions
        from materials.models import SchoolRequestPage

        post_save.connect(
            give_liaison_the_submissions, sender=SchoolRequestPage, dispatch_uid="governance-liaison-access"
        )
