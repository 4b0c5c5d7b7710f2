"""Reported speech: indirect, unmarked and mixed quotes found from the dependency tree.

Direct quotes are found from quotation marks (``direct``); everything else a
news report attributes to a source is found here, from an attribution cue
(``cues``) and the syntax around it:

* ``X said (that) ...``, ``X warned voters ...``, ``X urged Congress to act``:
  the cue verb's subject is the speaker, its clausal complement (or, for
  stance verbs such as ``endorse``, its object) is the content;
* ``..., said X`` / ``..., X said.``: the clause before an inverted or comma
  attribution (kind ``unmarked`` when the article has lost its quotation
  marks, ``indirect`` otherwise), and ``A, he said, B`` in two parts;
* ``according to X, ...`` and ``For X, <who X is>, ...``: the clause they modify;
* paraphrases that embed a quoted fragment (kind ``mixed``);
* in an article without quotation marks, the sentences that follow an
  unmarked quote in the same paragraph continue it (same speaker);
* verbless dash credits (``... — Jane Doe, analyst``) give a speaker to a
  quote that has none.

Which complement counts as content is the cue table's decision, not this
module's: a verb's complement is classified (``clause``, ``question``,
``infinitive``, ``predicate``, ``message``, ``object``) and
:meth:`newsparse.cues.Lexicon.sense` gives the sense of the cue that takes
it, with its class, or none (``offered insurance`` reports nothing). A
question or request nobody is named as putting gets the class ``question``;
a negated cue (``did not say``) is marked for :mod:`.confidence`.

Content spans follow the PolNeAR convention: from the first word after the
cue (``that`` included) to the end of the complement, surrounding
punctuation and quotation marks trimmed. Speakers are the mention as
written (``she``, ``the spokesman``, ``Mr. Blinken``); ``speakers.py``
resolves them to actors.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator, Sequence

import attrs

from newsparse import Analysis, QuoteKind, Token, marks, nouns

from .candidates import Candidate, Offsets
from .cues import (
    ANONYMITY,
    SPEECH_CLASSES,
    Cue,
    CueMatch,
    Lexicon,
    cue_at,
    lexicon,
    phrase_extension,
    reporter_of_conjunct,
    wording_aside,
)
from .labels import is_section_label
from .sources import (
    QUANTIFIER_PRONOUNS,
    RELATIVE_PRONOUNS,
    after_outside_quotation,
    carried_name,
    source_class,
    whose_document,
)

SOURCE = "reported"

# Dependency relations of a verb's clausal complement (the reported clause).
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "csubj"})
# Object-like complements: content of stance verbs ("endorsed Clinton"); an answer word ("said yes", parsed as an
# interjection) is what was said.
_OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd", "dative", "iobj", "intj"})
# Prepositions whose object belongs to the content after a cue ("accused X of Y", "warned of Z").
_CONTENT_PREPS = frozenset({"of", "about", "for", "as", "against", "over", "that"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: Verbs whose past form after a noun is a clause's verb with its subject cut off, never a describing participle.
_NOT_PARTICIPLES = frozenset({"be", "have", "do"})
# Dependents that show a word is a noun ("the books", "his readiness", "Harry Potter books").
_NOUN_MODIFIERS = frozenset({"det", "poss", "amod", "compound", "nummod"})
# Prepositions whose phrase right after an object content is read with the object ("his engagement to X").
_NOUN_PREPS = frozenset({"to", "with", "from", "by"})
# Verbs that take a prepositional phrase besides their object, and its prepositions ("compared X to Y").
_SECOND_COMPLEMENTS = {
    "compare": frozenset({"to", "with"}),
    "attribute": frozenset({"to"}),
    "blame": frozenset({"on"}),
    "show": frozenset({"with", "in", "at", "within", "behind", "ahead", "above", "below", "up", "down"}),
}
# Quotation marks that close a quote (a participle after one and a comma is set off like after a comma alone).
_CLOSING_MARKS = frozenset({'"', "'", "”", "’", "''", "»", "›"})
# Verbs whose object is the one addressed: a participle on that object is the addresser's ("emailed supporters saying").
_ADDRESSING = frozenset({"email", "tell", "text", "message", "address", "brief", "inform", "assure", "remind", "tweet"})
# Verbs of causing whose object then does what their infinitive says ("force Sanders to admit", "led allies to
# worry"). Not verbs of asking ("urged the Senate to reject"): what is asked for is the asker's position, and the
# one asked has not done it; nor purposes ("invented superdelegates to stop ...") or promises.
_OBJECT_CONTROL = frozenset(
    {
        "force",
        "lead",
        "prompt",
        "cause",
        "drive",
        "compel",
        "inspire",
        "spur",
        "motivate",
        "leave",
        "trigger",
        "provoke",
        "induce",
        "embolden",
        "tempt",
        "allow",
        "enable",
        "permit",
        "move",
        "oblige",
    }
)
# Object pronouns that stand for someone who can speak (``force him to admit``), unlike ``it``.
_PERSONAL_OBJECTS = frozenset({"him", "her", "them", "us", "me", "you"})
# Relations through which a cue verb without a subject inherits its head's ("He criticized X, saying Y").
_INHERIT_DEPS = frozenset({"conj", "advcl", "xcomp", "ccomp", "pcomp", "prep", "acomp"})
# Right-hand dependents that are still part of a speaker mention ("Yun Sun of the Stimson Center").
_MENTION_RIGHT = frozenset({"compound", "flat", "nummod", "case", "poss", "amod", "nmod"})
# Nouns that make "For X, ..." an attribution (a person's view) rather than a purpose or a duration.
_SOURCE_NOUNS = frozenset(
    {
        "analyst",
        "critic",
        "expert",
        "official",
        "observer",
        "supporter",
        "opponent",
        "voter",
        "economist",
        "historian",
        "researcher",
        "scholar",
        "professor",
        "activist",
        "leader",
        "lawmaker",
        "diplomat",
        "strategist",
        "advocate",
        "many",
        "some",
        "others",
        "democrat",
        "republican",
        "conservative",
        "liberal",
        "progressive",
        "skeptic",
        "fan",
    }
)
_NAME_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# Words opening a non-restrictive relative clause (", which ...") cut from the end of a content.
_WH_ASIDE = frozenset({"which", "who", "whom", "whose", "where"})
# Words opening a contrast (", while others said ...") cut from the end of a content when it reports anew.
_CONTRAST_ASIDE = frozenset({"while", "whereas", "though", "although", "despite"})
_PERSONAL_RELATIVES = frozenset({"who", "whom", "whose"})
# Cue classes an "as X reported," aside attributes with (not beliefs or stances: "as many hope").
_ASIDE_CLASSES = frozenset({"speech", "writing", "evidence"})
_ASIDE_NOT_PREPS = frozenset({"to", "with", "at", "about", "of", "for"})
_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "what"})
# Relative pronouns that stand for the object of a cue or of its infinitive ("which he called a disaster").
_OBJECT_RELATIVES = frozenset({"which", "what", "who", "whom"})
# Nouns a relative clause with no relative word modifies as a setting, not as something said
# ("the day she said she would leave", "the way he wants to run it").
_SETTING_NOUNS = frozenset(
    {"time", "day", "way", "reason", "moment", "year", "week", "month", "night", "manner", "extent"}
)
# Dependents that complete a verb: with none of them, a relative clause's verb has its object gapped.
_COMPLETING_DEPS = frozenset({"dobj", "attr", "oprd", "acomp", "ccomp", "xcomp", "dative"})
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
# Relative pronouns that open a cue's clause and stand for the subject or object of what was said.
_SECOND_SUBJECT_RELATIVES = frozenset({"which", "that", "who", "whom"})
# Evidential raising verbs: "X seems to ..." reports an impression of X that no named source holds.
# Kept out of cues.tsv, whose verbs take their subject as the speaker.
_RAISING_VERBS = frozenset({"seem", "appear"})
# Prepositions that carry an attribution noun's content ("Trump's criticism of the deal", "her support for the bill").
_CUE_NOUN_PREPS = frozenset({"of", "for", "on", "about", "against"})
# Prepositions that bring in what a verb reports about ("warned of", "cautioned against", "talked about"): the
# content is their object. "for" (a reason: "criticized her for ...") and "as" (a predicate) stay in the content.
_TOPIC_PREPS = frozenset({"of", "about", "against"})
_RAISING_CUE = Cue("seem", "verb", "evidence")
_RAISING_DEPS = frozenset({"xcomp", "ccomp"})
# Words that make "make" a speech act with a that-clause ("made it clear that ...", "made the case that ...").
_SUPPORT_ADJECTIVES = frozenset({"clear", "plain"})
_SUPPORT_NOUNS = frozenset({"case", "point", "argument"})
# Dependents of a noun that gloss it when set off by a comma at the end of a noun phrase content.
_GLOSS_DEPS = frozenset({"appos"})
# Links a sentence-final attribution climbs from the clause it hangs on ("A, and B, according to X").
_SCOPE_DEPS = frozenset({"conj", "advcl"})
# Words that open a participial clause ("when asked whether ...").
#: ``quoted X as saying``: the verbs that report someone's words through a participle, and the participles.
_QUOTING_VERBS = frozenset({"quote", "cite"})
_QUOTED_AS_SPEECH = frozenset({"say", "tell", "write", "warn", "add", "claim", "insist", "argue", "describe"})
_PARTICIPLE_OPENERS = frozenset({"when", "if", "once", "after", "before", "while", "unless", "as"})
# Verbs whose to-infinitive did not happen ("declined to say", "refused to comment").
_REFUSALS = frozenset({"decline", "refuse", "fail", "avoid"})
# Cue classes whose inverted use ("The plan will fail, I think.", "..., you know, ...") is a parenthetical
# remark rather than an attribution: news attributes what comes before a cue with speech and writing verbs
# (and "shows"/"finds" of evidence); on PolNeAR 1 inverted belief or stance cue in 4 was an attribution.
_PARENTHETICAL_CLASSES = frozenset({"cognition", "stance"})
# Cue classes of a state (a belief, a wish, what evidence shows) rather than an act of the source.
_STATE_CLASSES = frozenset({"cognition", "evidence"})
# Cue classes worth reporting even when no source is named ("It was announced that ...").
_SPEAKERLESS_CLASSES = frozenset({"speech", "writing", "source", "question"})
# Speakers that show an attribution belongs inside a quote ("I think", "it tells them"), not to the reporter.
_INNER_SPEAKERS = frozenset({"i", "we", "you", "it", "this", "that"})
# Tags of a finite verb or auxiliary: a reported clause headed by one has a subject of its own.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Verbs of refusing to say more ("but declined to elaborate"): the speaker's act after a reported clause.
_DECLINES = frozenset({"decline", "refuse"})
_PERCEPTION_VERBS = frozenset({"see", "watch", "hear", "feel", "notice"})
_REFLEXIVES = frozenset(
    {"myself", "yourself", "himself", "herself", "itself", "oneself", "ourselves", "yourselves", "themselves"}
)
# a cue in a relative clause or a participle modifying a noun ("voters who back X", "groups supporting her")
_DESCRIBING_DEPS = frozenset({"relcl", "acl"})
# Dependents only an active verb takes: a participle with one is a finite verb mistagged (see _reduced_passive).
_ACTIVE_COMPLEMENTS = frozenset({"dobj", "obj", "dative", "ccomp", "oprd", "nsubj", "csubj"})

# Labels of the publication's own notices before a colon ("Editor's Note:", "CORRECTION:"), not speakers.
_EDITORIAL_LABELS = frozenset({"note", "correction", "clarification", "update", "disclosure", "editor"})
# Words that open a gloss on the source of "according to X," (a relative clause or a participle), not the claim.
_SOURCE_GLOSS_TAGS = _WH_TAGS | {"VBG", "VBN"}
# Prepositions of a phrase that names where something was said ("in a tweet", "on his radio show").
_SETTING_PREPS = frozenset({"in", "on", "during"})
# Contents that a colon closing them may spell out ("noted that he won a state: he also took Iowa").
_COLON_SOURCES = frozenset({f"{SOURCE}:clause", f"{SOURCE}:infinitive"})
# Punctuation after which a sentence's lead before an attribution starts anew ("X - a provision, she said, that ...").
_LEAD_BREAKS = frozenset({"-", "--", "—", "–", ";", ":"})
# Media of speech: an "in"/"on" phrase closing an object content with one of these is the saying's setting.
_MEDIA = frozenset(
    {
        "tweet",
        "post",
        "statement",
        "interview",
        "speech",
        "remark",
        "ad",
        "advertisement",
        "commercial",
        "letter",
        "op-ed",
        "column",
        "editorial",
        "memo",
        "video",
        "broadcast",
        "show",
        "program",
        "podcast",
        "debate",
        "email",
        "e-mail",
        "conference",
        "release",
        "rally",
        "hearing",
    }
)
# Media after "on" ("on his radio show"): other "on" phrases are as often what is judged ("blamed X on a video").
_BROADCASTS = frozenset({"show", "program", "podcast", "broadcast"})
# Entities and words that make an "on" phrase the setting of a saying ("on Thursday", "on Capitol Hill", "on TV").
_SETTING_ENTITIES = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "ORG", "WORK_OF_ART", "EVENT", "PRODUCT"})
_TIME_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"day", "night", "morning", "afternoon", "evening", "weekend", "occasion", "eve"}
)
_CHANNELS = frozenset(
    {"news", "television", "tv", "radio", "air", "stage", "camera", "twitter", "facebook", "trail", "internet", "web"}
    | {"page", "site", "website", "blog", "account", "feed", "channel", "network", "appearance"}
)
# Nouns of complex prepositions with "in" ("in support of", "in exchange for", "in response to").
_RELATIONAL_NOUNS = frozenset(
    {"support", "favor", "favour", "exchange", "response", "return", "defense", "opposition", "solidarity"}
)
# Nouns of an "on" phrase that gives the grounds or the field of a judgment, not its topic ("opposed it on those
# grounds", "backed Smith on the Republican side").
_GROUNDS = frozenset({"ground", "grounds", "basis", "side"})
# Subordinators of time, reason and concession: a clause they open is the saying's circumstance, not its content.
_ADVERBIAL_MARKS = frozenset(
    {"as", "while", "when", "whenever", "because", "before", "after", "until", "since", "although", "though", "once"}
)
# Verbs outside the cue table that word what a source said in an "as" aside ("as X put it", "as she phrased it").
_WORDING_VERBS = frozenset({"put", "phrase", "word"})
# Connective formulas built on a cue verb: (the verb's lemma, the other words before the comma).
_CONNECTIVES = frozenset(
    {
        ("say", ("that",)),
        ("say", ("this",)),
        ("say", ("having", "that")),
        ("say", ("having", "this")),
        ("say", ("that", "being")),
        ("tell", ("all",)),
    }
)
# Modals that backshift a reported clause ("said it would stay"): a conjunct under one goes on with it.
# Modals of the present ("and will ...", "and can ..."): a conjunct under one is not the past cue's next act.
_PRESENT_MODALS = frozenset({"will", "can", "may", "must"})
_PAST_MODALS = frozenset({"would", "could", "might", "should"})
# Tags of the same tense ("insists ... and refuse": the parser's number is not the speaker's).
_TENSE = {"VBZ": "present", "VBP": "present"}
_WORD = re.compile(r"\w")
_VOICE_WORDS = frozenset({"i", "we", "me", "us", "my", "our", "you", "your"})
#: Who ``For X, ...`` gives a view of: people, groups and organizations, not a purpose or a beneficiary thing.
_VIEW_HOLDERS: frozenset[str | None] = frozenset({"person", "group", "organization"})

_QUOTE_MARK = re.compile(r"[\"“”«»„‹›]|''|``|(?<!\w)[‘']|[’'](?!\w)")
_DOUBLE_MARKS = re.compile(r"[\"“”«»„]|''|``")
_RESUMED = re.compile(r"[^\S\n]*[,:][^\S\n]*(''|``|“|\")")
# a quotation closed the way an attributed one is: '"...," said X', '"...?" she asked' (the comma inside the marks)
_ATTRIBUTED_CLOSE = re.compile(r"([,?!]?)[^\S\n]*(''|”|\"|’|')[^\S\n]*")
_CLOSERS = {"''": "''", "``": "''", "“": "”", '"': '"'}
# A score or ranking set off after a poll's finding: ", 45 percent to 18 percent", ", 32%-25%", ", with 46.2 percent
# to ...", ", followed by Cruz at 17 percent".
_POLL_TALLY = re.compile(
    r"[^\S\n]*,[^\S\n]*(?:"
    r"(?:with[^\S\n]+)?\d[\d.]*[^\S\n]*(?:%|percent)?[^\S\n]*(?:to|-|–)[^\S\n]*\d"  # a score
    r"|followed[^\S\n]+by\b)"  # a ranking
)
_DASH_CREDIT = re.compile(r"[ \t]*[—–]|[ \t]+-{1,2}[ \t]")


def find(analysis: Analysis, taken: Sequence[Candidate]) -> list[Candidate]:
    """Reported-speech candidates of ``analysis`` that ``taken`` (direct quotes) does not already cover.

    ``taken`` candidates without a speaker that are followed by a dash
    credit get that speaker (they are updated in place, not returned).
    """
    finder = _Finder(analysis, taken)
    return finder.run()


@functools.lru_cache(maxsize=1)
def _rule_starts(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """Lower-cased lemmas and words at which a rule of :meth:`_Finder.run` may start.

    Lemmas: cue verbs and nouns, raising verbs, ``expect``, ``make``; words:
    phrase cues' first words (``according``), ``for``, ``in``. Every other
    word is skipped with two set lookups instead of the rules' own tests.
    """
    lemmas = frozenset({*lex.verbs, *lex.nouns, *_RAISING_VERBS, *_WORDING_VERBS, "expect", "make"})
    return lemmas, frozenset({*lex.phrase_starts, "for", "in"})


def _requests(sense: Cue) -> bool:
    """A to-infinitive sense that asks something of an addressee (``asked X to``) or wishes it (``wants to``).

    With no one named who asks (``was asked to name ...``, ``was told to leave``) it is a request put by
    someone unnamed, often the reporter, and not the words of the one asked: the class becomes ``question``.
    """
    return sense.cls == "stance" or "request" in sense.takes


class _Finder:
    """One pass over one analysis; holds the per-document indexes the rules share."""

    def __init__(self, analysis: Analysis, taken: Sequence[Candidate]) -> None:
        self.a = analysis
        self.tokens = analysis.tokens
        self.children = analysis.children
        self.taken = sorted((c for c in taken if c.parts), key=lambda c: c.start)
        self.taken_starts = [c.start for c in self.taken]
        # marks lost (machine translation, scraping): comma attributions report the speaker's own words
        self.marks_lost = not taken and len(_DOUBLE_MARKS.findall(analysis.text)) < 2
        self.out: list[Candidate] = []

    # -- driver --------------------------------------------------------------
    def run(self) -> list[Candidate]:
        lex = lexicon()
        lemmas, words = _rule_starts(lex)
        for token in self.tokens:
            lower = token.text.lower()
            lemma = token.lemma.lower()
            if lemma not in lemmas and lower not in words:
                continue  # most words: no rule below could start at them
            if token.pos == "NOUN":
                noun = lex.message(lemma)
                if noun is not None and "none" not in noun.takes:
                    self._noun_cue(token, noun)
                continue
            if lemma in _RAISING_VERBS or (lemma == "expect" and self._has_passive_subject(token.i)):
                self._raising(token)
                continue
            if lemma == "make" and token.pos in ("VERB", "AUX"):
                self._support_verb(token)
                continue
            if token.dep == "advcl" and wording_aside(self.a, token.i):
                self._wording(token)  # "As the Post's columnist puts it, Obama is ..."
                continue
            if lemma not in lex.verbs and lower not in lex.phrase_starts and lower not in ("for", "in"):
                continue
            if lower == "for":
                self._for_source(token)
                continue
            if lower == "in":
                self._poll_source(token)
                continue
            match = cue_at(self.a, token.i)
            if match is None:
                continue
            if match.cue.kind == "phrase":
                if match.cls == "source":
                    self._according(match)
            else:
                self._verb(match)
        self._colon_credits()
        self._link_dash_credits()
        self._unmarked_dash_credits()
        if self.marks_lost:
            self._continue_unmarked()
        return self._deduplicated()

    # -- verb cues -------------------------------------------------------------
    def _verb(self, match: CueMatch) -> None:
        verb = match.head
        tok = self.tokens[verb]
        if tok.dep in ("amod", "compound"):
            return  # "pledged delegates", "a stated goal": an adjective, not an attribution
        if tok.tag == "VB" and tok.dep == "root" and not self._has_subject(verb):
            return  # an imperative ("Ask yourself ...", "Call it ...") reports nobody
        if self._impersonal(verb):
            return  # "it is safe to say ...", "it is too soon to say whether ...": the reporter's hedge
        if self._connective(verb):
            return  # "That said, ...", "All told, ...", "Having said that, ...": the reporter's connective
        if self._kicker(verb):
            return  # "Revealed: ...", "Explained: why ...": a headline label, nobody's words
        cue_end = phrase_extension(self.a, verb) or match.end
        after = [c for c in self.children[verb] if self.tokens[c].start >= cue_end]
        for particle in match.tokens[1:]:  # "called for [a ban]": the particle's object is the content
            after += [c for c in self.children[particle] if self.tokens[c].dep != "punct"]
        before = [c for c in self.children[verb] if c < verb]
        parts: list[Offsets] = []
        inverted = False
        complement: str | None = "clause"
        clause_after = [
            c
            for c in after
            if self.tokens[c].dep in _CLAUSE_DEPS and not self._adverbial(c) and not self._describes_medium(verb, c)
        ]
        if self._perceived_event(match, clause_after):
            return  # "saw him leave", "felt the floor shake": an event witnessed, not a belief or a report
        clause_before = [c for c in before if self.tokens[c].dep in ("ccomp", "parataxis")]
        both = []
        if clause_after and clause_before and self._has_subject(verb, active=True):
            # ''A,'' he said, ''B.'' parsed with a quoted clause on each side: one interrupted quote
            both = [self._trimmed(*self.a.subtree(clause_before[-1]))]
            both += self._after_content(verb, after, clause_after)
            if len(both) != 2 or not _wholly_quoted(self.a.text, both):
                both = []
        # "called for the governor to resign": the particle is the marker of the clause the cue takes
        marked = [self.tokens[p].head for p in match.tokens[1:] if self.tokens[p].dep == "mark"]
        mid = self._mid_inversion(match) or self._final_inversion(match)
        if mid is not None:  # "Rather than raising taxes, said Ana Ruiz, a council member, the city should ..."
            parts, inverted = mid[0], True
        elif marked:
            complement = self._clause_kind(marked)
            parts = [self._trimmed(match.tokens[-1] + 1, self.a.subtree(marked[0])[1])]
        elif both:
            parts, inverted = both, True
        elif clause_after:
            complement = self._clause_kind(clause_after)
            parts = self._after_content(verb, after, clause_after)
            if complement == "infinitive":
                parts = self._without_next_act(verb, clause_after, parts)
        elif cue_end != match.end and (phrase_clause := self._phrase_clause(cue_end)) is not None:
            # "said in a statement that ...": the parser hangs the clause on "statement"
            parts = [self._trimmed(*self.a.subtree(phrase_clause))]
        elif (stranded := self._stranded_clause(after)) is not None:
            # "told reporters outside the courthouse that ...": the parser hangs the clause on the place
            parts = [self._trimmed(*self.a.subtree(stranded))]
        elif clause_before and self._has_subject(verb, active=True) and not self._scene_setter(clause_before[-1]):
            parts = [self._trimmed(*self.a.subtree(clause_before[-1])), *self._spelled_out(verb)]
            inverted = True
        elif (cut_off := self._cut_off_content(match)) is not None:
            # "CALGARY — A flight returned ..., the airline said.": the parser ended the sentence at the comma
            parts, inverted = [cut_off], True
        elif (parenthetical := self._is_parenthetical(verb)) or self._as_aside(match):
            # "The plan, he said, is dead." / "It is dead, he said." / "As the Post reported, it is dead."
            # (the cue hangs off the content)
            parts = self._around(tok.head, verb, self._attribution_cut(verb) if parenthetical else None)
            inverted = True
        else:
            complement = self._object_kind(match, after)
            if complement is not None:
                parts = [self._cut_medium(*self._cut_object_gloss(*p)) for p in self._after_content(verb, after, [])]
        if not inverted and complement is not None and not self._in_relative_clause(verb):
            parts = self._listed_items(verb, parts)
            parts = self._poll_tally(verb, parts)
            parts = self._quoted_continuation(parts)
        parts = [p for p in parts if p[1] > p[0]]
        if not parts or complement is None or self._finds_oneself(match, parts[0]):
            return
        sense = lexicon().sense(match.cue, complement)
        if sense is None and complement == "question":
            sense = lexicon().sense(match.cue, "object")  # "backs what it calls ...": a free relative, an object
        if sense is None:
            return  # "offered insurance", "continued to rise": not this cue's sense of reporting
        if sense is not match.cue:
            match = attrs.evolve(match, cue=sense)  # "asked the city to ...": a request, not a question
        if complement == "object" and sense.cls in SPEECH_CLASSES and self._only_a_pronoun(parts):
            return  # "announced it on Monday", "mentioned him": what was said is elsewhere, not in "it"
        if complement in ("object", "message") and self._announces_what_follows(parts):
            return  # "issued the following statement:": what was said comes after the colon
        speaker_head = mid[1] if mid is not None else self._speaker_of(verb)
        claim = speaker_head is not None and (
            complement == "predicate" or complement == "clause" and not self._subjectless(clause_after)
        )
        if not inverted and not claim and self._said_before(match.start, speaker_head):
            return  # '"...," said David Brock, a Clinton confidant': the quote before was what was said
        unnamed = self._reduced_passive(verb)  # "a district known to be wary": said by no one the text names
        if speaker_head is None and complement in ("object", "message", "predicate") and not unnamed:
            return  # "a deal was offered", "the list was released": an act reported, no source's words
        if speaker_head is None and not inverted and self._after_closing_mark(match.start):
            return  # '"...," said Robin Maynard, half joking': what follows the cue is its speaker
        if speaker_head is None and (complement == "question" or complement == "infinitive" and _requests(sense)):
            # "Asked whether ...", "was asked to name ...": a question or request put to someone by
            # someone unnamed (often the reporter); not the words of the one asked
            match = attrs.evolve(match, cue=attrs.evolve(match.cue, cls="question"))
        if inverted and match.cls in _PARENTHETICAL_CLASSES:
            return  # "..., I think," / "..., you know,": a parenthetical, not an attribution of what precedes
        kind = QuoteKind.INDIRECT
        if inverted and self.marks_lost and match.cls in SPEECH_CLASSES:
            kind = QuoteKind.UNMARKED
        source = f"{SOURCE}:{'inverted' if inverted else complement}"
        self._emit(
            parts,
            kind,
            (match.start, cue_end),
            match,
            speaker_head,
            source=source,
            negated=self._negated(verb),
            describes=tok.dep in _DESCRIBING_DEPS,
            speakerless=unnamed,
        )

    def _mid_inversion(self, match: CueMatch) -> tuple[list[Offsets], int] | None:
        """``A, said X, <appositive>, B``: a cue inverted in mid-sentence, its content on both sides.

        ``Rather than raising taxes, said Ana Ruiz, a council member, the city
        should sell the land``: the parser takes ``Ana Ruiz`` for the subject
        of ``sell``, which put the speaker into the content and left the cue
        without one. Read from the words: a speech verb right after a comma,
        with no subject before it (or hung as an aside), then a noun phrase
        without a verb up to a comma (the speaker), comma-set-off noun phrases
        (appositives), and a part with a finite verb that goes on with what
        came before. Returns the two parts and the speaker's head token.
        """
        verb = match.head
        tok = self.tokens[verb]
        if len(match.tokens) > 1 or match.cls not in SPEECH_CLASSES or tok.tag not in ("VBD", "VBZ"):
            return None
        sentence = self.a.sentences[tok.sent]
        if verb - 1 <= sentence.first or self.tokens[verb - 1].text != ",":
            return None
        if tok.dep != "parataxis" and any(self.tokens[c].dep == "nsubj" and c < verb for c in self.children[verb]):
            return None  # "The mayor, a Democrat, said Ruiz ...": the subject came first
        if _QUOTE_MARK.search(self.a.text, self.tokens[sentence.first].start, self.tokens[sentence.last - 1].end):
            return None  # quotation marks: the direct finder's
        segments = self._comma_segments(verb + 1, sentence.last)
        if len(segments) < 2 or not self._speaker_segment(*segments[0]):
            return None
        for first, last in segments[1:]:
            if self.tokens[first].text.lower() in _RELATIVE_WORDS | _WH_ASIDE or self.tokens[first].tag in (
                "VBG",
                "VBN",
            ):
                return None  # "..., said Ruiz, who chairs ...", "..., adding ...": not a content resumed
            finite = next((i for i in range(first, last) if self.tokens[i].tag in _FINITE_TAGS), None)
            if finite is not None and any(self.tokens[i].text.lower() in _RELATIVE_WORDS for i in range(first, finite)):
                return None  # "said Wilcox, an Orlando Republican who founded ...": an appositive's relative clause
            if finite is not None:
                head = self._segment_head(*segments[0])
                start = self.tokens[segments[0][0]].start
                if self._mention(head)[0] < start:
                    return None
                parts = [self._trimmed(sentence.first, verb - 1), self._trimmed(first, sentence.last)]
                return [p for p in parts if p[1] > p[0]], head
            if any(self.tokens[i].pos in ("VERB", "AUX") for i in range(first, last)) or last - first > 12:
                return None
        return None

    def _final_inversion(self, match: CueMatch) -> tuple[list[Offsets], int] | None:
        """``A, affirmed the minister.``: an inverted attribution closing the sentence, parsed as a second act.

        In translated copy the verb is often not ``said`` (``..., affirmed the
        minister``, ``..., declared the spokesperson of the opposition, Jordi
        Mascarell``), and the parser makes it a conjunct of the content's verb
        with the speaker as its object. Read as ``said X``: a speech verb right
        after a comma, with no subject or clause of its own, whose object
        follows it, names or defines someone and runs to the end of the
        sentence, after a clause with a subject of its own. Returns the
        content and the speaker's head token.
        """
        verb = match.head
        tok = self.tokens[verb]
        if len(match.tokens) > 1 or match.cls not in SPEECH_CLASSES or tok.tag not in ("VBD", "VBZ"):
            return None
        sentence = self.a.sentences[tok.sent]
        if tok.dep != "conj" or tok.head > verb or verb - 1 <= sentence.first or self.tokens[verb - 1].text != ",":
            return None
        kids = [self.tokens[c] for c in self.children[verb]]
        objects = [k for k in kids if k.dep == "dobj"]
        if len(objects) != 1 or any(k.dep in _SUBJECT_DEPS or k.dep in _CLAUSE_DEPS for k in kids):
            return None
        speaker = objects[0]
        first, last = self.a.subtree(speaker.i)
        if first != verb + 1 or any(not _trim_token(t) for t in self.tokens[last : sentence.last]):
            return None
        if source_class(self.a, self.tokens[first:last], speaker) not in ("person", "group", "organization"):
            return None
        determined = any(self.tokens[c].dep in ("det", "poss") for c in self.children[speaker.i])
        if speaker.pos != "PROPN" and not determined:
            return None  # "..., told residents": a bare plural is someone told; an inverted speaker is defined
        if not self._has_subject(tok.head) or _QUOTE_MARK.search(
            self.a.text, self.tokens[sentence.first].start, self.tokens[sentence.last - 1].end
        ):
            return None
        clause = tok.head
        while self.tokens[clause].dep == "conj" and self.tokens[clause].head < clause:
            clause = self.tokens[clause].head  # "A and B, affirmed X": the whole coordination was said
        return [self._trimmed(self.a.subtree(clause)[0], verb - 1)], speaker.i

    def _comma_segments(self, first: int, end: int) -> list[tuple[int, int]]:
        """Token ranges between commas in ``[first, end)``, the last running to ``end``."""
        segments = []
        start = first
        for i in range(first, end):
            if self.tokens[i].text == ",":
                segments.append((start, i))
                start = i + 1
        segments.append((start, end))
        return [(a, b) for a, b in segments if b > a]

    def _speaker_segment(self, first: int, last: int) -> bool:
        """A short noun phrase with no verb that names someone (not a date): ``Ana Ruiz``, ``the mayor``."""
        words = self.tokens[first:last]
        if not 1 <= len(words) <= 8 or words[0].pos in ("SCONJ", "ADP", "ADV", "PART", "CCONJ", "PUNCT"):
            return False
        if any(w.pos in ("VERB", "AUX") for w in words):
            return False
        return any(w.pos in ("NOUN", "PROPN", "PRON") and w.ent not in ("DATE", "TIME") for w in words)

    def _segment_head(self, first: int, last: int) -> int:
        """The last noun of a speaker segment whose head lies outside it (the parse around it may be wrong)."""
        heads = [i for i in range(first, last) if not first <= self.tokens[i].head < last]
        nominal = [i for i in heads if self.tokens[i].pos in ("NOUN", "PROPN", "PRON")]
        return (nominal or heads or [last - 1])[-1]

    def _without_next_act(self, verb: int, clauses: list[int], parts: list[Offsets]) -> list[Offsets]:
        """An infinitive content cut before a finite conjunct: what the speaker did next.

        ``The board asked staff to wait and went home``: the parser hangs
        ``went`` on ``wait``, but a to-infinitive is not coordinated with a
        past (or third-person present) verb; it is the subject's act after
        the cue, whatever the cue's own tense (``has vowed to keep it legal
        and celebrated the ruling``). Base forms (``to wait and see``) go on
        with the infinitive, and a conjunct with a subject of its own is left
        to the clause rules.
        """
        if not parts:
            return parts
        for clause in clauses:
            for child in self.children[clause]:
                kid = self.tokens[child]
                if kid.dep != "conj" or kid.tag not in ("VBD", "VBZ"):
                    continue
                if self._has_subject(child) or child < clause:
                    continue
                start, end = parts[-1]
                cut = self._before_conjunction(clause, child)
                if start < self.tokens[cut].start < end:
                    first = self.a.tokens_in(start, end)[0].i
                    return [*parts[:-1], self._trimmed(first, cut)]
        return parts

    def _listed_items(self, verb: int, parts: list[Offsets]) -> list[Offsets]:
        """A content that is the first item of a list: the items after its comma are what was said too.

        ``pledged to enact judicial reform, fix the campaign finance system``,
        ``supports squeezing out immigrants, temporarily freezing immigration
        and changing the 14th Amendment``, ``want government playing a role,
        setting rules and protecting victims``: the parser hangs the second
        item on the cue (a conjunct or an adverbial clause), and the content
        stopped at the first comma. An item in the form of the content's head
        (a bare verb after a ``to``-infinitive, an ``-ing`` form after a
        gerund) cannot be the speaker's next act when the cue is in another
        form (``pledged``, ``supports``): the speaker's own acts are in the
        cue's tense, or a participle of speech (``, saying ...``, ``, calling
        it ...``), which is a cue. A gerund item must also close the list with
        ``and``/``or`` (``, limiting ...``, alone, is as often the reporter's
        comment on the act); an item's conjunct with a subject of its own
        (``and he pledged ...``) is a clause of its own and stays out. Not for
        a cue in a relative clause (``a video in which he discusses A, B and
        C``): such a clause usually sits in the content of an outer
        attribution, and a longer inner content only takes that one's gold.
        """
        if not parts:
            return parts
        start, end = parts[-1]
        head = self._part_root(start, end)
        tag = self.tokens[head].tag if head is not None else ""
        if tag not in ("VB", "VBG") or self.tokens[verb].tag == tag:
            return parts
        for child in self.children[verb]:
            item = self.tokens[child]
            if item.dep not in ("conj", "advcl") or item.tag != tag or item.start < end:
                continue
            if not self._right_after_comma(end, self.a.subtree(child)[0]):
                continue
            if self._has_subject(child) or cue_at(self.a, child) is not None:
                continue
            if tag == "VBG" and not self._closes_list(child):
                continue
            first = self.a.tokens_in(start, end)[0].i
            return [*parts[:-1], self._trimmed(first, self._list_end(child))]
        return parts

    def _poll_tally(self, verb: int, parts: list[Offsets]) -> list[Offsets]:
        """A poll's standing with the figures that follow it: ``showed Trump leading Cruz, 45 percent to 18 percent``.

        What a poll shows is the standing and its numbers (``shows Trump
        with a four-point lead, with 46.2 percent to 42.1 percent``,
        ``showed Trump leading the field at 31 percent, followed by Cruz at
        17 percent``): a comma-set-off score or ranking after ``show``'s
        content is more of the finding, to the end of the sentence (PolNeAR:
        6 of 6). After a stance verb (``backed Trump, 57 percent to 22
        percent``) the score is the reporter's tally of the backers and
        stays out.
        """
        if not parts or self.tokens[verb].lemma.lower() != "show":
            return parts
        start, end = parts[-1]
        if not _POLL_TALLY.match(self.a.text, end):
            return parts
        last = self.a.sentences[self.tokens[verb].sent].last
        if _QUOTE_MARK.search(self.a.text, end, self.tokens[last - 1].end):
            return parts  # quoted words after the figures: a reaction, not the finding
        return [*parts[:-1], self._trimmed(self.a.tokens_in(start, end)[0].i, last)]

    def _quoted_continuation(self, parts: list[Offsets]) -> list[Offsets]:
        """A content run on over the quotation that follows it with no comma: ``pledged legal status "today,
        tomorrow, forever"``, ``accuses X of buying influence "in a pattern of sleaze"``, ``blamed the law on
        "knuckleheaded politicians"``.

        Words in marks right after what was said, or after a preposition or
        adverb, are the source's own words going on with it (PolNeAR: all 15
        such quotations are in the gold). A comma, a verb or any other
        word before the mark (``criticized her record, said she "isn't ..."``,
        ``, saying "..."``) sets it apart, and a quotation that does not close
        in the sentence is left to the direct finder.
        """
        if not parts:
            return parts
        start, end = parts[-1]
        last = self.a.token_at(end - 1)
        if last is None:
            return parts
        sentence_last = self.a.sentences[last.sent].last
        for i in range(last.i + 1, min(last.i + 4, sentence_last)):
            token = self.tokens[i]
            segment = self.a.quotations.at(token.start)
            if segment is not None and segment.open == token.start:
                if not segment.closed or segment.style not in marks.DOUBLE_STYLES:
                    return parts
                if segment.end > self.tokens[sentence_last - 1].end:
                    return parts
                quoted = self.a.tokens_in(token.start, segment.end)
                return [*parts[:-1], self._trimmed(self.a.tokens_in(start, end)[0].i, quoted[-1].i + 1)]
            if token.pos not in ("ADP", "ADV", "DET"):
                return parts
        return parts

    def _in_relative_clause(self, verb: int) -> bool:
        """Whether ``verb`` heads a relative clause, by its label or by its relative word (``in which X discusses``).

        The parser may label a relative clause an adverbial one; the
        relative pronoun, alone or as the object of the clause's preposition,
        shows what it is.
        """
        if self.tokens[verb].dep in _DESCRIBING_DEPS:
            return True
        for child in self.children[verb]:
            words = [child, *(c for c in self.children[child] if self.tokens[child].dep == "prep")]
            if any(w < verb and self.tokens[w].tag in ("WDT", "WP", "WP$") for w in words):
                return True
        return False

    def _part_root(self, start: int, end: int) -> int | None:
        """The token of a content part whose head lies outside it (the part's head word)."""
        inside = self.a.tokens_in(start, end)
        return next((t.i for t in inside if not start <= self.tokens[t.head].start < end or t.head == t.i), None)

    def _right_after_comma(self, end: int, first: int) -> bool:
        """Whether token ``first`` follows a comma that follows offset ``end`` with only punctuation between."""
        if first < 1 or self.tokens[first - 1].text != ",":
            return False
        last = self.a.token_at(end - 1)
        return last is not None and all(t.pos == "PUNCT" for t in self.tokens[last.i + 1 : first - 1])

    def _closes_list(self, item: int) -> bool:
        """Whether a list item, or a conjunct after it, has the ``and``/``or`` that closes the list.

        Or, with the parser's conjunct misplaced, the item's phrase holds an
        ``and``/``or`` before a word in the item's form (``limiting the number
        of unelected members and binding members to ...``: ``binding`` read as
        an adjective of ``members``).
        """
        kids = self.children[item]
        if any(self.tokens[c].dep == "cc" and self.tokens[c].text.lower() in ("and", "or") for c in kids):
            return True
        if any(self._closes_list(c) for c in kids if self.tokens[c].dep == "conj" and c > item):
            return True
        last = self.a.subtree(item)[1]
        form = self.tokens[item].tag
        return any(
            self.tokens[i].text.lower() in ("and", "or") and self.tokens[i + 1].tag == form
            for i in range(item + 1, last - 1)
        )

    def _list_end(self, item: int) -> int:
        """Where the list that ``item`` continues ends: before a conjunct with a subject of its own."""
        for child in self.children[item]:
            if self.tokens[child].dep != "conj" or child < item:
                continue
            if self._has_subject(child):
                return self._before_conjunction(item, child)
            if (inner := self._list_end(child)) < self.a.subtree(child)[1]:
                return inner
        return self.a.subtree(item)[1]

    def _impersonal(self, verb: int) -> bool:
        """An infinitive cue under ``it is <adjective>``: ``it's fair to say``, ``it is too soon to say whether``.

        Nobody is said to say anything: the reporter hedges their own
        sentence. Found by climbing from the infinitive through the adjective
        or adverb to the clause, whose subject is the expletive ``it``. Only
        for ``say``: PolNeAR annotates ``it is important to note that ...``,
        ``it is hard to see why ...`` as the writer's own attributions, and
        leaving out every cue there lost more matches than false alarms.
        """
        tok = self.tokens[verb]
        if tok.tag != "VB" or tok.dep not in ("xcomp", "ccomp", "advcl") or tok.lemma.lower() != "say":
            return False
        if not any(self.tokens[c].tag == "TO" for c in self.children[verb]):
            return False
        head = tok.head
        for _ in range(3):
            subjects = [c for c in self.children[head] if self.tokens[c].dep in ("nsubj", "expl")]
            if subjects:
                return all(self.tokens[c].text.lower() == "it" for c in subjects)
            if self.tokens[head].pos not in ("ADJ", "ADV") or self.tokens[head].head == head:
                return False
            head = self.tokens[head].head
        return False

    def _perceived_event(self, match: CueMatch, clauses: list[int]) -> bool:
        """``saw him leave``, ``watched the crowd gather``: a perception verb with a bare infinitive clause.

        A perception verb with a clause that has its own subject and a bare
        infinitive (no ``to``, no ``that``, no tense) reports an event the
        subject witnessed, never a proposition held or said; ``saw that he
        had left`` (a finite clause) is a belief, and ``see incomes rising``
        (a participle) is as often a forecast, so both stay.
        """
        if match.lemma not in _PERCEPTION_VERBS:
            return False
        for clause in clauses:
            if self.tokens[clause].tag != "VB" or not self._has_subject(clause, active=True):
                continue
            if not any(self.tokens[c].dep in ("aux", "mark") for c in self.children[clause]):
                return True
        return False

    def _finds_oneself(self, match: CueMatch, first_part: Offsets) -> bool:
        """``found himself stranded``, ``finds itself playing host``: where the subject ended up, not a finding.

        ``find`` reports a finding of its subject (``the audit found that
        ...``), but with a reflexive it is the idiom *find oneself*, a state
        or situation the subject is in; nothing is found out or said.
        """
        if match.lemma != "find":
            return False
        first = self.a.tokens_in(*first_part)
        return bool(first) and first[0].text.lower() in _REFLEXIVES

    def _negated(self, verb: int) -> bool:
        """Whether the cue says that nothing was said: ``did not say``, ``declined to say``, ``without admitting``."""
        if any(self.tokens[c].dep == "neg" for c in self.children[verb]):
            return True
        tok = self.tokens[verb]
        head = self.tokens[tok.head]
        if tok.dep == "xcomp" and head.lemma.lower() in _REFUSALS:
            return True
        return tok.dep == "pcomp" and head.text.lower() == "without"

    def _clause_kind(self, clauses: list[int]) -> str:
        """``clause``, ``question`` or ``infinitive``: what the reported clause after a cue is.

        A finite clause opened by a wh-word, ``whether`` or ``if`` is a
        question; a ``to`` clause is an infinitive (``vowed to``, ``urged X
        to``); another non-finite complement is a predicate (``called it
        unfair``).
        """
        finite = [c for c in clauses if self.tokens[c].dep in ("ccomp", "csubj")]
        if finite:
            first = self.tokens[self.a.subtree(finite[0])[0]]
            if first.text.lower() in ("whether", "if") or first.tag in _WH_TAGS:
                return "question"
            return "clause"
        for clause in clauses:
            if any(self.tokens[c].tag == "TO" for c in self.children[clause]):
                return "infinitive"
        return "predicate"

    def _object_kind(self, match: CueMatch, after: list[int]) -> str | None:
        """What an object complement is: ``predicate``, ``message``, ``object``, or ``None`` (no content).

        ``called the plan a disaster`` / ``sees Cruz as a uniter``: a predicate,
        unless it is a name (``calls him "Marcus"``: naming, not speech). An
        object headed by a noun of the cue table (``issued a statement``) is a
        message; any other noun phrase is an object. A message that has its own
        reporting clause (``issued a statement saying ...``) is left to that clause.
        """
        deps = {self.tokens[c].dep for c in after}
        if any(self._as_saying(c) for c in after):
            return None  # "quoted the mayor as saying ...": "saying" reports, for the one quoted
        as_name = any(self.tokens[c].text.lower() == "as" and self._is_name(c) for c in after)
        if as_name and self._naming_participle(match.head, deps):
            return None  # "a retired postman identified as Erik Lund": the noun's name, said by nobody
        as_predicate = any(self.tokens[c].text.lower() == "as" for c in after)
        if "oprd" in deps or ("dobj" in deps and as_predicate):
            predicate = next(
                (c for c in after if self.tokens[c].dep == "oprd" or self.tokens[c].text.lower() == "as"), None
            )
            if predicate is not None and self._is_name(predicate) or self._naming_participle(match.head, deps):
                return None
            return "predicate"
        if match.cue.particle is not None:
            heads = [k for c in match.tokens[1:] for k in self.children[c] if self.tokens[k].dep in ("pobj", "pcomp")]
        else:
            heads = [c for c in after if self.tokens[c].dep in _OBJECT_DEPS]
            heads += [
                k
                for c in after
                if self._is_complement(c) and self.tokens[c].dep == "prep"
                for k in self.children[c]
                if self.tokens[k].dep in ("pobj", "pcomp")
            ]
        if not heads:
            return None
        lex = lexicon()
        for head in heads:
            if lex.message(self.tokens[head].lemma) is not None:
                if any(self.tokens[k].dep in ("acl", "relcl") and cue_at(self.a, k) for k in self.children[head]):
                    return None  # "issued a statement saying ...": "saying" reports, for this verb's subject
                # "delivered a speech on immigration" says something; "released its report" only names a
                # message, which is then a thing like any other (a cue that takes only messages refuses it)
                return "message" if self._has_content(head) else "object"
        return "object"

    def _has_content(self, noun: int) -> bool:
        """Whether a message noun carries what it says: a clause, an ``of/on/about ...`` phrase, a colon or marks.

        ``issued a warning that ...``, ``offered his assessment of the race``,
        ``issued a sharp warning: families ...`` do; ``issued a statement`` and
        ``released its first annual report`` name a message without saying it.
        """
        for child in self.children[noun]:
            kid = self.tokens[child]
            if kid.dep in ("acl", "relcl", "ccomp", "appos"):
                return True
            if kid.dep == "prep" and kid.text.lower() in _CUE_NOUN_PREPS | {"over", "to"} and self.children[child]:
                return True
        first, last = self.a.subtree(noun)
        sentence = self.a.sentences[self.tokens[noun].sent]
        after = self.a.text[self.tokens[noun].end : sentence.end].lstrip()
        inside = self.a.text[self.tokens[first].start : self.tokens[last - 1].end]
        return after.startswith(":") or bool(_DOUBLE_MARKS.search(inside))

    def _naming_participle(self, verb: int, deps: set[str]) -> bool:
        """``a show called "Brokers"``, ``elected officials, called superdelegates``: the noun's name, said by nobody.

        A past participle modifying a noun (the tagger may give it as a past
        tense when it follows the noun: ``a movement called ...``), with a predicate and no object
        or agent of its own, gives the name the noun goes by; the noun is
        what is named, not a speaker, and nobody is credited with the name
        (``a plan called reckless by critics`` has its agent and stays); so
        does ``as`` and a name (``a retired postman identified as Erik Lund``;
        ``people identified as having been on the flight`` is a report). A
        possessive predicate (``..., called Florida's standards "strong"``)
        is an object: the finite verb mistagged as a participle; a possessive
        inside a proper name (``a movement called the People's Freedom
        Party``) is part of the name.
        """
        tok = self.tokens[verb]
        if tok.dep != "acl" or tok.tag not in ("VBN", "VBD") or deps & {"dobj", "agent"}:
            return False
        if tok.tag == "VBD" and tok.head != verb - 1:
            return False  # "Bannon, who Beck on Wednesday called ...": a relative clause, not a participle
        kids = self.children[verb]
        if any(self.tokens[c].dep in _SUBJECT_DEPS for c in kids):
            return False
        # "..., called Florida's standards 'strong'": a finite verb mistagged, its object read as the predicate
        predicates = [c for c in kids if self.tokens[c].dep == "oprd"]
        return not any(
            self.tokens[k].dep == "poss" and self.tokens[c].pos != "PROPN" for c in predicates for k in self.children[c]
        )

    def _is_name(self, index: int) -> bool:
        """A predicate that is a proper name (``calls him "Marcus"``, ``the Cauldron``), not an evaluation.

        A proper noun described by a possessive or an adjective (``my African
        American``, ``Confident America``) is a description, not a name.
        """
        if self.tokens[index].text.lower() == "as":
            objects = [c for c in self.children[index] if self.tokens[c].dep == "pobj"]
            if not objects:
                return False
            index = objects[0]
        described = any(self.tokens[c].dep in ("poss", "amod") for c in self.children[index])
        return self.tokens[index].pos == "PROPN" and not described

    def _after_content(self, verb: int, after: list[int], clauses: list[int]) -> list[Offsets]:
        """Content after the cue: the clause (recipients before a finite clause left out) or the objects."""
        finite = [c for c in clauses if self.tokens[c].dep == "ccomp"]
        if finite:
            first, last = self.a.subtree(finite[0])
            last = self._split_clause_end(verb, finite[0], last)
            last = self._listed_predicates(verb, finite[0], last)
            last = self._cut_own_actions(verb, finite[0], last)
            last = self._second_that_clause(verb, finite[0], last)
            last = self._backshifted_conjunct(verb, finite[0], last)
            last = self._quoted_conjunct(verb, finite[0], last)
            last = self._contrasting_belief(verb, finite[0], last)
            first = self._subject_taken_for_object(finite[0], first, after)
            fronted = self._fronted_part(verb, finite[0], first)
            lead = [*self._contact_antecedent(verb), *self._relative_second_subject(verb), *fronted]
            return [*lead, self._trimmed(max(first, verb + 1), last)]
        else:
            keep = [c for c in after if self._is_complement(c)]
            if not keep:
                return []
            first = min(self.a.subtree(c)[0] for c in keep)
            keep += [c for c in after if c > first and self._second_complement(verb, c)]
        keep = [c for c in after if (self._is_complement(c) or c in keep) and self.a.subtree(c)[1] > first]
        keep = [c for c in keep if not self._gloss_taken_for_object(c, keep)]
        last = max(self.a.subtree(c)[1] for c in keep)
        first = max(first, verb + 1)
        if first in keep and self.tokens[first].dep == "prep" and self.tokens[first].text.lower() in _TOPIC_PREPS:
            first += 1  # 'warned of a long battle', 'cautioned against reading it': the preposition is the cue's
        lead = [*self._relative_object(verb), *self._relative_second_subject(verb), *self._contact_antecedent(verb)]
        return [*lead, self._trimmed(first, last)]

    def _split_clause_end(self, verb: int, clause: int, last: int) -> int:
        """End of a reported clause the parser split in two complements of the cue, one right after the other.

        ``say they don't yet know enough``, ``asked which states he could
        win``: the parser makes ``they do`` and ``n't yet know ...`` (or
        ``which states`` and ``he could win``) two clauses of ``say``; a cue
        takes one clause, and with nothing between the two they are that
        clause. A comma, a conjunction or a subordinator opening the second
        (``, however this time ...``, ``, and three-quarters said ...``)
        marks a clause of its own, and the content stops (joining those too
        gained exact matches but lost speaker accuracy); an adverb with
        nothing before it does not (``fine with | however it turns out``,
        ``which states | specifically he could win``).
        """
        if self.tokens[last - 1].pos == "PUNCT":
            return last
        if self.tokens[last - 1].pos == "CCONJ" and self.tokens[last].text.lower() != "that":
            return last  # "..., and three-quarters said ...": the parser hung the "and" on the first clause
        for child in self.children[verb]:
            if child <= clause or self.tokens[child].dep != "ccomp" or self.a.subtree(child)[0] != last:
                continue
            if self.tokens[last].pos not in ("PUNCT", "CCONJ", "SCONJ"):
                return self.a.subtree(child)[1]
        return last

    def _listed_predicates(self, verb: int, clause: int, last: int) -> int:
        """End of a reported clause whose subject does three things, listed: ``said the suspect entered the
        store, showed a knife and demanded painkillers``.

        The parser hangs ``showed ... and demanded ...`` on the cue as a second
        complement, though it has no subject of its own: it is the list's
        rest, and the suspect, not the speaker, showed the knife. Only a
        complement right after the clause's comma, with no subject and a
        conjunct of its own (the ``and`` that closes the list); ``said the
        plan was late, and called it a failure`` is the speaker's own act
        (:meth:`_cut_own_actions`).
        """
        comma = last - 1 if self.tokens[last - 1].text == "," else last  # the clause's subtree may hold it
        if comma >= len(self.tokens) or self.tokens[comma].text != ",":
            return last
        for child in self.children[verb]:
            if child <= clause or self.tokens[child].dep != "ccomp" or self.a.subtree(child)[0] != comma + 1:
                continue
            kids = [self.tokens[c] for c in self.children[child]]
            if self.tokens[child].tag != self.tokens[clause].tag or any(k.dep in _SUBJECT_DEPS for k in kids):
                continue
            if any(k.dep == "cc" for k in kids) and any(k.dep == "conj" for k in kids):
                return self.a.subtree(child)[1]
        return last

    def _gloss_taken_for_object(self, child: int, keep: list[int]) -> bool:
        """Whether an ``a``/``an`` noun after a comma, hung on the cue after its content, is the reporter's gloss.

        ``promised to strike in March, a threat it has made before``: the
        parser reads the gloss on the infinitive as the verb's object.
        """
        first = self.a.subtree(child)[0]
        if self.tokens[child].dep not in _OBJECT_DEPS or not any(c < child for c in keep):
            return False
        if self.tokens[first - 1].text != ",":
            return False
        return self._indefinite_gloss(first, child, child)

    def _relative_object(self, verb: int) -> list[Offsets]:
        """The relative pronoun a cue's object or infinitive stands for, as the content's first part.

        ``the plan, which he called a disaster``, ``what aides describe as a
        rout``, ``the rule, which she vowed to ignore``: the pronoun opens the
        clause of the cue and is the object of what was said; PolNeAR gives
        it as the first part of the content, as it does for the subject of a
        reported clause (``_fronted_part``). A pronoun that is the cue's
        subject is the speaker, not content (``who said ...``).
        """
        first = self.a.subtree(verb)[0]
        token = self.tokens[first]
        if first >= verb or token.text.lower() not in _OBJECT_RELATIVES or token.dep not in ("dobj", "pobj"):
            return []
        return [(token.start, token.end)]

    def _relative_second_subject(self, verb: int) -> list[Offsets]:
        """A relative pronoun the parser made a second subject of the cue, as the content's first part.

        ``the report, which she said represented all her emails``, ``Cruz,
        who many feel need a strong showing``: the parser hangs both
        ``which`` and ``she`` on ``said`` as subjects, and the reported
        clause (``represented ...``) has none. A cue has one subject: the one
        right before it is the speaker, and the pronoun opening the clause
        is what the content is about, the subject (or, ``whom reports
        identify as X``, the object) of what was said. PolNeAR gives it as
        the first part, whatever its person (7 times in 7).
        """
        subjects = [c for c in self.children[verb] if c < verb and self.tokens[c].dep in ("nsubj", "nsubjpass")]
        if len(subjects) < 2 or subjects[0] != self.a.subtree(verb)[0]:
            return []
        token = self.tokens[subjects[0]]
        if token.text.lower() not in _SECOND_SUBJECT_RELATIVES:
            return []
        return [(token.start, token.end)]

    def _contact_antecedent(self, verb: int) -> list[Offsets]:
        """The noun a relative clause with no relative word modifies, as the content's first part.

        ``any proposals she would not want to defend``, ``the things he said
        about the plan``: the cue heads a contact clause, and the noun fills
        the object its reported clause lacks, as the relative pronoun does in
        ``which he called a disaster`` (:meth:`_relative_object`). PolNeAR
        gives the noun phrase, up to the clause, as the first part. A missing
        subject (``a phone it says lasts three days``) is left to the clause
        alone: the project's own gold gives the clause there (PolNeAR adds the
        noun, 4 exact matches on the 840 articles). A noun of setting (``the
        day she said she would leave``) fills no gap in what was said, a
        clause with nothing missing (``the summer he said prices hit a
        record``) leaves the noun out, and so does an infinitival relative
        (``nothing bad to say about her``), whose noun PolNeAR leaves out as
        the topic the saying is about.
        """
        tok = self.tokens[verb]
        noun = tok.head
        if tok.dep != "relcl" or noun >= verb or self.tokens[noun].pos not in ("NOUN", "PROPN", "PRON"):
            return []
        if not self._has_subject(verb):
            return []  # "things to say about X", "the first to vote against X": an infinitival relative
        opening = self.a.subtree(verb)[0]
        clause = range(opening, verb)
        if any(self.tokens[i].tag in _WH_TAGS or self.tokens[i].text.lower() == "that" for i in clause):
            return []
        if self._gap(verb) != "object" or self.tokens[noun].lemma.lower() in _SETTING_NOUNS:
            return []
        first = min([noun] + [self.a.subtree(c)[0] for c in self.children[noun] if c < noun])
        part = self._trimmed(first, opening)
        return [part] if part[1] > part[0] else []

    def _describes_medium(self, verb: int, clause: int) -> bool:
        """Whether a clause the parser hung on the cue is a participle describing the medium named before it.

        ``said in a victim impact statement read aloud in court``, ``wrote in
        a letter sent to members``: a past participle with no subject, right
        after the noun of the cue's own prepositional phrase, tells which
        statement or letter, as ``released Monday`` does; what was said is
        elsewhere (often the quotation before). A clause with a subject or
        opened by ``that`` (``said in a statement that ...``) is reported, and
        so is a participle that holds the clause reported, however parsed
        (``said in an interview taped before the attacks that ...``: ``that``
        a relative pronoun on ``attacks``).
        """
        token = self.tokens[clause]
        if token.tag not in ("VBN", "VBD") or token.lemma.lower() in _NOT_PARTICIPLES:
            return False  # "felt her performance in the debate was too cautious": a subject cut off, a copula
        if self._has_subject(clause) or self._opens_with_that(clause):
            return False
        first, last = self.a.subtree(clause)
        inside = [t for t in self.tokens[first:last] if t.i != clause]
        if any(t.dep == "ccomp" or (t.text.lower() == "that" and t.tag != "DT") for t in inside):
            return False
        noun = self.tokens[first - 1]
        if noun.pos != "NOUN" or noun.dep != "pobj":
            return False
        prep = self.tokens[noun.head]
        return prep.dep == "prep" and prep.head == verb and prep.i > verb

    def _gap(self, verb: int) -> str | None:
        """What the clause a cue reports lacks, down its chain of complements: ``subject``, ``object`` or nothing.

        ``thought [ ] were the best fit``: a finite clause with no subject;
        ``want to defend [ ]``, ``said [ ] about the plan``: the last verb of
        the chain with no object or complement, or a preposition left
        without its object (``wants to hear about [ ]``).
        """
        current = verb
        for _ in range(8):
            clauses = [c for c in self.children[current] if c > current and self.tokens[c].dep in ("ccomp", "xcomp")]
            if not clauses:
                break
            current = clauses[0]
            if self.tokens[current].dep == "ccomp" and not self._has_subject(current):
                return "subject"
        kids = self.children[current]
        if any(self.tokens[c].dep == "prep" and not self.children[c] for c in kids if c > current):
            return "object"
        return None if any(self.tokens[c].dep in _COMPLETING_DEPS for c in kids) else "object"

    def _stranded_clause(self, after: list[int]) -> int | None:
        """A ``that`` clause the parser hung on the noun of a prepositional phrase after the cue.

        ``told reporters outside the courthouse that the charity had ...``,
        ``writing in her decision that a sentence ... would not ...``: with the
        verb's own clause missing, a finite clause opened by the conjunction
        ``that`` right after the cue's phrase is what was said, as after
        ``said in a statement`` (:meth:`_phrase_clause`); a relative clause
        (``at a rally that drew thousands``) has no conjunction and stays.
        """
        for child in after:
            if self.tokens[child].dep != "prep":
                continue
            for obj in self.children[child]:
                clause = self._phrase_clause(self.tokens[obj].end) if self.tokens[obj].dep == "pobj" else None
                opener = self.tokens[self.a.subtree(clause)[0]] if clause is not None else None
                if opener is not None and opener.dep == "mark" and opener.text.lower() == "that":
                    return clause
                if self.tokens[obj].dep == "pobj" and (object_that := self._that_as_object(obj)) is not None:
                    return object_that
        return None

    def _that_as_object(self, noun: int) -> int | None:
        """``told reporters at the gates that drivers had "run out of patience"``: the conjunction read as the
        object of a relative clause on the place (``the gates that drivers had run``).

        After a verb of telling and the place it was told at, a ``that``
        before a clause with a subject of its own is either a relative
        pronoun standing for the verb's object (``at the hotel that he
        owns``, ``that he checked into``) or the conjunction. When the verb
        goes on at once with a whole prepositional phrase (``run out of
        patience``, ``turned to the council``), ``that`` has no gap to fill:
        the clause is what was told.
        """
        for child in self.children[noun]:
            tok = self.tokens[child]
            if child <= noun or tok.dep != "relcl" or not self._finite(child):
                continue
            kids = self.children[child]
            that = self.a.subtree(child)[0]
            if self.tokens[that].text.lower() != "that" or self.tokens[that].dep not in ("dobj", "obj"):
                continue
            if not any(self.tokens[c].dep == "nsubj" and c > that for c in kids):
                continue
            if any(self.tokens[c].dep == "prep" and c == child + 1 and self.children[c] for c in kids):
                return child
        return None

    def _phrase_clause(self, phrase_end: int) -> int | None:
        """The finite clause hung on the noun of a cue-widening phrase (``said in a statement that ...``).

        The parser reads ``a statement that the plan failed`` as the noun's
        own clause; after ``said in a statement`` it is what was said. A
        relative clause (``in a statement that was read aloud``, ``in an
        interview during which he ...``) is not.
        """
        noun = next((t.i for t in self.a.tokens_in(phrase_end - 1, phrase_end) if t.end == phrase_end), None)
        if noun is None:
            return None
        for child in self.children[noun]:
            if child <= noun or self.tokens[child].dep not in ("acl", "relcl", "ccomp"):
                continue
            subjects = [c for c in self.children[child] if self.tokens[c].dep in _SUBJECT_DEPS]
            if not subjects or any(self.tokens[c].text.lower() in _RELATIVE_WORDS for c in subjects):
                continue
            first = self.a.subtree(child)[0]
            if self.tokens[first].dep == "mark" or first == self.a.subtree(subjects[0])[0]:
                return child  # "that the plan failed", "the plan failed"; not "during which he ..."
        return None

    def _fronted_part(self, verb: int, clause: int, first: int) -> list[Offsets]:
        """The part of a reported clause that stands before its attribution, as its first part.

        ``Voters, Clinton suggested, don't have to worry ...`` and ``the
        plan, which aides say could pass``: the clause's subject (or the
        relative pronoun that stands for it) comes before the speaker and
        the cue, so the content is two parts around the attribution. A
        personal ``who`` is left out: the claim is about the person
        described (measured on PolNeAR: ``which``, ``that`` and ``what``
        are annotated with the clause 25 times in 29, ``who`` 1 in 3). Only
        words of the reported clause itself are taken, never the cue's own
        dependents (``After the vote, she said ...`` keeps ``After the
        vote`` out: the parser hangs it on the cue).
        """
        if first >= verb:
            return []
        attribution = min([verb] + [self.a.subtree(c)[0] for c in self.children[verb] if c < verb])
        if attribution <= first or not all(self._within(i, clause) for i in range(first, attribution)):
            return []
        if self.tokens[first].text.lower() in _PERSONAL_RELATIVES:
            return []  # "Trump, who he thinks is the strongest": what is said of the person described
        part = self._trimmed(first, attribution)
        return [part] if part[1] > part[0] else []

    def _within(self, index: int, root: int) -> bool:
        """Whether token ``index`` lies in the subtree of ``root`` (punctuation counts as inside)."""
        if self.tokens[index].pos == "PUNCT":
            return True
        current = index
        for _ in range(40):
            if current == root:
                return True
            head = self.tokens[current].head
            if head == current:
                return False
            current = head
        return False

    def _second_complement(self, verb: int, child: int) -> bool:
        """A phrase hung on the cue verb after its object that still belongs to the object content.

        * A prepositional phrase the verb takes besides its object: these
          verbs relate two things (``compared X to Y``, ``attributed the
          delay to the count``, ``blamed the loss on the weather``; ``liken`` would too, but it is not a cue of
          the table) or report where a poll puts someone (``polls
          show Clinton with an 8-point lead``, ``showed Rubio in third``,
          ``shows her within two points of him``), with the adverb of
          standing too (``shows Cruz 16 points ahead of Trump``).
        * A ``to``, ``with``, ``from`` or ``by`` phrase right after the object,
          with no comma: the parser often hangs a noun's own phrase on the
          verb (``announced his engagement to X``, ``described candidates'
          closeness to party elites``, ``denied class-action status to the
          employees``). Measured on PolNeAR, reading it with the object is
          right more often than not for these prepositions. ``in``, ``on``
          and ``at`` phrases are as often the verb's setting (``criticized
          the plan in a speech``): taking ``in`` too gained a little content
          F1 but lost speaker accuracy, and all prepositions no more. An
          ``on`` phrase is taken when it names the topic, not a time, place,
          medium or grounds (:meth:`_topic_of_judgment`).
        * A ``than`` phrase after a comparative in the content (``called
          the plan "much better" than the last one``): the parser hangs it
          on the verb, but it completes the comparison the source made.
        * A to-infinitive right after the object, with no comma: the parser
          hangs a noun's infinitive on the verb (``defended his call to raise
          the wage``, ``praised the efforts of Kerry to find a solution``,
          ``proposed $1 billion in funds to help states``); set off by a comma
          it is the reporter's purpose clause and stays out.
        """
        tok = self.tokens[child]
        if tok.dep in ("advcl", "xcomp") and self.tokens[child - 1].text != ",":
            first = self.a.subtree(child)[0]
            if self.tokens[first].tag == "TO" and self.tokens[first - 1].text != ",":
                return True
        if tok.dep == "prep" and tok.text.lower() in _NOUN_PREPS and self.tokens[child - 1].text != ",":
            return bool(self.children[child])  # "announced his engagement to ...", "her closeness to party elites"
        if tok.dep == "conj" and tok.pos in ("NOUN", "PROPN", "PRON"):
            return self._coordinated_object(verb, child)
        if tok.dep == "advcl" and self._object_predicate(child):
            return True
        if tok.dep == "prep" and self.tokens[child - 1].text != "," and self._phrase_of_the_object(child):
            return True
        if tok.dep == "prep" and tok.text.lower() == "than" and self.children[child]:
            return any(t.tag in ("JJR", "RBR") for t in self.tokens[verb + 1 : child])
        if tok.dep == "conj" and tok.tag == "VB" and self.tokens[verb].tag in ("VBD", "VBZ", "VBG", "VBN"):
            return self._infinitive_conjunct(child)
        preps = _SECOND_COMPLEMENTS.get(self.tokens[verb].lemma.lower())
        if preps is None or tok.text.lower() not in preps:
            return False
        if tok.dep == "advmod" and self.tokens[child - 1].text != ",":
            return True  # "shows Ted Cruz 16 points ahead of Trump": where the poll puts its object
        return tok.dep == "prep" and bool(self.children[child])

    def _phrase_of_the_object(self, prep: int) -> bool:
        """An ``on`` phrase naming the topic, or an ``in`` phrase of a complex preposition, after the object."""
        word = self.tokens[prep].text.lower()
        return word == "on" and self._topic_of_judgment(prep) or word == "in" and self._relational_in(prep)

    def _relational_in(self, prep: int) -> bool:
        """Whether an ``in`` phrase is a complex preposition relating the object to something (``in support of``).

        ``announced a benefit concert in support of Sanders``, ``proposed
        accountability in exchange for federal dollars``, ``called for the
        suspension of the deal in response to missile tests``: ``in`` + one of these
        nouns + a preposition works as one preposition, and what it brings
        in is part of what was announced, proposed or backed. Other ``in``
        phrases are as often the saying's time, place or medium.
        """
        nouns = [c for c in self.children[prep] if self.tokens[c].dep == "pobj"]
        if not nouns or self.tokens[nouns[0]].lemma.lower() not in _RELATIONAL_NOUNS:
            return False
        return any(self.tokens[c].dep == "prep" for c in self.children[nouns[0]])

    def _topic_of_judgment(self, prep: int) -> bool:
        """Whether an ``on`` phrase after the object names what the judgment is about, not the saying's setting.

        ``criticized the platform on abortion``, ``slams the party on the
        economy``, ``criticized Clinton on two fronts``: the topic is part of
        what was judged. ``on Thursday``, ``on Capitol Hill``, ``on cable
        news``, ``on Twitter`` say when, where or through what it was said,
        and stay out: a time or place (a date, time, place, organization or
        title entity, or a word of time) or a medium of speech; so do the
        grounds of the judgment (``opposed it on those grounds``), which the
        gold leaves out as it leaves out ``for their own reasons``, and its
        field (``backed Smith on the Republican side``).
        """
        nouns = [c for c in self.children[prep] if self.tokens[c].dep == "pobj"]
        if not nouns:
            return False
        noun = self.tokens[nouns[0]]
        if noun.ent in _SETTING_ENTITIES:
            return False
        return noun.lemma.lower() not in _TIME_WORDS | _MEDIA | _BROADCASTS | _CHANNELS | _GROUNDS

    def _object_predicate(self, clause: int) -> bool:
        """Whether an ``as`` clause right after the object says what the object was called.

        ``portraying Sanders as singularly focused on the economy``,
        ``described the country as beset by crime``: the parser reads ``as``
        as opening a clause of circumstance, but without a subject or a
        finite verb of its own (``as she enters the race`` has both) and with
        no comma before it, it is the predicate the source gave the object.
        """
        first = self.a.subtree(clause)[0]
        opener = self.tokens[first]
        if opener.text.lower() != "as" or opener.dep != "mark" or self.tokens[first - 1].text in (",", "--", "—", "–"):
            return False
        if self._has_subject(clause):
            return False
        return not self._tensed(clause, ("aux",))

    def _infinitive_conjunct(self, conj: int) -> bool:
        """Whether a bare verb the parser coordinates with a finite cue goes on with the cue's infinitive.

        ``urged the party to ax the system, replace its leaders and open its
        primaries``: ``replace`` and ``open`` are in the base form, which a
        conjunct of ``urged`` (the speaker's next act) would not be; they are
        more of the infinitive's verbs. (After a plural present cue, ``who
        defend him and speak at his rallies``, the two forms are the same
        word, and nothing is decided.) Not when it has a subject or an
        auxiliary of its own, or runs on into a clause that has (``fix the
        system and he pledged ...``).
        """
        first, last = self.a.subtree(conj)
        for index in range(first, last):
            tok = self.tokens[index]
            if tok.dep in ("aux", "nsubj", "nsubjpass") and (tok.head == conj or self.tokens[tok.head].dep == "conj"):
                return False
        return True

    def _coordinated_object(self, verb: int, conj: int) -> bool:
        """Whether a noun the parser coordinates with the cue verb is a second object.

        A verb is not coordinated with a noun: in ``questioned Trump's "New
        York values" and his readiness to lead`` or ``called him "a failure"
        and someone who ...`` the closing mark makes the parser hang the
        second noun phrase on the verb, and it is the object's conjunct. Not
        so when the "noun" is a verb mistagged (``chides Turkey and praises
        Trump``: a bare plural beside a present-tense cue) or the subject of
        a clause of its own (``but that report concerned ...``: a finite verb
        hung on it).
        """
        tok = self.tokens[conj]
        kids = [self.tokens[c] for c in self.children[conj]]
        if tok.tag == "NNS" and self.tokens[verb].tag == "VBZ" and not any(k.dep in _NOUN_MODIFIERS for k in kids):
            return False
        return not any(k.dep in ("acl", "relcl") and k.tag in ("VBD", "VBZ", "VBP") and k.i > conj for k in kids)

    def _subject_taken_for_object(self, clause: int, first: int, after: list[int]) -> int:
        """Start of a reported clause whose subject the parser took for the cue's object.

        ``hoped the meeting, requested by Sanders, would be a moment of
        catharsis``: ``would be`` is left without a subject and ``the
        meeting`` hangs on ``hoped`` as its object. A finite clause has a
        subject, so the object right before it is that subject and belongs to
        the content; so is a gerund phrase there (``believe presenting an
        unfiltered Clinton, discussing serious issues, will undo the damage``).
        """
        if not self._tensed(clause, ("aux",)):
            return first
        if any(self.tokens[c].dep in ("nsubj", "nsubjpass", "csubj", "expl", "mark") for c in self.children[clause]):
            return first
        objects = [c for c in after if c < clause and (self.tokens[c].dep == "dobj" or self._gerund(c))]
        if not objects:
            return first
        return min(first, self.a.subtree(objects[-1])[0])

    def _gerund(self, index: int) -> bool:
        """A gerund phrase the parser hung on the cue (``believe presenting her unfiltered will ...``)."""
        return self.tokens[index].dep == "xcomp" and self.tokens[index].tag == "VBG"

    def _second_that_clause(self, verb: int, clause: int, last: int) -> int:
        """End of the content taken over a second ``that`` clause the parser coordinated with the cue itself.

        In ``believes there are no good options, but that sometimes ...`` the
        parser makes ``have`` a conjunct of ``believes``; a clause opened by
        ``that`` cannot be the subject's own act: it is a second complement of
        the same cue (``said that A and that B``), so the content runs over it.
        """
        for child in self.children[verb]:
            if child <= clause or self.tokens[child].dep != "conj":
                continue
            first, end = self.a.subtree(child)
            marks = [c for c in self.children[child] if self.tokens[c].dep == "mark"]
            if first < last or not marks or self.tokens[marks[0]].text.lower() != "that" or marks[0] != first:
                continue
            between = self.tokens[last:first]
            if all(t.dep in ("cc", "punct") for t in between):
                return end
        return last

    def _connective(self, verb: int) -> bool:
        """Whether the cue is a connective formula opening its sentence: ``That said,``, ``All told,``.

        ``That said, the council still has to approve it``, ``All told, the
        storm destroyed 40 homes``, ``Having said that, ...``: the reporter
        turns to the next point, and the parser gives the cue a subject
        (``That``, ``All``) or an object (``that``). These fixed formulas
        (:data:`_CONNECTIVES`), opening the sentence and set off by a comma,
        report nobody's words; ``Both said, however, that ...`` does.
        """
        sentence = self.a.sentence_of(self.tokens[verb])
        comma = verb + 1
        if comma < sentence.last and self.tokens[comma].tag == "DT":
            comma += 1  # "Having said that,"
        if comma >= sentence.last - 1 or self.tokens[comma].text != ",":
            return False
        words = tuple(t.text.lower() for t in self.tokens[sentence.first : comma] if t.i != verb)
        return (self.tokens[verb].lemma, words) in _CONNECTIVES

    def _adverbial(self, clause: int) -> bool:
        """Whether a clause the parser hung on the cue opens with a subordinator of time or reason.

        ``"...," the coach said, as a few boxers worked out inside the gym``:
        ``as``, ``while``, ``because`` ... open the circumstances of the
        saying, never what was said (which opens with ``that``, ``whether``
        or nothing); the parser sometimes makes such a clause the cue's
        complement.
        """
        first = self.a.subtree(clause)[0]
        token = self.tokens[first]
        return token.dep == "mark" and token.head == clause and token.text.lower() in _ADVERBIAL_MARKS

    def _kicker(self, verb: int) -> bool:
        """Whether the cue is a headline label: a lone participle opening its sentence before a colon.

        ``Revealed: More than 100 delegates plan ...``, ``Explained: why the
        bridge is closing``: the word labels the headline after it, as
        ``WATCH:`` does; no source said anything. ``Said the mayor: "..."``
        has its speaker after the verb and is not a label.
        """
        sentence = self.a.sentence_of(self.tokens[verb])
        return (
            verb == sentence.first
            and verb + 1 < sentence.last
            and self.tokens[verb + 1].text == ":"
            and self.tokens[verb].tag == "VBN"
        )

    def _backshifted_conjunct(self, verb: int, clause: int, last: int) -> int:
        """End of the content taken over a conjunct of the cue in the reported clause's backshifted tense.

        In ``said it was "open to offers" but had not yet received a bid`` the
        parser coordinates ``received`` with ``said``. A subjectless conjunct
        in the past perfect or under ``would``/``could``/``might`` after a
        past-tense cue is not the speaker's next act, which a narrative tells
        in the cue's own tense (``said ... and left``): it is the rest of what
        was reported, backshifted as reported speech is. So is one in the
        present (``told them polls could be "way off," and have been
        unreliable``): a narrative does not tell the speaker's next act in it.
        So is one in any tense that quotes the speaker's words in marks
        (:meth:`_quoted_words`).
        A cue verb there (``had said``, ``would not say``, ``is expected``) is
        an attribution of its own and stays out.
        """
        if self.tokens[verb].tag != "VBD":
            return last
        for child, first, end in self._adjoining_conjuncts(verb, clause, last):
            if self._has_subject(child) or cue_at(self.a, child) is not None:
                continue
            if self._backshifted(child) or self._present(child) or self._quoted_words(first, end):
                return end
        return last

    def _quoted_words(self, first: int, end: int) -> bool:
        """Whether tokens ``[first, end)`` quote someone's words in double marks that no other frame claims.

        ``said her family "came out of the White House dead broke" and
        "struggled to piece together the resources"``: a conjunct of the cue
        with the speaker's words in marks is more of what was said, not the
        speaker's next act told in the reporter's words.
        """
        span = (self.tokens[first].start, self.tokens[end - 1].end)
        return bool(_DOUBLE_MARKS.search(self.a.text, *span)) and not self._overlaps_attributed(span)

    def _quoted_conjunct(self, verb: int, clause: int, last: int) -> int:
        """End of the content taken over a conjunct clause of the cue that quotes the speaker.

        ``said he had received offers, but "the offers were to use the gun in
        a fashion I did not like"``: the parser hangs the second clause on
        ``said``. A clause with a subject of its own joined that way may be
        the reporter's (``said ..., and the city has already been sued``), but
        one with the speaker's words in marks is what was said. Marks that
        hold a quotation with its own attribution (``, but he gave the Texan
        a compliment: "..."``) make a new frame, and the content stops.
        """
        for child, first, end in self._adjoining_conjuncts(verb, clause, last):
            if (
                self._has_subject(child, active=True)
                and cue_at(self.a, child) is None
                and self._quoted_words(first, end)
            ):
                return end
        return last

    def _contrasting_belief(self, verb: int, clause: int, last: int) -> int:
        """End of the content taken over ``but <pronoun> <belief verb>`` hung on the cue.

        ``said he would back the nominee, but he doesn't want to be involved``,
        ``said she would vote for it, but she thinks it does not go far
        enough``: the parser hangs the belief on the cue; the speaker's own
        qualification set against the first half is one claim, as a
        subjectless one already is (``_contrast``). A speech or stance verb
        there is the speaker's next act, and a dash or semicolon sets the
        reporter's own sentence apart (``... — but he wants ...``).
        """
        for child, first, end in self._adjoining_conjuncts(verb, clause, last):
            subjects = [c for c in self.children[child] if self.tokens[c].dep == "nsubj"]
            if not subjects or self.tokens[subjects[0]].tag != "PRP" or not self._contrast(verb, child):
                continue
            if any(t.text in _LEAD_BREAKS for t in self.tokens[last:first]):
                continue  # "— but he wants ...": a dash or semicolon sets the reporter's own sentence apart
            match = cue_at(self.a, child)
            if match is not None and match.cls == "cognition":
                return end
        return last

    def _adjoining_conjuncts(self, verb: int, clause: int, last: int) -> Iterator[tuple[int, int, int]]:
        """The conjuncts of the cue after its reported ``clause`` that begin where the content (ending at token
        ``last``) does, with only a conjunction or punctuation between: each as (head, first, end) tokens."""
        for child in self.children[verb]:
            if child <= clause or self.tokens[child].dep != "conj":
                continue
            first, end = self.a.subtree(child)
            if first >= last and all(t.dep in ("cc", "punct") for t in self.tokens[last:first]):
                yield child, first, end

    def _overlaps_attributed(self, span: Offsets) -> bool:
        """Whether a quotation found with its own cue or speaker overlaps ``span`` (a frame of its own)."""
        start, end = span
        index = bisect.bisect_right(self.taken_starts, end)
        return any(
            c.parts and c.start < end and start < c.end and (c.cue is not None or c.speaker is not None)
            for c in self.taken[max(0, index - 8) : index]
        )

    def _present(self, verb: int) -> bool:
        """Whether ``verb`` is finite in the present (``have been``, ``is``, ``will``): not how a past act is told."""
        first = self._first_auxiliary(verb) or self.tokens[verb]
        return first.tag in ("VBZ", "VBP") or first.text.lower() in _PRESENT_MODALS

    def _backshifted(self, verb: int) -> bool:
        """Whether ``verb`` is in the past perfect (``had received``) or under a past modal (``would stay``)."""
        first = self._first_auxiliary(verb)
        if first is None:
            return False
        perfect = first.lemma == "have" and first.tag == "VBD"
        return perfect or first.text.lower() in _PAST_MODALS

    def _first_auxiliary(self, verb: int) -> Token | None:
        """The first auxiliary before ``verb`` (``had`` of ``had not received``), which carries its tense."""
        for child in self.children[verb]:
            if child < verb and self.tokens[child].dep in ("aux", "auxpass"):
                return self.tokens[child]
        return None

    def _cut_own_actions(self, verb: int, clause: int, last: int) -> int:
        """End of a reported clause before a coordinated attribution: the speaker's next act, or another source's.

        In ``X said the budget was a disaster and vowed to veto it`` the parser
        often hangs ``vowed`` on the reported clause; it is X's own act (and
        attribution), so the content stops before ``and``. So it does before a
        conjunct with a source and a cue of its own (:meth:`_own_attribution`).
        """
        for child in self.children[clause]:
            if self.tokens[child].dep != "conj" or child <= clause:
                continue
            if self._has_subject(child):
                if not self._finding(verb) and self._own_attribution(child):
                    return min(last, self._before_conjunction(clause, child))
                continue
            if self._refusal(verb, child):
                return min(last, self._before_conjunction(clause, child))  # "... but declined to give a timeline"
            if not self._reports_anew(child):
                continue
            if self._other_tense(verb, child) and not self._in_marks(clause, child):
                continue  # "said he'd sit Putin down and tell him ...": not in the cue's tense, the clause's
            if self._contrast(clause, child):
                continue  # "said it supported the goal but wanted a grace period": one claim (issue 17)
            return min(last, self._before_conjunction(clause, child))
        return last

    def _finding(self, cue: int) -> bool:
        """Whether the cue reports a finding (a poll, a study, a report), which holds every group's position.

        ``the survey found that most residents backed the plan, and a third
        said it cost too much``: the second group's answer is part of the
        finding, where a speaker's statement does not hold another source's
        attribution (:meth:`_own_attribution`).
        """
        match = cue_at(self.a, cue)
        return match is not None and match.cls in ("evidence", "source")

    def _own_attribution(self, verb: int) -> bool:
        """Whether a coordinated clause with a subject of its own is an attribution of its own.

        ``said they were worried about the economy, and four in ten said
        Trump would handle it best``, ``noted that he may have misspoken, and
        a report quoted two experts``: the second clause names another source
        and its own cue; it is a second attribution, not more of what the
        first speaker said. A second ``that`` clause is the same cue's, and a
        belief or evidence verb (``and voters think ...``) goes on with the
        content as a coordinated cue without a subject does (:meth:`_reports_anew`).
        """
        if any(self.tokens[c].dep == "mark" for c in self.children[verb]):
            return False  # "said A and that B": a second clause of the same cue
        match = cue_at(self.a, verb)
        return match is not None and match.cls not in _STATE_CLASSES

    def _before_conjunction(self, clause: int, child: int) -> int:
        """Where a reported clause ends before its conjunct ``child`` (the ``and``/``but`` and commas left out)."""
        cut = self.a.subtree(child)[0]
        while cut > clause + 1 and self.tokens[cut - 1].dep in ("cc", "punct"):
            cut -= 1
        return cut

    def _refusal(self, cue: int, verb: int) -> bool:
        """``said the proposal was under examination but declined to give a timeline``: the speaker's own act.

        Declining or refusing to say more, in the cue's tense, is what the
        speaker did next, never part of what was said, contrast or not. So is
        not saying it, told with ``do`` in the cue's tense (``said he would
        pray for the nominee but did not suggest who it would be``).
        """
        if self.tokens[verb].lemma in _DECLINES:
            return not self._other_tense(cue, verb)
        auxiliary = self._first_auxiliary(verb)
        return (
            auxiliary is not None
            and auxiliary.lemma == "do"
            and auxiliary.tag == self.tokens[cue].tag
            and self._negated(verb)
            and self._reports_anew(verb)
        )

    def _other_tense(self, cue: int, verb: int) -> bool:
        """Whether ``verb`` is in another tense than the cue (the reported clause's, not the speaker's next act)."""
        return self._tense_of(verb) != self._tense_of(cue)

    def _tense_of(self, verb: int) -> str:
        """A verb's tense: its own tag, or with a perfect ``has``/``have`` the present it is told in.

        ``insists the party must be one of ideas, and has championed an
        agenda``: the present perfect is the present of the cue, the
        speaker's record; ``had`` (the past perfect) stays apart from a past
        cue, as a backshifted clause does.
        """
        auxiliary = self._first_auxiliary(verb)
        tag = self.tokens[verb].tag
        if auxiliary is not None and auxiliary.lemma == "have" and auxiliary.tag in ("VBZ", "VBP"):
            tag = auxiliary.tag
        return _TENSE.get(tag, tag)

    def _in_marks(self, clause: int, verb: int) -> bool:
        """Whether ``verb`` stands inside a quotation the clause opens: the closing mark ends that content anyway."""
        start = self.tokens[self.a.subtree(clause)[0]].start
        return _open_quotation(self.a, start, self.tokens[verb].start) is not None

    def _close_open_mark(self, start: int, end: int) -> Offsets:
        """``would "freeze the market where it is broken``: take in the closing mark the trim left out (issue 17)."""
        text = self.a.text
        if len(_QUOTE_MARK.findall(text, start, end)) % 2 == 0:
            return start, end
        stop = end
        while stop < len(text) and stop - end < 3 and text[stop] in ".,;!?":
            stop += 1
        if stop < len(text) and _QUOTE_MARK.match(text, stop):
            return start, stop + 1
        return start, end

    def _open_closed_mark(self, start: int, end: int) -> Offsets:
        """``said "the plan" was dead``: take in the opening mark the trim left out, whose closing one is inside.

        Without it the text reads ``the plan" was dead``, a stray mark (issue 17).
        """
        text = self.a.text
        if start == 0 or len(_QUOTE_MARK.findall(text, start, end)) % 2 == 0:
            return start, end
        if _QUOTE_MARK.match(text, start - 1):
            return start - 1, end
        return start, end

    def _contrast(self, clause: int, conj: int) -> bool:
        """Whether ``conj`` is joined to ``clause`` by ``but`` / ``yet`` (a contrast inside the claim)."""
        joiners = [k for k in (*self.children[clause], *self.children[conj]) if self.tokens[k].dep == "cc"]
        return any(self.tokens[k].text.lower() in ("but", "yet") and clause < k < conj for k in joiners)

    def _over_false_breaks(self, end: int, sentence, paragraph_end: int) -> int:
        """Extend a content that ends its sentence over following "sentences" that start in lower case.

        ``it wants to compete. responsibly with China`` (a stray full stop in
        scraped or translated text) is one sentence cut in two by the parser.
        """
        if self.a.text[end : sentence.end].strip(" .!?\"”’'") != "":
            return end
        index = self.tokens[sentence.first].sent + 1
        while index < len(self.a.sentences):
            following = self.a.sentences[index]
            head = self.a.text[following.start : following.start + 1]
            if following.start >= paragraph_end or not head.islower():
                break
            end = self._trim_chars(following.start, following.end)[1]
            while end > following.start and self.a.text[end - 1] in ".!?":
                end -= 1
            index += 1
        return end

    def _run_on(self, part: Offsets, kind: QuoteKind, match: CueMatch, source: str, sentence, limit: int) -> Offsets:
        """A reported content after its cue, its end carried over what the parser cut from it.

        Over a condition (a saying's only: after a belief or stance verb inside
        another clause, ``whether he would support Trump if ...``, it is as
        often the outer clause's), a predicate whose subject the parser took
        away (up to ``limit``), and what a colon closing a clause or
        infinitive content spells out. A direct quote's marks fix its end.
        """
        if kind == QuoteKind.DIRECT:
            return part
        start, end = part
        if match.cls in SPEECH_CLASSES:
            end = self._over_condition(end, match.head)
        end = self._over_predicate(end, match.head, limit)
        end = self._over_wh_conjunct(end, match.head, limit)
        if kind == QuoteKind.INDIRECT and source in _COLON_SOURCES:
            end = self._over_colon(end, sentence)
        return start, end

    def _tokens_from(self, offset: int, reach: int) -> list[Token]:
        """The tokens starting within ``reach`` characters from ``offset`` (none straddling it)."""
        return [t for t in self.a.tokens_in(offset, min(len(self.a.text), offset + reach)) if t.start >= offset]

    def _over_condition(self, end: int, cue_head: int) -> int:
        """Extend a content over an ``if`` or ``unless`` clause right after it that the parser hung on the cue.

        ``promised immigration reform if he and Clinton take office``, ``say
        they will back Stein unless Sanders disavows the deal``: a condition
        restricts the claim, not the act of saying it (a reporter does not
        say someone spoke only if something happens), so it is part of what
        was said however the parser attaches it.
        """
        following = self._tokens_from(end, 12)
        if following and following[0].text == ",":
            following = following[1:]
        if not following or following[0].dep != "mark" or following[0].text.lower() not in ("if", "unless"):
            return end
        clause = following[0].head
        if self.tokens[clause].dep != "advcl" or self.tokens[clause].head != cue_head:
            return end
        first, last = self.a.subtree(clause)
        if first != following[0].i:
            return end
        return self._trimmed(first, last)[1]

    def _over_predicate(self, end: int, cue_head: int, limit: int) -> int:
        """Extend a content over the predicate right after it when the parser took the content's subject away.

        ``accused the mayor of implying park rangers were lazy``, ``said
        closing the library was wise``: the parser makes the subject (``park
        rangers``) the object of the verb before it and hangs ``were lazy``
        on the cue or another head, so the content stopped at a subject
        without its verb. A finite verb right after the content (no
        punctuation or conjunction between) with no subject of its own is
        that subject's predicate, and the content runs to the end of its
        phrase, within its sentence and paragraph. Not after a participle cue (``, saying ...``): its speaker
        is looked for across the sentence, and a parse this broken misleads
        it (with those: 2 matches more, 0 with the right speaker).
        """
        cue = self.tokens[cue_head]
        if cue.tag == "VBG" and cue.dep in ("acl", "advcl"):
            return end
        following = self._tokens_from(end, 40)
        if not following or following[0].pos in ("PUNCT", "CCONJ", "SCONJ"):
            return end
        verb = self._subjectless_predicate(following[0].i)
        if verb is None:
            verb = self._contact_clause(following[0].i)
        if verb is None:
            verb = self._stranded_object(following[0].i)
        if verb is None or self._within(cue_head, verb):
            return end  # "voters who said the economy mattered were divided": the speakers' own predicate
        extended = self._trimmed(following[0].i, self.a.subtree(verb)[1])[1]
        return extended if extended <= limit else end  # not past the sentence or paragraph the content is in

    def _over_wh_conjunct(self, end: int, cue_head: int, limit: int) -> int:
        """Extend a content over ``and how ...``, ``or whether ...`` right after it: a second thing said or asked.

        ``talked about trade and how he would improve it``, ``would not
        identify the planks he backs or whether he will champion them``: a
        wh-clause joined to the content by a bare ``and`` or ``or`` is
        coordinated with it, a second complement of the same cue, however
        the parser hangs it (on the cue, as a conjunct of the verb, or on a
        word of the content's sentence). A comma before the conjunction
        (``, and who has been hoping ...``) marks the reporter's own clause.
        Not over a clause that holds the cue, nor past the content's
        sentence and paragraph.
        """
        following = self._tokens_from(end, 40)
        if len(following) < 2 or following[0].pos != "CCONJ" or following[0].text.lower() not in ("and", "or"):
            return end
        wh = following[1]
        if wh.tag not in _WH_TAGS and wh.text.lower() != "whether":
            return end
        clause = wh.i
        while self.tokens[clause].pos not in ("VERB", "AUX") and self.tokens[clause].head != clause:
            clause = self.tokens[clause].head
        first, last = self.a.subtree(clause)
        if first < following[0].i or self._within(cue_head, clause):
            return end
        extended = self._trimmed(wh.i, last)[1]
        return extended if extended <= limit else end

    def _stranded_object(self, first: int) -> int | None:
        """The noun phrase opening at ``first`` when the word before it still needs it as its object.

        ``wants to unseat | Rep. Jane Doe``, ``needed to put on | hold any
        ruling``: the content ends on a transitive verb or a preposition with
        no object, and the noun phrase right after it was hung on another head.
        """
        before = self.tokens[first - 1]
        if before.pos not in ("ADP", "VERB") or any(
            self.tokens[c].dep in _OBJECT_DEPS | {"pobj", "pcomp", "ccomp", "xcomp", "acomp", "prep"}
            for c in self.children[before.i]
        ):
            return None
        if before.pos == "VERB" and not any(self.tokens[c].tag == "TO" for c in self.children[before.i]):
            return None  # only an infinitive: a finite or participle verb is as often intransitive
        node = first
        while self.tokens[node].head != node and self.a.subtree(self.tokens[node].head)[0] == first:
            node = self.tokens[node].head
        if self.tokens[node].pos not in ("NOUN", "PROPN", "PRON", "NUM") or self.a.subtree(node)[0] != first:
            return None
        return node

    def _contact_clause(self, first: int) -> int | None:
        """The finite verb of a clause opening at ``first`` with its subject, the parser hung away from the noun.

        ``some of the ideas Sanders championed``: a relative clause with no
        relative word, which the parser made a clause of its own.
        """
        node = first
        while self.tokens[node].dep not in ("nsubj", "nsubjpass") and self.tokens[node].head != node:
            if self.a.subtree(self.tokens[node].head)[0] != first:
                break
            node = self.tokens[node].head
        if self.tokens[node].dep not in ("nsubj", "nsubjpass") or self.a.subtree(node)[0] != first:
            return None
        verb = self.tokens[node].head
        if verb < first or not self._finite(verb):
            return None
        if any(self.tokens[c].dep in ("mark", "cc", "punct") and c < verb for c in self.children[verb]):
            return None
        return verb

    def _subjectless_predicate(self, first: int) -> int | None:
        """The finite verb a phrase opening at ``first`` leads to (over its auxiliaries), if it has no subject."""
        verb = first
        while self.tokens[verb].dep in ("aux", "auxpass", "neg") and self.tokens[verb].head > verb:
            verb = self.tokens[verb].head
        if any(self.tokens[k].head != verb for k in range(first, verb)):
            return None  # the words before the verb are not all its auxiliaries
        if not self._finite(verb) or self._has_subject(verb):
            return None
        if any(self.tokens[c].dep == "expl" for c in self.children[verb]):
            return None
        return verb

    def _finite(self, verb: int) -> bool:
        """Whether a verb is finite: a tensed form, or any form with a modal or tensed auxiliary."""
        return self.tokens[verb].pos in ("VERB", "AUX") and self._tensed(verb, ("aux", "auxpass"))

    def _tensed(self, verb: int, auxiliaries: tuple[str, ...]) -> bool:
        """Whether ``verb`` carries a tense, itself or through an auxiliary of one of the ``auxiliaries`` relations."""
        if self.tokens[verb].tag in _FINITE_TAGS:
            return True
        return any(
            self.tokens[c].dep in auxiliaries and self.tokens[c].tag in _FINITE_TAGS for c in self.children[verb]
        )

    def _over_colon(self, end: int, sentence) -> int:
        """Extend a content that stops at a colon over what the colon introduces, to the end of the sentence.

        ``hoped to win delegates in states that split them: Ohio, Utah and
        Idaho``, ``noted that he had won a state: he also took Iowa``: the
        words after the colon spell out the content (a list, an example, an
        explanation), which the parser makes a clause of its own. Not when
        they hold quotation marks (a quotation the colon introduces is a
        quote of its own) or a cue (another attribution). Only a reported
        clause or infinitive is extended: after a noun phrase content
        (``showed me where he slept: a monastic chamber ...``) the colon as
        often opens the reporter's own account.
        """
        text = self.a.text
        colon = end
        while colon < sentence.end and text[colon] == " ":
            colon += 1
        if colon >= sentence.end or text[colon] != ":":
            return end
        rest = self.a.tokens_in(colon + 1, sentence.end)
        words = [t for t in rest if t.pos != "PUNCT"]
        if not words or _QUOTE_MARK.search(text, colon + 1, sentence.end) or rest[-1].text == "?":
            return end  # a quotation, or a question the colon puts ("how to attack him: Should she ...?")
        if any(self._sourced_attribution(t.i) for t in words if not rest[0].i <= t.head <= rest[-1].i or t.head == t.i):
            return end
        return self._trimmed(words[0].i, rest[-1].i + 1)[1]

    def _sourced_attribution(self, verb: int) -> bool:
        """Whether a clause heads an attribution of its own: a cue with a subject that is a source.

        ``says the show drew ire from all sides: Howard Stern questioned
        ...`` opens another attribution; ``noted that immigrants are hopeful:
        70 percent believe ...`` gives a figure that spells out the claim, and
        a cue deeper in the clause (``the reason he hopes ...``) does not make
        the clause an attribution.
        """
        if cue_at(self.a, verb) is None:
            return False
        subjects = [c for c in self.children[verb] if self.tokens[c].dep in ("nsubj", "nsubjpass")]
        return any(not self._statistic(c) for c in subjects)

    def _statistic(self, noun: int) -> bool:
        """``70 percent``, ``42% of Ohioans``, ``six in ten``: a share of people a figure stands for."""
        tok = self.tokens[noun]
        return tok.tag == "CD" or tok.text.lower() in ("percent", "%", "per cent")

    def _cut_trailing_acts(self, start: int, end: int, cue_head: int) -> Offsets:
        """Content ``[start, end)`` cut before a subjectless participle or coordinated speech cue.

        ``denounced supporters who attack women, saying his campaign ...``:
        ``saying`` is the speaker's next attribution, not part of this content.
        A content told before its cue, or one the cue interrupts (hanging on
        a word of it), is never cut: the speaker's next act follows the cue
        and is not part of the sentence the cue interrupts (``The agency met
        X and cited Y, officials said``, ``The plan, officials said, was
        drafted in May and cited three studies``). Nor is a participle before
        the content's finite verb: it sits in the subject, not after the claim.
        """
        cue = self.tokens[cue_head]
        hung = start <= self.tokens[cue.head].start < end and cue.head != cue_head
        if end <= start or end <= cue.start or hung:
            return start, end  # "The agency met X and cited Y, officials said": the speaker acts after the content
        tokens = self.a.tokens_in(start, end)
        main = self._main_verb(tokens)
        for tok in tokens[1:]:
            if tok.i == cue_head or tok.dep not in ("advcl", "conj") or tok.tag not in ("VBG", "VBD", "VBZ", "VBP"):
                continue
            if tok.i < main:
                continue  # "believe presenting Clinton, discussing issues, ... will undo it": inside the subject
            if self._has_subject(tok.i) or not self._speaks(tok.i):
                continue
            if tok.dep == "conj" and tok.head != cue_head and self._contrast(tok.head, tok.i):
                continue  # "it supported the goal but wanted ...": the contrast is part of the claim
            cut = self.a.subtree(tok.i)[0]
            while cut > 0 and self.tokens[cut - 1].dep in ("cc", "punct") and self.tokens[cut - 1].start > start:
                cut -= 1
            if self.tokens[cut].start > start:
                first_tok = self.a.tokens_in(start, end)[0].i
                return self._trimmed(first_tok, cut)
        return start, end

    def _main_verb(self, tokens: Sequence[Token]) -> int:
        """The finite verb heading a content's tokens (the first head when none is finite), or -1."""
        heads = [t.i for t in tokens if t.head == t.i or not tokens[0].i <= t.head <= tokens[-1].i]
        return next((h for h in heads if self._finite(h)), heads[0] if heads else -1)

    def _reports_anew(self, verb: int) -> bool:
        """Whether a coordinated cue verb is the speaker's next act rather than part of the content.

        A speech, writing or stance act is (``and vowed to veto it``, ``and
        urged that ...``, ``and asked for a sentence of four years``); a
        belief, wish or evidence verb goes on with what was reported (``said
        he was alarmed by the images and wanted to see for himself``, ``is
        proud of his campaign and expects to win``).
        """
        match = cue_at(self.a, verb)
        return match is not None and match.cls not in _STATE_CLASSES

    def _speaks(self, verb: int) -> bool:
        """Whether ``verb`` is a speech or writing cue (``saying``, ``adding``, ``wrote``): a new attribution.

        A participle of belief, stance or evidence after a reported clause
        (``it was a dip, reflecting restlessness``, ``the ads, showing ...``,
        ``attacking Clinton``) usually goes on with the same content or the
        same act; measured on PolNeAR, cutting there lost more than it gained.
        """
        match = cue_at(self.a, verb)
        return match is not None and match.cls in SPEECH_CLASSES

    def _cut_trailing_aside(self, start: int, end: int) -> Offsets:
        """Content ``[start, end)`` cut before a comma-set-off aside that closes it.

        ``... backs the final bill, which includes ...``: a non-restrictive
        relative clause at the end of a reported clause is usually the
        reporter's gloss, not the source's claim.
        """
        tokens = self.a.tokens_in(start, end)
        if len(tokens) < 4:
            return start, end
        last = tokens[-1].i
        for tok in tokens[1:-1]:
            if tok.text != "," or self.tokens[tok.i + 1].text.lower() not in _WH_ASIDE | _CONTRAST_ASIDE:
                continue  # cheap test first: subtrees are computed only after ", which" / ", who"
            head = self._aside_head(tok.i)
            if self.a.subtree(head)[1] <= last or not self._is_aside(head, tok.i + 1):
                continue
            return self._trimmed(tokens[0].i, tok.i)
        return start, end

    def _aside_head(self, comma: int) -> int:
        """The head of the phrase that opens right after ``comma``: the highest token whose subtree starts there."""
        head = comma + 1
        while True:
            up = self.tokens[head].head
            if up == head or self.a.subtree(up)[0] != comma + 1:
                return head
            head = up

    def _cut_anonymity(self, start: int, end: int) -> Offsets:
        """Content ``[start, end)`` cut before a closing aside that says why the source is unnamed.

        ``said the plan was dead, speaking on condition of anonymity because
        they were not authorized to speak publicly``: the reporter's account of
        the sourcing, not the claim. Only an aside that opens with the formula
        (``speaking on condition ...``, ``who asked not to be named``) and runs
        to the end of the content is cut.
        """
        tokens = self.a.tokens_in(start, end)
        for tok in tokens[1:-1]:
            if tok.text != ",":
                continue
            after = self.tokens[tok.i + 1].start
            found = ANONYMITY.search(self.a.text, after, end)
            if found is None or len(self.a.text[after : found.start()].split()) > 3:
                continue
            if self.a.subtree(self._aside_head(tok.i))[1] > tokens[-1].i:
                return self._trimmed(tokens[0].i, tok.i)
        return start, end

    def _cut_object_gloss(self, start: int, end: int, indefinite: bool = False) -> Offsets:
        """A noun phrase content without the comma-set-off gloss that closes it.

        ``embracing her gender, something that could endear her to women``,
        ``backing Maria Lopez, the longest-serving member of the council``:
        the appositive describes the thing judged, in the reporter's words;
        what the source judged is the noun phrase before it. Only appositives
        are cut: a comma-set-off ``including ...`` or ``such as ...`` (a
        prepositional phrase) still lists what was judged (measured on
        PolNeAR: cutting those too lost more exact matches than it gained).
        With ``indefinite`` (any reported content, not only a noun phrase) only
        a gloss opened by ``a``/``an`` is cut (:meth:`_indefinite_gloss`).
        """
        tokens = self.a.tokens_in(start, end)
        if len(tokens) < 4:
            return start, end
        last = tokens[-1].i
        for tok in tokens[1:-1]:
            if tok.text != ",":
                continue
            head = tok.i + 1
            while self.tokens[head].head != head and self.a.subtree(self.tokens[head].head)[0] == tok.i + 1:
                head = self.tokens[head].head
            owner = self.tokens[head].head
            if self.a.subtree(head)[1] <= last or not tokens[0].i <= owner < tok.i:
                continue
            if indefinite and not self._indefinite_gloss(tok.i + 1, head, owner):
                continue
            if self.tokens[head].dep in _GLOSS_DEPS and self.tokens[owner].pos in ("NOUN", "PROPN", "PRON", "NUM"):
                if self._is_list(head) or self._names_the_description(owner, head):
                    continue
                return self._trimmed(tokens[0].i, tok.i)
        return start, end

    def _indefinite_gloss(self, first: int, head: int, owner: int) -> bool:
        """Whether a comma-set-off noun phrase opened by ``a``/``an`` is a gloss, not a further list item.

        Closing a reported clause or infinitive, ``, a move that could cost
        her the unions``, ``, a red line for many supporters``, ``, a
        longstanding provision that ...`` is the reporter's comment on what
        was said. With a ``the`` or a possessive it is as often the source's
        own description or list (``hit Tampa, the largest city``, ``met Mr.
        Trump, his family members and advisers``), and with a conjunct of
        its own (``met the governor, a senator and two mayors``) it is a list.
        A gloss on what the clause predicates (``say the visit is a minor
        achievement, a point of pride that ...``) restates the claim and
        stays.
        """
        if self.tokens[first].text.lower() not in ("a", "an"):
            return False
        if any(self.tokens[c].dep == "conj" for c in self.children[head]):
            return False
        return not self._in_predicate(owner)

    def _in_predicate(self, index: int) -> bool:
        """Whether token ``index`` lies in a copula's predicate (``attr``/``acomp``) within its clause."""
        current = index
        for _ in range(40):
            tok = self.tokens[current]
            if tok.dep in ("attr", "acomp"):
                return True
            if tok.head == current or tok.pos in ("VERB", "AUX"):
                return False
            current = tok.head
        return False

    def _cut_medium(self, start: int, end: int) -> Offsets:
        """A noun phrase content without the closing phrase that names where it was said.

        ``claimed victory in a tweet``, ``defends his record in a commercial
        running on Iowa TV``, ``called the plan a failure on his radio
        show``: the parser hangs the medium on the object, but it is the
        setting of the saying, as ``said in a statement`` is, not what was
        said or judged. Only an ``in`` or ``during`` phrase that closes the
        content and whose noun is a medium of speech (:data:`_MEDIA`) is cut,
        or an ``on`` phrase naming a broadcast (``blamed the attack on a
        video`` keeps what the blame is put on).
        """
        tokens = self.a.tokens_in(start, end)
        if len(tokens) < 3:
            return start, end
        first, last = tokens[0].i, tokens[-1].i + 1
        for tok in tokens[1:]:
            if tok.dep != "prep" or tok.text.lower() not in _SETTING_PREPS or not first <= tok.head < tok.i:
                continue
            if self.a.subtree(tok.i)[1] < last:
                continue  # the phrase does not close the content
            nouns = [c for c in self.children[tok.i] if self.tokens[c].dep == "pobj"]
            media = _MEDIA if tok.text.lower() != "on" else _BROADCASTS  # not "blamed the attack on a video"
            if nouns and self.tokens[nouns[0]].lemma.lower() in media:
                return self._trimmed(first, tok.i)
        return start, end

    def _names_the_description(self, owner: int, appositive: int) -> bool:
        """Whether the appositive is the name a description stands for (``his spokeswoman, Hope Hicks``).

        After a common noun (``Clinton's successor``, ``her opponent``) a
        proper name says who was meant: it is what was judged, not a gloss.
        A description after a name (``Maria Lopez, the longest-serving member
        of the council``) is the reporter's gloss and is still cut.
        """
        return self.tokens[owner].pos == "NOUN" and self.tokens[appositive].pos == "PROPN"

    def _is_list(self, appositive: int) -> bool:
        """Whether an "appositive" is the rest of a list the parser misread (``his parents, his sisters and ...``).

        A gloss names the thing again (``Maria Lopez, the longest-serving
        member of the council``, ``a war hero and a senator``); when the
        phrase after the comma goes on with comma-separated conjuncts of
        its own (``, his sisters, his wife and his sons``) it is further
        items of what was judged.
        """
        return any(
            self.tokens[c].dep == "conj" and self.tokens[self.a.subtree(c)[0] - 1].text == ","
            for c in self.children[appositive]
        )

    def _is_aside(self, head: int, first: int) -> bool:
        """A non-restrictive relative clause (``, which ...``, ``, who ...``) or a contrast that reports anew.

        Measured on PolNeAR: cutting trailing appositives, contrastive
        (``, while ...``) or participial clauses lost exact matches, so only
        relative clauses are cut, and a contrast only when it holds a saying
        of its own (:meth:`_contrast_aside`).
        """
        word = self.tokens[first].text.lower()
        if word in _CONTRAST_ASIDE:
            return self._contrast_aside(head)
        return self.tokens[head].dep in ("relcl", "advcl") and word in _WH_ASIDE

    def _contrast_aside(self, head: int) -> bool:
        """Whether a comma-set-off ``while``/``though``/``despite`` phrase holds a speech cue of its own.

        ``Most residents said the bridge was too costly, while engineers said
        it would pay for itself``, ``..., though she did not say for how
        long``: the reporter sets a second saying against the first; it is
        not part of what the first source said (and is an attribution of
        its own). A contrast without a saying (``said the team had improved,
        while its defense remained weak``) is as often the source's own
        qualification and stays in (measured on PolNeAR: cutting every
        contrast lost as many matches as it gained, and precision).
        """
        if self.tokens[head].dep not in ("advcl", "prep", "mark"):
            return False
        low, high = self.a.subtree(head)
        return any(self._speaks(i) for i in range(low, high))

    def _is_complement(self, child: int) -> bool:
        """Whether a dependent after the cue is (part of) its content.

        A preposition's object counts whether it is a noun phrase (``pobj``) or
        a gerund or wh-clause (``pcomp``: ``called for doubling the fleet``,
        ``talked about how the city would pay``).
        """
        tok = self.tokens[child]
        if tok.dep in _CLAUSE_DEPS or tok.dep in _OBJECT_DEPS or tok.dep in ("pobj", "pcomp"):
            return True
        return tok.dep in ("prep", "prt") and tok.text.lower() in _CONTENT_PREPS and bool(self.children[child])

    def _around(self, head: int, cue_verb: int, cut: tuple[int, int] | None = None) -> list[Offsets]:
        """The head clause's subtree minus the attribution (``cut``, else the cue's subtree): one or two parts."""
        first, last = self.a.subtree(head)
        cue_first, cue_last = cut if cut is not None else self.a.subtree(cue_verb)
        parts = []
        if cue_first > first:
            parts.append(self._trimmed(first, cue_first))
        if last > cue_last:
            parts.append(self._trimmed(cue_last, last))
        return [p for p in parts if p[1] > p[0]]

    def _raising(self, token: Token) -> None:
        """``X seemed to relish it``, ``X appears ready to act``, ``X is expected to win``: an unsourced view.

        The content is the subject and the complement (two parts: the verb is
        the cue between them); ``It appears that ...`` has the clause alone.
        ``appeared on television`` (no complement) is not an attribution.
        """
        if not token.tag.startswith("VB") or token.dep in ("amod", "compound"):
            return
        kids = self.children[token.i]
        complements = [c for c in kids if c > token.i and self.tokens[c].dep in _RAISING_DEPS]
        subjects = [c for c in kids if c < token.i and self.tokens[c].dep in ("nsubj", "nsubjpass")]
        if not complements or not subjects:
            return
        first = self.a.subtree(complements[0])[0]
        last = max(self.a.subtree(c)[1] for c in complements)
        clause = self._trimmed(max(first, token.i + 1), last)
        subject = self.tokens[subjects[0]]
        if subject.text.lower() == "it":
            parts = [clause]  # "It appears that ...": the expletive is not content
        elif subject.tag in ("WP", "WDT"):
            return  # "a role that is expected to ...": the antecedent lies outside the clause
        else:
            # all the subjects the parser found, from the first one's start: "The birth of the newest Clinton"
            # parsed as two subjects ("birth", "Clinton") is one noun phrase
            subject_end = max(self.a.subtree(c)[1] for c in subjects)
            parts = [self._trimmed(self.a.subtree(subjects[0])[0], subject_end), clause]
        match = CueMatch(token.start, token.end, token.i, (token.i,), _RAISING_CUE)
        self._emit(
            parts,
            QuoteKind.INDIRECT,
            (token.start, token.end),
            match,
            None,
            lemma=token.lemma.lower(),
            speakerless=True,
            source=f"{SOURCE}:raising",
        )

    def _support_verb(self, token: Token) -> None:
        """``made it clear that ...``, ``made the case that ...``: ``make`` with a word that carries the saying.

        ``make`` reports nothing by itself (``made a deal``); with the
        adjective ``clear`` (or ``plain``) or a noun of arguing (``case``,
        ``point``, ``argument``) it is a speech act whose ``that`` clause is
        the content, the subject of ``make`` its speaker. The parser hangs the
        clause on the adjective, on the noun or on ``make`` itself.
        """
        verb = token.i
        for child in self.children[verb]:
            kid = self.tokens[child]
            word = kid.lemma.lower()
            holders: tuple[int, ...]
            if kid.dep in ("ccomp", "oprd", "acomp", "xcomp", "advmod") and word in _SUPPORT_ADJECTIVES:
                holders = (child, verb)
            elif kid.dep == "dobj" and word in _SUPPORT_NOUNS:
                holders = (child,)
            else:
                continue
            clause = next(
                (
                    c
                    for h in holders
                    for c in self.children[h]
                    if c > child and self.tokens[c].dep in ("ccomp", "advcl", "acl") and self._opens_with_that(c)
                ),
                None,
            )
            if clause is None:
                continue
            first, last = self.a.subtree(clause)
            speaker = self._speaker_of(verb)
            if speaker is None:
                return
            cue_end = self.tokens[first - 1].end
            cue = Cue(f"make {word}", "verb", "speech")
            match = CueMatch(token.start, cue_end, verb, (verb, child), cue)
            self._emit(
                [self._trimmed(first, last)],
                QuoteKind.INDIRECT,
                (token.start, cue_end),
                match,
                speaker,
                lemma=cue.text,
                source=f"{SOURCE}:support",
            )
            return

    def _opens_with_that(self, clause: int) -> bool:
        first = self.a.subtree(clause)[0]
        return self.tokens[first].text.lower() == "that" and self.tokens[first].dep == "mark"

    def _noun_cue(self, token: Token, noun: Cue) -> None:
        """``Trump's criticism of the deal``: a possessor (the source) and a prepositional object (the content).

        What the noun takes comes from its ``cues.tsv`` line: ``clause`` (``her
        claim that ...``) or ``object`` (``his criticism of ...``). Without a
        possessor the source is unknown and the noun is left alone.
        """
        kids = self.children[token.i]
        owner = next((c for c in kids if self.tokens[c].dep == "poss" and c < token.i), None)
        if owner is None or self.tokens[owner].text.lower() in ("its", "their"):
            return
        if "clause" in noun.takes and self._noun_clause(token, owner, noun):
            return
        if "object" not in noun.takes:
            return
        preps = [c for c in kids if c > token.i and self.tokens[c].dep == "prep"]
        prep = next((c for c in preps if self.tokens[c].text.lower() in _CUE_NOUN_PREPS), None)
        if prep is None:
            return
        objects = [c for c in self.children[prep] if self.tokens[c].dep in ("pobj", "pcomp")]
        if not objects:
            return
        first, last = self.a.subtree(objects[0])
        part = self._trimmed(first, last)
        match = CueMatch(token.start, self.tokens[prep].end, token.i, (token.i, prep), noun)
        self._emit(
            [part],
            QuoteKind.INDIRECT,
            (token.start, self.tokens[prep].end),
            match,
            owner,
            lemma=f"{token.lemma.lower()} {self.tokens[prep].text.lower()}",
            source=f"{SOURCE}:noun",
        )

    def _noun_clause(self, token: Token, owner: int, noun: Cue) -> bool:
        """``her claim that ...``: the ``that`` clause is the content (emitted here; True when found)."""
        for child in self.children[token.i]:
            if child < token.i or self.tokens[child].dep not in ("acl", "ccomp"):
                continue
            first, last = self.a.subtree(child)
            if self.tokens[first].text.lower() != "that" or self.tokens[first].dep != "mark":
                continue
            match = CueMatch(token.start, token.end, token.i, (token.i,), noun)
            self._emit(
                [self._trimmed(first, last)],
                QuoteKind.INDIRECT,
                (token.start, token.end),
                match,
                owner,
                lemma=token.lemma.lower(),
                source=f"{SOURCE}:noun-clause",
            )
            return True
        return False

    def _has_passive_subject(self, verb: int) -> bool:
        return any(self.tokens[c].dep == "nsubjpass" for c in self.children[verb])

    # -- prepositional sources -------------------------------------------------
    def _according(self, match: CueMatch) -> None:
        """``according to X, ...``: the content is the clause the phrase modifies."""
        head = match.head
        source = self._pobj(match.tokens[-1])
        if source is None:
            return
        clause = self._clause_of(head)
        if clause is None:
            return
        # the source is "according to X" itself: words the parser hangs under "according" still belong to the clause
        source_first, source_last = self.a.subtree(match.tokens[-1])
        phrase_first = min(head, source_first)
        if self.a.subtree(clause)[0] >= phrase_first and self._modifies_source(source_last):
            if not self._words_before(phrase_first):
                if self._participle_gloss(source_last):
                    return  # "According to Jack Kelly, writing for the Herald:": a gloss on the source, no claim
            else:
                # "..., according to an interview his brother gave": the clause is the source's modifier
                parts = [self._trimmed(self._clause_start_before(phrase_first), phrase_first)]
                author = self._medium_author(source, clause)
                speaker = author if author is not None else source
                self._emit(
                    parts, QuoteKind.INDIRECT, (match.start, match.end), match, speaker, source=f"{SOURCE}:according"
                )
                return
        if head > clause:
            clause = self._trailing_scope(clause, source_last)
        parts = self._around(clause, head, (phrase_first, source_last))
        if parts:
            author = self._described_medium_author(source)
            giver = author if author is not None else source
            self._emit(parts, QuoteKind.INDIRECT, (match.start, match.end), match, giver, source=f"{SOURCE}:according")

    def _modifies_source(self, after: int) -> bool:
        """Whether what follows the source of ``according to`` (token ``after`` on) still describes the source.

        ``according to an interview his brother gave``, ``according to a memo
        previously kept secret``, ``according to sources who spoke ...``: no
        comma closes the phrase; ``according to the average of polls, where
        ...``: a relative word opens a clause on it; ``According to Jack
        Kelly, writing for the Herald``: a participle right after the comma
        glosses the source. After ``according to X,`` anything else is the
        sentence going on (``the economy grew``), which the phrase sources.
        """
        if after >= len(self.tokens) or self.tokens[after].sent != self.tokens[after - 1].sent:
            return False
        word = self.tokens[after]
        if word.text != ",":
            return not _trim_token(word)
        following = self.tokens[after + 1] if after + 1 < len(self.tokens) else None
        return following is not None and following.sent == word.sent and following.tag in _SOURCE_GLOSS_TAGS

    def _medium_author(self, source: int, clause: int) -> int | None:
        """The one who gave the medium named as the source: ``according to an interview his brother gave``.

        The interview, statement or email is where the words are; the subject
        of the clause that describes it is who said them. A relative pronoun
        (``a memo that circulated``) names nobody.
        """
        if self.tokens[source].lemma.lower() not in _MEDIA or clause <= source:
            return None
        subjects = [c for c in self.children[clause] if self.tokens[c].dep == "nsubj" and source < c < clause]
        if not subjects or self.tokens[subjects[0]].tag in ("WDT", "WP"):
            return None
        return subjects[0]

    def _described_medium_author(self, source: int) -> int | None:
        """The author a medium's own relative clause names: ``according to a statement the council released``.

        The same reading as :meth:`_medium_author` where the parser hangs the
        clause on the source noun, as it mostly does: a statement, letter or
        interview someone released, sent or gave holds that one's words. A
        document that is not a medium of speech (``figures the company
        filed``) stays the source, its maker only saying whose it is.
        """
        clauses = [c for c in self.children[source] if self.tokens[c].dep == "relcl"]
        return self._medium_author(source, clauses[0]) if clauses else None

    def _participle_gloss(self, after: int) -> bool:
        """Whether a participle right after the comma closing ``According to X`` glosses X (``, writing for ...``)."""
        following = self.tokens[after + 1] if after + 1 < len(self.tokens) else None
        return self.tokens[after].text == "," and following is not None and following.tag in ("VBG", "VBN")

    def _words_before(self, index: int) -> bool:
        """Whether the sentence has words (not only punctuation or a conjunction) before token ``index``."""
        first = self.a.sentences[self.tokens[index].sent].first
        return any(not _trim_token(t) and t.pos != "CCONJ" for t in self.tokens[first:index])

    def _clause_start_before(self, index: int) -> int:
        """First token of the clause that ends right before token ``index`` (a sentence-final attribution's).

        ``Osman was on the flight, according to an interview his brother gave
        to ITV``: the parser may hang the phrase on the source's own relative
        clause or participle (``his brother gave``, ``previously kept
        secret``) and make that a conjunct of the main clause; the claim
        sourced is the clause before the phrase, found by climbing from its
        last word while the heads stay before the phrase.
        """
        current = index - 1
        while current > 0 and _trim_token(self.tokens[current]):
            current -= 1
        while self.tokens[current].head != current and self.tokens[current].head < index:
            current = self.tokens[current].head
        return self.a.subtree(current)[0]

    def _trailing_scope(self, clause: int, attribution_end: int) -> int:
        """The clause a sentence-final attribution closes: the whole coordination, not its last conjunct.

        ``Sales rose in March, and profit grew by a third, according to the
        ministry``: the parser hangs the phrase on the nearest verb, but an
        attribution that closes the sentence sources all of it (a reader does
        not take the figures for March as the reporter's own). The climb goes
        up through conjuncts (and subordinate clauses: ``A while B, according to
        X``) only while nothing of the higher clause follows the attribution.
        """
        while self.tokens[clause].dep in _SCOPE_DEPS and self.tokens[clause].head < clause:
            head = self.tokens[clause].head
            _, last = self.a.subtree(head)
            if any(not _trim_token(self.tokens[i]) for i in range(attribution_end, last)):
                break  # "A, according to X, and B": the attribution is inside the sentence, not closing it
            clause = head
        return clause

    def _for_source(self, token: Token) -> None:
        """``For X, <role>, <clause>.`` at the start of a sentence, X a person or a group of people described."""
        sentence = self.a.sentences[token.sent]
        lead = self.tokens[sentence.first : token.i]
        if any(t.pos not in ("CCONJ", "PUNCT", "ADV") for t in lead) or token.dep != "prep":
            return
        source = self._pobj(token.i)
        if source is None or not self._is_person_like(source) or not self._is_described(source):
            return
        _, source_end = self.a.subtree(token.i)
        if source_end >= len(self.tokens) or self.tokens[source_end].text != ",":
            return
        clause = self._clause_of(token.i)
        if clause is None:
            return
        _, last = self.a.subtree(clause)
        parts = [self._trimmed(source_end + 1, last)]
        cue = lexicon().cue("according to")
        match = CueMatch(token.start, token.end, token.i, (token.i,), cue)
        self._emit(
            [p for p in parts if p[1] > p[0]],
            QuoteKind.INDIRECT,
            (token.start, token.end),
            match,
            source,
            lemma="for",
            source=f"{SOURCE}:for",
        )

    def _poll_source(self, token: Token) -> None:
        """``in the poll`` / ``In a new survey, ...``: the poll is the source of the clause the phrase modifies.

        Poll findings are attributions (``Clinton leads by 6 points in the
        poll``); the content is that clause without the ``in`` phrase. A clause
        headed by a cue verb (``told in a survey that ...``) is left to that cue.
        """
        if token.dep != "prep":
            return
        source = next((c for c in self.children[token.i] if self.tokens[c].dep == "pobj"), None)
        noun = lexicon().message(self.tokens[source].lemma) if source is not None else None
        if noun is None or noun.cls != "evidence":
            return
        clause = self._clause_of(token.i)
        if clause is None or cue_at(self.a, clause) is not None or not self._states_finding(clause):
            return
        parts = self._around(clause, token.i, self.a.subtree(token.i))
        if len(parts) != 1:
            return  # the phrase must open or close its clause; in the middle it is often the setting, not the source
        match = CueMatch(token.start, token.end, token.i, (token.i,), lexicon().cue("according to"))
        self._emit(
            parts, QuoteKind.INDIRECT, (token.start, token.end), match, source, lemma="in", source=f"{SOURCE}:poll"
        )

    def _states_finding(self, clause: int) -> bool:
        """Whether a clause a poll phrase modifies states something, so the poll can be its source.

        ``Clinton leads by 6 points in the poll`` does; a clause that only
        describes someone by their standing does not report a finding of its
        own: a relative clause (``Trump, who leads in opinion polls``, ``New
        Hampshire, where he trails in most polls``) or a clause without a
        subject (``depending on her strength in the polls``, ``voters surveyed
        in the poll``, ``for registering below 1 percent in the polls``). The
        main clause of a sentence always states (a headline, or a clause the
        parser left without its verb).
        """
        tok = self.tokens[clause]
        if tok.dep in ("relcl", "acl"):
            return False
        if tok.dep == "root" or self._has_subject(clause):
            return True
        if any(self.tokens[c].dep == "expl" for c in self.children[clause]):
            return True  # "there is a tie in the poll"
        return tok.dep == "conj" and self._has_subject(tok.head)  # "Bush rose to 20 percent and leads in the polls"

    def _is_described(self, index: int) -> bool:
        """Whether a ``For X, ...`` source is introduced with who X is (an appositive or a relative clause).

        ``For Yun Sun, China director at the Stimson Center, the United States
        ...`` gives an expert's view; ``For Obama, it was a day of
        celebration`` frames the reporter's own sentence (on PolNeAR, 1 in 4
        undescribed ``For X`` was an attribution; with a description, the
        expert-view construction of wire and translated news, most are).
        """
        return any(self.tokens[c].dep in ("appos", "relcl", "acl") for c in self.children[index])

    def _is_person_like(self, index: int) -> bool:
        tok = self.tokens[index]
        return (
            tok.ent == "PERSON" or tok.lemma.lower() in _SOURCE_NOUNS or (tok.pos == "PROPN" and tok.ent in _NAME_ENTS)
        )

    # -- colon credits (transcripts, headlines) ----------------------------------
    def _colon_credits(self) -> None:
        """``NAME: words`` opening a paragraph (interview transcripts, ``Clinton: ...`` headlines).

        The lead must be a short name (a person or organization entity, or an
        upper-case transcript tag), so datelines and ``Note:`` are not speakers.
        Quoted content after the colon is the direct finder's business.
        """
        for start, end in self.a.paragraphs:
            lead = self.a.tokens_in(start, min(end, start + 60))
            colon = next((t for t in lead[:7] if t.text == ":"), None)
            if colon is None or colon.i == lead[0].i:
                continue
            names = lead[: colon.i - lead[0].i]
            if any(t.pos not in ("PROPN", "NOUN", "PART", "PUNCT") and not t.text.isupper() for t in names):
                continue  # (an all-caps tag is often mistagged: "HOLT" as a verb)
            words = [t for t in names if t.pos != "PUNCT" and t.pos != "PART"]
            if not words or any(t.ent in ("GPE", "DATE") for t in names):
                continue
            if not (words[-1].ent in ("PERSON", "ORG") or (words[-1].text.isupper() and len(words[-1].text) > 2)):
                continue  # "Rachel Giese's book Boys: What It Means ...": a title; "A:" names nobody
            if words[-1].lemma.lower() in _EDITORIAL_LABELS:
                continue  # "Editor's Note:", "CORRECTION:": the publication's notice, nobody's words
            content = self._trim_chars(colon.end, end)
            said = self.a.tokens_in(*content)
            if not any(t.pos in ("VERB", "AUX") for t in said):
                continue  # "Delegates: 1,769." is a table, not speech
            if is_section_label(self.a, names, said):
                continue  # "ENERGY:", "ASIA'S DAY:", "WATCH:": a heading, not a speaker
            head = names[-1].i
            while self.tokens[head].pos == "PUNCT" and head > names[0].i:
                head -= 1
            cue = lexicon().cue("say")
            match = CueMatch(colon.start, colon.end, colon.i, (colon.i,), cue)
            self._emit(
                [content],
                QuoteKind.UNMARKED,  # the speaker's own words, written without quotation marks
                (colon.start, colon.end),
                match,
                head,
                lemma=":",
                clip=False,
                source=f"{SOURCE}:colon",
            )

    # -- dash credits ------------------------------------------------------------
    def _credit_after(self, end: int) -> int | None:
        """Head token of a name credited by a dash right after offset ``end`` (``” — Jane Doe``)."""
        text = self.a.text
        position = end
        while position < len(text) and text[position] in "\"”’'» \t":
            position += 1
        dash = _DASH_CREDIT.match(text, position)
        if dash is None:
            return None
        index = bisect.bisect_left(self.a.token_starts, dash.end())
        while index < len(self.tokens) and self.tokens[index].text.strip() in ("", "—", "–", "-", "--"):
            index += 1
        if index >= len(self.tokens):
            return None
        tok = self.tokens[index]
        if tok.pos != "PROPN" and tok.ent not in _NAME_ENTS:
            return None
        while tok.dep in ("compound", "flat") and tok.head > tok.i:
            tok = self.tokens[tok.head]
        return tok.i

    def _link_dash_credits(self) -> None:
        for candidate in self.taken:
            if candidate.speaker is not None or not candidate.parts:
                continue
            head = self._credit_after(candidate.end)
            if head is not None:
                candidate.speaker = self._mention(head)
                candidate.speaker_token = head

    def _unmarked_dash_credits(self) -> None:
        """A paragraph ``<words>. — Name, role`` in an article without marks: the words are the person's."""
        if not self.marks_lost:
            return
        for start, end in self.a.paragraphs:
            text = self.a.text[start:end]
            cut = max(text.rfind(" — "), text.rfind(" – "))
            if cut <= 0 or "\n" in text[cut:]:
                continue
            head = self._credit_after(start + cut)
            if head is None:
                continue
            content = self._trim_chars(start, start + cut)
            if _WORD.search(self.a.text[content[0] : content[1]]):
                self.out.append(
                    Candidate(
                        [content],
                        QuoteKind.UNMARKED,
                        speaker=self._mention(head),
                        speaker_token=head,
                        confidence=0.6,
                        source=f"{SOURCE}:dash-credit",
                    )
                )

    # -- paragraph continuation ------------------------------------------------
    def _continue_unmarked(self) -> None:
        """Widen unmarked quotes to the sentences around them that carry no attribution of their own.

        With the marks lost, a paragraph ``A. B, said X. C.`` is X's words
        throughout: ``A`` joins the quote that ends at the attribution and
        ``C`` continues it as a separate quote of the same speaker (the
        paragraph-continuation convention; ``C. D.`` is one quote, as it would
        be in one pair of marks). A sentence with its own speech
        attribution by a third person (``..., he said``) stops the widening;
        ``I think`` or ``it tells them`` inside the quote does not.
        """
        claims = [c for c in self.out if self._claims_sentence(c)]
        for candidate in sorted(claims, key=lambda c: c.start):
            if candidate.kind != QuoteKind.UNMARKED or candidate.continues:
                continue
            paragraph = self.a.paragraph_at(candidate.start)
            first = self.a.sentence_at(candidate.start)
            cue_end = candidate.cue[1] if candidate.cue is not None else candidate.end
            last = self.a.sentence_at(max(candidate.end, cue_end) - 1)
            if paragraph is None or first is None or last is None:
                continue
            start = self._quoted_lead(candidate, first, paragraph, claims)
            candidate.parts[0] = (min(start, candidate.parts[0][0]), candidate.parts[0][1])
            rest = self._quoted_rest(candidate, last, paragraph, claims)
            if rest is not None:
                self.out.append(
                    Candidate(
                        [rest],
                        QuoteKind.UNMARKED,
                        speaker=candidate.speaker,
                        speaker_token=candidate.speaker_token,
                        confidence=0.6,
                        continues=True,
                        source=f"{SOURCE}:continued",
                    )
                )

    def _quoted_lead(self, candidate: Candidate, first, paragraph: Offsets, claims: list[Candidate]) -> int:
        """Start of the sentences before an unmarked quote, in its paragraph, that sound like its speaker.

        A sentence that opens on a source of its own (``For the opposition,
        the decision shows ...``, ``According to ...``) is the reporter giving
        someone else's view, and stops the widening.
        """
        start = candidate.start
        for previous in reversed(self.a.sentences[: self.tokens[first.first].sent]):
            if previous.start < paragraph[0] or self._claimed(previous, claims, candidate):
                break
            if not self._sounds_quoted(previous) or self._opens_on_a_source(previous):
                break
            start = self._trim_chars(previous.start, previous.end)[0]
        return start

    def _quoted_rest(self, candidate: Candidate, last, paragraph: Offsets, claims: list[Candidate]) -> Offsets | None:
        """The sentences after an unmarked quote's attribution, in its paragraph, up to another attribution.

        They are one quote, as they would be in one pair of marks.
        """
        rest: Offsets | None = None
        for following in self.a.sentences[self.tokens[last.first].sent + 1 :]:
            if following.start >= paragraph[1] or self._claimed(following, claims, candidate):
                break
            span = self._trim_chars(following.start, following.end)
            if _WORD.search(self.a.text[span[0] : span[1]]):
                rest = span if rest is None else (rest[0], span[1])
        return rest

    def _opens_on_a_source(self, sentence) -> bool:
        """``For the opposition, ...`` / ``According to the ministry, ...``: a sentence that names its own source."""
        opener = self.tokens[sentence.first]
        if opener.text.lower() == "according":
            return True
        if opener.text.lower() != "for" or opener.dep != "prep":
            return False
        source = self._pobj(opener.i)
        if source is None:
            return False
        first, last = self.a.subtree(opener.i)
        followed = last < sentence.last and self.tokens[last].text == ","
        return followed and source_class(self.a, self.tokens[first + 1 : last], self.tokens[source]) in _VIEW_HOLDERS

    def _sounds_quoted(self, sentence) -> bool:
        """A speaker's voice rather than the reporter's narrative: present tense or first/second person.

        Used only before an attribution, where a narrative sentence in the past
        (``Before X, nobody had been there.``) is the reporter's.
        """
        tokens = self.tokens[sentence.first : sentence.last]
        if any(t.lower() in _VOICE_WORDS for t in (tok.text for tok in tokens)):
            return True
        root = next((t for t in tokens if t.head == t.i), None)
        if root is None:
            return False
        tenses = [root.tag] + [
            self.tokens[c].tag for c in self.children[root.i] if self.tokens[c].dep in ("aux", "auxpass")
        ]
        return any(tag in ("VBZ", "VBP") for tag in tenses) or "MD" in tenses

    def _claims_sentence(self, candidate: Candidate) -> bool:
        """An attribution that owns its sentence: speech, writing or a source, by a third person."""
        if candidate.cue is None or candidate.cue_class not in _SPEAKERLESS_CLASSES:
            return False
        if candidate.speaker is None:
            return True
        return self.a.text[candidate.speaker[0] : candidate.speaker[1]].lower() not in _INNER_SPEAKERS

    def _claimed(self, sentence, claims: list[Candidate], current: Candidate) -> bool:
        return any(
            c is not current
            and c.cue is not None
            and sentence.start <= c.cue[0] < sentence.end
            or (c is not current and c.start < sentence.end and sentence.start < c.end)
            for c in claims
        )

    # -- helpers -----------------------------------------------------------------
    def _emit(
        self,
        parts: list[Offsets],
        kind: QuoteKind,
        cue: Offsets,
        match: CueMatch,
        speaker_head: int | None,
        lemma: str | None = None,
        clip: bool = True,
        speakerless: bool = False,
        source: str = SOURCE,
        negated: bool = False,
        describes: bool = False,
    ) -> None:
        if clip:
            index = self.tokens[match.head].sent
            sentence = self.a.sentences[index]
            low, high = sentence.start, sentence.end
            if self._cut_off_at_comma(index):
                low = self.a.sentences[index - 1].start  # ", the airline said.": the sentence before is the clause
            paragraph = self.a.paragraph_at(self.tokens[match.head].start)
            if paragraph is not None:
                low, high = max(low, paragraph[0]), min(high, paragraph[1])
            parts = [self._cut_trailing_acts(max(s, low), min(e, high), match.head) for s, e in parts]
            if parts and kind != QuoteKind.DIRECT:
                parts[-1] = self._cut_anonymity(*parts[-1])
            if parts and kind == QuoteKind.INDIRECT and parts[-1][1] > cue[0]:
                # a gloss closes a content after its cue; before it ("A, which B, according to X") X sources both
                parts[-1] = self._cut_object_gloss(*self._cut_trailing_aside(*parts[-1]), indefinite=True)
            if parts and parts[-1][1] > parts[-1][0]:
                paragraph_end = paragraph[1] if paragraph is not None else len(self.a.text)
                parts[-1] = (parts[-1][0], self._over_false_breaks(parts[-1][1], sentence, paragraph_end))
                if cue[1] <= parts[-1][0]:
                    parts[-1] = _to_closing_mark(self.a, self._run_on(parts[-1], kind, match, source, sentence, high))
        parts = sorted(parts)
        parts = [p for p in parts if p[1] > p[0]]
        if parts and speaker_head is not None and kind != QuoteKind.DIRECT:
            parts = self._lead_before_aside(parts, cue, speaker_head) + parts
        if speaker_head is None and match.cls not in _SPEAKERLESS_CLASSES and not speakerless:
            return  # "thought to be past their prime": a position nobody holds in the text
        if not parts:
            return
        if self._absorb_fragments(parts, kind, cue, match, speaker_head, lemma):
            return
        if self._is_taken(parts):
            return
        if _wholly_quoted(self.a.text, parts):
            if self._is_taken(parts) or self._overlaps_taken(parts):
                return  # a direct quote the direct finder already has
            kind = QuoteKind.DIRECT  # marks the direct finder did not pair (``''...,'' he said``): recovered here
        content = " ".join(self.a.text[s:e] for s, e in parts)
        if kind == QuoteKind.INDIRECT and _QUOTE_MARK.search(content):
            kind = QuoteKind.MIXED
            parts[-1] = self._close_open_mark(*parts[-1])
            parts[0] = self._open_closed_mark(*parts[0])
        speaker = self._mention(speaker_head) if speaker_head is not None else None
        if kind == QuoteKind.DIRECT and cue[0] >= parts[-1][1]:
            parts = parts + self._resumed_quote(max(cue[1], speaker[1] if speaker else 0))
        confidence = 0.7 if speaker is not None else 0.3
        self.out.append(
            Candidate(
                parts,
                kind,
                cue=cue,
                cue_lemma=lemma or match.lemma,
                cue_class=match.cls,
                speaker=speaker,
                speaker_token=speaker_head,
                confidence=confidence,
                source=source,
                negated=negated,
                describes=describes,
            )
        )

    def _lead_before_aside(self, parts: list[Offsets], cue: Offsets, speaker_head: int) -> list[Offsets]:
        """The sentence's opening before an attribution set off by commas: the content's first part.

        ``At times last year, aides said, the mere mention of her name made
        him fume``, ``It's a reminder, Rogers said, that the work is not
        done``: an attribution between two commas interrupts the reported
        sentence, so the words before it (an adverbial, an extraposed
        subject's clause, a noun the ``that`` clause completes) are what was
        said too, however the parser hangs the pieces. Only when the content
        opens right after the attribution's comma; not when the lead has a
        quotation or a cue of its own (``He hoped, he said, that ...``: that
        cue's attribution), ends on a word that needs the rest (``He left
        after, according to him, ...``: the attribution interrupts a phrase),
        or when a part stands before the attribution already. A connective
        opening the sentence stays out (``But there is a risk, ...``), and a
        spaced dash or a semicolon starts the lead anew.
        """
        opening = self.a.tokens_in(*parts[0])
        if not opening or opening[0].i == 0 or self.tokens[opening[0].i - 1].text != ",":
            return []  # cheap test first: most contents do not open after a comma
        mention = self._mention(speaker_head)
        attribution = min(cue[0], mention[0])
        if self.a.text[max(cue[1], mention[1]) : opening[0].start].strip() != ",":
            return []  # the content must open right after the attribution and its comma
        sentence = self.a.sentence_of(opening[0])
        before = self.a.tokens_in(sentence.start, attribution)
        if not before or before[-1].text != "," or before[-1].i <= sentence.first:
            return []
        breaks = [
            t.i
            for t in self.tokens[sentence.first : before[-1].i]
            if t.text in _LEAD_BREAKS and self.a.text[t.start - 1 : t.start].isspace()  # not "working-class"
        ]
        start = breaks[-1] + 1 if breaks else sentence.first  # "The bill bars it - a provision, X said, that ..."
        while start < before[-1].i and self.tokens[start].pos in ("CCONJ", "PUNCT"):
            start += 1  # "But there is a risk, some said, that ...": the connective is the reporter's
        lead = self.tokens[start : before[-1].i]
        if not lead or _QUOTE_MARK.search(self.a.text, lead[0].start, lead[-1].end):
            return []  # a quotation in the lead: a frame of its own
        if any(p[0] < before[-1].start for p in parts):
            return []  # a part before the attribution already
        if lead[-1].pos in ("ADP", "SCONJ", "CCONJ"):
            return []  # "He left after, according to him, ...": the attribution interrupts a phrase, not a sentence
        if any(cue_at(self.a, t.i) is not None for t in lead):
            return []  # "He hoped, he said, that ...": the lead's own cue takes the clause
        part = self._trimmed(start, before[-1].i)
        return [part] if part[1] > part[0] else []

    def _absorb_fragments(
        self,
        parts: list[Offsets],
        kind: QuoteKind,
        cue: Offsets,
        match: CueMatch,
        speaker_head: int | None,
        lemma: str | None,
    ) -> bool:
        """Turn unattributed quoted fragments inside this paraphrase into one mixed quote.

        ``She said they'd "build ladders of opportunity"``: the direct finder
        sees a free fragment with no speaker; the attribution is this cue's, and
        the quote is the whole paraphrase (kind ``mixed``). The taken candidate
        is updated in place (so the plugin's merge keeps one quote, not two);
        fragments that already have a speaker are left alone.
        """
        if not self.taken or speaker_head is None or kind != QuoteKind.INDIRECT:
            return False
        start, end = parts[0][0], parts[-1][1]
        index = bisect.bisect_left(self.taken_starts, start)
        inside = []
        for candidate in self.taken[index:]:
            if not candidate.parts:
                continue
            if candidate.start >= end:
                break
            if candidate.end > end + 2:
                return False
            inside.append(candidate)
        if not inside or any(c.speaker is not None or c.cue is not None for c in inside):
            return False
        content = sum(e - s for s, e in parts)
        quoted = sum(e - s for c in inside for s, e in c.parts)
        if quoted * 10 >= content * 9:
            return False  # the paraphrase is the quote itself: leave it direct, give it the speaker
        first = inside[0]
        first.parts = list(parts)
        first.kind = QuoteKind.MIXED
        first.cue, first.cue_lemma, first.cue_class = cue, lemma or match.lemma, match.cls
        first.speaker, first.speaker_token = self._mention(speaker_head), speaker_head
        first.confidence = 0.7
        first.source = f"{SOURCE}:mixed"
        for other in inside[1:]:
            other.parts = []  # now part of the mixed quote
        return True

    def _resumed_quote(self, after: int) -> list[Offsets]:
        """The second part of an interrupted quote right after its attribution (``'' he said, ''B.''``)."""
        opened = _RESUMED.match(self.a.text, after)
        if opened is None:
            return []
        closer = _CLOSERS[opened.group(1)]
        paragraph = self.a.paragraph_at(opened.end())
        limit = paragraph[1] if paragraph is not None else len(self.a.text)
        close = self.a.text.find(closer, opened.end(), limit)
        if close < 0:
            return []
        start, end = opened.end(), close
        while end > start and self.a.text[end - 1] in " ,.;:":
            end -= 1
        span = self._trim_chars(start, end)
        if span[1] <= span[0] or self._overlaps_taken([span]):
            return []
        return [span]

    def _announces_what_follows(self, parts: list[Offsets]) -> bool:
        """Whether a content is a noun phrase pointing ahead (``the following statement``, ``the following``).

        ``released the following statement:`` names the statement; its words
        are what the colon introduces, not the noun phrase.
        """
        if len(parts) != 1:
            return False
        tokens = self.a.tokens_in(*parts[0])
        return len(tokens) <= 4 and any(t.text.lower() == "following" for t in tokens[:2])

    def _only_a_pronoun(self, parts: list[Offsets]) -> bool:
        """Whether a content is one personal pronoun (``it``, ``them``): it names nothing that was said."""
        if len(parts) != 1:
            return False
        tokens = self.a.tokens_in(*parts[0])
        return len(tokens) == 1 and tokens[0].tag == "PRP"

    def _said_before(self, cue_start: int, speaker_head: int | None) -> bool:
        """Whether a quotation right before this cue is already its content (``"...," said X, ...``).

        The cue has said what it attributes; what the parser hangs after it is
        the inverted speaker (``said Robin Maynard, half joking``), a gloss on
        the speaker (``said X, who ...``) or the setting (``said of Apple``,
        ``said, answering a question``). A finite clause or a predicate with
        the cue's own subject (``"...," he said, calling it a disgrace``) is
        still a second content. The quotation must close the way
        an attributed one does (``," said``, ``?" she asked``) with at most
        the speaker between: a title in marks (``"Orange is the New Black"
        star X opened up about ...``) or a quote that ended its sentence is
        not this cue's.
        """
        index = bisect.bisect_right(self.taken_starts, cue_start)
        return any(
            c.cue is not None and c.cue[0] == cue_start and self._attributes(c, cue_start, speaker_head)
            for c in self.taken[max(0, index - 8) : index]
        )

    def _after_closing_mark(self, cue_start: int) -> bool:
        """Whether the cue follows a quotation closed the way an attributed one is (``,"`` ``?"`` ``!"``).

        ``"...," said Robin Maynard, half joking``, ``,'' said a former
        spokesman for the ministry, Oleg ...``: the speaker follows the cue,
        and when the parser did not make it the cue's subject it hangs it
        after the cue as if it were a clause. Without a subject, nothing
        after such a cue is content. The quotation must be a quote found
        (not a title in marks: ``promote "Celebrity Apprentice," note that
        ...``).
        """
        text = self.a.text
        index = bisect.bisect_right(self.taken_starts, cue_start)
        ends = [end for quote in self.taken[max(0, index - 8) : index] for _, end in quote.parts if end <= cue_start]
        for end in ends:  # any part: '"A," said X, half joking. "B."' is one quote of two parts
            closed = _ATTRIBUTED_CLOSE.match(text, end)
            if closed is None or closed.end() != cue_start:
                continue
            if closed.group(1) or text[end - 1 : end] in ("?", "!"):
                return True
        return False

    def _attributes(self, quote: Candidate, cue_start: int, speaker_head: int | None) -> bool:
        """Whether only ``,"`` (or ``?"``, ``!"``) and the speaker stand between a quote and its cue.

        The quote's part before the cue counts: ``"A," Ruiz said in an
        interview aired Monday. "B."`` is one quote whose second part follows.
        """
        text = self.a.text
        end = max((part_end for _, part_end in quote.parts if part_end <= cue_start), default=quote.end)
        closed = _ATTRIBUTED_CLOSE.match(text, end)
        if closed is None or closed.end() > cue_start:
            return False
        if not (closed.group(1) or text[end - 1 : end] in ("?", "!")):
            return False  # '"... base." While environmentalists welcomed ...': the quote ended its sentence
        between = text[closed.end() : cue_start]
        if not between.strip():
            return True  # '"...," said X': the speaker follows the cue
        speaker = self.tokens[speaker_head].start if speaker_head is not None else -1
        return closed.end() <= speaker < cue_start and not any(ch in between for ch in ".!?\n")

    def _overlaps_taken(self, parts: list[Offsets]) -> bool:
        start, end = parts[0][0], parts[-1][1]
        index = bisect.bisect_right(self.taken_starts, end)
        return any(c.parts and c.start < end and start < c.end for c in self.taken[max(0, index - 8) : index])

    def _is_taken(self, parts: list[Offsets]) -> bool:
        """Whether a direct quote already covers most of this content (then it is that quote)."""
        if not self.taken:
            return False
        size = sum(e - s for s, e in parts)
        start, end = parts[0][0], parts[-1][1]
        index = bisect.bisect_right(self.taken_starts, end)
        shared = 0
        for candidate in self.taken[max(0, index - 8) : index]:
            for cs, ce in candidate.parts:
                for s, e in parts:
                    shared += max(0, min(e, ce) - max(s, cs))
        return shared * 2 > size and start < end

    def _subjectless(self, clauses: list[int]) -> bool:
        """Whether the clauses the parser hangs after a cue are finite verbs with no subject of their own.

        After a quotation's cue (``"...," spokesman X said in a statement
        issued an hour before the event``, ``said in an interview aired
        Monday``, ``said X, who co-developed the system``) such a verb is a
        participle or relative clause of the setting or the speaker that the
        parser took for a complement: it states nothing anyone said. A
        clause with its subject (``"...," he said, it was over``) is a second
        content, and a participle without one is the cue's predicate, which
        ``complement`` already tells apart.
        """
        return bool(clauses) and all(self.tokens[c].tag in ("VBD", "VBN") and not self._has_subject(c) for c in clauses)

    def _has_subject(self, verb: int, active: bool = False) -> bool:
        deps = ("nsubj",) if active else _SUBJECT_DEPS
        return any(self.tokens[c].dep in deps for c in self.children[verb])

    def _spelled_out(self, verb: int) -> list[Offsets]:
        """``Farmers worried about three things, she said: feed, debt and ...``: what a colon after the cue lists.

        An attribution after the clause it reports may end with a colon; a
        list of things after it (nouns coordinated) spells out that clause
        (the three things), so it is the speaker's too: a second part of the
        content. Anything else after the colon (``The reason is simple, she
        said: people whose income ...``) may be the reporter's explanation,
        and stays out.
        """
        colon = verb + 1
        end = self.a.subtree(verb)[1]
        if colon + 1 >= end or self.tokens[colon].text != ":" or self.tokens[colon].head != verb:
            return []
        heads = [c for c in self.children[verb] if c > colon and self.tokens[c].pos != "PUNCT"]
        if not heads or any(self.tokens[c].pos not in ("NOUN", "PROPN", "NUM") for c in heads):
            return []
        if not any(self.tokens[k].dep == "conj" for c in heads for k in self.children[c]):
            return []
        part = self._trimmed(colon + 1, end)
        return [part] if part[1] > part[0] else []

    def _scene_setter(self, clause: int) -> bool:
        """``In an interview published this month, she hinted ...``: a fronted phrase parsed as the clause reported.

        The parser reads the participle of a phrase that opens with a
        preposition as a finite verb hung on the cue. What is said before a
        cue is a clause with a subject of its own (``The plan is dead, he
        said``); a prepositional phrase with no subject says where or when.
        """
        first = self.a.subtree(clause)[0]
        return self.tokens[first].pos == "ADP" and not any(
            self.tokens[c].dep in _SUBJECT_DEPS or self.tokens[c].dep == "expl" for c in self.children[clause]
        )

    def _cut_off_content(self, match: CueMatch) -> Offsets | None:
        """``..., the airline said.`` parsed as a sentence of its own: the sentence before is what was said.

        No sentence begins with a comma. When the parser ends one at the comma
        before a trailing attribution (after a dateline it took for the main
        clause, ``CALGARY — A flight ... returned ..., the airline said.``),
        the attribution is left with a subject, a speech verb and nothing
        said; what it reports is the sentence it was cut from, in the same
        paragraph.
        """
        verb = match.head
        tok = self.tokens[verb]
        if match.cls not in SPEECH_CLASSES or not self._cut_off_at_comma(tok.sent):
            return None
        if tok.head != verb or not self._has_subject(verb, active=True):
            return None
        if any(self.tokens[c].dep in _CLAUSE_DEPS or self.tokens[c].dep == "dobj" for c in self.children[verb]):
            return None
        previous = self.a.sentences[tok.sent - 1]
        return self._trimmed(previous.first, previous.last)

    def _cut_off_at_comma(self, index: int) -> bool:
        """Whether sentence ``index`` opens with a comma after a sentence of the same paragraph (a parser's cut)."""
        if index == 0 or self.tokens[self.a.sentences[index].first].text != ",":
            return False
        previous, sentence = self.a.sentences[index - 1], self.a.sentences[index]
        return "\n" not in self.a.text[previous.start : sentence.start]

    def _is_parenthetical(self, verb: int) -> bool:
        """``, he said,`` set off by commas inside or after the clause it reports (parsed as its dependent).

        The verb's object may only be whom it was said to (``Those steps, he
        told analysts, should save ...``): any other object is what was said.
        """
        tok = self.tokens[verb]
        if tok.dep not in ("parataxis", "ccomp") or tok.head == verb or not self._has_subject(verb, active=True):
            return False
        if any(
            self.tokens[c].dep in _CLAUSE_DEPS or (self.tokens[c].dep == "dobj" and not self._addressee(self.tokens[c]))
            for c in self.children[verb]
        ):
            return False
        first, last = self.a.subtree(verb)
        before = self.tokens[first - 1].text if first > 0 else ""
        return tok.dep == "parataxis" or before in (",", "--", "—", "–")

    def _attribution_cut(self, verb: int) -> tuple[int, int]:
        """Tokens ``[first, last)`` of a parenthetical attribution: from its subject to its last dependent.

        ``Those steps, he told analysts, should save ...``: the parser may hang
        the start of the reported clause on the cue (``steps`` as its
        modifier), so the cue's subtree would swallow it; only the subject,
        the verb and what follows it are the attribution.
        """
        first, last = self.a.subtree(verb)
        subjects = [c for c in self.children[verb] if self.tokens[c].dep in _SUBJECT_DEPS]
        if subjects:
            first = self.a.subtree(subjects[0])[0]
        return min(first, verb), last

    def _as_aside(self, match: CueMatch) -> bool:
        """``As the Post reported, the deal is off`` / ``..., as the mayor noted``: an attribution aside.

        The cue is an ``as`` clause hung on the clause it reports (parsed as
        its adverbial clause), with a subject of its own, a verb of saying,
        writing or showing in a simple tense, and nothing said inside it. An
        ``as`` clause is more often a time (``as the crowd screamed``, ``as
        the night went on``, ``as she talked about the plan``): progressive
        forms, phrasal cues and cues with a complement of their own are left
        to that reading, and so are ``as`` clauses not set off by a comma
        or whose verb has a partner (``as voters responded to ...``, ``as
        she joked with a friend``).
        """
        verb = match.head
        tok = self.tokens[verb]
        if tok.dep != "advcl" or tok.head == verb or not self._has_subject(verb, active=True):
            return False
        if match.cls not in _ASIDE_CLASSES or len(match.tokens) > 1 or tok.tag == "VBG":
            return False
        first, last = self.a.subtree(verb)
        if self.tokens[first].text.lower() != "as" or self.tokens[first].dep != "mark":
            return False
        if not self._set_off(first, last, before=tok.head > verb):
            return False  # "jabbing her finger as she said", "rode the crowd as he replied": a time
        return not any(
            self._is_complement(c) or self.tokens[c].text.lower() in _ASIDE_NOT_PREPS
            for c in self.children[verb]
            if c > verb
        )

    def _wording(self, token: Token) -> None:
        """``As the Post's columnist puts it, Obama is trying ...``: the clause the aside hangs on is the content.

        An ``as`` clause on the wording (:func:`.cues.wording_aside`), set off
        by a comma, attributes the clause it is hung on as ``As the Herald
        reported, ...`` does (:meth:`_as_aside`), whatever its verb. A
        quotation there is the direct finder's.
        """
        verb = token.i
        first, last = self.a.subtree(verb)
        if token.head == verb or not self._set_off(first, last, before=token.head > verb):
            return
        subject = next(c for c in self.children[verb] if self.tokens[c].dep in ("nsubj", "nsubjpass"))
        cue = Cue(token.lemma.lower(), "verb", "speech")
        match = CueMatch(token.start, token.end, verb, (verb,), cue)
        parts = self._around(token.head, verb)
        self._emit(parts, QuoteKind.INDIRECT, (token.start, token.end), match, subject, source=f"{SOURCE}:inverted")

    def _set_off(self, first: int, last: int, before: bool) -> bool:
        """Whether tokens ``[first, last)`` are set off by a comma from the clause they precede or follow."""
        if before:  # the comma may be the clause's own last token or the next one
            return self.tokens[last - 1].text == "," or (last < len(self.tokens) and self.tokens[last].text == ",")
        return first > 0 and self.tokens[first - 1].text == ","

    def _speaker_of(self, verb: int) -> int | None:
        """Head token of the source: the subject, an agent (``by X``), or the subject inherited up the tree."""
        current = verb
        if self.tokens[verb].tag == "VB" and self.tokens[verb].dep == "root":
            return None  # an imperative ("Ask yourself ...", "Call it ...") has no source
        quoted = self._quoted_one(verb)
        if quoted is not None:
            return quoted
        if self._is_passive_participle(verb):
            return None  # "Asked about the poll, she said ...": she was asked; who asked is not said
        active_conjunct = False  # climbed from an active verb conjoined to this one
        for _ in range(5):
            tok = self.tokens[current]
            kids = self.children[current]
            shared = self._shared_passive_subject(current) if active_conjunct else None
            if shared is not None:
                return shared  # "FBI officials were angered by the deal and predicted ...": the officials predicted
            for child in kids:
                dep = self.tokens[child].dep
                if dep in ("nsubj", "csubj") and not self._lead_in(child, kids):
                    return child  # "Lee, who said": the subject as written (``who``); the resolver finds Lee
                if dep == "agent":
                    pobj = self._pobj(child)
                    if pobj is not None:
                        return pobj
            if any(self.tokens[c].dep == "nsubjpass" for c in kids):
                return None
            if tok.dep in ("relcl", "acl") and tok.head != current:
                if current == verb and self._reduced_passive(verb):
                    return None  # "a community known to be supportive": the community is what is known
                noun = self.tokens[tok.head]
                purpose = self._purpose_of(noun)
                if purpose is not None:
                    current = purpose  # "X mentioned it in order to show ...": X shows, never "order"
                    continue
                if noun.dep in ("dobj", "obj") and noun.head != noun.i and lexicon().message(noun.lemma) is not None:
                    current = noun.head  # "the agency issued a statement saying ...": the agency speaks
                    continue
                if self._addressee(noun):
                    current = noun.head  # "the senator emailed supporters saying ...": the one emailing speaks
                    continue
                return tok.head  # "officials who said", "a statement saying", "polls showing"
            if tok.dep in _INHERIT_DEPS and tok.head != current:
                head = self.tokens[tok.head]
                controller = self._controller(tok, head)
                if controller is not None:
                    return controller  # "the results will force Sanders to acknowledge ...": Sanders acknowledges
                if (reporter := reporter_of_conjunct(self.a, tok)) is not None:
                    current = reporter  # "X said Y and vowed Z": vowed is X's, not Y's
                elif (reporter := self._reporter_participle(tok, head)) is not None:
                    current = reporter  # "X denied that Y had lied, saying Z": saying is X's
                else:
                    active_conjunct = tok.dep == "conj" and tok.tag in ("VBD", "VBZ", "VBP")
                    current = tok.head
                continue
            return self._name_before(current) if current == verb and tok.dep == "root" else None
        return None

    def _purpose_of(self, noun: Token) -> int | None:
        """The verb a purpose phrase ``in order to ...`` modifies, when ``noun`` is its ``order``.

        The parser reads ``in order to show`` as the noun ``order`` with an
        infinitive clause, so the subject search stopped on ``order`` as if
        it were ``a statement saying``. The phrase is a fixed adverbial of
        purpose: whoever does the main clause's act (``Ortiz mentioned her
        brother's stake in order to show ...``) is the one who shows.
        """
        if noun.text.lower() != "order":
            return None
        preposition = self.tokens[noun.head]
        if noun.dep != "pobj" or preposition.text.lower() != "in" or preposition.head == preposition.i:
            return None
        return preposition.head

    def _lead_in(self, subject: int, siblings: Sequence[int]) -> bool:
        """``Correction: An earlier version of this story indicated``: a phrase set off before the subject.

        The parser gives the verb two subjects: a label before a colon
        (``Correction``, ``Editor's Note``) that names the kind of paragraph,
        or a fronted phrase before a comma (``Cross-referencing voting
        records ..., the researchers found``). A clause has one subject, the
        one after the colon or comma, next to its verb.
        """
        _, end = self.a.subtree(subject)
        mark = next((i for i in (end - 1, end) if i < len(self.tokens) and self.tokens[i].text in (":", ",")), None)
        if mark is None:
            return False
        later = [c for c in siblings if c > mark and self.tokens[c].dep in ("nsubj", "csubj")]
        if self.tokens[mark].text == ":":
            return bool(later)
        return bool(later) and self._fronted(subject, later[0], mark)

    def _fronted(self, first: int, second: int, comma: int) -> bool:
        """Whether ``first, second <verb>`` is a fronted phrase and the subject, not a list or a name.

        Not when the second is coordinated (``45% of Republicans, 28% of
        independents and 12% of Democrats say``), the first is a relative
        pronoun, the second comes after the verb, or the comma is inside a
        name or the second is a place (``the University of California,
        Berkeley suggest``, ``voters in Alabama, Georgia``).
        """
        tokens = self.tokens
        verb = tokens[second].head
        if second > verb or tokens[first].text.lower() in RELATIVE_PRONOUNS or self.a.entity_at(comma) is not None:
            return False
        if any(tokens[c].dep in ("conj", "cc") for c in self.children[second]):
            return False  # the list goes on after the comma
        return tokens[second].ent not in ("GPE", "LOC")

    def _controller(self, tok: Token, head: Token) -> int | None:
        """The object that is the subject of an infinitive it controls: ``force Sanders to acknowledge``,
        ``led some members to speculate``, ``prompted Rubio to make a joke and call Trump flexible``.

        Object control: after verbs of causing (``_OBJECT_CONTROL``) the
        infinitive's unwritten subject is their object, who then does it. After
        verbs of asking (``pushes Democrats to reject the deal``) the object
        has done nothing yet and the position is the asker's, so they keep
        their subject, as do purposes (``invented superdelegates to stop
        ...``) and promises (``promised voters to cut taxes``). Only an object that can speak (a
        person, group or organization, a pronoun for one, or people counted: ``some``,
        ``others``); a clause hung on
        the infinitive is the object's too (``forced the mayor to admit ...,
        saying ...``).
        """
        if tok.dep != "xcomp" or head.lemma.lower() not in _OBJECT_CONTROL:
            return None
        for child in self.children[head.i]:
            kid = self.tokens[child]
            if kid.dep not in ("dobj", "obj") or kid.i > tok.i:
                continue
            word = kid.text.lower()
            if word in QUANTIFIER_PRONOUNS:
                return child  # "led some to speculate", "left others to wonder": people counted, not named
            if kid.pos == "PRON":
                return child if word in _PERSONAL_OBJECTS else None
            first, _ = self.a.subtree(child)
            if source_class(self.a, self.tokens[first : kid.i + 1], kid) in ("person", "group", "organization"):
                return child
        return None

    def _name_before(self, verb: int) -> int | None:
        """``In a post on X, an engineer, Laura Brandt, said``: a person named just before a subjectless verb.

        The parser hung the subject on the fronted phrase (``LinkedIn``) and
        left the verb with none; the name that ends right before the verb
        (a comma between) is its subject in any reading.
        """
        before = verb - 1
        if before >= 0 and self.tokens[before].text == ",":
            before = self._owner_of_appositive(before - 1)
        entity = self.a.entity_at(before) if before >= 0 else None
        if entity is None or entity.label != "PERSON" or entity.last - 1 != before:
            return None
        return before

    def _owner_of_appositive(self, end: int) -> int:
        """The name a common-noun appositive ending at token ``end`` is set off from by commas (``Ana Ruiz,
        a spokeswoman for the ministry,``), else ``end``: the name is the subject of a verb after it.

        An appositive that is itself a name (``his wife, Hillary Clinton,``)
        names the one it describes, who may be the speaker: it stays.
        """
        current = end
        for _ in range(8 if end >= 0 else 0):
            tok = self.tokens[current]
            first, last = self.a.subtree(current)
            if tok.dep == "appos" and tok.head < current and last - 1 == end:
                named = tok.ent == "PERSON" or self.tokens[first - 1].text != ","
                return end if named else tok.head
            if tok.head == current:
                return end
            current = tok.head
        return end

    def _addressee(self, noun: Token) -> bool:
        """Whether ``noun`` is who a verb of addressing speaks to (``emailed supporters``, ``told reporters``)."""
        if noun.dep not in ("dobj", "obj", "dative") or noun.head == noun.i:
            return False
        return self.tokens[noun.head].lemma.lower() in _ADDRESSING

    def _shared_passive_subject(self, verb: int) -> int | None:
        """The subject of a passive verb, which an active verb conjoined to it shares (not its ``by`` agent)."""
        for child in self.children[verb]:
            if self.tokens[child].dep == "nsubjpass":
                return child
        return None

    def _after_comma(self, i: int) -> bool:
        """Whether the word at ``i`` follows a comma, or a comma and the quotation mark closing a quote
        (``said things "should be wrapped up by Cleveland," referring to``)."""
        before = i - 1
        if before >= 0 and self.tokens[before].text in _CLOSING_MARKS:
            before -= 1
        return before >= 0 and self.tokens[before].text == ","

    def _reporter_participle(self, tok: Token, head: Token) -> int | None:
        """The reporting verb a participle set off after a reported clause belongs to, if any.

        ``X denied that Y had lied, saying ...``, ``X dismissed claims that Y
        had misled voters, saying ...``: the parser hangs the participle on the
        reported verb, but the words are the reporter's. A reported verb that
        reports itself (``..., Ortiz added, saying``) keeps its participle.
        """
        if tok.dep != "advcl" or tok.tag != "VBG" or not self._after_comma(tok.i):
            return None
        if head.head == head.i or cue_at(self.a, head.i) is not None:
            return None
        reporter = head.head
        if head.dep == "acl":  # "claims that Y had misled": through the noun the clause completes
            noun = self.tokens[head.head]
            if noun.dep not in ("dobj", "obj") or noun.head == noun.i:
                return None
            reporter = noun.head
        elif head.dep != "ccomp":
            return None
        if reporter > head.i or cue_at(self.a, reporter) is None or not self._has_subject(reporter, active=True):
            return None
        return reporter

    def _as_saying(self, index: int) -> bool:
        """``as saying`` / ``as telling``: an ``as`` whose complement is a speech participle."""
        if self.tokens[index].text.lower() != "as":
            return False
        return any(
            self.tokens[c].tag == "VBG" and self.tokens[c].lemma in _QUOTED_AS_SPEECH for c in self.children[index]
        )

    def _quoted_one(self, verb: int) -> int | None:
        """``The mayor was quoted as saying`` / ``quoted the mayor as saying``: the one quoted is the source.

        The participle's own subject is missing; the verb it hangs on
        (``quote``, ``cite``) names who reported it, and its passive subject
        or object who said it.
        """
        tok = self.tokens[verb]
        if tok.tag != "VBG" or tok.lemma not in _QUOTED_AS_SPEECH:
            return None
        marker = tok.head
        if self.tokens[marker].text.lower() != "as" or marker == verb:
            return None
        reporting = self.tokens[marker].head
        if reporting == marker or self.tokens[reporting].lemma not in _QUOTING_VERBS:
            return None
        for dep in ("nsubjpass", "dobj"):
            found = next((c for c in self.children[reporting] if self.tokens[c].dep == dep), None)
            if found is not None:
                return found
        return None

    def _is_passive_participle(self, verb: int) -> bool:
        """A subjectless past participle heading an adverbial clause (``Asked ...``, ``when told that ...``).

        Its understood subject is the one spoken to, so inheriting the main
        clause's subject would make the addressee the speaker.
        """
        tok = self.tokens[verb]
        if tok.dep != "advcl" or self._has_subject(verb):
            return False
        if tok.tag == "VBD":  # "Asked what ..., Osei suggested": a participle tagged as a past tense
            first = self.a.subtree(verb)[0]
            opener = self.tokens[first].text.lower()
            if first != verb and not (first == verb - 1 and opener in _PARTICIPLE_OPENERS):
                return False
        elif tok.tag != "VBN":
            return False
        auxiliaries = (self.tokens[c] for c in self.children[verb] if self.tokens[c].dep == "aux")
        return not any(aux.lemma.lower() in ("have", "be", "do") for aux in auxiliaries)

    def _reduced_passive(self, verb: int) -> bool:
        """A past participle after the noun it modifies: ``the man accused of buying the guns``.

        English reads it as a passive relative clause with its ``who was``
        left out (``a community known to be supportive``, ``a proposal
        intended to embarrass them``, ``the states expected to be pivotal``):
        the noun is who or what is accused, known or expected, not who
        accuses, knows or expects, and the clause does not name that one
        (an agent, ``by X``, is taken before this is asked): the words stay an
        attribution with no source named, as ``it is expected that`` is. A
        participle with an object, a predicate or a clause of its own is a
        finite verb the tagger read as one (``Beruff, a Scott ally, called
        Florida's standards "strong"``), and keeps its noun as the subject;
        so does a noun a participle only leads to (``the one impassioned in
        blasting me``, ``voters inclined to support him``: the cue is theirs),
        and a clause with words before its verb other than an adverb
        (``widely expected``) is a full relative the parser cut short.
        """
        tok = self.tokens[verb]
        if tok.dep != "acl" or tok.tag != "VBN" or tok.head > verb:
            return False
        between = self.tokens[tok.head + 1 : verb]
        if any(t.tag in _WH_TAGS or t.text.lower() == "that" for t in between):
            return False  # "a position that Warren ... advocated": a full relative clause, its subject misparsed
        if any(self.tokens[i].pos != "ADV" for i in range(self.a.subtree(verb)[0], verb)):
            return False
        return not any(self.tokens[c].dep in _ACTIVE_COMPLEMENTS for c in self.children[verb])

    def _pobj(self, prep: int) -> int | None:
        for child in self.children[prep]:
            dep = self.tokens[child].dep
            if dep == "pobj":
                return child
            if dep == "prep":
                found = self._pobj(child)
                if found is not None:
                    return found
        return None

    def _clause_of(self, index: int) -> int | None:
        """The nearest verbal ancestor of ``index`` (the clause a modifier belongs to).

        An auxiliary is not a clause of its own: in ``According to the poll,
        the senator is once again leading`` the parser may hang the phrase on
        ``is``, whose subtree stops there; the clause is its verb's.
        """
        current = self.tokens[index].head
        for _ in range(6):
            tok = self.tokens[current]
            if tok.dep in ("aux", "auxpass") and tok.head != tok.i:
                current = tok.head
                continue
            if tok.pos in ("VERB", "AUX") or tok.dep == "root" or tok.head == tok.i:
                return current
            current = tok.head
        return None

    def _mention(self, head: int) -> Offsets:
        """Character range of the noun phrase headed by ``head``, appositives and relative clauses left out.

        The clause that says which document a document noun is stays
        (``figures released by the health authority``,
        :func:`.sources.whose_document`). A description's appositive name stays (``the columnist, Ruth Marek``,
        :func:`.sources.carried_name`): it is where the text says who speaks.
        """
        first = last = head
        stack = [head]
        document = whose_document(self.a, self.tokens[head])  # "figures released by ...": which figures
        while stack:
            node = stack.pop()
            for child in self.children[node]:
                dep = self.tokens[child].dep
                whose = node == head and document is not None and child == document.i
                if child < head or node != head or dep in _MENTION_RIGHT or dep in ("prep", "pobj", "det") or whose:
                    if (
                        child > head
                        and node == head
                        and dep == "prep"
                        and self.tokens[child].text.lower() != "of"
                        and not self._where_from(head, child)
                    ):
                        continue
                    if dep in ("appos", "relcl", "acl", "punct", "advmod") and child > head and not whose:
                        continue
                    first, last = min(first, child), max(last, child)
                    stack.append(child)
        named = carried_name(self.a, self.tokens[head])
        if named is not None:  # "the columnist, Ruth Marek, said": the name says who speaks
            last = max(last, named[1] - 1)
        while last > first and self.tokens[last].pos == "PUNCT":
            last -= 1
        while first < last and self.tokens[first].pos == "PUNCT":
            first += 1
        return after_outside_quotation(self.a, self.tokens[first].start, self.tokens[head].start), self.tokens[last].end

    def _where_from(self, head: int, prep: int) -> bool:
        """``A senior official at the regulator``: for an unnamed source, where it is from belongs to the mention.

        Only after a common noun (a name needs no such tail) and before an
        organization (``at the regulator``, ``in the textiles ministry``):
        without it, "a senior official" says nothing a reader could count.
        """
        if self.tokens[head].pos != "NOUN" or self.tokens[prep].text.lower() not in ("at", "in", "from", "with"):
            return False
        objects = [c for c in self.children[prep] if self.tokens[c].dep == "pobj"]
        if not objects:
            return False
        obj = self.tokens[objects[0]]
        return obj.ent == "ORG" or (obj.pos == "NOUN" and nouns.noun_class(obj.text, obj.lemma) == "organization")

    def _trimmed(self, first: int, last: int) -> Offsets:
        """Character range of tokens ``[first, last)`` with punctuation and quote marks trimmed at both ends."""
        while first < last and _trim_token(self.tokens[first]):
            first += 1
        while last > first and (
            self.tokens[last - 1].pos == "CCONJ"  # 'she had met him twice but [said ...]': the cut conjunct's word
            or (_trim_token(self.tokens[last - 1]) and not self._closes_bracket(first, last - 1))
        ):
            last -= 1
        if last <= first:
            return (0, 0)
        return self.tokens[first].start, self.tokens[last - 1].end

    def _closes_bracket(self, first: int, index: int) -> bool:
        """Whether token ``index`` closes a bracket opened in ``[first, index)``: ``Sen. Ted Cruz (R-Texas)``.

        Trimming it would leave the content ending inside the brackets (``(R-Texas``).
        """
        closing = self.tokens[index].text
        opening = _BRACKETS.get(closing)
        if opening is None:
            return False
        words = [self.tokens[i].text for i in range(first, index)]
        return words.count(opening) > words.count(closing)

    def _trim_chars(self, start: int, end: int) -> Offsets:
        text = self.a.text
        while start < end and (text[start].isspace() or text[start] in "\"“”‘’'«»,;:—–-"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in "\"“”‘’'«»,;:—–-"):
            end -= 1
        return start, end

    def _deduplicated(self) -> list[Candidate]:
        """Identical contents once; attributions whose cue stands inside another quote's content left out.

        News attribution is annotated flat (PolNeAR has no attribution inside
        another's content): in ``X said Y wants Z`` the position is X's report,
        and ``I think`` inside a quote is part of the quote.
        """
        seen: set[tuple[Offsets, ...]] = set()
        kept = []
        contents = sorted((s, e) for c in list(self.out) + list(self.taken) for s, e in c.parts)
        content_starts = [s for s, _ in contents]
        for candidate in sorted(self.out, key=lambda c: (c.start, c.end)):
            key = tuple(candidate.parts)
            if key in seen or (candidate.cue is not None and _inside_any(candidate.cue, contents, content_starts)):
                continue
            seen.add(key)
            kept.append(candidate)
        return kept


def _inside_any(span: Offsets, contents: list[Offsets], starts: list[int]) -> bool:
    """Whether ``span`` lies within one of the sorted ``contents`` ranges."""
    index = bisect.bisect_right(starts, span[0])
    return any(s <= span[0] and span[1] <= e for s, e in contents[max(0, index - 16) : index])


def _open_quotation(analysis: Analysis, start: int, end: int) -> marks.Segment | None:
    """The quotation opened inside ``[start, end)`` and not closed by ``end`` (double marks only).

    Read from the core scanner, so a closing mark is not taken for an opening
    one; a quotation opened before ``start`` is not this content's (the
    content begins inside it) and gives ``None``.
    """
    segment = analysis.quotations.at(end)
    if segment is None or not start <= segment.open < end or segment.style not in marks.DOUBLE_STYLES:
        return None
    return segment


def _to_closing_mark(analysis: Analysis, part: Offsets) -> Offsets:
    """``part`` run on to the mark that closes a quotation it opens, within the paragraph.

    ``she said that "not everyone can afford, or wants, to drive. That is
    why transit matters."``: the words in marks are the speaker's own, so a
    content that opens them ends where they close, over sentence ends and
    over the cuts made for the reporter's words (``, asking ...``, ``and
    vowed ...``), which do not apply inside a quotation. Without a closing
    mark in the paragraph the content is left as it is.
    """
    opened = _open_quotation(analysis, *part)
    if opened is None or not opened.closed:
        return part
    return part[0], marks.mark_end(analysis.text, opened)


_BRACKETS = {")": "(", "]": "["}


def _trim_token(token: Token) -> bool:
    return token.pos == "PUNCT" or token.text in ("''", "``") or token.pos == "SPACE" or not token.text.strip()


def _wholly_quoted(text: str, parts: Iterable[Offsets]) -> bool:
    """Whether the content is one quotation from its first word to its last (marks just outside it)."""
    parts = list(parts)
    if len(parts) > 1:
        return all(_wholly_quoted(text, [part]) for part in parts)
    start, end = parts[0][0], parts[-1][1]
    before = text[max(0, start - 3) : start].rstrip()
    after = text[end : end + 4].lstrip(" ,.?!;:")
    if not before or not after or _DOUBLE_MARKS.search(text[start:end]):
        return False
    return bool(_QUOTE_MARK.fullmatch(before[-1]) or before.endswith(("``", "''"))) and bool(_QUOTE_MARK.match(after))
