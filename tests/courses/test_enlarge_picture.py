"""Each illustrated step has « Enlarge the picture » in the learner's language: a plain link to the picture's own
file, so that without JavaScript the learner still sees the drawing full size; a step without a picture has none.
The page stays the same for everybody (no cookie, cacheable)."""

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from wagtail.models import Locale

from tests.factories import ModulePageFactory, ThemePageFactory, step
from tests.utils import translate_now

pytestmark = pytest.mark.django_db

SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400" viewBox="0 0 640 400">'
    b'<text x="20" y="40" font-size="13">Boite de reception</text></svg>'
)


@pytest.fixture
def module(site):
    from wagtail.images import get_image_model

    drawing = get_image_model()(title="boite")
    drawing.file.save("boite.svg", ContentFile(SVG, name="boite.svg"), save=False)
    drawing.save()
    theme = ThemePageFactory(parent=site["fr"], title="Les e-mails", slug="email")
    module = ModulePageFactory(
        parent=theme,
        title="Lire ses messages",
        slug="lire",
        steps=[
            step("La boîte de réception", "Vos messages sont à gauche.", drawing, "La boîte de réception."),
            step("Sans image", "Un texte seul.", None, ""),
        ],
    )
    arabic = Locale.objects.get(language_code="ar")
    translate_now(theme, arabic, {"Les e-mails": "البريد الإلكتروني"})
    translate_now(module, arabic, {"Lire ses messages": "قراءة الرسائل"})
    return drawing


@pytest.mark.parametrize(
    ("code", "label", "close"), [("fr", "Agrandir l'image", "Fermer"), ("ar", "تكبير الصورة", "إغلاق")]
)
def test_an_illustrated_step_links_to_its_picture_full_size(client, module, code, label, close):
    response = client.get(f"/{code}/email/lire/")
    assert response.status_code == 200
    assert "Set-Cookie" not in response, "the lesson page must stay the same for everybody"
    page = BeautifulSoup(response.content.decode(), "html.parser")
    links = page.select("a[data-enlarge]")
    assert len(links) == 1, "one link for the one illustrated step, none for the step without a picture"
    link = links[0]
    assert link.get_text(strip=True) == label
    assert link["href"] == module.file.url and link["href"].endswith(".svg")
    assert link["data-close"] == close
    assert link.find_parent(attrs={"data-step": True}) == page.select("[data-step]")[0]
    assert "lesson.js" not in page.select("[data-step]")[0].get_text(), "a template comment shows on the page"
