"""Content scope and boundaries, third pass (issues 21 and 17): what an attribution covers.

Every text here was written for these tests.
"""

from __future__ import annotations

import pytest

from newsparse.analysis import Analysis
from newsparse_quotes import reported
from newsparse_quotes.candidates import Candidate


def _content(text: str, candidate: Candidate) -> str:
    return " | ".join(text[start:end] for start, end in candidate.parts)


def _contents(analyze, text: str) -> list[str]:
    return [_content(text, c) for c in reported.find(analyze(text), [])]


# -- a sentence-final attribution sources the whole sentence -------------------------------------
def test_trailing_according_to_covers_every_conjunct(analyze) -> None:
    text = (
        "The company sold 40,000 cars in March, and its profit rose by a third, "
        "according to figures released on Monday."
    )
    assert _contents(analyze, text) == ["The company sold 40,000 cars in March, and its profit rose by a third"]


def test_trailing_according_to_covers_a_while_clause_and_what_it_contrasts(analyze) -> None:
    text = "The mayor raised $2 million last year, while her rival has raised $600,000, according to campaign filings."
    assert _contents(analyze, text) == ["The mayor raised $2 million last year, while her rival has raised $600,000"]


def test_trailing_according_to_covers_a_but_clause(analyze) -> None:
    text = "Prices rose by 4 percent in May, but wages rose by only 1 percent, according to the statistics office."
    assert _contents(analyze, text) == ["Prices rose by 4 percent in May, but wages rose by only 1 percent"]


def test_according_to_inside_a_sentence_keeps_to_its_clause(analyze) -> None:
    """Not closing the sentence: the attribution is set inside the first clause and interrupts it."""
    text = "Sales fell, according to the ministry, and exports grew."
    assert _contents(analyze, text) == ["Sales fell | and exports grew"]


# -- "call for X to ...": the particle the parser made a clause marker ---------------------------
def test_call_for_someone_to_act_is_a_stance_with_the_whole_clause(analyze) -> None:
    text = "The council members called for the police chief to resign."
    (found,) = reported.find(analyze(text), [])
    assert _content(text, found) == "the police chief to resign"
    assert text[found.cue[0] : found.cue[1]] == "called for" and found.cue_class == "stance"
    assert text[found.speaker[0] : found.speaker[1]] == "The council members"


def test_call_for_a_thing_still_takes_the_object(analyze) -> None:
    text = "The union called for a strike on Monday."
    assert _contents(analyze, text) == ["a strike"]


def test_for_opening_a_clause_after_another_verb_is_no_cue(analyze) -> None:
    """``waited for the rain to stop``: ``wait for`` is not in the cue table, the marker alone makes nothing."""
    assert _contents(analyze, "The crew waited for the rain to stop.") == []


# -- noun phrase contents: a closing appositive is the reporter's gloss --------------------------
def test_appositive_closing_an_object_content_is_cut(analyze) -> None:
    text = "The union is backing Maria Lopez, the longest-serving member of the council."
    assert _contents(analyze, text) == ["Maria Lopez"]


def test_appositive_gloss_with_a_relative_clause_is_cut(analyze) -> None:
    text = "The mayor has been embracing the new budget, a plan that cuts library hours."
    assert _contents(analyze, text) == ["the new budget"]


def test_including_list_stays_in_an_object_content(analyze) -> None:
    text = "The governor thanked the volunteers, including two nurses from the county hospital."
    assert _contents(analyze, text) == ["the volunteers, including two nurses from the county hospital"]


# -- a poll is the source of a finding, not of someone's standing --------------------------------
def test_poll_source_of_a_finding(analyze) -> None:
    text = "The mayor leads by 8 points in the latest poll."
    (found,) = reported.find(analyze(text), [])
    assert _content(text, found) == "The mayor leads by 8 points" and found.cue_lemma == "in"


def test_standing_in_the_polls_in_a_relative_clause_is_no_finding(analyze) -> None:
    assert _contents(analyze, "Ruiz, who leads in the polls, spoke first at the forum.") == []


def test_standing_in_the_polls_in_a_clause_without_subject_is_no_finding(analyze) -> None:
    assert _contents(analyze, "Depending on her strength in the polls, he may stay in the race.") == []


# -- "make" with a word that carries the saying -----------------------------------------------------
def test_made_it_clear_that_reports_the_clause(analyze) -> None:
    text = "The coach made it clear that the team would not change its lineup."
    (found,) = reported.find(analyze(text), [])
    assert _content(text, found) == "that the team would not change its lineup"
    assert text[found.speaker[0] : found.speaker[1]] == "The coach" and found.cue_class == "speech"
    assert found.source == "reported:support"


def test_made_the_case_that_reports_the_clause(analyze) -> None:
    text = "The senator made the case that the tax cut would pay for itself."
    assert _contents(analyze, text) == ["that the tax cut would pay for itself"]


def test_make_without_a_word_of_saying_reports_nothing(analyze) -> None:
    text = "The two sides made a deal that nobody in the city liked."
    assert _contents(analyze, text) == []


# -- a gerund or a question after a cue's preposition is its content ------------------------------
def test_gerund_after_the_particle_of_a_phrasal_cue_is_the_content(analyze) -> None:
    text = "The mayor has called for doubling the number of night buses."
    assert _contents(analyze, text) == ["doubling the number of night buses"]


def test_question_after_talk_about_is_the_content(analyze) -> None:
    text = "The mayor talked about how the city would pay for the new stadium."
    assert _contents(analyze, text) == ["how the city would pay for the new stadium"]


# -- "said yes": an answer word is what was said ----------------------------------------------------
def test_said_yes_reports_the_answer(analyze) -> None:
    text = "Asked whether the bridge should be rebuilt, most of the residents said yes."
    found = [c for c in reported.find(analyze(text), []) if c.cue_lemma == "say"]
    assert [_content(text, c) for c in found] == ["yes"]
    assert text[found[0].speaker[0] : found[0].speaker[1]] == "most of the residents"


# -- verbs that take a prepositional phrase besides their object ----------------------------------
def test_compared_x_to_y_keeps_both_halves(analyze) -> None:
    text = "The coach compared the new stadium to an airport terminal."
    assert _contents(analyze, text) == ["the new stadium to an airport terminal"]


def test_a_poll_shows_someone_with_a_lead(analyze) -> None:
    text = "A new county poll shows the mayor with a 9-point lead over her challenger."
    assert _contents(analyze, text) == ["the mayor with a 9-point lead over her challenger"]


def test_attributed_x_to_y_keeps_the_cause(analyze) -> None:
    text = "The clerk attributed the delay to the late postal ballots."
    assert _contents(analyze, text) == ["the delay to the late postal ballots"]


def test_infinitive_right_after_the_object_completes_it(analyze) -> None:
    text = "The governor defended her call to raise the minimum wage to 15 dollars."
    assert _contents(analyze, text) == ["her call to raise the minimum wage to 15 dollars"]


