"""Polarity of a quote from its analysis tokens: lexicon valence, shaped by syntax.

Each content word's lexicon valence is multiplied by factors read from the
dependency parse the backend already made (nothing is re-tokenized):

* negation flips it (VADER's ``-0.74``, so "not disappointing" is mildly
  positive, not glowing) when a negator governs it: ``not``/``never`` over
  the rest of their head's clause, ``no``/``without``/``lack of`` over their
  noun phrase, ``fail to``/``refuse to``/``unlikely to`` over their
  complement; two negators cancel;
* a verb of lessening or removal shifts its object the same way: to
  ``reduce collisions``, ``prevent deaths`` or ``ease concerns`` is to speak
  well of the change, to ``cut benefits`` or ``halt progress`` ill of it
  (polarity shifters: Choi and Cardie 2008, Schulder et al. 2018);
* intensifiers ("extremely", "deeply") raise it, dampeners ("slightly") lower it;
* hedges ("may", "could", "perhaps", "seems", "the possibility of") damp
  what they govern; wishes, needs, goals ("we need to", "the goal is to")
  and conditions ("if ...") make it unreal, so it barely counts (irrealis
  blocking, as in SO-CAL: Taboada et al. 2011);
* contrast: words before ``but``/``however``/``yet`` count half, words after
  count one and a half; a concessive clause ("although ...", "despite ...")
  counts half;
* named-entity tokens never carry sentiment ("Liberty University", "United Nations").

The sum is squashed to [-1, 1] as in VADER. A quote is *mixed* when both
sides carry clear evidence and neither dominates.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import attrs

from newsparse import Analysis, Polarity, Token

from .lexicon import POS_ONLY, TOPICAL, boosters, lexicon

#: VADER's scaling of a negated word.
NEGATION_SCALAR = -0.74
#: VADER's normalisation constant: score = total / sqrt(total² + ALPHA).
ALPHA = 15.0
#: |score| below this is neutral (a lone weak word does not make a stance).
NEUTRAL_BELOW = 0.15
#: Both sides need at least this much weighted evidence for "mixed" ...
MIXED_MIN = 0.6
#: ... and the weaker side must be at least this fraction of the stronger.
MIXED_RATIO = 0.5
HEDGE_FACTOR = 0.6
HEDGE_FLOOR = 0.2
#: What an irrealis context leaves of a word. SO-CAL blocks it (0); the learned model's features
#: read this scoring too, and keep more of what they need at the floor (validation macro-F1 .656 at
#: 0.2 against .652 at 0), so the word counts barely, not at all.
IRREALIS = HEDGE_FLOOR
BEFORE_CONTRAST = 0.5
AFTER_CONTRAST = 1.5
CONCESSIVE = 0.5

CLAUSE_NEGATORS = frozenset({"not", "n't", "never", "hardly", "barely", "scarcely", "nt"})
NOMINAL_NEGATORS = frozenset({"no", "none", "nothing", "nobody", "neither", "nowhere"})
#: Words whose complement is negated ("fail to reach", "lack of progress", "unlikely to succeed").
LEXICAL_NEGATORS = frozenset({"without", "lack", "fail", "failure", "refuse", "unlikely", "unable"})
#: Verbs that shift the valence of what they lessen or remove ("reduce collisions", "halt progress").
SHIFTER_VERBS = frozenset(
    """
    reduce lower lessen decrease diminish curb cut slash limit minimize minimise mitigate alleviate ease relieve
    prevent avoid avert stop halt end eliminate eradicate remove abolish combat tackle fight reverse undo
    """.split()
)
HEDGE_AUX = frozenset({"may", "might", "could"})
HEDGE_ADV = frozenset(
    {"perhaps", "possibly", "probably", "apparently", "seemingly", "arguably", "maybe", "presumably", "reportedly"}
)
#: Heads that make what they govern uncertain: hedges ("seems", "likely"), possibilities ("the possibility of").
#: The speaker still leans that way, so the words count less, not nothing.
MODAL_HEADS = frozenset({"seem", "appear", "suggest", "likely", "possible", "possibility", "chance", "explore"})
#: Heads that make what they govern unreal: wishes, needs and goals ("we need to project strength",
#: "the goal is to restore confidence"). What is wished for is not what is evaluated, so the words
#: barely count (irrealis blocking, Taboada et al. 2011, SO-CAL).
IRREALIS_HEADS = frozenset({"hope", "wish", "need", "want", "aim", "goal", "seek", "try", "attempt"})
CONDITIONAL_MARKS = frozenset({"if", "unless"})
#: How far up the tree a modal head still reaches a word.
MODAL_DEPTH = 5
CONTRAST_MARKERS = frozenset({"but", "however", "yet", "nevertheless", "nonetheless", "still"})
CONCESSIVE_MARKS = frozenset({"although", "though", "while", "whereas", "despite", "notwithstanding"})
#: Dependency relations that start a new clause: negation and hedges stop there.
CLAUSE_DEPS = frozenset({"root", "ccomp", "advcl", "conj", "relcl", "parataxis", "csubj", "acl", "xcomp"})
#: Children of a negated head whose subtree the negation does not reach.
SCOPE_BLOCKERS = frozenset({"conj", "cc", "advcl", "parataxis", "nsubj", "nsubjpass", "csubj", "relcl", "punct"})
#: Relations followed from a negated word to the words it governs in a narrow scope.
NARROW_DEPS = frozenset(
    {"pobj", "pcomp", "xcomp", "dobj", "obj", "acomp", "attr", "amod", "advmod", "compound", "oprd", "nmod", "npadvmod"}
)
SKIP_POS = frozenset(
    {"PUNCT", "SYM", "NUM", "PROPN", "DET", "PRON", "AUX", "CCONJ", "SCONJ", "PART", "SPACE", "X", "ADP"}
)
#: Entity labels whose tokens are names (never evaluations): "Liberty University", "United Nations".
NAME_ENTITIES = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)
#: "far too expensive": excess is a complaint even when the adjective carries no valence.
EXCESS_VALENCE = -1.2


@attrs.frozen
class Evidence:
    """A word that carries polarity: its token, the token range shown to the reader, its weighted value."""

    token: int
    first: int
    last: int  # inclusive
    value: float
    negated: bool = False


@attrs.frozen
class PolarityResult:
    """The polarity of one quote and why."""

    polarity: Polarity
    score: float
    positive: float
    negative: float
    evidence: tuple[Evidence, ...]

    @property
    def carrying(self) -> tuple[Evidence, ...]:
        """The evidence on the side of the verdict (both sides when mixed, none when neutral)."""
        if self.polarity is Polarity.MIXED:
            return self.evidence
        if self.polarity is Polarity.POSITIVE:
            return tuple(e for e in self.evidence if e.value > 0)
        if self.polarity is Polarity.NEGATIVE:
            return tuple(e for e in self.evidence if e.value < 0)
        return ()


def squash(total: float) -> float:
    """VADER's normalisation of a summed valence into [-1, 1]."""
    score = total / math.sqrt(total * total + ALPHA)
    return max(-1.0, min(1.0, score))


