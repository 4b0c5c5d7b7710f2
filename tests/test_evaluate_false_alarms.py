"""False alarms grouped by why they may not be quotes, and the confidence table (no NLP: Articles built by hand)."""

from __future__ import annotations

import pytest

from newsparse.evaluate.errors import collect_errors, summarize, write_errors
from newsparse.evaluate.falsealarms import CLASSES, classify
from newsparse.evaluate.gold import gold_article
from newsparse.evaluate.quotes import confidence_band, score_quotes
from newsparse.evaluate.report import format_report
from newsparse.models import Article, Quote, Span

TEXT = (
    "METALS: Gold rose $4 an ounce in early trading.\n\n"
    "Nadia Berg's novel Harbour Lights: A Story of the Sea came out in May.\n\n"
    'Fans call the north stand "the Cauldron" and sing there for ninety minutes.\n\n'
    '"The tide came in fast." — Omar Reyes\n\n'
    "The minister did not say whether the plant would close.\n\n"
    "Asked whether the plant would close, the minister shrugged.\n\n"
    "The agency offered political risk insurance to the lender.\n\n"
    "Most residents believe the river is safe.\n\n"
    "The mayor said the bridge would reopen in May."
)


def span(sub: str) -> Span:
    start = TEXT.index(sub)
    return Span.of(TEXT, start, start + len(sub))


def prediction(
    qid: str,
    content: str,
    cue: str | None = None,
    mention: str | None = None,
    cls: str | None = "speech",
    confidence: float = 0.9,
    reasons: tuple[str, ...] = (),
) -> Quote:
    return Quote(
        qid,
        [span(content)],
        "indirect",
        cue=span(cue) if cue else None,
        cue_class=cls if cue else None,
        speaker="a1" if mention else None,
        speaker_mention=span(mention) if mention else None,
        confidence=confidence,
        reasons=reasons,
    )


CASES = [
    (prediction("q1", "Gold rose $4 an ounce in early trading.", ":", "METALS"), "section label"),
    (prediction("q2", "A Story of the Sea", ":", "Harbour Lights"), "colon credit"),
    (prediction("q3", "the Cauldron", None), "name or scare quote"),
    (prediction("q4", "The tide came in fast.", None, "Omar Reyes"), "dash credit"),
    (prediction("q5", "whether the plant would close", "say", "The minister"), "question or request"),
    (
        prediction("q6", "political risk insurance", "offered", "The agency", reasons=("content is a noun phrase",)),
        "noun phrase content",
    ),
    (prediction("q7", "the river is safe", "believe", "Most residents", cls="cognition"), "belief, stance, evidence"),
    (prediction("q8", "the bridge would reopen in May", "said", "The mayor"), "other"),
]


@pytest.mark.parametrize(("quote", "expected"), CASES, ids=[c[1] for c in CASES])
def test_each_false_alarm_gets_its_class(quote: Quote, expected: str) -> None:
    assert classify(TEXT, quote) == expected
    assert expected in CLASSES


def test_titles_and_negated_cues() -> None:
    title = prediction("q1", "Nadia Berg's novel Harbour Lights", "said", "METALS")
    assert classify(TEXT, title) == "title or headline"
    start = TEXT.index("the plant would close.")
    negated = Quote(
        "q2",
        [Span.of(TEXT, start, start + len("the plant would close"))],
        "indirect",
        cue=span("say"),
        cue_class="speech",
        speaker_mention=span("The minister"),
        speaker="a1",
    )
    assert classify(TEXT, negated) == "negated cue"


def _scored(*quotes: Quote):
    gold = gold_article(
        {
            "id": "wrap",
            "text": TEXT,
            "quotes": [
                {
                    "start": TEXT.index("the bridge"),
                    "end": TEXT.index("the bridge") + len("the bridge would reopen in May"),
                    "text": "the bridge would reopen in May",
                    "kind": "indirect",
                    "speaker": "The mayor",
                    "cue": "said",
                }
            ],
        }
    )
    return score_quotes([(gold, Article(text=TEXT, id="wrap", quotes=quotes))], resamples=0)


def test_errors_list_not_speech_by_class_biggest_first(tmp_path) -> None:
    quotes = [quote for quote, expected in CASES if expected != "other"]
    right = prediction("q9", "the bridge would reopen in May", "said", "The mayor")
    _, alignments = _scored(*quotes, right)
    records = collect_errors(alignments)
    summary = summarize(records)
    assert summary["not_speech_by_class"]["section label"] == 1
    assert sum(summary["not_speech_by_class"].values()) == len(quotes)
    path = tmp_path / "errors.txt"
    write_errors(records, path, "gold.jsonl")
    written = path.read_text(encoding="utf-8")
    assert "# 'not speech' false alarms by class:" in written and "[section label]" in written


def test_confidence_table_and_the_confident_subset() -> None:
    right = prediction("q1", "the bridge would reopen in May", "said", "The mayor", confidence=0.95)
    wrong = prediction("q2", "Gold rose $4 an ounce in early trading.", ":", "METALS", confidence=0.6)
    scores, alignments = _scored(right, wrong)
    assert scores["by_confidence"]["0.9–1.0"] == {"predicted": 1, "right": 1, "precision": 1.0, "right_with_speaker": 1}
    assert scores["by_confidence"]["0.5–0.7"]["precision"] == 0.0
    assert scores["confident"]["predicted"] == 1 and scores["confident"]["content"]["precision"] == 1.0
    assert scores["confident"]["content"]["recall"] == 1.0
    report = {"gold_file": "g", "articles": 1, "quotes": scores, "errors": summarize(collect_errors(alignments))}
    text = format_report(report)
    assert "keeping confidence >= 0.7: 1 quotes, content P 100.0 / R 100.0" in text
    assert "'not speech' false alarms by class: section label 1" in text


@pytest.mark.parametrize(
    ("value", "band"), [(1.0, "0.9–1.0"), (0.9, "0.9–1.0"), (0.7, "0.7–0.9"), (0.3, "0.3–0.5"), (0.0, "0.0–0.3")]
)
def test_confidence_bands(value: float, band: str) -> None:
    assert confidence_band(value) == band
