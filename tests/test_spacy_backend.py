"""The default spaCy backend and the neutral analysis built from it."""

from __future__ import annotations

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
    assert [TEXT[s.start : s.end] for s in analysis.sentences][0] == "Kenyan Foreign Minister Amina Odhiambo spoke on Wednesday."
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
    analysis = analyze(TEXT)
    for token in analysis.tokens:
        for child in analysis.children[token.i]:
            assert analysis.tokens[child].head == token.i


def test_batches_give_the_same_analysis_as_single_texts(parser, analyze):
    texts = [TEXT, "A second, shorter text.", TEXT.upper()]
    batched = list(parser.backend.analyze_many(texts, batch_size=2))
    assert [a.tokens for a in batched] == [analyze(t).tokens for t in texts]
