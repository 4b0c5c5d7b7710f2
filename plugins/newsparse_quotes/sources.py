"""Can this speaker phrase speak? The class of a source mention, or ``None`` for junk.

A quote's speaker must be something that can speak or be cited: a person,
an organization, a group, a place acting as a collective voice, or a
document or medium (a report, a poll, an email, a video). Object noun
phrases and abstractions (``an option``, ``the timing``, ``a double-barreled
attack``), dates and numbers, and markup (``<tweet id="...``) never are.
:func:`source_class` answers from the phrase's head word, its entity label
and, for partitives (``half of voters``, ``three in four``, ``23 percent``),
the noun they count. :func:`relative_antecedent` finds what ``who``,
``which`` and ``that`` stand for, so ``a poll that showed`` is the poll.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsparse import Analysis, Token, names, nouns

_ENTITY_CLASS: dict[str, nouns.NounClass | None] = {
    "PERSON": "person",
    "ORG": "organization",
    "FAC": "organization",
    "GPE": "place",
    "LOC": "place",
    "NORP": "group",
    "WORK_OF_ART": "document",
    "LAW": "document",
    "DATE": None,
    "TIME": None,
    "MONEY": None,
    "QUANTITY": None,
    "ORDINAL": None,
    "EVENT": None,
    "PRODUCT": None,
    "LANGUAGE": None,
}
_MARKUP = frozenset('<>="{}|')
_RUN_ON = re.compile(r"(?:[a-z][A-Z]\w*?){3}")
#: A nickname of one to four capitalised words in straight marks inside a name: ``Marcus "Iron Fist" Bell``.
_NICKNAME = re.compile(r"(?<=\w) \"(?:[Tt]he )?[A-Z0-9][\w.'’-]*(?: [A-Z0-9][\w.'’-]*){0,3}\" (?=[A-Z])")
_AGE = re.compile(r"\d+-year-old")
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
#: Pronoun-like quantifiers that stand for people counted: "many say", "others argue".
QUANTIFIER_PRONOUNS = frozenset(
    {"some", "many", "others", "both", "most", "few", "several", "those", "all", "everyone", "everybody"}
)
_COUNTED_DEPS = frozenset({"nummod", "quantmod", "npadvmod"})
#: Verbs of saying proper: only something that speaks is their subject (``it said`` is never "the profit").
SAYING_VERBS = frozenset(
    {
        "say",
        "tell",
        "add",
        "ask",
        "state",
        "announce",
        "claim",
        "insist",
        "argue",
        "write",
        "warn",
        "explain",
        "reply",
        "respond",
        "comment",
        "declare",
        "deny",
        "acknowledge",
        "admit",
        "note",
        "remark",
        "contend",
        "assert",
        "maintain",
        "reiterate",
        "complain",
        "testify",
        "tweet",
        "post",
        "allege",
    }
)
#: Documents that report what a share of people answered: "In a new poll, 40 percent said ...".
POLL_NOUNS = frozenset({"poll", "polling", "survey", "study"})


#: Complements that make ``it`` an anticipatory subject: "it's easy to call", "it seems unfair to say".
_PREDICATIVE = frozenset({"acomp", "oprd"})
_EXTRAPOSED = frozenset({"xcomp", "ccomp", "csubj"})
#: Verbs whose ``it`` subject stands for their clause: "it seems that", "it remains to be seen whether".
_RAISING = frozenset({"seem", "appear", "remain"})


def is_expletive(analysis: Analysis, token: Token) -> bool:
    """``it`` standing for a clause that comes later (``It's easy to call X unpatriotic``), not for anyone.

    The parser marks some such subjects ``expl``; the others show as the
    subject of a verb with an adjective or noun complement and a clause
    complement (``it seems unfair to say``, ``it's worth pointing out``,
    ``it is a mistake to say``), of an adjective with one (``make it easy to
    predict``), of ``seem``/``appear``/``remain`` with one (``it remains to
    be seen whether``), of a passive verb with one (``it's implied that``,
    ``it was reported that``), or of ``take`` with an infinitive (``it takes
    courage to admit``).
    """
    if token.text.lower() != "it":
        return False
    if token.dep == "expl":
        return True
    if token.dep not in ("nsubj", "nsubjpass") or token.head == token.i:
        return False
    tokens = analysis.tokens
    head = tokens[token.head]
    kids = [tokens[c] for c in analysis.children[head.i]]
    clause = any(kid.dep in _EXTRAPOSED for kid in kids)
    if token.dep == "nsubjpass" or any(kid.dep == "auxpass" for kid in kids):
        return clause  # "it is implied that ...", "it was reported that ...": no one is named
    if head.pos == "ADJ" or head.lemma in _RAISING:
        return clause  # "it seems that ...", "it remains to be seen whether ..."
    if head.lemma == "take":
        return any(kid.dep in ("xcomp", "advcl") and _infinitive(analysis, kid) for kid in kids)
    predicates = [kid for kid in kids if kid.dep in _PREDICATIVE or (kid.dep == "attr" and head.lemma == "be")]
    if clause:
        return bool(predicates)
    return any(tokens[c].dep in ("xcomp", "pcomp") for kid in predicates for c in analysis.children[kid.i])


def is_copular_it(analysis: Analysis, token: Token) -> bool:
    """``it`` as the subject of the copula: ``it was a "disaster"``, ``It was at the conference that``.

    Such an ``it`` is a thing or a situation being described, never someone
    speaking: a participle or conjunct that inherits it as its subject
    (``It was a potent punch ..., saying``, ``tweeting that it was a disaster
    and asking``) is a misparse whose speaker is elsewhere. ``it was to
    report`` (a plan, with an infinitive) is left alone.
    """
    if token.text.lower() != "it" or token.dep != "nsubj" or token.head == token.i:
        return False
    verb = analysis.tokens[token.head]
    if verb.lemma.lower() != "be" and verb.text.lower() not in ("’s", "'s"):
        return False
    return not any(analysis.tokens[c].dep == "xcomp" for c in analysis.children[verb.i])


def _infinitive(analysis: Analysis, verb: Token) -> bool:
    """``to develop``: a verb with the infinitive marker ``to``."""
    return any(
        analysis.tokens[c].dep == "aux" and analysis.tokens[c].text.lower() == "to" for c in analysis.children[verb.i]
    )


def has_markup(text: str) -> bool:
    """``tweet id="79565...``: markup left in the text is never a speaker.

    Nor is page chrome or a hashtag run into one word (``Zach
    CarterFlagShareLikeReplySara Bondioli``, ``MakeAmericaGreatAgain``):
    three or more capitals glued after lower-case letters make no name
    (``McDonald``, ``DeSantis``, ``FiveThirtyEight`` have fewer). A nickname
    in quotation marks inside a name (``Marjorie "Marge" Cole``) is no markup.
    """
    text = _NICKNAME.sub(" ", text)
    return any(c in _MARKUP for c in text) or _RUN_ON.search(text) is not None


def source_class(analysis: Analysis, tokens: Sequence[Token], head: Token) -> nouns.NounClass | None:
    """``person``, ``group``, ``organization``, ``place``, ``document``, or ``None`` when it cannot speak."""
    if not tokens or has_markup(analysis.text[tokens[0].start : tokens[-1].end]):
        return None
    if _AGE.search(analysis.text, tokens[0].start, tokens[-1].end):
        return "person"  # "the 46-year-old said"
    if head.text.lower() in nouns.PARTITIVES or head.ent in ("PERCENT", "CARDINAL") or head.pos == "NUM":
        return _partitive(analysis, head)
    if head.ent in _ENTITY_CLASS:
        return _ENTITY_CLASS[head.ent]
    if head.pos == "PROPN":
        return "person" if head.ent == "" and head.text[:1].isupper() else "organization"
    if head.pos == "ADJ" and tokens[0].text.lower() == "the":
        return "group"  # "the poor", "the elderly"
    return nouns.noun_class(head.text, head.lemma)


def whose_document(analysis: Analysis, head: Token) -> Token | None:
    """The clause that says which document a document noun is: ``figures released by the health authority``.

    A participle or relative clause right after the noun (``figures it shared
    with investors``); without it ``figures`` or ``unofficial results`` says
    nothing a reader could count. One set off by a comma (``the report,
    released Tuesday,``) is an aside, and a proper name in the clause says
    whose the document is, not who speaks (``A report released by the
    National Academies``: the report).
    """
    if head.pos != "NOUN" or nouns.noun_class(head.text, head.lemma) != "document":
        return None
    for child in analysis.children[head.i]:
        clause = analysis.tokens[child]
        if child < head.i or not _identifies(analysis, clause):
            continue
        first, last = analysis.subtree(child)
        if first == head.i + 1 and not any(t.tag in ("``", "''") for t in analysis.tokens[first:last]):
            return clause  # a quotation in the clause (a sign saying "...") is what it says, not which it is
    return None


def _identifies(analysis: Analysis, clause: Token) -> bool:
    """A clause that says which document, not what it says: a past participle (``posted by the county``,
    ``filed Thursday``) or a relative clause with a subject of its own (``figures it shared with investors``).

    A present participle or a subject relative tells the content (``a speech attacking the nominee``,
    ``data showing that ...``, ``a report that shows ...``), and so does a clause or infinitive under the
    participle (``a proposal intended to place senators on the wrong side``).
    """
    deps = {analysis.tokens[c].dep: analysis.tokens[c] for c in analysis.children[clause.i]}
    if "xcomp" in deps or "ccomp" in deps:
        return False
    if clause.dep == "acl":
        return clause.tag == "VBN"
    subject = deps.get("nsubj") or deps.get("nsubjpass")
    return clause.dep == "relcl" and subject is not None and subject.text.lower() not in RELATIVE_PRONOUNS


def counts_people(analysis: Analysis, head: Token) -> bool:
    """A share or number of people (``79 percent of Democrats``, ``Six in 10``, ``a majority``), not a name.

    A share may also be written as the ratio before the noun it counts (``Six
    in 10 Republicans``, ``More than 6 in 10 New York voters``): the parser
    then makes the noun the head and hangs the ``N in M`` ratio on it.
    """
    if head.text.lower() in nouns.PARTITIVES or head.ent == "PERCENT" or head.pos == "NUM":
        return True
    return any(_is_ratio(analysis, child) for child in analysis.children[head.i])


def _is_ratio(analysis: Analysis, number: int) -> bool:
    """Whether a number modifying a noun is the ``M`` of an ``N in M`` ratio (``Six in 10``)."""
    tokens = analysis.tokens
    if tokens[number].dep != "nummod" or tokens[number].pos != "NUM":
        return False
    return any(tokens[child].text.lower() == "in" for child in analysis.children[number])


def poll_frame(analysis: Analysis, head: Token) -> Token | None:
    """The poll a counted subject answered in: ``In a CNN poll, 40 percent said``, ``... said, according to
    exit polling``, ``20 percent of people in a recent poll said``.

    Such shares are the poll's findings, and the poll (or who made it) is the
    source a reader counts; the share is what it found. Only a poll framing
    the subject or its own verb counts: ``half said so in the earlier poll``
    in another clause does not.
    """
    tokens = analysis.tokens
    places = [head.i]
    if head.dep in ("nsubj", "nsubjpass") and head.head != head.i:
        verb = tokens[head.head]
        places.append(verb.i)
        if verb.dep == "conj" and verb.head != verb.i:
            places.append(verb.head)  # "In a poll, 79 percent said ... and 60 percent said ..."
        places += _complement_words(analysis, verb.i)
    first, last = analysis.subtree(head.i)
    places += [i for i in range(first, last) if i != head.i and tokens[i].pos in ("NOUN", "PROPN", "NUM")]
    for place in places:
        for child in analysis.children[place]:
            prep = tokens[child]
            if prep.dep != "prep" or prep.text.lower() not in ("in", "according"):
                continue
            poll = _prep_object(analysis, child)
            if poll is not None and poll.lemma.lower() in POLL_NOUNS:
                return poll
    return _reporting_poll(analysis, head) or _previous_poll(analysis, head)


def _complement_words(analysis: Analysis, verb: int) -> list[int]:
    """The words of a reporting verb's complement clauses, where a poll the answer was given in may hang.

    ``60 percent said they had an unfavorable view of him in a Post-ABC
    poll``, ``6 in 10 voters said that ..., according to exit polling``: the
    parser hangs the poll on a word of what was said. The parser also reads
    a clause before a semicolon or colon as the complement of the next
    (``In a poll, 8 percent said ...; 1 percent said ...``), which puts that
    clause's poll here too. Clauses merely coordinated or adverbial are not
    complements and are left out.
    """
    tokens = analysis.tokens
    words: list[int] = []
    for child in analysis.children[verb]:
        if tokens[child].dep in ("ccomp", "xcomp"):
            first, last = analysis.subtree(child)
            words += range(first, last)
    return words


def _previous_poll(analysis: Analysis, head: Token) -> Token | None:
    """A poll the sentence before reports, when a share opens the next one: ``..., according to a new
    AP-GfK poll. Seventy-two percent now believe ...``.

    A share with no poll of its own that starts the sentence right after a
    poll's finding, in the same paragraph, is the next finding of that poll.
    """
    sentence = analysis.sentence_at(head.start)
    if sentence is None or analysis.subtree(head.i)[0] != sentence.first:
        return None
    index = head.sent
    if index == 0:
        return None
    before = analysis.sentences[index - 1]
    if "\n" in analysis.text[before.end : sentence.start]:
        return None
    for token in reversed(analysis.tokens[before.first : before.last]):  # the nearest poll reported the findings
        if token.lemma.lower() in POLL_NOUNS and token.pos == "NOUN" and _reports(analysis, token):
            return token
    return None


def _reports(analysis: Analysis, poll: Token) -> bool:
    """Whether a poll noun is the source of its sentence: its subject, after ``according to``, or after an ``in``
    on the main verb (``Clinton leads by six points in a new poll``)."""
    tokens = analysis.tokens
    if poll.dep in ("nsubj", "nsubjpass"):
        return True
    if poll.dep != "pobj" or poll.head == poll.i:
        return False
    prep = tokens[poll.head]
    if prep.text.lower() == "to" and prep.head != prep.i:
        return tokens[prep.head].text.lower() == "according"
    return prep.text.lower() == "in" and prep.head != prep.i and tokens[prep.head].dep == "root"


def _reporting_poll(analysis: Analysis, head: Token) -> Token | None:
    """A poll that reports earlier in the sentence, the share's clause following as what it found:
    ``The poll reaffirmed that ...: 42% of Ohioans say``, ``A new survey shows a divide: 34% agree``."""
    sentence = analysis.sentence_at(head.start)
    if sentence is None:
        return None
    for token in analysis.tokens[sentence.first : head.i]:
        if token.lemma.lower() in POLL_NOUNS and token.dep in ("nsubj", "nsubjpass") and token.pos == "NOUN":
            return token
    return None


def _prep_object(analysis: Analysis, prep: int) -> Token | None:
    """The object of a preposition, through ``according to``."""
    for child in analysis.children[prep]:
        kid = analysis.tokens[child]
        if kid.dep == "pobj":
            return kid
        if kid.dep == "prep" and kid.text.lower() == "to":
            return _prep_object(analysis, child)
    return None


def _partitive(analysis: Analysis, head: Token) -> nouns.NounClass | None:
    """``half of voters`` counts voters; ``nearly half`` or ``three in four`` counts people."""
    tokens = analysis.tokens
    for child in analysis.children[head.i]:
        if tokens[child].text.lower() in ("of", "in"):
            objects = [k for k in analysis.children[child] if tokens[k].dep == "pobj"]
            if objects and tokens[child].text.lower() == "of":
                counted = tokens[objects[0]]
                return source_class(analysis, [counted], counted) if counted.i != head.i else None
    if head.ent in ("DATE", "TIME", "MONEY", "QUANTITY", "ORDINAL"):
        return None
    return "group"


#: Entity labels that never name whom a description refers to.
_NOT_REFERENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


def referent(analysis: Analysis, noun: Token) -> Token:
    """Whom a description refers to: ``Ruiz is a veteran organizer who said`` and ``Ruiz, a veteran
    organizer who said`` both mean Ruiz said it.

    A common-noun predicate nominal (``attr`` of ``be``, or a noun coordinated with one: ``a liar,
    xenophobe and bully who``) stands for the copula's subject; a common-noun appositive for the
    noun it describes, or the name it carries (``his deputy Ana Soto, who``). A name stands for itself.
    """
    tokens = analysis.tokens
    node = noun
    for _ in range(len(tokens)):
        if node.head == node.i:
            break
        if node.dep == "conj" or (node.dep == "appos" and _common(node) and _common(tokens[node.head])):
            node = tokens[node.head]  # "a liar, xenophobe and bully who": the first of the list
            continue
        break
    if not _common(node) or node.head == node.i:
        return noun  # a name is its own referent: "his daughter Ivanka Trump, who", "the winner was Cruz, who"
    named = next((tokens[c] for c in analysis.children[node.i] if tokens[c].dep == "appos" and _name(tokens[c])), None)
    if named is not None:
        return named  # "his deputy Ana Soto, who said": the name the description carries
    if node.dep == "appos":
        head = tokens[node.head]
        # "On Monday, Graham -- who ...": a date or number is no one's description
        return head if _name(head) and head.ent not in _NOT_REFERENTS else noun
    if node.dep == "attr" and tokens[node.head].lemma == "be":
        copula = tokens[node.head]
        subject = _subject_of(analysis, copula)
        if subject is None and copula.dep == "conj" and copula.head != copula.i:
            subject = _subject_of(analysis, tokens[copula.head])  # "X incites violence and is a liar who"
        if subject is not None and subject.pos in ("NOUN", "PROPN"):
            return subject
    return noun


def carried_name(analysis: Analysis, noun: Token) -> tuple[int, int] | None:
    """Token range of the name a description carries after it: who the description is.

    ``the columnist Ruth Marek``, ``the columnist, Ruth Marek,``, ``her
    lawyer, Mr. Haddad,``, ``one of the men, Jessie Elkins,``: a singular
    description followed by a name in apposition is that person, and the
    name is where the text says who speaks. A person noun vouches for the
    name whatever the tagger called it (``the defense attorney, Marcus
    Bell,`` tagged an organization); otherwise the name must be tagged a
    person, or an organization after an organization or group noun (``the
    company, Vantor Systems,``). A plural (``four casinos — Bally's, ...``)
    introduces examples, and a title or a party (``his book The Art of the
    Deal``, ``a registered Republican``) is no one's name. A name the parser
    hung on the place the description is from (``the senator from Ohio,
    Paula Brandt,``) is the description's too: a place has no person as its
    appositive.
    """
    if not _describes_one(noun):
        return None
    tokens = analysis.tokens
    cls = nouns.noun_class(noun.text.lower(), noun.lemma.lower())
    for child in analysis.children[noun.i]:
        kid = tokens[child]
        if _set_off(analysis, noun, kid) and child > noun.i and _name(kid):
            return _name_range(analysis, kid, noun) if _names_one_of(kid, cls) else None
        named = names.participle_name(analysis, kid) if child > noun.i else None
        if named is not None and _name(named) and _names_one_of(named, cls):
            return _name_range(analysis, named, noun)  # "a man named Tom Berg", "a postman identified as Erik Lund"
        if kid.dep == "prep" and child > noun.i and cls == "person":
            person = _person_on_place(analysis, kid)
            if person is not None:
                return _name_range(analysis, person, noun)
    return None


def _set_off(analysis: Analysis, noun: Token, kid: Token) -> bool:
    """Whether ``kid`` is set off after ``noun`` as another name for it: an appositive, or a conjunct with no
    coordinator among the noun's dependents (``The MLA for Eastern Shore, Kevin MacIsaac, a Liberal,``
    parsed as a list of two without ``and``); ``the mayor and Jane Orrin`` and ``the mayor, Jane Orrin and
    the governor`` are lists of people; ``Veteran prosecutor and former judge Ellen Drake`` is one person
    (:func:`_bare_title`)."""
    if kid.dep == "appos":
        return True
    if kid.dep != "conj":
        return False
    tokens = analysis.tokens
    around = (*analysis.children[noun.i], *analysis.children[kid.i])
    coordinators = [tokens[c].text.lower() for c in around if tokens[c].dep in ("cc", "preconj", "conj") and c != kid.i]
    return not coordinators or (coordinators == ["and"] and _bare_title(analysis, noun))


def _bare_title(analysis: Analysis, noun: Token) -> bool:
    """A singular person noun with no determiner, possessor or number: a title, not a person of its own.

    English does not let a singular count noun stand alone as a subject
    (``prosecutor said`` is no sentence; ``the prosecutor said`` is), so in
    ``Veteran prosecutor and former judge Ellen Drake told``, ``Chairman and
    chief executive Dana Whitfield said`` the first noun is a second title of
    the name the parser made its conjunct; ``the mayor and Jane Orrin`` are two.
    """
    tokens = analysis.tokens
    if noun.tag != "NN" or nouns.noun_class(noun.text.lower(), noun.lemma.lower()) != "person":
        return False
    return not any(tokens[c].dep in ("det", "poss", "nummod", "predet") for c in analysis.children[noun.i])


def _names_one_of(name: Token, cls: str | None) -> bool:
    """Whether a name can be who a description of class ``cls`` is: a person named as the tagger may call it
    after a person noun, else a tagged person; an organization after an organization or group noun, or after
    a noun the lexicon gives no class (``the promoter, Calloway Europe``: a person or a company may promote)."""
    if name.ent == "PERSON" or (cls == "person" and name.ent in _PERSON_NAMED_AS):
        return True
    return name.ent == "ORG" and cls in ("organization", "group", None)


def _person_on_place(analysis: Analysis, prep: Token) -> Token | None:
    """A person's name the parser set in apposition to the place or name a preposition names.

    ``the senator from Ohio, Paula Brandt``, ``a spokesperson for Lumora,
    Daniel Okafor``, ``The MP for Bathley, Jane Orrin,``: a place, a riding
    the tagger does not know or a proper name needs no second name to say
    who it is, so the person's name after it is the description's.
    """
    tokens = analysis.tokens
    for child in analysis.children[prep.i]:
        place = tokens[child]
        if place.dep == "pobj" and (place.ent in ("GPE", "LOC", "FAC") or place.pos == "PROPN"):
            for named in analysis.children[child]:
                if _set_off(analysis, place, tokens[named]) and named > child and tokens[named].ent == "PERSON":
                    return tokens[named]
    return None


#: What the tagger may call a person's name that a person noun describes (``the novelist Ines Carvalho``: LOC).
_PERSON_NAMED_AS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", ""})


def _describes_one(noun: Token) -> bool:
    """A singular description (``the columnist``), or ``one``/``another`` counting one of some people."""
    if noun.pos in ("NUM", "PRON"):
        return noun.text.lower() in ("one", "another")
    return _common(noun) and noun.tag not in ("NNS", "NNPS")


def _name_range(analysis: Analysis, head: Token, noun: Token) -> tuple[int, int] | None:
    """``[first, last)`` of the name headed by ``head``: its entity, or the proper nouns compounded before it.

    ``None`` for a name cut by the tokenizer (mojibake: no capital) or a
    phrase with a determiner (``a registered Republican``).
    """
    tokens = analysis.tokens
    entity = analysis.entity_at(head.i)
    if entity is not None and entity.label in ("PERSON", "ORG"):
        first, last = entity.first, entity.last
    else:
        first, last = head.i, head.i + 1
        while first > 0 and tokens[first - 1].pos == "PROPN" and tokens[first - 1].head == head.i:
            first -= 1
    if not tokens[first].text[:1].isupper() or _determined(analysis, head):
        return None  # "SÃ©golÃ¨ne" cut by the tokenizer; "a registered Republican" is a description
    return (first, last) if first > noun.i else None  # an entity that swallowed the description is no name of it


def _determined(analysis: Analysis, head: Token) -> bool:
    """A determiner opens the phrase and no honorific follows it: ``a registered Republican`` describes.

    ``the Rev. Martin Okafor``, ``the Right Rev. ...``: English sets a
    determiner before some honorifics, and the phrase is still a name.
    """
    tokens = analysis.tokens
    determiner = next((c for c in analysis.children[head.i] if tokens[c].dep == "det"), None)
    if determiner is None:
        return False
    return not any(names.is_honorific(tokens[i].text) for i in range(determiner + 1, head.i))


def _common(token: Token) -> bool:
    """A common noun, or a word the tagger took for a name that names no entity ("xenophobe")."""
    return token.pos == "NOUN" or (token.pos == "PROPN" and not _name(token))


def _name(token: Token) -> bool:
    """A proper name: not a noun of the lexicon the tagger took for one, nor a party tag (``R-Idaho``).

    A title written as capitals (``The MP for Bathley, Jane Orrin,``, ``the MLA``, ``the CEO``) is a
    description even when the tagger made it a person: the name after it is who speaks.
    """
    if token.pos != "PROPN" or _PARTY_TAG.match(token.text):
        return False
    if token.text.isupper() and nouns.noun_class(token.text, token.lemma) == "person":
        return False
    return bool(token.ent) or nouns.noun_class(token.text, token.lemma) is None


_PARTY_TAG = re.compile(r"[DRI]-[A-Z]")


def _subject_of(analysis: Analysis, verb: Token) -> Token | None:
    return next((analysis.tokens[c] for c in analysis.children[verb.i] if analysis.tokens[c].dep == "nsubj"), None)


def _person_for_who(analysis: Analysis, noun: Token) -> Token:
    """``who`` means a person: past a place the parser hung the clause on (``Warren, the senator from
    Massachusetts, who``), to the noun the place's preposition modifies, and whom that describes."""
    tokens = analysis.tokens
    if noun.ent not in ("GPE", "LOC") or noun.dep != "pobj" or noun.head == noun.i:
        return noun
    preposition = tokens[noun.head]
    if preposition.head == preposition.i or tokens[preposition.head].pos not in ("NOUN", "PROPN"):
        return noun
    return referent(analysis, tokens[preposition.head])


def relative_antecedent(analysis: Analysis, token: Token) -> tuple[int, int] | None:
    """Token range of the noun phrase ``who``/``which``/``that`` stands for (``Lee, who said`` -> ``Lee``)."""
    tokens = analysis.tokens
    verb = tokens[token.head]
    if verb.dep != "relcl" or verb.head == verb.i:
        return None
    noun = referent(analysis, tokens[verb.head])
    if token.text.lower() in ("who", "whom"):
        noun = _person_for_who(analysis, noun)
    if noun.pos not in ("NOUN", "PROPN", "PRON"):
        return None
    first = noun.i
    while (
        first > 0
        and tokens[first - 1].head == noun.i
        and tokens[first - 1].dep
        in (
            "compound",
            "amod",
            "det",
            "nmod",
            "poss",
            "case",
            "nummod",
        )
    ):
        first -= 1
    if tokens[first].dep == "case" and first > 0:
        first -= 1
    return first, noun.i + 1


def after_outside_quotation(analysis: Analysis, start: int, head_start: int) -> int:
    """Where a mention starts once the end of a quotation opened before it is cut off.

    The parser hangs a quotation's closing mark, and the tagger a title's
    last words, on the name that follows (``"...," Walter Penn, 41, said``
    gives the chunk ``" Walter Penn``; ``"Good Morning America" host Ana
    Ruiz`` the chunk ``America" host Ana Ruiz``): the speaker is the name,
    never the quoted words. A quotation opened inside the mention
    (``Dwayne "The Rock" Johnson``) is the mention's own. A closing mark
    with no space after it (``"...paranoia,"Clinton said``) leaves the
    tokenizer one token ``paranoia,"Clinton``: the name starts after the
    mark, inside the token.
    """
    quotations = analysis.quotations
    text = analysis.text
    for segment in quotations.opened_in(0, start)[-1:]:
        close = quotations.span(segment)[1]
        if start < close and (close <= head_start or _glued(analysis, head_start, close)):
            while close < head_start and (text[close].isspace() or text[close] in ",;:"):
                close += 1
            return close
    return start


def _glued(analysis: Analysis, start: int, end: int) -> bool:
    """A quotation closing at ``end`` inside the one token that starts at ``start`` (``paranoia,"Clinton``).

    The mark must be glued to the word after it within that token: a
    quotation closing after the token has ended (the token, then
    punctuation, then the mark, all without a space) is not the token's, and
    cutting there would start the mention after its own end.
    """
    text, token = analysis.text, analysis.token_at(start)
    token_end = token.end if token is not None else start
    return start < end < token_end and not any(ch.isspace() for ch in text[start:end]) and text[end].isalpha()
