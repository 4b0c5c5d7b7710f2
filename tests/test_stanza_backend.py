"""The stanza backend's conversion, on real stanza ``Document``s built from CoNLL-U.

Stanza's models cannot be downloaded on machines without internet, so the
pipeline itself is checked only for its clear "not installed" error; the
conversion is checked on ``stanza.utils.conll.CoNLL`` documents, the same
``Document`` type a ``stanza.Pipeline`` returns.
"""

from __future__ import annotations

import pytest
from stanza.utils.conll import CoNLL  # the stanza extra: .ci/run installs it, so this must import

from newsparse import Parser
from newsparse.nlp.base import BackendUnavailable
from newsparse.nlp.stanza_backend import StanzaBackend, document_to_analysis

# Two sentences; "Duarte's" is a multi-word token (Duarte + 's); NER in MISC as stanza writes it.
CONLLU = """# text = Mayor Ines Duarte said the bridge opens in May.
1	Mayor	Mayor	PROPN	NNP	Number=Sing	3	compound	_	start_char=0|end_char=5|ner=B-PERSON
2	Ines	Ines	PROPN	NNP	Number=Sing	3	compound	_	start_char=6|end_char=10|ner=I-PERSON
3	Duarte	Duarte	PROPN	NNP	Number=Sing	4	nsubj	_	start_char=11|end_char=17|ner=E-PERSON
4	said	say	VERB	VBD	Mood=Ind|Tense=Past	0	root	_	start_char=18|end_char=22|ner=O
5	the	the	DET	DT	Definite=Def	6	det	_	start_char=23|end_char=26|ner=O
6	bridge	bridge	NOUN	NN	Number=Sing	7	nsubj	_	start_char=27|end_char=33|ner=O
7	opens	open	VERB	VBZ	Tense=Pres	4	ccomp	_	start_char=34|end_char=39|ner=O
8	in	in	ADP	IN	_	9	case	_	start_char=40|end_char=42|ner=O
9	May	May	PROPN	NNP	Number=Sing	7	obl	_	start_char=43|end_char=46|ner=S-DATE|SpaceAfter=No
10	.	.	PUNCT	.	_	4	punct	_	start_char=46|end_char=47|ner=O

# text = Duarte's critics disagreed.
1-2	Duarte's	_	_	_	_	_	_	_	start_char=48|end_char=56|ner=S-PERSON
1	Duarte	Duarte	PROPN	NNP	Number=Sing	3	nmod:poss	_	_
2	's	's	PART	POS	_	1	case	_	_
3	critics	critic	NOUN	NNS	Number=Plur	4	nsubj	_	start_char=57|end_char=64|ner=O
4	disagreed	disagree	VERB	VBD	Tense=Past	0	root	_	start_char=65|end_char=74|ner=O|SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	start_char=74|end_char=75|ner=O

"""
TEXT = "Mayor Ines Duarte said the bridge opens in May. Duarte's critics disagreed."


@pytest.fixture(scope="module")
def analysis():
    document = CoNLL.conll2doc(input_str=CONLLU, reconstruct_text=True)
    assert document.text == TEXT
    return document_to_analysis(document, "stanza-en")


def test_tokens_carry_offsets_lemmas_tags_and_document_wide_heads(analysis):
    assert analysis.backend == "stanza"
    said = analysis.tokens[3]
    assert (said.text, said.lemma, said.pos, said.tag, said.dep, said.head) == ("said", "say", "VERB", "VBD", "root", 3)
    assert analysis.tokens[2].head == 3 and analysis.tokens[2].dep == "nsubj"
    critics = analysis.tokens[12]
    assert (critics.text, critics.head, critics.sent) == ("critics", 13, 1)
    for token in analysis.tokens:
        assert TEXT[token.start : token.end] in (token.text, "Duarte's")


def test_multi_word_token_words_get_offsets_inside_their_token(analysis):
    duarte, possessive = analysis.tokens[10], analysis.tokens[11]
    assert (duarte.start, duarte.end, possessive.start, possessive.end) == (48, 54, 54, 56)
    assert (duarte.text, possessive.text) == ("Duarte", "'s")
    assert (duarte.dep, possessive.dep) == ("nmod:poss", "case")


def test_sentences_and_entities(analysis):
    assert [(s.start, s.end, s.first, s.last) for s in analysis.sentences] == [(0, 47, 0, 10), (48, 75, 10, 15)]
    entities = [(TEXT[e.start : e.end], e.label, e.first, e.last) for e in analysis.entities]
    assert ("Mayor Ines Duarte", "PERSON", 0, 3) in entities
    assert ("May", "DATE", 8, 9) in entities
    assert analysis.tokens[1].ent == "PERSON"


def test_noun_chunks_from_the_dependency_tree(analysis):
    chunks = [TEXT[c.start : c.end] for c in analysis.chunks]
    assert "Mayor Ines Duarte" in chunks and "the bridge" in chunks


def test_a_document_without_text_is_refused_clearly():
    with pytest.raises(ValueError, match="reconstruct_text=True"):
        document_to_analysis(CoNLL.conll2doc(input_str=CONLLU))


def test_extractors_run_on_a_stanza_analysis(parser):
    """Both backends feed the same neutral analysis: the parser runs the same plugins over it."""
    from newsparse.inputs import ArticleInput

    document = CoNLL.conll2doc(input_str=CONLLU, reconstruct_text=True)
    article = parser.parse_analyzed(ArticleInput.create(TEXT, published="2024-03-01"), document_to_analysis(document))
    assert article.nlp.backend == "stanza"
    assert not [f for f in article.failures], article.failures


def test_missing_models_name_the_download_command(tmp_path):
    backend = StanzaBackend(options={"dir": str(tmp_path)})
    with pytest.raises(BackendUnavailable, match="newsparse download stanza"):
        backend.analyze("Any text.")
    parser = Parser(backend="stanza", backend_options={"dir": str(tmp_path)})
    with pytest.raises(BackendUnavailable, match="not installed in"):
        parser.parse("Any text.")
