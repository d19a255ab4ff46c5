"""What a trainer prints for a class: a bilingual handout of a module (French and the learners' language, step
by step with the pictures, on A4 through a print stylesheet) and the class's attestations, several per A4 sheet.

A handout prints any live module in any of the site's languages; a module not yet translated into the chosen
language prints in French with a note saying so. Trainers (and administrators) print handouts of any module,
and the handouts and attestations of the classes they run; everyone else gets 403 (classes/admin_views.py).
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import formats, translation
from wagtail.models import Locale, Page

from classes.admin_views import group_for
from classes.models import Membership
from core.qr import qr_svg
from core.translation import french_version
from courses.blocks import bold_only
from courses.lesson import build_steps
from courses.models import LearningPathPage, ModulePage
from learners.models import Attestation

ATTESTATIONS_PER_SHEET = 6
SHEETS_PER_PRINT = 16  # 96 attestations per page of the screen: a big class prints in a few pages


def languages():
    """(code, name in its own script, right to left) of every language but French, as the site declares them."""
    return [
        (code, local, bidi) for code, _name, local, bidi in settings.LANGUAGE_DATA if code != settings.LANGUAGE_CODE
    ]


def default_language(group=None):
    """The class's first learners' language other than French, else Arabic (the site's first learners' language)."""
    codes = [code for code, _local, _bidi in languages()]
    for code in getattr(group, "languages", None) or []:
        if code in codes:
            return code
    return "ar" if "ar" in codes else codes[0]


def side(title, text, callout, callout_kind, words):
    return {"title": title, "text": text, "callout": callout, "callout_kind": callout_kind, "words": words}


def handout_steps(steps):
    """Each step as two sides, French and the chosen language (None: French only), and its picture."""
    printed = []
    for step in steps:
        words = step.vocabulary
        own = side(step.title, step.text_html, step.callout_text, step.callout_kind, [item["word"] for item in words])
        pending = step.french is not None and step.untranslated
        if step.french is None or pending:
            french, local = own, None  # a French module, or a step whose translation still holds the French
        else:
            french_words = [item["french"] or item["word"] for item in words]
            french = side(
                step.french.title,
                step.french.text_html,
                bold_only(step.french.callout),
                step.callout_kind,
                french_words,
            )
            local = own
        printed.append(
            {
                "number": step.number,
                "image": step.image,
                "alt": step.french.alt if step.french is not None else step.alt,
                "french": french,
                "local": local,
                "pending": pending,
            }
        )
    return printed


def may_print(user):
    """Trainers and administrators print handouts; translators and others do not (403)."""
    return user.is_active and (user.is_superuser or user.has_perm("classes.add_learnergroup"))


def assigned_modules(group):
    """The live modules the class is asked to follow, in French, in order: a path stands for its modules."""
    modules = []
    for assignment in group.assignments.select_related("page").order_by("sort_order", "pk"):
        page = assignment.page.specific
        if isinstance(page, LearningPathPage):
            items = page.path_modules.select_related("module").order_by("sort_order")
            found = [(item.module, page) for item in items]
        elif isinstance(page, ModulePage):
            found = [(page, None)]
        else:
            found = []
        for module, path in found:
            french = french_version(module)
            french = french.specific if french is not None else module
            if french.live and french.pk not in {item["module"].pk for item in modules}:
                modules.append({"module": french, "path": path, "due_on": assignment.due_on})
    return modules


def handouts(request, pk):
    """The class's modules, each with a language to choose and « Imprimer un support »."""
    group = group_for(request, pk)
    context = {
        "page_title": "Supports à imprimer",
        "page_subtitle": group.name,
        "header_icon": "doc-full",
        "group": group,
        "modules": assigned_modules(group),
        "languages": languages(),
        "default_language": default_language(group),
        "edit_url": reverse("groupes:edit", args=[group.pk]),
    }
    return render(request, "classes/admin/print_handouts.html", context)


def class_handout(request, pk, module_pk):
    """The handout of a module for a class: 403 for a class the trainer does not run."""
    group = group_for(request, pk)
    back_url = reverse("groupes:handouts", args=[group.pk])
    return _handout(request, module_pk, default_language(group), back_url, group=group)


def module_handout(request, module_pk):
    """The handout of any live module, from the page listing: trainers and administrators only."""
    if not may_print(request.user):
        raise PermissionDenied
    return _handout(request, module_pk, default_language(), reverse("wagtailadmin_explore", args=[module_pk]))


def _handout(request, module_pk, default, back_url, group=None):
    page = get_object_or_404(Page, pk=module_pk).specific
    french = french_version(page) if isinstance(page, ModulePage) else None
    if french is None or not french.live:
        raise Http404("Seul un module publié s'imprime en support.")
    french = french.specific
    codes = {code: (local, bidi) for code, local, bidi in languages()}
    asked = request.GET.get("langue", default)
    language = asked if asked in codes else default
    locale = Locale.objects.filter(language_code=language).first()
    translated = french.get_translation_or_none(locale) if locale else None
    translated = translated.specific if translated is not None and translated.live else None
    steps = handout_steps(build_steps(translated, french) if translated else build_steps(french, None))
    local_name, bidi = codes[language]
    online = translated or french
    url = online.get_url(request)
    context = {
        "group": group,
        "french": french,
        "translated": translated,
        "steps": steps,
        "language": language,
        "language_name": local_name,
        "direction": "rtl" if bidi else "ltr",
        "languages": languages(),
        "unknown_language": asked if asked != language else "",
        "online_url": request.build_absolute_uri(url) if url else "",
        "qr": qr_svg(request.build_absolute_uri(url)) if url else "",
        "back_url": back_url,
    }
    return render(request, "classes/admin/print_handout.html", context)


def attestations(request, pk):
    """Every attestation of the class's learners, 6 per A4 sheet: holder, path, date in the attestation's
    language and in French, verification code, URL and QR code. In pages of 96."""
    group = group_for(request, pk)
    learners = Membership.objects.filter(group=group).values("learner")
    rows = Attestation.objects.filter(learner__in=learners).order_by("issued_at", "pk")
    paginator = Paginator(rows, ATTESTATIONS_PER_SHEET * SHEETS_PER_PRINT)
    page = paginator.get_page(request.GET.get("page"))
    bidi = {code: is_rtl for code, _name, _local, is_rtl in settings.LANGUAGE_DATA}
    items = []
    for attestation in page.object_list:
        language = attestation.language if attestation.language in bidi else settings.LANGUAGE_CODE
        with translation.override(settings.LANGUAGE_CODE):  # the French page: an employer checks it
            verify_url = request.build_absolute_uri(reverse("learners_verify", kwargs={"code": attestation.code}))
            french_date = formats.date_format(attestation.issued_at, "DATE_FORMAT")
        with translation.override(language):
            local_date = formats.date_format(attestation.issued_at, "DATE_FORMAT")
        items.append(
            {
                "attestation": attestation,
                "french_date": french_date,
                "local_date": local_date if language != settings.LANGUAGE_CODE else "",
                "language": language,
                "direction": "rtl" if bidi[language] else "ltr",
                "verify_url": verify_url,
                "qr": qr_svg(verify_url),
            }
        )
    context = {
        "group": group,
        "sheets": [
            items[start : start + ATTESTATIONS_PER_SHEET] for start in range(0, len(items), ATTESTATIONS_PER_SHEET)
        ],
        "page": page,
        "member_count": Membership.objects.filter(group=group).count(),
        "back_url": reverse("groupes:edit", args=[group.pk]),
    }
    return render(request, "classes/admin/print_attestations.html", context)
