"""Admin URLs of the workspace (registered by wagtail_hooks): the translators' screens under
/admin/traductions/, the locked accounts under /admin/comptes-bloques/."""

from django.urls import path

from workspace import lockouts, views

app_name = "workspace"
urlpatterns = [
    path("", views.translation_dashboard, name="dashboard"),
    path("audio/<int:page_id>/", views.recorder, name="recorder"),
    path("envoyer/<int:page_id>/", views.send_translation, name="send"),
]

lockout_urlpatterns = [
    path("", lockouts.LockoutsView.as_view(), name="index"),
    path("resultats/", lockouts.LockoutsView.as_view(results_only=True), name="results"),
    path("debloquer/", lockouts.unlock, name="unlock"),
]
