"""Snippets shown to the public (helplines, organisers, venues, datasets, taxonomy terms) go through the same
approval as pages: an editor's change is a draft until both steps approve it, and a term never approved is
not shown on the site."""

from django.urls import reverse

from wagtail.models import DraftStateMixin, Locale, WorkflowMixin, WorkflowState
from wagtail.test.utils.form_data import querydict_from_html

import pytest

from campaigns.models import Organiser, Venue
from figures.models import Dataset
from help.models import Helpline
from materials.models import Audience, MaterialFormat, MaterialPage, SchoolStage, Topic
from tests.governance.conftest import workflow_action


@pytest.mark.parametrize("model", [Helpline, Organiser, Venue, Dataset, Audience, SchoolStage, Topic, MaterialFormat])
def test_public_snippets_have_drafts_and_the_workflow(model, db):
    assert issubclass(model, WorkflowMixin) and issubclass(model, DraftStateMixin)
    assert model.get_default_workflow() is not None


def test_an_editors_new_helpline_number_goes_live_only_after_both_approvals(client, site, people):
    ja = Locale.objects.get(language_code="ja")
    helpline = Helpline(name="子どもの人権110番", description="電話相談", phone_number="0120-007-110", locale=ja)
    helpline.save()
    helpline.save_revision().publish()
    edit = reverse(Helpline.snippet_viewset.get_url_name("edit"), args=[helpline.pk])

    client.force_login(people["editor"])
    data = querydict_from_html(client.get(edit).content.decode(), form_id="w-editor-form")
    data["phone_number"] = "0120-999-999"
    data["action-submit"] = "1"
    assert client.post(edit, data).status_code == 302
    assert WorkflowState.objects.for_instance(helpline).get().status == WorkflowState.STATUS_IN_PROGRESS
    assert Helpline.objects.get(pk=helpline.pk).phone_number == "0120-007-110"
    assert not workflow_action(client, helpline, "approve")

    client.force_login(people["colleague"])
    assert workflow_action(client, helpline, "approve")
    assert Helpline.objects.get(pk=helpline.pk).phone_number == "0120-007-110"
    client.force_login(people["moderator"])
    assert workflow_action(client, helpline, "approve")
    assert Helpline.objects.get(pk=helpline.pk).phone_number == "0120-999-999"


def test_an_editor_cannot_publish_a_snippet(client, site, people):
    client.force_login(people["editor"])
    add = reverse(Topic.snippet_viewset.get_url_name("add"))
    html = client.get(add).content.decode()
    assert 'name="action-publish"' not in html
    client.force_login(people["moderator"])
    assert 'name="action-publish"' in client.get(add).content.decode()


def test_existing_terms_stayed_live_and_published(demo_content, db):
    for model in (Audience, SchoolStage, Topic, MaterialFormat):
        assert model.objects.exists()
        assert not model.objects.filter(live=False).exists()
        assert not model.objects.filter(live_revision__isnull=True).exists()


def test_a_term_never_approved_is_not_shown_on_the_site(client, demo_content, db):
    material = MaterialPage.objects.live().filter(locale__language_code="en").first()
    draft = Topic(name="Unapproved topic", slug="unapproved", locale=material.locale, live=False)
    draft.save()
    material.topics.add(draft)
    material.save()
    index_url = material.get_parent().url

    assert "Unapproved topic" not in client.get(material.url).content.decode()
    assert "Unapproved topic" not in client.get(index_url).content.decode()
    assert "unapproved" in client.get(index_url + "?topic=unapproved").content.decode()  # named as unknown

    draft.save_revision().publish()
    assert "Unapproved topic" in client.get(material.url).content.decode()
    assert "Unapproved topic" in client.get(index_url).content.decode()


def test_a_guidance_page_names_only_approved_audiences(client, demo_content, db):
    from guidance.models import GuidancePage

    page = GuidancePage.objects.live().filter(locale__language_code="en").first()
    draft = Audience(name="Unapproved readers", slug="unapproved", locale=page.locale, live=False)
    draft.save()
    page.audiences.add(draft)
    page.save()
    assert "Unapproved readers" not in client.get(page.url).content.decode()
    assert "Unapproved readers" not in client.get(page.get_parent().url).content.decode()
    draft.save_revision().publish()
    assert "Unapproved readers" in client.get(page.url).content.decode()


def test_the_migration_publishes_the_terms_that_existed(site):
    """Terms made before they had drafts: `live` defaults to true, and their latest revision becomes live."""
    import importlib

    from django.apps import apps

    migration = importlib.import_module("materials.migrations.0003_taxonomy_approval_next_review")
    term = Topic(name="既存のテーマ", slug="existing", locale=site["home_ja"].locale)
    term.save()
    revision = term.save_revision()
    Topic.objects.filter(pk=term.pk).update(live_revision=None, first_published_at=None, last_published_at=None)

    migration.mark_existing_terms_published(apps, None)
    term.refresh_from_db()
    assert term.live and term.live_revision_id == revision.pk
    assert term.first_published_at == term.last_published_at == revision.created_at
