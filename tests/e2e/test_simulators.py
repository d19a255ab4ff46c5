"""Practising without risk, in Chromium: the mouse trainer with real mouse events, the AZERTY trainer with
the key events a French keyboard sends (AltGr + à gives @), simulations played in Tigrinya and Arabic that
send nothing anywhere and store nothing typed, and a trainer who writes a simulation that a learner plays."""

from urllib.parse import urlsplit

import pytest

from simulators.models import PracticeResult, SimulationPage
from tests.simulators.factories import SimulationPageFactory, button, sim_step, text_field
from tests.simulators.privacy import tables_containing
from tests.utils import translate_now
from workspace import roles

MARKER = "Zyxq-marqueur-4242"

# key, code and modifiers (1 Alt, 2 Ctrl, 8 Shift) of each character on a French AZERTY keyboard
AZERTY_CODES = {"a": "KeyQ", "z": "KeyW", "q": "KeyA", "w": "KeyZ", "m": "Semicolon"}
AZERTY_SPECIAL = {
    "é": ("Digit2", 0),
    "è": ("Digit7", 0),
    "ç": ("Digit9", 0),
    "à": ("Digit0", 0),
    "@": ("Digit0", 1 | 2),  # AltGr + à: Chromium reports Ctrl + Alt with key "@"
    " ": ("Space", 0),
    ",": ("KeyM", 0),
    ".": ("Comma", 8),
}


def azerty_key(char):
    if char in AZERTY_SPECIAL:
        code, modifiers = AZERTY_SPECIAL[char]
    elif char.isdigit():
        code, modifiers = f"Digit{char}", 8  # digits need Maj on AZERTY
    else:
        lower = char.lower()
        code = AZERTY_CODES.get(lower, f"Key{lower.upper()}")
        modifiers = 8 if char != lower else 0
    return code, modifiers


def press(cdp, key, code, modifiers=0, text=None, key_code=0):
    """One key pressed and released, as the operating system hands it to Chromium."""
    down = {"type": "keyDown", "key": key, "code": code, "modifiers": modifiers, "windowsVirtualKeyCode": key_code}
    if text is not None:
        down["text"] = down["unmodifiedText"] = text
    cdp.send("Input.dispatchKeyEvent", down)
    cdp.send("Input.dispatchKeyEvent", {"type": "keyUp", "key": key, "code": code, "modifiers": modifiers})


def type_azerty(cdp, text):
    for char in text:
        code, modifiers = azerty_key(char)
        press(cdp, char, code, modifiers, text=char, key_code=ord(char.upper()) if char.isalnum() else 0)


