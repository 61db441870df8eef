"""The command line's messages, in English and Chinese (the user's language)."""

from __future__ import annotations

from reader.core.problems import pick

_TEXTS: dict[str, dict[str, str]] = {
    "summary": {
        "en": "{reports} reports loaded, {problems} problems.",
        "zh": "已加载 {reports} 篇报告，发现 {problems} 个问题。",
    },
    "problems-heading": {"en": "Problems:", "zh": "问题："},
    "no-folder": {"en": "no such folder", "zh": "文件夹不存在"},
    "not-folder": {"en": "not a folder", "zh": "不是文件夹"},
    "no-path": {"en": "no such file or folder", "zh": "文件或文件夹不存在"},
    "desktop-installed": {
        "en": "Report Reader is now in your applications menu ({count} files written):",
        "zh": "报告阅读器已加入应用程序菜单（写入 {count} 个文件）：",
    },
    "desktop-removed": {
        "en": "Launcher and icon removed ({count} files):",
        "zh": "已移除启动器和图标（{count} 个文件）：",
    },
    "desktop-unsupported": {
        "en": "--install-desktop is for Linux desktops; on Windows and macOS use the shortcut pip installs",
        "zh": "--install-desktop 仅适用于 Linux 桌面；Windows 和 macOS 请使用 pip 安装的快捷方式",
    },
    "annotations-summary": {
        "en": "{count} annotations (kept in {where}).",
        "zh": "共 {count} 条标注（保存在 {where}）。",
    },
    "exported": {
        "en": "Wrote {count} annotations from {reports} reports to {path}.",
        "zh": "已将 {reports} 篇报告中的 {count} 条标注写入 {path}。",
    },
    "imported": {
        "en": "Added {added}, updated {updated}, skipped {skipped} annotations (kept in {where}).",
        "zh": "新增 {added} 条、更新 {updated} 条、跳过 {skipped} 条标注（保存在 {where}）。",
    },
    "repaired": {
        "en": "{count} of them were repaired to the annotations file's rules ({what}).",
        "zh": "其中 {count} 条已按标注文件的规则修正（{what}）。",
    },
    "refused": {
        "en": "{count} annotations were not imported, as they break the annotations file's rules:",
        "zh": "{count} 条标注不符合标注文件的规则，未导入：",
    },
    "unplaced": {
        "en": "{count} annotations are for reports not in this library; they are kept as not found.",
        "zh": "{count} 条标注所属的报告不在此库中，已保留为“未找到”。",
    },
    "search-summary": {
        "en": "{hits} hits in {reports} reports.",
        "zh": "共 {reports} 篇报告中 {hits} 处匹配。",
    },
    "search-memo-summary": {
        "en": "{hits} hits in {memos} memos.",
        "zh": "共 {memos} 条备忘录中 {hits} 处匹配。",
    },
    "indexing": {"en": "Indexing {done} of {total} reports…", "zh": "正在索引 {done}/{total} 篇报告…"},
    "top-count": {"en": "Top terms (occurrences):", "zh": "高频词（出现次数）："},
    "top-tfidf": {"en": "Top terms (TF-IDF):", "zh": "关键词（TF-IDF）："},
    "tag-counts": {"en": "Tags (passages):", "zh": "标签（摘录数）："},
    "stats-summary": {
        "en": "{reports} reports, {tokens} term occurrences.",
        "zh": "{reports} 篇报告，词语共出现 {tokens} 次。",
    },
    "no-report": {"en": "no such report in the library", "zh": "库中没有这篇报告"},
    "side-ancestor": {"en": "the common ancestor", "zh": "共同祖先版本"},
    "side-ours": {"en": "our version", "zh": "我方版本"},
    "side-theirs": {"en": "their version", "zh": "对方版本"},
    "merged": {
        "en": "Merged the annotations of both sides: {count} annotations in {path}.",
        "zh": "已合并双方的标注：{path} 中共 {count} 条标注。",
    },
    "no-tag": {"en": "no such tag in the library's codebook", "zh": "库的编码本中没有这个标签"},
    "cannot-write": {"en": "cannot write the file ({error})", "zh": "无法写入文件（{error}）"},
    "internal": {
        "en": "unexpected error ({error}); details are in the log",
        "zh": "意外错误（{error}）；详情见日志",
    },
}


def tr(key: str, **params: object) -> str:
    """A command-line message in the user's language."""
    return pick(_TEXTS, key).format(**params)