def test_purpose_clause_after_a_comma_stays_out(analyze) -> None:
    text = "The senator criticized the plan loudly, to show her own party that she would not be silenced."
    found = [c for c in reported.find(analyze(text), []) if c.cue_lemma == "criticize"]
    assert [_content(text, c) for c in found] == ["the plan"]


def test_to_phrase_right_after_the_object_is_read_with_it(analyze) -> None:
    text = "The singer announced her engagement to a former hockey player."
    assert _contents(analyze, text) == ["her engagement to a former hockey player"]


def test_in_phrase_after_the_object_stays_the_verbs_setting(analyze) -> None:
    text = "The senator criticized the budget plan in a speech on the floor."
    assert _contents(analyze, text) == ["the budget plan"]


# -- a quotation that is only the first part of the reported clause --------------------------------
def test_clause_running_on_after_the_quotation_is_one_mixed_quote(parse) -> None:
    text = 'The mayor said "the vote went our way" by a wide margin in every ward.'
    quotes = parse(text).quotes
    assert [(q.kind.value, q.text) for q in quotes] == [
        ("mixed", '"the vote went our way" by a wide margin in every ward')  # both marks, none stray
    ]


def test_complete_quoted_utterance_then_the_reporters_words_stays_direct(parse) -> None:
    text = 'The coach shouted "Run it again!" and walked off the field.'
    quotes = parse(text).quotes
    assert [(q.kind.value, q.text) for q in quotes if q.kind.value == "direct"] == [("direct", "Run it again!")]


# -- an impression's subject is the whole noun phrase, however many subjects the parser found --------
def test_raising_subject_split_by_the_parser_is_one_noun_phrase(analyze) -> None:
    text = "The birth of the newest Clinton is expected to coincide with the conventions in July."
    (found,) = reported.find(analyze(text), [])
    assert _content(text, found) == "The birth of the newest Clinton | to coincide with the conventions in July"


# -- "it is safe to say": the reporter's hedge, nobody's statement -----------------------------------
def test_it_is_safe_to_say_is_no_attribution(analyze) -> None:
    assert _contents(analyze, "It is safe to say the new bridge will open late.") == []
    assert _contents(analyze, "It is too soon to say whether the new bridge will open on time.") == []


def test_someone_quick_to_say_is_still_an_attribution(analyze) -> None:
    text = "The mayor was quick to say that the new bridge would open late."
    assert _contents(analyze, text) == ["that the new bridge would open late"]


# -- fifth pass: lists after a comma, relative pronouns of a reported clause -----------------------
def test_a_list_the_parser_reads_as_an_appositive_stays_whole(analyze) -> None:
    text = "In his speech, the governor thanked his parents, his sisters, his wife and his two sons."
    assert _contents(analyze, text) == ["his parents, his sisters, his wife and his two sons"]


def test_a_gloss_with_a_plain_coordination_is_still_cut(analyze) -> None:
    text = "The union is backing Maria Lopez, a former nurse and a city councillor."
    assert _contents(analyze, text) == ["Maria Lopez"]


def test_a_relative_pronoun_of_the_reported_clause_is_its_first_part(analyze) -> None:
    text = "The council approved the budget, which officials say could pass the Senate next week."
    contents = _contents(analyze, text)
    assert "which | could pass the Senate next week" in contents


def test_a_personal_relative_pronoun_is_left_out(analyze) -> None:
    text = "Voters are turning to Carla Dunn, who many analysts think is the strongest candidate in the race."
    assert "is the strongest candidate in the race" in _contents(analyze, text)


def test_a_free_quote_after_a_mixed_quote_and_its_attribution_is_its_next_part(parse) -> None:
    text = 'The plan "puts the developers first," Councillor Ada Moss said. "That is not acceptable."'
    quotes = parse(text).quotes
    assert len(quotes) == 1
    assert [part.text for part in quotes[0].parts] == [
        'The plan "puts the developers first,"',
        "That is not acceptable.",
    ]
    assert quotes[0].speaker_mention is not None and quotes[0].speaker_mention.text == "Councillor Ada Moss"


def test_a_free_quote_after_a_reported_clause_with_more_words_between_stays_apart(parse) -> None:
    text = 'Councillor Ada Moss said the plan puts the developers first, and she left early. "That is not acceptable."'
    assert len(parse(text).quotes) == 2


# -- "said in a statement that ...": the clause the parser hangs on the phrase's noun ----------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the parser hangs the clause on "statement" here (the first) or on "said" (the second)
        (
            "The school board said in a statement that the new rules were necessary.",
            "that the new rules were necessary",
        ),
        ("The coach said in an interview Tuesday that she would stay.", "that she would stay"),
    ],
)
def test_said_in_a_statement_that_reports_the_clause(analyze, text: str, content: str) -> None:
    assert _contents(analyze, text) == [content]


def test_a_relative_clause_on_the_phrase_noun_is_not_content(analyze) -> None:
    text = "The mayor spoke in an interview during which she praised the volunteers."
    assert not any(content.startswith("during which") for content in _contents(analyze, text))


# -- "As the Herald reported, ...": an attribution aside ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "As the Herald reported on Monday, the council had already signed the contract.",
            "the council had already signed the contract",
        ),
        ("The bridge will close in May, as the city engineer noted.", "The bridge will close in May"),
        # the parser gives the comma to the "as" clause here
        (
            "As a city study from 2019 noted, the average commute of drivers living in Dayton was 22 minutes.",
            "the average commute of drivers living in Dayton was 22 minutes",
        ),
    ],
)
def test_an_as_aside_attributes_the_clause_it_is_hung_on(analyze, text: str, content: str) -> None:
    assert _contents(analyze, text) == [content]


@pytest.mark.parametrize(
    "text",
    [
        "She left the stage as he replied.",
        "The crowd cheered, as the band's singer replied to a heckler.",
    ],
)
def test_an_as_clause_of_time_attributes_nothing(analyze, text: str) -> None:
    assert _contents(analyze, text) == []


# -- a coordinated cue in the reported clause's tense is part of what was reported -------------------
def test_a_coordinated_verb_under_the_clauses_modal_stays_in_the_content(analyze) -> None:
    text = "The senator said she would sit the ministers down and tell them to stop."
    assert _contents(analyze, text) == ["she would sit the ministers down and tell them to stop"]


def test_a_coordinated_cue_in_the_cues_tense_is_the_speakers_next_act(analyze) -> None:
    text = "The senator said the budget was a disaster and vowed to veto it."
    assert _contents(analyze, text)[0] == "the budget was a disaster"


# -- "said that in 2009, "..."": a quotation that ends a reported clause is part of it ---------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The mayor recalled that in 2009, "I called every lender and asked for more time."',
            'that in 2009, "I called every lender and asked for more time."',
        ),
        ('The coach said that, "We played our best game of the year."', 'that, "We played our best game of the year."'),
    ],
)
def test_a_quotation_after_that_and_a_comma_ends_the_reported_clause(parse, text: str, content: str) -> None:
    quotes = parse(text).quotes
    assert [(q.kind.value, _joined(text, q)) for q in quotes] == [("mixed", content)]


