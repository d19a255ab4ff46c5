"""Learner forms for joining a class (they work without JavaScript); messages in the learner's language."""

import secrets

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from learners.forms import PIN_WIDGET, CardForm
from learners.identity import valid_pin
from learners.picture_forms import PicturesMixin, picture_field


class JoinCodeForm(forms.Form):
    """The code the trainer shows on the wall."""

    code = forms.CharField(
        label=gettext_lazy("Group code"),
        max_length=32,
        widget=forms.TextInput(attrs={"autocapitalize": "characters", "autocomplete": "off", "spellcheck": "false"}),
    )


class JoinWithNewCardForm(PicturesMixin, CardForm):
    """Joining without a card makes one: a name if you like, and a PIN, or 3 pictures, or both."""

    pin = forms.CharField(
        label=CardForm.base_fields["pin"].label,
        help_text=CardForm.base_fields["pin"].help_text,
        widget=forms.PasswordInput(attrs=PIN_WIDGET),
        required=False,
    )
    pin_again = forms.CharField(
        label=CardForm.base_fields["pin_again"].label, widget=forms.PasswordInput(attrs=PIN_WIDGET), required=False
    )
    picture_1 = picture_field(required=False)
    picture_2 = picture_field(required=False)
    picture_3 = picture_field(required=False)

    def clean_pin(self):
        pin = (self.cleaned_data.get("pin") or "").strip()
        if pin and not valid_pin(pin):
            raise forms.ValidationError(_("The PIN must have 4 to 6 digits, nothing else."))
        return pin

    def clean(self):
        data = super().clean()
        self.clean_pictures(required=False)
        if not data.get("pin") and not all(self.chosen_pictures()):
            raise forms.ValidationError(_("Choose a PIN, or 3 pictures, or both."))
        return data

    def pin_or_secret(self):
        """The PIN chosen, or, for a learner who chose only pictures, one nobody knows (a trainer can reset it)."""
        return self.cleaned_data.get("pin") or "".join(secrets.choice("0123456789") for _ in range(6))
