"""The stances plugin: polarity with negation/contrast/hedges, evidence, framing, target, aggregates.

Quotes are built here at known offsets (not found by the quotes plugin), so
these tests pin the stance method alone; texts are written for the tests.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse import Parser, hookimpl
from newsparse.document import Document
from newsparse.models import Actor, Framing, Polarity, Quote, Span, Stance
from newsparse_stances import StanceExtractor
from newsparse_stances.aggregate import aggregate_by_actor
from newsparse_stances.features import tree_distances
from newsparse_stances.lexicon import lexicon, news_lexicon, vader_lexicon
from newsparse_stances.polarity import EXCESS_VALENCE, PolarityScorer, _may_negate, _negation_scope
from newsparse_stances.stanza_sentiment import StanceMethodUnavailable, StanzaSentiment, labels_to_polarity


@pytest.fixture(scope="module")
def extractor() -> StanceExtractor:
    return StanceExtractor("lexicon")


@pytest.fixture(scope="module")
def stance_of(analyze, extractor):
    """``stance_of(text, quote, cue=None, speaker="a1") -> Stance`` for a quote at its first occurrence."""

    def run(text: str, quote: str, cue: str | None = None, speaker: str | None = "a1", quote_id: str = "q1") -> Stance:
        document = Document(text=text, analysis=analyze(text))
        return extractor.quote_stance(document, make_quote(text, quote, cue, speaker, quote_id))

    return run


def make_quote(
    text: str, content: str, cue: str | None = None, speaker: str | None = "a1", quote_id: str = "q1"
) -> Quote:
    start = text.index(content)
    cue_span = None
    if cue:
        position = text.find(cue, start + len(content))
        position = position if position >= 0 else text.index(cue)
        cue_span = Span.of(text, position, position + len(cue))
    return Quote(id=quote_id, parts=[Span.of(text, start, start + len(content))], cue=cue_span, speaker=speaker)


def texts(stance: Stance) -> list[str]:
    return [span.text for span in stance.evidence]


# -- polarity ------------------------------------------------------------------------
def test_plain_positive_and_negative(stance_of):
    good = stance_of(
        '"The harbour cleanup was a wonderful success," the mayor said.', "The harbour cleanup was a wonderful success"
    )
    bad = stance_of(
        '"The harbour cleanup was a shameful waste," the mayor said.', "The harbour cleanup was a shameful waste"
    )
    assert good.polarity is Polarity.POSITIVE and good.score > 0.3
    assert bad.polarity is Polarity.NEGATIVE and bad.score < -0.3
    assert "wonderful success" in " ".join(texts(good)) or {"wonderful", "success"} <= set(texts(good))


def test_negation_flips_and_the_evidence_shows_the_negator(stance_of):
    stance = stance_of(
        '"The new timetable is not disappointing," the rail manager said.', "The new timetable is not disappointing"
    )
    assert stance.polarity is Polarity.POSITIVE
    assert texts(stance) == ["not disappointing"]


def test_negated_positive_is_negative(stance_of):
    stance = stance_of(
        '"This is not a good result for the county," the councillor said.', "This is not a good result for the county"
    )
    assert stance.polarity is Polarity.NEGATIVE


def test_no_and_failed_to_negate_their_complement(stance_of):
    no = stance_of(
        '"We have seen no improvement since March," the farmer said.', "We have seen no improvement since March"
    )
    failed = stance_of(
        '"The reform failed to help renters," the tenants group said.', "The reform failed to help renters"
    )
    assert no.polarity is Polarity.NEGATIVE
    assert failed.polarity is Polarity.NEGATIVE


def test_a_verb_of_lessening_shifts_what_it_lessens(stance_of):
    # polarity shifters: reducing a harm speaks well of the change, halting a good thing ill of it
    fewer = stance_of(
        '"The new signals will reduce accidents at the junction," the engineer said.',
        "The new signals will reduce accidents at the junction",
    )
    halted = stance_of(
        '"The freeze has halted the progress of the housing programme," the builder said.',
        "The freeze has halted the progress of the housing programme",
    )
    harm = stance_of(
        '"Accidents at the junction are rising," the engineer said.', "Accidents at the junction are rising"
    )
    assert harm.polarity is Polarity.NEGATIVE  # the harm alone is still negative
    assert fewer.polarity is Polarity.POSITIVE
    assert halted.polarity is Polarity.NEGATIVE
    assert "accidents" in " ".join(texts(fewer))  # the shifted word is the evidence


def test_commentators_verdicts_missing_from_vader_are_negative(stance_of):
    text = '"The new permit system is a bureaucratic nightmare and the rollout was a shambles," the grocer said.'
    stance = stance_of(text, "The new permit system is a bureaucratic nightmare and the rollout was a shambles")
    assert stance.polarity is Polarity.NEGATIVE
    assert {"nightmare", "shambles"} <= set(texts(stance))


def test_safety_as_a_topic_is_not_praise(stance_of):
    text = '"The committee will review the safety rules for ferries next month," the clerk said.'
    stance = stance_of(text, "The committee will review the safety rules for ferries next month")
    assert stance.polarity is Polarity.NEUTRAL


def test_lexical_negation_stays_inside_its_phrase(stance_of):
    # "lack of" negates "support", not the separate praise that follows in another clause
    stance = stance_of(
        '"The lack of funding is a problem, and the volunteers are wonderful," she said.',
        "The lack of funding is a problem, and the volunteers are wonderful",
    )
    assert any(span.text == "wonderful" for span in stance.evidence)


def test_the_negator_prefilter_passes_every_word_that_has_a_negation_scope(analyze):
    """``_may_negate`` only spares the scope search for words that have none: it must let every negator through."""
    text = (
        "They did not fail to reduce the deficit, and no one lacks hope. The plan is neither fair nor effective; "
        "officials acted without evidence, were unable to help and refused to halt the cuts. Nothing works, "
        "but the failure of the talks will never be forgotten and the ministers rarely cut corners."
    )
    analysis = analyze(text)
    scoped = [t for t in analysis.tokens if _negation_scope(analysis, t)]
    assert [t.text for t in scoped if not _may_negate(t)] == []
    found = {t.text for t in scoped}
    assert {"not", "fail", "no", "neither", "without", "unable", "refused", "halt", "Nothing", "never"} <= found
    assert not any(_may_negate(t) for t in analysis.tokens if t.text in {"deficit", "hope", "officials", "talks"})


def test_valence_of_unlisted_words(analyze):
    """Unlisted words score 0, except an adjective or adverb in excess ("too late") and a verb with listed forms."""
    scorer = PolarityScorer("news")
    text = "The officials survive the vote, but the answer came too late for the farmers."
    analysis = analyze(text)
    values = {t.text: scorer.valence(t, analysis) for t in analysis.tokens}
    assert values["late"] == EXCESS_VALENCE
    assert values["vote"] == values["farmers"] == values["answer"] == 0.0
    assert "survive" not in scorer.lexicon and values["survive"] > 0


def test_tree_distances_reach_children_before_the_head(analyze):
    """Breadth first, a node's children before its head: the features read from them keep that order."""
    analysis = analyze("The senator sharply criticized the costly new plan on Monday.")
    plan = next(t.i for t in analysis.tokens if t.text == "plan")
    members = set(range(len(analysis.tokens)))
    distances = tree_distances(analysis, {plan}, members, 4)
    order = list(distances)
    head = analysis.tokens[plan].head
    assert distances[head] == 1 and all(distances[c] == 1 for c in analysis.children[plan])
    assert order[1 : len(analysis.children[plan]) + 1] == list(analysis.children[plan])
    assert order.index(head) == len(analysis.children[plan]) + 1
    for node, d in distances.items():
        if d:
            token = analysis.tokens[node]
            assert min(distances.get(n, 99) for n in [token.head, *analysis.children[node]]) == d - 1
    assert max(tree_distances(analysis, {plan}, members, 1).values()) == 1


