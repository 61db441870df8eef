"""Auto-coding rules and the rule file.

A rule gives a tag to the passages where any of its terms or regular expressions
occurs. A rule file (a coding dictionary) is plain text, UTF-8 (GB18030 and the
other encodings reports come in are read too), one item a line:

    # 政策工具（Rothwell & Zegveld）
    [政策工具/供给型]
    人才培养
    资金投入
    re:科技.{0,4}投入

    [政策工具/需求型]
    政府采购

- `[tag]` (also `［tag］` or `【tag】`) starts the rule for that tag (levels joined
  by `/`); the same tag again adds to its rule;
- any other line is a term, matched like a library search: width- and
  case-insensitive (`ＡＩ` finds `ai`);
- `re:` starts a regular expression (Python syntax, case-insensitive, matched on
  width-folded text, as in the search's regular-expression mode);
- blank lines and lines starting with `#` are skipped; spaces at both ends of a line
  are dropped.

Mistakes are reported with their line (`RuleFileError`), in English or Chinese.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from reader.core.analysis.autocode.provenance import RULES
from reader.core.analysis.search import REGEX, Query, SearchError, compile_query
from reader.core.annotations.model import normalise_tag
from reader.core.problems import ExplainedError, ReportError, pick, user_language
from reader.core.reading.encoding import decode_bytes

REGEX_PREFIX = "re:"
MAX_RULE_FILE_BYTES = 10 * 1024 * 1024
MAX_TAG_LENGTH = 200  # as the sidecar allows
_HEADINGS = (("[", "]"), ("［", "］"), ("【", "】"))


class RuleFileError(ExplainedError, ValueError):
    """A rule file or rule that cannot be used: `code`, the `line` (0 when none) and
    what is wrong, in plain words in English or Chinese."""

    MESSAGES: ClassVar[dict[str, dict[str, str]]] = {
        "unreadable": {"en": "The rule file cannot be read", "zh": "无法读取规则文件"},
        "no-tag": {"en": "Give the tag to code the passages with", "zh": "请指定用于编码的标签"},
        "too-large": {
            "en": "The rule file is larger than 10 MB; it was not read",
            "zh": "规则文件超过 10 MB，未读取",
        },
        "not-text": {"en": "The rule file is not text", "zh": "规则文件不是文本文件"},
        "no-rules": {
            "en": "The rule file holds no rule: start one with a tag in brackets, such as [政策工具/供给型]",
            "zh": "规则文件中没有规则：请以方括号中的标签开始一条规则，例如 [政策工具/供给型]",
        },
        "term-before-tag": {
            "en": "Line {line}: a term comes before any tag; put a tag in brackets above it",
            "zh": "第 {line} 行：词语之前没有标签；请在其上方写一个方括号中的标签",
        },
        "empty-tag": {
            "en": "Line {line}: the tag in brackets is empty",
            "zh": "第 {line} 行：方括号中的标签为空",
        },
        "long-tag": {
            "en": "Line {line}: the tag is longer than 200 characters",
            "zh": "第 {line} 行：标签超过 200 个字符",
        },
        "unclosed-tag": {
            "en": "Line {line}: the tag's bracket is not closed",
            "zh": "第 {line} 行：标签的方括号没有闭合",
        },
        "empty-rule": {
            "en": "Line {line}: the tag {tag} has no term or pattern",
            "zh": "第 {line} 行：标签 {tag} 下没有词语或正则表达式",
        },
        "empty-pattern": {
            "en": "Line {line}: nothing follows re:",
            "zh": "第 {line} 行：re: 之后没有内容",
        },
        "bad-regex": {
            "en": "Line {line}: not a valid regular expression",
            "zh": "第 {line} 行：不是有效的正则表达式",
        },
        "matches-empty": {
            "en": "Line {line}: the regular expression matches empty text",
            "zh": "第 {line} 行：该正则表达式会匹配空文本",
        },
    }

    def __init__(self, code: str, detail: str = "", line: int = 0, **params: str) -> None:
        super().__init__(code, detail)
        self.line, self.params = line, params

    def reason(self, lang: str | None = None) -> str:
        base = pick(self.MESSAGES, self.code, lang)
        with contextlib.suppress(KeyError, IndexError):
            base = base.format(line=self.line, **self.params)
        if (lang or user_language()) == "zh":
            return f"{base}（{self.detail}）。" if self.detail else f"{base}。"
        return f"{base} ({self.detail})." if self.detail else f"{base}."


@dataclass(frozen=True, slots=True)
class Rule:
    """A tag and what finds it. `ruleset` and `digest` say which rule file it comes
    from, `line` where it starts there."""

    tag: str
    terms: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()  # regular expressions
    ruleset: str = ""  # the rule file's name; for a search, its mode
    digest: str = ""
    line: int = 0
    source: str = RULES  # or SEARCH


@dataclass(frozen=True, slots=True)
class RuleSet:
    name: str  # the rule file's name
    digest: str  # SHA-256 of its bytes, 16 hex digits
    rules: tuple[Rule, ...]


def notation(pattern: str, regex: bool) -> str:
    """A term or pattern as a rule file writes it."""
    return REGEX_PREFIX + pattern if regex else pattern


def compile_pattern(pattern: str, line: int = 0) -> re.Pattern[str]:
    """A rule's regular expression as it runs: case-insensitive, on width-folded
    text. RuleFileError when it is not valid or matches empty text."""
    try:
        return compile_query(Query(pattern, mode=REGEX))[0]
    except SearchError as exc:
        raise RuleFileError(exc.code, exc.detail, line) from None


def read_rules(path: Path) -> RuleSet:
    """Read and check a rule file (RuleFileError with the reason and the line)."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_RULE_FILE_BYTES + 1)
    except OSError as exc:
        raise RuleFileError("unreadable", exc.strerror or type(exc).__name__) from None
    if len(raw) > MAX_RULE_FILE_BYTES:
        raise RuleFileError("too-large")
    try:
        text = decode_bytes(raw).text if raw else ""
    except ReportError:
        raise RuleFileError("not-text") from None
    return parse_rules(text, path.name, hashlib.sha256(raw).hexdigest()[:16])


