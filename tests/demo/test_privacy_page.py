"""The privacy page states the retention period the site applies: LEARNER_RETENTION_DAYS, in French and in each
translation, as `load_demo` writes it (the page changes with the setting)."""

import pytest
from wagtail.models import Locale

from courses.models import InfoPage
from demo.loader import Demo, read

PRIVACY = next(page for page in read("site")["info_pages"] if page["slug"] == "confidentialite")


@pytest.fixture
def privacy_page(site, settings, django_capture_on_commit_callbacks):
    settings.LEARNER_RETENTION_DAYS = 45  # an organisation that keeps anonymous learners 45 days
    demo = Demo(log=lambda *args: None)
    demo.create_locales()
    with django_capture_on_commit_callbacks(execute=True):
        demo.create_info_pages(site["fr"], [PRIVACY])
    assert demo.misses == []  # every string of the page has its translation
    return InfoPage.objects.get(slug="confidentialite", locale__language_code="fr")


def text_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Sans carte, le site efface tout après 45 jours sans activité."),
        ("ar", "بدون بطاقة، يحذف الموقع كل شيء بعد 45 يومًا بلا نشاط."),
        ("ti", "ብዘይ ካርድ፣ እቲ ወብሳይት ድሕሪ 45 መዓልቲ ብዘይ ንጥፈት ኩሉ ይድምስስ።"),
        ("uk", "Без картки сайт видаляє все через 45 днів без активності."),
    ],
)
def test_the_privacy_page_states_the_retention_period_of_the_setting(client, privacy_page, language, sentence):
    page = privacy_page.get_translation(Locale.objects.get(language_code=language))
    body = text_of(client, page)
    assert sentence in body
    assert "90" not in body  # the default is not stated beside the organisation's value
