"""No outdated demo translation reaches a learner unmarked.

The demo's translations are PO files whose msgid is the French of demo/content/*.toml. When the French of a
step changes, its old msgid no longer matches and the loader leaves that string in French. That is allowed
only where the learner sees the « not yet translated » label: a step whose title, a paragraph of its text or
its tip is still the French (courses.lesson.still_french, the rule the module page applies).
"""

import tomllib
from pathlib import Path

import polib
import pytest

from courses.lesson import FrenchStep, still_french
from demo.loader import paragraphs_html

DEMO = Path(__file__).resolve().parent.parent.parent / "demo"
PO_FILES = sorted(DEMO.glob("locale/*/*.po"))


def translated_steps(po_path):
    """(module slug, step number, step as the loader makes it in this language, its French) for every step
    of every module that this PO file translates."""
    content = tomllib.loads((DEMO / "content" / f"{po_path.stem}.toml").read_text(encoding="utf-8"))
    # An empty msgstr keeps the French on purpose (a name, a screen label): the entry is there, it is current.
    entries = {entry.msgid: entry.msgstr or entry.msgid for entry in polib.pofile(str(po_path)) if not entry.obsolete}

    def translate(text):
        return entries.get(text, text)

    for module in content.get("modules", []):
        if module["title"] not in entries:
            continue  # not translated into this language: served in French, labelled as such
        for number, step in enumerate(module["steps"], start=1):
            callout = step.get("callout", {}).get("text", "")
            french = FrenchStep(
                title=step["title"], text=_rich(paragraphs_html(step["text"])), alt=step["alt"], callout=callout
            )
            yield (
                module["slug"],
                number,
                {
                    "title": translate(step["title"]),
                    "text": paragraphs_html([translate(paragraph) for paragraph in step["text"]]),
                    "callout": translate(callout) if callout else "",
                    "missing": [
                        text for text in [step["title"], *step["text"], callout] if text and text not in entries
                    ],
                },
                french,
            )


class _rich:
    def __init__(self, source):
        self.source = source


@pytest.mark.parametrize("po_path", PO_FILES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_a_step_whose_french_changed_since_its_translation_shows_the_label(po_path):
    unmarked = []
    for slug, number, step, french in translated_steps(po_path):
        if step["missing"] and not still_french(step["title"], step["text"], step["callout"], french):
            unmarked.append(f"{slug} step {number}: {step['missing']}")
    assert unmarked == [], f"{po_path.parent.name}: outdated translations shown without the label"


def test_the_rule_catches_one_outdated_sentence_among_translated_ones():
    french = FrenchStep(title="Le bouton", text=_rich("<p>Appuyez.</p><p>L'écran s'allume.</p>"), alt="", callout="")
    assert still_french("الزر", "<p>اضغطوا.</p><p>L'écran s'allume.</p>", "", french)
    assert not still_french("الزر", "<p>اضغطوا.</p><p>تضيء الشاشة.</p>", "", french)


def _module_texts(module):
    """The texts of a module that have no « not yet translated » label of their own: the module's title and
    objective, the steps' picture descriptions and words, and everything the quiz says."""
    texts = [module["title"], module.get("objective", "")]
    for step in module["steps"]:
        texts += [step["alt"], *step.get("vocabulary", [])]
    for question in module.get("quiz", []):
        texts += [question["prompt"], question.get("alt", ""), *question.get("items", [])]
        texts += [question.get("feedback_correct", ""), question.get("feedback_wrong", "")]
        for choice in question.get("choices", []):
            texts += [choice.get("text", ""), choice.get("label", ""), choice.get("feedback", "")]
    return [text for text in texts if text]


@pytest.mark.parametrize("po_path", PO_FILES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_the_other_texts_of_a_translated_module_match_the_current_french(po_path):
    content = tomllib.loads((DEMO / "content" / f"{po_path.stem}.toml").read_text(encoding="utf-8"))
    entries = {entry.msgid for entry in polib.pofile(str(po_path)) if not entry.obsolete}
    outdated = [
        f"{module['slug']}: {text!r}"
        for module in content.get("modules", [])
        if module["title"] in entries
        for text in _module_texts(module)
        if text not in entries
    ]
    assert outdated == [], f"{po_path.parent.name}: translated from an older French, no label would say so"
