"""The learned, target-aware stance model: Parser.stance_toward, quote targets, the weights file, training."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsparse import Parser, Polarity
from newsparse_stances import StanceExtractor
from newsparse_stances.features import FeatureExtractor
from newsparse_stances.model import LABELS, REBUILD, ModelFileError, StanceModel, default_path
from newsparse_stances.target import quote_candidates
from newsparse_stances.targeted import ModelMethod
from newsparse_stances.train import fit, scores

OWN = Path(__file__).parent / "data" / "stance-targets.jsonl"


def span(text: str, target: str) -> tuple[int, int]:
    start = text.index(target)
    return start, start + len(target)


def toward(parser: Parser, text: str, target: str):
    return parser.stance_toward(text, *span(text, target))


# -- Parser.stance_toward ------------------------------------------------------------------
def test_who_does_what_to_whom(parser):
    text = "Opposition leaders blamed the finance minister for the currency collapse."
    blamed = toward(parser, text, "the finance minister")
    assert blamed.polarity is Polarity.NEGATIVE and blamed.score < 0
    assert blamed.target == "the finance minister" and blamed.target_span.start == text.index("the finance")
    assert "blamed" in [e.text for e in blamed.evidence]
    assert blamed.quote is None and blamed.actor is None and blamed.provenance.plugin == "stances"
    praised = toward(parser, "The mayor praised the firefighters for their quick response.", "the firefighters")
    assert praised.polarity is Polarity.POSITIVE and praised.score > 0


def test_the_evidence_names_the_evaluative_word_not_the_topic(parser):
    # the model weighs "nightmare" through its lexicon features; the evidence must still show it
    text = '"The new permit system is a bureaucratic nightmare for small shops," the grocer said.'
    stance = toward(parser, text, "The new permit system")
    assert stance.polarity is Polarity.NEGATIVE
    assert "nightmare" in [e.text for e in stance.evidence]


def test_the_same_sentence_treats_two_targets_differently(parser):
    text = "The judge dismissed the lawsuit as frivolous and ordered the plaintiffs to pay costs."
    assert toward(parser, text, "the plaintiffs").score < toward(parser, text, "The judge").score


def test_a_factual_sentence_is_neutral(parser):
    text = "The prime minister will travel to Berlin next week for talks."
    assert toward(parser, text, "The prime minister").polarity is Polarity.NEUTRAL


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (5, 5, r"\[5, 5\) is empty or outside the text \(text length 40\)"),
        (-1, 3, r"\[-1, 3\) is empty or outside the text \(text length 40\)"),
        (30, 41, r"\[30, 41\) is empty or outside the text \(text length 40\)"),
        (9, 10, r"\[9, 10\) is blank \(text length 40\)"),
        (3, 1, r"\[3, 1\) is empty"),
    ],
)
def test_a_bad_span_is_refused_with_its_offsets_and_the_text_length(parser, start, end, message):
    text = "The mayor praised the firefighters today"
    assert len(text) == 40
    with pytest.raises(ValueError, match=message):
        parser.stance_toward(text, start, end)


def test_the_lexicon_stays_available_as_a_baseline_method(parser):
    lexicon = Parser(backend=parser.backend, plugins=[StanceExtractor("lexicon")], disable=["stances"])
    text = "Critics accused the company of hiding safety reports."
    stance = toward(lexicon, text, "the company")
    assert stance.provenance.plugin == "stances-lexicon" and stance.target == "the company"


# -- quotes: a real target ----------------------------------------------------------------
ROE = (
    'Senator Jane Roe criticized Governor Tom Blake on Monday. "Tom Blake has failed this state and lied to '
    'voters," Roe said. "I admire the teachers of Ohio, who work miracles every day," she added.'
)


def test_a_quote_stance_targets_the_actor_it_is_about(parser):
    article = parser.parse(ROE)
    blake = next(a.id for a in article.actors if a.name == "Tom Blake")
    roe = next(a.id for a in article.actors if a.name == "Jane Roe")
    failed = next(s for s in article.stances if s.quote and "failed" in [e.text for e in s.evidence])
    assert (failed.actor, failed.target_actor, failed.polarity) == (roe, blake, Polarity.NEGATIVE)
    pairs = {(s.actor, s.target): s.polarity for s in article.stances if s.quote is None}
    assert pairs[(roe, "Tom Blake")] is Polarity.NEGATIVE
    assert Polarity.POSITIVE in pairs.values()  # the teachers' praise is another pair, not blended in
    assert article.from_json(article.to_json()) == article


def test_a_quote_about_a_situation_takes_the_tone_of_its_words(parser):
    """No person or organization to judge ("It means ..."): the verdict is the words' own tone."""
    text = '"It leaves us negotiating from weakness when we need to show strength," said union leader Ana Ortiz.'
    stance = next(s for s in parser.parse(text).stances if s.quote)
    assert stance.target_actor is None and stance.target == "It"
    assert stance.polarity is Polarity.NEGATIVE
    assert "weakness" in [e.text for e in stance.evidence] and "strength" not in [e.text for e in stance.evidence]


