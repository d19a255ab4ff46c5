"""Learner pages, under /<lang>/learner/ (namespace "learners")."""

from django.urls import path

from learners import picture_views, views

app_name = "learners"

urlpatterns = [
    path("", views.my_progress, name="progress"),
    path("card/", views.card, name="card"),
    path("signin/", views.sign_in, name="sign_in"),
    path("signout/", views.sign_out, name="sign_out"),
    path("qr/<str:secret>/", views.qr_sign_in, name="qr"),
    path("export/", views.export, name="export"),
    path("erase/", views.erase, name="erase"),
    path("quiz/<uuid:module_key>/", views.submit_quiz, name="quiz"),
    path("quiz/<uuid:module_key>/result/<uuid:attempt_id>/", views.quiz_result, name="quiz_result"),
    path("finished/<uuid:module_key>/", views.finish_module, name="finish_module"),
    path("attestation/<uuid:path_key>/", views.issue_attestation, name="issue_attestation"),
    path("attestation/<str:code>.pdf", views.attestation_pdf, name="attestation_pdf"),
    path("pictures/", picture_views.choose, name="pictures"),
    path("pictures/signin/", picture_views.sign_in, name="pictures_sign_in"),
]
