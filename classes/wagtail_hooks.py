"""Classes in the admin: the « Groupes » menu and screens, who may see which class, and the trainers'
card-support actions in Wagtail's audit log (the class's history and the site history)."""

from django.urls import reverse
from wagtail import hooks
from wagtail.admin.widgets.button import Button
from wagtail.log_actions import LogFormatter
from wagtail.permissions import register_permission_policy

from classes import printables, support
from classes.models import ClassLogEntry, LearnerGroup
from classes.permissions import policy
from classes.viewsets import viewset
from courses.models import ModulePage

register_permission_policy(LearnerGroup, policy)


@hooks.register("register_admin_viewset")
def register_classes_viewset():
    return viewset


@hooks.register("register_log_actions")
def register_card_support_actions(actions):
    actions.register_model(LearnerGroup, ClassLogEntry)
    for action, (label, message) in support.ACTIONS.items():

        class Formatter(LogFormatter):
            def format_message(self, log_entry, message=message):
                data = {"card": "?", "old": "?", **(log_entry.data or {})}
                return message.format(**data)

        Formatter.label = label
        actions.register_action(action)(Formatter)


@hooks.register("register_page_listing_more_buttons")
def handout_button(page, user, next_url=None):
    """« Imprimer un support » in the « ⋯ » menu of a live module, for trainers and administrators."""
    if (
        page.specific_class is not None
        and issubclass(page.specific_class, ModulePage)
        and page.live
        and printables.may_print(user)
    ):
        url = reverse("groupes:module_handout", args=[page.pk])
        yield Button("Imprimer un support", url=url, icon_name="doc-full", priority=70)
