"""A lesson is the same page for every visitor, so that phones, proxies and the server can keep a copy: no
cookie, no token, nothing personal; the learner's bits come from the API, the quiz result is a page of its own,
and the forms still work without JavaScript (issue 14 §1–2)."""

import re
import uuid

import pytest
from django.test import Client
from wagtail.models import Locale, Page, PageViewRestriction

from courses.models import InfoPage, ModulePage
from glossary.models import GlossaryTerm
from learners.models import ModuleProgress, QuizAttempt
from tests.learners.conftest import csrf, right_answers
from tests.learners.test_quiz import form_answers

pytestmark = pytest.mark.django_db

UNCACHED_QUERIES = 15


def personal(response):
    return {part.strip() for part in response["Cache-Control"].split(",")} >= {"private", "no-store"}


def hidden_fields(html):
    """The hidden fields of a page, as a browser posts them (a name may come several times)."""
    fields = {}
    for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html):
        fields.setdefault(name, []).append(value)
    return {name: values[0] if len(values) == 1 else values for name, values in fields.items()}


def test_an_anonymous_lesson_sets_no_cookie_and_is_public(course):
    response = Client().get(course["first_ar"].url)
    assert response.status_code == 200
    assert not response.cookies
    assert "csrfmiddlewaretoken" not in response.content.decode()
    cache_control = response["Cache-Control"]
    assert "public" in cache_control and "max-age=" in cache_control and "s-maxage=" in cache_control
    assert response["ETag"]
    assert "Cookie" not in response.get("Vary", "")


def test_a_learner_with_progress_gets_the_same_lesson_as_a_stranger(client, course):
    """The Arabic lesson of a learner who passed its quiz is byte for byte the stranger's (progress via the API)."""
    module = course["first"]
    token = csrf(client)
    client.post(
        f"/ar/learner/quiz/{module.translation_key}/",
        {**form_answers(module, right_answers(module)), "csrfmiddlewaretoken": token},
    )
    assert ModuleProgress.objects.get().best_score == 100
    mine = client.get(course["first_ar"].url)
    stranger = Client().get(course["first_ar"].url)
    assert mine.content == stranger.content
    assert "public" in mine["Cache-Control"] and not mine.cookies
    me = client.get("/api/learner/me").json()
    assert me["modules"][0]["best_score"] == 100
    assert personal(client.get("/api/learner/me"))


