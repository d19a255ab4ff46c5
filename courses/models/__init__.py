"""Models of the learning content: pages (portal, themes, modules, paths, info) and site settings.

The glossary (glossary.models) and H5P (h5p.models) keep this app's label for their tables.
"""

from courses.models.competences import Competence, CompetenceDomain
from courses.models.pages import HomePage, InfoPage, LearningPathPage, ModulePage, PathModule, ThemePage
from courses.models.settings import OrganisationSettings

__all__ = [
    "Competence",
    "CompetenceDomain",
    "HomePage",
    "InfoPage",
    "LearningPathPage",
    "ModulePage",
    "OrganisationSettings",
    "PathModule",
    "ThemePage",
]
