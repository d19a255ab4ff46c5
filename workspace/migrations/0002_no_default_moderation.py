"""Detach Wagtail's default "Moderators approval" workflow from the page tree.

Wagtail attaches it to the root page on install. Here trainers publish French content themselves and each
language chooses its own review (workspace.review); the default workflow offered trainers « Soumettre à
Moderators approval », locked their page, and could only be approved by a superuser (the Moderators group is
removed by courses/0005).
"""

from django.db import migrations

REVIEW_WORKFLOW = "Relecture des traductions"  # workspace.review.REVIEW_WORKFLOW, frozen here


def detach(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    default = Workflow.objects.exclude(name=REVIEW_WORKFLOW).filter(workflow_pages__page__depth=1).distinct()
    for workflow in default:
        WorkflowPage.objects.filter(workflow=workflow, page__depth=1).delete()
        if not WorkflowPage.objects.filter(workflow=workflow).exists():
            workflow.active = False
            workflow.save(update_fields=["active"])


class Migration(migrations.Migration):
    dependencies = [("workspace", "0001_collection_permissions"), ("wagtailcore", "0048_add_default_workflows")]

    operations = [migrations.RunPython(detach, migrations.RunPython.noop)]
