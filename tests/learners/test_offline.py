"""Offline mode on the server: the service worker, the manifest and offline page of each language, the size
of a path download (in the chosen language only), and quiz attempts made offline (stored once, graded
against the quiz the learner saw)."""

import copy
import struct
import uuid

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.test import Client
from wagtail.models import Locale

from courses.models import ModulePage
from learners.models import ModuleProgress, QuizAttempt
from tests.factories import LearningPathPageFactory, ModulePageFactory, ThemePageFactory, question, step
from tests.learners.conftest import make_image, right_answers
from tests.utils import audio_document, translate_now

pytestmark = pytest.mark.django_db


@pytest.fixture
def client():
    return Client(enforce_csrf_checks=True)


def token(client):
    """What offline.js does before sending (Numerikair.withToken in common.js): the token of /api/csrf."""
    response = client.get("/api/csrf")
    assert response.status_code == 200
    return response.json()["token"]


# --- Shell -------------------------------------------------------------------------------------------------


def test_the_service_worker_is_served_at_the_root_and_precaches_each_languages_font(client, site):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert "no-cache" in response["Cache-Control"]
    body = response.content.decode()
    assert "noto-sans-ethiopic.woff2" in body and "noto-sans-arabic.woff2" in body
    assert '"/ti/offline/"' in body
    # Personal pages and the API are never stored by the worker.
    assert "learner|groupe|diagnostic" in body and "api|admin" in body
    assert "importScripts" not in body and "https://" not in body and "http://" not in body  # nothing from elsewhere


def test_the_manifest_is_in_the_language_with_its_direction(client, site):
    arabic = client.get("/ar/manifest.webmanifest")
    assert arabic.status_code == 200
    assert arabic["Content-Type"] == "application/manifest+json"
    data = arabic.json()
    assert data["lang"] == "ar" and data["dir"] == "rtl" and data["start_url"] == "/ar/"
    assert data["name"] == "Numerik'AIR" and data["icons"]
    assert all(icon["src"].startswith("/static/") for icon in data["icons"])
    tigrinya = client.get("/ti/manifest.webmanifest").json()
    assert tigrinya["dir"] == "ltr" and tigrinya["lang"] == "ti"


def png_size(static_url):
    """Width and height read from the PNG header of a static file (its IHDR chunk)."""
    path = finders.find(static_url.removeprefix(settings.STATIC_URL))
    assert path, f"{static_url} is not a static file"
    with open(path, "rb") as handle:
        header = handle.read(24)
    assert header[:8] == b"\x89PNG\r\n\x1a\n" and header[12:16] == b"IHDR", f"{static_url} is not a PNG"
    return struct.unpack(">II", header[16:24])


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_every_manifest_lists_png_icons_of_192_and_512_pixels_so_older_android_offers_to_install(
    client, site, language
):
    icons = client.get(f"/{language}/manifest.webmanifest").json()["icons"]
    pngs = [icon for icon in icons if icon["type"] == "image/png"]
    for icon in pngs:
        width, height = png_size(icon["src"])
        assert icon["sizes"] == f"{width}x{height}", f"{icon['src']} says {icon['sizes']}, is {width}x{height}"
    plain = {icon["sizes"] for icon in pngs if icon["purpose"] == "any"}
    assert {"192x192", "512x512"} <= plain
    # The launcher crops a maskable icon to its own shape: one of 512 fills the square (no transparent corner).
    maskable = [icon for icon in pngs if icon["purpose"] == "maskable"]
    assert [icon["sizes"] for icon in maskable] == ["512x512"]
    assert png_colour_type(maskable[0]["src"]) == 2  # RGB, no alpha channel


def png_colour_type(static_url):
    with open(finders.find(static_url.removeprefix(settings.STATIC_URL)), "rb") as handle:
        return handle.read(26)[25]


