"""Give trainers and administrators their rights on classes: trainers add and change their own classes
(classes/permissions.py narrows them), administrators every class. Translators get none (403)."""

from django.db import migrations

# The groups of workspace/roles.py, by name (apps on one layer do not import each other).
TRAINERS = "Formateurs"
ADMINISTRATORS = "Administrateurs"
CODENAMES = {
    TRAINERS: ["add_learnergroup", "change_learnergroup", "delete_learnergroup", "view_learnergroup"],
    ADMINISTRATORS: [
        "add_learnergroup",
        "change_learnergroup",
        "delete_learnergroup",
        "view_learnergroup",
        "manage_all_learnergroups",
    ],
}


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Model permissions are normally created after all migrations; this one needs them now.
    app_config = apps.get_app_config("classes")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    grant_groups(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


def grant_groups(Group, Permission):  # noqa: N803 (historical models in migrations, real ones in tests)
    """Idempotent: also used by the browser tests, whose database is flushed between tests."""
    for name, codenames in CODENAMES.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*Permission.objects.filter(content_type__app_label="classes", codename__in=codenames))


class Migration(migrations.Migration):
    dependencies = [
        ("classes", "0001_initial"),
        ("courses", "0010_h5p_library_content_hash"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
