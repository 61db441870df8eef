"""Why a file could not be read as a report: codes, parameters and plain-language reasons.

A problem carries a stable code (for JSON output and tests) and parameters; its
reason is rendered in English or Simplified Chinese on demand.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import ClassVar

_MESSAGES: dict[str, dict[str, str]] = {
    "empty": {
        "en": "The file is empty (0 bytes).",
        "zh": "文件为空（0 字节）。",
    },
    "too-large": {
        "en": "The file is {size}, larger than the {limit} limit for a report; it was not opened.",
        "zh": "文件大小为 {size}，超过单篇报告 {limit} 的上限，未打开。",
    },
    "not-regular": {
        "en": "This is a {kind}, not a regular file; only regular files are opened.",
        "zh": "这是{kind}，不是普通文件；只打开普通文件。",
    },
    "unreadable": {
        "en": "The file could not be read: {error}.",
        "zh": "无法读取文件：{error}。",
    },
    "binary": {
        "en": "The file holds binary data, not text.",
        "zh": "文件内容是二进制数据，不是文本。",
    },
    "undecodable": {
        "en": "The text encoding could not be recognised (tried UTF-8, UTF-16, GB18030, Big5 and others).",
        "zh": "无法识别文本编码（已尝试 UTF-8、UTF-16、GB18030、Big5 等）。",
    },
    "no-text": {
        "en": "The report contains no text.",
        "zh": "报告中没有正文。",
    },
    "symlink-loop": {
        "en": "This folder link leads back into a folder above it; it was not followed.",
        "zh": "此文件夹链接指回其上级文件夹，未进入。",
    },
    "broken-link": {
        "en": "This link points to something that does not exist.",
        "zh": "此链接指向的目标不存在。",
    },
    "unlistable": {
        "en": "The folder could not be opened: {error}.",
        "zh": "无法打开文件夹：{error}。",
    },
    "not-found": {
        "en": "No such file or folder.",
        "zh": "文件或文件夹不存在。",
    },
    # The reader pane's limits (a report within them opens in seconds in under 1 GB).
    "too-large-to-show-bytes": {
        "en": "This report is too large for the reader pane: the file is {size}, over the {limit} it "
        "shows. `reader text FILE` prints its text; search and export still include it.",
        "zh": "这篇报告太大，阅读窗格无法显示：文件大小为 {size}，超过可显示的上限 {limit}。"
        "可用 `reader text 文件` 输出其正文；搜索和导出仍包括它。",
    },
    "too-large-to-show-chars": {
        "en": "This report is too large for the reader pane: {count} characters, over the {limit} it "
        "shows. `reader text FILE` prints its text; search and export still include it.",
        "zh": "这篇报告太大，阅读窗格无法显示：共 {count} 个字符，超过可显示的上限 {limit} 个。"
        "可用 `reader text 文件` 输出其正文；搜索和导出仍包括它。",
    },
    "too-large-to-show-paragraphs": {
        "en": "This report is too large for the reader pane: {count} paragraphs, over the {limit} it "
        "shows. `reader text FILE` prints its text; search and export still include it.",
        "zh": "这篇报告太大，阅读窗格无法显示：共 {count} 段，超过可显示的上限 {limit} 段。"
        "可用 `reader text 文件` 输出其正文；搜索和导出仍包括它。",
    },
    "too-large-to-show-paragraph": {
        "en": "This report cannot be shown in the reader pane: one paragraph has {count} characters, "
        "over the {limit} it lays out. `reader text FILE` prints its text; search and export still "
        "include it.",
        "zh": "这篇报告无法在阅读窗格中显示：其中一段有 {count} 个字符，超过可排版的上限 {limit} 个。"
        "可用 `reader text 文件` 输出其正文；搜索和导出仍包括它。",
    },
}

_KINDS: dict[str, dict[str, str]] = {
    "folder": {"en": "folder", "zh": "文件夹"},
    "fifo": {"en": "named pipe (FIFO)", "zh": "命名管道（FIFO）"},
    "device": {"en": "device", "zh": "设备文件"},
    "socket": {"en": "socket", "zh": "套接字"},
    "other": {"en": "special file", "zh": "特殊文件"},
}


_chosen_language: str | None = None


def set_language(lang: str | None) -> None:
    """Render reasons in `lang` ('zh' or 'en') when none is asked for: the window sets
    its UI language. None: follow the environment."""
    global _chosen_language
    _chosen_language = lang


def user_language() -> str:
    """The language set with `set_language`, else 'zh' when the environment's locale
    asks for Chinese, else 'en'."""
    if _chosen_language is not None:
        return _chosen_language
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def render(code: str, params: dict[str, str] | None = None, lang: str | None = None) -> str:
    """The plain-language reason for a problem code, in `lang` (default: the user's)."""
    lang = lang or user_language()
    params = dict(params or {})
    if "kind" in params:
        params["kind"] = _KINDS.get(params["kind"], _KINDS["other"])[lang]
    template = pick(_MESSAGES, code, lang)
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def pick(messages: dict[str, dict[str, str]], key: str, lang: str | None = None) -> str:
    """`key`'s text from `messages` (key -> language -> text) in `lang` (default: the
    user's), else in English, else the key itself."""
    texts = messages.get(key, {})
    return texts.get(lang or user_language()) or texts.get("en") or key


def _with_detail(messages: dict[str, dict[str, str]], code: str, detail: str, lang: str | None) -> str:
    """`code`'s message from `messages` in `lang` (default: the user's), with a
    technical detail in brackets: "Base (detail)." or "基本（细节）。"."""
    lang = lang or user_language()
    base = pick(messages, code, lang)
    if lang == "zh":
        return f"{base}（{detail}）。" if detail else f"{base}。"
    return f"{base} ({detail})." if detail else f"{base}."


class ExplainedError(Exception):
    """An expected failure: a stable `code`, a technical `detail`, and `reason()` in plain
    words in English or Chinese, from the subclass's `MESSAGES` (code -> language -> text)."""

    MESSAGES: ClassVar[dict[str, dict[str, str]]] = {}

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(code, detail)
        self.code, self.detail = code, detail

    def reason(self, lang: str | None = None) -> str:
        """Why, in `lang` ('en' or 'zh'; default: the user's)."""
        return _with_detail(self.MESSAGES, self.code, self.detail, lang)

    def __str__(self) -> str:
        return self.reason("en")


def human_size(size: int) -> str:
    """Bytes as a short figure: '52.4 MB'."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} bytes" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    raise AssertionError("unreachable")


class ReportError(ExplainedError):
    """A file cannot be loaded as a report. `code` is one of the problem codes, whose
    message is filled in with `params`."""

    def __init__(self, code: str, **params: str) -> None:
        super().__init__(code)
        self.params = params

    def reason(self, lang: str | None = None) -> str:
        return render(self.code, self.params, lang)

    def __reduce__(self) -> tuple[object, ...]:  # crosses to and from worker processes
        return _report_error, (self.code, self.params)


def _report_error(code: str, params: dict[str, str]) -> ReportError:
    return ReportError(code, **params)


@dataclass(frozen=True, slots=True)
class Problem:
    """A path in a library that could not be loaded, and why."""

    path: str
    code: str
    params: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    def reason(self, lang: str | None = None) -> str:
        return render(self.code, self.params, lang)
