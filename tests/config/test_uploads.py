"""No uploaded file can run script: every path that serves uploads answers with a policy that runs nothing."""

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db

SVG_WITH_SCRIPT = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" viewBox="0 0 10 10" onload="fetch(\'/admin/\')">'
    b"<script>document.title = 'pwned'</script><rect width='10' height='10'/></svg>"
)


@pytest.fixture
def svg_image():
    image = get_image_model()(title="piège")
    image.file.save("piege.svg", ContentFile(SVG_WITH_SCRIPT), save=False)
    image.width = image.height = 10  # what the admin's upload form reads from the SVG
    image.save()
    return image


def test_an_svg_with_a_script_is_served_in_a_sandbox_that_runs_nothing(svg_image):
    response = Client().get(svg_image.file.url)
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "sandbox" in policy.split("; ")
    assert "default-src 'none'" in policy
    assert "script-src" not in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    head = Client().head(svg_image.file.url)
    assert head.status_code == 200 and head["Content-Security-Policy"] == policy


def test_a_document_is_served_by_wagtail_with_a_policy_that_runs_nothing():
    document = get_document_model()(title="notes")
    document.file.save("notes.txt", ContentFile(b"<script>alert(1)</script>"), save=False)
    document.save()
    response = Client().get(document.url)
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "default-src 'none'"


def test_a_path_outside_the_uploads_folder_is_refused():
    assert Client().get("/media/../config/settings/base.py").status_code == 400
