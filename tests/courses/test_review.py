"""A translation saved as a draft in wagtail-localize's editor does not reach learners until published."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client, TestCase
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from courses import roles
from courses.factories import ModulePageFactory, ThemePageFactory, step
from tests.utils import translate_now

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
