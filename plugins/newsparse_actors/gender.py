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
only counting, in this order:

1. syntax: the subject of the verb that reports the pronoun's clause
   (``Fischer said she pressed the alarm``), or of the possessive's own
   clause (``Holt has opposed it since her campaign``); but someone
   introduced as another person's aide or relative (``Marchetti's
   spokesman, Daniel Reyes,``, ``His lawyer, Rachel Stein,``) mostly speaks
   about that principal, so the pronoun means the principal unless their
   genders differ;
2. the speaker continued: ``"...," Ruiz said. "...," she added``;
3. salience (after Lappin and Leass, and centering): mentions in the
   sentence and the few before weigh more the closer they are and, for a
   subject pronoun, the more they are subjects; pronouns already resolved
   count as mentions. The most salient compatible person takes the vote only
   with a clear lead over every other compatible candidate, named or not.

Unnamed singular person phrases (``the officer``, ``a woman``) are
candidates too, so ``The officer said he ...`` does not vote for someone
named earlier. Pronouns and names inside a quotation belong to the speaker's
discourse, not the narration's (:mod:`.quoted`), and take no part. Genders
found in one round rule candidates out in the next (``Mayor Karen Holt met
developer Steven Marsh to discuss his plan``: once Holt is known to be a
woman, ``his`` can only be Marsh), until nothing changes. Object pronouns
never refer to the subject of their own verb (``Ouellette, who shared an
office with him``), reflexives only to it, the subject of a speech verb
never to a name in the clause it reports (``Hamann, she said, taught her``),
and no pronoun to a name later in the clause or noun phrase it commands
(``He calls Breck's budget a shell game``, ``his criticism of Munro``).

A person keeps a pronoun gender only when at least two thirds of their
votes agree; an honorific or a role noun outranks pronouns.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from newsparse import Token, nouns
from newsparse_actors.context import Context
from newsparse_actors.groups import SPEECH_LEMMAS as _SPEECH

#: Verbs that give a speaker the turn (``he continued, "..."``): the speech verbs and a few narrating ones.
SPEECH_LEMMAS = _SPEECH | frozenset({"continue", "speak", "joke", "quip", "recount", "elaborate"})

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
_PRONOUN_POS = frozenset({"PRON", "DET"})
_NOT_A_PERSON = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
_DESCRIPTIVE_DEPS = frozenset({"appos", "attr", "conj", "npadvmod"})
#: Clauses whose subject pronoun means the subject of the verb they hang on: the clause it reports
#: (``Fischer said she ...``) and a clause conjoined with it (``Reid said ..., but he gave``).
_SUBJECT_CLAUSES = frozenset({"ccomp", "conj"})
#: Share of a person's pronoun votes that must agree for the gender to be kept.
AGREEMENT = 2 / 3
_MAX_ROUNDS = 4
#: How many heads up a pronoun's clause is followed before giving up (a parse tree's depth in news prose).
_MAX_CLIMB = 12
#: Weight of a vote the syntax gives (the reporting verb's subject) against one from continuation or salience.
SYNTAX_WEIGHT = 2.0
#: How many times more salient than any other compatible candidate a person must be to take a pronoun's vote.
CLEAR_LEAD = 2.0
#: Salience lost per sentence between a mention and the pronoun.
DECAY = 0.5
#: Salience of the subject of a sentence's main verb, and of any other subject, against an object's 1.
MAIN_SUBJECT = 2.0
SUBJECT = 1.5
_SPEAKER_REACH = 2
#: Nouns for someone who speaks for another person (``Marchetti's spokesman``, ``his campaign manager``).
AGENT_NOUNS = frozenset(
    {
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "aide",
        "adviser",
        "advisor",
        "lawyer",
        "attorney",
        "counsel",
        "manager",
        "chief",
        "assistant",
        "strategist",
        "consultant",
        "pollster",
        "publicist",
        "agent",
        "surrogate",
        "staffer",
        "coach",
        "deputy",
    }
)
#: Sentences before the pronoun whose mentions still compete for it.
WINDOW = 3
_LOOKBACK_SENTENCES = 6


@attrs.define
class PersonEvidence:
    """What is known about one person before pronouns: mentions and strong evidence."""

    spans: Sequence[tuple[int, int]]
    gender: str | None = None  # from an honorific or a role noun
    source: str | None = None  # "honorific" | "role"


@attrs.frozen
class _Principal:
    """Whose aide or relative a person was introduced as: a person (index) or a gendered possessive pronoun."""

    person: int | None = None
    gender: str | None = None


@attrs.frozen
class _Resolved:
    """A pronoun already read: where it stands and whom it was taken to mean (``None``: undecided)."""

    token: int
    sentence: int
    person: int | None
    gender: str
    subject: bool


@attrs.frozen
class _Candidate:
    token: int  # first token of the mention
    person: int  # index into the people list; -1 for an unnamed person phrase
    sentence: int
    subject_of: int | None  # the verb the mention is the subject of (directly or through "who")
    main_subject: bool = False  # the subject of its sentence's main verb (or a verb conjoined with it)
    gender: str | None = None  # known gender of an unnamed phrase ("a woman")


def assign_genders(ctx: Context, people: Sequence[PersonEvidence]) -> list[tuple[str | None, str | None]]:
    """``(gender, source)`` for each person, from honorifics, role nouns and pronouns."""
    candidates = _candidates(ctx, people)
    if not candidates:
        return [(p.gender, p.source if p.gender else None) for p in people]
    principals = _principals(ctx, people)
    starts = [c.token for c in candidates]
    quoted = ctx.quoted
    # the part-of-speech test first, inline: it rules out nine tokens in ten without a call
    pronouns = [t for t in ctx.tokens if t.pos in _PRONOUN_POS and _voting_pronoun(t) and not quoted[t.i]]
    known: dict[int, str] = {i: p.gender for i, p in enumerate(people) if p.gender}
    votes: dict[int, dict[str, float]] = {}
    for _ in range(_MAX_ROUNDS):
        votes = _vote(ctx, pronouns, candidates, starts, known, principals)
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
    if token.pos not in _PRONOUN_POS:
        return False
    lower = token.text.lower()
    if lower not in PRONOUN_GENDER:
        return False
    return lower in _REFLEXIVE or token.dep in _SUBJECT_DEPS or token.dep == "poss" or lower in ("his", "hers")


def _candidates(ctx: Context, people: Sequence[PersonEvidence]) -> list[_Candidate]:
    """Every place a pronoun could point back to: person mentions and unnamed singular person phrases."""
    found: dict[int, _Candidate] = {}
    covered: set[int] = set()
    spans = [(span, number) for number, person in enumerate(people) for span in person.spans]
    # the narrowest span first: "Ellsworth" before "Ellsworth's adviser", which describes someone else
    for (start, end), number in sorted(spans, key=lambda item: item[0][1] - item[0][0]):
        tokens = ctx.analysis.tokens_in(start, end)
        if not tokens:
            continue
        covered.update(t.i for t in tokens)
        if tokens[0].text.lower() in PRONOUN_GENDER:
            continue
        if ctx.quoted[tokens[0].i]:
            continue
        head = ctx.head_of_range(tokens[0].i, tokens[-1].i + 1)
        verb = _subject_of(ctx, head)
        found.setdefault(tokens[0].i, _Candidate(tokens[0].i, number, tokens[0].sent, verb, _is_main(ctx, verb)))
    for entity in ctx.analysis.entities:
        if entity.label != "PERSON" or covered.intersection(range(entity.first, entity.last)):
            continue
        if ctx.quoted[entity.first] or ctx.tokens[entity.first].text.lower() in PRONOUN_GENDER:
            continue  # a person NER found but no actor was made of: someone all the same
        head = ctx.head_of_range(entity.first, entity.last)
        if _describes_another_person(ctx, head):
            continue  # "Clinton campaign manager Robby Mook": Clinton describes Mook
        verb = _subject_of(ctx, head)
        found.setdefault(entity.first, _Candidate(entity.first, -1, ctx.tokens[head].sent, verb, _is_main(ctx, verb)))
        covered.update(range(entity.first, entity.last))
    for chunk in ctx.analysis.chunks:
        root = ctx.tokens[chunk.root]
        if chunk.root in covered or ctx.quoted[chunk.root] or root.pos != "NOUN" or root.tag != "NN" or root.ent:
            continue
        if _describes_someone(ctx, chunk.last, root, covered) or not _refers(ctx, root):
            continue
        if nouns.noun_class(root.text, root.lemma) != "person":
            continue
        verb = _subject_of(ctx, chunk.root)
        found.setdefault(
            chunk.first,
            _Candidate(chunk.first, -1, root.sent, verb, _is_main(ctx, verb), nouns.noun_gender(root.text)),
        )
    return sorted(found.values(), key=lambda c: c.token)


def _describes_another_person(ctx: Context, head: int) -> bool:
    """A name used as a modifier in a phrase for someone else: ``Clinton campaign manager Robby Mook``.

    The name only describes the person the phrase is about, so it is no
    rival for a pronoun that follows (``... Robby Mook released a memo. He
    writes``). A name modifying a thing still introduces its bearer (``a
    Hillary Clinton administration ... her campaign``).
    """
    token = ctx.tokens[head]
    for _ in range(6):
        if token.dep != "compound" or token.head == token.i:
            break
        token = ctx.tokens[token.head]
    else:
        return False
    if token.i == head:
        return False
    return token.ent == "PERSON" or (token.pos == "NOUN" and nouns.noun_class(token.text, token.lemma) == "person")


def _describes_someone(ctx: Context, end: int, root: Token, covered: set[int]) -> bool:
    """A person phrase that describes someone rather than introducing another person (not after *there is*).

    ``Amara Osei, an epidemiologist,`` and ``host Chris Cuomo`` (a title
    right before a name) describe someone named; ``served as a senator``
    (a predicative ``as``) describes the clause's subject.
    """
    if (
        (root.dep in _DESCRIPTIVE_DEPS and not _existential(ctx, root))
        or root.head in covered
        or covered.intersection(ctx.analysis.children[root.i])
    ):
        return True
    if end in covered:
        return True
    head = ctx.tokens[root.head]
    return root.dep == "pobj" and head.text.lower() == "as"


#: Determiners that make a singular noun phrase ask about or quantify over people rather than name one.
_NON_REFERRING = frozenset(
    {"which", "what", "whose", "whichever", "whatever", "any", "no", "every", "each", "either", "neither"}
)


def _refers(ctx: Context, root: Token) -> bool:
    """A singular person noun that introduces someone a pronoun could mean.

    English needs a determiner or a possessive before a singular count noun
    for it to refer: a bare one names an office or a role
    (``the third candidate for president``, ``ran for governor``), and one
    with an interrogative or quantifying determiner refers to no one in
    particular (``hasn't decided which candidate she will back``, ``no
    senator``). Neither may block the person a pronoun plainly means.
    """
    determiners = [
        ctx.tokens[k] for k in ctx.analysis.children[root.i] if ctx.tokens[k].dep in ("det", "poss", "predet", "nummod")
    ]
    return bool(determiners) and not any(d.text.lower() in _NON_REFERRING for d in determiners)


def _existential(ctx: Context, root: Token) -> bool:
    """``there is only one candidate running``: the noun after an existential *there* introduces someone."""
    return root.dep == "attr" and any(ctx.tokens[k].dep == "expl" for k in ctx.analysis.children[root.head])


def _is_main(ctx: Context, verb: int | None) -> bool:
    """``verb`` is its sentence's main verb, or conjoined with it (``Trump spoke and said``)."""
    if verb is None:
        return False
    token = ctx.tokens[verb]
    if token.dep == "conj":
        token = ctx.tokens[token.head]
    return token.head == token.i


def _subject_of(ctx: Context, head: int) -> int | None:
    """The verb whose subject this mention is: directly, through the description it names, or through ``who``.

    ``Quincy's chief of staff, Megan Lorimer, said``: the parser makes the
    description the subject and the name its appositive; the name is the
    subject all the same.
    """
    token = ctx.tokens[head]
    while token.dep == "conj" and token.head != token.i:
        token = ctx.tokens[token.head]  # "Tom Baker and Lisa Grant met": both are subjects
    if token.dep == "appos" and token.head < token.i and ctx.tokens[token.head].dep in _SUBJECT_DEPS:
        token = ctx.tokens[token.head]
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


def _principals(ctx: Context, people: Sequence[PersonEvidence]) -> dict[int, _Principal]:
    """People introduced as someone's aide or relative, with that principal (see :func:`_principal_of`)."""
    owner: dict[int, int] = {}
    spans = [(span, number) for number, person in enumerate(people) for span in person.spans]
    for (start, end), number in sorted(spans, key=lambda item: item[0][0] - item[0][1]):
        for token in ctx.analysis.tokens_in(start, end):  # the narrowest span: "Quincy" in "Quincy's chief of staff"
            owner[token.i] = number
    found: dict[int, _Principal] = {}
    for number, person in enumerate(people):
        for start, end in sorted(person.spans):  # as introduced: the first mention in the narration
            tokens = ctx.analysis.tokens_in(start, end)
            if not tokens or ctx.quoted[tokens[0].i]:
                continue
            if ctx.tokens[ctx.head_of_range(tokens[0].i, tokens[-1].i + 1)].pos != "PROPN":
                continue  # "Marchetti's spokesman", the description before the name
            principal = _principal_of(ctx, tokens[0].i, tokens[-1].i + 1, owner)
            if principal is not None and principal.person != number:
                found[number] = principal
            break
    return found


def _principal_of(ctx: Context, first: int, last: int, owner: dict[int, int]) -> _Principal | None:
    """``Marchetti's spokesman, Daniel Reyes,`` / ``Gwen Tolliver, his adviser,``: whose agent the name is.

    An agent noun (:data:`AGENT_NOUNS`) in apposition to the name (before or
    after it) with a possessive that is a person (a name or ``his``/``her``);
    not an organization's (``the company's spokeswoman``), which speaks for
    no one a pronoun could mean, and not a rival's or a relative's, who speak
    for themselves as often as about that person.
    """
    tokens = ctx.tokens
    head = ctx.head_of_range(first, last)
    nouns_said = [c for c in ctx.analysis.children[head] if tokens[c].dep == "appos" and c >= last]
    if tokens[head].dep == "appos" and tokens[head].head < first:
        nouns_said.append(tokens[head].head)
    for noun in nouns_said:
        word = tokens[noun]
        if word.pos != "NOUN" or word.lemma.lower() not in AGENT_NOUNS:
            continue
        for child in ctx.analysis.children[noun]:
            possessor = tokens[child]
            if possessor.dep != "poss":
                continue
            lower = possessor.text.lower()
            if lower in ("his", "her"):
                return _Principal(gender=PRONOUN_GENDER[lower])
            if child in owner:
                return _Principal(person=owner[child])
    return None


def _vote(
    ctx: Context,
    pronouns: list[Token],
    candidates: list[_Candidate],
    starts: list[int],
    known: dict[int, str],
    principals: dict[int, _Principal],
) -> dict[int, dict[str, float]]:
    votes: dict[int, dict[str, float]] = {}
    chain: list[_Resolved] = []
    for pronoun in pronouns:
        gender = PRONOUN_GENDER[pronoun.text.lower()]
        person, weight = _resolve(ctx, pronoun, gender, candidates, starts, known, chain, principals)
        chain.append(_Resolved(pronoun.i, pronoun.sent, person, gender, pronoun.dep in _SUBJECT_DEPS))
        if person is not None:
            _add(votes, person, gender, weight)
    return votes


def _resolve(
    ctx: Context,
    pronoun: Token,
    gender: str,
    candidates: list[_Candidate],
    starts: list[int],
    known: dict[int, str],
    chain: list[_Resolved],
    principals: dict[int, _Principal],
) -> tuple[int | None, float]:
    """The person one pronoun votes for (or ``None``) and the vote's weight.

    Syntax first, then the speaker continued, then salience. A vote from
    syntax counts double: when a person's votes disagree, ``Crawford said
    she ...`` outweighs a pronoun that only salience or continuation gave her.
    """
    barred = (
        _commanded_later(ctx, pronoun, candidates, starts)
        | _receivers(ctx, pronoun, candidates, starts)
        | _described(ctx, pronoun, candidates, starts)
    )
    said = _reporting_subject(ctx, pronoun, candidates, starts)
    if said is not None and said.person in barred:
        said = None
    if said is not None and known.get(said.person, gender) == gender and _binding_allows(pronoun, said, ctx):
        principal = principals.get(said.person)
        if principal is None or _named_later(pronoun, principal, candidates, starts):
            return said.person, SYNTAX_WEIGHT
        return _aide_reading(said.person, principal, gender, known)
    person = _continued_speaker(ctx, pronoun, candidates, starts)
    if person is None:
        person = _preposed_for_subject(ctx, pronoun, candidates, starts)
    if person is None:
        person = _adverbial_subject(ctx, pronoun, gender, candidates, starts, known)
    if person is not None and known.get(person, gender) == gender and person not in barred:
        return person, 1.0
    person = _most_salient(ctx, pronoun, gender, candidates, starts, known, chain, barred)
    principal = principals.get(person) if person is not None else None
    if person is not None and principal is not None and not _named_later(pronoun, principal, candidates, starts):
        aide, _ = _aide_reading(person, principal, gender, known)
        return (aide, 1.0) if aide == person else (None, 1.0)  # salience alone does not pick the principal
    return person, 1.0


def _aide_reading(aide: int, principal: _Principal, gender: str, known: dict[int, str]) -> tuple[int | None, float]:
    """``Marchetti's spokesman, Daniel Reyes, said she had agreed``: an aide's *she* is mostly the principal.

    The aide keeps the pronoun only when the principal's gender is known
    and differs (``His lawyer, Rachel Stein, said she would appeal``); a
    named principal known to have the pronoun's gender takes the vote (at
    the weight of salience, not syntax); otherwise the pronoun stays
    undecided (until a later round knows the principal's gender).
    """
    principal_gender = known.get(principal.person) if principal.person is not None else principal.gender
    if principal_gender is None:
        return None, 1.0  # to be read again once the principal's gender is known
    if principal_gender != gender:
        return aide, SYNTAX_WEIGHT
    return principal.person, 1.0


def _named_later(pronoun: Token, principal: _Principal, candidates: list[_Candidate], starts: list[int]) -> bool:
    """``Crawford said she still doesn't know what inspired Maples's change of heart``: *she* is not Maples."""
    if principal.person is None:
        return False
    index = bisect.bisect_right(starts, pronoun.i)
    while index < len(candidates) and candidates[index].sentence == pronoun.sent:
        if candidates[index].person == principal.person:
            return True
        index += 1
    return False


def _continued_speaker(ctx: Context, pronoun: Token, candidates: list[_Candidate], starts: list[int]) -> int | None:
    """``"...," Ruiz said. "...," she added``: a pronoun speaker continues the last speaker named.

    News writing names a new speaker when the speaker changes, so a pronoun
    that is the subject of a speech verb continues the person last named in
    the narration (mentions inside quotation marks do not count) as the
    speaker, or as the main subject and only person, of the sentence before
    or the one before that, when nobody was mentioned since; or the speaker
    of the sentence before when everyone mentioned since stands inside what
    that speaker said (``McConnell said it was wrong for Ginsburg to criticize
    Trump. He said ...``). Never a name in the clause the pronoun itself
    reports (``Hamann, she said, taught her``).
    """
    if pronoun.dep != "nsubj" or ctx.tokens[pronoun.head].lemma not in SPEECH_LEMMAS:
        return None
    end = bisect.bisect_left(starts, pronoun.i)
    while end > 0 and _reports_clause_of(ctx, pronoun, candidates[end - 1]) and candidates[end - 1].person < 0:
        end -= 1  # "The amount a student owes is affordable, he said": the student is not the speaker
    if end == 0:
        return None
    last = candidates[end - 1]
    if ctx.narration_distance(last.sentence, pronoun.sent) > _SPEAKER_REACH:
        return None
    if last.main_subject or last.sentence == pronoun.sent:
        speaker = _named_speaker(ctx, candidates, end - 1)
    else:
        speaker = _speaker_of_previous(ctx, pronoun, candidates, end)
    if speaker is None or _reports_clause_of(ctx, pronoun, speaker):
        return None
    return speaker.person


def _preposed_for_subject(ctx: Context, pronoun: Token, candidates: list[_Candidate], starts: list[int]) -> int | None:
    """``Early in his campaign, Trump attacked Romney``: a possessive in a phrase put before the subject is its.

    A pronoun in an adverbial phrase or clause that opens the sentence
    (``Despite his dislike for the establishment, Cruz ...``, ``One month
    after announcing his support, Rubio ...``) looks ahead to the main
    clause's subject (backward anaphora), when that subject is a named person
    and nobody else is mentioned before the pronoun in the sentence or the
    :data:`WINDOW` before it (else the topic so far is as likely meant).
    """
    if pronoun.dep != "poss":
        return None
    index = bisect.bisect_left(starts, pronoun.i)
    if index > 0 and candidates[index - 1].sentence == pronoun.sent:
        return None
    opener = _sentence_opener(ctx, pronoun)
    if opener is None:
        return None
    earlier = {c.person for c in _window(ctx, pronoun, candidates, starts, pronoun.sent)}
    while index < len(candidates) and candidates[index].sentence == pronoun.sent:
        candidate = candidates[index]
        if candidate.subject_of == opener.head and candidate.main_subject:
            # "Schilling was suspended. After his suspension, Mendoza replaced him": his is the topic's
            return candidate.person if candidate.person >= 0 and earlier <= {candidate.person} else None
        index += 1
    return None


def _adverbial_subject(
    ctx: Context, pronoun: Token, gender: str, candidates: list[_Candidate], starts: list[int], known: dict[int, str]
) -> int | None:
    """``Teske is backing Clinton because he worries ...``: an adverbial clause's subject pronoun is its head's subject.

    A subordinate clause (``because``, ``although``, ``as`` ...) after its
    verb keeps that verb's named subject as the topic when nobody else in
    the sentence so far could be meant: only people the text gives the
    other gender (Clinton above) may stand in it. Anyone else compatible,
    before the subject too (``When a nurse returned, the governor ordered a
    quarantine, even though she ...``), leaves the pronoun to salience.
    """
    if pronoun.dep not in _SUBJECT_DEPS or pronoun.text.lower() not in ("he", "she"):
        return None
    clause = ctx.tokens[pronoun.head]
    if clause.dep != "advcl" or clause.head > clause.i:
        return None
    if not any(ctx.tokens[k].dep == "mark" for k in ctx.analysis.children[clause.i]):
        return None
    index = bisect.bisect_left(starts, pronoun.i) - 1
    subject: int | None = None
    while index >= 0 and candidates[index].sentence == pronoun.sent:
        candidate = candidates[index]
        if candidate.subject_of == clause.head and candidate.person >= 0 and subject is None:
            subject = candidate.person
        elif candidate.gender in (None, gender) and known.get(candidate.person, gender) == gender:
            return None  # someone else in the sentence who could be meant
        index -= 1
    return subject


def _named_subject_ahead(ctx: Context, pronoun: Token, candidates: list[_Candidate], starts: list[int]) -> int | None:
    """``Even as he accused the department, Giuliani would not speculate``: the subject *he* may look ahead to.

    A subject pronoun in an adverbial clause that opens the sentence, with
    nobody named before it in the sentence, is often the main clause's
    subject named after it (backward anaphora: ``When she was a prosecutor,
    Lynch ...``), and as often the topic before it. Salience, which only
    looks back, may keep its choice only when the two agree.
    """
    if pronoun.dep not in _SUBJECT_DEPS or pronoun.text.lower() not in ("he", "she"):
        return None
    index = bisect.bisect_right(starts, pronoun.i)
    if index > 0 and candidates[index - 1].sentence == pronoun.sent:
        return None  # "While Garland is 63, which means he has ...": Garland is nearer
    opener = _sentence_opener(ctx, pronoun)
    if opener is None or opener.dep != "advcl":
        return None
    while index < len(candidates) and candidates[index].sentence == pronoun.sent:
        if candidates[index].subject_of == opener.head and candidates[index].person >= 0:
            return candidates[index].person
        index += 1
    return None


def _sentence_opener(ctx: Context, pronoun: Token) -> Token | None:
    """The adverbial phrase or clause of the main verb that holds ``pronoun`` and stands before that verb."""
    token = pronoun
    for _ in range(12):
        head = ctx.tokens[token.head]
        if head.i == token.i:
            return None
        if head.head == head.i:  # the main verb
            return token if token.dep in ("prep", "advcl", "npadvmod", "advmod") and token.i < head.i else None
        token = head
    return None


def _named_speaker(ctx: Context, candidates: list[_Candidate], index: int) -> _Candidate | None:
    """The candidate at ``index`` if named and the subject of a speech verb, or the main subject and only person."""
    last = candidates[index]
    if last.person < 0 or last.subject_of is None:
        return None
    if ctx.tokens[last.subject_of].lemma in SPEECH_LEMMAS:
        return last
    alone = index == 0 or candidates[index - 1].sentence != last.sentence
    return last if last.main_subject and alone else None  # "Tom Baker and Lisa Grant met. She said": either


def _speaker_of_previous(ctx: Context, pronoun: Token, candidates: list[_Candidate], end: int) -> _Candidate | None:
    """The named main-clause speaker of the sentence before, when the later mentions are all inside what they said.

    Those mentions are content, whatever their gender (``Finch noted that
    Mr. Oduya had survived worse. Of the latest, he said``: Finch): only one
    who speaks there too (``Israel said Clinton called for unity``) could
    have taken the turn.
    """
    index = end - 1
    while index >= 0 and not candidates[index].main_subject:
        embedded = candidates[index]
        if ctx.narration_distance(embedded.sentence, pronoun.sent) != 1:
            return None
        if embedded.subject_of is not None and ctx.tokens[embedded.subject_of].lemma in SPEECH_LEMMAS:
            return None  # "Israel said Clinton called for unity. She added": another speaker

        index -= 1
    if index < 0 or ctx.narration_distance(candidates[index].sentence, pronoun.sent) != 1:
        return None
    speaker = candidates[index]
    if speaker.person < 0 or speaker.subject_of is None or ctx.tokens[speaker.subject_of].lemma not in SPEECH_LEMMAS:
        return None
    if index > 0 and candidates[index - 1].sentence == speaker.sentence and candidates[index - 1].main_subject:
        return None  # "Trump and Cruz said ...": either
    return speaker


def _most_salient(
    ctx: Context,
    pronoun: Token,
    gender: str,
    candidates: list[_Candidate],
    starts: list[int],
    known: dict[int, str],
    chain: list[_Resolved],
    barred: frozenset[int] = frozenset(),
) -> int | None:
    """The person a pronoun refers to when one compatible person clearly outweighs every other.

    Salience (after Lappin and Leass, and centering): each mention in the
    pronoun's sentence and the few before it weighs more the closer it is,
    and more as the subject of its sentence's main verb than as any other
    subject, than as an object. The most salient compatible person wins
    only when named in reach (this sentence or the one before) and at
    least :data:`CLEAR_LEAD` times as salient as the next compatible
    candidate, named or not; an unnamed person phrase earlier in the
    pronoun's own sentence (``The officer said he ...``) blocks the vote.
    Pronouns already read in the window are mentions too: one taken to mean
    a person adds to that person's salience (``Trump ... He ... his ...``
    keeps Trump the topic). An undecided one adds nothing (counting it for
    someone unknown cost 1.5 points of PolNeAR coverage, about two correct
    genders for each wrong one avoided).
    """
    if _told(ctx, pronoun) or _follows_subject_pronoun(ctx, pronoun, gender):
        return None
    reach = _in_reach(ctx, pronoun, candidates, starts)
    if not reach:
        return None
    near = {c.person for c in reach if c.person >= 0}
    scores: dict[int, float] = {}
    unnamed = 0.0
    controller = _object_control(ctx, pronoun)
    for candidate in _window(ctx, pronoun, candidates, starts, min(c.sentence for c in reach)):
        if candidate.person in barred or not _binding_allows(pronoun, candidate, ctx):
            continue
        if controller is not None and candidate.subject_of == controller:
            continue  # "Ruiz is asking Webb to release what she told the board": not Ruiz
        weight = _salience(ctx, pronoun, candidate, parallel=pronoun.dep in _SUBJECT_DEPS)
        if candidate.person < 0:
            if candidate.gender in (None, gender):
                if candidate.sentence == pronoun.sent:
                    return None
                unnamed += weight
        elif known.get(candidate.person, gender) == gender:
            scores[candidate.person] = scores.get(candidate.person, 0.0) + weight
    lowest = pronoun.sent - WINDOW
    parallel = pronoun.dep in _SUBJECT_DEPS
    for earlier in reversed(chain):
        if earlier.sentence < lowest:
            break
        if earlier.gender == gender and earlier.person in scores:
            weight = DECAY ** ctx.narration_distance(earlier.sentence, pronoun.sent)
            scores[earlier.person] += weight * (SUBJECT if parallel and earlier.subject else 1.0)
    if not scores:
        return None
    best = max(scores, key=lambda person: scores[person])
    second = max([unnamed] + [score for person, score in scores.items() if person != best])
    ahead = _named_subject_ahead(ctx, pronoun, candidates, starts)
    if ahead is not None and ahead != best:
        return None  # "Even as he accused the department, Giuliani would not": the topic or Giuliani
    if best in near and scores[best] >= CLEAR_LEAD * second:
        return best
    return None


def _window(
    ctx: Context, pronoun: Token, candidates: list[_Candidate], starts: list[int], floor: int
) -> list[_Candidate]:
    """Candidates a reader still has in mind at the pronoun: :data:`WINDOW` sentences back (at least to ``floor``)."""
    end = bisect.bisect_left(starts, pronoun.i)
    lowest = min(floor, pronoun.sent - WINDOW)
    found = []
    index = end - 1
    while index >= 0 and candidates[index].sentence >= lowest:
        found.append(candidates[index])
        index -= 1
    return found


def _salience(ctx: Context, pronoun: Token, candidate: _Candidate, parallel: bool) -> float:
    """Recency, and for a subject pronoun the grammatical role of the mention.

    The subject bonus is a parallelism preference: a subject pronoun
    continues a subject (``Ruiz met the board. She said ...``), but a
    possessive has no such preference (``Holt met developer Marsh to discuss
    his towers``: *his* is as likely Marsh's as Holt's), so for it only
    recency counts.
    """
    weight = DECAY ** ctx.narration_distance(candidate.sentence, pronoun.sent)
    if not parallel:
        return weight
    if candidate.main_subject:
        return weight * MAIN_SUBJECT
    if candidate.subject_of is not None:
        return weight * SUBJECT
    return weight


def _add(votes: dict[int, dict[str, float]], person: int, gender: str, weight: float) -> None:
    counter = votes.setdefault(person, {})
    counter[gender] = counter.get(gender, 0.0) + weight


def _follows_subject_pronoun(ctx: Context, pronoun: Token, gender: str) -> bool:
    """``he had betrayed his employees``: the possessive means what its clause's subject pronoun means."""
    if pronoun.dep != "poss":
        return False
    verb = _governing_verb(ctx, ctx.tokens[pronoun.head])
    return any(
        ctx.tokens[k].dep in _SUBJECT_DEPS and PRONOUN_GENDER.get(ctx.tokens[k].text.lower()) == gender
        for k in ctx.analysis.children[verb]
    )


def _told(ctx: Context, pronoun: Token) -> bool:
    """``Park told Kaminski he ...``: the pronoun's clause reports to a person, who may be the one meant."""
    clause = ctx.tokens[pronoun.head]
    if clause.dep != "ccomp":
        return False
    return any(_person_object(ctx, k) for k in ctx.analysis.children[clause.head])


def _object_control(ctx: Context, pronoun: Token) -> int | None:
    """The verb whose subject a subject pronoun deep in its object's infinitive is not.

    ``Ruiz is asking Webb to release the notes, which would show what she
    told the board``: an object-control verb (*ask*, *urge*, *force*, *tell
    X to*) makes its person object the subject of the infinitive, and a
    subject pronoun inside it means that person (``forced his rival, Clinton,
    to distance herself from deals she once supported``) or a third (the
    woman the notes are about), not the one asking, whom salience would
    favour as the sentence's subject. A possessive there still often means
    the one asking (``Obama hired Daley to serve as his chief of staff``).
    """
    if pronoun.dep not in _SUBJECT_DEPS or pronoun.text.lower() not in ("he", "she"):
        return None
    token = ctx.tokens[pronoun.head]
    for _ in range(_MAX_CLIMB):
        if token.head == token.i:
            return None
        if token.dep == "xcomp" and any(_person_object(ctx, k) for k in ctx.analysis.children[token.head]):
            return token.head
        token = ctx.tokens[token.head]
    return None


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
        if clause.dep in _SUBJECT_CLAUSES and clause.head != clause.i and _main_conjunct(ctx, clause):
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


def _main_conjunct(ctx: Context, clause: Token) -> bool:
    """A clause conjoined with the sentence's main verb continues its subject; one inside a report does not.

    ``Reid said both are non-entities, but he gave the Texan a compliment``:
    *he* is Reid. ``Broaddrick said Clinton called her, and that she had her
    staff answer``: the parser hangs the second reported clause on the first,
    whose subject *she* is not; a clause with its own ``that`` is reported.
    """
    if clause.dep != "conj":
        return True
    head = ctx.tokens[clause.head]
    return head.head == head.i and not any(ctx.tokens[k].dep == "mark" for k in ctx.analysis.children[clause.i])


def _person_object(ctx: Context, i: int) -> bool:
    """The verb's object is one person, who could be the *he* or *she* of the clause it is told.

    Not a plural (``told reporters``, ``told voters``), an organization
    (``told The Post``, ``told CNN``) or the first person (``told me``):
    none of them can be what a singular third-person pronoun means.
    """
    token = ctx.tokens[i]
    if token.dep not in ("dobj", "dative", "iobj"):
        return False
    if token.tag in ("NNS", "NNPS") or token.ent in _NOT_A_PERSON:
        return False
    return (
        token.ent == "PERSON"
        or token.pos == "PROPN"
        or token.text.lower() in ("him", "her")
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
    if _reports_clause_of(ctx, pronoun, candidate):
        return False
    if lower in _REFLEXIVE:
        return candidate.subject_of is not None and candidate.subject_of == _governing_verb(ctx, pronoun)
    if pronoun.dep in _OBJECT_DEPS and lower in ("him", "her"):
        verb = _governing_verb(ctx, pronoun)
        return candidate.subject_of is None or candidate.subject_of != verb
    return True


def _commanded_later(ctx: Context, pronoun: Token, candidates: list[_Candidate], starts: list[int]) -> frozenset[int]:
    """Persons named later in what a pronoun commands: never whom it means (binding Principle C).

    ``Tuttle's article attacked Christie. He calls Christie's endorsement a
    smooch``: *he* is not Christie, so Christie is no rival for Tuttle. A
    subject pronoun commands its clause; a possessive, its noun phrase
    (``his criticism of Romney``: not Romney's).
    """
    nominative = pronoun.dep in _SUBJECT_DEPS and pronoun.text.lower() in ("he", "she")
    if not nominative and pronoun.dep != "poss":
        return frozenset()
    verb = pronoun.head  # a possessive commands its own noun phrase: "his criticism of Romney"
    barred = set()
    index = bisect.bisect_right(starts, pronoun.i)
    while index < len(candidates) and candidates[index].sentence == pronoun.sent:
        candidate = candidates[index]
        if candidate.person >= 0 and _in_clause(ctx, candidate.token, verb):
            barred.add(candidate.person)
        index += 1
    return frozenset(barred)


#: What one person gives another: ``earned her vote``, ``won his endorsement``; the possessor is the giver.
_GIFT_NOUNS = frozenset(
    "vote support endorsement backing trust approval blessing permission consent forgiveness".split()
)
#: Verbs of getting what another gives; not *have*, *lose* or *keep* (``had his greatest support among
#: the Marines``, ``lost her support among women``: the support the subject enjoys).
_GETTING_VERBS = frozenset({"earn", "win", "gain", "get", "receive", "seek", "secure", "court", "deserve", "want"})


def _receivers(ctx: Context, pronoun: Token, candidates: list[_Candidate], starts: list[int]) -> frozenset[int]:
    """Whoever gets what the possessor gives: ``Pruitt had earned her vote`` (*her* is not Pruitt).

    A possessive on a thing given (a vote, support, an endorsement) that is
    the object of a verb of getting names the giver, so the verb's subject,
    whom syntax and salience would both favour, is not the one meant.
    """
    noun = ctx.tokens[pronoun.head]
    if pronoun.dep != "poss" or noun.lemma.lower() not in _GIFT_NOUNS or noun.dep not in _OBJECT_DEPS:
        return frozenset()
    verb = noun.head
    if ctx.tokens[verb].lemma.lower() not in _GETTING_VERBS:
        return frozenset()
    index = bisect.bisect_left(starts, pronoun.i)
    found = set()
    while index > 0 and candidates[index - 1].sentence == pronoun.sent:
        index -= 1
        if candidates[index].subject_of == verb and candidates[index].person >= 0:
            found.add(candidates[index].person)
    return frozenset(found)


def _described(ctx: Context, pronoun: Token, candidates: list[_Candidate], starts: list[int]) -> frozenset[int]:
    """``Oren Falk, her deputy, said``: a possessive in a name's own appositive is never that person's.

    The i-within-i condition: a phrase describing a person cannot contain a
    pronoun meaning that person (*her deputy* is someone else's deputy), so
    the name the phrase stands beside is no referent, whatever the noun
    (:data:`AGENT_NOUNS` already send an aide's pronoun to the principal).
    """
    noun = ctx.tokens[pronoun.head]
    if pronoun.dep != "poss":
        return frozenset()
    beside = [k for k in ctx.analysis.children[noun.i] if ctx.tokens[k].dep == "appos"]
    if noun.dep == "appos":
        beside.append(noun.head)
    found = set()
    for index in beside:
        candidate = _named_at(ctx, index, candidates, starts)
        if candidate is not None:
            found.add(candidate)
    return frozenset(found)


def _named_at(ctx: Context, index: int, candidates: list[_Candidate], starts: list[int]) -> int | None:
    """The person whose name runs from a candidate's first token through ``index`` (proper nouns only)."""
    position = bisect.bisect_right(starts, index) - 1
    if position < 0 or candidates[position].person < 0:
        return None
    first = candidates[position].token
    if any(ctx.tokens[k].pos != "PROPN" for k in range(first, index + 1)):
        return None
    return candidates[position].person


#: Dependencies that open a clause of its own, where a name is out of the reach of the subject above.
_CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "acl", "conj", "parataxis"})


