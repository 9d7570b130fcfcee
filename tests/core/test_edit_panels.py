"""Panels cover the fields: every editable field of every page type, snippet, setting and the document model
of the project is in its edit form, and so is every field of the inline children (InlinePanel) they hold.

A field editors must not see goes in an allow-list below, with the reason. A new field without a panel
fails here with the model and the field named. No database is needed: the forms are built from the
panels, as the admin builds them.
"""

from modelcluster.models import get_all_child_relations
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.contrib.settings.views import get_setting_edit_handler
from wagtail.documents import get_document_model
from wagtail.documents.forms import get_document_form
from wagtail.models import get_page_models
from wagtail.snippets.models import get_snippet_models

import pytest

from tests.architecture.checks import APP_PACKAGES

# Editable fields (editable=True) that Wagtail fills in itself, on every model that has them. Wagtail's
# other bookkeeping (translation_key, locale, live, has_unpublished_changes, last_published_at,
# latest_revision, live_revision, draft_title, locked, locked_at, locked_by, expired, url_path,
# alias_of, latest_revision_created_at...) is editable=False in Wagtail 8, so never expected in a form.
# go_live_at and expire_at are not here: on pages they are the schedule dialog's (PublishingPanel, in
# Page.settings_panels), so a settings_panels that drops *BasePage.settings_panels fails this test.
WAGTAIL_MAINTAINED = {
    "path": "the page tree (treebeard): Wagtail keeps it",
    "depth": "the page tree (treebeard): Wagtail keeps it",
    "numchild": "the page tree (treebeard): Wagtail keeps it",
    "content_type": "the page type, set when the page is created",
    "owner": "the creator, set by Wagtail; shown where it means something (review owner, core/review.py)",
    "first_published_at": "set by Wagtail on the first publish",
}

# Per model, (app_label, model name) -> {field: why editors must not see it}.
HIDDEN_FROM_EDITORS = {
    ("materials", "SchoolRequestField"): {
        "clean_name": "Wagtail's form builder derives it from the label (AbstractFormField)",
    },
}

# Fields that should be editable but are not yet: each entry is a bug to fix, not a decision. Remove the
# entry with the fix (the test fails on an entry that has become editable). None today.
KNOWN_GAPS = {}


def is_project_model(model):
    return model._meta.app_label in APP_PACKAGES


def label(model):
    return f"{model._meta.app_label}.{model.__name__}"


def editable_fields(model):
    """Concrete fields and many-to-many fields (ParentalManyToManyField, tags) that a form could edit."""
    return [
        field.name
        for field in model._meta.get_fields()
        if not field.auto_created and getattr(field, "editable", False) and (field.concrete or field.many_to_many)
    ]


def allowed_absent(model):
    key = (model._meta.app_label, model.__name__)
    return {**WAGTAIL_MAINTAINED, **HIDDEN_FROM_EDITORS.get(key, {}), **KNOWN_GAPS.get(key, {})}


def missing_fields(model, form_class, where=None, parent_key=None):
    """Every editable field of `model` that `form_class` lacks and no allow-list explains, then the same
    for each project child model (ParentalKey) in the form's inline formsets, recursively."""
    where = where or label(model)
    fields = set(form_class.base_fields)
    absent = allowed_absent(model)
    problems = [
        f"{where}: field {name!r} is in no panel: add FieldPanel({name!r}) to the model's panels, or list it "
        "in HIDDEN_FROM_EDITORS with the reason"
        for name in editable_fields(model)
        if name not in fields and name not in absent and name != parent_key
    ]
    formsets = getattr(form_class, "formsets", {}) or {}
    for relation in get_all_child_relations(model):
        child = relation.related_model
        name = relation.get_accessor_name()
        if not is_project_model(child):
            continue  # Wagtail's own (comments)
        if name not in formsets:
            problems.append(
                f"{where}: child relation {name!r} ({label(child)}) is in no panel: add InlinePanel({name!r})"
            )
            continue
        problems.extend(
            missing_fields(child, formsets[name].form, f"{where}.{name} ({label(child)})", relation.field.name)
        )
    return problems


def page_forms():
    return [
        (model, model.get_edit_handler().get_form_class())
        for model in get_page_models()
        if is_project_model(model) and not model._meta.abstract
    ]


