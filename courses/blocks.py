"""StreamField blocks of the lessons. Labels and help texts are in French: trainers read them."""

import re

from django.core.exceptions import ValidationError
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

# FileKindChooserBlock is also named by the historical migrations of this app.
from core.blocks import AudioChooserBlock, FileKindChooserBlock

VIDEO_EXTENSIONS = ("mp4", "webm")
CAPTION_EXTENSIONS = ("vtt",)


class IllustrationBlock(blocks.StructBlock):
    """A picture with the text that describes it for people who cannot see it (required)."""

    image = ImageChooserBlock(
        label="Image",
        help_text="Un dessin ou une capture d'écran annotée. Un traducteur peut la remplacer pour sa langue.",
    )
    alt = blocks.CharBlock(
        label="Texte alternatif",
        max_length=250,
        help_text="Ce que montre l'image, pour une personne qui ne la voit pas. "
        "Exemple : « Le bouton bleu “Se connecter” en haut à droite ».",
    )

    class Meta:
        icon = "image"
        label = "Illustration"


class VideoBlock(blocks.StructBlock):
    """An optional short video, always with captions."""

    video = FileKindChooserBlock(VIDEO_EXTENSIONS, "une vidéo", required=False, label="Vidéo (MP4 ou WebM)")
    captions = FileKindChooserBlock(
        CAPTION_EXTENSIONS, "un fichier de sous-titres", required=False, label="Sous-titres (WebVTT)"
    )

    def clean(self, value):
        value = super().clean(value)
        if value.get("video") and not value.get("captions"):
            raise StructBlockValidationError(
                {
                    "captions": ValidationError(
                        "Ajoutez les sous-titres (.vtt) : une vidéo sans sous-titres exclut des apprenants."
                    )
                }
            )
        return value

    class Meta:
        icon = "media"
        label = "Vidéo"


BOLD_TAG = re.compile(r"&lt;(/?)b&gt;", re.IGNORECASE)


def bold_only(text):
    """The text of a tip or warning as HTML: <b>…</b> is bold, every other character is shown as typed
    (a translator's or trainer's "<script>" is text). Unclosed bold ends with the text; a stray </b> vanishes."""
    pieces, is_open, last = [], False, 0
    escaped = escape(text or "")
    for match in BOLD_TAG.finditer(escaped):
        pieces.append(escaped[last : match.start()])
        closing = bool(match.group(1))
        if closing == is_open:  # </b> after <b>, or <b> outside bold: kept; a repeated one vanishes
            pieces.append("</b>" if closing else "<b>")
            is_open = not is_open
        last = match.end()
    pieces.append(escaped[last:])
    if is_open:
        pieces.append("</b>")
    return mark_safe("".join(pieces))  # noqa: S308 (escaped, then only <b> and </b> put back)


class CalloutBlock(blocks.StructBlock):
    """An optional tip or warning shown in a coloured box under the step text."""

    kind = blocks.ChoiceBlock(
        choices=[("tip", "Astuce"), ("warning", "Attention")], default="tip", label="Type", required=False
    )
    text = blocks.TextBlock(required=False, label="Texte", max_length=300, help_text="Une ou deux phrases courtes.")

    class Meta:
        icon = "warning"
        label = "Astuce ou mise en garde (facultatif)"


class VocabularyBlock(blocks.StructBlock):
    """A word of the step: the French word in the French module; its translation in each translation."""

    word = blocks.CharBlock(
        label="Mot",
        max_length=80,
        help_text="Le mot en français (avec l'article : « la souris »). Le traducteur écrit le mot dans sa langue.",
    )
    audio = AudioChooserBlock(label="Prononciation (facultatif)")

    class Meta:
        icon = "openquote"
        label = "Mot de vocabulaire"


class StepBlock(blocks.StructBlock):
    """One step of a module: one idea, one picture, a few short sentences; shown one per screen on phones."""

    title = blocks.CharBlock(label="Titre de l'étape", max_length=80, help_text="Court : 3 à 8 mots.")
    text = blocks.RichTextBlock(
        label="Texte",
        features=["bold", "italic"],
        help_text=(
            "Quelques phrases courtes en français facile (FALC) : une idée par phrase, au présent, avec « vous »."
        ),
    )
    illustration = IllustrationBlock()
    audio = AudioChooserBlock(label="Audio de l'étape (facultatif)")
    video = VideoBlock()
    callout = CalloutBlock()
    vocabulary = blocks.ListBlock(VocabularyBlock(), label="Vocabulaire (facultatif)", default=[], min_num=0)
    h5p = SnippetChooserBlock(
        "courses.H5PPackage",
        required=False,
        label="Activité H5P (facultatif)",
        help_text="Un exercice interactif (glisser-déposer, mémoire…). Le traducteur peut choisir une autre "
        "activité pour sa langue : le contenu H5P porte son propre texte.",
    )
    # Named by its app label only: the practice app sits above the lessons and imports them, not the reverse.
    simulation = blocks.PageChooserBlock(
        page_type="simulators.SimulationPage",
        required=False,
        label="Simulation (facultatif)",
        help_text="Un faux site pour s'entraîner sans risque à ce que l'étape explique.",
    )

    def clean(self, value):
        errors = {}
        text = value.get("text")
        if not text or not text.source or not _has_words(text.source):
            errors["text"] = ValidationError("Écrivez le texte de l'étape : une étape sans texte ne peut pas être lue.")
        try:
            value = super().clean(value)
        except StructBlockValidationError as error:
            errors = {**error.block_errors, **errors}
        if errors:
            raise StructBlockValidationError(errors)
        return value

    class Meta:
        icon = "list-ol"
        label = "Étape"
        template = "courses/blocks/step_block.html"
        description = "Une étape de la leçon : un titre, un texte court, une image et, si possible, l'audio."
        preview_value = {
            "title": "Allumer l'ordinateur",
            "text": "<p>Appuyez sur le bouton rond. L'écran s'allume.</p>",
        }


def _has_words(html):
    return bool(strip_tags(html).strip())


class ContactBlock(blocks.StructBlock):
    """A useful contact on an information page (an association, an agency)."""

    name = blocks.CharBlock(label="Nom", max_length=120)
    description = blocks.TextBlock(label="Ce qu'ils font", max_length=400)
    website = blocks.URLBlock(label="Site web", required=False)
    phone = blocks.CharBlock(label="Téléphone", max_length=30, required=False)

    class Meta:
        icon = "user"
        label = "Contact utile"
        template = "courses/blocks/contact_block.html"


class LessonButtonsBlock(blocks.StaticBlock):
    """The buttons of a lesson as the learner sees them, named in the language of the page from the site's own
    labels: a help page that explains them never names a button the learner does not see."""

    class Meta:
        icon = "help"
        label = "Les boutons d'une leçon"
        admin_text = (
            "Montre les boutons d'une leçon (Suivant, Précédent, Écouter, Terminer) avec leur nom dans la langue "
            "de la page, tel que l'apprenant les voit."
        )
        template = "courses/blocks/lesson_buttons_block.html"


class InfoStreamBlock(blocks.StreamBlock):
    """The body of an information page."""

    heading = blocks.CharBlock(label="Intertitre", icon="title", template="courses/blocks/heading_block.html")
    paragraph = blocks.RichTextBlock(label="Paragraphe", features=["bold", "italic", "link", "ul", "ol"])
    illustration = IllustrationBlock(template="courses/blocks/illustration_block.html")
    contact = ContactBlock()
    lesson_buttons = LessonButtonsBlock()
