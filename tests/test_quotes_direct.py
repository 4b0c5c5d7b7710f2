"""Direct quotes: every mark style, every attribution placement, split and continued quotes.

Each case is a short news-style snippet written for these tests, run through
the quotes plugin's ``extract`` on a real spaCy analysis with no actors given
(so speakers are resolved by the plugin itself).
"""

from __future__ import annotations

import pytest

import newsparse_quotes
from newsparse.models import Actor, Quote


def direct_quotes(analyze, text: str) -> list[tuple[list[str], str | None, Quote]]:
    results = newsparse_quotes.extract(analyze(text))
    actors = {a.id: a for a in results if isinstance(a, Actor)}
    found = []
    for quote in results:
        if isinstance(quote, Quote) and quote.kind.value == "direct":
            actor = actors.get(quote.speaker)
            found.append(([p.text for p in quote.parts], actor.name if actor else None, quote))
    return found


# (text, [(content parts, speaker name contains)])
CASES = [
    # attribution after the quote
    ('"We will rebuild the bridge," Mayor Dana Holt said.', [(["We will rebuild the bridge"], "Holt")]),
    (
        '"The numbers do not add up," said Victor Lang, a former budget official.',
        [(["The numbers do not add up"], "Lang")],
    ),
    ('Ana Silva ran the clinic for a decade. "It is a hard job," she says.', [(["It is a hard job"], "Silva")]),
    (
        "“Prices will fall by summer,” the economist Ruth Adeyemi told reporters.",
        [(["Prices will fall by summer"], "Adeyemi")],
    ),
    ('"Nobody saw it coming," Coach Ben Ortiz said after the game.', [(["Nobody saw it coming"], "Ortiz")]),
    ('"We are open for business," the company said in a statement.', [(["We are open for business"], None)]),
    ('"This ends today," tweeted Senator Lisa Park.', [(["This ends today"], "Lisa Park")]),
    ('"Are we safe?" asked resident Omar Diallo.', [(["Are we safe?"], "Omar Diallo")]),
    ('"I regret nothing," Paul Meyer wrote in his memoir.', [(["I regret nothing"], "Meyer")]),
    ('"Go home," Senator Ray Tull barked at the crowd.', [(["Go home"], "Tull")]),
    (
        '"Great reporter," Mayor Jo Kim, the city\'s longest-serving mayor and a former teacher at the high school, said.',
        [(["Great reporter"], "Kim")],
    ),
    (
        "''My advice was to wait,'' recalled Jane Cole, then an envoy. ''It did not feel right.''",
        [(["My advice was to wait", "It did not feel right."], "Cole")],
    ),
    # attribution before the quote
    (
        'Finance Minister Jan Kowalski said: "The budget is balanced for the first time in years."',
        [(["The budget is balanced for the first time in years."], "Kowalski")],
    ),
    (
        'Judge Maria Torres told the court, "This case should never have been brought."',
        [(["This case should never have been brought."], "Torres")],
    ),
    (
        'Said the fire chief, Alan Brooks: "The building is a total loss."',
        [(["The building is a total loss."], "Brooks")],
    ),
    # split quotes are one quote with two parts
    (
        '"We tried," Captain Eva Lind said, "but the sea was too rough."',
        [(["We tried", "but the sea was too rough."], "Lind")],
    ),
    (
        "“It is early,” said analyst Tom Reyes, “and the data are thin.”",
        [(["It is early", "and the data are thin."], "Reyes")],
    ),
    # a second sentence after the attribution, same paragraph: the attribution interrupts one quote
    ('"We won," Ada Brown said. "Now the work begins."', [(["We won", "Now the work begins."], "Brown")]),
    # mark styles
    (
        "«Nous ne céderons pas», a déclaré le ministre. The minister, Pierre Lavigne, said: «We will not give in.»",
        [(["We will not give in."], "Lavigne")],
    ),
    ("‹The vote was rigged›, said opposition leader Arman Petrosyan.", [(["The vote was rigged"], "Petrosyan")]),
    ("„Wir schaffen das“, said Chancellor Greta Vogel.", [(["Wir schaffen das"], "Vogel")]),
    ("‘We have no comment,’ said a lawyer for the family, Nadia Rahman.", [(["We have no comment"], "Nadia Rahman")]),
    ("``The market is overheated,'' said Kevin Moss, a fund manager.", [(["The market is overheated"], "Moss")]),
    ("— We will not go back, — the striker Ivo Petrov said.", [(["We will not go back"], "Petrov")]),
    # verbless attributions
    ('Fire marshal Rosa Kim: "The wiring was forty years old."', [(["The wiring was forty years old."], "Rosa Kim")]),
    ('"Never again." — Holocaust survivor Miriam Adler', [(["Never again."], "Miriam Adler")]),
    # colon in the previous paragraph
    (
        "Governor Mark Stein responded:\n\n“We will appeal the ruling to the supreme court.”",
        [(["We will appeal the ruling to the supreme court."], "Stein")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_direct_quote_content_and_speaker(analyze, text, expected):
    found = direct_quotes(analyze, text)
    assert [parts for parts, _, _ in found][-len(expected) :] == [parts for parts, _ in expected]
    for (parts, speaker, quote), (_, want) in zip(found[-len(expected) :], expected, strict=True):
        if want is not None:
            assert speaker is not None and want in speaker, (parts, speaker)
        assert 0.0 <= quote.confidence <= 1.0


def test_organization_speaks(analyze):
    found = direct_quotes(
        analyze, 'The State Department said on Monday. "The talks were productive," the State Department said.'
    )
    assert found[-1][1] is not None and "State Department" in found[-1][1]


def test_cue_span_and_class(analyze):
    text = '"We are ready," Admiral Joan Ng told reporters.'
    ((_, _, quote),) = direct_quotes(analyze, text)
    assert quote.cue is not None and quote.cue.text == "told"
    assert quote.cue_class == "speech"
    assert quote.speaker_mention is not None and "Ng" in quote.speaker_mention.text


def test_paragraph_continuation_wire_convention(analyze):
    text = (
        '"The river rose faster than anyone expected," said county engineer Hal Dorsey. "We lost the road in an hour.\n\n'
        '"By morning the whole valley was under water."'
    )
    found = direct_quotes(analyze, text)
    assert [parts for parts, _, _ in found] == [
        ["The river rose faster than anyone expected", "We lost the road in an hour."],
        ["By morning the whole valley was under water."],
    ]
    assert all(speaker is not None and "Dorsey" in speaker for _, speaker, _ in found)


def test_next_paragraph_quote_without_attribution_continues_speaker(analyze):
    text = 'Lena Ortiz runs the shelter. "We are full every night," Ortiz said.\n\n"Last winter we turned away forty people."'
    found = direct_quotes(analyze, text)
    assert found[-1][0] == ["Last winter we turned away forty people."]
    assert found[-1][1] is not None and "Ortiz" in found[-1][1]


def test_quoted_part_of_a_paraphrase_is_not_a_direct_quote(analyze):
    text = 'Spokeswoman Ada Moss says the candidate has "always run a lean campaign and will keep doing so."'
    assert direct_quotes(analyze, text) == []


@pytest.mark.parametrize(
    "text,content,cue",
    [
        ('Trump says "the whole game has become soft."', "the whole game has become soft.", "says"),
        ('The crowd chanted "Four more years!"', "Four more years!", "chanted"),
        ('She declared "What a night!" and left the stage.', "What a night!", "declared"),
    ],
)
def test_quote_as_complement_of_a_speech_verb(analyze, text, content, cue):
    found = direct_quotes(analyze, text)
    assert [parts for parts, _, _ in found] == [[content]]
    assert found[0][2].cue.text == cue


def test_said_that_with_quoted_clause_is_left_to_reported_speech(analyze):
    text = 'Economist Lena Fischer warned that "the recovery is fragile and uneven across regions."'
    assert direct_quotes(analyze, text) == []
    results = newsparse_quotes.extract(analyze(text))
    covering = [q for q in results if isinstance(q, Quote) and "fragile" in q.text]
    assert all(q.kind.value != "direct" for q in covering)


def test_naming_verb_complement_is_a_label_not_a_quote(analyze):
    assert direct_quotes(analyze, 'The group backs what it calls "sensible gun safety laws."') == []


def test_next_paragraph_after_attribution_is_a_separate_quote(analyze):
    text = '"We won," Ada Brown said.\n\n"Now the work begins."'
    found = direct_quotes(analyze, text)
    assert [parts for parts, _, _ in found] == [["We won"], ["Now the work begins."]]
    assert found[1][2].speaker == found[0][2].speaker is not None


def test_scare_quotes_are_not_direct_quotes(analyze):
    text = 'Officials denounced the "policy of containment" and the so-called "provocations" near the border.'
    assert direct_quotes(analyze, text) == []


def test_unattributed_quote_keeps_no_speaker_and_low_confidence(analyze):
    text = 'The sign on the door read simply: "We are closed until further notice, thank you for your patience."'
    found = direct_quotes(analyze, text)
    for _, speaker, quote in found:
        if speaker is None:
            assert quote.confidence <= 0.5


def test_lost_closing_mark_before_attribution(analyze):
    text = '"We sold out in an hour, said promoter Jill Baxter. We have never seen demand like this.'
    found = direct_quotes(analyze, text)
    assert found[0][0] == ["We sold out in an hour", "We have never seen demand like this."]
    assert found[0][1] is not None and "Baxter" in found[0][1]


def test_quote_ids_unique_and_parts_inside_text(analyze):
    text = '"One," said Al Gore. "Two," said Al Gore. "Three," Gore said, "four."'
    results = newsparse_quotes.extract(analyze(text))
    quotes = [q for q in results if isinstance(q, Quote)]
    assert len({q.id for q in quotes}) == len(quotes)
    for quote in quotes:
        for part in quote.parts:
            assert text[part.start : part.end] == part.text


def test_an_attribution_ending_in_a_colon_introduces_the_next_quote(parse) -> None:
    text = (
        '"We came for work," Ms. Okafor said. "We are staying for our children." '
        'Her husband, Emeka Okafor, said: "The city has been good to us."'
    )
    quotes = parse(text).quotes
    assert [q.text for q in quotes] == [
        "We came for work \u2026 We are staying for our children.",
        "The city has been good to us.",
    ]
    # the description's appositive name is where the text says who speaks: it belongs to the mention
    assert quotes[1].speaker_mention is not None and quotes[1].speaker_mention.text == "Her husband, Emeka Okafor"


def _all_quotes(analyze, text: str) -> list[Quote]:
    return [q for q in newsparse_quotes.extract(analyze(text)) if isinstance(q, Quote)]


@pytest.mark.parametrize(
    "text,parts",
    [
        # a long description of the speaker between the two parts of one split quote
        (
            '"Rents keep climbing," said Omar Haddad, an organizer with the Riverside Tenants Union who has '
            'worked in the South Bronx since 2009, "and wages do not."',
            ["Rents keep climbing", "and wages do not."],
        ),
        # the cue's prepositional phrases, time and a "when asked" clause between two sentences of one quote
        (
            '"The ferry is late again," Ines Mora told reporters on Monday outside the terminal when asked '
            'whether the service would improve. "Nobody answers our calls."',
            ["The ferry is late again", "Nobody answers our calls."],
        ),
    ],
)
def test_an_attribution_clause_with_more_than_cue_and_speaker_interrupts_one_quote(analyze, text, parts) -> None:
    (quote,) = [q for q in _all_quotes(analyze, text) if q.kind.value == "direct"]
    assert [p.text for p in quote.parts] == parts
    assert quote.speaker_mention is not None and quote.speaker_mention.text in ("Omar Haddad", "Ines Mora")


def test_a_cue_introducing_the_next_quotation_makes_it_a_quote_of_its_own(analyze) -> None:
    text = '"The ferry is late again," Councilwoman Ines Mora said, adding, "Nobody at the agency answers our calls."'
    quotes = _all_quotes(analyze, text)
    assert [[p.text for p in q.parts] for q in quotes] == [
        ["The ferry is late again"],
        ["Nobody at the agency answers our calls."],
    ]
    assert [q.cue.text for q in quotes if q.cue is not None] == ["said", "adding"]
    assert quotes[0].speaker == quotes[1].speaker is not None


@pytest.mark.parametrize(
    "attribution",
    [
        "Councilwoman Ines Mora said at a hearing on Thursday.",  # the cue's prepositional phrases
        "said Ines Mora, who chairs the housing committee.",  # the speaker's relative clause
    ],
)
def test_a_quotation_after_a_paraphrase_and_its_attribution_clause_is_its_next_part(analyze, attribution) -> None:
    text = f'The levy is "a tax on renters," {attribution} "They cannot afford it."'
    (quote,) = _all_quotes(analyze, text)
    assert quote.kind.value == "mixed"
    assert [p.text for p in quote.parts][-1] == "They cannot afford it."
    assert len(quote.parts) == 2 and quote.cue is not None and quote.cue.text.startswith("said")


def test_a_sentence_between_a_paraphrase_and_a_quotation_keeps_them_apart(analyze) -> None:
    text = (
        'The levy is "a tax on renters," Councilwoman Ines Mora said. She left the hearing early. '
        '"They cannot afford it."'
    )
    quotes = _all_quotes(analyze, text)
    assert [len(q.parts) for q in quotes] == [1, 1]
    assert quotes[-1].text == "They cannot afford it."


def test_the_attribution_in_its_own_paragraph_wins_over_the_speaker_carried_from_the_last(analyze) -> None:
    text = (
        '"We will vote no," said Alderman Reggie Pratt.\n\n'
        'The levy is "a tax on renters," Councilwoman Ines Mora said. "They cannot afford it."'
    )
    quotes = _all_quotes(analyze, text)
    assert len(quotes) == 2
    assert quotes[1].speaker_mention is not None and quotes[1].speaker_mention.text == "Councilwoman Ines Mora"
    assert [p.text for p in quotes[1].parts][-1] == "They cannot afford it."


@pytest.mark.parametrize(
    "text,speaker",
    [
        ('"Not this again," an exasperated Carl Dyson sniffed.', "Carl Dyson"),
        ('"The ferry is late again," a weary Ines Mora fumed. "Nobody answers our calls."', "Ines Mora"),
    ],
)
def test_a_described_name_before_a_verb_outside_the_lexicon_is_the_speaker(analyze, text, speaker) -> None:
    quotes = _all_quotes(analyze, text)
    assert len(quotes) == 1
    assert quotes[0].speaker_mention is not None and quotes[0].speaker_mention.text.endswith(speaker)
    assert quotes[0].cue is not None and quotes[0].cue.text in ("sniffed", "fumed")


def test_a_quotation_recovered_by_the_reported_finder_takes_the_next_part_after_its_attribution(analyze) -> None:
    # the closing mark of the first part is typed as an opening one: the direct finder leaves it
    text = "“The count was close,“ said Rita Vance, a clerk in the county elections office. “We counted every ballot twice.”"
    (quote,) = _all_quotes(analyze, text)
    assert [p.text for p in quote.parts] == ["The count was close", "We counted every ballot twice."]
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "Rita Vance"


# -- the quoted sentence opens before its attribution (ninth session, issue 17) -------------------
def _kinds_and_parts(analyze, text: str) -> list[tuple[str, list[str]]]:
    results = newsparse_quotes.extract(analyze(text))
    return [(q.kind.value, [p.text for p in q.parts]) for q in results if isinstance(q, Quote)]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # a clause the quotation goes on with
        (
            'If the levy fails, Mayor Dana Holt said, "the library will close by spring."',
            ["If the levy fails", "the library will close by spring."],
        ),
        # a subject the quotation gives its predicate
        (
            'The new stadium, the treasurer Ana Silva said, "is a waste of public money."',
            ["The new stadium", "is a waste of public money."],
        ),
    ],
)
def test_the_lead_before_the_attribution_is_the_first_part(analyze, text: str, parts: list[str]) -> None:
    """A lower-case quotation goes on with the sentence the lead began: one mixed content in two parts."""
    assert _kinds_and_parts(analyze, text) == [("mixed", parts)]


@pytest.mark.parametrize(
    "text",
    [
        'But, Mayor Dana Holt said, "we will not give up."',  # a connective alone
        'Asked about the levy, Mayor Dana Holt said, "it is not dead yet."',  # an attribution of its own
        'In a statement, Mayor Dana Holt said, "we are proud of the team."',  # the setting of the saying
        'The Bears won, Mayor Dana Holt said, "Nobody saw it coming."',  # the quotation opens its own sentence
    ],
)
def test_no_lead_is_taken_before_a_framing_phrase_or_a_new_sentence(analyze, text: str) -> None:
    assert [kind for kind, _ in _kinds_and_parts(analyze, text)] == ["direct"]


@pytest.mark.parametrize(
    "text",
    [
        'Marta Quill said it was too early to congratulate the winners but added, "I think everyone knows the result."',
        'Senator Lia Brandt said in politics it takes time to build trust but added, "I strongly support the leader."',
    ],
)
def test_a_cue_coordinated_with_a_reported_clause_is_the_reporters(analyze, text) -> None:
    """``X said it was too early but added, "..."``: the parser hangs ``added`` on ``was``; X added the quote."""
    ((_, speaker, _),) = direct_quotes(analyze, text)
    assert speaker in ("Marta Quill", "Lia Brandt")


def test_a_reporting_verb_inside_the_quotation_does_not_lend_its_subject(analyze) -> None:
    """The reported clause the conjunct hangs on (``asked``) is the quotation's own ``said``: its ``you`` does
    not speak, and the question stays one quotation."""
    text = (
        "Moreno was asked by host Jay Pell, who is supporting Moreno, but has previously dismissed the story "
        'about the loans, "Now, you famously said, in one of the first debates, oh, I am tired of hearing about '
        'the loans. Has it not moved?"'
    )
    contents = [" ".join(parts) for parts, _, _ in direct_quotes(analyze, text)]
    assert any(c.startswith("Now, you famously said") and c.endswith("Has it not moved?") for c in contents)


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        (
            '"We see the market as soft," Chief Financial Officer Lena Brook said on the call.',
            "Lena Brook",
            "Chief Financial Officer Lena Brook",
        ),
        (
            '"We see the housing market as flat," Chief Financial Officer Omar Reyes said on the call.',
            "Omar Reyes",
            "Chief Financial Officer Omar Reyes",
        ),
    ],
)
def test_a_speaker_mention_never_reaches_back_into_the_quote(analyze, text, name, mention) -> None:
    """The parser may hang the quote's closing mark (or its last word) on the titled name after it, so the
    name's noun chunk opens inside the quote; the mention starts after the mark and the name resolves."""
    ((_, speaker, quote),) = direct_quotes(analyze, text)
    assert speaker is not None and speaker.endswith(name)
    assert quote.speaker_mention is not None and quote.speaker_mention.text == mention


