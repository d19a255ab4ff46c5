"""A class (« groupe ») that a trainer runs: its learners, who join with a short code or a QR code, its
co-trainers, and the paths or modules it is asked to follow.

Learners stay pseudonymous: a membership links a class to a `learners.Learner`, whose card code is what
trainers see first. Erasing a learner erases their memberships (CASCADE).
"""

import secrets

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.db.models import Q
from django.utils import timezone
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Orderable
from wagtail.models.audit_log import BaseLogEntry, ModelLogEntryManager

from classes.admin_forms import LearnerGroupForm

# No 0/O, 1/I/L, 2/Z, 5/S, 8/B, 6/G, Q: a code read on a wall or typed on a phone cannot be misread.
JOIN_CODE_ALPHABET = "ACDEFHJKMNPRTUVWXY3479"
JOIN_CODE_LENGTH = 6


def new_join_code():
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


def normalise_join_code(text):
    """What a learner typed, as stored: capitals, nothing but the code's characters."""
    return "".join(char for char in str(text)[:32].upper() if char.isalnum())


class LearnerGroup(ClusterableModel):
    """A class: a name, a place, dates, the learners' languages, its trainers and its join code."""

    name = models.CharField("nom", max_length=120, help_text="Exemple : « Mardi matin – Melun ».")
    place = models.CharField("lieu", max_length=160, blank=True, help_text="Exemple : « Centre social, Melun ».")
    languages = models.JSONField(
        "langues des apprenants", default=list, blank=True, help_text="Les langues que parlent les apprenants."
    )
    starts_on = models.DateField("début", null=True, blank=True)
    ends_on = models.DateField("fin", null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="créé par",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    co_trainers = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name="co-formateurs",
        blank=True,
        related_name="co_trained_groups",
        help_text="D'autres formateurs qui voient et modifient ce groupe.",
    )
    join_code = models.CharField(
        "code pour rejoindre", max_length=16, unique=True, default=new_join_code, editable=False
    )
    created_at = models.DateTimeField("créé le", default=timezone.now, editable=False)

    panels = [
        FieldPanel("name"),
        FieldPanel("place"),
        FieldPanel("languages"),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")], heading="Dates"),
        FieldPanel("co_trainers"),
        MultiFieldPanel([InlinePanel("assignments", label="Parcours ou module")], heading="À faire par le groupe"),
    ]

    base_form_class = LearnerGroupForm

    class Meta:
        verbose_name = "groupe"
        verbose_name_plural = "groupes"
        ordering = ["-starts_on", "-created_at"]
        permissions = [("manage_all_learnergroups", "Peut voir et modifier tous les groupes")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if self._state.adding:
            # A fresh code is drawn again in the (unlikely) case it is already taken.
            for _attempt in range(20):
                try:
                    with transaction.atomic():
                        return super().save(*args, **kwargs)
                except IntegrityError:
                    if not type(self).objects.filter(join_code=self.join_code).exists():
                        raise
                    self.join_code = new_join_code()
        return super().save(*args, **kwargs)

    @property
    def languages_display(self):
        names = {code: local for code, _name, local, _bidi in settings.LANGUAGE_DATA}
        return ", ".join(names.get(code, code) for code in self.languages) or "—"

    def is_trainer(self, user):
        return self.created_by_id == user.pk or self.co_trainers.filter(pk=user.pk).exists()


class Membership(models.Model):
    """A learner in a class. A learner may be in several classes; joining twice changes nothing."""

    group = models.ForeignKey(LearnerGroup, verbose_name="groupe", on_delete=models.CASCADE, related_name="memberships")
    learner = models.ForeignKey(
        "learners.Learner", verbose_name="apprenant", on_delete=models.CASCADE, related_name="memberships"
    )
    joined_at = models.DateTimeField("arrivé le", default=timezone.now)

    class Meta:
        verbose_name = "membre du groupe"
        verbose_name_plural = "membres du groupe"
        constraints = [models.UniqueConstraint(fields=["group", "learner"], name="one_membership_per_group")]

    def __str__(self):
        return f"{self.group} – {self.learner}"


class Assignment(Orderable):
    """A path or a module the class is asked to follow, with an optional date."""

    group = ParentalKey(LearnerGroup, on_delete=models.CASCADE, related_name="assignments")
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="parcours ou module",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="Choisissez la version française : chaque apprenant la voit dans sa langue.",
    )
    due_on = models.DateField("pour le", null=True, blank=True)

    panels = [PageChooserPanel("page", ["courses.LearningPathPage", "courses.ModulePage"]), FieldPanel("due_on")]

    class Meta(Orderable.Meta):
        verbose_name = "à faire"
        verbose_name_plural = "à faire"

    def __str__(self):
        return f"{self.group}: {self.page}"


class ClassLogEntryManager(ModelLogEntryManager):
    def viewable_by_user(self, user):
        """Those who may change classes, for the classes they run: a trainer's site history does not show another
        trainer's classes, their names or their card codes. (Wagtail's own rule, a right on the model, caches
        its answer on the user across log models, so it is not reused here.)"""
        entries = self.get_queryset()
        if user.is_superuser or user.has_perm("classes.manage_all_learnergroups"):
            return entries
        if not user.has_perm("classes.change_learnergroup"):
            return entries.none()
        mine = LearnerGroup.objects.filter(Q(created_by=user) | Q(co_trainers=user)).values_list("pk", flat=True)
        return entries.filter(object_id__in=[str(pk) for pk in mine])


class ClassLogEntry(BaseLogEntry):
    """Wagtail's audit log for classes (created, changed, a PIN reset, a card merged...), kept apart from
    ModelLogEntry so that only the class's trainers and administrators read it."""

    object_id = models.CharField(max_length=255, db_index=True)

    objects = ClassLogEntryManager()

    class Meta(BaseLogEntry.Meta):
        ordering = ["-timestamp", "-id"]
        verbose_name = "entrée du journal des groupes"
        verbose_name_plural = "journal des groupes"
