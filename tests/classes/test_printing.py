"""A class's cards printed on A4, 8 per sheet: QR code, code and the learner's name in their script; never a
PIN, pictures or QR secret in clear; an empty class says so; a big class prints in pages."""

import re

import pytest
from django.contrib.staticfiles import finders

from tests.factories import LearnerGroupFactory, add_learners, learner_in

pytestmark = pytest.mark.django_db


def print_page(client, group, query=""):
    response = client.get(f"/admin/groupes/{group.pk}/cartes/{query}")
    assert response.status_code == 200
    return response.content.decode()


def test_cards_print_on_a4_sheets_of_8_with_qr_code_code_and_name_in_the_learners_script(trainer_client, group):
    learners = [learner_in(group, name=name, language=lang) for name, lang in [("ሰላም", "ti"), ("أمينة", "ar")]]
    learners += [learner_in(group, language="uk") for _ in range(8)]
    page = print_page(trainer_client, group)
    assert page.count('class="sheet"') == 2
    assert page.count('class="print-card"') == 10
    assert page.count("<svg") >= 10
    for learner in learners:
        assert learner.active_card.code in page
    assert "ሰላም" in page and "أمينة" in page
    assert "ካርድ ተማሃራይ · ኮድ" in page  # the card's label in Tigrinya beside the French
    with open(finders.find("classes/print.css")) as css:
        assert "@page { size: A4" in css.read()


def test_printed_cards_hold_no_pin_picture_hash_or_qr_secret_in_clear(trainer_client, group):
    learner = learner_in(group, pin="975313")  # 6 digits: a card code has 4
    card = learner.active_card
    page = print_page(trainer_client, group)
    assert "975313" not in page and card.pin_hash not in page
    # The QR code carries the sign-in link, drawn as an image: the secret is not written in the page.
    assert card.qr_secret not in page


def test_an_empty_class_says_there_is_nothing_to_print(trainer_client, group):
    page = print_page(trainer_client, group)
    assert "Ce groupe n'a encore aucun apprenant : rien à imprimer." in page
    assert 'class="sheet"' not in page


def test_a_class_of_1000_learners_prints_in_pages_of_96_cards(trainer_client, group):
    add_learners(group, 1000)
    first = print_page(trainer_client, group)
    assert first.count('class="print-card"') == 96 and "page 1 sur 11" in first
    last = print_page(trainer_client, group, "?page=11")
    assert last.count('class="print-card"') == 1000 - 10 * 96
    assert re.search(r"CODE-0999", last)


def test_a_translator_cannot_print_a_classes_cards(translator_client, group):
    learner_in(group)
    assert translator_client.get(f"/admin/groupes/{group.pk}/cartes/").status_code == 403


def test_another_trainer_cannot_print_my_classes_cards(other_trainer_client, trainer_client):
    mine = LearnerGroupFactory(name="La mienne", created_by=trainer_client.user)
    learner_in(mine)
    assert other_trainer_client.get(f"/admin/groupes/{mine.pk}/cartes/").status_code == 403
