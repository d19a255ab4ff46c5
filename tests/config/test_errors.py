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