def _in_clause(ctx: Context, index: int, verb: int) -> bool:
    """Token ``index`` belongs to ``verb``'s own clause, not to a clause embedded in or joined to it.

    ``He was echoing Ryan, who asked if he would endorse Trump``: a name
    deep in a relative clause is still often the subject's own (Principle
    C holds reliably only within the clause).
    """
    token = ctx.tokens[index]
    for _ in range(40):
        if token.i == verb:
            return True
        if token.head == token.i or token.dep in _CLAUSE_DEPS:
            return False
        token = ctx.tokens[token.head]
    return False


def _reports_clause_of(ctx: Context, pronoun: Token, candidate: _Candidate) -> bool:
    """``Hamann, she later said, taught her`` / ``Trump is dangerous, she said``: not the reported clause's subject.

    A pronoun subject of a speech verb commands the clause it reports, and a
    name inside that clause is not the pronoun's referent (binding Principle C).
    """
    if pronoun.dep != "nsubj" or ctx.tokens[pronoun.head].lemma not in SPEECH_LEMMAS:
        return False
    if candidate.person < 0:
        return _inside_report(ctx, pronoun, candidate.token)
    if candidate.subject_of is None:
        return False
    verb = ctx.tokens[pronoun.head]
    reported = ctx.tokens[candidate.subject_of]
    if reported.dep == "ccomp" and reported.head == verb.i:
        return True
    return _parenthetical(ctx, verb) and verb.head == reported.i


