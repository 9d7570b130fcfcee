"""The workflow's and its tasks' names in the editor's language.

Wagtail stores one name per workflow and task and shows it as it is: in buttons ("Submit to …"), the status
panel, reports and e-mails. Ours (roles.py) stay in English in the database, as every install's migration
made them. Once such a row is loaded, its name is a `TranslatedName`: still the stored string (so comparisons,
queries, JSON and saving see the English name `roles.apply` looks for), but shown, by `str()` and
formatting, in the language active at that moment.
"""

from django.utils.translation import gettext_lazy as _

from governance.roles import FACT_CHECK_TASK, MODERATOR_TASK, WORKFLOW_NAME

NAMES = {
    WORKFLOW_NAME: _("Two-step approval"),
    FACT_CHECK_TASK: _("Fact check"),
    MODERATOR_TASK: _("Moderators approval"),
}


class TranslatedName(str):
    """A stored name that shows itself in the active language."""

    @property
    def stored(self):
        return str.__str__(self)

    def __str__(self):
        return str(NAMES[self.stored])

    def __format__(self, spec):
        return format(str(self), spec)
