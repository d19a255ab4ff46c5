"""A learner on a 320 px phone, in French, Arabic and Tigrinya: nothing scrolls sideways, every text (buttons,
fields and placeholders included) uses the site's fonts, « Listen » is there only when it can speak, the French
toggle says what it does, and every tap target is at least 44 × 44 px."""

from itertools import chain
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from playwright.sync_api import expect
from wagtail.documents import get_document_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale
from wagtail.rich_text import RichText

from courses.models import InfoPage, ModulePage
from learners.models import QuizAttempt
from tests.factories import (
    LearningPathPageFactory,
    ModulePageFactory,
    OrganisationSettingsFactory,
    ThemePageFactory,
    question,
    step,
)
from tests.utils import translate_now

AUDIO = Path(__file__).resolve().parents[2] / "demo" / "media" / "audio"
LANGUAGES = ["fr", "ar", "ti"]
SEARCH_WORD = {"fr": "adresse", "ar": "بريد", "ti": "ኢመይል"}
SMALL_PHONE = {"viewport": {"width": 320, "height": 640}, "is_mobile": True, "has_touch": True}
NO_VOICE = "if (window.speechSynthesis) Object.defineProperty(speechSynthesis, 'getVoices', {value: () => []});"

# French source → Arabic, Tigrinya. Long e-mail addresses and long words in titles are what overflowed.
TRANSLATIONS = {
    "Créer une boîte mail": ("إنشاء بريد إلكتروني", "ኢመይል ምኽፋት"),
    "Une phrase simple.": ("جملة بسيطة.", "ቀሊል ሓረግ።"),
    "Créer son adresse mail et son compte FranceConnect": (
        "إنشاء عنوان بريدك الإلكتروني وحساب FranceConnect",
        "ኢመይልኩምን ኣካውንት FranceConnectን ምፍጣር",
    ),
    "À la fin, j'ai une adresse mail.": ("في النهاية، لديّ عنوان بريد إلكتروني.", "ኣብ መወዳእታ፡ ኢመይል ኣለኒ።"),
    "Une adresse mail": ("عنوان بريد إلكتروني", "ኣድራሻ ኢመይል"),
    "Voici une adresse mail : amina.diallo@example.com": (
        "هذا عنوان بريد إلكتروني: amina.diallo@example.com",
        "እዚ ኣድራሻ ኢመይል እዩ፡ amina.diallo@example.com",
    ),
    "Un téléphone avec une enveloppe.": ("هاتف عليه ظرف.", "ፖስታ ዘለዎ ተሌፎን።"),
    "Une adresse mail peut être gratuite.": ("يمكن أن يكون البريد الإلكتروني مجانيًا.", "ኢመይል ብናጻ ክኸውን ይኽእል።"),
    "une adresse mail": ("عنوان بريد إلكتروني", "ኣድራሻ ኢመይል"),
    "un service de messagerie": ("خدمة بريد إلكتروني", "ናይ ኢመይል ኣገልግሎት"),
    "Choisir un service": ("اختيار خدمة", "ኣገልግሎት ምምራጽ"),
    "Ouvrez le site du service et cliquez sur « Créer un compte ».": (
        "افتحوا موقع الخدمة وانقروا على «إنشاء حساب».",
        "ናይቲ ኣገልግሎት መርበብ ክፈቱ እሞ «ኣካውንት ፍጠሩ» ጠውቑ።",
    ),
    "La page d'accueil du service.": ("الصفحة الرئيسية للخدمة.", "ቀዳማይ ገጽ ናይቲ ኣገልግሎት።"),
    "Ne donnez jamais votre mot de passe.": ("لا تعطوا كلمة المرور لأحد أبدًا.", "ቃል ምስጢርኩም ንማንም ኣይትሃቡ።"),
    "Noter l'adresse": ("كتابة العنوان", "ኣድራሻኹም ምጽሓፍ"),
    "Écrivez votre adresse et votre mot de passe sur un papier.": (
        "اكتبوا عنوانكم وكلمة المرور على ورقة.",
        "ኣድራሻኹምን ቃል ምስጢርኩምን ኣብ ወረቐት ጽሓፉ።",
    ),
    "Un papier et un stylo.": ("ورقة وقلم.", "ወረቐትን ብርዕን።"),
    "Quelle adresse mail est un bon choix ?": ("أيّ عنوان بريد إلكتروني هو اختيار جيد؟", "ኣየናይ ኢመይል ጽቡቕ ምርጫ እዩ?"),
    "Touchez le bouton « Créer un compte ».": ("المسوا زر «إنشاء حساب».", "ነቲ «ኣካውንት ፍጠሩ» ዝብል መልጎም ተንክፉ።"),
    "La page avec le bouton en haut à droite.": ("الصفحة مع الزر في الأعلى على اليمين.", "ኣብ የማናይ ላዕሊ መልጎም ዘለዎ ገጽ።"),
    "Un vrai service vous demande votre mot de passe par message.": (
        "الخدمة الحقيقية تطلب كلمة المرور في رسالة.",
        "ሓቀኛ ኣገልግሎት ቃል ምስጢርኩም ብመልእኽቲ ይሓተኩም።",
    ),
    "Bravo.": ("أحسنتم.", "ጽቡቕ።"),
    "Ce n'est pas ça.": ("ليس هذا.", "ከምኡ ኣይኮነን።"),
}


