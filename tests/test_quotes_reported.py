"""Reported speech (indirect, unmarked, mixed) found by ``newsparse_quotes.reported`` on text written for these tests."""

from __future__ import annotations

import pytest

from newsparse import Analysis, Sentence
from newsparse.models import QuoteKind
from newsparse_quotes import reported
from newsparse_quotes.candidates import Candidate


def _content(text: str, candidate: Candidate) -> str:
    return " | ".join(text[start:end] for start, end in candidate.parts)


def _speaker(text: str, candidate: Candidate) -> str | None:
    return text[candidate.speaker[0] : candidate.speaker[1]] if candidate.speaker else None


def _find(analyze, text: str, taken: list[Candidate] | None = None) -> list[Candidate]:
    return reported.find(analyze(text), taken or [])


def _one(analyze, text: str, content: str, taken: list[Candidate] | None = None) -> Candidate:
    found = _find(analyze, text, taken)
    matching = [c for c in found if _content(text, c) == content]
    assert matching, f"no candidate with content {content!r}; got {[_content(text, c) for c in found]}"
    return matching[0]


# text, content, speaker, cue lemma, cue class
INDIRECT = [
    (
        "The mayor said that the bridge would reopen in May.",
        "that the bridge would reopen in May",
        "The mayor",
        "say",
        "speech",
    ),
    ("The mayor said the bridge would reopen in May.", "the bridge would reopen in May", "The mayor", "say", "speech"),
    (
        "Police say two men were arrested near the station.",
        "two men were arrested near the station",
        "Police",
        "say",
        "speech",
    ),
    (
        "Ms. Okafor told reporters that the talks had stalled.",
        "that the talks had stalled",
        "Ms. Okafor",
        "tell",
        "speech",
    ),
    ("The coach told his players they had nothing to fear.", "they had nothing to fear", "The coach", "tell", "speech"),
    (
        "The minister warned that prices would keep rising.",
        "that prices would keep rising",
        "The minister",
        "warn",
        "speech",
    ),
    (
        "The defendant has insisted he was at home that night.",
        "he was at home that night",
        "The defendant",
        "insist",
        "speech",
    ),
    (
        "Economists argue that the tax cut will not pay for itself.",
        "that the tax cut will not pay for itself",
        "Economists",
        "argue",
        "speech",
    ),
    (
        "The company acknowledged that the software had a flaw.",
        "that the software had a flaw",
        "The company",
        "acknowledge",
        "speech",
    ),
    (
        "The spokeswoman denied that the chief had resigned.",
        "that the chief had resigned",
        "The spokeswoman",
        "deny",
        "speech",
    ),
    (
        "The senator tweeted that the vote would be delayed.",
        "that the vote would be delayed",
        "The senator",
        "tweet",
        "writing",
    ),
    (
        "In his memoir, the general writes that the war was unwinnable.",
        "that the war was unwinnable",
        "the general",
        "write",
        "writing",
    ),
    (
        "The landlord claimed the tenants had damaged the roof.",
        "the tenants had damaged the roof",
        "The landlord",
        "claim",
        "speech",
    ),
    (
        "The principal explained that classes would start later.",
        "that classes would start later",
        "The principal",
        "explain",
        "speech",
    ),
    (
        "The agency announced that it would close three offices.",
        "that it would close three offices",
        "The agency",
        "announce",
        "speech",
    ),
    ("The chairman added that no jobs would be lost.", "that no jobs would be lost", "The chairman", "add", "speech"),
    (
        "The State Department said the embassy would stay open.",
        "the embassy would stay open",
        "The State Department",
        "say",
        "speech",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker", "lemma", "cls"), INDIRECT)
def test_indirect_speech(analyze, text: str, content: str, speaker: str, lemma: str, cls: str) -> None:
    candidate = _one(analyze, text, content)
    assert candidate.kind == QuoteKind.INDIRECT
    assert _speaker(text, candidate) == speaker
    assert candidate.cue_lemma == lemma and candidate.cue_class == cls
    assert candidate.speaker_token is not None
    assert candidate.source == "reported:clause"


# attributions beyond speech: positions, beliefs, wishes, endorsements
BEYOND_SPEECH = [
    (
        "Most farmers believe the drought will last another year.",
        "the drought will last another year",
        "Most farmers",
        "believe",
        "cognition",
    ),
    ("The union wants the city to raise wages.", "the city to raise wages", "The union", "want", "cognition"),
    (
        "Investors fear that the bank will raise rates again.",
        "that the bank will raise rates again",
        "Investors",
        "fear",
        "cognition",
    ),
    (
        "Organizers hope the festival will draw big crowds.",
        "the festival will draw big crowds",
        "Organizers",
        "hope",
        "cognition",
    ),
    (
        "Analysts expect the merger to close next spring.",
        "the merger to close next spring",
        "Analysts",
        "expect",
        "cognition",
    ),
    (
        "The teachers union endorsed Maria Lopez for governor.",
        "Maria Lopez for governor",
        "The teachers union",
        "endorse",
        "stance",
    ),
    (
        "The council criticized the plan as too expensive.",
        "the plan as too expensive",
        "The council",
        "criticize",
        "stance",
    ),
    (
        "Residents accused the company of polluting the creek.",
        "the company of polluting the creek",
        "Residents",
        "accuse",
        "stance",
    ),
    ("The mayor called for an independent inquiry.", "an independent inquiry", "The mayor", "call for", "stance"),
    (
        "Doctors urged parents to vaccinate their children.",
        "parents to vaccinate their children",
        "Doctors",
        "urge",
        "stance",
    ),
    ("Two unions backed the strike.", "the strike", "Two unions", "back", "stance"),
    (
        "The new survey shows that most voters distrust both parties.",
        "that most voters distrust both parties",
        "The new survey",
        "show",
        "evidence",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker", "lemma", "cls"), BEYOND_SPEECH)
def test_attributions_beyond_speech(analyze, text: str, content: str, speaker: str, lemma: str, cls: str) -> None:
    candidate = _one(analyze, text, content)
    assert candidate.kind == QuoteKind.INDIRECT
    assert _speaker(text, candidate) == speaker
    assert (candidate.cue_lemma, candidate.cue_class) == (lemma, cls)


def test_object_of_a_speech_verb_is_not_content(analyze) -> None:
    assert _find(analyze, "The factory added 200 jobs last year.") == []
    assert _find(analyze, "She told a story about her grandmother.") == []


def test_cue_span_covers_phrasal_verb_and_statement(analyze) -> None:
    text = "The mayor called for calm. The firm said in a statement that it would appeal."
    found = _find(analyze, text)
    cues_seen = {text[c.cue[0] : c.cue[1]] for c in found}
    assert {"called for", "said in a statement"} <= cues_seen
    appeal = _one(analyze, text, "that it would appeal")
    assert _speaker(text, appeal) == "The firm"


def test_according_to_front_middle_and_end(analyze) -> None:
    text = (
        "According to the fire chief, the blaze started in the kitchen. "
        "The repairs, according to the landlord, will take a month. "
        "The school will close in June, according to two teachers."
    )
    front = _one(analyze, text, "the blaze started in the kitchen")
    assert _speaker(text, front) == "the fire chief" and front.cue_class == "source"
    middle = _one(analyze, text, "The repairs | will take a month")
    assert _speaker(text, middle) == "the landlord" and middle.parts[0][1] < middle.cue[0]
    end = _one(analyze, text, "The school will close in June")
    assert _speaker(text, end) == "two teachers" and end.cue_lemma == "according to"


def test_for_x_is_a_source_only_for_people_introduced_as_sources(analyze) -> None:
    """``For X, <who X is>, ...`` is an expert's view; a bare ``For X, ...`` frames the reporter's sentence."""
    text = (
        "For Ms. Adeyemi, a historian at Lakeshore College, the election was a turning point. "
        "For two weeks, the road was closed. For Dana Pike, it was a day of celebration."
    )
    found = _find(analyze, text)
    assert [(_content(text, c), _speaker(text, c), c.cue_lemma) for c in found] == [
        ("the election was a turning point", "Ms. Adeyemi", "for")
    ]


def test_inverted_attribution_in_marked_text_is_indirect(analyze) -> None:
    text = 'The harbor will be dredged next year, the port director said. "We are ready," she added.'
    candidate = _one(analyze, text, "The harbor will be dredged next year")
    assert candidate.kind == QuoteKind.INDIRECT
    assert _speaker(text, candidate) == "the port director"


def test_parenthetical_attribution_splits_content(analyze) -> None:
    text = "The new law, the minister said, would protect small farms."
    candidate = _one(analyze, text, "The new law | would protect small farms")
    assert _speaker(text, candidate) == "the minister"
    assert len(candidate.parts) == 2


UNMARKED = (
    "The river has not been this low in a century, said Tomas Rivera, a hydrologist at the state university. "
    "We are watching the wells every day.\n\n"
    "The town council met on Monday.\n\n"
    "Nobody planned for a dry spring like this one, Rivera said. It caught everyone off guard."
)


def test_unmarked_quotes_when_marks_are_lost(analyze) -> None:
    found = _find(analyze, UNMARKED)
    got = [(_content(UNMARKED, c), _speaker(UNMARKED, c), c.kind, c.continues) for c in found]
    assert ("The river has not been this low in a century", "Tomas Rivera", QuoteKind.UNMARKED, False) in got
    assert ("Nobody planned for a dry spring like this one", "Rivera", QuoteKind.UNMARKED, False) in got


def test_unmarked_quote_continues_to_the_end_of_its_paragraph(analyze) -> None:
    found = _find(analyze, UNMARKED)
    got = {_content(UNMARKED, c): c for c in found}
    wells = got["We are watching the wells every day."]
    assert wells.kind == QuoteKind.UNMARKED and wells.continues and _speaker(UNMARKED, wells) == "Tomas Rivera"
    assert _speaker(UNMARKED, got["It caught everyone off guard."]) == "Rivera"
    assert "The town council met on Monday." not in got  # a new paragraph does not continue it


def test_the_sentences_after_an_unmarked_attribution_are_one_quote(analyze) -> None:
    """``A, said X. B. C.``: ``B. C.`` is one stretch of speech, as it would be in one pair of marks."""
    text = (
        "The harbour cannot take bigger ships, said Marta Ilves, head of the port authority. "
        "The channel is too shallow. Dredging it would cost millions.\n\nThe ferry left at noon."
    )
    rest = [c for c in _find(analyze, text) if c.continues]
    assert [_content(text, c) for c in rest] == ["The channel is too shallow. Dredging it would cost millions."]
    assert _speaker(text, rest[0]) == "Marta Ilves"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The bridge is safe and the repairs will finish in spring, affirmed the transport minister.",
            "The bridge is safe and the repairs will finish in spring",
            "the transport minister",
        ),
        (
            "The council ignored the residents for years, declared the head of the Harbour Tenants Union, Ana Vidal.",
            "The council ignored the residents for years",
            "the head of the Harbour Tenants Union",
        ),
    ],
)
def test_an_inverted_attribution_parsed_as_a_second_act_is_an_attribution(analyze, text, content, speaker) -> None:
    """Translated copy inverts verbs other than ``said`` (``..., affirmed the minister``); the parser reads
    them as a conjunct of the content's verb with the speaker as object."""
    found = [c for c in _find(analyze, text) if c.cue_lemma in ("affirm", "declare")]
    assert [(_content(text, c), _speaker(text, c)) for c in found] == [(content, speaker)]


def test_a_second_act_with_a_bare_object_is_no_inverted_attribution(analyze) -> None:
    """``..., told residents``: a bare plural object is someone told, not an inverted speaker."""
    text = "The minister toured the flooded towns on Monday, told residents."
    assert "The minister toured the flooded towns on Monday" not in [_content(text, c) for c in _find(analyze, text)]


def test_a_sentence_that_names_its_own_source_does_not_join_the_unmarked_quote_after_it(analyze) -> None:
    """``For the union, the plan is unfair. The plan ignores us, said X.``: the first is the reporter's account of
    another's view, not X's words, though it is in the present tense."""
    text = (
        "For the union, the new rota is unfair to night staff. "
        "The rota ignores families completely, said Petra Lind, a nurse at the hospital.\n\nTalks resume Monday."
    )
    found = [c for c in _find(analyze, text) if c.cue_lemma == "say"]
    assert [_content(text, c) for c in found] == ["The rota ignores families completely"]


def test_no_continuation_when_the_article_has_quotation_marks(analyze) -> None:
    text = 'Prices rose again, the baker said. Flour is scarce.\n\n"We will manage," he said.'
    taken = [Candidate([(text.index("We will"), text.index("manage") + 6)], QuoteKind.DIRECT)]
    found = _find(analyze, text, taken)
    assert [_content(text, c) for c in found] == ["Prices rose again"]
    assert found[0].kind == QuoteKind.INDIRECT


def test_mixed_quote_with_embedded_fragment(analyze) -> None:
    text = "The governor said the budget was “a disaster for families” and vowed to veto it."
    # a mixed content keeps the embedded fragment whole: never an opening mark without its closing one
    candidate = _one(analyze, text, "the budget was “a disaster for families”")
    assert candidate.kind == QuoteKind.MIXED
    assert _speaker(text, candidate) == "The governor"
    vow = _one(analyze, text, "to veto it")  # the coordinated act is the governor's, not the budget's
    assert _speaker(text, vow) == "The governor" and vow.kind == QuoteKind.INDIRECT


def test_direct_quotes_already_taken_are_not_repeated(analyze) -> None:
    text = "“The vote is rigged,” the candidate told supporters."
    start = text.index("The vote")
    taken = [Candidate([(start, start + len("The vote is rigged"))], QuoteKind.DIRECT)]
    assert _find(analyze, text, taken) == []


def test_quote_the_direct_finder_missed_is_recovered_as_direct(analyze) -> None:
    text = "''The vote is rigged,'' the candidate told supporters on Sunday."
    found = _find(analyze, text)
    assert [(_content(text, c), c.kind, _speaker(text, c)) for c in found] == [
        ("The vote is rigged", QuoteKind.DIRECT, "the candidate")
    ]


def test_attribution_inside_another_quote_is_not_separate(analyze) -> None:
    text = "The senator said voters want lower taxes."
    found = _find(analyze, text)
    assert [(_content(text, c), c.cue_lemma) for c in found] == [("voters want lower taxes", "say")]


def test_participle_and_relative_clause_inherit_the_speaker(analyze) -> None:
    text = (
        "The mayor criticized the budget, saying it ignored the poor. "
        "The nurses, who said they were exhausted, marched on the capitol."
    )
    saying = _one(analyze, text, "it ignored the poor")
    assert _speaker(text, saying) == "The mayor"
    relative = _one(analyze, text, "they were exhausted")
    assert _speaker(text, relative) == "who"  # the subject as written; the resolver makes it the nurses


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The tour ended in Eastfield, a district known to be wary of new taxes.", "to be wary of new taxes"),
        ("Prosecutors released Tom Vale, a contractor accused of bribing two inspectors.", "bribing two inspectors"),
        (
            "The council delayed a zoning rule intended to slow the growth of warehouses.",
            "to slow the growth of warehouses",
        ),
    ],
)
def test_a_past_participle_after_its_noun_is_passive_and_names_no_source(analyze, text, content) -> None:
    # the district is what is known, the contractor who is accused: neither says anything
    found = _one(analyze, text, content)
    assert found.speaker is None


