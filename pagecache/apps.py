from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "pagecache"
    verbose_name = "Page cache"

    def ready(self):
        from django.apps import apps
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from wagtail.signals import post_page_move, published, unpublished

        from pagecache.purge import is_content
        from pagecache.signal_handlers import on_delete, on_m2m_changed, on_publishing, on_save

        # Receivers per content model, not one for every model: a delete receiver on a model stops Django
        # from deleting its rows in bulk (it must load them to send the signal), so derived rows are left alone.
        for model in apps.get_models():
            if is_content(model):
                label = model._meta.label_lower
                post_save.connect(on_save, sender=model, dispatch_uid=f"pagecache-save-{label}")
                post_delete.connect(on_delete, sender=model, dispatch_uid=f"pagecache-delete-{label}")
        m2m_changed.connect(on_m2m_changed, dispatch_uid="pagecache-m2m")
        # Moving a page rewrites paths with bulk updates, which send no post_save.
        post_page_move.connect(on_publishing, dispatch_uid="pagecache-move")
        published.connect(on_publishing, dispatch_uid="pagecache-published")
        unpublished.connect(on_publishing, dispatch_uid="pagecache-unpublished")
