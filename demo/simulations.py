"""The demo simulations: demo/content/simulations.toml in French, demo/locale/<lang>/simulations.po for each
language, loaded like the lessons (a simulation is translated into a language when the PO file translates its
title). Existing pages and translations are left as they are."""

from simulators.models import SimulationPage

ELEMENT_DEFAULTS = {
    "text_field": {"kind": "text", "placeholder": "", "required": True, "expected": ""},
    "button": {"style": "primary"},
    "dropdown": {"expected": ""},
    "checkbox": {"must_tick": True},
    "file_upload": {"help": "", "required": True},
    "message": {"kind": "info", "sender": "", "subject": ""},
}


def screen_block(element):
    """(block type, value) of one element of a fake screen, from its TOML table."""
    kind = element["type"]
    if kind in ("heading", "paragraph"):
        return kind, element["value"]
    value = {**ELEMENT_DEFAULTS[kind], **{key: item for key, item in element.items() if key != "type"}}
    return kind, value


def step_block(step):
    return (
        "step",
        {
            "title": step["title"],
            "instruction": step["instruction"],
            "screen": [screen_block(element) for element in step["screen"]],
            "expected_button": step["expected"],
            "hint": step["hint"],
            "feedback": step["feedback"],
            "audio": None,
        },
    )


def load_simulations(demo, home_fr, data):
    """Create each French simulation under the French home page, then its translations."""
    pages = []
    for item in data:
        page = home_fr.get_children().filter(slug=item["slug"]).specific().first()
        if page is None:
            page = SimulationPage(
                title=item["title"],
                slug=item["slug"],
                fake_site_name=item["fake_site_name"],
                intro=item["intro"],
                steps=[step_block(step) for step in item["steps"]],
            )
            home_fr.add_child(instance=page)
            page.save_revision().publish()
        context = f"simulation {item['slug']}"
        for locale, catalogue in demo.translations("simulations"):
            if catalogue.translates(context, item["title"]) and not page.has_translation(locale):
                demo.translate(page, locale, catalogue, context)
        pages.append(page)
    demo.log(f"Simulations: {SimulationPage.objects.count()} simulation pages.")
    return pages
