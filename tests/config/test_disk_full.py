"""A full disk: uploads answer a clear message (never a 500) and leave no half file and no row; the image
library keeps working without writing empty renditions; `find_orphans` finds and removes what is left.

The disk fills by patching the file writes under MEDIA_ROOT to fail with ENOSPC after half a chunk (as a real
full disk does); a last test uses a real 1 MB tmpfs where it can mount one (root, Linux)."""

import errno
import io
import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import transaction
from django.test import Client, TestCase
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Locale

from core.storage import SafeFileSystemStorage
from h5p.models import H5PPackage
from tests import h5p_packages as packages
from tests.factories import ModulePageFactory, ThemePageFactory, step
from tests.utils import audio_document, translate_now
from workspace import roles

pytestmark = pytest.mark.django_db

FULL = "Le disque du serveur est plein"


class FullFile:
    """An open file on a full disk: the first write stores half its bytes, then every write fails."""

    def __init__(self, handle):
        self._handle = handle

    def write(self, data):
        self._handle.write(data[: len(data) // 2])
        self._handle.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __getattr__(self, name):
        return getattr(self._handle, name)


class Disk:
    """MEDIA_ROOT's disk: `full = True` makes every file written there fail as a full disk does."""

    def __init__(self, root):
        self.root, self.full = Path(root), False

    def files(self):
        return sorted(str(path.relative_to(self.root)) for path in self.root.rglob("*") if path.is_file())


@pytest.fixture
def disk(settings, monkeypatch):
    disk = Disk(settings.MEDIA_ROOT)
    real_fdopen = os.fdopen

    def fdopen(fd, mode="r", *args, **kwargs):
        handle = real_fdopen(fd, mode, *args, **kwargs)
        if disk.full and "w" in mode and os.readlink(f"/proc/self/fd/{fd}").startswith(str(disk.root)):
            return FullFile(handle)
        return handle

    monkeypatch.setattr(os, "fdopen", fdopen)
    return disk


@pytest.fixture
def trainer():
    from tests.utils import group_member

    client = Client()
    client.force_login(group_member(roles.TRAINERS, "formatrice", "x"))
    return client


def png(name="souris.png"):
    return SimpleUploadedFile(name, get_test_image_file().file.getvalue(), content_type="image/png")


def root():
    return Collection.get_first_root_node().pk


# --- The storage ---------------------------------------------------------------------------------------


def test_a_write_that_fails_midway_leaves_no_file_under_any_name(disk):
    disk.full = True
    with pytest.raises(OSError) as error:
        default_storage.save("documents/clip.opus", ContentFile(b"x" * 600_000))
    assert error.value.errno == errno.ENOSPC
    assert disk.files() == []


def test_a_file_appears_under_its_name_only_when_complete_and_never_overwrites_another(disk):
    assert isinstance(default_storage._wrapped, SafeFileSystemStorage)
    first = default_storage.save("documents/clip.opus", ContentFile(b"premier"))
    second = default_storage.save("documents/clip.opus", ContentFile(b"second"))
    assert first == "documents/clip.opus" and second != first
    assert default_storage.open(first).read() == b"premier" and default_storage.open(second).read() == b"second"
    assert disk.files() == sorted([first, second])


# --- Uploads in the admin -------------------------------------------------------------------------------


def test_an_image_upload_on_a_full_disk_says_so_and_leaves_no_file_and_no_row(disk, trainer):
    disk.full = True
    response = trainer.post("/admin/images/add/", {"title": "Souris", "file": png(), "collection": root()})
    assert response.status_code == 503
    assert response["Retry-After"]
    assert FULL in response.content.decode()
    assert not get_image_model().objects.exists()
    assert disk.files() == []


def test_the_multiple_uploader_shows_the_message_beside_the_file(disk, trainer):
    disk.full = True
    # The request's own transaction boundary: Model.save marks an enclosing atomic block for rollback on error
    # (there is none in production, where requests run in autocommit).
    with transaction.atomic():
        response = trainer.post(
            "/admin/images/multiple/add/", {"files[]": png()}, HTTP_X_REQUESTED_WITH="XMLHttpRequest"
        )
    assert response.json() == {"success": False, "error_message": response.json()["error_message"]}
    assert FULL in response.json()["error_message"]
    assert not get_image_model().objects.exists() and disk.files() == []


def test_an_audio_upload_on_a_full_disk_says_so_and_leaves_no_file_and_no_row(disk, trainer):
    disk.full = True
    clip = SimpleUploadedFile("tenir.opus", b"OggS" + b"\0" * 589_000, content_type="audio/ogg")
    response = trainer.post("/admin/documents/add/", {"title": "Tenir", "file": clip, "collection": root()})
    assert response.status_code == 503 and FULL in response.content.decode()
    assert not get_document_model().objects.exists()
    assert disk.files() == []


def test_an_h5p_upload_on_a_full_disk_says_so_and_leaves_no_file_no_folder_and_no_row(disk, administrator_client):
    disk.full = True
    response = administrator_client.post(
        "/admin/snippets/courses/h5ppackage/add/",
        {"upload": SimpleUploadedFile("activite.h5p", packages.build().getvalue()), "title": ""},
    )
    assert response.status_code == 503 and FULL in response.content.decode()
    assert not H5PPackage.objects.exists()
    assert disk.files() == []
    assert not (disk.root / "h5p").exists() or not any((disk.root / "h5p").iterdir())  # no empty folder either


def test_a_recording_on_a_full_disk_is_refused_with_a_message_and_leaves_nothing(disk, site, settings):
    theme = ThemePageFactory(parent=site["fr"], title="Ordinateur", slug="ordinateur")
    french = ModulePageFactory(parent=theme, title="Allumer", steps=[step("Le bouton", audio=audio_document("fr"))])
    pashto = Locale.objects.get(language_code="ps")
    translate_now(theme, pashto, {})
    page = translate_now(french, pashto, {"Allumer": "چالانول"})
    before = disk.files()
    documents = get_document_model().objects.count()
    from tests.utils import group_member

    client = Client()
    client.force_login(group_member(roles.translator_group_name("ps"), "traducteur", "x"))
    disk.full = True
    clip = (Path(settings.BASE_DIR) / "demo/media/audio/ar/allumer-se-connecter-eteindre-1.opus").read_bytes()
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(
            f"/admin/traductions/audio/{page.pk}/",
            {"step": page.steps[0].id, "audio": SimpleUploadedFile("clip.opus", clip)},
            HTTP_ACCEPT="application/json",
        )
    assert response.status_code in (400, 503)
    assert FULL in response.json()["error"]
    assert get_document_model().objects.count() == documents
    assert disk.files() == before


# --- Renditions -----------------------------------------------------------------------------------------


def test_the_image_library_works_on_a_full_disk_and_keeps_no_empty_rendition(disk, trainer):
    image = get_image_model().objects.create(title="Souris", file=get_test_image_file(size=(640, 400)))
    originals = disk.files()
    disk.full = True

    response = trainer.get("/admin/images/")

    assert response.status_code == 200
    assert "Souris" in response.content.decode()
    assert not image.renditions.exists()
    assert disk.files() == originals

    disk.full = False
    assert trainer.get("/admin/images/").status_code == 200
    assert image.renditions.exists()  # made once there is room again


# --- find_orphans ---------------------------------------------------------------------------------------


def find_orphans(*args):
    out = io.StringIO()
    call_command("find_orphans", *args, stdout=out)
    return out.getvalue()


def test_find_orphans_reports_files_without_rows_and_rows_with_missing_or_empty_files(disk):
    kept = get_image_model().objects.create(title="Gardée", file=get_test_image_file())
    empty = get_document_model()(title="Vide")
    empty.file.save("vide.opus", ContentFile(b""), save=True)
    missing = get_document_model()(title="Perdu")
    missing.file.save("perdu.opus", ContentFile(b"OggS"), save=True)
    os.remove(missing.file.path)
    stray = default_storage.save("documents/reste.opus", ContentFile(b"x" * 1000))
    half = f"h5p/{uuid.uuid4().hex}/h5p.json"
    default_storage.save(half, ContentFile(b""))

    report = find_orphans()

    assert stray in report and half in report
    assert "vide.opus" in report and "perdu.opus" in report
    assert kept.file.name not in report
    assert os.path.exists(default_storage.path(stray))  # a report deletes nothing

    find_orphans("--delete", "--min-age", "0")

    assert disk.files() == [kept.file.name]
    assert list(get_document_model().objects.all()) == []
    assert get_image_model().objects.get() == kept
    assert "0 fichier(s) sans ligne, 0 ligne(s) sans fichier" in find_orphans()


def test_find_orphans_leaves_files_of_an_upload_still_running(disk):
    stray = default_storage.save("documents/en-cours.opus", ContentFile(b"x"))
    find_orphans("--delete")
    assert os.path.exists(default_storage.path(stray))


def test_find_orphans_keeps_every_file_of_an_imported_h5p_package(disk, tmp_path):
    path = tmp_path / "paquet.h5p"
    path.write_bytes(packages.build().getvalue())
    call_command("import_h5p", str(path), "--allow-new-libraries", stdout=io.StringIO())
    files = disk.files()
    assert "0 fichier(s) sans ligne, 0 ligne(s) sans fichier" in find_orphans()
    find_orphans("--delete", "--min-age", "0")
    assert disk.files() == files and H5PPackage.objects.exists()


# --- A real full disk -----------------------------------------------------------------------------------


@pytest.fixture
def tiny_disk(settings, tmp_path):
    """A real 1 MB tmpfs as MEDIA_ROOT (needs root and `mount`; CI runs as root)."""
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root")
    mountpoint = tmp_path / "tiny"
    mountpoint.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mountpoint)], capture_output=True, check=False
    )
    if mounted.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    settings.MEDIA_ROOT = mountpoint
    yield Disk(mountpoint)
    subprocess.run(["umount", str(mountpoint)], check=False)


def test_on_a_real_full_disk_an_audio_upload_says_so_and_leaves_nothing(tiny_disk, trainer):
    (tiny_disk.root / "remplissage").write_bytes(b"\0" * 700_000)
    clip = SimpleUploadedFile("long.opus", b"OggS" + b"\0" * 590_000, content_type="audio/ogg")
    response = trainer.post("/admin/documents/add/", {"title": "Long", "file": clip, "collection": root()})
    assert response.status_code == 503 and FULL in response.content.decode()
    assert not get_document_model().objects.exists()
    assert tiny_disk.files() == ["remplissage"]
