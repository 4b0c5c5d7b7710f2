"""Error analysis: every miss, false alarm and speaker error, with its sentence and cause.

Causes (relative to the overlap match):

* ``no cue found`` — a gold quote no prediction overlaps at all: the
  attribution was not detected (its gold cue says which verbs are missed).
* ``wrong boundary`` — a gold quote or a prediction that overlaps the other
  side, but below the match threshold; ``boundary`` says how: ``too long``
  (the prediction holds most of the gold and much more), ``too short`` (it
  is mostly inside the gold), ``split`` (a gold quote overlapped by several
  predictions, e.g. one attribution the gold joins across paragraphs),
  ``merged`` (a prediction overlapping several gold quotes) or ``shifted``.
* ``wrong speaker`` — content matched, a different speaker predicted.
* ``speaker not found`` — content matched, no speaker predicted.
* ``not speech`` — a prediction overlapping no gold quote: the gold does not
  consider it an attribution (scare quotes, titles, a non-reporting verb).

Every false alarm also gets a ``class`` (:mod:`newsparse.evaluate.falsealarms`:
section label, colon or dash credit, title, name or scare quote, question or
request, negated cue, noun phrase content...), and the ``not speech`` ones are
listed grouped by it, biggest class first.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from newsparse.evaluate.cues import cue_lemma
from newsparse.evaluate.falsealarms import classify
from newsparse.evaluate.quotes import Alignment, predicted_kind
from newsparse.evaluate.speakers import has_speaker, predicted_speaker_label

CAUSES = ("no cue found", "wrong boundary", "wrong speaker", "speaker not found", "not speech")
_SENTENCE_END = re.compile(r"(?<=[.!?…])([\"'”’»]?)\s+(?=[\"'“‘«(]?[A-Z0-9])|\n")
MAX_CONTEXT = 400


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence(s) covering ``[start, end)``, found without NLP (line breaks and end punctuation)."""
    left = max(0, start - MAX_CONTEXT)
    before = [m.end() for m in _SENTENCE_END.finditer(text, left, start)]
    sentence_start = before[-1] if before else left
    after = _SENTENCE_END.search(text, max(end, start + 1), min(len(text), end + MAX_CONTEXT))
    if after is None:
        sentence_end = min(len(text), end + MAX_CONTEXT)
    else:  # keep a closing quotation mark with its sentence
        sentence_end = after.end(1) if after.group(1) is not None else after.start()
    return text[sentence_start:sentence_end].strip()


def collect_errors(alignments: Iterable[Alignment]) -> list[dict[str, Any]]:
    """One record per error, JSON-ready."""
    records: list[dict[str, Any]] = []
    for alignment in alignments:
        for g in range(len(alignment.gold)):
            p = alignment.gold_match[g]
            if p is None:
                best = alignment.gold_best.get(g)
                cause = "wrong boundary" if best else "no cue found"
                other = alignment.predicted[best[0]] if best else None
                record = _record(alignment, cause, "miss", g, other, best[1] if best else None)
                if best:
                    record["boundary"] = boundary_kind(alignment, g, best[0], "miss")
                records.append(record)
            elif not alignment.speaker_ok[g]:
                cause = "wrong speaker" if has_speaker(alignment.predicted[p]) else "speaker not found"
                records.append(_record(alignment, cause, "speaker", g, alignment.predicted[p], None))
        for p, quote in enumerate(alignment.predicted):
            if alignment.predicted_match[p] is not None:
                continue
            best = alignment.predicted_best.get(p)
            cause = "wrong boundary" if best else "not speech"
            record = _record(
                alignment, cause, "false alarm", best[0] if best else None, quote, best[1] if best else None
            )
            if best:
                record["boundary"] = boundary_kind(alignment, best[0], p, "false alarm")
            records.append(record)
    return records


def boundary_kind(alignment: Alignment, g: int, p: int, role: str) -> str:
    """How a gold quote and its best-overlapping prediction disagree (see the module docstring)."""
    predictions_on_gold = sum(1 for (gi, _) in alignment.scores if gi == g)
    golds_on_prediction = sum(1 for (_, pi) in alignment.scores if pi == p)
    order = (("split", predictions_on_gold), ("merged", golds_on_prediction))
    for name, count in order if role == "miss" else reversed(order):
        if count > 1:
            return name
    gold, predicted = alignment.gold_tokens[g], alignment.predicted_tokens[p]
    shared = len(gold & predicted)
    if gold and predicted:
        if shared * 2 >= len(gold):
            return "too long"
        if shared * 2 >= len(predicted):
            return "too short"
    return "shifted"


