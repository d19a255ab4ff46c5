"""Factories for simulations: a page and the raw values of its steps and screen elements."""

import factory
import wagtail_factories

from simulators.models import SimulationPage


def button(label, style="primary"):
    return ("button", {"label": label, "style": style})


def text_field(label, kind="text", expected="", required=True, placeholder=""):
    return (
        "text_field",
        {"label": label, "kind": kind, "placeholder": placeholder, "required": required, "expected": expected},
    )


def sim_step(title, instruction, screen, expected, hint="Regardez bien l'écran.", feedback="Bravo."):
    """The raw value of one simulation step, as a (block type, value) pair for SimulationPage.steps."""
    return (
        "step",
        {
            "title": title,
            "instruction": instruction,
            "screen": screen,
            "expected_button": expected,
            "hint": hint,
            "feedback": feedback,
            "audio": None,
        },
    )


def account_steps():
    """Three steps of a made-up sign-up: a button, a field to type in, then a choice between two buttons."""
    return [
        sim_step(
            "Ouvrir l'inscription",
            "Appuyez sur « Créer mon compte ».",
            [("heading", "Bienvenue"), button("Se connecter", "secondary"), button("Créer mon compte")],
            "Créer mon compte",
            hint="Le bouton « Créer mon compte » est en bas.",
            feedback="Bien : la page d'inscription s'ouvre.",
        ),
        sim_step(
            "Écrire son adresse e-mail",
            "Écrivez l'adresse amina.test@exemple.fr puis appuyez sur « Continuer ».",
            [text_field("Adresse e-mail", "email", expected="amina.test@exemple.fr"), button("Continuer")],
            "Continuer",
            hint="Écrivez exactement : amina.test@exemple.fr",
            feedback="Bien : l'adresse est écrite.",
        ),
        sim_step(
            "Valider",
            "Appuyez sur « Valider ».",
            [
                ("message", {"kind": "info", "sender": "", "subject": "", "text": "Vérifiez vos informations."}),
                button("Annuler", "secondary"),
                button("Valider"),
            ],
            "Valider",
            hint="« Valider » enregistre, « Annuler » efface.",
            feedback="Votre compte d'essai est créé.",
        ),
    ]


class SimulationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Créer un compte {n}")
    slug = factory.Sequence(lambda n: f"simulation-{n}")
    fake_site_name = "Espace emploi (exercice)"
    intro = "Vous vous entraînez à créer un compte."
    steps = factory.LazyFunction(account_steps)

    class Meta:
        model = SimulationPage