def decide(positive: float, negative: float, total: float) -> tuple[Polarity, float]:
    """Polarity and score from the weighted positive and negative sums."""
    score = squash(total)
    strong, weak = max(positive, negative), min(positive, negative)
    if weak >= MIXED_MIN and weak >= MIXED_RATIO * strong:
        return Polarity.MIXED, score
    if score >= NEUTRAL_BELOW:
        return Polarity.POSITIVE, score
    if score <= -NEUTRAL_BELOW:
        return Polarity.NEGATIVE, score
    return Polarity.NEUTRAL, score


#: Parts of speech whose words may carry a valence the lexicon does not list: a verb through its listed
#: inflected forms (:meth:`PolarityScorer._inflected`), an adjective or adverb through excess ("too late").
_MAY_GAIN_VALENCE = frozenset({"VERB", "ADJ", "ADV"})


class PolarityScorer:
    """Scores token sequences with a lexicon; one instance serves every quote of a run."""

    def __init__(self, lexicon_name: str = "news") -> None:
        self.lexicon = lexicon(lexicon_name)
        self.boosters = boosters()
        # the topical filter is part of the news adaptation; "vader" is the unadapted baseline
        self.topical = TOPICAL if lexicon_name == "news" else frozenset()

    # -- per-token ---------------------------------------------------------------
    def valence(self, token: Token, analysis: Analysis) -> float:
        """The token's own lexicon valence, 0 for words that carry none here."""
        if token.pos in SKIP_POS or token.ent in NAME_ENTITIES:
            return 0.0
        word, lemma = token.text.lower(), token.lemma.lower()
        if word not in self.lexicon and lemma not in self.lexicon and token.pos not in _MAY_GAIN_VALENCE:
            return 0.0  # unlisted, and neither an inflected verb form nor an excess ("too ...") can give it one
        allowed = POS_ONLY.get(word) if word in POS_ONLY else POS_ONLY.get(lemma)
        if allowed is not None and token.pos not in allowed:
            return 0.0
        if word in CLAUSE_NEGATORS or word in NOMINAL_NEGATORS:
            return 0.0
        if word in self.boosters and not (token.pos == "ADJ" and token.dep != "amod"):
            return 0.0  # "incredible progress" boosts; "the result is incredible" evaluates
        if word in self.topical or lemma in self.topical:
            return 0.0
        if word == "thanks" and _next_lemma(analysis, token) == "to":
            return 0.0
        value = self.lexicon.get(word)
        if value is None:
            value = self.lexicon.get(lemma)
        if value is None and len(lemma) >= 4 and token.pos == "VERB":
            value = self._inflected(lemma)
        if token.pos in {"ADJ", "ADV"} and (value or 0.0) >= 0 and _has_excess(analysis, token):
            value = EXCESS_VALENCE
        return value or 0.0

    def _inflected(self, lemma: str) -> float:
        """Mean valence of the lemma's inflected forms VADER lists when it lacks the lemma.

        "survive" is missing but "survived" and "surviving" are listed.
        """
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        forms = {lemma + "s", lemma + "d", lemma + "ed", stem + "ing", lemma + "ing"}
        found = [self.lexicon[f] for f in forms if f in self.lexicon]
        # one listed form is weak evidence ("giving" is generosity, "give" is not): need two that agree
        if len(found) < 2 or min(found) < 0 < max(found):
            return 0.0
        return sum(found) / len(found)

    # -- the quote ---------------------------------------------------------------
    def score(self, analysis: Analysis, tokens: Sequence[Token]) -> PolarityResult:
        """Score the tokens of one quote (its parts, in text order)."""
        inside = [t.i for t in tokens if t.pos != "SPACE"]
        if not inside:
            return PolarityResult(Polarity.NEUTRAL, 0.0, 0.0, 0.0, ())
        members = set(inside)
        values = {i: self.valence(analysis.tokens[i], analysis) for i in inside}
        negations = _negation_counts(analysis, inside, members, values)
        weights = _contrast_weights(analysis, inside)
        evidence: list[Evidence] = []
        for i in inside:
            value = values[i]
            if not value:
                continue
            negators = negations.get(i, [])
            if negators and _emphatic_negation(analysis, i, negators):
                value *= 1.3  # "never been so hopeful", "couldn't be happier": emphasis, not denial
                negators = []
            elif len(negators) % 2:
                value *= NEGATION_SCALAR
            boosters = self._booster_tokens(analysis, i, members)
            value *= self._boost(analysis, boosters) * _hedge(analysis, i, members) * weights[i]
            first = min([i] + [n for n in negators if i - n <= 3] + boosters)
            evidence.append(Evidence(i, first, i, value, bool(len(negators) % 2)))
        positive = sum(e.value for e in evidence if e.value > 0)
        negative = -sum(e.value for e in evidence if e.value < 0)
        polarity, score = decide(positive, negative, positive - negative)
        return PolarityResult(polarity, score, positive, negative, tuple(evidence))

    def _booster_tokens(self, analysis: Analysis, i: int, members: set[int]) -> list[int]:
        found = [c for c in analysis.children[i] if c in members and analysis.tokens[c].text.lower() in self.boosters]
        if i - 1 in members and analysis.tokens[i - 1].text.lower() in self.boosters and i - 1 not in found:
            found.append(i - 1)
        return found

    def _boost(self, analysis: Analysis, boosters: list[int]) -> float:
        """The factor the word's intensifiers and dampeners (``boosters``, from :meth:`_booster_tokens`) give it."""
        factor = 1.0
        for b in boosters:
            factor += self.boosters[analysis.tokens[b].text.lower()] / 0.293 * 0.3
        return max(factor, 0.3)


