"""Packages exported by H5P's own tools (see tests/h5p/real/README.md) import as H5P core would take them."""

import io
from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command

from h5p.models import H5PLibrary, H5PPackage

pytestmark = pytest.mark.django_db

TRUE_FALSE = Path(__file__).resolve().parent / "real" / "truefalse-hello-world.h5p"


def test_a_true_false_activity_exported_by_h5p_imports_with_its_ten_libraries_and_without_the_stray_file():
    out = io.StringIO()
    call_command("import_h5p", str(TRUE_FALSE), "--allow-new-libraries", stdout=out)
    package = H5PPackage.objects.get()
    assert package.main_library == "H5P.TrueFalse"
    assert H5PLibrary.objects.count() == 10
    assert all(len(library.content_hash) == 64 for library in H5PLibrary.objects.all())
    assert "H5P_CONTENT_HERE.txt" in out.getvalue()
    assert not default_storage.exists(f"{package.folder}/H5P_CONTENT_HERE.txt")
    assert default_storage.exists(f"{package.folder}/content/content.json")


def test_the_same_export_again_needs_no_administrator_once_its_libraries_are_installed():
    call_command("import_h5p", str(TRUE_FALSE), "--allow-new-libraries", stdout=io.StringIO())
    call_command("import_h5p", str(TRUE_FALSE), "--title", "Vrai ou faux", stdout=io.StringIO())
    assert sorted(H5PPackage.objects.values_list("title", flat=True)) == ["Hello World", "Vrai ou faux"]
    assert H5PLibrary.objects.count() == 10