def _record(
    alignment: Alignment, cause: str, role: str, g: int | None, predicted: Any, overlap: float | None
) -> dict[str, Any]:
    text = alignment.gold_article.text
    gold = alignment.gold[g] if g is not None else None
    spans = [gold.start, gold.end] if gold is not None else [predicted.start, predicted.end]
    if role == "false alarm":
        spans = [predicted.start, predicted.end]
    record: dict[str, Any] = {
        "cause": cause,
        "role": role,
        "article": alignment.gold_article.id,
        "sentence": sentence_around(text, spans[0], spans[1]),
    }
    if gold is not None:
        record["gold"] = {
            "text": " … ".join(text[s:e] for s, e in gold.spans),
            "spans": [list(s) for s in gold.spans],
            "kind": gold.kind,
            "cue": gold.cue,
            "cue_lemma": cue_lemma(gold.cue),
            "speaker": gold.speaker,
        }
    if role == "false alarm":
        record["class"] = classify(text, predicted)
    if predicted is not None:
        record["predicted"] = {
            "text": predicted.text,
            "spans": [[p.start, p.end] for p in predicted.parts],
            "kind": predicted_kind(predicted),
            "cue": predicted.cue.text if predicted.cue else None,
            "speaker": predicted_speaker_label(alignment.article, predicted),
            "plugin": predicted.provenance.plugin if predicted.provenance else None,
            "confidence": predicted.confidence,
            "reasons": list(predicted.reasons),
        }
    if overlap is not None:
        record["overlap"] = round(overlap, 3)
    return record


def summarize(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts by cause and role, biggest first, with the gold cue lemmas most often missed."""
    by_cause = Counter(r["cause"] for r in records)
    missed_cues = Counter(r["gold"]["cue_lemma"] or "(none)" for r in records if r["cause"] == "no cue found")
    return {
        "total": len(records),
        "by_cause": dict(by_cause.most_common()),
        "by_cause_and_role": {
            f"{cause} / {role}": n
            for (cause, role), n in Counter((r["cause"], r["role"]) for r in records).most_common()
        },
        "missed_cues": dict(missed_cues.most_common(15)),
        "boundary": dict(Counter(f"{r['boundary']} / {r['role']}" for r in records if "boundary" in r).most_common()),
        "not_speech_by_class": dict(Counter(r["class"] for r in records if r["cause"] == "not speech").most_common()),
        "false_alarms_by_class": dict(Counter(r["class"] for r in records if "class" in r).most_common()),
    }


def write_errors(records: list[dict[str, Any]], path: Path, source: str) -> None:
    """Write the errors grouped by cause, biggest class first: JSONL for ``.jsonl``/``.json``, else text."""
    path.parent.mkdir(parents=True, exist_ok=True)
    order = [cause for cause, _ in Counter(r["cause"] for r in records).most_common()]
    classes = [name for name, _ in Counter(r.get("class", "") for r in records).most_common()]
    ordered = sorted(
        records, key=lambda r: (order.index(r["cause"]), r["role"], classes.index(r.get("class", "")), r["article"])
    )
    with path.open("w", encoding="utf-8") as out:
        if path.suffix in (".jsonl", ".json"):
            for record in ordered:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            return
        _write_text(out, ordered, summarize(records), source)


def _write_text(out: IO[str], records: list[dict[str, Any]], summary: dict[str, Any], source: str) -> None:
    out.write(f"# newsparse evaluate: errors against {source}\n")
    out.write(f"# {summary['total']} errors; by cause (biggest first):\n")
    for name, count in summary["by_cause_and_role"].items():
        out.write(f"#   {count:6d}  {name}\n")
    if summary["boundary"]:
        out.write("# wrong boundary by type: " + ", ".join(f"{k} {n}" for k, n in summary["boundary"].items()) + "\n")
    if summary["missed_cues"]:
        out.write(
            "# gold cues of 'no cue found': " + ", ".join(f"{c} {n}" for c, n in summary["missed_cues"].items()) + "\n"
        )
    if summary["not_speech_by_class"]:
        out.write(
            "# 'not speech' false alarms by class: "
            + ", ".join(f"{c} {n}" for c, n in summary["not_speech_by_class"].items())
            + "\n"
        )
    current = None
    for record in records:
        if record["cause"] != current:
            current = record["cause"]
            out.write(f"\n\n======== {current} ({summary['by_cause'][current]}) ========\n")
        out.write(_format(record))


def _format(record: dict[str, Any]) -> str:
    lines = [
        f"\n[{record['article']}] {record['role'].upper()}"
        + (f"  overlap {record['overlap']}" if "overlap" in record else "")
        + (f"  ({record['boundary']})" if "boundary" in record else "")
        + (f"  [{record['class']}]" if "class" in record else "")
    ]
    gold = record.get("gold")
    if gold:
        lines.append(
            f"  gold ({gold['kind']}, cue {gold['cue']!r}, speaker {gold['speaker']!r}): {_clip(gold['text'])}"
        )
    predicted = record.get("predicted")
    if predicted:
        lines.append(
            f"  pred ({predicted['kind']}, cue {predicted['cue']!r}, speaker {predicted['speaker']!r}, "
            f"confidence {predicted['confidence']:.2f}): " + _clip(predicted["text"])
        )
    lines.append(f"  sentence: {_clip(record['sentence'], 500)}")
    return "\n".join(lines) + "\n"


def _clip(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
