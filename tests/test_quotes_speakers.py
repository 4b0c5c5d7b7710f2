"""Speaker resolution: names, short names, pronouns, role nouns, organizations, given actors.

Snippets are written for these tests. ``extract`` is called on a real
analysis, with and without actors from an actors phase.
"""

from __future__ import annotations

import pytest

import newsparse_quotes
from newsparse.models import Actor, ActorKind, Quote, Span
from newsparse_quotes.speakers import Resolver


def run(analyze, text: str, actors=()):
    analysis = analyze(text)
    results = newsparse_quotes.extract(analysis, actors)
    quotes = [r for r in results if isinstance(r, Quote)]
    created = {r.id: r for r in results if isinstance(r, Actor)}
    known = {a.id: a for a in actors}
    return quotes, {**known, **created}, [r for r in results if isinstance(r, Actor)]


def speaker_names(analyze, text: str, actors=()) -> list[str | None]:
    quotes, by_id, _ = run(analyze, text, actors)
    return [by_id[q.speaker].name if q.speaker in by_id else None for q in quotes if q.kind.value == "direct"]


def parsed_speaker_names(parse, text: str) -> list[str]:
    """Names of the speakers of the quotes the whole parser finds (quotes without a speaker left out)."""
    article = parse(text)
    return [speaker.name for speaker in map(article.speaker_of, article.quotes) if speaker is not None]


PRONOUN_CASES = [
    ('Yun Sun directs the China program. "It takes two," she says.', "Yun Sun"),
    ('Mr. Okoro arrived late. "The roads were flooded," he said.', "Okoro"),
    ('Deputy Helga Brandt met the mayor on Friday. "We agreed on nothing," she said.', "Brandt"),
    ('The union leaders walked out of the talks. "We are done here," they said.', "union leaders"),
]


@pytest.mark.parametrize("text,want", PRONOUN_CASES, ids=[c[1] for c in PRONOUN_CASES])
def test_pronoun_resolves_to_earlier_actor(analyze, text, want):
    names = speaker_names(analyze, text)
    assert names and names[-1] is not None and want in names[-1]


def test_pronoun_prefers_subject_of_recent_sentence_over_older_speaker(analyze):
    text = (
        '"Rates will stay high," said Mark Hollis, an analyst at Bern Capital.\n\n'
        'Maria Conti, the central bank governor, disagreed. "We expect cuts next year," she said.'
    )
    assert speaker_names(analyze, text) == ["Mark Hollis", "Maria Conti"]


def test_pronoun_gender_from_honorific(analyze):
    text = 'Ms. Alvarez and Mr. Brandt spoke after the vote. "I am pleased," she said.'
    names = speaker_names(analyze, text)
    assert names[-1] is not None and "Alvarez" in names[-1]


def test_pronoun_inside_quote_names_are_not_antecedents(analyze):
    text = 'Sara Lind met voters. "Jonas Berg is wrong about taxes," she said.'
    names = speaker_names(analyze, text)
    assert names == ["Sara Lind"]


def test_short_name_and_honorific_meet_the_full_name(analyze):
    text = (
        'Yun Sun, China director at the Stimson Center, was cautious. "Nothing is settled," notes Ms. Yun.\n\n'
        '"Both sides need time," said Shi Yinhong, a professor in Beijing. "Patience is a policy," laments Mr. Shi.'
    )
    quotes, by_id, created = run(analyze, text)
    names = [by_id[q.speaker].name for q in quotes if q.kind.value == "direct"]
    assert names == ["Yun Sun", "Shi Yinhong", "Shi Yinhong"]
    yun = next(a for a in created if a.name == "Yun Sun")
    assert {m.text for m in yun.mentions} >= {"Yun Sun", "Ms. Yun"}
    assert yun.kind == ActorKind.PERSON


def test_surname_alone(analyze):
    text = 'Secretary of State Antony Blinken landed in Beijing. "The talks were candid," Blinken told reporters.'
    assert speaker_names(analyze, text) == ["Antony Blinken"]


def test_role_noun_resolves_to_actor_with_that_role(analyze):
    text = (
        "Carla Ruiz, a spokeswoman for the ministry, confirmed the delay. "
        '"The trains will run again on Monday," the spokeswoman said.'
    )
    names = speaker_names(analyze, text)
    assert names[-1] is not None and "Ruiz" in names[-1]


def test_unnamed_role_creates_person_actor(analyze):
    quotes, by_id, created = run(analyze, '"The budget is final," a senior official said.')
    (quote,) = [q for q in quotes if q.kind.value == "direct"]
    actor = by_id[quote.speaker]
    assert actor.kind == ActorKind.PERSON and "official" in actor.name
    assert quote.speaker_mention is not None and quote.speaker_mention.text in actor.name


def test_plural_role_creates_group(analyze):
    quotes, by_id, _ = run(analyze, '"The plan is reckless," several economists said.')
    (quote,) = [q for q in quotes if q.kind.value == "direct"]
    assert by_id[quote.speaker].kind == ActorKind.GROUP


def test_organization_speaks_and_is_organization(analyze):
    quotes, by_id, _ = run(analyze, '"We will cooperate fully," the Ministry of Health said in a statement.')
    (quote,) = [q for q in quotes if q.kind.value == "direct"]
    actor = by_id[quote.speaker]
    assert actor.kind == ActorKind.ORGANIZATION and "Ministry of Health" in actor.name


def test_definite_org_noun_refers_back_to_named_company(analyze):
    text = 'Nimbus Systems lost data on millions of users. "We regret the breach," the company said.'
    names = speaker_names(analyze, text)
    assert names[-1] is not None and "Nimbus" in names[-1]


def test_given_actors_are_used_and_not_duplicated(analyze):
    text = 'Helen Marsh runs the museum. "These objects were never ours," Marsh said.'
    start = text.index("Helen Marsh")
    marsh = Actor(
        id="a-helen-marsh",
        name="Helen Marsh",
        kind=ActorKind.PERSON,
        mentions=[
            Span.of(text, start, start + 11),
            Span.of(text, text.index("Marsh said"), text.index("Marsh said") + 5),
        ],
    )
    quotes, _, created = run(analyze, text, actors=(marsh,))
    (quote,) = [q for q in quotes if q.kind.value == "direct"]
    assert quote.speaker == "a-helen-marsh"
    assert created == []


def test_given_actor_alias_and_gender_for_pronoun(analyze):
    text = 'The senator arrived. Mr. Teo shook hands with Ana Diaz. "Thank you all," he said.'
    teo = Actor(
        id="a1",
        name="Samuel Teo",
        kind=ActorKind.PERSON,
        gender="male",
        aliases=("Teo",),
        mentions=[Span.of(text, text.index("Mr. Teo"), text.index("Mr. Teo") + 7)],
    )
    diaz = Actor(
        id="a2",
        name="Ana Diaz",
        kind=ActorKind.PERSON,
        gender="female",
        mentions=[Span.of(text, text.index("Ana Diaz"), text.index("Ana Diaz") + 8)],
    )
    quotes, _, _ = run(analyze, text, actors=(teo, diaz))
    (quote,) = [q for q in quotes if q.kind.value == "direct"]
    assert quote.speaker == "a1"


def test_created_actor_ids_do_not_clash_with_given_ones(analyze):
    text = '"We are closed," the owner said.'
    clash = Actor(id="qa1", name="Somebody", kind=ActorKind.PERSON)
    quotes, _, created = run(analyze, text, actors=(clash,))
    assert created and all(a.id != "qa1" for a in created)


def test_no_speaker_means_none_and_low_confidence(analyze):
    text = 'It was a long night.\n\n"Nobody slept, nobody ate, and nobody complained about any of it."'
    quotes, _, _ = run(analyze, text)
    assert quotes and all(q.speaker is None and q.confidence <= 0.3 for q in quotes)


def test_unresolvable_pronoun_leaves_no_speaker(analyze):
    text = '"We are fine," she said.'
    quotes, _, _ = run(analyze, text)
    (quote,) = quotes
    assert quote.speaker is None and quote.confidence <= 0.3
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "she"  # the evidence, not a guess


def test_resolver_pronoun_with_nobody_before_is_none(analyze):
    analysis = analyze("she left early.")
    resolver = Resolver(analysis)
    assert resolver.resolve(0, 3, 0) is None
    assert resolver.new_actors() == []


