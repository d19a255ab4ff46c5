"""Learner pages of the picture password: choose my 3 pictures (then print them on my card), and sign in by
tapping them. Beside the PIN pages of learners/views.py, with the same rules (learners/pictures.py)."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from core.qr import qr_svg
from learners import identity, pictures
from learners.errors import LearnerError
from learners.picture_forms import ChoosePicturesForm, PicturesSignInForm


def card_page(request, learner, card, chosen=None, status=200):
    """The printable card (learners/card.html) with, when they were just chosen, the pictures in order."""
    qr_url = request.build_absolute_uri(reverse("learners:qr", kwargs={"secret": card.qr_secret}))
    context = {"learner": learner, "card": card, "qr_svg": qr_svg(qr_url)}
    if chosen:
        labels = dict(pictures.PICTURES)
        context["pictures"] = [(name, labels[name], pictures.picture_url(name)) for name in chosen]
    return render(request, "learners/card.html", context, status=status)


@require_http_methods(["GET", "POST"])
def choose(request):
    """Choose 3 pictures to sign in with, beside the PIN (a card is needed first)."""
    learner = identity.current_learner(request)
    card = learner.active_card if learner else None
    if card is None:
        return redirect("learners:card")
    form = ChoosePicturesForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        chosen = form.chosen_pictures()
        pictures.set_pictures(card, chosen)
        messages.success(request, _("Your pictures are saved. Print your card with them, or take a photo of it."))
        return card_page(request, learner, card, chosen)
    return render(
        request, "learners/pictures_choose.html", {"form": form}, status=400 if request.method == "POST" else 200
    )


@require_http_methods(["GET", "POST"])
def sign_in(request):
    """Come back with the code of the card and 3 pictures tapped in order."""
    form = PicturesSignInForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            pictures.sign_in(request, form.cleaned_data["code"], form.chosen_pictures())
        except LearnerError as error:
            form.add_error(None, error.message)
            status = error.status
        else:
            messages.success(request, _("Welcome back! Your progress is here."))
            target = request.POST.get("next")
            if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
                return redirect(target)
            return redirect("learners:progress")
    elif request.method == "POST":
        status = 400
    return render(request, "learners/pictures_sign_in.html", {"form": form}, status=status)
