"""The demo's skills framework and diagnostic, from demo/content/diagnostic.toml and its PO files.

Called by demo.loader: `load_framework` before the lessons (modules are tagged with competences as they are
made), `load_diagnostic` after them (the paths it proposes are made of modules). The Demo object passed in
brings the image library, the catalogues and wagtail-localize's translation, as for every other content file.
Idempotent like the rest of load_demo: what exists is left alone.
"""

import tomllib
from pathlib import Path

from courses.models import Competence, CompetenceDomain, LearningPathPage, PathModule
from diagnostic.models import DiagnosticOutcome, DiagnosticQuestion

NAME = "diagnostic"
CONTENT = Path(__file__).resolve().parent / "content"


def read():
    with open(CONTENT / f"{NAME}.toml", "rb") as handle:
        return tomllib.load(handle)


def module_competences():
    """{"<theme>/<module>": [competence codes]} for the demo modules."""
    return read()["module_competences"]


def load_framework(demo):
    """The CRCN's domains and competences in French and every language. Returns {code: French competence}."""
    data = read()
    domains = {}
    for item in data["domains"]:
        domain = CompetenceDomain.objects.filter(locale=demo.french, number=item["number"]).first()
        if domain is None:
            domain = CompetenceDomain.objects.create(locale=demo.french, **item)
        domains[domain.number] = domain
    competences = {}
    for item in data["competences"]:
        competence = Competence.objects.filter(locale=demo.french, code=item["code"]).first()
        if competence is None:
            domain = domains[int(item["code"].split(".")[0])]
            competence = Competence.objects.create(locale=demo.french, domain=domain, **item)
        competences[competence.code] = competence
    for locale, catalogue in demo.translations(NAME):
        for instance in [*domains.values(), *competences.values()]:
            if not instance.has_translation(locale):
                demo.translate(instance, locale, catalogue, None)
    return competences


def load_diagnostic(demo, home_fr, modules):
    """The paths after the first one, the path proposed for each level, and the questions."""
    data = read()
    paths = {path.slug: path for path in home_fr.get_children().type(LearningPathPage).specific()}
    for item in data["paths"]:
        path = paths.get(item["slug"])
        if path is None:
            path = LearningPathPage(title=item["title"], slug=item["slug"], intro=item["intro"])
            path.path_modules = [
                PathModule(module=modules[key], sort_order=index) for index, key in enumerate(item["modules"])
            ]
            home_fr.add_child(instance=path)
            path.save_revision().publish()
            paths[path.slug] = path
        for locale, catalogue in demo.translations(NAME):
            if not path.has_translation(locale):
                demo.translate(path, locale, catalogue, f"path {path.slug}")
    for item in data["outcomes"]:
        DiagnosticOutcome.objects.get_or_create(from_level=item["from_level"], defaults={"path": paths[item["path"]]})
    questions = []
    for order, item in enumerate(data["questions"]):
        question = DiagnosticQuestion.objects.filter(locale=demo.french, level=item["level"], sort_order=order).first()
        if question is None:
            question = DiagnosticQuestion.objects.create(
                locale=demo.french,
                level=item["level"],
                crcn_level=item["crcn_level"],
                sort_order=order,
                question=demo.quiz([item], audio_bases=[f"fr/diagnostic-{order + 1}"]),
            )
        questions.append(question)
    for locale, catalogue in demo.translations(NAME):
        for order, question in enumerate(questions):
            if not question.has_translation(locale):
                # The prompt's clip in this language, when tools/synthesise_audio.py has a voice for it.
                overrides = demo.library.quiz_overrides(
                    "question", question.question, [f"diagnostic-{order + 1}"], locale.language_code
                )
                demo.translate(question, locale, catalogue, None, overrides)
    demo.log(f"Diagnostic: {len(questions)} questions, {len(data['competences'])} competences.")
