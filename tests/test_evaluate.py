"""Quote matching and metrics on hand-made gold/prediction pairs (no NLP: Articles built directly)."""

from __future__ import annotations

import json
import re

import pytest

from newsparse.evaluate.cues import cue_lemma
from newsparse.evaluate.errors import collect_errors, sentence_around, summarize, write_errors
from newsparse.evaluate.gold import gold_article
from newsparse.evaluate.matching import Match, Tokens, exact_key, greedy_match, overlap_score
from newsparse.evaluate.quotes import align, score_quotes
from newsparse.evaluate.report import format_report
from newsparse.evaluate.speakers import normalize_name, speaker_right
from newsparse.models import Actor, Article, Quote, Span

TEXT = (
    "Lena Park, the festival director, said the budget would double. "
    '"We have never had a year like this," Park said. '
    '"Ticket sales are up," she added, "and sponsors are calling." '
    'The city called the plan "ambitious."'
)


def at(sub: str, after: int = 0, text: str = TEXT) -> tuple[int, int]:
    start = text.index(sub, after)
    return start, start + len(sub)


def span(sub: str, after: int = 0, text: str = TEXT) -> Span:
    return Span.of(text, *at(sub, after, text))


def gold_quote(
    content: list[str],
    kind: str,
    speaker: str | None,
    speaker_at: tuple[int, int] | None = None,
    cue: str = "said",
    text: str = TEXT,
    **extra,
) -> dict:
    parts = [at(c, text=text) for c in content]
    record = {
        "start": parts[0][0],
        "end": parts[-1][1],
        "text": text[parts[0][0] : parts[-1][1]],
        "spans": [list(p) for p in parts],
        "kind": kind,
        "speaker": speaker,
        "cue": cue,
        **extra,
    }
    if speaker_at is not None:
        record.update(
            speaker_start=speaker_at[0], speaker_end=speaker_at[1], speaker=text[speaker_at[0] : speaker_at[1]]
        )
    return record


PARK_1 = at("Lena Park")
PARK_2 = at("Park", TEXT.index("like this"))
SHE = at("she")
GOLD = gold_article(
    {
        "id": "festival",
        "text": TEXT,
        "dct": "2024-05-01",
        "quotes": [
            gold_quote(["the budget would double"], "indirect", "Lena Park", PARK_1),
            gold_quote(["We have never had a year like this"], "direct", "Park", PARK_2),
            gold_quote(["Ticket sales are up", "and sponsors are calling."], "direct", "she", SHE, cue="added"),
        ],
        "actors": [{"name": "Lena Park", "kind": "person", "aliases": ["Park"]}],
    }
)
PARK = Actor("a1", "Lena Park", "person", mentions=(span("Lena Park"), Span.of(TEXT, *PARK_2), span("she")))


def quote(
    qid: str,
    parts: list[Span],
    kind: str = "direct",
    speaker: str | None = "a1",
    mention: Span | None = None,
    cue: Span | None = None,
) -> Quote:
    return Quote(qid, parts, kind, cue=cue, speaker=speaker, speaker_mention=mention)


def article(*quotes: Quote, actors: tuple[Actor, ...] = (PARK,), text: str = TEXT) -> Article:
    return Article(text=text, id="festival", actors=actors, quotes=quotes)


PERFECT = article(
    quote("q1", [span("the budget would double")], "indirect", mention=span("Lena Park")),
    quote("q2", [span("We have never had a year like this")], mention=Span.of(TEXT, *PARK_2)),
    quote("q3", [span("Ticket sales are up"), span("and sponsors are calling.")], mention=span("she")),
)


def test_a_perfect_prediction_scores_one_everywhere() -> None:
    scores, _ = score_quotes([(GOLD, PERFECT)])
    overall = scores["overall"]
    assert (overall["gold"], overall["predicted"], overall["matched"]) == (3, 3, 3)
    for key in ("content", "exact", "end_to_end"):
        assert overall[key] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert overall["speaker"]["accuracy"] == 1.0
    assert overall["no_speaker_share"] == 0.0
    assert scores["by_kind"]["direct"]["gold"] == 2 and scores["by_kind"]["indirect"]["gold"] == 1
    cues = {cue: (row["gold"], row["predicted"]) for cue, row in scores["by_cue"].items()}
    assert cues == {"say": (2, 0), "add": (1, 0), "(none)": (0, 3)}  # the predictions carry no cue span


