"""Build the demo themes, modules and path from courses/demo/content/ (French) and its i18n/ folders.

Idempotent: a page that already exists (same slug under the same parent) is left as it is, so trainers'
edits survive a second `load_demo`; a translation that already exists is left too.
"""

import importlib
from pathlib import Path

from django.core.files import File
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.rich_text import RichText

from courses.demo import info, paths
from courses.demo.quiz_loader import french_quizzes, quiz_blocks, quiz_strings, translated_quizzes
from courses.demo.translate import translate
from courses.models import InfoPage, LearningPathPage, ModulePage, PathModule, ThemePage

DEMO = Path(__file__).resolve().parent
ILLUSTRATIONS = DEMO / "illustrations"
AUDIO = DEMO / "audio"
# Python module of each theme, in the programme's order.
THEME_FILES = [
    "ordinateur",
    "souris",
    "cle_usb",
    "france_travail",
    "email",
    "coffre_fort",
    "services_publics",
    "travail_formation",
]


class Library:
    """Images and audio documents of the demo, created once and found again by their file path."""

    def __init__(self):
        self.images = {image.title: image for image in get_image_model().objects.filter(title__startswith="démo/")}
        self.documents = {doc.title: doc for doc in get_document_model().objects.filter(title__startswith="démo/")}

    def image(self, relative_path):
        title = f"démo/{relative_path}"
        if title not in self.images:
            with open(ILLUSTRATIONS / relative_path, "rb") as handle:
                image = get_image_model()(title=title)
                image.file.save(Path(relative_path).name, File(handle), save=False)
                image.save()
            self.images[title] = image
        return self.images[title]

    def audio(self, relative_path):
        """The audio document for courses/demo/audio/<relative_path>, or None when there is no such clip."""
        title = f"démo/{relative_path}"
        if title not in self.documents:
            path = AUDIO / relative_path
            if not path.exists():
                return None
            with open(path, "rb") as handle:
                document = get_document_model()(title=title)
                document.file.save(path.name, File(handle), save=False)
                document.save()
            # Demo clips are made by a speech synthesiser (see tools/synthesise_audio.py): say so.
            document.tags.add("voix de synthèse")
            self.documents[title] = document
        return self.documents[title]


def paragraphs_html(paragraphs):
    return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


def step_value(step, library, audio):
    callout = step.get("callout") or {}
    return {
        "title": step["title"],
        "text": RichText(paragraphs_html(step["text"])),
        "illustration": {"image": library.image(step["image"]), "alt": step["alt"]},
        "audio": audio,
        "video": {"video": None, "captions": None},
        "callout": {"kind": callout.get("kind", "tip"), "text": callout.get("text", "")},
        "vocabulary": [{"word": word, "audio": None} for word in step.get("vocabulary", [])],
        "h5p": None,
    }


def module_strings(french, translated):
    """Map each French string of a module to its translation, from the parallel structures."""
    strings = {french["title"]: translated["title"], french["objective"]: translated["objective"]}
    for fr_step, tr_step in zip(french["steps"], translated["steps"], strict=True):
        strings[fr_step["title"]] = tr_step["title"]
        for fr_text, tr_text in zip(fr_step["text"], tr_step["text"], strict=True):
            strings[fr_text] = tr_text
        strings[fr_step["alt"]] = tr_step["alt"]
        if fr_step.get("callout") and tr_step.get("callout"):
            strings[fr_step["callout"]["text"]] = tr_step["callout"]
        for fr_word, tr_word in zip(fr_step.get("vocabulary", []), tr_step.get("vocabulary", []), strict=True):
            strings[fr_word] = tr_word
    return strings


def load_translation(language, theme_file):
    try:
        return importlib.import_module(f"courses.demo.content.i18n.{language}.{theme_file}")
    except ModuleNotFoundError:
        return None


def load_lessons(home_fr, locales, log):
    """Create the 8 themes, their modules, their translations and the first path. Returns the misses."""
    library = Library()
    misses = []
    modules_by_key = {}
    for theme_file in THEME_FILES:
        content = importlib.import_module(f"courses.demo.content.{theme_file}")
        theme = create_theme(home_fr, content.THEME, library)
        for module_data in content.MODULES:
            quiz = french_quizzes(theme_file).get(module_data["slug"], [])
            module = create_module(theme, content.THEME["slug"], module_data, library, quiz)
            modules_by_key[(content.THEME["slug"], module_data["slug"])] = module
        for code, locale in locales.items():
            if code == home_fr.locale.language_code:
                continue
            translation = load_translation(code, theme_file)
            if translation is None:
                continue
            quizzes = (french_quizzes(theme_file), translated_quizzes(code, theme_file))
            misses += translate_theme(theme, content, translation, locale, library, quizzes)
    misses += create_path(home_fr, locales, modules_by_key)
    misses += create_glossary(home_fr.locale, locales, library)
    misses += create_info_pages(home_fr, locales)
    log(f"Lessons: {ThemePage.objects.count()} theme pages, {ModulePage.objects.count()} module pages.")
    return misses