def test_a_quotation_after_the_cue_and_a_comma_stays_direct(parse) -> None:
    text = 'The coach said, "We played our best game of the year."'
    assert [q.kind.value for q in parse(text).quotes] == ["direct"]


def _joined(text: str, quote) -> str:
    return " | ".join(text[part.start : part.end] for part in quote.parts)


# -- a closing bracket opened inside the content stays with it -------------------------------------
def test_a_closing_bracket_opened_inside_the_content_is_kept(analyze) -> None:
    text = "A new poll shows that the governor does better against the mayor than Sen. Ted Cruz (R-Texas)."
    assert _contents(analyze, text) == ["that the governor does better against the mayor than Sen. Ted Cruz (R-Texas)"]


def test_a_bracket_around_the_whole_content_is_still_trimmed(analyze) -> None:
    text = "(The mayor said the budget was balanced.)"
    assert _contents(analyze, text) == ["the budget was balanced"]


# -- a content does not end on the conjunction of a conjunct it left out -----------------------------
def test_a_content_does_not_end_on_the_conjunction_before_the_speakers_next_act(analyze) -> None:
    text = "The senator said she had met the lobbyist twice but said neither meeting was about the bill."
    assert _contents(analyze, text)[0] == "she had met the lobbyist twice"


# -- "warned of X", "cautioned against X": the preposition is the cue's, its object the content -------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The general warned of a long battle ahead.", "a long battle ahead"),
        ("The economist cautioned against reading too much into the figures.", "reading too much into the figures"),
    ],
)
def test_the_preposition_of_a_topic_verb_is_not_content(analyze, text: str, content: str) -> None:
    assert _contents(analyze, text) == [content]


def test_a_reason_or_predicate_preposition_stays_in_the_content(analyze) -> None:
    text = "The mayor described the budget as a disgrace."
    assert _contents(analyze, text) == ["the budget as a disgrace"]


# -- "which he called a disaster": the relative pronoun is the object, the content's first part -------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The council passed the plan, which the mayor called a disaster.", "which | a disaster"),
        ("The rule, which she vowed to ignore, stays in force.", "which | to ignore"),
        ("He attacked the senator, whom he described as a coward.", "whom | as a coward"),
    ],
)
def test_a_relative_pronoun_object_of_the_cue_is_the_first_part(analyze, text: str, content: str) -> None:
    assert content in _contents(analyze, text)


def test_a_relative_pronoun_subject_of_the_cue_is_the_speaker_not_content(analyze) -> None:
    text = "The senator, who called the plan a disaster, left early."
    assert _contents(analyze, text) == ["the plan a disaster"]


# -- an appositive name after a description ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor praised her predecessor, Ruth Abara, at the ceremony.", "her predecessor, Ruth Abara"),
        ("The union endorsed the party's candidate, Tom Reilly.", "the party's candidate, Tom Reilly"),
        ("The union endorsed Tom Reilly, the party's candidate.", "Tom Reilly"),
    ],
)
def test_a_name_after_a_description_is_what_was_judged(parse, text: str, content: str) -> None:
    # the name says who the description means; a description after a name is the reporter's gloss
    assert [q.text for q in parse(text).quotes] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "A senior official said the proposal was under examination but declined to give a timeline.",
            "the proposal was under examination",
        ),
        ("She said the plan had failed and refused to answer questions.", "the plan had failed"),
    ],
)
def test_declining_to_say_more_is_the_speakers_act_not_the_content(analyze, text, content) -> None:
    assert content in _contents(analyze, text)
    assert not [c for c in _contents(analyze, text) if "declined" in c or "refused" in c]


# -- a conjunct of the cue in the reported clause's backshifted tense is still what was reported --
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The union said the talks were "going well" but had not set a date.',
            'the talks were "going well" but had not set a date',
        ),
        (
            'The union said the talks were "going well" but had not yet set a date.',
            'the talks were "going well" but had not yet set a date',
        ),
    ],
)
def test_a_past_perfect_conjunct_of_the_cue_goes_on_with_the_content(analyze, text, content) -> None:
    """The parser coordinates ``set`` with ``said``; its past perfect is the report's tense, not the speaker's act."""
    assert _contents(analyze, text) == [content]


def test_a_conjunct_in_the_cues_tense_is_the_speakers_next_act(analyze) -> None:
    assert _contents(analyze, 'Ms. Lee said the talks were "going well" and left the building.') == [
        'the talks were "going well"'
    ]


def test_a_backshifted_cue_verb_is_an_attribution_of_its_own(analyze) -> None:
    """``had not said when ...`` is a (negated) act of saying: it stays out of the first content."""
    text = 'The union said the talks were "going well" but had not said when they would end.'
    assert _contents(analyze, text)[0] == 'the talks were "going well"'


# -- "As one nurse put it, "..."": an as-clause on the wording introduces the quote after it ---------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('As one nurse put it, "You cannot staff a ward with a spreadsheet."', "one nurse"),
        ('As Dr. Lena Park phrased it, "The clinic is running on goodwill."', "Dr. Lena Park"),
        ('As the union put it in a letter to members, "We are done waiting."', "the union"),
    ],
)
def test_as_someone_put_it_credits_the_quotation_after_it(parse, text: str, speaker: str) -> None:
    (quote,) = parse(text).quotes
    assert quote.kind.value == "direct" and quote.cue is not None
    assert quote.speaker_mention is not None and quote.speaker_mention.text == speaker


def test_as_a_clause_about_a_thing_placed_does_not_credit_a_quotation(parse) -> None:
    quotes = parse('As they put it on the table, "This is our final offer."').quotes
    assert all(q.cue is None for q in quotes)


# -- the medium a noun phrase was said in is the setting, not the content ---------------------------
def test_the_medium_hung_on_an_object_content_is_the_setting(parse) -> None:
    """The parser hangs ``in a tweet`` on ``victory``; it says where the claim was made, not what was claimed."""
    (quote,) = parse("The mayor claimed victory in a tweet on Sunday night.").quotes
    assert quote.text == "victory"


def test_a_phrase_that_is_not_a_medium_stays_with_the_object(parse) -> None:
    (quote,) = parse("The principal praised the work of volunteers in the district.").quotes
    assert quote.text == "the work of volunteers in the district"


# -- a clause opened by "as", "while", "because" is the saying's circumstance, not its content -------
def test_an_as_clause_after_the_cue_is_not_what_was_said(parse) -> None:
    text = '"His legend will live on," the coach said, as a few young boxers worked out inside the gym.'
    assert [q.text for q in parse(text).quotes] == ["His legend will live on"]


