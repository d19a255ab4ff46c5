"""Admin › Groupes: Wagtail's listing, form and history for classes, narrowed to the classes each trainer runs
(creator or co-trainer); administrators see them all; anyone else gets 403. Extra screens of a class (its
learners, the projected code, the cards to print) are in classes/admin_views.py; the handouts and
attestations to print in classes/printables.py."""

from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.functional import cached_property
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button, HeaderButton

from classes import admin_views, board_views, printables
from classes.models import LearnerGroup
from classes.permissions import policy


class OwnClassesMixin:
    """Every screen of one class: only the classes the user runs (403 for another trainer's)."""

    def get_object(self, queryset=None):
        group = get_object_or_404(LearnerGroup, pk=self.kwargs.get("pk") or self.args[0])
        action = "delete" if isinstance(self, generic.DeleteView) else "change"
        if not policy.user_has_permission_for_instance(self.request.user, action, group):
            raise PermissionDenied
        return group


def class_buttons(group):
    return [
        ("Apprenants", reverse("groupes:learners", args=[group.pk]), "group"),
        ("Tableau en direct", reverse("groupes:board", args=[group.pk]), "table"),
        ("Projeter le code", reverse("groupes:project", args=[group.pk]), "view"),
        ("Imprimer les cartes", reverse("groupes:print_cards", args=[group.pk]), "doc-full"),
        ("Imprimer un support", reverse("groupes:handouts", args=[group.pk]), "doc-full"),
        ("Imprimer les attestations", reverse("groupes:print_attestations", args=[group.pk]), "doc-full"),
        ("Rapport du groupe", reverse("reports_class", args=[group.pk]), "doc-full-inverse"),
    ]


class IndexView(generic.IndexView):
    def get_base_queryset(self):
        mine = policy.instances_user_has_permission_for(self.request.user, "change")
        return mine.annotate(learner_count=Count("memberships"))

    def get_list_more_buttons(self, instance):
        buttons = list(super().get_list_more_buttons(instance))
        for priority, (label, url, icon) in enumerate(class_buttons(instance), start=1):
            buttons.append(Button(label, url=url, icon_name=icon, priority=priority))
        return buttons


class CreateView(generic.CreateView):
    def save_instance(self):
        self.form.instance.created_by = self.request.user
        return super().save_instance()


class EditView(OwnClassesMixin, generic.EditView):
    @cached_property
    def header_buttons(self):
        # The learners and the live board at hand; projecting and printing in the « ⋯ » menu, so the header
        # fits a phone.
        return [
            *super().header_buttons,
            *(HeaderButton(label, url=url, icon_name=icon) for label, url, icon in class_buttons(self.object)[:2]),
        ]

    @cached_property
    def header_more_buttons(self):
        more = [
            Button(label, url=url, icon_name=icon, priority=index)
            for index, (label, url, icon) in enumerate(class_buttons(self.object)[2:])
        ]
        return [*more, *super().header_more_buttons]


class DeleteView(OwnClassesMixin, generic.DeleteView):
    pass


class HistoryView(OwnClassesMixin, history.HistoryView):
    pass


class LearnerGroupViewSet(ModelViewSet):
    """« Groupes » in the admin menu."""

    model = LearnerGroup
    icon = "group"
    menu_label = "Groupes"
    menu_order = 260
    add_to_admin_menu = True
    name = "groupes"
    copy_view_enabled = False
    index_view_class = IndexView
    add_view_class = CreateView
    edit_view_class = EditView
    delete_view_class = DeleteView
    history_view_class = HistoryView
    list_display = [
        "name",
        "place",
        Column("languages", label="Langues", accessor="languages_display"),
        Column("learner_count", label="Apprenants"),
        DateColumn("starts_on", label="Début"),
        Column("join_code", label="Code"),
    ]
    list_filter = ["starts_on"]
    search_fields = ["name", "place", "join_code"]
    search_backend_name = None
    list_per_page = 50

    def get_urlpatterns(self):
        patterns = [
            *super().get_urlpatterns(),
            path("<int:pk>/apprenants/", admin_views.LearnersView.as_view(), name="learners"),
            path(
                "<int:pk>/apprenants/resultats/",
                admin_views.LearnersView.as_view(results_only=True),
                name="learners_results",
            ),
            path("<int:pk>/apprenants/<int:learner_pk>/", admin_views.learner_support, name="learner"),
            path("<int:pk>/projeter/", admin_views.project, name="project"),
            path("<int:pk>/cartes/", admin_views.print_cards, name="print_cards"),
            path("<int:pk>/tableau/", board_views.board_view, name="board"),
            path("<int:pk>/tableau/projecteur/", board_views.board_projector, name="board_projector"),
            path("<int:pk>/tableau/donnees/", board_views.board_data, name="board_data"),
            path("<int:pk>/supports/", printables.handouts, name="handouts"),
            path("<int:pk>/supports/<int:module_pk>/", printables.class_handout, name="handout"),
            path("support/<int:module_pk>/", printables.module_handout, name="module_handout"),
            path("<int:pk>/attestations/", printables.attestations, name="print_attestations"),
        ]
        for pattern in patterns:
            pattern.callback = admin_views.refuse_with_403(pattern.callback)
        return patterns


viewset = LearnerGroupViewSet()
