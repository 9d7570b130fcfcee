from django.apps import AppConfig


class CampaignsConfig(AppConfig):
    name = "campaigns"
    verbose_name = "Campaign calendar"

    def ready(self):
        from campaigns.occurrences import register_signals

        register_signals()
