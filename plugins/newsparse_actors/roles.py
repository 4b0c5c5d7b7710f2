"""Roles, affiliations and honorifics from the words around a name.

Three constructions carry what a source is, in news English:

* pre-modifiers: ``Chinese President Xi Jinping``, ``said economist Ann Lee``;
* appositives: ``Ann Lee, director of the Asia program at the X Institute,``
  and the reversed ``The head of the agency, Tom Reyes,``;
* relative clauses: ``Tom Reyes, who is the agency's director,``.

Each finder reads one mention's neighbourhood (a handful of tokens), so
the cost is linear in the number of mentions. Nothing is inferred: a role
is words of the text, an affiliation is an entity (or nationality) the
role names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from newsparse import Entity, Token, names, nouns
from newsparse_actors.context import Context
from newsparse_actors.demonyms import canonical_place, country_of
from newsparse_actors.names import NOT_ROLE_TITLES, TITLE_WORDS, clean_org_name, fold, honorific_key

Range = tuple[int, int]

AFFILIATION_LABELS = frozenset({"ORG", "GPE", "NORP"})
_PREMOD_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
_PREMOD_JOINERS = frozenset({"of", "for", "to", "on", "and", "&", "-", "'s", "’s"})
_APPOS_STOP = frozenset({",", ";", "—", "–", "(", ")", '"', "“", "”", ":"})
_ARTICLES = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)
_TRAIL_PUNCT = re.compile(r"[\s,;:(]+$")
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_RELCL_LEAD_VERBS = frozenset(
    {
        "head",
        "lead",
        "run",
        "chair",
        "direct",
        "oversee",
        "manage",
        "represent",
        "advise",
        "teach",
        "coach",
        "own",
        "found",
    }
)


@attrs.frozen
class Affiliation:
    """What a role names as the actor's organization or country, with where it is printed."""

    name: str
    label: str  # NER label of the words: ORG, GPE or NORP
    start: int
    end: int


@attrs.frozen
class RoleInfo:
    """What one mention's neighbourhood says about the actor."""

    role: str | None = None
    affiliation: Affiliation | None = None
    title: str | None = None
    title_span: Range | None = None
    source: str = ""  # appositive, reverse-appositive, relative-clause, pre-modifier
    span: Range | None = None  # characters the role was read from

    def __bool__(self) -> bool:
        return bool(self.role or self.affiliation or self.title)


def describe(ctx: Context, first: int, last: int) -> RoleInfo:
    """Role, affiliation and honorific for the name tokens ``[first, last)``.

    Appositives win over pre-modifiers because they are the fuller
    description (``Rep. Ann Lee, the top Democrat on the committee``).
    Kept on ``ctx`` per range: a person's mentions are described when the
    person is built and again for the gender a role noun gives (one call in
    six repeats one); the answer is frozen, so sharing it is safe.
    """
    known = ctx.descriptions.get((first, last))
    if known is None:
        known = ctx.descriptions[(first, last)] = _describe(ctx, first, last)
    return known


def _describe(ctx: Context, first: int, last: int) -> RoleInfo:
    title, title_span, name_first = _honorific(ctx, first, last)
    premod = _premodifier(ctx, name_first, last)
    for finder in (_appositive, _reverse_appositive, _relative_clause):
        found = finder(ctx, name_first, last)
        if found is not None and found.role:
            affiliation = found.affiliation or (premod.affiliation if premod else None)
            return attrs.evolve(found, affiliation=affiliation, title=title, title_span=title_span)
    if premod is not None:
        return attrs.evolve(premod, title=title, title_span=title_span)
    return RoleInfo(title=title, title_span=title_span)


_ROLE_TAIL = re.compile(r"\s(?:of|at|for|from|with|in|on|to)\s.*$")


def role_gender(ctx: Context, first: int, last: int) -> str | None:
    """The gender a role noun said of the name ``[first, last)`` gives, if exactly one.

    ``Her son, Karl Vollmer,`` (male), ``Karl Vollmer, her son,``,
    ``Congresswoman Ann Lee`` (the word before the name): the noun the role
    is about, not one in its tail (``head of fishermen``).
    """
    words = _ROLE_TAIL.sub("", describe(ctx, first, last).role or "").split()[-1:]
    if first > 0:
        words.append(ctx.tokens[first - 1].text)
    found = {g for g in map(nouns.noun_gender, words) if g}
    return found.pop() if len(found) == 1 else None


