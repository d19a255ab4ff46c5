"""Who sees which learners in the reports: administrators (and superusers) every learner, trainers the learners
of the classes they run (created or co-trained), everybody else nothing (403)."""

from django.core.exceptions import PermissionDenied

from classes.models import LearnerGroup, Membership
from classes.permissions import MANAGE_ALL, can, classes_of
from learners.models import Learner

REFUSED = "Les rapports sont réservés aux formateurs (pour leurs groupes) et aux administrateurs."
NOT_YOURS = (
    "Ce groupe ou cet apprenant n'est pas dans vos groupes : seuls ses formateurs et les administrateurs le voient."
)


def sees_all(user):
    return user.is_active and (user.is_superuser or user.has_perm(MANAGE_ALL))


def may_report(user):
    return user.is_active and (sees_all(user) or user.has_perm("classes.change_learnergroup"))


def visible_groups(user):
    return classes_of(user).order_by("name", "pk")


def visible_learners(user, group=None):
    """The learners this user may see in the reports, optionally only those of `group` (already checked)."""
    if group is not None:
        return Learner.objects.filter(pk__in=Membership.objects.filter(group=group).values("learner"))
    if sees_all(user):
        return Learner.objects.all()
    return Learner.objects.filter(pk__in=Membership.objects.filter(group__in=classes_of(user)).values("learner"))


def group_for(user, pk):
    group = LearnerGroup.objects.filter(pk=pk).first()
    if group is None or not can(user, group, "change"):
        raise PermissionDenied(NOT_YOURS)
    return group


def learner_for(user, pk):
    learner = visible_learners(user).filter(pk=pk).first()
    if learner is None:
        raise PermissionDenied(NOT_YOURS)
    return learner
