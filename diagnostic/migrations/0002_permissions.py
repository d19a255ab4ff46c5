"""Give trainers and administrators their rights on the skills framework and the diagnostic, and translators
the right to translate them, on installs whose groups already exist (new ones get them from
workspace.roles.setup_groups). The group names are the workspace's (workspace.roles)."""

from django.db import migrations

EDITING = [
    ("courses", f"{action}_{model}")
    for model in ("competencedomain", "competence")
    for action in ("add", "change", "delete")
] + [
    ("diagnostic", f"{action}_{model}")
    for model in ("diagnosticquestion", "diagnosticoutcome")
    for action in ("add", "change", "delete")
]
TRANSLATING = [
    ("courses", "change_competencedomain"),
    ("courses", "change_competence"),
    ("diagnostic", "change_diagnosticquestion"),
]


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def permissions(pairs):
        return [
            permission
            for app_label, codename in pairs
            for permission in Permission.objects.filter(content_type__app_label=app_label, codename=codename)
        ]

    for group in Group.objects.filter(name__in=["Formateurs", "Administrateurs"]):
        group.permissions.add(*permissions(EDITING))
    for group in Group.objects.filter(name__startswith="Traducteurs"):
        group.permissions.add(*permissions(TRANSLATING))


class Migration(migrations.Migration):
    dependencies = [
        ("diagnostic", "0001_initial"),
        ("courses", "0012_competence_framework"),
        ("workspace", "0002_no_default_moderation"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
