"""Give the trainers, translators and administrators their image and document rights on the root collection.

Wagtail checks images and documents per collection: the model permissions given in courses/0005 alone let
nobody upload or choose an image, so no trainer could publish a module (every step has an illustration).
"""

from django.db import migrations


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    from workspace import roles

    # Model permissions are normally created after all migrations; this one needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    roles.grant_collections(
        apps.get_model("auth", "Group"),
        apps.get_model("auth", "Permission"),
        apps.get_model("wagtailcore", "Collection"),
        apps.get_model("wagtailcore", "GroupCollectionPermission"),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0009_blocks_moved_to_core_and_quiz"),
        ("wagtailcore", "0066_collection_management_permissions"),
        ("wagtailimages", "0023_add_choose_permissions"),
        ("wagtaildocs", "0011_add_choose_permissions"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
