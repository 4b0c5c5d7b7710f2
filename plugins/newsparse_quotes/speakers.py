"""Resolve speaker mentions to actors: names, short names, pronouns, role nouns.

A quote's speaker must be an :class:`~newsparse.models.Actor`, never a bare
string. The actors phase may have found them (their ``mentions`` are used
first); when it found nothing, or missed someone, this module falls back on
the named entities of the analysis, so ``Ms. Yun`` still meets the earlier
``Yun Sun`` and a new Actor is created with every mention resolved to it.

Resolution, in order, for a mention ``[start, end)`` with head token ``h``:

1. the mention overlaps a known mention of an actor -> that actor;
2. a pronoun (``she``, ``he``, ``they``, ``it``) -> the nearest compatible
   earlier actor, preferring the sentence-initial (subject) mention of the
   most recent sentence that has one, and gender learned from honorifics,
   the actor's ``gender`` and earlier pronouns;
3. a name -> an actor whose name contains the mention's words (``Blinken``,
   ``Ms. Yun``, ``Mr. Shi`` for ``Shi Yinhong``), the most recently mentioned;
4. a role noun (``the official``, ``the spokesman``, ``the ministry``) -> the
   nearest earlier actor whose role or name holds that noun;
5. otherwise a new actor named by the mention, of kind person,
   organization, group, place or document from its entity label and noun.

A speaker must be something that can speak or be cited (:mod:`.sources`):
``who``/``which``/``that`` resolve to the noun they stand for, ``many`` or
``others`` become a group, and an object noun phrase, an abstraction, a date
or markup (``an option``, ``the timing``, ``tweet id="...``) is *rejected*:
no actor is made and :attr:`Resolver.rejected` says so, so the caller can
tell "nobody could be found" from "this is not a source". An unresolvable
pronoun leaves the speaker ``None`` (low confidence).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from typing import overload

import attrs

from newsparse import Actor, ActorKind, Analysis, Span, Token, marks, names, nouns

from .cues import SPEECH_CLASSES, is_cue_lemma
from .labels import transcript_tags
from .sources import (
    QUANTIFIER_PRONOUNS,
    RELATIVE_PRONOUNS,
    SAYING_VERBS,
    carried_name,
    counts_people,
    has_markup,
    is_copular_it,
    is_expletive,
    poll_frame,
    relative_antecedent,
    source_class,
    whose_document,
)

HONORIFICS: dict[str, str | None] = {
    "mr": "male",
    "mrs": "female",
    "ms": "female",
    "miss": "female",
    "sir": "male",
    "madam": "female",
    "dr": None,
    "prof": None,
    "rep": None,
    "sen": None,
    "gov": None,
    "gen": None,
    "president": None,
    "lord": "male",
    "lady": "female",
    "dame": "female",
    "mx": None,
}
#: Titles printed before names, left out of a name taken from a mention.
TITLES = frozenset(
    """mr mrs ms miss dr prof sen senator rep representative gov governor president mayor judge minister
    secretary chancellor premier ambassador general gen adm admiral col capt lt sgt rev sir dame lord lady
    chairman chairwoman chief deputy commissioner councilman councilwoman coach principal
    rabbi imam pastor bishop archbishop cardinal reverend""".split()
)
PRONOUNS: dict[str, str] = {
    "he": "male",
    "him": "male",
    "his": "male",
    "she": "female",
    "her": "female",
    "hers": "female",
    "they": "plural",
    "them": "plural",
    "their": "plural",
    "it": "neuter",
    "its": "neuter",
}
#: Relations from a word of a speaker mention up to the mention's head (``Her deputy, Oren Falk``: ``deputy``).
_MENTION_TO_HEAD = frozenset({"compound", "flat", "poss", "det", "amod", "appos"})
#: Nouns that make a new unnamed speaker an organization rather than a person.
ORG_NOUNS = frozenset(
    """agency administration army bank board cabinet campaign company committee commission council court
    department embassy firm government group institute kremlin legislature ministry navy newspaper office
    organization organisation paper parliament party police agency regime senate house network union
    university white house tribunal coalition alliance bureau authority authorities team club airline
    carrier hospital museum school federation league association foundation charity corporation
    manufacturer retailer insurer union""".split()
)
_ORG_LABELS = frozenset({"ORG", "FAC"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_GROUP_LABELS = frozenset({"NORP"})
_PERSON_LABELS = frozenset({"PERSON"})
#: Verbs whose subject made or put out their object: ``released a video``, ``ran ads``, ``sent a letter``.
_PUBLISHING = frozenset(
    """release issue publish post send air run email tweet unveil launch roll put file write pen produce
    circulate distribute plant broadcast conduct commission""".split()
)
#: Entity labels of words that never speak: ``Saturday said`` is a misparse, not a speaker.
_NOT_SOURCE_LABELS = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "ORDINAL"})
_CLASS_KIND = {
    "person": ActorKind.PERSON,
    "group": ActorKind.GROUP,
    "organization": ActorKind.ORGANIZATION,
    "place": ActorKind.PLACE,
    "document": ActorKind.DOCUMENT,
}
#: A speaker label opening a headline or transcript line: ``Rubio: ...``, ``SEN. SANDERS: ...``.
_SPEAKER_LABEL = re.compile(r"\s*((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s*:\s")
_SKIP_WORDS = frozenset({"the", "a", "an", "this", "that", "these", "those", "'s", "’s"})
#: Titles that name a kind of a commoner role noun: ``Justice Olund`` is "the judge" later, as a reader takes it
#: (a justice presides over a court, and the story calls her the judge).
_TITLE_KINDS = {"justice": "judge"}
_WORD = re.compile(r"[\w\-’']+")


@attrs.define
class Entry:
    """An actor known while resolving: from the actors phase (``actor`` set) or latent/new."""

    id: str
    name: str
    kind: ActorKind
    mentions: list[tuple[int, int]]
    words: frozenset[str]
    role: str = ""
    gender: str | None = None
    gender_source: str | None = None
    actor: Actor | None = None
    used: bool = False
    aliases: list[str] = attrs.field(factory=list)  # names no mention prints ("figures it shared with investors")
    affiliation: str | None = None  # a document's maker ("a report written by the Harlow Institute")
    affiliation_id: str | None = None

    def __attrs_post_init__(self) -> None:
        self.mentions.sort()

    def add(self, start: int, end: int) -> bool:
        """Record a mention (sorted, so lookups bisect); ``False`` when it was already known."""
        i = bisect.bisect_left(self.mentions, (start, end))
        if i == len(self.mentions) or self.mentions[i] != (start, end):
            self.mentions.insert(i, (start, end))
            return True
        return False

    def last_before(self, offset: int) -> int | None:
        """Start of the last mention starting before ``offset``."""
        i = bisect.bisect_left(self.mentions, (offset, -1)) - 1
        return self.mentions[i][0] if i >= 0 else None


def _words(text: str) -> frozenset[str]:
    words = set()
    for word in _WORD.findall(text):
        key = word.lower().rstrip("'’")
        if key.endswith(("’s", "'s")):
            key = key[:-2]
        if key and key not in _SKIP_WORDS and key not in HONORIFICS:
            words.add(key)
    return frozenset(words)


def _role_words(role: str) -> frozenset[str]:
    """The words of a role and the commoner nouns its titles are a kind of (``Justice``: ``judge`` too)."""
    words = _words(role)
    return words | {_TITLE_KINDS[w] for w in words if w in _TITLE_KINDS}


def _printed(tokens: Sequence[Token]) -> str:
    """The tokens' words run together where the article runs them together: ``Jean-Luc`` is one word.

    Joining every token with a space made ``Jean - Luc Moreau`` a name no
    actor called ``Jean-Luc Moreau`` matched, and a second actor of that name.
    """
    text = ""
    for before, token in zip((None, *tokens), tokens, strict=False):
        text += (" " if before is not None and token.start > before.end else "") + token.text
    return text


def _phrase_key(name: str, plural: bool) -> str:
    """A phrase as compared for sameness: case folded, and a plural's leading ``the`` left out."""
    key = " ".join(name.lower().split())
    return key[4:] if plural and key.startswith("the ") else key


def _honorific(word: str) -> str | None:
    key = word.lower().rstrip(".")
    return key if key in HONORIFICS else None


