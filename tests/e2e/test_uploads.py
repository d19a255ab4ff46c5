"""An SVG with a script, uploaded by a trainer and opened directly by an administrator, runs nothing."""

from django.test import Client
from wagtail.images import get_image_model

from workspace import roles

SVG_WITH_SCRIPT = """<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" viewBox="0 0 40 40"
  onload="document.documentElement.setAttribute('data-onload', 'ran')">
  <script>document.documentElement.setAttribute('data-script', 'ran'); fetch('/admin/users/add/');</script>
  <rect width="40" height="40" fill="teal"/>
</svg>
"""


def test_an_svg_with_a_script_uploaded_by_a_trainer_runs_nothing_when_an_administrator_opens_it(admin_as, tmp_path):
    drawing = tmp_path / "souris.svg"
    drawing.write_text(SVG_WITH_SCRIPT)
    trainer = admin_as(roles.TRAINERS, "formatrice-svg")
    trainer.goto(trainer.url.replace("/admin/", "/admin/images/multiple/add/"))
    trainer.locator("input[type=file]").first.set_input_files(str(drawing))
    trainer.wait_for_function("() => document.querySelector('.upload-list .upload-success, .upload-success')")
    image = get_image_model().objects.get(title__startswith="souris")
    assert image.file.name.endswith(".svg")

    administrator = admin_as(roles.ADMINISTRATORS, "admin-svg")
    # The test server answers /media/ itself, before our URLs; hand Chromium what the site really answers.
    served = Client().get(image.file.url)
    administrator.route(
        f"**{image.file.url}",
        lambda route: route.fulfill(status=served.status_code, headers=dict(served.items()), body=served.getvalue()),
    )
    requests = []
    administrator.on("request", lambda request: requests.append(request.url))
    response = administrator.goto(administrator.url.replace("/admin/", image.file.url))
    assert response.status == 200
    assert "sandbox" in response.headers["content-security-policy"]
    administrator.wait_for_timeout(300)
    root = administrator.locator("svg")
    assert root.get_attribute("data-script") is None
    assert root.get_attribute("data-onload") is None
    assert not [url for url in requests if "/admin/users/" in url]
