"""« Par où commencer ? »: the diagnostic at /<lang>/diagnostic/, played through its plain forms (no
JavaScript), in the learner's language."""

import pytest

from diagnostic.models import DiagnosticResult
from learners.identity import issue_card
from learners.models import Learner
from tests.diagnostic.conftest import PATH_TITLES, Player, form_answer, text

pytestmark = pytest.mark.django_db


def with_card(player):
    """Give the player's browser a learner with a card, as « Save my progress » does."""
    learner = Learner.objects.create(language=player.language)
    issue_card(learner, "2468")
    session = player.client.session
    session["learner"] = learner.pk
    session.save()
    return learner


def test_a_learner_who_fails_the_mouse_items_is_proposed_the_first_steps_in_arabic(diagnostic):
    player = Player("ar")
    player.start()
    response = player.answer_by_level(passes=set())
    assert "الخطوات الرقمية الأولى" in text(response)  # « Premiers pas numériques » in Arabic
    assert 'data-proposed-path="premiers-pas-numeriques"' in response.content.decode()
    assert any(question.level == 1 for question in player.asked)  # the mouse was asked
    assert player.state["level"] == 0


def test_a_learner_who_passes_the_mouse_items_is_proposed_a_later_path_in_tigrinya(diagnostic):
    player = Player("ti")
    player.start()
    response = player.answer_by_level(passes={1})
    assert PATH_TITLES["later"]["ti"] in text(response)
    assert 'data-proposed-path="mes-demarches-en-ligne"' in response.content.decode()
    assert player.state["level"] == 1


def test_the_result_shows_the_path_in_pictures_and_the_competences_in_arabic(diagnostic):
    player = Player("ar")
    player.start()
    response = player.answer_by_level(passes={1})
    page = text(response)
    assert "بناء بيئة رقمية" in page  # 5.2, reached (the mouse)
    assert "التفاعل" in page  # 2.1, to learn
    assert '<ol class="diagnostic-modules">' in response.content.decode()


def test_the_search_stops_early_once_the_level_is_clear(diagnostic):
    player = Player("fr")
    player.start()
    player.answer_by_level(passes={1, 2, 3})
    # Levels 2 then 3 are probed, two right answers each: the mouse is not even asked.
    assert len(player.asked) == 4
    assert {question.level for question in player.asked} == {2, 3}
    assert player.state["level"] == 3


def test_the_first_question_is_spoken_in_french_or_says_nothing(diagnostic):
    player = Player("fr")
    response = player.start()
    html = response.content.decode()
    # No recorded clip: a « listen » button in the browser's voice, labelled as synthetic, hidden until the
    # script finds a voice for the language (never a button that does nothing).
    assert 'class="button secondary listen-tts"' in html and "hidden" in html
    assert "voix de synthèse" in text(response)
    assert 'data-speak-lang="fr"' in html


def test_a_question_with_a_recorded_clip_plays_it_in_arabic(diagnostic):
    from tests.utils import audio_document

    question = diagnostic["questions"][3]  # level 2, asked first
    translated = question.get_translation(question.locale.__class__.objects.get(language_code="ar"))
    translated.question[0].value["audio"] = audio_document("arobase-ar")
    translated.save()
    player = Player("ar")
    html = player.start().content.decode()
    assert "<audio controls" in html and "arobase-ar" in html
    assert "listen-tts" not in html


def test_the_prompt_is_in_tigrinya_with_the_french_beside_it(diagnostic):
    player = Player("ti")
    page = text(player.start())
    assert "ኣሮባስ ጽሓፉ።" in page
    assert "Écrivez l'arobase." in page


def test_an_answer_for_a_question_not_asked_is_refused_in_french_and_stores_nothing(diagnostic):
    player = Player("fr")
    player.start()
    other = diagnostic["questions"][0]  # the mouse (level 1), not asked first
    before = dict(player.state)
    response = player.post(str(other.translation_key), other.block, form_answer(other.block, True), follow=False)
    assert response.status_code == 400
    assert "Cette réponse est pour une question qui n’a pas été posée" in text(response)
    assert player.state["asked"] == before["asked"] and player.state["pending"] == before["pending"]


