"""The rights of the groups of workspace/roles.py on classes (granted by migration 0002, and again by the
browser tests, whose database is flushed): trainers add and change their own classes (classes/permissions.py
narrows them), administrators every class. Translators get none, so 403."""

# The groups by name: apps on one layer do not import each other.
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


def grant_groups(Group, Permission):  # noqa: N803 (historical models in migrations, real ones in tests)
    """Idempotent."""
    for name, codenames in CODENAMES.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*Permission.objects.filter(content_type__app_label="classes", codename__in=codenames))
