from django.apps import AppConfig


class MaterialsConfig(AppConfig):
    name = "materials"
    verbose_name = "Materials library"

    def ready(self):
        from django.apps import apps
        from django.db.models.signals import post_delete, post_save, pre_delete

        from wagtail.documents.models import document_served
        from wagtail.permissions import register_permission_policy
        from wagtail.signals import (
            page_published,
            page_slug_changed,
            page_unpublished,
            post_page_move,
            published,
            unpublished,
        )

        from core.uploads import ApprovedFilesPermissionPolicy
        from materials import signal_handlers
        from materials.models import CampaignDocument, MaterialPage

        # Deleting needs the delete permission; exact_class wins over wagtail.documents' own registration.
        register_permission_policy(
            CampaignDocument,
            ApprovedFilesPermissionPolicy(
                "materials.CampaignDocument", auth_model="wagtaildocs.Document", owner_field_name="uploaded_by_user"
            ),
            exact_class=True,
        )

        post_save.connect(signal_handlers.on_document_saved, sender=CampaignDocument, dispatch_uid="materials-facts")
        # Before the packs: they then include the page's generated file.
        page_published.connect(
            signal_handlers.on_material_published, sender=MaterialPage, dispatch_uid="materials-printable"
        )
        # A helpline is named, not imported: the materials section does not import the help section.
        pre_delete.connect(
            signal_handlers.on_helpline_deleted,
            sender=apps.get_model("help", "Helpline"),
            dispatch_uid="materials-printable-helpline-deleted",
        )
        post_page_move.connect(signal_handlers.on_address_changed, dispatch_uid="materials-printable-moved")
        page_slug_changed.connect(signal_handlers.on_address_changed, dispatch_uid="materials-printable-renamed")
        # Wagtail sends these for pages and snippets alike (and page_published besides, for pages).
        for signal, name in ((published, "published"), (unpublished, "unpublished")):
            signal.connect(signal_handlers.on_content_published, dispatch_uid=f"materials-printable-{name}")
        for signal, name in (
            (page_published, "published"),
            (page_unpublished, "unpublished"),
            (post_delete, "deleted"),
        ):
            signal.connect(
                signal_handlers.on_material_changed, sender=MaterialPage, dispatch_uid=f"materials-packs-{name}"
            )
        document_served.connect(signal_handlers.on_document_served, dispatch_uid="materials-download-count")

        # The document chooser offers the edited page's language first (materials/admin_views.py). Wagtail
        # builds the chooser's URLs from these two classes when the admin URLs load, after ready().
        from wagtail.documents.views.chooser import viewset as document_chooser

        from materials.admin_views import LanguageFirstChooseResultsView, LanguageFirstChooseView

        document_chooser.choose_view_class = LanguageFirstChooseView
        document_chooser.choose_results_view_class = LanguageFirstChooseResultsView