class Resolver:
    """Resolves mentions of one article; created per document."""

    def __init__(
        self,
        analysis: Analysis,
        actors: Sequence[Actor] = (),
        id_prefix: str = "qa",
        quoted: Iterable[tuple[int, int]] = (),
    ) -> None:
        self.analysis = analysis
        self._quote_spans = sorted(quoted)
        self._quote_starts = [s for s, _ in self._quote_spans]
        self.text = analysis.text
        self.entries: list[Entry] = []
        self._spans: list[tuple[int, int, Entry]] = []
        self._prefix = id_prefix
        self._taken_ids = {actor.id for actor in actors}
        self._counter = 0
        #: Set by :meth:`resolve` when the mention was refused as something that cannot speak.
        self.rejected = False
        for actor in actors:
            self._add_actor(actor)
        self._add_entities()
        self._index()

    # -- building the index --------------------------------------------------------------
    def _add_actor(self, actor: Actor) -> None:
        words = _words(actor.name)
        for alias in actor.aliases:
            words |= _words(alias)
        entry = Entry(
            actor.id,
            actor.name,
            actor.kind,
            [(m.start, m.end) for m in actor.mentions],
            words,
            role=(actor.role or "").lower(),
            gender=actor.gender,
            actor=actor,
        )
        if actor.title and entry.gender is None:
            entry.gender = HONORIFICS.get(actor.title.lower().rstrip("."))
        self.entries.append(entry)

    def _add_entities(self) -> None:
        """Named entities no actor covers become latent entries (merged by shared name words).

        One written exactly as an actor of its kind is named (``Republicans`` in the
        headline, where the actors phase saw no source) is a mention of that actor.
        """
        covered = sorted(tuple(span) for entry in self.entries for span in entry.mentions)
        starts = [s for s, _ in covered]
        for entity in self.analysis.entities:
            if entity.label not in _PERSON_LABELS | _ORG_LABELS | _PLACE_LABELS | _GROUP_LABELS:
                continue
            i = bisect.bisect_right(starts, entity.end) - 1
            if i >= 0 and covered[i][1] > entity.start:
                continue
            if self._in_dateline(entity.start, entity.end) is not None:
                continue  # "BERLIN - Berlin's" tagged as one name: a dateline is nobody
            name = self.text[entity.start : entity.end]
            words = _words(name)
            if not words:
                continue
            kind = _kind_of_label(entity.label)
            entry = self._same_phrase(name, kind, kind is ActorKind.GROUP) or self._match_name(
                words, entity.start, kind, latent_only=True
            )
            if entry is not None:
                entry.add(entity.start, entity.end)
                if len(words) > len(entry.words) and words >= entry.words:
                    entry.name, entry.words = name, words
                continue
            self._new_entry(name, kind, [(entity.start, entity.end)], words, role=self._appositive(entity.last - 1))

    def _appositive(self, head: int) -> str:
        for child in self.analysis.children[head]:
            kid = self.analysis.tokens[child]
            if kid.dep == "appos":
                first, last = self.analysis.subtree(child)
                if last - first <= 30:
                    return self.text[self.analysis.tokens[first].start : self.analysis.tokens[last - 1].end].lower()
        return ""

    def _new_entry(
        self, name: str, kind: ActorKind, mentions: list[tuple[int, int]], words: frozenset[str], role: str = ""
    ) -> Entry:
        mentions = [(m[0], m[1]) for m in mentions]
        while True:
            self._counter += 1
            ident = f"{self._prefix}{self._counter}"
            if ident not in self._taken_ids:
                break
        entry = Entry(ident, name, kind, mentions, words, role=role)
        self.entries.append(entry)
        return entry

    def _index(self) -> None:
        self._spans = sorted(
            ((s, e, entry) for entry in self.entries for s, e in entry.mentions), key=lambda item: (item[0], item[1])
        )
        self._starts = [s for s, _, _ in self._spans]

    # -- queries -----------------------------------------------------------------------------
    def _at(self, start: int, end: int) -> Entry | None:
        i = bisect.bisect_right(self._starts, end) - 1
        best = None
        while i >= 0 and i >= bisect.bisect_right(self._starts, end) - 6:
            s, e, entry = self._spans[i]
            if s < end and start < e:
                if best is None or entry.actor is not None:
                    best = entry
            i -= 1
        return best

    def _known(self, start: int, end: int, head: Token) -> Entry | None:
        """The actor of a known mention on the phrase's head, else of one anywhere in the phrase.

        ``CNN's Tara Setmayer``, ``Apple CEO Tim Cook``: the mention that
        holds the head word is the speaker; a name that only modifies the head
        (the outlet, the company) is not. A proper-noun head that no mention
        covers is left to name matching.
        """
        if start <= head.start < end:
            found = self._at(head.start, head.end)
            if found is not None or (head.pos == "PROPN" and not _title_case_noun(head)):
                return found
        return self._at(start, end)

    def _modifier_only(self, start: int, end: int, head: Token, known: Entry) -> bool:
        """Whether ``known`` only describes the phrase's head: a place, a nationality/party adjective,
        or the organization or person a person or group noun is related to.

        ``the Vermont senator``, ``Iowa polls``, ``the Republican moderates``,
        ``most of the Republican candidates``, ``a Justice Department
        spokeswoman``, ``Mr. Khan's wife``, ``Clinton aides``: the head (or
        what a partitive head counts) is who speaks. A possessor (``Trump's
        remarks``) or an organization before a document (``a CNN poll``) made
        what speaks and is left as the speaker.
        """
        counted = _counts(head)
        if (head.pos != "NOUN" and not counted and not _title_case_noun(head)) or not start <= head.start < end:
            return False
        if any(s <= head.start < e for s, e in known.mentions):
            return False
        if known.kind == ActorKind.PLACE:
            return True
        noun = (self._counted_noun(head) if counted else None) or head
        if known.kind in (ActorKind.ORGANIZATION, ActorKind.PERSON) and _noun_class(noun) in ("person", "group"):
            # "a FedEx driver", "Mr. Khan's wife", "Sanders supporters", "a number of the GOP candidates",
            # "GOP Candidates Reject ..." (a headline): not the one named
            return True
        inside = [t for t in self.analysis.tokens_in(start, end) if any(s <= t.start < e for s, e in known.mentions)]
        return (
            known.kind == ActorKind.GROUP
            and bool(inside)
            and all(t.tag in ("JJ", "NNP") and t.dep in ("amod", "compound") for t in inside)
        )

    def _by_head(self, start: int, end: int, tokens: Sequence[Token], head: Token) -> Entry | None:
        """The head past a describing place or adjective: ``Iowa polls`` are polls, ``the Orlando attack`` nobody.

        The head speaks when it can (a document, a group, a person: ``New
        York voters``); a head that cannot, or that the noun lexicon does not
        know (``a Rochester rally``, ``a handful of skywriters in Pasadena``),
        leaves the quote with no speaker rather than handing it to the place.
        """
        cls = _noun_class(head) if _title_case_noun(head) else source_class(self.analysis, tokens, head)
        if cls is None:
            return None
        if cls == "person" and head.tag == "NNPS":
            cls = "group"  # "GOP Candidates" in a headline
        return self._remember(self._role(start, end, tokens, head, _counted_group(cls, head)), start, end)

    def _counted_noun(self, head: Token) -> Token | None:
        """What a partitive head counts: ``voters`` in ``the proportion of GOP primary voters``."""
        for child in self.analysis.children[head.i]:
            if self.analysis.tokens[child].text.lower() == "of":
                for kid in self.analysis.children[child]:
                    if self.analysis.tokens[kid].dep == "pobj":
                        return self.analysis.tokens[kid]
        return None

    def _match_name(
        self, words: frozenset[str], offset: int, kind: ActorKind | None = None, latent_only: bool = False
    ) -> Entry | None:
        best: tuple[int, Entry] | None = None
        for entry in self.entries:
            if latent_only and entry.actor is not None:
                continue
            if kind is not None and entry.kind != kind and entry.kind != ActorKind.UNKNOWN:
                continue
            if not words or not entry.words or not (words <= entry.words or entry.words <= words):
                continue
            last = entry.last_before(offset + 1)
            score = last if last is not None else -1
            if best is None or score > best[0]:
                best = (score, entry)
        return best[1] if best else None

    def resolve(self, start: int, end: int, head: int | None, previous: Entry | None = None) -> Entry | None:
        """The entry the mention refers to, creating one when a name or noun names nobody known.

        ``None`` when nobody could be found; :attr:`rejected` is then true
        when the mention is not something that can speak at all.
        """
        self.rejected = False
        tokens = self.analysis.tokens_in(start, end)
        if not tokens:
            return None
        dateline = self._in_dateline(start, end)
        if dateline is not None:
            return self._after_dateline(dateline, end, previous)
        if has_markup(self.text[start:end]):
            self.rejected = True
            return None
        if len(tokens) == 1 and len(tokens[0].text) == 1 and tokens[0].text.isupper() and tokens[0].text != "I":
            return None  # "Q: Have you talked to him about ...": an interview's label names no one
        tagged = self._transcript_tag(start, end, tokens)
        if tagged is not None:
            return self._remember(tagged, start, end)  # "TAPPER:" after "JAKE TAPPER:": the interviewer
        head_token = self.analysis.tokens[head] if head is not None else tokens[-1]
        lower = head_token.text.lower()
        if lower in RELATIVE_PRONOUNS and len(tokens) == 1:
            return self._relative(head_token, start, end, previous)
        if _says_nobody(self.analysis, head_token):
            return None  # "no evidence suggests", "No country shared", "nobody said": no one is named
        member = self._among(head_token)
        if member is not None:
            return self._remember(self._resolve_phrase(member, previous), start, end)
        pair = self._named_pair(start) if lower == "both" and len(tokens) == 1 else None
        if pair is not None:
            return self._remember(pair, start, end)  # "Sam Bright and Ana Villaseñor led. Both said ..."
        if lower in QUANTIFIER_PRONOUNS and not any(t.pos in ("NOUN", "PROPN") for t in tokens if t.i != head_token.i):
            first, last = self._described(head_token, start, end)
            elided = self._elided_group(head_token) if (first, last) == (start, end) and len(tokens) == 1 else None
            if elided is not None:
                return self._remember(elided, start, end)
            return self._remember(self._unnamed_group(first, last), first, last)
        if not (start <= head_token.start < end):
            # an appositive name beyond the mention (``the spokesman, Ned Price``)
            found = self._resolve_name(head_token.start, head_token.end, [head_token])
            if found is not None:
                return self._remember(found, start, end)
        if lower in ("i", "we") and len(tokens) == 1 and not self._quoted(start) and not self._in_marks(start):
            labelled = self._labelled_speaker(start) if lower == "i" else None
            if labelled is not None:
                return self._remember(labelled, start, end)  # "Rubio: I Still Believe ...": Rubio's words
            # first-person narration ("I said"): the writer is the speaker
            return self._remember(self._narrator(lower == "we"), start, end)
        if lower in PRONOUNS and len(tokens) <= 2:
            if is_expletive(self.analysis, head_token) or is_copular_it(self.analysis, head_token):
                return None  # "it's easy to call X unpatriotic", "it was a disaster": no one is named or guessed
            found = self._pronoun(PRONOUNS[lower], start, previous)
            return self._remember(found, start, end, pronoun=PRONOUNS[lower]) if found else None
        holder = self._headline_title(start, tokens)
        if holder is not None:
            return self._remember(holder, start, end)  # "Senator says talks have stalled" over "Sen. Joan Okafor"
        return self._phrase(start, end, tokens, head_token, previous)

    def _transcript_tag(self, start: int, end: int, tokens: Sequence[Token]) -> Entry | None:
        """``JAKE TAPPER:``, ``TAPPER:``: a transcript's all-caps tag is a person's name, whatever the tagger says.

        Only for tags :func:`.labels.transcript_tags` recognises (the tag opens
        a turn spoken in the first person somewhere in the article). The
        tagger reads ``TAPPER`` as a noun as often as a name, which had left
        the interviewer's turns with no speaker; the tag's words match the
        person of that name (``FALLIN`` is Mary Fallin) or, with nobody
        known, make one, so the short tag finds the full one.
        """
        words = [t for t in tokens if any(c.isalpha() for c in t.text)]
        if not words or not all(t.text.isupper() and len(t.text) > 1 for t in words):
            return None
        if words[-1].text.lower() not in transcript_tags(self.analysis):
            return None
        key = _words(_printed(words))
        found = self._match_name(key, start, ActorKind.PERSON)
        return found or self._new_entry(_printed(words), ActorKind.PERSON, [], key)

    def _headline_title(self, start: int, tokens: Sequence[Token]) -> Entry | None:
        """A headline's bare title (``Senator says ...``): the one person below it who holds that title."""
        if len(tokens) != 1 or not self._in_headline(start):
            return None
        word = tokens[0].text.lower()
        if nouns.noun_class(word) != "person":
            return None
        return self._only_holder(word)

    def _phrase(
        self, start: int, end: int, tokens: Sequence[Token], head: Token, previous: Entry | None
    ) -> Entry | None:
        """A noun phrase, without the clause that says which document it is (:func:`.sources.whose_document`).

        ``figures released by the health authority`` is resolved as
        ``figures`` (a name in the clause says whose the document is, not who
        speaks: ``A report released by the National Academies``), and the whole
        phrase is a name of the document besides.
        """
        if whose_document(self.analysis, head) is None:
            return self._noun_phrase(start, end, tokens, head, previous)
        bare = [t for t in tokens if t.i <= head.i]
        found = self._noun_phrase(start, head.end, bare, head, previous)
        if found is not None and found.actor is None and found.kind is ActorKind.DOCUMENT:
            found.aliases.append(self.text[start:end])
        return found

    def _noun_phrase(
        self, start: int, end: int, tokens: Sequence[Token], head: Token, previous: Entry | None
    ) -> Entry | None:
        """A name or noun phrase: by its head word first, then by the names in it, then by its noun.

        The head decides who speaks (``CNN's Tara Setmayer`` is Setmayer,
        ``Iowa polls`` the polls, ``One of the men, Jessie Elkins,`` Elkins);
        a name only modifying it is not the speaker (:meth:`_modifier_only`).
        """
        head = _titled_name_before_of(tokens, head) or head
        if head.ent in _NOT_SOURCE_LABELS and source_class(self.analysis, tokens, head) is None:
            # "Saturday ... said", "in July, which showed": a misparse, the speaker is elsewhere; the quote stays
            return None
        said_to_be = self._named_by_copula(head)
        if said_to_be is not None:
            # "Rubio was the first senator to call for", "The first member to endorse him was Chris Collins"
            return self._remember(self._resolve_phrase(said_to_be, previous), start, end)
        poll = poll_frame(self.analysis, head) if counts_people(self.analysis, head) else None
        if poll is not None:
            # "In a CNN poll, 40 percent said": the share is the poll's finding, the poll is the source
            return self._resolve_phrase(poll, previous)
        named = self._appositive_name(head)
        if named is not None:
            # "One of the men, Jessie Elkins,", "the group's president Cecile Richards": the name carried speaks
            found = self._described_name(head, named)
            if found is not None:
                return self._remember(found, start, end)
            # the name is an actor of another kind ("Schilling's son, Grant" made an organization): the description
            tokens = [t for t in tokens if t.end <= named[0].start and t.pos != "PUNCT"] or tokens
            end = min(end, tokens[-1].end)
        known = self._known(start, end, head)
        if known is not None and self._modifier_only(start, end, head, known):
            return self._by_head(start, end, tokens, head)
        if known is not None:
            self._widen(known, tokens)
            return self._remember(known, start, end)
        if head.pos == "PROPN" and start <= head.start < end:
            # "CNN's Tara Setmayer": the name at the head speaks, not the outlet before it
            name = _name_before(tokens, head)
            found = self._resolve_name(name[0].start, name[-1].end, name)
            if found is not None:
                return self._remember(found, start, end)
        if self._names_someone(tokens, head):
            found = self._resolve_name(start, end, tokens)
            if found is not None:
                return self._remember(found, start, end)
        if head.pos in ("NOUN", "PROPN", "NUM", "ADJ") or head.ent:
            return self._by_noun(start, end, tokens, head, previous)
        return None

    def _names_someone(self, tokens: Sequence[Token], head: Token) -> bool:
        """Whether a phrase holds a name to resolve, not only a date or amount before its common noun.

        ``The April survey``, ``a Wednesday editorial``, ``Monday night's
        results``: the date says when, the noun who speaks (a document, as
        ``the survey`` is); read as a name, the phrase became an actor of
        no kind. A name in the phrase (``a CNN poll``) still counts, and so
        does the date when the noun cannot speak (``Thursday's conversation
        believing``: a misparse whose quote stays).
        """
        named = [t for t in tokens if t.pos == "PROPN" or t.ent]
        dated = head.pos == "NOUN" and not head.ent and all(t.ent in _NOT_SOURCE_LABELS for t in named)
        if dated and source_class(self.analysis, tokens, head) is not None:
            return False
        return bool(named)

    def _by_noun(
        self, start: int, end: int, tokens: Sequence[Token], head: Token, previous: Entry | None
    ) -> Entry | None:
        """A phrase no name resolves: its document's author, or the actor its noun makes (``the official``)."""
        cls = source_class(self.analysis, tokens, head)
        if cls is None:
            self.rejected = True
            return None
        author = self._author(head, previous) if cls == "document" else None
        if author is not None:
            return self._remember(author, start, end)
        entry = self._role(start, end, tokens, head, _counted_group(cls, head))
        if cls == "document":
            self._record_maker(entry, head)
        return self._remember(entry, start, end)

    def _record_maker(self, entry: Entry, document: Token) -> None:
        """Who made a document that speaks, as its affiliation: ``The report, written by the Harlow Institute,``.

        The clause after a document noun says whose the document is, not who
        speaks (the document stays the speaker); a reader counting sources
        still wants the maker, so it is recorded on the document actor. Only a
        participle of making or publishing with a ``by`` agent names one
        (``obtained by the Ledger`` does not).
        """
        if entry.affiliation is not None or entry.actor is not None:
            return
        maker = next((self._agent_of(kid) for kid in self._participles_of_making(document)), None)
        if maker is None or not _can_author(maker):
            return
        first = self.analysis.subtree(maker.i)[0]
        start = self.analysis.tokens[first].start
        known = self._known(start, maker.end, maker)
        if known is not None and known.actor is not None:
            entry.affiliation, entry.affiliation_id = known.name, known.actor.id
        else:
            entry.affiliation = self.text[start : maker.end]

    def _participles_of_making(self, document: Token) -> list[Token]:
        tokens = self.analysis.tokens
        kids = (tokens[c] for c in self.analysis.children[document.i])
        return [kid for kid in kids if kid.dep == "acl" and kid.tag == "VBN" and kid.lemma.lower() in _PUBLISHING]

    def _agent_of(self, participle: Token) -> Token | None:
        """Who a passive participle says did it: ``published on Nov. 18 by a local page`` -> ``page``."""
        tokens = self.analysis.tokens
        for child in self.analysis.children[participle.i]:
            if tokens[child].dep == "agent":
                return next((tokens[c] for c in self.analysis.children[child] if tokens[c].dep == "pobj"), None)
        return None

    def _described_name(self, head: Token, named: Sequence[Token]) -> Entry | None:
        """Who the name a description carries is (``the defense attorney, Marcus Bell``), as a person if a
        person noun describes it: an organization or place actor NER made of the name is left for the
        description (``Schilling's son, Grant`` tagged an organization); a name no actor covers becomes a
        person with the noun as role."""
        found = self._resolve_name(named[0].start, named[-1].end, named)
        if found is None or _noun_class(head) != "person" or found.kind in (ActorKind.PERSON, ActorKind.UNKNOWN):
            return found
        if found.actor is not None:
            return None
        found.kind, found.role = ActorKind.PERSON, found.role or head.lemma.lower()
        return found

    def _named_by_copula(self, head: Token) -> Token | None:
        """The person a description is said to be: the name on the other side of ``be``.

        ``Rubio was the first senator to call for a pause``, ``The first
        member of Congress to endorse him was Chris Collins``: the description
        speaks only through the person it is said to be.
        """
        tokens = self.analysis.tokens
        if head.pos != "NOUN" or head.dep not in ("attr", "nsubj") or head.head == head.i:
            return None
        copula = tokens[head.head]
        if copula.lemma.lower() != "be":
            return None
        other = "nsubj" if head.dep == "attr" else "attr"
        name = next((tokens[c] for c in self.analysis.children[copula.i] if tokens[c].dep == other), None)
        if name is None or name.pos != "PROPN" or name.ent not in ("PERSON", "ORG", ""):
            return None
        return name

    def _appositive_name(self, head: Token) -> list[Token] | None:
        """The name set off after a description (``one of the men, Jessie Elkins,``): see :func:`carried_name`."""
        carried = carried_name(self.analysis, head)
        return list(self.analysis.tokens[carried[0] : carried[1]]) if carried is not None else None

    def _author(self, document: Token, previous: Entry | None) -> Entry | None:
        """Who made a document the text names with it: ``his speech``, ``a tally by the Associated Press``.

        The document's words are its author's: a reader counting sources
        counts the person or organization, as for ``Trump's remarks``. ``None``
        when no author is named (``a new poll``, ``data from the survey``).
        """
        tokens = self.analysis.tokens
        for child in self.analysis.children[document.i]:
            kid = tokens[child]
            if kid.dep == "poss" and kid.text.lower() in PRONOUNS:
                return self._pronoun(PRONOUNS[kid.text.lower()], kid.start, previous)
            if kid.dep == "prep" and kid.text.lower() in ("by", "from"):
                maker = next((tokens[c] for c in self.analysis.children[child] if tokens[c].dep == "pobj"), None)
                if maker is not None and _can_author(maker):
                    return self._resolve_phrase(maker, previous)
        return self._publisher(document, previous) or self._antecedent_author(document, previous)

    def _antecedent_author(self, document: Token, previous: Entry | None) -> Entry | None:
        """The author of the document ``the statement`` points back to: ``X said in a statement that ...
        "...," the statement said``.

        A definite document noun with no author of its own is the one the two
        sentences before named; who spoke *in* it (``said in a statement``,
        ``wrote in a letter``) or put it out made it.
        """
        tokens = self.analysis.tokens
        if not any(
            tokens[c].dep == "det" and tokens[c].text.lower() in ("the", "that", "this")
            for c in self.analysis.children[document.i]
        ):
            return None
        first = self.analysis.sentences[max(document.sent - 2, 0)].first
        lemma = document.lemma.lower()
        for earlier in reversed(tokens[first : document.i]):
            if earlier.pos == "NOUN" and earlier.lemma.lower() == lemma:
                return self._speaker_in(earlier, previous) or self._publisher(earlier, previous)
        return None

    def _speaker_in(self, document: Token, previous: Entry | None) -> Entry | None:
        """Who spoke in a document: the subject of ``said in a statement``, ``wrote in a letter``."""
        tokens = self.analysis.tokens
        prep = tokens[document.head]
        if document.dep != "pobj" or prep.text.lower() not in ("in", "through", "via") or prep.head == prep.i:
            return None
        verb = tokens[prep.head]
        if verb.pos != "VERB" or not is_cue_lemma(verb.lemma, SPEECH_CLASSES):
            return None  # "leading in the polls": the subject does not speak in the polls
        subject = next((tokens[c] for c in self.analysis.children[verb.i] if tokens[c].dep == "nsubj"), None)
        if subject is None or not (_can_author(subject) or subject.text.lower() in PRONOUNS):
            return None
        return self._resolve_phrase(subject, previous)

    def _publisher(self, document: Token, previous: Entry | None) -> Entry | None:
        """``X released a video that accuses ...``, ``X sent out a press release saying ...``: X's words."""
        tokens = self.analysis.tokens
        verb = tokens[document.head]
        if document.dep not in ("dobj", "obj") or verb.i == document.i or verb.lemma.lower() not in _PUBLISHING:
            return None
        subjects = [tokens[c] for c in self.analysis.children[verb.i] if tokens[c].dep == "nsubj"]
        if not subjects and verb.dep == "conj" and verb.head != verb.i:
            subjects = [tokens[c] for c in self.analysis.children[verb.head] if tokens[c].dep == "nsubj"]
        if not subjects or not (_can_author(subjects[0]) or subjects[0].text.lower() in PRONOUNS):
            return None
        return self._resolve_phrase(subjects[0], previous)

    def _resolve_phrase(self, head: Token, previous: Entry | None) -> Entry | None:
        """Resolve the noun phrase headed by ``head`` (from its first word to the head)."""
        first = self.analysis.subtree(head.i)[0]
        return self.resolve(self.analysis.tokens[first].start, head.end, head.i, previous)

    def _in_dateline(self, start: int, end: int) -> int | None:
        """``WASHINGTON (AP) — Sen. X said``: where the dateline the mention runs into ends, else ``None``."""
        datelines = self.analysis.datelines
        if not datelines:  # most articles: asked for every mention, so spare the generator
            return None
        return max((e for s, e in datelines if s < end and start < e), default=None)

    def _after_dateline(self, end: int, mention_end: int, previous: Entry | None) -> Entry | None:
        """The parser took the dateline for the subject: the speaker is named right after it.

        The person NER found after the dateline in the sentence, or else what
        the subject mention holds past the dateline (``LONDON - British
        Airways said``, no entity found).
        """
        sentence = self.analysis.sentence_at(end)
        for entity in self.analysis.entities:
            if (
                entity.label in _PERSON_LABELS
                and end <= entity.start
                and (sentence is None or entity.end <= sentence.end)
            ):
                return self.resolve(entity.start, entity.end, entity.last - 1, previous)
        rest = [t for t in self.analysis.tokens_in(end, mention_end) if t.text[:1].isalnum()]
        if rest and rest[0].text[:1].isupper():
            return self.resolve(rest[0].start, rest[-1].end, None, previous)
        self.rejected = True
        return None

    def _relative(self, token: Token, start: int, end: int, previous: Entry | None) -> Entry | None:
        """``Lee, who said ...`` / ``a poll that showed ...``: the speaker is what the pronoun stands for."""
        antecedent = relative_antecedent(self.analysis, token)
        if antecedent is None:
            return None
        first, last = antecedent
        tokens = self.analysis.tokens
        head = next(
            (i for i in range(first, last) if not first <= tokens[i].head < last or tokens[i].head == i), last - 1
        )
        member = self._among(tokens[head])
        if member is not None:
            found = self._resolve_phrase(member, previous)  # "X is among those who say": X says it
        else:
            found = self.resolve(tokens[first].start, tokens[last - 1].end, head, previous)
        return self._remember(found, start, end) if found is not None else None

    def _among(self, head: Token) -> Token | None:
        """The subject counted among a group: ``Jahangir is among those who say``, ``Hannity was among those
        supporting``, ``Nguyen counts herself among those voters who want``. The words are the subject's:
        a source count counts that person, not an unnamed ``those``."""
        tokens = self.analysis.tokens
        if head.dep != "pobj" or head.head == head.i:
            return None
        preposition = tokens[head.head]
        if preposition.text.lower() != "among" or preposition.head == preposition.i:
            return None
        verb = tokens[preposition.head]
        if verb.lemma.lower() not in ("be", "count"):
            return None  # "Clinton won among the 30 percent", "caused consternation among leaders": no membership
        return next((tokens[c] for c in self.analysis.children[verb.i] if tokens[c].dep == "nsubj"), None)

    def _described(self, head: Token, start: int, end: int) -> tuple[int, int]:
        """``those who say``, ``those backing Clinton``: the pronoun with the clause that says who is meant.

        ``those`` alone names no one, and two different ``those`` of an article
        are different people; the clause right after the pronoun, up to its
        verb, tells them apart. Without such a clause the phrase is kept.
        """
        tokens = self.analysis.tokens
        for child in self.analysis.children[head.i]:
            clause = tokens[child]
            if clause.dep in ("relcl", "acl") and child > head.i and self.analysis.subtree(child)[0] == head.i + 1:
                return start, max(end, clause.end)
        return start, end

    def _elided_group(self, pronoun: Token) -> Entry | None:
        """``Not all fans were sympathetic. Some complained ...``: the people ``some`` counts, named just before.

        A bare ``Some`` opening a sentence leaves its noun out because the
        sentence before has just said it: the plural subject of that
        sentence, when it is people (a person or group noun) not counted
        already, is the group ``some`` are part of. Not ``Many`` or
        ``Others``: ``Trump's voters turned out. Many speculated ...`` means
        many people, and ``Others`` are people other than those just named.
        Anything else (``Polls differ. Some say ...``) leaves the pronoun its
        own unnamed group.
        """
        tokens = self.analysis.tokens
        sentence = self.analysis.sentences[pronoun.sent]
        if pronoun.text.lower() != "some" or pronoun.i != sentence.first or pronoun.dep != "nsubj":
            return None
        if pronoun.sent == 0:
            return None
        before = self.analysis.sentences[pronoun.sent - 1]
        subject = next(
            (t for t in tokens[before.first : before.last] if t.dep == "nsubj" and tokens[t.head].dep == "root"), None
        )
        if subject is None or subject.pos != "NOUN" or subject.tag != "NNS":
            return None
        if any(tokens[c].text.lower() in _PART_COUNTS for c in self.analysis.children[subject.i]):
            return None  # "Several delegates declined. Some ...": a part of a part
        if source_class(self.analysis, [subject], subject) not in ("person", "group"):
            return None
        first = min(
            [subject.i] + [c for c in self.analysis.children[subject.i] if tokens[c].dep in ("amod", "compound")]
        )
        return self.resolve(tokens[first].start, subject.end, subject.i, None)

    def _named_pair(self, offset: int) -> Entry | None:
        """``Both`` after two people named together in the sentence before: ``Sam Bright and Ana Villaseñor``.

        Only a pair of known persons joined by ``and`` with no third: ``Both``
        then means those two, as a group named by their names.
        """
        here = self.analysis.sentence_at(offset)
        if here is None:
            return None
        sentences = self.analysis.sentences
        index = next((k for k, s in enumerate(sentences) if s.first == here.first), 0)
        tokens = self.analysis.tokens
        window = range(sentences[max(0, index - 1)].first, here.first)
        for i in window:
            second = tokens[i]
            if second.dep != "conj" or second.pos != "PROPN" or tokens[second.head].pos != "PROPN":
                continue
            first = tokens[second.head]
            kids = [tokens[c] for c in self.analysis.children[first.i]]
            if sum(k.dep == "conj" for k in kids) != 1 or not any(k.dep == "cc" and k.text == "and" for k in kids):
                continue
            one, other = self._person_at(first.i), self._person_at(second.i)
            if one is None or other is None:
                continue
            name = self.text[one[0] : other[1]]
            return self._same_phrase(name, ActorKind.GROUP, True) or self._new_entry(
                name, ActorKind.GROUP, [], _words(name)
            )
        return None

    def _person_at(self, index: int) -> tuple[int, int] | None:
        """Character range of the person entity at a token, when it names a person known here."""
        entity = self.analysis.entity_at(index)
        if entity is None or entity.label != "PERSON":
            return None
        start, end = self.analysis.tokens[entity.first].start, self.analysis.tokens[entity.last - 1].end
        found = self._match_name(_words(self.text[start:end]), start, ActorKind.PERSON)
        return (start, end) if found is not None and found.kind is ActorKind.PERSON else None

    def _unnamed_group(self, start: int, end: int) -> Entry:
        """``many say``, ``others argue``: people counted but not named, one group per phrase."""
        name = self.text[start:end]
        same = self._same_phrase(name, ActorKind.GROUP, True)
        return same or self._new_entry(name, ActorKind.GROUP, [], _words(name))

    def _resolve_name(self, start: int, end: int, tokens: Sequence[Token]) -> Entry | None:
        label = next((t.ent for t in tokens if t.ent), "")
        if label and not any(t.pos == "PROPN" for t in tokens) and _kind_of_label(label) is ActorKind.UNKNOWN:
            return None  # "23 percent", "Monday": not a name; left to the noun test
        kind = _kind_of_label(label) if label else None
        titled = _after_titles(tokens) if kind in (None, ActorKind.UNKNOWN) else None
        if titled is not None:  # "Fire Chief Sandra Ellis" tagged as a work of art: a titled person
            kind, tokens, start = ActorKind.PERSON, titled, titled[0].start
        proper = [t for t in tokens if t.pos == "PROPN" or t.ent]
        words = _words(_printed(proper)) if proper else _words(self.text[start:end])
        found = self._match_name(words, start)
        if found is not None:
            self._widen(found, tokens)
            return found
        if not words:
            return None
        name = self.text[start:end]
        if tokens and tokens[0].text.lower() == "the" and label in _ORG_LABELS:
            name = self.text[tokens[1].start : end] if len(tokens) > 1 else name
        head = tokens[-1]
        if kind is None:  # untagged: "Regional Rail said" is named after what it is
            organization = head.text.lower() in ORG_NOUNS or nouns.noun_class(head.text) == "organization"
            organization = organization or names.body_name(tokens, head)  # "Natural Resources Wales said"
            kind = ActorKind.ORGANIZATION if organization else ActorKind.PERSON
        entry = self._new_entry(name, kind, [], words)
        gender = next(
            (
                HONORIFICS.get(_honorific(t.text) or "")
                for t in self.analysis.tokens_in(max(0, start - 6), end)
                if _honorific(t.text)
            ),
            None,
        )
        entry.gender = gender
        entry.gender_source = "honorific" if gender else None
        return entry

    def _widen(self, entry: Entry, tokens: Sequence[Token]) -> None:
        """The NER caught part of a name ("Ray" of "Senator Ray Tull"): a created actor takes the fuller one."""
        if entry.actor is not None:
            return
        named = [
            t for t in tokens if (t.pos == "PROPN" or t.ent == "PERSON") and t.text.lower().rstrip(".") not in TITLES
        ]
        if not named:
            return
        words = _words(_printed(named))
        if words > entry.words and all(named[i + 1].i == named[i].i + 1 for i in range(len(named) - 1)):
            entry.name = self.text[named[0].start : named[-1].end]
            entry.words = words

    def _pronoun(self, feature: str, offset: int, previous: Entry | None) -> Entry | None:
        """Nearest compatible earlier actor, the most recent sentence's first mention first.

        ``he``/``she`` may reach back further (their gender picks the referent
        out); ``it``/``they`` only to the paragraph and the two sentences before.
        """

        def compatible(entry: Entry, at: int | None = None) -> bool:
            if feature in ("male", "female"):
                if entry.gender is None and at is not None and self._binds_another(at, feature):
                    return False
                return entry.kind in (ActorKind.PERSON, ActorKind.UNKNOWN) and entry.gender in (None, feature)
            if feature == "plural":
                if entry.kind == ActorKind.PLACE:
                    return _places(entry.name)
                return entry.kind in (ActorKind.GROUP, ActorKind.ORGANIZATION, ActorKind.UNKNOWN)
            return entry.kind in (ActorKind.ORGANIZATION, ActorKind.PLACE, ActorKind.DOCUMENT, ActorKind.UNKNOWN)

        end = bisect.bisect_left(self._starts, offset)
        best: tuple[int, int, Entry] | None = None
        here = self.analysis.sentence_at(offset)
        floor = self._sentence_start_before(self._sentence_start_before(here.start if here is not None else offset))
        paragraph = self.analysis.paragraph_at(offset)
        floor = max(floor, paragraph[0]) if paragraph is not None else floor
        recent = [
            (s, e)
            for s, last, e in self._spans[max(0, end - 30) : end]
            if s >= floor
            and compatible(e, s)
            and not self._quoted(s, offset)
            and not self._describes(last - 1, feature)
        ]
        recent += [(s, e) for s, e in self._surname_mentions(floor, offset) if compatible(e, s)]
        if previous is not None and compatible(previous, previous.last_before(offset)):
            # the last speaker keeps the floor unless someone else compatible was named in the last sentences
            if not recent or previous in [e for _, e in recent]:
                last = previous.last_before(offset)
                if last is not None and self._sentences_between(last, offset) <= 4:
                    return previous
        if recent:

            def sentence_key(item: tuple[int, Entry]) -> tuple[int, bool, bool, int]:
                sentence = self.analysis.sentence_at(item[0])
                return (
                    sentence.start if sentence is not None else item[0],
                    self._subject(item[0]),
                    not self._possessor(item[0]),
                    -item[0],
                )

            chosen_at, chosen = max(recent, key=sentence_key)
            return None if self._thing_rival(offset, feature, chosen_at, floor) else chosen
        if feature == "plural":
            group = self._plural_subject(floor, offset)
            if group is not None:
                return group
        for i in range(end - 1, max(-1, end - 60), -1):
            s, _, entry = self._spans[i]
            if not compatible(entry, s) or self._quoted(s, offset):
                continue
            if feature in ("plural", "neuter") and s < floor:
                # "they"/"it" carry no gender to pick their referent out from afar: beyond the paragraph
                # and the two sentences before, whatever was named last is a guess, so nobody is given
                break
            sentence = self.analysis.sentence_at(s)
            key = sentence.start if sentence is not None else s
            if best is not None and key < best[0]:
                break
            if best is None or key > best[0] or s < best[1]:
                best = (key, s, entry)
        if best is not None and feature in ("plural", "neuter") and self._thing_rival(offset, feature, best[1], floor):
            return None
        return best[2] if best else None

    def _binds_another(self, offset: int, feature: str) -> bool:
        """Whether the subject mentioned at ``offset`` has, as the object of its verb, a pronoun of gender
        ``feature`` that carries on a chain of such pronouns.

        ``The episode also touched on her critics. Council member Walt
        Brennick has accused her of ...``: a pronoun object never means its
        own clause's subject (binding), so ``her`` is someone else, and with
        ``her`` already in the sentence before it is the woman the text
        follows (the centre, in centering terms); the ``she said`` after it
        continues her, not Brennick, whose gender the text has not given
        (the caller's test: a known woman who ``thanked her`` stays a
        candidate). Without the chain the object may be someone the text
        only now brings back, and the new subject is the centre (``what a
        partner at the firm told him ... he recommended``: the partner).
        """
        token = self.analysis.token_at(offset)
        while token is not None and token.dep in _MENTION_TO_HEAD and token.head != token.i:
            token = self.analysis.tokens[token.head]  # "Her deputy, Oren Falk,": from the mention's first word
        if token is None or token.dep not in ("nsubj", "nsubjpass") or token.head == token.i:
            return False
        verb = self.analysis.tokens[token.head]
        objects = [
            child
            for child in self.analysis.children[verb.i]
            if self.analysis.tokens[child].dep in ("dobj", "dative", "iobj", "obj")
            and self.analysis.tokens[child].tag == "PRP"
            and PRONOUNS.get(self.analysis.tokens[child].text.lower()) == feature
        ]
        if not objects:
            return False
        floor = self._sentence_start_before(self.analysis.sentences[verb.sent].start)
        return any(
            PRONOUNS.get(t.text.lower()) == feature and t.tag in ("PRP", "PRP$")
            for t in self.analysis.tokens_in(floor, verb.start)
        )

    def _thing_rival(self, offset: int, feature: str, candidate: int, floor: int) -> bool:
        """Whether ``it``/``they`` more likely means a thing that cannot speak than the actor found.

        A pronoun subject continues the subject before it (centering): in
        ``The focus on security has created an opening for Clinton. It also
        has brought urgency to GOP efforts``, *it* is the focus, not a place
        named on the way. A common noun of the pronoun's number that cannot
        speak, the subject of a clause since the candidate was named (or at
        all, when the candidate is no subject), outranks the candidate; the
        quote then keeps its mention and no speaker. Not for verbs of saying
        (``Exxon's profit fell. It said ...``): only something that speaks
        says.
        """
        if feature not in ("plural", "neuter"):
            return False
        pronoun = self.analysis.token_at(offset)
        if pronoun is None or pronoun.dep not in ("nsubj", "nsubjpass") or pronoun.head == pronoun.i:
            return False
        if self.analysis.tokens[pronoun.head].lemma.lower() in SAYING_VERBS:
            return False
        wanted = ("NNS",) if feature == "plural" else ("NN",)
        here = self.analysis.sentence_at(offset)
        window = max(floor, self._sentence_start_before(here.start if here is not None else offset))
        after = candidate + 1 if self._subject(candidate) else window
        for token in self.analysis.tokens_in(max(after, window), pronoun.start):
            if token.tag not in wanted or token.dep not in ("nsubj", "nsubjpass"):
                continue
            if self._quoted(token.start, offset) or self._at(token.start, token.end) is not None:
                continue
            if source_class(self.analysis, [token], token) is None:
                return True
        return False

    def _describes(self, offset: int, feature: str) -> bool:
        """Whether the mention ending at ``offset`` only describes a noun, so a pronoun cannot mean it.

        A nationality or party adjective (``Mexican officials``, ``Republican
        senators``): ``they`` means the officials. For ``they``/``it``, also a
        name compounded into a common noun (``Fox executives``, ``the Cadillac
        tax``); ``he``/``she`` may still mean a person so used (``the Trump
        campaign ... he said``).
        """
        token = self.analysis.token_at(offset)
        if token is None or token.head == token.i:
            return False
        if token.tag == "JJ" and token.dep == "amod":
            return True
        modified = self.analysis.tokens[token.head]
        return feature in ("plural", "neuter") and token.dep == "compound" and modified.pos == "NOUN"

    def _subject(self, offset: int) -> bool:
        """Whether the mention at ``offset`` is a clause's subject (``After the murder of X, Trump said``)."""
        token = self.analysis.token_at(offset)
        while token is not None and token.dep in ("compound", "flat") and token.head != token.i:
            token = self.analysis.tokens[token.head]
        return token is not None and token.dep in ("nsubj", "nsubjpass")

    def _possessor(self, offset: int) -> bool:
        """Whether the mention at ``offset`` owns a noun (``Westfield's manager, Graham Whitcombe,``).

        The owner is named first in its sentence but is not what the sentence
        is about: a pronoun after it goes to the person the noun describes.
        """
        token = self.analysis.token_at(offset)
        while token is not None and token.dep == "compound" and token.head != token.i:
            token = self.analysis.tokens[token.head]
        return token is not None and token.dep == "poss"

    def _labelled_speaker(self, offset: int) -> Entry | None:
        """The person a speaker label names at the start of the sentence: ``Rubio: I Still Believe ...``,
        ``SANDERS: I think ...`` (headlines, transcripts). ``Q:``/``A:`` name no one; only a known person does.
        """
        sentence = self.analysis.sentence_at(offset)
        if sentence is None:
            return None
        start = sentence.start
        if self.text[:start].rstrip().endswith(":"):
            start = self._sentence_start_before(start)  # the splitter may end a sentence at the label's colon
        label = _SPEAKER_LABEL.match(self.text, start, offset)
        if label is None:
            return None
        tokens = self.analysis.tokens_in(label.start(1), label.end(1))
        if not any(t.pos == "PROPN" and len(t.text) > 1 for t in tokens):
            return None
        found = self._match_name(_words(label.group(1)), offset, ActorKind.PERSON)
        return found if found is not None and found.kind == ActorKind.PERSON else None

    def _narrator(self, plural: bool) -> Entry:
        name = "the authors" if plural else "the author"
        same = next((e for e in self.entries if e.actor is None and e.name == name), None)
        kind = ActorKind.GROUP if plural else ActorKind.PERSON
        return same or self._new_entry(name, kind, [], frozenset({name}), role="author")

    def _surname_mentions(self, floor: int, offset: int) -> list[tuple[int, Entry]]:
        """Bare names the NER missed (``Dubois apologized.``) that match a known person's name words."""
        found = []
        for token in self.analysis.tokens_in(floor, offset):
            if token.pos != "PROPN" or self._quoted(token.start, offset):
                continue
            key = token.text.lower()
            entry = next((e for e in self.entries if key in e.words and e.kind == ActorKind.PERSON), None)
            if entry is not None:
                found.append((token.start, entry))
        return found

    def _plural_subject(self, floor: int, offset: int) -> Entry | None:
        """``The union leaders walked out. "...," they said``: a recent plural subject is a group.

        Only one that can speak: after ``the results came late``, ``they said``
        means people the text has not named, not the results.
        """
        for token in reversed(self.analysis.tokens_in(floor, offset)):
            if (
                token.tag in ("NNS", "NNPS")
                and token.dep in ("nsubj", "nsubjpass")
                and not self._quoted(token.start, offset)
            ):
                if source_class(self.analysis, [token], token) not in ("person", "group", "organization", "place"):
                    continue
                first, last = self.analysis.subtree(token.i)
                start = self.analysis.tokens[first].start
                end = token.end
                name = self.text[start:end]
                words = _words(name)
                same = next((e for e in self.entries if e.actor is None and e.words == words), None)
                return same or self._new_entry(name, ActorKind.GROUP, [(start, end)], words, role=token.lemma.lower())
        return None

    def _sentence_start_before(self, start: int) -> int:
        """Start of the sentence before the one starting at ``start``."""
        starts = self.analysis.sentence_starts
        index = bisect.bisect_left(starts, start) - 1
        return starts[index] if index >= 0 else 0

    def _quoted(self, offset: int, pronoun: int | None = None) -> bool:
        """Whether ``offset`` lies inside quoted speech (names there are not antecedents).

        Quoted speech is a detected quote's content or any stretch between
        double quotation marks, attributed or not: in ``''I love Oreos,'' he
        said`` the name is the speaker's words, never whom the narration's
        ``he`` means, even when no quote was made of that part. A ``pronoun``
        standing between the same marks belongs to that quoted discourse and
        may pick the name up (a quoted passage that attributes within itself).
        """
        i = bisect.bisect_right(self._quote_starts, offset) - 1
        return (i >= 0 and offset < self._quote_spans[i][1]) or self._in_other_marks(offset, pronoun)

    def _in_other_marks(self, offset: int, pronoun: int | None) -> bool:
        """Whether ``offset`` stands between double quotation marks that do not also hold ``pronoun``.

        Single marks are left out: they are too often apostrophes and scare quotes.
        """
        segment = self.analysis.quotations.at(offset)
        if segment is None or segment.style not in marks.DOUBLE_STYLES:
            return False
        return pronoun is None or self.analysis.quotations.at(pronoun) is not segment

    def _in_marks(self, offset: int) -> bool:
        """Whether ``offset`` lies between quotation marks of its paragraph that no detected quote covers.

        ``"In the piece I wrote, I discussed ..."`` or the last paragraph of a
        quotation running over several (``And I think so.''``): the ``I`` there
        is whoever is quoted, not the writer. A mark opened before the offset
        and not closed, or a closing mark after it with no opening one, says so.
        """
        if self.analysis.quotations.at(offset) is not None:
            return True  # inside a quotation the mark reader found, single marks too (``'I write the books I ...'``)
        paragraph = self.analysis.paragraph_at(offset)
        if paragraph is None:
            return False
        return _between_marks(self.text[paragraph[0] : offset], self.text[offset : paragraph[1]])

    def _sentences_between(self, a: int, b: int) -> int:
        starts = self.analysis.sentence_starts
        return bisect.bisect_right(starts, b) - bisect.bisect_right(starts, a)

    def _role(self, start: int, end: int, tokens: Sequence[Token], head: Token, cls: str = "person") -> Entry:
        """``the official``: the nearest earlier actor whose role/name holds the noun, else a new actor.

        ``cls`` is the phrase's source class (:func:`.sources.source_class`):
        it gives a new actor its kind, so ``the book`` is a document and
        ``Kenya`` a place, not a person.
        """
        noun = head.lemma.lower()
        definite = tokens[0].text.lower() in ("the", "this", "that")
        plural = head.tag in ("NNS", "NNPS") or head.ent in _GROUP_LABELS
        if definite and not plural:
            best: tuple[int, Entry] | None = None
            for entry in self.entries:
                if noun in _role_words(entry.role) or noun in entry.words:
                    last = entry.last_before(start)
                    if last is not None and (best is None or last > best[0]):
                        best = (last, entry)
            if best is not None:
                return best[1]
            if noun in ORG_NOUNS and len(tokens) == 2:
                # "the company", "the airline": the organization named most recently before; not
                # "the city's transportation department", which says whose department it is
                befores = [(e.last_before(start), e) for e in self.entries if e.kind == ActorKind.ORGANIZATION]
                orgs = [(last, e) for last, e in befores if last is not None]
                if orgs:
                    return max(orgs, key=lambda item: item[0])[1]
        kind = _CLASS_KIND.get(cls, ActorKind.PERSON)
        if plural and kind in (ActorKind.PERSON, ActorKind.ORGANIZATION):
            kind = ActorKind.GROUP
        name = self.text[start:end]
        role = noun if kind in (ActorKind.PERSON, ActorKind.GROUP) and not _counts(head) else ""
        return self._same_phrase(name, kind, plural) or self._new_entry(name, kind, [], _words(name), role=role)

    def _same_phrase(self, name: str, kind: ActorKind, plural: bool) -> Entry | None:
        """The actor already named by these very words (``voters`` ... ``Voters``), one actor per phrase.

        The actors phase makes one group per distinct phrase, so the resolver
        does the same, whether the earlier actor came from that phase or from
        here: two ``Republicans`` actors in one article would be counted as two
        sources. A plural with or without ``the`` names the same people or
        documents (``the polls`` ... ``polls``); a singular keeps its
        determiner (``an official`` is not ``the official``), and an actor of
        another kind is another thing.
        """
        key = _phrase_key(name, plural)
        return next((e for e in self.entries if e.kind == kind and _phrase_key(e.name, plural) == key), None)

    def _in_headline(self, offset: int) -> bool:
        """Whether ``offset`` lies in the article's first paragraph, where a headline names by title alone."""
        paragraphs = self.analysis.paragraphs
        return bool(paragraphs) and paragraphs[0][0] <= offset < paragraphs[0][1] and len(paragraphs) > 1

    def _only_holder(self, noun: str) -> Entry | None:
        """The one person of the article whose role or title holds ``noun`` (``senator``: ``Sen.``), if exactly one."""
        holders = [
            e
            for e in self.entries
            if e.kind is ActorKind.PERSON
            and (noun in _role_words(e.role) or (e.actor is not None and names.title_noun(e.actor.title) == noun))
        ]
        return holders[0] if len(holders) == 1 else None

    def remember(self, entry: Entry, start: int, end: int) -> None:
        """Record ``[start, end)`` as a mention of ``entry`` found outside :meth:`resolve` (an answer's ``A:``)."""
        self._remember(entry, start, end)

    @overload
    def _remember(self, entry: Entry, start: int, end: int, pronoun: str | None = None) -> Entry: ...

    @overload
    def _remember(self, entry: None, start: int, end: int, pronoun: str | None = None) -> None: ...

    def _remember(self, entry: Entry | None, start: int, end: int, pronoun: str | None = None) -> Entry | None:
        if entry is None:
            return None
        entry.used = True
        if entry.add(start, end):
            position = bisect.bisect_left(self._starts, start)
            self._spans.insert(position, (start, end, entry))
            self._starts.insert(position, start)
        if pronoun in ("male", "female") and entry.gender is None:
            entry.gender, entry.gender_source = pronoun, "pronoun"
        return entry

    # -- output ----------------------------------------------------------------------------------
    def new_actors(self) -> list[Actor]:
        """Actors created here that some quote speaks through, with all their mentions."""
        created = []
        for entry in self.entries:
            if entry.actor is not None or not entry.used:
                continue
            mentions = sorted(set(entry.mentions))
            created.append(
                Actor(
                    id=entry.id,
                    name=entry.name,
                    kind=entry.kind,
                    mentions=[Span.of(self.text, s, e) for s, e in mentions],
                    role=entry.role or None,
                    gender=entry.gender,
                    gender_source=entry.gender_source if entry.gender else None,
                    aliases=_aliases(self.text, mentions, entry.name, entry.aliases),
                    affiliation=entry.affiliation,
                    affiliation_id=entry.affiliation_id,
                )
            )
        return created


