"""factory_boy factories for the course pages (tests and benchmarks)."""

import factory
import wagtail_factories

from courses.models import HomePage, OrganisationSettings


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Numerik'AIR"
    slug = factory.Sequence(lambda n: f"accueil-{n}")
    tagline = "Le numérique pas à pas, dans ma langue."

    class Meta:
        model = HomePage


class OrganisationSettingsFactory(factory.django.DjangoModelFactory):
    name = "AIR 77"
    contact_text = "Parlez à votre conseiller."

    class Meta:
        model = OrganisationSettings
