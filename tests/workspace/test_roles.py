"""Roles: trainers edit French, each translator group edits its own language only, over HTTP."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, Translation

from tests.factories import ModulePageFactory, ThemePageFactory, step
from tests.utils import translate_now
from workspace import roles

pytestmark = pytest.mark.django_db

LANGUAGES = roles.translator_languages()


def test_every_install_has_the_trainer_translator_and_administrator_groups():
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Formateurs", "Administrateurs"} <= names
    assert {f"Traducteurs – {roles.FRENCH_LANGUAGE_NAMES[code]}" for code in LANGUAGES} <= names
    assert len(LANGUAGES) == len(settings.LANGUAGES) - 1
    assert not {"Editors", "Moderators"} & names  # Wagtail's defaults would edit every language


def member(group_name, username):
    user = get_user_model().objects.create_user(username, password="x")  # noqa: S106
    user.groups.add(Group.objects.get(name=group_name))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def theme(site):
    return ThemePageFactory(parent=site["fr"], title="Utiliser un ordinateur", slug="ordinateur")


def module_in(theme, *codes):
    module = ModulePageFactory(parent=theme, title="Allumer", steps=[step("Le bouton", "Appuyez.")])
    pages = {"fr": module}
    for code in codes:
        locale = Locale.objects.get(language_code=code)
        if not theme.has_translation(locale):
            translate_now(theme, locale, {})
        pages[code] = translate_now(module, locale, {"Allumer": f"Allumer ({code})"})
    return pages


def edit_post(client, page, title):
    """Try to change a page's title through the admin edit form."""
    return client.post(f"/admin/pages/{page.pk}/edit/", {"title": title, "slug": page.slug, "objective": "x"})


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_translator_edits_their_language_only(theme, code):
    other = "ar" if code != "ar" else "ps"
    pages = module_in(theme, code, other)
    client = member(roles.translator_group_name(code), f"traducteur-{code}")

    assert client.get(f"/admin/pages/{pages[code].pk}/edit/").status_code == 200
    for refused in (pages["fr"], pages[other]):
        response = client.get(f"/admin/pages/{refused.pk}/edit/", follow=True)
        assert response.redirect_chain[-1][0] == "/admin/"
        language = str(dict(settings.LANGUAGES)[refused.locale.language_code]).lower()
        shown = [str(message) for message in response.context["messages"]]
        assert any(language in message and "traducteur" not in message for message in shown), shown
        edit_post(client, refused, "Piraté")
        assert Page.objects.get(pk=refused.pk).title != "Piraté"

    # The translation editor's own endpoints refuse too.
    translation = Translation.objects.get(
        target_locale__language_code=other, source__object_id=pages["fr"].translation_key
    )
    segment = StringSegment.objects.filter(source=translation.source).first()
    response = client.put(f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/", {"value": "x"})
    assert response.status_code in (302, 403)


def test_a_trainer_edits_french_and_not_the_translations(theme):
    pages = module_in(theme, "ar")
    client = member(roles.TRAINERS, "formatrice")
    assert client.get(f"/admin/pages/{pages['fr'].pk}/edit/").status_code == 200
    edit_post(client, pages["ar"], "Piraté")
    assert Page.objects.get(pk=pages["ar"].pk).title != "Piraté"


def test_a_new_language_home_brings_its_translators_rights(site):
    home_ps = site["ps"]
    group = Group.objects.get(name=roles.translator_group_name("ps"))
    assert set(group.page_permissions.filter(page=home_ps).values_list("permission__codename", flat=True)) == {
        "change_page",
        "publish_page",
    }
