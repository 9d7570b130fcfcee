"""Helplines go through the approval workflow: a wrong number on this site is a real incident."""

from django.db import migrations


def assign_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    workflow = Workflow.objects.filter(active=True).order_by("pk").first()
    if workflow is None:
        return
    content_type, _created = ContentType.objects.get_or_create(app_label="help", model="helpline")
    WorkflowContentType.objects.get_or_create(content_type=content_type, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("help", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(assign_workflow, migrations.RunPython.noop)]
