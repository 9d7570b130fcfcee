"""The first step of the approval workflow: someone other than the author checks the content."""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _

from wagtail.models import GroupApprovalTask, Page


def _authors(obj, requested_by_id=None, revision=None):
    """The ids of who wrote what is being checked: the submitter of its workflow, its owner (a page's author),
    the author of the revision being checked and of its latest revision (its last editor)."""
    people = {getattr(obj, "owner_id", None), requested_by_id}
    for version in (revision, getattr(obj, "latest_revision", None)):
        if version is not None:
            people.add(version.user_id)
    people.discard(None)
    return people


def _authors_of_workflow_in_progress(obj):
    state = getattr(obj, "current_workflow_state", None)
    if state is None:
        return _authors(obj)
    task_state = state.current_task_state
    return _authors(obj, state.requested_by_id, task_state.revision if task_state is not None else None)


class PeerApprovalTask(GroupApprovalTask):
    """Wagtail's group approval, except that the people who wrote the page or snippet (who submitted it, its
    owner, the author of the revision being checked) cannot approve or reject this step themselves: a
    second person always looks at it.

    Everything else (groups, notifications, locking, the dashboard) is Wagtail's GroupApprovalTask.
    """

    class Meta:
        verbose_name = _("approval by another person")
        verbose_name_plural = _("approvals by another person")

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups approve this step, except the people who wrote it: who submitted it, "
            "its author and its last editor."
        )

    def get_actions(self, obj, user):
        if user.pk in _authors_of_workflow_in_progress(obj):
            return []
        return super().get_actions(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        owned_pages = Page.objects.filter(owner=user).annotate(key=Cast("pk", CharField())).values("key")
        return (
            super()
            .get_task_states_user_can_moderate(user, **kwargs)
            .exclude(workflow_state__requested_by=user)
            .exclude(revision__user=user)
            .exclude(
                Q(workflow_state__base_content_type=ContentType.objects.get_for_model(Page))
                & Q(workflow_state__object_id__in=owned_pages)
            )
        )

    def on_action(self, task_state, user, action_name, **kwargs):
        # Read what was written from fresh rows: Wagtail moves on to the next task through this task state's own
        # workflow state, whose cached current task must not be loaded here.
        state = task_state.workflow_state
        obj = state.base_content_type.get_object_for_this_type(pk=state.object_id)
        if user is not None and user.pk in _authors(obj, state.requested_by_id, task_state.revision):
            raise PermissionDenied(_("Someone other than the people who wrote it must approve this step."))
        return super().on_action(task_state, user, action_name, **kwargs)
