"""Create the trainer, translator (one per language) and administrator groups with their permissions."""

from django.db import migrations


def create_roles(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    from workspace import roles

    # Model permissions are normally created after all migrations; this one needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Page = apps.get_model("wagtailcore", "Page")
    HomePage = apps.get_model("courses", "HomePage")

    roles.setup_groups(Group, Permission)

    administrators = Group.objects.get(name=roles.ADMINISTRATORS)
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=roles.ADMINISTRATOR_PAGE_PERMISSIONS
        ):
            GroupPagePermission.objects.get_or_create(group=administrators, page_id=root.pk, permission=permission)
    # Wagtail's default groups edit every page of every language: they would bypass the rules above.
    for name in ("Editors", "Moderators"):
        Group.objects.filter(name=name, user__isnull=True).delete()

    for home in HomePage.objects.select_related("locale"):
        roles.grant_language_home(home, Group, Permission, GroupPagePermission)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0004_h5p"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
