"""Browser tests: Playwright's sync API runs an event loop in the test thread, and the live server
needs data committed to the database (transactional tests)."""

import pytest


@pytest.fixture(autouse=True)
def allow_orm_beside_playwright(monkeypatch):
    """Playwright's sync API keeps an event loop in this thread; the tests' ORM calls are still sync."""
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def live_site(transactional_db, live_server):
    from tests.utils import create_multilingual_site

    homes = create_multilingual_site(
        taglines={
            "fr": "Le numérique pas à pas, dans ma langue.",
            "ar": "المهارات الرقمية خطوة بخطوة، بلغتي.",
            "ti": "ዲጂታላዊ ክእለት ስጉምቲ ብስጉምቲ፡ ብቋንቋይ።",
        }
    )
    return live_server, homes


def pytest_collection_modifyitems(items):
    for item in items:
        item.add_marker(pytest.mark.browser)
