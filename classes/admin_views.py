"""Screens of one class in the admin: its learners (paginated, exportable), one learner's card support
(new PIN or pictures, unlock, replace, merge), the join code to project on a wall, and the cards to print.

Trainers see card codes first, and a learner's name only where the learner gave one. Nothing here shows or
exports a PIN, pictures or a QR secret, except a new PIN or new pictures once, right after the trainer asked
for them (to tell the learner), and the QR code printed on the learner's own card.
"""

from functools import wraps

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import OuterRef, Q, Subquery
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.views.decorators.http import require_http_methods
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from classes import support
from classes.models import LearnerGroup, Membership
from classes.permissions import can
from core.qr import qr_svg
from learners import pictures
from learners.identity import normalise_code
from learners.models import LearnerCard

CARDS_PER_SHEET = 8
SHEETS_PER_PRINT = 12  # 96 cards: a class of 1,000 prints in 11 pages, each quick to draw


NOT_YOURS = "Ce groupe n'est pas le vôtre : seuls ses formateurs et les administrateurs l'ouvrent."
NO_CLASSES = "Votre compte ne gère pas de groupes : seuls les formateurs et les administrateurs y ont accès."


def refuse_with_403(view):
    """A refusal answers 403 with a French sentence, where Wagtail would send back to the dashboard."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except PermissionDenied:
            message = NOT_YOURS if request.user.has_perm("classes.add_learnergroup") else NO_CLASSES
            context = {"page_title": "Accès refusé", "header_icon": "warning", "message": message}
            return render(request, "classes/admin/forbidden.html", context, status=403)

    return wrapped


def group_for(request, pk, action="change"):
    """The class, if this user runs it (or manages all classes): else 403."""
    group = get_object_or_404(LearnerGroup, pk=pk)
    if not can(request.user, group, action):
        raise PermissionDenied
    return group


def members(group):
    """The class's memberships with each learner's active card (code, lock, pictures) in one query."""
    cards = LearnerCard.objects.filter(learner=OuterRef("learner"), revoked_at__isnull=True).order_by("-created_at")
    return (
        Membership.objects.filter(group=group)
        .select_related("learner")
        .annotate(
            card_code=Subquery(cards.values("code")[:1]),
            card_locked_until=Subquery(cards.values("locked_until")[:1]),
            card_pictures=Subquery(cards.values("picture_hash")[:1]),
        )
        .order_by("card_code", "pk")
    )


def card_state(row):
    if not row.card_code:
        return "sans carte"
    if row.card_locked_until and row.card_locked_until > timezone.now():
        return f"bloquée jusqu'à {timezone.localtime(row.card_locked_until):%H:%M}"
    return "PIN et images" if row.card_pictures else "PIN"


class MemberFilterSet(WagtailFilterSet):
    q = django_filters.CharFilter(label="Code de carte ou nom", method="search")

    def search(self, queryset, name, value):
        return queryset.filter(
            Q(card_code__icontains=value.strip()) | Q(learner__display_name__icontains=value.strip())
        )

    class Meta:
        model = Membership
        fields = []


class LearnersView(ReportView):
    """The learners of a class: card code first, the name only where the learner gave one; CSV/XLSX export
    without any secret."""

    page_title = "Apprenants du groupe"
    header_icon = "group"
    paginate_by = 50
    filterset_class = MemberFilterSet
    export_headings = {
        "card_code": "Carte",
        "learner.display_name": "Nom donné par l'apprenant",
        "learner.language": "Langue",
        "joined_at": "Arrivé le",
        "learner.last_active_at": "Dernière activité",
    }
    list_export = ["card_code", "learner.display_name", "learner.language", "joined_at", "learner.last_active_at"]

    def dispatch(self, request, *args, **kwargs):
        self.group = group_for(request, kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return members(self.group)

    def get_index_url(self):
        return reverse("groupes:learners", args=[self.group.pk])

    def get_index_results_url(self):
        return reverse("groupes:learners_results", args=[self.group.pk])

    def get_page_subtitle(self):
        return self.group.name

    def get_filename(self):
        return f"groupe-{self.group.pk}-apprenants"

    @cached_property
    def columns(self):
        group = self.group
        return [
            TitleColumn(
                "card_code",
                label="Carte",
                accessor=lambda row: row.card_code or "sans carte",
                get_url=lambda row: reverse("groupes:learner", args=[group.pk, row.learner_id]),
            ),
            Column("name", label="Nom (s'il l'a donné)", accessor=lambda row: row.learner.display_name or "—"),
            Column("language", label="Langue", accessor=lambda row: row.learner.language or "—"),
            Column("state", label="Connexion", accessor=card_state),
            DateColumn("joined_at", label="Arrivé le"),
        ]


ACTIONS = ("reset_pin", "reset_pictures", "unlock", "replace", "merge")


@require_http_methods(["GET", "POST"])
def learner_support(request, pk, learner_pk):
    """One learner of the class: their card's state and what the trainer can do for them."""
    group = group_for(request, pk)
    membership = get_object_or_404(Membership.objects.select_related("learner"), group=group, learner_id=learner_pk)
    learner = membership.learner
    here = reverse("groupes:learner", args=[group.pk, learner.pk])
    if request.method == "POST":
        action = request.POST.get("action")
        if action not in ACTIONS:
            messages.error(request, "Cette action n'existe pas.")
            return redirect(here)
        if action == "unlock":
            support.unlock(request.user, group, learner)
            messages.success(request, "La carte est débloquée : l'apprenant peut réessayer tout de suite.")
            return redirect(here)
        if action == "merge":
            return _merge(request, group, learner, here)
        if action == "reset_pin":
            card, pin = support.reset_pin(request.user, group, learner)
            return _new_secret(request, group, learner, card, pin=pin)
        if action == "reset_pictures":
            card, chosen = support.reset_pictures(request.user, group, learner)
            return _new_secret(request, group, learner, card, chosen=chosen)
        card, pin = support.replace_card(request.user, group, learner)
        return _new_secret(request, group, learner, card, pin=pin, replaced=True)
    card = learner.active_card
    context = {
        "page_title": f"Carte {card.code}" if card else "Apprenant sans carte",
        "header_icon": "user",
        "group": group,
        "learner": learner,
        "membership": membership,
        "card": card,
        "locked": bool(card and card.locked_until and card.locked_until > timezone.now()),
        "learners_url": reverse("groupes:learners", args=[group.pk]),
    }
    return render(request, "classes/admin/learner.html", context)


