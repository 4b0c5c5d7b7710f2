"""Models refuse invalid values where they are built, and expose derived values."""

from __future__ import annotations

import attrs
import pytest

from newsparse import (
    Actor,
    ActorKind,
    Article,
    DateMention,
    Polarity,
    Provenance,
    PublishedDate,
    Quote,
    QuoteKind,
    Span,
    Stance,
)

TEXT = "“We will win,” Ana Ruiz said on Monday."


def span(start: int, end: int) -> Span:
    return Span.of(TEXT, start, end)


def test_span_of_derives_text_and_refuses_offsets_outside_the_text():
    assert span(1, 12).text == "We will win"
    with pytest.raises(ValueError, match="outside a text of"):
        Span.of(TEXT, 5, 500)
    with pytest.raises(ValueError, match="before its start"):
        Span(5, 3, "")
    with pytest.raises(ValueError, match=">= 0"):
        Span(-1, 2, "abc")
    with pytest.raises(ValueError, match="covers"):
        Span(0, 2, "abc")


def test_span_relations():
    a, b, c = span(0, 10), span(5, 15), span(10, 12)
    assert a.overlaps(b) and not a.overlaps(c)
    assert span(0, 20).contains(c) and not c.contains(a)
    assert len(a) == 10


def test_models_are_frozen():
    actor = Actor(id="a1", name="Ana Ruiz", kind="person")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        actor.name = "Someone else"  # type: ignore[misc]
    assert actor.kind is ActorKind.PERSON


@pytest.mark.parametrize(
    "build, message",
    [
        (lambda: Actor(id="", name="x"), "must not be empty"),
        (lambda: Actor(id="a", name="x", kind="alien"), "alien"),
        (lambda: Quote(id="q", parts=()), "must not be empty"),
        (lambda: Quote(id="q", parts=[span(0, 5)], confidence=1.5), r"\[0, 1\]"),
        (lambda: Quote(id="q", parts=[span(5, 9), span(0, 3)]), "text order"),
        (lambda: Quote(id="q", parts=[span(0, 5)], kind="shouted"), "shouted"),
        (lambda: Stance(id="s", polarity="positive", quote="q", score=2), r"\[-1, 1\]"),
        (lambda: Stance(id="s", polarity="positive"), "a quote id, an actor id or a target span"),
        (lambda: DateMention(id="d", span=span(30, 37), value=""), "must not be empty"),
        (lambda: DateMention(id="d", span=span(30, 37), value="2023", type="WHEN"), "WHEN"),
        (lambda: Provenance(""), "must not be empty"),
    ],
)
def test_invalid_values_are_refused_at_construction(build, message):
    with pytest.raises((ValueError, TypeError), match=message):
        build()


class _Word(str):
    """A ``str`` subclass: the validators' exact-type shortcut must still accept it."""


@pytest.mark.parametrize(
    "build, error, message",
    [
        (lambda: Quote(id="q", parts=[span(0, 5), "later"]), TypeError, "'parts' must be <class"),
        (lambda: Quote(id="q", parts=[span(0, 5)], speaker=7), TypeError, "'speaker' must be <class 'str'>"),
        (lambda: Quote(id="q", parts=[span(0, 5)], cue=(0, 5)), TypeError, "'cue' must be <class"),
        (lambda: Quote(id=3, parts=[span(0, 5)]), TypeError, "'id' must be <class 'str'>"),
        (lambda: Quote(id="q", parts=[span(0, 5)], reasons=["ok", None]), TypeError, "'reasons' must be"),
        (lambda: Stance(id="s", polarity="positive", quote="q", evidence=[(0, 5)]), TypeError, "'evidence'"),
        (lambda: Stance(id="s", polarity="glad", quote="q"), ValueError, "glad"),
        (lambda: Actor(id="a", name="x", provenance="actors"), TypeError, "'provenance' must be"),
    ],
)
def test_cheap_validators_refuse_what_the_attrs_ones_refused(build, error, message):
    with pytest.raises(error, match=message):
        build()


def test_cheap_validators_accept_subclasses_and_convert_as_before():
    quote = Quote(id=_Word("q"), parts=[span(1, 3)], speaker=_Word("a1"), reasons=(_Word("why"),), kind="indirect")
    assert quote.speaker == "a1" and quote.kind is QuoteKind.INDIRECT
    stance = Stance(id="s", polarity=Polarity.NEGATIVE, quote="q", evidence=[span(1, 3)])
    assert stance.polarity is Polarity.NEGATIVE and stance.evidence == (span(1, 3),)
    assert Stance(id="s", polarity="positive", quote="q").polarity is Polarity.POSITIVE


def test_span_of_builds_the_same_span_as_the_validating_constructor():
    made = Span.of(TEXT, 15, 23)
    assert made == Span(15, 23, "Ana Ruiz") and hash(made) == hash(Span(15, 23, "Ana Ruiz"))
    assert made < Span.of(TEXT, 16, 17) and Span.of(TEXT, 4, 4) == Span(4, 4, "")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        made.start = 0  # type: ignore[misc]
    # offsets or texts that are not plain ints and strs take the validating path, as before
    assert Span.of(TEXT, True, 3) == Span(True, 3, "We")
    with pytest.raises(TypeError):
        Span.of(TEXT, 1.0, 3)  # type: ignore[arg-type]
    assert Span.of(_Word(TEXT), 1, 3).text == "We"


def test_quote_derived_text_and_bounds():
    quote = Quote(id="q1", parts=[span(1, 8), span(9, 12)], kind=QuoteKind.DIRECT)
    assert quote.text == "We will … win"  # the parts of an interrupted quote, marked as such
    assert (quote.start, quote.end) == (1, 12)


def test_article_refuses_spans_that_do_not_match_its_text():
    other = "A completely different text that is long enough."
    bad = Quote(id="q1", parts=[Span.of(other, 0, 10)])
    with pytest.raises(ValueError, match="does not match the article text"):
        Article(text=TEXT, quotes=[bad])


def test_article_refuses_duplicate_ids():
    a = Actor(id="a1", name="Ana Ruiz")
    with pytest.raises(ValueError, match="duplicate id 'a1'"):
        Article(text=TEXT, actors=[a, a])


def test_article_lookups():
    actor = Actor(id="a1", name="Ana Ruiz", kind="person", mentions=[span(15, 23)])
    quote = Quote(id="q1", parts=[span(1, 12)], speaker="a1", cue=span(24, 28))
    stance = Stance(id="s1", polarity=Polarity.POSITIVE, score=0.6, quote="q1", actor="a1")
    article = Article(text=TEXT, actors=[actor], quotes=[quote], stances=[stance])
    assert article.speaker_of(quote) is actor
    assert article.actor("nobody") is None
    assert article.stances_of(quote) == (stance,)


def test_published_date_accepts_date_and_refuses_strings():
    import datetime as dt

    assert Article(text=TEXT, published=dt.date(2024, 1, 3)).published == dt.datetime(2024, 1, 3)
    with pytest.raises(TypeError, match="published must be a datetime"):
        Article(text=TEXT, published="2024-01-03")
    assert PublishedDate(dt.datetime(2024, 1, 3), "dateline").source == "dateline"
