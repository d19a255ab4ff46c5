"""Compile locales/<code>/LC_MESSAGES/*.po, locale_overrides/<code>/LC_MESSAGES/*.po and each app's own
<app>/locale/<code>/LC_MESSAGES/*.po (the admin screens' English) to .mo with polib: no system gettext needed.

Used by `make messages-compile` (and so by `make run` and `make test`). The .mo files are build output
and are not committed. A compiled catalogue is also what makes Django accept languages it has no data
for (prs, ps, ti): django.utils.translation.check_for_language() looks for it.
"""

import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "locales"
OVERRIDES = ROOT / "locale_overrides"


def compile_all(locales: Path = LOCALES, verbose: bool = True) -> int:
    count = 0
    folders = [locales, OVERRIDES, *sorted(ROOT.glob("*/locale"))] if locales == LOCALES else [locales]
    for po_path in sorted(path for folder in folders for path in folder.glob("*/LC_MESSAGES/*.po")):
        mo_path = po_path.with_suffix(".mo")
        if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        catalogue = polib.pofile(str(po_path))
        catalogue.save_as_mofile(str(mo_path))
        count += 1
        if verbose:
            shown = po_path.relative_to(ROOT if locales == LOCALES else locales.parent)
            print(f"compiled {shown} ({catalogue.percent_translated()}% translated)")
    return count


if __name__ == "__main__":
    compile_all()
    sys.exit(0)
