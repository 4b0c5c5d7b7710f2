"""Gender from the whole article: honorifics, gendered role nouns and every pronoun that resolves.

Researchers count the gender of sources (GenderGapTracker's whole product),
so an actor's gender should be what a reader takes from the text, with the
kind of evidence recorded (``Actor.gender_source``):

* ``honorific``: ``Mr.``, ``Mrs``, ``Ms.`` before a mention;
* ``role``: a gendered noun the text uses for the person (``spokeswoman``,
  ``his wife, Irina``, ``Congressman``);
* ``pronoun``: he/him/his/himself or she/her/hers/herself that refers to
  the person anywhere in the article, not only in attributions.

Pronouns are resolved conservatively, the way a careful reader would when
only counting: a pronoun votes for a person only when that person is the one
*compatible* candidate in reach (mentioned earlier in the same sentence or in
the sentence before; further back only when those name nobody). Unnamed
singular person phrases (``the officer``, ``a woman``) are candidates too,
so ``The officer said he ...`` does not vote for someone named earlier.
Genders found in one round rule candidates out in the next (``Mayor Karen
Holt met developer Steven Marsh to discuss his plan``: once Holt is known
to be a woman, ``his`` can only be Marsh), until nothing changes.
Object pronouns never refer to the subject of their own verb (``Ouellette,
who shared an office with him``), reflexives only to it.

A person keeps a pronoun gender only when at least three quarters of their
votes agree; an honorific or a role noun outranks pronouns.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

import attrs

from newsparse import Token, nouns
from newsparse_actors.context import Context

PRONOUN_GENDER = {
    "he": "male",
    "him": "male",
    "his": "male",
    "himself": "male",
    "she": "female",
    "her": "female",
    "hers": "female",
    "herself": "female",
}
_OBJECT_DEPS = frozenset({"dobj", "obj", "pobj", "iobj", "dative"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_REFLEXIVE = frozenset({"himself", "herself"})
_DESCRIPTIVE_DEPS = frozenset({"appos", "attr", "conj", "npadvmod"})
#: Share of a person's pronoun votes that must agree for the gender to be kept.
AGREEMENT = 2 / 3
_MAX_ROUNDS = 4
#: A subject pronoun read as continuing the last sentence's subject is weaker evidence than a lone candidate.
SALIENCE_WEIGHT = 0.5
_LOOKBACK_SENTENCES = 6


@attrs.define
class PersonEvidence:
    """What is known about one person before pronouns: mentions and strong evidence."""

    spans: Sequence[tuple[int, int]]
    gender: str | None = None  # from an honorific or a role noun
    source: str | None = None  # "honorific" | "role"


@attrs.frozen
class _Candidate:
    token: int  # first token of the mention
    person: int  # index into the people list; -1 for an unnamed person phrase
    sentence: int
    subject_of: int | None  # the verb the mention is the subject of (directly or through "who")
    gender: str | None = None  # known gender of an unnamed phrase ("a woman")


def assign_genders(ctx: Context, people: Sequence[PersonEvidence]) -> list[tuple[str | None, str | None]]:
    """``(gender, source)`` for each person, from honorifics, role nouns and pronouns."""
    candidates = _candidates(ctx, people)
    if not candidates:
        return [(p.gender, p.source if p.gender else None) for p in people]
    starts = [c.token for c in candidates]
    pronouns = [t for t in ctx.tokens if _voting_pronoun(t)]
    known: dict[int, str] = {i: p.gender for i, p in enumerate(people) if p.gender}
    votes: dict[int, dict[str, float]] = {}
    for _ in range(_MAX_ROUNDS):
        votes = _vote(ctx, pronouns, candidates, starts, known)
        updated = dict(known)
        for number, counter in votes.items():
            if people[number].gender:
                continue
            gender, count = max(counter.items(), key=lambda item: item[1])
            if count / sum(counter.values()) >= AGREEMENT:
                updated[number] = gender
            else:
                updated.pop(number, None)
        if updated == known:
            break
        known = updated
    result: list[tuple[str | None, str | None]] = []
    for number, person in enumerate(people):
        if person.gender:
            result.append((person.gender, person.source))
        elif number in known:
            result.append((known[number], "pronoun"))
        else:
            result.append((None, None))
    return result


def _voting_pronoun(token: Token) -> bool:
    """Subject, possessive and reflexive pronouns vote; object pronouns do not.

    An object pronoun usually points past the nearest person (``Price said
    she owed her career to him``: him is not Price), which the reach rule
    cannot see; subjects and possessives follow the nearest topic reliably.
    """
    lower = token.text.lower()
    if lower not in PRONOUN_GENDER or token.pos not in ("PRON", "DET"):
        return False
    return lower in _REFLEXIVE or token.dep in _SUBJECT_DEPS or token.dep == "poss" or lower in ("his", "hers")


def _candidates(ctx: Context, people: Sequence[PersonEvidence]) -> list[_Candidate]:
    """Every place a pronoun could point back to: person mentions and unnamed singular person phrases."""
    found: dict[int, _Candidate] = {}
    covered: set[int] = set()
    for number, person in enumerate(people):
        for start, end in person.spans:
            tokens = ctx.analysis.tokens_in(start, end)
            if not tokens:
                continue
            covered.update(t.i for t in tokens)
            if tokens[0].text.lower() in PRONOUN_GENDER:
                continue
            head = ctx.head_of_range(tokens[0].i, tokens[-1].i + 1)
            found[tokens[0].i] = _Candidate(tokens[0].i, number, tokens[0].sent, _subject_of(ctx, head))
    for chunk in ctx.analysis.chunks:
        root = ctx.tokens[chunk.root]
        if chunk.root in covered or root.pos != "NOUN" or root.tag != "NN" or root.ent:
            continue
        if root.dep in _DESCRIPTIVE_DEPS or root.head in covered or covered.intersection(ctx.analysis.children[root.i]):
            continue  # "Amara Osei, an epidemiologist": a description of someone named, not someone else
        if nouns.noun_class(root.text, root.lemma) != "person":
            continue
        found.setdefault(
            chunk.first,
            _Candidate(chunk.first, -1, root.sent, _subject_of(ctx, chunk.root), nouns.noun_gender(root.text)),
        )
    return sorted(found.values(), key=lambda c: c.token)


def _subject_of(ctx: Context, head: int) -> int | None:
    """The verb whose subject this mention is: directly, or through an appositive relative ``who``."""
    token = ctx.tokens[head]
    while token.dep == "conj" and token.head != token.i:
        token = ctx.tokens[token.head]  # "Tom Baker and Lisa Grant met": both are subjects
    if token.dep in _SUBJECT_DEPS:
        return token.head
    for child in ctx.analysis.children[head]:
        clause = ctx.tokens[child]
        if clause.dep == "relcl" and any(
            ctx.tokens[k].dep in _SUBJECT_DEPS and ctx.tokens[k].text.lower() in ("who", "that")
            for k in ctx.analysis.children[child]
        ):
            return child
    return None


def _vote(
    ctx: Context, pronouns: list[Token], candidates: list[_Candidate], starts: list[int], known: dict[int, str]
) -> dict[int, dict[str, float]]:
    votes: dict[int, dict[str, float]] = {}
    for pronoun in pronouns:
        gender = PRONOUN_GENDER[pronoun.text.lower()]
        said = _reporting_subject(ctx, pronoun, candidates, starts)
        reach = [said] if said is not None and known.get(said.person, gender) == gender else None
        reach = reach or _in_reach(ctx, pronoun, candidates, starts)
        compatible: dict[int, _Candidate] = {}
        unnamed = False
        for candidate in reach:
            if not _binding_allows(pronoun, candidate, ctx):
                continue
            if candidate.person < 0:
                if candidate.gender in (None, gender):
                    unnamed = True
                continue
            if known.get(candidate.person, gender) == gender:
                compatible.setdefault(candidate.person, candidate)
        if unnamed or not compatible:
            continue
        if len(compatible) == 1:
            person = next(iter(compatible))
            _add(votes, person, gender, 1.0)
        elif pronoun.dep in _SUBJECT_DEPS and not _told(ctx, pronoun):
            topic = _topic(compatible.values(), reach)
            if topic is not None:
                _add(votes, topic, gender, SALIENCE_WEIGHT)
    return votes


def _add(votes: dict[int, dict[str, float]], person: int, gender: str, weight: float) -> None:
    counter = votes.setdefault(person, {})
    counter[gender] = counter.get(gender, 0.0) + weight


def _told(ctx: Context, pronoun: Token) -> bool:
    """``Park told Kaminski he ...``: the pronoun's clause reports to a person, who may be the one meant."""
    clause = ctx.tokens[pronoun.head]
    if clause.dep != "ccomp":
        return False
    return any(_person_object(ctx, k) for k in ctx.analysis.children[clause.head])


