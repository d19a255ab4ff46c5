"""Marking glossary words in a step's text: the first occurrence of each becomes a button that opens a
popover (the HTML Popover API: no script) with the word in French and in the learner's language, the easy
definition and the pronunciation."""

import html
import re

from django.conf import settings
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from glossary.models import GlossaryTerm

TAG = re.compile(r"(<[^>]+>)")


def entries_for(locale):
    """[{"key", "term", "french", "definition", "audio"}] for a page's language, longest words first."""
    terms = list(GlossaryTerm.objects.filter(locale=locale).select_related("audio"))
    french = {}
    if locale.language_code != settings.LANGUAGE_CODE:
        french = {
            term.translation_key: term
            for term in GlossaryTerm.objects.filter(
                locale__language_code=settings.LANGUAGE_CODE, translation_key__in=[t.translation_key for t in terms]
            ).select_related("audio")
        }
    entries = []
    for term in terms:
        source = french.get(term.translation_key)
        entries.append(
            {
                "key": term.translation_key.hex[:12],
                "term": term.term,
                "french": source.term if source and source.term != term.term else None,
                "french_audio": source.audio if source else None,
                "definition": term.definition,
                "audio": term.audio,
            }
        )
    return sorted(entries, key=lambda entry: -len(entry["term"]))


def mark(rendered, entries, prefix, french_side=False, popovers=None):
    """`rendered` HTML with the first occurrence of each word turned into a popover button.

    With `popovers` (a dict shared by the whole page), each word's popover goes there once, under the id
    `g-<key>`, for the page to render once (render_popovers), however many steps use the word; without it,
    each button is followed by its own popover `<prefix>-<key>`."""
    if not entries:
        return mark_safe(rendered)  # noqa: S308 (the rich text as Wagtail renders it)
    words = {}
    for entry in entries:
        word = entry["french"] if french_side and entry["french"] else entry["term"]
        words[word.casefold()] = entry
        words[html.escape(word).casefold()] = entry
    alternatives = sorted(words, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(word) for word in alternatives) + r")(?!\w)", re.IGNORECASE)
    used = set()
    parts = TAG.split(str(rendered))
    depth = 0  # do not mark inside links or buttons
    for index, part in enumerate(parts):
        if part.startswith("<"):
            if re.match(r"<(a|button)\b", part, re.IGNORECASE):
                depth += 1
            elif re.match(r"</(a|button)>", part, re.IGNORECASE):
                depth = max(0, depth - 1)
            continue
        if depth:
            continue

        def replace(match):
            entry = words[match.group(1).casefold()]
            if entry["key"] in used:
                return match.group(0)
            used.add(entry["key"])
            context = {"entry": entry, "text": match.group(0), "french_side": french_side}
            if popovers is None:
                context["popover_id"] = f"{prefix}-{entry['key']}"
                return render_to_string("glossary/includes/glossary_term.html", context).strip()
            context["popover_id"] = f"g-{entry['key']}"
            if entry["key"] not in popovers:
                popovers[entry["key"]] = render_to_string("glossary/includes/glossary_popover.html", context).strip()
            return render_to_string("glossary/includes/glossary_button.html", context).strip()

        parts[index] = pattern.sub(replace, part)
    return mark_safe("".join(parts))  # noqa: S308 (escaped text and our own template)


def render_popovers(popovers):
    """The popovers collected by mark(popovers=…), each once, for the end of the page."""
    return mark_safe("".join(popovers.values()))  # noqa: S308 (our own template, escaped)
