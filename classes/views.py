"""Learner pages of the classes, under /<lang>/groupe/: join a class with its code, typed or in the URL of
the QR code shown by the trainer. Joining without a card makes one."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from classes import joining
from classes.forms import JoinCodeForm, JoinWithNewCardForm
from learners import identity, pictures
from learners.errors import LearnerError
from learners.picture_views import card_page


@require_http_methods(["GET", "POST"])
def join(request):
    """Type the class's code."""
    form = JoinCodeForm(request.POST or None, initial={"code": request.GET.get("code", "")})
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            group = joining.find_group(request, form.cleaned_data["code"])
        except LearnerError as error:
            form.add_error("code", error.message)
            status = error.status
        else:
            return redirect("classes:join_group", code=group.join_code)
    elif request.method == "POST":
        status = 400
    return render(request, "classes/join.html", {"form": form}, status=status)


@require_http_methods(["GET", "POST"])
def join_group(request, code):
    """The page the QR code opens: confirm joining (a link alone changes nothing); without a card, make one."""
    try:
        group = joining.find_group(request, code)
    except LearnerError as error:
        form = JoinCodeForm(initial={"code": code[:32]})
        form.errors["code"] = form.error_class([error.message])
        return render(request, "classes/join.html", {"form": form}, status=error.status)
    learner = identity.current_learner(request)
    card = learner.active_card if learner else None
    joined_message = _("You are in the group “%(name)s”.") % {"name": group.name}
    if card is not None:
        if request.method == "POST":
            joining.join(group, learner)
            messages.success(request, joined_message)
            return redirect(f"/{request.LANGUAGE_CODE}/")
        return render(request, "classes/join_group.html", {"group": group, "card": card})
    form = JoinWithNewCardForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        chosen = form.chosen_pictures()

        def join_with_a_new_card(learner):
            card = identity.issue_card(learner, form.pin_or_secret(), form.cleaned_data["display_name"])
            if all(chosen):
                pictures.set_pictures(card, chosen)
            joining.join(group, learner)
            return learner, card

        # The learner row exists only once the card and the membership are made (learners.identity).
        learner, card = identity.with_learner(request, join_with_a_new_card)
        messages.success(request, joined_message)
        messages.success(request, _("Your card is ready. Print it or take a photo of it."))
        return card_page(request, learner, card, chosen if all(chosen) else None)
    status = 400 if request.method == "POST" else 200
    return render(request, "classes/join_group.html", {"group": group, "form": form}, status=status)