def _merge(request, group, learner, here):
    code = normalise_code(request.POST.get("other_code", ""))
    other = (
        Membership.objects.filter(group=group, learner__cards__code=code, learner__cards__revoked_at__isnull=True)
        .exclude(learner=learner)
        .select_related("learner")
        .first()
    )
    if not code or other is None:
        messages.error(request, f"Aucun autre apprenant de ce groupe n'a la carte « {code} ». Rien n'a été fusionné.")
        return redirect(here)
    support.merge(request.user, group, learner, other.learner)
    messages.success(
        request, f"La carte {code} est fusionnée dans celle-ci : sa progression, ses quiz et ses attestations sont ici."
    )
    return redirect(here)


def _new_secret(request, group, learner, card, pin=None, chosen=None, replaced=False):
    """The new PIN or pictures, shown this once, with the card to print (the pictures on it, never the PIN)."""
    labels = dict(pictures.PICTURES)
    with translation.override(learner.language or "fr"):
        qr_url = request.build_absolute_uri(reverse("learners:qr", kwargs={"secret": card.qr_secret}))
        items = [(name, str(labels[name]), pictures.picture_url(name)) for name in chosen or []]
    context = {
        "group": group,
        "learner": learner,
        "card": card,
        "pin": pin,
        "chosen": items,
        "replaced": replaced,
        "cards": [{"learner": learner, "code": card.code, "qr": qr_svg(qr_url), "pictures": items}],
        "back_url": reverse("groupes:learner", args=[group.pk, learner.pk]),
    }
    response = render(request, "classes/admin/new_secret.html", context)
    response["Cache-Control"] = "no-store"
    return response


def project(request, pk):
    """The join code and its QR code, big, to project on a wall."""
    group = group_for(request, pk)
    join_url = request.build_absolute_uri(f"/groupe/{group.join_code}/")
    context = {
        "group": group,
        "qr": qr_svg(join_url, scale=10),
        "join_url": join_url,
        "join_page": request.build_absolute_uri("/groupe/"),
        "back_url": reverse("groupes:edit", args=[group.pk]),
    }
    return render(request, "classes/admin/project.html", context)


def print_cards(request, pk):
    """The class's cards on A4 sheets of 8: QR code, code, the learner's name in their script. In pages of 96."""
    group = group_for(request, pk)
    rows = members(group).filter(card_code__isnull=False)
    paginator = Paginator(rows, CARDS_PER_SHEET * SHEETS_PER_PRINT)
    page = paginator.get_page(request.GET.get("page"))
    codes = [row.card_code for row in page.object_list]
    secrets_by_code = dict(LearnerCard.objects.filter(code__in=codes).values_list("code", "qr_secret"))
    cards = []
    for row in page.object_list:
        with translation.override(row.learner.language or "fr"):
            qr_url = request.build_absolute_uri(
                reverse("learners:qr", kwargs={"secret": secrets_by_code[row.card_code]})
            )
        cards.append({"learner": row.learner, "code": row.card_code, "qr": qr_svg(qr_url)})
    context = {
        "group": group,
        "sheets": [cards[start : start + CARDS_PER_SHEET] for start in range(0, len(cards), CARDS_PER_SHEET)],
        "page": page,
        "without_card": members(group).filter(card_code__isnull=True).count(),
        "member_count": Membership.objects.filter(group=group).count(),
        "back_url": reverse("groupes:learners", args=[group.pk]),
    }
    return render(request, "classes/admin/print_cards.html", context)
