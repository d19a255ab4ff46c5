"""Practice pages, under /<lang>/practice/ (namespace "simulators")."""

from django.urls import path

from simulators import views

app_name = "simulators"

urlpatterns = [
    path("", views.practice, name="practice"),
    path("mouse/", views.mouse, name="mouse"),
    path("keyboard/", views.keyboard, name="keyboard"),
    path("result/", views.result, name="result"),
]
