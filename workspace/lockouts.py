"""Admin logins locked by django-axes: the page a locked person sees, and the administrators' unlock screen.

The rule itself (5 failures per username and client address, 15 minutes, cleared by a success) is in the
AXES_* settings; axes keys it on `client_ip` below, that is on `core.clients.client_address`.
"""

from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.contrib import messages
from django.db.models import Max, Min, Sum
from django.middleware.csrf import get_token
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.forms import auth as wagtail_auth_forms
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.account import password_reset_enabled
from wagtail.admin.views.reports import ReportView

from core.clients import client_address
from workspace.views import is_administrator

REFUSED = "Seuls les administrateurs voient et débloquent les comptes bloqués."


def client_ip(request):
    """axes' AXES_CLIENT_IP_CALLABLE: the client's address behind the trusted proxy, or None when it cannot be
    read (axes stores it in an IP address column, which would refuse "unknown" on PostgreSQL)."""
    address = client_address(request)
    return None if address == "unknown" else address


def cool_off_minutes():
    return int(get_cool_off().total_seconds() // 60)


def lockout_response(request, original_response=None, credentials=None):
    """axes' AXES_LOCKOUT_CALLABLE: the admin login page again (429), saying in French, where Wagtail puts
    login errors, that this account is locked from this address, for how long, and who can unlock it. It is
    rendered here, so the message is shown now and not kept for the next page."""
    messages.error(request, locked_message())
    form = LoginForm(request, initial={"username": request.POST.get("username", "")})
    context = {"form": form, "show_password_reset": password_reset_enabled()}
    return render(request, "wagtailadmin/login.html", context, status=429)


def locked_message():
    return (
        f"Trop d'essais de connexion : après {settings.AXES_FAILURE_LIMIT} mots de passe erronés, ce compte est "
        f"bloqué depuis cette adresse pendant {cool_off_minutes()} minutes. Réessayez plus tard, ou demandez à "
        "un administrateur de le débloquer."
    )


class LoginForm(wagtail_auth_forms.LoginForm):
    """Wagtail's admin login form (WAGTAILADMIN_USER_LOGIN_FORM) with its password field labelled in the admin's
    language: Wagtail gives it no label, so Django shows the field's name, "Password", in every language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = gettext_lazy("Password")


def locked_accounts():
    """(username, address) pairs locked now, with when the lock started and the failures counted. axes counts
    per user agent too; a lock adds up every row of the pair that is younger than the cool-off."""
    cool_off = get_cool_off()
    return (
        AccessAttempt.objects.filter(attempt_time__gte=timezone.now() - cool_off, username__isnull=False)
        .values("username", "ip_address")
        .annotate(
            failures=Sum("failures_since_start"),
            since=Max("attempt_time"),
            first=Min("attempt_time"),
        )
        .filter(failures__gte=settings.AXES_FAILURE_LIMIT)
        .order_by("-since")
    )


class UnlockColumn(Column):
    """A « Débloquer » button per locked pair (a POST form)."""

    cell_template_name = "workspace/lockout_unlock_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["csrf_token"] = get_token(parent_context["request"])
        context["unlock_url"] = reverse("lockouts:unlock")
        return context


class LockoutsView(ReportView):
    """Admin › Paramètres › Comptes bloqués: who cannot log in now and from where, with a button to unlock
    (administrators only)."""

    template_name = "workspace/lockouts.html"
    page_title = "Comptes bloqués"
    header_icon = "lock"
    index_url_name = "lockouts:index"
    index_results_url_name = "lockouts:results"
    paginate_by = 50
    columns = [
        Column("username", label="Identifiant"),
        Column("ip_address", label="Adresse", accessor=lambda row: row["ip_address"] or "inconnue"),
        DateColumn("since", label="Bloqué depuis"),
        DateColumn("until", label="Débloqué seul", accessor=lambda row: row["first"] + get_cool_off()),
        Column("failures", label="Essais"),
        UnlockColumn("unlock", label=""),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not is_administrator(request.user):
            messages.error(request, REFUSED)
            return redirect("wagtailadmin_home")
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return locked_accounts()

    @property
    def no_results_message(self):
        return "Aucun compte n'est bloqué."

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(failure_limit=settings.AXES_FAILURE_LIMIT, minutes=cool_off_minutes())
        return context


@require_POST
def unlock(request):
    """Unlock one username from one address (axes.utils.reset), then back to the list."""
    if not is_administrator(request.user):
        messages.error(request, REFUSED)
        return redirect("wagtailadmin_home")
    username = request.POST.get("username", "").strip()
    address = request.POST.get("ip_address", "").strip() or None
    if not username:
        messages.error(request, "Aucun compte à débloquer : choisissez-en un dans la liste.")
        return redirect("lockouts:index")
    # Both given: only that pair. Without an address (axes could not read it), every lock of that username.
    if reset(ip=address, username=username):
        messages.success(request, f"« {username} » est débloqué : ce compte peut de nouveau se connecter.")
    else:
        messages.warning(request, f"« {username} » n'était plus bloqué.")
    return redirect("lockouts:index")
