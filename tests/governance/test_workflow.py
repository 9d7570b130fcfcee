"""The two-step approval, driven through the admin: an editor edits and submits, someone else checks the
facts, a moderator approves, and the page goes live; a rejected page stays as it was and its editor is told."""

from django.core import mail

from wagtail.models import Page, WorkflowState

from tests.governance.conftest import save_page, workflow_action


def live_heading(page):
    return Page.objects.get(pk=page.pk).specific.hero_heading


def test_an_editor_can_edit_the_home_page_but_not_publish_it(client, site, people):
    home = site["home_en"]
    client.force_login(people["editor"])
    assert not home.permissions_for_user(people["editor"]).can_publish()
    assert home.permissions_for_user(people["editor"]).can_edit()

    response = save_page(client, home, hero_heading="Draft heading")
    assert response.status_code == 302
    home.refresh_from_db()
    assert home.has_unpublished_changes and live_heading(home) == "Protect children"
    assert 'name="action-publish"' not in client.get(f"/admin/pages/{home.pk}/edit/").content.decode()

    # Posting "publish" anyway does not publish: Wagtail refuses it for someone without the permission.
    save_page(client, home, action="action-publish", hero_heading="Sneaked out")
    assert live_heading(home) == "Protect children"


def test_a_moderator_can_publish_the_home_page(client, site, people):
    home = site["home_en"]
    client.force_login(people["moderator"])
    assert home.permissions_for_user(people["moderator"]).can_publish()
    response = save_page(client, home, action="action-publish", hero_heading="Published by a moderator")
    assert response.status_code == 302
    assert live_heading(home) == "Published by a moderator"


def test_submitted_page_goes_live_after_a_fact_check_and_a_moderators_approval(client, site, people):
    home = site["home_en"]
    client.force_login(people["editor"])
    save_page(client, home, action="action-submit", hero_heading="Checked heading")
    state = WorkflowState.objects.for_instance(home).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.name == "Fact check"
    assert live_heading(home) == "Protect children"

    # The author cannot approve their own fact check.
    assert not workflow_action(client, home, "approve")
    assert WorkflowState.objects.for_instance(home).get().current_task_state.task.name == "Fact check"

    # A colleague checks the facts; the page is still not live.
    client.force_login(people["colleague"])
    assert workflow_action(client, home, "approve")
    state.refresh_from_db()
    assert state.current_task_state.task.name == "Moderators approval"
    assert live_heading(home) == "Protect children"

    # Editors cannot give the moderators' approval.
    assert not workflow_action(client, home, "approve")

    mail.outbox.clear()
    client.force_login(people["moderator"])
    assert workflow_action(client, home, "approve", comment="Numbers checked.")
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert live_heading(home) == "Checked heading"
    # The editor is told, in Japanese (the admin's language when the editor has chosen none; locale-wagtail/).
    to_editor = [m for m in mail.outbox if m.to == ["editor@example.org"]]
    assert len(to_editor) == 1 and "承認されました" in to_editor[0].subject


def test_a_moderator_who_checked_the_facts_can_also_give_the_final_approval(client, site, people):
    home = site["home_ja"]
    client.force_login(people["editor"])
    save_page(client, home, action="action-submit", hero_heading="二人目の確認")
    client.force_login(people["moderator"])
    assert workflow_action(client, home, "approve")
    assert workflow_action(client, home, "approve")
    assert live_heading(home) == "二人目の確認"


def test_a_rejected_page_stays_unpublished_and_the_editor_is_told(client, site, people):
    home = site["home_en"]
    client.force_login(people["editor"])
    save_page(client, home, action="action-submit", hero_heading="Wrong number 0120-000-000")
    mail.outbox.clear()
    client.force_login(people["colleague"])
    assert workflow_action(client, home, "reject", comment="The number is wrong.")

    state = WorkflowState.objects.for_instance(home).get()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert live_heading(home) == "Protect children"
    to_editor = [m for m in mail.outbox if m.to == ["editor@example.org"]]
    assert len(to_editor) == 1
    assert "The number is wrong." in to_editor[0].body
    # The e-mail leads to the page's editor, where the reviewer's comments sit on the fields they concern
    # (Wagtail's comments are on: the editor has a comments panel).
    edit = f"/admin/pages/{home.pk}/edit/"
    assert edit in to_editor[0].body
    client.force_login(people["editor"])
    assert 'data-side-panel-toggle="comments"' in client.get(edit).content.decode()


def test_moderators_are_told_when_something_awaits_them(client, site, people):
    client.force_login(people["editor"])
    mail.outbox.clear()
    save_page(client, site["home_en"], action="action-submit", hero_heading="Please check")
    recipients = {address for message in mail.outbox for address in message.to}
    # The fact check is for editors and moderators, except the author.
    assert {"colleague@example.org", "moderator@example.org"} <= recipients
    assert "editor@example.org" not in recipients


def test_an_edit_during_moderation_must_be_checked_again(client, site, people, settings):
    home = site["home_en"]
    client.force_login(people["editor"])
    save_page(client, home, action="action-submit", hero_heading="First version")
    client.force_login(people["colleague"])
    workflow_action(client, home, "approve")
    # The moderator changes the text before approving: the fact check must be done again on the new text.
    client.force_login(people["moderator"])
    save_page(client, home, hero_heading="Changed after the check")
    state = WorkflowState.objects.for_instance(home).get()
    state.refresh_from_db()
    workflow_action(client, home, "approve")
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.name == "Fact check"
    assert live_heading(home) == "Protect children"


def test_the_pages_author_cannot_check_the_facts_of_someone_elses_submission(client, site, people):
    home = site["home_en"]
    Page.objects.filter(pk=home.pk).update(owner=people["colleague"])  # the colleague wrote the page
    client.force_login(people["editor"])
    save_page(client, home, action="action-submit", hero_heading="Submitted by another editor")
    client.force_login(people["colleague"])
    assert not workflow_action(client, home, "approve")
    assert WorkflowState.objects.for_instance(home).get().current_task_state.task.name == "Fact check"
    client.force_login(people["moderator"])
    assert workflow_action(client, home, "approve")


def test_the_last_editor_cannot_check_the_facts_of_their_own_change(client, site, people):
    home = site["home_en"]
    client.force_login(people["editor"])
    save_page(client, home, action="action-submit", hero_heading="First version")
    # the colleague changes the text while it waits for its check: now the colleague is its last editor
    client.force_login(people["colleague"])
    save_page(client, home, hero_heading="Changed by the colleague")
    assert not workflow_action(client, home, "approve")
    client.force_login(people["moderator"])
    assert workflow_action(client, home, "approve")