def test_a_that_clause_after_the_cue_is_still_what_was_said(parse) -> None:
    (quote,) = parse("The coach said that a few young boxers worked out inside the gym.").quotes
    assert quote.text == "that a few young boxers worked out inside the gym"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "As Ruth Marek puts it, the mayor is making the council an offer it cannot refuse.",
            "the mayor is making the council an offer it cannot refuse",
            "Ruth Marek",
        ),
        (
            "The council, as one member put it, has run out of patience.",
            "The council … has run out of patience",
            "one member",
        ),
    ],
)
def test_as_someone_put_it_attributes_the_clause_it_is_set_in(parse, text: str, content: str, speaker: str) -> None:
    (quote,) = parse(text).quotes
    assert quote.text == content
    assert quote.speaker_mention is not None and speaker in quote.speaker_mention.text


def test_as_a_clause_about_a_thing_placed_attributes_nothing(parse) -> None:
    assert parse("As they put it on the table, the offer looked generous.").quotes == ()


# -- a noun phrase the parser coordinates with the cue verb is the object's conjunct ----------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The senator questioned the mayor\'s "big city habits" and her readiness to run a state.',
            'the mayor\'s "big city habits" and her readiness to run a state',
        ),
        (
            'The governor called the plan "a gift to developers" and someone\'s idea of a joke.',
            'the plan "a gift to developers" and someone\'s idea of a joke',
        ),
        (
            'She called him "a bully" and someone who had "never read the budget" before voting.',
            'him "a bully" and someone who had "never read the budget" before voting',
        ),
    ],
)
def test_a_noun_coordinated_with_the_cue_is_a_second_object(parse, text: str, content: str) -> None:
    """After a closing mark the parser hangs ``and her readiness ...`` on the verb; a verb has no noun conjunct."""
    (quote,) = parse(text).quotes
    assert quote.text == content


def test_a_verb_coordinated_with_the_cue_is_an_act_of_its_own(parse) -> None:
    quotes = parse("The mayor chides the council and praises volunteers at the meeting.").quotes
    assert [q.text for q in quotes] == ["the council", "volunteers"]


# -- a subjectless conjunct of a past cue in the present tense goes on with the reported clause -----
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The analyst told clients that the forecasts could be "badly wrong," and have missed turns before.',
            'that the forecasts could be "badly wrong," and have missed turns before',
        ),
        (
            'The nurse told the board that wards were "dangerously short," and will stay so without new hires.',
            'that wards were "dangerously short," and will stay so without new hires',
        ),
    ],
)
def test_a_present_tense_conjunct_of_a_past_cue_is_still_reported(parse, text: str, content: str) -> None:
    """The parser hangs ``and have missed ...`` on ``told``; a narrative would tell the teller's next act in the past."""
    (quote,) = parse(text).quotes
    assert quote.text == content


# -- "portrayed X as ...": an "as" predicate without a subject is what the object was called -------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The ad portrays the senator as singularly focused on taxes.", "the senator as singularly focused on taxes"),
        ("Critics described the city as beset by crime.", "the city as beset by crime"),
    ],
)
def test_an_as_predicate_of_the_object_is_in_the_content(parse, text: str, content: str) -> None:
    (quote,) = parse(text).quotes
    assert quote.text == content


def test_an_as_clause_with_its_own_subject_stays_out_of_the_object(parse) -> None:
    (quote,) = parse("The governor praised the plan as she entered the hall.").quotes
    assert quote.text == "the plan"


# -- "urged X to A, B and C": bare verbs coordinated with a finite cue are more of its infinitive ----
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The senator urged colleagues to reject the bill, restore the funds and start again.",
            "colleagues to reject the bill, restore the funds and start again",
        ),
        (
            "Parents asked the school to hire a nurse, extend recess and serve hot lunches.",
            "the school to hire a nurse, extend recess and serve hot lunches",
        ),
    ],
)
def test_base_form_conjuncts_of_a_finite_cue_go_on_with_its_infinitive(parse, text: str, content: str) -> None:
    (quote,) = parse(text).quotes
    assert quote.text == content


def test_a_plural_present_cue_leaves_its_conjunct_alone(parse) -> None:
    """``oppose ... and speak``: the base form and the plural present are one word, so nothing is decided."""
    quotes = parse("Residents who oppose the plan and speak at meetings say it is rushed.").quotes
    assert [q.text for q in quotes] == ["the plan", "it is rushed"]


# -- "said X, but "Y"": a conjunct clause hung on the cue that quotes the speaker is what was said ---
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The dealer said he had received offers for the car, but "the offers were not serious."',
            'he had received offers for the car, but "the offers were not serious."',
        ),
        (
            'The mayor said the budget was balanced, and the city would "never again borrow to pay salaries."',
            'the budget was balanced, and the city would "never again borrow to pay salaries."',
        ),
    ],
)
def test_a_conjunct_clause_quoting_the_speaker_is_reported(parse, text: str, content: str) -> None:
    (quote,) = parse(text).quotes
    assert quote.text == content


def test_a_conjunct_clause_framing_its_own_quotation_stays_out(parse) -> None:
    text = 'The coach said the team played well, but he gave the referee a warning: "We will appeal this."'
    assert [q.text for q in parse(text).quotes] == ["the team played well", "We will appeal this."]


# -- "said X, while others said Y": a contrast set off by a comma that holds a saying of its own ----------
@pytest.mark.parametrize(
    ("text", "contents"),
    [
        (
            "Most residents said the new bridge was too expensive, while the council's engineers said it would "
            "pay for itself within a decade.",
            ["the new bridge was too expensive", "it would pay for itself within a decade"],
        ),
        (
            "Officials said the road would reopen on Friday, although the police warned that delays were likely.",
            ["the road would reopen on Friday", "that delays were likely"],
        ),
    ],
)
def test_a_contrast_with_its_own_saying_closes_the_content(parse, text: str, contents: list[str]) -> None:
    assert [q.text for q in parse(text).quotes] == contents


def test_a_contrast_without_a_saying_stays_in_the_content(parse) -> None:
    text = "The coach said the team had improved, while its defense remained weak."
    assert [q.text for q in parse(text).quotes] == ["the team had improved, while its defense remained weak"]


# -- "said X, a move that ...": the reporter's indefinite gloss after a reported clause ---------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The governor said she would veto the bill, a move that could cost her the support of the unions.",
            "she would veto the bill",
        ),
        (
            "The mayor vowed to close the old landfill, a promise her predecessor had also made.",
            "to close the old landfill",
        ),
    ],
)
def test_an_indefinite_gloss_after_a_reported_clause_is_cut(parse, text: str, content: str) -> None:
    assert [q.text for q in parse(text).quotes] == [content]


# -- a conjunct of an infinitive content in the cue's own tense is the speaker's next act -----------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The board asked staff to wait and went home.", "staff to wait"),
        ("The mayor urged residents to stay indoors and left for the airport.", "residents to stay indoors"),
        ("The union told members to strike and walked out of the talks.", "members to strike"),
        ("The mayor urges residents to stay home and leaves for the airport.", "residents to stay home"),
    ],
)
def test_a_finite_conjunct_of_an_infinitive_content_is_left_out(analyze, text, content) -> None:
    """A to-infinitive is not coordinated with ``went``/``leaves``: the parser hung the next act on it."""
    assert _contents(analyze, text)[0] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The board asked staff to wait and see.", "staff to wait and see"),
        ("The coach asked the players to run and to rest.", "the players to run and to rest"),
    ],
)
def test_base_form_conjuncts_go_on_with_the_infinitive(analyze, text, content) -> None:
    assert _contents(analyze, text) == [content]