_STRAIGHT_MARKS = re.compile(r"\"|''")


def _between_marks(before: str, after: str) -> bool:
    """Whether a point with ``before`` and ``after`` it in its paragraph lies inside a quotation.

    Curly marks say which way they face: one opened before and not closed, or
    one closed after and not opened, encloses the point. Straight marks
    (``"``, ``''``) only count: an odd number on either side does.
    """
    if "“" in before or "”" in before or "“" in after or "”" in after:
        return before.count("“") > before.count("”") or after.count("”") > after.count("“")
    return len(_STRAIGHT_MARKS.findall(before)) % 2 == 1 or len(_STRAIGHT_MARKS.findall(after)) % 2 == 1


def _places(name: str) -> bool:
    """Whether a place actor is several places (``the three states``), which ``they`` can mean.

    A named place (``California``, ``Iraq``) is ``it``: ``they say`` after it
    means people, not the place.
    """
    last = name.split()[-1] if name.split() else ""
    return last.islower() and last.endswith("s")


def _aliases(text: str, mentions: Iterable[tuple[int, int]], name: str, more: Iterable[str] = ()) -> list[str]:
    seen: list[str] = []
    for alias in [text[s:e] for s, e in mentions] + list(more):
        if alias != name and alias not in seen and alias.lower() not in PRONOUNS:
            seen.append(alias)
    return seen


