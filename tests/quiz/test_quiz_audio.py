"""Quiz questions and their feedback are spoken in the learner's language, where a clip exists for it.

A translation that still points at the French clip has no clip of its own: its learners get no player (never
French audio under a Tigrinya question, never a button that does nothing). Synthesised clips say so.
"""

import re
import uuid

import pytest
from django.test import Client
from wagtail.models import Locale

from tests.factories import ModulePageFactory, ThemePageFactory, question
from tests.utils import audio_document, translate_now

pytestmark = pytest.mark.django_db

ARABIC = {
    "Ordinateur": "الحاسوب",
    "Allumer": "تشغيل",
    "Quel bouton allume l'ordinateur ?": "أيّ زر يشغّل الحاسوب؟",
    "Le bouton rond.": "الزر الدائري.",
    "Oui : le bouton rond allume.": "نعم: الزر الدائري يشغّل.",
    "L'écran s'allume seul.": "الشاشة تشتغل وحدها.",
}
TIGRINYA = {"Ordinateur": "ኮምፒዩተር", "Allumer": "ምውላዕ", "Quel bouton allume l'ordinateur ?": "ኣየናይ መጠወቒ ኮምፒዩተር የወልዕ?"}


def synthetic(name):
    return audio_document(f"démo/{name} (voix de synthèse)")


@pytest.fixture
def quiz_module(site):
    theme = ThemePageFactory(parent=site["fr"], title="Ordinateur", slug="ordinateur")
    module = ModulePageFactory(
        parent=theme,
        title="Allumer",
        slug="allumer",
        quiz=[
            question(
                "single_choice",
                prompt="Quel bouton allume l'ordinateur ?",
                audio=synthetic("fr-q1"),
                choices=[
                    {
                        "text": "Le bouton rond.",
                        "correct": True,
                        "feedback": "Oui : le bouton rond allume.",
                        # A translation can only override a clip the French has.
                        "feedback_audio": synthetic("fr-q1-1"),
                    },
                    {"text": "L'écran s'allume seul.", "correct": False, "feedback": ""},
                ],
            )
        ],
    )
    bound = module.quiz[0]
    right = bound.value["choices"].bound_blocks[0].id
    arabic, tigrinya = Locale.objects.get(language_code="ar"), Locale.objects.get(language_code="ti")
    translate_now(theme, arabic, ARABIC)
    translate_now(theme, tigrinya, TIGRINYA)
    ar = translate_now(
        module,
        arabic,
        ARABIC,
        overrides={
            f"quiz.{bound.id}.audio": synthetic("ar-q1").pk,
            f"quiz.{bound.id}.choices.{right}.feedback_audio": synthetic("ar-q1-1").pk,
        },
    )
    ti = translate_now(module, tigrinya, TIGRINYA)
    return {"fr": module, "ar": ar, "ti": ti, "question": bound.id, "right": right}


def players(html):
    return re.findall(r'<audio controls preload="none" src="([^"]+)" aria-labelledby="([^"]+)"', html)


def answer_and_read_result(client, quiz_module, language):
    module = quiz_module["fr"]
    data = {"attempt": str(uuid.uuid4()), f"q-{quiz_module['question']}": quiz_module["right"]}
    response = client.post(f"/{language}/learner/quiz/{module.translation_key}/", data)
    assert response.status_code == 302
    # The result is a page of the learner's own (the lesson page is the same for everybody).
    return client.get(response["Location"]).content.decode()


def test_an_arabic_learner_hears_the_question_in_arabic_labelled_as_a_synthetic_voice(quiz_module):
    html = Client().get(quiz_module["ar"].url).content.decode()
    quiz = html[html.index('id="quiz-form"') :]
    clips = players(quiz)
    assert [src for src, _label in clips] == [src for src, _label in clips if "ar-q1" in src] and len(clips) == 1
    assert "استمعوا إلى السؤال" in quiz and "صوت اصطناعي" in quiz  # « Listen to the question », « synthetic voice »
    label_id = clips[0][1]
    assert f'id="{label_id}"' in quiz


def test_after_the_quiz_an_arabic_learner_can_replay_the_question_and_hear_the_explanation(quiz_module):
    html = answer_and_read_result(Client(), quiz_module, "ar")
    result = html[html.index('id="quiz-result"') : html.index('id="quiz-form"')]
    sources = [src for src, _label in players(result)]
    assert len(sources) == 2 and "ar-q1" in sources[0] and "ar-q1-1" in sources[1]
    assert "استمعوا إلى الشرح" in result  # « Listen to the explanation »
    assert "fr-q1" not in result


def test_a_tigrinya_learner_gets_no_french_clip_and_no_dead_button(quiz_module):
    client = Client()
    for html in (client.get(quiz_module["ti"].url).content.decode(), answer_and_read_result(client, quiz_module, "ti")):
        quiz = html[html.index('id="quiz"') :]
        assert "<audio" not in quiz and "data-quiz-clip" not in quiz and "fr-q1" not in quiz
        assert "ነቲ ሕቶ ስምዑ" not in quiz  # no « Listen to the question » label without a clip


def test_a_french_learner_hears_the_french_clips(quiz_module):
    html = answer_and_read_result(Client(), quiz_module, "fr")
    assert "voix de synthèse" in html and "Écouter l'explication" in html
    assert any("fr-q1-1" in src for src, _label in players(html))
