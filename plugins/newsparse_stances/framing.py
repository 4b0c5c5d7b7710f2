"""How the reporter's attribution cue frames a source.

Journalism style guides (AP, Reuters) and the linguistics of reporting
verbs (Bergler's evidential verbs; factive vs non-factive verbs) agree on
four groups: ``said``/``told`` report without comment; ``noted``,
``pointed out``, ``acknowledged`` present the content as true (factive);
``claimed``, ``alleged``, ``insisted`` put the reporter at a distance;
``warned``, ``lamented``, ``blasted`` colour the source's state of mind.

The framing is read from the lemma of the cue's verb (the cue span as the
quotes plugin found it), its particle ("point out") and adverbs that
modify it: "falsely said" and "claimed without evidence" are distancing
whatever the verb; "rightly noted" endorsing; "angrily said" emotive.
"""

from __future__ import annotations

from newsparse import Analysis, Framing, Quote, Token

NEUTRAL = frozenset(
    """say tell state add report announce write speak reply respond answer comment ask describe mention
    continue remark testify explain argue suggest believe think feel expect predict estimate say_so declare
    according_to put call tweet post email text signal indicate propose recommend vow pledge promise
    deny disclose detail brief inform quote cite reiterate repeat stress emphasize emphasise underline
    underscore outline summarize summarise predict forecast conclude add_that""".split()
)
ENDORSING = frozenset(
    """note point_out acknowledge admit concede confirm observe recognize recognise reveal show
    demonstrate establish find prove recall clarify correct verify document explain_that""".split()
)
DISTANCING = frozenset(
    """claim allege insist contend purport maintain assert profess boast brag charge speculate
    theorize theorise posit""".split()
)
EMOTIVE = frozenset(
    """warn lament complain fume blast slam rail decry deplore bemoan bewail grumble moan whine
    cry exclaim scream shout yell plead beg implore urge fear worry hope rage sneer scoff mock taunt
    gush rave cheer hail praise applaud welcome celebrate condemn denounce criticize criticise lash
    attack accuse threaten protest sigh sob snap thunder""".split()
)

DISTANCING_ADVERBS = frozenset(
    {"falsely", "wrongly", "baselessly", "incorrectly", "erroneously", "misleadingly", "dubiously", "unfoundedly"}
)
ENDORSING_ADVERBS = frozenset({"rightly", "correctly", "accurately", "aptly", "truthfully", "wisely"})
EMOTIVE_ADVERBS = frozenset(
    {"angrily", "bitterly", "tearfully", "emotionally", "furiously", "sadly", "gleefully", "defiantly", "sharply"}
)
#: Nouns after "without" that mark an unsupported claim ("said without evidence").
UNSUPPORTED = frozenset({"evidence", "proof", "basis", "substantiation"})

_CLASSES: tuple[tuple[frozenset[str], Framing], ...] = (
    (DISTANCING, Framing.DISTANCING),
    (ENDORSING, Framing.ENDORSING),
    (EMOTIVE, Framing.EMOTIVE),
    (NEUTRAL, Framing.NEUTRAL),
)


def framing_of_lemma(lemma: str) -> Framing | None:
    """The framing of a cue lemma (``"point_out"`` for phrasal verbs), or ``None`` if unknown."""
    key = lemma.lower().replace(" ", "_")
    for words, framing in _CLASSES:
        if key in words:
            return framing
    return None


def cue_verb(analysis: Analysis, quote: Quote) -> Token | None:
    """The verb of the quote's cue span (the first verb, else its first content token)."""
    if quote.cue is None:
        return None
    tokens = [t for t in analysis.tokens_in(quote.cue.start, quote.cue.end) if t.pos not in {"PUNCT", "SPACE"}]
    if not tokens:
        return None
    return next((t for t in tokens if t.pos == "VERB"), next((t for t in tokens if t.pos != "AUX"), tokens[0]))


def cue_lemma(analysis: Analysis, quote: Quote) -> str | None:
    """``say``, ``point_out``, ``according_to``: the cue's lemma with its particle."""
    verb = cue_verb(analysis, quote)
    if verb is None:
        return None
    return _verb_lemma(analysis, verb)


def _verb_lemma(analysis: Analysis, verb: Token) -> str:
    """The cue verb's lemma with its particle (:func:`cue_lemma` once the verb is found)."""
    lemma = verb.lemma.lower()
    if verb.lemma.lower() == "accord" or verb.text.lower() == "according":
        return "according_to"
    particles = [analysis.tokens[c] for c in analysis.children[verb.i] if analysis.tokens[c].dep == "prt"]
    if particles:
        lemma = f"{lemma}_{particles[0].text.lower()}"
    return lemma


def _adverb_framing(analysis: Analysis, verb: Token) -> Framing | None:
    """Framing imposed by the cue's modifiers: "falsely claimed", "said without evidence"."""
    for child in analysis.children[verb.i]:
        token = analysis.tokens[child]
        word = token.text.lower()
        if word in DISTANCING_ADVERBS:
            return Framing.DISTANCING
        if word == "without" and any(analysis.tokens[g].lemma.lower() in UNSUPPORTED for g in analysis.children[child]):
            return Framing.DISTANCING
        if word in ENDORSING_ADVERBS:
            return Framing.ENDORSING
        if word in EMOTIVE_ADVERBS:
            return Framing.EMOTIVE
    return None


def framing_of(analysis: Analysis, quote: Quote) -> Framing | None:
    """The framing of ``quote``'s cue; ``None`` when it has no cue.

    An unknown verb is ``neutral``: most reporting verbs missing from the
    lists ("replied", "wrote back") report without comment.
    """
    verb = cue_verb(analysis, quote)
    if verb is None:
        return None
    by_adverb = _adverb_framing(analysis, verb)
    if by_adverb is not None:
        return by_adverb
    lemma = _verb_lemma(analysis, verb)  # the verb found above: not looked for again
    framing = framing_of_lemma(lemma)
    if framing is None and "_" in lemma:
        framing = framing_of_lemma(lemma.split("_", 1)[0])
    if framing is None and lemma != verb.lemma.lower():
        framing = framing_of_lemma(verb.lemma)
    return framing or Framing.NEUTRAL