# -- syntax helpers ---------------------------------------------------------------
def _emphatic_negation(analysis: Analysis, i: int, negators: list[int]) -> bool:
    """ "never so good", "never been better", "could not be happier": a negated comparative is emphasis."""
    token = analysis.tokens[i]
    degree = token.tag in {"JJR", "RBR"} or any(
        analysis.tokens[c].text.lower() in {"so", "more", "this"} and analysis.tokens[c].dep == "advmod"
        for c in analysis.children[i]
    )
    if not degree:
        return False
    for n in negators:
        word = analysis.tokens[n].text.lower()
        if word == "never":
            return True
        if word in {"not", "n't"} and any(
            analysis.tokens[c].text.lower() in {"could", "can"} for c in analysis.children[analysis.tokens[n].head]
        ):
            return True
    return False


def _has_excess(analysis: Analysis, token: Token) -> bool:
    """Whether an adjective or adverb is modified by "too" ("too expensive", "too late")."""
    return any(
        analysis.tokens[c].text.lower() == "too" and analysis.tokens[c].dep == "advmod" and c < token.i
        for c in analysis.children[token.i]
    )


def _next_lemma(analysis: Analysis, token: Token) -> str:
    nxt = token.i + 1
    return analysis.tokens[nxt].lemma.lower() if nxt < len(analysis.tokens) else ""