def test_a_participle_with_an_object_or_leading_to_the_cue_keeps_its_noun(analyze) -> None:
    called = 'Dana Ruiz, a council ally, called the budget "reckless."'
    assert _speaker(called, _one(analyze, called, 'the budget "reckless."')) == "Dana Ruiz"
    inclined = "Residents inclined to support the levy said they would vote early."
    assert _speaker(inclined, _find(analyze, inclined)[0]) == "Residents"  # inclined to support: they support it


def test_coordinated_cue_shares_the_subject(analyze) -> None:
    text = "The governor praised the rescuers and urged residents to stay indoors."
    urge = _one(analyze, text, "residents to stay indoors")
    assert _speaker(text, urge) == "The governor"
    praise = _one(analyze, text, "the rescuers")
    assert praise.cue_class == "stance"


def test_speakerless_beliefs_are_dropped_but_speech_is_kept(analyze) -> None:
    text = "It is widely believed that the mine will close. It was announced that the museum would close."
    found = _find(analyze, text)
    assert [(_content(text, c), c.speaker) for c in found] == [("that the museum would close", None)]
    assert found[0].confidence < 0.5


def test_dash_credit_gives_a_taken_quote_its_speaker(analyze) -> None:
    text = "“Every vote counts.” — Laura Chen, campaign manager\n\nThe polls close at eight."
    end = text.index("”")
    quote = Candidate([(1, end)], QuoteKind.DIRECT)
    reported.find(analyze(text), [quote])
    assert quote.speaker is not None and text[quote.speaker[0] : quote.speaker[1]] == "Laura Chen"