def test_emphatic_never_so_is_not_a_denial(stance_of):
    stance = stance_of(
        '"We have never been so proud of our students," the principal said.',
        "We have never been so proud of our students",
    )
    assert stance.polarity is Polarity.POSITIVE


def test_contrast_weights_the_clause_after_but(stance_of):
    text = '"The start was slow, but the final months were excellent," the director said.'
    assert stance_of(text, "The start was slow, but the final months were excellent").polarity is Polarity.POSITIVE
    text = '"The venue is lovely, but the organisation was a disaster," a visitor said.'
    assert stance_of(text, "The venue is lovely, but the organisation was a disaster").polarity is Polarity.NEGATIVE


def test_concessive_clause_counts_less(stance_of):
    text = '"Although the queues were annoying, the fair was a great success," the organiser said.'
    stance = stance_of(text, "Although the queues were annoying, the fair was a great success")
    assert stance.polarity is Polarity.POSITIVE


def test_hedges_weaken_but_keep_the_sign(stance_of):
    plain = stance_of('"The plan will fail," the analyst said.', "The plan will fail")
    hedged = stance_of('"The plan might perhaps fail," the analyst said.', "The plan might perhaps fail")
    assert plain.score < hedged.score < 0


def test_a_wish_need_or_goal_is_not_an_evaluation(stance_of):
    """Irrealis: what the speaker wants or aims at is not what they praise or blame."""
    needed = stance_of(
        '"The squad looks tired and careless, and we need to find some joy again," the coach said.',
        "The squad looks tired and careless, and we need to find some joy again",
    )
    assert needed.polarity is Polarity.NEGATIVE  # not mixed: "joy" is wished for
    aim = stance_of(
        '"The aim is not to punish honest landlords," the minister said.', "The aim is not to punish honest landlords"
    )
    assert aim.polarity is Polarity.NEUTRAL  # a negated goal says nothing bad of anyone
    cleft = stance_of('"What we want is a fair deal," the organiser said.', "What we want is a fair deal")
    assert cleft.polarity is Polarity.NEUTRAL