# -- overlap criterion -------------------------------------------------------------
GREEK = (
    "Ana said: alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau "
    "upsilon phi chi."
)


def greek(first: str, last: str) -> tuple[int, int]:
    words = {m.group(): m.span() for m in re.finditer(r"\w+", GREEK)}
    return words[first][0], words[last][1]


def test_overlap_is_shared_tokens_over_the_longer_side() -> None:
    tokens = Tokens(GREEK)
    gold = tokens.covered([greek("alpha", "kappa")])
    assert len(gold) == 10
    assert overlap_score(gold, tokens.covered([greek("alpha", "epsilon")])) == 0.5
    assert overlap_score(gold, tokens.covered([greek("alpha", "delta")])) == 0.4
    assert overlap_score(gold, tokens.covered([greek("alpha", "upsilon")])) == 0.5
    assert overlap_score(gold, tokens.covered([greek("alpha", "phi")])) == pytest.approx(10 / 21)
    assert overlap_score(gold, frozenset()) == 0.0


def test_a_token_counts_only_when_more_than_half_of_it_is_inside() -> None:
    tokens = Tokens(GREEK)
    start = GREEK.index("alpha")
    assert len(tokens.covered([(start + 2, start + 5)])) == 1  # "pha": 3 of 5 characters
    assert len(tokens.covered([(start + 3, start + 5)])) == 0  # "ha": 2 of 5


def greek_article(*parts: tuple[int, int]) -> Article:
    quotes = [Quote(f"q{i}", [Span.of(GREEK, *p)], "indirect") for i, p in enumerate(parts)]
    return Article(text=GREEK, id="greek", quotes=quotes)


def greek_gold(*parts: tuple[int, int]) -> object:
    return gold_article(
        {
            "id": "greek",
            "text": GREEK,
            "quotes": [
                {"start": s, "end": e, "text": GREEK[s:e], "kind": "indirect", "speaker": "Ana", "cue": "said"}
                for s, e in parts
            ],
        }
    )


@pytest.mark.parametrize(
    ("predicted", "matched"),
    [
        (("alpha", "epsilon"), True),
        (("alpha", "delta"), False),
        (("alpha", "upsilon"), True),
        (("alpha", "phi"), False),
    ],
)
def test_the_half_threshold_is_inclusive_on_both_sides(predicted: tuple[str, str], matched: bool) -> None:
    alignment = align(greek_gold(greek("alpha", "kappa")), greek_article(greek(*predicted)))
    assert (alignment.gold_match[0] is not None) is matched


def test_matching_is_one_to_one_and_best_first() -> None:
    assert greedy_match({(0, 0): 0.5, (1, 0): 0.5, (1, 1): 1.0}, 0.5) == [Match(0, 0, 0.5), Match(1, 1, 1.0)]
    gold = greek_gold(greek("alpha", "kappa"), greek("lambda", "upsilon"))
    alignment = align(gold, greek_article(greek("alpha", "upsilon"), greek("lambda", "upsilon")))
    assert alignment.gold_match == [0, 1]


def test_a_gold_quote_split_in_two_counts_once_and_the_other_half_is_a_boundary_error() -> None:
    alignment = align(
        greek_gold(greek("alpha", "kappa")), greek_article(greek("alpha", "epsilon"), greek("zeta", "kappa"))
    )
    assert alignment.gold_match == [0]
    assert alignment.predicted_match == [0, None]
    records = collect_errors([alignment])
    assert [(r["cause"], r["role"]) for r in records] == [
        ("speaker not found", "speaker"),
        ("wrong boundary", "false alarm"),
    ]
    assert records[1]["overlap"] == 0.5


