"""Attestations: issued when a learner completes a path, printed as a PDF and verifiable at a public URL.

An attestation names the modules, the framework competences (CRCN) they teach at their level and the hours
followed (the modules' durations), frozen when it is issued. The PDF is written with fpdf2; text goes
through HarfBuzz (uharfbuzz) so that a display name in Arabic script is joined and ordered right-to-left and
an Ethiopic name keeps its syllables. The fonts are Noto subsets shipped in learners/fonts/ (built by
tools/subset_fonts.py): no system library is needed.
"""

import io
import logging
import secrets
from pathlib import Path

import segno
from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import prefetch_related_objects
from django.utils import formats, translation
from django.utils.translation import gettext as _
from fpdf import FPDF

from core.text import fold
from core.translation import french_version
from courses.models import OrganisationSettings
from learners.errors import LearnerError
from learners.models import Attestation
from learners.progress import path_for, path_status

logger = logging.getLogger(__name__)

FONTS = Path(__file__).resolve().parent / "fonts"
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L


def new_verification_code():
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(10))
    return f"{raw[:5]}-{raw[5:]}"


def normalise_verification_code(text):
    raw = "".join(char for char in fold(str(text)[:32]).upper() if char.isalnum())
    return f"{raw[:5]}-{raw[5:]}" if len(raw) == 10 else raw


def issue(learner, path):
    """The learner's attestation for a completed path (issued once, then the same one)."""
    existing = learner.attestations.filter(path_key=path.translation_key).first()
    if existing:
        return existing
    if not path_status(learner, path)["complete"]:
        raise LearnerError(_("Finish every module of this path first: then you can download your attestation."))
    card = learner.active_card
    if card is None:
        raise LearnerError(_("Save your progress with a learner card first: the attestation carries its code."))
    french_path = (french_version(path) or path).specific
    modules = [(french_version(module) or module).specific for module in french_path.modules]
    prefetch_related_objects(modules, "competences")
    for _attempt in range(10):
        try:
            with transaction.atomic():
                return Attestation.objects.create(
                    learner=learner,
                    path_key=path.translation_key,
                    code=new_verification_code(),
                    holder=learner.display_name or card.code,
                    path_title=french_path.title,
                    modules=[_module_record(module) for module in modules],
                    language=translation.get_language() or "",
                )
        except IntegrityError:
            existing = learner.attestations.filter(path_key=path.translation_key).first()
            if existing:  # issued by a concurrent request
                return existing
    raise RuntimeError("could not draw a free verification code")


def _module_record(module):
    """What the attestation keeps of a module: its title and objective, its duration and the framework
    competences it teaches at its level (in French, frozen like the rest)."""
    return {
        "title": module.title,
        "objective": module.objective,
        "duration": module.duration,
        "competences": [
            {"code": competence.code, "name": competence.name, "level": module.crcn_level}
            for competence in sorted(module.competences.all(), key=lambda competence: competence.code)
        ],
    }


def skills(attestation):
    """[{"code", "name", "level"}]: each competence of the path at the highest level its modules teach."""
    best = {}
    for module in attestation.modules:
        for competence in module.get("competences", []):
            if competence["level"] > best.get(competence["code"], {"level": 0})["level"]:
                best[competence["code"]] = competence
    return [best[code] for code in sorted(best)]


def hours(attestation):
    """The training time of the path's modules, e.g. "1 h 5 min"; None for attestations issued without it."""
    minutes = sum(module.get("duration", 0) for module in attestation.modules)
    if not minutes:
        return None
    return _("%(hours)s h %(minutes)s min") % {"hours": minutes // 60, "minutes": minutes % 60}


class AttestationPDF(FPDF):
    """An A4 page in the site's colours, with fonts for every script of the site."""

    INK = (27, 31, 35)
    BRAND = (11, 85, 99)

    def __init__(self):
        super().__init__(format="A4")
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, margin=20)
        self.add_font("sans", "", FONTS / "NotoSans-Regular.ttf")
        self.add_font("sans", "B", FONTS / "NotoSans-Bold.ttf")
        self.add_font("arabic", "", FONTS / "NotoSansArabic-Regular.ttf")
        self.add_font("arabic", "B", FONTS / "NotoSansArabic-Regular.ttf")
        self.add_font("ethiopic", "", FONTS / "NotoSansEthiopic-Regular.ttf")
        self.add_font("ethiopic", "B", FONTS / "NotoSansEthiopic-Regular.ttf")
        self.set_fallback_fonts(["arabic", "ethiopic"], exact_match=False)
        self.set_text_shaping(True)
        self.set_text_color(*self.INK)