def test_a_condition_is_barely_asserted(stance_of):
    plain = stance_of('"The reforms are a great success," the mayor said.', "The reforms are a great success")
    conditional = stance_of(
        '"If the reforms are a great success, we will keep them," the mayor said.',
        "If the reforms are a great success, we will keep them",
    )
    assert plain.polarity is Polarity.POSITIVE
    assert 0 < conditional.score < plain.score / 2


def test_intensifiers_strengthen(stance_of):
    plain = stance_of('"The report is worrying," the nurse said.', "The report is worrying")
    strong = stance_of('"The report is extremely worrying," the nurse said.', "The report is extremely worrying")
    assert strong.score < plain.score < 0
    assert texts(strong) == ["extremely worrying"]


def test_booster_adjectives_boost_before_a_noun_and_evaluate_as_predicates(stance_of):
    boosted = stance_of('"It was an incredible mess," she said.', "It was an incredible mess")
    assert boosted.polarity is Polarity.NEGATIVE and texts(boosted) == ["incredible mess"]
    said_of = stance_of('"The turnout was incredible," she said.', "The turnout was incredible")
    assert said_of.polarity is Polarity.POSITIVE


def test_mixed_when_both_sides_are_strong(stance_of):
    text = '"The teachers are brilliant and the buildings are terrible," a parent said.'
    assert stance_of(text, "The teachers are brilliant and the buildings are terrible").polarity is Polarity.MIXED


def test_topical_news_words_are_not_opinions(stance_of):
    text = '"Ministers will discuss the war, the debt crisis and tax cuts on Monday," the spokesman said.'
    stance = stance_of(text, "Ministers will discuss the war, the debt crisis and tax cuts on Monday")
    assert stance.polarity is Polarity.NEUTRAL
    assert stance.evidence == ()


def test_names_never_carry_sentiment(stance_of):
    text = '"The delegation from Liberty University arrived on Monday," the dean said.'
    assert stance_of(text, "The delegation from Liberty University arrived on Monday").polarity is Polarity.NEUTRAL


def test_excess_too_is_a_complaint(stance_of):
    stance = stance_of('"The rents are far too high," the student said.', "The rents are far too high")
    assert stance.polarity is Polarity.NEGATIVE


def test_score_stays_in_range_for_a_long_rant(stance_of):
    rant = "This is awful, terrible, horrible, disgraceful, shameful and catastrophic"
    stance = stance_of(f'"{rant}," he said.', rant)
    assert -1.0 <= stance.score < -0.9


