"""Question-and-answer interviews: each answer is one quote by the interviewee (``newsparse_quotes.interview``)."""

from __future__ import annotations

from newsparse.models import QuoteKind

LABELLED = (
    "A beekeeper on the cold spring\n\n"
    "Marta Kowalczyk has kept bees on the roof of the Eastgate library for twelve years. "
    "We spoke with her about the late spring. Answers have been edited for clarity.\n\n"
    "Q: How did your hives come through the winter?\n\n"
    "A: Better than I feared. We lost two of nine colonies, which is about normal.\n\n"
    "Q: What worries you most this year?\n\n"
    'A: The cold April. My neighbour said "they will starve before the lime trees flower," and he may be right.'
)

PLAIN = (
    "Why the harbour master still rows to work\n\n"
    "Idris Mahlangu has run the port of Saltby for nine years. He rows there every morning. "
    "This conversation has been condensed.\n\n"
    "Why row when you could drive?\n\n"
    "It is faster. The road goes around the whole bay, and I like the quiet.\n\n"
    "Do you row in winter too?\n\n"
    "Most days. I stop when the ice comes in."
)

COLUMN = (
    "The budget is a mess\n\n"
    "Mayor Dana Whitfield presented the budget on Tuesday. Whitfield called it balanced.\n\n"
    "Should you believe that?\n\n"
    "I would not. The numbers leave out the pension fund.\n\n"
    "What can you do about it?\n\n"
    "I think you should go to the hearing on Thursday."
)


def _by_speaker(parser, text):
    article = parser.parse(text)
    names = {actor.id: actor.name for actor in article.actors}
    return [(names.get(q.speaker), q.kind, q.text) for q in article.quotes]


def test_labelled_answers_are_the_interviewees_quotes_without_their_labels(parser):
    quotes = _by_speaker(parser, LABELLED)
    answers = [(who, text) for who, kind, text in quotes if kind is QuoteKind.UNMARKED]
    assert answers[0] == (
        "Marta Kowalczyk",
        "Better than I feared. We lost two of nine colonies, which is about normal.",
    )
    assert answers[1][0] == "Marta Kowalczyk"
    assert answers[1][1].startswith("The cold April. My neighbour said")
    # the quotation inside the answer stays a quote of its own, and the answer leaves it out
    assert any(kind is QuoteKind.DIRECT and text.startswith("they will starve") for _, kind, text in quotes)
    assert "they will starve" not in answers[1][1]
    assert not any(who == "the author" for who, _, _ in quotes)


def test_unlabelled_questions_in_an_announced_interview(parser):
    quotes = _by_speaker(parser, PLAIN)
    answers = [(who, text) for who, kind, text in quotes if kind is QuoteKind.UNMARKED]
    assert answers == [
        ("Idris Mahlangu", "It is faster. The road goes around the whole bay, and I like the quiet."),
        ("Idris Mahlangu", "Most days. I stop when the ice comes in."),
    ]


def test_a_columnists_questions_and_answers_are_not_an_interview(parser):
    quotes = _by_speaker(parser, COLUMN)
    assert not any(who == "Dana Whitfield" and "pension" in text for who, _, text in quotes)
    assert not any(kind is QuoteKind.UNMARKED and "hearing" in text for _, kind, text in quotes)


#: The answers of ``PLAIN``: what any narration appended after them must leave as they are.
PLAIN_ANSWERS = [
    "It is faster. The road goes around the whole bay, and I like the quiet.",
    "Most days. I stop when the ice comes in.",
]


def test_narration_after_the_last_answer_is_not_an_answer(parser):
    text = PLAIN + "\n\nThe port authority's chair, Martin Kessler, said the harbour had 140 moorings."
    quotes = _by_speaker(parser, text)
    assert [text for who, kind, text in quotes if kind is QuoteKind.UNMARKED] == PLAIN_ANSWERS
    assert ("Martin Kessler", QuoteKind.INDIRECT, "the harbour had 140 moorings") in quotes


def test_narration_quoting_the_interviewee_after_the_last_answer_is_not_an_answer(parser):
    # the closing paragraph's only "I"/"my" is inside the marks: the reporter speaks again
    text = PLAIN + '\n\nThe ferry costs £4. Mahlangu said he would keep rowing "until my arms give out."'
    quotes = _by_speaker(parser, text)
    assert [text for who, kind, text in quotes if kind is QuoteKind.UNMARKED] == PLAIN_ANSWERS
    assert not any("The ferry costs" in text for who, kind, text in quotes)


def test_the_one_talked_with_is_found_by_the_words_that_introduce_them():
    from newsparse_quotes.interview import _introduced_name

    text = "A conversation with Noor Haddad\nNoor Haddad's novel is out. We spoke to her.\nWhy water?\n"
    start, end = _introduced_name(text, text.index("Why"))
    assert text[start:end] == "Noor Haddad"


def _answers(parser, text):
    """``(speaker name, speaker mention as written, content)`` of each interview answer."""
    article = parser.parse(text)
    names = {actor.id: actor for actor in article.actors}
    found = []
    for quote in article.quotes:
        if quote.kind is QuoteKind.UNMARKED:
            mention = quote.speaker_mention
            assert mention is not None and text[mention.start : mention.end] == mention.text  # exact offsets
            found.append((names[quote.speaker].name if quote.speaker in names else None, mention.text, quote.text))
    return found


