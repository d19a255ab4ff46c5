"""One folding rule for what learners type: quiz answers, search terms and card codes agree."""

from core.text import fold
from learners.identity import normalise_code
from search.analysis import term

ZWNJ = "\u200c"


def test_a_dari_word_typed_with_a_zero_width_non_joiner_folds_like_the_same_word_without_it():
    # «می‌خواهم» (I want) is written with a ZWNJ on a Persian keyboard, without it on many phones.
    assert fold(f"می{ZWNJ}خواهم") == fold("میخواهم")


def test_case_accents_curly_apostrophes_and_extra_spaces_do_not_count():
    assert fold("  L’ARobase   Entrée ") == fold("l'arobase entree")


def test_the_keyboards_digits_and_arabic_script_letter_forms_do_not_count():
    assert fold("٣٦٤٦") == fold("۳۶۴۶") == "3646"
    assert fold("یک") == fold("يك")  # Persian yaa and kaf = Arabic yaa and kaf
    assert fold("أحمد") == fold("احمد")


def test_card_codes_fold_like_quiz_answers():
    assert normalise_code(" plume citrón ٤٨٢٧ ") == "PLUME-CITRON-4827"


def test_search_terms_fold_the_zero_width_non_joiner_too():
    assert term(f"می{ZWNJ}خواهم", "prs") == term("میخواهم", "prs")