def test_every_page_links_an_apple_touch_icon_that_exists(client, site):
    page = client.get("/uk/").content.decode()
    assert '<link rel="apple-touch-icon" href="/static/img/apple-touch-icon.png">' in page
    assert png_size("/static/img/apple-touch-icon.png") == (180, 180)


def test_the_offline_page_speaks_the_learners_language(client, site):
    arabic = client.get("/ar/offline/").content.decode()
    assert "أنت غير متصل" in arabic and 'dir="rtl"' in arabic
    assert "ኣብ መስመር የለኹምን" in client.get("/ti/offline/").content.decode()
    assert "Vous êtes hors ligne" in client.get("/fr/offline/").content.decode()


def test_every_page_links_the_manifest_of_its_language_and_offline_js(client, site):
    page = client.get("/ar/").content.decode()
    assert '<link rel="manifest" href="/ar/manifest.webmanifest">' in page
    assert "js/offline.js" in page
    assert "ستُصحَّح إجاباتك" in page  # the message of a quiz answered offline, ready in the page


def test_every_page_loads_the_shared_helpers_once_before_offline_js_and_lesson_js(client, course):
    """offline.js and lesson.js share common.js (its IndexedDB queue, /api/csrf token and posts)."""
    for url in ("/ar/", course["first_ar"].url, course["first"].url):
        page = client.get(url).content.decode()
        assert page.count("js/common.js") == 1, url
        assert page.index("js/common.js") < page.index("js/offline.js"), url
    lesson = client.get(course["first"].url).content.decode()
    assert page.index("js/common.js") < lesson.index("js/lesson.js")


def test_offline_js_takes_its_token_from_api_csrf_and_no_second_endpoint_exists(client, site):
    assert client.get("/api/offline/token").status_code == 404
    assert client.get("/api/csrf").json()["token"]


def test_the_heartbeat_answers_204_and_is_never_cached(client, site):
    response = client.get("/offline/ping")
    assert response.status_code == 204
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


# --- Path download -------------------------------------------------------------------------------------------


@pytest.fixture
def audio_path(site):
    """A path of two modules; the first has a clip in French and another (bigger) one in Arabic."""
    home = site["fr"]
    image = make_image()
    theme = ThemePageFactory(parent=home, title="Le téléphone", slug="telephone")
    clip_fr = audio_document("clip-fr", size=2000)
    clip_ar = audio_document("clip-ar", size=5000)
    first = ModulePageFactory(
        parent=theme,
        title="Appeler",
        slug="appeler",
        steps=[step("Le clavier", "Tapez le numéro.", image=image, audio=clip_fr)],
        quiz=[question("true_false", "On appelle avec le clavier.", answer=True)],
    )
    second = ModulePageFactory(parent=theme, title="Raccrocher", slug="raccrocher", steps=[step("Fin", "Appuyez.")])
    path = LearningPathPageFactory(parent=home, title="Mon téléphone", slug="mon-telephone", modules=[first, second])
    arabic = Locale.objects.get(language_code="ar")
    translate_now(theme, arabic, {"Le téléphone": "الهاتف"})
    step_id = ModulePage.objects.get(pk=first.pk).steps[0].id
    translate_now(
        first,
        arabic,
        {
            "Appeler": "الاتصال",
            "Le clavier": "لوحة المفاتيح",
            "Tapez le numéro.": "اكتب الرقم.",
            "Le bouton rond.": "الزر الدائري.",
            "On appelle avec le clavier.": "نتصل باستخدام لوحة المفاتيح.",
        },
        overrides={f"steps.{step_id}.audio": clip_ar.pk},
    )
    translate_now(second, arabic, {"Raccrocher": "إنهاء المكالمة"})
    translate_now(path, arabic, {"Mon téléphone": "هاتفي"})
    return {"path": path, "first": first, "clip_fr": clip_fr, "clip_ar": clip_ar}