def test_unmarked_dash_credit(analyze) -> None:
    text = "Water is the new oil and we are wasting it. — Ahmed Karim, engineer\n\nThe summit ends on Friday."
    found = _find(analyze, text)
    assert [(_content(text, c), _speaker(text, c), c.kind) for c in found] == [
        ("Water is the new oil and we are wasting it.", "Ahmed Karim", QuoteKind.UNMARKED)
    ]


@pytest.mark.parametrize(
    "text",
    ["", "“", "”“”“", "said said said", "According to", "For", "— — —", "He said.", "x" * 3000],
)
def test_odd_input_never_crashes(analyze, text: str) -> None:
    if not text:
        return
    found = _find(analyze, text)
    for candidate in found:
        assert all(0 <= start < end <= len(text) for start, end in candidate.parts)


def test_candidates_are_in_text_order_and_valid(analyze) -> None:
    text = "Officials said the dam was safe. According to engineers, it needs repairs. Critics disagree."
    found = _find(analyze, text)
    assert [c.start for c in found] == sorted(c.start for c in found)
    for candidate in found:
        for start, end in candidate.parts:
            assert text[start:end] == text[start:end].strip()


def test_words_hung_under_according_stay_in_the_content(analyze) -> None:
    text = "The passage times are, according to him, always good for keeping dialogue open."
    candidate = _one(analyze, text, "The passage times are | always good for keeping dialogue open")
    assert _speaker(text, candidate) == "him"


