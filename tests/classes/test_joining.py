"""Learners join a class with its code, typed or in the QR code's address, with or without a card."""

import re

import pytest
from django.test import Client

from classes.joining import WRONG_CODES_PER_ADDRESS_PER_HOUR
from classes.models import Membership
from learners.identity import SESSION_KEY
from learners.models import Learner, LearnerCard
from tests.factories import LearnerGroupFactory, learner_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def client():
    return Client()


def errors(response):
    return re.findall(r'class="field-error"[^>]*>([^<]+)<', response.content.decode())


def test_typing_the_code_in_small_letters_with_spaces_opens_the_class(client, group):
    typed = " ".join(group.join_code.lower())
    response = client.post("/ar/groupe/", {"code": typed})
    assert response.status_code == 302
    assert response["Location"] == f"/ar/groupe/{group.join_code}/"


def test_the_qr_codes_address_without_language_opens_the_class_in_the_phones_language(client, group):
    response = client.get(f"/groupe/{group.join_code}/", HTTP_ACCEPT_LANGUAGE="uk")
    assert response.status_code == 302 and response["Location"] == f"/uk/groupe/{group.join_code}/"
    page = client.get(response["Location"]).content.decode()
    assert "Приєднатися до групи «Mardi matin – Melun»" in page


def test_opening_the_qr_address_alone_joins_nobody(client, group):
    client.get(f"/fr/groupe/{group.join_code}/")
    assert not Membership.objects.exists() and not Learner.objects.exists()


def test_joining_without_a_card_gives_one_with_the_chosen_pin_in_the_learners_language(client, group):
    response = client.post(
        f"/ar/groupe/{group.join_code}/", {"display_name": "أمينة", "pin": "2468", "pin_again": "2468"}
    )
    assert response.status_code == 200
    card = LearnerCard.objects.get()
    assert card.learner.display_name == "أمينة"
    assert Membership.objects.filter(group=group, learner=card.learner).exists()
    page = response.content.decode()
    assert card.code in page and "<svg" in page and "2468" not in page
    assert "أنتم الآن في مجموعة «Mardi matin – Melun»." in page
    assert client.session[SESSION_KEY] == card.learner.pk


def test_joining_without_a_card_with_only_pictures_prints_them_on_the_card(client, group):
    response = client.post(
        f"/ti/groupe/{group.join_code}/", {"picture_1": "cat", "picture_2": "sun", "picture_3": "cat"}
    )
    assert response.status_code == 200
    card = LearnerCard.objects.get()
    assert card.picture_hash and "cat" not in card.picture_hash
    page = response.content.decode()
    assert page.index('alt="ድሙ"') < page.index('alt="ጸሓይ"')  # in order, named in Tigrinya
    assert Membership.objects.filter(group=group).count() == 1


def test_joining_without_a_pin_or_pictures_is_refused_in_the_learners_language(client, group):
    response = client.post(f"/ru/groupe/{group.join_code}/", {"display_name": "Олег"})
    assert response.status_code == 400
    assert "Выберите PIN-код, или 3 картинки, или и то и другое." in response.content.decode()
    response = client.post(f"/ru/groupe/{group.join_code}/", {"picture_1": "cat"})
    assert "Выберите одну картинку в каждом ряду." in response.content.decode()
    assert not LearnerCard.objects.exists() and not Membership.objects.exists()


def test_a_learner_with_a_card_joins_with_one_tap_and_twice_changes_nothing(client, group):
    client.post(f"/fr/groupe/{group.join_code}/", {"pin": "2468", "pin_again": "2468"})
    learner = Learner.objects.get()
    for _ in range(2):
        response = client.post(f"/fr/groupe/{group.join_code}/")
        assert response.status_code == 302
    assert Membership.objects.filter(learner=learner).count() == 1
    assert LearnerCard.objects.count() == 1


def test_a_learner_may_be_in_several_classes(client, trainer_client, group):
    other = LearnerGroupFactory(name="Samedi", created_by=trainer_client.user)
    client.post(f"/fr/groupe/{group.join_code}/", {"pin": "2468", "pin_again": "2468"})
    client.post(f"/fr/groupe/{other.join_code}/")
    learner = Learner.objects.get()
    assert set(Membership.objects.filter(learner=learner).values_list("group__name", flat=True)) == {
        "Mardi matin – Melun",
        "Samedi",
    }


def test_a_wrong_code_is_refused_in_the_learners_language_and_changes_nothing(client, group):
    response = client.post("/prs/groupe/", {"code": "XXXXXX"})
    assert response.status_code == 404
    assert errors(response) == ["هیچ گروهی این کد را ندارد. آن را با استاد خود بررسی کنید: حرف‌ها و عددها، بدون فاصله."]
    assert not Membership.objects.exists()


def test_guessing_codes_is_stopped_per_address_even_for_the_right_code(client, group):
    for index in range(WRONG_CODES_PER_ADDRESS_PER_HOUR):
        assert client.post("/en/groupe/", {"code": f"AAAA{index:02d}"}).status_code == 404
    response = client.post("/en/groupe/", {"code": group.join_code})
    assert response.status_code == 429
    assert errors(response) == [
        "Too many wrong group codes from this connection. Please wait an hour, or ask your trainer."
    ]
    assert client.get(f"/en/groupe/{group.join_code}/").status_code == 429
    # Another address (another centre) is not affected.
    other = Client(REMOTE_ADDR="192.0.2.50")
    assert other.post("/en/groupe/", {"code": group.join_code}).status_code == 302


def test_a_whole_class_joining_from_one_address_is_never_limited(group):
    for _ in range(WRONG_CODES_PER_ADDRESS_PER_HOUR + 5):
        Client().post(f"/fr/groupe/{group.join_code}/", {"pin": "2468", "pin_again": "2468"})
    assert Membership.objects.filter(group=group).count() == WRONG_CODES_PER_ADDRESS_PER_HOUR + 5


def test_erasing_a_learner_removes_them_from_their_classes(group):
    learner = learner_in(group)
    learner.delete()
    assert not Membership.objects.exists()


def test_behind_the_proxy_wrong_codes_count_per_client_not_per_proxy(settings, group):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    guesser = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.7")
    for index in range(WRONG_CODES_PER_ADDRESS_PER_HOUR):
        guesser.post("/fr/groupe/", {"code": f"AAAA{index:02d}"})
    assert guesser.post("/fr/groupe/", {"code": group.join_code}).status_code == 429
    neighbour = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.8")
    assert neighbour.post("/fr/groupe/", {"code": group.join_code}).status_code == 302