def _subtree_indexes(analysis: Analysis, root: int, blocked: frozenset[str] = frozenset()) -> set[int]:
    """Token indexes under ``root`` (itself included), not descending into ``blocked`` relations."""
    found = {root}
    stack = [root]
    while stack:
        node = stack.pop()
        for child in analysis.children[node]:
            if analysis.tokens[child].dep in blocked:
                continue
            found.add(child)
            stack.append(child)
    return found


def _narrow_scope(analysis: Analysis, root: int) -> set[int]:
    """The phrase a nominal or lexical negator governs: its complement and that word's modifiers.

    "a lack of communication coupled with dangerous moves": the negation
    reaches "communication", not the phrase attached further down.
    """
    found: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        for child in analysis.children[node]:
            dep = analysis.tokens[child].dep
            if dep in NARROW_DEPS or (dep == "prep" and node == root):
                found.add(child)
                stack.append(child)
    return found


def _negation_scope(analysis: Analysis, n: Token) -> set[int]:
    """The token indexes a negator ``n`` negates (see the module docstring)."""
    word, lemma = n.text.lower(), n.lemma.lower()
    if word in CLAUSE_NEGATORS:
        if _next_lemma(analysis, n) in {"only", "just"}:  # "not only ... but also"
            return set()
        head = n.head if n.head != n.i else n.i
        return {j for j in _subtree_indexes(analysis, head, SCOPE_BLOCKERS) if j > n.i}
    if word == "neither" and n.dep == "preconj":  # "neither fair nor effective": both conjuncts
        return {n.head} | {c for c in analysis.children[n.head] if analysis.tokens[c].dep == "conj"}
    if word in NOMINAL_NEGATORS:
        noun = n.head if n.dep in {"det", "neg"} and n.head != n.i else n.i
        scope = _narrow_scope(analysis, noun) | {noun}
        if analysis.tokens[noun].dep in {"nsubj", "nsubjpass"}:  # "No one is happy", "Nothing works"
            verb = analysis.tokens[noun].head
            scope |= {j for j in _subtree_indexes(analysis, verb, SCOPE_BLOCKERS) if j > noun}
        return scope - {n.i}
    if word in LEXICAL_NEGATORS or lemma in LEXICAL_NEGATORS or (n.pos == "VERB" and lemma in SHIFTER_VERBS):
        return {j for j in _narrow_scope(analysis, n.i) if j > n.i}
    return set()


#: The words that may open a negation scope (see :func:`_negation_scope`), besides the shifter verbs.
NEGATOR_WORDS = CLAUSE_NEGATORS | NOMINAL_NEGATORS | LEXICAL_NEGATORS


def _may_negate(token: Token) -> bool:
    """Whether :func:`_negation_scope` can find a scope for ``token``: a cheap test before the tree walk."""
    if token.text.lower() in NEGATOR_WORDS:
        return True
    lemma = token.lemma.lower()
    return lemma in LEXICAL_NEGATORS or (token.pos == "VERB" and lemma in SHIFTER_VERBS)


def _negation_counts(
    analysis: Analysis, inside: Iterable[int], members: set[int], values: dict[int, float]
) -> dict[int, list[int]]:
    """For each token, the negators (inside the quote) whose scope covers it."""
    covered: dict[int, list[int]] = {}
    for i in inside:
        token = analysis.tokens[i]
        if not _may_negate(token):
            continue  # most words: spares working out an empty scope
        scope = _negation_scope(analysis, token)
        scope &= members
        if not scope:
            continue
        lexical = token.text.lower() not in CLAUSE_NEGATORS | NOMINAL_NEGATORS
        if lexical and values.get(i) and any(values.get(j) for j in scope):
            values[i] = 0.0  # "failed to make progress": the flip carries it, not "failed" as well
        for j in scope:
            covered.setdefault(j, []).append(i)
    return covered