def test_a_path_download_lists_its_pages_pictures_and_audio_of_the_chosen_language_with_bytes(client, audio_path):
    key = audio_path["path"].translation_key
    response = client.get(f"/api/offline/paths/{key}?language=ar")
    assert response.status_code == 200
    data = response.json()
    urls = [item["url"] for item in data["files"]]
    assert data["language"] == "ar" and data["title"] == "هاتفي"
    pages = [item for item in data["files"] if item["kind"] == "page"]
    assert [item["url"] for item in pages][0].startswith("/ar/")
    assert len(pages) == 3  # the path and its two modules, in Arabic
    assert audio_path["clip_ar"].url in urls, urls
    assert audio_path["clip_fr"].url not in urls  # the French clip is not downloaded with the Arabic path
    audio = [item for item in data["files"] if item["kind"] == "audio"]
    assert [item["bytes"] for item in audio] == [5000]
    assert any(item["kind"] == "picture" for item in data["files"])
    assert data["bytes"] == sum(item["bytes"] for item in data["files"]) == sum(data["by_kind"].values())
    assert all(item["bytes"] > 0 for item in data["files"])
    french = client.get(f"/api/offline/paths/{key}?language=fr").json()
    assert audio_path["clip_fr"].url in [item["url"] for item in french["files"]]
    assert audio_path["clip_ar"].url not in [item["url"] for item in french["files"]]


def test_a_path_download_gets_a_new_stamp_when_a_module_is_published_again(client, audio_path):
    key = audio_path["path"].translation_key
    before = client.get(f"/api/offline/paths/{key}?language=fr").json()["stamp"]
    first = ModulePage.objects.get(pk=audio_path["first"].pk)
    first.title = "Appeler quelqu'un"
    first.save_revision().publish()
    after = client.get(f"/api/offline/paths/{key}?language=fr").json()
    assert after["stamp"] != before
    assert after["bytes"] > 0


def test_a_path_download_refuses_an_unknown_path_or_language_with_a_message(client, audio_path):
    unknown = client.get(f"/api/offline/paths/{uuid.uuid4()}?language=ar", HTTP_ACCEPT_LANGUAGE="fr")
    assert unknown.status_code == 404 and unknown.json()["detail"]
    key = audio_path["path"].translation_key
    bad = client.get(f"/api/offline/paths/{key}?language=xx", HTTP_ACCEPT_LANGUAGE="fr")
    assert bad.status_code == 400 and "langue" in bad.json()["detail"]


# --- Quiz attempts made offline ----------------------------------------------------------------------------


def fields_for(module):
    answers = right_answers(module)
    return [[f"q-{block.id}", answers[block.id]] for block in module.quiz]


def send(client, csrf, module, fields, revision, attempt, language="fr"):
    return client.post(
        "/api/offline/attempts",
        {
            "attempt": str(attempt),
            "module": str(module.translation_key),
            "fields": fields,
            "revision": revision,
            "language": language,
        },
        content_type="application/json",
        HTTP_X_CSRFTOKEN=csrf,
        HTTP_ACCEPT_LANGUAGE=language,
    )


def test_an_offline_attempt_replayed_twice_is_stored_once(client, course):
    module = course["second"]
    csrf = token(client)
    attempt = uuid.uuid4()
    first = send(client, csrf, module, fields_for(module), module.live_revision_id, attempt)
    again = send(client, csrf, module, fields_for(module), module.live_revision_id, attempt)
    assert first.status_code == again.status_code == 200
    assert first.json()["score"] == again.json()["score"] == 100
    assert QuizAttempt.objects.filter(pk=attempt).count() == 1
    row = ModuleProgress.objects.get(module_key=module.translation_key)
    assert row.attempts == 1 and row.best_score == 100


def test_an_offline_attempt_without_csrf_token_is_refused(client, course):
    module = course["second"]
    response = send(client, "", module, fields_for(module), module.live_revision_id, uuid.uuid4())
    assert response.status_code == 403
    assert QuizAttempt.objects.count() == 0