@pytest.fixture
def desktop(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
    page = context.new_page()
    yield page
    context.close()


def centre(locator):
    box = locator.bounding_box()
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def wait_passed(page, number):
    page.wait_for_selector(f"[data-trainer][data-passed='{number}']")


def test_the_mouse_trainer_is_completed_with_real_mouse_events(live_site, desktop):
    server, _homes = live_site
    page = desktop
    page.goto(f"{server.url}/fr/practice/mouse/")
    assert "Placez le pointeur de la souris sur le rond orange." in page.locator("[data-instruction]").inner_text()
    # "Listen" shows only when it can speak: a French voice in this browser (no recorded clip here).
    has_voice = page.evaluate("() => speechSynthesis.getVoices().some(v => v.lang.toLowerCase().startsWith('fr'))")
    assert page.locator("[data-listen]").is_visible() == has_voice
    stage = page.locator("[data-stage]")

    # 1. point
    page.mouse.move(*centre(stage.locator("[data-target]")))
    wait_passed(page, 1)
    # 2. click three times a target that moves and shrinks
    for _ in range(3):
        page.mouse.click(*centre(stage.locator("[data-target]")))
    wait_passed(page, 2)
    # 3. double-click
    page.mouse.dblclick(*centre(stage.locator("[data-target]")))
    wait_passed(page, 3)
    # 4. drag and drop
    page.mouse.move(*centre(stage.locator("[data-target]")))
    page.mouse.down()
    page.mouse.move(*centre(stage.locator("[data-drop]")), steps=12)
    page.mouse.up()
    wait_passed(page, 4)
    # 5. scroll with the wheel, then click what appeared
    page.mouse.move(*centre(stage.locator("[data-scroll]")))
    page.mouse.wheel(0, 800)
    scroll_box = stage.locator("[data-scroll]")
    for _ in range(20):
        if scroll_box.evaluate("box => box.scrollTop") > 0:
            break
        page.wait_for_timeout(100)
    target = stage.locator("[data-target]")
    target.scroll_into_view_if_needed()
    page.mouse.click(*centre(target))
    wait_passed(page, 5)
    # 6. right-click
    page.mouse.click(*centre(stage.locator("[data-target]")), button="right")
    wait_passed(page, 6)

    assert page.locator("[data-finished]").last.is_visible()
    assert "Bravo ! Vous avez fini tous les niveaux." in page.content()
    for _ in range(50):  # the results are sent one after the other
        if PracticeResult.objects.filter(exercise="mouse", succeeded=True).count() == 6:
            break
        page.wait_for_timeout(100)
    assert PracticeResult.objects.filter(exercise="mouse", succeeded=True).count() == 6
    assert PracticeResult.objects.values("learner").distinct().count() == 1  # one learner, one session
    page.goto(f"{server.url}/fr/practice/")
    assert "Entraînement à la souris" in page.content() and "terminé" in page.content()


def test_on_a_phone_the_mouse_trainer_speaks_of_the_finger_and_a_tap_passes_the_first_level(live_site, phone):
    server, _homes = live_site
    phone.goto(f"{server.url}/ar/practice/mouse/")
    assert "المسوا الدائرة البرتقالية بإصبعكم." in phone.locator("[data-instruction]").inner_text()
    phone.tap("[data-stage] [data-target]")
    wait_passed(phone, 1)
    assert "المسوا الدائرة 3 مرات." in phone.locator("[data-instruction]").inner_text()


def test_the_azerty_trainer_is_completed_with_real_key_events_where_altgr_a_gives_at(live_site, desktop):
    server, _homes = live_site
    page = desktop
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{server.url}/fr/practice/keyboard/")
    field = page.locator("[data-typed]")
    field.click()
    cdp = page.context.new_cdp_session(page)

    targets = ["bonjour", "Bonjour Paris", "café, élève, ça, à", "Melun 77000", "amina@exemple.fr"]
    for number, text in enumerate(targets, start=1):
        assert page.locator("[data-target]").inner_text() == text
        type_azerty(cdp, text)
        wait_passed(page, number)

    # 6. a wrong letter is already there: Backspace, then Enter
    assert field.input_value() == "Bonjourr"
    press(cdp, "Backspace", "Backspace", key_code=8)
    press(cdp, "Enter", "Enter", text="\r", key_code=13)
    wait_passed(page, 6)
    assert "Bravo ! Vous avez fini tous les niveaux." in page.content()
    page.wait_for_timeout(300)
    assert PracticeResult.objects.filter(exercise="keyboard", succeeded=True).count() == 6
    assert PracticeResult.objects.get(exercise="keyboard", step="5").mistakes == 0
    assert tables_containing("amina@exemple.fr") == [] and tables_containing("Melun 77000") == []
    assert {urlsplit(url).netloc for url in requests} == {urlsplit(server.url).netloc}


def test_the_key_at_sign_alone_also_counts(live_site, desktop):
    """Some systems report AltGr + à as the key "@" without Ctrl + Alt: both count."""
    server, _homes = live_site
    page = desktop
    page.goto(f"{server.url}/fr/practice/keyboard/")
    field = page.locator("[data-typed]")
    field.click()
    cdp = page.context.new_cdp_session(page)
    type_azerty(cdp, "bonjour")
    wait_passed(page, 1)
    type_azerty(cdp, "Bonjour Paris")
    wait_passed(page, 2)
    type_azerty(cdp, "café, élève, ça, à")
    wait_passed(page, 3)
    type_azerty(cdp, "Melun 77000")
    wait_passed(page, 4)
    type_azerty(cdp, "amina")
    press(cdp, "@", "Digit0", 0, text="@", key_code=48)
    type_azerty(cdp, "exemple.fr")
    wait_passed(page, 5)


def phishing_free_steps():
    """Four steps: a button, a name and an e-mail to type, a box to tick, a file to choose."""
    return [
        sim_step(
            "Ouvrir l'inscription",
            "Appuyez sur « Créer mon compte ».",
            [button("Se connecter", "secondary"), button("Créer mon compte")],
            "Créer mon compte",
            hint="Le bouton « Créer mon compte » est en bas.",
            feedback="Bien : la page d'inscription s'ouvre.",
        ),
        sim_step(
            "Votre nom et votre adresse",
            "Écrivez votre nom, puis l'adresse amina.test@exemple.fr. Appuyez sur « Continuer ».",
            [
                text_field("Nom"),
                text_field("Adresse e-mail", "email", expected="amina.test@exemple.fr"),
                button("Continuer"),
            ],
            "Continuer",
            hint="Écrivez exactement : amina.test@exemple.fr",
            feedback="Bien : l'adresse est écrite.",
        ),
        sim_step(
            "Accepter les conditions",
            "Cochez la case, puis appuyez sur « Valider ».",
            [("checkbox", {"label": "J'accepte les conditions d'utilisation", "must_tick": True}), button("Valider")],
            "Valider",
            hint="Cochez d'abord la case.",
            feedback="Bien : les conditions sont acceptées.",
        ),
        sim_step(
            "Déposer un document",
            "Choisissez un fichier, puis appuyez sur « Envoyer ».",
            [("file_upload", {"label": "Votre document", "help": "PDF ou photo", "required": True}), button("Envoyer")],
            "Envoyer",
            hint="Choisissez d'abord un fichier.",
            feedback="Bien : le document est déposé (pour de faux).",
        ),
    ]


TRANSLATIONS = {
    "ti": {
        "Créer un compte (test)": "ሕሳብ ምኽፋት (ፈተነ)",
        "Appuyez sur « Créer mon compte ».": "ኣብ « Créer mon compte » ጠውቑ።",
        "Le bouton « Créer mon compte » est en bas.": "እቲ « Créer mon compte » ዝብል መልጎም ኣብ ታሕቲ እዩ።",
    },
    "ar": {
        "Créer un compte (test)": "إنشاء حساب (تجربة)",
        "Appuyez sur « Créer mon compte ».": "اضغطوا على « Créer mon compte ».",
        "Le bouton « Créer mon compte » est en bas.": "الزر « Créer mon compte » في الأسفل.",
    },
}


def play(page, tmp_path):
    """Play the four steps as a learner, with one wrong button first, typing MARKER as the name."""
    hint = page.locator("[data-hint]")
    assert not hint.is_visible()
    page.get_by_role("button", name="Se connecter").click()
    assert hint.is_visible()
    page.get_by_role("button", name="Créer mon compte").click()
    page.wait_for_url("**?step=2**")
    page.get_by_label("Nom", exact=True).fill(MARKER)
    page.get_by_label("Adresse e-mail").fill("amina.test@exemple.fr")
    page.get_by_role("button", name="Continuer").click()
    page.wait_for_url("**?step=3**")
    page.get_by_role("button", name="Valider").click()
    assert page.locator("[data-hint]").is_visible()  # the box is not ticked: checked here, nothing sent
    assert "step=3" in page.url
    page.get_by_label("J'accepte les conditions d'utilisation").check()
    page.get_by_role("button", name="Valider").click()
    page.wait_for_url("**?step=4**")
    document = tmp_path / "titre-de-sejour-faux.pdf"
    document.write_bytes(b"%PDF-1.4 " + MARKER.encode())
    page.get_by_label("Votre document").set_input_files(str(document))
    page.get_by_role("button", name="Envoyer").click()
    page.wait_for_url("**?step=5**")


@pytest.mark.parametrize("language", ["ti", "ar"])
def test_a_simulation_is_completed_in_the_learners_language_sending_nothing_typed_anywhere(
    live_site, browser, tmp_path, language
):
    server, homes = live_site
    simulation = SimulationPageFactory(
        parent=homes["fr"], title="Créer un compte (test)", slug="creer-un-compte-test", steps=phishing_free_steps()
    )
    translated = translate_now(simulation, homes[language].locale, TRANSLATIONS[language])
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request))
    page.goto(f"{server.url}{translated.url}")
    assert page.locator("html").get_attribute("lang") == language
    banner = page.locator(".practice-banner").inner_text()
    assert "Site d'entraînement — rien n'est envoyé" in banner
    expected_banner = {"ti": "መለማመዲ መርበብ — ዋላ ሓንቲ ኣይለኣኽን", "ar": "موقع للتدريب — لا يُرسَل أي شيء"}[language]
    assert expected_banner in banner
    assert (
        TRANSLATIONS[language]["Appuyez sur « Créer mon compte »."] in page.locator("[data-instruction]").inner_text()
    )

    play(page, tmp_path)

    done = {"ti": "ጽቡቕ! እዚ ምልምማድ ወዲእኩምዎ።", "ar": "أحسنتم! أنهيتم هذا التدريب."}[language]
    assert done in page.content()
    assert PracticeResult.objects.filter(exercise=str(simulation.translation_key), succeeded=True).count() == 4
    # Nothing leaves the site, and nothing typed or chosen reached the server.
    assert {urlsplit(request.url).netloc for request in requests} == {urlsplit(server.url).netloc}
    for request in requests:
        assert MARKER not in (request.url + (request.post_data or ""))
        assert "amina.test" not in (request.post_data or "")
    assert tables_containing(MARKER) == []
    page.goto(f"{server.url}/{language}/learner/")
    assert "practice-standings" in page.content()
    context.close()


