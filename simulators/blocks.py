"""StreamField blocks of a simulation: the elements of a fake screen and the step that holds them.

Labels and help texts are in French: trainers read them. The fake screen stays in French, like the real
site; the instruction, hint and feedback are translated through wagtail-localize.
"""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from core.blocks import AudioChooserBlock


class TextFieldBlock(blocks.StructBlock):
    """A field to type in. What the learner types stays in their browser: the field has no name."""

    label = blocks.CharBlock(label="Libellé", max_length=80, help_text="Comme sur le vrai site : « Adresse e-mail ».")
    kind = blocks.ChoiceBlock(
        choices=[("text", "Texte"), ("email", "Adresse e-mail"), ("password", "Mot de passe"), ("number", "Nombre")],
        default="text",
        label="Type de champ",
    )
    placeholder = blocks.CharBlock(label="Exemple dans le champ (facultatif)", max_length=80, required=False)
    required = blocks.BooleanBlock(label="À remplir pour continuer", required=False, default=True)
    expected = blocks.CharBlock(
        label="Texte à taper (facultatif)",
        max_length=120,
        required=False,
        help_text="Des données inventées seulement (« amina.test@exemple.fr »). Vérifié dans le navigateur.",
    )

    class Meta:
        icon = "form"
        label = "Champ de texte"
        template = "simulators/elements/text_field.html"


class ButtonBlock(blocks.StructBlock):
    """A button or a link the learner can press."""

    label = blocks.CharBlock(label="Texte du bouton", max_length=80)
    style = blocks.ChoiceBlock(
        choices=[("primary", "Bouton principal"), ("secondary", "Bouton secondaire"), ("link", "Lien")],
        default="primary",
        label="Apparence",
    )

    class Meta:
        icon = "pick"
        label = "Bouton ou lien"
        template = "simulators/elements/button.html"


class DropdownBlock(blocks.StructBlock):
    """A list to choose from."""

    label = blocks.CharBlock(label="Libellé", max_length=80)
    options = blocks.ListBlock(blocks.CharBlock(label="Choix", max_length=80), label="Choix", min_num=2)
    expected = blocks.CharBlock(
        label="Bon choix (facultatif)", max_length=80, required=False, help_text="Exactement comme dans la liste."
    )

    class Meta:
        icon = "list-ul"
        label = "Liste déroulante"
        template = "simulators/elements/dropdown.html"


class CheckboxBlock(blocks.StructBlock):
    """A box to tick (conditions of use, consent)."""

    label = blocks.CharBlock(label="Libellé", max_length=200)
    must_tick = blocks.BooleanBlock(label="À cocher pour continuer", required=False, default=True)

    class Meta:
        icon = "tick"
        label = "Case à cocher"
        template = "simulators/elements/checkbox.html"


class FileUploadBlock(blocks.StructBlock):
    """A file to choose. The file never leaves the learner's device: the form does not send it."""

    label = blocks.CharBlock(label="Libellé", max_length=120)
    help = blocks.CharBlock(label="Aide (facultatif)", max_length=200, required=False)
    required = blocks.BooleanBlock(label="Un fichier est nécessaire pour continuer", required=False, default=True)

    class Meta:
        icon = "doc-full"
        label = "Envoi de fichier"
        template = "simulators/elements/file_upload.html"


class MessageBlock(blocks.StructBlock):
    """A message on the screen: a notice, an error, a success or an e-mail with its sender and subject."""

    kind = blocks.ChoiceBlock(
        choices=[("info", "Information"), ("error", "Erreur"), ("success", "Réussite"), ("email", "E-mail")],
        default="info",
        label="Type",
    )
    sender = blocks.CharBlock(label="Expéditeur (e-mail)", max_length=120, required=False)
    subject = blocks.CharBlock(label="Objet (e-mail)", max_length=160, required=False)
    text = blocks.TextBlock(label="Texte", max_length=600)

    class Meta:
        icon = "mail"
        label = "Message"
        template = "simulators/elements/message.html"


class ScreenBlock(blocks.StreamBlock):
    """What the fake site shows at this step, top to bottom."""

    text_field = TextFieldBlock()
    button = ButtonBlock()
    dropdown = DropdownBlock()
    checkbox = CheckboxBlock()
    file_upload = FileUploadBlock()
    message = MessageBlock()
    heading = blocks.CharBlock(label="Titre de l'écran", icon="title", template="simulators/elements/heading.html")
    paragraph = blocks.TextBlock(
        label="Texte de l'écran", icon="pilcrow", template="simulators/elements/paragraph.html"
    )

    class Meta:
        label = "Écran"


class SimulationStepBlock(blocks.StructBlock):
    """One step: a fake screen, what the learner must do on it, a hint if they go wrong, and feedback."""

    title = blocks.CharBlock(label="Titre de l'étape", max_length=80, help_text="Court : 3 à 8 mots.")
    instruction = blocks.TextBlock(
        label="Consigne", max_length=300, help_text="Ce que l'apprenant doit faire, en français facile (FALC)."
    )
    screen = ScreenBlock(min_num=1)
    expected_button = blocks.CharBlock(
        label="Action attendue : le bouton à utiliser",
        max_length=80,
        required=False,
        help_text="Le texte exact d'un bouton de l'écran. Les champs, listes, cases et fichiers de l'écran sont "
        "vérifiés avant.",
    )
    hint = blocks.TextBlock(label="Indice", max_length=300, help_text="Affiché si l'apprenant se trompe.")
    feedback = blocks.TextBlock(label="Retour", max_length=300, help_text="Affiché quand l'étape est réussie.")
    audio = AudioChooserBlock(label="Audio de la consigne (facultatif)")

    def clean(self, value):
        errors = {}
        expected = (value.get("expected_button") or "").strip()
        buttons = [child.value["label"].strip() for child in value.get("screen") or [] if child.block_type == "button"]
        if not expected:
            errors["expected_button"] = ValidationError(
                "Indiquez l'action attendue : le texte du bouton que l'apprenant doit utiliser. "
                "Une étape sans action attendue ne peut pas être réussie."
            )
        elif expected not in buttons:
            errors["expected_button"] = ValidationError(
                f"Aucun bouton « {expected} » sur cet écran. Ajoutez-le à l'écran ou corrigez le texte."
            )
        try:
            value = super().clean(value)
        except StructBlockValidationError as error:
            errors = {**error.block_errors, **errors}
        if errors:
            raise StructBlockValidationError(errors)
        return value

    class Meta:
        icon = "desktop"
        label = "Étape de la simulation"
        description = "Un écran du faux site, l'action attendue, un indice et un retour."


class SimulationStreamBlock(blocks.StreamBlock):
    """The steps of a simulation, in order."""

    step = SimulationStepBlock()