def _topic(compatible: Iterable[_Candidate], reach: list[_Candidate]) -> int | None:
    """``Viguerie praised Cruz. He said ...``: the one person who was a subject in the nearest sentence."""
    nearest = max(c.sentence for c in reach)
    subjects = {c.person for c in compatible if c.sentence == nearest and c.subject_of is not None}
    others = {c.person for c in reach if c.sentence == nearest and c.subject_of is not None} - subjects
    return next(iter(subjects)) if len(subjects) == 1 and not others else None


def _reporting_subject(
    ctx: Context, pronoun: Token, candidates: list[_Candidate], starts: list[int]
) -> _Candidate | None:
    """The person a pronoun most plainly means, when the syntax says it.

    ``Fischer said she pressed the alarm`` / ``said her hands``: the subject
    of the verb that reports the pronoun's clause. ``Holt has opposed it since
    her campaign``: the subject of the possessive's own clause. Not when the
    verb also has a person object (``Park told Kaminski he had ...``).
    """
    tokens = ctx.tokens
    word = tokens[pronoun.head] if pronoun.dep == "poss" else pronoun
    verb: int | None = None
    if word.dep in _SUBJECT_DEPS:
        clause = tokens[word.head]
        if clause.dep == "ccomp" and clause.head != clause.i:
            verb = clause.head
    elif pronoun.dep == "poss":
        verb = _governing_verb(ctx, word)
    if verb is None or any(_person_object(ctx, k) for k in ctx.analysis.children[verb]):
        return None  # "Park told Kaminski he had ...": he may be the one told
    end = bisect.bisect_left(starts, pronoun.i)
    for candidate in candidates[max(0, end - 8) : end]:
        if candidate.person >= 0 and candidate.subject_of == verb:
            return candidate
    return None


