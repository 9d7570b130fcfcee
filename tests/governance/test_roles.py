"""The groups, their permissions and the approval workflow exist after `migrate` on an empty database, and
each role can do what it should and nothing more."""

from django.apps import apps as django_apps
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder
from django.urls import reverse

from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Locale,
    Page,
    Task,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

import pytest

from governance import roles
from governance.models import PeerApprovalTask
from tests.factories import ContentPageFactory

PUBLIC_SNIPPET_MODELS = [django_apps.get_model(app, model) for app, model in roles.PUBLIC_SNIPPETS]


def page_codenames(group_name):
    root = Page.get_first_root_node()
    return set(
        GroupPagePermission.objects.filter(group__name=group_name, page=root).values_list(
            "permission__codename", flat=True
        )
    )


def codenames(group_name):
    return {
        f"{app}.{codename}"
        for app, codename in Group.objects.get(name=group_name).permissions.values_list(
            "content_type__app_label", "codename"
        )
    }


def describe_state():
    """Everything the migration makes, to compare two runs."""
    return {
        "groups": sorted(Group.objects.values_list("name", flat=True)),
        "permissions": {name: sorted(codenames(name)) for name in roles.GROUPS},
        "pages": {name: sorted(page_codenames(name)) for name in roles.GROUPS},
        "workflows": list(Workflow.objects.values_list("name", "active")),
        "tasks": list(WorkflowTask.objects.order_by("workflow", "sort_order").values_list("workflow", "task__name")),
        "workflow_pages": list(WorkflowPage.objects.values_list("page", "workflow")),
        "snippet_workflows": sorted(WorkflowContentType.objects.values_list("content_type__model", "workflow")),
        "permission_rows": Permission.objects.count(),
        "task_rows": Task.objects.count(),
    }


@pytest.mark.django_db
class TestAfterMigrate:
    """The test database is built by `migrate` from an empty database, like every install."""

    def test_the_migration_ran(self):
        assert MigrationRecorder.Migration.objects.filter(app="governance", name="0002_roles_and_workflow").exists()

    def test_the_four_groups_exist(self):
        assert {"Editors", "Moderators", "Translators", "School liaison"} <= set(
            Group.objects.values_list("name", flat=True)
        )
        assert Group.objects.filter(name="School liaison").count() == 1

    def test_editors_create_and_edit_but_do_not_publish(self):
        assert page_codenames("Editors") == {"add_page", "change_page"}
        perms = codenames("Editors")
        assert {
            "help.add_helpline",
            "help.change_helpline",
            "figures.change_dataset",
            "materials.change_topic",
        } <= perms
        assert {"wagtailimages.add_image", "wagtaildocs.add_document", "wagtailadmin.access_admin"} <= perms
        assert not {p for p in perms if ".publish_" in p or ".delete_" in p}

    def test_moderators_publish(self):
        assert {"publish_page", "change_page", "add_page"} <= page_codenames("Moderators")
        perms = codenames("Moderators")
        for model in PUBLIC_SNIPPET_MODELS:
            assert f"{model._meta.app_label}.publish_{model._meta.model_name}" in perms

    def test_translators_use_wagtail_localize_and_do_not_publish(self):
        assert "wagtail_localize.submit_translation" in codenames("Translators")
        assert page_codenames("Translators") == {"change_page"}
        assert not {p for p in codenames("Translators") if ".publish_" in p or ".add_" in p}

    def test_the_school_liaison_only_reaches_the_admin(self):
        assert codenames("School liaison") == {"wagtailadmin.access_admin"}
        assert page_codenames("School liaison") == set()

    def test_no_group_manages_users(self):
        for group in Group.objects.all():
            assert not group.permissions.filter(content_type__app_label="auth").exists(), group.name
            assert not group.permissions.filter(codename__in=["add_user", "change_user", "delete_user"]).exists()

    def test_one_two_step_workflow_on_the_root_of_both_locales(self):
        workflows = Workflow.objects.filter(active=True)
        assert [w.name for w in workflows] == ["Two-step approval"]
        workflow = workflows.get()
        tasks = [t.specific for t in workflow.tasks.order_by("workflow_tasks__sort_order")]
        assert [type(t) for t in tasks] == [PeerApprovalTask, GroupApprovalTask]
        assert [t.name for t in tasks] == ["Fact check", "Moderators approval"]
        assert {g.name for g in tasks[0].groups.all()} == {"Editors", "Moderators"}
        assert {g.name for g in tasks[1].groups.all()} == {"Moderators"}
        assert WorkflowPage.objects.get(page=Page.get_first_root_node()).workflow == workflow

    def test_the_workflow_applies_to_the_home_pages_and_every_public_snippet(self, site_tree):
        workflow = Workflow.objects.get(active=True)
        for home in (site_tree["home_ja"], site_tree["home_en"]):
            assert home.get_workflow() == workflow
        for model in PUBLIC_SNIPPET_MODELS:
            assert model.get_default_workflow() == workflow, model

    def test_running_it_again_changes_nothing(self):
        before = describe_state()
        roles.apply(django_apps)
        assert describe_state() == before


