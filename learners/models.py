"""Learners without email: a pseudonymous record, an optional card to sign in elsewhere, their progress
(a running summary per module beside the log of events and attempts) and their attestations.

Content is referred to by the pages' `translation_key` (the same in every language), never by a page id,
so that a step seen in Arabic counts in French. Deleting a learner deletes every row below (CASCADE):
that is how "erase my data" leaves nothing behind. The browser sessions of a learner are recorded too
(`LearnerSession`), so that an erase or the retention purge ends them on every device.
"""

from importlib import import_module

from django.conf import settings
from django.db import models, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone


def end_sessions(session_keys):
    """Delete these browser sessions from the session store, whatever its engine (database, cache...)."""
    store = import_module(settings.SESSION_ENGINE).SessionStore
    for key in session_keys:
        store(session_key=key).delete()


class LearnerQuerySet(models.QuerySet):
    def anonymous_inactive_since(self, cutoff):
        """Learners without any card who did nothing since `cutoff` (no progress, no quiz, no H5P result)."""
        return (
            self.filter(created_at__lt=cutoff, last_active_at__lt=cutoff)
            .exclude(Exists(LearnerCard.objects.filter(learner=OuterRef("pk"))))
            .exclude(Exists(ModuleProgress.objects.filter(learner=OuterRef("pk"), updated_at__gte=cutoff)))
        )

    def erase(self):
        """Delete these learners, every row that refers to them and every browser session tied to them.

        Returns the number of learners erased."""
        with transaction.atomic():
            ids = list(self.values_list("pk", flat=True))
            keys = list(LearnerSession.objects.filter(learner__in=ids).values_list("session_key", flat=True))
            end_sessions(keys)
            deleted = Learner.objects.filter(pk__in=ids).delete()[1].get(Learner._meta.label, 0)
        return deleted


class Learner(models.Model):
    """Somebody learning: created on their first progress event, tied to the browser session."""

    created_at = models.DateTimeField("créé le", default=timezone.now)
    last_active_at = models.DateTimeField("dernière activité", default=timezone.now)
    display_name = models.CharField("nom affiché", max_length=60, blank=True)
    language = models.CharField("langue", max_length=8, blank=True)

    objects = LearnerQuerySet.as_manager()

    class Meta:
        verbose_name = "apprenant"
        verbose_name_plural = "apprenants"

    def __str__(self):
        return self.display_name or f"Apprenant {self.pk}"

    def erase(self):
        """ "Erase my data": the learner, everything that refers to them, and their sessions on every device."""
        Learner.objects.filter(pk=self.pk).erase()

    def attach_session(self, session):
        """Record that this browser session belongs to the learner (a session saved without a key gets one)."""
        if session.session_key is None:
            session.save()
        LearnerSession.objects.update_or_create(session_key=session.session_key, defaults={"learner": self})

    @property
    def active_card(self):
        return self.cards.filter(revoked_at__isnull=True).first()


class LearnerSession(models.Model):
    """A browser session (its key in the session store) in which this learner is signed in or was created."""

    session_key = models.CharField("clé de session", max_length=40, primary_key=True)
    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="sessions")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "session d'apprenant"
        verbose_name_plural = "sessions d'apprenant"

    def __str__(self):
        return f"{self.learner} ({self.created_at:%Y-%m-%d})"


class LearnerCard(models.Model):
    """What lets a learner come back on another device: a code to read aloud, a PIN and a QR secret."""

    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="cards")
    code = models.CharField("code", max_length=32, unique=True)
    pin_hash = models.CharField(max_length=128)
    picture_hash = models.CharField(max_length=128, blank=True, default="")  # learners/pictures.py; "" = none
    qr_secret = models.CharField(max_length=64, unique=True)
    qr_expires_at = models.DateTimeField("QR code valable jusqu'au")
    created_at = models.DateTimeField(default=timezone.now)
    revoked_at = models.DateTimeField(null=True, blank=True)
    failed_pins = models.PositiveSmallIntegerField(default=0)
    locked_until = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "carte d'apprenant"
        verbose_name_plural = "cartes d'apprenant"

    def __str__(self):
        return self.code


