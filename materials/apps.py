from django.apps import AppConfig


class MaterialsConfig(AppConfig):
    name = "materials"
    verbose_name = "Materials library"

    def ready(self):
        from materials.signals import register

        register()