def _after_titles(tokens: Sequence[Token]) -> Sequence[Token] | None:
    """The name after the title of a titled name (``Fire Chief Sandra Ellis`` -> ``Sandra Ellis``).

    Only when titles lead and at least two capitalised words follow them, so an
    organisation or a work named with a title word (``Chief Executives Council``)
    is not taken for a person unless it reads as title + given name + surname.
    """
    titles = [i for i, t in enumerate(tokens) if t.text.lower().rstrip(".") in TITLES or _honorific(t.text)]
    if not titles:
        return None
    rest = list(tokens[titles[-1] + 1 :])  # "Fire Chief", "Deputy Mayor": the last title word ends the title
    if len(rest) < 2 or not all(t.pos == "PROPN" and t.text[:1].isupper() for t in tokens):
        return None
    return rest


def _titled_name_before_of(tokens: Sequence[Token], head: Token) -> Token | None:
    """The last word of a titled name before ``of`` when the parser made the place after ``of`` the head.

    ``Rabbi Leah Stern of Temple Beth Shalom told ...``: the parser may hang
    ``Stern`` on ``Shalom`` and make the organization the subject, so the
    phrase would resolve to the synagogue. A title followed by a name
    (:func:`_after_titles`) before ``of`` is a person, and ``of`` says where
    that person belongs; the name is the head.
    """
    of = next((i for i, t in enumerate(tokens) if t.text.lower() == "of"), None)
    if of is None or not tokens[of].i < head.i:
        return None
    before = [t for t in tokens[:of] if t.pos != "DET"]
    return before[-1] if before and _after_titles(before) is not None else None