def test_news_lexicon_differs_from_vader_where_news_does():
    assert "war" in vader_lexicon() and "war" not in news_lexicon()
    assert "baseless" not in vader_lexicon() and news_lexicon()["baseless"] < 0
    with pytest.raises(ValueError, match="unknown lexicon"):
        lexicon("sentiwordnet")


# -- framing ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("cue", "framing"),
    [
        ("said", Framing.NEUTRAL),
        ("told reporters", Framing.NEUTRAL),
        ("noted", Framing.ENDORSING),
        ("pointed out", Framing.ENDORSING),
        ("acknowledged", Framing.ENDORSING),
        ("claimed", Framing.DISTANCING),
        ("alleged", Framing.DISTANCING),
        ("insisted", Framing.DISTANCING),
        ("warned", Framing.EMOTIVE),
        ("lamented", Framing.EMOTIVE),
    ],
)
def test_framing_of_the_cue(stance_of, cue, framing):
    text = f"The harbour master {cue} that the new pier was finished."
    stance = stance_of(text, "the new pier was finished", cue.split()[0] if cue != "pointed out" else cue)
    assert stance.framing is framing


def test_adverbs_override_the_verb(stance_of):
    text = "The spokesman falsely said that the plant had been inspected."
    assert stance_of(text, "the plant had been inspected", "said").framing is Framing.DISTANCING
    text = "The candidate said without evidence that the count had been rigged."
    assert stance_of(text, "the count had been rigged", "said").framing is Framing.DISTANCING


def test_no_cue_means_no_framing(stance_of):
    text = "The meeting was long. “It was a productive day.”"
    assert stance_of(text, "It was a productive day.").framing is None


# -- target ------------------------------------------------------------------------------
def test_target_of_a_verb_is_its_object(stance_of):
    stance = stance_of('"We welcome the decision," the union said.', "We welcome the decision")
    assert stance.target == "the decision"
    assert stance.target_span.text == "the decision"


def test_target_of_a_predicate_is_its_subject(stance_of):
    stance = stance_of('"The summit was disappointing," the envoy said.', "The summit was disappointing")
    assert stance.target == "The summit"


def test_target_of_an_attributive_adjective_is_its_noun(stance_of):
    text = '"Canada has taken a reckless approach," the minister said.'
    assert stance_of(text, "Canada has taken a reckless approach").target == "a reckless approach"


def test_neutral_quote_has_no_target(stance_of):
    text = '"The ferry leaves at noon," the captain said.'
    assert stance_of(text, "The ferry leaves at noon").target is None


# -- aggregates and the plugin -------------------------------------------------------------
def _quote_stance(quote_id: str, actor: str | None, polarity: Polarity, score: float) -> Stance:
    return Stance(id=f"stance-{quote_id}", quote=quote_id, actor=actor, polarity=polarity, score=score)


def test_actor_aggregate_ignores_neutral_quotes_and_detects_mixed():
    stances = [
        _quote_stance("q1", "a1", Polarity.NEUTRAL, 0.0),
        _quote_stance("q2", "a1", Polarity.NEGATIVE, -0.6),
        _quote_stance("q3", "a2", Polarity.POSITIVE, 0.5),
        _quote_stance("q4", "a2", Polarity.NEGATIVE, -0.4),
        _quote_stance("q5", None, Polarity.NEGATIVE, -0.4),
    ]
    aggregates = {s.actor: s for s in aggregate_by_actor(stances)}
    assert set(aggregates) == {"a1", "a2"}
    assert aggregates["a1"].polarity is Polarity.NEGATIVE and aggregates["a1"].score == pytest.approx(-0.6)
    assert aggregates["a2"].polarity is Polarity.MIXED
    assert all(s.quote is None for s in aggregates.values())


def test_actor_aggregate_evidence_in_text_order():
    text = "It was awful, really awful, and bad."
    spans = [Span.of(text, 28, 31), Span.of(text, 6, 11), Span.of(text, 21, 26), Span.of(text, 14, 26)]
    stances = [
        Stance(id="s1", quote="q1", actor="a1", polarity=Polarity.NEGATIVE, score=-0.5, evidence=tuple(spans[:2])),
        Stance(id="s2", quote="q2", actor="a1", polarity=Polarity.NEGATIVE, score=-0.5, evidence=tuple(spans[1:])),
    ]
    (aggregate,) = aggregate_by_actor(stances)
    assert [(s.start, s.end) for s in aggregate.evidence] == [(6, 11), (14, 26), (21, 26), (28, 31)]


