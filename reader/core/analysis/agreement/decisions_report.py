"""The adjudication decisions of a library as a report: one line per decision (for
`reader agreement DIR --decisions`), or JSON as the sidecar stores them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reader.core.analysis.agreement.render import coder_label
from reader.core.annotations.decisions import BOTH, FIRST, NEITHER, SECOND, Decision, decision_json

_CHOICES = {
    FIRST: {"en": "kept {a}'s", "zh": "保留 {a} 的"},
    SECOND: {"en": "kept {b}'s", "zh": "保留 {b} 的"},
    BOTH: {"en": "kept both", "zh": "两者都保留"},
    NEITHER: {"en": "kept neither", "zh": "两者都不保留"},
}
_HEAD = {
    "en": "{n} adjudication decisions (report, characters, text, coders → consensus: decision, by, when)",
    "zh": "{n} 项裁定（报告、字符位置、文本、编码者 → 共识：裁定、裁定者、时间）",
}
_CHOICE_COUNTS = {"en": "{choice}: {n}", "zh": "{choice}：{n}"}


def choice_text(decision: Decision, lang: str) -> str:
    """What the decision kept, in the UI language ("kept 甲's", "两者都不保留")."""
    a, b = (coder_label(c, lang) for c in decision.coders)
    return _CHOICES[decision.choice]["zh" if lang == "zh" else "en"].format(a=a, b=b)


def decisions_text(decisions: Sequence[Decision], lang: str) -> str:
    """One line per decision, in report and text order, then the count of each choice."""
    key = "zh" if lang == "zh" else "en"
    lines = [_HEAD[key].format(n=len(decisions))]
    for d in decisions:
        quote = d.exact.replace("\n", " ")
        quote = quote if len(quote) <= 24 else quote[:23] + "…"
        a, b = (coder_label(c, lang) for c in d.coders)
        colon = "：" if key == "zh" else ": "
        lines.append(
            f"{d.path}\t{d.start}–{d.end}\t「{quote}」\t{a} × {b} → {coder_label(d.consensus, lang)}{colon}"
            f"{choice_text(d, lang)}\t{d.author}\t{d.modified}"
        )
    for choice in (FIRST, SECOND, BOTH, NEITHER):
        n = sum(1 for d in decisions if d.choice == choice)
        if n:
            label = _CHOICES[choice][key].format(a="A", b="B")
            lines.append(_CHOICE_COUNTS[key].format(choice=label, n=n))
    return "\n".join(lines) + "\n"


def decisions_json(decisions: Sequence[Decision]) -> dict[str, Any]:
    """The decisions as plain JSON, each as the sidecar stores it."""
    return {"decisions": [decision_json(d) for d in decisions]}
