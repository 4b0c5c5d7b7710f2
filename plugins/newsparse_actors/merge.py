"""Merging name mentions into one actor per person (and per organization).

Full names (two words or more) are grouped first under their key
(:func:`~newsparse_actors.names.name_key`), so ``Joe Biden`` and ``Jill
Biden`` stay apart. A one-word mention (``Biden``, ``Mr. Shi``, ``Ms.
Yun``) then joins the full name whose last word (or, for names written
family name first, first word) it is; when several full names fit, a
gendered honorific that contradicts one rules it out (a contradicting
honorific, or a gendered role noun said of it: ``Her son, Karl Vollmer,`` is
not the ``Ms. Vollmer`` of that family), and otherwise the nearest full name
mentioned before it wins, as a reader would resolve it.
A two-word name joins the one longer name with its first and last words
(``Hillary Clinton``, ``Hillary Rodham Clinton``).
Words nobody claims form one-word actors of their own; a translated
plural (``Blinkens``) joins the actor whose name it is with an ``s``.

Each step is a dictionary lookup per mention: linear in the mentions.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable

import attrs

from newsparse_actors.names import HONORIFIC_GENDER, honorific_key, plural_variants


@attrs.define
class NameMention:
    """A person mention as found: character range, token range, folded name words, honorific."""

    start: int
    end: int
    words: tuple[str, ...]
    printed: str
    first: int = -1
    last: int = -1
    honorific: str | None = None
    nickname: str | None = None  # the name as written with its nickname (``Dane "The Hammer" Hollis``), an alias

    @property
    def honorific_gender(self) -> str | None:
        key = honorific_key(self.honorific) if self.honorific else None
        return HONORIFIC_GENDER.get(key) if key else None


@attrs.define
class PersonCluster:
    """One person: the mentions merged so far, keyed by the full name's words."""

    key: str
    mentions: list[NameMention] = attrs.field(factory=list)

    @property
    def full(self) -> bool:
        return " " in self.key

    @property
    def starts(self) -> list[int]:
        return [m.start for m in self.mentions]

    def honorific_genders(self) -> set[str]:
        return {g for g in (m.honorific_gender for m in self.mentions) if g}


#: The gender a role noun said of a full-name mention gives (``Her son, Karl Vollmer``: male), if any.
RoleGender = Callable[[NameMention], "str | None"]


def _no_role_gender(mention: NameMention) -> str | None:
    return None


def cluster_people(mentions: list[NameMention], role_gender: RoleGender = _no_role_gender) -> list[PersonCluster]:
    """Group person mentions into people (see the module docstring for the rules).

    ``role_gender`` is asked only when a gendered honorific must choose
    between several full names, so the role phrases are read only then.
    """
    clusters: dict[str, PersonCluster] = {}
    singles: list[NameMention] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        if not mention.words:
            continue
        if len(mention.words) > 1:
            key = " ".join(mention.words)
            clusters.setdefault(key, PersonCluster(key)).mentions.append(mention)
        else:
            singles.append(mention)
    _merge_name_tails(clusters)
    _merge_middle_names(clusters)
    _attach_singles(clusters, singles, role_gender)
    for cluster in clusters.values():
        cluster.mentions.sort(key=lambda m: m.start)
    return sorted(clusters.values(), key=lambda c: c.mentions[0].start)


def _merge_name_tails(clusters: dict[str, PersonCluster]) -> None:
    """``Garcia Marquez`` joins ``Jose Garcia Marquez``: a full name that ends one (and only one) longer name."""
    tails: dict[str, str | None] = {}
    for key in clusters:
        words = key.split()
        for k in range(2, len(words)):
            tail = " ".join(words[-k:])
            tails[tail] = None if tail in tails and tails[tail] != key else key
    for key in [k for k in clusters if tails.get(k)]:
        target = tails[key]
        if target in clusters and target != key:
            clusters[target].mentions.extend(clusters.pop(key).mentions)