def clip(language):
    document = get_document_model()(title=f"clip-{language}")
    data = (AUDIO / language / "allumer-se-connecter-eteindre-1.opus").read_bytes()
    document.file.save(f"clip-{language}.opus", ContentFile(data), save=False)
    document.save()
    return document


@pytest.fixture
def course(live_site):
    """The e-mail lesson of the demo in small: three steps (the first with a clip in French and in Arabic, a tip
    and words to remember; the second with a warning), a quiz whose answers are long e-mail addresses and a
    tap-on-screenshot question; in French, Arabic and Tigrinya."""
    server, homes = live_site
    from wagtail.images import get_image_model

    image = get_image_model().objects.create(title="capture", file=get_test_image_file(size=(800, 500)))
    OrganisationSettingsFactory(
        locale=Locale.objects.get(language_code="fr"), contact_phone="01 60 00 00 00", contact_email="air77@example.org"
    )
    theme = ThemePageFactory(parent=homes["fr"], title="Créer une boîte mail", slug="email", pictogram=image)
    clip_fr, clip_ar = clip("fr"), clip("ar")
    module = ModulePageFactory(
        parent=theme,
        title="Créer son adresse mail et son compte FranceConnect",
        slug="creer",
        pictogram=image,
        objective="À la fin, j'ai une adresse mail.",
        steps=[
            step(
                "Une adresse mail",
                "Voici une adresse mail : amina.diallo@example.com",
                image,
                "Un téléphone avec une enveloppe.",
                audio=clip_fr,
                callout="Une adresse mail peut être gratuite.",
                vocabulary=["une adresse mail", "un service de messagerie"],
            ),
            step(
                "Choisir un service",
                "Ouvrez le site du service et cliquez sur « Créer un compte ».",
                image,
                "La page d'accueil du service.",
                callout="Ne donnez jamais votre mot de passe.",
                callout_kind="warning",
            ),
            step(
                "Noter l'adresse",
                "Écrivez votre adresse et votre mot de passe sur un papier.",
                image,
                "Un papier et un stylo.",
            ),
        ],
        quiz=[
            question(
                "single_choice",
                "Quelle adresse mail est un bon choix ?",
                choices=[
                    {"text": "amina.diallo@example.com", "correct": True},
                    {"text": "amina diallo@example.com"},
                    {"text": "petite.etoile.du.soir.1987@example.com"},
                ],
            ),
            question(
                "tap",
                "Touchez le bouton « Créer un compte ».",
                image=image,
                alt="La page avec le bouton en haut à droite.",
                target_x=70.0,
                target_y=5.0,
                target_width=20.0,
                target_height=10.0,
            ),
            question("true_false", "Un vrai service vous demande votre mot de passe par message.", answer=False),
        ],
    )
    for page in (theme, module):
        page.save_revision().publish()  # indexed for the search
    first_step = module.steps[0].id
    for index, code in enumerate(["ar", "ti"]):
        locale = Locale.objects.get(language_code=code)
        strings = {source: targets[index] for source, targets in TRANSLATIONS.items()}
        translate_now(theme, locale, strings)
        overrides = {f"steps.{first_step}.audio": clip_ar.pk} if code == "ar" else None
        translate_now(module, locale, strings, overrides=overrides)
    return server


@pytest.fixture
def small_phone(browser):
    """A 320 px touch phone whose browser has no voice (like headless Chromium, on any machine)."""
    context = browser.new_context(**SMALL_PHONE)
    context.add_init_script(NO_VOICE)
    page = context.new_page()
    yield page
    context.close()