# -- exact spans -----------------------------------------------------------------------
def test_exact_match_ignores_quotation_marks_commas_spaces_and_a_final_full_stop() -> None:
    with_marks = at('"We have never had a year like this,"')
    assert exact_key(TEXT, [with_marks]) == (at("We have never had a year like this"),)
    closing = at('"ambitious."')
    assert exact_key(TEXT, [closing]) == (at("ambitious"),)
    prediction = article(
        quote("q1", [Span.of(TEXT, *with_marks)], mention=Span.of(TEXT, *PARK_2)),
        quote("q2", [span("and sponsors are calling.")], mention=span("she")),
    )
    alignment = align(GOLD, prediction)
    assert alignment.exact_gold == {1}  # the split quote with only its second part is not exact
    assert alignment.gold_match == [None, 0, 1]  # ... but "and sponsors are calling" is 4/7 ≥ 0.5 of it


def test_exact_parts_separated_only_by_punctuation_are_one_part() -> None:
    text = 'Mayor Ruiz said the fees would stay. "They will not rise. Not this year," she said.'
    one = at("They will not rise. Not this year", text=text)
    two = [at("They will not rise", text=text), at("Not this year", text=text)]
    assert exact_key(text, two) == exact_key(text, [one]) == (one,)
    apart = [at("the fees would stay", text=text), at("Not this year", text=text)]
    assert len(exact_key(text, apart)) == 2  # words between the parts keep them apart


def test_exact_match_leaves_out_the_complementizer_that_opens_a_content() -> None:
    """Annotators differ on ``that`` (PolNeAR keeps it, the seeds gold does not): the key is the clause after it."""
    text = "The mayor said that the fees would stay. She said that was final."
    with_that = at("that the fees would stay", text=text)
    without = at("the fees would stay", text=text)
    assert exact_key(text, [with_that]) == exact_key(text, [without]) == (without,)
    demonstrative = at("that was final", text=text)
    assert exact_key(text, [demonstrative]) == (at("was final", text=text),)  # keyed alike on both sides
    alone = at("that", text=text)
    assert exact_key(text, [alone]) == (alone,)  # nothing after it: kept, not emptied
    other = at("the fees", text=text)
    assert exact_key(text, [with_that]) != exact_key(text, [other])


# -- speakers ---------------------------------------------------------------------------
def speaker_of(prediction: Quote, actors: tuple[Actor, ...] = (), gold: object = GOLD, index: int = 1) -> bool:
    alignment = align(gold, article(prediction, actors=actors))
    g = next(i for i, p in enumerate(alignment.gold_match) if p is not None)
    assert g == index
    return alignment.speaker_ok[g]


Q2 = [span("We have never had a year like this")]


def test_speaker_right_by_mention_overlap_even_for_a_pronoun() -> None:
    q3 = [span("Ticket sales are up"), span("and sponsors are calling.")]
    assert speaker_of(quote("q", q3, speaker=None, mention=span("she")), index=2)


def test_speaker_right_by_an_actor_mention_at_the_gold_position() -> None:
    other = Actor("a9", "The festival boss", mentions=(Span.of(TEXT, *PARK_2),))
    assert speaker_of(quote("q", Q2, speaker="a9"), (other,))


def test_speaker_right_by_name_surname_alias_or_speaker_alias() -> None:
    elsewhere = span("The city")  # a mention that does not touch the gold source position
    assert speaker_of(quote("q", Q2, speaker="x", mention=elsewhere), (Actor("x", "Lena Park"),))
    assert speaker_of(quote("q", Q2, speaker="x", mention=elsewhere), (Actor("x", "Park"),))
    assert speaker_of(quote("q", Q2, speaker="x", mention=elsewhere), (Actor("x", "Ms. Lena Park's"),))
    seeds_like = gold_article(
        {
            "id": "s",
            "text": TEXT,
            "quotes": [gold_quote(["We have never had a year like this"], "direct", "Toni Reyes")],
            "actors": [{"name": "Toni Reyes", "aliases": ["Antonia"]}],
        }
    )
    assert speaker_of(quote("q", Q2, speaker="x"), (Actor("x", "Antonia"),), gold=seeds_like, index=0)
    pronoun = gold_article(
        {
            "id": "p",
            "text": TEXT,
            "quotes": [
                gold_quote(
                    ["We have never had a year like this"], "direct", None, PARK_2, speaker_aliases=["Lena Park"]
                )
            ],
        }
    )
    assert speaker_of(quote("q", Q2, speaker="x", mention=elsewhere), (Actor("x", "Lena Park"),), gold=pronoun, index=0)