def test_first_person_narrator_speaks(analyze):
    quotes, by_id, _ = run(analyze, 'The judge looked up. "Your Honor," I said, "I would like to answer."')
    (quote,) = [q for q in quotes if q.kind.value == "direct"]
    assert quote.speaker_mention.text == "I" and by_id[quote.speaker].name == "the author"


@pytest.mark.parametrize(
    "text",
    [
        'What officials say: "We are asking people to stay off the side roads," Fire Chief Sandra Ellis told reporters.',
        '"The pumps will run all night," Deputy Mayor Tomas Ferreira Lind told the council.',
    ],
)
def test_a_titled_name_the_ner_mislabels_is_a_person_without_the_title(analyze, text):
    _, by_id, created = run(analyze, text)
    people = [a for a in created if a.kind is ActorKind.PERSON]
    assert len(people) == 1
    assert people[0].name in ("Sandra Ellis", "Tomas Ferreira Lind")


def test_a_quote_opening_the_next_paragraph_continues_reported_speech(parse) -> None:
    """``X said ...`` then a paragraph of X's own words in marks, with no new attribution: X speaks."""
    text = (
        "Defense Secretary Ash Carter said the base would stay open for at least a decade.\n\n"
        '"That is because this region is home to half the world\'s people. We are not leaving."\n\n'
        "Officials in the capital said the decision was welcome.\n\n"
        '"Friend, I can win this," the campaign email read.'
    )
    quotes = {q.text: q for q in parse(text).quotes}
    carried = quotes["That is because this region is home to half the world's people. We are not leaving."]
    assert (
        carried.speaker is not None
        and carried.speaker == quotes["the base would stay open for at least a decade"].speaker
    )
    # a quote with a credit after it ("..., the email read") is not carried over, even with an unknown verb
    assert quotes["Friend, I can win this"].speaker != quotes["the decision was welcome"].speaker


@pytest.mark.parametrize(
    "text",
    [
        # the quotation opens before the "I" and the quote finder took only the inner attribution
        'Marta Feld spoke for an hour. "In the report I wrote last year, I argued that rents would rise.',
        # the last paragraph of a quotation running over several: only its closing mark is left
        "Marta Feld spoke for an hour.\n\nAnd I believe the council will listen.''",
    ],
)
def test_first_person_inside_quotation_marks_is_not_the_writer(analyze, text):
    """An ``I`` between quotation marks is whoever is quoted, so the writer is not made its speaker."""
    quotes, by_id, created = run(analyze, text)
    assert quotes, "the inner attribution should still be found"
    assert all(by_id.get(q.speaker) is None or by_id[q.speaker].name != "the author" for q in quotes)
    assert not any(actor.name == "the author" for actor in created)


def test_first_person_outside_quotation_marks_is_the_writer(analyze):
    text = 'I argued last year that rents would rise. "They will," the mayor said.'
    quotes, by_id, _ = run(analyze, text)
    assert any(q.speaker_mention is not None and q.speaker_mention.text == "I" for q in quotes)
    assert [by_id[q.speaker].name for q in quotes if q.speaker_mention.text == "I"] == ["the author"]


@pytest.mark.parametrize(
    "text",
    [
        "Brightwater Mills closed its plant in Ohio. It is difficult to predict how the workers will vote.",
        "Even in Ohio, it is premature to assume the senator has won, as some party leaders have taken to saying.",
        "Brightwater Mills closed its plant in Ohio. It’s implied that the workers will not be rehired.",
    ],
)
def test_it_anticipating_a_clause_gets_no_speaker(analyze, text):
    """``it is difficult to predict``: nobody predicts, so neither the company nor the place is made the speaker."""
    quotes, _, created = run(analyze, text)
    (quote,) = [q for q in quotes if q.speaker_mention is not None and q.speaker_mention.text.lower() == "it"]
    assert quote.speaker is None
    assert not created


def test_those_is_named_by_the_clause_that_says_who(analyze):
    """``those who say`` and ``those backing`` are two different groups, each named with its clause."""
    text = (
        "The hall was full of those who say they will never vote for the senator. "
        "Some delegates, including those backing the governor, want a second ballot."
    )
    quotes, by_id, _ = run(analyze, text)
    names = {
        by_id[q.speaker].name
        for q in quotes
        if q.speaker_mention is not None and q.speaker_mention.text in ("those", "who")
    }
    assert names == {"those who say", "those backing"}
    assert all(by_id[q.speaker].kind == ActorKind.GROUP for q in quotes if q.speaker_mention.text == "those")


def test_a_bare_quantifier_pronoun_keeps_its_own_name(analyze):
    quotes, by_id, _ = run(analyze, '"The plan is reckless," many said on Monday.')
    (quote,) = [q for q in quotes if q.kind.value == "direct"]
    assert by_id[quote.speaker].name == "many" and by_id[quote.speaker].kind == ActorKind.GROUP


RELATIVE_CASES = [
    ("The nurses, who said they were exhausted, marched on the capitol.", "they were exhausted", "nurses"),
    ("Officials met Dana Whitlock, who argued that the levy was unfair.", "that the levy was unfair", "Dana Whitlock"),
    ("Farmers cited a new survey which found that yields had fallen.", "that yields had fallen", "survey"),
]


@pytest.mark.parametrize("text,content,speaker", RELATIVE_CASES, ids=[c[2] for c in RELATIVE_CASES])
def test_relative_pronoun_is_the_mention_and_its_antecedent_the_speaker(analyze, text, content, speaker):
    """The speaker mention is the word in subject position (``who``), as it is ``he`` for ``he said``;
    the speaker actor is the noun the pronoun stands for."""
    quotes, by_id, _ = run(analyze, text)
    quote = next(q for q in quotes if q.text == content)
    assert quote.speaker_mention is not None and quote.speaker_mention.text in ("who", "which")
    assert quote.speaker is not None and speaker in by_id[quote.speaker].name


def test_relative_pronoun_standing_for_what_cannot_speak_gives_no_speaker(analyze):
    """``the timing, which implies``: the antecedent cannot speak, so the quote keeps ``speaker=None``."""
    quotes, _, actors = run(analyze, "The council adopted the timing, which implies that the road will open in May.")
    quote = next(q for q in quotes if q.text == "that the road will open in May")
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "which"
    assert quote.speaker is None and not any("timing" in a.name for a in actors)


def test_relative_pronoun_before_a_direct_quote_is_the_mention(analyze):
    quotes, by_id, _ = run(analyze, 'Officials met Dana Whitlock, who said: "The levy is unfair."')
    quote = next(q for q in quotes if q.kind.value == "direct")
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "who"
    assert quote.speaker is not None and by_id[quote.speaker].name == "Dana Whitlock"


HEAD_NAME_CASES = [
    ("CNN's Tara Setmayer said the plan was dead.", "Tara Setmayer"),
    ("Apple CEO Tim Cook said the phone was safe.", "Tim Cook"),
]


@pytest.mark.parametrize("text,want", HEAD_NAME_CASES, ids=[c[1] for c in HEAD_NAME_CASES])
def test_the_name_at_the_head_speaks_not_the_one_modifying_it(parse, text, want):
    assert parsed_speaker_names(parse, text) == [want]


def test_a_date_is_never_a_speaker(analyze):
    quotes, _, actors = run(analyze, "On Saturday the senator spoke. Saturday said the plan was dead.")
    assert [q.speaker for q in quotes if q.text == "the plan was dead"] == [None]
    assert not any(a.name == "Saturday" for a in actors)


def test_a_place_modifying_what_speaks_is_not_the_speaker(analyze):
    quotes, by_id, _ = run(analyze, "Voters in Iowa went to the polls. Iowa polls show that Sanders leads the race.")
    quote = next(q for q in quotes if q.text == "that Sanders leads the race")
    assert quote.speaker is not None
    assert by_id[quote.speaker].name == "Iowa polls" and by_id[quote.speaker].kind is ActorKind.DOCUMENT


def test_a_place_modifying_what_cannot_speak_is_not_the_speaker(analyze):
    quotes, _, actors = run(
        analyze, "Gunmen struck Orlando in June. The Orlando attack showed that the city was unprepared."
    )
    assert all(q.speaker is None for q in quotes if "unprepared" in q.text)
    assert not any(a.name == "Orlando" for a in actors)