def change_right_answer(module):
    """The editor makes the other choice the right one and publishes."""
    module = ModulePage.objects.get(pk=module.pk)
    raw = copy.deepcopy(list(module.quiz.raw_data))
    for choice in raw[0]["value"]["choices"]:
        choice["value"]["correct"] = not choice["value"].get("correct", False)
    module.quiz = raw
    module.save_revision().publish()
    return ModulePage.objects.get(pk=module.pk)


def test_an_offline_attempt_for_a_quiz_changed_meanwhile_is_graded_against_the_version_seen(client, course):
    module = course["second"]
    module.save_revision().publish()  # the version the learner saw, published from the admin
    seen = ModulePage.objects.get(pk=module.pk).live_revision_id
    fields = fields_for(module)  # right answers of the quiz as the learner saw it
    changed = change_right_answer(module)
    assert changed.live_revision_id != seen
    csrf = token(client)
    response = send(client, csrf, module, fields, seen, uuid.uuid4())
    assert response.status_code == 200
    assert response.json()["score"] == 100 and response.json()["passed"] is True
    # The same answers against today's quiz are wrong: the version seen made the difference.
    today = send(client, csrf, module, fields, changed.live_revision_id, uuid.uuid4())
    assert today.json()["score"] == 0


def test_an_offline_attempt_for_a_changed_quiz_whose_version_is_gone_is_refused_with_a_message(client, course):
    module = course["second"]
    change_right_answer(module)
    csrf = token(client)
    response = send(client, csrf, module, fields_for(module), 987654, uuid.uuid4(), language="ar")
    assert response.status_code == 409
    assert "تغيّر هذا الاختبار" in response.json()["detail"]
    assert QuizAttempt.objects.count() == 0


def test_an_offline_attempt_with_bad_fields_is_refused_without_a_500(client, course):
    module = course["first"]
    csrf = token(client)
    tampered = [[f"q-{module.quiz[4].id}-nothing", "99"], [f"q-{module.quiz[5].id}", "not-a-cell"]]
    response = send(client, csrf, module, tampered, module.live_revision_id, uuid.uuid4())
    assert response.status_code in (200, 400)
    unknown = send(client, csrf, module, [], module.live_revision_id, uuid.uuid4(), language="xx")
    assert unknown.status_code == 400
    nowhere = client.post(
        "/api/offline/attempts",
        {"attempt": str(uuid.uuid4()), "module": str(uuid.uuid4()), "fields": [], "revision": None, "language": "fr"},
        content_type="application/json",
        HTTP_X_CSRFTOKEN=csrf,
    )
    assert nowhere.status_code == 404


def test_a_graded_offline_attempt_links_to_the_learners_own_result_page(client, course):
    module = course["second"]
    attempt = uuid.uuid4()
    graded = send(client, token(client), module, fields_for(module), module.live_revision_id, attempt)
    url = graded.json()["result_url"]
    assert url == f"/fr/learner/quiz/{module.translation_key}/result/{attempt}/"
    page = client.get(url)
    assert page.status_code == 200 and "private" in page["Cache-Control"]
    assert 'id="quiz-result"' in page.content.decode() and "100" in page.content.decode()
    # Nobody else sees it.
    assert Client().get(url).status_code == 404


def test_a_module_published_again_shows_at_once_on_the_pages_that_list_it(course, django_capture_on_commit_callbacks):
    """The theme page (kept in the page cache) and the path page (personal, never kept) list the module: both
    show its new title on the next request, so a path downloaded again holds it."""
    theme, path = course["theme"].url, course["path"].url
    Client().get(theme)
    assert Client().get(theme)["X-Page-Cache"] == "hit"
    module = ModulePage.objects.get(pk=course["second"].pk)
    module.title = "La souris, pas à pas"
    with django_capture_on_commit_callbacks(execute=True):
        module.save_revision().publish()
    for url in (theme, path):
        assert "La souris, pas à pas" in Client().get(url).content.decode()