def _merge_middle_names(clusters: dict[str, PersonCluster]) -> None:
    """``Hillary Clinton`` joins ``Hillary Rodham Clinton``: a two-word name whose first and last words
    are those of one (and only one) longer name, the same person written without the middle name."""
    ends: dict[str, str | None] = {}
    for key in clusters:
        words = key.split()
        if len(words) > 2:
            end = f"{words[0]} {words[-1]}"
            ends[end] = None if end in ends and ends[end] != key else key
    for key in [k for k in clusters if ends.get(k)]:
        target = ends[key]
        if target in clusters and target != key:
            clusters[target].mentions.extend(clusters.pop(key).mentions)


def _attach_singles(clusters: dict[str, PersonCluster], singles: list[NameMention], role_gender: RoleGender) -> None:
    by_last: dict[str, list[PersonCluster]] = defaultdict(list)
    by_first: dict[str, list[PersonCluster]] = defaultdict(list)
    for cluster in clusters.values():
        words = cluster.key.split()
        by_last[words[-1]].append(cluster)
        by_first[words[0]].append(cluster)
    leftovers: list[NameMention] = []
    for mention in singles:
        word = mention.words[0]
        target = _choose(by_last.get(word) or by_first.get(word) or [], mention, role_gender)
        if target is None:
            leftovers.append(mention)
        else:
            target.mentions.append(mention)
    # one-word names nobody claimed: exact words first, then translated plurals
    for mention in leftovers:
        if not _plural_of_known(mention, clusters, by_last, by_first):
            word = mention.words[0]
            clusters.setdefault(word, PersonCluster(word)).mentions.append(mention)
    plural_singles = [k for k in list(clusters) if not clusters[k].full]
    for key in plural_singles:
        for variant in plural_variants(key):
            if variant in clusters and variant != key:
                clusters[variant].mentions.extend(clusters.pop(key).mentions)
                break


def _plural_of_known(
    mention: NameMention,
    clusters: dict[str, PersonCluster],
    by_last: dict[str, list[PersonCluster]],
    by_first: dict[str, list[PersonCluster]],
) -> bool:
    """Attach ``Blinkens`` to the person named ``Blinken``, if there is one."""
    for variant in plural_variants(mention.words[0]):
        target = _choose(by_last.get(variant) or by_first.get(variant) or [], mention)
        if target is None and variant in clusters:
            target = clusters[variant]
        if target is not None:
            target.mentions.append(mention)
            return True
    return False


def _choose(
    candidates: list[PersonCluster], mention: NameMention, role_gender: RoleGender = _no_role_gender
) -> PersonCluster | None:
    """The full name a one-word mention refers to, or ``None`` if none fits."""
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    gender = mention.honorific_gender
    if gender:
        agreeing = [c for c in candidates if not (_genders_said(c, role_gender) - {gender})]
        candidates = agreeing or candidates
        if len(candidates) == 1:
            return candidates[0]
    return _nearest_before(candidates, mention.start)


def _genders_said(cluster: PersonCluster, role_gender: RoleGender) -> set[str]:
    """Genders the text gives a full name so far: its honorifics, and role nouns said of its full mentions."""
    genders = cluster.honorific_genders()
    for mention in cluster.mentions:
        if len(mention.words) > 1:
            said = role_gender(mention)
            if said:
                genders.add(said)
    return genders


def _nearest_before(candidates: list[PersonCluster], offset: int) -> PersonCluster:
    """The candidate mentioned last before ``offset``; the first one mentioned after it if none is before."""
    best, best_start = None, -1
    for cluster in candidates:
        starts = sorted(cluster.starts)
        index = bisect.bisect_left(starts, offset) - 1
        if index >= 0 and starts[index] > best_start:
            best, best_start = cluster, starts[index]
    if best is not None:
        return best
    return min(candidates, key=lambda c: min(c.starts))