def test_an_age_is_a_person_not_a_date(analyze):
    quotes, by_id, _ = run(analyze, "A 21-year-old said the rent was too high.")
    assert [by_id[q.speaker].kind for q in quotes if q.speaker in by_id] == [ActorKind.PERSON]


NOUN_CASES = [
    ("The retired neurosurgeon said the plan had failed.", ActorKind.PERSON),
    ("Several superdelegates said they would wait.", ActorKind.GROUP),
    ("A copy of the ledger shows that the fund was empty.", ActorKind.DOCUMENT),
]


@pytest.mark.parametrize("text,kind", NOUN_CASES, ids=[c[0].split()[1] for c in NOUN_CASES])
def test_unnamed_sources_of_every_kind_speak(analyze, text, kind):
    quotes, by_id, _ = run(analyze, text)
    assert [by_id[q.speaker].kind for q in quotes if q.speaker in by_id] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "No one said the plan would work.",
        "Nobody thinks the deal is fair.",
        "No evidence suggests that the vote was rigged.",
    ],
)
def test_a_subject_that_names_no_one_gives_no_speaker(analyze, text):
    quotes, _, actors = run(analyze, text)
    assert quotes and all(q.speaker is None for q in quotes)
    assert not actors


def test_none_of_a_group_is_still_a_source(analyze):
    quotes, by_id, _ = run(analyze, "None of the networks said the race was close.")
    assert [by_id[q.speaker].name for q in quotes if q.speaker in by_id] == ["None of the networks"]


@pytest.mark.parametrize(
    "text,name",
    [
        ("Most of the Republican candidates said the tax was unfair.", "Most of the Republican candidates"),
        ("The Republican moderates argued that the bill was too broad.", "The Republican moderates"),
        ("State Department officials said the talks had stalled.", "State Department officials"),
    ],
)
def test_a_party_adjective_or_organization_describes_the_speakers_and_is_not_one(analyze, text, name):
    quotes, by_id, _ = run(analyze, text)
    speakers = [by_id[q.speaker] for q in quotes if q.speaker in by_id]
    assert [(a.name, a.kind) for a in speakers] == [(name, ActorKind.GROUP)]


@pytest.mark.parametrize(
    "text,author",
    [
        ("Sales grew 60 percent, according to a recent report from Bloomberg New Energy Finance.", "Bloomberg"),
        ("Clinton had 2,205 delegates, according to a tally by the Associated Press.", "Associated Press"),
        ("Maria Lopez, the mayor, spoke on Monday. Her speech praised the nurses.", "Maria Lopez"),
        ("Senator Rand Paul has released a Web video that accuses Cruz of weakness.", "Rand Paul"),
        ("The Lopez campaign sent out a press release saying the senator owes voters an answer.", "Lopez campaign"),
    ],
)
def test_a_document_with_its_author_named_is_the_authors_words(parse, text, author):
    article = parse(text)
    by_id = {a.id: a for a in article.actors}
    assert [author in by_id[q.speaker].name for q in article.quotes if q.speaker in by_id] == [True]


@pytest.mark.parametrize(
    "text",
    [
        'Halvor Water said in a statement that it had closed two wells. "Tap water is safe," the statement said.',
        'Principal Ana Ruiz wrote in a letter to parents that the school would close early. "Safety comes first," the letter said.',
    ],
)
def test_the_document_said_takes_the_author_who_spoke_in_it_a_sentence_before(parse, text):
    article = parse(text)
    by_id = {a.id: a for a in article.actors}
    said = next(q for q in article.quotes if q.cue.text == "said")
    first = next(q for q in article.quotes if q is not said)
    assert said.speaker is not None and said.speaker == first.speaker
    assert by_id[said.speaker].kind is not ActorKind.DOCUMENT


@pytest.mark.parametrize(
    "text,name",
    [
        ("A report from the survey shows that turnout fell.", "A report"),
        ("Voters cited a new poll which showed the senator trailing.", "a new poll"),
    ],
)
def test_a_document_with_no_author_named_speaks_for_itself(analyze, text, name):
    quotes, by_id, _ = run(analyze, text)
    assert [(by_id[q.speaker].name, by_id[q.speaker].kind) for q in quotes] == [(name, ActorKind.DOCUMENT)]


@pytest.mark.parametrize(
    "text,name",
    [
        ("The April survey found that most tenants wanted longer leases.", "The April survey"),
        ("A Wednesday editorial argued that the stadium deal was too generous.", "A Wednesday editorial"),
    ],
)
def test_a_date_before_a_document_says_when_not_who(analyze, text, name):
    # the month or day is no name: the document speaks, as a document, not as an actor of no kind
    quotes, by_id, _ = run(analyze, text)
    assert [(by_id[q.speaker].name, by_id[q.speaker].kind) for q in quotes] == [(name, ActorKind.DOCUMENT)]


@pytest.mark.parametrize(
    "text,name",
    [
        ("One of the men, Jessie Elkins, 70, had served in the navy and said the war was wrong.", "Jessie Elkins"),
        ("Her neighbor, Paul Okafor, said the fence was new.", "Paul Okafor"),
        ("Greenpeace's director Maria Keller noted that the spill was growing.", "Maria Keller"),
    ],
)
def test_a_description_with_an_appositive_name_is_that_person(parse, text, name):
    assert parsed_speaker_names(parse, text) == [name]


@pytest.mark.parametrize(
    "text,name",
    [
        ("A woman named Priya Sandhu told the board that she had waited two years for a permit.", "Priya Sandhu"),
        ("A farmer identified as Owen Tully, 58, told the inquiry that the river had flooded twice.", "Owen Tully"),
        ("A driver known as Mack Delaney said the road had been closed since dawn.", "Mack Delaney"),
    ],
)
def test_a_description_with_a_naming_participle_is_the_person_it_names(parse, text, name):
    """``A man named Tom Berg told reporters``: the name the participle gives, not ``A woman``, speaks."""
    assert parsed_speaker_names(parse, text) == [name]


def test_a_hyphenated_surname_after_a_kinship_noun_is_a_person(parse):
    """``Her son, Tomas Ferreira-Lund,``: the tokenizer splits the surname; the noun still vouches for a person."""
    text = "Her son, Tomas Ferreira-Lund, said the funeral would be private."
    assert parsed_speaker_names(parse, text) == ["Tomas Ferreira-Lund"]


def test_a_council_title_is_not_part_of_the_speakers_name(parse):
    text = "Councilmember Rosa Lind, who chairs the housing committee, said the rents had doubled."
    assert parsed_speaker_names(parse, text) == ["Rosa Lind"]


def test_an_organization_before_a_role_noun_is_the_persons_affiliation(analyze):
    quotes, by_id, _ = run(analyze, "A Justice Department spokeswoman said the review was complete.")
    assert [(by_id[q.speaker].name, by_id[q.speaker].kind) for q in quotes] == [
        ("A Justice Department spokeswoman", ActorKind.PERSON)
    ]


@pytest.mark.parametrize(
    "text,name,kind",
    [
        ("Ana Ruiz met Mr. Khan. Mr. Khan's wife said the family was grieving.", "Mr. Khan's wife", ActorKind.PERSON),
        ("Senator Ellen Marsh arrived. Marsh's aides said she was tired.", "Marsh's aides", ActorKind.GROUP),
    ],
)
def test_a_person_before_a_role_noun_is_not_the_speaker(analyze, text, name, kind):
    quotes, by_id, _ = run(analyze, text)
    assert [(by_id[q.speaker].name, by_id[q.speaker].kind) for q in quotes if q.speaker in by_id] == [(name, kind)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Westfield's manager, Graham Whitcombe, was less pleased with the officiating. "
            '"That free kick should never have been given," he told reporters.',
            "Graham Whitcombe",
        ),
        ('Obama\'s spokesman, Josh Earnest, spoke on Monday. "We are not worried," he said.', "Josh Earnest"),
    ],
)
def test_a_pronoun_goes_to_the_person_described_not_the_owner_named_first(parse, text, want):
    assert parsed_speaker_names(parse, text) == [want]


