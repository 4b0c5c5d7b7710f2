"""The core quotation-mark scanner (:mod:`newsparse.marks`) and its offset queries.

Sentences written for these tests; no NLP backend is needed: the scanner
reads characters only.
"""

from __future__ import annotations

from newsparse import Analysis, marks


def test_apostrophes_are_not_quotes():
    text = "It’s the ’90s again, and the company’s plan isn’t new. Rock ’n’ roll, the Joneses’ car."
    assert marks.scan(text) == []


def test_single_quotes_used_as_quotes():
    text = "The headline read ‘Markets tumble’ and the ‘experts’ agreed."
    assert [text[s.start : s.end] for s in marks.scan(text)] == ["Markets tumble", "experts"]


def test_nyt_closing_mark():
    text = "He said, ``We will see what happens,'' and left."
    (segment,) = marks.scan(text)
    assert text[segment.start : segment.end] == "We will see what happens,"
    assert marks.mark_end(text, segment) == text.index("'' and") + 2


def test_unclosed_quote_is_recovered_at_paragraph_end_and_next_paragraph_parsed():
    text = 'He said "this never closes\n\n"But this one does," she said.'
    segments = marks.scan(text)
    assert [text[s.start : s.end] for s in segments] == ["this never closes", "But this one does,"]
    assert segments[0].closed is False and segments[0].runs_on is True


def test_segments_in_order_and_disjoint():
    text = '"a" “b” «c» ‹d› „e“ ‘f’ ``g\'\' "h'
    segments = marks.scan(text)
    assert [text[s.start : s.end] for s in segments] == ["a", "b", "c", "d", "e", "f", "g", "h"]
    for before, after in zip(segments, segments[1:], strict=False):
        assert before.end <= after.open


def test_quotations_answer_which_segment_holds_an_offset():
    text = "He said “we won” and then “we lost.” Done."
    quotations = marks.Quotations(text)
    first = quotations.at(text.index("won"))
    assert first is not None and text[first.start : first.end] == "we won"
    assert quotations.at(text.index("“we won")) == first  # the opening mark counts as inside
    assert quotations.at(text.index("” and")) == first  # and so does the closing mark
    assert quotations.at(text.index(" and")) is None
    assert quotations.at(text.index("He")) is None
    assert quotations.at(text.index("Done")) is None
    second = quotations.at(text.index("lost"))
    assert second is not None and text[second.start : second.end] == "we lost."


def test_quotations_span_covers_both_marks():
    text = "He said, ``We will see,'' and left."
    quotations = marks.Quotations(text)
    (segment,) = quotations.segments
    assert text[slice(*quotations.span(segment))] == "``We will see,''"


def test_quotations_opened_in_a_range():
    text = '"One," she said. "Two," he said. "Three."'
    quotations = marks.Quotations(text)
    opened = quotations.opened_in(text.index("she"), text.index(" he said"))
    assert [text[s.start : s.end] for s in opened] == ["Two,"]
    assert quotations.opened_in(0, 1) == [quotations.segments[0]]
    assert quotations.opened_in(len(text), len(text)) == []


def test_an_unclosed_quotation_ends_with_its_paragraph():
    text = 'She said "we never close it\n\nNext paragraph here.'
    quotations = marks.Quotations(text)
    assert quotations.at(text.index("close")) is not None
    assert quotations.at(text.index("Next")) is None


def test_analysis_scans_its_quotations_once():
    text = 'Officials said "the bridge is safe" on Monday.'
    analysis = Analysis(text, (), ())
    assert analysis.quotations is analysis.quotations
    assert [text[s.start : s.end] for s in analysis.quotations.segments] == ["the bridge is safe"]


def test_a_mark_after_a_nested_single_quote_and_a_space_closes():
    text = '"They told me, \'We will build it,\' " said the mayor. "Then they left."'
    assert [text[s.start : s.end] for s in marks.scan(text)] == ["They told me, 'We will build it,'", "Then they left."]
    text = 'He mocked "lyin\' " Ted Cruz.'
    (segment,) = marks.scan(text)
    assert segment.closed and text[segment.start : segment.end] == "lyin'"


def contents(text: str) -> list[str]:
    return [text[s.start : s.end] for s in marks.scan(text)]


def test_plural_possessive_inside_a_single_quote_does_not_close_it():
    """``the teachers' strike`` inside ``'...'``: the possessive is no closing mark while a closer still follows."""
    assert contents("'We backed the teachers' strike,' she said.") == ["We backed the teachers' strike,"]
    assert contents("‘We backed the teachers’ strike,’ she said.") == ["We backed the teachers’ strike,"]
    assert contents("He said 'the Smiths' house is sold' and left.") == ["the Smiths' house is sold"]


def test_elisions_are_not_marks():
    """``rock 'n' roll``, ``'em``, ``goin'``: apostrophes of spelling, not quotation marks."""
    assert contents("He loves rock 'n' roll and the '90s. 'Goin' home,' he said.") == ["Goin' home,"]
    assert contents("'Tell 'em we won,' she said.") == ["Tell 'em we won,"]
    assert contents("The players' union and the Smiths' house.") == []


def test_single_quotes_still_close_before_a_word_when_no_closer_follows():
    """British style and scare quotes keep working: a word-final mark with no later closer closes."""
    assert contents("'We will fight,' she said. The tenants' lawyer agreed.") == ["We will fight,"]
    assert contents("He called them 'bosses' and 'thieves' in one breath.") == ["bosses", "thieves"]
    assert contents("The players' union called it 'insulting.'") == ["insulting."]
    text = "\"They told me, 'We backed the teachers' strike,' \" said the mayor."
    assert contents(text) == ["They told me, 'We backed the teachers' strike,'"]


def test_a_straight_closer_glued_to_the_next_word_still_closes():
    # a space lost before the attribution: the mark after "paranoia," ends the quote, it opens nothing
    text = 'Voters are tired. "This is nothing but paranoia,"Vance said on Tuesday. "We move on."'
    assert contents(text) == ["This is nothing but paranoia,", "We move on."]
    # with no quotation open, the same neighbours open one
    assert contents('He said,"We will go," and left.') == ["We will go,"]
