"""Learner pages of the classes, under /<lang>/groupe/ (namespace "classes")."""

from django.urls import path

from classes import views

app_name = "classes"

urlpatterns = [
    path("", views.join, name="join"),
    path("<str:code>/", views.join_group, name="join_group"),
]
