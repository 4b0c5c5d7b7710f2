"""The optional transformers stance method, on a tiny randomly initialised model built here (nothing downloaded)."""

from __future__ import annotations

import inspect

import pytest

from newsparse import Parser, Polarity
from newsparse_stances import StanceExtractor
from newsparse_stances.model import ModelFileError
from newsparse_stances.transformers_method import label_order

pytestmark = pytest.mark.slow  # imports torch and transformers

transformers = pytest.importorskip("transformers")

WORDS = "the mayor praised firefighters blamed minister for their response collapse opposition leaders".split()


@pytest.fixture(scope="module")
def checkpoint(tmp_path_factory):
    """A 2-layer BERT with random weights and a 30-word vocabulary, saved as a local checkpoint."""
    import torch

    directory = tmp_path_factory.mktemp("tiny-bert")
    words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *WORDS, ".", ","]
    if "vocab" in inspect.signature(transformers.BertTokenizerFast.__init__).parameters:  # transformers >= 5
        tokenizer = transformers.BertTokenizerFast(vocab={word: i for i, word in enumerate(words)})
    else:
        (directory / "vocab.txt").write_text("\n".join(words) + "\n")
        tokenizer = transformers.BertTokenizerFast(vocab_file=str(directory / "vocab.txt"))
    assert tokenizer("the mayor")["input_ids"] == [2, 5, 6, 3]  # real words, not [UNK]
    config = transformers.BertConfig(
        vocab_size=len(WORDS) + 7,
        hidden_size=16,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=64,
        num_labels=3,
        id2label={0: "Positive", 1: "Negative", 2: "Neutral"},
        label2id={"Positive": 0, "Negative": 1, "Neutral": 2},
    )
    torch.manual_seed(0)
    model = transformers.BertForSequenceClassification(config)
    model.save_pretrained(directory)
    tokenizer.save_pretrained(directory)
    return directory


def test_label_names_are_read_from_the_checkpoint():
    assert label_order({0: "Positive", 1: "Negative", 2: "Neutral"}) == [1, 2, 0]
    assert label_order({0: "NEG", 1: "NEU", 2: "POS"}) == [0, 1, 2]
    assert label_order({0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"}) == [0, 1, 2]
    with pytest.raises(ValueError, match="cannot read the labels"):
        label_order({0: "yes", 1: "no"})


def test_a_local_checkpoint_judges_a_marked_target(parser, checkpoint):
    extractor = StanceExtractor("transformers", model=checkpoint)
    quick = Parser(backend=parser.backend, plugins=[extractor], disable=["stances"])
    text = "The mayor praised the firefighters for their response."
    start = text.index("the firefighters")
    stance = quick.stance_toward(text, start, start + len("the firefighters"))
    assert stance.polarity in {Polarity.NEGATIVE, Polarity.NEUTRAL, Polarity.POSITIVE}
    assert stance.provenance.plugin == "stances-transformers" and stance.target == "the firefighters"
    probs = extractor._transformer().probabilities(text, "the firefighters")
    assert sum(probs) == pytest.approx(1.0)
    # the target is part of the input: another target of the same sentence gets other probabilities
    assert extractor._transformer().probabilities(text, "The mayor") != probs


def test_the_transformers_method_runs_inside_parse(parser, checkpoint):
    quick = Parser(
        backend=parser.backend, plugins=[StanceExtractor("transformers", model=checkpoint)], disable=["stances"]
    )
    article = quick.parse('"The minister blamed the opposition leaders for the collapse," the mayor said.')
    assert not article.failures
    assert [s.provenance.plugin for s in article.stances if s.quote] == ["stances-transformers"]


def test_a_missing_checkpoint_is_a_clear_error(tmp_path):
    extractor = StanceExtractor("transformers", model=tmp_path / "no-such-checkpoint")
    with pytest.raises(ModelFileError, match="no-such-checkpoint"):
        extractor._transformer()


def test_the_method_needs_a_checkpoint(monkeypatch):
    monkeypatch.delenv("NEWSPARSE_STANCE_MODEL", raising=False)
    with pytest.raises(ValueError, match="needs model=PATH"):
        StanceExtractor("transformers")
