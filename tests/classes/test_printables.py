"""What a trainer prints for a class: a module's bilingual handout (French and the class's language, with the
pictures, on A4) and the class's attestations, several per A4 sheet. Another trainer's class and translators get
403; an empty class says there is nothing to print."""

import datetime
import re

import pytest
from django.contrib.staticfiles import finders
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale

from classes.models import Assignment
from learners.models import Attestation
from tests.factories import LearnerGroupFactory, ModulePageFactory, ThemePageFactory, learner_in, step
from tests.utils import translate_now

pytestmark = pytest.mark.django_db


@pytest.fixture
def module(site):
    """A French module of two steps with pictures, translated into Tigrinya and Arabic (its second step still in
    French in Arabic), not into Ukrainian."""
    image = get_image_model().objects.create(title="écran", file=get_test_image_file(size=(800, 500)))
    theme = ThemePageFactory(parent=site["fr"], title="Utiliser un ordinateur", slug="ordinateur")
    module = ModulePageFactory(
        parent=theme,
        title="Allumer l'ordinateur",
        slug="allumer",
        steps=[
            step("Le bouton", "Appuyez sur le bouton rond.", image, "Le bouton rond.", vocabulary=["l'écran"]),
            step(
                "La session",
                "Tapez votre mot de passe.",
                image,
                "Le champ du mot de passe.",
                callout="Prenez le temps.",
            ),
        ],
    )
    strings = {
        "ti": {
            "Allumer l'ordinateur": "ኮምፒተር ምውላዕ",
            "Le bouton": "እቲ መጠወቒ",
            "Appuyez sur le bouton rond.": "ነቲ ክቡብ መጠወቒ ጠውቑ።",
            "La session": "እቲ ክፍለ ግዜ",
            "Tapez votre mot de passe.": "መሕለፊ ቃልኩም ጽሓፉ።",
            "Prenez le temps.": "ግዜ ውሰዱ።",
            "l'écran": "እቲ ስክሪን",
        },
        "ar": {
            "Allumer l'ordinateur": "تشغيل الحاسوب",
            "Le bouton": "الزر",
            "Appuyez sur le bouton rond.": "اضغط على الزر الدائري.",
        },
    }
    for language, translation in strings.items():
        translate_now(theme, Locale.objects.get(language_code=language), {})
        translate_now(module, Locale.objects.get(language_code=language), translation)
    return module


@pytest.fixture
def class_with_module(group, module):
    group.languages = ["ti", "fr"]
    group.save()
    Assignment.objects.create(group=group, page=module, sort_order=0)
    return group


def handout(client, group, module, query=""):
    response = client.get(f"/admin/groupes/{group.pk}/supports/{module.pk}/{query}")
    assert response.status_code == 200
    return response.content.decode()


def test_the_classes_screen_offers_a_handout_of_each_assigned_module_in_the_classes_language(
    trainer_client, class_with_module, module
):
    page = trainer_client.get(f"/admin/groupes/{class_with_module.pk}/supports/").content.decode()
    assert "Allumer l&#x27;ordinateur" in page and "Imprimer un support" in page
    assert f'action="/admin/groupes/{class_with_module.pk}/supports/{module.pk}/"' in page
    assert re.search(r'<option value="ti" lang="ti" selected>ትግርኛ</option>', page)  # the class's language


def test_a_handout_holds_both_languages_step_text_and_the_pictures_on_a4(trainer_client, class_with_module, module):
    page = handout(trainer_client, class_with_module, module)  # Tigrinya: the class's language
    assert '<html lang="fr"' in page
    assert "Appuyez sur le bouton rond." in page and "ነቲ ክቡብ መጠወቒ ጠውቑ።" in page  # step 1, French and Tigrinya
    assert "Tapez votre mot de passe." in page and "መሕለፊ ቃልኩም ጽሓፉ።" in page  # step 2
    assert "Prenez le temps." in page and "ግዜ ውሰዱ።" in page  # the tip on both sides
    assert "እቲ ስክሪን" in page and "l&#x27;écran" in page  # words to remember, both sides
    assert page.count('class="side side-local" lang="ti" dir="ltr"') == 2
    assert "Étape 1 sur 2" in page and "ስጉምቲ 1 ካብ 2" in page  # the step count in French and Tigrinya
    assert page.count("<img") >= 3 and page.count('alt="Le bouton rond."') == 1  # logo + each step's picture
    assert "<nav" not in page and "w-sidebar" not in page  # no admin chrome on paper
    assert "<svg" in page  # a QR code to the lesson online
    with open(finders.find("classes/printables.css")) as css:
        styles = css.read()
    assert "@page { size: A4" in styles and "break-inside: avoid" in styles


def test_an_arabic_handout_is_right_to_left_and_a_step_still_in_french_is_labelled(
    trainer_client, class_with_module, module
):
    page = handout(trainer_client, class_with_module, module, "?langue=ar")
    assert 'class="side side-local" lang="ar" dir="rtl"' in page
    assert "اضغط على الزر الدائري." in page and "Appuyez sur le bouton rond." in page
    second = page[page.index('id="step-2"') :]
    assert "Tapez votre mot de passe." in second
    assert "لم تُترجم بعد" in second  # "Not yet translated into العربية"


