"""Drafts of translations stay drafts; per language, translators publish or a trainer reviews (workflow)."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client, TestCase
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from tests.factories import ModulePageFactory, ThemePageFactory, step
from tests.utils import translate_now
from workspace import review, roles

pytestmark = pytest.mark.django_db


@pytest.fixture
def pashto(site):
    theme = ThemePageFactory(parent=site["fr"], title="Ordinateur", slug="ordinateur")
    module = ModulePageFactory(parent=theme, title="Allumer", steps=[step("Le bouton", "Appuyez.")])
    locale = Locale.objects.get(language_code="ps")
    translate_now(theme, locale, {})
    page = translate_now(module, locale, {})
    return page, Translation.objects.get(source__object_id=module.translation_key, target_locale=locale)


def test_a_draft_saved_in_the_translation_editor_does_not_reach_learners(pashto):
    page, translation = pashto
    translator = get_user_model().objects.create_user("tr-ps", password="x")  # noqa: S106
    translator.groups.add(Group.objects.get(name=roles.translator_group_name("ps")))
    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    StringTranslation.objects.update_or_create(
        translation_of=segment.string,
        locale=translation.target_locale,
        context=segment.context,
        defaults={"data": "مسوده", "last_translated_by": translator},
    )
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(user=translator, publish=False)  # the editor's "save draft"
    live = Page.objects.get(pk=page.pk)
    assert live.draft_title == "مسوده" and live.has_unpublished_changes
    assert "مسوده" not in Client().get(live.url).content.decode()
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(user=translator, publish=True)
    assert "مسوده" in Client().get(Page.objects.get(pk=page.pk).url).content.decode()


def user_in(group, username):
    user = get_user_model().objects.create_user(username, password="x")  # noqa: S106
    user.groups.add(Group.objects.get(name=group))
    return user


def save_draft(translation, user, title):
    """What the translation editor does when a translator types the title and saves a draft."""
    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    StringTranslation.objects.update_or_create(
        translation_of=segment.string,
        locale=translation.target_locale,
        context=segment.context,
        defaults={"data": title, "last_translated_by": user},
    )
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(user=user, publish=False)


def test_by_default_translators_publish_themselves(pashto):
    page, _translation = pashto
    assert not review.review_required("ps")
    assert page.permissions_for_user(user_in(roles.translator_group_name("ps"), "tr-ps")).can_publish()


def test_with_review_a_translator_submits_a_draft_and_a_trainer_publishes_it(pashto, administrator_client):
    from django.urls import reverse

    page, translation = pashto
    assert administrator_client.post("/admin/traductions/", {"lang": "ps", "review": "1"}).status_code == 302
    assert review.review_required("ps")
    translator = user_in(roles.translator_group_name("ps"), "tr-ps")
    assert not Page.objects.get(pk=page.pk).permissions_for_user(translator).can_publish()

    save_draft(translation, translator, "چالانول")
    assert Page.objects.get(pk=page.pk).current_workflow_state is None  # a save is a draft, not a submission
    sender = Client()
    sender.force_login(translator)
    with TestCase.captureOnCommitCallbacks(execute=True):
        sender.post(f"/admin/traductions/envoyer/{page.pk}/")
    page = Page.objects.get(pk=page.pk).specific
    state = page.current_workflow_state
    assert state is not None and state.workflow.name == review.REVIEW_WORKFLOW
    assert "چالانول" not in Client().get(page.url).content.decode()  # not live until reviewed

    client = Client()
    client.force_login(user_in(roles.TRAINERS, "formatrice"))
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.current_task_state.pk])
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(url, {"comment": ""})
    assert "چالانول" in Client().get(Page.objects.get(pk=page.pk).url).content.decode()

    administrator_client.post("/admin/traductions/", {"lang": "ps", "review": "0"})
    assert not review.review_required("ps")
    translator = get_user_model().objects.get(pk=translator.pk)  # Wagtail caches rights on the user object
    assert Page.objects.get(pk=page.pk).permissions_for_user(translator).can_publish()


def test_only_administrators_change_the_review_setting(pashto):
    client = Client()
    client.force_login(user_in(roles.TRAINERS, "formatrice"))
    client.post("/admin/traductions/", {"lang": "ps", "review": "1"})
    assert not review.review_required("ps")


def test_trainers_publish_french_modules_without_wagtails_default_moderation(site, trainer_client):
    theme = ThemePageFactory(parent=site["fr"], title="Ordinateur", slug="ordinateur")
    module = ModulePageFactory(parent=theme, title="Allumer", steps=[step("Le bouton", "Appuyez.")])
    assert module.get_workflow() is None
    body = trainer_client.get(f"/admin/pages/{module.pk}/edit/").content.decode()
    assert "Moderators approval" not in body
    assert "Publier" in body


def test_without_review_the_translator_publishes_explicitly_from_the_dashboard(pashto):
    page, translation = pashto
    translator = user_in(roles.translator_group_name("ps"), "tr-ps")
    save_draft(translation, translator, "چالانول")
    assert "چالانول" not in Client().get(Page.objects.get(pk=page.pk).url).content.decode()
    client = Client()
    client.force_login(translator)
    assert "Publier</button>" in client.get("/admin/traductions/?lang=ps").content.decode()
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(f"/admin/traductions/envoyer/{page.pk}/", follow=True)
    assert "est publié" in response.content.decode()
    assert "چالانول" in Client().get(Page.objects.get(pk=page.pk).url).content.decode()


def test_with_review_the_translator_submits_and_the_trainer_asks_for_changes_with_a_comment(
    pashto, administrator_client
):
    from django.urls import reverse

    page, translation = pashto
    administrator_client.post("/admin/traductions/", {"lang": "ps", "review": "1"})
    translator = user_in(roles.translator_group_name("ps"), "tr-ps")
    client = Client()
    client.force_login(translator)
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(f"/admin/traductions/envoyer/{page.pk}/", follow=True)
    assert "envoyé à un formateur pour relecture" in response.content.decode()
    assert "En relecture" in client.get("/admin/traductions/?lang=ps").content.decode()
    state = Page.objects.get(pk=page.pk).current_workflow_state
    assert state is not None and state.workflow.name == review.REVIEW_WORKFLOW

    trainer = Client()
    trainer.force_login(user_in(roles.TRAINERS, "formatrice"))
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", state.current_task_state.pk])
    with TestCase.captureOnCommitCallbacks(execute=True):
        trainer.post(url, {"comment": "Le titre de l'étape 2 manque."})
    state.refresh_from_db()
    assert state.status == state.STATUS_NEEDS_CHANGES
    # The translator sees the trainer's comment when opening the translation again.
    editor = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Le titre de l&#x27;étape 2 manque." in editor
