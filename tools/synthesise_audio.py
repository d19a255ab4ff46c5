"""Synthesise the demo audio clips of the first path with espeak-ng, encoded as small Opus files.

    python tools/synthesise_audio.py            # fr and ar, the modules of the first path
    python tools/synthesise_audio.py fr ar ru   # other languages espeak-ng can speak

Each clip says a step's title and text: in French from demo/content/*.toml, in another language from
demo/locale/<lang>/*.po. Needs Debian's espeak-ng and opus-tools. The output
(demo/media/audio/<lang>/<module>-<step>.opus, mono, 24 kbit/s) is committed; each file says in its
metadata that it is synthesised, and the demo labels it so in the document library. Real recordings by
translators replace them.
"""

import html
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django  # noqa: E402

django.setup()

from demo.loader import AUDIO, LOCALE, Catalogue, read, theme_names  # noqa: E402

VOICES = {"fr": "fr-fr", "ar": "ar", "en": "en-gb", "ru": "ru", "uk": "uk"}


def spoken(step):
    text = " ".join([step["title"] + ".", *step["text"]])
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def steps_for(language, theme_slug, module_slug):
    """The module's steps in `language`: title and paragraphs (French where the PO file has no translation)."""
    name = next(name for name in theme_names() if read(name)["theme"]["slug"] == theme_slug)
    steps = next(module for module in read(name)["modules"] if module["slug"] == module_slug)["steps"]
    if language == "fr":
        return steps
    strings = Catalogue(LOCALE / language / f"{name}.po").strings(f"module {module_slug}")
    return [
        {"title": strings.get(step["title"], step["title"]), "text": [strings.get(text, text) for text in step["text"]]}
        for step in steps
    ]


def synthesise(text, voice, target):
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(suffix=".wav") as wav:
        subprocess.run(["espeak-ng", "-v", voice, "-s", "140", "-w", wav.name, text], check=True)
        subprocess.run(
            [
                "opusenc",
                "--quiet",
                "--bitrate",
                "24",
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


def main(languages):
    for language in languages:
        for theme_slug, module_slug in (key.split("/") for key in read("site")["path"]["modules"]):
            for number, step in enumerate(steps_for(language, theme_slug, module_slug), start=1):
                target = AUDIO / language / f"{module_slug}-{number}.opus"
                synthesise(spoken(step), VOICES[language], target)
                print(f"{target.relative_to(ROOT)}: {target.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["fr", "ar"]))