def test_a_replayed_answer_is_counted_once_in_english(diagnostic):
    player = Player("en")
    player.start()
    question = player.current()
    key, answer = str(question.translation_key), form_answer(question.block, True)
    player.post(key, question.block, answer)
    response = player.post(key, question.block, answer)
    assert "You already answered this question. Here is the next one." in text(response)
    assert player.state["asked"] == [key]
    assert len(player.state["answers"]) == 1


def test_a_replayed_diagnostic_is_stored_once_on_the_card_in_arabic(diagnostic):
    player = Player("ar")
    learner = with_card(player)
    player.start()
    last = None
    while not player.state["finished"]:
        last = (str(player.current().translation_key), player.current().block, False)
        player.answer(False)
    run = player.state["run"]
    assert DiagnosticResult.objects.filter(learner=learner).count() == 1
    key, bound, _right = last
    response = player.post(key, bound, form_answer(bound, False), run=run)
    assert DiagnosticResult.objects.filter(learner=learner).count() == 1
    assert "هذا التشخيص انتهى" in text(response)


def test_a_malformed_answer_is_refused_in_tigrinya(diagnostic):
    player = Player("ti")
    player.start()
    question = player.current()
    response = player.post(str(question.translation_key), question.block, "", follow=False)
    assert response.status_code == 400
    assert player.state["asked"] == []
    assert "ኣይፈልጥን" in text(response)  # « I don't know » is offered in the message


def test_i_dont_know_counts_as_a_wrong_answer(diagnostic):
    player = Player("fr")
    player.start()
    question = player.current()
    player.post(str(question.translation_key), question.block, "", skip="1")
    assert player.state["answers"] == [{"question": str(question.translation_key), "level": 2, "correct": False}]


def test_a_diagnostic_left_halfway_can_be_continued_in_english(diagnostic):
    player = Player("en")
    player.start()
    player.answer(True)
    page = text(player.client.get("/en/diagnostic/"))
    assert "You started the diagnostic. Answers saved: 1." in page
    assert "Continue where I stopped" in page
    response = player.client.get("/en/diagnostic/question/")
    assert response.status_code == 200
    assert len(player.state["asked"]) == 1


def test_a_diagnostic_left_halfway_can_be_started_again(diagnostic):
    player = Player("fr")
    player.start()
    player.answer(True)
    first_run = player.state["run"]
    player.start()
    assert player.state["run"] != first_run
    assert player.state["asked"] == []


def test_without_a_card_the_result_stays_on_the_device_and_a_card_is_offered_in_tigrinya(diagnostic):
    player = Player("ti")
    player.start()
    response = player.answer_by_level(passes=set())
    assert DiagnosticResult.objects.count() == 0
    assert 'id="diagnostic-card-offer"' in response.content.decode()
    assert "/ti/learner/card/" in response.content.decode()


def test_the_session_result_is_saved_once_the_learner_makes_a_card(diagnostic):
    player = Player("fr")
    player.start()
    player.answer_by_level(passes={1})
    learner = with_card(player)
    response = player.client.get("/fr/diagnostic/result/")
    assert "Le résultat de votre diagnostic est enregistré sur votre carte." in text(response)
    player.client.get("/fr/diagnostic/result/")
    result = DiagnosticResult.objects.get(learner=learner)
    assert result.level == 1
    assert result.competences == {"5.2": 1, "3.1": 0, "2.1": 0}


def test_the_form_works_without_javascript(diagnostic):
    player = Player("fr")
    html = player.start().content.decode()
    assert 'method="post" action="/fr/diagnostic/answer/"' in html
    assert 'name="run"' in html and 'name="question"' in html
    # The only script is the optional voice; no inline script (the CSP allows none).
    assert "<script>" not in html


