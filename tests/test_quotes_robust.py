"""No input crashes the quotes extractor: odd marks, unclosed quotes, random unicode, 1 MB of text.

Large inputs run on a cheap analysis built here (regex tokens, one sentence
per paragraph) so the extractor itself is exercised at that size without
spending a minute in spaCy; small odd inputs go through the real parser.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse_quotes
from newsparse.analysis import Analysis, Sentence, Token
from newsparse.models import Actor, Article, Quote
from newsparse_quotes import direct, marks

_TOKEN = re.compile(r"\w+|[^\w\s]")


def cheap_analysis(text: str) -> Analysis:
    """A backend-free analysis: every word its own head, one sentence per paragraph."""
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    for p_start, p_end in Analysis(text, (), ()).paragraphs:
        first = len(tokens)
        for match in _TOKEN.finditer(text, p_start, p_end):
            i = len(tokens)
            word = match.group()
            pos = (
                "PUNCT"
                if not word[0].isalnum()
                else ("VERB" if word in ("said", "says") else "PROPN" if word[0].isupper() else "NOUN")
            )
            lemma = "say" if word in ("said", "says") else word.lower()
            tokens.append(
                Token(
                    i,
                    match.start(),
                    match.end(),
                    word,
                    lemma,
                    pos,
                    "VBD" if pos == "VERB" else "NN",
                    "dep",
                    i,
                    len(sentences),
                )
            )
        if len(tokens) > first:
            sentences.append(Sentence(tokens[first].start, tokens[-1].end, first, len(tokens)))
    return Analysis(text, tuple(tokens), tuple(sentences))


def check(text: str, results: list) -> list[Quote]:
    """Every result is valid against the text (Article validates spans and ids)."""
    quotes = [r for r in results if isinstance(r, Quote)]
    actors = [r for r in results if isinstance(r, Actor)]
    Article(text=text, quotes=quotes, actors=actors)
    return quotes


ODD_TEXTS = [
    '"',
    '""""""',
    "“”“”„«»‹›‘’",
    '" " " "',
    'He said "this never ends',
    '"Open\n\n"Open again\n\n"And again',
    "‘unbalanced single and ’ stray ’ marks’’",
    "« nested “quotes ‘inside’ them” here »",
    "— ",
    "—\n—\n— —",
    "''",
    "``",
    '"A," "B," "C," said X.',
    'x" y" z"',
]


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_odd_marks_never_crash_through_real_parser(parse, text):
    article = parse(text)
    assert not [f for f in article.failures if f.plugin == "quotes"]


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_odd_marks_never_crash_on_cheap_analysis(text):
    check(text, newsparse_quotes.extract(cheap_analysis(text)))


def test_stray_mark_does_not_swallow_the_rest_of_the_article(analyze):
    text = (
        'The 6" pipe burst at noon, a city engineer said.\n\n'
        '"Repairs will take a week," said water director Ines Moreau.'
    )
    quotes = check(text, newsparse_quotes.extract(analyze(text)))
    direct_quotes = [q for q in quotes if q.kind.value == "direct"]
    assert [q.text for q in direct_quotes][-1] == "Repairs will take a week"


def test_quote_that_never_closes_is_recovered_to_its_paragraph_end(analyze):
    text = 'Ms. Grant said: "We will fight this in every court in the land\n\nThe hearing is on Monday.'
    quotes = check(text, newsparse_quotes.extract(analyze(text)))
    direct_quotes = [q for q in quotes if q.kind.value == "direct"]
    assert direct_quotes[0].text == "We will fight this in every court in the land"
    assert all("hearing" not in q.text for q in direct_quotes)


@pytest.mark.slow
def test_one_megabyte_of_text():
    prose = "The council met again on Tuesday and the budget was discussed at length by everyone present. " * 10
    paragraph = '"We will not give up," said Anna Berg. ' + prose + 'And a stray " mark.\n\n'
    text = paragraph * (1_000_000 // len(paragraph) + 1)
    quotes = check(text, newsparse_quotes.extract(cheap_analysis(text)))
    assert len(quotes) >= text.count("We will not give up")


@pytest.mark.slow
def test_one_megabyte_single_unclosed_quote():
    text = '"' + "word " * 200_000
    segments = marks.scan(text)
    assert len(segments) == 1 and segments[0].closed is False
    check(text, newsparse_quotes.extract(cheap_analysis(text)))


@pytest.mark.slow
def test_only_quote_marks_megabyte():
    text = '"“”«»' * 200_000
    check(text, newsparse_quotes.extract(cheap_analysis(text)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(list("ab .,:\n\"“”„«»‹›‘’'—-") + ["said", " she ", "X"]), max_size=80).map("".join))
def test_random_mark_soup(text):
    if not text.strip():
        return
    check(text, newsparse_quotes.extract(cheap_analysis(text)))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
@pytest.mark.slow
def test_random_unicode(text):
    if not text.strip():
        return
    check(text, newsparse_quotes.extract(cheap_analysis(text)))
    for segment in marks.scan(text):
        assert 0 <= segment.start <= segment.end <= len(text)


def test_direct_find_accepts_precomputed_segments():
    text = '"Fine," said Bo.'
    analysis = cheap_analysis(text)
    assert [c.parts for c in direct.find(analysis, marks.scan(text))] == [c.parts for c in direct.find(analysis)]
