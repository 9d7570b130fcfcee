"""The first step of the approval workflow: someone other than the author checks the content."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from wagtail.models import GroupApprovalTask


def _submitted_by_id(obj):
    """Who submitted the object's workflow in progress (None when there is none)."""
    state = getattr(obj, "current_workflow_state", None)
    return state.requested_by_id if state is not None else None


class PeerApprovalTask(GroupApprovalTask):
    """Wagtail's group approval, except that the person who submitted the page or snippet cannot approve
    (or reject) this step themselves: a second person always looks at it.

    Everything else (groups, notifications, locking, the dashboard) is Wagtail's GroupApprovalTask.
    """

    class Meta:
        verbose_name = _("approval by another person")
        verbose_name_plural = _("approvals by another person")

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve this step, except the person who submitted it.")

    def get_actions(self, obj, user):
        if _submitted_by_id(obj) == user.pk:
            return []
        return super().get_actions(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        return super().get_task_states_user_can_moderate(user, **kwargs).exclude(workflow_state__requested_by=user)

    def on_action(self, task_state, user, action_name, **kwargs):
        if user is not None and task_state.workflow_state.requested_by_id == user.pk:
            raise PermissionDenied(_("Someone other than the person who submitted it must approve this step."))
        return super().on_action(task_state, user, action_name, **kwargs)
