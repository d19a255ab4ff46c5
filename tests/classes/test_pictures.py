"""The picture password: 3 pictures out of 12, tapped in order, beside the PIN; stored hashed."""

import re

import pytest
from django.test import Client

from learners import pictures
from learners.identity import SESSION_KEY, issue_card
from learners.models import Learner, LearnerCard

pytestmark = pytest.mark.django_db


@pytest.fixture
def card(db):
    card = issue_card(Learner.objects.create(language="ar"), "4826")
    pictures.set_pictures(card, ["house", "fish", "key"])
    return card


def tap(client, code, chosen, lang="en"):
    data = {"code": code, **{f"picture_{index}": name for index, name in enumerate(chosen, start=1)}}
    return client.post(f"/{lang}/learner/pictures/signin/", data)


def errors(response):
    return re.findall(r'role="alert"[^>]*>\s*(?:<p>)?([^<]+)<', response.content.decode())


def test_there_are_12_original_pictures_each_an_svg_file():
    from django.contrib.staticfiles import finders

    assert len(pictures.PICTURES) == 12
    for name in pictures.PICTURES:
        path = finders.find(f"learners/pictures/{name}.svg")
        assert path
        with open(path) as svg:
            assert svg.read().startswith("<svg")


def test_the_pictures_are_stored_hashed_never_in_clear(card):
    card.refresh_from_db()
    assert card.picture_hash and all(name not in card.picture_hash for name in ("house", "fish", "key"))


def test_tapping_the_3_pictures_in_order_signs_in(card):
    client = Client()
    response = tap(client, card.code.lower(), ["house", "fish", "key"])
    assert response.status_code == 302
    assert client.session[SESSION_KEY] == card.learner_id


def test_the_right_pictures_in_another_order_are_refused_with_the_tries_left_in_arabic(card):
    client = Client()
    response = tap(client, card.code, ["key", "fish", "house"], lang="ar")
    assert response.status_code == 400
    assert "المحاولات المتبقية قبل قفل البطاقة لمدة 15 دقيقة: 4." in response.content.decode()
    assert SESSION_KEY not in client.session


def test_five_wrong_tries_lock_the_card_for_pin_and_pictures(card):
    client = Client()
    for _ in range(5):
        tap(client, card.code, ["cat", "cat", "cat"])
    card.refresh_from_db()
    assert card.locked_until is not None
    assert tap(client, card.code, ["house", "fish", "key"]).status_code == 423
    response = client.post("/en/learner/signin/", {"code": card.code, "pin": "4826"})
    assert response.status_code == 423


def test_a_card_without_pictures_says_to_use_the_pin(db):
    card = issue_card(Learner.objects.create(), "4826")
    response = tap(Client(), card.code, ["house", "fish", "key"], lang="uk")
    expected = "Ця картка не має картинок. Увійдіть за PIN-кодом або зверніться до свого викладача."
    assert expected in response.content.decode()


def test_the_sign_in_page_works_without_javascript_with_three_rows_of_12_radio_buttons(db):
    page = Client().get("/ps/learner/pictures/signin/").content.decode()
    for row in (1, 2, 3):
        assert page.count(f'name="picture_{row}"') == 12
    assert 'alt="کور"' in page  # house, in Pashto


def test_a_learner_with_a_card_chooses_pictures_and_sees_them_on_the_card_once(db):
    client = Client()
    client.get("/fr/learner/card/")
    client.post("/fr/learner/card/", {"pin": "2468", "pin_again": "2468"})
    response = client.post("/fr/learner/pictures/", {"picture_1": "star", "picture_2": "cup", "picture_3": "apple"})
    page = response.content.decode()
    assert response.status_code == 200
    assert page.index('alt="étoile"') < page.index('alt="tasse"') < page.index('alt="pomme"')
    assert LearnerCard.objects.get().picture_hash
    assert 'alt="étoile"' not in client.get("/fr/learner/card/").content.decode()


def test_a_missing_row_is_refused_in_the_learners_language(db):
    client = Client()
    client.get("/ru/learner/card/")
    client.post("/ru/learner/card/", {"pin": "2468", "pin_again": "2468"})
    response = client.post("/ru/learner/pictures/", {"picture_1": "star", "picture_2": "cup"})
    assert response.status_code == 400
    assert not LearnerCard.objects.get().picture_hash
