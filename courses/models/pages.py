"""Page types of the learning site: portal, themes, modules (lessons), learning paths and info pages.

Tree: HomePage (one per language) > ThemePage > ModulePage; HomePage > LearningPathPage; HomePage > InfoPage.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import prefetch_related_objects
from django.http import Http404
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import get_language
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.translation import french_version, is_french
from courses.blocks import InfoStreamBlock, StepBlock
from courses.lesson import build_steps
from courses.models.competences import LEVEL_OF_MODULE, in_source_language
from courses.navigation import children_for_language, for_language
from courses.page_cache import current_version
from glossary.marking import entries_for
from quiz.blocks import DEFAULT_PASS_MARK, QuizStreamBlock

THEME_COLOURS = [
    # name, label, colour with AA contrast against white text
    ("teal", "Bleu-vert", "#0b5563"),
    ("blue", "Bleu", "#1d4ed8"),
    ("purple", "Violet", "#6d28d9"),
    ("green", "Vert", "#166534"),
    ("orange", "Orange", "#9a3412"),
    ("red", "Rouge", "#b91c1c"),
    ("brown", "Brun", "#78350f"),
    ("slate", "Gris ardoise", "#334155"),
]


class FallbackToFrenchRoutingMixin:
    """Serve the French page, with a notice, when a child page is not translated into this language.

    A learner who follows a shared link such as /ti/ordinateur/clavier-azerty/ to a module that has no
    Tigrinya version yet gets the French lesson in the Tigrinya shell, never a 404.
    """

    def route(self, request, path_components):
        try:
            return super().route(request, path_components)
        except Http404:
            if not path_components or is_french(self):
                raise
            french = french_version(self)
            if french is None:
                raise
            child = french.get_children().filter(slug=path_components[0]).live().first()
            if child is None:
                raise
            translated = child.get_translation_or_none(self.locale)
            if translated is not None and translated.live:
                # Translated under another slug: serve the translation itself.
                return translated.specific.route(request, path_components[1:])
            request.untranslated_fallback = True
            return child.specific.route(request, path_components[1:])


def learner_language(page, request):
    """The language the learner reads `page` in: the page's own, or the language of the URL when the French
    page is served in place of a missing translation (under /ti/, say)."""
    if getattr(request, "untranslated_fallback", False):
        return get_language()
    return page.locale.language_code


class HomePage(FallbackToFrenchRoutingMixin, Page):
    """The portal of one language: site name, tagline, and the list of themes and paths."""

    tagline = models.CharField(
        "accroche",
        max_length=160,
        blank=True,
        help_text=(
            "Une phrase courte et simple sous le nom du site. Exemple : « Le numérique pas à pas, dans ma langue. »"
        ),
    )
    intro = RichTextField(
        "introduction",
        blank=True,
        features=["bold", "italic", "link"],
        help_text="Deux ou trois phrases faciles à lire (FALC) : à quoi sert le site.",
    )

    content_panels = [*Page.content_panels, FieldPanel("tagline"), FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("tagline"), index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.ThemePage", "courses.LearningPathPage", "courses.InfoPage", "simulators.SimulationPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "page d'accueil"
        verbose_name_plural = "pages d'accueil"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Untranslated themes, paths and pages are listed too, in French, with a label (courses.navigation).
        language = learner_language(self, request)
        context["themes"] = children_for_language(self, language, ThemePage)
        paths = children_for_language(self, language, LearningPathPage)
        context["paths"] = sorted(paths, key=lambda path: not path.start_here)
        context["info_pages"] = children_for_language(self, language, InfoPage)
        prefetch_pictograms(context["themes"])
        return context


class ThemePage(FallbackToFrenchRoutingMixin, Page):
    """A session theme (using a computer, email, public services…): a pictogram, a colour and its modules."""

    description = models.CharField(
        "description",
        max_length=200,
        help_text="Une phrase courte en français facile. Exemple : « Allumer l'ordinateur, écrire au clavier. »",
    )
    pictogram = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="pictogramme",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Un dessin simple et carré qui représente le thème.",
    )
    colour = models.CharField(
        "couleur",
        max_length=10,
        choices=[(name, label) for name, label, _hex in THEME_COLOURS],
        default="teal",
        help_text="La couleur du thème sur le site (toutes sont lisibles avec du texte blanc).",
    )

    content_panels = [*Page.content_panels, FieldPanel("description"), FieldPanel("pictogram"), FieldPanel("colour")]
    search_fields = [*Page.search_fields, index.SearchField("description")]

    parent_page_types = ["courses.HomePage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = "thème"
        verbose_name_plural = "thèmes"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Every module of the theme, those not yet translated in French with a label (courses.navigation).
        language = learner_language(self, request)
        context["modules"] = children_for_language(self, language, ModulePage)
        context["untranslated_fallback"] = getattr(request, "untranslated_fallback", False)
        context["home_url"] = f"/{language}/"
        prefetch_pictograms(context["modules"])
        return context


class ModulePage(Page):
    """One lesson: an objective and a few illustrated steps, read one per screen on a phone."""

    LEVELS = [("debutant", "Débutant (CRCN niveau 1)"), ("intermediaire", "Intermédiaire (CRCN niveau 2)")]

    objective = models.CharField(
        "objectif",
        max_length=200,
        help_text=(
            "Commencez par « À la fin, je sais… ». Exemple : « À la fin, je sais allumer et éteindre l'ordinateur. »"
        ),
    )
    duration = models.PositiveSmallIntegerField("durée (minutes)", default=10, help_text="Pour un débutant.")
    level = models.CharField("niveau", max_length=20, choices=LEVELS, default="debutant")
    pictogram = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="pictogramme",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Un dessin simple et carré qui représente la leçon.",
    )
    # The same (French) competences in every translation: wagtail-localize copies this field as it is.
    competences = ParentalManyToManyField(
        "courses.Competence",
        verbose_name="compétences (CRCN)",
        blank=True,
        related_name="modules",
        limit_choices_to=in_source_language,
        help_text="Les compétences du référentiel que ce module fait travailler, au niveau choisi ci-dessus.",
    )
    steps = StreamField(
        [("step", StepBlock())],
        verbose_name="étapes",
        min_num=1,
        help_text="Les étapes dans l'ordre. Une étape = une idée, une image, quelques phrases courtes.",
    )
    quiz = StreamField(
        QuizStreamBlock(),
        verbose_name="quiz",
        blank=True,
        help_text="Quelques questions à la fin du module (facultatif). Les réponses sont corrigées sur le serveur.",
    )
    pass_mark = models.PositiveSmallIntegerField(
        "note pour réussir (%)",
        default=DEFAULT_PASS_MARK,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text="Pourcentage de bonnes réponses pour réussir le quiz.",
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("objective"),
                FieldPanel("duration"),
                FieldPanel("level"),
                FieldPanel("competences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("pictogram"),
            ],
            heading="La leçon",
        ),
        FieldPanel("steps"),
        MultiFieldPanel([FieldPanel("quiz"), FieldPanel("pass_mark")], heading="Quiz"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("objective"), index.SearchField("steps")]

    parent_page_types = ["courses.ThemePage"]
    subpage_types = []

    class Meta:
        verbose_name = "module (leçon)"
        verbose_name_plural = "modules (leçons)"

    @property
    def crcn_level(self):
        """The CRCN level this module teaches in each of its competences (1 or 2)."""
        return LEVEL_OF_MODULE.get(self.level, 1)

    @cached_property
    def french_source(self):
        """The French version of this module (itself when it is French), or None."""
        french = french_version(self)
        return french.specific_deferred if french else None  # its StreamFields load only when read

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The theme as the learner knows it: in their language when translated, with its URL under /<code>/.
        context["theme"] = for_language([self.get_parent().specific], learner_language(self, request))[0]
        context["theme_url"] = context["theme"].learner_url
        # Built only when the template's cache of the steps misses (see courses/module_page.html).
        context["lesson_steps"] = SimpleLazyObject(
            lambda: build_steps(self, self.french_source, glossary=entries_for(self.locale))
        )
        french = self.french_source
        # Any glossary change purges the page cache, so its version (a cache read, no query) keys the glossary.
        context["steps_cache_key"] = (
            f"{self.pk}:{self.latest_revision_id}:{french.latest_revision_id if french else 0}:{current_version()}"
        )
        context["untranslated_fallback"] = getattr(request, "untranslated_fallback", False)
        return context


class PathModule(Orderable):
    """One module in a learning path, in order."""

    path = ParentalKey("courses.LearningPathPage", related_name="path_modules", on_delete=models.CASCADE)
    module = models.ForeignKey("courses.ModulePage", verbose_name="module", on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("module", "courses.ModulePage")]

    class Meta(Orderable.Meta):
        verbose_name = "module du parcours"
        verbose_name_plural = "modules du parcours"


class LearningPathPage(Page):
    """An ordered list of modules from any theme, e.g. "Premiers pas numériques"."""

    intro = models.CharField(
        "présentation",
        max_length=250,
        help_text="Une ou deux phrases faciles : pour qui, pour apprendre quoi.",
    )
    start_here = models.BooleanField(
        "commencer ici",
        default=False,
        help_text="Cochez pour le parcours conseillé aux débutants : il est montré en premier.",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("start_here"),
        InlinePanel("path_modules", label="Modules, dans l'ordre", min_num=1),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["courses.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = "parcours"
        verbose_name_plural = "parcours"

    @cached_property
    def modules(self):
        """The live modules of the path, in order, in the learner's language when translated, else in French
        with `in_french` set and their URL under /<code>/ (courses.navigation)."""
        items = self.path_modules.select_related("module", "module__locale").order_by("sort_order")
        language = getattr(self, "learner_language", None) or self.locale.language_code
        modules = for_language([item.module.specific for item in items], language)
        return [module for module in modules if module.live]

    @property
    def duration(self):
        return sum(module.duration for module in self.modules)

    def clean(self):
        super().clean()
        seen = set()
        for item in self.path_modules.all():
            if item.module_id in seen:
                raise ValidationError("Un module apparaît deux fois dans ce parcours.")
            seen.add(item.module_id)

    def get_context(self, request, *args, **kwargs):
        self.learner_language = learner_language(self, request)
        self.__dict__.pop("modules", None)  # resolved again in the learner's language
        context = super().get_context(request, *args, **kwargs)
        context["home_url"] = f"/{self.learner_language}/"
        context["untranslated_fallback"] = getattr(request, "untranslated_fallback", False)
        prefetch_pictograms(self.modules)
        return context


class InfoPage(Page):
    """About, help, privacy, accessibility statement, useful contacts."""

    intro = models.CharField("chapeau", max_length=250, blank=True, help_text="Une phrase qui résume la page.")
    body = StreamField(InfoStreamBlock(), verbose_name="contenu", blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["courses.HomePage", "courses.InfoPage"]
    subpage_types = ["courses.InfoPage"]

    class Meta:
        verbose_name = "page d'information"
        verbose_name_plural = "pages d'information"


def prefetch_pictograms(pages):
    """Load the pictograms of a list of pages and their renditions in two queries."""
    ids = {page.pictogram_id for page in pages if getattr(page, "pictogram_id", None)}
    if not ids:
        return
    images = {image.id: image for image in get_image_model().objects.filter(id__in=ids)}
    prefetch_related_objects(list(images.values()), "renditions")
    for page in pages:
        if getattr(page, "pictogram_id", None) in images:
            page.pictogram = images[page.pictogram_id]
