"""Images and documents reach visitors only through approval (the GOV.UK Whitehall model).

- **A file in use is never replaced** (nor, for a document, its title, which pages show). Once an image or document is chosen by a page, a snippet or the
  site settings, or by a revision waiting for approval, its file cannot be changed by anyone: a new file
  is a new image or document, chosen in a new revision of the page, and that revision goes through the
  two-step approval like any other change. So the live page, its thumbnail, the materials packs and the
  search index always describe the same file.
- **Deleting needs the delete permission** (Moderators). Wagtail's ownership rule lets whoever uploaded
  a file change *and delete* it; here it lets them change it only.
- **A document is downloadable once approved content uses it**: a live page, or a snippet or the site
  settings (`is_used_by_live_content`, checked by `materials.wagtail_hooks`). A new upload is not public
  until the page that chooses it is approved; people signed in to the admin can open any.
- **Every file change is in Site history**, as "File replaced", with who and when (`log_file_change`).

`FileLockMixin` is the admin form's half (the file field is disabled, with the reason); the permission
policy is registered for the image and the document model in `core.apps` and `materials.apps`.
"""

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import log
from wagtail.models import Page, ReferenceIndex, WorkflowState
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy

FILE_REPLACED = "core.file_replaced"


class ApprovedFilesPermissionPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's collection ownership policy, except that deleting needs the delete permission itself."""

    def user_has_permission(self, user, action):
        if action == "delete":
            return self._check_perm(user, ["delete"])
        return super().user_has_permission(user, action)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        actions = set(actions)
        if "delete" in actions:
            if self._check_perm(user, ["delete"], collection=instance.collection):
                return True
            actions.discard("delete")
            if not actions:
                return False
        return super().user_has_any_permission_for_instance(user, actions, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        actions = set(actions)
        if "delete" not in actions or user.is_superuser:
            return super().instances_user_has_any_permission_for(user, actions)
        actions.discard("delete")
        deletable = self.model._default_manager.filter(collection__in=self._collections_with_perm(user, ["delete"]))
        if not actions:
            return deletable if user.is_active and user.is_authenticated else self.model._default_manager.none()
        return super().instances_user_has_any_permission_for(user, actions) | deletable

    def users_with_any_permission(self, actions):
        if set(actions) == {"delete"}:
            return self._users_with_perm(["delete"])
        return super().users_with_any_permission(actions)

    def users_with_any_permission_for_instance(self, actions, instance):
        if set(actions) == {"delete"}:
            return self._users_with_perm(["delete"], collection=instance.collection)
        return super().users_with_any_permission_for_instance(actions, instance)

    def collections_user_has_any_permission_for(self, user, actions):
        if set(actions) == {"delete"} and not user.is_superuser:
            return self._collections_with_perm(user, ["delete"])
        return super().collections_user_has_any_permission_for(user, actions)


def _referenced_by_revisions_awaiting_approval(instance):
    """Whether a page or snippet revision in a workflow chooses it (such revisions are not in the index)."""
    base_type = ReferenceIndex._get_base_content_type(instance)
    for state in WorkflowState.objects.active().select_related("current_task_state__revision"):
        task_state = state.current_task_state
        revision = task_state.revision if task_state else None
        if revision is None:
            continue
        for content_type_id, object_id, _model_path, _content_path in ReferenceIndex._extract_references_from_object(
            revision.as_object()
        ):
            if content_type_id == base_type.pk and str(object_id) == str(instance.pk):
                return True
    return False


def is_in_use(instance):
    """Whether replacing the file could change what visitors see, or what a reviewer is checking."""
    if instance.pk is None:
        return False
    return ReferenceIndex.get_references_to(instance).exists() or _referenced_by_revisions_awaiting_approval(instance)


def is_used_by_live_content(instance):
    """Whether a live page, or a snippet or setting, chooses it: only then may visitors download it."""
    page_type = ContentType.objects.get_for_model(Page)
    page_ids = []
    for base_type_id, object_id in ReferenceIndex.get_references_to(instance).values_list(
        "base_content_type_id", "object_id"
    ):
        if base_type_id != page_type.pk:
            return True
        page_ids.append(object_id)
    return bool(page_ids) and Page.objects.filter(pk__in=page_ids, live=True).exists()


def log_file_change(instance, user):
    log(instance=instance, action=FILE_REPLACED, user=user)


class FileLockMixin:
    """For Wagtail's image and document forms: what visitors see of one in use cannot be changed here."""

    locked_fields = ("file",)
    locked_help = {
        "file": _(
            "This file is in use, so it cannot be replaced here. To change it, upload the new file as a new "
            "image or document, choose it in the page (or snippet) that uses this one, and submit that change "
            "for approval. “Usage” shows where it is used."
        ),
        "title": _(
            "This document is in use, and its title is shown to visitors, so it cannot be changed here. Give "
            "the link its own title in the page that uses it, and submit that change for approval."
        ),
    }

    def __init__(self, *args, **kwargs):
        self.editing_user = kwargs.get("user")
        super().__init__(*args, **kwargs)
        self.locked = [name for name in self.locked_fields if name in self.fields] if is_in_use(self.instance) else []
        for name in self.locked:
            self.fields[name].disabled = True
            self.fields[name].required = False
            self.fields[name].help_text = self.locked_help[name]

    def save(self, commit=True):
        replaced = bool(self.instance.pk) and "file" in self.changed_data
        instance = super().save(commit=commit)
        if replaced and commit:
            log_file_change(instance, self.editing_user)
        return instance
