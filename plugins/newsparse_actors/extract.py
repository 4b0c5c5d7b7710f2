"""The actors extractor: entities, roles, groups and merging, in one linear pass.

:func:`extract_actors` is the plugin's whole job as a plain function of an
:class:`~newsparse.analysis.Analysis` (textacy style), so it is easy to
call and test without a parser. The steps, each in its own module:

1. name mentions from NER entities (:mod:`.names` cleans them);
2. one cluster per person (:mod:`.merge`), then words NER mislabelled or
   missed (``Blinken`` tagged as a place, ``Blinkens'``) join their person;
3. roles, affiliations and honorifics per mention (:mod:`.roles`);
4. organizations (acronyms merged), places that act (``China accuses``),
   unnamed sources (:mod:`.groups`), descriptions (``the secretary of state``);
5. gender from honorifics, gendered role nouns and every pronoun that
   resolves to the person (:mod:`.gender`); party-state tags (``R-Texas``)
   and possessive affiliations (``the agency's administrator``);
   datelines (``WASHINGTON (AP) —``) are never actors (:mod:`.tags`).
"""

from __future__ import annotations

import bisect
import logging
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from itertools import islice, takewhile

import attrs

from newsparse import Actor, ActorKind, Analysis, Span, Token, names, nouns
from newsparse_actors.context import Context
from newsparse_actors.demonyms import canonical_place, country_of
from newsparse_actors.gender import PersonEvidence, assign_genders
from newsparse_actors.groups import SPEECH_LEMMAS, GroupMention, find_groups
from newsparse_actors.merge import NameMention, PersonCluster, cluster_people
from newsparse_actors.names import (
    HONORIFIC_TITLES,
    LEGAL_FORMS,
    NOT_ROLE_TITLES,
    PLATFORMS,
    TITLE_WORDS,
    clean_org_name,
    fold,
    honorific_key,
    initials,
    name_tokens,
    org_key,
    plural_variants,
    slug,
    strip_possessive,
)
from newsparse_actors.nicknames import Nicknamed, nicknamed_names
from newsparse_actors.roles import (
    Affiliation,
    RoleInfo,
    affiliation_of,
    clean_person_role,
    describe,
    in_headline,
    is_title_complement,
    role_gender,
    title_run_end,
)
from newsparse_actors.tags import PARTIES, PARTY_ADJECTIVES, party_tag

log = logging.getLogger(__name__)

#: Nouns for a work, which a title follows (``the play Salt Water``, ``her novel Ruth``): no person's name.
WORK_NOUNS = frozenset(
    """play plays film films movie movies book books novel novels memoir album albums song songs single show
    series documentary opera musical poem painting sculpture podcast""".split()
)
# "the Biden administration": a person's name used as the name of an organization
ORG_HEAD_NOUNS = frozenset({"administration", "government", "cabinet", "campaign", "presidency", "regime", "camp"})
#: Common nouns of trade that end a business's name (``Halvorsen Tools``, ``Riverbend Creamery``) and no person's:
#: not ``Mills``, ``Banks``, ``Brooks`` or ``Stores``, which are surnames too.
TRADE_WORDS = frozenset(
    """tools foods motors labs laboratories farms industries technologies pharmaceuticals systems
    enterprises ventures creamery bakery dairy brewery winery distillery airlines""".split()
)
#: Last words that make a name an organization's whatever the tagger says (``the Donald J. Trump Foundation``,
#: ``Fenwick Asia``, ``Pellham Foods Inc``): body nouns no one bears as a surname, a continent a company names
#: its regional arm after, and the legal forms.
_ORG_LAST_WORDS = (
    LEGAL_FORMS
    | frozenset(
        """foundation institute institution association fund society corporation company committee coalition
    holdings europe asia africa""".split()
    )
    | TRADE_WORDS
)
_ROLE_PRIORITY = {"appositive": 0, "reverse-appositive": 1, "relative-clause": 2, "pre-modifier": 3, "": 9}
_HANDLE = re.compile(r"@\w|https?:|www\.")
_NOT_A_NAME = re.compile(r"[@/#\d]|https?:|www\.")
_TRAILING = frozenset({"'s", "’s", "'", "’", ",", ".", ")", "(", "-"})


@attrs.define
class OrgMention:
    start: int
    end: int
    name: str
    label: str  # ORG, GPE, or NORP/derived for affiliations
    first: int = -1
    last: int = -1


@attrs.define
class Built:
    """An actor being assembled: mentions as character ranges plus attributes."""

    name: str
    kind: ActorKind
    spans: set[tuple[int, int]] = attrs.field(factory=set)
    aliases: list[str] = attrs.field(factory=list)
    role: str | None = None
    affiliation: Affiliation | None = None
    affiliation_ref: Built | None = None
    title: str | None = None
    gender: str | None = None
    gender_source: str | None = None
    key: str = ""
    include: bool = True  # places are actors only when they act or are someone's affiliation
    role_spans: list[tuple[int, int]] = attrs.field(factory=list)  # where roles were read: not mentions
    premodifier_spans: list[tuple[int, int]] = attrs.field(factory=list)  # "US Secretary of State" before a name

    @property
    def first_offset(self) -> int:
        return min((s for s, _ in self.spans), default=0)


def extract_actors(analysis: Analysis) -> list[Actor]:
    """All actors of one analysed article, with unique, readable ids."""
    ctx = Context(analysis)
    names, orgs, places = _entity_mentions(ctx)
    names = _without_run_in_words(ctx, names)
    orgs, places = _outside_datelines(ctx, orgs), _outside_datelines(ctx, places)
    names = [m for m in names if not _inside_dateline(ctx, m.start, m.end)]
    hyphenated = [m for m in names if len(m.words) == 1 and "-" in m.words[0]]
    names = [m for m in names if not (len(m.words) == 1 and "-" in m.words[0])]

    def said_gender(mention: NameMention) -> str | None:  # "Her son, Karl Vollmer": not the "Ms. Vollmer"
        return role_gender(ctx, mention.first, mention.last) if mention.first >= 0 else None

    clusters = cluster_people(names, said_gender)
    clusters, names, orgs = _one_word_organizations(ctx.text, clusters, names, orgs)
    surnames = _unsplittable(clusters, hyphenated)
    names += surnames
    extra = _mislabelled_person_mentions(ctx, clusters, orgs, places)
    if extra:
        taken = {(m.start, m.end) for m in extra}
        orgs = [o for o in orgs if (o.start, o.end) not in taken]
        places = [p for p in places if (p.start, p.end) not in taken]
    if extra or surnames:
        # "Maria Lindgren-Batt ... Lindgren-Batt said": the hyphenated surname joins the full name
        clusters = cluster_people(names + extra, said_gender)
    built = [_build_person(ctx, cluster) for cluster in clusters]
    people = [p for p in built if p is not None]
    organizations = _build_orgs(ctx, orgs)
    places = _repeated_names(ctx, organizations, people, places)
    _acronym_mentions(ctx, organizations)
    _organization_descriptions(ctx, organizations)
    acting_places = _build_places(ctx, places)
    _descriptive_mentions(ctx, people)
    groups = _build_groups(ctx, find_groups(ctx), people + list(organizations.values()))
    _link_affiliations(ctx, people + groups, people, organizations, acting_places)
    _possessive_affiliations(people, organizations)
    _drop_title_words(people + groups, list(organizations.values()) + list(acting_places.values()))
    _genders(ctx, people)
    places_used = [p for p in acting_places.values() if p.include]
    everyone = people + list(organizations.values()) + places_used + groups
    return _to_models(everyone, ctx.text)


# -- 1. mentions from entities ------------------------------------------------------
def _entity_mentions(ctx: Context) -> tuple[list[NameMention], list[OrgMention], list[OrgMention]]:
    names: list[NameMention] = []
    orgs: list[OrgMention] = []
    places: list[OrgMention] = []
    tokens = ctx.tokens
    nicknamed = nicknamed_names(tokens, ctx.text)
    names.extend(m for m in map(partial(_nicknamed_mention, ctx), nicknamed) if m is not None)
    in_nicknamed = {i for n in nicknamed for i in range(n.first, n.last)}
    collectives = _collective_names(ctx)
    for entity in ctx.analysis.entities:
        first, last = _trim(ctx, entity.first, entity.last)
        if entity.label == "ORG":
            last = _before_auxiliary(tokens, first, last)
        if first >= last or not in_nicknamed.isdisjoint(range(first, last)):
            continue  # a name with a nickname is read above, whatever the tagger made of it
        if entity.label == "PERSON" and last - first == 1 and fold(tokens[first].text) in PLATFORMS:
            orgs.extend(_org_mentions(ctx, first, last))
        elif entity.label == "PERSON" and _collective_name(tokens, first, last, collectives):
            orgs.extend(_org_mentions(ctx, first, last))
        elif entity.label == "PERSON" and _organization_last_word(tokens, first, last):
            orgs.extend(_org_mentions(ctx, first, last))  # "the Donald J. Trump Foundation" tagged a person
        elif entity.label == "PERSON":
            if first > 0 and tokens[first - 1].text in WORK_NOUNS:
                continue  # "whose play Salt Water won": the title of a work, not a person
            org = _person_named_org(ctx, first, last)
            if org is not None:
                orgs.append(org)
                continue
            mention = _name_mention(ctx, first, last)
            if mention is not None:
                names.append(mention)
        elif entity.label in ("ORG", "GPE", "LOC", "FAC") and _double_barrelled_name(ctx, first, last):
            mention = _name_mention(ctx, first, last)  # "Nadia Ferreira-Holt" tagged a facility
            if mention is not None:
                names.append(mention)
        elif entity.label in ("ORG", "GPE") and (owned := _owned_name(ctx, first, last)) is not None:
            owner, writer = owned  # "Commentary's Noah Rothman": the outlet and its writer
            names.append(writer)
            if entity.label == "ORG":
                orgs.extend(_org_mentions(ctx, first, owner))
            elif name := canonical_place(clean_org_name(ctx.slice(first, owner))):
                places.append(OrgMention(*ctx.chars(first, owner), name, "GPE", first, owner))
        elif entity.label == "ORG":
            if is_title_complement(ctx, entity):
                continue  # "Secretary of State": part of a title, not an organization
            person = _role_noun_named_person(ctx, first, last)
            if person is not None:
                names.append(person)
                continue
            orgs.extend(_org_mentions(ctx, first, last))
        elif entity.label in ("GPE", "LOC", "FAC") and (
            described := _described_person(ctx, _untagged_given_name(tokens, first, last), last)
        ):
            names.append(described)  # "the novelist Ines Carvalho" tagged a place
        elif entity.label == "GPE":
            start, end = ctx.chars(first, last)
            name = canonical_place(clean_org_name(ctx.text[start:end]))
            if name:
                places.append(OrgMention(start, end, name, "GPE", first, last))
    untagged_names, untagged_orgs = _untagged_speakers(ctx)
    names.extend(untagged_names)
    orgs.extend(untagged_orgs)
    return names, orgs, places


