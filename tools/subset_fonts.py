"""Build the self-hosted WOFF2 fonts in site/static/fonts/, and the TrueType fonts that the PDF
attestations embed (learners/fonts/), from Debian's OFL Noto fonts.

Run once when the fonts or the character ranges change (`make fonts`); the output is committed,
so neither `make run` nor CI needs the Debian package. Only the scripts that the system may lack are
shipped (Arabic script for ar/prs/ps, Ethiopic for ti); Latin and Cyrillic use the system font.
"""

import sys
from pathlib import Path

from fontTools import subset

NOTO = Path("/usr/share/fonts/truetype/noto")
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "site" / "static" / "fonts"
PDF_OUT = ROOT / "learners" / "fonts"

# (source file, output name, unicode ranges, OpenType features kept).
# The ranges match the unicode-range of the @font-face rules in site.css.
FONTS = [
    (
        "NotoSansArabic-Regular.ttf",
        "noto-sans-arabic.woff2",
        # Arabic letters, harakat and punctuation; the Persian/Dari and Pashto letters; Arabic-Indic
        # and Persian digits; ZWNJ/ZWJ and direction marks. Quranic marks and rare letters are left out.
        "U+060C,U+061B,U+061F,U+0621-0655,U+0660-066D,U+0670,U+067C,U+067E,U+0681,U+0685,U+0686,"
        "U+0689,U+0693,U+0696,U+0698,U+069A,U+06A9,U+06AB,U+06AF,U+06BC,U+06CC,U+06CD,U+06D0,"
        "U+06F0-06F9,U+200C-200F",
        ["ccmp", "locl", "isol", "init", "medi", "fina", "rlig", "mark", "mkmk"],
    ),
    (
        "NotoSansEthiopic-Regular.ttf",
        "noto-sans-ethiopic.woff2",
        # Ethiopic syllables and punctuation used by Tigrinya (the rare numerals are left out).
        "U+1200-1368",
        ["mark", "mkmk"],
    ),
]


# The attestation PDF: French text, and a display name in any of the site's scripts. TrueType, every
# shaping feature kept: HarfBuzz (uharfbuzz, through fpdf2) shapes Arabic joining and Ethiopic marks.
LATIN_CYRILLIC = (
    "U+0020-007E,U+00A0-017F,U+0218-021B,U+02BC,U+02C6,U+02DA,U+02DC,U+0300-0301,"
    "U+0400-045F,U+0490-0491,U+2010-2027,U+2030-203A,U+20AC,U+2116"
)
PDF_FONTS = [
    ("NotoSans-Regular.ttf", "NotoSans-Regular.ttf", LATIN_CYRILLIC, ["*"]),
    ("NotoSans-Bold.ttf", "NotoSans-Bold.ttf", LATIN_CYRILLIC, ["*"]),
    (
        "NotoSansArabic-Regular.ttf",
        "NotoSansArabic-Regular.ttf",
        "U+0600-06FF,U+0750-077F,U+200C-200F,U+FB50-FDFF,U+FE70-FEFF",
        ["*"],
    ),
    ("NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Regular.ttf", "U+1200-139F,U+2D80-2DDF", ["*"]),
]


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    PDF_OUT.mkdir(parents=True, exist_ok=True)
    jobs = [(source, OUT / target, ranges, features, "woff2") for source, target, ranges, features in FONTS]
    jobs += [(source, PDF_OUT / target, ranges, features, None) for source, target, ranges, features in PDF_FONTS]
    for source, target, ranges, features, flavor in jobs:
        options = subset.Options()
        options.flavor = flavor
        options.layout_features = features  # shaping only: joining forms and marks
        options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]  # keep copyright and licence
        options.notdef_outline = True
        options.hinting = False
        options.desubroutinize = True
        font = subset.load_font(str(NOTO / source), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=subset.parse_unicodes(ranges))
        subsetter.subset(font)
        subset.save_font(font, str(target), options)
        print(f"{target.relative_to(ROOT)}: {target.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