def _person_object(ctx: Context, i: int) -> bool:
    token = ctx.tokens[i]
    if token.dep not in ("dobj", "dative", "iobj"):
        return False
    return (
        token.ent == "PERSON"
        or token.pos == "PROPN"
        or token.text.lower() in ("him", "her", "me", "us")
        or (token.pos == "NOUN" and nouns.noun_class(token.text, token.lemma) == "person")
    )


def _in_reach(ctx: Context, pronoun: Token, candidates: list[_Candidate], starts: list[int]) -> list[_Candidate]:
    """Candidates before the pronoun in its sentence and the one before; further back if those are empty."""
    end = bisect.bisect_left(starts, pronoun.i)
    sentence = pronoun.sent
    reach: list[_Candidate] = []
    index = end - 1
    floor = sentence - 1
    while index >= 0:
        candidate = candidates[index]
        if candidate.sentence < floor:
            if (
                reach
                or floor <= sentence - _LOOKBACK_SENTENCES
                or not _same_or_adjacent_paragraph(ctx, candidates[index].token, pronoun)
            ):
                break
            floor -= 1
            continue
        reach.append(candidate)
        index -= 1
    return reach


def _same_or_adjacent_paragraph(ctx: Context, token_index: int, pronoun: Token) -> bool:
    paragraphs = ctx.analysis.paragraph_starts
    here = bisect.bisect_right(paragraphs, pronoun.start)
    there = bisect.bisect_right(paragraphs, ctx.tokens[token_index].start)
    return here - there <= 1


def _binding_allows(pronoun: Token, candidate: _Candidate, ctx: Context) -> bool:
    """Object pronouns skip their verb's subject; reflexives need it."""
    lower = pronoun.text.lower()
    if lower in _REFLEXIVE:
        return candidate.subject_of is not None and candidate.subject_of == _governing_verb(ctx, pronoun)
    if pronoun.dep in _OBJECT_DEPS and lower in ("him", "her"):
        verb = _governing_verb(ctx, pronoun)
        return candidate.subject_of is None or candidate.subject_of != verb
    return True


def _governing_verb(ctx: Context, token: Token) -> int:
    """The verb a pronoun belongs to (through a preposition: ``shared an office with him``)."""
    index = token.head
    for _ in range(4):
        head = ctx.tokens[index]
        if head.pos in ("VERB", "AUX") or head.head == index:
            return index
        index = head.head
    return index
