"""A translation's life as translators and trainers see it: asked for (a draft), saved, submitted from the
editor, published; the dashboard names each state truly, in the admin language the user chose."""

import html
import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client, TestCase
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from courses.models import ModulePage
from tests.factories import ModulePageFactory, ThemePageFactory, step
from tests.utils import translate_now
from workspace import review, roles

pytestmark = pytest.mark.django_db


def user_in(group, username):
    user = get_user_model().objects.create_user(username, password="x")  # noqa: S106
    user.groups.add(Group.objects.get(name=group))
    return user


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def french_module(site):
    theme = ThemePageFactory(parent=site["fr"], title="Ordinateur", slug="ordinateur")
    module = ModulePageFactory(
        parent=theme, title="Allumer", steps=[step("Le bouton", "Appuyez.", alt="Le bouton rond de l'écran.")]
    )
    return theme, module


@pytest.fixture
def pashto(french_module):
    theme, module = french_module
    locale = Locale.objects.get(language_code="ps")
    translate_now(theme, locale, {})
    page = translate_now(module, locale, {})
    return page, Translation.objects.get(source__object_id=module.translation_key, target_locale=locale)


def save_draft(translation, user, title):
    """What the translation editor does: the string is saved as typed, then the translation is saved."""
    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    StringTranslation.objects.update_or_create(
        translation_of=segment.string,
        locale=translation.target_locale,
        context=segment.context,
        defaults={"data": title, "last_translated_by": user},
    )
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(user=user, publish=False)


def dashboard_state(client, code, title):
    body = client.get(f"/admin/traductions/?lang={code}").content.decode()
    row = re.search(
        rf'<tr data-module="[^"]+" data-status="(\w+)">\s*<td[^>]*>{re.escape(title)}</td>\s*'
        r"<td[^>]*data-state>([^<]+)</td>",
        body,
    )
    assert row, body
    return row.group(1), row.group(2)


def test_asking_for_a_translation_makes_a_draft_that_learners_do_not_see(french_module):
    _theme, module = french_module
    trainer = client_for(user_in(roles.TRAINERS, "formatrice"))
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = trainer.post(
            f"/admin/localize/submit/page/{module.pk}/",
            {"locales": [Locale.objects.get(language_code="ps").pk], "include_subtree": ""},
        )
    assert response.status_code == 302
    pashto = ModulePage.objects.get(translation_key=module.translation_key, locale__language_code="ps")
    assert not pashto.live  # learners are not shown a French copy dressed as a Pashto translation
    assert dashboard_state(trainer, "ps", "Allumer") == ("draft", "Brouillon (jamais publié)")


def test_a_saved_draft_of_a_published_translation_is_not_called_published(pashto):
    page, translation = pashto
    translator = user_in(roles.translator_group_name("ps"), "tr-ps")
    save_draft(translation, translator, "چالانول")
    client = client_for(translator)
    assert dashboard_state(client, "ps", "Allumer") == ("changes", "Publié, avec des changements pas encore publiés")
    assert "چالانول" not in Client().get(Page.objects.get(pk=page.pk).url).content.decode()


def test_with_review_a_save_stays_a_draft_and_the_editor_submits_it_to_a_trainer(pashto, administrator_client):
    page, translation = pashto
    administrator_client.post("/admin/traductions/", {"lang": "ps", "review": "1"})
    translator = user_in(roles.translator_group_name("ps"), "tr-ps")
    save_draft(translation, translator, "چالانول")
    assert Page.objects.get(pk=page.pk).current_workflow_state is None  # saving is not submitting

    client = client_for(translator)
    editor = f"/admin/pages/{page.pk}/edit/"
    body = client.get(editor).content.decode()
    assert "data-submit-for-review" in body and "Envoyer en relecture" in body
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(f"/admin/traductions/envoyer/{page.pk}/", {"next": editor})
    assert response.status_code == 302 and response["Location"] == editor
    state = Page.objects.get(pk=page.pk).current_workflow_state
    assert state is not None and state.workflow.name == review.REVIEW_WORKFLOW
    body = client.get(editor).content.decode()
    assert "Cette traduction attend la relecture" in body and "data-submit-for-review" not in body
    assert "چالانول" not in Client().get(Page.objects.get(pk=page.pk).url).content.decode()


def test_the_editor_sends_back_only_to_an_admin_address(pashto):
    page, _translation = pashto
    client = client_for(user_in(roles.translator_group_name("ps"), "tr-ps"))
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(f"/admin/traductions/envoyer/{page.pk}/", {"next": "https://example.com/admin/"})
    assert response["Location"] == "/admin/traductions/?lang=ps"


def test_without_review_the_editor_shows_no_submit_bar(pashto):
    page, _translation = pashto
    client = client_for(user_in(roles.translator_group_name("ps"), "tr-ps"))
    assert "data-submit-for-review" not in client.get(f"/admin/pages/{page.pk}/edit/").content.decode()


def editor_labels(client, page):
    body = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    props = json.loads(html.unescape(re.search(r'data-props="([^"]*)"', body).group(1)))
    return {segment["source"]: segment["location"]["subField"] for segment in props["segments"] if "source" in segment}


def test_the_alt_text_segment_says_texte_alternatif_not_illustration(pashto):
    page, _translation = pashto
    labels = editor_labels(client_for(user_in(roles.translator_group_name("ps"), "tr-ps")), page)
    assert labels["Le bouton rond de l'écran."] == "Illustration › Texte alternatif"
    assert labels["Le bouton"] == "Titre de l'étape"


def test_the_dashboard_and_its_messages_speak_english_to_a_translator_who_chose_english(pashto):
    page, _translation = pashto
    translator = user_in(roles.translator_group_name("ps"), "tr-ps")
    UserProfile.get_for_user(translator).__class__.objects.filter(user=translator).update(preferred_language="en")
    client = client_for(translator)
    body = client.get("/admin/traductions/?lang=ps").content.decode()
    assert "Translations" in body and "Open the editor" in body and "Record the audio" in body
    assert "Ouvrir l&#x27;éditeur" not in body
    response = client.post(f"/admin/traductions/envoyer/{page.pk}/", follow=True)
    assert "is published: learners see this version" in response.content.decode()


@pytest.mark.parametrize("code", ["fr", "en"])
def test_the_workspace_catalogue_is_complete_in_the_admins_two_languages(code):
    import polib
    from django.conf import settings

    catalogue = polib.pofile(str(settings.BASE_DIR / "workspace" / "locale" / code / "LC_MESSAGES" / "django.po"))
    assert catalogue.untranslated_entries() == [] and catalogue.fuzzy_entries() == []