def test_speaker_wrong_for_another_name_a_pronoun_name_or_no_speaker() -> None:
    elsewhere = span("The city")
    assert not speaker_of(quote("q", Q2, speaker="x", mention=elsewhere), (Actor("x", "The city"),))
    assert not speaker_of(quote("q", Q2, speaker=None))
    seeds_like = gold_article(
        {"id": "s", "text": TEXT, "quotes": [gold_quote(["We have never had a year like this"], "direct", "he")]}
    )
    assert not speaker_of(quote("q", Q2, speaker="x"), (Actor("x", "he"),), gold=seeds_like, index=0)


def test_no_gold_speaker_is_right_only_when_none_is_predicted() -> None:
    anonymous = gold_article(
        {"id": "a", "text": TEXT, "quotes": [gold_quote(["We have never had a year like this"], "direct", None)]}
    )
    assert speaker_of(quote("q", Q2, speaker=None), gold=anonymous, index=0)
    assert not speaker_of(quote("q", Q2, speaker="a1"), (PARK,), gold=anonymous, index=0)


def test_name_variants_that_match_and_that_do_not() -> None:
    from newsparse.evaluate.speakers import names_match

    assert names_match({"blinken"}, {"antony blinken"})
    assert names_match({"harry m reid"}, {"harry reid"})
    assert not names_match({"joe biden"}, {"biden administration"})
    assert not names_match({"antony blinken"}, {"blinken"})  # a full name is not resolved to a bare surname
    assert not names_match({"bill clinton"}, {"hillary clinton"})


def test_names_are_compared_without_honorifics_possessives_and_case() -> None:
    assert normalize_name("Sen. Ted Cruz’s") == "ted cruz"
    assert normalize_name("the Pentagon") == "pentagon"
    assert normalize_name("an agreed statement of facts") == normalize_name("agreed statement of facts")
    assert normalize_name("President") == "president"


@pytest.mark.parametrize(
    "predicted,gold",
    [("one midwife", "midwife"), ("Some voters", "voters"), ("another official", "the official")],
)
def test_one_some_another_before_a_noun_are_dropped_like_an_article(predicted, gold) -> None:
    assert normalize_name(predicted) == normalize_name(gold)


def test_one_some_another_alone_or_inside_a_name_stay() -> None:
    assert normalize_name("One") == "one"  # nothing left to compare without it
    assert normalize_name("Some") == "some"
    assert normalize_name("the One Nation") == "one nation"  # only the first leading word goes
    assert normalize_name("Nation") != normalize_name("One Nation Party")


def test_one_midwife_scores_right_against_gold_midwife() -> None:
    text = 'As one midwife put it, "You cannot deliver babies on a spreadsheet."'
    content = Span.of(text, text.index("You"), text.index('."'))
    mention = Span.of(text, text.index("one"), text.index(" put"))
    midwife = Actor("m", "one midwife", mentions=(mention,))
    predicted = Article(
        text=text, quotes=(Quote("q", parts=(content,), speaker="m", speaker_mention=mention),), actors=(midwife,)
    )
    record = gold_quote(["You cannot deliver babies on a spreadsheet"], "direct", "midwife", cue="put it", text=text)
    gold = gold_article({"id": "x", "text": text, "quotes": [record]})
    assert speaker_right(gold, gold.quotes[0], predicted, predicted.quotes[0])


# -- figures --------------------------------------------------------------------------------
def mixed_prediction() -> Article:
    """Direct q2 right, split q3 with the wrong speaker, q1 missed, one false alarm on "ambitious"."""
    city = Actor("c", "The city", mentions=(span("The city"),))
    return article(
        quote("p1", Q2, mention=Span.of(TEXT, *PARK_2), cue=span("said", TEXT.index("like this"))),
        quote(
            "p2",
            [span("Ticket sales are up"), span("and sponsors are calling.")],
            speaker="c",
            mention=span("The city"),
        ),
        quote("p3", [span("ambitious.")], "indirect", speaker=None, cue=span("called")),
        actors=(PARK, city),
    )


