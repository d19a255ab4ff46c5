"""Forms of the learner pages (they work without JavaScript); messages are in the learner's language."""

from django import forms
from django.utils.translation import gettext_lazy as _

from learners.identity import valid_pin

PIN_WIDGET = {"inputmode": "numeric", "pattern": "[0-9]{4,6}", "autocomplete": "off", "maxlength": "6"}


class CardForm(forms.Form):
    """Save my progress: choose a PIN (twice) and, if you like, a name."""

    display_name = forms.CharField(
        label=_("Your name or nickname (optional)"),
        help_text=_("Shown on your card and your attestation. Any alphabet. You can leave it empty."),
        max_length=60,
        required=False,
    )
    pin = forms.CharField(
        label=_("Choose a PIN (4 to 6 digits)"),
        help_text=_("Remember it, or write it somewhere safe. Do not write it on the card."),
        widget=forms.PasswordInput(attrs=PIN_WIDGET),
    )
    pin_again = forms.CharField(label=_("Type the PIN again"), widget=forms.PasswordInput(attrs=PIN_WIDGET))

    def clean_pin(self):
        pin = self.cleaned_data["pin"].strip()
        if not valid_pin(pin):
            raise forms.ValidationError(_("The PIN must have 4 to 6 digits, nothing else."))
        return pin

    def clean(self):
        data = super().clean()
        if data.get("pin") and data.get("pin") != (data.get("pin_again") or "").strip():
            self.add_error("pin_again", _("The two PINs are different. Type the same PIN twice."))
        return data


class SignInForm(forms.Form):
    """Come back on another device with the code of the card and the PIN."""

    code = forms.CharField(
        label=_("The code on your card"),
        help_text=_("Example: PLUME-CITRON-4827. Small or capital letters, with or without dashes."),
        max_length=64,
        widget=forms.TextInput(attrs={"autocapitalize": "characters", "autocomplete": "off", "spellcheck": "false"}),
    )
    pin = forms.CharField(label=_("Your PIN"), max_length=12, widget=forms.PasswordInput(attrs=PIN_WIDGET))


class VerifyForm(forms.Form):
    code = forms.CharField(label=_("Verification code"), max_length=32)