def snippet_forms():
    return [
        (model, model.snippet_viewset.get_edit_handler().get_form_class())
        for model in get_snippet_models()
        if is_project_model(model)
    ]


def setting_forms():
    return [
        (model, get_setting_edit_handler(model).get_form_class())
        for model in settings_registry
        if is_project_model(model)
    ]


def document_forms():
    model = get_document_model()
    return [(model, get_document_form(model))] if is_project_model(model) else []


def all_forms():
    return [*page_forms(), *snippet_forms(), *setting_forms(), *document_forms()]


def test_the_check_sees_every_kind_of_edited_model():
    """The coverage check below passes vacuously if it finds no models: make sure it finds each kind."""
    found = {label(model) for model, _form in all_forms()}
    assert {"home.HomePage", "home.ContentPage", "campaigns.CampaignPage", "news.NewsPage"} <= found  # pages
    assert {"help.Helpline", "figures.Dataset", "campaigns.Organiser", "materials.Topic"} <= found  # snippets
    assert {"core.SiteSettings", "materials.CampaignDocument"} <= found  # a setting, the document model
    assert len([model for model, _form in page_forms()]) >= 14


def test_every_editable_field_is_in_an_edit_panel():
    """Editors can only fill in what a panel shows: a field without one can be set by code alone (as
    ContentPage.show_quick_exit could, although the editor's guide told editors to tick it)."""
    problems = [problem for model, form_class in all_forms() for problem in missing_fields(model, form_class)]
    if problems:
        pytest.fail(
            f"Fields editors cannot edit ({len(problems)}):\n" + "\n".join(f"  {p}" for p in problems), pytrace=False
        )


def test_the_allow_lists_are_not_stale():
    """Every allow-listed field exists, and is still absent from the form: a list entry that has become
    needless (the field was removed, or now has a panel) must go, or it would hide the next regression."""
    forms = {(model._meta.app_label, model.__name__): (model, form_class) for model, form_class in all_forms()}
    children = {}
    for _model, form_class in forms.values():
        for formset in (getattr(form_class, "formsets", {}) or {}).values():
            children[(formset.model._meta.app_label, formset.model.__name__)] = (formset.model, formset.form)
    problems = []
    for allow_list in ("HIDDEN_FROM_EDITORS", "KNOWN_GAPS"):
        for key, fields in globals()[allow_list].items():
            model, form_class = forms.get(key) or children.get(key) or (None, None)
            if model is None:
                problems.append(f"{allow_list}: {'.'.join(key)} is not an edited model")
                continue
            for name in fields:
                if name not in editable_fields(model):
                    problems.append(f"{allow_list}: {'.'.join(key)} has no editable field {name!r}")
                elif name in form_class.base_fields:
                    problems.append(f"{allow_list}: {'.'.join(key)}.{name} is in the form now: remove the entry")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_a_field_left_out_of_the_panels_is_reported():
    """The check can fail: panels for ContentPage without body and without the settings panels."""
    from home.models import ContentPage

    panels = ObjectList([FieldPanel("title"), FieldPanel("slug"), FieldPanel("introduction")])
    form_class = panels.bind_to_model(ContentPage).get_form_class()
    problems = "\n".join(missing_fields(ContentPage, form_class))
    assert "home.ContentPage: field 'body' is in no panel" in problems
    assert "'show_quick_exit'" in problems and "'go_live_at'" in problems  # go_live_at: PublishingPanel's
    assert "'path'" not in problems and "'title'" not in problems


def test_an_inline_child_field_and_a_missing_inline_panel_are_reported():
    """The check follows InlinePanels into their child models, and notices a child relation with none."""
    from wagtail.admin.panels import InlinePanel

    from help.models import Helpline

    panels = ObjectList(
        [FieldPanel("name"), InlinePanel("fallbacks", panels=[FieldPanel("number")])]  # no "note", no hours
    )
    problems = "\n".join(missing_fields(Helpline, panels.bind_to_model(Helpline).get_form_class()))
    assert "help.Helpline.fallbacks (help.HelplineFallback): field 'note' is in no panel" in problems
    assert "child relation 'weekly_hours' (help.HelplineWeeklyHours) is in no panel" in problems
    assert "'helpline'" not in problems  # the ParentalKey back to the helpline is the formset's own
