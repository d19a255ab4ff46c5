"""What trainers meet in the admin: a step without an expected action is refused with a French message,
and Formateurs can add a simulation under the French home page."""

import pytest
from wagtail.blocks.struct_block import StructBlockValidationError

from simulators.blocks import SimulationStepBlock
from tests.simulators.factories import button, sim_step, text_field

pytestmark = pytest.mark.django_db


def clean(value):
    block = SimulationStepBlock()
    return block.clean(block.to_python(value))


def step_value(expected, screen=None):
    return sim_step("Se connecter", "Appuyez sur « Se connecter ».", screen or [button("Se connecter")], expected)[1]


def test_a_step_without_an_expected_action_is_refused_in_french():
    with pytest.raises(StructBlockValidationError) as error:
        clean(step_value(""))
    message = " ".join(error.value.block_errors["expected_button"].messages)
    assert "Indiquez l'action attendue" in message


def test_an_expected_button_that_is_not_on_the_screen_is_refused_in_french():
    with pytest.raises(StructBlockValidationError) as error:
        clean(step_value("Valider", [text_field("Nom"), button("Se connecter")]))
    assert "Aucun bouton « Valider » sur cet écran" in " ".join(error.value.block_errors["expected_button"].messages)


def test_a_step_with_its_button_on_the_screen_is_accepted():
    assert clean(step_value("Se connecter"))["expected_button"] == "Se connecter"


def test_a_trainer_can_add_a_simulation_under_the_french_home_page(trainer_client, site):
    response = trainer_client.get(f"/admin/pages/{site['fr'].pk}/add_subpage/")
    assert response.status_code == 200
    assert "simulators/simulationpage" in response.content.decode()
    form = trainer_client.get(f"/admin/pages/add/simulators/simulationpage/{site['fr'].pk}/")
    assert form.status_code == 200
    assert "nom du faux site" in form.content.decode().lower()