def test_content_stops_before_the_speakers_next_act(analyze) -> None:
    text = "The senator denounced supporters who harass reporters, saying his campaign does not want them."
    found = {_content(text, c): c for c in _find(analyze, text)}
    assert "supporters who harass reporters" in found
    assert _speaker(text, found["his campaign does not want them"]) == "The senator"


def test_colon_credit_in_a_transcript(analyze) -> None:
    text = "HOST: Welcome back to the show.\n\nMARTINEZ: I think the governor will sign the bill this week.\n\nWASHINGTON: 1,200."
    found = _find(analyze, text)
    got = [(_content(text, c), _speaker(text, c), c.cue_lemma) for c in found]
    assert ("I think the governor will sign the bill this week.", "MARTINEZ", ":") in got
    assert all(speaker != "WASHINGTON" for _, speaker, _ in got)


def test_adjectival_participle_is_not_a_cue(analyze) -> None:
    assert _find(analyze, "She won most of the pledged delegates in the west.") == []


def test_free_quoted_fragment_becomes_a_mixed_quote(analyze) -> None:
    text = "The mayor told residents that the city would “rebuild every single house on this street” before winter."
    start = text.index("rebuild")
    fragment = Candidate([(start, text.index("” before"))], QuoteKind.DIRECT, confidence=0.4)
    found = reported.find(analyze(text), [fragment])
    assert found == []  # not a second quote: the fragment itself became the mixed quote
    assert fragment.kind == QuoteKind.MIXED
    assert _content(text, fragment) == "that the city would “rebuild every single house on this street” before winter"
    assert _speaker(text, fragment) == "The mayor" and fragment.cue_lemma == "tell"


def test_attributed_fragment_is_left_alone(analyze) -> None:
    text = "The mayor told residents that the city would “rebuild every single house on this street” before winter."
    start = text.index("rebuild")
    fragment = Candidate([(start, text.index("” before"))], QuoteKind.DIRECT, speaker=(0, 9), speaker_token=1)
    reported.find(analyze(text), [fragment])
    assert fragment.kind == QuoteKind.DIRECT and fragment.parts == [(start, text.index("” before"))]


def test_gerund_after_a_preposition_inherits_the_subject(analyze) -> None:
    text = "The governor angered farmers by saying the subsidies would end."
    candidate = _one(analyze, text, "the subsidies would end")
    assert _speaker(text, candidate) == "The governor"


def test_imperative_is_not_an_attribution(analyze) -> None:
    assert _find(analyze, "Ask yourself whether the bridge is safe.") == []


def test_two_fragments_in_one_paraphrase_do_not_break_later_rules(analyze) -> None:
    text = "The coach said the team was “tired” but “not beaten” after the loss. “We go on,” — Ana Ruiz"
    first = Candidate([(text.index("tired"), text.index("tired") + 5)], QuoteKind.DIRECT)
    second = Candidate([(text.index("not beaten"), text.index("not beaten") + 10)], QuoteKind.DIRECT)
    third = Candidate([(text.index("We go"), text.index("We go") + 8)], QuoteKind.DIRECT)
    reported.find(analyze(text), [first, second, third])
    assert first.kind == QuoteKind.MIXED and second.parts == []
    assert _speaker(text, first) == "The coach"


@pytest.mark.parametrize(
    ("text", "content", "cls"),
    [
        ("The senator is hoping the bill passes before the recess.", "the bill passes before the recess", "cognition"),
        ("Most residents voted for the new library tax.", "the new library tax", "stance"),
        ("The ministry released a statement on the closed roads.", "a statement on the closed roads", "writing"),
        ("Several governors have embraced the proposal.", "the proposal", "stance"),
    ],
)
def test_more_attribution_verbs(analyze, text: str, content: str, cls: str) -> None:
    assert _one(analyze, text, content).cue_class == cls


def test_content_runs_over_a_stray_full_stop(analyze) -> None:
    text = (
        "The ministry says it wants to cooperate. fully and openly with its neighbours on water.\n\nTalks resume soon."
    )
    candidate = _one(analyze, text, "it wants to cooperate. fully and openly with its neighbours on water")
    assert _speaker(text, candidate) == "The ministry"


def test_recovered_quote_keeps_its_second_part(analyze) -> None:
    text = "''The plant will stay open,'' the owner said, ''and nobody will lose a job.''\n\nShares rose."
    found = _find(analyze, text)
    assert [(_content(text, c), c.kind) for c in found] == [
        ("The plant will stay open | and nobody will lose a job", QuoteKind.DIRECT)
    ]


def test_reported_figures_are_content(analyze) -> None:
    text = "The county reported 42 new flu cases on Friday."
    found = _one(analyze, text, "42 new flu cases")  # the date is when it was reported, not content
    assert _speaker(text, found) == "The county"
    assert found.cue_lemma == "report"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The governor leads her challenger by nine points in the latest poll.",
            "The governor leads her challenger by nine points",
        ),
        (
            "In a new survey, half of the nurses work more than 50 hours a week.",
            "half of the nurses work more than 50 hours a week",
        ),
    ],
)
def test_poll_is_the_source_of_the_clause_it_frames(analyze, text: str, content: str) -> None:
    found = _one(analyze, text, content)
    assert found.cue_lemma == "in"
    assert _speaker(text, found) in ("the latest poll", "a new survey")


def test_in_phrase_that_is_not_a_poll_is_no_source(analyze) -> None:
    found = _find(analyze, "The governor spoke in the gymnasium for an hour.")
    assert not [c for c in found if c.cue_lemma == "in"]


@pytest.mark.parametrize(
    ("text", "content", "lemma"),
    [
        ("The senator seemed to enjoy the argument.", "The senator | to enjoy the argument", "seem"),
        ("The new bridge appears to be sinking slowly.", "The new bridge | to be sinking slowly", "appear"),
        (
            "The council is expected to approve the budget next week.",
            "The council | to approve the budget next week",
            "expect",
        ),
        ("It appears that the vote will be delayed.", "that the vote will be delayed", "appear"),
    ],
)
def test_raising_verbs_report_an_unsourced_view(analyze, text: str, content: str, lemma: str) -> None:
    found = _one(analyze, text, content)
    assert found.cue_lemma == lemma
    assert found.speaker is None