def test_actor_aggregate_takes_the_most_common_target_and_the_first_among_equals():
    text = "the bill and the governor"
    bill, governor = Span.of(text, 4, 8), Span.of(text, 17, 25)

    def stance(n: int, target: Span | None, framing: Framing | None = None) -> Stance:
        return Stance(
            id=f"s{n}", quote=f"q{n}", actor="a1", polarity=Polarity.NEGATIVE, score=-0.5,
            target=target.text if target else None, target_span=target, framing=framing,
        )  # fmt: skip

    (tie,) = aggregate_by_actor([stance(1, None), stance(2, governor, Framing.ENDORSING), stance(3, bill)])
    assert (tie.target, tie.target_span, tie.framing) == ("governor", governor, Framing.ENDORSING)
    (most,) = aggregate_by_actor([stance(1, governor), stance(2, bill), stance(3, bill)])
    assert (most.target, most.target_span, most.framing) == ("bill", bill, None)


class _FixedQuotes:
    """A stand-in quotes plugin: two quotes by one actor, one by another, at known offsets."""

    text = (
        '"The new clinic is excellent," Dr. Amara Obi said on Monday. '
        '"But the waiting lists are still terrible," Obi added. '
        '"The budget is fine," the treasurer, Paul Sand, said.'
    )

    @hookimpl
    def newsparse_quotes(self, document):
        text = document.text
        obi = Actor(
            id="obi", name="Amara Obi", mentions=[Span.of(text, text.index("Amara Obi"), text.index("Amara Obi") + 9)]
        )
        sand = Actor(
            id="sand", name="Paul Sand", mentions=[Span.of(text, text.index("Paul Sand"), text.index("Paul Sand") + 9)]
        )
        return [
            obi,
            sand,
            make_quote(text, "The new clinic is excellent", "said", "obi", "q1"),
            make_quote(text, "But the waiting lists are still terrible", "added", "obi", "q2"),
            make_quote(text, "The budget is fine", "said", "sand", "q3"),
        ]


def test_the_plugin_runs_in_the_parser_after_quotes(parser):
    quick = Parser(backend=parser.backend, plugins=[_FixedQuotes()], disable=["quotes", "actors", "dates"])
    article = quick.parse(_FixedQuotes.text)
    assert not article.failures
    per_quote = {s.quote: s for s in article.stances if s.quote}
    pairs = {(s.actor, s.target): s.polarity for s in article.stances if s.quote is None}
    assert set(per_quote) == {"q1", "q2", "q3"}
    assert per_quote["q1"].polarity is Polarity.POSITIVE and per_quote["q1"].actor == "obi"
    assert per_quote["q2"].polarity is Polarity.NEGATIVE
    # aggregates are (speaker, target) pairs: Obi praises the clinic and criticises the waiting lists
    assert pairs == {
        ("obi", "The new clinic"): Polarity.POSITIVE,
        ("obi", "the waiting lists"): Polarity.NEGATIVE,
        ("sand", "The budget"): Polarity.POSITIVE,
    }
    assert all(s.provenance.plugin == "stances" for s in article.stances)
    assert article.from_json(article.to_json()) == article


def test_a_custom_classifier_replaces_the_builtin(parser):
    class Gloomy:
        @hookimpl
        def newsparse_stances(self, quotes):
            return [Stance(id=f"g-{q.id}", quote=q.id, polarity="negative", score=-1.0) for q in quotes]

    quick = Parser(
        backend=parser.backend, plugins=[_FixedQuotes(), Gloomy()], disable=["quotes", "actors", "dates", "stances"]
    )
    article = quick.parse(_FixedQuotes.text)
    assert {s.polarity for s in article.stances} == {Polarity.NEGATIVE}
    assert {s.provenance.plugin for s in article.stances} == {"Gloomy"}


