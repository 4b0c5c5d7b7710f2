"""Which distinct quote texts are the same quote: candidates, then alignment.

Comparing every text with every other is quadratic; a corpus of a million
quotes needs candidates. Two texts that are near repeats of each other, or
one a fragment of the other, share runs of words, so each text is reduced to
the hashes of its word 3-grams (*shingles*), and texts that share at least
:data:`MIN_SHARED` shingles become a candidate pair. A shingle found in more
than :data:`COMMON` distinct texts ("one of the", "the united states") says
nothing about a quote and is left out, which also bounds the pairs one
shingle can make. The shingle index is a pair of numpy arrays sorted once,
so memory stays a few bytes per word.

Candidates are then checked by alignment with rapidfuzz: a *near* repeat
has a normalised similarity of at least :data:`NEAR` (a dropped word or two,
a changed word), a *fragment* is a shorter text found in the longer one with
a partial similarity of at least :data:`FRAGMENT`. Whether two matching
texts may join then depends on their length and speakers (:func:`may_join`):
a short text ("I am going to be the nominee") is too common to tell one
speaker's quote from another's.

Why not datasketch's MinHash LSH: measured at 100,000 texts on this machine
it used 5.1 KB and 0.3 ms of CPU per text (5 GB and 5 minutes at a million
before any alignment), and Jaccard similarity misses fragments: a 6-word
fragment of a 40-word quote has a Jaccard similarity near 0.1. Exact shingle
hashes with a frequency cap find both kinds at a fraction of the cost.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence, Set

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq, Levenshtein

SHINGLE = 3  # words per shingle
MIN_SHARED = 2  # shingles two texts must share to be compared
SHARED_SHARE = 0.5  # ... and this share of the smaller text's shingles
SMALL_GROUP = 32  # texts sharing a shingle: up to this many, every pair is a candidate ...
NEIGHBOURS = 16  # ... in a larger group, each text and the next this many (a popular quote's many printings)
COMMON = 20_000  # a shingle in more distinct texts than this ("one of the") is left out
FUZZY_MIN_WORDS = 6  # shorter texts join only exact repeats by the same speaker
FREE_WORDS = 10  # shorter texts join only where the speakers agree (see may_join)
NEAR = 88.0  # rapidfuzz ratio (0-100) of two near repeats
FRAGMENT = 92.0  # rapidfuzz partial_ratio (0-100) of a fragment inside a longer text
FRAGMENT_SHARE = 0.8  # a text shorter than this share of the other is compared as a fragment
WORDS_PER_EDIT = 5  # a long fragment may differ from the text it is part of in one word per this many

_M1, _M2, _M3 = np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F), np.uint64(0x165667B19E3779F9)


def shingle_table(texts: Iterable[tuple[str, Sequence[str]]], chunk: int = 100_000) -> tuple[np.ndarray, np.ndarray]:
    """The distinct shingle hashes of each text: ``(hashes, owners)``, owner ``i`` being the ``i``-th text.

    ``texts`` are ``(channel, words)`` pairs; the channel (direct/indirect)
    is mixed into each hash so the two never match. Words are hashed with
    Python's own string hash (fast, in C), so hashes are comparable only
    within one call: the matching always runs in one process (on Dask, the
    client). Computed with numpy a chunk of texts at a time.
    """
    hashes: list[np.ndarray] = []
    owners: list[np.ndarray] = []
    batch: list[tuple[str, Sequence[str]]] = []
    first = 0
    for text in texts:
        batch.append(text)
        if len(batch) == chunk:
            _add_chunk(batch, first, hashes, owners)
            first += len(batch)
            batch = []
    _add_chunk(batch, first, hashes, owners)
    if not hashes:
        return np.empty(0, dtype=np.uint64), np.empty(0, dtype=np.int64)
    return np.concatenate(hashes), np.concatenate(owners)


def _add_chunk(
    batch: list[tuple[str, Sequence[str]]], first: int, hashes: list[np.ndarray], owners: list[np.ndarray]
) -> None:
    lengths = np.fromiter((len(tokens) for _, tokens in batch), dtype=np.int64, count=len(batch))
    if lengths.sum() < SHINGLE:
        return
    flat = itertools.chain.from_iterable(tokens for _, tokens in batch)
    words = np.fromiter(map(hash, flat), dtype=np.int64, count=int(lengths.sum())).view(np.uint64)
    channels = np.fromiter((hash(channel) for channel, _ in batch), dtype=np.int64, count=len(batch)).view(np.uint64)
    owner = np.repeat(np.arange(len(batch), dtype=np.int64), lengths)[: 1 - SHINGLE]
    ends = np.cumsum(lengths)
    valid = np.arange(len(owner)) + SHINGLE <= ends[owner]
    with np.errstate(over="ignore"):
        mixed = words[:-2] * _M1 + words[1:-1] * _M2 + words[2:] * _M3 + channels[owner]
    mixed, owner = mixed[valid], owner[valid]
    order = np.lexsort((owner, mixed))
    mixed, owner = mixed[order], owner[order]
    distinct = np.ones(len(mixed), dtype=bool)
    distinct[1:] = (mixed[1:] != mixed[:-1]) | (owner[1:] != owner[:-1])
    hashes.append(mixed[distinct])
    owners.append(owner[distinct] + first)


def candidate_pairs(hashes: np.ndarray, owners: np.ndarray) -> np.ndarray:
    """Pairs ``(i, j)``, ``i < j``, of texts that share enough uncommon shingles.

    Takes :func:`shingle_table`'s arrays. A pair must share
    :data:`MIN_SHARED` shingles and :data:`SHARED_SHARE` of the smaller
    text's, as two copies of a quote with a word or two changed do. Returns
    an ``(n, 2)`` int64 array, sorted.
    """
    if not len(hashes):
        return np.empty((0, 2), dtype=np.int64)
    sizes = np.bincount(owners)
    order = np.argsort(hashes, kind="stable")
    values, owners = hashes[order], owners[order]
    del order
    starts = np.flatnonzero(np.concatenate(([True], values[1:] != values[:-1])))
    counts = np.diff(np.append(starts, len(values)))
    del values
    codes = [_pairs_of_groups(owners, starts[counts == m], m) for m in np.unique(counts) if 2 <= m <= SMALL_GROUP]
    large = np.flatnonzero((counts > SMALL_GROUP) & (counts <= COMMON))
    codes += [_neighbour_pairs(owners, int(starts[i]), int(counts[i])) for i in large]
    if not codes:
        return np.empty((0, 2), dtype=np.int64)
    unique, shared = np.unique(np.concatenate(codes), return_counts=True)
    low, high = unique >> 32, unique & 0xFFFFFFFF
    keep = (shared >= MIN_SHARED) & (shared >= SHARED_SHARE * np.minimum(sizes[low], sizes[high]))
    return np.stack((low[keep], high[keep]), axis=1)


def _pairs_of_groups(owners: np.ndarray, starts: np.ndarray, size: int) -> np.ndarray:
    """Pair codes ``i << 32 | j`` of every pair within each group of ``size`` members."""
    block = owners[starts[:, None] + np.arange(size)]  # groups x size, each row sorted by owner
    left, right = np.triu_indices(size, k=1)
    low, high = block[:, left].ravel(), block[:, right].ravel()
    keep = low != high
    return (low[keep] << 32) | high[keep]


def _neighbour_pairs(owners: np.ndarray, start: int, size: int) -> np.ndarray:
    """Pair codes of each member of a large group with the next :data:`NEIGHBOURS` members (linear, not quadratic).

    Enough to connect a quote printed hundreds of times: most of a large
    group's members are that quote's printings, so neighbours match.
    """
    block = owners[start : start + size]
    codes = [(block[:-step] << 32) | block[step:] for step in range(1, min(NEIGHBOURS, size - 1) + 1)]
    return np.concatenate(codes)


def relation(a: str, b: str) -> str | None:
    """``"near"``, ``"fragment"`` or ``None``: are these two texts in normal form (words joined by spaces) one quote?

    Characters are compared first (rapidfuzz), then, where a character
    score is too lenient, words: a text of fewer than :data:`FREE_WORDS`
    words may differ from its near repeat in one word and must be found
    word for word as a fragment ("how tough it is to run" is not part of
    "how tough it is to live here"); a longer fragment may differ in one
    word in :data:`WORDS_PER_EDIT`.
    """
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    short_words = short.split()
    if len(short) >= FRAGMENT_SHARE * len(long_):
        if fuzz.ratio(short, long_) < NEAR:
            return None
        if len(short_words) >= FREE_WORDS:
            return "near"
        return "near" if Levenshtein.distance(short_words, long_.split()) <= 1 else None
    alignment = fuzz.partial_ratio_alignment(short, long_, score_cutoff=FRAGMENT)
    if alignment is None:
        return None
    allowed = len(short_words) // WORDS_PER_EDIT if len(short_words) >= FREE_WORDS else 0
    window = long_.split()[word_window(long_, alignment.dest_start, alignment.dest_end)]
    unmatched = len(short_words) - LCSseq.similarity(short_words, window)
    return "fragment" if unmatched <= allowed else None


def word_window(text: str, start: int, end: int, margin: int = 2) -> slice:
    """The words of ``text`` (words joined by single spaces) that characters ``[start, end)`` touch.

    ``margin`` more words on each side: a character alignment may stop a
    word short or start a word early, and the word alignment done with the
    window (:class:`~rapidfuzz.distance.LCSseq`) ignores words at its edges.
    """
    first = text.count(" ", 0, start)
    last = text.count(" ", 0, max(end - 1, start)) + 1
    return slice(max(0, first - margin), last + margin)


def may_join(channel: str, how: str, shorter_words: int, speakers_a: Set[str], speakers_b: Set[str]) -> bool:
    """May two matching texts (``how``: near or fragment) join, given their speakers (corpus actor keys)?

    Direct quotes of :data:`FREE_WORDS` words or more join whoever is named
    (a misattribution is worth seeing); shorter ones only when the speakers
    do not conflict. Paraphrases are the reporter's words, and a stretch of
    them ("a ban on Muslims entering the United States") recurs in unrelated
    attributions, so a paraphrase joins another as a fragment, or as a short
    near repeat, only when they share a speaker.
    """
    shared = bool(speakers_a & speakers_b)
    if channel == "direct":
        return shorter_words >= FREE_WORDS or shared or not speakers_a or not speakers_b
    return shared or (how == "near" and shorter_words >= FREE_WORDS)


class UnionFind:
    """Connected components over hashable items (path halving, union by size)."""

    def __init__(self) -> None:
        self.parent: dict = {}
        self.size: dict = {}

    def find(self, item: object) -> object:
        parent = self.parent
        parent.setdefault(item, item)
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a: object, b: object) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if self.size.get(ra, 1) < self.size.get(rb, 1):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] = self.size.get(ra, 1) + self.size.pop(rb, 1)
