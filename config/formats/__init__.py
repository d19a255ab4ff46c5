"""Date formats for the languages Django has no data for (Dari, Pashto, Tigrinya): FORMAT_MODULE_PATH.

Their month names are UI strings in locales/<code>/LC_MESSAGES/django.po: Django's date filter asks gettext
for "January"… ("F" in a format), and without a catalogue of its own for prs, ps and ti it would fall
back to the French names. Listed here so that `make messages` keeps them in every catalogue.
"""

from django.utils.translation import gettext_noop

MONTH_NAMES = [
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
]
