"""H5P packages: one validator for the admin upload and `import_h5p`; refused packages leave nothing."""

import hashlib
import html
import io
import json
import os
import struct
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from h5p import validation as h5p
from h5p.models import H5PLibrary, H5PPackage
from tests import h5p_packages as packages

pytestmark = pytest.mark.django_db


def stored_files():
    root = default_storage.path("")
    return [os.path.join(folder, name) for folder, _dirs, names in os.walk(root) for name in names]


def import_file(tmp_path, buffer, *extra):
    path = tmp_path / "paquet.h5p"
    path.write_bytes(buffer.getvalue())
    call_command("import_h5p", str(path), *extra, stdout=io.StringIO())


def refused(tmp_path, buffer, message):
    with pytest.raises(CommandError) as error:
        import_file(tmp_path, buffer, "--allow-new-libraries")
    assert message in str(error.value)
    assert not H5PPackage.objects.exists() and not H5PLibrary.objects.exists()
    assert stored_files() == []


def lie_about_size(buffer, name, size):
    """Rewrite the uncompressed size that the zip's headers announce for `name`."""
    data = bytearray(buffer.getvalue())
    encoded = name.encode()
    position = 0
    while (position := data.find(b"PK\x01\x02", position)) != -1:  # central directory
        name_length = struct.unpack_from("<H", data, position + 28)[0]
        if data[position + 46 : position + 46 + name_length] == encoded:
            struct.pack_into("<I", data, position + 24, size)
        position += 4
    position = 0
    while (position := data.find(b"PK\x03\x04", position)) != -1:  # local header
        name_length = struct.unpack_from("<H", data, position + 26)[0]
        if data[position + 30 : position + 30 + name_length] == encoded:
            struct.pack_into("<I", data, position + 22, size)
        position += 4
    return io.BytesIO(bytes(data))


def test_a_valid_package_is_extracted_registered_and_its_library_recorded(tmp_path):
    import_file(tmp_path, packages.build(), "--allow-new-libraries")
    package = H5PPackage.objects.get()
    assert package.title == "Le bouton" and package.main_library == packages.LIBRARY
    assert package.files == 4
    assert default_storage.exists(f"{package.folder}/{packages.FOLDER}/button.js")
    assert str(H5PLibrary.objects.get()) == "H5P.NumerikButton 1.0.0"


def test_new_libraries_need_an_administrator_on_the_command_line(tmp_path):
    refused_without = pytest.raises(CommandError)
    with refused_without as error:
        import_file(tmp_path, packages.build())
    assert "administrateur" in str(error.value)
    assert stored_files() == []


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("../evil.js", "hors de son dossier"),
        ("content/../../evil.json", "hors de son dossier"),
        ("/etc/evil.json", "chemin absolu"),
        ("content\\evil.json", "barre oblique inverse"),
    ],
)
def test_zip_slip_entries_are_refused(tmp_path, name, message):
    refused(tmp_path, packages.build(packages.files(extra={name: "{}"})), message)


def test_a_symlink_entry_is_refused(tmp_path):
    def symlink(info):
        if info.filename == "content/link.json":
            info.external_attr = 0o120777 << 16

    refused(tmp_path, packages.build(packages.files(extra={"content/link.json": "/etc/passwd"}), tweak=symlink), "lien")


def test_a_zip_bomb_is_refused_by_its_compression_ratio(tmp_path):
    bomb = packages.files(extra={"content/big.json": "0" * (20 * 1024 * 1024)})
    refused(tmp_path, packages.build(bomb), "bombe zip")


def test_a_zip_bomb_whose_header_lies_about_its_size_is_refused_while_reading(tmp_path):
    bomb = packages.build(packages.files(extra={"content/big.json": "0" * (20 * 1024 * 1024)}))
    refused(tmp_path, lie_about_size(bomb, "content/big.json", 1000), "content/big.json")


