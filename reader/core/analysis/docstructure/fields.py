"""Recognisers for the parts of an official document's layout (GB/T 9704-2012 §7):
organ names, titles and their 文种, standalone dates, 附件说明 and attachment markers,
the 版记. Each works on one paragraph; `analyse` decides where they may stand."""

from __future__ import annotations

import re

from reader.core.analysis.docstructure.numerals import CN_NUMERAL, FoundDate, cn_number, find_dates

_CJK = "\u4e00-\u9fff"
_ORGAN_SUFFIX = re.compile(
    "(?:委员会|人民政府|政府|办公厅|办公室|党委|党组|工委|纪委|监委|中央|国务院|总局|总署|部|厅|局|委|署|院|会"
    "|办|处|室|所|站|中心|银行|小组|指挥部|集团|公司|大学|学院|学校|协会|司令部|政治部|党校|管委会"
    "|科协|妇联|工商联|残联|侨联|文联|作协|团委|共青团中央|社)$"
)
_ORGAN_NAME = re.compile(rf"[{_CJK}（）()]{{2,30}}")
_SENTENCE = re.compile(r"[。，；！？：:,;]")
#: The 文种 (kinds) of 党政机关公文处理工作条例 §8 and of rules and plans, as they end a title.
KINDS = (
    "通知", "意见", "决定", "决议", "命令", "公报", "公告", "通告", "通报", "报告", "请示", "批复", "议案",
    "纪要", "函", "办法", "方案", "规定", "条例", "规则", "细则", "规划", "纲要", "准则", "章程", "要点",
    "措施", "指南", "指引", "守则", "计划",
)  # fmt: skip
#: Kinds that a title can end with on its own (no 关于…的): rules, plans, communiqués.
STANDALONE_KINDS = frozenset(
    {
        "办法",
        "方案",
        "规定",
        "条例",
        "规则",
        "细则",
        "规划",
        "纲要",
        "准则",
        "章程",
        "要点",
        "措施",
        "意见",
        "公报",
        "纪要",
    }
)
_MODIFIER = "(?:指导|实施|若干|暂行|补充|紧急|工作|管理|试行)?"
_KIND_ALT = "|".join(sorted(KINDS, key=len, reverse=True))
_TRAILING_PAREN = re.compile(r"[（(][^（）()]{1,24}[）)]$")
_OFFICIAL_TITLE = re.compile(
    rf"^(?P<organs>.*?)(?:关于|转发|批转)(?P<subject>.*)的{_MODIFIER}(?P<kind>{_KIND_ALT})$"
)
_PLAIN_TITLE = re.compile(rf"^[^。，；！？：]{{2,60}}?(?P<kind>{_KIND_ALT})$")
_ORGAN_SPLIT = re.compile(r"[、\s\u3000，,]+")
_JOINT_TAIL = re.compile(rf"等[{CN_NUMERAL}0-9]*(?:个)?(?:部门|单位|部委|机关)$")


def squeeze(text: str) -> str:
    """Collapse the letter-spacing of a header ('国 务 院 文 件' is 国务院文件) and trim:
    runs of one-character words are joined, other words kept apart by one space."""
    out: list[str] = []
    run: list[str] = []
    for token in text.split():
        if len(token) == 1:
            run.append(token)
            continue
        if run:
            out.append("".join(run))
            run = []
        out.append(token)
    if run:
        out.append("".join(run))
    return " ".join(out)


def is_organ(name: str) -> bool:
    """Whether `name` reads as an organ's name: 2-30 CJK characters ending in an organ word."""
    name = _JOINT_TAIL.sub("", name)
    return bool(_ORGAN_NAME.fullmatch(name) and _ORGAN_SUFFIX.search(name))


def organ_list(text: str) -> list[str] | None:
    """The organs of a signature or header line ('中共中央办公厅 国务院办公厅'), or None
    when any part is not an organ's name."""
    text = squeeze(text.strip())
    if not text or _SENTENCE.search(text.replace("、", "")) or len(text) > 80:
        return None
    names = [_JOINT_TAIL.sub("", n) for n in _ORGAN_SPLIT.split(text) if n]
    return names if names and all(is_organ(n) for n in names) else None


def clean_title(title: str, keep_spaces: bool = False) -> str:
    """A title without surrounding space and quotes, and without trailing parentheses
    such as （试行） or （国发〔2019〕12号）; inner spaces dropped (or kept as one)."""
    title = re.sub(r"[\s\u3000]+", " " if keep_spaces else "", title).strip(" 《》")
    previous = None
    while previous != title:
        previous = title
        title = _TRAILING_PAREN.sub("", title)
    return title


def title_kind(title: str) -> tuple[str | None, list[str], bool]:
    """(kind, organs, official) read from a title: '国务院关于…的通知' gives
    ('通知', ['国务院'], True); '某某管理办法' gives ('办法', [], False) (a kind that
    needs other evidence); a news headline gives (None, [], False)."""
    spaced = clean_title(title, keep_spaces=True)
    title = spaced.replace(" ", "")
    if len(title) > 100:
        return None, [], False
    match = _OFFICIAL_TITLE.match(spaced)
    if match:
        prefix = match.group("organs")
        organs = organ_list(prefix) if prefix else []
        subject = match.group("subject").replace("、", "")
        plain = not _SENTENCE.search(subject) and "关于" not in prefix and not re.search("[《》“”]", prefix)
        # '新华社关于…的通知' is a notice even when its organ is not recognised
        if plain and (organs is not None or len(prefix) <= 20):
            return match.group("kind"), organs or [], True
    match = _PLAIN_TITLE.match(title)
    if match and match.group("kind") in STANDALONE_KINDS and "《" not in title:  # not '解读《…条例》'
        return match.group("kind"), [], False
    return None, [], False


