"""Past or future: the tense of the verb that governs a temporal expression.

"will meet in November" is next November, "met in November" the last one.
We climb the dependency tree from the expression to its governing verb and
read its tag and auxiliaries (``will``, ``'ll``, ``going to``, ``did``,
``has``); verbs of planning (``expected to``, ``plans to``, ``scheduled
for``) point to the future even in the past tense. Without a verb we fall
back on the sentence's first finite verb. Only the backend-neutral
:class:`~newsparse.analysis.Analysis` is read, so spaCy and stanza agree.
"""

from __future__ import annotations

from newsparse import Analysis, Token

PAST, PRESENT, FUTURE = -1, 0, 1
NONE = None

_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "ll"})
_CONDITIONAL_AUX = frozenset({"would", "could", "might", "may", "should", "can", "must", "'d"})
_PLANNING = frozenset(
    {
        "expect",
        "plan",
        "intend",
        "aim",
        "hope",
        "prepare",
        "propose",
        "seek",
        "want",
        "agree",
        "promise",
        "pledge",
        "vow",
        "threaten",
        "forecast",
        "project",
        "predict",
        "decide",
        "vote",
    }
)
#: Participles that place their complement in the future on their own ("scheduled for November").
_SCHEDULED = frozenset({"schedule", "set", "due", "slate", "expect", "plan"})
_PAST_TAGS = frozenset({"VBD"})
_AUX_DEPS = frozenset({"aux", "aux:pass", "auxpass"})
_MAX_CLIMB = 8


def _governing_verb(analysis: Analysis, token: Token) -> Token | None:
    """The nearest verb (or auxiliary-bearing predicate) above ``token``."""
    current = token
    for _ in range(_MAX_CLIMB):
        if current.pos in ("VERB", "AUX") and current is not token:
            return current
        if current.head == current.i:
            return current if current.pos in ("VERB", "AUX") else None
        current = analysis.tokens[current.head]
    return None


def _aux_children(analysis: Analysis, verb: Token) -> list[Token]:
    return [analysis.tokens[i] for i in analysis.children[verb.i] if analysis.tokens[i].dep in _AUX_DEPS]


def verb_tense(analysis: Analysis, verb: Token, via_complement: bool = False) -> int | None:
    """PAST, PRESENT or FUTURE of one verb group, from its auxiliaries and tag.

    ``via_complement``: the expression hangs from this verb's complement
    ("expected to meet in November"), so a planning verb puts it in the
    future; "agreed in June to buy" dates the agreeing, in the past.
    """
    auxes = _aux_children(analysis, verb)
    lemmas = {aux.lemma.lower() for aux in auxes} | {aux.text.lower() for aux in auxes}
    if lemmas & _FUTURE_AUX:
        return FUTURE
    if (
        verb.lemma.lower() == "go"
        and verb.tag == "VBG"
        and any(analysis.tokens[i].dep == "xcomp" for i in analysis.children[verb.i])
    ):
        return FUTURE  # "is going to meet"
    lemma = verb.lemma.lower()
    has_xcomp = any(analysis.tokens[i].dep == "xcomp" for i in analysis.children[verb.i])
    if (lemma in _PLANNING and has_xcomp and via_complement) or (lemma in _SCHEDULED and verb.tag in ("VBN", "JJ")):
        return FUTURE  # "is expected to", "planned to", "scheduled for"
    if lemmas & _CONDITIONAL_AUX:
        return FUTURE if "would" in lemmas else None
    if verb.tag in _PAST_TAGS or any(aux.tag in _PAST_TAGS for aux in auxes):
        return PAST
    if verb.tag == "VBN" and (lemmas & {"have", "has", "'ve"} or (not auxes and verb.dep in ("acl", "amod", "relcl"))):
        return PAST  # present perfect, or a participle ("statements made Friday"), reports a past event
    if verb.tag in ("VBZ", "VBP") or any(aux.tag in ("VBZ", "VBP") for aux in auxes):
        return PRESENT
    return None


def _sentence_fallback(analysis: Analysis, token: Token) -> int | None:
    """The tense of the first finite verb of the sentence, when the tree gives nothing."""
    sentence = analysis.sentences[token.sent]
    for other in analysis.tokens[sentence.first : sentence.last]:
        if other.pos in ("VERB", "AUX"):
            if other.text.lower() in _FUTURE_AUX or other.lemma.lower() in _FUTURE_AUX:
                return FUTURE
            if other.tag in _PAST_TAGS:
                return PAST
    return None


def tense_at(analysis: Analysis | None, start: int, end: int) -> int | None:
    """The tense governing the expression at ``[start, end)``, or ``None`` if unknown.

    The expression's last token (its head word, usually) is the starting
    point; a governing verb in a participle (``the summit scheduled for
    November``) is read the same way as a finite one.
    """
    if analysis is None or not analysis.tokens:
        return None
    tokens = analysis.tokens_in(start, end)
    if not tokens:
        return None
    token = tokens[-1]
    verb = _governing_verb(analysis, token)
    seen, via_complement = 0, False
    while verb is not None and seen < 3:
        tense = verb_tense(analysis, verb, via_complement)
        if tense is not None:
            return tense
        seen += 1
        if verb.head == verb.i or verb.dep not in ("xcomp", "acl", "advcl", "conj", "relcl", "acl:relcl", "amod"):
            break
        via_complement = verb.dep == "xcomp"
        verb = _governing_verb(analysis, verb)
    return _sentence_fallback(analysis, token)
