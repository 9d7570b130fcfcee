from django.db import migrations


class Migration(migrations.Migration):
    """One name for the quick exit everywhere: `victim_facing` becomes `show_quick_exit`, as on content pages."""

    dependencies = [("guidance", "0002_next_review_help_text")]

    operations = [
        migrations.RenameField(model_name="guidancepage", old_name="victim_facing", new_name="show_quick_exit"),
    ]
