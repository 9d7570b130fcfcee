"""Keep the occurrences table in step with the pages: rebuilt on publish and unpublish, deleted with the
page (its foreign key cascades). Moving a page needs nothing: the views find occurrences through the
page's current path. Connected in CampaignsConfig.ready()."""


def on_published(sender, instance, **kwargs):
    instance.bump_sequence()
    instance.rebuild_occurrences()


def on_unpublished(sender, instance, **kwargs):
    instance.rebuild_occurrences()
