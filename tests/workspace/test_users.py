"""User accounts in the admin: administrators add people and give them roles, never superuser or staff rights,
and cannot open a superuser's account; Django's own admin is gone."""

from html import unescape

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client

from tests.utils import group_member
from workspace import roles

pytestmark = pytest.mark.django_db

User = get_user_model()
RIGHTS_REFUSED_FR = "Les droits de super-utilisateur et d'équipe ne se donnent pas depuis l'administration"
SUPERUSER_REFUSED_FR = "Ce compte est celui d'un super-utilisateur : seul un super-utilisateur peut l'ouvrir"


def text(response):
    return unescape(response.content.decode())


@pytest.fixture
def administrator():
    client = Client()
    client.force_login(group_member(roles.ADMINISTRATORS, "ines", "x"))
    return client


@pytest.fixture
def superuser():
    return User.objects.create_superuser("racine", "racine@example.org", "mot-de-passe-racine")


def new_user(username, group_name=None, **extra):
    data = {
        "username": username,
        "email": f"{username}@example.org",
        "first_name": "Amina",
        "last_name": "Haddad",
        "password1": "Tr4duction-arabe!",
        "password2": "Tr4duction-arabe!",
        **extra,
    }
    if group_name:
        data["groups"] = [Group.objects.get(name=group_name).pk]
    return data


def test_an_administrator_creates_a_translator_account_with_a_form_that_has_no_superuser_box(administrator):
    form = administrator.get("/admin/users/new/")
    assert form.status_code == 200
    assert not {"is_superuser", "is_staff"} & set(form.context["form"].fields)
    assert 'name="is_superuser"' not in text(form) and 'name="is_staff"' not in text(form)

    response = administrator.post("/admin/users/new/", new_user("amina", roles.translator_group_name("ar")))

    assert response.status_code == 302
    amina = User.objects.get(username="amina")
    assert list(amina.groups.values_list("name", flat=True)) == ["Traducteurs – arabe"]
    assert not amina.is_superuser and not amina.is_staff
    assert Client().post("/admin/login/", {"username": "amina", "password": "Tr4duction-arabe!"}).status_code == 302


@pytest.mark.parametrize("field", ["is_superuser", "is_staff"])
def test_a_new_account_asking_for_superuser_or_staff_rights_is_refused_in_french(administrator, field):
    response = administrator.post(
        "/admin/users/new/", new_user("intrus", roles.translator_group_name("ar"), **{field: "on"}), follow=True
    )

    assert RIGHTS_REFUSED_FR in text(response)  # French
    assert not User.objects.filter(username="intrus").exists()
    assert not User.objects.filter(is_superuser=True).exists() and not User.objects.filter(is_staff=True).exists()


@pytest.mark.parametrize("field", ["is_superuser", "is_staff"])
def test_an_edit_asking_for_superuser_or_staff_rights_changes_nothing_and_says_so_in_french(administrator, field):
    amina = group_member(roles.translator_group_name("ar"), "amina", "x")
    data = new_user("amina", roles.translator_group_name("ar"), password1="", password2="", is_active="on")

    response = administrator.post(
        f"/admin/users/edit/{amina.pk}/", {**data, "first_name": "Changé", field: "on"}, follow=True
    )

    assert RIGHTS_REFUSED_FR in text(response)  # French
    amina.refresh_from_db()
    assert not amina.is_superuser and not amina.is_staff and amina.first_name == ""


def test_an_administrator_edits_a_translator_account_with_a_form_that_has_no_superuser_box(administrator):
    amina = group_member(roles.translator_group_name("ar"), "amina", "x")
    form = administrator.get(f"/admin/users/edit/{amina.pk}/")
    assert form.status_code == 200
    assert 'name="is_superuser"' not in text(form) and 'name="is_staff"' not in text(form)
    data = new_user("amina", roles.translator_group_name("prs"), password1="", password2="", is_active="on")

    assert administrator.post(f"/admin/users/edit/{amina.pk}/", data).status_code == 302

    amina.refresh_from_db()
    assert list(amina.groups.values_list("name", flat=True)) == ["Traducteurs – dari"]


@pytest.mark.parametrize("action", ["edit", "delete", "history"])
def test_an_administrator_cannot_open_a_superuser_s_account(administrator, superuser, action):
    response = administrator.get(f"/admin/users/{action}/{superuser.pk}/", follow=True)

    assert response.redirect_chain[-1][0] == "/admin/users/"
    assert SUPERUSER_REFUSED_FR in text(response)  # French
    assert "racine@example.org" not in text(response).split("Ce compte est celui")[0]


def test_an_administrator_cannot_change_or_delete_a_superuser(administrator, superuser):
    data = new_user("racine", password1="", password2="", email="pirate@example.org")

    edit = administrator.post(f"/admin/users/edit/{superuser.pk}/", data, follow=True)
    delete = administrator.post(f"/admin/users/delete/{superuser.pk}/", follow=True)

    assert SUPERUSER_REFUSED_FR in text(edit) and SUPERUSER_REFUSED_FR in text(delete)  # French
    superuser.refresh_from_db()
    assert superuser.email == "racine@example.org" and superuser.is_active


def test_the_users_bulk_actions_leave_a_superuser_alone(administrator, superuser):
    amina = group_member(roles.translator_group_name("ar"), "amina", "x")

    administrator.post(
        f"/admin/bulk/auth/user/set_active_state/?id={superuser.pk}&id={amina.pk}",
        {"mark_as_active": "False"},
    )

    superuser.refresh_from_db()
    amina.refresh_from_db()
    assert superuser.is_active and not amina.is_active


def test_no_copy_of_an_account(administrator, superuser):
    assert administrator.get(f"/admin/users/copy/{superuser.pk}/", follow=True).status_code == 404


def test_django_s_own_admin_is_gone(admin_client):
    assert admin_client.get("/django-admin/", follow=True).status_code == 404
