"""Build the demo site from data: French in demo/content/*.toml, translations in demo/locale/<lang>/*.po.

The French is created as pages and snippets; each translation goes through wagtail-localize's PO import (see
demo.translation), as a translator's would. A PO file holds one language's translations of one content file
(`02-souris.po` for `02-souris.toml`): msgid is the French, msgstr the translation (empty: the French stays),
msgctxt names the object ("module clavier-azerty") when one French string is translated differently there.

Which translations are made: a theme in every language that has its PO file, a module where that file
translates the module's title, the portal (home page, organisation, first path, information pages) in every
language that has site.po, a glossary word where glossary.po translates it.

Idempotent: a page that already exists (same slug under the same parent), a word, a translation that already
exists are left as they are, so trainers' and translators' edits survive a second `load_demo`.
"""

import os
import tomllib
from pathlib import Path

import polib
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files import File
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from core.audio import SYNTHETIC
from courses.models import HomePage, InfoPage, LearningPathPage, ModulePage, OrganisationSettings, PathModule, ThemePage
from demo import diagnostic
from demo.simulations import load_simulations
from demo.translation import translate
from glossary.models import GlossaryTerm

DEMO = Path(__file__).resolve().parent
CONTENT = DEMO / "content"
LOCALE = DEMO / "locale"
ILLUSTRATIONS = DEMO / "media" / "illustrations"
AUDIO = DEMO / "media" / "audio"


def read(name):
    """The French content file demo/content/<name>.toml."""
    with open(CONTENT / f"{name}.toml", "rb") as handle:
        return tomllib.load(handle)


def theme_names():
    """The theme files' names ("01-ordinateur", …) in the programme's order."""
    return sorted(path.stem for path in CONTENT.glob("[0-9][0-9]-*.toml"))


class Catalogue:
    """One PO file: the translation of each French string, for every object or for one (msgctxt)."""

    def __init__(self, path):
        # Fuzzy entries (Poedit's "needs work") and obsolete ones are not used, as with gettext.
        self.entries = {
            (entry.msgctxt, entry.msgid): entry.msgstr
            for entry in polib.pofile(str(path))
            if not entry.obsolete and "fuzzy" not in entry.flags
        }

    def strings(self, context):
        """French -> translation for the object named `context`; an empty msgstr keeps the French."""
        strings = {msgid: msgstr or msgid for (ctxt, msgid), msgstr in self.entries.items() if ctxt is None}
        strings.update({msgid: msgstr or msgid for (ctxt, msgid), msgstr in self.entries.items() if ctxt == context})
        return strings

    def translates(self, context, text):
        return bool(self.entries.get((context, text), self.entries.get((None, text))))


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
        """The audio document for demo/media/audio/<relative_path>, or None when there is no such clip.

        Demo clips are made by a speech synthesiser (see tools/synthesise_audio.py): their title says so, and
        learners see « voix de synthèse » in their language beside the player (core.audio.is_synthetic).
        """
        title = f"démo/{relative_path} ({SYNTHETIC})"
        if title not in self.documents:
            path = AUDIO / relative_path
            if not path.exists():
                return None
            with open(path, "rb") as handle:
                document = get_document_model()(title=title)
                document.file.save(path.name, File(handle), save=False)
                document.save()
            self.documents[title] = document
        return self.documents[title]

    def question_clips(self, base, question):
        """{field: clip} for a question whose clips are demo/media/audio/<base>.opus (the prompt),
        <base>-<c>.opus (the feedback of choice c) or <base>-right.opus and -wrong.opus."""
        clips = {"audio": self.audio(f"{base}.opus")}
        if "choices" in question:
            clips["choices"] = [self.audio(f"{base}-{c}.opus") for c in range(1, len(question["choices"]) + 1)]
        else:
            clips["feedback_correct_audio"] = self.audio(f"{base}-right.opus")
            clips["feedback_wrong_audio"] = self.audio(f"{base}-wrong.opus")
        return clips

    def quiz_overrides(self, field, stream, bases, language):
        """wagtail-localize overrides {"<field>.<block id>[.choices.<id>].<audio field>": document id} giving the
        questions of a French quiz `stream` the clips of `language` (bases: each question's clip name)."""
        overrides = {}
        for bound, base in zip(stream, bases, strict=False):
            base = f"{language}/{base}"
            names = {"audio": f"{base}.opus"}
            if "choices" in bound.value:
                for index, child in enumerate(bound.value["choices"].bound_blocks, start=1):
                    names[f"choices.{child.id}.feedback_audio"] = f"{base}-{index}.opus"
            else:
                names["feedback_correct_audio"] = f"{base}-right.opus"
                names["feedback_wrong_audio"] = f"{base}-wrong.opus"
            for path, name in names.items():
                clip = self.audio(name)
                if clip is not None:
                    overrides[f"{field}.{bound.id}.{path}"] = clip.pk
        return overrides


