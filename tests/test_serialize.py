"""JSON round trip: every model, lossless, without any NLP library involved."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from newsparse import (
    SCHEMA_VERSION,
    Actor,
    Article,
    DateMention,
    Failure,
    Framing,
    Provenance,
    Quote,
    SchemaError,
    Span,
    Stance,
)
from newsparse.models import NlpInfo

TEXT = "Washington (Wire) – “Talks will resume in June,” said Dr. Lena Park, an envoy at the Pacific Forum.\n\nShe spoke on Monday."


def s(fragment: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(fragment, start + 1)
    return Span.of(TEXT, start, start + len(fragment))


def full_article() -> Article:
    prov = Provenance("test-plugin", "1.2.3")
    forum = Actor(
        id="a-forum", name="Pacific Forum", kind="organization", mentions=[s("Pacific Forum")], provenance=prov
    )
    park = Actor(
        id="a-park",
        name="Lena Park",
        kind="person",
        mentions=[s("Lena Park"), s("She")],
        role="envoy",
        affiliation="Pacific Forum",
        affiliation_id="a-forum",
        title="Dr.",
        gender="female",
        aliases=("Park",),
        provenance=prov,
    )
    date = DateMention(
        id="d1",
        span=s("in June"),
        value="2024-06",
        type="DATE",
        granularity="month",
        anchor="2024-03-14",
        provenance=prov,
    )
    quote = Quote(
        id="q1",
        parts=[s("Talks will resume in June")],
        kind="direct",
        cue=s("said"),
        cue_class="speech",
        speaker="a-park",
        speaker_mention=s("Dr. Lena Park"),
        confidence=0.93,
        dates=("d1",),
        provenance=prov,
    )
    stance = Stance(
        id="st1",
        polarity="positive",
        score=0.4,
        quote="q1",
        actor="a-park",
        evidence=[s("resume")],
        framing=Framing.NEUTRAL,
        target="Talks",
        target_span=s("Talks"),
        provenance=prov,
    )
    return Article(
        text=TEXT,
        id="wire-1",
        title="Talks to resume",
        url="https://example.org/a",
        published=dt.datetime(2024, 3, 14, 9, 15, tzinfo=dt.timezone.utc),
        published_source="caller",
        authors=("A. Writer",),
        actors=[forum, park],
        quotes=[quote],
        dates=[date],
        stances=[stance],
        failures=[Failure("broken", "quotes", "RuntimeError: boom", "trace")],
        nlp=NlpInfo("spacy", "en_core_web_sm", "3.8"),
        published_span=s("Washington"),
        extra={"section": "world", "wordcount": 21},
    )


def test_round_trip_is_lossless_for_every_model():
    article = full_article()
    restored = Article.from_json(article.to_json())
    assert restored == article
    assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article


def test_json_is_plain_and_versioned():
    data = json.loads(full_article().to_json())
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["quotes"][0]["kind"] == "direct"
    assert data["quotes"][0]["parts"][0]["text"] == "Talks will resume in June"
    assert data["published"] == "2024-03-14T09:15:00+00:00"
    assert data["stances"][0]["framing"] == "neutral"


def test_minimal_article_round_trips():
    article = Article(text="Nothing to see.")
    assert Article.from_json(article.to_json()) == article


def test_edited_json_with_a_wrong_span_is_refused():
    data = full_article().to_dict()
    data["quotes"][0]["parts"][0]["start"] += 1
    data["quotes"][0]["parts"][0]["end"] += 1
    with pytest.raises(SchemaError, match="does not match the article text"):
        Article.from_dict(data)


def test_unknown_schema_major_version_is_refused():
    data = full_article().to_dict()
    data["schema_version"] = "9.0"
    with pytest.raises(SchemaError, match="schema_version '9.0'"):
        Article.from_dict(data)


def test_broken_json_is_refused_clearly():
    with pytest.raises(SchemaError, match="not JSON"):
        Article.from_json("{not json")
    with pytest.raises(SchemaError, match="JSON object"):
        Article.from_dict(["a list"])  # type: ignore[arg-type]
