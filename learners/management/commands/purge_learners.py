"""Retention: erase anonymous learners (no card) inactive for LEARNER_RETENTION_DAYS, with their sessions, and
clear expired sessions. Meant to run every night (README, "Retention")."""

from datetime import timedelta
from importlib import import_module

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from learners.models import Learner, LearnerSession


def clear_sessions():
    """Expired sessions leave the session store, and the records of sessions that no longer exist go too."""
    store = import_module(settings.SESSION_ENGINE).SessionStore
    store.clear_expired()
    if hasattr(store, "get_model_class"):  # the database engines: one query
        gone = LearnerSession.objects.exclude(session_key__in=store.get_model_class().objects.values("session_key"))
        return gone.delete()[1].get(LearnerSession._meta.label, 0)
    keys = [key for key in LearnerSession.objects.values_list("session_key", flat=True) if not store().exists(key)]
    return LearnerSession.objects.filter(session_key__in=keys).delete()[1].get(LearnerSession._meta.label, 0)


class Command(BaseCommand):
    help = (
        "Efface les apprenants anonymes (sans carte) inactifs depuis LEARNER_RETENTION_DAYS jours (90 par "
        "défaut), avec leurs sessions, et supprime les sessions expirées. À lancer chaque nuit."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days", type=int, default=None, help="durée de conservation en jours (par défaut LEARNER_RETENTION_DAYS)"
        )
        parser.add_argument("--dry-run", action="store_true", help="compter sans rien effacer")

    def handle(self, *args, days=None, dry_run=False, **options):
        days = settings.LEARNER_RETENTION_DAYS if days is None else days
        if days < 1:
            raise CommandError("--days doit être d'au moins 1 jour.")
        cutoff = timezone.now() - timedelta(days=days)
        learners = Learner.objects.anonymous_inactive_since(cutoff)
        if dry_run:
            self.stdout.write(
                f"{learners.count()} apprenant(s) anonyme(s) inactif(s) depuis {days} jours (rien effacé)."
            )
            return
        erased = learners.erase()
        cleared = clear_sessions()
        self.stdout.write(
            f"{erased} apprenant(s) anonyme(s) inactif(s) depuis {days} jours effacé(s) avec leurs sessions ; "
            f"sessions expirées supprimées ({cleared} session(s) d'apprenant oubliée(s))."
        )