def standalone_date(paragraph: str) -> FoundDate | None:
    """The date when `paragraph` is a date and nothing else (the 成文日期 line)."""
    text = paragraph.strip(" \t\u3000")
    dates = list(find_dates(text))
    if len(dates) != 1:
        return None
    found = dates[0]
    rest = (text[: found.start] + text[found.end :]).strip(" \t\u3000（）()")
    return found if not rest else None


def header_date(paragraph: str) -> FoundDate | None:
    """The date of a line under a rule's title: '（2019年8月30日中共中央政治局会议审议批准
    2019年8月30日中共中央发布）' gives the date of 发布 (or 印发, 公布), else the first."""
    text = paragraph.strip(" \t\u3000")
    if not (text[:1] in "（(" and text[-1:] in "）)" and len(text) <= 120):
        return None
    if not re.search(r"(?:发布|印发|公布|通过|批准|施行)", text):
        return None
    dates = list(find_dates(text))
    for found in dates:
        if re.match(r"[^0-9０-９\u3000 ]{0,20}?(?:发布|印发|公布)", text[found.end :]):
            return found
    return dates[0] if dates else None


_MARKER = re.compile(rf"附\s*件\s*(?P<n>[0-9０-９]{{1,2}}|[{CN_NUMERAL}]{{1,3}})?\s*[：:]?")
_NOTE = re.compile(r"附\s*件\s*[：:]\s*(?P<rest>\S.*)")
_NOTE_ITEM = re.compile(r"(?P<n>[0-9０-９]{1,2})\s*[.．、]\s*(?P<name>\S.*)")


def attachment_marker(paragraph: str) -> int | None:
    """The number of the attachment a paragraph announces ('附件2' → 2, '附件' → 0), or
    None when the paragraph is not such a marker (the first line of an attachment)."""
    match = _MARKER.fullmatch(paragraph.strip(" \t\u3000"))
    if not match:
        return None
    number = cn_number(match.group("n")) if match.group("n") else 0
    return number


def attachment_note(paragraph: str) -> tuple[int | None, str] | None:
    """(number, name) of the first item of a 附件说明 ('附件：1．名单' → (1, '名单'),
    '附件：名单' → (None, '名单')), or None."""
    match = _NOTE.fullmatch(paragraph.strip(" \t\u3000"))
    if not match:
        return None
    rest = match.group("rest").strip()
    item = _NOTE_ITEM.fullmatch(rest)
    if item:
        return cn_number(item.group("n")), clean_name(item.group("name"))
    return (None, clean_name(rest)) if len(rest) <= 80 and not rest.endswith("。") else None


def note_item(paragraph: str) -> tuple[int, str] | None:
    """A later line of a 附件说明: '2．名单' → (2, '名单')."""
    match = _NOTE_ITEM.fullmatch(paragraph.strip(" \t\u3000"))
    if not match or len(match.group("name")) > 80:
        return None
    number = cn_number(match.group("n"))
    return (number, clean_name(match.group("name"))) if number else None


def clean_name(name: str) -> str:
    return re.sub(r"[\s\u3000]+", "", name).strip("《》。；;")


_LABELS = ("索引号", "主题分类", "发文机关", "成文日期", "标题", "发文字号", "发布日期", "主题词", "公文种类")
_LABEL = re.compile(
    "(" + "|".join("[\\s\u3000]*".join(label) for label in _LABELS) + r")[\s\u3000]*[：:][\s\u3000]*"
)


def metadata_labels(paragraph: str) -> dict[str, tuple[str, int]]:
    """The labelled fields of a government website's metadata block ('发文机关：国务院
    成文日期：2019年03月05日'): label → (value, offset of the value in `paragraph`)."""
    matches = list(_LABEL.finditer(paragraph))
    found: dict[str, tuple[str, int]] = {}
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(paragraph)
        value = paragraph[match.end() : end].rstrip(" \t\u3000")
        if value:
            found[re.sub(r"[\s\u3000]", "", match.group(1))] = (value, match.end())
    return found


def is_addressee(paragraph: str) -> bool:
    """A 主送机关 line: organs ending with a colon ('各省、自治区、直辖市人民政府：')."""
    text = paragraph.strip(" \t\u3000")
    if not text.endswith(("：", ":")) or len(text) > 150 or _LABEL.match(text) or text.startswith("附件"):
        return False
    names = [n for n in re.split(r"[、，,；;\s\u3000]+", text[:-1]) if n]
    return bool(names) and sum(
        1 for n in names if _ORGAN_SUFFIX.search(n) or n.endswith(("单位", "机关"))
    ) * 2 >= len(names)


_COPY_TO = re.compile(r"(?:抄送|抄报|分送)\s*[：:]")
_PRINTED = re.compile(r"\S.*?\s*(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年.{1,8}日\s*印\s*发$")


def is_colophon(paragraph: str) -> bool:
    """A line of the 版记: 抄送：…, or '国务院办公厅 2019年3月6日印发'."""
    text = paragraph.strip(" \t\u3000")
    return bool(_COPY_TO.match(text) or _PRINTED.fullmatch(text))


def is_annotation(paragraph: str) -> bool:
    """A 附注 line under the date: '（此件公开发布）', '（联系人：…）'."""
    text = paragraph.strip(" \t\u3000")
    return (
        text[:1] in "（("
        and text[-1:] in "）)"
        and len(text) <= 60
        and bool(re.search("此件|联系人|联系电话", text))
    )