def test_a_department_said_whose_it_is_is_not_the_last_organization_named(parse):
    text = (
        "Council member Frank DiLorenzo said the city had not studied the effect on deliveries.\n\n"
        "According to the city's transportation department, the lanes will cost about $4.2 million."
    )
    article = parse(text)
    cost = next(q for q in article.quotes if q.text.startswith("the lanes"))
    assert article.speaker_of(cost).name == "the city's transportation department"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("In a new Gallup poll released Monday, 62 percent of voters said they opposed the plan.", "Gallup"),
        (
            "Some 20 percent of people in a recent Marist survey said they believe the mayor lied.",
            "a recent Marist survey",
        ),
        ("Six in 10 residents say the buses are late, according to a city survey.", "a city survey"),
        (
            "In Ohio, a new Marist poll confirmed the senator's weakness: 42 percent of voters say they do not know him.",
            "a new Marist poll",
        ),
        ("The survey found a deep divide, and 34 percent of parents said the schools were failing.", "The survey"),
    ],
)
def test_a_share_answering_in_a_poll_is_the_poll_speaking(parse, text, want):
    assert parsed_speaker_names(parse, text) == [want]


def test_a_share_with_no_poll_framing_it_speaks_for_itself(parse):
    text = "Forty percent of voters said the economy was the top issue. A poll last year found the same."
    assert parsed_speaker_names(parse, text) == ["Forty percent of voters"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The Harlan County Democratic Party held its dinner on Friday. "
            'It was a bitter evening for the chairman, saying "we have lost the county."',
            "we have lost the county.",
        ),
    ],
)
def test_it_described_by_the_copula_is_no_speaker(analyze, text, content):
    """``it was a disaster``: a thing described; a participle that inherits that ``it`` is not the party's."""
    quotes, _, _ = run(analyze, text)
    assert [q.speaker for q in quotes if q.text == content] == [None]


def test_a_participle_coordinated_with_a_reported_clause_is_the_reporters(analyze):
    """``the mayor tweeting that it was a "disaster" and asking, "..."``: the parser hangs ``asking`` on ``was``;
    the mayor asks, neither ``it`` nor the bank."""
    text = (
        "Meridian Bank posted its results on Monday, with the mayor tweeting that it was a "
        '"disaster" and asking, "Who will pay for this?"'
    )
    quotes, by_id, _ = run(analyze, text)
    assert [by_id[q.speaker].name for q in quotes if q.text == "Who will pay for this?"] == ["the mayor"]


@pytest.mark.parametrize(
    "text",
    [
        "The focus on security after the Paris attacks has created an opening for Clinton. "
        "It also has brought urgency to GOP efforts, highlighting her record in Libya.",
        "A muddled finish by the rivals in New Hampshire could help Cruz if it encourages all of them to stay in the race.",
        "For years Florida kept its ban on the marriages. The shift in tone seemed so stark that it suggested "
        "the ban was doomed.",
    ],
)
def test_it_continuing_a_thing_that_cannot_speak_gets_no_speaker(analyze, text):
    """``The focus ... has created an opening. It also has brought ...``: *it* is the focus, not Paris."""
    quotes, by_id, _ = run(analyze, text)
    its = [q for q in quotes if q.speaker_mention is not None and q.speaker_mention.text.lower() == "it"]
    assert its and [by_id.get(q.speaker) for q in its] == [None] * len(its)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Exxon's profit fell 20 percent in the quarter. It said lower oil prices were to blame.", "Exxon"),
        ("The Sierra Club filed suit on Monday. It argues that the permit violates the law.", "Sierra Club"),
    ],
)
def test_it_after_a_thing_still_speaks_for_the_organization_when_it_says(parse, text, want):
    """Only something that speaks says: ``Exxon's profit fell. It said ...`` is Exxon."""
    assert parsed_speaker_names(parse, text) == [want]


def test_it_saying_something_still_speaks_for_the_organization(parse):
    text = 'Meridian Bank posted its results on Monday. It said the losses were "temporary."'
    assert parsed_speaker_names(parse, text) == ["Meridian Bank"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('Kentucky passed the budget on Tuesday. "We are out of money," they said.', []),
        ("The mayor spoke in Toledo. Back in Ohio, they said the plant would close.", []),
        ("Farmers in Iowa lost their crops. In Iowa, they say the drought is the worst in decades.", ["Farmers"]),
        ('The three states sued on Monday. "The rule is unlawful," they said.', ["The three states"]),
    ],
)
def test_they_is_never_a_named_place(parse, text, want):
    """A named place is ``it``; ``they said`` after ``Kentucky`` means people the text may not name."""
    assert parsed_speaker_names(parse, text) == want


@pytest.mark.parametrize(
    "text",
    [
        'The prices rose in March. "We cannot pay," they said.',
        'In Nevada, the results came late. "We will count every vote," they said.',
    ],
)
def test_they_is_not_a_plural_subject_that_cannot_speak(parse, text):
    assert parsed_speaker_names(parse, text) == []


def test_they_does_not_reach_back_past_the_paragraph(parse):
    """``they`` has no gender to single out a referent named long before: no speaker rather than a guess."""
    text = (
        "The Carpenters Union endorsed the plan on Monday.\n\n"
        "Mayor Ruth Okafor called the vote historic. The hall emptied slowly. Several amendments had failed. "
        '"We will keep fighting," they said.'
    )
    article = parse(text)
    fighting = next(q for q in article.quotes if q.text == "We will keep fighting")
    assert fighting.speaker is None and fighting.speaker_mention is not None


def test_they_still_means_an_organization_named_in_the_sentences_before(parse):
    text = 'The Carpenters Union met on Monday. Mayor Ruth Okafor called the vote historic. "We will keep fighting," they said.'
    article = parse(text)
    fighting = next(q for q in article.quotes if q.text == "We will keep fighting")
    assert article.speaker_of(fighting).name == "Carpenters Union"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Mexican officials met the mayor in El Paso on Tuesday. The talks, they said, went well.",
            "Mexican officials",
        ),
        (
            'Several Republican senators met on Tuesday. "We will not confirm him," they said.',
            "Several Republican senators",
        ),
        ("Fox executives met on Monday. The changes, they said, would come slowly.", "Fox executives"),
    ],
)
def test_they_means_the_people_not_the_adjective_describing_them(parse, text, want):
    assert parsed_speaker_names(parse, text) == [want]


def test_who_hung_on_a_place_means_the_person_it_describes(analyze):
    """``a lawyer from Denver, who said``: ``who`` is a person, so not Denver but the lawyer, Amy Park."""
    quotes, by_id, _ = run(analyze, "They chose Amy Park, a lawyer from Denver, who said the plan would fail.")
    assert [by_id[q.speaker].name for q in quotes if q.text == "the plan would fail"] == ["Amy Park"]


@pytest.mark.parametrize(
    "text",
    [
        "Zach CarterFlagShareLikeReplySara Bondioli said the debate was over.",
        "MakeAmericaGreatAgain says the wall will be built.",
    ],
)
def test_page_chrome_or_a_hashtag_run_into_a_name_is_no_speaker(analyze, text):
    quotes, _, created = run(analyze, text)
    assert [q.speaker for q in quotes] == [None]
    assert not created


def test_a_name_with_inner_capitals_still_speaks(parse):
    assert parsed_speaker_names(parse, "Ron DeSantis said the debate was over.") == ["Ron DeSantis"]