def paragraphs_html(paragraphs):
    return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


def step_value(step, library, audio):
    callout = step.get("callout", {})
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


def quiz_blocks(questions, library, competences=None, competence=None, audio_bases=None):
    """[(block type, value)] for ModulePage.quiz (or a diagnostic question); the TOML's `type` is the block type.

    Each question checks its own `competence` (a CRCN code) if it names one, else `competence`.
    `audio_bases` names each question's French clips (see Library.question_clips), when it has some.
    """
    competences = competences or {}
    blocks = []
    for number, question in enumerate(questions):
        kind = question["type"]
        image = question.get("image")
        clips = library.question_clips(audio_bases[number], question) if audio_bases else {}
        value = {
            "prompt": question["prompt"],
            "image": library.image(image) if image else None,
            "alt": question.get("alt", ""),
            "audio": clips.get("audio"),
            "competence": competences.get(question.get("competence", competence)),
        }
        choice_clips = clips.get("choices") or [None] * len(question.get("choices", []))
        if kind in ("single_choice", "multiple_choice"):
            value["choices"] = [
                {
                    "text": choice["text"],
                    "correct": choice["correct"],
                    "feedback": choice["feedback"],
                    "feedback_audio": clip,
                }
                for choice, clip in zip(question["choices"], choice_clips, strict=True)
            ]
        elif kind in ("image_choice", "drag"):
            value["choices"] = [
                {
                    "image": library.image(choice["image"]),
                    "label": choice["label"],
                    "audio": None,
                    "correct": choice["correct"],
                    "feedback": choice["feedback"],
                    "feedback_audio": clip,
                }
                for choice, clip in zip(question["choices"], choice_clips, strict=True)
            ]
            if kind == "drag":  # the diagnostic's drag task: this icon goes onto the right picture
                value["item"] = library.image(question["item"])
        else:
            value["feedback_correct"] = question["feedback_correct"]
            value["feedback_wrong"] = question["feedback_wrong"]
            value["feedback_correct_audio"] = clips.get("feedback_correct_audio")
            value["feedback_wrong_audio"] = clips.get("feedback_wrong_audio")
            if kind == "true_false":
                value["answer"] = question["answer"]
            elif kind == "order":
                value["items"] = list(question["items"])
            elif kind == "tap":
                x, y, width, height = question["target"]
                value.update(target_x=x, target_y=y, target_width=width, target_height=height)
            elif kind == "short_answer":
                value["answers"] = list(question["answers"])
        blocks.append((kind, value))
    return blocks


