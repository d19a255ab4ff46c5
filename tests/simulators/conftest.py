"""A French simulation under the multilingual site, translated into Arabic."""

import pytest
from django.test import Client

from tests.simulators.factories import SimulationPageFactory
from tests.utils import translate_now

ARABIC = {
    "Créer un compte": "إنشاء حساب",
    "Vous vous entraînez à créer un compte.": "تتدربون على إنشاء حساب.",
    "Ouvrir l'inscription": "فتح التسجيل",
    "Appuyez sur « Créer mon compte ».": "اضغطوا على « Créer mon compte ».",
    "Le bouton « Créer mon compte » est en bas.": "الزر « Créer mon compte » في الأسفل.",
    "Bien : la page d'inscription s'ouvre.": "جيد: تُفتح صفحة التسجيل.",
}


@pytest.fixture
def simulation(site):
    return SimulationPageFactory(parent=site["fr"], title="Créer un compte", slug="creer-un-compte")


@pytest.fixture
def arabic_simulation(site, simulation):
    return translate_now(simulation, site["ar"].locale, ARABIC)


@pytest.fixture
def client():
    return Client()