def test_too_many_entries_are_refused(tmp_path):
    many = packages.files(extra={f"content/images/{n}.png": "x" for n in range(h5p.MAX_ENTRIES)})
    refused(tmp_path, packages.build(many, compression=zipfile.ZIP_STORED), "trop de fichiers")


@pytest.mark.parametrize("name", ["content/page.html", "content/image.svg", "content/code.js", "content/x.php"])
def test_html_svg_or_scripts_in_content_are_refused(tmp_path, name):
    refused(
        tmp_path, packages.build(packages.files(extra={name: "<script>alert(1)</script>"})), "Type de fichier interdit"
    )


def test_a_missing_h5p_json_is_refused(tmp_path):
    entries = packages.files()
    del entries["h5p.json"]
    refused(tmp_path, packages.build(entries), "h5p.json manque")


@pytest.mark.parametrize("manifest", ["{not json", json.dumps({"title": "sans bibliothèque"}), "[]"])
def test_an_invalid_h5p_json_is_refused(tmp_path, manifest):
    refused(tmp_path, packages.build(packages.files(extra={"h5p.json": manifest})), "h5p.json")


def test_a_file_that_is_not_a_zip_is_refused(tmp_path):
    refused(tmp_path, io.BytesIO(b"<html>not a package</html>"), "pas un paquet H5P")


def test_an_interrupted_upload_registers_nothing_and_removes_what_was_written(tmp_path, monkeypatch):
    written = []
    save = default_storage.save

    def failing_save(name, content, **kwargs):
        if len(written) == 2:
            raise OSError("disk full")
        written.append(save(name, content, **kwargs))
        return written[-1]

    monkeypatch.setattr(default_storage, "save", failing_save)
    with pytest.raises(OSError):
        import_file(tmp_path, packages.build(), "--allow-new-libraries")
    assert len(written) == 2
    assert not H5PPackage.objects.exists() and not H5PLibrary.objects.exists()
    assert stored_files() == []


@pytest.fixture
def trainer(db):
    group, _created = Group.objects.get_or_create(name="Formateurs test")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(codename__in=["add_h5ppackage", "change_h5ppackage", "view_h5ppackage"]),
    )
    user = get_user_model().objects.create_user("formatrice", password="x")  # noqa: S106
    user.groups.add(group)
    return user


def upload(client, buffer, title=""):
    data = {"upload": SimpleUploadedFile("activite.h5p", buffer.getvalue()), "title": title}
    return client.post("/admin/snippets/courses/h5ppackage/add/", data)


def test_a_trainer_uploads_a_package_whose_libraries_are_known_but_not_one_that_brings_new_ones(
    client, trainer, administrator_client
):
    client.force_login(trainer)
    response = upload(client, packages.build())
    assert response.status_code == 200
    assert "seul un administrateur" in response.content.decode()
    assert not H5PPackage.objects.exists() and stored_files() == []

    assert upload(administrator_client, packages.build()).status_code == 302  # an administrator brings the library
    assert upload(client, packages.build(packages.files(title="Deuxième"))).status_code == 302
    assert sorted(H5PPackage.objects.values_list("title", flat=True)) == ["Deuxième", "Le bouton"]
    # An updated version of the library (a new patch) is new code again.
    response = upload(client, packages.build(packages.files(patch=1)))
    assert "seul un administrateur" in response.content.decode()


def test_a_refused_upload_says_why_in_the_admin(administrator_client):
    response = upload(administrator_client, packages.build(packages.files(extra={"content/page.html": "<p>x</p>"})))
    assert response.status_code == 200
    assert "Type de fichier interdit" in response.content.decode()
    assert not H5PPackage.objects.exists()


@pytest.fixture
def package(tmp_path):
    import_file(tmp_path, packages.build(), "--allow-new-libraries")
    return H5PPackage.objects.get()


def test_package_files_are_served_inert_with_cors_and_nosniff(client, package):
    folder = package.folder.rsplit("/", 1)[-1]
    response = client.get(f"/h5p/files/{folder}/{packages.FOLDER}/button.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"].startswith("sandbox")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    assert client.get(f"/h5p/files/{folder}/../../settings.py").status_code == 404
    assert client.get(f"/h5p/files/{'0' * 32}/h5p.json").status_code == 404


