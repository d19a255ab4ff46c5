"""Trainers get clear French messages for bad input, and nothing is saved half-way."""

import pytest
from django.core.management import call_command
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.tests.utils import get_test_image_file
from wagtail.rich_text import RichText

from courses.blocks import StepBlock, VideoBlock
from courses.models import HomePage, InfoPage, LearningPathPage, ModulePage, ThemePage
from tests.factories import ModulePageFactory, ThemePageFactory
from tests.utils import audio_document

pytestmark = pytest.mark.django_db


@pytest.fixture
def image():
    from wagtail.images import get_image_model

    return get_image_model().objects.create(title="écran", file=get_test_image_file())


def step_data(image, **changes):
    value = {
        "title": "Allumer",
        "text": RichText("<p>Appuyez sur le bouton.</p>"),
        "illustration": {"image": image, "alt": "Le bouton rond."},
        "audio": None,
        "video": {"video": None, "captions": None},
        "callout": {"kind": "tip", "text": ""},
        "vocabulary": [],
    }
    value.update(changes)
    return StepBlock().to_python(StepBlock().get_prep_value(StepBlock().normalize(value)))


def errors_of(block, value):
    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(value)
    return caught.value.block_errors


def test_a_step_without_text_is_refused_with_a_french_message(image):
    errors = errors_of(StepBlock(), step_data(image, text=RichText("<p> </p>")))
    assert "une étape sans texte" in str(errors["text"].messages)


def test_an_illustration_without_alt_text_is_refused(image):
    errors = errors_of(StepBlock(), step_data(image, illustration={"image": image, "alt": ""}))
    assert "illustration" in errors


def test_a_step_audio_that_is_not_audio_is_refused_with_the_accepted_formats(image):
    pdf = audio_document("notice", extension="pdf")
    errors = errors_of(StepBlock(), step_data(image, audio=pdf))
    message = str(errors["audio"].messages)
    assert "n'est pas un fichier audio" in message and "ogg" in message


def test_a_step_audio_over_the_size_limit_is_refused(image):
    heavy = audio_document("long", size=2_000_000)
    errors = errors_of(StepBlock(), step_data(image, audio=heavy))
    assert "trop lourd" in str(errors["audio"].messages)


def test_a_video_needs_captions():
    video = audio_document("film", extension="mp4")
    with pytest.raises(StructBlockValidationError) as caught:
        VideoBlock().clean(VideoBlock().to_python({"video": video.pk, "captions": None}))
    assert "sous-titres" in str(caught.value.block_errors["captions"].messages)


def test_a_valid_step_is_accepted(image):
    assert StepBlock().clean(step_data(image, audio=audio_document("ok")))["title"] == "Allumer"


def test_pages_can_only_be_created_in_their_place(site):
    assert ThemePage.can_create_at(site["fr"])
    assert not ModulePage.can_create_at(site["fr"])
    theme = ThemePageFactory(parent=site["fr"])
    assert ModulePage.can_create_at(theme)
    assert not ThemePage.can_create_at(theme)
    assert not LearningPathPage.can_create_at(theme)
    assert InfoPage.can_create_at(site["fr"])
    assert ModulePage.allowed_subpage_models() == []
    assert not HomePage.can_create_at(site["fr"])


def module_form(image, text, alt, quiz=None):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

    step = {
        "title": "Allumer",
        "text": rich_text(text),
        "illustration": {"image": image.pk if image else "", "alt": alt},
        "audio": "",
        "video": {"video": "", "captions": ""},
        "callout": {"kind": "tip", "text": ""},
        "vocabulary": {"count": 0},
    }
    return nested_form_data(
        {
            "title": "Allumer l'ordinateur",
            "slug": "ok",
            "objective": "À la fin, je sais allumer l'ordinateur.",
            "duration": 10,
            "level": "debutant",
            "pictogram": "",
            "steps": streamfield([("step", step)]),
            "quiz": streamfield(quiz or []),
            "pass_mark": 70,
            "comments": inline_formset([]),
        }
    )