def _before_auxiliary(tokens: Sequence[Token], first: int, last: int) -> int:
    """Where an organization's name ends: before an auxiliary or pronoun the tagger ran it into.

    A name is a noun phrase and holds no auxiliary verb, nor a personal
    pronoun as the subject of one (a possessive it may: ``Save Our Youth``);
    an organization entity that does is a headline or a clause read as a
    name (``Clinton and Sanders Aren’t Butting Heads``, ``told the National
    Post he’s``), and the name is the words before, if any of them is a
    proper noun.
    """
    cut = next((i for i in range(first + 1, last) if _clause_opens(tokens, i)), last)
    if cut < last and not any(tokens[i].pos == "PROPN" for i in range(first, cut)):
        return first  # nothing left that names anyone
    return cut


def _clause_opens(tokens: Sequence[Token], i: int) -> bool:
    """Token ``i`` is an auxiliary, or a personal pronoun before one (``he’s``, ``she was``): a clause, no name."""
    if tokens[i].pos == "AUX":
        return True
    return tokens[i].tag == "PRP" and i + 1 < len(tokens) and tokens[i + 1].pos == "AUX"


def _without_run_in_words(ctx: Context, names: list[NameMention]) -> list[NameMention]:
    """``Gorka Slams Critics`` above ``Sebastian Gorka said``: a word the tagger ran into a known surname is cut off.

    A word is capitalised by its place as well as by being a name: every word
    of a title-case headline, the first word of a sentence (``Longtime
    Clinton aides``). When such a word stands next to the first or last word
    of a person the article names in full, the two are one name only if the
    article writes them so again; printed once, with a word the body never
    capitalises elsewhere (a headline) or prints in lower case before a
    name that modifies a noun (a sentence opener, :func:`_common_word_use`),
    it is that person's name with a word that is not a name. The mention
    keeps the person's word alone and joins that person.
    """
    printed: dict[tuple[str, ...], int] = defaultdict(int)
    for mention in names:
        printed[mention.words] += 1
    kept = []
    for mention in names:
        cut = _run_in_word_cut(ctx, mention, printed)
        kept.append(cut if cut is not None else mention)
    return kept


def _run_in_word_cut(ctx: Context, mention: NameMention, printed: dict[tuple[str, ...], int]) -> NameMention | None:
    """The one-word mention left of a two-word ``mention`` once its run-in word is cut off, if it has one."""
    if len(mention.words) != 2 or printed[mention.words] > 1 or mention.last - mention.first != 2:
        return None
    others = {w for words in printed if len(words) > 1 and words != mention.words for w in (words[0], words[-1])}
    for name, extra in ((mention.last - 1, mention.first), (mention.first, mention.last - 1)):
        word = ctx.tokens[extra]
        if fold(ctx.tokens[name].text) in others and fold(word.text) not in others and _capital_of_place(ctx, word):
            return _word_mention(ctx, name)
    return None


def _capital_of_place(ctx: Context, word: Token) -> bool:
    """A capital the word owes to its place, not to being a name (see :func:`_without_run_in_words`)."""
    text = word.text
    if not text[:1].isupper() or not text.isalpha():
        return False
    if in_headline(ctx, word):
        return not any(t.text == text and not in_headline(ctx, t) for t in ctx.tokens)
    if ctx.analysis.sentences[word.sent].first != word.i or not _common_word_use(ctx, word):
        return False
    return re.search(rf"(?<![\w'’-]){re.escape(text.lower())}(?![\w'’-])", ctx.text) is not None


def _common_word_use(ctx: Context, word: Token) -> bool:
    """The tagger reads the opener as no proper noun, or the name after it modifies a noun (``Longtime Clinton foe``).

    A given name that is also a word (``Bill Clinton said``) is read as a
    proper noun and heads its own phrase; it keeps its capital.
    """
    name = ctx.tokens[word.i + 1]
    return word.pos != "PROPN" or (name.dep == "compound" and ctx.tokens[name.head].pos == "NOUN")


