"""Unnamed sources: ``analysts``, ``other pundits``, ``a senior official who asked not to be named``.

A plural noun is an actor only where it acts as a source, so the finder
looks at three positions and no others:

* the subject of a speech or cognition verb (``analysts say``,
  ``some experts believe``, ``state media reported``);
* the object of ``according to``;
* a person noun carrying an anonymity clause (``who asked not to be
  named``, ``speaking on condition of anonymity``), wherever it stands.

and then only when the noun names people or a source (a lexicon of source
nouns plus agent suffixes such as ``-ist``), so ``the plan says`` or
``the report said`` do not become actors. Nationality nouns acting as
speakers (``the Chinese have refused``) are groups too.
"""

from __future__ import annotations

import re

import attrs

from newsparse import ActorKind, Entity, cues, nouns
from newsparse_actors.context import Context

SPEECH_LEMMAS = frozenset(
    """say tell add note argue claim warn believe think accuse insist explain write report state suggest
    acknowledge admit deny announce predict estimate describe lament question worry fear expect hope
    agree disagree contend maintain assert stress emphasize emphasise point observe remark reply respond
    caution concede confirm complain criticize criticise praise urge call doubt feel reckon recall reveal
    testify tweet post conclude declare indicate mention propose recommend speculate tout warn wonder
    charge allege blame counter dismiss welcome hail condemn want support back favor favour oppose prefer
    consider reject demand ask insist""".split()
)

SOURCE_NOUNS = frozenset(
    """official officials analyst analysts expert experts pundit pundits observer observers diplomat diplomats
    source sources spokesman spokeswoman spokesperson spokespeople aide aides critic critics economist economists
    lawmaker lawmakers legislator legislators resident residents witness witnesses scholar scholars researcher
    researchers scientist scientists activist activists lawyer lawyers investor investors trader traders media
    people person insider insiders strategist strategists commentator commentators politician politicians
    leader leaders minister ministers officer officers authorities authority police prosecutor prosecutors
    investigator investigators doctor doctors nurse nurses teacher teachers student students worker workers
    employee employees executive executives manager managers banker bankers farmer farmers voter voters
    citizen citizens protester protesters protestors demonstrator demonstrators supporter supporters opponent
    opponents member members representative representatives negotiator negotiators envoy envoys adviser advisers
    advisor advisors counselor counselors press newspaper newspapers outlet outlets agency broadcaster broadcasters
    daily tabloid journalist journalists reporter reporters correspondent correspondents editor editors
    government governments ministry administration regime military army delegation campaign campaigners
    rebels militants fighters soldiers troops survivors victims families relatives parents neighbours neighbors
    locals villagers historians economists academics professors specialists watchers veterans sceptics skeptics
    proponents advocates organizers organisers owners consumers users fans colleagues allies partners""".split()
)

_AGENT_SUFFIX = re.compile(r"(?:ists?|ians?|ologists?|eers?)$")
_ANONYMITY = cues.ANONYMITY
_SINGULAR_DETERMINERS = frozenset({"a", "an", "one", "another"})


@attrs.frozen
class GroupMention:
    """An unnamed source: the printed phrase, its range and whether it is many (group) or one (person)."""

    start: int
    end: int
    text: str
    kind: ActorKind
    head: int  # index of the head noun token
    modifier: Entity | None = None  # an organization, place or nationality before the head


def find_groups(ctx: Context) -> list[GroupMention]:
    """Unnamed sources of the document, in text order, one per noun phrase."""
    tokens = ctx.tokens
    found: dict[int, GroupMention] = {}
    for chunk in ctx.analysis.chunks:
        root = tokens[chunk.root]
        if root.pos != "NOUN" and not (root.pos == "PROPN" and root.ent == "NORP"):
            continue
        if not _is_source_noun(ctx, chunk.root) or not _is_source_position(ctx, chunk.root):
            continue
        mention = _mention(ctx, chunk.first, chunk.last, chunk.root)
        if (
            mention is not None
            and mention.kind in (ActorKind.PERSON, ActorKind.UNKNOWN)
            and not _indefinite_or_anonymous(ctx, chunk.first, chunk.root)
        ):
            continue  # "the spokesman said": someone already named, left to the quotes plugin's resolution
        if mention is not None:
            found[chunk.root] = mention
    return sorted(found.values(), key=lambda m: m.start)


