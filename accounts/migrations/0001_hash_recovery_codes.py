"""Recovery codes stored before they were hashed (accounts/devices.py) are hashed in place. A code is 8
characters and its hash 16, so a code already hashed is left alone, and running this twice changes nothing."""

from django.db import migrations

from accounts.devices import HASH_LENGTH, recovery_code_hash


def hash_plain_codes(apps, schema_editor):
    StaticToken = apps.get_model("otp_static", "StaticToken")
    for token in StaticToken.objects.exclude(token__regex=rf"^[0-9a-f]{{{HASH_LENGTH}}}$").iterator():
        token.token = recovery_code_hash(token.token.replace("-", "").lower())
        token.save(update_fields=["token"])


class Migration(migrations.Migration):
    dependencies = [("otp_static", "0003_add_timestamps")]

    operations = [migrations.RunPython(hash_plain_codes, migrations.RunPython.noop, elidable=True)]
