"""Quotes across a corpus: the same words in many articles, who said them, who reported them first.

A quote travels: outlets repeat it, trim it and sometimes change it.
:class:`QuoteIndex` groups the quotes of many parsed articles into
*quote clusters*: exact repeats, near repeats (case, punctuation, curly
versus straight marks, a dropped or changed word or two) and fragments (a
part of a longer quote)::

    from newsparse.corpus.quotes import QuoteIndex
    index = QuoteIndex()
    for article in articles:
        index.add(article)
    for cluster in index.clusters():
        if cluster.n_articles > 1:
            print(cluster.canonical, cluster.speaker_name, cluster.first_seen)

How it decides (see :mod:`newsparse.corpus.quote_match` for the matching):

* **Direct and indirect apart.** A direct quote is the speaker's words, a
  paraphrase is the reporter's; they join only when a paraphrase carries a
  quoted fragment (kind ``mixed``): its longest quoted passage is clustered
  as a direct quote, so ``she called the plan "a betrayal of working
  families"`` joins the cluster of the full direct quote.
* **Short texts only with their speaker.** A short text ("I am going to
  be the nominee") is too common to be one quote whoever says it: below
  :data:`~newsparse.corpus.quote_match.FREE_WORDS` words texts join only
  when their speakers do not conflict, below
  :data:`~newsparse.corpus.quote_match.FUZZY_MIN_WORDS` only exact repeats
  by the same speaker, and paraphrases join as fragments only when they
  share a speaker (see :func:`~newsparse.corpus.quote_match.may_join`).
* **Speakers as corpus actors.** A member's speaker is the key
  ``newsparse actors`` gives the speaking actor (``person:antony blinken``,
  a lone surname joined to the one full name it belongs to); the cluster's
  speaker is the majority, and every disagreeing speaker is kept.
* **Stable ids.** A cluster's id is a hash of its kind and canonical text
  in normal form, so the same corpus gives the same ids in any order, in
  one process or on a Dask cluster.

Memory holds one small :class:`QuoteRecord` per quote (never the articles),
so a million quotes fit in well under 4 GB; see ``docs/performance.md``.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Any
from urllib.parse import urlsplit

import attrs
from rapidfuzz import fuzz

from newsparse.corpus.quote_match import (
    FRAGMENT,
    FRAGMENT_SHARE,
    FREE_WORDS,
    FUZZY_MIN_WORDS,
    UnionFind,
    candidate_pairs,
    may_join,
    relation,
    shingle_table,
    word_window,
)
from newsparse.corpus.quote_text import (
    Difference,
    marked,
    quoted_fragments,
    well_formed,
    word_differences,
    word_spans,
    words,
)
from newsparse.models import PART_SEPARATOR

log = logging.getLogger(__name__)

DIRECT, INDIRECT = "direct", "indirect"
MIN_SHORT_WORDS = 3  # a text of fewer words ("to comment", "Hillary Clinton") never joins anything
OUTLET_FIELDS = ("outlet", "source", "publisher")  # fields of Article.extra naming the outlet, first found wins


@attrs.frozen(slots=True)
class ArticleRef:
    """What a cluster needs to know of an article: id, URL, outlet and publication date (ISO 8601)."""

    id: str
    url: str | None = None
    outlet: str | None = None
    published: str | None = None


@attrs.frozen(slots=True)
class QuoteRecord:
    """One quote as clustered: the words compared, where they are, who said them.

    ``text`` is the quote's content, or for a paraphrase with a quoted
    fragment (kind ``mixed``) its longest quoted passage, which is then
    clustered with direct quotes (``channel``). ``spans`` are the article
    offsets of ``text``. ``speaker`` is the corpus actor key of the speaker.
    """

    article: ArticleRef
    quote_id: str
    kind: str
    channel: str
    text: str
    spans: tuple[tuple[int, int], ...]
    speaker: str | None = None
    speaker_name: str | None = None


# -- records from articles ---------------------------------------------------------------------
def outlet_of(article: Any) -> str | None:
    """The outlet: an ``outlet``/``source``/``publisher`` field of the input, else the URL's host."""
    extra = getattr(article, "extra", None) or {}
    for field in OUTLET_FIELDS:
        value = extra.get(field)
        if isinstance(value, str) and value.strip():
            return value.strip()
    if article.url:
        host = urlsplit(article.url if "//" in article.url else f"//{article.url}").hostname or ""
        return host.removeprefix("www.") or None
    return None