# -- honorifics ------------------------------------------------------------------
def _honorific(ctx: Context, first: int, last: int) -> tuple[str | None, Range | None, int]:
    """An honorific printed just before (or as the first word of) the name; returns the name's first token."""
    tokens = ctx.tokens
    if last - first > 1 and honorific_key(tokens[first].text):
        return tokens[first].text, (tokens[first].start, tokens[first].end), first + 1
    before = first - 1
    if before >= 0 and honorific_key(tokens[before].text) and tokens[before].sent == tokens[first].sent:
        word = tokens[before]
        # "Mr ." tokenized apart: keep the period as printed
        if word.text[-1:] != "." and first < len(tokens) and ctx.text[word.end : word.end + 1] == ".":
            return ctx.text[word.start : word.end + 1], (word.start, word.end + 1), first
        return word.text, (word.start, word.end), first
    return None, None, first


# -- pre-modifiers ---------------------------------------------------------------
def _premodifier(ctx: Context, first: int, last: int) -> RoleInfo | None:
    """``US Secretary of State Antony Blinken``: the title words printed just before a name.

    A surface walk leftwards (parsers often attach such titles oddly, as
    appositions or conjuncts): nouns, adjectives, proper nouns and
    organization/place names, joined by ``of``/``for``/``to``/``and``
    between title words; it stops at a determiner, a verb, punctuation or
    another person. A role must contain a noun or a title word.
    """
    tokens = ctx.tokens
    if first == 0 or honorific_key(tokens[first - 1].text):
        return None  # "Mr. Blinken": nothing further left belongs to a role
    if names.is_possessive(tokens[first - 1]):
        return None  # "the party's Donald Trump": a possessor, not a title
    if _headline(ctx, tokens[first].sent):
        return None  # "Trump's Racism To Sonia Sotomayor": a headline capitalizes every word, titles or not
    sentence_first = ctx.analysis.sentences[tokens[first].sent].first
    start = first
    i = first - 1
    while i >= sentence_first:
        if not _premodifier_word(ctx, i, start):
            break
        start = i
        i -= 1
    while start < first and not _content_word(tokens[start]):
        start += 1  # a role never starts with a joiner or possessive
    if start >= first:
        return None
    return _split_affiliation(ctx, start, first, "pre-modifier")


def _headline(ctx: Context, sentence: int) -> bool:
    """:func:`_title_case` of sentence number ``sentence``, tested once per sentence (each name in it asks)."""
    known = ctx.title_cased.get(sentence)
    if known is None:
        bounds = ctx.analysis.sentences[sentence]
        known = ctx.title_cased[sentence] = _title_case(ctx.tokens[bounds.first : bounds.last])
    return known


def _title_case(tokens: Sequence[Token]) -> bool:
    """A headline set in title case: four words or more, nearly all capitalized, short ones included."""
    words = [t.text for t in tokens if t.text.isalpha()]
    small = [w for w in words if len(w) <= 3 and w.lower() in _SMALL_WORDS]
    capitalized = sum(1 for w in words if w[:1].isupper())
    return len(words) >= 4 and capitalized >= 0.8 * len(words) and any(w[:1].isupper() for w in small)


_SMALL_WORDS = frozenset("to for on in of at by and or the a an is are was as with".split())


def _premodifier_word(ctx: Context, i: int, right: int) -> bool:
    """May token ``i`` extend the title that starts at token ``right``?"""
    token = ctx.tokens[i]
    entity = ctx.entity_at(i)
    swallowed = entity is not None and entity.label == "PERSON" and entity.first <= i < right < entity.last
    if entity is not None and entity.label not in AFFILIATION_LABELS and not swallowed:
        # (a title the NER swallowed into the name's own entity, "Therapist Owen Gallagher", is a title)
        if not (entity.label == "PERSON" and _all_title_words(ctx, entity)):
            return False  # another person, a date, a number
    lower = token.text.lower()
    if lower in ("of", "for", "to", "on", "and", "&"):
        if i == 0:
            return False
        left = ctx.tokens[i - 1]
        if lower == "and":  # "State Councilor and Foreign Minister", not "Blinken and Minister"
            return fold(left.text) in TITLE_WORDS
        return (
            left.pos in ("NOUN", "PROPN")
            and left.tag not in ("NNS", "NNPS")
            and (left.text[:1].isupper() or fold(left.text) in TITLE_WORDS)
        )
    if token.tag == "POS" or lower in ("'s", "’s", "-"):
        return True
    if token.tag == "NNS":
        return False  # "officials and President X": a plural is not part of one person's title
    return token.pos in _PREMOD_POS or _capitalised_participle(token)


