"""Admin URLs of the workspace, under /admin/traductions/ (registered by wagtail_hooks)."""

from django.urls import path

from workspace import views

app_name = "workspace"
urlpatterns = [
    path("", views.translation_dashboard, name="dashboard"),
    path("audio/<int:page_id>/", views.recorder, name="recorder"),
]