def _name_before(tokens: Sequence[Token], head: Token) -> list[Token]:
    """The run of proper nouns ending at ``head`` (``Tara Setmayer`` of ``CNN's Tara Setmayer``)."""
    index = next(i for i, t in enumerate(tokens) if t.i == head.i)
    first = index
    while first > 0 and tokens[first - 1].pos == "PROPN":
        first -= 1
    return list(tokens[first : index + 1])


def _can_author(token: Token) -> bool:
    """A person or organization, named or described, that can have made a document."""
    if token.ent in _PERSON_LABELS | _ORG_LABELS:
        return True
    if token.pos == "PROPN":
        return not token.ent or token.ent in _GROUP_LABELS
    return nouns.noun_class(token.text, token.lemma) in ("person", "organization", "group")


def _noun_class(token: Token) -> nouns.NounClass | None:
    """The lexicon's class of a common noun, also when a headline capitalised it (``Candidates``)."""
    return nouns.noun_class(token.text.lower(), token.lemma.lower())


def _title_case_noun(token: Token) -> bool:
    """A common noun of the lexicon the tagger took for a name because a headline capitalised it."""
    return token.pos == "PROPN" and token.ent == "" and _noun_class(token) in ("person", "group")


def _says_nobody(analysis: Analysis, head: Token) -> bool:
    """A phrase that names no one: ``no evidence``, ``No country``, ``nobody``, ``no one``.

    Such a subject denies that anyone holds the view; the quote keeps no speaker.
    So does the idiom ``All told, ...`` (in all): nobody told anything.
    """
    word = head.text.lower()
    if word in ("nobody", "noone"):
        return True
    if word == "all" and _all_told(analysis, head):
        return True
    return any(
        analysis.tokens[c].text.lower() == "no" and analysis.tokens[c].dep in ("det", "neg")
        for c in analysis.children[head.i]
    )