def _capitalised_participle(token: Token) -> bool:
    """``Managing`` of ``Managing Partner``, ``Acting`` of ``Acting Director``: a participle printed as part of a title.

    The tagger reads the word as a verb; only the participles that open
    titles count (:data:`_TITLE_OPENERS`), not any capitalised verb of a
    headline (``Refugees Fleeing President ...``).
    """
    return token.tag in ("VBG", "VBN") and token.text[:1].isupper() and fold(token.text) in _TITLE_OPENERS


def _content_word(token: Token) -> bool:
    return (token.pos in _PREMOD_POS and token.tag != "POS") or _capitalised_participle(token)


def _all_title_words(ctx: Context, entity: Entity) -> bool:
    return title_run_end(ctx.tokens, entity.first, entity.last) == entity.last


#: Words that open a capitalised title before the noun it rests on (``Senior Vice President``,
#: ``Managing Partner``, ``Chief Financial Officer``), besides the title words themselves.
_TITLE_OPENERS = frozenset(
    """senior executive managing acting interim assistant associate principal lead presiding consulting
    supervising commanding ranking founding retired""".split()
)


def title_run_end(tokens: Sequence[Token], first: int, last: int) -> int:
    """Where a capitalised title before a name ends: after ``Officer`` in ``Chief Financial Officer Lena Brook``.

    A title opens with a title word or an opener (:data:`_TITLE_OPENERS`)
    and rests on a title word or a person noun (``Economist``, ``Partner``);
    one other capitalised word may stand before each noun (``Financial``,
    ``Operating``). Returns ``first`` when the words open no title. The
    caller decides how many words must be left for the name.
    """
    if first >= last or not _title_opener(tokens[first].text):
        return first
    end = first + 1 if fold(tokens[first].text) in TITLE_WORDS else first
    gap = 0
    for i in range(first + 1, min(last, first + 5)):
        word = tokens[i].text
        if not (word[:1].isupper() and word.isalpha()):
            break
        if _title_noun(word):
            end, gap = i + 1, 0
        elif gap or fold(word) not in _TITLE_OPENERS and i + 1 < last and not _title_noun(tokens[i + 1].text):
            break
        else:
            gap = 1
    return end


def _title_opener(word: str) -> bool:
    return word[:1].isupper() and (fold(word) in TITLE_WORDS or fold(word) in _TITLE_OPENERS)


def _title_noun(word: str) -> bool:
    """A title word or a singular person noun no one bears as a given name: what a title rests on."""
    return fold(word) in TITLE_WORDS or (fold(word) not in NOT_ROLE_TITLES and _singular_title_noun(word))


def _role_noun(ctx: Context, i: int, name_first: int) -> bool:
    """A noun a role can rest on: tagged a noun, a title word, or a capitalised person noun the tagger
    read as a proper noun, in the name's own entity (``Therapist Owen Gallagher``) or in none
    (``Managing Partner Jules Arden``, ``Chief Economist Ilse Brandvold``)."""
    token = ctx.tokens[i]
    if token.pos == "NOUN" or fold(token.text) in TITLE_WORDS:
        return True
    entity = ctx.entity_at(i)
    return (
        token.pos == "PROPN"
        and token.tag == "NNP"
        and (entity is None or entity is ctx.entity_at(name_first) or _all_title_words(ctx, entity))
        and _singular_title_noun(token.text)
    )


#: Person nouns of a party or creed: capitalised before a name they say whom one sides with, not one's post
#: (``Republican Bette Grande``; the party is read as the affiliation).
_CREEDS = frozenset(
    """democrat republican conservative liberal progressive moderate independent libertarian socialist
    evangelical catholic protestant muslim christian jew""".split()
)


#: Endings of agent nouns that, capitalised, are as often a name (``Nachman``, ``Julian``, ``Freeman``).
_NAME_LIKE_ENDINGS = ("man", "ian")


def _singular_title_noun(word: str) -> bool:
    """``Economist``, ``Partner``: one person's title, not a plural (``Candidates``) nor an honorific (``Lord``)."""
    lower = fold(word)
    return (
        word.isalpha()
        and lower not in _CREEDS
        and (lower in TITLE_WORDS or not lower.endswith(_NAME_LIKE_ENDINGS))
        and honorific_key(word) is None
        and nouns.singular(lower) == lower
        and nouns.noun_class(lower) == "person"
    )


