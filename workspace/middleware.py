"""Say clearly why the admin refuses a page in another language (Wagtail alone says "no permission"), or a
PO file (wagtail-localize alone imports a malformed one, or fails)."""

import contextlib
import os
import re
import tempfile

import polib
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from wagtail.models import GroupPagePermission, Page

from glossary.models import GlossaryTerm
from workspace import po_files

PO_UPLOAD = re.compile(r"^/admin/localize/translate/(\d+)/pofile/upload/$")
GLOSSARY_EDIT = re.compile(r"^/admin/snippets/courses/glossaryterm/(?:edit|delete)/(\d+)/")
PAGE_ACTION = re.compile(r"^/admin/pages/(\d+)/(edit|delete|unpublish|move|copy|revisions)/")
LANGUAGE_NAMES = dict(settings.LANGUAGES)
MAX_PROBLEMS_SHOWN = 5


def editable_language_codes(user):
    return set(
        GroupPagePermission.objects.filter(
            group__user=user, permission__codename="change_page", page__depth__lte=2
        ).values_list("page__locale__language_code", flat=True)
    )


def editable_languages(user):
    return sorted({str(LANGUAGE_NAMES.get(code, code)) for code in editable_language_codes(user)})


def refuse(request, user, code):
    """Back to the dashboard, saying which language the content is in and which ones the user edits."""
    language = str(LANGUAGE_NAMES.get(code, code))
    mine = ", ".join(editable_languages(user)) or _("none")
    messages.error(
        request,
        _("This page is in %(language)s: your account cannot change it. Your account edits: %(mine)s.")
        % {"language": language.lower(), "mine": mine.lower()},
    )
    return redirect("wagtailadmin_home")


class LanguageGuardMiddleware:
    """Before Wagtail refuses a page action, explain: this page is in X, your account edits Y."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and PO_UPLOAD.match(request.path_info):
            refused = self.refuse_bad_po_file(request)
            if refused:
                return refused
        user = getattr(request, "user", None)
        glossary = GLOSSARY_EDIT.match(request.path_info)
        if glossary and user is not None and user.is_authenticated and not user.is_superuser:
            refused = self.refuse_other_language_term(request, user, glossary[1])
            if refused:
                return refused
        match = PAGE_ACTION.match(request.path_info)
        if match and user is not None and user.is_authenticated and not user.is_superuser:
            page = Page.objects.filter(pk=match[1]).select_related("locale").first()
            if page is not None and not page.permissions_for_user(user).can_edit():
                return refuse(request, user, page.locale.language_code)
        return self.get_response(request)

    def refuse_other_language_term(self, request, user, pk):
        """Glossary words follow the same rule as pages: each team edits its own language."""
        term = GlossaryTerm.objects.filter(pk=pk).select_related("locale").first()
        if term is None:
            return None
        codes = editable_language_codes(user)
        if GroupPagePermission.objects.filter(group__user=user, page__depth=1).exists():
            return None  # administrators: rights on the root, every language
        if term.locale.language_code in codes:
            return None
        return refuse(request, user, term.locale.language_code)

    def refuse_bad_po_file(self, request):
        """Refuse, before wagtail-localize imports it, a PO file that it would import wrongly (a syntax error
        polib forgives by truncating a string, markup its French does not have) or fail on (500: no
        translation id). The message names the line; nothing changes."""
        upload = request.FILES.get("file")
        if upload is None:
            return None
        data = upload.read()
        upload.seek(0)
        problems = po_files.problems_in(data)
        if problems:
            shown = " ".join(str(problem) for problem in problems[:MAX_PROBLEMS_SHOWN])
            if len(problems) > MAX_PROBLEMS_SHOWN:
                shown += f" Et {len(problems) - MAX_PROBLEMS_SHOWN} autre(s) problème(s) plus bas."
            messages.error(
                request,
                f"Ce fichier PO n'a pas été importé : la traduction n'a pas changé. {shown} Corrigez le fichier, "
                "puis envoyez-le à nouveau.",
            )
            return back_to_editor(request)
        if has_translation_id(data):
            return None
        messages.error(
            request,
            _(
                "This PO file was not downloaded from this translation (it has no translation id). Download "
                "the PO file of this translation, translate it, then upload it."
            ),
        )
        return back_to_editor(request)


def has_translation_id(data):
    """Whether polib, as wagtail-localize reads the file, finds the id of the translation it was made for."""
    # polib reads a file path or a text; give it a path so that the text is never taken for one.
    with tempfile.NamedTemporaryFile(delete=False, suffix=".po") as handle:
        handle.write(data)
    try:
        return "X-WagtailLocalize-TranslationID" in polib.pofile(handle.name).metadata
    except (OSError, UnicodeDecodeError, ValueError):
        return True  # malformed: wagtail-localize says so itself
    finally:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)


def back_to_editor(request):
    """Where the upload came from: the editor's form sends `next`; otherwise the referring page."""
    for back in (request.POST.get("next", ""), request.headers.get("referer", "")):
        if back and url_has_allowed_host_and_scheme(
            back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            return redirect(back)
    return redirect("wagtailadmin_home")
