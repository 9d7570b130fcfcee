"""A statistics page is found by its datasets' titles and labels (StatisticsPage.extra_search_text), so it
is re-indexed when a dataset changes. Connected in FiguresConfig.ready()."""

from django.db import transaction

from wagtail.search import index

from figures.models import StatisticsPage


def reindex_statistics_pages(sender, instance, **kwargs):
    def update():
        for page in StatisticsPage.objects.live().filter(locale_id=instance.locale_id):
            index.insert_or_update_object(page)

    transaction.on_commit(update)
