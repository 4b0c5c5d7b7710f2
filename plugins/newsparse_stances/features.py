"""Features of how a sentence treats a target, read from the shared :class:`Analysis`.

The stance model (:mod:`.model`) is a linear classifier over these
features. They only use what every backend provides (tokens with lemma,
POS, dependency relation and head; sentences; entities), so the model
works with spaCy and stanza alike. Each group answers one question about
the target ``text[start:end]``:

* **words around it** (``w:``, ``L:``/``R:``, ``n1:``): the vocabulary of the
  sentence, and which words sit next to the target, on which side;
* **its syntactic role** (``rel:``, ``up:``, ``pred:``, ``mod:``): who does what to
  whom. "X blamed Y" gives ``Y`` the feature ``rel:obj>blame`` and ``X``
  ``rel:subj>blame``; the model learns that being blamed is negative;
* **words near it in the tree** (``d2:``): evaluations attached to the target
  ("the *corrupt* senator", "Smith, *a respected* judge") more than to others;
* **lexicon evidence by distance** (``lex:``): the news lexicon's valences
  (negation, hedges and contrast already applied by :class:`PolarityScorer`)
  summed near the target, in the tree and in the word order, and over
  the sentence, so words the training data never showed still count;
* **negation, hedges, quotation** (``neg``, ``hedge``, ``quoted``): whether the
  target's own clause is negated or hedged, whether the target or the
  evaluations stand inside quotation marks (scare quotes, someone else's words).

Features are plain strings with float values; unknown ones are ignored at
prediction time, so adding a group only needs retraining.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Sequence

from newsparse import Analysis, Token

from .lexicon import vader_lexicon
from .polarity import PolarityResult, PolarityScorer

#: Words closer than this (in tokens) to the target are "near" in the word order.
WINDOW = 5
#: Tree distance within which a word is "attached" to the target.
TREE_NEAR = 2
#: How many heads above the target's own head the role path follows.
UP_LEVELS = 3
SUBJECTS = frozenset({"nsubj", "csubj", "expl"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "nsubj:pass", "csubjpass"})
OBJECTS = frozenset({"dobj", "obj", "iobj", "dative", "attr", "oprd"})
MODIFIERS = frozenset({"amod", "appos", "relcl", "acl", "compound", "nmod", "poss", "acl:relcl"})
PUNCT_POS = frozenset({"PUNCT", "SPACE", "SYM"})
HEDGES = frozenset({"may", "might", "could", "perhaps", "possibly", "reportedly", "allegedly", "apparently"})
NEGATORS = frozenset({"not", "n't", "never", "no", "nt"})


def word_form(token: Token) -> str:
    """The form features use: the lower-case lemma, numbers collapsed."""
    if token.pos == "NUM":
        return "<num>"
    return (token.lemma or token.text).lower()


def _role(dep: str) -> str:
    """Coarse syntactic role: subj, pass (passive subject), obj, pobj, mod or the relation itself."""
    if dep in SUBJECTS:
        return "subj"
    if dep in PASSIVE_SUBJECTS:
        return "pass"
    if dep in OBJECTS:
        return "obj"
    if dep == "pobj":
        return "pobj"
    if dep in {"poss", "nmod:poss"}:
        return "poss"
    return dep


def target_head(analysis: Analysis, first: int, last: int) -> int:
    """The target's head token: the first one whose syntactic head lies outside ``[first, last)``."""
    for i in range(first, last):
        head = analysis.tokens[i].head
        if head == i or not first <= head < last:
            return i
    return last - 1


def tree_distances(analysis: Analysis, source: set[int], members: set[int], limit: int) -> dict[int, int]:
    """Distance in dependency edges (either direction) from ``source`` to tokens of ``members``, up to ``limit``."""
    distance = dict.fromkeys(source, 0)
    queue = deque(source)
    while queue:
        node = queue.popleft()
        step = distance[node] + 1
        if step > limit:
            continue
        # children first, then the head: the order tokens are reached is the order of the features read from them
        for other in analysis.children[node]:
            if other in members and other not in distance:
                distance[other] = step
                queue.append(other)
        head = analysis.tokens[node].head
        if head != node and head in members and head not in distance:
            distance[head] = step
            queue.append(head)
    return distance


#: Quotation marks that open or close a quotation (not the apostrophe ’, which is mostly an apostrophe).
_MARK = re.compile('["“”«»„‘]')


def _quoted(analysis: Analysis, start: int, offset: int) -> bool:
    """Whether ``offset`` lies inside a quotation opened at or after ``start`` (a quotation within the context).

    A quotation opened before ``start`` is the one a context read from inside
    a quote stands in (a quote's content without its marks), not marks the
    context puts on the target.
    """
    segment = analysis.quotations.at(offset)
    return segment is not None and segment.open >= start


