"""Models of the learning content: pages (portal, themes, modules, paths, info) and site settings."""

from courses.models.pages import HomePage, InfoPage, LearningPathPage, ModulePage, PathModule, ThemePage
from courses.models.settings import OrganisationSettings

__all__ = ["HomePage", "InfoPage", "LearningPathPage", "ModulePage", "OrganisationSettings", "PathModule", "ThemePage"]