class ModuleProgress(models.Model):
    """The running summary for one learner and one module (in every language at once)."""

    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="module_progress")
    module_key = models.UUIDField("module (translation_key)")
    steps_seen = models.JSONField(default=list)  # StreamField block ids: the same in every language
    steps_total = models.PositiveSmallIntegerField(default=0)
    last_step = models.CharField(max_length=64, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)  # reached the last step or said "finished"
    best_score = models.PositiveSmallIntegerField(null=True, blank=True)  # percent
    passed_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    # H5P activities of the module, as reported by the activity itself in the learner's browser (so
    # self-reported, unlike the quiz): {package id: {"best": percent or None, "completed": bool}}.
    activities = models.JSONField("activités H5P (auto-déclarées)", default=dict, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "progression dans un module"
        verbose_name_plural = "progressions dans les modules"
        constraints = [models.UniqueConstraint(fields=["learner", "module_key"], name="one_progress_per_module")]
        indexes = [models.Index(fields=["learner", "-updated_at"])]

    def __str__(self):
        return f"{self.learner} – {self.module_key}"

    @property
    def percent(self):
        if self.completed_at:
            return 100
        if not self.steps_total:
            return 0
        return min(99, round(100 * len(self.steps_seen) / self.steps_total))


class ProgressEvent(models.Model):
    """One thing the learner did, as sent by the page; its id comes from the client so replays do nothing."""

    STEP_SEEN = "step_seen"
    MODULE_FINISHED = "module_completed"
    KINDS = [(STEP_SEEN, "étape vue"), (MODULE_FINISHED, "module terminé")]

    id = models.UUIDField(primary_key=True)
    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=32, choices=KINDS)
    module_key = models.UUIDField()
    step = models.CharField(max_length=64, blank=True)
    language = models.CharField(max_length=8, blank=True)
    occurred_at = models.DateTimeField(default=timezone.now)
    received_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "événement de progression"
        verbose_name_plural = "événements de progression"

    def __str__(self):
        return f"{self.kind} {self.module_key} {self.step}"


class QuizAttempt(models.Model):
    """One submission of a module's quiz, graded on the server; its id comes from the client."""

    id = models.UUIDField(primary_key=True)
    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="attempts")
    module_key = models.UUIDField()
    language = models.CharField(max_length=8, blank=True)
    answers = models.JSONField()
    result = models.JSONField()  # {"score", "passed", "pass_mark", "questions": [{"id", "correct", "answer"}]}
    score = models.PositiveSmallIntegerField()
    passed = models.BooleanField()
    submitted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "tentative de quiz"
        verbose_name_plural = "tentatives de quiz"
        indexes = [models.Index(fields=["learner", "module_key"])]

    def __str__(self):
        return f"{self.module_key}: {self.score} %"


class H5PResult(models.Model):
    """An xAPI statement sent by an H5P activity (self-reported: the activity runs in the browser)."""

    id = models.UUIDField(primary_key=True)
    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="h5p_results")
    module_key = models.UUIDField()
    package = models.ForeignKey("courses.H5PPackage", on_delete=models.CASCADE, related_name="+")
    verb = models.CharField(max_length=200, blank=True)
    score_raw = models.FloatField(null=True, blank=True)
    score_max = models.FloatField(null=True, blank=True)
    completed = models.BooleanField(default=False)
    self_reported = models.BooleanField(default=True, editable=False)
    statement = models.JSONField()
    received_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "résultat d'activité H5P"
        verbose_name_plural = "résultats d'activités H5P"

    def __str__(self):
        return f"{self.package_id} {self.verb} {self.score_raw}/{self.score_max}"


class Attestation(models.Model):
    """Proof that a learner completed a path, with what it said frozen at the time it was issued."""

    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="attestations")
    path_key = models.UUIDField()
    code = models.CharField("code de vérification", max_length=16, unique=True)
    holder = models.CharField("titulaire", max_length=60)  # display name or card code, as printed
    path_title = models.CharField(max_length=255)  # in French
    modules = models.JSONField()  # [{"title": French title, "objective": ...}]
    language = models.CharField(max_length=8, blank=True)
    issued_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "attestation"
        verbose_name_plural = "attestations"
        constraints = [models.UniqueConstraint(fields=["learner", "path_key"], name="one_attestation_per_path")]

    def __str__(self):
        return f"{self.path_title} – {self.holder} ({self.code})"
