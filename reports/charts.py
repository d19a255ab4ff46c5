"""Charts drawn on the server as inline, accessible SVG: no JavaScript, nothing from another origin.

`bar_chart` draws one horizontal bar per item with its label and value written beside it; the SVG carries a
<title> and a <desc> (read by screen readers through aria-labelledby), and the template shows the same items as
a table next to it (reports/chart.html).
"""

from itertools import count

from django.utils.html import escape
from django.utils.safestring import mark_safe

WIDTH = 360  # a phone's width: the chart scales down (viewBox), never scrolls sideways
LABEL_WIDTH = 140
BAR_HEIGHT = 22
GAP = 6
COLOUR = "#0f7c7c"
_ids = count(1)


def _number(value):
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.1f}".replace(".", ",")
    return str(int(value))


def _short(label, limit=22):
    label = str(label)
    return label if len(label) <= limit else label[: limit - 1] + "…"


def bar_chart(title, description, items, unit=""):
    """SVG markup of a horizontal bar chart of `items` [(label, value)], values >= 0.

    The longest bar is the largest value; an empty chart says so in its description."""
    items = [(str(label), max(0, value or 0)) for label, value in items]
    uid = f"chart-{next(_ids)}"
    largest = max((value for _label, value in items), default=0)
    bar_room = WIDTH - LABEL_WIDTH - 50
    height = max(1, len(items)) * (BAR_HEIGHT + GAP) + GAP
    if not items:
        description = f"{description} Aucune donnée pour cette période."
    parts = [
        f'<svg class="report-chart" role="img" aria-labelledby="{uid}-title {uid}-desc" '
        f'viewBox="0 0 {WIDTH} {height}" width="100%" preserveAspectRatio="xMinYMin meet" '
        f'style="max-width:{WIDTH * 2}px;font-family:inherit">',
        f'<title id="{uid}-title">{escape(title)}</title>',
        f'<desc id="{uid}-desc">{escape(description)}</desc>',
    ]
    for index, (label, value) in enumerate(items):
        y = GAP + index * (BAR_HEIGHT + GAP)
        width = round(bar_room * value / largest, 1) if largest else 0
        text = f"{_number(value)}{(' ' + unit) if unit else ''}"
        parts.append(
            f'<g><text x="{LABEL_WIDTH - 6}" y="{y + 15}" text-anchor="end" font-size="12" fill="#262626">'
            f"{escape(_short(label))}</text>"
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{width}" height="{BAR_HEIGHT}" fill="{COLOUR}">'
            f"<title>{escape(label)} : {escape(text)}</title></rect>"
            f'<text x="{LABEL_WIDTH + width + 4}" y="{y + 15}" font-size="12" fill="#262626">{escape(text)}</text></g>'
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 (every text above is escaped)


def chart(title, description, items, unit="", value_heading="Valeur", label_heading=""):
    """What reports/chart.html draws: the SVG and the same items as a table."""
    items = list(items)
    return {
        "title": title,
        "svg": bar_chart(title, description, items, unit),
        "items": items,
        "unit": unit,
        "value_heading": value_heading,
        "label_heading": label_heading,
    }
