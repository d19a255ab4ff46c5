"""`{% practice_standings %}`: where the learner stands in the simulations and trainers, for their progress page."""

from django import template

from learners.identity import current_learner
from simulators import progress

register = template.Library()


@register.inclusion_tag("simulators/includes/standings.html", takes_context=True)
def practice_standings(context):
    request = context.get("request")
    learner = current_learner(request) if request is not None else None
    return {"standings": progress.standings(learner, progress.simulations())}