def test_appearing_somewhere_is_no_attribution(analyze) -> None:
    assert _find(analyze, "The mayor appeared at the fair on Saturday.") == []


def test_an_object_released_by_nobody_is_no_quote(analyze) -> None:
    found = _find(analyze, "A new schedule was released on Monday.")
    assert not [c for c in found if c.cue_lemma == "release"]


def test_trailing_relative_clause_is_the_reporters_gloss(analyze) -> None:
    text = "The senator said she supports the new farm bill, which includes money for rural clinics."
    found = _one(analyze, text, "she supports the new farm bill")
    assert _speaker(text, found) == "The senator"


def test_relative_clause_inside_the_content_stays(analyze) -> None:
    text = "The senator said the farm bill, which passed on Friday, will help small growers."
    _one(analyze, text, "the farm bill, which passed on Friday, will help small growers")


@pytest.mark.parametrize(
    "text",
    [
        "The union challenged the new overtime rules in court.",
        "The mayor delivered a long speech at the harbor.",
        "The festival promotes local bands and food trucks.",
    ],
)
def test_acts_on_an_object_are_not_attributions(analyze, text: str) -> None:
    # measured on PolNeAR: the object of challenge/deliver/promote is rarely a position (precision under 0.31)
    assert _find(analyze, text) == []


def test_challenge_still_reports_a_clause(analyze) -> None:
    text = "The union challenged that the new overtime rules were illegal."
    assert _find(analyze, text), "a clausal complement of 'challenge' is still content"


def test_evidence_shown_by_a_poll_is_content(analyze) -> None:
    text = "A new statewide poll shows the incumbent with a six-point lead."
    found = [c for c in _find(analyze, text) if c.cue_lemma == "show"]
    assert found, "the object of 'show' is what the poll reports"
    assert _content(text, found[0]).startswith("the incumbent")
    assert _speaker(text, found[0]) == "A new statewide poll"


def test_the_one_asked_is_not_the_asker(analyze) -> None:
    text = "Asked whether the ferry would run on Sunday, the harbor master said it would."
    found = _find(analyze, text)
    asked = [c for c in found if c.cue_lemma == "ask"]
    assert asked and all(c.speaker is None for c in asked)
    said = [c for c in found if c.cue_lemma == "say"]
    assert said and _speaker(text, said[0]) == "the harbor master"


def test_having_said_keeps_its_subject(analyze) -> None:
    text = "Having told reporters that the plant would close, the owner left the building."
    told = [c for c in _find(analyze, text) if c.cue_lemma == "tell"]
    assert told and _speaker(text, told[0]) == "the owner"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The governor's criticism of the toll plan surprised lawmakers.", "the toll plan", "The governor's"),
        ("Her support for a higher minimum wage won the union vote.", "a higher minimum wage", "Her"),
    ],
)
def test_attribution_noun_with_a_possessor(analyze, text: str, content: str, speaker: str) -> None:
    found = _one(analyze, text, content)
    assert _speaker(text, found) == speaker


def test_attribution_noun_without_a_possessor_is_left_alone(analyze) -> None:
    assert _find(analyze, "Support for the toll plan grew over the summer.") == []


def test_attribution_noun_with_a_that_clause(analyze) -> None:
    text = "The senator's claim that the count was rigged drew scorn from both parties."
    found = _one(analyze, text, "that the count was rigged")
    assert _speaker(text, found) == "The senator's"
    assert found.cue_lemma == "claim"


def test_a_contrast_stays_in_the_claim_and_agreeing_to_act_is_no_attribution(analyze) -> None:
    text = "The retailers' group said in a statement that it supported the goal but wanted a six-month grace period."
    _one(analyze, text, "that it supported the goal but wanted a six-month grace period")
    text = "Kenya and Ethiopia agreed on Wednesday to reopen talks over water rights, after months of stalled talks."
    assert _find(analyze, text, None) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'Mayor Dana Whitlock said that "not everyone can afford, or wants, to keep a car downtown. '
            'That is why the new bus lanes matter," and she left the meeting early.',
            'that "not everyone can afford, or wants, to keep a car downtown. That is why the new bus lanes matter,"',
        ),
        (
            'The union leader said the drivers would "hold the line and refuse every shift until the contract '
            'is signed," and walked out.',
            'the drivers would "hold the line and refuse every shift until the contract is signed,"',
        ),
        (
            'Coach Perrin said his team had "played scared, asking the referee for help instead of asking each '
            'other for more" in the second half.',
            'his team had "played scared, asking the referee for help instead of asking each other for more"',
        ),
    ],
)
def test_a_content_that_opens_a_quotation_runs_to_its_closing_mark(parse, text: str, content: str) -> None:
    """The cuts made for the reporter's words (``, asking``, ``and refuse``, a sentence end) stop at the marks."""
    quotes = parse(text).quotes
    assert [q.text for q in quotes] == [content]
    assert quotes[0].kind == QuoteKind.MIXED