# -- a cue inverted in mid-sentence: the content on both sides, the speaker between --------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Rather than raising taxes, said Ana Ruiz, a council member, the city should sell the land.",
            "Rather than raising taxes | the city should sell the land",
            "Ana Ruiz",
        ),
        (
            "The real problem, said Tom Berg, the union's president, is that wages have not kept up.",
            "The real problem | is that wages have not kept up",
            "Tom Berg",
        ),
        (
            "In the long run, says Maria Lopez, an economist at Fenwick Bank, rates will have to rise.",
            "In the long run | rates will have to rise",
            "Maria Lopez",
        ),
        (
            "For now, said Ms. Chen, the company will keep its plant open.",
            "For now | the company will keep its plant open",
            "Ms. Chen",
        ),
        ("The plan, said the mayor, is dead.", "The plan | is dead", "the mayor"),
    ],
)
def test_a_cue_inverted_mid_sentence_splits_the_content_around_its_speaker(analyze, text, content, speaker) -> None:
    (found,) = reported.find(analyze(text), [])
    assert _content(text, found) == content
    assert found.speaker is not None and text[found.speaker[0] : found.speaker[1]] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "He said he had met the governor, a senator and two mayors.",
        "The mayor said the city would hire Ana Ruiz, the former police chief.",
    ],
)
def test_a_list_or_definite_description_stays_in_the_reported_clause(parse, text: str) -> None:
    (quote,) = parse(text).quotes
    assert quote.text == text[text.index("said ") + 5 : -1]


def test_a_gloss_on_the_claims_predicate_stays(parse) -> None:
    text = "Aides say the visit was a modest success, a point of pride that shows how far the talks have come."
    quotes = parse(text).quotes
    assert quotes[0].text == text[text.index("the visit") : -1]


def test_a_gloss_the_parser_takes_for_a_second_object_is_cut(parse) -> None:
    # the parser hangs ``a threat`` on ``promised`` as its object, after the infinitive
    text = "The union promised to strike in March, a threat it has made twice before."
    assert [q.text for q in parse(text).quotes] == ["to strike in March"]


@pytest.mark.parametrize(
    "text",
    [
        "The plan is dead, said Ana Ruiz, a council member who opposed it.",
        "The mayor, a Democrat, said Ruiz, the treasurer, had lied.",
        "The plan is dead, said Ana Ruiz, adding that the council would meet.",
    ],
)
def test_an_appositive_or_a_subject_before_the_cue_is_no_resumed_content(analyze, text) -> None:
    """A relative clause in the appositive, a subject before the cue, a participle: nothing resumes after them."""
    found = reported.find(analyze(text), [])
    assert all(" | " not in _content(text, c) for c in found)


# -- a mixed quote keeps both its marks: no stray mark in the text -------------------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('The mayor said "the plan" was dead.', '"the plan" was dead'),
        ("The mayor said 'the plan' was dead.", "'the plan' was dead"),
        ('The mayor said "we will not back down" on the cuts.', '"we will not back down" on the cuts'),
    ],
)
def test_a_mixed_quote_opening_with_its_quotation_keeps_the_opening_mark(parse, text: str, content: str) -> None:
    assert [q.text for q in parse(text).quotes] == [content]


# -- ninth session: where a reported content stops (issue 17) -----------------------------------
def test_according_to_hung_on_an_auxiliary_covers_the_whole_clause(analyze) -> None:
    """The parser hangs the phrase on ``is``; the clause is its verb's, not the auxiliary's subtree."""
    text = "According to recent surveys, the mayor is once again comfortably leading the race."
    assert _contents(analyze, text) == ["the mayor is once again comfortably leading the race"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the parser hangs the "that" clause on the cue: the opening is found after the attribution
        (
            "But there is a risk, some officials said, that the plan will fail.",
            "there is a risk | that the plan will fail",
        ),
        # hung on the opening instead: both parts either way
        (
            "It's a reminder, the coach said, that the season is far from over.",
            "It's a reminder | that the season is far from over",
        ),
        # a dash sets the lead off from the sentence before it
        (
            "The bill bars new tolls - a provision, the mayor said, that is meant to protect commuters.",
            "a provision | that is meant to protect commuters",
        ),
    ],
)
def test_a_that_clause_after_an_attribution_set_off_by_commas_completes_the_opening(analyze, text, content) -> None:
    assert _contents(analyze, text) == [content]


def test_no_lead_without_words_before_the_cue(analyze) -> None:
    text = "The mayor said, in a statement, that the plan was dead."
    assert _contents(analyze, text) == ["that the plan was dead"]


def test_a_lead_with_a_cue_of_its_own_is_not_the_asides_content(analyze) -> None:
    """``He hoped`` is an attribution of its own: the aside ``he said`` does not take it as its first part."""
    text = "He hoped, he said, that the vote would pass."
    assert not any(content.startswith("He hoped |") for content in _contents(analyze, text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The campaign hoped to win delegates in states that split them: Ohio, Utah and Idaho.",
            "to win delegates in states that split them: Ohio, Utah and Idaho",
        ),
        ("She noted that he had won a state: he also took Iowa.", "that he had won a state: he also took Iowa"),
    ],
)
def test_what_a_colon_closing_a_reported_clause_introduces_spells_it_out(analyze, text, content) -> None:
    assert _contents(analyze, text) == [content]


@pytest.mark.parametrize(
    "text",
    [
        'She said the plan had one flaw: "It costs too much."',  # a quotation of its own
        "She said the plan had one flaw: the council said it cost too much.",  # another attribution
        "She said the plan had one flaw: Would the council ever pay for it?",  # a question the colon puts
    ],
)
def test_a_colon_before_a_quotation_an_attribution_or_a_question_ends_the_content(analyze, text) -> None:
    assert "the plan had one flaw" in _contents(analyze, text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "At times last year, aides said, the mere mention of the rival could make him fume.",
            "At times last year | the mere mention of the rival could make him fume",
        ),
        (
            "In a race shaped by working-class anger, the strategists argued, turnout would decide it.",
            "In a race shaped by working-class anger | turnout would decide it",
        ),
    ],
)
def test_an_adverbial_before_an_attribution_set_off_by_commas_is_the_first_part(analyze, text, content) -> None:
    """The attribution interrupts the reported sentence: its opening is what was said too (a hyphen is no break)."""
    assert _contents(analyze, text) == [content]


def test_an_attribution_inside_a_phrase_takes_no_lead(analyze) -> None:
    text = "He left the country after, according to him, the network censured his first report."
    assert _contents(analyze, text) == ["the network censured his first report"]


def test_a_quoted_conjunct_of_the_cue_is_more_of_what_was_said(analyze) -> None:
    """The parser hangs ``stayed`` on ``said``; in marks, the speaker's words go on with the content."""
    text = 'Garcia said she "never doubted the result," and "stayed calm all night."'
    assert _contents(analyze, text) == ['she "never doubted the result," and "stayed calm all night."']