def _all_told(analysis: Analysis, head: Token) -> bool:
    """``All told, the group raised $4 million``: ``all`` and ``told`` set off by a comma opening the clause."""
    tokens = analysis.tokens
    i = head.i
    if i + 2 >= len(tokens) or tokens[i + 1].text.lower() != "told" or tokens[i + 2].text != ",":
        return False
    return i == 0 or tokens[i - 1].sent != head.sent or tokens[i - 1].text in (",", ";", ":", "—", "-")


def _kind_of_label(label: str) -> ActorKind:
    if label in _PERSON_LABELS:
        return ActorKind.PERSON
    if label in _ORG_LABELS:
        return ActorKind.ORGANIZATION
    if label in _PLACE_LABELS:
        return ActorKind.PLACE
    if label in _GROUP_LABELS:
        return ActorKind.GROUP
    return ActorKind.UNKNOWN


#: Heads that count or pick people rather than name them (``Two of the founders``, ``most``, ``some``).
_COUNT_WORDS = nouns.PARTITIVES | QUANTIFIER_PRONOUNS
#: Words that count part of a group (``several delegates``); ``all``/``both`` count all of it.
_PART_COUNTS = frozenset({"some", "several", "many", "few", "most"})


def _counts(head: Token) -> bool:
    """Whether a phrase's head is a count or quantifier (``Two of the founders``, ``most``, ``some``), no role."""
    return head.text.lower() in _COUNT_WORDS


def _counted_group(cls: str, head: Token) -> str:
    """People counted by a partitive head are a group: ``Two of the founders``, ``most of the candidates``."""
    return "group" if cls == "person" and _counts(head) and head.text.lower() != "one" else cls