def test_an_inverted_belief_or_stance_cue_is_a_parenthetical(parse) -> None:
    """``..., I think,`` and ``..., you know,`` remark on a sentence; ``..., she said`` attributes it."""
    text = (
        "The recount will change nothing, I think, and the council knows it.\n\n"
        "The ferry schedule is a mess, you know, every summer.\n\n"
        'The bridge will reopen in May, the mayor said. "We are ready," she added.'
    )
    assert [q.text for q in parse(text).quotes] == ["The bridge will reopen in May", "We are ready"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ms. Ortiz believes there are no good options, but that sometimes the lesser evil will have to do.",
            "there are no good options, but that sometimes the lesser evil will have to do",
        ),
        (
            "The engineer predicted that repair costs would rise this year, but that the new pumps would more "
            "than pay for themselves.",
            "that repair costs would rise this year, but that the new pumps would more than pay for themselves",
        ),
    ],
)
def test_a_second_that_clause_is_part_of_the_same_report(analyze, text: str, content: str) -> None:
    """``said A, but that B``: a clause opened by ``that`` is a second complement of the cue, never its own act."""
    _one(analyze, text, content)


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        (  # a belief, stance or evidence participle goes on with the claim
            "Officials said the fund had lost money last year, showing how risky the bets had been.",
            ["the fund had lost money last year, showing how risky the bets had been"],
        ),
        (  # a speech participle is a second attribution
            "The mayor said the project was over budget, adding that the council would review it.",
            ["the project was over budget", "that the council would review it"],
        ),
        (  # a coordinated belief reports the speaker's state
            "Mr. Ames said he was alarmed by the images and wanted to see the rally for himself.",
            ["he was alarmed by the images and wanted to see the rally for himself"],
        ),
        (  # a coordinated speech or stance act is a second attribution
            "The chairman said the party was not in a crisis and urged that everyone stay calm.",
            ["the party was not in a crisis", "that everyone stay calm"],
        ),
    ],
)
def test_only_a_speech_or_stance_act_ends_a_reported_clause(analyze, text: str, contents: list[str]) -> None:
    """``, adding that`` and ``and urged that`` start a new act; ``, showing`` and ``and wanted`` go on with it."""
    found = [_content(text, c) for c in _find(analyze, text)]
    assert found == contents if len(contents) == 1 else set(contents) <= set(found)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Many voters felt her performance in the last debate was too cautious.",
            "her performance in the last debate was too cautious",
        ),
        (
            "She promised her entire housing program would be paid for through a land tax.",
            "her entire housing program would be paid for through a land tax",
        ),
    ],
)
def test_a_subject_the_parser_took_for_the_cues_object_is_part_of_the_content(analyze, text: str, content: str) -> None:
    """A finite reported clause has a subject: an object the parser hung on the cue before it is that subject."""
    _one(analyze, text, content)


@pytest.mark.parametrize(
    ("text", "content", "lemma", "cls"),
    [
        (
            "The governor reaffirmed that the state would not raise the fuel tax.",
            "that the state would not raise the fuel tax",
            "reaffirm",
            "speech",
        ),
        (
            "A spokeswoman later clarified that the senator had not endorsed anyone.",
            "that the senator had not endorsed anyone",
            "clarify",
            "speech",
        ),
        (
            "Local farmers bemoaned that the rain had come two weeks too late.",
            "that the rain had come two weeks too late",
            "bemoan",
            "speech",
        ),
        (
            "The economist forecast that unemployment would fall below four percent.",
            "that unemployment would fall below four percent",
            "forecast",
            "speech",
        ),
        (
            "Protesters yelled that the vote had been rigged.",
            "that the vote had been rigged",
            "yell",
            "speech",
        ),
        (
            "Some analysts guess that the merger will close by spring.",
            "that the merger will close by spring",
            "guess",
            "cognition",
        ),
        ("The senator lashed out at the regulators after the hearing.", "the regulators", "lash at", "stance"),
        (
            "The minister brushed off the criticism from the opposition.",
            "the criticism from the opposition",
            "brush off",
            "stance",
        ),
        (
            "Residents' concern that the plant would pollute the river has grown.",
            "that the plant would pollute the river",
            "concern",
            "cognition",
        ),
        (
            "Her position that the tax should be repealed has not changed.",
            "that the tax should be repealed",
            "position",
            "stance",
        ),
        (
            "The mayor spelled out how the money would be spent.",
            "how the money would be spent",
            "spell out",
            "speech",
        ),
        ("He posited that the market would recover.", "that the market would recover", "posit", "speech"),
        (
            "Fans vented that the tickets had sold out in minutes.",
            "that the tickets had sold out in minutes",
            "vent",
            "speech",
        ),
        ("Critics opined that the film was too long.", "that the film was too long", "opine", "speech"),
        ("The minister reassured that no jobs would be lost.", "that no jobs would be lost", "reassure", "speech"),
        ("The judge concurred that the evidence was thin.", "that the evidence was thin", "concur", "speech"),
        ("The pastor preached that forgiveness was possible.", "that forgiveness was possible", "preach", "speech"),
        ("The coach gushed about the rookie's speed.", "the rookie's speed", "gush about", "speech"),
        (
            "Doctors surmised that the virus had spread through the water.",
            "that the virus had spread through the water",
            "surmise",
            "cognition",
        ),
        ("The chef scoffed at the idea of a vegan menu.", "the idea of a vegan menu", "scoff at", "stance"),
    ],
)
def test_verbs_and_nouns_of_saying_judging_and_believing_report_what_they_take(
    analyze, text: str, content: str, lemma: str, cls: str
) -> None:
    """Cue-table entries that take a clause or what they judge: ``reaffirmed that``, ``guessed that``, ``lashed out
    at X``, ``her concern that``, ``spelled out how``, ``surmised that``, ``scoffed at X`` report their content."""
    found = _one(analyze, text, content)
    assert (found.cue_lemma, found.cue_class) == (lemma, cls)


def test_a_new_speech_verb_with_a_thing_reports_nothing(analyze) -> None:
    """``clarified the rules`` and ``yelled his order`` name no content: the verbs take a clause, not a thing."""
    assert _find(analyze, "The league clarified the rules for the playoffs.") == []
    assert _find(analyze, "The coach yelled at the referee.") == []


@pytest.mark.parametrize(
    ("text", "content", "lemma"),
    [
        (
            "The council member assailed the budget as a giveaway to developers.",
            "the budget as a giveaway to developers",
            "assail",
        ),
        ("Opposition leaders lambasted the new tariffs on steel.", "the new tariffs on steel", "lambast"),
        ("The union chided the airline for cutting pensions.", "the airline for cutting pensions", "chide"),
        ("Two former partners vouched for the architect's honesty.", "the architect's honesty", "vouch"),
        ("Parents lobbied for longer library hours.", "longer library hours", "lobby"),
    ],
)
def test_verbs_of_judging_take_what_they_judge(analyze, text: str, content: str, lemma: str) -> None:
    """``assailed``, ``lambasted``, ``chided``, ``vouched for``, ``lobbied for`` are stances on their object."""
    found = _find(analyze, text)
    stances = [c for c in found if c.cue_class == "stance" and (c.cue_lemma or "").startswith(lemma)]
    assert stances, f"no stance found; got {[(c.cue_lemma, _content(text, c)) for c in found]}"
    assert _content(text, stances[0]) == content