def article_ref(article: Any, position: int) -> ArticleRef:
    published = article.published.isoformat() if article.published is not None else None
    key = article.id if article.id is not None else str(position)
    return ArticleRef(key, article.url, outlet_of(article), published)


def quote_records(article: Any, position: int = 0) -> list[QuoteRecord]:
    """The records of one article's quotes (its speakers keyed as ``newsparse actors`` keys them)."""
    from newsparse.corpus.actors import actor_key

    ref = article_ref(article, position)
    actors = {actor.id: actor for actor in article.actors}
    records = []
    for quote in article.quotes:
        speaker = actors.get(quote.speaker) if quote.speaker else None
        key, name = (actor_key(speaker), speaker.name) if speaker is not None else (None, None)
        kind = getattr(quote.kind, "value", str(quote.kind))
        parts = [(part.start, part.end) for part in quote.parts]
        text = quote.text
        channel = INDIRECT if kind == "indirect" else DIRECT
        if kind == "mixed":
            channel, text, parts = _mixed_channel(text, parts)
        records.append(QuoteRecord(ref, quote.id, kind, channel, text, tuple(parts), key, name))
    return records


def _mixed_channel(text: str, parts: list[tuple[int, int]]) -> tuple[str, str, list[tuple[int, int]]]:
    """A paraphrase with quoted words: its longest quoted passage as a direct quote, else the paraphrase."""
    fragments = [f for f in quoted_fragments(text) if len(words(text[f[0] : f[1]])) >= FUZZY_MIN_WORDS]
    if not fragments:
        return INDIRECT, text, parts
    start, end = max(fragments, key=lambda f: (f[1] - f[0], -f[0]))
    return DIRECT, text[start:end], _article_spans(parts, start, end)


