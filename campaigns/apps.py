from django.apps import AppConfig


class CampaignsConfig(AppConfig):
    name = "campaigns"
    verbose_name = "Campaign calendar"

    def ready(self):
        from wagtail.signals import page_published, page_unpublished

        from campaigns.models import CampaignPage, EventPage
        from campaigns.signal_handlers import on_published, on_unpublished

        for model in (CampaignPage, EventPage):
            name = model.__name__
            page_published.connect(on_published, sender=model, dispatch_uid=f"occurrences-published-{name}")
            page_unpublished.connect(on_unpublished, sender=model, dispatch_uid=f"occurrences-unpublished-{name}")