def every_screen(page, server, code):
    """Visit every screen a learner sees, as they would, yielding a name for each: home, theme, each step of
    the lesson, its end with the quiz, the search results, the card form and the card."""
    page.goto(f"{server.url}/{code}/")
    yield "home"
    page.goto(f"{server.url}/{code}/email/")
    yield "theme"
    page.goto(f"{server.url}/{code}/email/creer/")
    number = 1
    yield "step 1"
    while page.locator(".step.current [rel=next]").count():
        page.locator(".step.current [rel=next]").click()
        number += 1
        yield f"step {number}"
    page.locator(".step.current [data-step-link=end]").click()
    expect(page.locator("#quiz")).to_be_visible()
    yield "quiz"
    page.goto(f"{server.url}/{code}/search/?q={SEARCH_WORD[code]}")
    yield "search"
    page.goto(f"{server.url}/{code}/learner/card/")
    yield "card form"
    page.fill("#id_display_name", {"fr": "Amina", "ar": "أمينة", "ti": "ኣሚና"}[code])
    page.fill("#id_pin", "4821")
    page.fill("#id_pin_again", "4821")
    page.locator(".stack-form button[type=submit]").click()
    page.wait_for_selector(".learner-card")
    yield "card"


# The demo's first path and help page, French source → Arabic, Tigrinya.
MORE_TRANSLATIONS = {
    "Premiers pas numériques": ("الخطوات الرقمية الأولى", "ቀዳሞት ዲጂታላዊ ስጉምትታት"),
    "Pour commencer : l'ordinateur, la souris, la clé USB et votre adresse e-mail.": (
        "للبداية: الحاسوب، والفأرة، ومفتاح USB، وعنوان بريدك الإلكتروني.",
        "ንምጅማር፡ ኮምፒተር፡ ማውስ፡ USB ፍላሽን ናይ ኢመይል ኣድራሻኹምን።",
    ),
    "Aide": ("مساعدة", "ሓገዝ"),
    "Comment utiliser le site, pas à pas.": ("كيف تستخدمون الموقع، خطوة بخطوة.", "ነዚ ወብሳይት ብኸመይ ትጥቀሙሉ፡ ስጉምቲ ብስጉምቲ።"),
    "Choisir votre langue": ("اختيار لغتكم", "ቋንቋኹም ምረጹ"),
    "Appuyez sur le bouton de langue, en haut de la page.": (
        "اضغطوا على زر اللغة، في أعلى الصفحة.",
        "ኣብ ላዕሊ ናይ ገጽ ዘሎ መልጎም ቋንቋ ጠውቑ።",
    ),
    "Suivre une leçon": ("متابعة درس", "ሓደ ትምህርቲ ምክትታል"),
}


@pytest.fixture
def more_pages(course, live_site):
    """The lesson's path (« Premiers pas numériques ») and the help page, in French, Arabic and Tigrinya."""
    _server, homes = live_site
    path = LearningPathPageFactory(
        parent=homes["fr"],
        title="Premiers pas numériques",
        slug="premiers-pas-numeriques",
        intro="Pour commencer : l'ordinateur, la souris, la clé USB et votre adresse e-mail.",
        modules=[ModulePage.objects.get(slug="creer", locale__language_code="fr")],
    )
    help_page = homes["fr"].add_child(
        instance=InfoPage(
            title="Aide",
            slug="aide",
            intro="Comment utiliser le site, pas à pas.",
            body=[
                ("heading", "Choisir votre langue"),
                ("paragraph", RichText("<p>Appuyez sur le bouton de langue, en haut de la page.</p>")),
                ("heading", "Suivre une leçon"),
                ("lesson_buttons", None),
            ],
        )
    )
    for page in (path, help_page):
        page.save_revision().publish()
        for index, code in enumerate(["ar", "ti"]):
            strings = {source: targets[index] for source, targets in MORE_TRANSLATIONS.items()}
            translate_now(page, Locale.objects.get(language_code=code), strings)
    return course


def more_screens(page, server, code):
    """The other learner pages: the path, the diagnostic, the practice list and the help page."""
    for name, url in [
        ("path", "premiers-pas-numeriques/"),
        ("diagnostic", "diagnostic/"),
        ("practice", "practice/"),
        ("help", "aide/"),
    ]:
        response = page.goto(f"{server.url}/{code}/{url}")
        assert response.status == 200, f"{code} {name}: {response.status}"
        yield name


