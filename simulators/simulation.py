"""How a simulation step is played: which element the learner must press, and the screen as the template
shows it. Works on the page's StreamField values only (no model of ours), so pages and views share it."""

from dataclasses import dataclass, field


@dataclass
class ScreenStep:
    """One step as the learner sees it."""

    number: int
    id: str
    title: str
    instruction: str
    screen: object  # the StreamValue of the fake screen's elements
    expected_id: str  # the block id of the button to press (the same in every language)
    hint: str
    feedback: str
    audio: object = None
    french_instruction: str = ""  # set on translated pages when it differs
    untranslated: bool = False  # a translation that still holds the French text
    language: str = ""  # the language the instruction is written in
    elements: list = field(default_factory=list)


def _button_id(step_value, label):
    label = (label or "").strip()
    for child in step_value["screen"]:
        if child.block_type == "button" and child.value["label"].strip() == label:
            return child.id
    return ""


def build_steps(page, french_page=None):
    """The steps of `page`. The button to press is read on the French page when there is one (block ids are
    the same in every language), so a translated button label cannot break the check."""
    french_by_id = {block.id: block.value for block in french_page.steps} if french_page is not None else {}
    language = page.locale.language_code
    steps = []
    for number, block in enumerate(page.steps, start=1):
        value = block.value
        french = french_by_id.get(block.id)
        expected = _button_id(french, french["expected_button"]) if french is not None else ""
        if not expected:
            expected = _button_id(value, value["expected_button"])
        steps.append(
            ScreenStep(
                number=number,
                id=block.id,
                title=value["title"],
                instruction=value["instruction"],
                screen=value["screen"],
                expected_id=expected,
                hint=value["hint"],
                feedback=value["feedback"],
                audio=value.get("audio"),
                french_instruction=french["instruction"]
                if french is not None and french["instruction"] != value["instruction"]
                else "",
                untranslated=french is not None and french["instruction"] == value["instruction"],
                language="fr" if french is not None and french["instruction"] == value["instruction"] else language,
            )
        )
    return steps


def step_number(raw, total):
    """The step asked for in the query string or the form, clamped to 1..total+1 (total+1: finished)."""
    try:
        number = int(raw)
    except (TypeError, ValueError):
        return 1
    return min(max(number, 1), total + 1)