def test_the_player_page_runs_sandboxed_and_may_only_fetch_its_own_files(client, package):
    response = client.get(f"/h5p/play/{package.pk}/")
    policy = response["Content-Security-Policy"]
    assert policy.startswith("sandbox allow-scripts;")
    assert "allow-same-origin" not in policy
    folder = package.folder.rsplit("/", 1)[-1]
    assert f"connect-src http://testserver/h5p/files/{folder}/;" in policy
    assert response["X-Frame-Options"] == "SAMEORIGIN"


# Library code is compared by content: the same name and version with other files is other code.


def test_an_administrators_import_records_the_content_hash_of_each_library(tmp_path):
    import_file(tmp_path, packages.build(), "--allow-new-libraries")
    entries = packages.files()
    lines = sorted(
        (name.split("/", 1)[1], hashlib.sha256(data.encode()).hexdigest())
        for name, data in entries.items()
        if name.startswith(f"{packages.FOLDER}/")
    )
    expected = hashlib.sha256("".join(f"{path}\t{digest}\n" for path, digest in lines).encode()).hexdigest()
    assert H5PLibrary.objects.get().content_hash == expected


def altered_button(kind):
    """The installed library's name and version, with other files."""
    entries = packages.files()
    if kind == "other code":
        entries[f"{packages.FOLDER}/button.js"] = packages.ALTERED_JS
    elif kind == "one more file":
        entries[f"{packages.FOLDER}/extra.js"] = "window.extra = 1;"
    elif kind == "a renamed file":
        entries[f"{packages.FOLDER}/main.js"] = entries.pop(f"{packages.FOLDER}/button.js")
    return packages.build(entries)


def snapshot():
    return (
        sorted(stored_files()),
        list(H5PPackage.objects.values_list("pk", "folder")),
        list(H5PLibrary.objects.values_list("pk", "content_hash")),
    )


@pytest.mark.parametrize("kind", ["other code", "one more file", "a renamed file"])
def test_a_trainers_package_with_other_library_code_under_an_installed_version_is_refused_and_writes_nothing(
    client, trainer, tmp_path, kind
):
    import_file(tmp_path, packages.build(), "--allow-new-libraries")  # an administrator installed the library
    before = snapshot()
    client.force_login(trainer)
    response = upload(client, altered_button(kind))
    assert response.status_code == 200
    page = html.unescape(response.content.decode())
    assert "La bibliothèque H5P.NumerikButton 1.0.0 de ce paquet est différente de celle du site" in page
    assert "seul un administrateur" in page
    assert snapshot() == before


def test_an_administrator_is_refused_other_code_under_the_same_version_too_and_told_to_change_the_number(
    administrator_client, tmp_path
):
    import_file(tmp_path, packages.build(), "--allow-new-libraries")
    before = snapshot()
    response = upload(administrator_client, altered_button("other code"))
    assert response.status_code == 200
    page = html.unescape(response.content.decode())
    assert "La bibliothèque H5P.NumerikButton 1.0.0 de ce paquet est différente de celle du site" in page
    assert "nouveau numéro de version" in page
    assert snapshot() == before
    # Under a new number, the same code is a new library, which an administrator may bring.
    entries = packages.files(script=packages.ALTERED_JS, patch=1)
    assert upload(administrator_client, packages.build(entries)).status_code == 302
    assert sorted(map(str, H5PLibrary.objects.all())) == ["H5P.NumerikButton 1.0.0", "H5P.NumerikButton 1.0.1"]


def test_the_command_compares_library_code_too(tmp_path):
    import_file(tmp_path, packages.build(), "--allow-new-libraries")
    before = snapshot()
    for extra in ([], ["--allow-new-libraries"]):
        with pytest.raises(CommandError) as error:
            import_file(tmp_path, altered_button("other code"), *extra)
        assert "H5P.NumerikButton 1.0.0 de ce paquet est différente de celle du site" in str(error.value)
        assert snapshot() == before
    import_file(tmp_path, packages.build(packages.files(title="Même code")))  # no switch needed: known code
    assert H5PPackage.objects.filter(title="Même code").exists()