PAGE_WIDTHS = "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"


@pytest.mark.parametrize("code", LANGUAGES)
def test_nothing_scrolls_sideways_at_320_px(more_pages, small_phone, code):
    screens = []
    for screen in chain(every_screen(small_phone, more_pages, code), more_screens(small_phone, more_pages, code)):
        screens.append(screen)
        widths = small_phone.evaluate(PAGE_WIDTHS)
        assert widths[0] <= widths[1], f"{code} {screen}: {widths[0]} px of content in {widths[1]} px"
    assert screens == ["home", "theme", "step 1", "step 2", "step 3", "quiz", "search", "card form", "card"] + [
        "path",
        "diagnostic",
        "practice",
        "help",
    ]


FONT_CHECK = """exempt => {
    const stack = getComputedStyle(document.body).fontFamily;
    const wrong = [];
    const shown = element => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== "hidden";
    };
    for (const element of document.querySelectorAll("body *")) {
        if (element.closest(exempt)) continue;
        const control = element.matches(
            "button, select, textarea, input:not([type=hidden], [type=radio], [type=checkbox])");
        const text = Array.from(element.childNodes).some(node => node.nodeType === 3 && node.textContent.trim());
        if (!(control || text) || !shown(element)) continue;
        const family = getComputedStyle(element).fontFamily;
        if (family !== stack) wrong.push(`${element.tagName}.${element.className}: ${family}`);
        if (element.placeholder && getComputedStyle(element, "::placeholder").fontFamily !== stack) {
            wrong.push(`${element.tagName}#${element.id}::placeholder`);
        }
    }
    const buttons = Array.from(document.querySelectorAll("button, .button")).filter(shown);
    const small = buttons.filter(button => parseFloat(getComputedStyle(button).fontSize) < 16)
        .map(button => `${button.className}: ${getComputedStyle(button).fontSize}`);
    return {stack, wrong, small, buttons: buttons.length};
}"""


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_text_buttons_fields_and_placeholders_included_uses_the_site_fonts(course, small_phone, code):
    # The learner card's code is Latin letters and digits, in a monospace font so that each one is easy to copy.
    buttons = 0
    for screen in every_screen(small_phone, course, code):
        found = small_phone.evaluate(FONT_CHECK, ".card-code")
        # Our self-hosted fonts come first, so each script's own font draws it, whatever the phone has.
        assert found["stack"].startswith('"Numerik Arabic", "Numerik Ethiopic"'), found["stack"]
        assert found["wrong"] == [], f"{code} {screen}"
        assert found["small"] == [], f"{code} {screen}: button labels smaller than the text"
        buttons += found["buttons"]
    assert buttons >= 10


