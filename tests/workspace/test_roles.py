"""Roles: trainers edit French, each translator group edits its own language only, over HTTP."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, GroupCollectionPermission, Locale, Page
from wagtail_localize.models import StringSegment, Translation

from tests.factories import ModulePageFactory, ThemePageFactory, step
from tests.utils import audio_document, translate_now
from workspace import roles

pytestmark = pytest.mark.django_db

LANGUAGES = roles.translator_languages()


def test_every_install_has_the_trainer_translator_and_administrator_groups():
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Formateurs", "Administrateurs"} <= names
    assert {f"Traducteurs – {roles.FRENCH_LANGUAGE_NAMES[code]}" for code in LANGUAGES} <= names
    assert len(LANGUAGES) == len(settings.LANGUAGES) - 1
    assert not {"Editors", "Moderators"} & names  # Wagtail's defaults would edit every language


def test_every_install_gives_the_groups_their_image_and_document_rights_on_the_root_collection():
    root = Collection.get_first_root_node()

    def rights(group_name):
        return set(
            GroupCollectionPermission.objects.filter(group__name=group_name, collection=root).values_list(
                "permission__codename", flat=True
            )
        )

    add_choose = {"add_image", "choose_image", "add_document", "choose_document"}
    assert rights(roles.TRAINERS) == add_choose | {"change_image", "change_document"}
    assert rights(roles.translator_group_name("ar")) == add_choose
    assert rights(roles.ADMINISTRATORS) >= {"change_image", "delete_image", "change_document", "delete_document"}


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


def png(name="souris.png"):
    return SimpleUploadedFile(name, get_test_image_file().file.getvalue(), content_type="image/png")


def chooser_listing(client, kind):
    """The HTML of Wagtail's image or document chooser (a modal answered in JSON)."""
    response = client.get(f"/admin/{kind}/chooser/")
    assert response.status_code == 200
    return response.json()["html"]


def test_a_trainer_uploads_an_image_and_chooses_it_for_a_step(site):
    client = member(roles.TRAINERS, "formatrice")
    assert client.get("/admin/images/add/").status_code == 200
    response = client.post(
        "/admin/images/add/",
        {"title": "Souris dessinée", "file": png(), "collection": Collection.get_first_root_node().pk},
    )
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    image = get_image_model().objects.get(title="Souris dessinée")
    assert "Souris dessinée" in chooser_listing(client, "images")
    chosen = client.get(f"/admin/images/chooser/chosen/{image.pk}/")
    assert chosen.json()["result"]["id"] == str(image.pk)


def test_a_trainer_uploads_an_audio_clip_and_chooses_it(site):
    client = member(roles.TRAINERS, "formatrice")
    response = client.post(
        "/admin/documents/add/",
        {
            "title": "Audio tenir la souris",
            "file": SimpleUploadedFile("tenir.opus", b"OggS" + b"\0" * 2000, content_type="audio/ogg"),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    assert "Audio tenir la souris" in chooser_listing(client, "documents")


@pytest.mark.parametrize("kind", ["images", "documents"])
def test_a_translator_chooses_images_and_audio_but_cannot_delete_them(site, kind):
    if kind == "images":
        item = get_image_model().objects.create(title="Souris dessinée", file=get_test_image_file())
    else:
        item = audio_document("Audio tenir la souris")
    client = member(roles.translator_group_name("ar"), "traducteur-ar")
    assert item.title in chooser_listing(client, kind)
    delete = reverse(f"wagtail{'images' if kind == 'images' else 'docs'}:delete", args=[item.pk])
    refused = client.get(delete)
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")  # Wagtail's "permission denied"
    client.post(delete)
    assert type(item).objects.filter(pk=item.pk).exists()
