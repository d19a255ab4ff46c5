"""QR codes drawn on the server as inline SVG (segno): nothing to download, nothing from another site."""

import segno


def qr_svg(text, scale=4):
    """An <svg> element (no size attributes: CSS sizes it) encoding `text`, medium error correction."""
    return segno.make(text, error="m").svg_inline(scale=scale, dark="#1b1f23", omitsize=True)
