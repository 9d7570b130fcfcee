"""Who may do what, and the approval workflow. Applied by a data migration, so every install has them.

`apply(apps)` makes the groups' permissions exactly these (it adds what is missing and removes the
rest), gives Wagtail's one-step "Moderators approval" workflow a first step, a fact check by someone
other than the author, and assigns that workflow to the root page (so to every page in both languages)
and to every snippet type shown to the public. Running it again changes nothing.

Change the roles here, then add a migration that calls `apply` again (see migrations/0002_roles_and_workflow.py).
It uses only the models that `apps` gives it, so it works on the historical models of a migration.
"""

EDITORS = "Editors"
MODERATORS = "Moderators"
TRANSLATORS = "Translators"
SCHOOL_LIAISON = "School liaison"

WORKFLOW_NAME = "Two-step approval"
FACT_CHECK_TASK = "Fact check"
MODERATOR_TASK = "Moderators approval"  # the name of Wagtail's own task, kept

# Snippets shown to the public: their changes go through the workflow. (app label, model name)
PUBLIC_SNIPPETS = [
    ("help", "helpline"),
    ("campaigns", "organiser"),
    ("campaigns", "venue"),
    ("figures", "dataset"),
    ("materials", "audience"),
    ("materials", "schoolstage"),
    ("materials", "topic"),
    ("materials", "materialformat"),
    ("sitesearch", "searchsynonym"),
]
LOCKABLE_SNIPPETS = {("help", "helpline"), ("figures", "dataset")}

# Permissions on the root page, so on every page of both languages.
PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    MODERATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    TRANSLATORS: ["change_page"],
    SCHOOL_LIAISON: [],
}
# Permissions on the root collection, so on every image and document.
COLLECTION_PERMISSIONS = {
    EDITORS: ["add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document"],
    MODERATORS: [
        "add_image",
        "change_image",
        "choose_image",
        "delete_image",
        "add_document",
        "change_document",
        "choose_document",
        "delete_document",
    ],
    TRANSLATORS: ["choose_image", "choose_document"],
    SCHOOL_LIAISON: [],
}


def snippet_permissions(actions, models=PUBLIC_SNIPPETS):
    return [(app_label, f"{action}_{model}") for app_label, model in models for action in actions]


ACCESS_ADMIN = ("wagtailadmin", "access_admin")
TRANSLATE = ("wagtail_localize", "submit_translation")

# Model permissions ("app label", "codename").
MODEL_PERMISSIONS = {
    # Create and edit pages, snippets, documents and images, and submit them for approval; never publish.
    EDITORS: [
        ACCESS_ADMIN,
        TRANSLATE,
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "choose_document"),
        *snippet_permissions(["add", "change"]),
    ],
    # Approve and publish; also delete, redirects and the site settings (footer numbers, quick exit).
    MODERATORS: [
        ACCESS_ADMIN,
        TRANSLATE,
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "choose_image"),
        ("wagtailimages", "delete_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "choose_document"),
        ("wagtaildocs", "delete_document"),
        *snippet_permissions(["add", "change", "delete", "publish"]),
        *snippet_permissions(["lock", "unlock"], sorted(LOCKABLE_SNIPPETS)),
        ("core", "change_sitesettings"),
        ("wagtailredirects", "add_redirect"),
        ("wagtailredirects", "change_redirect"),
        ("wagtailredirects", "delete_redirect"),
    ],
    # Translate pages and snippets with wagtail-localize; their work is approved like anyone else's.
    TRANSLATORS: [
        ACCESS_ADMIN,
        TRANSLATE,
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "choose_document"),
        *snippet_permissions(["change"]),
    ],
    # Sees and exports the school requests (materials/wagtail_hooks.py), nothing else.
    SCHOOL_LIAISON: [ACCESS_ADMIN],
}

GROUPS = [EDITORS, MODERATORS, TRANSLATORS, SCHOOL_LIAISON]