def test_a_trainer_writes_a_four_step_simulation_in_the_admin_and_a_learner_completes_it(live_site, admin_as, browser):
    server, homes = live_site
    page = admin_as(roles.TRAINERS, "formatrice")
    page.goto(f"{server.url}/admin/pages/add/simulators/simulationpage/{homes['fr'].pk}/")
    page.fill("#id_title", "Se connecter à un site")
    page.fill("#id_fake_site_name", "Mon espace (exercice)")
    page.fill("#id_intro", "Vous vous entraînez à vous connecter.")
    buttons = ["Commencer", "Suivant", "Se connecter", "Terminer"]
    for index, label in enumerate(buttons):
        page.locator(
            "[data-contentpath=steps] > div > .c-sf-add-button, [data-contentpath=steps] .c-sf-add-button"
        ).last.click()
        prefix = f"#steps-{index}-value"
        page.fill(f"{prefix}-title", f"Étape {index + 1}")
        page.fill(f"{prefix}-instruction", f"Appuyez sur « {label} ».")
        page.locator("[data-contentpath=steps] [data-contentpath=screen]").nth(index).locator(
            ".c-sf-add-button"
        ).last.click()
        option = page.get_by_role("option", name="Bouton ou lien").last
        option.wait_for(state="visible")
        page.wait_for_timeout(400)  # the block menu slides in: click once it stands still
        option.click()
        page.fill(f"{prefix}-screen-0-value-label", label)
        page.fill(f"{prefix}-hint", f"Cherchez le bouton « {label} ».")
        page.fill(f"{prefix}-feedback", "Bien.")
        if index < 3:
            page.fill(f"{prefix}-expected_button", label)
    # The last step has no expected action: refused in French.
    page.locator("footer .w-dropdown__toggle, .footer .w-dropdown__toggle").first.click()
    page.get_by_role("button", name="Publier").click()
    page.wait_for_selector("text=Indiquez l'action attendue")
    assert not SimulationPage.objects.filter(title="Se connecter à un site").exists()
    page.fill("#steps-3-value-expected_button", "Terminer")
    page.locator("footer .w-dropdown__toggle, .footer .w-dropdown__toggle").first.click()
    page.get_by_role("button", name="Publier").click()
    page.wait_for_url("**/admin/pages/**")
    simulation = SimulationPage.objects.get(title="Se connecter à un site")
    assert simulation.live and len(simulation.steps) == 4

    learner = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True)
    phone = learner.new_page()
    phone.goto(f"{server.url}{simulation.url}")
    for number, label in enumerate(buttons, start=1):
        assert f"Appuyez sur « {label} »." in phone.locator("[data-instruction]").inner_text()
        phone.get_by_role("button", name=label).click()
        phone.wait_for_url(f"**?step={number + 1}**")
    assert "Bravo ! Vous avez fini cet entraînement." in phone.content()
    assert PracticeResult.objects.filter(exercise=str(simulation.translation_key), succeeded=True).count() == 4
    learner.close()
