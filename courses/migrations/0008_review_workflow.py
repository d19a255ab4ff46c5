"""Create the translation review workflow (a trainer approves); languages opt in from the dashboard."""

from django.db import migrations


def create_workflow(apps, schema_editor):
    from workspace import review, roles

    Workflow = apps.get_model("wagtailcore", "Workflow")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")

    workflow, _created = Workflow.objects.get_or_create(name=review.REVIEW_WORKFLOW)
    content_type, _created = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name=review.REVIEW_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=review.REVIEW_TASK, content_type=content_type)
    trainers = Group.objects.filter(name=roles.TRAINERS).first()
    if trainers is not None:
        task.groups.add(trainers)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})


class Migration(migrations.Migration):
    dependencies = [("courses", "0007_glossary_permissions"), ("wagtailcore", "0098_apitoken")]

    operations = [migrations.RunPython(create_workflow, migrations.RunPython.noop)]
