"""What a class is asked to do: paths or modules with an optional date; its learners see « For your group »
first on their home page, in their language."""

import datetime

import pytest
from django.test import Client
from wagtail.models import Locale

from classes.joining import join
from classes.models import Assignment
from learners.identity import SESSION_KEY, issue_card
from learners.models import Learner
from tests.factories import LearnerGroupFactory, LearningPathPageFactory, ModulePageFactory, ThemePageFactory
from tests.utils import translate_now

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(site):
    theme = ThemePageFactory(parent=site["fr"], title="La souris")
    module = ModulePageFactory(parent=theme, title="Cliquer")
    path = LearningPathPageFactory(parent=site["fr"], title="Premiers pas", modules=[module])
    arabic = Locale.objects.get(language_code="ar")
    translate_now(theme, arabic, {"La souris": "الفأرة"})
    translate_now(module, arabic, {"Cliquer": "النقر"})
    return {"module": module, "path": path}


def signed_in_member(group):
    learner = Learner.objects.create(language="ar")
    issue_card(learner, "4826")
    join(group, learner)
    client = Client()
    session = client.session
    session[SESSION_KEY] = learner.pk
    session.save()
    return client


def test_members_see_for_your_group_first_in_their_language_with_the_date(trainer_client, course):
    group = LearnerGroupFactory(created_by=trainer_client.user)
    Assignment.objects.create(group=group, page=course["path"], sort_order=1)
    Assignment.objects.create(group=group, page=course["module"], due_on=datetime.date(2027, 1, 12), sort_order=0)
    member = signed_in_member(group)
    page = member.get("/ar/").content.decode()  # public: learner.js puts the section in its slot, first
    home_ar = course["module"].get_parent().get_parent().get_translation(Locale.objects.get(language_code="ar"))
    response = member.get(f"/api/learner/page/{home_ar.pk}?language=ar")
    assert "no-store" in response["Cache-Control"]
    section = response.json()["slots"]["group"].split('class="for-your-group"')[1].split("</section>")[0]
    assert "لمجموعتكم" in section
    assert "النقر" in section  # the module in Arabic
    assert "Premiers pas" in section  # the path has no Arabic yet: its French page
    assert section.index("النقر") < section.index("Premiers pas")  # dated first
    assert "قبل" in section
    assert page.index('data-personal-slot="group"') < page.index('data-personal-slot="resume"')
    assert page.index('data-personal-slot="group"') < page.index('class="themes"')


def test_learners_outside_the_class_see_no_for_your_group(trainer_client, course):
    group = LearnerGroupFactory(created_by=trainer_client.user)
    Assignment.objects.create(group=group, page=course["module"])
    other = LearnerGroupFactory(created_by=trainer_client.user)
    home = course["module"].get_parent().get_parent()
    assert (
        "for-your-group"
        not in signed_in_member(other).get(f"/api/learner/page/{home.pk}?language=fr").json()["slots"]["group"]
    )
    assert Client().get(f"/api/learner/page/{home.pk}?language=fr").json()["slots"] == {}
    assert "for-your-group" not in Client().get("/ar/").content.decode()


def test_a_trainer_assigns_a_path_with_a_date_in_the_class_form(trainer_client, course):
    response = trainer_client.post(
        "/admin/groupes/new/",
        {
            "name": "Lundi",
            "assignments-TOTAL_FORMS": "1",
            "assignments-INITIAL_FORMS": "0",
            "assignments-0-page": str(course["path"].pk),
            "assignments-0-due_on": "2027-01-12",
            "assignments-0-ORDER": "1",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assignment = Assignment.objects.get()
    assert assignment.page_id == course["path"].pk and assignment.due_on == datetime.date(2027, 1, 12)