def test_a_second_share_in_the_same_poll_speaks_through_it_too(parse):
    text = "In a Gallup poll released Monday, 62 percent of voters said they opposed the plan and 30 percent said they backed it."
    assert parsed_speaker_names(parse, text) == ["Gallup", "Gallup"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the poll reported the sentence before
            "Turnout fell sharply, according to a new Marist poll. "
            "Sixty percent of voters said they had not heard of the measure.",
            ["a new Marist poll", "a new Marist poll"],
        ),
        (  # the poll hangs on a word of what was said
            "Sixty-one percent of residents said they had a poor view of the council in a Tribune survey this month.",
            ["Tribune"],
        ),
        (  # a ratio written before the noun it counts
            "A new Quinnipiac poll shows how hard the fight will be: "
            "Six in 10 Republicans said the delegates should pick the leader.",
            ["A new Quinnipiac poll", "A new Quinnipiac poll"],
        ),
        (  # a second share after a semicolon
            "In a Monmouth poll released Sunday, 12 percent of Democrats said they would stay home; "
            "4 percent said they would vote for the Green Party.",
            ["a Monmouth poll", "a Monmouth poll"],
        ),
        (
            "More than 6 in 10 Ohio voters said the plant should stay open, "
            "according to exit polling reported by the Dispatch.",
            ["exit polling"],
        ),
    ],
)
def test_a_share_speaks_through_the_poll_that_frames_it_from_further_away(parse, text, want):
    assert parsed_speaker_names(parse, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The mayor spoke at length on Monday. Forty percent of residents said they were unhappy.",
            "Forty percent of residents",
        ),
        (  # a new paragraph is no longer the poll's findings
            "Turnout fell, according to a new Marist poll.\n\nForty percent of voters said they were angry.",
            "Forty percent of voters",
        ),
        ("Six in 10 residents told reporters the buses were late.", "Six in 10 residents"),
    ],
)
def test_a_share_with_no_poll_before_it_speaks_for_itself(parse, text, want):
    assert parsed_speaker_names(parse, text)[-1] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The results of Tuesday's primaries will force Senator Ana Ruiz to acknowledge a hard reality.", "Ana Ruiz"),
        ("The decisive win led party chairman Tom Keller to declare that the race was over.", "Tom Keller"),
        ("The delay has prompted some lawmakers to question whether the plan will work.", "some lawmakers"),
        ("The abrupt closure of the mill led some to speculate that the owners had quarreled.", "some"),
        ("The court's ruling left others to wonder whether the law would survive.", "others"),
    ],
)
def test_the_one_made_to_speak_is_the_speaker(parse, text, want):
    """Object control: ``X forced Y to acknowledge``: Y acknowledges, not the results that forced them."""
    assert parsed_speaker_names(parse, text) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Senator Ana Ruiz urged her colleagues to reject the deal.", "Ana Ruiz"),
        ("Both campaigns are using the failed bill to portray their rivals as obstructionists.", "Both campaigns"),
    ],
)
def test_asking_or_using_someone_keeps_the_subject_as_speaker(parse, text, want):
    """What one asks for is the asker's position, and a purpose is the subject's: no object control there."""
    assert set(parsed_speaker_names(parse, text)) == {want}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Hillary Clinton spoke in Iowa on Monday. Some of Clinton's longtime allies said they were worried.",
            "Some of Clinton's longtime allies",
        ),
        (
            "The GOP held its debate in Ohio. A number of the GOP candidates said they would skip the next one.",
            "A number of the GOP candidates",
        ),
        (
            "The Sierra Club sued the agency. Most of the Sierra Club members said they backed the suit.",
            "Most of the Sierra Club members",
        ),
        ("GOP Candidates Reject The Idea Of A Minimum Wage Hike", "GOP Candidates"),  # a headline's capitals
    ],
)
def test_people_counted_speak_not_the_name_that_describes_them(parse, text, want):
    """``Some of Clinton's allies`` are not Clinton: what a partitive counts is the head, as in ``Clinton aides``."""
    article = parse(text)
    speakers = [article.speaker_of(q) for q in article.quotes]
    assert [(s.name, s.kind) for s in speakers if s is not None][-1] == (want, ActorKind.GROUP)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Two of the founders said the firm would be sold.", "Two of the founders"),
        ("Three of the nurses told reporters they were exhausted.", "Three of the nurses"),
        ("Most of the senators said they would vote no.", "Most of the senators"),
        ("Dozens of residents said the water smelled of gas.", "Dozens of residents"),
    ],
)
def test_a_partitive_count_is_a_group_without_a_role(parse, text, want):
    """``Two of the founders`` are people counted: a group, and ``two`` is no role (it once made a person "two")."""
    article = parse(text)
    speakers = [article.speaker_of(q) for q in article.quotes]
    assert [(s.name, s.kind, s.role) for s in speakers if s is not None] == [(want, ActorKind.GROUP, None)]


@pytest.mark.parametrize(
    "text",
    [
        "The firm's founder, Jean-Luc Moreau, said the company would not be sold.",
        "Jean-Luc Moreau founded the firm in 1990. Moreau said the company would not be sold.",
    ],
)
def test_a_hyphenated_name_is_the_actor_of_that_name(parse, text):
    """``Jean-Luc`` is one word of the name: no second ``Jean-Luc Moreau`` without the role."""
    article = parse(text)
    people = [a for a in article.actors if a.name == "Jean-Luc Moreau"]
    assert len(people) == 1
    assert [article.speaker_of(q) for q in article.quotes] == people


def test_one_of_a_partitive_stays_one_person_without_a_role(parse):
    article = parse("One of the founders said the firm would be sold.")
    speaker = article.speaker_of(article.quotes[0])
    assert speaker is not None and (speaker.kind, speaker.role) == (ActorKind.PERSON, None)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            'Senator Ruth Hale said the fight "will be settled by Denver," referring to the party convention.',
            "referring to",
        ),
        (
            'Ruth Hale said last week that her rival represents "coastal values," stating that they are out of touch.',
            "stating",
        ),
    ],
)
def test_a_participle_after_a_closing_quote_is_the_reporters(parse, text, cue):
    """``X said Y "...," referring to ...``: set off by the comma and the closing mark, the participle is X's."""
    article = parse(text)
    (quote,) = [q for q in article.quotes if q.cue is not None and q.cue.text == cue]
    assert article.speaker_of(quote).name == "Ruth Hale"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("FBI officials were angered by the deal and predicted it would hurt other cases.", "FBI officials"),
        (
            "Senator Ruth Hale was forced into a rare retreat by the backlash and said her words had been misread.",
            "Ruth Hale",
        ),
    ],
)
def test_a_verb_conjoined_to_a_passive_shares_its_subject_not_its_agent(parse, text, want):
    """``X were angered by the deal and predicted ...``: X predicted; the deal is only the passive's agent."""
    assert parsed_speaker_names(parse, text) == [want]


def test_all_told_is_in_all_not_a_speaker(parse):
    """``All told, up to 5 million people could be eligible``: the idiom names nobody who told anything."""
    text = (
        "The program covers parents and children. All told, up to 5 million people could be eligible for the programs."
    )
    article = parse(text)
    assert all(article.speaker_of(q) is None for q in article.quotes)
    assert not any(actor.name == "All" for actor in article.actors)


def test_i_after_a_speaker_label_is_the_person_labelled(analyze):
    """``Rubio: I Still Believe ...`` (a headline or transcript line): the ``I`` is Rubio, not the writer."""
    text = "Marco Rubio spoke in Miami on Friday.\n\nRubio: I Still Believe Trump Can't Be Trusted With the Codes"
    quotes, by_id, _ = run(analyze, text)
    assert [by_id[q.speaker].name for q in quotes if q.speaker_mention and q.speaker_mention.text == "I"] == [
        "Marco Rubio"
    ]


def test_i_after_a_label_that_names_no_one_is_still_the_writer(analyze):
    quotes, by_id, _ = run(analyze, "Q: Will it pass?\nA: I think the plan will fail.")
    assert [by_id[q.speaker].name for q in quotes if q.speaker in by_id] == ["the author"]


def test_a_pronoun_prefers_the_subject_over_a_name_fronted_before_it(parse):
    """``Soon after the funeral of Father Paul Lemaire, Anton Bregovic addressed ...: "...," he said``."""
    text = (
        "Soon after the funeral of Father Paul Lemaire in Rouen, Anton Bregovic addressed the council: "
        '"The city is in mourning," he said.'
    )
    assert parsed_speaker_names(parse, text) == ["Anton Bregovic"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Rosa Delgado, a nurse from Fresno, is among those who say the clinic must stay open.", "Rosa Delgado"),
        ("Chelsea Nguyen counts herself among those voters who want the council to change course.", "Chelsea Nguyen"),
    ],
)
def test_someone_among_those_who_say_is_the_one_saying(parse, text, want):
    assert parsed_speaker_names(parse, text) == [want]


def test_winning_among_a_group_is_no_membership(parse):
    text = "Clinton won by almost 60 points among the voters who said the economy was the top issue."
    assert "Clinton" not in parsed_speaker_names(parse, text)