def test_the_same_etag_answers_304(course):
    first = Client().get(course["first"].url)
    again = Client().get(course["first"].url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""


def test_a_cached_lesson_costs_no_query(course, django_assert_num_queries):
    url = course["first_ar"].url
    Client().get(url)  # stores it
    with django_assert_num_queries(0):
        response = Client().get(url)
    assert response["X-Page-Cache"] == "hit"
    assert "public" in response["Cache-Control"]


def test_a_lesson_given_a_password_stops_being_served_from_the_cache(course):
    """A trainer restricts a lesson already stored as public: the next visitor meets the password form."""
    url = course["first_ar"].url
    Client().get(url)  # stored as public
    PageViewRestriction.objects.create(
        page=Page.objects.get(pk=course["first_ar"].pk), restriction_type="password", password="melun"
    )
    response = Client().get(url)
    assert "X-Page-Cache" not in response
    assert "public" not in response["Cache-Control"]
    assert 'name="password"' in response.content.decode()


def test_the_quiz_without_javascript_asks_to_confirm_then_grades_on_a_private_page(course):
    """A browser without script posts the public form without a token: a page of its own with the same
    answers and a token, « Check my answers » in Arabic; one more press grades it."""
    module = course["first"]
    browser = Client(enforce_csrf_checks=True)
    page = browser.get(course["first_ar"].url).content.decode()
    assert 'name="attempt" value=""' in page
    answers = {key: value for key, value in form_answers(module, right_answers(module)).items() if key != "attempt"}
    confirm = browser.post(f"/ar/learner/quiz/{module.translation_key}/", answers)
    assert confirm.status_code == 200
    assert personal(confirm)
    assert not QuizAttempt.objects.exists()
    assert "التحقق من إجاباتي" in confirm.content.decode()  # "Check my answers" in Arabic
    fields = hidden_fields(confirm.content.decode())
    assert fields["csrfmiddlewaretoken"] and uuid.UUID(fields["attempt"])
    graded = browser.post(f"/ar/learner/quiz/{module.translation_key}/", fields)
    assert graded.status_code == 302
    assert graded["Location"].startswith(f"/ar/learner/quiz/{module.translation_key}/result/")
    browser.post(f"/ar/learner/quiz/{module.translation_key}/", fields)  # pressed twice: stored once
    assert QuizAttempt.objects.count() == 1
    result = browser.get(graded["Location"].split("#")[0])
    assert personal(result)
    assert "100 %" in result.content.decode()
    assert "الزر الدائري" in result.content.decode()  # the feedback in Arabic
    assert Client().get(graded["Location"].split("#")[0]).status_code == 404  # nobody else's


def test_i_have_finished_without_javascript_asks_to_confirm(course):
    module = course["second"]
    browser = Client(enforce_csrf_checks=True)
    confirm = browser.post(f"/fr/learner/finished/{module.translation_key}/")
    assert confirm.status_code == 200 and not ModuleProgress.objects.exists()
    assert personal(confirm)
    done = browser.post(f"/fr/learner/finished/{module.translation_key}/", hidden_fields(confirm.content.decode()))
    assert done.status_code == 302
    assert ModuleProgress.objects.get().finished_at is not None


def test_the_api_hands_a_token_to_the_scripts_of_public_pages(course):
    module = course["first"]
    browser = Client(enforce_csrf_checks=True)
    response = browser.get("/api/csrf")
    assert personal(response)
    token = response.json()["token"]
    sent = browser.post(
        "/api/progress",
        {"events": [{"id": str(uuid.uuid4()), "kind": "module_completed", "module": str(module.translation_key)}]},
        content_type="application/json",
        HTTP_X_CSRFTOKEN=token,
    )
    assert sent.status_code == 200


def test_a_published_change_shows_on_the_next_request(course, django_capture_on_commit_callbacks):
    url = course["first"].url
    assert "Allumer l&#x27;ordinateur" in Client().get(url).content.decode()
    assert Client().get(url)["X-Page-Cache"] == "hit"
    page = ModulePage.objects.get(pk=course["first"].pk)
    page.title = "Démarrer l'ordinateur"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    response = Client().get(url)
    assert "Démarrer l&#x27;ordinateur" in response.content.decode()
    assert response["X-Page-Cache"] == "miss"


def test_a_glossary_change_shows_on_the_next_request(course, django_capture_on_commit_callbacks):
    url = course["second"].url  # « Tenez la souris. »
    before = Client().get(url).content.decode()
    assert "Le petit appareil" not in before
    with django_capture_on_commit_callbacks(execute=True):
        GlossaryTerm.objects.create(
            locale=Locale.objects.get(language_code="fr"), term="la souris", definition="Le petit appareil."
        )
    assert "Le petit appareil" in Client().get(url).content.decode()


def test_personal_pages_are_never_stored(course):
    browser = Client()
    response = browser.get("/fr/learner/")
    assert personal(response)


def test_an_uncached_lesson_costs_a_fixed_number_of_queries(course, settings, django_assert_num_queries):
    """With the page store off (PAGE_CACHE_ENABLED=0) and the steps' and quiz's fragment caches warm, an Arabic
    lesson costs the same small number of queries for every visitor (none for the quiz's clips)."""
    settings.PAGE_CACHE_ENABLED = False
    url = course["first_ar"].url
    Client().get(url)  # the steps' fragment cache
    with django_assert_num_queries(UNCACHED_QUERIES):
        response = Client().get(url)
    assert "X-Page-Cache" not in response and "public" in response["Cache-Control"]


def test_each_glossary_explanation_is_in_the_page_once(course, django_capture_on_commit_callbacks):
    """« la souris » is in two steps of the lesson: two buttons, one explanation."""
    GlossaryTerm.objects.create(
        locale=Locale.objects.get(language_code="fr"), term="la souris", definition="Le petit appareil."
    )
    page = ModulePage.objects.get(pk=course["second"].pk)
    raw = page.steps.raw_data
    raw[1]["value"]["text"] = "<p>Cliquez avec la souris.</p>"
    page.steps = raw
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    html = Client().get(page.url).content.decode()
    assert html.count('class="glossary-term"') == 2
    assert html.count("Le petit appareil.") == 1


def test_an_info_page_is_public(course):
    home = course["theme"].get_parent()
    info = home.add_child(instance=InfoPage(title="Aide", slug="aide"))
    info.save_revision().publish()
    response = Client().get("/fr/aide/")
    assert "public" in response["Cache-Control"] and not response.cookies


def page_bits(client, page, language):
    """What learner.js puts in the slots of a home or path page."""
    response = client.get(f"/api/learner/page/{page.pk}?language={language}")
    assert response.status_code == 200 and personal(response)
    return response.json()["slots"]


@pytest.mark.parametrize("which", ["home", "path"])
def test_home_and_path_pages_are_the_same_for_a_learner_with_progress_and_a_stranger(client, course, which):
    """The learner's « continue » and path progress come from the API; the page itself is public, with an ETag."""
    token = csrf(client)
    client.post(
        f"/fr/learner/quiz/{course['first'].translation_key}/",
        {**form_answers(course["first"], right_answers(course["first"])), "csrfmiddlewaretoken": token},
    )
    url = "/ar/" if which == "home" else course["path"].url
    mine = client.get(url)
    stranger = Client().get(url)
    assert mine.content == stranger.content
    assert "public" in stranger["Cache-Control"] and stranger["ETag"] and not stranger.cookies
    assert "Cookie" not in stranger.get("Vary", "")
    assert Client().get(url, HTTP_IF_NONE_MATCH=stranger["ETag"]).status_code == 304
    html = stranger.content.decode()
    assert "data-personal-slot" in html and 'href="/' in html.split("data-personal-fallback")[1][:80]


def test_a_stranger_gets_no_personal_bits(course):
    home = course["theme"].get_parent()
    assert page_bits(Client(), home, "fr") == {}
    assert Client().get("/api/learner/page/999999?language=fr").status_code == 404
    assert Client().get(f"/api/learner/page/{home.pk}?language=xx").status_code == 404
