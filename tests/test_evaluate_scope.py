"""The evaluator's cue scope: a speech-only gold file does not judge belief attributions."""

from __future__ import annotations

from newsparse import Article, Quote, Span
from newsparse.evaluate.scope import SPEECH_SCOPE, gold_scope, resolve, restrict

TEXT = "Officials said the road will open. Voters believe it is late. “Soon,” she added."


def quote(qid: str, fragment: str, cue_class: str | None) -> Quote:
    start = TEXT.index(fragment)
    return Quote(id=qid, parts=[Span.of(TEXT, start, start + len(fragment))], cue_class=cue_class)


ARTICLE = Article(
    text=TEXT,
    quotes=[
        quote("q1", "the road will open", "speech"),
        quote("q2", "it is late", "cognition"),
        quote("q3", "Soon", None),
    ],
)


def test_speech_only_gold_scores_speech_classes():
    assert gold_scope(["said", "told", "according to", "", None]) == SPEECH_SCOPE
    kept = restrict([ARTICLE], gold_scope(["said"]))[0]
    assert [q.id for q in kept.quotes] == ["q1", "q3"]


def test_gold_with_beliefs_scores_everything():
    assert gold_scope(["said", "believes"]) is None
    assert restrict([ARTICLE], None)[0] is ARTICLE


def test_explicit_choices():
    assert resolve("all", ["said"]) is None
    assert resolve("speech, cognition", []) == frozenset({"speech", "cognition"})
    kept = restrict([ARTICLE], resolve("cognition", []))[0]
    assert [q.id for q in kept.quotes] == ["q2", "q3"]
