from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page

from core import slugs


class SitePageForm(WagtailAdminPageForm):
    """Every page's admin form (BasePage.base_form_class): a slug left blank is made from the title in rōmaji,
    and a slug that is empty, digits only or one of the parent's routes is refused, beside the field and in
    the summary at the top, which names the tab the slug is on (core/slugs.py)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False
            self.fields["slug"].help_text = slugs.HELP

    def clean(self):
        if "slug" in self.fields and not self.cleaned_data.get("slug") and self.cleaned_data.get("title"):
            proposal = slugs.propose(self.cleaned_data["title"], self.parent_page)
            if proposal:
                self.cleaned_data["slug"] = self._available(proposal)
        cleaned_data = super().clean()
        if "slug" in self.fields and "slug" not in self.errors:
            message = slugs.problem(cleaned_data.get("slug"), self.parent_page)
            if message:
                self.add_error("slug", message)
                self.add_error(None, slugs.summary())
        return cleaned_data

    def _available(self, slug):
        """The slug, or slug-2, slug-3… if a sibling has it (as Wagtail numbers its own proposals)."""
        candidate, number = slug, 1
        while not Page._slug_is_available(candidate, self.parent_page, self.instance):
            number += 1
            candidate = f"{slug}-{number}"
        return candidate


class LocalizedChoicesPageForm(SitePageForm):
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