def _is_source_position(ctx: Context, i: int) -> bool:
    token = ctx.tokens[i]
    governor = ctx.tokens[token.head]
    if token.dep in ("nsubj", "nsubjpass") and governor.lemma in SPEECH_LEMMAS and token.dep == "nsubj":
        return True
    if token.dep == "pobj" and governor.text.lower() == "to" and governor.head != governor.i:
        according = ctx.tokens[governor.head]
        if according.text.lower() == "according":
            return True
    if token.dep == "pobj" and governor.text.lower() == "by" and ctx.tokens[governor.head].lemma in SPEECH_LEMMAS:
        return True  # "it was reported by state media"
    if token.dep == "conj":  # "several officials and congressional aides said": the first conjunct is checked
        return False
    return _has_anonymity_clause(ctx, i)


def _indefinite_or_anonymous(ctx: Context, first: int, root: int) -> bool:
    return ctx.tokens[first].text.lower() in _SINGULAR_DETERMINERS or _has_anonymity_clause(ctx, root)


def _has_anonymity_clause(ctx: Context, i: int) -> bool:
    low, high = ctx.analysis.subtree(i)
    if high - low > 40:
        return False
    start, end = ctx.chars(low, high)
    return _ANONYMITY.search(ctx.text, start, end) is not None


def _is_source_noun(ctx: Context, i: int) -> bool:
    token = ctx.tokens[i]
    if token.ent == "NORP":
        return True  # "the Chinese have refused", "Democrats argue"
    if token.ent in ("PERSON", "ORG", "GPE"):
        return False  # named: the entity finder handles it
    word = token.text.lower()
    return word in SOURCE_NOUNS or token.lemma.lower() in SOURCE_NOUNS or bool(_AGENT_SUFFIX.search(word))


def _mention(ctx: Context, first: int, last: int, root: int) -> GroupMention | None:
    """The phrase as printed: the base noun phrase plus conjoined nouns (``officials and aides``)."""
    tokens = ctx.tokens
    while first < last and tokens[first].pos == "PRON" and tokens[first].tag in ("PRP", "WP"):
        first += 1
    if first >= last:
        return None
    base_last = last
    for child in ctx.analysis.children[root]:
        if tokens[child].dep == "conj" and tokens[child].pos == "NOUN" and child > root and child - root <= 6:
            last = max(last, child + 1)
        elif tokens[child].dep in ("relcl", "acl", "advcl") and child > root:
            # "who asked not to be named": the anonymity is part of who the source is
            clause_first, clause_last = ctx.analysis.subtree(child)
            clause_start, clause_end = ctx.chars(clause_first, clause_last)
            formula = _ANONYMITY.search(ctx.text, clause_start, clause_end)
            if clause_last - root <= 15 and formula is not None:
                last = max(last, _through(ctx, clause_first, clause_last, formula.end()))
    while last > base_last and tokens[last - 1].pos == "PUNCT":
        last -= 1
    start, end = ctx.chars(first, last)
    modifier = _modifier_entity(ctx, first, root)
    return GroupMention(start, end, ctx.text[start:end], _kind(ctx, first, root), root, modifier)


def _through(ctx: Context, first: int, last: int, end: int) -> int:
    """The clause ``[first, last)`` kept up to the anonymity formula ending at char ``end``: the name keeps
    that the source is unnamed, not why (``who spoke on condition of anonymity`` without ``to discuss ...``)."""
    return max((i + 1 for i in range(first, last) if ctx.tokens[i].end <= end), default=last)


def _modifier_entity(ctx: Context, first: int, root: int) -> Entity | None:
    """``Chinese state media``, ``U.S. officials``, ``Biden administration officials``: who the group belongs to."""
    for i in range(first, root):
        entity = ctx.entity_at(i)
        if entity is not None and entity.label in ("ORG", "GPE", "NORP") and entity.last <= root:
            return entity
    return None


INSTITUTION_NOUNS = frozenset(
    {
        "government",
        "ministry",
        "administration",
        "regime",
        "military",
        "army",
        "agency",
        "newspaper",
        "daily",
        "tabloid",
        "broadcaster",
        "outlet",
        "press",
        "media",
        "delegation",
        "campaign",
        "police",
        "authorities",
    }
)


def _kind(ctx: Context, first: int, root: int) -> ActorKind:
    token = ctx.tokens[root]
    if (
        token.tag == "NN"
        and token.text.lower() in INSTITUTION_NOUNS
        and token.text.lower() not in ("media", "press", "police")
    ):
        return ActorKind.ORGANIZATION  # "the government said", "a ministry statement"
    if token.tag in ("NNS", "NNPS") or token.text.lower() in ("media", "press", "police", "people", "authorities"):
        return ActorKind.GROUP
    if token.ent == "NORP" and ctx.tokens[first].text.lower() == "the":
        return ActorKind.GROUP  # "the Chinese"
    if nouns.noun_class(token.text, token.lemma) == "person":
        # "a former aide", "one official": one unnamed person, as "the official said" is to the quotes plugin
        return ActorKind.PERSON
    return ActorKind.UNKNOWN
