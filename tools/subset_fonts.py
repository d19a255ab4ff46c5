"""Build the self-hosted WOFF2 fonts in site/static/fonts/ from Debian's OFL Noto fonts.

Run once when the fonts or the character ranges change (`make fonts`); the output is committed,
so neither `make run` nor CI needs the Debian package. Only the scripts that the system may lack are
shipped (Arabic script for ar/prs/ps, Ethiopic for ti); Latin and Cyrillic use the system font.
"""

import sys
from pathlib import Path

from fontTools import subset

NOTO = Path("/usr/share/fonts/truetype/noto")
OUT = Path(__file__).resolve().parent.parent / "site" / "static" / "fonts"

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


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for source, target, ranges, features in FONTS:
        options = subset.Options()
        options.flavor = "woff2"
        options.layout_features = features  # shaping only: joining forms and marks
        options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]  # keep copyright and licence
        options.notdef_outline = True
        options.hinting = False
        options.desubroutinize = True
        font = subset.load_font(str(NOTO / source), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=subset.parse_unicodes(ranges))
        subsetter.subset(font)
        subset.save_font(font, str(OUT / target), options)
        print(f"{target}: {(OUT / target).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
