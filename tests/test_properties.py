"""Property tests over the whole parse: any text, no crash, valid offsets, lossless JSON.

The parser runs with ``errors="raise"`` so an extractor exception fails the
test instead of being recorded quietly as a failure on the article.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsparse import Article, InputError, Parser
from support.hostile import QUOTE_MARKS, WORDS, hostile_article

pytestmark = pytest.mark.slow  # hypothesis over whole parses, megabyte inputs

SETTINGS = settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)

any_character = st.characters(codec=None, categories=None)
news_pieces = st.sampled_from(QUOTE_MARKS + WORDS + [" ", "\n", "\n\n", "\x00", "\u202e", "😀", "\ud800"])


@pytest.fixture(scope="module")
def strict(parser):
    return Parser(backend=parser.backend, errors="raise", plugin_timeout=None)


def check(parser: Parser, text: str) -> None:
    if not text.strip():
        with pytest.raises(InputError):
            parser.parse(text)
        return
    article = parser.parse(text, published="2024-01-03")
    assert article.failures == ()
    for result in (*article.actors, *article.quotes, *article.dates, *article.stances):
        for span in result.spans():
            assert 0 <= span.start <= span.end <= len(article.text)
            assert article.text[span.start : span.end] == span.text
    for quote in article.quotes:
        assert quote.speaker is None or article.actor(quote.speaker) is not None
    for stance in article.stances:
        assert stance.quote is None or any(q.id == stance.quote for q in article.quotes)
    assert Article.from_json(article.to_json()) == article


@SETTINGS
@given(st.text(alphabet=any_character, max_size=300))
@example("")
@example("\x00")
@example("“")
@example("”“”“”“")
@example("\ud800 said \udfff")
@example('"""""""""""""""""""""""')
@example("« »\n\n„ “ ‹")
def test_any_unicode_text(strict, text):
    check(strict, text)


@SETTINGS
@given(st.lists(news_pieces, max_size=200).map(" ".join))
def test_news_shaped_noise(strict, text):
    check(strict, text)


@SETTINGS
@given(st.integers(min_value=0, max_value=2**32 - 1))
@example(seed=33)  # a mark closing after the speaker token, glued to it by punctuation, once cut a mention
def test_hostile_articles(strict, seed):
    check(strict, hostile_article(random.Random(seed)))


def test_a_megabyte_without_a_full_stop(strict):
    rng = random.Random(7)
    words = [
        "officials",
        "said",
        "“the",
        "bridge”",
        "would",
        "open",
        "Ines",
        "Duarte",
        "told",
        "reporters",
        "on",
        "Monday",
    ]
    text = " ".join(rng.choice(words) for _ in range(150_000))[:1_000_000]
    check(strict, text)


def test_thousands_of_quotes(strict):
    text = "\n\n".join(f"“Point number {i} stands,” said Ines Duarte." for i in range(2000))
    check(strict, text)
