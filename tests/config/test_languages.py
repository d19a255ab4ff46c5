"""Every language lives under /<code>/ with the right lang and dir; / goes to the visitor's language."""

import re

import pytest
from django.conf import settings
from django.utils import translation

RTL = {"ar", "prs", "ps"}
ALL_CODES = ["fr", "en", "ar", "prs", "ps", "ti", "uk", "ru"]


def html_tag(response):
    return re.search(r"<html[^>]*>", response.content.decode()).group(0)


def test_the_eight_languages_are_declared_and_are_the_content_languages():
    assert [code for code, _name in settings.LANGUAGES] == ALL_CODES
    assert settings.WAGTAIL_CONTENT_LANGUAGES == settings.LANGUAGES
    assert settings.LANGUAGE_CODE == "fr"


@pytest.mark.parametrize("code", ["prs", "ps", "ti"])
def test_django_accepts_languages_it_has_no_data_for(code):
    assert translation.check_for_language(code)
    info = translation.get_language_info(code)
    assert info["bidi"] is (code in RTL)


@pytest.mark.parametrize(
    ("code", "name"),
    [("ar", "العربية"), ("prs", "دری"), ("ps", "پښتو"), ("ti", "ትግርኛ"), ("uk", "Українська"), ("fr", "Français")],
)
def test_language_names_are_in_their_own_script(code, name):
    assert translation.get_language_info(code)["name_local"] == name


@pytest.mark.parametrize("code", ALL_CODES)
def test_each_language_answers_with_its_lang_and_direction(client, site, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    direction = "rtl" if code in RTL else "ltr"
    assert html_tag(response) == f'<html lang="{code}" dir="{direction}">'


@pytest.mark.parametrize("code", ["ps", "prs", "ti"])
def test_pages_under_a_language_django_does_not_know_are_not_redirected_to_french(client, site, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    assert "Location" not in response


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("uk,en;q=0.5", "/uk/"),
        ("ar-SY,ar;q=0.9", "/ar/"),
        ("ps", "/ps/"),
        ("ti-ER", "/ti/"),
        ("de-DE,de", "/fr/"),
        ("", "/fr/"),
    ],
)
def test_root_sends_the_visitor_to_their_browser_language_else_french(client, site, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_ui_strings_are_translated_in_the_visitor_language(client, site):
    assert "Aller au contenu" in client.get("/fr/").content.decode()
    assert "انتقل إلى المحتوى" in client.get("/ar/").content.decode()
    assert "ናብ ትሕዝቶ ኪዱ" in client.get("/ti/").content.decode()


def test_language_switcher_lists_every_language_in_its_own_script_current_first(client, site):
    body = client.get("/ar/").content.decode()
    switcher = body[body.index('class="language-switcher"') :]
    links = re.findall(r'<li><a href="([^"]+)" hreflang="([^"]+)"', switcher)
    assert [code for _href, code in links][0] == "ar"
    assert sorted(code for _href, code in links) == sorted(ALL_CODES)
    assert {code: href for href, code in links}["ti"] == "/ti/"
    for name in ["Français", "العربية", "دری", "پښتو", "ትግርኛ", "Русский"]:
        assert name in switcher
