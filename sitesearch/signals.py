"""Keep the search index true when content that pages borrow changes: the help page is found by its
helplines and a statistics page by its datasets, which are snippets, so re-index them when those change."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.search import index

from figures.models import Dataset
from help.models import Helpline


@receiver(post_save, sender=Helpline)
@receiver(post_delete, sender=Helpline)
def reindex_help_pages(sender, instance, **kwargs):
    from help.models import HelpIndexPage

    def update():
        for page in HelpIndexPage.objects.live().filter(locale_id=instance.locale_id):
            index.insert_or_update_object(page)

    transaction.on_commit(update)


@receiver(post_save, sender=Dataset)
@receiver(post_delete, sender=Dataset)
def reindex_statistics_pages(sender, instance, **kwargs):
    from figures.models import StatisticsPage

    def update():
        for page in StatisticsPage.objects.live().filter(locale_id=instance.locale_id):
            index.insert_or_update_object(page)

    transaction.on_commit(update)