def test_an_unquoted_conjunct_of_the_cue_in_its_tense_is_the_speakers_next_act(analyze) -> None:
    text = "Garcia said she never doubted the result, and stayed at home all night."
    assert _contents(analyze, text) == ["she never doubted the result"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("One poll shows the mayor 16 points ahead of her rival.", "the mayor 16 points ahead of her rival"),
        (
            "The survey showed the senator within two points of the governor.",
            "the senator within two points of the governor",
        ),
        ("A new poll shows her well behind the incumbent.", "her well behind the incumbent"),
    ],
)
def test_where_a_poll_puts_someone_is_part_of_what_it_shows(analyze, text, content) -> None:
    assert _contents(analyze, text) == [content]


def test_a_than_phrase_completes_a_comparative_in_the_content(analyze) -> None:
    text = "The mayor called the new budget “much, much better” than the old one."
    assert _contents(analyze, text) == ["the new budget “much, much better” than the old one"]


def test_a_than_phrase_on_the_act_itself_stays_out(analyze) -> None:
    """``more than the council did`` compares the praising, not what was praised."""
    assert _contents(analyze, "The mayor praised the budget more than the council did.") == ["the budget"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the parser hangs the condition on the cue, not on the noun phrase it restricts
        ("The mayor announced a new tax if the budget fails.", "a new tax if the budget fails"),
        ("He warned of higher prices if the tariff stays.", "higher prices if the tariff stays"),
    ],
)
def test_a_condition_after_a_saying_is_part_of_what_was_said(analyze, text, content) -> None:
    assert _contents(analyze, text) == [content]


def test_a_reported_clause_the_parser_split_in_two_is_one_content(analyze) -> None:
    """The parser makes ``they do`` and ``n't yet know ...`` two clauses of ``say``: with nothing between, one."""
    text = "Many voters still say they don’t yet know enough about the mayor to form an opinion."
    assert _contents(analyze, text) == ["they don’t yet know enough about the mayor to form an opinion"]


def test_a_predicate_the_parser_hung_elsewhere_finishes_the_content(analyze) -> None:
    """The parser takes ``park rangers`` as the object of ``implying`` and hangs ``were lazy`` on the cue."""
    text = "The council accused the mayor of implying park rangers were lazy."
    assert _contents(analyze, text) == ["the mayor of implying park rangers were lazy"]


def test_the_speakers_own_predicate_stays_out_of_the_content(analyze) -> None:
    """``were divided`` has its subject (the voters who said it): it is the reporter's, not what they said."""
    text = "Voters who said the economy mattered most were divided on the tax."
    assert _contents(analyze, text) == ["the economy mattered most"]


def _rehung(analysis: Analysis, word: str, head: int, dep: str) -> Analysis:
    """The analysis with ``word`` hung on token ``head`` as ``dep``: a parser error the extractor must survive."""
    tokens = tuple(t._replace(head=head, dep=dep) if t.text == word else t for t in analysis.tokens)
    return Analysis(analysis.text, tokens, analysis.sentences, analysis.entities, analysis.chunks, analysis.coref)


def test_a_relative_clause_without_relative_word_hung_on_the_cue_finishes_the_content(analyze) -> None:
    """``the raises Smith offered`` with ``offered`` parsed as a conjunct of ``demanded``: still the object's clause."""
    text = "The union demanded the raises Smith offered."
    analysis = analyze(text)
    cue = next(t.i for t in analysis.tokens if t.text == "demanded")
    found = reported.find(_rehung(analysis, "offered", cue, "conj"), [])
    assert [_content(text, c) for c in found] == ["the raises Smith offered"]


def test_an_object_the_parser_hung_elsewhere_finishes_an_infinitive_content(analyze) -> None:
    """``wants to unseat`` with ``Mayor Jane Doe`` hung on ``wants``: the infinitive still takes its object."""
    text = "The group wants to unseat Mayor Jane Doe."
    analysis = analyze(text)
    cue = next(t.i for t in analysis.tokens if t.text == "wants")
    found = reported.find(_rehung(analysis, "Doe", cue, "npadvmod"), [])
    assert [_content(text, c) for c in found] == ["to unseat Mayor Jane Doe"]


def test_a_split_clause_whose_second_part_opens_with_an_adverb_is_one_content(analyze) -> None:
    """``fine with`` and ``however the vote turns out`` are two clauses of ``say`` to the parser: one content."""
    text = "Residents say they are fine with however the vote turns out."
    assert _contents(analyze, text) == ["they are fine with however the vote turns out"]


# -- tenth pass: a relative clause with no relative word -----------------------------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Rain was the last thing the players wanted to hear about.", "the last thing | to hear about"),
        ("Critics named the reforms the minister had promised to deliver.", "the reforms | to deliver"),
        (
            "She dropped any proposal she would not want to defend at the convention.",
            "any proposal | to defend at the convention",
        ),
        ("The paper checked two things the governor had said about the harbour.", "two things | the harbour"),
    ],
)
def test_the_noun_of_a_contact_relative_clause_is_the_first_part(analyze, text: str, content: str) -> None:
    # the noun fills the object the reported clause lacks, as "which" does in "which he called ..."
    assert content in _contents(analyze, text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("They met on the day the minister said the bridge would open.", "the bridge would open"),
        ("Lumen sells a phone the company says lasts three days.", "lasts three days"),
        ("Trade fell in the summer he said prices hit a record.", "prices hit a record"),
        ("The coach had nothing bad to say about the referee.", "the referee"),
    ],
)
def test_a_setting_noun_a_subject_or_an_infinitival_relative_stays_out(analyze, text: str, content: str) -> None:
    # "the day" fills no gap in what was said, nor does a noun before a clause with nothing missing;
    # a missing subject is left to the clause (the own golds);
    # "nothing bad to say about X" is the topic, not the saying
    assert content in _contents(analyze, text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor closed the old depot, which she said cost the city too much.", "which | cost the city too much"),
        ("The board hired Ms. Ode, who many feel need more time to settle in.", "who | need more time to settle in"),
    ],
)
def test_a_relative_pronoun_the_parser_made_a_second_subject_of_the_cue_is_the_first_part(
    analyze, text: str, content: str
) -> None:
    # the parser hangs "which" and "she" on "said" as subjects; the one before the cue is the speaker
    analysis = analyze(text)
    cue = next(t for t in analysis.tokens if t.dep == "relcl")
    assert sum(analysis.tokens[c].dep == "nsubj" for c in analysis.children[cue.i]) == 2  # the parse this is about
    assert _contents(analyze, text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "At the meeting the mayor talked about the budget and how the city would pay for the new library.",
            "the budget and how the city would pay for the new library",
        ),
        (
            "The candidate talked about trade and why the old deals had failed.",
            "trade and why the old deals had failed",
        ),
        ("The union spoke about wages and how members could afford rent.", "wages and how members could afford rent"),
    ],
)
def test_a_wh_clause_joined_by_and_is_a_second_complement_of_the_cue(analyze, text: str, content: str) -> None:
    # "talked about X and how Y": both are what was talked about, however the parser hangs the wh-clause
    assert _contents(analyze, text) == [content]