@pytest.mark.django_db
def test_on_an_empty_database_it_makes_everything_from_nothing():
    """With the historical models of the migration, on a database with no groups, tasks or workflows."""
    Workflow.objects.all().delete()
    Task.objects.all().delete()
    Group.objects.all().delete()
    historical = MigrationExecutor(connection).loader.project_state(("governance", "0002_roles_and_workflow")).apps
    roles.apply(historical)
    assert set(Group.objects.values_list("name", flat=True)) == set(roles.GROUPS)
    assert page_codenames("Editors") == {"add_page", "change_page"}
    workflow = Workflow.objects.get()
    assert workflow.name == "Two-step approval"
    assert [t.name for t in workflow.tasks.order_by("workflow_tasks__sort_order")] == [
        "Fact check",
        "Moderators approval",
    ]
    assert WorkflowContentType.objects.filter(workflow=workflow).count() == len(roles.PUBLIC_SNIPPETS)


class TestWhatEachRoleCanDo:
    def test_editors_and_moderators_cannot_manage_users(self, client, people):
        for role in ("editor", "moderator", "translator", "liaison"):
            client.force_login(people[role])
            for url in [
                reverse(name)
                for name in ("wagtailusers_users:index", "wagtailusers_users:add", "wagtailusers_groups:index")
            ]:
                response = client.get(url)
                assert response.status_code == 302 and response["Location"] == "/admin/", (role, url)

    def test_only_moderators_change_the_site_settings(self, client, site, people):
        url = "/admin/settings/core/sitesettings/"
        client.force_login(people["editor"])
        response = client.get(url, follow=True)
        assert response.request["PATH_INFO"] == "/admin/"
        client.force_login(people["moderator"])
        response = client.get(url, follow=True)
        assert response.status_code == 200 and response.request["PATH_INFO"].startswith(url)
        assert 'name="quick_exit_url"' in response.content.decode()
        assert people["moderator"].has_perm("core.change_sitesettings")
        assert not people["editor"].has_perm("core.change_sitesettings")

    def test_editors_draft_snippets_and_moderators_publish_them(self, people):
        editor, moderator = people["editor"], people["moderator"]
        assert editor.has_perm("help.change_helpline") and not editor.has_perm("help.publish_helpline")
        assert moderator.has_perm("help.publish_helpline")

    def test_a_translator_translates_a_page_and_cannot_publish_it(self, client, site, people):
        page = ContentPageFactory(parent=site["home_ja"], title="このサイトについて", slug="about")
        page.save_revision().publish()
        client.force_login(people["translator"])
        english = Locale.objects.get(language_code="en")
        response = client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [english.pk]})
        assert response.status_code == 302
        translated = page.get_translation(english)
        assert not translated.live
        assert client.get(f"/admin/pages/{translated.pk}/edit/").status_code == 200
        assert not translated.permissions_for_user(people["translator"]).can_publish()

    def test_the_school_liaison_cannot_edit_pages_or_snippets(self, client, site, people):
        client.force_login(people["liaison"])
        for url in (f"/admin/pages/{site['home_ja'].pk}/edit/", "/admin/snippets/help/helpline/", "/admin/images/"):
            response = client.get(url)
            assert response.status_code == 302 and response["Location"] == "/admin/", url
        client.force_login(people["editor"])
        assert client.get("/admin/snippets/help/helpline/").status_code == 200


def test_the_school_liaison_sees_the_submissions_of_a_new_request_form_and_editors_do_not(client, site, people):
    from materials.models import MaterialsIndexPage, SchoolRequestPage

    library = MaterialsIndexPage(title="教材", slug="materials")
    site["home_ja"].add_child(instance=library)
    form = SchoolRequestPage(title="依頼", slug="request", to_address="liaison@example.jp")
    library.add_child(instance=form)
    url = reverse("wagtailforms:list_submissions", args=[form.pk])
    client.force_login(people["liaison"])
    assert client.get(url).status_code == 200
    assert client.get(reverse("wagtailforms:index")).status_code == 200
    client.force_login(people["editor"])
    response = client.get(url)
    assert response.status_code == 302 and response["Location"] == "/admin/"
