"""The evaluation report as readable text (the same numbers as ``--json``)."""

from __future__ import annotations

from typing import Any

from newsparse.evaluate.others import SECTIONS

LIST_ITEMS = 8  # longer lists (missed items, for error analysis) are only in the JSON report


def _pct(value: float | None) -> str:
    return "     –" if value is None else f"{100 * value:6.1f}"


def _num(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def format_report(report: dict[str, Any]) -> str:
    lines = [f"newsparse evaluate — {report['gold_file']}"]
    if report.get("self_check"):
        lines.append(
            "SELF-CHECK: the gold scored against itself (no parsing); anything below 100% is a scorer or gold bug"
        )
        failures = report.get("self_check_failures") or []
        lines.append(f"self-check: {'PASSED' if not failures else f'FAILED on {len(failures)} quote(s), see the log'}")
    seconds = report.get("seconds", {})
    lines.append(
        f"{report['articles']} articles, parsed in {seconds.get('parse', '?')} s wall, "
        f"{seconds.get('parse_cpu', '?')} s CPU "
        f"({seconds.get('articles_per_second', '?')} articles/s, {report.get('jobs', 1)} job(s)); "
        f"disabled plugins: {', '.join(report.get('disabled_plugins') or ()) or 'none'}"
    )
    if report.get("gold_problems"):
        lines.append(
            f"GOLD PROBLEMS: {len(report['gold_problems'])} annotation(s) left out (see log); "
            f"first: {report['gold_problems'][0]}"
        )
    if report.get("parse_failures"):
        lines.append(
            f"PARSE FAILURES: {len(report['parse_failures'])} article(s) scored as empty; "
            f"first: {report['parse_failures'][0]}"
        )
    for failure, count in (report.get("plugin_failures") or {}).items():
        lines.append(f"plugin failure ×{count}: {failure}")
        lines += [
            f"    e.g. {example[:200]}"
            for example in (report.get("plugin_failure_examples") or {}).get(failure, [])[:2]
        ]
    if "quotes" in report:
        lines += _quotes(report["quotes"])
    if "errors" in report:
        lines += _errors(report["errors"])
    for section in SECTIONS:
        if section in report:
            lines.append("")
            lines.append(f"== {section} ==")
            lines += _flat(report[section])
    return "\n".join(lines) + "\n"


def _quotes(quotes: dict[str, Any]) -> list[str]:
    overall = quotes["overall"]
    title = "== quotes ==" + (f" (kind = {quotes['kind_filter']} on both sides)" if quotes.get("kind_filter") else "")
    scope = quotes.get("cue_scope", "all")
    scope_line = (
        "cue scope: all predicted quotes"
        if scope == "all"
        else (f"cue scope: predicted quotes with cue class {', '.join(scope)} or no cue (--cue-class all to score all)")
    )
    lines = [
        "",
        title,
        f"gold {overall['gold']}, predicted {overall['predicted']}, matched {overall['matched']}",
        scope_line,
        "",
    ]
    lines.append(f"{'':32} {'P':>6} {'R':>6} {'F1':>6}")
    for label, key in (
        ("content, ≥50% token overlap", "content"),
        ("content, exact span", "exact"),
        ("end to end (content + speaker)", "end_to_end"),
    ):
        m = overall[key]
        lines.append(f"{label:32} {_pct(m['precision'])} {_pct(m['recall'])} {_pct(m['f1'])}")
    for label, key in (("content", "content"), ("end-to-end", "end_to_end")):
        interval = overall[key].get("f1_ci95")
        if interval:
            lines.append(
                f"{label} F1 95% interval (bootstrap over articles): "
                f"{_pct(interval[0]).strip()}–{_pct(interval[1]).strip()}"
            )
    speaker = overall["speaker"]
    lines.append(
        f"speaker accuracy on matched quotes: {_pct(speaker['accuracy']).strip()}% "
        f"({speaker['right']}/{speaker['matched']}; {speaker['matched_without_speaker']} matched with no speaker)"
    )
    lines.append(f"predicted quotes with no speaker: {_pct(overall['no_speaker_share']).strip()}%")
    lines += _speaking_actors(quotes.get("speaking_actors"))
    lines += _named_genders(quotes.get("named_genders"))
    lines += ["", "by kind (recall by gold kind, precision by predicted kind):"] + _table(quotes["by_kind"], "kind")
    lines += ["", "by cue lemma (gold cue for recall, predicted cue for precision; top by gold count):"]
    lines += _table(quotes["by_cue"], "cue")
    if quotes.get("by_confidence"):
        confident = quotes["confident"]
        lines += [
            "",
            "by confidence (share of predicted quotes that are right; Quote.reasons says what lowered it):",
            f"  {'confidence':16} {'pred':>6} {'right':>6} {'P':>6}",
        ]
        for band, row in quotes["by_confidence"].items():
            lines.append(f"  {band:16} {row['predicted']:6d} {row['right']:6d} {_pct(row['precision'])}")
        lines.append(
            f"  keeping confidence >= {confident['threshold']}: {confident['predicted']} quotes, "
            f"content P {_pct(confident['content']['precision']).strip()} / "
            f"R {_pct(confident['content']['recall']).strip()} / F1 {_pct(confident['content']['f1']).strip()}"
        )
    if quotes.get("kind_confusion"):
        lines += [
            "",
            "kind of matched quotes (gold → predicted): "
            + ", ".join(f"{row['gold']}→{row['predicted']} {row['count']}" for row in quotes["kind_confusion"]),
        ]
    return lines


def _named_genders(result: dict[str, Any] | None) -> list[str]:
    """Gender coverage of quotes by fully named persons (``newsparse.evaluate.genders``)."""
    if not result or not result.get("quotes_by_named_persons"):
        return []
    evidence = ", ".join(f"{source} {count}" for source, count in result["by_evidence"].items())
    return [
        f"quotes by named persons with a gender: {_pct(result['share']).strip()}% "
        f"({result['with_gender']}/{result['quotes_by_named_persons']}; by evidence: {evidence or 'none'})"
    ]


def _speaking_actors(result: dict[str, Any] | None) -> list[str]:
    """Speaking-actor precision (``newsparse.evaluate.sources``), when the gold marks where sources are."""
    if not result or not result.get("speaking_actors"):
        return []
    lines = [
        f"speaking actors with a mention on an annotated source: {_pct(result['precision']).strip()}% "
        f"({result['on_source']}/{result['speaking_actors']} in {result['articles']} articles); "
        f"quotes with no speaker actor: {_pct(result['speaker_none_share']).strip()}%",
        "  by kind: "
        + ", ".join(
            f"{kind} {_pct(row['precision']).strip()}% of {row['speaking']}" for kind, row in result["by_kind"].items()
        ),
    ]
    confident = result.get("confident")
    if confident and confident.get("speaking"):
        lines.append(
            f"  with a quote at confidence >= {confident['threshold']}: {_pct(confident['precision']).strip()}% "
            f"({confident['on_source']}/{confident['speaking']}); by kind: "
            + ", ".join(
                f"{kind} {_pct(row['precision']).strip()}% of {row['speaking']}"
                for kind, row in confident["by_kind"].items()
                if row["speaking"]
            )
        )
    common = result.get("commonest_not_on_source") or []
    if common:
        lines.append(
            "  commonest not on a source: "
            + ", ".join(f"{r['name']!r} ({r['kind']}) ×{r['articles']}" for r in common[:8])
        )
    return lines


def _table(groups: dict[str, Any], label: str) -> list[str]:
    header = f"  {label:16} {'gold':>6} {'pred':>6} {'P':>6} {'R':>6} {'F1':>6} {'exF1':>6} {'spk%':>6} {'e2eF1':>6}"
    rows = [header]
    for name, g in groups.items():
        rows.append(
            f"  {name[:16]:16} {g['gold']:6d} {g['predicted']:6d} {_pct(g['content']['precision'])} "
            f"{_pct(g['content']['recall'])} {_pct(g['content']['f1'])} {_pct(g['exact']['f1'])} "
            f"{_pct(g['speaker']['accuracy'])} {_pct(g['end_to_end']['f1'])}"
        )
    return rows


def _errors(errors: dict[str, Any]) -> list[str]:
    lines = [
        "",
        f"errors by cause ({errors['total']} in all"
        + (f", listed in {errors['file']}" if errors.get("file") else "")
        + "):",
    ]
    lines += [f"  {count:6d}  {name}" for name, count in errors["by_cause_and_role"].items()]
    if errors.get("boundary"):
        lines.append("  wrong boundary by type: " + ", ".join(f"{k} {n}" for k, n in errors["boundary"].items()))
    if errors.get("missed_cues"):
        lines.append("  gold cues never found: " + ", ".join(f"{c} {n}" for c, n in errors["missed_cues"].items()))
    if errors.get("not_speech_by_class"):
        lines.append(
            "  'not speech' false alarms by class: "
            + ", ".join(f"{c} {n}" for c, n in errors["not_speech_by_class"].items())
        )
    return lines


def _flat(value: Any, prefix: str = "") -> list[str]:
    """A nested result dict as ``key.sub: value`` lines (the other scorers' formats are theirs)."""
    if isinstance(value, dict):
        lines = []
        for key, item in value.items():
            lines += _flat(item, f"{prefix}.{key}" if prefix else str(key))
        return lines
    if isinstance(value, (list, tuple)):
        if all(not isinstance(v, (dict, list, tuple)) for v in value) and len(value) <= LIST_ITEMS:
            return [f"  {prefix:40} {', '.join(_num(v) for v in value) or '(none)'}"]
        return [f"  {prefix:40} {len(value)} items (listed with --json)"]
    return [f"  {prefix:40} {_num(value)}"]