def _permission(apps, app_label, codename):
    """The permission, created if `post_migrate` has not made it yet (as on a fresh database)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    action, _sep, model_name = codename.partition("_")
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model_name)
    try:
        verbose = apps.get_model(app_label, model_name)._meta.verbose_name_raw
    except LookupError:
        verbose = model_name
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": f"Can {action} {verbose}"}
    )
    return permission


def _page_or_collection_permission(apps, codename):
    app_label = {"page": "wagtailcore", "image": "wagtailimages", "document": "wagtaildocs"}[codename.split("_")[-1]]
    return _permission(apps, app_label, codename)


def apply(apps, schema_editor=None):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    root_page = Page.objects.filter(depth=1).order_by("path").first()
    root_collection = Collection.objects.filter(depth=1).order_by("path").first()
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in GROUPS}

    for name, group in groups.items():
        group.permissions.set([_permission(apps, *pair) for pair in MODEL_PERMISSIONS[name]])
        if root_page is not None:
            wanted = [_page_or_collection_permission(apps, c) for c in PAGE_PERMISSIONS[name]]
            GroupPagePermission.objects.filter(group=group, page=root_page).exclude(permission__in=wanted).delete()
            for permission in wanted:
                GroupPagePermission.objects.get_or_create(group=group, page=root_page, permission=permission)
        if root_collection is not None:
            wanted = [_page_or_collection_permission(apps, c) for c in COLLECTION_PERMISSIONS[name]]
            GroupCollectionPermission.objects.filter(group=group).exclude(
                collection=root_collection, permission__in=wanted
            ).delete()
            for permission in wanted:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )

    # The School liaison keeps only its permission on the school request pages (it is how Wagtail shows
    # their submissions); Editors, Moderators and Translators keep only the root-page permissions above.
    request_pages = Page.objects.filter(content_type__app_label="materials", content_type__model="schoolrequestpage")
    GroupPagePermission.objects.filter(group=groups[SCHOOL_LIAISON]).exclude(
        page__in=request_pages, permission__codename="change_page"
    ).delete()

    # Nobody but superusers manages users and groups.
    user_management = Permission.objects.filter(
        content_type__app_label="auth", content_type__model__in=["user", "group", "permission"]
    )
    for group in Group.objects.all():
        group.permissions.remove(*user_management)

    _workflow(apps, groups, root_page)


def _workflow(apps, groups, root_page):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    PeerApprovalTask = apps.get_model("governance", "PeerApprovalTask")

    # Build on Wagtail's own workflow (the one on the root page) rather than adding a second one.
    assigned = WorkflowPage.objects.filter(page=root_page).select_related("workflow").first() if root_page else None
    workflow = (
        (assigned.workflow if assigned else None)
        or Workflow.objects.filter(name__in=[WORKFLOW_NAME, MODERATOR_TASK]).order_by("pk").first()
        or Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    )
    workflow.name, workflow.active = WORKFLOW_NAME, True
    workflow.save()

    group_task_type, _created = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    peer_task_type, _created = ContentType.objects.get_or_create(app_label="governance", model="peerapprovaltask")

    fact_check = PeerApprovalTask.objects.filter(name=FACT_CHECK_TASK).order_by("pk").first()
    if fact_check is None:
        fact_check = PeerApprovalTask.objects.create(name=FACT_CHECK_TASK, content_type=peer_task_type, active=True)
    fact_check.active = True
    fact_check.save()
    fact_check.groups.set([groups[EDITORS], groups[MODERATORS]])

    moderators = (
        GroupApprovalTask.objects.filter(name=MODERATOR_TASK, content_type=group_task_type).order_by("pk").first()
    )
    if moderators is None:
        moderators = GroupApprovalTask.objects.create(name=MODERATOR_TASK, content_type=group_task_type, active=True)
    moderators.active = True
    moderators.save()
    moderators.groups.set([groups[MODERATORS]])

    WorkflowTask.objects.filter(workflow=workflow).exclude(task__in=[fact_check, moderators]).delete()
    for order, task in enumerate([fact_check, moderators]):
        WorkflowTask.objects.update_or_create(workflow=workflow, task=task, defaults={"sort_order": order})

    if root_page is not None:
        WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})
    for app_label, model in PUBLIC_SNIPPETS:
        content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
        WorkflowContentType.objects.update_or_create(content_type=content_type, defaults={"workflow": workflow})
