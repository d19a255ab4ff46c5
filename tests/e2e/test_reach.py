"""A Tigrinya learner on a phone reaches every theme and every module from the Tigrinya home, translated or
not, and never leaves /ti/."""

from wagtail.models import Locale

from tests.factories import ModulePageFactory, ThemePageFactory, step
from tests.utils import translate_now


def test_the_tigrinya_home_reaches_every_theme_and_module(live_site, phone):
    server, homes = live_site
    computer = ThemePageFactory(parent=homes["fr"], title="Utiliser un ordinateur", slug="ordinateur")
    switch_on = ModulePageFactory(parent=computer, title="Allumer l'ordinateur", slug="allumer")
    ModulePageFactory(parent=computer, title="Le clavier", slug="clavier", steps=[step("Les lettres", "Tapez.")])
    email = ThemePageFactory(parent=homes["fr"], title="Créer une boîte mail", slug="email")
    ModulePageFactory(parent=email, title="Créer son adresse", slug="creer", steps=[step("Le compte", "Créez.")])
    tigrinya = Locale.objects.get(language_code="ti")
    translate_now(computer, tigrinya, {"Utiliser un ordinateur": "ኮምፒተር ምጥቃም"})
    translate_now(switch_on, tigrinya, {"Allumer l'ordinateur": "ኮምፒተር ምውላዕ"})

    reached = set()
    phone.goto(f"{server.url}/ti/")
    themes = phone.locator(".themes a").evaluate_all("links => links.map(link => link.getAttribute('href'))")
    assert len(themes) == 2
    for theme in themes:
        phone.goto(f"{server.url}{theme}")
        assert phone.locator("html").get_attribute("lang") == "ti"
        modules = phone.locator(".module-list a").evaluate_all("links => links.map(l => l.getAttribute('href'))")
        for module in modules:
            response = phone.goto(f"{server.url}{module}")
            assert response.status == 200, phone.url
            assert phone.locator("html").get_attribute("lang") == "ti"
            assert phone.locator(".lesson").count() == 1
            reached.add(module)
    assert reached == {"/ti/ordinateur/allumer/", "/ti/ordinateur/clavier/", "/ti/email/creer/"}