def render_pdf(attestation, verify_url):
    """The attestation as PDF bytes: French, with one line in the learner's language."""
    with translation.override(settings.LANGUAGE_CODE):
        organisation = OrganisationSettings.for_current_language()
        issued = formats.date_format(attestation.issued_at, "j F Y")
        texts = {
            "title": _("Attestation of training"),
            "certifies": _("%(organisation)s certifies that") % {"organisation": _organisation_name(organisation)},
            "followed": _(
                "has completed the learning path “%(path)s” of the digital inclusion programme, "
                "with the following modules:"
            )
            % {"path": attestation.path_title},
            "date": _("Issued on %(date)s.") % {"date": issued},
            "verify": _("Verification code: %(code)s") % {"code": attestation.code},
            "verify_url": _("Check that this attestation is genuine at:"),
            "skills": _("Digital skills reached (CRCN, the framework of Pix):"),
            "skill_lines": [_("%(code)s %(name)s: level %(level)s") % competence for competence in skills(attestation)],
            "hours": _("Hours of training followed: %(hours)s") % {"hours": hours(attestation)}
            if hours(attestation)
            else None,
        }
    other_line = None
    if attestation.language and attestation.language != settings.LANGUAGE_CODE:
        with translation.override(attestation.language):
            other_line = _("This attestation certifies that you completed the learning path “%(path)s”.") % {
                "path": _path_title_in(attestation)
            }
    pdf = AttestationPDF()
    pdf.set_title(f"{texts['title']} – {attestation.path_title}")
    pdf.set_subject(texts["verify"])
    pdf.set_creator(settings.WAGTAIL_SITE_NAME)
    pdf.add_page()
    _logo(pdf, organisation)
    pdf.set_font("sans", "B", 13)
    pdf.set_text_color(*pdf.BRAND)
    pdf.cell(0, 8, _organisation_name(organisation), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("sans", "B", 26)
    pdf.cell(0, 14, texts["title"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(*pdf.INK)
    pdf.ln(6)
    pdf.set_font("sans", "", 12)
    pdf.cell(0, 8, texts["certifies"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("sans", "B", 22)
    pdf.multi_cell(0, 13, attestation.holder, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("sans", "", 12)
    pdf.multi_cell(0, 7, texts["followed"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    for module in attestation.modules:
        pdf.set_font("sans", "B", 11)
        pdf.multi_cell(0, 6, f"•  {module['title']}", new_x="LMARGIN", new_y="NEXT")
        if module.get("objective"):
            pdf.set_font("sans", "", 10)
            pdf.set_x(pdf.l_margin + 5)
            pdf.multi_cell(0, 5.5, module["objective"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    if texts["skill_lines"]:
        pdf.ln(2)
        pdf.set_font("sans", "B", 11)
        pdf.multi_cell(0, 6, texts["skills"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("sans", "", 10)
        for line in texts["skill_lines"]:
            pdf.multi_cell(0, 5.5, f"•  {line}", new_x="LMARGIN", new_y="NEXT")
    if texts["hours"]:
        pdf.ln(2)
        pdf.set_font("sans", "B", 11)
        pdf.cell(0, 7, texts["hours"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("sans", "", 11)
    pdf.cell(0, 7, texts["date"], new_x="LMARGIN", new_y="NEXT")
    if other_line:
        pdf.ln(3)
        pdf.set_font("sans", "", 11)
        pdf.multi_cell(
            0,
            7,
            other_line,
            align="R" if translation.get_language_info(attestation.language)["bidi"] else "L",
            new_x="LMARGIN",
            new_y="NEXT",
        )
    _verification(pdf, texts, verify_url)
    return bytes(pdf.output())


def _organisation_name(organisation):
    return organisation.name if organisation else settings.WAGTAIL_SITE_NAME


def _path_title_in(attestation):
    path = path_for(attestation.path_key, attestation.language)
    return path.title if path else attestation.path_title


def _logo(pdf, organisation):
    logo = organisation.logo if organisation else None
    if logo is None:
        return
    try:
        with logo.open_file() as handle:
            data = io.BytesIO(handle.read())
        pdf.image(data, x=pdf.l_margin, y=pdf.t_margin, h=18)
        pdf.set_y(pdf.t_margin + 20)
    except Exception:  # an unreadable or unsupported logo must not stop the attestation
        logger.warning("attestation: the organisation logo %s could not be drawn", logo.pk, exc_info=True)


def _verification(pdf, texts, verify_url):
    size = 30
    top = max(pdf.get_y() + 8, pdf.h - pdf.b_margin - size)
    if top + size > pdf.h - pdf.b_margin:
        pdf.add_page()
        top = pdf.t_margin
    qr = io.BytesIO()
    segno.make(verify_url, error="m").save(qr, kind="png", scale=6, border=1)
    qr.seek(0)
    pdf.image(qr, x=pdf.w - pdf.r_margin - size, y=top, w=size, h=size)
    pdf.set_xy(pdf.l_margin, top + 2)
    text_width = pdf.w - pdf.l_margin - pdf.r_margin - size - 6
    pdf.set_font("sans", "B", 12)
    pdf.multi_cell(text_width, 7, texts["verify"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("sans", "", 10)
    pdf.multi_cell(text_width, 6, texts["verify_url"], new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(text_width, 6, verify_url, new_x="LMARGIN", new_y="NEXT")
