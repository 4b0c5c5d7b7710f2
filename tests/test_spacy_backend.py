"""The default spaCy backend and the neutral analysis built from it."""

from __future__ import annotations

import pytest

TEXT = (
    "Kenyan Foreign Minister Amina Odhiambo spoke on Wednesday.\n\n"
    "“We took a first step,” she told reporters in Nairobi.\n"
    "The talks resume in June."
)


def test_tokens_have_offsets_into_the_original_text(analyze):
    analysis = analyze(TEXT)
    assert analysis.backend == "spacy"
    for token in analysis.tokens:
        assert TEXT[token.start : token.end] == token.text
    told = next(t for t in analysis.tokens if t.text == "told")
    assert (told.lemma, told.pos, told.tag) == ("tell", "VERB", "VBD")
    she = next(t for t in analysis.tokens if t.text == "she")
    assert she.head == told.i and she.dep == "nsubj"


def test_entities_sentences_paragraphs_and_chunks(analyze):
    analysis = analyze(TEXT)
    assert ("Amina Odhiambo", "PERSON") in [(TEXT[e.start : e.end], e.label) for e in analysis.entities]
    assert [TEXT[s.start : s.end] for s in analysis.sentences][
        0
    ] == "Kenyan Foreign Minister Amina Odhiambo spoke on Wednesday."
    assert [TEXT[a:b] for a, b in analysis.paragraphs] == [
        "Kenyan Foreign Minister Amina Odhiambo spoke on Wednesday.",
        "“We took a first step,” she told reporters in Nairobi.",
        "The talks resume in June.",
    ]
    assert "a first step" in [TEXT[c.start : c.end] for c in analysis.chunks]


def test_lookups_by_offset(analyze):
    analysis = analyze(TEXT)
    offset = TEXT.index("Nairobi")
    assert analysis.token_at(offset).text == "Nairobi"
    assert analysis.token_at(TEXT.index("\n\n")) is None
    assert [t.text for t in analysis.tokens_in(offset - 3, offset + 7)] == ["in", "Nairobi"]
    sentence = analysis.sentence_at(offset)
    assert TEXT[sentence.start : sentence.end].startswith("“We took")
    assert analysis.paragraph_at(offset) == analysis.paragraphs[1]
    first, last = analysis.subtree(next(t.i for t in analysis.tokens if t.text == "told"))
    assert analysis.tokens[first].text == "“" or analysis.tokens[first].text == "We"


def test_children_are_the_inverse_of_heads(analyze):
    """Every dependent under its head, in text order, and nothing else (a root heads itself, not its child)."""
    analysis = analyze(TEXT)
    tokens = analysis.tokens
    expected = tuple(tuple(t.i for t in tokens if t.head == head.i and t.head != t.i) for head in tokens)
    assert analysis.children == expected
    assert sum(map(len, analysis.children)) == sum(t.head != t.i for t in tokens) > 0


def test_batches_give_the_same_analysis_as_single_texts(parser, analyze):
    texts = [TEXT, "A second, shorter text.", TEXT.upper()]
    batched = list(parser.backend.analyze_many(texts, batch_size=2))
    assert [a.tokens for a in batched] == [analyze(t).tokens for t in texts]


def test_texts_longer_than_a_piece_are_analysed_in_pieces_with_true_offsets(parser, monkeypatch):
    from newsparse.nlp import spacy_backend

    monkeypatch.setattr(spacy_backend, "PIECE_LIMIT", 200)
    paragraph = "Mayor Ines Duarte said the bridge would open in May. Critics were not convinced at all.\n\n"
    text = paragraph * 7 + "x" * 450  # the tail has no break at all: cut hard
    analysis = parser.backend.analyze(text)
    for token in analysis.tokens:
        assert text[token.start : token.end] == token.text
        assert analysis.sentences[token.sent].first <= token.i < analysis.sentences[token.sent].last
        assert analysis.tokens[token.head].sent == token.sent
    assert [text[e.start : e.end] for e in analysis.entities].count("Ines Duarte") == 7
    batched = list(parser.backend.analyze_many(["Short text.", text, "Another one."]))
    assert batched[1].tokens == analysis.tokens and batched[0].tokens[0].text == "Short"


def test_split_points_prefer_line_breaks():
    from newsparse.analysis import split_points

    text = "a" * 60 + "\n" + "b" * 60 + " " + "c" * 200
    pieces = split_points(text, 100)
    assert pieces[0] == (0, 61)
    assert "".join(text[a:b] for a, b in pieces) == text
    assert all(b - a <= 100 for a, b in pieces)


@pytest.mark.parametrize("title", ["Sgt.", "Cpl.", "Capt.", "Det.", "Supt.", "Lt."])
def test_a_title_abbreviation_before_a_name_is_one_token_and_ends_no_sentence(analyze, title):
    analysis = analyze(f'"One of them ran," said {title} Paula Brennan, a police spokeswoman.')
    assert title in [t.text for t in analysis.tokens]
    assert len(analysis.sentences) == 1


def test_a_hyphenated_person_noun_is_one_token_so_the_name_after_it_is_the_subjects(parser):
    article = parser.parse(
        "The company's co-founder, Hamid Rezaei, said through a spokeswoman that an update was to blame."
    )
    analysis = parser.backend.analyze("The company's co-founder, Hamid Rezaei, said so.")
    assert "co-founder" in [t.text for t in analysis.tokens]
    names = {actor.id: actor.name for actor in article.actors}
    assert [names.get(q.speaker) for q in article.quotes] == ["Hamid Rezaei"]
