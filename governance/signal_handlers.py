"""Roles that follow new content, and the workflow's names in the editor's language (governance/names.py);
connected in GovernanceConfig.ready()."""

from django.contrib.auth.models import Group, Permission

from wagtail.models import GroupPagePermission

from governance.names import NAMES, TranslatedName
from governance.roles import SCHOOL_LIAISON


def give_liaison_the_submissions(sender, instance, created, raw=False, **kwargs):
    """The School liaison group sees the submissions of every school request page, in both languages:
    Wagtail shows a form's submissions to those who may change the page, so the group gets that on each
    new one."""
    if not created or raw:
        return
    group = Group.objects.filter(name=SCHOOL_LIAISON).first()
    change = Permission.objects.filter(content_type__app_label="wagtailcore", codename="change_page").first()
    if group is not None and change is not None:
        GroupPagePermission.objects.get_or_create(group=group, page_id=instance.pk, permission=change)


def show_translated(sender, instance, **kwargs):
    """A workflow or task of ours, once loaded, shows its name translated (governance/names.py)."""
    name = instance.__dict__.get("name")
    if type(name) is str and name in NAMES:
        instance.name = TranslatedName(name)


def store_untranslated(sender, instance, **kwargs):
    """…and is saved under its stored (English) name."""
    name = instance.__dict__.get("name")
    if isinstance(name, TranslatedName):
        instance.name = name.stored