class Demo:
    """Loads the demo content; `locale_dir` holds the PO files (demo/locale/ unless a test gives another)."""

    def __init__(self, log=print, locale_dir=LOCALE):
        self.log = log
        self.locale_dir = Path(locale_dir)
        self.catalogues = {}
        self.misses = []
        self.library = Library()
        self.locales = {}
        self.french = None
        self.competences = {}
        self.module_competences = {}

    def load(self):
        """Everything but the administrator's account. Returns the French home page; see self.misses."""
        self.create_locales()
        self.competences = diagnostic.load_framework(self)
        self.module_competences = diagnostic.module_competences()
        site = read("site")
        home_fr = self.create_home(site["home"])
        self.create_organisation(site["organisation"])
        modules = {}
        for name in theme_names():
            modules.update(self.load_theme(home_fr, name))
        self.create_path(home_fr, site["path"], modules)
        diagnostic.load_diagnostic(self, home_fr, modules)
        self.create_glossary(read("glossary")["terms"])
        self.create_info_pages(home_fr, site["info_pages"])
        load_simulations(self, home_fr, read("simulations")["simulations"])
        self.log(f"Lessons: {ThemePage.objects.count()} theme pages, {ModulePage.objects.count()} module pages.")
        return home_fr

    # --- Translations ------------------------------------------------------------------------------------

    def catalogue(self, language, name):
        """The Catalogue of demo/locale/<language>/<name>.po, or None when there is no such file."""
        if (language, name) not in self.catalogues:
            path = self.locale_dir / language / f"{name}.po"
            self.catalogues[language, name] = Catalogue(path) if path.exists() else None
        return self.catalogues[language, name]

    def translations(self, name):
        """(locale, catalogue) for each language that has demo/locale/<language>/<name>.po."""
        for code, locale in self.locales.items():
            catalogue = self.catalogue(code, name) if locale != self.french else None
            if catalogue is not None:
                yield locale, catalogue

    def translate(self, instance, locale, catalogue, context, overrides=None):
        self.misses += translate(instance, locale, catalogue.strings(context), overrides=overrides)[1]

    def quiz(self, questions, competence=None, audio_bases=None):
        """Quiz blocks for `questions`, their competences among the framework's (see demo.diagnostic)."""
        return quiz_blocks(questions, self.library, self.competences, competence, audio_bases)

    # --- Portal ------------------------------------------------------------------------------------------

    def create_locales(self):
        for code, _name in settings.LANGUAGES:
            self.locales[code], _created = Locale.objects.get_or_create(language_code=code)
        self.french = self.locales[settings.LANGUAGE_CODE]

    def create_home(self, data):
        root = Page.get_first_root_node()
        home_fr = HomePage.objects.filter(locale=self.french).first()
        if home_fr is None:
            # Wagtail's initial migration creates a "Welcome" page; the portal replaces it.
            for welcome in root.get_children().exact_type(Page):
                welcome.delete()
            home_fr = HomePage(slug="accueil", locale=self.french, **data)
            root.add_child(instance=home_fr)
            home_fr.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        site.root_page = home_fr
        site.hostname = site.hostname or "localhost"
        site.port = site.port or 80
        site.site_name = "Numerik'AIR"
        site.save()
        for locale, catalogue in self.translations("site"):
            if not HomePage.objects.filter(locale=locale, translation_key=home_fr.translation_key).exists():
                self.translate(home_fr, locale, catalogue, "home page")
        return home_fr

    def create_organisation(self, data):
        organisation = OrganisationSettings.objects.filter(locale=self.french).first()
        if organisation is None:
            organisation = OrganisationSettings.objects.create(locale=self.french, **data)
        for locale, catalogue in self.translations("site"):
            if not OrganisationSettings.objects.filter(
                locale=locale, translation_key=organisation.translation_key
            ).exists():
                self.translate(organisation, locale, catalogue, "organisation")

    # --- Lessons -----------------------------------------------------------------------------------------

    def load_theme(self, home_fr, name):
        """One theme file: the theme, its modules with their quizzes, and their translations.

        Returns {"<theme slug>/<module slug>": French module}.
        """
        data = read(name)
        theme = self.create_theme(home_fr, data["theme"])
        modules = {}
        for module_data in data["modules"]:
            module = self.create_module(theme, module_data)
            modules[f"{theme.slug}/{module.slug}"] = module
        for locale, catalogue in self.translations(name):
            if not theme.has_translation(locale):
                self.translate(theme, locale, catalogue, f"theme {theme.slug}")
            for module_data in data["modules"]:
                context = f"module {module_data['slug']}"
                if not catalogue.translates(context, module_data["title"]):
                    continue
                module = theme.get_children().filter(slug=module_data["slug"]).specific().first()
                if module is None or module.has_translation(locale):
                    continue
                overrides = {}
                for number, block in enumerate(module.steps, start=1):
                    clip = self.library.audio(f"{locale.language_code}/{module.slug}-{number}.opus")
                    if clip is not None:
                        overrides[f"steps.{block.id}.audio"] = clip.pk
                overrides.update(
                    self.library.quiz_overrides(
                        "quiz", module.quiz, quiz_bases(module.slug, module.quiz), locale.language_code
                    )
                )
                self.translate(module, locale, catalogue, context, overrides)
        return modules

    def create_theme(self, home_fr, data):
        theme = home_fr.get_children().filter(slug=data["slug"]).specific().first()
        if theme is None:
            theme = ThemePage(
                title=data["title"],
                slug=data["slug"],
                description=data["description"],
                colour=data["colour"],
                pictogram=self.library.image(data["pictogram"]),
            )
            home_fr.add_child(instance=theme)
            theme.save_revision().publish()
        return theme

    def create_module(self, theme, data):
        module = theme.get_children().filter(slug=data["slug"]).specific().first()
        if module is None:
            codes = self.module_competences.get(f"{theme.slug}/{data['slug']}", [])
            steps = []
            for number, step in enumerate(data["steps"], start=1):
                audio = self.library.audio(f"fr/{data['slug']}-{number}.opus")
                steps.append(("step", step_value(step, self.library, audio)))
            module = ModulePage(
                title=data["title"],
                slug=data["slug"],
                objective=data["objective"],
                duration=data["duration"],
                level=data["level"],
                pictogram=self.library.image(data["pictogram"]),
                steps=steps,
                quiz=self.quiz(
                    data.get("quiz", []),
                    codes[0] if codes else None,
                    quiz_bases(f"fr/{data['slug']}", data.get("quiz", [])),
                ),
                competences=[self.competences[code] for code in codes if code in self.competences],
            )
            theme.add_child(instance=module)
            module.save_revision().publish()
        return module

    def create_path(self, home_fr, data, modules):
        path = home_fr.get_children().filter(slug=data["slug"]).specific().first()
        if path is None:
            path = LearningPathPage(title=data["title"], slug=data["slug"], intro=data["intro"], start_here=True)
            path.path_modules = [
                PathModule(module=modules[key], sort_order=index) for index, key in enumerate(data["modules"])
            ]
            home_fr.add_child(instance=path)
            path.save_revision().publish()
        for locale, catalogue in self.translations("site"):
            if not path.has_translation(locale):
                self.translate(path, locale, catalogue, f"path {path.slug}")

    def create_glossary(self, terms):
        """The glossary in French and every language; existing words are kept."""
        for data in terms:
            term = GlossaryTerm.objects.filter(locale=self.french, term=data["term"]).first()
            if term is None:
                image = self.library.image(data["image"]) if data.get("image") else None
                term = GlossaryTerm.objects.create(
                    locale=self.french, term=data["term"], definition=data["definition"], image=image
                )
            context = f"glossary {data['term']}"
            for locale, catalogue in self.translations("glossary"):
                if catalogue.translates(context, data["term"]) and not term.has_translation(locale):
                    self.translate(term, locale, catalogue, context)

    def create_info_pages(self, home_fr, pages):
        """About, help, privacy, accessibility and useful contacts, in every language. The privacy page's
        retention period is the setting's value, in French and in each translation (see with_settings)."""
        for data in pages:
            page = home_fr.get_children().filter(slug=data["slug"]).specific().first()
            if page is None:
                body = [info_block(block) for block in data["body"]]
                page = InfoPage(title=data["title"], slug=data["slug"], intro=data["intro"], body=body)
                home_fr.add_child(instance=page)
                page.save_revision().publish()
            for locale, catalogue in self.translations("site"):
                if not page.has_translation(locale):
                    strings = catalogue.strings(f"info page {page.slug}")
                    strings = {with_settings(french): with_settings(text) for french, text in strings.items()}
                    self.misses += translate(page, locale, strings)[1]