def test_an_answer_label_is_the_speaker_mention_of_the_answer(parser):
    article = parser.parse(LABELLED)
    answers = [q for q in article.quotes if q.kind is QuoteKind.UNMARKED]
    labels = [LABELLED.index("A: Better"), LABELLED.index("A: The cold")]
    assert [(q.speaker_mention.start, q.speaker_mention.end, q.speaker_mention.text) for q in answers] == [
        (labels[0], labels[0] + 1, "A"),
        (labels[1], labels[1] + 1, "A"),
    ]
    assert {article.speaker_of(q).name for q in answers} == {"Marta Kowalczyk"}


def test_a_label_carries_to_the_paragraphs_that_continue_its_answer(parser):
    text = LABELLED.replace(
        "which is about normal.", "which is about normal.\n\nWe will split the strongest hives in May."
    )
    assert [mention for _, mention, _ in _answers(parser, text)] == ["A", "A", "A"]


def test_a_name_label_names_who_answers_and_leaves_the_content(parser):
    text = (
        "Governor defends the water plan\n\n"
        "Governor Ruth Okonjo spoke with host Dan Meyers on Sunday about the drought. "
        "A partial transcript follows.\n\n"
        "MEYERS: Will the reservoirs last the summer?\n\n"
        "OKONJO: I believe they will. We have cut use by a fifth since March.\n\n"
        "MEYERS: What do you say to farmers who lost their contracts?\n\n"
        "OKONJO: I say we owe them a fair price, and we will pay it."
    )
    answers = [answer for answer in _answers(parser, text) if answer[1] == "OKONJO"]
    assert answers == [
        ("Ruth Okonjo", "OKONJO", "I believe they will. We have cut use by a fifth since March."),
        ("Ruth Okonjo", "OKONJO", "I say we owe them a fair price, and we will pay it."),
    ]


def test_the_interviewees_initials_stand_for_the_interviewee():
    from newsparse_quotes.interview import _answer_label

    text = "DG: I came home from school.\n\nDan: We spoke at length.\n\nNOTE: edited.\n\nNote: edited."
    label = _answer_label(text, (0, 28), "Diane Guerrero")
    assert label is not None and text[label.span[0] : label.span[1]] == "DG" and not label.names_answerer
    assert text[label.end :].startswith("I came")
    second = text.index("Dan")
    assert _answer_label(text, (second, second + 24), "Diane Guerrero") is None  # not her name, not capitals
    third = text.index("NOTE")
    assert _answer_label(text, (third, third + 13), "Diane Guerrero").names_answerer


TRANSCRIPT = (
    "Governor Mary Fallin was on the program on Sunday. Partial transcript as follows:\n\n"
    "JAKE TAPPER: Donald Trump released a video on Friday about the shootings.\n\n"
    "TAPPER: And obviously, you support him. I think some Americans are skeptical.\n\n"
    "FALLIN: Well, I think the whole nation needs to work together.\n\n"
    "TAPPER: Do you think he has campaigned as a healer?\n\n"
    "FALLIN: I think he is trying."
)


def test_an_interviewer_named_only_by_transcript_tags_speaks_every_turn(parser):
    """``TAPPER:`` (tagged a noun) and ``JAKE TAPPER:`` are one interviewer: the question turns are theirs too."""
    found = _by_speaker(parser, TRANSCRIPT)
    assert [name for name, _, _ in found] == ["JAKE TAPPER", "JAKE TAPPER", "Mary Fallin", "JAKE TAPPER", "Mary Fallin"]
    assert found[3][2] == "Do you think he has campaigned as a healer?"


def test_all_caps_section_labels_stay_headings(parser):
    text = (
        "Stocks fell on Monday.\n\n"
        "ENERGY: Benchmark crude fell 2 percent to $61 a barrel.\n\n"
        "CURRENCIES: The dollar rose against the yen."
    )
    assert _by_speaker(parser, text) == []


def test_the_journalist_who_sat_down_with_the_interviewee_is_not_the_one_answering(parser):
    """``Mayor Tom Berg sat down with Tribune reporter Ana Ruiz``: the reporter asks, the mayor answers."""
    text = (
        "Mayor Tom Berg sat down with Tribune reporter Ana Ruiz at City Hall. The interview has been edited.\n\n"
        "Q: Why did you cancel the project?\n\n"
        "A: We ran out of money. I could not ask taxpayers for more.\n\n"
        "Q: Will you run again?\n\n"
        "A: I have not decided. My family comes first."
    )
    assert {name for name, _, _ in _answers(parser, text)} == {"Tom Berg"}


def test_a_journalist_interviewed_alone_still_answers(parser):
    text = (
        "Radio host Lena Vogt talks politics every morning. We spoke with her about the race. "
        "The interview has been edited.\n\n"
        "Q: Why do you read the polls every morning?\n\n"
        "A: I like numbers. My father was an actuary.\n\n"
        "Q: Will you run for office yourself?\n\n"
        "A: Never. I have seen too much."
    )
    assert {name for name, _, _ in _answers(parser, text)} == {"Lena Vogt"}