def test_a_wh_clause_after_a_comma_and_stays_out(analyze) -> None:
    # ", and who could blame her?" is the reporter's own aside
    assert "the harbour plan" in _contents(analyze, "The minister discussed the harbour plan, and who could blame her?")


# -- tenth session: one content per attribution (merged contents, issue 17) ------------------------
@pytest.mark.parametrize(
    ("text", "contents"),
    [
        (
            "Six in ten voters said the mayor is honest, and a third said the same of her rival.",
            ["the mayor is honest", "the same of her rival"],
        ),
        (
            "Fact-checkers noted that the senator may have misspoken, and a report cited by his office quoted "
            "two experts who disagreed.",
            ["that the senator may have misspoken"],
        ),
    ],
)
def test_a_coordinated_clause_with_its_own_source_and_cue_is_a_second_attribution(
    analyze, text: str, contents: list[str]
) -> None:
    """The parser hangs ``a third said`` on the reported clause: another source's attribution, not more of it."""
    assert _contents(analyze, text) == contents


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a second "that" clause of the same cue
        (
            "The coach said the team was tired and that the league had promised a review.",
            "the team was tired and that the league had promised a review",
        ),
        # a coordinated clause with its own subject but no cue of its own
        (
            "The manager said the plant would close in June and 200 workers would lose their jobs.",
            "the plant would close in June and 200 workers would lose their jobs",
        ),
    ],
)
def test_a_coordinated_clause_without_a_cue_of_its_own_stays_in_the_content(analyze, text: str, content: str) -> None:
    assert _contents(analyze, text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor said she would attend the hearing but did not say when it would start.",
            "she would attend the hearing",
        ),
        ("The coach said the team had trained hard but did not predict a win.", "the team had trained hard"),
    ],
)
def test_not_saying_more_is_the_speakers_own_act_even_after_but(analyze, text: str, content: str) -> None:
    """``but did not say ...``, like ``but declined to say ...``, is what the speaker did, not what was said."""
    assert _contents(analyze, text)[0] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The senator insists the party must stand for ideas, and has championed a plan to cut spending.",
            "the party must stand for ideas",
        ),
        (
            "The governor says the state will balance its budget and has vowed to veto any new tax.",
            "the state will balance its budget",
        ),
    ],
)
def test_a_present_perfect_conjunct_of_a_present_cue_is_the_speakers_record(analyze, text: str, content: str) -> None:
    """``insists ... and has championed``: the present perfect is in the cue's present, the speaker's own act."""
    assert _contents(analyze, text)[0] == content


def test_a_findings_content_holds_every_groups_answer(analyze) -> None:
    """A survey's finding reports each group it measured: ``and a third said ...`` is still the finding."""
    text = "The survey found that most residents backed the plan, and a third said it cost too much."
    assert _contents(analyze, text) == ["that most residents backed the plan, and a third said it cost too much"]


def test_an_infinitive_content_stops_before_a_finite_conjunct_whatever_the_cues_tense(analyze) -> None:
    """``have pledged to fight ... and thanked``: a to-infinitive is never coordinated with a past verb."""
    text = "Residents have pledged to fight the plan and thanked the council for its patience."
    assert _contents(analyze, text)[0] == "to fight the plan"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a figure that spells out the claim
        (
            "The report noted that renters are hopeful: 70 percent believe their rent will fall.",
            "that renters are hopeful: 70 percent believe their rent will fall",
        ),
        # a cue deeper in what the colon introduces
        (
            "The mayor said the town needs one thing: the jobs she promised voters last year.",
            "the town needs one thing: the jobs she promised voters last year",
        ),
        # another source's attribution: the content stops at the colon
        (
            "The critic says the show has drawn anger from all sides: a senator questioned its funding.",
            "the show has drawn anger from all sides",
        ),
    ],
)
def test_a_colon_after_a_reported_clause_is_crossed_unless_another_source_speaks(
    analyze, text: str, content: str
) -> None:
    assert _contents(analyze, text)[0] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The agency met the director last week and cited a list of concerns, officials said.",
            "The agency met the director last week and cited a list of concerns",
        ),
        (
            "The council approved the budget, saying it would cut waste, according to the minutes.",
            "The council approved the budget, saying it would cut waste",
        ),
    ],
)
def test_acts_told_before_the_attribution_are_part_of_its_content(analyze, text: str, content: str) -> None:
    """A speaker's next act follows the cue: ``and cited ...`` before ``officials said`` is what they said."""
    assert _contents(analyze, text) == [content]


def test_acts_of_the_sentence_an_attribution_interrupts_are_part_of_its_content(analyze) -> None:
    """``The plan, officials said, was drafted ... and cited ...``: the cue hangs in the content, whose acts it reports."""
    text = "The new plan, officials said, was drafted in May and cited three earlier studies."
    assert _contents(analyze, text) == ["The new plan | was drafted in May and cited three earlier studies"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Sales fell sharply in March, which hurt the shares of the company, according to the report.",
            "Sales fell sharply in March, which hurt the shares of the company",
        ),
        (
            "The mayor approved the new budget, which raises the tax on hotel rooms, according to city officials.",
            "The mayor approved the new budget, which raises the tax on hotel rooms",
        ),
    ],
)
def test_a_relative_clause_before_the_attribution_is_what_the_source_reports(analyze, text: str, content: str) -> None:
    """The reporter's gloss closes a content after its cue; before ``according to X``, X sources the whole."""
    assert _contents(analyze, text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The senator said she would vote for the bill, but she thinks it does not go far enough.",
            "she would vote for the bill, but she thinks it does not go far enough",
        ),
        (
            "He said he will back whoever wins the primary, but he doesn't want to campaign for anyone.",
            "he will back whoever wins the primary, but he doesn't want to campaign for anyone",
        ),
    ],
)
def test_the_speakers_belief_set_against_the_claim_is_one_content(analyze, text: str, content: str) -> None:
    """``said A, but she thinks B``: the parser hangs ``thinks`` on ``said``; the speaker's own qualification."""
    assert _contents(analyze, text) == [content]


def test_a_refusal_after_but_is_still_the_speakers_act(analyze) -> None:
    """Only a belief verb goes on with the claim: ``but she refused to answer`` is what the speaker did."""
    text = "The mayor said the budget was balanced, but she refused to answer questions about the deficit."
    assert _contents(analyze, text)[0] == "the budget was balanced"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Her aides believe presenting an unscripted candidate, discussing serious issues, will undo some of "
            "the damage.",
            "presenting an unscripted candidate, discussing serious issues, will undo some of the damage",
        ),
        (
            "Organizers hope inviting the mayor, explaining the plan in person, will calm the neighbors.",
            "inviting the mayor, explaining the plan in person, will calm the neighbors",
        ),
    ],
)
def test_a_gerund_subject_the_parser_hung_on_the_cue_opens_the_content(analyze, text: str, content: str) -> None:
    """``believe presenting X, discussing Y, will undo Z``: the gerund is the clause's subject, and the
    participle inside it comes before the clause's verb, so it is no act of the speaker's."""
    assert _contents(analyze, text) == [content]


