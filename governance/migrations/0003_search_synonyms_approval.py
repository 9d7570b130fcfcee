"""Search synonyms are shown to the public through search: Editors add and change them, Moderators publish
them, and their changes go through the two-step approval. See governance/roles.py."""

from django.db import migrations

from governance import roles


class Migration(migrations.Migration):
    dependencies = [
        ("governance", "0002_roles_and_workflow"),
        ("sitesearch", "0001_search_synonyms"),
    ]

    operations = [migrations.RunPython(roles.apply, migrations.RunPython.noop)]
