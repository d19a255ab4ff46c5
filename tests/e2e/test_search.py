"""A learner types in the header search box on a phone and gets suggestions, without flooding the server."""

import pytest

from tests.factories import ModulePageFactory, ThemePageFactory, step


@pytest.fixture
def searchable(live_site):
    server, homes = live_site
    theme = ThemePageFactory(parent=homes["fr"], title="Utiliser un ordinateur", slug="ordinateur")
    module = ModulePageFactory(
        parent=theme,
        title="Allumer l'ordinateur",
        slug="allumer",
        steps=[step("L'écran", "Les ordinateurs ont un écran.")],
    )
    for page in (theme, module):
        page.save_revision().publish()
    return server


def test_suggestions_appear_while_typing_with_at_most_one_request_per_250_ms(searchable, phone):
    requests = []
    phone.on("request", lambda request: requests.append(request.url) if "/search/suggest/" in request.url else None)
    phone.goto(f"{searchable.url}/fr/")
    box = phone.locator("#header-q")
    box.click()
    box.press_sequentially("ordinat", delay=60)  # 7 keys in about 0.4 s
    phone.locator("#header-q-suggestions a").first.wait_for(timeout=5000)
    labels = phone.locator("#header-q-suggestions a").all_inner_texts()
    assert "Utiliser un ordinateur" in labels
    assert len(requests) <= 2
    suggestion = phone.locator("#header-q-suggestions a", has_text="Allumer l'ordinateur").first
    suggestion.click()
    phone.wait_for_url("**/fr/ordinateur/allumer/**")


def test_the_search_form_works_without_javascript(searchable, browser):
    context = browser.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{searchable.url}/fr/")
    page.fill("#header-q", "ecrans")
    page.press("#header-q", "Enter")
    page.wait_for_url("**/fr/search/?q=ecrans")
    assert page.locator(".search-result").count() >= 1
    assert page.locator("mark").first.inner_text() in {"écran", "ordinateurs", "L'écran"}
    context.close()
