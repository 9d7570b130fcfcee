from wagtail.admin.forms import WagtailAdminPageForm


class LocalizedChoicesPageForm(WagtailAdminPageForm):
    """Offers translatable snippets (taxonomy terms, organisers) in the page's own language only,
    plus whatever is already chosen, so a translated copy that still points at the original
    language's terms can be saved and corrected."""

    localized_fields = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or (
            self.parent_page.locale_id if getattr(self, "parent_page", None) else None
        )
        if not locale_id:
            return
        for name in self.localized_fields:
            field = self.fields.get(name)
            if field is None:
                continue
            chosen = self.initial.get(name)
            if chosen is None or chosen == "":
                chosen_ids = []
            elif hasattr(chosen, "__iter__") and not isinstance(chosen, str):
                chosen_ids = [getattr(item, "pk", item) for item in chosen]
            else:
                chosen_ids = [getattr(chosen, "pk", chosen)]
            field.queryset = field.queryset.filter(locale_id=locale_id) | field.queryset.filter(pk__in=chosen_ids)