def _organization_last_word(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A name of two words or more ending in a word only an organization's name ends in (:data:`_ORG_LAST_WORDS`)."""
    word = tokens[last - 1].text
    return last - first > 1 and word[:1].isupper() and fold(word).rstrip(".") in _ORG_LAST_WORDS


def _double_barrelled_name(ctx: Context, first: int, last: int) -> bool:
    """``Nadia Ferreira-Holt`` tagged an organization or a place: a given name and a double-barrelled surname.

    One capitalised word and one word of two capitalised halves joined by a
    hyphen is how a double-barrelled surname is printed after a given name;
    it is a person's when the article then calls them by the surname alone
    (``Ferreira-Holt said``), as news does with people. Organizations and
    places with such a shape (``Agence France-Presse``, ``North
    Rhine-Westphalia``) are not shortened to their hyphenated word.
    """
    tokens = ctx.tokens
    words = tokens[first:last]
    if len(words) != 4 or words[2].text != "-" or not _joined(words[1:]):
        return False
    if not all(_title_word(t.text) for t in (words[0], words[1], words[3])) or words[0].end == words[1].start:
        return False
    if tokens[first].pos == "DET" or (first > 0 and tokens[first - 1].pos == "DET"):
        return False  # "the Sun-Times", "The Sun-Times" (the article inside the entity): a title, not a name
    surname = ctx.text[words[1].start : words[3].end]
    full = ctx.text[words[0].start : words[3].end]
    alone = len(re.findall(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", ctx.text))
    return alone > ctx.text.count(full)


def _joined(tokens: Sequence[Token]) -> bool:
    """Tokens printed as one word (no space between them): ``Ferreira`` ``-`` ``Holt``."""
    return all(a.end == b.start for a, b in zip(tokens, tokens[1:], strict=False))


def _title_word(word: str) -> bool:
    """A capital then lower-case letters, as names are printed (not ``KLM``, not ``GfK``)."""
    return len(word) > 1 and word.isalpha() and word[0].isupper() and word[1:].islower()


def _owned_name(ctx: Context, first: int, last: int) -> tuple[int, NameMention] | None:
    """``Commentary's Noah Rothman``, ``New Republic's Jeet Heer``: a person's name the tagger ran into its owner's.

    The possessor (an outlet, an employer, a country) only modifies the
    name, which heads the phrase: two or three capitalised proper nouns after
    the possessive ending, none of them a noun for a person or an organization
    (``Moody's Investors Service`` is one name). Returns where the possessor
    ends and the person's mention.
    """
    tokens = ctx.tokens
    owner = next((i for i in range(first + 1, last - 2) if _possessive_ending(tokens, i)), None)
    if owner is None or last - owner - 1 > 3:
        return None
    rest = tokens[owner + 1 : last]
    if not all(t.pos == "PROPN" and t.text[:1].isupper() and nouns.noun_class(t.text.lower()) is None for t in rest):
        return None
    person = _words_mention(ctx, owner + 1, last)
    return (owner, person) if person is not None else None


def _possessive_ending(tokens: Sequence[Token], i: int) -> bool:
    """``'s``, or the bare apostrophe after a plural the tagger may read as a closing mark (``Fox News’``)."""
    return tokens[i].tag == "POS" or (tokens[i].text in ("’", "'") and tokens[i - 1].text.endswith("s"))


def _collective_names(ctx: Context) -> frozenset[str]:
    """Plural proper nouns the text uses as a collective: ``the Rovers``, ``Rovers travel to Dunmore``.

    English puts *the* before the plural name of a team, a band or a
    family, never before a person's surname alone, and a person's name
    takes a singular verb; the tagger, which calls an unfamiliar team
    (``Kingsport Rovers``) a person, reads these as an organization. After
    *the*, not a word inside a name the tagger gave a person, nor one
    modifying another noun (``the Sanders campaign``); as a subject, not
    one of a coordination (``Sanders and Clinton spar``).
    """
    tokens = ctx.tokens
    found = set()
    for token in tokens:
        if token.tag not in ("NNPS", "NNS") or not token.text[:1].isupper() or token.i == 0 or token.dep == "compound":
            continue  # the tagger reads an unfamiliar plural name as a common noun as often ("Wanderers travel")
        after_the = tokens[token.i - 1].text.lower() == "the" and tokens[token.i - 1].head == token.i
        if (after_the and token.ent != "PERSON") or _plural_subject(ctx, token):
            found.add(token.text)
    return frozenset(found)


def _plural_subject(ctx: Context, token: Token) -> bool:
    """``Rovers travel``, ``Rovers have scored``: the subject of a plural verb, alone (no ``and`` another)."""
    tokens, children = ctx.tokens, ctx.analysis.children
    if token.dep not in ("nsubj", "nsubjpass") or any(tokens[c].dep == "conj" for c in children[token.i]):
        return False
    verb = tokens[token.head]
    forms = [verb, *(tokens[c] for c in children[verb.i] if tokens[c].dep in ("aux", "auxpass"))]
    return any(t.tag == "VBP" or t.text.lower() == "were" for t in forms)


def _collective_name(tokens: Sequence[Token], first: int, last: int, collectives: frozenset[str]) -> bool:
    """``Kingsport Rovers`` tagged a person, where the article calls it ``the Rovers``: a team's name, no person's."""
    return last - first >= 2 and tokens[last - 1].tag == "NNPS" and tokens[last - 1].text in collectives


def _nicknamed_mention(ctx: Context, nicknamed: Nicknamed) -> NameMention | None:
    """``Dane "The Hammer" Hollis``: a person mention over the whole run, named ``Dane Hollis``.

    The nickname is no part of the name a reader counts the person by (it
    would keep ``Hollis`` and ``Dane Hollis`` apart), so it is left out of
    the name's words and kept as written for an alias.
    """
    mention = _words_mention(ctx, nicknamed.first, nicknamed.last)
    if mention is None or mention.first >= nicknamed.nickname_first:
        return None
    tokens = ctx.tokens
    given = ctx.text[mention.start : tokens[nicknamed.nickname_first].start].rstrip()
    family = ctx.text[tokens[nicknamed.nickname_last].start : mention.end]
    printed = f"{given} {family}"
    written = ctx.text[mention.start : mention.end]
    return attrs.evolve(mention, words=tuple(name_tokens(printed)), printed=printed, nickname=written)


def _outside_datelines(ctx: Context, mentions: list[OrgMention]) -> list[OrgMention]:
    """Leave out ``WASHINGTON`` and ``AP`` of ``WASHINGTON (AP) —``: where and by whom, not who."""
    if not mentions:
        return mentions
    datelines = ctx.analysis.datelines
    if not datelines:
        return mentions
    kept = []
    for mention in mentions:
        end = next((e for s, e in datelines if s <= mention.start < e), None)
        if end is None:
            kept.append(mention)
        elif mention.end > end:
            rest = _after_dateline(ctx, mention, end)  # "BERLIN - Berlin's transport company"
            if rest is not None:
                kept.append(rest)
    return kept


def _inside_dateline(ctx: Context, start: int, end: int) -> bool:
    """``KINGSPORT —`` tagged a person: a name wholly inside a dateline is where the story was filed."""
    return any(s <= start and end <= e for s, e in ctx.analysis.datelines)


def _after_dateline(ctx: Context, mention: OrgMention, end: int) -> OrgMention | None:
    """The part of a mention that runs on past the dateline it starts in, from its first word after it.

    Only a name of two words or more: the tagger that ran the dateline into
    the sentence read one word after it (``BERLIN - Berlin's transport
    company``) with the dateline's label, which says nothing about that word.
    """
    tokens = ctx.tokens
    first = mention.first
    while first < mention.last and (tokens[first].start < end or not tokens[first].text[:1].isalnum()):
        first += 1
    if mention.last - first < 2:
        return None
    start = tokens[first].start
    name = clean_org_name(ctx.text[start : mention.end])
    return OrgMention(start, mention.end, name, mention.label, first, mention.last) if name else None


def _org_mentions(ctx: Context, first: int, last: int) -> list[OrgMention]:
    """An organization entity; ``World Health Organization (WHO`` is split into the name and its acronym."""
    tokens = ctx.tokens
    parts: list[tuple[int, int]] = []
    opening = next((i for i in range(first, last) if tokens[i].text == "("), None)
    if opening is not None:
        parts.append((first, opening))
        after = opening + 1
        closing = next((i for i in range(after, last) if tokens[i].text == ")"), last)
        parts.append((after, closing))
    else:
        parts.append((first, last))
    found = []
    for part_first, part_last in parts:
        part_first, part_last = _trim(ctx, part_first, part_last)
        if part_first >= part_last:
            continue
        start, end = ctx.chars(part_first, part_last)
        name = clean_org_name(ctx.text[start:end])
        if name and not _HANDLE.search(name):
            found.append(OrgMention(start, end, name, "ORG", part_first, part_last))
    return found


#: Labels a tagger gives a speaker's name by mistake, never to a speaker: ``"...," Joanne Pike told the
#: jury`` tagged a work of art. A name with one of them (or none) as the subject of a speech verb is a person's.
_NOT_NAME_LABELS = frozenset({"", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})


def _untagged_speakers(ctx: Context) -> tuple[list[NameMention], list[OrgMention]]:
    """``Ana Ferreira ... said``: a run of capitalized proper nouns NER missed, as subject of a speech verb.

    Only speakers: elsewhere an untagged proper-noun run is as likely a
    product or an event as a person. A run ending in an organization noun
    (``Riverbend Creamery said``, ``Regional Rail said``) is the
    organization's name: an organization mention, never a person's.
    """
    tokens = ctx.tokens
    found: list[NameMention] = []
    orgs: list[OrgMention] = []
    for first, token in _untagged_subject_runs(tokens):
        noun_class = nouns.noun_class(token.text.lower())
        if noun_class == "organization":
            orgs.extend(_org_mentions(ctx, first, token.i + 1))
            continue
        if noun_class not in (None, "person"):
            continue
        if names.body_name(tokens[_run_start(tokens, first) : token.i + 1], token):
            continue  # "Natural Resources Wales said": a body's name, not a person's
        mention = _name_mention(ctx, first, token.i + 1)
        if mention is not None and len(mention.words) >= 2:
            found.append(mention)
    return found, orgs


def _untagged_subject_runs(tokens: Sequence[Token]) -> Iterator[tuple[int, Token]]:
    """Runs of two to four capitalised proper nouns NER left untagged, subject of a speech verb: (first, head)."""
    for token in tokens:
        if (
            token.dep != "nsubj"
            or token.pos != "PROPN"
            or token.ent not in _NOT_NAME_LABELS
            or tokens[token.head].lemma not in SPEECH_LEMMAS
        ):
            continue
        first = token.i
        while (
            first > 0
            and _proper_word(tokens[first - 1])
            and tokens[first - 1].head == token.i
            and tokens[first - 1].ent in _NOT_NAME_LABELS
        ):
            first -= 1
        run = tokens[first : token.i + 1]
        if 2 <= len(run) <= 4 and all(t.text[:1].isupper() and t.text.isalpha() for t in run):
            yield first, token


def _proper_word(token: Token) -> bool:
    """A proper noun, or a word the tagger took for a common noun that is none we know (``Riverbend``)."""
    return token.pos == "PROPN" or (token.pos == "NOUN" and nouns.noun_class(token.text.lower()) is None)


def _run_start(tokens: Sequence[Token], first: int) -> int:
    """First word of the proper-noun compounds before ``first`` (``Natural`` of ``Natural Resources Wales``)."""
    while first > 0 and tokens[first - 1].pos == "PROPN" and tokens[first - 1].dep == "compound":
        first -= 1
    return first


def _trim(ctx: Context, first: int, last: int) -> tuple[int, int]:
    """Drop possessive endings and punctuation at the entity's edges."""
    tokens = ctx.tokens
    while last > first and (tokens[last - 1].text in _TRAILING or tokens[last - 1].tag == "POS"):
        last -= 1
    while first < last and (tokens[first].pos in ("PUNCT",) or tokens[first].text in _TRAILING):
        first += 1
    return first, last


def _name_mention(ctx: Context, first: int, last: int) -> NameMention | None:
    """A person mention, with title words NER swallowed moved out of the name."""
    first, last = _headline_words_out(ctx.tokens, first, last)
    return _words_mention(ctx, first, last)


def _words_mention(ctx: Context, first: int, last: int) -> NameMention | None:
    """The person mention of words known to be a name's, titles and honorifics moved out of it."""
    tokens = ctx.tokens
    honorific = None
    if title_run_end(tokens, first, last) == last:
        return None  # "Managing Partner" tagged a person of its own: a title, no name
    first = max(first, title_run_end(tokens, first, last - 1))  # "Chief Financial Officer Lena Brook"
    while first < last:
        word = tokens[first].text
        if honorific_key(word) and last - first > 1:
            honorific = word
            first += 1
        elif fold(word) in TITLE_WORDS or (word[:1].islower() and not word[:1].isdigit()):
            first += 1
        elif _role_noun_before_full_name(tokens, first, last):
            first += 1  # "Therapist Owen Gallagher": the capital is the sentence's, the noun his role
        else:
            break
    if first >= last:
        return None
    if honorific is None and first > 0 and honorific_key(tokens[first - 1].text):
        honorific = tokens[first - 1].text
    start, end = ctx.chars(first, last)
    printed = strip_possessive(ctx.text[start:end])
    if _NOT_A_NAME.search(printed):
        return None  # "Twitter @handle", a URL, a number: bylines and boilerplate
    words = tuple(name_tokens(printed))
    if not words or all(w in TITLE_WORDS for w in words):
        return None
    return NameMention(start, start + len(printed), words, printed, first, last, honorific)


def _headline_words_out(tokens: Sequence[Token], first: int, last: int) -> tuple[int, int]:
    """A name NER read out of headline-cased words: ``Marco Rubio Responds To ...``, ``Certainly Donald Trump``.

    In title case every word is capitalised, so NER runs a name on into the
    verb after it or starts it at the adverb before it; the tagger still
    reads those words as a verb, adverb or preposition. The name ends before
    the first verb, pronoun, particle or colon and starts after any adverb,
    preposition or verb that leads (a modal only before a verb: ``Will Doyle``
    is a name). What is left must hold a proper noun, else it is no name.
    Adverbs inside are kept: the tagger reads ``O’Reilly`` as one.
    """
    start, end = first, last
    while first < last - 1:
        token, after = tokens[first], tokens[first + 1]
        if (
            (token.pos == "ADV" and token.text.isalpha())
            or token.pos in ("ADP", "VERB")
            or (token.pos == "AUX" and after.pos in ("VERB", "AUX"))
        ):
            first += 1
        else:
            break
    last = next(
        (
            i
            for i in range(first + 1, last)
            if tokens[i].pos in ("VERB", "AUX", "PART", "PRON") or tokens[i].text == ":"
        ),
        last,
    )
    if (first, last) != (start, end) and not any(tokens[i].pos == "PROPN" for i in range(first, last)):
        return first, first
    return first, last


def _role_noun_before_full_name(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A person noun (``therapist``, ``coach``) before a full name of two capitalised words or more.

    Only before a full name, so a given name that is also a noun (``Guy Lane``, ``Judge Reinhold``)
    stays a name.
    """
    rest = tokens[first + 1 : last]
    if len(rest) < 2 or not all(t.text[:1].isupper() for t in rest):
        return False
    word = tokens[first].text.lower()
    return word not in NOT_ROLE_TITLES and nouns.noun_class(word) == "person"


def _role_noun_named_person(ctx: Context, first: int, last: int) -> NameMention | None:
    """``said librarian Tamsin Howe``: a name tagged an organization, described as a person or before *who*."""
    first = _untagged_given_name(ctx.tokens, first, last)
    if _gendered_in_own_clause(ctx, first, last):
        return _words_mention(ctx, first, last)  # "Carly Fiorina threw her support behind ..."
    if not _short_proper_name(ctx.tokens, first, last):
        return None
    if _who_follows(ctx.tokens, last):
        return _name_mention(ctx, first, last)  # "Darnell Price, who has slept in Allan Gardens"
    return _described_person(ctx, first, last)


def _gendered_in_own_clause(ctx: Context, first: int, last: int) -> bool:
    """``Carly Fiorina threw her support behind ...``: a name tagged an organization that is the subject of a
    verb whose own object is *his* or *her* something, or whose reflexive is *himself* or *herself*, with no
    other name between: an organization would be *its* or *itself* there (:func:`_own_pronoun`).
    """
    tokens = ctx.tokens
    words = tokens[first:last]
    if first == 0 or not 2 <= len(words) <= 3 or not all(t.text[:1].isupper() and t.text.isalpha() for t in words):
        return False  # a full name as written (the tagger may read a given name as anything: "Carly" an adverb)
    name = tokens[ctx.head_of_range(first, last)]
    if name.pos != "PROPN" or name.dep != "nsubj" or name.head < last:
        return False
    verb = name.head
    for token in tokens[last : ctx.sentence_bounds(name)[1]]:
        if token.ent == "PERSON" or (token.pos == "PROPN" and token.i > verb):
            return False  # someone else named first: the pronoun may be theirs
        if _own_pronoun(tokens, token, verb):
            return True
    return False


def _own_pronoun(tokens: Sequence[Token], token: Token, verb: int) -> bool:
    """A reflexive on the verb (``defended herself``) or a possessive on its object (``threw her support``).

    Not a pronoun of a reported clause: ``The Associated Press said she had
    reached the number`` speaks of someone else.
    """
    word = token.text.lower()
    if word in ("himself", "herself"):
        return token.head == verb
    owned = tokens[token.head]
    return word in ("his", "her") and token.dep == "poss" and owned.dep in ("dobj", "obj") and owned.head == verb


def _described_person(ctx: Context, first: int, last: int) -> NameMention | None:
    """A name a lower-case person noun describes, before it or in apposition, whatever NER called it.

    ``nurse Abigail Tran``, ``the defense attorney, Marcus Bell,``, ``the
    novelist Ines Carvalho``, ``a driver known as Mack Delaney``: an
    organization or a place is not introduced that way.
    """
    tokens = ctx.tokens
    if not _short_proper_name(tokens, first, last):
        return None
    noun = tokens[first - 1]
    before = first <= noun.head < last or _bare_noun_before_name(tokens, noun, tokens[last - 1])
    if not before:
        name = tokens[last - 1]
        participle = names.participle_naming(ctx.analysis, name)
        described_after = _description_after(ctx, name)
        if participle is not None:
            noun = tokens[participle.head]  # "a driver known as Mack Delaney": the name a participle gives
        elif described_after is not None:
            noun = described_after  # "Maryam Violet, an Iranian journalist,": the description set after the name
        elif name.dep != "appos" or name.head >= first:
            return None
        else:
            noun = tokens[name.head]  # "the defense attorney, Marcus Bell": the name set after its description
    if noun.pos not in ("NOUN", "ADJ") or not noun.text[:1].islower():
        return None
    word = noun.text.lower()
    if (before and word in NOT_ROLE_TITLES) or nouns.noun_class(word, noun.lemma) != "person":
        return None  # a given name that is a noun ("Guy Lane") only stands right after its noun
    return _name_mention(ctx, first, last)


def _bare_noun_before_name(tokens: Sequence[Token], noun: Token, name: Token) -> bool:
    """``told host Eli Barrow``: a singular common noun right before a name, parsed apart from it.

    After a verb of telling or asking the parser often makes the title noun
    an object of its own and the name a second one; English gives a
    singular count noun there no object of its own without a determiner, so
    a bare noun right before a name is the name's title (the caller then
    asks that it be a person noun). Not when the name itself modifies a
    noun after it (``billionaire Dallas Mavericks owner``): the title is
    that noun's.
    """
    if name.dep == "compound" and name.head > name.i:
        return False
    return noun.tag == "NN" and (noun.i == 0 or tokens[noun.i - 1].pos not in ("DET", "PRON", "NUM"))


def _untagged_given_name(tokens: Sequence[Token], first: int, last: int) -> int:
    """Where a name starts when the tagger left its given name out: ``Reince`` of ``Reince Priebus`` tagged ``ORG``.

    Capitalised proper nouns the parser compounds onto the entity, one or
    two; the callers take the wider name only when the text says it is a
    person's (a person noun describes it, or a pronoun only a person takes).
    """
    start = first
    while (
        first > 0
        and start - first < 2
        and tokens[first - 1].pos == "PROPN"
        and not tokens[first - 1].ent
        and tokens[first - 1].text[:1].isupper()
        and tokens[first - 1].dep == "compound"
        and first <= tokens[first - 1].head < last
    ):
        first -= 1
    return first


def _description_after(ctx: Context, name: Token) -> Token | None:
    """The noun of a description set off by a comma right after a name: ``Maryam Violet, an Iranian journalist,``.

    How news introduces a person; an organization gets an organization noun
    (``Club for Growth, the conservative group,``), which the caller's
    person-noun test turns away.
    """
    tokens = ctx.tokens
    if name.i + 1 >= len(tokens) or tokens[name.i + 1].text != ",":
        return None
    return next(
        (tokens[c] for c in ctx.analysis.children[name.i] if c > name.i + 1 and tokens[c].dep == "appos"),
        None,
    )


def _short_proper_name(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Two or three capitalised proper nouns, not opening the text: what a described person's name looks like.

    A hyphen joins two of them into one surname (``Marisol Cordero-Hale``, which the tokenizer splits).
    """
    if first == 0 or last - first > 5 or "-" in (tokens[first].text, tokens[last - 1].text):
        return False
    words = [t for t in tokens[first:last] if t.text != "-"]
    return 2 <= len(words) <= 3 and all(t.pos == "PROPN" and t.text[:1].isupper() for t in words)


def _who_follows(tokens: Sequence[Token], last: int) -> bool:
    """``NAME, who ...``: English says *who* of people and *which* of organizations."""
    return last + 1 < len(tokens) and tokens[last].text == "," and tokens[last + 1].text.lower() in ("who", "whom")


def _person_named_org(ctx: Context, first: int, last: int) -> OrgMention | None:
    """``the Biden administration``: a name that modifies an organization noun."""
    tokens = ctx.tokens
    if last < len(tokens) and tokens[last].pos == "NOUN" and tokens[last].lemma.lower() in ORG_HEAD_NOUNS:
        start, end = ctx.chars(first, last + 1)
        return OrgMention(start, end, ctx.text[start:end], "ORG", first, last + 1)
    return None


# -- 2. mentions NER mislabelled or missed ---------------------------------------------
def _one_word_organizations(
    text: str, clusters: list[PersonCluster], names: list[NameMention], orgs: list[OrgMention]
) -> tuple[list[PersonCluster], list[NameMention], list[OrgMention]]:
    """``Lumen unveiled a phone ... Lumen's shares rose``: a one-word name tagged an organization as often.

    The tagger's label for an unfamiliar one-word name flips between
    sentences. A person in news is introduced by full name or with an
    honorific; a one-word name never given either, and tagged an
    organization at least as often as a person, is taken for the
    organization (``Lumen``, a restaurant called ``Marrow``), so its
    mentions stop counting as a person's.
    """
    org_counts: dict[str, int] = {}
    for org in orgs:
        if org.last - org.first == 1:
            org_counts[fold(org.name)] = org_counts.get(fold(org.name), 0) + 1
    first_words = _first_words_of_long_names(orgs)
    last_words = _last_words_of_long_names(orgs)
    if not org_counts and not first_words and not last_words:
        return clusters, names, orgs
    kept: list[PersonCluster] = []
    moved: list[NameMention] = []
    for cluster in clusters:
        single = all(len(m.words) == 1 and m.last - m.first == 1 and not m.honorific for m in cluster.mentions)
        first = min(m.start for m in cluster.mentions)
        shortened = cluster.key in first_words and first_words[cluster.key] < first
        titled = (  # "The Gazette said" after "the Orrin Valley Gazette": "the" shortens a title, not a name
            cluster.key in last_words
            and last_words[cluster.key] < first
            and all(_the_before(text, m.start) for m in cluster.mentions)
        )
        if single and (org_counts.get(cluster.key, 0) >= len(cluster.mentions) or shortened or titled):
            moved.extend(cluster.mentions)
        else:
            kept.append(cluster)
    if not moved:
        return clusters, names, orgs
    spans = {(m.start, m.end) for m in moved}
    orgs = orgs + [OrgMention(m.start, m.end, m.printed, "ORG", m.first, m.last) for m in moved]
    return kept, [m for m in names if (m.start, m.end) not in spans], orgs


#: Last words of a two-word business name whose first word alone is the business (:func:`_first_words_of_long_names`).
_SHORTENED_LAST_WORDS = TRADE_WORDS | {"news"}


def _last_words_of_long_names(orgs: list[OrgMention]) -> dict[str, int]:
    """``gazette`` → where ``the Orrin Valley Gazette`` is first printed: last words ending one organization's name."""
    lasts: dict[str, dict[str, int]] = defaultdict(dict)
    for org in orgs:
        words = org_key(org.name).split()
        if len(words) > 1:
            lasts[words[-1]].setdefault(" ".join(words), org.start)
    return {word: min(starts.values()) for word, starts in lasts.items() if len(starts) == 1}


def _first_words_of_long_names(orgs: list[OrgMention]) -> dict[str, int]:
    """``halvorsen`` → where ``Halvorsen Tools`` is first printed: the first word of a business's two-word name.

    News shortens a company's name to its first word after giving it in
    full (``Halvorsen Tools ... Halvorsen said it``, ``Fox News ... Fox``),
    as :func:`_short_names` reads for organizations. Only a name ending in
    a noun of trade or ``News``: other names are as often built on a
    person's (``the Obama administration``, ``the Clinton Foundation``),
    whose surname alone is the person. A word that begins two names, or is
    itself an organization noun (``Senate``), is no short name.
    """
    firsts: dict[str, dict[str, int]] = defaultdict(dict)
    for org in orgs:
        words = org_key(org.name).split()
        if len(words) == 2 and words[1] in _SHORTENED_LAST_WORDS:
            firsts[words[0]].setdefault(" ".join(words), org.start)
    return {
        word: min(starts.values())
        for word, starts in firsts.items()
        if len(starts) == 1 and nouns.noun_class(word) is None
    }


def _mislabelled_person_mentions(
    ctx: Context, clusters: list[PersonCluster], orgs: list[OrgMention], places: list[OrgMention]
) -> list[NameMention]:
    """One-word places/organizations/untagged proper nouns that are a known person's name."""
    known: set[str] = set()
    for cluster in clusters:
        words = cluster.key.split()
        known.update((words[0], words[-1]))
    if not known:
        return []
    covered: set[int] = set()
    for cluster in clusters:
        for m in cluster.mentions:
            covered.update(range(m.first, m.last))
    for other in orgs + places:
        if other.last - other.first > 1:
            covered.update(range(other.first, other.last))
    extra: list[NameMention] = []
    for mention in orgs + places:
        if mention.last - mention.first == 1 and _person_word(mention.name, known):
            extra.append(_word_mention(ctx, mention.first))
            covered.add(mention.first)
        elif _hyphenated_word(ctx, mention) and _person_word(mention.name, known):
            surname = _name_mention(ctx, mention.first, mention.last)  # "Okonkwo-Reyes" tagged an organization
            if surname is not None:
                extra.append(surname)
                covered.update(range(mention.first, mention.last))
    sentence_starts = {sentence.first for sentence in ctx.analysis.sentences}
    for token in ctx.tokens:
        pos = token.pos  # _name_like, inlined and asked first: it rules out most tokens
        if pos != "PROPN" and (pos != "NOUN" or not ctx.word(token.i)[:1].isupper()):
            continue
        if token.i in covered or (token.ent and token.ent != "PERSON"):
            continue
        word = ctx.word(token.i)
        if token.i in sentence_starts and token.pos != "PROPN" and fold(word) not in known:
            continue  # a capitalized common noun opening a sentence: only an exact name counts
        if not _person_word(word, known):
            continue  # (parts of hyphenated entities, "Blinken-Xi", are looked at one by one)
        extra.append(_word_mention(ctx, token.i))
    return extra


def _hyphenated_word(ctx: Context, mention: OrgMention) -> bool:
    """One printed word the tokenizer split at its hyphens (``Okonkwo-Reyes``): one word of a name, not two."""
    tokens = ctx.tokens[mention.first : mention.last]
    if len(tokens) < 3 or not any(t.text == "-" for t in tokens):
        return False
    return _joined(tokens)


def _unsplittable(clusters: list[PersonCluster], hyphenated: list[NameMention]) -> list[NameMention]:
    """Hyphenated one-word names that are not two known people (``Blinken-Xi`` is; ``Ing-wen`` is not).

    The ones left out are picked up word by word as mentions of the known people.
    """
    known = {word for cluster in clusters for word in cluster.key.split()}
    return [m for m in hyphenated if not all(part in known for part in m.words[0].split("-") if part)]


def _name_like(ctx: Context, token: Token) -> bool:
    """A proper noun, or a capitalized noun inside a sentence (taggers call ``Okafors'`` a noun)."""
    if token.pos == "PROPN":
        return True
    return token.pos == "NOUN" and token.text[:1].isupper()


def _person_word(word: str, known: set[str]) -> bool:
    """Whether ``word`` is a known person's first or last name, as written or as the name's key reads it.

    The key leaves a one-letter part out (``O'Donnell`` is ``donnell`` in
    ``John O'Donnell``'s key), so ``O'Donnell`` tagged an organization is
    compared in that form too.
    """
    folded = fold(strip_possessive(word))
    if folded in known or any(v in known for v in plural_variants(folded)):
        return True
    keyed = name_tokens(word)
    return len(keyed) == 1 and keyed[0] != folded and keyed[0] in known


def _word_mention(ctx: Context, i: int) -> NameMention:
    start, end = ctx.chars(i, i + 1)
    printed = strip_possessive(ctx.text[start:end])
    honorific = ctx.tokens[i - 1].text if i > 0 and honorific_key(ctx.tokens[i - 1].text) else None
    return NameMention(start, start + len(printed), tuple(name_tokens(printed)), printed, i, i + 1, honorific)


# -- 3. people ---------------------------------------------------------------------------
def _build_person(ctx: Context, cluster: PersonCluster) -> Built | None:
    mentions = cluster.mentions
    full = [m for m in mentions if len(m.words) > 1]
    if full:
        name = max(full, key=lambda m: (len(m.words), -m.start)).printed
    else:  # one-word name: the form that is the key, not a translated plural
        name = next((m.printed for m in mentions if " ".join(m.words) == cluster.key), mentions[0].printed)
    built = Built(name=name, kind=ActorKind.PERSON, key=cluster.key)
    aliases: list[str] = []
    infos: list[RoleInfo] = []
    for mention in mentions:
        built.spans.add((mention.start, mention.end))
        infos.append(describe(ctx, mention.first, mention.last) if mention.first >= 0 else RoleInfo())
        printed = f"{mention.honorific} {mention.printed}" if mention.honorific else mention.printed
        for alias in (printed, mention.printed, mention.nickname):
            if alias and alias != name and alias not in aliases:
                aliases.append(alias)
    built.aliases = aliases
    built.role_spans = [i.span for i in infos if i.span is not None and i.source != "reverse-appositive"]
    built.premodifier_spans = [i.span for i in infos if i.span is not None and i.source == "pre-modifier"]
    for info in infos:  # "The head of the agency, Tomas Reyes,": the description names him too
        if info.source == "reverse-appositive" and info.span is not None:
            built.spans.add(info.span)
    ranked = sorted((i for i in infos if i.role), key=lambda i: _ROLE_PRIORITY.get(i.source, 9))
    role_words: list[str] = []
    for info in ranked:
        role_words += _role_head(info.role)
        role = clean_person_role(info.role)
        if role and built.role is None:
            built.role, built.affiliation = role, info.affiliation
    if built.affiliation is None:
        built.affiliation = next((i.affiliation for i in infos if i.affiliation), None)
    built.title = next((i.title for i in infos if i.title), None) or next(
        (m.honorific for m in mentions if m.honorific), None
    )
    _party_tag(ctx, built, mentions)
    _of_tail(ctx, built, mentions)
    if built.role is None and built.title:
        built.role = HONORIFIC_TITLES.get(honorific_key(built.title) or "")
    genders = {g for g in (m.honorific_gender for m in mentions) if g}
    if len(genders) == 1:
        built.gender, built.gender_source = genders.pop(), "honorific"
    elif not genders:
        found = {g for g in map(nouns.noun_gender, role_words + _title_words(ctx, mentions)) if g}
        if len(found) == 1:
            built.gender, built.gender_source = found.pop(), "role"
    return built


_ROLE_TAIL = re.compile(r"\s(?:of|at|for|from|with|in|on|to)\s.*$")


def _role_head(role: str | None) -> list[str]:
    """The noun a role is about (``wife`` in ``Kaminski's wife``, not ``fishermen`` in ``head of fishermen``)."""
    words = _ROLE_TAIL.sub("", role or "").split()
    return words[-1:]


def _title_words(ctx: Context, mentions: list[NameMention]) -> list[str]:
    """``Congresswoman Ann Lee``: the word just before a name, which NER may have left out of any role;
    and the nouns the name is in apposition to (``Her husband, the drummer Leon Hale``: ``husband``,
    which the role, ``drummer``, leaves out)."""
    words = []
    for mention in mentions:
        if mention.first > 0:
            words.append(ctx.tokens[mention.first - 1].text)
            words += _apposed_nouns(ctx, mention.first, mention.last)
    return words


def _apposed_nouns(ctx: Context, first: int, last: int) -> list[str]:
    """The common nouns a name stands in apposition to, up a chain of two (``drummer``, ``husband``)."""
    tokens = ctx.tokens
    node = tokens[ctx.head_of_range(first, last)]
    found: list[str] = []
    for _ in range(2):
        if node.dep != "appos" or node.head == node.i or node.head >= first:
            break
        node = tokens[node.head]
        if node.pos != "NOUN":
            break
        found.append(node.text)
    return found


def _of_tail(ctx: Context, built: Built, mentions: list[NameMention]) -> None:
    """``Sen. Lena Ortiz of Ohio``, ``Ann Lee of the Urban Institute``: a title after the name, no comma."""
    if built.affiliation is not None:
        return
    tokens = ctx.tokens
    for mention in mentions:
        if mention.last < 0 or mention.last + 1 >= len(tokens) or tokens[mention.last].text != "of":
            continue
        first = mention.last + 1 + (tokens[mention.last + 1].text.lower() == "the")
        entity = ctx.entity_at(first)
        if entity is None or entity.first not in (mention.last + 1, first) or entity.label not in ("GPE", "ORG"):
            continue
        built.affiliation = affiliation_of(ctx, entity)
        title = HONORIFIC_TITLES.get(honorific_key(built.title or mention.honorific or "") or "")
        if built.role is None and title and entity.label == "GPE":
            built.role = f"{title} from {built.affiliation.name}"
        built.role_spans.append(ctx.chars(mention.last, entity.last))
        return


def _party_tag(ctx: Context, built: Built, mentions: list[NameMention]) -> None:
    """``Sen. Thomas Whitfield, R-Texas``: party as affiliation, the state completing a title role."""
    for mention in mentions:
        tag = party_tag(ctx.text, mention.end)
        if tag is None:
            continue
        if built.affiliation is None or built.affiliation.label != "ORG":
            built.affiliation = Affiliation(tag.party, "PARTY", tag.start, tag.start + 1)
        title = HONORIFIC_TITLES.get(honorific_key(built.title or mention.honorific or "") or "")
        if built.role is None and title and tag.state:
            built.role = f"{title} from {tag.state}"
        built.role_spans.append((tag.start, tag.end))
        return


# -- 4. organizations, places, groups -------------------------------------------------------
def _build_orgs(ctx: Context, mentions: list[OrgMention]) -> dict[str, Built]:
    """One organization per name; ``CCP`` joins ``Chinese Communist Party``."""
    by_key: dict[str, Built] = {}
    for mention in mentions:
        key = org_key(mention.name)
        if not key:
            continue
        built = by_key.get(key)
        if built is None:
            built = by_key[key] = Built(name=mention.name, kind=ActorKind.ORGANIZATION, key=key)
        built.spans.add((mention.start, mention.end))
        if mention.name != built.name and mention.name not in built.aliases:
            built.aliases.append(mention.name)
    for key in [k for k in by_key if k.endswith("s") and k[:-1] in by_key]:
        absorbed = by_key.pop(key)  # "Biden administrations" (translation) → "Biden administration"
        by_key[key[:-1]].spans |= absorbed.spans
    by_initials: dict[str, str] = {}
    for key, built in by_key.items():
        if len(key.split()) > 1:
            by_initials.setdefault(initials(built.name), key)
    for key in [k for k in by_key if " " not in k]:
        acronym = by_key[key].name
        target = by_initials.get(acronym) if acronym.isupper() and len(acronym) > 1 else None
        if target and target != key:
            absorbed = by_key.pop(key)
            by_key[target].spans |= absorbed.spans
            by_key[target].aliases.append(absorbed.name)
    _short_names(ctx, by_key)
    _elliptical_possessives(ctx, by_key)
    return by_key


def _elliptical_possessives(ctx: Context, by_key: dict[str, Built]) -> None:
    """``attended St. Columba's for years``: a possessive with no noun after it is the named place it owns.

    English drops the head noun of a possessive when the reader knows it
    (``at St. Mary's``, ``shopping at Harrod's``): after ``St. Columba's
    Church`` the bare ``St. Columba's`` is that church. It joins the one
    organization printed before it whose name is its own plus one word.
    """
    for key in list(by_key):
        short = by_key[key]
        if not all(_possessive_without_noun(ctx, end) for _, end in short.spans):
            continue
        longer = _the_one(by_key, partial(_one_word_on, key))
        if longer is not None and min(longer.spans) < min(short.spans):
            longer.spans |= by_key.pop(key).spans
            longer.aliases.append(short.name)


def _one_word_on(short: str, name: str) -> bool:
    """``name`` is the key ``short`` with its possessive and one more word (``st columba s church``)."""
    rest = name.removeprefix(short + " ")
    return rest != name and " " not in rest.removeprefix("s ")


def _possessive_without_noun(ctx: Context, end: int) -> bool:
    """The name ending at ``end`` is printed with ``'s`` and no noun or name follows the possessive."""
    if ctx.text[end : end + 2] not in ("'s", "’s"):
        return False
    after = next((t for t in ctx.tokens if t.start >= end + 2), None)
    return after is None or after.pos not in ("NOUN", "PROPN", "ADJ", "NUM")


def _short_names(ctx: Context, by_key: dict[str, Built]) -> None:
    """``Northgate`` for ``Northgate Ventures``: a one-word name that begins one longer name is that organization.

    News gives the full name first and shortens it after, so only a short
    name first printed after the long one. Not an acronym, which is a full
    name of its own (``UN`` is not the ``UN Security Council``), nor a word
    that is itself an organization noun (``Senate`` of the ``Senate Judiciary
    Committee`` is another body), nor a word that begins two longer names.
    A plural word is also the end of a team's or a band's name (``the
    Rovers`` for ``Kingsport Rovers``, ``the Owls`` for ``the Night Owls``),
    and so is any word printed after *the* that ends one longer name (``the
    Post`` for ``The Washington Post``, ``the Gazette`` for ``the Orrin Valley
    Gazette``, a newspaper's noun allowed: :data:`_MASTHEAD_WORDS`): *the*
    shortens a title, never a person's name. Not a name of more words:
    ``the New York Times`` is not the ``International New York Times``,
    nor ``the Republican Party`` a state's.
    """
    for key in [k for k in by_key if " " not in k]:
        short = by_key[key]
        if short.name.isupper() or (nouns.noun_class(key) is not None and key not in _MASTHEAD_WORDS):
            continue
        longer = _the_one_longer(key, by_key) or (_the_one_ending(key, by_key) if key.endswith("s") else None)
        if longer is None and _after_the(ctx, short):
            longer = _the_one_ending(key, by_key)
        if longer is not None and min(longer.spans) < min(short.spans):
            absorbed = by_key.pop(key)
            longer.spans |= absorbed.spans
            longer.aliases.append(absorbed.name)


#: Nouns that end a newspaper's name, organization nouns or not: ``the Gazette`` is ``the Orrin Valley Gazette``.
_MASTHEAD_WORDS = frozenset("gazette tribune herald chronicle courier inquirer post journal".split())


def _after_the(ctx: Context, built: Built) -> bool:
    """Every mention of ``built`` printed after *the* (``The Post``, ``the Post's``)."""
    return all(_the_before(ctx.text, start) for start, _ in built.spans)


def _the_before(text: str, start: int) -> bool:
    """``The Post`` (the article inside the mention) or ``the Post`` (right before it)."""
    return text[start : start + 4] in ("The ", "the ") or text[max(0, start - 4) : start] in ("The ", "the ")


def _the_one_longer(key: str, by_key: dict[str, Built]) -> Built | None:
    """The one organization whose name begins with the words of ``key`` and goes on, if exactly one does."""
    return _the_one(by_key, lambda longer: longer.startswith(key + " "))


def _the_one_ending(key: str, by_key: dict[str, Built]) -> Built | None:
    """The one organization whose name ends with the word ``key`` after others, if exactly one does."""
    return _the_one(by_key, lambda longer: longer.endswith(" " + key))


def _the_one(by_key: dict[str, Built], fits: Callable[[str], bool]) -> Built | None:
    """The organization whose key ``fits``, when exactly one does: two would make the short name ambiguous."""
    found = [org for longer, org in by_key.items() if fits(longer)]
    return found[0] if len(found) == 1 else None


def _organization_descriptions(ctx: Context, organizations: dict[str, Built]) -> None:
    """``Her publisher, Halcyon Books,``, ``The agency said``: descriptions that mention a named organization.

    News names an organization once and then describes it: an organization
    noun (``publisher``, ``agency``, ``committee``) in apposition to its name
    is the organization itself, and a definite ``the agency`` refers back to
    the nearest organization named before it whose name is built on that
    noun (``the Federal Emergency Management Agency``, not ``the Government
    Development Bank`` for ``the government``). Left alone, each description
    becomes an organization of its own when it speaks.
    """
    if not organizations:
        return
    taken = {span for org in organizations.values() for span in org.spans}
    for org in organizations.values():
        for start, end in sorted(org.spans):
            described = _apposed_description(ctx, start, end)
            if described is not None and described not in taken:
                org.spans.add(described)
                taken.add(described)
    named = sorted(((start, org) for org in organizations.values() for start, _ in org.spans), key=lambda item: item[0])
    starts = [start for start, _ in named]
    for chunk in ctx.analysis.chunks:
        if ctx.tokens[chunk.first].text.lower() != "the" or chunk.last - _seat_end(ctx, chunk.first + 1) != 1:
            continue  # "the agency" alone: "the next administration" is another one
        span = ctx.chars(chunk.first, chunk.last)
        if span in taken or not _bare_description(ctx, _seat_end(ctx, chunk.first + 1), chunk.root):
            continue
        noun = fold(ctx.tokens[chunk.root].lemma)
        earlier = range(bisect.bisect_left(starts, span[0]) - 1, -1, -1)  # nearest first, no copy of the list
        referent = next((named[i][1] for i in earlier if _head_word(named[i][1].key) == noun), None)
        if referent is None and noun in _COMPANY_NOUNS:
            referent = next((named[i][1] for i in earlier if _head_word(named[i][1].key) in TRADE_WORDS), None)
        if referent is not None:
            referent.spans.add(span)
            taken.add(span)


#: Nouns that describe any business: ``the company`` is also ``Halvorsen Tools`` (named by its trade,
#: :data:`TRADE_WORDS`) when no organization named on ``company`` itself comes before.
_COMPANY_NOUNS = frozenset({"company", "firm"})


def _seat_end(ctx: Context, i: int) -> int:
    """After ``Minneapolis-based`` in ``the Minneapolis-based company``: where the organization sits says not
    which one it is, so the description still refers back (returns ``i`` when no such modifier starts there)."""
    tokens = ctx.tokens
    if (
        i + 2 < len(tokens)
        and tokens[i].ent in ("GPE", "LOC")
        and tokens[i + 1].text == "-"
        and tokens[i + 2].text.lower() in ("based", "headquartered")
    ):
        return i + 3
    return i


def _apposed_description(ctx: Context, start: int, end: int) -> tuple[int, int] | None:
    """The organization-noun phrase in apposition to the name at ``[start, end)``, either side of it."""
    inside = ctx.analysis.tokens_in(start, end)
    if not inside:
        return None
    head = ctx.head_of_range(inside[0].i, inside[-1].i + 1)
    token = ctx.tokens[head]
    candidates = [c for c in ctx.analysis.children[head] if ctx.tokens[c].dep == "appos"]
    if token.dep == "appos" and token.head != head:
        candidates.append(token.head)
    for noun in candidates:
        first = ctx.analysis.subtree(noun)[0]
        if _bare_description(ctx, first, noun):
            return ctx.chars(first, noun + 1)
    return None


def _head_word(key: str) -> str:
    """The noun an organization's name is built on: ``agency`` of ``federal emergency management agency``,
    ``department`` of ``department of labor``."""
    words = key.split(" of ")[0].split()
    return words[-1] if words else ""


def _bare_description(ctx: Context, first: int, root: int) -> bool:
    """``the publisher``, ``her publisher``, ``the conservative group``: one organization noun with only
    determiners, possessive pronouns and adjectives before it.

    A name inside (``the Sanders campaign``) names a different organization,
    and a plural (``all businesses``) is a list, not a description.
    """
    noun = ctx.tokens[root]
    if noun.tag != "NN" or nouns.noun_class(noun.text, noun.lemma) != "organization":
        return False
    return all(ctx.tokens[i].pos in ("DET", "ADJ", "PRON") and not ctx.tokens[i].ent for i in range(first, root))


def _repeated_names(
    ctx: Context, organizations: dict[str, Built], people: list[Built], places: list[OrgMention]
) -> list[OrgMention]:
    """``Livewire Europe said`` where the tagger read only ``Europe``, a place: the organization named again.

    An organization's name of two words or more printed again is that
    organization wherever the tagger gave it no name or a place label,
    when one of its words there is no place's (``Livewire``): an
    organization does not change its name between sentences. Only where
    the tagger read a place into part of it and left a word out: a name
    whose every word is tagged a place (``Wall Street``, ``Capitol Hill``)
    is the place as often as the institution, and one the tagger left
    alone is often a modifier (``White House press secretary``), which the
    names it modifies already account for. Returns the place mentions left.
    """
    taken = [span for built in [*people, *organizations.values()] for span in built.spans]
    added: list[tuple[int, int]] = []
    for built in organizations.values():
        if " " not in built.key:
            continue
        for start, end in _printed(ctx.text, built.name):
            if _overlaps(taken, start, end) or not _place_read_into(ctx, start, end):
                continue
            built.spans.add((start, end))
            added.append((start, end))
    return [p for p in places if not any(p.start < end and start < p.end for start, end in added)]


def _printed(text: str, name: str) -> Iterator[tuple[int, int]]:
    """Character ranges where ``name`` is printed as whole words."""
    for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        yield match.start(), match.end()


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of the character ranges overlaps ``start``–``end``."""
    return any(s < end and start < e for s, e in spans)


def _place_read_into(ctx: Context, start: int, end: int) -> bool:
    """Words of the range tagged a place and others not: ``Europe`` tagged LOC, ``Livewire`` nothing."""
    first = bisect.bisect_left([t.start for t in ctx.tokens], start)
    words = takewhile(lambda t: t.start < end, islice(ctx.tokens, first, None))
    placed = {t.ent in _PLACE_LABELS for t in words if t.text[:1].isalnum()}
    return placed == {True, False}


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _acronym_mentions(ctx: Context, organizations: dict[str, Built]) -> None:
    """``WHO said``: later uses of an acronym the article introduced, even where NER missed them."""
    acronyms: dict[str, Built] = {}
    for built in organizations.values():
        for name in (built.name, *built.aliases):
            if len(name) > 1 and name.isupper() and name.isalpha():
                acronyms.setdefault(name, built)
    if not acronyms:
        return
    covered = {start for built in organizations.values() for start, _ in built.spans}
    for token in ctx.tokens:
        acronym = acronyms.get(token.text)
        if acronym is not None and token.start not in covered:
            acronym.spans.add((token.start, token.end))


def _build_places(ctx: Context, mentions: list[OrgMention]) -> dict[str, Built]:
    """Places, keyed by canonical name; marked ``acting`` when one mention acts as a source or agent."""
    by_key: dict[str, Built] = {}
    for mention in mentions:
        key = fold(mention.name)
        built = by_key.setdefault(key, Built(name=mention.name, kind=ActorKind.PLACE, key=key, include=False))
        built.spans.add((mention.start, mention.end))
        printed = clean_org_name(ctx.text[mention.start : mention.end])
        if printed != built.name and printed not in built.aliases:
            built.aliases.append(printed)
        if _acts(ctx, mention.first, mention.last):
            built.include = True
            built.role = "government"  # "Kenya agreed": the place acts through its government
    return by_key


def _acts(ctx: Context, first: int, last: int) -> bool:
    """``China accuses``, ``according to Beijing``, ``criticised by Moscow``: the place is an agent."""
    tokens = ctx.tokens
    head = ctx.head_of_range(first, last)
    token = tokens[head]
    if token.dep == "nsubj":
        return tokens[token.head].pos in ("VERB", "AUX")
    if token.dep == "pobj":
        governor = tokens[token.head]
        if governor.text.lower() == "to" and tokens[governor.head].text.lower() == "according":
            return True
        if governor.dep == "agent":
            return True
    return False


def _build_groups(ctx: Context, mentions: list[GroupMention], named: list[Built]) -> list[Built]:
    """Unnamed sources, one actor per distinct phrase, leaving out phrases inside named mentions."""
    taken = sorted(span for built in named for span in built.spans)
    starts = [s for s, _ in taken]
    by_text: dict[str, Built] = {}
    for mention in mentions:
        head = ctx.tokens[mention.head]
        index = bisect.bisect_right(starts, head.start) - 1
        if index >= 0 and taken[index][1] > head.start:
            continue  # its head word is a named mention already
        key = " ".join(w for w in fold(mention.text).split())
        built = by_text.setdefault(key, Built(name=mention.text, kind=mention.kind, key=key))
        built.spans.add((mention.start, mention.end))
        if mention.modifier is not None and built.affiliation is None:
            built.affiliation = affiliation_of(ctx, mention.modifier)
            # the modifier belongs to the group's phrase, as a title does to a name
            built.premodifier_spans.append((mention.modifier.start, mention.modifier.end))
    return list(by_text.values())


# -- affiliations -----------------------------------------------------------------------------
def _link_affiliations(
    ctx: Context, members: list[Built], people: list[Built], orgs: dict[str, Built], places: dict[str, Built]
) -> None:
    """Point each member's affiliation at the actor it names, creating an organization or place if needed.

    Some affiliations name no actor a researcher could count: an
    ``independent`` has no party, and a religion or ethnicity (``Muslim``,
    ``Hispanic``) is no organization or place. Those keep the words as the
    affiliation, with no actor behind them.
    """
    datelines = ctx.analysis.datelines
    for member in members:
        affiliation = member.affiliation
        if affiliation is None:
            continue
        if any(s <= affiliation.start < e for s, e in datelines):
            member.affiliation = None  # "LONDON - British Airways said": where the story was filed, not whose
            continue
        if affiliation.label == "NORP" and country_of(ctx.text[affiliation.start : affiliation.end]) is None:
            target = _party_named(affiliation.name, orgs) or _known_party(affiliation.name, orgs)
        elif affiliation.label == "PARTY" and affiliation.name not in PARTIES.values():
            target = None
        elif affiliation.label in ("ORG", "PARTY"):
            key = org_key(affiliation.name)
            target = (
                _party_named(affiliation.name, orgs)
                or orgs.get(key)
                or _org_aliased(key, orgs)
                or _the_one_longer(key, orgs)  # "Northgate partner" when the article named Northgate Ventures
                or _principal_named(affiliation.name, member, people)
            )
            if target is None:
                target = orgs[key] = Built(name=affiliation.name, kind=ActorKind.ORGANIZATION, key=key)
        else:
            key = fold(affiliation.name)
            target = places.get(key)
            if target is None:
                target = places[key] = Built(name=affiliation.name, kind=ActorKind.PLACE, key=key)
            target.include = True
        if target is not None and affiliation.label not in ("NORP", "PARTY"):  # "Chinese", "R-": no mention
            target.spans.add((affiliation.start, affiliation.end))
        member.affiliation_ref = target


def _org_aliased(key: str, orgs: dict[str, Built]) -> Built | None:
    """``UN spokeswoman`` when the article named ``the United Nations`` (``UN`` among its aliases)."""
    return next((org for org in orgs.values() if any(org_key(alias) == key for alias in org.aliases)), None)


def _party_named(word: str, orgs: dict[str, Built]) -> Built | None:
    """``Labour MP``, ``Republican senator``: the party the article names with that word (``the Labour Party``)."""
    return orgs.get(org_key(f"{word} Party"))


def _known_party(word: str, orgs: dict[str, Built]) -> Built | None:
    """The party a political adjective names when the article does not name it (``Democrat`` → ``Democratic Party``).

    Only the parties the party-state tags know; any other adjective
    (a religion, an ethnicity) names no organization and gets no actor.
    """
    party = PARTY_ADJECTIVES.get(word.casefold())
    if party is None:
        return None
    key = org_key(party)
    if key not in orgs:
        orgs[key] = Built(name=party, kind=ActorKind.ORGANIZATION, key=key)
    return orgs[key]


def _principal_named(name: str, member: Built, people: list[Built]) -> Built | None:
    """``Trump spokeswoman Hope Hicks``: the ORG-tagged word is a person of the article, the one she works for.

    Only a single word that is another person's surname, when the article
    names no organization of that name: the person actor is the affiliation
    rather than a new organization ``Trump`` with no mention of its own.
    """
    if " " in name.strip():
        return None
    found = [p for p in people if p is not member and p.name.split()[-1] == name and len(p.name.split()) > 1]
    return found[0] if len(found) == 1 else None


_POSSESSOR = re.compile(r"^(?:the\s+)?(?P<noun>[a-z]+)['’]s?\s+(?P<role>.+)$")


def _possessive_affiliations(people: list[Built], orgs: dict[str, Built]) -> None:
    """``the agency's administrator``: the organization of that kind the article named before the person."""
    for person in people:
        match = _POSSESSOR.match(person.role or "")
        if match is None:
            continue
        noun = match.group("noun")
        start = person.first_offset
        named = [
            (min(s for s, _ in org.spans), org)
            for org in orgs.values()
            if org.spans and noun in org.key.split() and min(s for s, _ in org.spans) < start
        ]
        person.role = match.group("role")
        if named and person.affiliation_ref is None:
            org = max(named, key=lambda item: item[0])[1]
            person.affiliation_ref = org


def _drop_title_words(people: list[Built], others: list[Built]) -> None:
    """``US`` in ``US Secretary of State Antony Blinken`` is part of his title, not a mention of the US.

    Left in, it would count as a mention of the United States and overlap
    the person's speaker phrase, which a quote resolver could take for the
    speaker. The affiliation link keeps the information.
    """
    titles = sorted(span for person in people for span in person.premodifier_spans)
    if not titles:
        return
    starts = [start for start, _ in titles]
    for other in others:
        for start, end in list(other.spans):
            index = bisect.bisect_right(starts, start) - 1
            if index >= 0 and titles[index][0] <= start and end <= titles[index][1]:
                other.spans.discard((start, end))


# -- descriptions: "the secretary of state" ---------------------------------------------------
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def _descriptive_mentions(ctx: Context, people: list[Built]) -> None:
    """Definite descriptions that name a person by role.

    ``the secretary of state`` is a mention of the one person whose role
    it spells out. A shorter ``the president`` / ``the Florida senator``
    (a title word as head) refers back to the nearest person mentioned
    before it whose role has that word, unless its place or nationality
    contradicts the person's affiliation.
    """
    owners: dict[str, Built | None] = {}
    by_title: dict[str, list[Built]] = defaultdict(list)
    for known in people:
        for key in _role_keys(known):
            owners[key] = None if key in owners and owners[key] is not known else known
        words = set(fold(known.role or "").split()) & TITLE_WORDS
        title = HONORIFIC_TITLES.get(honorific_key(known.title) or "") if known.title else None
        for word in words | ({title, "representative"} if title == "congressman" else {title} if title else set()):
            by_title[word].append(known)
    if not owners and not by_title:  # nothing to refer back to
        return
    starts = {id(p): sorted(s for s, _ in p.spans) for p in people}
    tokens = ctx.tokens
    children = ctx.analysis.children
    for chunk in ctx.analysis.chunks:
        if tokens[chunk.first].text.lower() != "the" or tokens[chunk.root].pos not in ("NOUN", "PROPN"):
            continue
        last = chunk.last
        for child in children[chunk.root]:
            if child >= last and tokens[child].text.lower() == "of":
                last = max(last, ctx.analysis.subtree(child)[1])
        person: Built | None = None
        end = chunk.last
        # the phrase with its "of" tail, then without it: one key when there is no tail, none without roles
        for end in ((last, chunk.last) if last != chunk.last else (last,)) if owners else ():
            person = owners.get(_description_key(ctx, chunk.first + 1, end, ctx.slice(chunk.first + 1, end)))
            if person is not None:
                break
        if person is None and last == chunk.last and chunk.last - chunk.first <= 4:
            person = _title_antecedent(ctx, chunk.first, chunk.last, chunk.root, by_title, starts)
            end = chunk.last
        if person is None:
            continue
        start, stop = ctx.chars(chunk.first, end)
        if not any(s < stop and start < e for s, e in person.role_spans):
            person.spans.add((start, stop))
            alias = ctx.text[start:stop]
            if alias not in person.aliases:
                person.aliases.append(alias)


def _title_antecedent(
    ctx: Context, first: int, last: int, root: int, by_title: dict[str, list[Built]], starts: dict[int, list[int]]
) -> Built | None:
    """The person ``the governor`` refers back to: nearest earlier mention among those with that title."""
    candidates = by_title.get(fold(ctx.tokens[root].text))
    if not candidates:
        return None
    entities = (ctx.entity_at(i) for i in range(first, last))
    place = next((e for e in entities if e is not None and e.label in ("GPE", "NORP")), None)
    if place is not None:
        printed = fold(canonical_place(clean_org_name(ctx.text[place.start : place.end])))
        candidates = [
            c
            for c in candidates
            if c.affiliation is None
            or fold(c.affiliation.name) == printed
            or fold(ctx.text[c.affiliation.start : c.affiliation.end]) == fold(ctx.text[place.start : place.end])
        ]
    offset = ctx.tokens[first].start
    best, best_start = None, -1
    for person in candidates:
        index = bisect.bisect_left(starts[id(person)], offset) - 1
        if index >= 0 and starts[id(person)][index] > best_start:
            best, best_start = person, starts[id(person)][index]
    return best


def _role_keys(person: Built) -> list[str]:
    if not person.role or len(person.role.split()) > 6:
        return []
    role = fold(person.role)
    keys = [role]
    if person.affiliation is not None and person.affiliation.label in ("GPE", "NORP"):
        keys.append(role)  # affiliation already split off the pre-modifier role
    return [k for k in keys if k not in TITLE_WORDS or len(k.split()) > 1]


def _description_key(ctx: Context, first: int, last: int, text: str) -> str:
    """Folded description without a leading place or nationality (``US Secretary of State``)."""
    entity = ctx.entity_at(first)
    if entity is not None and entity.label in ("GPE", "NORP") and entity.first == first and entity.last < last:
        text = ctx.slice(entity.last, last)
    return fold(" ".join(text.split()))


# -- 5. gender -----------------------------------------------------------------------------------
def _genders(ctx: Context, people: list[Built]) -> None:
    """Gender and its evidence for every person (see :mod:`.gender`)."""
    evidence = [PersonEvidence(sorted(p.spans), p.gender, p.gender_source) for p in people]
    for person, (gender, source) in zip(people, assign_genders(ctx, evidence), strict=True):
        person.gender, person.gender_source = gender, source


# -- models -------------------------------------------------------------------------------------
def _to_models(built: list[Built], text: str) -> list[Actor]:
    referenced = {id(b.affiliation_ref) for b in built if b.affiliation_ref is not None}
    built = [b for b in built if b.spans or id(b) in referenced]
    built.sort(key=lambda b: b.first_offset)
    ids: dict[int, str] = {}
    used: set[str] = set()
    for item in built:
        base = f"a-{slug(_LEADING_ARTICLE.sub('', item.name))}"
        candidate, n = base, 2
        while candidate in used:
            candidate, n = f"{base}-{n}", n + 1
        used.add(candidate)
        ids[id(item)] = candidate
    return [_model(item, ids, text) for item in built]


def _outermost(spans: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans in text order, leaving out any that lies inside another (``head of X`` in ``The head of X``)."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        if kept and start >= kept[-1][0] and end <= kept[-1][1]:
            continue
        kept.append((start, end))
    return kept


def _affiliation_name(item: Built) -> str | None:
    """The linked actor's name, or the words of an affiliation that names no actor (``Muslim``)."""
    if item.affiliation_ref is not None:
        return item.affiliation_ref.name
    return item.affiliation.name if item.affiliation is not None else None


def _model(item: Built, ids: dict[int, str], text: str) -> Actor:
    return Actor(
        id=ids[id(item)],
        name=item.name,
        kind=item.kind,
        mentions=tuple(Span.of(text, start, end) for start, end in _outermost(item.spans)),
        role=item.role,
        affiliation=_affiliation_name(item),
        affiliation_id=ids.get(id(item.affiliation_ref)) if item.affiliation_ref is not None else None,
        title=item.title,
        gender=item.gender,
        gender_source=item.gender_source if item.gender else None,
        aliases=tuple(a for a in item.aliases if a != item.name),
    )