def test_a_content_opening_a_quotation_runs_to_the_mark_the_scanner_pairs_with_it() -> None:
    text = 'She wrote that the board “had no plan for the pipes. None at all," and then she left.'
    analysis = Analysis(text, (), ())
    part = (text.index("the board"), text.index(" None"))
    assert reported._to_closing_mark(analysis, part) == (part[0], text.index(" and then"))  # a straight closer
    text = "He asked for an “expedited review“ of the pipes and said the city needs a “health survey.”"
    analysis = Analysis(text, (), ())
    part = (text.index("an “"), text.index(" of the"))
    assert reported._to_closing_mark(analysis, part) == part  # an opener typed as closer runs on to no other quote


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "An official said the plan was dead, speaking on condition of anonymity because they were not "
            "authorized to speak publicly.",
            "the plan was dead",
        ),
        (
            "A police officer said the suspect had been armed, speaking on condition of anonymity because the "
            "investigation is continuing.",
            "the suspect had been armed",
        ),
        (
            "Two executives said the merger would close in May, speaking anonymously because the deal is not final.",
            "the merger would close in May",
        ),
        ("The officer said the witness, who asked not to be named, had seen the car.", None),
    ],
)
def test_why_a_source_is_unnamed_is_not_what_it_said(analyze, text: str, content: str | None) -> None:
    """A closing ``speaking on condition of anonymity ...`` is the reporter's account of the sourcing; an
    anonymity clause inside the claim (``the witness, who asked not to be named, had seen``) stays."""
    want = content or text[len("The officer said ") : -1]
    assert [_content(text, c) for c in _find(analyze, text) if c.cue_lemma == "say"] == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The mayor thanked her supporters.", {"thank": "her supporters"}),
        (
            "The mayor asked staff to wait and thanked her supporters.",
            {"ask": "staff to wait", "thank": "her supporters"},
        ),
    ],
)
def test_thanking_someone_is_a_stance_act_alone_or_in_a_conjunct(analyze, text: str, want: dict) -> None:
    """``thank`` takes an object in the cue table (a stance, as ``praised the nurses``): the conjunct is the
    speaker's next act with a quote of its own, as the verb alone is, and not part of the request."""
    assert {c.cue_lemma: _content(text, c) for c in _find(analyze, text)} == want


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        (
            "Correction: An earlier version of this story wrongly indicated that Maria Ruiz intended to run for mayor.",
            "that Maria Ruiz intended to run for mayor",
            "An earlier version of this story",
        ),
        (
            "Editor's Note: An article on Monday about the mayor reported that she had moved to Denver.",
            "that she had moved to Denver",
            "An article",
        ),
    ],
)
def test_a_label_before_a_colon_is_not_the_subject(analyze, text, content, speaker):
    """The parser gives the verb two subjects, the paragraph's label and the phrase after the colon; the phrase speaks."""
    candidate = _one(analyze, text, content)
    assert _speaker(text, candidate) == speaker


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        (
            "Cross-referencing hospital records and county data between 2002 and 2010, the researchers found "
            "that rural patients waited longer.",
            "that rural patients waited longer",
            "the researchers",
        ),
    ],
)
def test_a_phrase_fronted_before_a_comma_is_not_the_subject(analyze, text, content, speaker):
    """The parser gave the verb the fronted phrase as a second subject; the subject is the one by the verb."""
    candidate = _one(analyze, text, content)
    assert _speaker(text, candidate) == speaker


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        (
            "Lena Ruiz and Tom Berg of the University of Colorado, Boulder argue that the tax is too low.",
            "that the tax is too low",
            "Lena Ruiz",
        ),
        (
            "Most farmers in Iowa, Nebraska and Kansas said they expected a poor harvest.",
            "they expected a poor harvest",
            "Most farmers",
        ),
    ],
)
def test_a_comma_inside_a_name_or_a_list_sets_nothing_off(analyze, text, content, speaker):
    candidate = _one(analyze, text, content)
    assert _speaker(text, candidate) == speaker


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        (
            "The landlord told reporters outside the tribunal that the tenants had never paid the rent on time.",
            "that the tenants had never paid the rent on time",
            "The landlord",
        ),
        (
            "The judge refused bail, writing in her ruling that the accused had twice missed hearings.",
            "that the accused had twice missed hearings",
            "The judge",
        ),
    ],
)
def test_a_that_clause_hung_on_the_noun_after_the_cue_is_what_was_said(analyze, text, content, speaker) -> None:
    """``told reporters outside the courthouse that ...``: the parser hangs the clause on the place noun."""
    candidate = _one(analyze, text, content)
    assert _speaker(text, candidate) == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The shop steward told journalists at the factory gates that workers had run out of patience with the owners.",
            "that workers had run out of patience with the owners",
        ),
        (
            "Nurse Ada Obi told reporters at the hospital entrance that staff had run out of gloves by noon.",
            "that staff had run out of gloves by noon",
        ),
    ],
)
def test_a_that_the_parser_read_as_a_relative_object_on_the_place_is_the_conjunction(analyze, text, content) -> None:
    """``told journalists at the gates that workers had run out of ...``: parsed as ``the gates that workers had
    run``, but a verb going on at once with a whole prepositional phrase leaves ``that`` no gap to fill."""
    _one(analyze, text, content)


def test_a_relative_clause_on_the_noun_after_the_cue_is_not_what_was_said(analyze) -> None:
    text = "The minister spoke at a rally that drew thousands of farmers."
    assert [_content(text, c) for c in _find(analyze, text)] == []


def _cut_at_comma(analysis: Analysis, comma: int) -> Analysis:
    """The analysis with its one sentence ended before token ``comma``, as the parser does after some datelines.

    The clause before the comma becomes the first sentence's root; the
    attribution after it (``, the operator said.``) a sentence of its own
    whose verb has its subject and nothing said.
    """
    (sentence,) = analysis.sentences
    tokens = list(analysis.tokens)
    verb = next(t.i for t in tokens if t.dep == "root")
    clause = next(c for c in analysis.children[verb] if tokens[c].dep == "ccomp")
    tokens[clause] = tokens[clause]._replace(head=clause, dep="root")
    for t in tokens[comma:]:
        tokens[t.i] = t._replace(sent=1)
    first = Sentence(sentence.start, tokens[comma - 1].end, sentence.first, comma)
    second = Sentence(tokens[comma].start, sentence.end, comma, sentence.last)
    return Analysis(analysis.text, tuple(tokens), (first, second), analysis.entities)


