"""What can be a speaker: the class of a source phrase from its head, entity label and partitive."""

from __future__ import annotations

import pytest

from newsparse_quotes.sources import has_markup, is_expletive, relative_antecedent, source_class


def _subject_class(analysis, verb: str):
    tokens = analysis.tokens
    subject = next(t for t in tokens if t.dep in ("nsubj", "nsubjpass") and tokens[t.head].text == verb)
    first, last = analysis.subtree(subject.i)
    return source_class(analysis, tokens[first:last], subject)


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("The spokeswoman said the plant would close.", "said", "person"),
        ("Analysts said the plan would fail.", "said", "person"),
        ("The ministry said the talks would resume.", "said", "organization"),
        ("A new poll shows the mayor ahead.", "shows", "document"),
        ("The survey found that most residents agree.", "found", "document"),
        ("Nearly half of the voters said they were undecided.", "said", "person"),
        ("Nearly half said they were undecided.", "said", "group"),
        ("The timing suggests the deal is close.", "suggests", None),
        ("An option remains that the board could reopen talks.", "remains", None),
        ("The weekend showed that the market was nervous.", "showed", None),
    ],
)
def test_source_class_of_subjects(analyze, text: str, verb: str, expected: str | None) -> None:
    assert _subject_class(analyze(text), verb) == expected


def test_markup_is_never_a_speaker() -> None:
    assert has_markup('tweet id="795655190602981376')
    assert not has_markup("the White House")


def test_a_nickname_in_marks_is_no_markup() -> None:
    assert not has_markup('Robert "Bobby" Lang')
    assert has_markup('class="byline" Lang')  # an attribute's marks still are
    assert not has_markup('The boxer, Marcus "Iron Fist" Bell')  # a nickname of several words
    assert not has_markup('Dane "the Hammer" Hollis')


def test_relative_pronoun_stands_for_its_noun(analyze) -> None:
    analysis = analyze("Voters cited a new poll which showed the senator trailing by ten points.")
    which = next(t for t in analysis.tokens if t.text == "which")
    first, last = relative_antecedent(analysis, which)
    assert analysis.text[analysis.tokens[first].start : analysis.tokens[last - 1].end] == "a new poll"


def test_resolver_takes_who_for_its_noun_and_refuses_what_cannot_speak(analyze) -> None:
    from newsparse_quotes.speakers import Resolver

    text = "Ann Lee, who chairs the panel, spoke. The timing suggests a deal."
    analysis = analyze(text)
    resolver = Resolver(analysis)
    who = next(t for t in analysis.tokens if t.text == "who")
    entry = resolver.resolve(who.start, who.end, who.i)
    assert entry is not None and entry.name == "Ann Lee" and not resolver.rejected
    timing = next(t for t in analysis.tokens if t.text == "timing")
    start = text.index("The timing")
    assert resolver.resolve(start, timing.end, timing.i) is None
    assert resolver.rejected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a predicate nominal stands for the copula's subject, a list of them too
        ("Marta Ruiz is a veteran organizer who said the strike would go on.", "Marta Ruiz"),
        ("Leo Brandt is a banker, author and critic who has argued that the euro will fail.", "Leo Brandt"),
        # the copula shares its subject with the verb it is coordinated with
        ("Pia Lund runs the co-op and is a farmer who said the drought would last.", "Pia Lund"),
        # a common-noun appositive stands for the name it describes
        ("The union hired Marta Ruiz, a veteran organizer who said the strike would go on.", "Marta Ruiz"),
        # a name is its own referent, whatever it is attached to
        ("At the back of the room stood his deputy Ana Soto, who said the budget was balanced.", "Ana Soto"),
        ("On Monday, Graham, who said the bill was dead, left the capital.", "Graham"),
    ],
)
def test_who_after_a_description_is_the_person_described(parse, text: str, speaker: str) -> None:
    article = parse(text)
    speakers = [article.speaker_of(q) for q in article.quotes]
    assert speakers and all(s is not None for s in speakers)
    assert [s.name for s in speakers] == [speaker] * len(speakers)


@pytest.mark.parametrize(
    ("text", "expletive"),
    [
        ("It is easy to call the merger unpatriotic.", True),
        ("Lena Park said it was unrealistic to think the port would reopen.", True),
        ("It seems unfair to blame the drivers.", True),
        ("For the organisers, it's worth pointing out that the hall was full.", True),
        ("Ana Ruiz said it takes courage to admit a mistake.", True),
        ("The figures make it fairly easy to predict the result.", True),
        ("Yet it remains to be seen whether the levy can pass.", True),
        ("It seems that the mayor was right about the bridge.", True),
        ("It is a mistake to say that the count was rigged.", True),
        ("The ministry said it was a mistake to close the port.", True),
        ("The agency issued a report. It is a long document that says the program failed.", False),
        ("The storm hit the coast, and it took the roof off the school.", False),
        ("The agency said it expects more floods.", False),
        ("The council met on Monday, and it was clear about the budget.", False),
    ],
)
def test_it_standing_for_a_later_clause_is_no_one(analyze, text: str, expletive: bool) -> None:
    """``It is easy to call X unpatriotic``: ``it`` anticipates the clause, so it cannot be a speaker."""
    analysis = analyze(text)
    it = next(t for t in analysis.tokens if t.text.lower() == "it")
    assert is_expletive(analysis, it) is expletive
