"""Admin › Rapports: the trainers' and the programme's reports (reports/views.py), shown to trainers and
administrators only."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from reports import access, views

REPORTS = [
    ("apprenants/", views.LearnersReportView, "reports_learners", "Progrès des apprenants", "user"),
    ("groupes/", views.ClassesReportView, "reports_classes", "Progrès des groupes", "group"),
    ("modules/", views.ModulesReportView, "reports_modules", "Progrès par module", "doc-full"),
    ("questions/", views.QuestionsReportView, "reports_questions", "Questions difficiles", "help"),
    ("indicateurs/", views.IndicatorsView, "reports_indicators", "Indicateurs du programme", "table"),
]


class TrainersMenuItem(MenuItem):
    def is_shown(self, request):
        return access.may_report(request.user)


@hooks.register("register_admin_urls")
def register_report_urls():
    patterns = []
    for prefix, view, name, _label, _icon in REPORTS:
        patterns += [
            path(f"rapports/{prefix}", view.as_view(), name=name),
            path(f"rapports/{prefix}resultats/", view.as_view(results_only=True), name=f"{name}_results"),
        ]
    for prefix, view, name in (
        ("groupes/<int:pk>/", views.ClassReportView, "reports_class"),
        ("apprenants/<int:pk>/", views.LearnerReportView, "reports_learner"),
    ):
        patterns += [
            path(f"rapports/{prefix}", view.as_view(), name=name),
            path(f"rapports/{prefix}resultats/", view.as_view(results_only=True), name=f"{name}_results"),
        ]
    return patterns


def _menu_item(index, name, label, icon):
    def register():
        return TrainersMenuItem(label, reverse(name), icon_name=icon, order=710 + index)

    return register


# Wagtail's « Rapports » menu takes one item per hook function.
for _index, (_prefix, _view, _name, _label, _icon) in enumerate(REPORTS):
    hooks.register("register_reports_menu_item", _menu_item(_index, _name, _label, _icon))