def test_an_extractor_instance_can_replace_the_entry_point(parser):
    quick = Parser(
        backend=parser.backend,
        plugins=[_FixedQuotes(), StanceExtractor("lexicon", lexicon="vader", per_actor=False)],
        disable=["quotes", "actors", "dates", "stances"],
    )
    article = quick.parse(_FixedQuotes.text)
    assert len(article.stances) == 3  # per quote only
    assert {s.provenance.plugin for s in article.stances} == {"stances-lexicon"}


def test_unknown_method_is_refused():
    with pytest.raises(ValueError, match="unknown stance method"):
        StanceExtractor("bert")


# -- stanza backend: conversion and the missing-model error (models cannot be downloaded here)
def test_stanza_labels_to_polarity():
    assert labels_to_polarity([2, 2]) == (Polarity.POSITIVE, 1.0)
    assert labels_to_polarity([0, 1]) == (Polarity.NEGATIVE, -0.5)
    assert labels_to_polarity([1]) == (Polarity.NEUTRAL, 0.0)
    assert labels_to_polarity([0, 2, 1])[0] is Polarity.MIXED
    assert labels_to_polarity([]) == (Polarity.NEUTRAL, 0.0)
    with pytest.raises(ValueError, match="0, 1 or 2"):
        labels_to_polarity([3])


def test_stanza_method_without_models_says_how_to_install(tmp_path):
    with pytest.raises(StanceMethodUnavailable, match="stanza.download"):
        StanzaSentiment(directory=tmp_path)


# -- robustness: any quote boundaries give valid, in-range stances ---------------------------
ROBUST_TEXT = (
    '"The talks were not a failure, but the results are deeply worrying," Foreign Minister Ana Lind said. '
    "She claimed that nobody was happy, although the delegation from Liberty University may perhaps "
    "welcome the decision. According to the ministry, 14 people were killed."
)


@pytest.fixture(scope="module")
def robust_document(analyze) -> Document:
    return Document(text=ROBUST_TEXT, analysis=analyze(ROBUST_TEXT))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    bounds=st.lists(st.integers(0, len(ROBUST_TEXT)), min_size=2, max_size=4, unique=True).map(sorted),
    cue=st.one_of(st.none(), st.sampled_from(["said", "claimed", "According to"])),
)
def test_any_quote_boundaries_give_valid_stances(robust_document, extractor, bounds, cue):
    parts = [Span.of(ROBUST_TEXT, a, b) for a, b in zip(bounds[0::2], bounds[1::2], strict=False) if b > a]
    if not parts:
        return
    cue_span = None
    if cue:
        position = ROBUST_TEXT.index(cue)
        cue_span = Span.of(ROBUST_TEXT, position, position + len(cue))
    quote = Quote(id="q", parts=parts, cue=cue_span, speaker="a")
    stances = extractor.stances(robust_document, (quote,), ())
    assert len(stances) == 2  # the quote's and its speaker's
    for stance in stances:
        assert -1.0 <= stance.score <= 1.0
        for span in stance.spans():
            assert ROBUST_TEXT[span.start : span.end] == span.text


def test_pair_ids_stay_unique_when_an_actor_id_looks_like_a_numbered_pair():
    # found by benchmarks/fuzz.py: actor "a-reporters" with a second target and an actor "a-reporters-2"
    # both gave "stance-actor-a-reporters-2", and one of the two aggregates was dropped as a duplicate
    from newsparse_stances.aggregate import aggregate_by_pair

    def quote_stance(n: int, actor: str, target: str | None) -> Stance:
        return Stance(
            id=f"stance-q{n}", polarity=Polarity.NEGATIVE, score=-0.5, quote=f"q{n}", actor=actor, target=target
        )

    stances = [
        quote_stance(1, "a-reporters", "the council"),
        quote_stance(2, "a-reporters", "the mayor"),
        quote_stance(3, "a-reporters-2", None),
    ]
    pairs = aggregate_by_pair(stances)
    ids = [s.id for s in pairs]
    assert len(pairs) == 3 and len(set(ids)) == 3
    assert ids[:2] == ["stance-actor-a-reporters-1", "stance-actor-a-reporters-2"]
    assert [s.actor for s in pairs] == ["a-reporters", "a-reporters", "a-reporters-2"]