def _article_spans(parts: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """Article offsets of ``[start, end)`` of :attr:`Quote.text <newsparse.models.Quote.text>` (parts joined)."""
    spans, at = [], 0
    for part_start, part_end in parts:
        length = part_end - part_start
        low, high = max(start, at), min(end, at + length)
        if low < high:
            spans.append((part_start + low - at, part_start + high - at))
        at += length + len(PART_SEPARATOR)
    return spans


# -- clusters ----------------------------------------------------------------------------------
@attrs.frozen
class ClusterMember:
    """One quote of a cluster and how its words relate to the canonical text.

    ``relation``: ``exact`` (same characters), ``formatting`` (same words,
    other case, marks or punctuation), ``near`` (a word or two differ),
    ``fragment`` (part of the canonical text), ``related`` (joined through
    another member, e.g. an overlapping trim). ``differences`` are the words
    that differ from the canonical text (empty unless it is a variant).
    """

    record: QuoteRecord
    relation: str
    differences: tuple[Difference, ...] = ()

    @property
    def variant(self) -> bool:
        return bool(self.differences)

    def to_dict(self) -> dict[str, Any]:
        record = self.record
        return {
            "article_id": record.article.id,
            "quote_id": record.quote_id,
            "kind": record.kind,
            "text": record.text,
            "spans": [list(span) for span in record.spans],
            "speaker": record.speaker,
            "speaker_name": record.speaker_name,
            "outlet": record.article.outlet,
            "published": record.article.published,
            "relation": self.relation,
            "variant": self.variant,
            "differences": [d.to_dict() for d in self.differences],
            "marked": marked(record.text, self.differences) if self.differences else None,
        }


@attrs.frozen
class QuoteCluster:
    """A quote as it appears across a corpus (see the module docstring)."""

    id: str
    kind: str
    canonical: str
    members: tuple[ClusterMember, ...]
    speaker: str | None
    speaker_name: str | None
    speakers: tuple[tuple[str, str | None, int], ...]  # (actor key, name, members), commonest first
    unattributed: int
    articles: tuple[str, ...]
    outlets: tuple[str, ...]
    first_seen: ArticleRef | None
    undated: int  # members whose article has no publication date (first seen may then be earlier)

    @property
    def n_members(self) -> int:
        return len(self.members)

    @property
    def n_articles(self) -> int:
        return len(self.articles)

    @property
    def n_outlets(self) -> int:
        return len(self.outlets)

    @property
    def variants(self) -> tuple[ClusterMember, ...]:
        return tuple(m for m in self.members if m.variant)

    @property
    def speaker_agreement(self) -> float | None:
        """The majority speaker's share of the attributed members (``None`` when none is attributed)."""
        attributed = sum(count for _, _, count in self.speakers)
        return self.speakers[0][2] / attributed if attributed else None

    def to_dict(self) -> dict[str, Any]:
        first = self.first_seen
        return {
            "id": self.id,
            "kind": self.kind,
            "canonical": self.canonical,
            "speaker": self.speaker,
            "speaker_name": self.speaker_name,
            "speaker_agreement": self.speaker_agreement,
            "speakers": [{"key": k, "name": n, "members": c} for k, n, c in self.speakers],
            "unattributed": self.unattributed,
            "first_seen": None if first is None else attrs.asdict(first),
            "undated": self.undated,
            "n_members": self.n_members,
            "n_articles": self.n_articles,
            "n_outlets": self.n_outlets,
            "n_variants": len(self.variants),
            "articles": list(self.articles),
            "outlets": list(self.outlets),
            "members": [m.to_dict() for m in self.members],
        }

    def to_row(self) -> dict[str, Any]:
        """A flat CSV row: lists joined with ``; ``, variants as marked texts joined with `` | ``."""
        first = self.first_seen
        return {
            "cluster_id": self.id,
            "kind": self.kind,
            "canonical": self.canonical,
            "speaker": self.speaker or "",
            "speaker_name": self.speaker_name or "",
            "speaker_agreement": "" if self.speaker_agreement is None else round(self.speaker_agreement, 3),
            "speakers": "; ".join(f"{k} ({c})" for k, _, c in self.speakers),
            "n_members": self.n_members,
            "n_articles": self.n_articles,
            "n_outlets": self.n_outlets,
            "n_variants": len(self.variants),
            "first_seen": "" if first is None else first.published,
            "first_seen_article": "" if first is None else first.id,
            "first_seen_url": "" if first is None or first.url is None else first.url,
            "first_seen_outlet": "" if first is None or first.outlet is None else first.outlet,
            "undated": self.undated,
            "outlets": "; ".join(self.outlets),
            "articles": "; ".join(self.articles),
            "variants": " | ".join(marked(m.record.text, m.differences) for m in self.variants),
        }


CSV_COLUMNS = (
    "cluster_id",
    "kind",
    "canonical",
    "speaker",
    "speaker_name",
    "speaker_agreement",
    "speakers",
    "n_members",
    "n_articles",
    "n_outlets",
    "n_variants",
    "first_seen",
    "first_seen_article",
    "first_seen_url",
    "first_seen_outlet",
    "undated",
    "outlets",
    "articles",
    "variants",
)


def cluster_id(key: tuple) -> str:
    """The stable id of a cluster: a hash of its canonical text's exact-repeat key.

    For most quotes that is the kind and the canonical text in normal form;
    a short text's key also holds its speaker, so "we will win" by two
    people gives two clusters with two ids.
    """
    return "qc" + hashlib.blake2b("\0".join(key).encode(), digest_size=8).hexdigest()


def _member_order(record: QuoteRecord) -> tuple:
    article = record.article
    return (article.published is None, article.published or "", article.id, record.quote_id)


def build_cluster(members: Sequence[tuple[QuoteRecord, tuple]]) -> QuoteCluster:
    """One cluster from its ``(record, exact-repeat key)`` members, in any order: it depends only on the set."""
    if len(members) == 1:
        return _single(*members[0])
    ordered = sorted(members, key=lambda m: _member_order(m[0]))
    records = [record for record, _ in ordered]
    by_key: dict[tuple, list[QuoteRecord]] = {}
    for record, key in ordered:
        by_key.setdefault(key, []).append(record)
    canonical_key = min(by_key, key=lambda k: _canonical_rank(k, by_key[k]))
    texts = Counter(r.text for r in by_key[canonical_key])
    canonical = min(texts, key=lambda t: -texts[t])  # the commonest printing, the earliest on a tie
    speakers = _speakers(records)
    dated = [r.article for r in records if r.article.published is not None]
    return QuoteCluster(
        id=cluster_id(canonical_key),
        kind=canonical_key[0],
        canonical=canonical,
        members=_members(ordered, canonical, canonical_key[1]),
        speaker=speakers[0][0] if speakers else None,
        speaker_name=speakers[0][1] if speakers else None,
        speakers=speakers,
        unattributed=sum(1 for r in records if r.speaker is None),
        articles=tuple(dict.fromkeys(r.article.id for r in records)),
        outlets=tuple(dict.fromkeys(r.article.outlet for r in records if r.article.outlet)),
        first_seen=dated[0] if dated else None,
        undated=len({r.article.id for r in records if r.article.published is None}),
    )


def _single(record: QuoteRecord, key: tuple) -> QuoteCluster:
    """A quote seen once (most of a corpus): the cluster built directly, without comparing anything."""
    article = record.article
    return QuoteCluster(
        id=cluster_id(key),
        kind=key[0],
        canonical=record.text,
        members=(ClusterMember(record, "exact"),),
        speaker=record.speaker,
        speaker_name=record.speaker_name if record.speaker is not None else None,
        speakers=((record.speaker, record.speaker_name, 1),) if record.speaker is not None else (),
        unattributed=int(record.speaker is None),
        articles=(article.id,),
        outlets=(article.outlet,) if article.outlet else (),
        first_seen=article if article.published is not None else None,
        undated=int(article.published is None),
    )


def _canonical_rank(key: tuple, records: list[QuoteRecord]) -> tuple:
    """The longest well-formed version wins; then the commonest; then the first in key order."""
    return (not any(well_formed(r.text) for r in records), -(key[1].count(" ") + 1), -len(records), key)


def _members(
    ordered: Sequence[tuple[QuoteRecord, tuple]], canonical: str, canonical_normal: str
) -> tuple[ClusterMember, ...]:
    relations: dict[str, tuple[str, tuple[Difference, ...]]] = {}
    canonical_words: list[tuple[str, int, int]] = []
    for record, key in ordered:
        normal = key[1]
        if record.text in relations:
            continue
        if normal == canonical_normal:
            relations[record.text] = ("exact" if record.text.strip() == canonical.strip() else "formatting"), ()
            continue
        canonical_words = canonical_words or word_spans(canonical)
        relations[record.text] = _relation(record.text, normal, canonical, canonical_normal, canonical_words)
    return tuple(ClusterMember(r, *relations[r.text]) for r, _ in ordered)


def _relation(
    text: str, normal: str, canonical: str, canonical_normal: str, canonical_words: list[tuple[str, int, int]]
) -> tuple[str, tuple[Difference, ...]]:
    member_words = word_spans(text)
    if len(normal) >= FRAGMENT_SHARE * len(canonical_normal):
        return "near", tuple(word_differences(canonical_words, canonical, member_words, text))
    alignment = fuzz.partial_ratio_alignment(normal, canonical_normal)
    if alignment is None or alignment.score < FRAGMENT:
        return "related", ()
    window = canonical_words[word_window(canonical_normal, alignment.dest_start, alignment.dest_end)]
    differences = word_differences(window, canonical, member_words, text)
    while differences and differences[0].op == "delete" and differences[0].start <= member_words[0][1]:
        differences.pop(0)  # canonical words before the fragment starts
    while differences and differences[-1].op == "delete" and differences[-1].start >= member_words[-1][2]:
        differences.pop()  # canonical words after it ends
    return "fragment", tuple(differences)


def _speakers(records: Sequence[QuoteRecord]) -> tuple[tuple[str, str | None, int], ...]:
    counts = Counter(r.speaker for r in records if r.speaker is not None)
    names: dict[str, Counter] = {}
    for record in records:
        if record.speaker is not None and record.speaker_name:
            names.setdefault(record.speaker, Counter())[record.speaker_name] += 1
    ranked = sorted(counts.items(), key=lambda kc: (-kc[1], kc[0]))
    return tuple((key, _best_name(names.get(key)), count) for key, count in ranked)


def _best_name(names: Counter | None) -> str | None:
    if not names:
        return None
    return min(names, key=lambda n: (-len(n.split()), -names[n], n))


# -- grouping: exact repeats, then candidates and alignment -----------------------------------
def exact_key(record: QuoteRecord) -> tuple[tuple, int]:
    """The record's exact-repeat key and its number of words; records with equal keys are exact repeats.

    A key is ``(channel, words)`` for texts of
    :data:`~newsparse.corpus.quote_match.FREE_WORDS` words or more;
    shorter texts are also keyed by speaker (two people may well say "I am
    going to be the nominee"), and below :data:`MIN_SHORT_WORDS` words (or
    below :data:`~newsparse.corpus.quote_match.FUZZY_MIN_WORDS` with no
    speaker) a text is a group of its own.
    """
    tokens = words(record.text)
    normal, n = " ".join(tokens), len(tokens)
    speaker = record.speaker or ""
    if n >= FREE_WORDS:
        return (record.channel, normal), n
    if n >= FUZZY_MIN_WORDS or (n >= MIN_SHORT_WORDS and speaker):
        return (record.channel, normal, speaker), n
    return (record.channel, normal, speaker, record.article.id, record.quote_id), n


def is_fuzzy(key: tuple, n_words: int) -> bool:
    """May this exact-repeat group join others by similarity (long enough, not a group of its own)?"""
    return len(key) <= 3 and n_words >= FUZZY_MIN_WORDS


@attrs.frozen
class GroupText:
    """One exact-repeat group that may join others (:func:`is_fuzzy`): its key, word count and speakers."""

    key: tuple
    n_words: int
    speakers: frozenset[str]


def join_texts(texts: Sequence[GroupText]) -> list[int]:
    """The component of each group (the number of a group in it), joining near repeats and fragments.

    ``texts`` must be sorted by key: candidates in a large shingle group
    depend on the order, and sorted keys are the same in one process and on
    a cluster.
    """
    found = UnionFind()
    pairs = candidate_pairs(*shingle_table((text.key[0], text.key[1].split()) for text in texts))
    log.info("%d texts to compare, %d candidate pairs", len(texts), len(pairs))
    for left, right in pairs.tolist():
        a, b = texts[left], texts[right]
        if a.key[0] != b.key[0] or found.find(left) == found.find(right):
            continue
        how = relation(a.key[1], b.key[1])
        if how and may_join(a.key[0], how, min(a.n_words, b.n_words), a.speakers, b.speakers):
            found.union(left, right)
    return [found.find(i) for i in range(len(texts))]  # type: ignore[misc]


def cluster_records(records: Sequence[QuoteRecord]) -> list[QuoteCluster]:
    """The clusters of these records (speakers already resolved), most widely reported first."""
    groups: dict[tuple, list[QuoteRecord]] = {}
    lengths: dict[tuple, int] = {}
    for record in records:
        key, n_words = exact_key(record)
        groups.setdefault(key, []).append(record)
        lengths[key] = n_words
    fuzzy = sorted(key for key, n_words in lengths.items() if is_fuzzy(key, n_words))
    texts = [GroupText(key, lengths[key], frozenset(r.speaker for r in groups[key] if r.speaker)) for key in fuzzy]
    del lengths
    components: dict[tuple, list[tuple[QuoteRecord, tuple]]] = {}
    for key, root in zip(fuzzy, join_texts(texts), strict=True):
        components.setdefault(fuzzy[root], []).extend((record, key) for record in groups.pop(key))
    for key, members in groups.items():  # groups of their own
        components[key] = [(record, key) for record in members]
    clusters = [build_cluster(found) for found in components.values()]
    clusters.sort(key=cluster_order)
    return clusters


def cluster_order(cluster: QuoteCluster) -> tuple:
    """Most articles first, then most members, then by id."""
    return (-cluster.n_articles, -cluster.n_members, cluster.id)


class QuoteIndex:
    """Collects quote records article by article; :meth:`clusters` groups them."""

    def __init__(self) -> None:
        self.records: list[QuoteRecord] = []
        self.n_articles = 0

    def add(self, article: Any, position: int | None = None) -> None:
        self.records.extend(quote_records(article, self.n_articles if position is None else position))
        self.n_articles += 1

    def add_records(self, records: Iterable[QuoteRecord]) -> None:
        self.records.extend(records)

    def clusters(self) -> list[QuoteCluster]:
        return cluster_records(resolve_speakers(self.records))


def speaker_merges(keys: Iterable[str]) -> dict[str, str]:
    """Corpus actor keys that ``newsparse actors`` merges into another: a lone surname into its one full name."""
    from newsparse.corpus.actors import surname_merges  # the actors command's own rule, not a copy

    return surname_merges(sorted(set(keys)))


def with_speaker(record: QuoteRecord, merges: dict[str, str]) -> QuoteRecord:
    """``record`` with its speaker key merged as :func:`speaker_merges` says."""
    if record.speaker in merges:
        return attrs.evolve(record, speaker=merges[record.speaker])
    return record


def resolve_speakers(records: Sequence[QuoteRecord]) -> list[QuoteRecord]:
    """Speakers keyed as ``newsparse actors`` keys them (see :func:`speaker_merges`)."""
    merges = speaker_merges(r.speaker for r in records if r.speaker is not None)
    return [with_speaker(record, merges) for record in records]


def iter_members(clusters: Iterable[QuoteCluster]) -> Iterator[tuple[str, str, str]]:
    """``(article id, quote id, cluster id)`` for every member: the ``cluster_id`` column of the quotes table."""
    for cluster in clusters:
        for member in cluster.members:
            yield member.record.article.id, member.record.quote_id, cluster.id
