"""The admin speaks correct French to trainers and translators: our corrections of Wagtail's and
wagtail-localize's French (locale_overrides/) replace theirs."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_a_trainer_adds_an_h5p_activity_without_un_e(trainer_client):
    body = trainer_client.get("/admin/snippets/courses/h5ppackage/").content.decode()
    assert "Ajouter : activité H5P" in body
    assert "un(e)" not in body


def test_languages_are_called_langues_not_regions(administrator_client):
    body = administrator_client.get("/admin/locales/").content.decode()
    assert "Langues" in body
    assert "Régions" not in body


def test_the_translation_editor_says_publier_en_with_its_space(trainer_client):
    catalogue = trainer_client.get(reverse("wagtail_localize:javascript_catalog")).content.decode()
    assert '"Publish in ": "Publier en "' in catalogue
