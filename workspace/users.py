"""User accounts in the admin: administrators add and edit people and their groups, never rights above them.

Wagtail's user form offers an « Administrateur » box (superuser) to anyone who may add users; here it is
gone: superusers are made only on the command line (`manage.py createsuperuser`), and staff status means
nothing to Wagtail. A request that still sends `is_superuser` or `is_staff` changes nothing and is told
why. A superuser's account can be opened, changed or deleted only by a superuser — in the user views and
in the listing's bulk actions alike.
"""

from django.contrib import messages
from django.shortcuts import redirect
from wagtail.users import forms as wagtail_forms
from wagtail.users.views import users as wagtail_views
from wagtail.users.views.bulk_actions import AssignRoleBulkAction, DeleteBulkAction, SetActiveStateBulkAction

# Never granted from the admin (the form has no such field; a request that sends one is refused).
RIGHTS_FIELDS = ("is_superuser", "is_staff")
RIGHTS_REFUSED = (
    "Les droits de super-utilisateur et d'équipe ne se donnent pas depuis l'administration "
    "(seulement en ligne de commande, avec createsuperuser) : rien n'a été enregistré."
)
SUPERUSER_REFUSED = (
    "Ce compte est celui d'un super-utilisateur : seul un super-utilisateur peut l'ouvrir, le modifier ou le supprimer."
)


def protects(user, account):
    """Whether `account` is out of `user`'s reach: a superuser's account, for anyone who is not one."""
    return account.is_superuser and not user.is_superuser


class WithoutRightsFieldsMixin:
    """Wagtail's user form without the superuser box."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in RIGHTS_FIELDS:
            self.fields.pop(name, None)


class UserCreationForm(WithoutRightsFieldsMixin, wagtail_forms.UserCreationForm):
    """Add a person: name, email, password and groups (roles), nothing more."""


class UserEditForm(WithoutRightsFieldsMixin, wagtail_forms.UserEditForm):
    """Change a person: the same fields, and whether the account is active."""


class RefuseRightsMixin:
    """A POST that asks for superuser or staff rights is refused as a whole, with the reason."""

    def post(self, request, *args, **kwargs):
        if any(name in request.POST for name in RIGHTS_FIELDS):
            messages.error(request, RIGHTS_REFUSED)
            return redirect(request.get_full_path())
        return super().post(request, *args, **kwargs)


class ProtectSuperusersMixin:
    """A superuser's account is refused to everyone else, before Wagtail's own checks."""

    def dispatch(self, request, *args, **kwargs):
        if protects(request.user, self.get_object()):
            messages.error(request, SUPERUSER_REFUSED)
            return redirect("wagtailusers_users:index")
        return super().dispatch(request, *args, **kwargs)


class CreateView(RefuseRightsMixin, wagtail_views.CreateView):
    """Add a user (never a superuser)."""


class EditView(ProtectSuperusersMixin, RefuseRightsMixin, wagtail_views.EditView):
    """Change a user who is not a superuser (a superuser may change anyone)."""


class DeleteView(ProtectSuperusersMixin, wagtail_views.DeleteView):
    """Delete a user who is not a superuser."""


class HistoryView(ProtectSuperusersMixin, wagtail_views.HistoryView):
    """A user's history, except a superuser's."""


class UserViewSet(wagtail_views.UserViewSet):
    """Wagtail's user screens (wired in `workspace.apps.UsersConfig`) with the forms and guards above. No
    "copy" action: a copy of a superuser's account would be a new superuser."""

    add_view_class = CreateView
    edit_view_class = EditView
    delete_view_class = DeleteView
    history_view_class = HistoryView
    copy_view_enabled = False
    create_template_name = "workspace/user_create.html"

    def get_form_class(self, for_update=False):
        return UserEditForm if for_update else UserCreationForm


class ProtectSuperusersBulkMixin:
    """The listing's bulk actions (activate, assign a role, delete) leave superusers' accounts alone for
    everyone else: Wagtail lists them as "no permission" on the confirmation screen."""

    def check_perm(self, obj):
        return not protects(self.request.user, obj) and super().check_perm(obj)


class AssignRole(ProtectSuperusersBulkMixin, AssignRoleBulkAction):
    """Add the selected users to a group, superusers aside."""


class Delete(ProtectSuperusersBulkMixin, DeleteBulkAction):
    """Delete the selected users, superusers aside (Wagtail already spares them; kept for one rule)."""


class SetActiveState(ProtectSuperusersBulkMixin, SetActiveStateBulkAction):
    """Activate or deactivate the selected users, superusers aside."""


BULK_ACTIONS = [AssignRole, Delete, SetActiveState]