def test_a_target_judged_again_or_in_another_context_gets_a_fresh_model_s_verdict(analyze):
    """The method keeps a context's target scores for the re-judging with evidence; never across contexts."""
    text = (
        "Opposition leaders blamed the finance minister for the currency collapse. "
        "The finance minister praised the firefighters for their quick response."
    )
    analysis = analyze(text)
    minister = [t.i for t in analysis.tokens_in(*span(text, "the finance minister"))]
    first, last = minister[0], minister[-1] + 1
    one = [t.i for t in analysis.tokens if t.sent == 0 and t.pos != "SPACE"]
    both = [t.i for t in analysis.tokens if t.pos != "SPACE"]
    calls = [(one, False), (one, True), (both, True), (one, True), (both, False)]
    kept = ModelMethod()
    verdicts = [kept.judge(analysis, first, last, context, evidence) for context, evidence in calls]
    assert verdicts == [ModelMethod().judge(analysis, first, last, context, evidence) for context, evidence in calls]
    assert verdicts[0].probabilities != verdicts[2].probabilities  # the contexts do differ for the model
    assert verdicts[1].evidence and not verdicts[0].evidence


def test_a_quote_s_named_candidates_are_the_entities_inside_it_across_its_sentences(analyze):
    """Entities in each of the quote's sentences are candidates; those outside the quote, even in its sentences, not."""
    text = (
        "Maria Lopez met Tom Baker in Paris. The talks with Germany failed, and Canada walked out. "
        "Japan stayed. Later Brazil joined."
    )
    analysis = analyze(text)
    start, end = text.index("Germany failed"), text.index(" Later")
    inside = {t.i for t in analysis.tokens_in(start, end) if t.pos != "SPACE"}
    named = [c for c in quote_candidates(analysis, inside, [], None, None, limit=5) if c.named]
    assert [text[c.start : c.end] for c in named] == ["Germany", "Canada", "Japan"]


# -- the weights file ------------------------------------------------------------------------
def test_the_shipped_weights_are_small_json_with_their_training_record():
    path = default_path()
    assert path.suffix == ".json" and path.stat().st_size <= 20_000_000
    model = StanceModel.load(path)
    assert model.size > 1000
    assert model.training["validation"]["macro_f1"] >= 0.65
    assert model.training["split"].startswith("sha256(text)")


def test_a_missing_weights_file_names_the_file_and_the_rebuild_command(tmp_path):
    missing = tmp_path / "nowhere.json"
    with pytest.raises(ModelFileError, match="nowhere.json") as caught:
        StanceModel.load(missing)
    assert REBUILD in str(caught.value)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "cannot be read"),
        ('{"format": "other"}', "format is 'other'"),
        (
            json.dumps({"format": "newsparse-stance-linear/1", "labels": list(LABELS), "weights": {"a": [1, 2]}}),
            "3 finite",
        ),
    ],
)
def test_a_corrupt_weights_file_is_refused(tmp_path, content, problem):
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    with pytest.raises(ModelFileError, match=problem) as caught:
        StanceModel.load(bad)
    assert "bad.json" in str(caught.value) and REBUILD in str(caught.value)


def test_a_broken_model_is_a_recorded_failure_of_the_stances_plugin(parser, tmp_path):
    broken = tmp_path / "stance_model.json"
    broken.write_text("{truncated")
    quick = Parser(backend=parser.backend, plugins=[StanceExtractor(model=broken)], disable=["stances"])
    article = quick.parse(ROE)
    assert article.quotes and article.actors  # everything else is kept
    assert article.stances == ()
    (failure,) = article.failures
    assert failure.plugin == "stances-model" and failure.phase == "stances"
    assert "stance_model.json" in failure.error and REBUILD in failure.error


def test_saved_weights_read_back_equal(tmp_path):
    model = StanceModel({"bias": (0.1, -0.2, 0.3), "w:good": (-1.0, 0.0, 1.0)}, {"note": "test"})
    path = tmp_path / "m.json"
    model.save(path)
    again = StanceModel.load(path)
    assert again.weights == model.weights and again.training == {"note": "test"}
    assert again.predict({"bias": 1.0, "w:good": 2.0}).label == "positive"


# -- training -----------------------------------------------------------------------------
def test_training_is_deterministic_and_learns(tmp_path):
    rows = [{"bias": 1.0, f"w:{word}": 1.0} for word in ["good", "bad", "table", "great", "awful", "chair"] * 5]
    labels = ["positive", "negative", "neutral", "positive", "negative", "neutral"] * 5
    first, second = fit(rows, labels, 0.01), fit(rows, labels, 0.01)
    first.save(tmp_path / "a.json")
    second.save(tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    predicted = [first.predict(row).label for row in rows]
    assert scores(labels, predicted) == {"n": 30, "accuracy": 1.0, "macro_f1": 1.0}


# -- our own sentences, written for this check (not from any corpus) ------------------------
def test_own_target_sentences(parser):
    rows = [json.loads(line) for line in OWN.read_text(encoding="utf-8").splitlines()]
    predicted = [parser.stance_toward(r["text"], r["target"]["start"], r["target"]["end"]).polarity.value for r in rows]
    result = scores([r["polarity"] for r in rows], predicted)
    assert result["n"] == 59
    assert result["macro_f1"] >= 0.6, result  # 0.665 when written; docs/stances.md


def test_a_target_in_quotation_marks_within_the_context_is_marked_quoted(analyze):
    text = 'The mayor called the plan a "gift to developers" and the council agreed.'
    analysis = analyze(text)
    words = {t.text: t.i for t in analysis.tokens}
    extractor = FeatureExtractor()
    context = list(range(len(analysis.tokens)))
    inside = extractor.features(analysis, words["developers"], words["developers"] + 1, context)
    outside = extractor.features(analysis, words["council"], words["council"] + 1, context)
    assert "q:target" in inside and "q:target" not in outside
    # read from inside the quotation, the context stands in it: no marks of its own on the target
    from_inside = list(range(words["to"], len(analysis.tokens)))
    assert "q:target" not in extractor.features(analysis, words["developers"], words["developers"] + 1, from_inside)
