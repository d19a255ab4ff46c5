"""H5P activities in a real browser: the score reaches the learner's progress, a malicious package reaches
nothing, and nothing is requested from another origin."""

import io
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from h5p.models import H5PPackage
from learners.models import H5PResult, ModuleProgress
from tests import h5p_packages as packages
from tests.factories import ModulePageFactory, ThemePageFactory, step
from workspace import roles


def import_package(tmp_path, buffer):
    path = tmp_path / "paquet.h5p"
    path.write_bytes(buffer.getvalue())
    call_command("import_h5p", str(path), "--allow-new-libraries", stdout=io.StringIO())
    return H5PPackage.objects.order_by("-pk").first()


@pytest.fixture
def activity_module(live_site, tmp_path):
    server, homes = live_site
    theme = ThemePageFactory(parent=homes["fr"], title="La souris", slug="souris")

    def make(script):
        package = import_package(tmp_path, packages.build(packages.files(script=script)))
        module = ModulePageFactory(
            parent=theme,
            steps=[step("Essayez", "Appuyez sur le bouton de l'activité.", h5p=package)],
        )
        return server, module, package

    return make


def start(phone, server, module):
    requests = []
    phone.on("request", lambda request: requests.append(request.url))
    phone.goto(server.url + module.url)
    # Nothing of the player before the learner taps: the lesson stays light.
    assert phone.locator("iframe").count() == 0
    assert [url for url in requests if "/h5p/" in url or "h5p-standalone" in url] == []
    phone.locator("[data-h5p-start]").click()
    phone.locator("[data-h5p][data-h5p-ready='1']").wait_for(state="attached")
    return requests


def test_an_activity_plays_in_a_sandbox_and_its_score_reaches_the_learners_progress(activity_module, phone):
    server, module, package = activity_module(packages.BUTTON_JS)
    requests = start(phone, server, module)
    frame = phone.locator(".h5p-frame")
    assert frame.get_attribute("sandbox") == "allow-scripts"
    player = phone.frame_locator(".h5p-frame")
    button = player.locator(".numerik-button")
    if not button.count():
        button = player.frame_locator("iframe").locator(".numerik-button")
    button.click()
    phone.locator("[data-h5p][data-h5p-saved='200']").wait_for(state="attached")
    result = H5PResult.objects.get()
    assert (result.score_raw, result.score_max, result.self_reported) == (3, 4, True)
    progress = ModuleProgress.objects.get(module_key=module.translation_key)
    assert progress.activities == {str(package.pk): {"best": 75, "completed": True}}
    own = urlsplit(server.url).netloc
    assert [
        url
        for url in requests
        if urlsplit(url).netloc not in (own, "") and not url.startswith(("data:", "blob:", "about:"))
    ] == []


def test_a_malicious_package_reaches_no_cookie_no_api_no_storage_and_not_the_lesson(activity_module, phone):
    server, module, _package = activity_module(packages.PROBE_JS)
    # The learner has a session and progress that a script would love to read.
    phone.goto(server.url + "/fr/learner/")
    messages = []
    phone.on("console", lambda message: messages.append(message.text))
    start(phone, server, module)
    expect_probe = re.compile(r"^PROBE ")
    phone.wait_for_timeout(200)
    for _ in range(50):
        if any(expect_probe.match(text) for text in messages):
            break
        phone.wait_for_timeout(100)
    report = json.loads(next(text for text in messages if expect_probe.match(text))[len("PROBE ") :])
    assert report["cookie"].startswith("blocked:")
    assert report["parent"].startswith("blocked:")
    assert report["storage"] in ("read:null", "blocked:SecurityError")  # never the lesson page's storage
    assert report["api"].startswith("blocked:")
    expect(phone.locator("h1")).to_be_visible()


def test_a_trainer_uploads_an_activity_in_the_admin_and_puts_it_in_a_lesson(live_site, admin_as, browser, tmp_path):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    from courses.models import ModulePage

    server, homes = live_site
    theme = ThemePageFactory(parent=homes["fr"], title="La souris", slug="souris")
    image = get_image_model().objects.create(title="souris", file=get_test_image_file(size=(800, 500)))
    module = ModulePageFactory(parent=theme, slug="cliquer", steps=[step("Cliquer", "Cliquez.", image, "Une souris.")])
    # Libraries carry code: an administrator installed this one; trainers bring activities that use it.
    import_package(tmp_path, packages.build(packages.files(title="Première activité")))
    package_file = tmp_path / "bouton.h5p"
    package_file.write_bytes(packages.build().getvalue())

    page = admin_as(roles.TRAINERS, "formatrice")
    page.goto(f"{server.url}/admin/snippets/courses/h5ppackage/add/")
    page.set_input_files("input[name=upload]", str(package_file))
    page.fill("input[name=title]", "Appuyer sur le bouton")
    page.get_by_role("button", name="Enregistrer").first.click()
    page.wait_for_load_state()
    page.wait_for_url("**/admin/snippets/courses/h5ppackage/")
    assert H5PPackage.objects.filter(title="Appuyer sur le bouton").count() == 1

    page.goto(f"{server.url}/admin/pages/{module.pk}/edit/")
    page.locator("#steps-0-value-h5p-chooser button[data-chooser-action-choose]").click()
    modal = page.locator(".modal")
    modal.locator("a", has_text="Appuyer sur le bouton").first.click()
    modal.wait_for(state="hidden")
    page.locator("footer .w-dropdown__toggle, .footer .w-dropdown__toggle").first.click()
    page.get_by_role("button", name="Publier").click()
    page.wait_for_url("**/admin/pages/**")
    assert ModulePage.objects.get(pk=module.pk).steps[0].value["h5p"].title == "Appuyer sur le bouton"

    phone = browser.new_page(viewport={"width": 360, "height": 740})
    phone.goto(server.url + module.url)
    phone.locator("[data-h5p-start]").click()
    phone.frame_locator(".h5p-frame").locator(".numerik-button").click()
    phone.locator("[data-h5p][data-h5p-saved='200']").wait_for(state="attached")
    assert ModuleProgress.objects.get(module_key=module.translation_key).activities
    phone.close()


def test_a_true_false_activity_exported_by_h5p_plays_in_a_lesson_and_its_score_is_kept(live_site, phone):
    server, homes = live_site
    real = Path(__file__).resolve().parents[1] / "h5p" / "real" / "truefalse-hello-world.h5p"
    call_command("import_h5p", str(real), "--allow-new-libraries", stdout=io.StringIO())
    package = H5PPackage.objects.get()
    theme = ThemePageFactory(parent=homes["fr"], title="La souris", slug="souris")
    module = ModulePageFactory(parent=theme, steps=[step("Vrai ou faux", "Répondez.", h5p=package)])
    start(phone, server, module)
    player = phone.frame_locator(".h5p-frame")
    answer = player.locator(".h5p-true-false-answer").first
    if not answer.count():
        player = player.frame_locator("iframe")
        answer = player.locator(".h5p-true-false-answer").first
    answer.click()
    player.locator(".h5p-question-check-answer").click()
    phone.locator("[data-h5p][data-h5p-saved='200']").wait_for(state="attached")
    result = H5PResult.objects.get()
    assert result.score_max == 1 and result.self_reported is True
