"""Who sees and changes which class: trainers their own (created or co-trained), administrators all of them.

Model permissions say what a role may do at all (granted per group by classes/migrations/0002); the
instance rules below say on which classes. Everyone else, translators included, gets 403.
"""

from django.db.models import Q
from wagtail.permission_policies import ModelPermissionPolicy

from classes.models import LearnerGroup

MANAGE_ALL = "classes.manage_all_learnergroups"


class LearnerGroupPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, narrowed to the classes a trainer runs unless they may manage all of them."""

    def _sees_all(self, user):
        return user.is_active and (user.is_superuser or user.has_perm(MANAGE_ALL))

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        return self._sees_all(user) or instance.is_trainer(user)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, action, instance) for action in actions)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return LearnerGroup.objects.none()
        if self._sees_all(user):
            return LearnerGroup.objects.all()
        mine = LearnerGroup.objects.filter(Q(created_by=user) | Q(co_trainers=user)).values("pk")
        return LearnerGroup.objects.filter(pk__in=mine)

    def instances_user_has_permission_for(self, user, action):
        return self.instances_user_has_any_permission_for(user, [action])


policy = LearnerGroupPermissionPolicy(LearnerGroup)


def classes_of(user, action="change"):
    return policy.instances_user_has_permission_for(user, action)


def can(user, group, action="change"):
    return policy.user_has_permission_for_instance(user, action, group)