def test_an_interview_label_names_no_one(analyze):
    """``Q: Have you talked to X about Y?``: the label ``Q`` is the interviewer's line, not an actor ``Q&A``."""
    text = "Q&A with Vice President Joe Biden.\n\nQ: Have you talked to McConnell about the budget?\nA: Not yet."
    quotes, by_id, _ = run(analyze, text)
    asked = [q for q in quotes if q.cue is not None and q.cue.text.startswith("talked")]
    # the label is not the subject (the question's own ``you`` is) and gives the quote no speaker
    assert asked and all(q.speaker is None and q.speaker_mention.text == "you" for q in asked)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Lena Ortiz was the first senator to call for a pause.", "Lena Ortiz"),
        ("The first member of the council to endorse him was Carl Brandt.", "Carl Brandt"),
    ],
)
def test_a_description_said_to_be_someone_is_that_person(parse, text, want):
    assert parsed_speaker_names(parse, text) == [want]


@pytest.mark.parametrize(
    ("text", "content", "want"),
    [
        (
            "Okafor denied that the mayor had lied about the budget, saying the numbers were public.",
            "the numbers were public",
            "Okafor",
        ),
        (
            "Reyes argued that the council had failed the city, pointing to the closed libraries.",
            "the closed libraries",
            "Reyes",
        ),
        (
            "The senator dismissed claims that the governor had misled voters, saying the record was clear.",
            "the record was clear",
            "The senator",
        ),
    ],
)
def test_a_participle_after_a_reported_clause_is_the_reporters(analyze, text, content, want):
    """The parser hangs ``saying`` on the reported verb (``had lied``); the words are the reporter's."""
    quotes, by_id, _ = run(analyze, text)
    found = [q for q in quotes if q.text == content]
    assert [q.speaker_mention.text for q in found] == [want]
    assert [by_id[q.speaker].name for q in found] == [want]


def test_a_participle_on_the_one_addressed_is_the_addressers(parse):
    """``emailed supporters saying``: the supporters are written to; the senator says it."""
    text = "Senator Lena Ortiz emailed supporters saying the fight would go on."
    assert parsed_speaker_names(parse, text) == ["Lena Ortiz"]


def test_a_sergeant_speaks_under_her_name(parse):
    text = '"The officers saw two people loading boxes into the van," said Sgt. Paula Brennan, a police spokeswoman.'
    assert parsed_speaker_names(parse, text) == ["Paula Brennan"]


def test_an_organization_named_right_after_a_dateline_is_the_speaker(parser):
    article = parser.parse("LONDON - British Airways said it would cut 300 jobs.\n")
    names = {actor.id: (actor.name, actor.kind.value) for actor in article.actors}
    assert [names.get(q.speaker) for q in article.quotes] == [("British Airways", "organization")]
    assert "LONDON" not in [name for name, _ in names.values()]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor was quoted as saying the plan was dead.",
        "The Westbury Gazette quoted the mayor as saying the plan was dead.",
        "The mayor, who was quoted by the Westbury Gazette as saying the plan was dead, left early.",
    ],
)
def test_the_one_quoted_as_saying_is_the_speaker_not_who_quoted(parser, text):
    article = parser.parse(text)
    names = {actor.id: actor.name for actor in article.actors}
    quotes = [(names.get(q.speaker, ""), q.text) for q in article.quotes]
    assert [(name.lower(), content) for name, content in quotes] == [("the mayor", "the plan was dead")]


def test_a_person_named_just_before_a_verb_the_parser_left_subjectless_speaks(parse):
    text = "In a post on LinkedIn, a former Pixa engineer, Laura Brandt, said the company had cut its reliability team."
    assert parsed_speaker_names(parse, text) == ["Laura Brandt"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Writing on her blog, Ines Duarte, a nurse at the county hospital, said the night shifts were too long.",
            "Ines Duarte",
        ),
        (
            "Writing on his website, Omar Haddad, a paramedic in the city, said ambulance waits had doubled.",
            "Omar Haddad",
        ),
    ],
)
def test_a_person_named_before_an_appositive_and_a_subjectless_verb_speaks(parse, text, speaker):
    """``Writing on her blog, NAME, a nurse ..., said``: the parser hangs the name on the fronted phrase;
    the appositive set off by commas between the name and the verb still leaves the name as its subject."""
    assert parsed_speaker_names(parse, text) == [speaker]


def test_a_description_after_a_name_without_a_closing_comma_is_not_that_names(parse):
    text = "In an interview with radio hosts Ana Bell and Rick Moss, the independent candidate stated that the race was far from over."
    assert parsed_speaker_names(parse, text) == ["the independent candidate"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The forum's moderator, who identified himself only as Dmitri, wrote that the thread had been hacked.",
            "Dmitri",
        ),
        ("A bus driver who gave his name as Tomas said the depot had been locked since dawn.", "Tomas"),
        ("A street vendor who calls herself Lulu said the police had moved her stall twice.", "Lulu"),
        ("A ferry passenger, who gave only his first name, Anton, said the crossing had taken six hours.", "Anton"),
    ],
)
def test_a_source_who_gives_a_name_in_a_relative_clause_speaks_under_it(parse, text, speaker):
    """``who identified himself only as X``, ``who gave his name as X``, ``who calls herself X``: the name the
    source goes by in the story is who speaks, as after ``a man named X``."""
    assert parsed_speaker_names(parse, text) == [speaker]


def test_a_bare_some_after_a_sentence_about_people_is_some_of_them(parse):
    """``Not all residents were pleased. Some wrote ...``: ``some`` leaves out the noun the sentence before said."""
    text = (
        "Not all residents were pleased with the new bins. Some wrote to the council that collections had been missed."
    )
    assert parsed_speaker_names(parse, text) == ["residents"]


@pytest.mark.parametrize(
    "text",
    [
        "The polls differ on the race. Some say the senator leads by five points.",
        "Several delegates left early. Some said they would wait for the vote.",
        "Local farmers were angry. Many said the minister had ignored them.",
    ],
)
def test_a_quantifier_pronoun_keeps_its_own_group_otherwise(parse, text):
    """Not people before (``polls``), a part already counted (``several delegates``), or ``many`` (many people)."""
    assert parsed_speaker_names(parse, text)[-1] in ("Some", "Many")


def test_a_name_the_tagger_ran_into_a_dateline_speaks_for_nobody(parser):
    article = parser.parse(
        "BERLIN - Berlin's transport company will add eleven night bus lines from May, it announced on Friday."
    )
    names = {actor.id: actor.name for actor in article.actors}
    assert not [names.get(q.speaker) for q in article.quotes if q.speaker and "BERLIN" in names.get(q.speaker, "")]
    assert not [name for name in names.values() if "BERLIN" in name]


@pytest.mark.parametrize("verb", ["shot back", "fired back", "hit back"])
def test_a_retort_with_back_parsed_as_an_adverb_is_a_speech_cue(parser, verb):
    article = parser.parse(f'Councilman Peter Voigt {verb} that his rival had "no plan, just slogans."')
    names = {actor.id: actor.name for actor in article.actors}
    assert [(names.get(q.speaker), q.cue.text if q.cue else None) for q in article.quotes] == [("Peter Voigt", verb)]


def test_an_unnamed_source_keeps_the_organization_it_is_from_in_its_mention(parse):
    article = parse("A senior official in the textiles ministry said the proposal was under examination.")
    assert [q.speaker_mention.text for q in article.quotes] == ["A senior official in the textiles ministry"]


def test_a_headlines_bare_title_is_the_one_person_below_who_holds_it(parse):
    text = (
        "Senator says shutdown talks have stalled\n\n"
        'Sen. Joan Okafor said Sunday that budget negotiations had "hit a wall." Rep. Dale Brecker disagreed.'
    )
    article = parse(text)
    headline = next(q for q in article.quotes if q.text == "shutdown talks have stalled")
    assert article.speaker_of(headline).name == "Joan Okafor"


