"""Per-document caches of the extractors: kept answers are the ones a fresh computation gives."""

from __future__ import annotations

from newsparse_actors.context import Context
from newsparse_actors.roles import _headline, describe

TEXT = (
    "Senate Leader Vows To Block New Tax Plan\n\n"
    "Senate Majority Leader Ann Lee said on Monday that the plan would fail. "
    "Lee, a former prosecutor, spoke after Treasury Secretary Tom Vance defended it."
)


def _name(analysis, name: str, followed_by: str) -> tuple[int, int]:
    """Token range of the first ``name`` printed just before ``followed_by``."""
    start = analysis.text.index(name + followed_by)
    tokens = analysis.tokens_in(start, start + len(name))
    return tokens[0].i, tokens[-1].i + 1


def test_a_description_asked_again_is_the_same_answer(analyze) -> None:
    analysis = analyze(TEXT)
    ctx = Context(analysis)
    names = (("Ann Lee", " said", "Majority Leader"), ("Lee", ", a", "former prosecutor"), ("Tom Vance", " def", None))
    for name, followed_by, role in names:
        first, last = _name(analysis, name, followed_by)
        info = describe(ctx, first, last)
        assert describe(ctx, first, last) is info  # kept on the context
        assert info == describe(Context(analysis), first, last)  # what a fresh context finds
        if role is not None:
            assert role in (info.role or "")


def test_a_headline_sentence_is_judged_once_for_every_name_in_it(analyze) -> None:
    analysis = analyze(TEXT)
    ctx = Context(analysis)
    first, last = _name(analysis, "Tom Vance", " def")
    describe(ctx, first, last)
    body = analysis.tokens[first].sent
    assert ctx.title_cased == {body: False}
    headline = analysis.tokens[0].sent
    assert _headline(ctx, headline) is True  # "Senate Leader Vows To Block New Tax Plan"
    assert ctx.title_cased[headline] is True
