from django.urls import path

from h5p import views

app_name = "h5p"
urlpatterns = [
    path("play/<int:pk>/", views.player, name="player"),
    path("files/<str:folder>/<path:name>", views.package_file, name="file"),
]
