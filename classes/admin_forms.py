"""The class form in the admin: the learners' languages as boxes to tick, co-trainers among the trainers."""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.admin.forms import WagtailAdminModelForm


def trainers():
    """People who may run a class: those whose groups may add classes."""
    allowed = Q(
        groups__permissions__content_type__app_label="classes", groups__permissions__codename="add_learnergroup"
    )
    return get_user_model().objects.filter(allowed, is_active=True).distinct().order_by("username")


class LearnerGroupForm(WagtailAdminModelForm):
    """The class form (`LearnerGroup.base_form_class`)."""

    languages = forms.MultipleChoiceField(
        label="Langues des apprenants",
        choices=[(code, local) for code, _name, local, _bidi in settings.LANGUAGE_DATA if code != "fr"],
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text="Les langues que parlent les apprenants du groupe.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "co_trainers" in self.fields:
            # Everyone who may run a class, but the class's creator (the person adding it, for a new one).
            creator = self.instance.created_by_id or getattr(self.for_user, "pk", None)
            others = trainers().exclude(pk=creator) if creator else trainers()
            self.fields["co_trainers"].queryset = others
            self.fields["co_trainers"].widget = forms.CheckboxSelectMultiple()
            self.fields["co_trainers"].widget.choices = self.fields["co_trainers"].choices

    def clean(self):
        data = super().clean()
        if data.get("starts_on") and data.get("ends_on") and data["ends_on"] < data["starts_on"]:
            self.add_error("ends_on", "La fin du groupe est avant son début.")
        return data