def create_theme(home_fr, data, library):
    theme = home_fr.get_children().filter(slug=data["slug"]).specific().first()
    if theme is None:
        theme = ThemePage(
            title=data["title"],
            slug=data["slug"],
            description=data["description"],
            colour=data["colour"],
            pictogram=library.image(data["pictogram"]),
        )
        home_fr.add_child(instance=theme)
        theme.save_revision().publish()
    return theme


def create_module(theme, theme_slug, data, library, quiz=()):
    module = theme.get_children().filter(slug=data["slug"]).specific().first()
    if module is None:
        steps = []
        for number, step in enumerate(data["steps"], start=1):
            audio = library.audio(f"fr/{data['slug']}-{number}.opus")
            steps.append(("step", step_value(step, library, audio)))
        module = ModulePage(
            title=data["title"],
            slug=data["slug"],
            objective=data["objective"],
            duration=data["duration"],
            level=data["level"],
            pictogram=library.image(data["pictogram"]),
            steps=steps,
            quiz=quiz_blocks(quiz, library),
        )
        theme.add_child(instance=module)
        module.save_revision().publish()
    return module


def translate_theme(theme, content, translation, locale, library, quizzes=({}, {})):
    misses = []
    if not theme.has_translation(locale):
        strings = {
            content.THEME["title"]: translation.THEME["title"],
            content.THEME["description"]: translation.THEME["description"],
        }
        misses += translate(theme, locale, strings)[1]
    for module_data in content.MODULES:
        translated = translation.MODULES.get(module_data["slug"])
        if translated is None:
            continue
        module = theme.get_children().filter(slug=module_data["slug"]).specific().first()
        if module is None or module.has_translation(locale):
            continue
        overrides = {}
        for number, block in enumerate(module.steps, start=1):
            clip = library.audio(f"{locale.language_code}/{module_data['slug']}-{number}.opus")
            if clip is not None:
                overrides[f"steps.{block.id}.audio"] = clip.pk
        strings = module_strings(module_data, translated)
        french_quiz, translated_quiz = (quizzes[0].get(module_data["slug"]), quizzes[1].get(module_data["slug"]))
        if french_quiz and translated_quiz:
            strings = {**quiz_strings(french_quiz, translated_quiz), **strings}
        misses += translate(module, locale, strings, overrides=overrides)[1]
    return misses


def create_path(home_fr, locales, modules_by_key):
    data = paths.FIRST_PATH
    path = home_fr.get_children().filter(slug=data["slug"]).specific().first()
    if path is None:
        path = LearningPathPage(title=data["title"], slug=data["slug"], intro=data["intro"], start_here=True)
        path.path_modules = [
            PathModule(module=modules_by_key[key], sort_order=index) for index, key in enumerate(data["modules"])
        ]
        home_fr.add_child(instance=path)
        path.save_revision().publish()
    misses = []
    for code, strings in paths.FIRST_PATH_TRANSLATIONS.items():
        if not path.has_translation(locales[code]):
            misses += translate(path, locales[code], strings)[1]
    return misses


def create_glossary(french_locale, locales, library):
    """The demo glossary (courses/demo/glossary.py) in French and every language; existing words are kept."""
    try:
        from courses.demo.glossary import TERMS
    except ImportError:
        return []
    from glossary.models import GlossaryTerm

    misses = []
    for data in TERMS:
        term = GlossaryTerm.objects.filter(locale=french_locale, term=data["term"]).first()
        if term is None:
            image = library.image(data["image"]) if data.get("image") else None
            term = GlossaryTerm.objects.create(
                locale=french_locale, term=data["term"], definition=data["definition"], image=image
            )
        for code, translated in data["translations"].items():
            if code in locales and not term.has_translation(locales[code]):
                strings = {data["term"]: translated["term"], data["definition"]: translated["definition"]}
                misses += translate(term, locales[code], strings)[1]
    return misses


def create_info_pages(home_fr, locales):
    """About, help, privacy, accessibility and useful contacts, in every language."""
    misses = []
    for data in info.INFO_PAGES:
        page = home_fr.get_children().filter(slug=data["slug"]).specific().first()
        if page is None:
            body = [(kind, RichText(value) if kind == "paragraph" else value) for kind, value in data["body"]]
            page = InfoPage(title=data["title"], slug=data["slug"], intro=data["intro"], body=body)
            home_fr.add_child(instance=page)
            page.save_revision().publish()
        # Phone numbers are plain values: the same in every language.
        phones = {
            value["phone"]: value["phone"] for kind, value in data["body"] if kind == "contact" and value["phone"]
        }
        for code, strings in info.INFO_TRANSLATIONS.items():
            if not page.has_translation(locales[code]):
                misses += translate(page, locales[code], {**phones, **strings})[1]
    return misses
