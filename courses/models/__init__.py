"""Models of the learning content: pages (portal, themes, modules, paths, info) and site settings."""

from courses.models.glossary import GlossaryTerm
from courses.models.h5p import H5PLibrary, H5PPackage
from courses.models.pages import HomePage, InfoPage, LearningPathPage, ModulePage, PathModule, ThemePage
from courses.models.settings import OrganisationSettings

__all__ = [
    "GlossaryTerm",
    "H5PLibrary",
    "H5PPackage",
    "HomePage",
    "InfoPage",
    "LearningPathPage",
    "ModulePage",
    "OrganisationSettings",
    "PathModule",
    "ThemePage",
]