def _clause_head(analysis: Analysis, i: int) -> int:
    """The head of the clause token ``i`` sits in."""
    node = i
    for _ in range(len(analysis.tokens)):
        token = analysis.tokens[node]
        if token.dep in CLAUSE_DEPS or token.head == node:
            return node
        node = token.head
    return node


def _hedge(analysis: Analysis, i: int, members: set[int]) -> float:
    """How far the word is asserted: 1, damped by ``HEDGE_FACTOR`` per layer of modality.

    Layers: a hedge auxiliary/adverb on the word or its clause ("could be",
    "perhaps good"); each epistemic head above it inside the quote ("seems",
    "the possibility of"). Layers compound — "may explore the possibility of
    stabilizing" commits the speaker to less than "may stabilize" — down to
    ``HEDGE_FLOOR``. Irrealis — a condition ("if we find the right person"),
    a wish, need or goal above the word ("we need to show strength", "the
    goal is not to restore confidence") — puts it at ``IRREALIS`` at once:
    the speaker evaluates nothing that exists.
    """
    factor = 1.0
    head = _clause_head(analysis, i)
    if any(_is_hedge(analysis.tokens[c]) for node in {i, head} for c in analysis.children[node]):
        factor *= HEDGE_FACTOR
    node = i
    for _ in range(MODAL_DEPTH):
        if _irrealis_node(analysis, node):
            return IRREALIS
        parent = analysis.tokens[node].head
        if parent == node or parent not in members:
            break
        lemma = analysis.tokens[parent].lemma.lower()
        if lemma in IRREALIS_HEADS:
            return IRREALIS
        if lemma in MODAL_HEADS:
            factor *= HEDGE_FACTOR
        node = parent
    return max(factor, HEDGE_FLOOR)


def _irrealis_node(analysis: Analysis, node: int) -> bool:
    """Whether ``node`` heads a condition ("if ...") or the predicate of a goal or need.

    "the goal is (not) to restore confidence", "what we need is a fair deal".
    """
    tokens = analysis.tokens
    for c in analysis.children[node]:
        child = tokens[c]
        if child.dep == "mark" and child.text.lower() in CONDITIONAL_MARKS:
            return True
    if tokens[node].dep not in {"xcomp", "ccomp", "attr"}:
        return False
    copula = tokens[node].head
    if copula == node or tokens[copula].lemma.lower() != "be":
        return False
    return any(
        tokens[c].dep in {"nsubj", "nsubjpass", "csubj"} and tokens[c].lemma.lower() in IRREALIS_HEADS
        for c in analysis.children[copula]
    )


def _is_hedge(token: Token) -> bool:
    word = token.text.lower()
    return (token.dep in {"aux", "auxpass"} and word in HEDGE_AUX) or word in HEDGE_ADV


def _is_contrast(analysis: Analysis, token: Token) -> bool:
    word = token.text.lower()
    if word not in CONTRAST_MARKERS:
        return False
    if word == "but":
        return token.pos == "CCONJ" and _next_lemma(analysis, token) != "also"
    if word == "yet":
        return token.dep == "cc" or token.i == analysis.sentences[token.sent].first
    if word == "still":  # only sentence-initial "Still, ..." contrasts; "still remains" does not
        return token.i == analysis.sentences[token.sent].first
    return True


def _contrast_weights(analysis: Analysis, inside: list[int]) -> dict[int, float]:
    """Per-token weights from contrast markers and concessive clauses."""
    weights = dict.fromkeys(inside, 1.0)
    concessive: list[int] = []  # the heads of concessive clauses, applied after the contrasts
    segment_start = 0  # position in ``inside`` where the current stretch begins
    for position, i in enumerate(inside):
        token = analysis.tokens[i]
        word = token.text.lower()  # one look at each word for both kinds of marker
        if word in CONCESSIVE_MARKS and token.dep in {"mark", "prep"}:
            concessive.append(token.head if token.dep == "mark" else i)
        if word not in CONTRAST_MARKERS or not _is_contrast(analysis, token):
            continue
        for j in inside[segment_start:position]:
            weights[j] *= BEFORE_CONTRAST
        for j in inside[position + 1 :]:
            weights[j] = AFTER_CONTRAST
        segment_start = position + 1
    for target in concessive:
        for j in _subtree_indexes(analysis, target):
            if j in weights:
                weights[j] *= CONCESSIVE
    return weights