class FeatureExtractor:
    """Turns (analysis, target token range) into a feature dict; one instance per model."""

    def __init__(self) -> None:
        self.scorer = PolarityScorer("news")
        self.raw = vader_lexicon()
        self._analysis: Analysis | None = None
        self._forms_of: Analysis | None = None
        self._context_of: Analysis | None = None
        self._contexts: dict[tuple[int, ...], dict[str, float]] = {}
        self._forms: list[str | None] = []
        self._formed = bytearray()  # which of ``_forms`` are computed
        self._scored: dict[tuple[int, ...], PolarityResult] = {}

    def lexical(self, analysis: Analysis, inside: Sequence[int]) -> PolarityResult:
        """The lexicon's scoring of ``inside``, kept for the current analysis: a quote's targets share it."""
        if self._analysis is not analysis:
            self._analysis, self._scored = analysis, {}
        key = tuple(inside)
        result = self._scored.get(key)
        if result is None:
            if len(self._scored) >= 8:
                self._scored.clear()
            result = self._scored[key] = self.scorer.score(analysis, [analysis.tokens[i] for i in inside])
        return result

    def context(self, analysis: Analysis, first: int, last: int) -> list[int]:
        """The tokens the features read: the sentences the target lies in."""
        sentences = range(analysis.tokens[first].sent, analysis.tokens[last - 1].sent + 1)
        return [
            i
            for s in sentences
            for i in range(analysis.sentences[s].first, analysis.sentences[s].last)
            if analysis.tokens[i].pos != "SPACE"
        ]

    def features(
        self, analysis: Analysis, first: int, last: int, context: Sequence[int] | None = None
    ) -> dict[str, float]:
        """Features of the target tokens ``[first, last)`` within ``context`` token indexes (both parts, merged)."""
        inside = list(context) if context is not None else self.context(analysis, first, last)
        return {**self.context_features(analysis, inside), **self.target_features(analysis, first, last, inside)}

    def context_features(self, analysis: Analysis, inside: Sequence[int]) -> dict[str, float]:
        """What does not depend on the target: the words and word pairs, the lexicon's totals, quotation marks.

        Kept for the current analysis, so a quote's candidate targets share them.
        """
        key = tuple(inside)
        if self._context_of is analysis and key in self._contexts:
            return self._contexts[key]
        if self._context_of is not analysis or len(self._contexts) >= 8:
            self._context_of, self._contexts = analysis, {}
        feats: dict[str, float] = {"bias": 1.0}
        forms = self.forms(analysis, inside)
        get = feats.get
        previous = "<s>"
        for i in inside:
            word = forms[i]
            if word is None:
                continue
            name = "w:" + word
            feats[name] = get(name, 0.0) + 1.0
            name = f"b:{previous}_{word}"
            feats[name] = get(name, 0.0) + 1.0
            previous = word
        for evidence in self.lexical(analysis, inside).evidence:
            name = "lex:all:pos" if evidence.value > 0 else "lex:all:neg"
            feats[name] = get(name, 0.0) + abs(evidence.value)
        if inside and _MARK.search(analysis.text, analysis.tokens[inside[0]].start, analysis.tokens[inside[-1]].end):
            feats["q:any"] = 1.0
        self._contexts[key] = feats
        return feats

    def target_features(self, analysis: Analysis, first: int, last: int, inside: Sequence[int]) -> dict[str, float]:
        """What depends on the target: its words, role, neighbours, and the evaluations by distance from it."""
        members = set(inside) | set(range(first, last))
        target = set(range(first, last))
        head = target_head(analysis, first, last)
        feats: dict[str, float] = {}

        def add(name: str, value: float = 1.0) -> None:
            feats[name] = feats.get(name, 0.0) + value

        forms = self.forms(analysis, members)
        self._target(analysis, first, last, head, add)
        self._beside(forms, inside, first, last, feats)
        self._role(analysis, head, members, add)
        distances = tree_distances(analysis, target, members, 4)
        for i, d in distances.items():
            if d and d <= TREE_NEAR and forms[i] is not None:
                feats[f"d2:{forms[i]}"] = 1.0
        self._lexicon(analysis, list(inside), first, last, distances, add)
        self._marks(analysis, list(inside), first, last, head, add)
        return feats

    # -- groups ------------------------------------------------------------------
    def _target(self, analysis: Analysis, first: int, last: int, head: int, add) -> None:
        token = analysis.tokens[head]
        add(f"tpos:{token.pos}")
        if token.ent:
            add(f"tent:{token.ent}")
        for i in range(first, last):
            if analysis.tokens[i].pos not in PUNCT_POS:
                add(f"t:{word_form(analysis.tokens[i])}")
        sentence = analysis.sentences[token.sent]
        if first == sentence.first:
            add("tfirst")

    def forms(self, analysis: Analysis, indexes: Iterable[int]) -> list[str | None]:
        """The tokens' word forms (``None`` for punctuation) by index, valid at ``indexes``.

        Each token's is computed once per analysis, when first asked for: the quotes'
        contexts are a fraction of an article, so forming every token up front was mostly waste.
        """
        if self._forms_of is not analysis:
            count = len(analysis.tokens)
            self._forms_of, self._forms, self._formed = analysis, [None] * count, bytearray(count)
        forms, formed, tokens = self._forms, self._formed, analysis.tokens
        for i in indexes:
            if not formed[i]:
                token = tokens[i]
                forms[i] = None if token.pos in PUNCT_POS else word_form(token)
                formed[i] = 1
        return forms

    @staticmethod
    def _beside(forms: list[str | None], inside: Sequence[int], first: int, last: int, feats: dict[str, float]) -> None:
        """``L:``/``R:`` the words within ``WINDOW`` left and right of the target, ``n1:`` its two neighbours."""
        get = feats.get
        for i in inside:
            if first - WINDOW <= i < first:
                side = "L:"
            elif last <= i < last + WINDOW:
                side = "R:"
            else:
                continue
            word = forms[i]
            if word is None:
                continue
            name = side + word
            feats[name] = get(name, 0.0) + 1.0
            if i == first - 1 or i == last:
                name = "n1:" + word
                feats[name] = get(name, 0.0) + 1.0

    def _role(self, analysis: Analysis, head: int, members: set[int], add) -> None:
        tokens = analysis.tokens
        token = tokens[head]
        role = _role(token.dep)
        add(f"rel:{role}")
        node = head
        path = role
        for level in range(UP_LEVELS):
            parent = tokens[node].head
            if parent == node or parent not in members:
                break
            parent_word = word_form(tokens[parent])
            if level == 0:
                add(f"rel:{role}>{parent_word}")
                if tokens[node].dep == "pobj":  # "criticism of X", "against X": the preposition's head
                    grand = tokens[parent].head
                    if grand != parent and grand in members:
                        add(f"rel:{parent_word}>{word_form(tokens[grand])}")
            add(f"up:{parent_word}")
            path = f"{path}>{tokens[parent].dep}"
            node = parent
        add(f"path:{path}")
        verb = token.head
        if role in {"subj", "pass"} and verb != head:
            for child in analysis.children[verb]:
                dep = tokens[child].dep
                if dep in {"acomp", "attr", "oprd", "xcomp", "dobj", "obj"}:
                    add(f"pred:{word_form(tokens[child])}")
                if tokens[child].text.lower() in NEGATORS and dep in {"neg", "advmod", "det"}:
                    add("neg")
                if tokens[child].text.lower() in HEDGES:
                    add("hedge")
        for child in analysis.children[head]:
            if tokens[child].dep in MODIFIERS and child in members:
                add(f"mod:{word_form(tokens[child])}")

    def _lexicon(
        self, analysis: Analysis, inside: list[int], first: int, last: int, distances: dict[int, int], add
    ) -> None:
        tokens = analysis.tokens
        result = self.lexical(analysis, inside)
        for evidence in result.evidence:
            side = "pos" if evidence.value > 0 else "neg"
            value = abs(evidence.value)
            d = distances.get(evidence.token)
            if d is not None and d <= TREE_NEAR:
                add(f"lex:tree2:{side}", value)
            elif d is not None:
                add(f"lex:tree4:{side}", value)
            gap = first - evidence.token if evidence.token < first else evidence.token - last + 1
            if 0 < gap <= 3:
                add(f"lex:win3:{side}", value)
            elif 0 < gap <= 8:
                add(f"lex:win8:{side}", value)
            if first <= evidence.token < last:
                add(f"lex:target:{side}", value)
        raw = self.raw
        self._governor(analysis, first, last, result.evidence, add)
        for i, d in distances.items():
            if d == 0 or d > TREE_NEAR:
                continue
            value = raw.get(tokens[i].text.lower()) or raw.get(word_form(tokens[i]), 0.0)
            if value:
                add(f"raw:tree2:{'pos' if value > 0 else 'neg'}", abs(value))

    def _governor(self, analysis: Analysis, first: int, last: int, evidence, add) -> None:
        """Valence of the words that govern the target, by the target's role: "X *blamed* Y", "Y was *praised*"."""
        tokens = analysis.tokens
        head = target_head(analysis, first, last)
        role = _role(tokens[head].dep)
        node = tokens[head].head
        if tokens[head].dep == "pobj" and node != head:
            node = tokens[node].head  # "criticism of X": the preposition's head
        if node == head or first <= node < last:
            return
        values = {e.token: e.value for e in evidence}
        word = tokens[node]
        value = values.get(node)
        if value is None:
            value = self.raw.get(word.text.lower(), self.raw.get(word_form(word), 0.0)) * 0.5
        if value:
            add(f"gov:{role}:{'pos' if value > 0 else 'neg'}", abs(value))

    def _marks(self, analysis: Analysis, inside: list[int], first: int, last: int, head: int, add) -> None:
        if not inside:
            return
        if _quoted(analysis, analysis.tokens[inside[0]].start, analysis.tokens[first].start):
            add("q:target")
