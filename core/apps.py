from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Core"

    def ready(self):
        from wagtail.images import get_image_model, get_image_model_string
        from wagtail.permissions import register_permission_policy

        from core.uploads import ApprovedFilesPermissionPolicy

        # exact_class: wins over the policy wagtail.images registers for the same model, whatever the order.
        register_permission_policy(
            get_image_model(),
            ApprovedFilesPermissionPolicy(
                get_image_model_string(), auth_model="wagtailimages.Image", owner_field_name="uploaded_by_user"
            ),
            exact_class=True,
        )

        # A translation keeps its source's slug (wagtail-localize would offer the slug for translation, and a
        # translated Japanese slug would be empty). Not for the home pages: both sit under the root, where two pages cannot share a slug.
        from wagtail.models import get_page_models

        from wagtail_localize.fields import SynchronizedField, get_translatable_fields

        from core.models import BasePage

        fields = {
            model: [
                SynchronizedField("slug") if field.field_name == "slug" else field
                for field in get_translatable_fields(model)
            ]
            for model in get_page_models()
            if issubclass(model, BasePage)
            and "translatable_fields" not in vars(model)
            and "wagtailcore.Page" not in (model.parent_page_types or [])
        }
        for model, translatable in fields.items():  # computed first: a subclass would inherit its parent's
            model.translatable_fields = translatable
