import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

# Local accounts for trying the two-step approval (docs/editors-guide.md): an editor who edits and
# submits, and a moderator who checks, approves and publishes. Created once, with generated passwords.
ROLE_ACCOUNTS = [
    ("editor", "Editors", "edits and submits for approval, cannot publish"),
    ("moderator", "Moderators", "fact-checks, approves and publishes"),
]
# Names and addresses, so that the account settings save (Wagtail asks for a name and an e-mail address)
# and the workflow's e-mails have someone to go to. Fictional: example.org is reserved for examples.
PEOPLE = {
    "admin": {"last_name": "管理", "first_name": "太郎", "email": "admin@example.org"},
    "editor": {"last_name": "編集", "first_name": "花子", "email": "editor@example.org"},
    "moderator": {"last_name": "承認", "first_name": "次郎", "email": "moderator@example.org"},
}


def person(username):
    return PEOPLE.get(username, {"last_name": username, "first_name": "", "email": f"{username}@example.org"})


class Command(BaseCommand):
    help = (
        "For local use: create a superuser once, and an editor and a moderator to try the approval workflow, "
        "each with a generated password printed once."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument(
            "--without-role-accounts", action="store_true", help="Do not create the local editor and moderator."
        )

    def handle(self, *args, username, without_role_accounts=False, **options):
        if not settings.DEBUG:
            raise CommandError("Refusing to create a superuser with a printed password when DEBUG is off.")
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            self.stdout.write(
                f"A superuser already exists. Log in at /{settings.ADMIN_URL_PATH}; forgot the password? "
                f"Run: .venv/bin/python manage.py changepassword {username}"
            )
        else:
            password = secrets.token_urlsafe(12)
            User.objects.create_superuser(username=username, password=password, **person(username))
            self.stdout.write(self.style.SUCCESS("Created a local superuser. This password is shown only once:"))
            self.stdout.write(f"  username: {username}\n  password: {password}")
        if not without_role_accounts:
            self.ensure_role_accounts(User)
        self.complete_names(User)

    def complete_names(self, User):
        """Accounts made by an earlier version without a name or an address get them; none is overwritten."""
        for user in User.objects.filter(username__in=PEOPLE):
            blank = {field: value for field, value in PEOPLE[user.username].items() if not getattr(user, field)}
            if blank:
                User.objects.filter(pk=user.pk).update(**blank)

    def ensure_role_accounts(self, User):
        created = []
        for account, group_name, role in ROLE_ACCOUNTS:
            group = Group.objects.filter(name=group_name).first()
            if group is None or User.objects.filter(username=account).exists():
                continue
            secret = secrets.token_urlsafe(12)
            user = User.objects.create_user(username=account, password=secret, **person(account))
            user.groups.add(group)
            created.append((account, group_name, role, secret))
        if created:
            self.stdout.write(
                self.style.SUCCESS("Created local accounts to try the approval workflow. Shown only once:")
            )
            for account, group_name, role, secret in created:
                self.stdout.write(f"  {account} ({group_name}: {role}): {secret}")
