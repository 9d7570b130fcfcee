"""The editorial roles (Editors, Moderators, Translators, School liaison) and the two-step approval workflow
on every page and public snippet. See governance/roles.py."""

from django.db import migrations

from governance import roles


class Migration(migrations.Migration):
    dependencies = [
        ("governance", "0001_peer_approval_task"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("core", "0003_sitesettings_quick_exit_url_sitesettings_safety_page"),
        ("campaigns", "0001_initial"),
        ("figures", "0001_initial"),
        ("help", "0002_helpline_workflow"),
        ("materials", "0003_taxonomy_approval_next_review"),
    ]

    operations = [migrations.RunPython(roles.apply, migrations.RunPython.noop)]
