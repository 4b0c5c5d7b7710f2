"""The attribution-cue lexicon: loading, validation, classes and matching in parsed text."""

from __future__ import annotations

import pytest

from newsparse import cues as lexicon_module
from newsparse_quotes import cues


def test_packaged_lexicon_loads_with_every_class() -> None:
    lex = cues.lexicon()
    assert len(lex) > 150
    # "question" is no line's class: it is given to a question or request whose asker is not named
    assert {cue.cls for cue in lex.cues} | {"question"} == set(cues.CLASSES)
    assert lex.entry("according to").cls == "source"
    assert lex.entry("call for").particle == "for"


@pytest.mark.parametrize(
    ("lemma", "cls"),
    [
        ("say", "speech"),
        ("tell", "speech"),
        ("acknowledge", "speech"),
        ("tweet", "writing"),
        ("write", "writing"),
        ("believe", "cognition"),
        ("want", "cognition"),
        ("fear", "cognition"),
        ("endorse", "stance"),
        ("accuse", "stance"),
        ("urge", "stance"),
        ("call for", "stance"),
        ("show", "evidence"),
        ("according to", "source"),
    ],
)
def test_cue_classes(lemma: str, cls: str) -> None:
    assert cues.is_cue_lemma(lemma)
    assert cues.is_cue_lemma(lemma, classes=[cls])


def test_speech_only_filter_refuses_other_classes() -> None:
    assert not cues.is_cue_lemma("believe", classes=cues.SPEECH_CLASSES)
    assert not cues.is_cue_lemma("endorse", classes=cues.SPEECH_CLASSES)
    assert cues.is_cue_lemma("say", classes=cues.SPEECH_CLASSES)
    assert not cues.is_cue_lemma("eat")
    assert not cues.is_cue_lemma("")


def test_framing_of_distancing_and_endorsing_verbs() -> None:
    lex = cues.lexicon()
    assert lex.entry("claim").framing == "distancing"
    assert lex.entry("acknowledge").framing == "endorsing"
    assert lex.entry("say").framing == "neutral"


def test_malformed_line_is_named() -> None:
    with pytest.raises(ValueError, match=r"mine.tsv:3"):
        lexicon_module.parse_lexicon(
            ["# comment", "say\tverb\tspeech\tneutral\tclause", "shout\tverb\tspeech"], "mine.tsv"
        )
    with pytest.raises(ValueError, match=r":1"):
        lexicon_module.parse_lexicon(["say\tverb\tgossip\tneutral\tclause"], "x")


def test_user_lexicon_file(tmp_path) -> None:
    path = tmp_path / "my_cues.tsv"
    path.write_text("# mine\ngrumble\tverb\tspeech\temotive\tclause\n", encoding="utf-8")
    lex = lexicon_module.load_lexicon(path)
    assert len(lex) == 1 and "grumble" in lex and lex.entry("grumble").framing == "emotive"


def _index(analysis, word: str) -> int:
    return next(token.i for token in analysis.tokens if token.text == word)


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("The mayor says the budget is balanced.", "says", "say"),
        ("The mayor has told voters the budget is balanced.", "told", "tell"),
        ("The governor tweeted that the road would reopen.", "tweeted", "tweet"),
        ("Union leaders are warning that the strike will go on.", "warning", "warn"),
        ("The senator called for an inquiry into the contract.", "called", "call for"),
        ("Local farmers have long backed the dam project.", "backed", "back"),
        ("Critics insisted the new rules were unfair.", "insisted", "insist"),
        ("Most residents believe the river is safe.", "believe", "believe"),
    ],
)
def test_cue_at_verbs_in_all_tenses(analyze, text: str, word: str, lemma: str) -> None:
    analysis = analyze(text)
    match = cues.cue_at(analysis, _index(analysis, word))
    assert match is not None and match.lemma == lemma
    assert analysis.text[match.start : match.end].startswith(word)


def test_cue_at_phrase_and_non_cues(analyze) -> None:
    analysis = analyze("According to the coach, the team is ready. The bank sits on the river back.")
    match = cues.cue_at(analysis, 0)
    assert match is not None and match.cls == "source"
    assert analysis.text[match.start : match.end] == "According to"
    assert cues.cue_at(analysis, _index(analysis, "back")) is None  # a noun, not the verb "back"
    assert cues.cue_at(analysis, _index(analysis, "team")) is None


def test_cue_at_class_filter(analyze) -> None:
    analysis = analyze("The committee endorsed the plan.")
    index = _index(analysis, "endorsed")
    assert cues.cue_at(analysis, index) is not None
    assert cues.cue_at(analysis, index, classes=cues.SPEECH_CLASSES) is None


def test_statement_phrase_widens_the_cue(analyze) -> None:
    analysis = analyze("The company said in a statement that it would appeal.")
    verb = _index(analysis, "said")
    end = cues.phrase_extension(analysis, verb)
    assert end is not None and analysis.text[analysis.tokens[verb].start : end] == "said in a statement"
