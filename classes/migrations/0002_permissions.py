"""Give trainers and administrators their rights on classes (classes/roles.py)."""

from django.db import migrations


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    from classes import roles

    # Model permissions are normally created after all migrations; this one needs them now.
    app_config = apps.get_app_config("classes")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    roles.grant_groups(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


class Migration(migrations.Migration):
    dependencies = [
        ("classes", "0001_initial"),
        ("courses", "0010_h5p_library_content_hash"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