def test_the_editor_refuses_a_step_without_text_and_saves_nothing(trainer_client, site, image):
    from django.urls import reverse

    theme = ThemePageFactory(parent=site["fr"])
    module = ModulePageFactory(parent=theme, slug="ok")
    revisions = module.revisions.count()
    url = reverse("wagtailadmin_pages:edit", args=[module.pk])
    response = trainer_client.post(url, module_form(image, "", "Le bouton rond."))
    assert response.status_code == 200
    body = response.content.decode()
    # Block errors reach the editor as JSON (non-ASCII letters escaped) beside each field.
    assert "sans texte ne peut pas" in body
    assert module.revisions.count() == revisions
    module.refresh_from_db()
    assert module.steps[0].value["text"].source == "<p>Appuyez sur le bouton rond.</p>"

    response = trainer_client.post(url, module_form(image, "<p>Appuyez sur le bouton.</p>", "Le bouton rond."))
    assert response.status_code == 302
    assert module.revisions.count() == revisions + 1


def tap_question(image, x, width):
    return (
        "tap",
        {
            "prompt": "Touchez le bouton.",
            "image": image.pk,
            "alt": "Un écran.",
            "audio": "",
            "feedback_correct": "",
            "feedback_wrong": "",
            "target_x": x,
            "target_y": 10,
            "target_width": width,
            "target_height": 10,
        },
    )


def test_a_trainer_adds_a_tap_question_and_a_target_outside_the_picture_is_refused(trainer_client, site, image):
    from django.urls import reverse

    theme = ThemePageFactory(parent=site["fr"])
    module = ModulePageFactory(parent=theme, slug="ok")
    url = reverse("wagtailadmin_pages:edit", args=[module.pk])
    text = "<p>Appuyez sur le bouton.</p>"
    response = trainer_client.post(url, module_form(image, text, "Le bouton.", [tap_question(image, 90, 20)]))
    assert response.status_code == 200
    assert "bord droit" in response.content.decode()
    response = trainer_client.post(url, module_form(image, text, "Le bouton.", [tap_question(image, 70, 20)]))
    assert response.status_code == 302
    tap = module.revisions.order_by("-id").first().as_object().quiz[0]
    assert tap.block_type == "tap" and tap.value["target_x"] == 70


def test_generate_content_makes_translated_synthetic_modules(site):
    call_command("generate_content", modules=2, steps=3, languages="ar,ti", stdout=open("/dev/null", "w"))  # noqa: SIM115
    french = ModulePage.objects.filter(locale__language_code="fr", slug__startswith="synthetique-")
    assert french.count() == 2
    for module in french:
        assert len(module.steps) == 3
        assert sorted(module.get_translations().live().values_list("locale__language_code", flat=True)) == ["ar", "ti"]


def test_an_upload_that_is_not_an_image_is_refused_in_french_and_nothing_is_saved(trainer_client):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse
    from wagtail.images import get_image_model

    fake = SimpleUploadedFile("capture.png", b"this is not a picture", content_type="image/png")
    response = trainer_client.post(reverse("wagtailimages:add"), {"title": "Capture", "file": fake})
    assert response.status_code == 200
    assert "n’est pas une image ou bien est corrompu" in response.content.decode()
    assert not get_image_model().objects.filter(title="Capture").exists()


def test_an_image_over_the_upload_limit_is_refused(trainer_client, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse
    from wagtail.images import get_image_model

    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1000
    big = SimpleUploadedFile(
        "grande.png", get_test_image_file(size=(800, 800)).file.getvalue(), content_type="image/png"
    )
    response = trainer_client.post(reverse("wagtailimages:add"), {"title": "Grande", "file": big})
    assert response.status_code == 200
    assert "Ce fichier est trop gros" in response.content.decode()
    assert not get_image_model().objects.filter(title="Grande").exists()
