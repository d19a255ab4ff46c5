"""Say clearly why the admin refuses a page in another language (Wagtail alone says "no permission")."""

import re

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.models import GroupPagePermission, Page

PAGE_ACTION = re.compile(r"^/admin/pages/(\d+)/(edit|delete|unpublish|move|copy|revisions)/")
LANGUAGE_NAMES = dict(settings.LANGUAGES)


def editable_languages(user):
    codes = GroupPagePermission.objects.filter(
        group__user=user, permission__codename="change_page", page__depth=2
    ).values_list("page__locale__language_code", flat=True)
    return sorted({str(LANGUAGE_NAMES.get(code, code)) for code in codes})


class LanguageGuardMiddleware:
    """Before Wagtail refuses a page action, explain: this page is in X, your account edits Y."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        match = PAGE_ACTION.match(request.path_info)
        user = getattr(request, "user", None)
        if match and user is not None and user.is_authenticated and not user.is_superuser:
            page = Page.objects.filter(pk=match[1]).select_related("locale").first()
            if page is not None and not page.permissions_for_user(user).can_edit():
                language = str(LANGUAGE_NAMES.get(page.locale.language_code, page.locale.language_code))
                mine = ", ".join(editable_languages(user)) or _("none")
                messages.error(
                    request,
                    _("This page is in %(language)s: your account cannot change it. Your account edits: %(mine)s.")
                    % {"language": language.lower(), "mine": mine.lower()},
                )
                return redirect("wagtailadmin_home")
        return self.get_response(request)