def test_precision_recall_speaker_and_end_to_end_figures() -> None:
    scores, _ = score_quotes([(GOLD, mixed_prediction())])
    overall = scores["overall"]
    assert overall["content"]["precision"] == pytest.approx(2 / 3)
    assert overall["content"]["recall"] == pytest.approx(2 / 3)
    assert overall["end_to_end"] == pytest.approx({"precision": 1 / 3, "recall": 1 / 3, "f1": 1 / 3})
    assert overall["speaker"] == {"matched": 2, "right": 1, "accuracy": 0.5, "matched_without_speaker": 0}
    assert overall["no_speaker_share"] == pytest.approx(1 / 3)
    direct, indirect = scores["by_kind"]["direct"], scores["by_kind"]["indirect"]
    assert direct["content"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert direct["end_to_end"]["f1"] == 0.5
    assert indirect["content"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert scores["by_cue"]["say"]["gold"] == 2 and scores["by_cue"]["say"]["predicted"] == 1
    assert scores["by_cue"]["call"] == {**scores["by_cue"]["call"], "gold": 0, "predicted": 1}
    assert scores["kind_confusion"] == [{"gold": "direct", "predicted": "direct", "count": 2}]


def test_undefined_ratios_are_none_not_zero() -> None:
    scores, _ = score_quotes([(GOLD, article())])
    assert scores["overall"]["content"] == {"precision": None, "recall": 0.0, "f1": None}
    assert scores["overall"]["no_speaker_share"] is None


def test_kind_filter_keeps_one_kind_on_both_sides() -> None:
    scores, _ = score_quotes([(GOLD, mixed_prediction())], kind="indirect")
    assert (scores["overall"]["gold"], scores["overall"]["predicted"], scores["overall"]["matched"]) == (1, 1, 0)


def test_a_prediction_for_another_text_is_refused() -> None:
    with pytest.raises(ValueError, match="differs from the gold text"):
        align(GOLD, Article(text=TEXT + " More.", id="festival"))


# -- error analysis --------------------------------------------------------------------------
def test_errors_are_grouped_by_cause(tmp_path) -> None:
    _, alignments = score_quotes([(GOLD, mixed_prediction())])
    records = collect_errors(alignments)
    summary = summarize(records)
    assert summary["by_cause"] == {"no cue found": 1, "wrong speaker": 1, "not speech": 1}
    miss = next(r for r in records if r["cause"] == "no cue found")
    assert miss["gold"]["text"] == "the budget would double"
    assert miss["sentence"] == "Lena Park, the festival director, said the budget would double."
    wrong = next(r for r in records if r["cause"] == "wrong speaker")
    assert wrong["predicted"]["speaker"] == "The city" and wrong["gold"]["speaker"] == "she"
    text_file, jsonl_file = tmp_path / "errors.txt", tmp_path / "errors.jsonl"
    write_errors(records, text_file, "gold.jsonl")
    write_errors(records, jsonl_file, "gold.jsonl")
    written = text_file.read_text(encoding="utf-8")
    assert "======== no cue found (1) ========" in written and "sentence: Lena Park" in written
    assert [json.loads(line)["cause"] for line in jsonl_file.read_text().splitlines()] == sorted(
        ["no cue found", "wrong speaker", "not speech"], key=["no cue found", "wrong speaker", "not speech"].index
    )


def test_sentence_around_stops_at_sentence_ends_and_line_breaks() -> None:
    text = "First one. He said: “Second, longer.” Third.\nFourth line"
    start = text.index("Second")
    assert sentence_around(text, start, start + 6) == "He said: “Second, longer.”"
    assert sentence_around(text, text.index("Fourth"), len(text)) == "Fourth line"


# -- cues ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("cue", "lemma"),
    [
        ("said", "say"),
        ("has said", "say"),
        ("According to", "according to"),
        ("told", "tell"),
        ("adding", "add"),
        ("noted", "note"),
        ("don’t like", "like"),
        ("also argued", "argue"),
        ("tweeted", "tweet"),
        ("denies", "deny"),
        (":", ":"),
        ("", ""),
        ("publicly criticized", "criticize"),
        ("admitting", "admit"),
        ("insists", "insist"),
        ("to endorse", "endorse"),
        ("To", "to"),
        ("the endorsement of", "endorsement"),
        ("In", "in"),
        ("In response to", "response"),
    ],
)
def test_cue_lemmas(cue: str, lemma: str) -> None:
    assert cue_lemma(cue) == lemma


# -- report ---------------------------------------------------------------------------------------
def test_text_report_shows_every_figure_section() -> None:
    scores, alignments = score_quotes([(GOLD, mixed_prediction())])
    report = {
        "gold_file": "g.jsonl",
        "articles": 1,
        "jobs": 1,
        "disabled_plugins": [],
        "parse_failures": [],
        "plugin_failures": {},
        "gold_problems": [],
        "quotes": scores,
        "errors": summarize(collect_errors(alignments)),
        "dates": {"strict": {"f1": 0.5}, "value_accuracy": 0.25},
        "seconds": {"parse": 1.0, "articles_per_second": 1.0},
    }
    text = format_report(report)
    assert "content, ≥50% token overlap        66.7   66.7   66.7" in text
    assert "end to end (content + speaker)     33.3   33.3   33.3" in text
    assert "speaker accuracy on matched quotes: 50.0% (1/2; 0 matched with no speaker)" in text
    assert "dates.strict.f1" not in text and "strict.f1" in text and "0.250" in text
    assert "1  no cue found / miss" in text


def test_a_gold_content_without_a_whole_word_is_matched_on_characters() -> None:
    text = "Ms. Ode has endorsed the plan."
    gold = gold_article(
        {
            "id": "e",
            "text": text,
            "quotes": [{"start": 23, "end": 24, "text": "e", "kind": "indirect", "speaker": None}],
        }
    )
    hit = Article(text=text, id="e", quotes=[Quote("q", [Span.of(text, 23, 24)], "indirect")])
    miss = Article(text=text, id="e", quotes=[Quote("q", [Span.of(text, 21, 29)], "indirect")])
    assert align(gold, hit).gold_match == [0]
    assert align(gold, miss).gold_match == [None] and align(gold, miss).gold_best == {0: (0, 0.125)}


def test_bootstrap_interval_is_reproducible_and_brackets_the_f1() -> None:
    from newsparse.evaluate.quotes import bootstrap_f1

    same = [(4, 4, 2, 1)] * 10
    assert bootstrap_f1(same, 2, 200) == [0.5, 0.5]
    varied = [(4, 4, 4, 4), (4, 4, 0, 0), (2, 6, 2, 1), (5, 3, 3, 3)]
    low, high = bootstrap_f1(varied, 2, 500)
    assert low < 2 * 9 / (15 + 17) < high
    assert bootstrap_f1(varied, 2, 500) == [low, high]
    scores, _ = score_quotes([(GOLD, PERFECT), (GOLD, mixed_prediction())] * 10, resamples=200)
    assert (
        scores["overall"]["content"]["f1_ci95"][0]
        < scores["overall"]["content"]["f1"]
        < scores["overall"]["content"]["f1_ci95"][1]
    )
    few, _ = score_quotes([(GOLD, PERFECT), (GOLD, mixed_prediction())])
    assert "f1_ci95" not in few["overall"]["content"]


def test_boundary_errors_say_how_the_boundary_is_wrong() -> None:
    def kinds(gold_parts: list, predicted_parts: list) -> list[tuple[str, str]]:
        records = collect_errors([align(greek_gold(*gold_parts), greek_article(*predicted_parts))])
        return [(r["role"], r["boundary"]) for r in records if r["cause"] == "wrong boundary"]

    assert kinds([greek("alpha", "delta")], [greek("alpha", "iota")]) == [
        ("miss", "too long"),
        ("false alarm", "too long"),
    ]
    assert kinds([greek("alpha", "kappa")], [greek("beta", "delta")]) == [
        ("miss", "too short"),
        ("false alarm", "too short"),
    ]
    assert kinds([greek("alpha", "kappa")], [greek("alpha", "delta"), greek("epsilon", "eta")]) == [
        ("miss", "split"),
        ("false alarm", "split"),
        ("false alarm", "split"),
    ]
    assert kinds([greek("alpha", "epsilon"), greek("zeta", "kappa")], [greek("delta", "eta")]) == [
        ("miss", "merged"),
        ("miss", "merged"),
        ("false alarm", "merged"),
    ]
    assert kinds([greek("alpha", "delta")], [greek("delta", "theta")]) == [
        ("miss", "shifted"),
        ("false alarm", "shifted"),
    ]
