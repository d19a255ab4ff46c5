"""Synthesise the demo's audio clips with espeak-ng, encoded as small Opus files.

    python tools/synthesise_audio.py            # every language espeak-ng has a voice for (VOICES)
    python tools/synthesise_audio.py fr ru      # some of them

For each of the 16 modules it writes, in demo/media/audio/<lang>/ (the names demo.loader looks for):
- <module>-<n>.opus: step n, its title and text;
- <module>-quiz-<q>.opus: question q of the quiz;
- <module>-quiz-<q>-<c>.opus: the feedback of choice c (choice questions), or <module>-quiz-<q>-right.opus
  and -wrong.opus (the feedback for a right and a wrong answer of the other questions);
and diagnostic-<q>.opus for the prompts of the diagnostic. The French comes from demo/content/*.toml, another
language from demo/locale/<lang>/*.po; a text without its translation there gets no clip (a clip must never
read French with a foreign voice, nor mix languages), and a module the PO file does not translate neither.

Voices: a voice espeak-ng names for the language. Dari (prs) has none of its own, but Dari is written and
spoken as a variety of Persian: espeak-ng's "fa" (Iranian Persian) reads the diagnostic's short Dari prompts
intelligibly (checked with `espeak-ng -v fa -x`), with a Tehran accent, so Dari gets those clips only
(PROMPTS_ONLY); its lessons and quizzes are left to translators, as are all of Pashto (ps) and Tigrinya (ti),
for which no voice exists, and the translation dashboard lists them. Mono Opus at 10 kbit/s (speech, 60 ms
frames): about 1.3 kB per second. Each file says in its metadata that it is synthesised; the demo labels it
« voix de synthèse » for learners, whatever the voice. Real recordings by translators replace them. Needs
Debian's espeak-ng and opus-tools.
"""

import html
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django  # noqa: E402

django.setup()

from demo import diagnostic  # noqa: E402
from demo.loader import AUDIO, LOCALE, Catalogue, read, theme_names  # noqa: E402

VOICES = {"fr": "fr-fr", "ar": "ar", "en": "en-gb", "ru": "ru", "uk": "uk", "prs": "fa"}
# Languages read by the voice of a close language: the diagnostic's prompts only, not the lessons.
PROMPTS_ONLY = {"prs"}
BITRATE = "10"


def plain(text):
    return html.unescape(re.sub(r"<[^>]+>", "", text)).strip()


class Texts:
    """The translation of a French text in one language and context, or None when it has none."""

    def __init__(self, language, catalogue, context):
        self.language, self.catalogue, self.context = language, catalogue, context

    def __call__(self, *french):
        """The texts of `french` joined, in the language; None if one of them is not translated."""
        if self.language == "fr":
            return " ".join(plain(text) for text in french if text)
        if self.catalogue is None:
            return None
        strings = self.catalogue.strings(self.context)
        translated = []
        for text in french:
            if text:
                if not self.catalogue.translates(self.context, text):
                    return None
                translated.append(plain(strings[text]))
        return " ".join(translated)


def sentence(text):
    return text if text.endswith((".", "?", "!", "…", ":", "؟")) else f"{text}."


def question_clips(prefix, questions, texts):
    """{file name: text} for a quiz's (or the diagnostic's) prompts and feedback."""
    clips = {}
    for number, question in enumerate(questions, start=1):
        clips[f"{prefix}-{number}.opus"] = texts(question["prompt"])
        if "choices" in question:
            for index, choice in enumerate(question["choices"], start=1):
                clips[f"{prefix}-{number}-{index}.opus"] = texts(choice.get("feedback"))
        else:
            clips[f"{prefix}-{number}-right.opus"] = texts(question.get("feedback_correct"))
            clips[f"{prefix}-{number}-wrong.opus"] = texts(question.get("feedback_wrong"))
    return clips


def clips_for(language):
    """{file name: text to say} for every demo clip `language` can have (texts without translation: None)."""
    clips = {}
    for name in [] if language in PROMPTS_ONLY else theme_names():
        path = LOCALE / language / f"{name}.po"
        catalogue = Catalogue(path) if language != "fr" and path.exists() else None
        for module in read(name)["modules"]:
            texts = Texts(language, catalogue, f"module {module['slug']}")
            if language != "fr" and (catalogue is None or not catalogue.translates(texts.context, module["title"])):
                continue  # the module is not translated: its learners see (and hear) the French
            for number, step in enumerate(module["steps"], start=1):
                title = texts(step["title"])
                body = texts(*step["text"])
                clips[f"{module['slug']}-{number}.opus"] = f"{sentence(title)} {body}" if title and body else None
            clips.update(question_clips(f"{module['slug']}-quiz", module.get("quiz", []), texts))
    path = LOCALE / language / "diagnostic.po"
    catalogue = Catalogue(path) if language != "fr" and path.exists() else None
    questions = [{"prompt": question["prompt"]} for question in diagnostic.read()["questions"]]
    clips.update(
        (name, text)
        for name, text in question_clips("diagnostic", questions, Texts(language, catalogue, None)).items()
        if not name.endswith(("-right.opus", "-wrong.opus"))
    )
    return clips


def synthesise(text, voice, target):
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(suffix=".wav") as wav:
        subprocess.run(["espeak-ng", "-v", voice, "-s", "140", "-w", wav.name, text], check=True)
        subprocess.run(
            [
                "opusenc",
                "--quiet",
                "--bitrate",
                BITRATE,
                "--speech",
                "--framesize",
                "60",
                "--downmix-mono",
                "--title",
                target.stem,
                "--comment",
                "SYNTHESISED=espeak-ng (Numerik'AIR demo; replace with a human recording)",
                wav.name,
                str(target),
            ],
            check=True,
        )
    return target


def main(languages):
    jobs = []
    for language in languages:
        folder = AUDIO / language
        made = set()
        for name, text in clips_for(language).items():
            if text:
                jobs.append((text, VOICES[language], folder / name))
                made.add(name)
        # A clip whose text lost its translation (or whose module is gone) must not stay behind.
        for old in folder.glob("*.opus") if folder.exists() else []:
            if old.name not in made:
                old.unlink()
    with ThreadPoolExecutor(max_workers=2) as pool:
        for target in pool.map(lambda job: synthesise(*job), jobs):
            print(f"{target.relative_to(ROOT)}: {target.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or list(VOICES)))
