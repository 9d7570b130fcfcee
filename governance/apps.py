from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GovernanceConfig(AppConfig):
    """Who may do what, and the two-step approval (docs/editors-guide.md)."""

    name = "governance"
    verbose_name = _("Editorial governance")

    def ready(self):
        from django.db.models.signals import post_init, post_save, pre_save

        from wagtail.models import GroupApprovalTask, Task, Workflow

        from governance import signal_handlers
        from governance.models import PeerApprovalTask
        from materials.models import SchoolRequestPage

        # The workflow's and tasks' names in the editor's language (governance/names.py).
        for model in (Workflow, Task, GroupApprovalTask, PeerApprovalTask):
            post_init.connect(
                signal_handlers.show_translated, sender=model, dispatch_uid=f"governance-name-{model.__name__}"
            )
            pre_save.connect(
                signal_handlers.store_untranslated, sender=model, dispatch_uid=f"governance-store-{model.__name__}"
            )

        post_save.connect(
            signal_handlers.give_liaison_the_submissions,
            sender=SchoolRequestPage,
            dispatch_uid="governance-liaison-access",
        )
