"""Give the trainers, translators and administrators their rights on the glossary."""

from django.db import migrations


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    from workspace import roles

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=roles.group_names()):
        key = group.name if group.name in roles.MODEL_PERMISSIONS else "translators"
        wanted = [codename for app, codename in roles.MODEL_PERMISSIONS[key] if codename.endswith("glossaryterm")]
        group.permissions.add(*Permission.objects.filter(content_type__app_label="courses", codename__in=wanted))


class Migration(migrations.Migration):
    dependencies = [("courses", "0006_glossary")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
