"""Admin › Groupes: trainers create classes and see only theirs, co-trainers share them, administrators see
all, translators none; each role is a fresh member of its group."""

import pytest

from classes.models import ClassLogEntry, LearnerGroup
from tests.factories import LearnerGroupFactory, add_learners, learner_in

pytestmark = pytest.mark.django_db

INDEX = "/admin/groupes/"


def test_a_trainer_creates_a_class_with_languages_dates_and_a_co_trainer(trainer_client, other_trainer_client):
    response = trainer_client.get(f"{INDEX}new/")
    assert response.status_code == 200
    assert "autre-formateur" in response.content.decode()
    response = trainer_client.post(
        f"{INDEX}new/",
        {
            "name": "Jeudi après-midi",
            "place": "Médiathèque de Meaux",
            "languages": ["ar", "ti"],
            "starts_on": "2026-12-10",
            "ends_on": "2027-01-28",
            "co_trainers": [other_trainer_client.user.pk],
            "assignments-TOTAL_FORMS": "0",
            "assignments-INITIAL_FORMS": "0",
            "assignments-MIN_NUM_FORMS": "0",
            "assignments-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    group = LearnerGroup.objects.get(name="Jeudi après-midi")
    assert group.created_by == trainer_client.user
    assert group.languages == ["ar", "ti"]
    assert list(group.co_trainers.all()) == [other_trainer_client.user]
    assert len(group.join_code) == 6 and not set(group.join_code) & set("O0I1L2Z5S8B6GQ")


def test_a_class_that_ends_before_it_starts_is_refused_with_a_french_message(trainer_client):
    response = trainer_client.post(
        f"{INDEX}new/",
        {
            "name": "À l'envers",
            "starts_on": "2027-01-28",
            "ends_on": "2026-12-10",
            "assignments-TOTAL_FORMS": "0",
            "assignments-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    assert "La fin du groupe est avant son début." in response.content.decode()
    assert not LearnerGroup.objects.exists()


def test_trainers_list_only_their_own_and_co_trained_classes(trainer_client, other_trainer_client):
    LearnerGroupFactory(name="Le mien", created_by=trainer_client.user)
    shared = LearnerGroupFactory(name="Partagé avec moi", created_by=other_trainer_client.user)
    shared.co_trainers.add(trainer_client.user)
    shared.save()  # a ParentalManyToManyField is written on save
    LearnerGroupFactory(name="Celui d'un autre", created_by=other_trainer_client.user)
    page = trainer_client.get(INDEX).content.decode()
    assert "Le mien" in page and "Partagé avec moi" in page
    assert "Celui d&#x27;un autre" not in page and "Celui d'un autre" not in page


def test_another_trainers_class_is_refused_on_every_screen(trainer_client, other_trainer_client):
    theirs = LearnerGroupFactory(name="Celui d'un autre", created_by=other_trainer_client.user)
    for url in (
        f"{INDEX}edit/{theirs.pk}/",
        f"{INDEX}delete/{theirs.pk}/",
        f"{INDEX}history/{theirs.pk}/",
        f"{INDEX}{theirs.pk}/apprenants/",
        f"{INDEX}{theirs.pk}/projeter/",
        f"{INDEX}{theirs.pk}/cartes/",
    ):
        assert trainer_client.get(url).status_code == 403, url
    response = trainer_client.post(f"{INDEX}edit/{theirs.pk}/", {"name": "Volé"})
    assert response.status_code == 403
    assert LearnerGroup.objects.get(pk=theirs.pk).name == "Celui d'un autre"


def test_a_co_trainer_opens_and_edits_the_class(trainer_client, other_trainer_client):
    group = LearnerGroupFactory(name="Partagé", created_by=other_trainer_client.user)
    group.co_trainers.add(trainer_client.user)
    group.save()
    assert trainer_client.get(f"{INDEX}edit/{group.pk}/").status_code == 200
    assert trainer_client.get(f"{INDEX}{group.pk}/apprenants/").status_code == 200


def test_administrators_see_and_open_every_class(administrator_client, trainer_client):
    group = LearnerGroupFactory(name="Groupe de la formatrice", created_by=trainer_client.user)
    assert "Groupe de la formatrice" in administrator_client.get(INDEX).content.decode()
    assert administrator_client.get(f"{INDEX}edit/{group.pk}/").status_code == 200
    assert administrator_client.get(f"{INDEX}{group.pk}/cartes/").status_code == 200


def test_translators_get_403_on_classes(translator_client, group):
    assert translator_client.get(INDEX).status_code == 403
    assert translator_client.get(f"{INDEX}new/").status_code == 403
    assert translator_client.get(f"{INDEX}edit/{group.pk}/").status_code == 403
    assert translator_client.get(f"{INDEX}{group.pk}/apprenants/").status_code == 403


def test_the_groupes_menu_item_is_shown_to_trainers_not_to_translators(trainer_client, translator_client):
    assert "/admin/groupes/" in trainer_client.get("/admin/").content.decode()
    assert "/admin/groupes/" not in translator_client.get("/admin/").content.decode()


def test_the_projection_shows_the_join_code_and_a_qr_code_of_the_join_address(trainer_client, group):
    page = trainer_client.get(f"{INDEX}{group.pk}/projeter/").content.decode()
    assert group.join_code in page
    assert "<svg" in page
    assert "http://testserver/groupe/" in page


def test_the_learners_list_shows_card_codes_and_names_only_where_given(trainer_client, group):
    named = learner_in(group, name="Amina")
    anonymous = learner_in(group)
    page = trainer_client.get(f"{INDEX}{group.pk}/apprenants/").content.decode()
    assert named.active_card.code in page and anonymous.active_card.code in page
    assert "Amina" in page


def test_two_learners_with_the_same_name_are_both_kept_and_told_apart_by_their_card(trainer_client, group):
    first, second = learner_in(group, name="Ahmad"), learner_in(group, name="Ahmad")
    page = trainer_client.get(f"{INDEX}{group.pk}/apprenants/").content.decode()
    assert page.count("Ahmad") >= 2
    assert first.active_card.code in page and second.active_card.code in page


def test_a_class_of_1000_learners_is_listed_50_per_page(trainer_client, group):
    add_learners(group, 1000)
    page = trainer_client.get(f"{INDEX}{group.pk}/apprenants/").content.decode()
    assert page.count("CODE-0") == 50
    last = trainer_client.get(f"{INDEX}{group.pk}/apprenants/?p=20").content.decode()
    assert "CODE-0999" in last


def test_the_learners_export_holds_no_pin_picture_or_qr_secret(trainer_client, group):
    learner = learner_in(group, name="Amina", pin="975313")  # 6 digits: not found by chance in a timestamp
    card = learner.active_card
    response = trainer_client.get(f"{INDEX}{group.pk}/apprenants/?export=csv")
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert card.code in text and "Amina" in text
    assert card.pin_hash not in text and card.qr_secret not in text and "975313" not in text


def test_a_class_created_in_the_admin_shows_in_its_history(trainer_client):
    trainer_client.post(
        f"{INDEX}new/", {"name": "Vendredi", "assignments-TOTAL_FORMS": "0", "assignments-INITIAL_FORMS": "0"}
    )
    group = LearnerGroup.objects.get(name="Vendredi")
    assert ClassLogEntry.objects.filter(object_id=str(group.pk), action="wagtail.create").exists()
    assert trainer_client.get(f"{INDEX}history/{group.pk}/").status_code == 200


def test_the_learners_list_finds_a_learner_by_card_code_or_name(trainer_client, group):
    amina, other = learner_in(group, name="Amina"), learner_in(group, name="Bilal")
    page = trainer_client.get(f"{INDEX}{group.pk}/apprenants/?q=amin").content.decode()
    assert amina.active_card.code in page and other.active_card.code not in page
    code = other.active_card.code
    page = trainer_client.get(f"{INDEX}{group.pk}/apprenants/?q={code.lower()}").content.decode()
    assert code in page and amina.active_card.code not in page
