"""The self-hosted fonts (site/static/fonts, made by tools/subset_fonts.py) that each language's script needs.

Its pages preload them, so that the text is laid out once, in the right font; the service worker keeps them
for offline use. The other languages are drawn with the phone's own fonts and download none.
"""

LANGUAGE_FONTS = {
    "ar": ["fonts/noto-sans-arabic.woff2"],
    "prs": ["fonts/noto-sans-arabic.woff2"],
    "ps": ["fonts/noto-sans-arabic.woff2"],
    "ti": ["fonts/noto-sans-ethiopic.woff2"],
}


def fonts_for(language):
    """Static paths of the fonts that `language` is written with (none for a Latin or Cyrillic script)."""
    return LANGUAGE_FONTS.get(language, [])
