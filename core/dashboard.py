"""What the dashboard panels of every app share (governance/panels.py, campaigns/dashboard.py)."""

from django.template.loader import get_template

from wagtail.models import Locale, Page
from wagtail.permissions import policy_registry

from laces.components import Component


def can_edit_pages(user):
    """Whether the user edits pages at all (one cached query): the panels are for editors."""
    return policy_registry.get_by_type(Page).user_has_any_permission(user, ["add", "change", "publish"])


def locale_names():
    return {locale.pk: locale.get_display_name() for locale in Locale.objects.all()}


class DashboardPanel(Component):
    """A dashboard panel that renders nothing when `get_context_data` returns None (not for this user)."""

    def render_html(self, parent_context=None):
        context = self.get_context_data(parent_context)
        if context is None:
            return ""
        return get_template(self.template_name).render(context)