def test_a_second_clause_of_the_cue_after_and_is_a_clause_of_its_own(analyze) -> None:
    """The parser makes ``three-quarters said ...`` a second complement of the first ``said`` and hangs the
    ``and`` on the first clause: the conjunction still marks a clause of its own, and the content stops."""
    text = "Six in 10 Democratic primary voters said the mayor is honest and capable, and three-quarters said the same of her rival."
    assert _contents(analyze, text) == ["the mayor is honest and capable", "the same of her rival"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "He pledged to enact tax reform, fix the state's broken pension system and he, once again, promised a "
            "balanced budget.",
            "to enact tax reform, fix the state's broken pension system",
        ),
        (
            "Most voters want the city investing in buses, repairing the roads and hiring more teachers.",
            "the city investing in buses, repairing the roads and hiring more teachers",
        ),
        (
            "The group backs expanding the port, dredging the harbor and building a rail link.",
            "expanding the port, dredging the harbor and building a rail link",
        ),
        (
            "The council supported ending the lottery, limiting the number of unelected members and binding members "
            "to the public vote.",
            "ending the lottery, limiting the number of unelected members and binding members to the public vote",
        ),
    ],
)
def test_a_list_after_the_first_item_of_the_content_is_what_was_said(analyze, text: str, content: str) -> None:
    """``pledged to enact X, fix Y``, ``backs expanding X, dredging Y and building Z``: the parser hangs the
    second item on the cue, but an item in the content's form, not the cue's, is the list's, not the speaker's
    next act; the list stops before a conjunct with a subject of its own (``and he ... promised``)."""
    assert _contents(analyze, text)[0] == content


def test_a_list_in_a_relative_clause_is_left_to_the_outer_attribution(analyze) -> None:
    """``a recording in which the defendant discusses A, B and C``: the clause describes the recording, and is
    usually inside an outer attribution's content; its cue's content is not run over the list."""
    text = "Jurors watched a recording in which the defendant discusses hiding the cash, leaving the country and changing his name."
    assert _contents(analyze, text) == ["hiding the cash"]


def test_a_participle_of_speech_after_a_gerund_content_is_the_speakers_act(analyze) -> None:
    """``supported raising taxes, arguing ... and calling ...``: a cue in the item's form is the speaker's act."""
    text = "The senator supported raising taxes, arguing that it would help schools and calling it fair."
    assert _contents(analyze, text)[0] == "raising taxes"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Officials blamed the outage on a faulty transformer.", "the outage on a faulty transformer"),
        ("Critics blamed the crash on the new software.", "the crash on the new software"),
    ],
)
def test_blame_takes_its_on_phrase_besides_the_object(analyze, text: str, content: str) -> None:
    """``blamed X on Y`` relates two things, as ``attributed X to Y`` does: the ``on`` phrase is what was said."""
    assert _contents(analyze, text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "A new survey showed Ms. Ruiz leading Mr. Smith statewide, 45 percent to 38 percent, among older voters.",
            "Ms. Ruiz leading Mr. Smith statewide, 45 percent to 38 percent, among older voters",
        ),
        (
            "Another poll showed Lopez ahead of Garcia in Texas, 32%-25%, while Kim was at 18%.",
            "Lopez ahead of Garcia in Texas, 32%-25%, while Kim was at 18%",
        ),
        (
            "A poll last week showed Ruiz in first at 30 percent, followed by Smith at 22 percent and Lee at 9 percent.",
            "Ruiz in first at 30 percent, followed by Smith at 22 percent and Lee at 9 percent",
        ),
    ],
)
def test_a_polls_figures_after_the_standing_it_shows_are_part_of_the_finding(analyze, text: str, content: str) -> None:
    """``showed X leading Y, 45 percent to 38 percent``: the score or ranking spells out what the poll shows."""
    assert _contents(analyze, text) == [content]


def test_a_score_after_a_stance_verb_is_the_reporters_tally(analyze) -> None:
    """``backed the contract, 57 percent to 22 percent``: the members backed the contract, not the score."""
    assert _contents(analyze, "Union members backed the contract, 57 percent to 22 percent.") == ["the contract"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The governor pledged legal status for farm workers "today, tomorrow, forever."',
            'legal status for farm workers "today, tomorrow, forever."',
        ),
        (
            'The ad accuses the mayor of buying votes "in a pattern of sleaze stretching back years."',
            'the mayor of buying votes "in a pattern of sleaze stretching back years."',
        ),
    ],
)
def test_a_quotation_right_after_the_content_goes_on_with_it(analyze, text: str, content: str) -> None:
    """Words in marks right after what was said (or after a preposition) are the source's own, more of it."""
    assert _contents(analyze, text) == [content]


def test_a_quotation_after_another_verb_is_not_run_on(analyze) -> None:
    """``criticized the budget, said it was "..."``: the quotation belongs to the second cue."""
    text = 'The senator criticized the budget, said it was "a disaster for families."'
    assert _contents(analyze, text) == ["the budget", 'it was "a disaster for families."']


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The bishop criticized the party's platform on abortion.", "the party's platform on abortion"),
        ("The union attacked the mayor on two fronts.", "the mayor on two fronts"),
    ],
)
def test_an_on_phrase_naming_the_topic_of_a_judgment_is_part_of_it(analyze, text: str, content: str) -> None:
    """``criticized the platform on abortion``: what the judgment is about is part of what was judged."""
    assert _contents(analyze, text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator criticized the governor on Thursday.", "the governor"),
        ("The mayor defended him on cable news.", "him"),
        ("The chamber backed Smith on the Republican side.", "Smith"),
        ("Two members opposed the bill on those grounds.", "the bill"),
    ],
)
def test_an_on_phrase_of_time_medium_field_or_grounds_stays_out(analyze, text: str, content: str) -> None:
    """``on Thursday``, ``on cable news``, ``on the Republican side``, ``on those grounds``: the saying's setting,
    field or reasons, not what was judged."""
    assert _contents(analyze, text) == [content]


def test_an_in_phrase_of_a_complex_preposition_is_part_of_the_object(analyze) -> None:
    """``proposed stricter audits in exchange for state grants``: ``in exchange for`` works as one preposition."""
    text = "The governor proposed stricter audits of hospitals in exchange for state grants."
    assert _contents(analyze, text) == ["stricter audits of hospitals in exchange for state grants"]


def test_an_in_phrase_of_setting_stays_out_of_the_object(analyze) -> None:
    """``endorsed Lopez in the primary``: the setting of the act, not what was endorsed."""
    assert _contents(analyze, "The senator endorsed Lopez in the primary.") == ["Lopez"]
