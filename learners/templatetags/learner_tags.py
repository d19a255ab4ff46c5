"""Template tags that put the learner's progress on content pages (themes, paths, modules, home) without
the content app knowing about learners. Each tag costs at most one query per page and list."""

import uuid

from django import template
from django.conf import settings
from django.core.cache import cache
from django.urls import reverse
from django.utils.translation import get_language

from courses import page_cache
from learners import identity, progress
from quiz.grading import questions_for_form

register = template.Library()


def _learner(context):
    request = context.get("request")
    if request is None or not hasattr(request, "session"):
        return None
    if not hasattr(request, "_learner"):
        request._learner = identity.current_learner(request) if request.session.get(identity.SESSION_KEY) else None
    return request._learner


@register.simple_tag(takes_context=True)
def current_learner(context):
    return _learner(context)


@register.simple_tag(takes_context=True)
def progress_map(context, pages):
    """{translation_key: ModuleProgress} for a list of module pages."""
    learner = _learner(context)
    if learner is None:
        return {}
    return progress.progress_by_key(learner, [page.translation_key for page in pages])


@register.filter
def progress_of(progress_by_key, page):
    return progress_by_key.get(page.translation_key) if progress_by_key else None


@register.simple_tag(takes_context=True)
def continue_learning(context):
    return progress.continue_where_stopped(_learner(context), get_language())


@register.simple_tag(takes_context=True)
def path_progress(context, path):
    return progress.path_status(_learner(context), path)


@register.simple_tag(takes_context=True)
def path_attestation(context, path):
    learner = _learner(context)
    return learner.attestations.filter(path_key=path.translation_key).first() if learner else None


@register.simple_tag(takes_context=True)
def quiz_state(context, page):
    """What the quiz of the public module page needs: the questions (never the answers) and where to post.
    Nothing personal (courses/page_cache.py): the attempt id and CSRF token are added at submit (lesson.js),
    the result is its own page (learners.views.quiz_result)."""
    request = context["request"]
    preview = getattr(request, "is_preview", False)
    version = None if preview else page_cache.current_version()
    if version is None:
        return quiz_context(page, preview=preview)
    # The questions of a published page change only when a page is published (a new version of the page
    # cache, courses/signals.py): kept in the cache, they cost no query for the documents of their clips.
    key = f"quizform:{version}:{page.pk}:{page.latest_revision_id}:{get_language()}"
    state = cache.get(key)
    if state is None:
        state = quiz_context(page)
        cache.set(key, state, settings.PAGE_CACHE_TIMEOUT)
    return state


def quiz_context(page, preview=False, result=None, personal=False):
    """The context of quiz/quiz_form.html; `personal` pages (the result, the confirmation) carry a token and a
    fresh attempt id."""
    return {
        # Wagtail's preview (in the admin, for trainers) shows the right answers and the tap target.
        "questions": questions_for_form(page.quiz, show_answers=preview, source_quiz=progress.french_quiz(page)),
        "preview": preview,
        "attempt_id": uuid.uuid4() if personal else "",
        "personal": personal,
        "action": reverse("learners:quiz", kwargs={"module_key": page.translation_key}),
        "pass_mark": page.pass_mark,
        "result": result,
        "progress": None,
    }