def _split_affiliation(ctx: Context, first: int, last: int, source: str) -> RoleInfo | None:
    """Split ``Chinese President`` into affiliation China and role ``President``.

    An entity at the left edge (``US``, ``Treasury``, ``China's``) is the
    affiliation; what follows it is the role. A role must contain a noun.
    """
    tokens = ctx.tokens
    affiliation = None
    role_first = first
    entity = ctx.entity_at(first)
    if (
        entity is not None
        and entity.label in AFFILIATION_LABELS
        and entity.first >= first
        and entity.last <= last
        and not is_title_complement(ctx, entity)
    ):
        affiliation = _affiliation(ctx, entity)
        role_first = entity.last
        while role_first < last and names.is_possessive(tokens[role_first]):
            role_first += 1
    if not any(_role_noun(ctx, i, last) for i in range(role_first, last)):
        return RoleInfo(affiliation=affiliation, source=source) if affiliation else None
    role = _clean_role(ctx.slice(role_first, last))
    if not role:
        return RoleInfo(affiliation=affiliation, source=source) if affiliation else None
    if affiliation is None:
        affiliation = _first_affiliation(ctx, role_first, last)
    return RoleInfo(role=role, affiliation=affiliation, source=source, span=ctx.chars(first, last))


# -- appositives -----------------------------------------------------------------
def _appositive(ctx: Context, first: int, last: int) -> RoleInfo | None:
    """``NAME, director of the Asia program at the X Institute,``: the comma phrase after a name."""
    tokens = ctx.tokens
    if last >= len(tokens) or tokens[last].text != ",":
        return None
    seg_first = last + 1
    seg_last = _segment_end(ctx, seg_first)
    if seg_last - seg_first < 1 or seg_last - seg_first > 30:
        return None
    lead = tokens[seg_first]
    if lead.pos not in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
        return None
    if lead.text.lower() in ("who", "whose", "whom", "which", "that", "and", "or", "but", "however"):
        return None  # "Amara Osei, whose party now holds ...": a relative clause, not a description
    lead_entity = ctx.entity_at(seg_first)
    if lead_entity is not None and lead_entity.label == "PERSON":
        return None
    described = any(tokens[i].pos == "NOUN" or fold(tokens[i].text) in TITLE_WORDS for i in range(seg_first, seg_last))
    if not described and not (lead.pos == "DET" and any(tokens[i].pos == "PROPN" for i in range(seg_first, seg_last))):
        return None  # "Ann Lee, 45," or "Lee, Smith and Jones"
    if any(tokens[i].tag in _FINITE_TAGS for i in range(seg_first, seg_last)):
        return None  # a clause, not a description
    return _role_phrase(ctx, seg_first, seg_last, "appositive")


def _segment_end(ctx: Context, first: int) -> int:
    """Index after the last token of the phrase starting at ``first`` (up to punctuation or the sentence end)."""
    tokens = ctx.tokens
    sentence_last = ctx.analysis.sentences[tokens[first].sent].last if first < len(tokens) else first
    i = first
    while i < sentence_last and tokens[i].text not in _APPOS_STOP:
        if tokens[i].text == "." and i == sentence_last - 1:
            break
        if tokens[i].dep == "relcl" or tokens[i].text.lower() in ("who", "which"):
            break
        i += 1
    return i


def _reverse_appositive(ctx: Context, first: int, last: int) -> RoleInfo | None:
    """``The head of the agency, Tom Reyes,``: the name is an appositive of a description before it."""
    tokens = ctx.tokens
    comma = first - 1
    if first >= 3 and _courtesy(tokens[comma].text):
        comma -= 1  # "His attorney, Mr. Haddad,": the honorific opens the appositive name
    if comma < 1 or tokens[comma].text != ",":
        return None
    head = ctx.head_of_range(first, last)
    governor = tokens[head].head
    if tokens[head].dep != "appos" or governor >= comma or tokens[governor].pos != "NOUN":
        return None
    if comma < first - 1 and not _person_description(ctx, governor):
        return None
    if ctx.entity_at(governor) is not None:
        return None
    low, _ = ctx.analysis.subtree(governor)
    seg_first = low
    while seg_first < first - 1 and tokens[seg_first].pos in ("ADP", "SCONJ", "CCONJ", "PUNCT"):
        seg_first += 1  # "For the head of ..." → "the head of ..."
    if first - 1 - seg_first > 30:
        return None
    return _role_phrase(ctx, seg_first, comma, "reverse-appositive")