def with_settings(text):
    """`text` with {retention_days} replaced by LEARNER_RETENTION_DAYS: the privacy page states the period
    the site applies (learners/management/commands/purge_learners.py)."""
    return text.replace("{retention_days}", str(settings.LEARNER_RETENTION_DAYS))


def quiz_bases(prefix, questions):
    """The clip names of a module's questions: <prefix>-quiz-1, -quiz-2, … (tools/synthesise_audio.py)."""
    return [f"{prefix}-quiz-{number}" for number in range(1, len(questions) + 1)]


def info_block(block):
    """(block type, value) for InfoPage.body from a TOML body block."""
    kind = block["type"]
    if kind == "contact":
        return kind, {key: block[key] for key in ("name", "description", "website", "phone")}
    return kind, RichText(with_settings(block["value"])) if kind == "paragraph" else block["value"]


def create_admin():
    """The demo administrator (DEMO_ADMIN_USERNAME / DEMO_ADMIN_PASSWORD); an existing one is left as it is.

    Returns (username, password, created).
    """
    username = os.environ.get("DEMO_ADMIN_USERNAME", "admin")
    password = os.environ.get("DEMO_ADMIN_PASSWORD", "numerikair-demo")
    user, created = get_user_model().objects.get_or_create(
        username=username, defaults={"is_staff": True, "is_superuser": True, "first_name": "Admin"}
    )
    if created:
        user.set_password(password)
        user.save()
    return username, password, created
