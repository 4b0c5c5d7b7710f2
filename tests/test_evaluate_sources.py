"""Speaking-actor precision (``newsparse.evaluate.sources``) on hand-made gold and predictions."""

from __future__ import annotations

from newsparse.evaluate.gold import gold_article
from newsparse.evaluate.report import _speaking_actors
from newsparse.evaluate.sources import score_speaking_actors
from newsparse.models import Actor, Article, Quote, Span

TEXT = "WASHINGTON - Ann Lee said the plan would fail. An option remains that the board could vote. She left."


def _span(text: str, start_word: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(start_word, start + 1)
    return Span.of(TEXT, start, start + len(text))


def _gold() -> dict:
    content = _span("the plan would fail", "the plan")
    speaker = _span("Ann Lee", "Ann Lee")
    return {
        "id": "g1",
        "text": TEXT,
        "quotes": [
            {
                "start": content.start,
                "end": content.end,
                "text": content.text,
                "speaker": "Ann Lee",
                "speaker_start": speaker.start,
                "speaker_end": speaker.end,
                "kind": "indirect",
                "cue": "said",
            }
        ],
    }


def test_junk_speaker_lowers_precision_and_is_listed() -> None:
    lee = Actor("a-ann-lee", "Ann Lee", "person", [_span("Ann Lee", "Ann Lee")])
    option = Actor("a-option", "An option", "person", [_span("An option", "An option")])
    quotes = [
        Quote("q1", [_span("the plan would fail", "the plan")], "indirect", speaker=lee.id),
        Quote(
            "q2",
            [_span("the board could vote", "the board")],
            "indirect",
            speaker=option.id,
            speaker_mention=_span("An option", "An option"),
        ),
    ]
    article = Article(TEXT, id="g1", actors=[lee, option], quotes=quotes)
    result = score_speaking_actors([(gold_article(_gold()), article)])
    assert (result["speaking_actors"], result["on_source"]) == (2, 1)
    assert result["precision"] == 0.5
    assert result["by_kind"]["person"] == {"speaking": 2, "on_source": 1, "precision": 0.5}
    assert result["commonest_not_on_source"] == [{"kind": "person", "name": "An option", "articles": 1}]


def test_a_pronoun_speaker_mention_on_the_source_counts() -> None:
    lee = Actor("a-ann-lee", "Ann Lee", "person", [_span("Ann Lee", "Ann Lee")])
    she = _span("She", "She")
    gold = _gold()
    gold["quotes"][0].update(speaker_start=she.start, speaker_end=she.end, speaker="She")
    quote = Quote("q1", [_span("the plan would fail", "the plan")], "indirect", speaker=lee.id, speaker_mention=she)
    result = score_speaking_actors([(gold_article(gold), Article(TEXT, id="g1", actors=[lee], quotes=[quote]))])
    assert result["precision"] == 1.0


def test_actors_that_never_speak_and_articles_without_source_offsets_do_not_count() -> None:
    lee = Actor("a-ann-lee", "Ann Lee", "person", [_span("Ann Lee", "Ann Lee")])
    gold = _gold()
    del gold["quotes"][0]["speaker_start"], gold["quotes"][0]["speaker_end"]
    result = score_speaking_actors([(gold_article(gold), Article(TEXT, id="g1", actors=[lee]))])
    assert result["articles"] == 0
    assert result["speaking_actors"] == 0
    assert result["precision"] is None


def test_speaking_actors_with_a_confident_quote_are_scored_apart() -> None:
    # Lee's quote is confident and on the gold source; the board only "could vote" in a doubtful reading.
    lee = Actor("a-ann-lee", "Ann Lee", "person", [_span("Ann Lee", "Ann Lee")])
    board = Actor("a-board", "the board", "organization", [_span("the board", "the board")])
    quotes = [
        Quote("q1", [_span("the plan would fail", "the plan")], "indirect", speaker=lee.id, confidence=0.95),
        Quote(
            "q2",
            [_span("vote", "vote")],
            "indirect",
            speaker=board.id,
            speaker_mention=_span("the board", "the board"),
            confidence=0.5,
        ),
    ]
    article = Article(TEXT, id="g1", actors=[lee, board], quotes=quotes)
    result = score_speaking_actors([(gold_article(_gold()), article)])
    assert result["precision"] == 0.5
    confident = result["confident"]
    assert (confident["threshold"], confident["speaking"], confident["on_source"]) == (0.7, 1, 1)
    assert confident["precision"] == 1.0
    assert confident["by_kind"]["person"] == {"speaking": 1, "on_source": 1, "precision": 1.0}
    assert confident["by_kind"]["organization"] == {"speaking": 0, "on_source": 0, "precision": None}
    report = "\n".join(_speaking_actors(result))
    assert "with a quote at confidence >= 0.7: 100.0% (1/1); by kind: person 100.0% of 1" in report
    assert "organization" not in report.split("confidence >= 0.7")[1].split("\n")[0]