# -- a description's appositive name (issue 17) -----------------------------------------------
APPOSITIVE_NAME_CASES = [
    ("The columnist Ruth Marek said the council had wasted a year.", "Ruth Marek", "The columnist Ruth Marek"),
    ("The columnist, Ruth Marek, said the council had wasted a year.", "Ruth Marek", "The columnist, Ruth Marek"),
    ('"The council wasted a year," the columnist, Ruth Marek, said.', "Ruth Marek", "the columnist, Ruth Marek"),
    ('"The council wasted a year," said the columnist, Ruth Marek.', "Ruth Marek", "the columnist, Ruth Marek"),
    ("Ruth Marek, the columnist, said the council had wasted a year.", "Ruth Marek", "Ruth Marek"),
    ("The company's chief economist Pavel Novak said prices would rise.", "Pavel Novak", None),
    ("A spokeswoman for the mayor, Lena Vogt, said the office would respond.", "Lena Vogt", None),
    ("The senator from Ohio, Paula Brandt, said the bill would pass.", "Paula Brandt", None),
    # a name after the organization or person a description works for is the description's (not a second name)
    ("A spokesman for Brixton Motors, Alan Pryce, said the recall would start in June.", "Alan Pryce", None),
    ("The lawyer for Dana Whitcomb, Peter Lund, said his client would appeal.", "Peter Lund", None),
    ("His attorney, Mr. Haddad, said the appeal would be filed on Monday.", "Haddad", None),
    ("The company, Vantor Systems, said profits would fall.", "Vantor Systems", "The company, Vantor Systems"),
    ("Ticket sales fell by a third, according to the distributor, Halden Films.", "Halden Films", None),
]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"The hall must stay open," the bishop, the Rev. Anselm Kerr, wrote.', "Anselm Kerr"),
        ('"The hall must stay open," the bishop, the Right Rev. Anselm Kerr, wrote on Sunday.', "Anselm Kerr"),
        ('"We will not turn anyone away," the rector, the Rev. Agnes Thorpe, said.', "Agnes Thorpe"),
    ],
)
def test_a_determiner_before_an_honorific_keeps_the_appositive_a_name(parse, text, name):
    """Clergy are written ``the Rev. X``: the description is that person, not a second actor."""
    article = parse(text)
    [quote] = article.quotes
    assert article.speaker_of(quote).name == name
    assert [a.name for a in article.actors if a.kind.value == "person"] == [name]


@pytest.mark.parametrize("text,speaker,mention", APPOSITIVE_NAME_CASES, ids=[c[0][:40] for c in APPOSITIVE_NAME_CASES])
def test_a_descriptions_appositive_name_is_the_speaker_and_in_the_mention(parse, text, speaker, mention):
    article = parse(text)
    [quote] = article.quotes
    assert article.speaker_of(quote).name == speaker
    assert quote.speaker_mention.text == (mention or quote.speaker_mention.text)
    assert quote.speaker_mention.text.endswith(speaker)  # the name, not only the description, is in the mention
    assert text[quote.speaker_mention.start : quote.speaker_mention.end] == quote.speaker_mention.text


@pytest.mark.parametrize(
    "text",
    [
        "The defense attorney, Marcus Bell, argued that the evidence was weak.",
        '"The evidence is weak," the defense attorney, Marcus Bell, argued.',
        "The novelist Ines Carvalho says she writes every morning.",
        '"I write every morning," the novelist Ines Carvalho says.',
    ],
)
def test_a_name_a_person_noun_describes_is_a_person_whatever_the_tagger_said(parse, analyze, text):
    article = parse(text)
    speaker = article.speaker_of(article.quotes[0])
    assert speaker.kind is ActorKind.PERSON and speaker.role in ("defense attorney", "novelist")
    # the quotes plugin alone (no actors phase) reads the description too
    quotes, by_id, _ = run(analyze, text)
    alone = by_id[quotes[0].speaker]
    assert alone.name in ("Marcus Bell", "Ines Carvalho") and alone.kind is ActorKind.PERSON


def test_a_description_is_not_a_name_and_a_plural_introduces_examples(parse):
    article = parse(
        "The employee, a registered Republican, said the policy was fair. "
        "The founders, Ana Ruiz and Tom Berg, said the sale was final."
    )
    mentions = [q.speaker_mention.text for q in article.quotes]
    assert mentions == ["The employee", "The founders"]  # "a registered Republican" names no one
    assert article.speaker_of(article.quotes[0]).name == "The employee"
    founders = article.speaker_of(article.quotes[1])
    assert founders.name == "The founders" and founders.kind is ActorKind.GROUP  # both speak, not Ana Ruiz alone


def test_the_same_words_name_one_actor_whoever_made_it(parse):
    """``Republicans`` the actors phase counted and ``Republicans`` only the quotes saw are one group.

    Two actors of one name in one article are two sources to anyone counting them.
    """
    article = parse(
        "The council will vote on a new budget this week, as Republicans continue to warn that the city "
        "cannot afford it.\n\nThe mayor said Republicans rejected her plan to fund the libraries, calling it wasteful."
    )
    groups = [a for a in article.actors if a.name == "Republicans"]
    assert len(groups) == 1
    warned = next(q for q in article.quotes if "cannot afford" in q.text)
    assert warned.speaker == groups[0].id


def test_a_plural_with_or_without_the_names_the_same_documents(parse):
    article = parse(
        "The polls show Ruiz ahead in the race for mayor. Her rival has spent heavily on television.\n\n"
        "Over the summer, polls showed a close race."
    )
    speakers = {article.speaker_of(q).id for q in article.quotes if article.speaker_of(q) is not None}
    assert len(speakers) == 1
    (polls,) = [a for a in article.actors if a.id in speakers]
    assert polls.kind == ActorKind.DOCUMENT and [m.text for m in polls.mentions] == ["The polls", "polls"]


def test_a_singular_keeps_its_determiner_apart(parse):
    """``A spokesman`` and ``another spokesman`` are two people; only the very same words are one."""
    article = parse("A spokesman for the union said the strike would go on. Another spokesman said talks could resume.")
    speakers = [article.speaker_of(q) for q in article.quotes]
    assert len({s.id for s in speakers if s is not None}) == 2


# -- a title that is a kind of the role noun used later (issue 17) ---------------------------------
def test_the_judge_is_the_one_titled_justice(parse):
    text = (
        "Justice Karen Voss sentenced the former treasurer on Friday.\n\n"
        "The judge said the breach of trust was deliberate."
    )
    article = parse(text)
    assert [article.speaker_of(q).name for q in article.quotes] == ["Karen Voss"]


def test_the_judge_is_not_a_person_named_without_a_judges_title(parse):
    text = "Karen Voss, a lawyer, spoke for the treasurer on Friday.\n\nThe judge said the breach was deliberate."
    article = parse(text)
    assert [article.speaker_of(q).name for q in article.quotes] == ["The judge"]


ELECTED_MEMBER_CASES = [
    # a title in capitals the tagger made a person, the riding it stands for untagged
    ("The MP for Bathley, Jane Orrin, said the plan would hurt families.", "Jane Orrin"),
    # the name parsed as a conjunct of the riding (tagged a facility), with no "and" anywhere
    ('The MLA for Cape Breton Centre, Tom Muir, a Conservative, called the cut "reckless."', "Tom Muir"),
]


@pytest.mark.parametrize(("text", "name"), ELECTED_MEMBER_CASES)
def test_the_name_set_off_after_an_elected_members_title_speaks(parse, text, name):
    assert parsed_speaker_names(parse, text) == [name]


def test_a_name_parsed_as_a_conjunct_of_the_title_speaks(parse):
    """After this first paragraph the parser makes ``Kevin MacIsaac`` a conjunct of ``MLA`` with no ``and``."""
    text = (
        'Health Minister Colleen Barrett-Doyle said the province had tried "every option on the table" before '
        "agreeing to the plan.\n\nThe MLA for Eastern Shore, Kevin MacIsaac, a Liberal, called the decision "
        '"a slap in the face" to the communities he represents.'
    )
    assert parsed_speaker_names(parse, text) == ["Colleen Barrett-Doyle", "Kevin MacIsaac"]


def test_a_name_joined_by_and_is_not_the_titles_name(parse):
    """``The mayor and Jane Orrin`` are two people: the name is not who ``the mayor`` is."""
    assert "Jane Orrin" not in parsed_speaker_names(
        parse, "The mayor and Jane Orrin said the plan would hurt families."
    )


def test_a_nickname_in_marks_inside_a_name_does_not_hide_the_speaker(parse):
    """``Robert "Bobby" Lang``: straight marks around a nickname are not markup left in the text."""
    article = parse('Robert "Bobby" Lang, a retired welder, said the plant should stay open.')
    (quote,) = article.quotes
    speaker = article.speaker_of(quote)
    assert speaker is not None and "Lang" in speaker.name


