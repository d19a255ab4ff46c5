"""Admin security in Chromium: an administrator adds a translator with a form that offers no superuser box; a
login is locked after 5 wrong passwords, with the reason in French."""

from django.contrib.auth import get_user_model

from tests.utils import group_member
from workspace import roles


def test_an_administrator_creates_a_translator_account_and_the_form_offers_no_superuser_box(admin_as, live_site):
    server, _homes = live_site
    page = admin_as(roles.ADMINISTRATORS, "ines")
    page.goto(f"{server.url}/admin/users/new/")

    for name, value in {
        "username": "amina",
        "email": "amina@example.org",
        "first_name": "Amina",
        "last_name": "Haddad",
        "password1": "Tr4duction-arabe!",
        "password2": "Tr4duction-arabe!",
    }.items():
        page.fill(f"input[name={name}]", value)
    page.get_by_role("tab", name="Rôles").first.click()
    roles_panel = page.locator("#tab-roles")
    assert roles_panel.get_by_role("checkbox", name="Traducteurs – arabe").is_visible()
    assert page.locator("input[name=is_superuser], input[name=is_staff]").count() == 0
    assert roles_panel.get_by_role("checkbox").count() == roles_panel.locator("input[name=groups]").count()
    roles_panel.get_by_role("checkbox", name="Traducteurs – arabe").check()
    page.locator("form button[type=submit]").filter(has_text="Créer").click()

    page.wait_for_url("**/admin/users/")
    amina = get_user_model().objects.get(username="amina")
    assert [group.name for group in amina.groups.all()] == ["Traducteurs – arabe"]
    assert not amina.is_superuser and not amina.is_staff


def test_an_admin_login_is_locked_after_five_wrong_passwords_with_a_french_message(browser, live_site):
    server, _homes = live_site
    group_member(roles.TRAINERS, "claire", "bon-mot-de-passe-2024")
    context = browser.new_context(locale="fr-FR")
    page = context.new_page()

    def log_in(password):
        page.goto(f"{server.url}/admin/login/")
        page.fill("input[name=username]", "claire")
        page.fill("input[name=password]", password)
        page.click("button[type=submit]")
        page.wait_for_load_state()

    for _ in range(4):
        log_in("mauvais")
        assert page.locator(".messages").get_by_text("Trop d'essais").count() == 0
    log_in("mauvais")
    log_in("bon-mot-de-passe-2024")

    message = page.locator(".messages .error").filter(has_text="Trop d'essais de connexion")  # French
    assert message.is_visible()
    assert "après 5 mots de passe erronés" in message.inner_text() and "pendant 15 minutes" in message.inner_text()
    assert page.get_by_label("Mot de passe").is_visible()  # the login form, labelled in French
    assert page.url.endswith("/admin/login/")  # not let in
    context.close()