def test_the_diagnostic_never_asks_more_than_twelve_questions(diagnostic):
    from diagnostic import engine

    bank = [{"key": str(n), "level": 1 + n % 6, "crcn_level": 1, "competence": None} for n in range(60)]
    for pattern in range(64):
        state = engine.advance(engine.new_state(bank), bank)
        flip = 0
        while not state["finished"]:
            flip += 1
            key = state["pending"]
            level = next(q["level"] for q in bank if q["key"] == key)
            engine.record(state, key, level, bool(pattern >> (flip % 6) & 1))
            engine.advance(state, bank)
        assert len(state["asked"]) <= engine.MAX_QUESTIONS


def test_an_answer_for_another_run_is_refused_in_arabic_and_the_current_question_stays(diagnostic):
    player = Player("ar")
    player.start()
    question = player.current()
    response = player.post(str(question.translation_key), question.block, form_answer(question.block, True), run="x")
    assert "هذه الإجابة تخصّ تشخيصًا لم يعد مفتوحًا" in text(response)
    assert player.state["asked"] == []
    assert response.redirect_chain[-1][0] == "/ar/diagnostic/question/"


def late(player, minutes=11):
    """Move the start of the player's run `minutes` back, as if the learner had taken that long."""
    from datetime import timedelta

    from django.utils import timezone

    session = player.client.session
    session["diagnostic"]["started_at"] = (timezone.now() - timedelta(minutes=minutes)).isoformat()
    session.save()


def test_the_time_left_is_written_on_each_question_in_tigrinya(diagnostic):
    player = Player("ti")
    assert "ዝተረፈ ግዜ፦ 10 ደ" in text(player.start())  # "Time left: 10 min"
    late(player, minutes=4)
    assert "ዝተረፈ ግዜ፦ 6 ደ" in text(player.client.get(player.url("question/")))


def test_an_answer_after_ten_minutes_ends_the_diagnostic_with_the_result_so_far_in_arabic(diagnostic):
    player = Player("ar")
    learner = with_card(player)
    player.start()
    player.answer(True)
    late(player)
    question = player.current()
    response = player.post(str(question.translation_key), question.block, form_answer(question.block, True))
    assert response.status_code == 200
    assert "انتهت الدقائق الـ10" in text(response)  # "The 10 minutes are over", then the result
    assert 'data-proposed-path="' in response.content.decode()
    assert player.state["finished"] and len(player.state["answers"]) == 1  # the late answer is not counted
    assert DiagnosticResult.objects.get(learner=learner).answers == player.state["answers"]


def test_coming_back_after_ten_minutes_shows_the_result_in_french(diagnostic):
    player = Player("fr")
    player.start()
    player.answer(False)
    late(player)
    response = player.client.get(player.url("question/"), follow=True)
    assert "Les 10 minutes sont passées." in text(response)
    assert player.state["finished"]


def drag_task(diagnostic):
    """The first question asked (level 2) becomes a drag task: the file onto the bin (the picture of the bin
    is the right target)."""
    from tests.factories import question as make_question

    first = diagnostic["questions"][3]
    image = diagnostic["questions"][0].question[0].value["image"]
    _kind, value = make_question(
        "image_choice",
        "Faites glisser le fichier dans la corbeille.",
        choices=[
            {"image": image, "label": "La corbeille", "correct": True, "feedback": "Oui."},
            {"image": image, "label": "Le dossier", "feedback": "Non."},
        ],
    )
    first.question = [("drag", {**value, "item": image, "competence": None})]
    first.save()
    return first


@pytest.mark.parametrize("right", [True, False])
def test_a_drag_task_works_without_javascript_by_tapping_the_target_in_french(diagnostic, right):
    task = drag_task(diagnostic)
    player = Player("fr")
    html = player.start().content.decode()
    assert "Faites glisser le fichier dans la corbeille." in html
    assert "data-drag" in html and "data-drag-item" in html
    assert html.count("data-drop") == 2  # each picture is a target that can be tapped
    bound = task.question[0]
    choice = next(child for child in bound.value["choices"].bound_blocks if bool(child.value["correct"]) == right)
    assert f'value="{choice.id}"' in html
    player.post(str(task.translation_key), bound, choice.id)
    assert player.state["answers"] == [{"question": str(task.translation_key), "level": 2, "correct": right}]
