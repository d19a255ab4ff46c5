"""The diagnostic, under /<lang>/diagnostic/ (namespace "diagnostic")."""

from django.urls import path

from diagnostic import views

app_name = "diagnostic"

urlpatterns = [
    path("", views.intro, name="intro"),
    path("start/", views.start, name="start"),
    path("question/", views.question, name="question"),
    path("answer/", views.answer, name="answer"),
    path("result/", views.result, name="result"),
]