def parse_rules(text: str, name: str = "", digest: str = "") -> RuleSet:
    """The rules of a rule file's text (see the module doc). `digest` defaults to
    the SHA-256 of the text in UTF-8."""
    if not digest:
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    order: list[str] = []
    terms: dict[str, dict[str, None]] = {}
    patterns: dict[str, dict[str, None]] = {}
    starts: dict[str, int] = {}
    current: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip().lstrip("\ufeff").strip()
        if not line or line.startswith("#"):
            continue
        tag = _heading(line, number)
        if tag is not None:
            current = tag
            if tag not in starts:
                order.append(tag)
                starts[tag], terms[tag], patterns[tag] = number, {}, {}
            continue
        if current is None:
            raise RuleFileError("term-before-tag", line[:40], number)
        if line.lower().startswith(REGEX_PREFIX):
            pattern = line[len(REGEX_PREFIX) :].strip()
            if not pattern:
                raise RuleFileError("empty-pattern", "", number)
            compile_pattern(pattern, number)
            patterns[current].setdefault(pattern, None)
        else:
            terms[current].setdefault(line, None)
    if not order:
        raise RuleFileError("no-rules")
    for tag in order:
        if not terms[tag] and not patterns[tag]:
            raise RuleFileError("empty-rule", "", starts[tag], tag=tag)
    rules = tuple(
        Rule(tag, tuple(terms[tag]), tuple(patterns[tag]), name, digest, starts[tag]) for tag in order
    )
    return RuleSet(name, digest, rules)


def _heading(line: str, number: int) -> str | None:
    """The tag of a `[tag]` line, None for any other line."""
    for opening, closing in _HEADINGS:
        if line.startswith(opening):
            if not line.endswith(closing) or len(line) < 2:
                raise RuleFileError("unclosed-tag", line[:40], number)
            tag = normalise_tag(line[len(opening) : -len(closing)])
            if not tag:
                raise RuleFileError("empty-tag", "", number)
            if len(tag) > MAX_TAG_LENGTH:
                raise RuleFileError("long-tag", "", number)
            return tag
    return None