@pytest.mark.parametrize(
    ("text", "name", "cue"),
    [
        (
            'Coach Tove Lindahl was asked what the team lacked all season. Her answer: "Patience. We rushed everything."',
            "Tove Lindahl",
            "answer",
        ),
        (
            'Plant manager Ferris Okoye was asked whether the mill would close. His reply: "Not while I run it."',
            "Ferris Okoye",
            "reply",
        ),
    ],
)
def test_a_possessed_message_noun_before_a_colon_is_the_cue_and_its_owner_speaks(analyze, text, name, cue) -> None:
    """``Her answer: "..."`` is ``She answered: "..."``: the lead-in is not a name but a message and whose it is."""
    ((_, speaker, quote),) = direct_quotes(analyze, text)
    assert speaker == name
    assert quote.cue is not None and quote.cue.text == cue


def test_british_quote_with_a_plural_possessive_is_one_quote(analyze):
    """``'We backed the nurses' strike from day one,' said ...``: the possessive does not cut the quote."""
    text = "'We backed the nurses' strike from day one,' said Fiona Grady, the union's regional secretary."
    found = direct_quotes(analyze, text)
    assert [parts for parts, _, _ in found] == [["We backed the nurses' strike from day one"]]
    assert found[0][1] is not None and "Fiona Grady" in found[0][1]


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            '"Both plans scare me," Walter Penn, 41, of Dayton, Ohio, who was among those polled, said on Monday.',
            "Walter Penn",
        ),
        (
            '"I think the tide is turning in the courts," Mara Quist, director of the Voting Project, said in a '
            "recent interview.",
            "Mara Quist",
        ),
    ],
)
def test_the_closing_mark_the_parser_hangs_on_the_name_is_not_the_speakers(analyze, text, speaker):
    """``"...," Walter Penn, 41, ... said``: the mention is the name, not the mark (nor any quoted word) before it."""
    ((parts, name, quote),) = direct_quotes(analyze, text)
    assert name == speaker
    assert quote.speaker_mention is not None and quote.speaker_mention.text == speaker


