"""Forms for the picture password: three rows of the 12 pictures, one to tap in each row (radio buttons,
so it works without JavaScript)."""

from django import forms
from django.utils.translation import gettext as _

from learners import pictures
from learners.forms import SignInForm


class PictureRadioSelect(forms.RadioSelect):
    """The 12 pictures as big radio buttons, each labelled by its picture (its name is the alternative text)."""

    template_name = "learners/widgets/pictures.html"
    option_template_name = "learners/widgets/picture_option.html"


def picture_field(required=True):
    return forms.ChoiceField(choices=list(pictures.PICTURES.items()), widget=PictureRadioSelect, required=required)


class PicturesMixin:
    """Three rows `picture_1..3`, labelled in the learner's language; `chosen_pictures()` gives them in order."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for number in (1, 2, 3):
            self.fields[f"picture_{number}"].label = _("Picture %(number)s") % {"number": number}

    def chosen_pictures(self):
        return [self.cleaned_data.get(f"picture_{number}") or "" for number in (1, 2, 3)]

    def clean_pictures(self, required):
        chosen = self.chosen_pictures()
        if any(chosen) and not all(chosen):
            raise forms.ValidationError(_("Choose one picture in each row."))
        if required and not all(chosen):
            raise forms.ValidationError(_("Choose one picture in each row."))


class ChoosePicturesForm(PicturesMixin, forms.Form):
    """A learner with a card chooses their 3 pictures."""

    picture_1 = picture_field()
    picture_2 = picture_field()
    picture_3 = picture_field()


class PicturesSignInForm(PicturesMixin, forms.Form):
    """Come back with the code of the card and the 3 pictures, in order."""

    code = SignInForm.base_fields["code"]
    picture_1 = picture_field()
    picture_2 = picture_field()
    picture_3 = picture_field()
