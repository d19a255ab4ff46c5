"""The live board's screens (classes/board.py builds its data): the trainer's view in the admin (readable on a
phone), the « mode projecteur » in large type, and the JSON both poll every few seconds. Without JavaScript
each is a plain page with a « Rafraîchir » link. Only the class's trainers and administrators open them."""

from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import never_cache

from classes import board
from classes.admin_views import group_for


def _wants_names(request):
    return request.GET.get("prenoms") == "1"


@never_cache
def board_view(request, pk):
    """The trainer's board: card codes and the names learners gave, in the admin."""
    group = group_for(request, pk)
    data = board.build(group, names=True, cards=True)
    context = {
        "page_title": "Tableau en direct",
        "page_subtitle": group.name,
        "header_icon": "table",
        "group": group,
        "board": data,
        "stuck_minutes": int(board.STUCK_AFTER.total_seconds() // 60),
        "data_url": reverse("groupes:board_data", args=[group.pk]),
        "here": reverse("groupes:board", args=[group.pk]),
        "projector_url": reverse("groupes:board_projector", args=[group.pk]),
        "back_url": reverse("groupes:edit", args=[group.pk]),
    }
    return render(request, "classes/admin/board.html", context)


@never_cache
def board_projector(request, pk):
    """The board in large type for a wall: « n° 7 » for each learner, the names only if the trainer ticks it."""
    group = group_for(request, pk)
    names = _wants_names(request)
    data = board.build(group, names=names)
    query = "?prenoms=1" if names else ""
    context = {
        "group": group,
        "board": data,
        "names": names,
        "projector": True,
        "data_url": reverse("groupes:board_data", args=[group.pk])
        + ("?projecteur=1&prenoms=1" if names else "?projecteur=1"),
        "here": reverse("groupes:board_projector", args=[group.pk]) + query,
        "back_url": reverse("groupes:board", args=[group.pk]),
    }
    return render(request, "classes/admin/board_projector.html", context)


@never_cache
def board_data(request, pk):
    """The board as JSON; `?projecteur=1` leaves out card codes and names, unless `prenoms=1` (names only)."""
    group = group_for(request, pk)
    if request.GET.get("projecteur") == "1":
        data = board.build(group, names=_wants_names(request))
    else:
        data = board.build(group, names=True, cards=True)
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})