def test_a_quotation_opened_inside_the_mention_stays_in_it(analyze):
    """``Dwayne "The Rock" Pike``: a nickname in marks is part of the name phrase."""
    text = 'Dwayne "The Rock" Pike, the coach, said on Friday: "We train harder than anyone."'
    found = direct_quotes(analyze, text)
    assert found and found[0][2].speaker_mention is not None
    assert found[0][2].speaker_mention.text.startswith("Dwayne")


def test_a_closing_mark_glued_to_the_speaker_keeps_content_and_name(analyze):
    text = 'The mayor spoke late. "We will rebuild the school,"Ortiz told reporters.'
    ((parts, _, quote),) = direct_quotes(analyze, text)
    assert parts == ["We will rebuild the school"]
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "Ortiz"


@pytest.mark.parametrize("mark", ["“…”", "'…'"])
def test_an_inverted_asked_after_an_embedded_question_names_the_asker(analyze, mark) -> None:
    """``... but the ministry denies — "who ...?" asked Reyes``: the question mark stands for the comma."""
    opening, closing = mark[0], mark[-1]
    text = (
        "If the drought lasts another year — as farmers fear, but the ministry denies — "
        f"{opening}who will feed the cattle?{closing} asked Reyes, a rancher in the valley."
    )
    ((parts, speaker, quote),) = direct_quotes(analyze, text)
    assert parts == ["who will feed the cattle?"]
    assert speaker is not None and "Reyes" in speaker
    assert quote.cue is not None and quote.cue.text == "asked"


@pytest.mark.parametrize(
    "text",
    [
        'At the rally the crowd took up the chant "Send them home!" that rang through the hall all night.',
        'When the mayor finally finished — "We will win this!" — the confetti fell on the square.',
    ],
)
def test_the_reporters_sentence_going_on_after_an_exclamation_names_no_speaker(analyze, text) -> None:
    """Only an inverted cue right after the mark attributes the quote: ``that rang``, ``the confetti fell`` do not."""
    for _, speaker, _ in direct_quotes(analyze, text):
        assert speaker is None or ("that" not in speaker.split() and "confetti" not in speaker)