def rendering_fonts(page, selector):
    """The fonts Chromium actually used to draw the text of `selector` (DevTools protocol)."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    return cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]


def test_tigrinya_button_labels_are_drawn_with_our_ethiopic_font(course, small_phone):
    small_phone.goto(f"{course.url}/ti/learner/card/")
    small_phone.evaluate("document.fonts.ready")
    fonts = rendering_fonts(small_phone, ".stack-form button[type=submit]")
    ethiopic = [font for font in fonts if font["familyName"] == "Noto Sans Ethiopic"]
    assert ethiopic and ethiopic[0]["isCustomFont"] is True, fonts
    label = small_phone.locator(".stack-form button[type=submit]").inner_text().replace(" ", "")
    assert ethiopic[0]["glyphCount"] >= len(label), fonts  # every glyph, none from a fallback


def test_listen_is_absent_without_a_clip_or_a_voice(course, small_phone):
    small_phone.goto(f"{course.url}/ti/email/creer/")
    step_one = small_phone.locator("#step-1")
    expect(step_one).to_be_visible()
    assert step_one.locator(".listen-tts").count() == 1  # in the page, for a device that has a voice
    assert step_one.get_by_role("button", name="ስምዑ", exact=True).count() == 0  # "Listen"
    assert step_one.locator(".step-text button:visible").count() == 0
    # The French block has its clip: that one is there, in French.
    assert step_one.locator(".french .listen-play").is_visible()


def test_listen_appears_when_the_device_has_a_voice_for_the_language(course, browser):
    context = browser.new_context(**SMALL_PHONE)
    context.add_init_script(
        "Object.defineProperty(speechSynthesis, 'getVoices', {value: () => [{lang: 'ti-ER', name: 'ትግርኛ'}]});"
    )
    page = context.new_page()
    page.goto(f"{course.url}/ti/email/creer/")
    expect(page.locator("#step-1 .step-text .listen-tts")).to_be_visible()
    context.close()


@pytest.mark.parametrize("code", ["fr", "ar"])
def test_listen_plays_the_step_clip(course, small_phone, code):
    small_phone.goto(f"{course.url}/{code}/email/creer/")
    listen = small_phone.locator("#step-1 .step-text .listen-play")
    expect(listen).to_be_visible()
    small_phone.locator("#step-1 .step-text audio").evaluate("audio => { audio.muted = true; }")
    listen.click()
    small_phone.wait_for_function(
        "() => document.querySelector('#step-1 .step-text audio').currentTime > 0.2", timeout=10000
    )
    listen.click()  # a second tap pauses
    small_phone.wait_for_function("() => document.querySelector('#step-1 .step-text audio').paused")


def test_the_french_toggle_says_what_it_will_do_and_the_page_stays_at_its_title(course, small_phone):
    small_phone.goto(f"{course.url}/ar/email/creer/")
    toggle = small_phone.locator("[data-french-toggle]")
    assert small_phone.evaluate("window.scrollY") == 0
    expect(small_phone.locator("h1")).to_be_in_viewport()
    expect(toggle).to_be_in_viewport()
    expect(toggle).to_have_text("إخفاء النص الفرنسي")  # "Hide the French text"
    expect(small_phone.locator("#step-1 .french")).to_be_visible()
    toggle.click()
    expect(small_phone.locator("#step-1 .french")).to_be_hidden()
    expect(toggle).to_have_text("إظهار النص الفرنسي")  # "Show the French text"
    toggle.click()
    expect(small_phone.locator("#step-1 .french")).to_be_visible()
    expect(toggle).to_have_text("إخفاء النص الفرنسي")


def test_the_french_toggle_works_without_javascript(course, browser):
    context = browser.new_context(**SMALL_PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{course.url}/ti/email/creer/")
    toggle = page.locator("[data-french-toggle]")
    expect(toggle).to_have_text("ናይ ፈረንሳይኛ ጽሑፍ ሕብኡ")  # "Hide the French text"
    expect(page.locator("#step-1 .french")).to_be_visible()
    toggle.click()
    page.wait_for_url("**/ti/email/creer/?french=0")
    expect(page.locator("#step-1 .french")).to_be_hidden()
    expect(page.locator("[data-french-toggle]")).to_have_text("ናይ ፈረንሳይኛ ጽሑፍ ኣርእዩ")  # "Show the French text"
    page.locator("[data-french-toggle]").click()
    page.wait_for_url("**/ti/email/creer/?french=1")
    expect(page.locator("#step-1 .french")).to_be_visible()
    context.close()


def test_tips_and_words_to_remember_open_with_a_tap(course, small_phone):
    small_phone.goto(f"{course.url}/fr/email/creer/")
    tip = small_phone.locator("#step-1 details.callout")
    words = small_phone.locator("#step-1 details.vocabulary")
    expect(tip.locator("p")).to_be_hidden()
    expect(words.locator("li").first).to_be_hidden()
    tip.locator("summary").click()
    words.locator("summary").click()
    expect(tip.locator("p")).to_have_text("Une adresse mail peut être gratuite.")
    expect(words.locator("li").first).to_be_visible()


TAP_TARGETS = [
    ".breadcrumb a",
    ".step-dots a",
    ".french-toggle a",
    ".step.current summary",
    ".step.current .listen-play",
    ".step.current .step-nav a",
    ".learner-link",
    ".language-switcher summary",
    ".search-button",
    ".site-footer a",
]

# A link that wraps over two lines is two thin strips, not one tall box: measure its thinnest line box.
SIZES = """selectors => selectors.flatMap(selector => Array.from(document.querySelectorAll(selector))
    .map(element => [element, element.getBoundingClientRect(), Array.from(element.getClientRects())])
    .filter(([element, box]) => box.width > 0 && getComputedStyle(element).visibility !== "hidden")
    .map(([element, box, lines]) => ({selector, text: element.textContent.trim(), width: box.width,
                                      height: Math.min(...lines.map(line => line.height))})))"""


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_tap_target_is_at_least_44_px(course, small_phone, code):
    small_phone.goto(f"{course.url}/{code}/email/creer/")
    targets = small_phone.evaluate(SIZES, TAP_TARGETS)
    assert {target["selector"] for target in targets} >= set(TAP_TARGETS) - {".french-toggle a"}
    too_small = [target for target in targets if target["width"] < 44 or target["height"] < 44]
    assert too_small == []
    # « My progress » says so in words, not with an icon alone.
    expect(small_phone.locator(".learner-link-text")).to_be_visible()
    assert small_phone.locator(".learner-link-text").inner_text().strip()

    small_phone.locator(".step.current [rel=next]").click()
    small_phone.locator(".step.current [rel=next]").click()
    small_phone.locator(".step.current [data-step-link=end]").click()
    choices = small_phone.evaluate(SIZES, [".quiz .choice", ".quiz-form button"])
    assert choices and [choice for choice in choices if choice["width"] < 44 or choice["height"] < 44] == []

    small_phone.locator("[data-lesson][data-progress-pending='0']").wait_for(state="attached")
    small_phone.goto(f"{course.url}/{code}/learner/")  # the learner's progress, from the lesson just read
    links = small_phone.evaluate(SIZES, ["main a", "main button"])
    assert len(links) >= 4 and [link for link in links if link["width"] < 44 or link["height"] < 44] == [], links


def test_a_tap_anywhere_on_the_screenshot_picks_the_place_under_the_finger(course, small_phone):
    small_phone.goto(f"{course.url}/ti/email/creer/#quiz")
    area = small_phone.locator(".tap-area")
    area.scroll_into_view_if_needed()
    # Pictures load lazily: measure once every picture above has its size, so the page no longer moves. A picture
    # in a hidden step is not drawn and loads only when its step is shown.
    small_phone.wait_for_function("() => [...document.images].every(i => i.complete || !i.getClientRects().length)")
    area.scroll_into_view_if_needed()
    box = area.bounding_box()
    # The picture is the target, not a grid of cells.
    x, y = box["x"] + 0.85 * box["width"], box["y"] + 0.15 * box["height"]
    target = small_phone.evaluate(
        """([x, y]) => {
            const element = document.elementFromPoint(x, y).closest(".tap-area");
            const box = element.getBoundingClientRect();
            return {width: box.width, height: box.height};
        }""",
        [x, y],
    )
    assert target["width"] >= 44 and target["height"] >= 44
    small_phone.touchscreen.tap(x, y)
    # An 800 × 500 screenshot is cut into 5 columns and 3 rows: 85 % across, 15 % down is the cell 4-0.
    assert small_phone.locator(".tap-area input:checked").get_attribute("value") == "4-0"


@pytest.mark.parametrize("code", LANGUAGES)
def test_without_javascript_each_cell_of_the_screenshot_is_44_px_and_a_tap_on_it_is_graded(course, browser, code):
    context = browser.new_context(**SMALL_PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{course.url}/{code}/email/creer/#quiz")
    cells = page.locator(".tap-cell")
    assert cells.count() == 15
    sizes = page.evaluate(
        "() => [...document.querySelectorAll('.tap-cell')].map(cell => cell.getBoundingClientRect())"
        ".map(box => ({width: box.width, height: box.height}))"
    )
    assert [size for size in sizes if size["width"] < 44 or size["height"] < 44] == [], sizes
    # The button « Créer un compte » is at the top right (x 70–90 %, y 5–15 %): the cell 4-0 touches it.
    page.locator(".tap-cell:has(input[value='4-0'])").tap()
    assert page.locator(".tap-area input:checked").get_attribute("value") == "4-0"
    page.locator(".quiz-form button[type=submit]").click()
    # The public page carries no token: without script the learner confirms once on a page of their own.
    page.locator("main form button[type=submit]").click()
    expect(page.locator(".quiz-result")).to_be_visible()
    assert QuizAttempt.objects.get().result["questions"][1]["correct"] is True  # the second question is the tap
    context.close()


def test_search_suggestions_show_plain_text_without_entities(course, small_phone):
    small_phone.goto(f"{course.url}/fr/")
    small_phone.locator("#header-q").press_sequentially("noter", delay=50)
    suggestions = small_phone.locator("#header-q-suggestions a")
    suggestions.first.wait_for(timeout=5000)
    labels = suggestions.all_inner_texts()
    assert "Créer son adresse mail et son compte FranceConnect – Noter l'adresse" in labels, labels
    assert not [label for label in labels if "&#" in label or "&amp;" in label]
