"""Helpers shared by the tests: build a small multilingual site without the demo content."""

from django.conf import settings
from wagtail.models import Collection, GroupCollectionPermission, Locale, Page, Site

from tests.factories import HomePageFactory


def create_locales():
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES}


def create_multilingual_site(taglines=None):
    """A published HomePage in French, set as the default site's root, and a live translation of it in
    every other language. `taglines` maps a language code to that translation's tagline."""
    taglines = taglines or {}
    locales = create_locales()
    # Transactional tests (browser tests) flush the tables, groups made by migrations included.
    from django.contrib.auth.models import Group, Permission

    from classes.roles import grant_groups
    from workspace import roles

    roles.setup_groups(Group, Permission)
    grant_groups(Group, Permission)  # the rights on classes, which classes' own migration gave
    root = Page.get_first_root_node()
    if root is None:  # transactional tests flush the trees that the migrations created
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locales["fr"]))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    roles.grant_collections(Group, Permission, Collection, GroupCollectionPermission)
    for child in root.get_children():
        child.delete()
    home = HomePageFactory(parent=root, locale=locales["fr"], tagline=taglines.get("fr", "Bienvenue"))
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Numerik'AIR")
    homes = {"fr": home}
    for code, locale in locales.items():
        if code == "fr":
            continue
        translated = home.copy_for_translation(locale)
        translated.tagline = taglines.get(code, translated.tagline)
        translated.save_revision().publish()
        homes[code] = translated.specific
    return homes


def translate_now(instance, locale, strings, overrides=None):
    """Translate through wagtail-localize and run the publication it defers to the end of the transaction."""
    from django.test import TestCase

    from demo.translation import translate

    with TestCase.captureOnCommitCallbacks(execute=True):
        translated, _misses = translate(instance, locale, strings, overrides=overrides)
    return getattr(translated, "specific", translated)  # pages are specific; snippets are already


def group_member(group_name, username, password):
    """A fresh user in one group of `workspace.roles` and nothing else: roles are tested as their members,
    never as a superuser."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(username, password=password)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def member_client(group_name, username):
    """A test client logged in as a fresh member of `group_name` (see group_member); the user is `client.user`."""
    from django.test import Client

    client = Client()
    client.user = group_member(group_name, username, f"mot-de-passe-{username}")
    client.force_login(client.user)
    return client


def audio_document(title="clip", size=2000, extension="opus"):
    """A Wagtail document holding a (tiny) audio file."""
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    document = get_document_model()(title=title)
    document.file.save(f"{title}.{extension}", ContentFile(b"OggS" + b"\0" * (size - 4)), save=False)
    document.save()
    return document
