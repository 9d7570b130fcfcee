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
            User.objects.create_superuser(username=username, email="", password=password)
            self.stdout.write(self.style.SUCCESS("Created a local superuser. This password is shown only once:"))
            self.stdout.write(f"  username: {username}\n  password: {password}")
        if not without_role_accounts:
            self.ensure_role_accounts(User)

    def ensure_role_accounts(self, User):
        created = []
        for account, group_name, role in ROLE_ACCOUNTS:
            group = Group.objects.filter(name=group_name).first()
            if group is None or User.objects.filter(username=account).exists():
                continue
            secret = secrets.token_urlsafe(12)
            user = User.objects.create_user(username=account, email=f"{account}@example.org", password=secret)
            user.groups.add(group)
            created.append((account, group_name, role, secret))
        if created:
            self.stdout.write(
                self.style.SUCCESS("Created local accounts to try the approval workflow. Shown only once:")
            )
            for account, group_name, role, secret in created:
                self.stdout.write(f"  {account} ({group_name}: {role}): {secret}")