def test_an_attribution_the_parser_cut_off_at_its_comma_reports_the_sentence_before(analyze) -> None:
    """``, the operator said.`` parsed as a sentence of its own still reports the sentence it was cut from."""
    text = (
        "A ferry to Calais turned back to Dover on Friday after a fire broke out in its engine room, the operator said."
    )
    whole = analyze(text)
    comma = next(t.i for t in whole.tokens if t.text == ",")
    cut = _cut_at_comma(whole, comma)
    assert cut.tokens[cut.sentences[1].first].text == ","
    (found,) = [c for c in reported.find(cut, []) if c.cue_lemma == "say"]
    assert (
        _content(text, found)
        == "A ferry to Calais turned back to Dover on Friday after a fire broke out in its engine room"
    )
    assert _speaker(text, found) == "the operator"


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "The school needs two things before winter, the head teacher said: a new boiler and more staff.",
            "The school needs two things before winter | a new boiler and more staff",
        ),
        (
            "Parents were asking about three things, she said: fees, uniforms and the bus route.",
            "Parents were asking about three things | fees, uniforms and the bus route",
        ),
    ],
)
def test_what_a_colon_after_an_inverted_attribution_lists_is_part_of_the_content(analyze, text, parts) -> None:
    """``..., she said: A, B and C.``: the list spells out the clause before the attribution."""
    _one(analyze, text, parts)


def test_an_inverted_attribution_without_a_colon_keeps_one_part(analyze) -> None:
    text = "The river is safe for swimming again, the council said."
    _one(analyze, text, "The river is safe for swimming again")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "A police spokesman said the man broke a window, took two laptops and fled on foot.",
            "the man broke a window, took two laptops and fled on foot",
        ),
        ("The mayor said the bridge was safe, and called the report a mistake.", "the bridge was safe"),
    ],
)
def test_a_list_of_what_the_reported_subject_did_is_all_said(analyze, text, content):
    """``said the man broke a window, took two laptops and fled``: the parser hangs the list's rest on the cue,
    but with no subject of its own it is the man's, not the speaker's; ``, and called ...`` is the speaker's act."""
    said = [c for c in _find(analyze, text) if c.cue_lemma == "say"]
    assert [_content(text, c) for c in said] == [content]


@pytest.mark.parametrize(
    "text",
    [
        '"We never saw a single invoice," Nadia Orme said in a statement read out at the inquest.',
        '"The ferry will run until March," the operator wrote in a notice posted at the terminal on Friday.',
    ],
)
def test_a_participle_describing_the_statement_is_not_what_was_said(analyze, text) -> None:
    """``said in a statement read out at ...``: the parser may hang the participle on the cue as a clause;
    it tells which statement, and the quotation before is what was said."""
    contents = [_content(text, c) for c in _find(analyze, text)]
    assert not any(c.startswith(("read out", "posted")) for c in contents), contents


def test_a_participle_that_holds_the_reported_clause_still_reports_it(analyze) -> None:
    """``said in an interview taped before the floods that ...``: the ``that`` clause, however the parser
    hangs it, is what was said, so the participle's clause is kept."""
    text = "Rivera had said in a BBC interview taped before the floods that the city had contained the river."
    contents = [_content(text, c) for c in _find(analyze, text)]
    assert any("the city had contained the river" in c for c in contents), contents


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Those savings, she told shareholders, would go back into the stores.",
            "Those savings | would go back into the stores",
            "she",
        ),
        (
            "The new schedule, the company told customers, takes effect in March.",
            "The new schedule | takes effect in March",
            "the company",
        ),
    ],
)
def test_a_parenthetical_attribution_may_name_whom_it_was_told_to(analyze, text, content, speaker) -> None:
    """``X, he told analysts, should ...``: the object of ``tell`` is the hearer, not what was said, so the
    attribution is still set off inside the clause it reports, and the clause's opening stays in it."""
    candidate = _one(analyze, text, content)
    assert _speaker(text, candidate) == speaker


def test_a_quoted_title_before_the_speaker_is_not_in_the_mention(analyze):
    """``"Morning Shift" host Ana Ruiz said that ...``: the title's words are the show's, the speaker is the host."""
    text = 'The network defended the segment. "Morning Shift" host Ana Ruiz said that the interview had been fair.'
    candidate = _one(analyze, text, "that the interview had been fair")
    assert _speaker(text, candidate) == "host Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Keller is believed to have been on the ferry, according to an interview his sister Maria Keller"
            " gave to the BBC.",
            "Keller is believed to have been on the ferry",
            "his sister Maria Keller",
        ),
        (
            "The ministry was warned that the dam could fail, according to an internal memo previously kept secret.",
            "The ministry was warned that the dam could fail",
            "an internal memo",
        ),
        (
            "Investigators are looking into whether the mayor broke the law, according to two police sources who"
            " spoke to the Herald but were not authorized to speak publicly.",
            "Investigators are looking into whether the mayor broke the law",
            "two police sources",
        ),
    ],
)
def test_a_clause_describing_the_source_of_according_to_is_not_what_it_sourced(analyze, text, content, speaker):
    """The parser may hang a closing ``according to X`` on X's own relative clause or participle (``an interview
    his sister gave``, ``a memo previously kept secret``); the claim sourced is the clause before the phrase, and
    an interview or statement is given by the one its clause names."""
    (candidate,) = [c for c in _find(analyze, text) if c.cue_lemma == "according to"]
    assert _content(text, candidate) == content
    assert _speaker(text, candidate) == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "According to recent polling, the incumbent is once again leading the field.",
            "the incumbent is once again leading the field",
        ),
        (
            "He left the country after, according to him, the state broadcaster censored his first report.",
            "the state broadcaster censored his first report",
        ),
    ],
)
def test_a_clause_after_according_to_and_its_comma_is_still_sourced(analyze, text, content):
    _one(analyze, text, content)
