"""`load_demo` builds the site in every language and can be run again without changing anything."""

import os

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation

from courses.models import HomePage, OrganisationSettings


def load_demo(capture):
    """Run the command; wagtail-localize publishes translations when the transaction commits."""
    with capture(execute=True), open(os.devnull, "w") as out:
        call_command("load_demo", stdout=out)


def snapshot():
    return {
        "locales": sorted(Locale.objects.values_list("language_code", flat=True)),
        "pages": sorted(Page.objects.values_list("url_path", "locale__language_code", "live")),
        "translations": Translation.objects.count(),
        "organisations": OrganisationSettings.objects.count(),
        "users": get_user_model().objects.count(),
        "sites": list(Site.objects.values_list("root_page__url_path", "is_default_site")),
    }


@pytest.mark.django_db
def test_load_demo_twice_gives_the_same_site(monkeypatch, django_capture_on_commit_callbacks):
    monkeypatch.setenv("DEMO_ADMIN_USERNAME", "formateur")
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "un-mot-de-passe-long")
    load_demo(django_capture_on_commit_callbacks)
    first = snapshot()
    load_demo(django_capture_on_commit_callbacks)
    assert snapshot() == first
    assert first["locales"] == sorted(["fr", "en", "ar", "prs", "ps", "ti", "uk", "ru"])
    assert HomePage.objects.live().count() == 8
    assert first["translations"] == 14  # home page and organisation, 7 languages each
    user = get_user_model().objects.get(username="formateur")
    assert user.is_superuser and user.check_password("un-mot-de-passe-long")


@pytest.mark.django_db
def test_demo_home_pages_are_translated_and_served(client, django_capture_on_commit_callbacks):
    load_demo(django_capture_on_commit_callbacks)
    assert "Le numérique pas à pas, dans ma langue." in client.get("/fr/").content.decode()
    assert "المهارات الرقمية خطوة بخطوة، بلغتي." in client.get("/ar/").content.decode()
    assert "ዲጂታላዊ ክእለት ስጉምቲ ብስጉምቲ፡ ብቋንቋይ።" in client.get("/ti/").content.decode()
    assert "AIR 77" in client.get("/uk/").content.decode()
