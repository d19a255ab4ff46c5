"""Admin login throttling (django-axes): 5 wrong passwords per username and client address lock that pair for
15 minutes, with a message in French; administrators unlock from the admin, nobody else can."""

from datetime import timedelta
from html import unescape

import pytest
from axes.models import AccessAttempt
from django.test import Client, override_settings

from tests.utils import group_member
from workspace import roles

pytestmark = pytest.mark.django_db

PASSWORD = "bon-mot-de-passe-2024"
LOCKED_FR = "Trop d'essais de connexion"
PROXY = "10.0.0.1"
OTHER_PROXY = "10.0.0.2"


def log_in(client, username, password, **headers):
    return client.post("/admin/login/", {"username": username, "password": password, "next": "/admin/"}, **headers)


def fail(client, username, times, **headers):
    for _ in range(times):
        response = log_in(client, username, "mauvais", **headers)
    return response


def text(response):
    return unescape(response.content.decode())


def behind_proxy(client_address, proxy=PROXY):
    return {"REMOTE_ADDR": proxy, "HTTP_X_FORWARDED_FOR": client_address}


@pytest.fixture
def trainer():
    return group_member(roles.TRAINERS, "claire", PASSWORD)


@pytest.fixture
def administrator_client():
    client = Client()
    client.force_login(group_member(roles.ADMINISTRATORS, "ines", "x"))
    return client


def test_five_wrong_passwords_lock_the_account_and_the_right_one_is_then_refused_in_french(trainer):
    client = Client()
    fourth = fail(client, "claire", 4)
    assert fourth.status_code == 200 and LOCKED_FR not in text(fourth)
    fifth = fail(client, "claire", 1)
    assert fifth.status_code == 429

    right = log_in(client, "claire", PASSWORD)

    assert right.status_code == 429
    page = text(right)
    assert "Trop d'essais de connexion : après 5 mots de passe erronés, ce compte est bloqué" in page  # French
    assert "pendant 15 minutes" in page
    assert "Too many" not in page and "Account locked" not in page  # no English (axes' own message)
    assert 'name="password"' in page and "Mot de passe" in page and "Password" not in page  # login page, French
    assert "_auth_user_id" not in client.session


def test_the_admin_login_page_labels_the_password_in_french():
    page = text(Client().get("/admin/login/"))

    assert "Mot de passe" in page and "Password" not in page  # Wagtail leaves this label to Django, in English


def test_a_success_before_the_fifth_failure_clears_the_count(trainer):
    client = Client()
    fail(client, "claire", 4)
    assert log_in(client, "claire", PASSWORD).status_code == 302
    client.logout()
    fail(client, "claire", 4)

    assert log_in(client, "claire", PASSWORD).status_code == 302


def test_the_lock_ends_after_fifteen_minutes(trainer):
    client = Client()
    fail(client, "claire", 5)
    assert log_in(client, "claire", PASSWORD).status_code == 429

    locked_at = AccessAttempt.objects.get().attempt_time
    AccessAttempt.objects.update(attempt_time=locked_at - timedelta(minutes=15, seconds=5))

    assert log_in(client, "claire", PASSWORD).status_code == 302


@override_settings(TRUSTED_PROXIES=["10.0.0.0/8"])
def test_the_lock_keys_on_the_client_behind_the_trusted_proxy_not_on_the_proxy(trainer):
    client = Client()
    fail(client, "claire", 5, **behind_proxy("203.0.113.7"))

    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"203.0.113.7"}
    # The same person through the other proxy is still locked...
    assert log_in(Client(), "claire", PASSWORD, **behind_proxy("203.0.113.7", OTHER_PROXY)).status_code == 429
    # ...while another client behind the very same proxy logs in.
    assert log_in(Client(), "claire", PASSWORD, **behind_proxy("198.51.100.9")).status_code == 302


def test_another_address_is_not_locked(trainer):
    fail(Client(), "claire", 5, REMOTE_ADDR="192.0.2.10")

    assert log_in(Client(), "claire", PASSWORD, REMOTE_ADDR="192.0.2.10").status_code == 429
    assert log_in(Client(), "claire", PASSWORD, REMOTE_ADDR="192.0.2.11").status_code == 302


def test_an_administrator_unlocks_from_the_admin_and_the_user_can_log_in(trainer, administrator_client):
    fail(Client(), "claire", 5, REMOTE_ADDR="192.0.2.10")

    listing = administrator_client.get("/admin/comptes-bloques/")
    assert listing.status_code == 200
    page = text(listing)
    assert "Comptes bloqués" in page and "claire" in page and "192.0.2.10" in page and "Débloquer" in page

    response = administrator_client.post(
        "/admin/comptes-bloques/debloquer/", {"username": "claire", "ip_address": "192.0.2.10"}, follow=True
    )

    assert "« claire » est débloqué : ce compte peut de nouveau se connecter." in text(response)  # French
    assert "Aucun compte n'est bloqué." in text(response)
    assert log_in(Client(), "claire", PASSWORD, REMOTE_ADDR="192.0.2.10").status_code == 302


def test_the_locked_accounts_are_in_the_administrators_settings_menu_only(trainer, administrator_client):
    assert "/admin/comptes-bloques/" in text(administrator_client.get("/admin/"))
    trainer_client = Client()
    trainer_client.force_login(trainer)

    assert "/admin/comptes-bloques/" not in text(trainer_client.get("/admin/"))


def test_a_trainer_cannot_open_the_unlock_screen_nor_unlock(trainer):
    group_member(roles.TRAINERS, "bruno", PASSWORD)
    fail(Client(), "bruno", 5, REMOTE_ADDR="192.0.2.10")
    client = Client()
    client.force_login(trainer)

    screen = client.get("/admin/comptes-bloques/", follow=True)
    unlock = client.post(
        "/admin/comptes-bloques/debloquer/", {"username": "bruno", "ip_address": "192.0.2.10"}, follow=True
    )

    assert screen.redirect_chain[-1][0] == "/admin/"
    refused = "Seuls les administrateurs voient et débloquent les comptes bloqués."  # French
    assert refused in text(screen) and refused in text(unlock)
    assert "bruno" not in text(screen)
    assert log_in(Client(), "bruno", PASSWORD, REMOTE_ADDR="192.0.2.10").status_code == 429


def test_a_client_whose_address_cannot_be_read_is_counted_without_one(trainer):
    # An IP address column (PostgreSQL's inet) would refuse core.clients' "unknown".
    fail(Client(), "claire", 5, REMOTE_ADDR="")

    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == [None]
    assert log_in(Client(), "claire", PASSWORD, REMOTE_ADDR="").status_code == 429