def _parenthetical(ctx: Context, verb: Token) -> bool:
    """``Trump is dangerous, she said`` / ``Hamann, she said, taught her``: a speech verb hung on what it reports.

    Not an adverbial clause with a subordinator (``Trump drew boos when he
    told Bush to quiet down``): that clause reports nothing of its head's.
    """
    if verb.dep not in ("parataxis", "advcl") or verb.head == verb.i:
        return False
    return not any(
        ctx.tokens[k].dep == "mark" or (ctx.tokens[k].dep == "advmod" and ctx.tokens[k].tag == "WRB")
        for k in ctx.analysis.children[verb.i]
    )


def _inside_report(ctx: Context, pronoun: Token, index: int) -> bool:
    """Token ``index`` stands in the clause that ``pronoun``'s speech verb reports.

    ``The amount an average student owes is affordable, he said``: *he*
    commands all of the reported clause, so no one mentioned anywhere in it
    (not only its subject) is whom *he* means. The clause is the verb's
    ``ccomp``, or the clause a parenthetical ``he said`` hangs on.
    """
    verb = ctx.tokens[pronoun.head]
    reported = {k for k in ctx.analysis.children[verb.i] if ctx.tokens[k].dep == "ccomp"}
    if _parenthetical(ctx, verb):
        reported.add(verb.head)
    token = ctx.tokens[index]
    for _ in range(40):
        if token.i in reported:
            return True
        if token.i == verb.i or token.head == token.i:
            return False
        token = ctx.tokens[token.head]
    return False


def _governing_verb(ctx: Context, token: Token) -> int:
    """The verb a pronoun belongs to (through a preposition: ``shared an office with him``).

    Never past a clause that modifies a noun (``Clinton's philosophy, bent
    to the left by her primary challenge``, however the participle is
    tagged): that clause is the pronoun's, and its subject is the noun it
    modifies, not the subject of the verb above.
    """
    index = token.head
    for _ in range(4):
        head = ctx.tokens[index]
        if head.pos in ("VERB", "AUX") or head.head == index or head.dep in ("acl", "relcl"):
            return index
        index = head.head
    return index
