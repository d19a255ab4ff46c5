"""Search and typing suggestions are limited per client behind the trusted proxy, with a message to wait."""

import pytest
from django.test import override_settings

from search.views import SEARCHES, SUGGESTS

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("behind_the_proxy")]


@pytest.fixture
def behind_the_proxy():
    with override_settings(TRUSTED_PROXIES=["10.0.0.0/8"]):
        yield


def suggest(client, address, language="fr"):
    return client.get(
        f"/{language}/search/suggest/", {"q": "ordi"}, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=address
    )


def test_suggestions_beyond_the_limit_get_json_429_with_retry_after_in_the_learners_language(client):
    statuses = [suggest(client, "198.51.100.20").status_code for _ in range(SUGGESTS.limit)]
    assert set(statuses) == {200}
    response = suggest(client, "198.51.100.20", language="ar")
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 60
    body = response.json()
    assert body["suggestions"] == []
    assert any("\u0600" <= char <= "\u06ff" for char in body["detail"])


def test_another_client_behind_the_same_proxy_still_gets_suggestions(client):
    for _ in range(SUGGESTS.limit + 1):
        suggest(client, "198.51.100.20")
    assert suggest(client, "198.51.100.21").status_code == 200


def test_a_refused_search_page_says_when_to_come_back(client):
    for _ in range(SEARCHES.limit):
        client.get("/fr/search/", {"q": "écran"}, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.20")
    response = client.get("/fr/search/", {"q": "écran"}, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.20")
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 60
    assert "Attendez une minute" in response.content.decode()
