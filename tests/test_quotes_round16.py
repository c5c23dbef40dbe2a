"""Issue 16, round 16 (docs/quotes.md "Round 16 (…)"): the one helper that strips a fused
preposition from a word (before this round three quote helpers did it by hand). The words are
those of the titles and source phrases the helpers read on SaudiNewsNet days other than the
reserved fresh-reading days.
"""
from rasd.quotes.speakers import without_preposition


def test_a_fused_preposition_is_stripped_in_one_place():
    # the title words of «الأمين العام للجامعة العربية» / «لجامعة الدول العربية» (stage and titles)
    assert without_preposition("للجامعه", 4) == "جامعه"
    assert without_preposition("لجامعه", 4, "لب") == "جامعه"
    assert without_preposition("بالقول") == "القول"
    assert without_preposition("لجنه", 4) == "لجنه"  # a word of its own, not ل + جنه
