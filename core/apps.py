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
