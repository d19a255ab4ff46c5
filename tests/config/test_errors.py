"""Unknown addresses and server errors answer with a friendly page in the visitor's language."""

import pytest
from django.test import Client
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns


def test_unknown_language_prefix_is_a_404_in_the_browser_language(client, site):
    response = client.get("/xx/", HTTP_ACCEPT_LANGUAGE="ar")
    assert response.status_code == 404
    body = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in body
    assert "الصفحة غير موجودة" in body


def test_unknown_page_is_a_404_in_the_page_language(client, site):
    response = client.get("/ti/no-such-page/")
    assert response.status_code == 404
    assert "ገጽ ኣይተረኽበን" in response.content.decode()


def test_unprefixed_path_is_sent_to_the_visitor_language(client, site):
    response = client.get("/aide/", HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 302
    assert response["Location"] == "/ru/aide/"


def broken_view(request):
    raise RuntimeError("boom: secret internals")


handler500 = "config.views.server_error"
urlpatterns = [path("boom/", broken_view), *site_urlpatterns]


@pytest.mark.urls("tests.config.test_errors")
@pytest.mark.parametrize(("accept", "expected"), [("uk", "Щось пішло не так"), ("fr", "Il y a eu un problème")])
def test_server_error_is_a_friendly_page_in_the_visitor_language_without_a_stack_trace(db, accept, expected):
    client = Client(raise_request_exception=False)
    response = client.get("/boom/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 500
    body = response.content.decode()
    assert expected in body
    assert "secret internals" not in body
    assert "Traceback" not in body


@pytest.mark.parametrize("template, title", [("500.html", "حدث خطأ ما"), ("503.html", None)])
def test_the_500_and_503_pages_share_one_page_with_their_own_title_in_arabic(template, title):
    from django.template.loader import render_to_string
    from django.utils import translation

    with translation.override("ar"):
        expected = title or translation.gettext("The site is unavailable for a moment")
        html = render_to_string(template, {"LANGUAGE_CODE": "ar", "LANGUAGE_BIDI": True})
        reassurance = translation.gettext("It is not your fault. Please try again in a moment.")
    assert f"<title>{expected} · Numerik&#x27;AIR</title>" in html or f"<title>{expected} · Numerik'AIR</title>" in html
    assert f"<h1>{expected}</h1>" in html and reassurance in html
    assert '<html lang="ar" dir="rtl">' in html
