"""Pair the steps of a module with the same steps of its French source, for the bilingual view.

wagtail-localize keeps StreamField block ids across translations, so the French step of a translated step
is the source step with the same id. Everything the template needs is gathered here in a constant number of
queries, whatever the number of steps: the French page (one query, done by the caller), the images and
documents of each stream (one query per type and stream) and the renditions of all images (one query).
"""

import re
from dataclasses import dataclass, field

from django.db.models import prefetch_related_objects
from wagtail.rich_text import expand_db_html

from courses.blocks import bold_only
from glossary.marking import mark, render_popovers


@dataclass
class FrenchStep:
    """The French text of a step, shown beside the learner's language."""

    title: str
    text: object
    alt: str
    audio: object = None
    vocabulary: list = field(default_factory=list)
    text_html: str = ""  # the text with its glossary words marked
    callout: str = ""


@dataclass
class LessonStep:
    """One step as the learner sees it."""

    number: int
    id: str
    title: str
    text: object
    image: object
    alt: str
    audio: object  # clip in the page's language (None if it would only repeat the French clip)
    video: object
    captions: object
    callout_kind: str
    callout_text: str  # HTML: only <b> of the trainer's or translator's text is markup (blocks.bold_only)
    vocabulary: list  # [{"word": in the page's language, "french": the French word, "audio": clip}]
    h5p: object = None  # an H5PPackage played on demand in a sandboxed frame
    simulation: object = None  # a simulation page to practise on (in the page's language when translated)
    text_html: str = ""  # the text with its glossary words marked
    french: FrenchStep | None = None  # set on translated pages
    untranslated: bool = False  # the translation still holds French text (see still_french)
    # Which parts of an untranslated step are still the French (marked lang="fr"; the rest is the page's language).
    title_french: bool = False
    callout_french: bool = False
    alt_french: bool = False

    @property
    def first(self):
        return self.number == 1


BLOCK = re.compile(r"<(p|li|h[1-6])\b[^>]*>(.*?)</\1>", re.DOTALL)


def paragraphs(html):
    """The paragraphs (and list items, headings) of a rich text: what wagtail-localize translates one by one."""
    found = [match.group(2).strip() for match in BLOCK.finditer(html or "")]
    return found or [(html or "").strip()]


def mark_french_paragraphs(html, french):
    """`html` with lang="fr" dir="ltr" on each paragraph (list item, heading) that is still the French of `french`,
    so that a screen reader and the fonts read those in French and the translated ones in the page's language."""
    french_paragraphs = {paragraph for paragraph in paragraphs(french.text.source) if paragraph}

    def label(match):
        if match.group(2).strip() not in french_paragraphs:
            return match.group(0)
        opening = match.group(0)[: match.group(0).index(">")]
        return f'{opening} lang="fr" dir="ltr">{match.group(0)[len(opening) + 1 :]}'

    return BLOCK.sub(label, html or "")


def still_french(title, text_html, callout, french):
    """Whether a translated step still shows French where the learner reads their language: its title, one
    paragraph of its text or its tip is the French one. wagtail-localize leaves the French in a segment that
    has no translation yet: a new step, or a French sentence that changed since it was translated. Such a
    step is shown with the « not yet translated » label, so that no outdated text passes for a translation.
    """
    if title == french.title:
        return True
    if callout and callout == french.callout:
        return True
    french_paragraphs = {paragraph for paragraph in paragraphs(french.text.source) if paragraph}
    return any(paragraph in french_paragraphs for paragraph in paragraphs(text_html) if paragraph)


def build_steps(page, french_page, glossary=None):
    """The steps of `page`, each paired with its French step when `page` is a translation.

    `glossary` (glossary.marking.entries_for the page's language) marks glossary words in the texts.
    """
    glossary = glossary or []
    popovers = {}  # one popover per glossary word for the whole page, however many steps use it
    bilingual = french_page is not None and french_page.pk != page.pk
    french_by_id = {}
    if bilingual:
        for block in french_page.steps:
            value = block.value
            french_by_id[block.id] = FrenchStep(
                title=value["title"],
                text=value["text"],
                alt=value["illustration"]["alt"],
                audio=value["audio"],
                vocabulary=[item["word"] for item in value["vocabulary"]],
                callout=value["callout"]["text"] or "",
            )
    steps = []
    images = []
    for number, block in enumerate(page.steps, start=1):
        value = block.value
        french = french_by_id.get(block.id)
        audio = value["audio"]
        if french is not None and audio is not None and french.audio is not None and audio.pk == french.audio.pk:
            audio = None  # the translation still points at the French clip
        untranslated = french is not None and still_french(
            value["title"], value["text"].source, value["callout"]["text"], french
        )
        vocabulary = []
        for index, item in enumerate(value["vocabulary"]):
            french_word = french.vocabulary[index] if french and index < len(french.vocabulary) else None
            vocabulary.append(
                {
                    "word": item["word"],
                    "french": french_word if french_word and french_word != item["word"] else None,
                    "audio": item["audio"],
                }
            )
        image = value["illustration"]["image"]
        if image is not None:
            images.append(image)
        steps.append(
            LessonStep(
                number=number,
                id=block.id,
                title=value["title"],
                text=value["text"],
                image=image,
                alt=value["illustration"]["alt"],
                audio=audio,
                video=value["video"]["video"],
                captions=value["video"]["captions"],
                callout_kind=value["callout"]["kind"] or "tip",
                callout_text=bold_only(value["callout"]["text"]),
                vocabulary=vocabulary,
                h5p=value.get("h5p"),
                simulation=value.get("simulation"),
                french=french,
                untranslated=untranslated,
                title_french=untranslated and value["title"] == french.title,
                callout_french=untranslated
                and bool(value["callout"]["text"])
                and value["callout"]["text"] == french.callout,
                alt_french=untranslated and value["illustration"]["alt"] == french.alt,
            )
        )
        current = steps[-1]
        source = mark_french_paragraphs(value["text"].source, french) if untranslated else value["text"].source
        current.text_html = mark(
            expand_db_html(source), glossary, f"g{number}", french_side=untranslated, popovers=popovers
        )
        if french is not None and not untranslated:
            french.text_html = mark(
                expand_db_html(french.text.source), glossary, f"g{number}fr", french_side=True, popovers=popovers
            )
    # One query for the renditions of every image of the module.
    unique = list({image.pk: image for image in images}.values())
    prefetch_related_objects(unique, "renditions")
    by_pk = {image.pk: image for image in unique}
    for step in steps:
        if step.image is not None:
            step.image = by_pk[step.image.pk]
    return LessonSteps(steps, popovers=render_popovers(popovers))


class LessonSteps(list):
    """The steps of a lesson, and the glossary popovers their texts open (rendered once, after the steps)."""

    def __init__(self, steps, popovers=""):
        super().__init__(steps)
        self.popovers = popovers