def _courtesy(word: str) -> bool:
    """``Mr.``, ``Ms.``, ``Dr.``: an honorific that names no office, so the description before it gives the role.

    ``Clinton's primary opponent, Sen. Bernie Sanders``: the title is the
    role (``senator``) and the description a relation; on PolNeAR letting
    such titles through replaced eight office roles by relations.
    """
    key = honorific_key(word)
    return key is not None and names.title_noun(key) in (None, "doctor")


def _person_description(ctx: Context, noun: int) -> bool:
    """``His attorney``, ``The mayor's spokeswoman``: a person noun with a determiner or possessor of its own.

    The narrow case in which an honorific may stand between the comma and the
    name, so that a description of some other kind is not read as a role.
    """
    tokens = ctx.tokens
    token = tokens[noun]
    if nouns.noun_class(token.text, token.lemma) != "person" or token.tag != "NN":
        return False
    return any(tokens[c].dep in ("det", "poss") for c in ctx.analysis.children[noun])


def _relative_clause(ctx: Context, first: int, last: int) -> RoleInfo | None:
    """``Tom Reyes, who is the agency's director,`` / ``who heads the agency``."""
    tokens = ctx.tokens
    if last + 2 >= len(tokens) or tokens[last].text != "," or tokens[last + 1].text.lower() != "who":
        return None
    verb = tokens[last + 1].head
    if verb <= last + 1 or tokens[verb].dep != "relcl":
        return None
    _, clause_last = ctx.analysis.subtree(verb)
    if tokens[verb].lemma == "be":
        attr = next((c for c in ctx.analysis.children[verb] if tokens[c].dep in ("attr", "acomp")), None)
        if attr is None:
            return None
        low, _ = ctx.analysis.subtree(attr)
        return _role_phrase(ctx, low, min(clause_last, _segment_end(ctx, low)), "relative-clause")
    if tokens[verb].lemma in _RELCL_LEAD_VERBS and not _leads_a_rival(ctx, verb):
        return _role_phrase(ctx, verb, min(clause_last, _segment_end(ctx, verb + 1)), "relative-clause")
    return None


def _leads_a_rival(ctx: Context, verb: int) -> bool:
    """``Clinton, who leads Bernie Sanders 1,428 to 1,153``: leading a person is a race, not a post."""
    return any(
        ctx.tokens[c].dep in ("dobj", "obj") and ctx.tokens[c].ent == "PERSON" for c in ctx.analysis.children[verb]
    )


def _role_phrase(ctx: Context, first: int, last: int, source: str) -> RoleInfo | None:
    """A descriptive phrase as role, its first organization as affiliation.

    When the phrase ends with ``at|of|with|for <organization>``, that tail
    is the affiliation and is left out of the role (``director of the Asia
    program``), as researchers tabulate role and institution apart.
    """
    tokens = ctx.tokens
    while last > first and tokens[last - 1].pos == "PUNCT" and tokens[last - 1].text not in (")",):
        last -= 1
    if last <= first:
        return None
    if tokens[first].pos == "DET":
        first += 1
    possessor = None
    entity = ctx.entity_at(first)
    if entity is not None and entity.label in AFFILIATION_LABELS and entity.first == first and entity.last < last:
        if names.is_possessive(tokens[entity.last]):
            possessor = _affiliation(ctx, entity)  # "China's current defense minister"
            first = entity.last + 1
    if last <= first:
        return None
    affiliation = _first_affiliation(ctx, first, last, labels=("ORG",))
    role_last = last
    final = ctx.entity_at(last - 1)
    if final is not None and final.label == "ORG" and final.first > first + 1:
        preposition = tokens[final.first - 1].text.lower()
        at = final.first - 1
        if preposition in ("at", "of", "with", "for", "from") and at > first:
            role_last = at
            affiliation = _affiliation(ctx, final)
    if affiliation is None:
        tail = _proper_name_tail(ctx, first, last)
        if tail is not None:
            role_last, affiliation = tail
    if affiliation is None:
        affiliation = possessor or _leading_place(ctx, first, last)
    role = _clean_role(ctx.slice(first, role_last))
    if not role:
        return None
    return RoleInfo(role=role, affiliation=affiliation, source=source, span=ctx.chars(first, last))


# -- helpers -------------------------------------------------------------------
def _first_affiliation(
    ctx: Context, first: int, last: int, labels: tuple[str, ...] = ("ORG", "GPE", "NORP")
) -> Affiliation | None:
    """The first entity of ``labels`` wholly inside tokens ``[first, last)``, organizations first."""
    found: dict[str, Entity] = {}
    for i in range(first, last):
        entity = ctx.entity_at(i)
        if entity is None or entity.label not in labels or entity.label in found or entity.last > last:
            continue
        if not is_title_complement(ctx, entity):
            found[entity.label] = entity
    for label in ("ORG", "GPE", "NORP"):
        if label in found:
            return _affiliation(ctx, found[label])
    return None