def test_a_module_not_translated_into_the_chosen_language_prints_in_french_with_a_note(
    trainer_client, class_with_module, module
):
    page = handout(trainer_client, class_with_module, module, "?langue=uk")
    assert "Ce module n'est pas encore traduit en Українська : ce support est en français seulement." in page
    assert 'lang="uk"' in page  # the same note in Ukrainian
    assert "Appuyez sur le bouton rond." in page and 'class="side side-local"' not in page


def test_an_unknown_language_prints_the_classes_language_with_a_message(trainer_client, class_with_module, module):
    page = handout(trainer_client, class_with_module, module, "?langue=xx")
    assert "La langue « xx » n'existe pas sur le site : le support est imprimé en ትግርኛ." in page
    assert "ነቲ ክቡብ መጠወቒ ጠውቑ።" in page


def test_any_live_module_prints_from_the_page_listing_in_any_language(trainer_client, module):
    explorer = trainer_client.get(f"/admin/pages/{module.get_parent().pk}/").content.decode()
    assert f"/admin/groupes/support/{module.pk}/" in explorer
    for language in ["en", "ar", "prs", "ps", "ti", "uk", "ru"]:
        response = trainer_client.get(f"/admin/groupes/support/{module.pk}/?langue={language}")
        assert response.status_code == 200, language
        assert "Appuyez sur le bouton rond." in response.content.decode()


def test_a_translator_cannot_print_a_handout(translator_client, group, module):
    assert translator_client.get(f"/admin/groupes/support/{module.pk}/").status_code == 403
    assert translator_client.get(f"/admin/groupes/{group.pk}/supports/{module.pk}/").status_code == 403


def test_another_trainer_cannot_print_my_classes_handouts_or_attestations(
    other_trainer_client, class_with_module, module
):
    group = class_with_module
    assert other_trainer_client.get(f"/admin/groupes/{group.pk}/supports/").status_code == 403
    assert other_trainer_client.get(f"/admin/groupes/{group.pk}/supports/{module.pk}/").status_code == 403
    assert other_trainer_client.get(f"/admin/groupes/{group.pk}/attestations/").status_code == 403


def test_a_class_with_nothing_to_follow_says_there_is_no_handout_to_print(trainer_client, group):
    page = trainer_client.get(f"/admin/groupes/{group.pk}/supports/").content.decode()
    assert "Ce groupe n'a encore aucun parcours ni module à suivre : rien à imprimer." in page


def attest(learner, title, code, language):
    return Attestation.objects.create(
        learner=learner,
        path_key=f"00000000-0000-0000-0000-{code[-5:].replace('-', '0'):0>12}",
        code=code,
        holder=learner.display_name or learner.active_card.code,
        path_title=title,
        modules=[],
        language=language,
        issued_at=datetime.datetime(2026, 3, 4, 10, tzinfo=datetime.UTC),
    )


def test_the_classes_attestations_print_several_per_a4_sheet_with_date_code_and_qr_code(trainer_client, group):
    amina = learner_in(group, name="أمينة", language="ar")
    anonymous = learner_in(group, language="ti")
    outsider = learner_in(LearnerGroupFactory(created_by=trainer_client.user), name="Hors groupe", language="fr")
    attest(amina, "Premiers pas numériques", "AAAAA-22222", "ar")
    attest(anonymous, "Premiers pas numériques", "BBBBB-33333", "ti")
    attest(outsider, "Premiers pas numériques", "CCCCC-44444", "fr")
    for index in range(5):
        attest(learner_in(group, language="uk"), "Premiers pas numériques", f"DDDDD-5555{index}", "uk")
    response = trainer_client.get(f"/admin/groupes/{group.pk}/attestations/")
    assert response.status_code == 200
    page = response.content.decode()
    assert page.count('class="attestation-sheet"') == 2 and page.count('class="print-attestation"') == 7
    assert "أمينة" in page and anonymous.active_card.code in page  # the name, else the card code
    assert "Hors groupe" not in page and "CCCCC-44444" not in page
    assert "AAAAA-22222" in page and "http://testserver/fr/verify/AAAAA-22222/" in page
    assert page.count("<svg") == 7  # a QR code each
    assert "Délivrée le 4 mars 2026" in page
    assert "4 مارس، 2026" in page and "4 መጋቢት 2026" in page  # the date in Arabic, in Tigrinya
    assert "Premiers pas numériques" in page


def test_an_empty_class_says_there_are_no_attestations_to_print(trainer_client, group):
    page = trainer_client.get(f"/admin/groupes/{group.pk}/attestations/").content.decode()
    assert "Ce groupe n'a encore aucun apprenant : rien à imprimer." in page
    learner_in(group)
    page = trainer_client.get(f"/admin/groupes/{group.pk}/attestations/").content.decode()
    assert "Aucun apprenant de ce groupe n'a encore d'attestation : rien à imprimer." in page


def test_a_translator_cannot_print_a_classes_attestations(translator_client, group):
    assert translator_client.get(f"/admin/groupes/{group.pk}/attestations/").status_code == 403


def test_the_attestations_list_takes_the_same_number_of_queries_for_2_or_12_attestations(trainer_client, group):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert trainer_client.get(f"/admin/groupes/{group.pk}/attestations/").status_code == 200
        return len(captured)

    for index in range(2):
        attest(learner_in(group, language="ar"), "Premiers pas numériques", f"EEEEE-6666{index}", "ar")
    few = queries()
    for index in range(10):
        attest(learner_in(group, language="ti"), "Premiers pas numériques", f"FFFFF-7777{index}", "ti")
    assert queries() == few
