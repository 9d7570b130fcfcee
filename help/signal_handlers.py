"""The help page lists every helpline, so it is found by their names and numbers (HelpIndexPage.
extra_search_text): re-index it when a helpline changes. Connected in HelpConfig.ready()."""

from django.db import transaction

from wagtail.search import index

from help.models import HelpIndexPage


def reindex_help_pages(sender, instance, **kwargs):
    def update():
        for page in HelpIndexPage.objects.live().filter(locale_id=instance.locale_id):
            index.insert_or_update_object(page)

    transaction.on_commit(update)