def _leading_place(ctx: Context, first: int, last: int) -> Affiliation | None:
    """``a Chinese diplomat``: a nationality or country modifying the role is an affiliation.

    ``farmer in Kumasi`` has none: a place after the role is where, not whose.
    """
    entity = ctx.entity_at(first)
    if entity is not None and entity.label in ("GPE", "NORP") and entity.first == first and entity.last < last:
        return _affiliation(ctx, entity)
    return None


def is_title_complement(ctx: Context, entity: Entity) -> bool:
    """``State`` in ``Secretary of State``: a one-word name completing a title is not an organization."""
    i = entity.first
    return (
        entity.last - entity.first == 1
        and i >= 2
        and ctx.tokens[i - 1].text.lower() == "of"
        and fold(ctx.tokens[i - 2].text) in TITLE_WORDS
    )


def _proper_name_tail(ctx: Context, first: int, last: int) -> tuple[int, Affiliation] | None:
    """``at the Center for Strategic Studies`` ending a role, when NER did not tag it.

    Returns where the preposition stands and the capitalized name after it
    (``Center for Strategic Studies``) as an organization affiliation.
    """
    tokens = ctx.tokens
    i = last - 1
    while i > first and (tokens[i].text[:1].isupper() or tokens[i].text.lower() in ("of", "for", "and", "&", "on")):
        i -= 1
    if tokens[i].text.lower() == "the":
        i -= 1
    name_first = i + 1
    while name_first < last and not tokens[name_first].text[:1].isupper():
        name_first += 1
    if i <= first or name_first >= last or tokens[i].text.lower() not in ("at", "of", "with", "from", "for"):
        return None
    if not tokens[last - 1].text[:1].isupper() or tokens[name_first].pos != "PROPN":
        return None
    start, end = ctx.chars(name_first, last)
    return i, Affiliation(name=ctx.text[start:end], label="ORG", start=start, end=end)


def affiliation_of(ctx: Context, entity: Entity) -> Affiliation:
    """Public name of :func:`_affiliation`, for the group finder."""
    return _affiliation(ctx, entity)


def _affiliation(ctx: Context, entity: Entity) -> Affiliation:
    """Name an affiliation: ``Chinese`` → ``China``, ``U.S.`` → ``United States``, ``the X Fund`` → ``X Fund``."""
    text = ctx.text[entity.start : entity.end]
    if entity.label == "NORP":
        name = country_of(text) or text
    elif entity.label == "GPE":
        name = canonical_place(clean_org_name(text))
    else:
        name = clean_org_name(text)
    return Affiliation(name=name, label=entity.label, start=entity.start, end=entity.end)


_POSSESSIVE_PRONOUN = re.compile(r"^(?:his|her|their|its|our|my|your)\s+", re.IGNORECASE)
_PRONOUN = re.compile(
    r"\b(?:he|she|him|her|his|hers|they|them|their|it|its|we|us|our|i|me|my|you|your)\b", re.IGNORECASE
)


_DANGLING = re.compile(r"(?:\s+(?:that|which|who|whom|in|of|for|to|at|on|with|by|from|and|or|but))+$", re.IGNORECASE)


def clean_person_role(role: str | None) -> str | None:
    """A role is a title or position, never a phrase with a pronoun.

    ``Her Ethiopian counterpart`` → ``Ethiopian counterpart``; a role that
    still holds a pronoun (``leads his party``) is no role.
    """
    if not role:
        return None
    role = _POSSESSIVE_PRONOUN.sub("", role).strip()
    if not role or _PRONOUN.search(role):
        return None
    return role


def _clean_role(text: str) -> str:
    """Trim articles, dangling punctuation and a dangling function word; collapse spaces.

    A phrase cut where a clause begins may end on its first word (``social
    networking site that``, ``firm behind a viral ad in``).
    """
    text = _TRAIL_PUNCT.sub("", " ".join(text.split()))
    text = _ARTICLES.sub("", text).strip()
    return _DANGLING.sub("", text).strip()


def in_headline(ctx: Context, token: Token) -> bool:
    """Whether ``token`` stands in a sentence set in title case (a headline), where every word is capitalised."""
    return _headline(ctx, token.sent)
