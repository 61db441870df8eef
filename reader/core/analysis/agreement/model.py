"""What the agreement table takes and gives: coded reports in, per pair of coders a row
per tag and one over all tags out, each coefficient with its value (or why there is
none) and, after the bootstrap, its confidence interval. Labels and reasons in
English and Chinese for the command line and the window."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reader.core.problems import pick

if TYPE_CHECKING:
    from reader.core.analysis.agreement.resample import PairData

#: Conventional reliability thresholds (Krippendorff 2004, p. 241):
#: data with α ≥ 0.8 are relied on, 0.667 ≤ α < 0.8 allow tentative conclusions only.
THRESHOLDS = (0.667, 0.8)

#: Column headings, by coefficient name.
LABELS: dict[str, dict[str, str]] = {
    "agreement": {"en": "Agreement", "zh": "一致率"},
    "kappa": {"en": "Cohen's κ", "zh": "Cohen κ"},
    "alpha_characters": {"en": "α (characters)", "zh": "α（按字符）"},
    "u_alpha": {"en": "uα (unitized)", "zh": "uα（单元化）"},
    "binary_u_alpha": {"en": "|uα (coded or not)", "zh": "|uα（是否编码）"},
    "cu_alpha": {"en": "cuα (which tags)", "zh": "cuα（标签是否一致）"},
}

#: The coefficients of a tag's row (for one tag |uα is uα, and cuα has one category).
TAG_COEFFICIENTS = ("agreement", "kappa", "alpha_characters", "u_alpha")
#: The coefficients of the all-tags row.
ALL_COEFFICIENTS = ("agreement", "kappa", "alpha_characters", "u_alpha", "binary_u_alpha", "cu_alpha")

#: Why a figure is not given.
REASONS: dict[str, dict[str, str]] = {
    "empty": {"en": "There is no report in this scope", "zh": "此范围内没有报告"},
    "one-coder": {
        "en": "Agreement needs two coders; fewer have coded in this scope",
        "zh": "一致性需要两位编码者，此范围内的编码者不足两位",
    },
    "coder-absent": {"en": "{coder} has coded nothing in this scope", "zh": "{coder} 在此范围内没有任何编码"},
    "no-common": {
        "en": "No report in this scope has been coded by both coders",
        "zh": "此范围内没有两位编码者都编码过的报告",
    },
    "no-coding": {"en": "Neither coder coded anything here", "zh": "两位编码者在此都没有编码"},
    "no-variation": {
        "en": "Both coders gave every character the same value: there is nothing to tell apart",
        "zh": "两位编码者对每个字符的编码都相同，没有可区分的差异",
    },
    "no-overlap": {
        "en": "The two coders' passages never overlap: there is no shared passage whose tags could agree",
        "zh": "两位编码者的段落没有重叠，无法比较共同段落的标签",
    },
    "one-category": {
        "en": "Where both coders coded, only one tag occurs: there is nothing to tell apart",
        "zh": "两位编码者共同编码之处只有一个标签，没有可区分的差异",
    },
    "few-reports": {
        "en": "At least two reports are needed to resample reports",
        "zh": "至少需要两篇报告才能对报告重抽样",
    },
    "cancelled": {"en": "Cancelled", "zh": "已取消"},
}


def reason_text(code: str, lang: str | None = None, **params: str) -> str:
    """The plain-language reason for `code` in `lang` (default: the user's language)."""
    text = pick(REASONS, code, lang)
    try:
        return text.format(**params)
    except (KeyError, IndexError):
        return text


def verdict(value: float | None) -> str:
    """'reliable' (≥ 0.8), 'tentative' (≥ 0.667), 'unreliable', or '' when not defined."""
    if value is None:
        return ""
    return "reliable" if value >= THRESHOLDS[1] else "tentative" if value >= THRESHOLDS[0] else "unreliable"


# -- input -----------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Coding:
    """One annotation placed in its report's current text: [start, end) in code points."""

    coder: str
    start: int
    end: int
    tags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CodedReport:
    """A report of the scope: its cleaned text's length in code points and its codings.
    `orphaned` counts annotations that could not be placed in the text (left out)."""

    path: str
    length: int
    codings: tuple[Coding, ...]
    orphaned: int = 0


# -- output ----------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Interval:
    """A bootstrap confidence interval (percentile method), or why there is none."""

    low: float | None
    high: float | None
    level: float
    resamples: int  # resamples in which the coefficient was defined
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Estimate:
    """A coefficient's value, or None with the code of the reason (`REASONS`)."""

    value: float | None
    reason: str = ""
    interval: Interval | None = None


@dataclass(frozen=True, slots=True)
class Row:
    """One tag (`tag` None: all tags together) for one pair of coders."""

    tag: str | None
    passages: tuple[int, int]  # annotations with the tag (any of the tags), by each coder
    characters: tuple[int, int, int]  # characters coded by the first, the second, both
    estimates: dict[str, Estimate]


@dataclass(frozen=True, slots=True)
class PairTable:
    """The table of one pair of coders."""

    coders: tuple[str, str]
    reports: tuple[str, ...]  # the reports compared
    left_out: tuple[str, ...]  # reports of the scope only one of the two coded
    rows: tuple[Row, ...]
    overall: Row | None
    reason: str = ""  # why nothing could be compared
    reason_params: dict[str, str] = field(default_factory=dict)
    data: PairData | None = field(default=None, repr=False, compare=False)  # for the bootstrap


@dataclass(frozen=True, slots=True)
class AgreementTable:
    coders: tuple[str, ...]
    tags: tuple[str, ...]
    pairs: tuple[PairTable, ...]
    orphaned: int  # annotations of the scope that could not be placed in their text
    reason: str = ""

    def to_json(self, lang: str | None = None) -> dict[str, Any]:
        """The table as JSON data (no NaN: a figure is a number or null with a reason)."""
        return {
            "coders": list(self.coders),
            "tags": list(self.tags),
            "orphaned": self.orphaned,
            "reason": _reason_json(self.reason, {}, lang),
            "pairs": [_pair_json(p, lang) for p in self.pairs],
        }


def _reason_json(code: str, params: dict[str, str], lang: str | None) -> dict[str, str] | None:
    return {"code": code, "message": reason_text(code, lang, **params)} if code else None


def _pair_json(pair: PairTable, lang: str | None) -> dict[str, Any]:
    return {
        "coders": list(pair.coders),
        "reports": len(pair.reports),
        "left_out": len(pair.left_out),
        "reason": _reason_json(pair.reason, pair.reason_params, lang),
        "rows": [_row_json(r, lang) for r in pair.rows],
        "all_tags": None if pair.overall is None else _row_json(pair.overall, lang),
    }


def _row_json(row: Row, lang: str | None) -> dict[str, Any]:
    def estimate(e: Estimate) -> dict[str, Any]:
        out: dict[str, Any] = {"value": e.value, "reason": _reason_json(e.reason, {}, lang)}
        if e.interval is not None:
            out["interval"] = {
                "low": e.interval.low,
                "high": e.interval.high,
                "level": e.interval.level,
                "resamples": e.interval.resamples,
                "reason": _reason_json(e.interval.reason, {}, lang),
            }
        return out

    return {
        "tag": row.tag,
        "passages": list(row.passages),
        "characters": dict(zip(("first", "second", "both"), row.characters, strict=True)),
        "statistics": {name: estimate(e) for name, e in row.estimates.items()},
    }