def test_a_document_source_keeps_the_clause_that_says_which_document(parse):
    """``figures the company filed with regulators``: the clause tells which figures; a name in it says whose
    the document is, not who speaks; a present participle tells what the document says and stays out."""
    article = parse(
        "Ridgeway Foods sold 12% more soup last year, according to figures the company filed with regulators.\n\n"
        "A report released Tuesday by the Harlow Institute said rents in the city had doubled since 2015.\n\n"
        "The council will vote in March, according to a memo outlining the plan."
    )
    quotes = {q.parts[0].text: q for q in article.quotes}
    figures = quotes["Ridgeway Foods sold 12% more soup last year"]
    assert figures.speaker_mention.text == "figures the company filed with regulators"
    assert article.speaker_of(figures).name == "figures"
    assert "figures the company filed with regulators" in article.speaker_of(figures).aliases
    report = quotes["rents in the city had doubled since 2015"]
    assert report.speaker_mention.text == "A report released Tuesday by the Harlow Institute"
    assert article.speaker_of(report).kind is ActorKind.DOCUMENT  # not the institute named in the clause
    memo = quotes["The council will vote in March"]
    assert memo.speaker_mention.text == "a memo"


def test_it_after_an_untagged_body_with_a_plural_in_its_name_is_that_body(parse):
    """``Mountain Rescues Cymru said ... It said``: the untagged name is an organization's, so ``It`` is it."""
    text = "Mountain Rescues Cymru said two walkers were found. It said both were unhurt."
    assert parsed_speaker_names(parse, text) == ["Mountain Rescues Cymru", "Mountain Rescues Cymru"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Two challengers, Rosa Imrie and Tom Beck, led the count on Sunday. "
            "Both said they would wait for the final result.",
            "Rosa Imrie and Tom Beck",
        ),
        ("Rosa Imrie, Tom Beck and Ana Ruiz led the count. Both said they would wait.", "Both"),  # three: not a pair
    ],
)
def test_both_after_a_pair_of_people_named_together_is_that_pair(parse, text, want):
    assert parsed_speaker_names(parse, text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        'The boxer, Marcus "Iron Fist" Bell, said he would fight again in March.',
        'Police said Tommy "Two Guns" Marino, 45, was arrested at a motel. Marino said he was innocent.',
    ],
)
def test_a_speaker_named_with_a_nickname_of_several_words_is_the_person_without_it(parse, text):
    """``Marcus "Iron Fist" Bell``: the speaker is the person ``Marcus Bell``, the nickname an alias."""
    article = parse(text)
    speaker = article.speaker_of(article.quotes[-1])
    assert speaker is not None and speaker.name in ("Marcus Bell", "Tommy Marino")
    assert any('"' in alias for alias in speaker.aliases)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Veteran prosecutor and former judge Ellen Drake told reporters the case was weak.", "Ellen Drake"),
        ("Head coach and general manager Rita Voss said the club would appeal.", "Rita Voss"),
    ],
)
def test_a_bare_title_and_a_named_title_are_one_speaker(parse, text, name):
    """``Veteran prosecutor and former judge Ellen Drake``: a singular noun without a determiner is a title."""
    assert parsed_speaker_names(parse, text) == [name]


def test_a_description_with_a_determiner_and_a_name_stay_two(parse):
    """``The prosecutor and Ellen Drake``: two people; the name is not who the prosecutor is."""
    assert "Ellen Drake" not in parsed_speaker_names(parse, "The prosecutor and Ellen Drake said the case was weak.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Party leader Maren Holt opened the conference on Saturday. Her deputy, Oren Falk, has accused her of "
            '"running the party like a fan club," a charge she rejects.\n\n'
            '"If members like what we do, that is not a crime," she said.',
            "Maren Holt",
        ),
        (
            "Head teacher Idris Vaughan met parents on Monday, and he listened for two hours. "
            "Governor Sasha Penrose thanked him warmly. "
            '"We will reopen the library before spring," he said.',
            "Idris Vaughan",
        ),
    ],
)
def test_a_pronoun_object_is_not_its_subject_so_the_next_pronoun_follows_the_object(analyze, text, expected):
    """``X accused her of ...`` (X's gender not given): ``her`` is not X, so the ``she said`` after it
    continues the woman the text follows, not X, though X spoke last."""
    assert speaker_names(analyze, text)[-1] == expected


def test_an_object_pronoun_with_no_chain_before_it_leaves_the_new_subject_the_centre(analyze):
    """``A partner ... told him ... he recommended``: ``him`` brings back someone named long before, and the
    partner, the new subject, is who ``he`` follows."""
    text = (
        "Omar Lisk worked at a law firm for six years.\n\n"
        "Savings plans are hard to compare. Many savers give up.\n\n"
        "A senior partner, Kurt Ambler, once told him what to do with his salary. "
        '"Buy the index and forget it," he said.'
    )
    assert speaker_names(analyze, text)[-1] == "Kurt Ambler"


def test_name_inside_unattributed_quotation_marks_is_no_antecedent(parse):
    """``- ''I trusted X,'' he said, ''...'' -``: the first part is made no quote, yet its name is the speaker's words."""
    text = (
        "Gavin Rourke toured the plant in Ohio. He was angry about plans to move the line to Texas - "
        "''I trusted Walter Kemp,'' he said, ''I will never forget this'' - and vowed to block the move."
    )
    assert parsed_speaker_names(parse, text) == ["Gavin Rourke", "Gavin Rourke"]


def test_pronoun_inside_a_quotation_may_take_a_name_in_it(analyze):
    """A pronoun between the same marks belongs to the quoted discourse: the exclusion is for the narration only."""
    analysis = analyze('The memo said: "Rangers from Kenya came in June. They said the road was closed."')
    resolver = Resolver(analysis)
    inside = analysis.text.index("Rangers")
    pronoun = analysis.text.index("They said")
    assert resolver._quoted(inside) and not resolver._quoted(inside, pronoun)


def test_she_said_after_a_double_barrelled_name_the_tagger_called_an_organization(parse):
    text = (
        'ASPEN, Colo. — Imogen Sallow-Crane does not like the word "growth." The owner of Ridgeback Farms '
        'grows barley on 900 acres.\n\nSallow-Crane said the harvest was late. "We wait for the rain," she said.'
    )
    assert parsed_speaker_names(parse, text) == ["Imogen Sallow-Crane", "Imogen Sallow-Crane"]


def test_a_document_keeps_speaking_and_records_the_maker_its_participle_names(parse):
    """``The report, written by the Harlow Institute, says``: the document speaks, its maker is its affiliation."""
    article = parse(
        "The Harlow Institute studies housing. The report, written by the Harlow Institute, says that rents rose "
        "by a third.\n\nA video obtained by the Ledger shows that the heating failed."
    )
    report, video = (article.speaker_of(q) for q in article.quotes)
    assert report.kind is ActorKind.DOCUMENT and report.affiliation == "Harlow Institute"
    assert report.affiliation_id == next(a.id for a in article.actors if a.name == "Harlow Institute")
    assert video.kind is ActorKind.DOCUMENT and video.affiliation is None  # "obtained by" names no maker


def test_a_description_of_no_known_class_is_the_organization_named_after_it(parse):
    """``according to the promoter, Calloway Europe``: a noun the lexicon gives no class takes the name set after it."""
    text = "Tickets will be refunded, according to the promoter, Calloway Europe. The tour will resume in May."
    assert parsed_speaker_names(parse, text)[:1] == ["Calloway Europe"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Two churches have signed up. Rabbi Dov Feld of Temple Beth Shalom told the congregation, speaking from"
            ' the pulpit as a guest, that his synagogue had run a shelter for years. "We learned as we went," he said.',
            "Dov Feld",
        ),
    ],
)
def test_a_titled_name_before_of_speaks_not_the_organization_after_it(analyze, text, speaker):
    """``Rabbi Dov Feld of Temple Beth Shalom told ...``: the parser may hang the name on the organization
    and make the organization the subject; a title and a name before ``of`` are the person who speaks (and
    whom a following ``he`` continues), ``of`` only says where that person belongs. A clergy title
    (``Rabbi``, ``Imam``, ``Pastor``, ``Bishop``) is a title, not part of the name. No actors phase ran, so
    the name is not known before."""
    quotes, by_id, _ = run(analyze, text)
    assert [by_id[q.speaker].name for q in quotes] == [speaker, speaker]