def test_a_trainer_may_upload_the_same_library_code_however_the_zip_is_laid_out(client, trainer, tmp_path):
    import_file(tmp_path, packages.build(), "--allow-new-libraries")
    client.force_login(trainer)
    # Stored instead of deflated, with folder entries and a stray root file: the same bytes, the same code.
    same = packages.build(packages.exported(packages.files(title="Exporté")), compression=zipfile.ZIP_STORED)
    assert upload(client, same).status_code == 302
    assert H5PPackage.objects.filter(title="Exporté").exists()
    assert H5PLibrary.objects.count() == 1


def test_a_library_installed_before_hashes_were_kept_needs_an_administrator_who_records_its_hash(
    client, trainer, administrator_client, tmp_path
):
    H5PLibrary.objects.create(machine_name=packages.LIBRARY, major=1, minor=0, patch=0)  # no hash: installed before
    client.force_login(trainer)
    response = upload(client, packages.build())
    page = html.unescape(response.content.decode())
    assert "avant que le site ne garde l'empreinte de leur code" in page and "Seul un administrateur" in page
    assert not H5PPackage.objects.exists() and stored_files() == []
    with pytest.raises(CommandError, match="empreinte"):
        import_file(tmp_path, packages.build())  # the command without the administrator's switch, likewise
    assert H5PLibrary.objects.get().content_hash == ""

    assert upload(administrator_client, packages.build(packages.files(title="Par l'administrateur"))).status_code == 302
    assert H5PLibrary.objects.get().content_hash == h5p.validate(packages.build()).libraries[0].content_hash
    assert upload(client, packages.build(packages.files(title="Par la formatrice"))).status_code == 302
    response = upload(client, altered_button("other code"))
    assert "différente de celle du site" in html.unescape(response.content.decode())
    assert H5PPackage.objects.count() == 2


def test_a_library_folder_must_be_named_after_its_library(tmp_path):
    entries = packages.files()
    entries["H5P.Autre-1.0/library.json"] = entries[f"{packages.FOLDER}/library.json"]
    refused(tmp_path, packages.build(entries), "ne correspond pas à sa bibliothèque")


# Stray files at the package's root are ignored, as H5P core does.


@pytest.mark.parametrize("name", [packages.STRAY, "LISEZMOI.html", ".DS_Store"])
def test_a_stray_file_at_the_root_is_ignored_and_not_stored(tmp_path, name):
    entries = packages.exported()
    entries[name] = entries.pop(packages.STRAY)
    path = tmp_path / "paquet.h5p"
    path.write_bytes(packages.build(entries).getvalue())
    out = io.StringIO()
    call_command("import_h5p", str(path), "--allow-new-libraries", stdout=out)
    package = H5PPackage.objects.get()
    assert package.files == 4
    assert f"Ignoré (à la racine du paquet, comme le fait H5P) : {name}." in out.getvalue()
    stored = [os.path.relpath(file, default_storage.path(package.folder)) for file in stored_files()]
    assert sorted(stored) == sorted(name for name in packages.files())


@pytest.mark.parametrize(
    ("name", "message"),
    [("..\\evil.txt", "barre oblique inverse"), ("C:evil.txt", "chemin absolu"), ("evil\x01.txt", "invalide")],
)
def test_a_dangerous_name_at_the_root_is_still_refused(tmp_path, name, message):
    refused(tmp_path, packages.build(packages.files(extra={name: "x"})), message)


def test_a_symlink_at_the_root_is_still_refused(tmp_path):
    def symlink(info):
        if info.filename == packages.STRAY:
            info.external_attr = 0o120777 << 16

    refused(tmp_path, packages.build(packages.exported(), tweak=symlink), "lien")
