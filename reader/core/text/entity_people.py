"""People's names in a report, and the types the entity recogniser works with.

A name counts as a person's only with evidence: right after a title or role, before
同志, after 任命/免去/授予, in a list of names with their units, or a surname-led name
followed by 说/表示/指出…; once a name is known, its other occurrences count too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.text.entity_lexicon import EntityLexicon

PERSON, PLACE, ORGANIZATION = "person", "place", "organization"
KINDS = (PERSON, PLACE, ORGANIZATION)


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    kind: str  # person, place, organization
    text: str


@dataclass(slots=True)
class Token:
    word: str
    flag: str
    start: int
    end: int
    role: str = ""  # place, org, head, title, prefix or ""


_HAN = "\u3400-\u9fff"
_NAME_CHARS = re.compile(f"[{_HAN}]")
#: What may follow a person's name.
_AFTER_NAME = re.compile(
    r"(?:[，。、；：！？“”‘’（）()《》\s　,.;:!?—…·]|$|同志|总书记|书记|省长|市长|县长|主任|主席|部长|"
    r"等|说|表示|指出|强调|介绍|主持|出席|讲话|要求|告诉|认为|带领|在|到|和|与|及|是|为|的|一行|率|调研|"
    r"作|对|向|从|也|还|就|已|正|又|将|曾|提出|希望|发表|听取|考察|看望|慰问|会见|参加|陪同|宣读|致辞|"
    r"指导|代表|家|一家|夫妇|兼任|任|所|则|更|便|每|今年|去年|如今|现在|当时|多次|先后|深有|坦言|感慨|笑着)"
)
#: Characters no name starts with.
_NOT_NAME_START = set(
    "的了在和与及是为对向从也还就已都正又将们等要把被让使给能会可应各全本该这那其之所并而或以于由着过不没很更最我你他她它"
)
#: A clear end of a name: punctuation, or a word of two characters that follows names.
_CLEAR_END = re.compile(
    r"(?:[，。、；：！？“”‘’（）()《》\s　,.;:!?—…]|$|同志|总书记|书记|省长|市长|县长|主任|主席|部长|"
    r"说|表示|指出|强调|介绍|主持|出席|讲话|要求|告诉|认为|带领|一行|调研|提出|希望|发表|听取|考察|看望|慰问|会见|参加|陪同|宣读|致辞|"
    r"一家|夫妇|兼任|坦言|感慨|笑着|正在|已经)"
)
_PERSON_VERBS = re.compile(r"(?:说|表示|指出|强调|介绍|认为|告诉|主持|出席|讲话|要求|同志)")
_APPOINT = re.compile(r"(?:任命|免去|授予|选举|提名|推荐|表彰|聘任|决定由)")
_LABEL = re.compile(
    r"(?:联系人|出席|列席|主持人|主持|成员|组\s*长|副组长|指\s*挥\s*长|副指挥长|记者|通讯员|作者|讲解员)[：:]\s*"
)
_LINE_NAME = re.compile(rf"(?m)(?:^|[：:、，])\s*([{_HAN}]{{2,4}})(?=[　（(])")
_TITLE_BOOK = re.compile(r"《[^《》\n]{0,80}》")

WordTag = Callable[[str], "str | None"]


class PeopleRules:
    """The people-finding half of `EntityRecognizer` (mixed into it)."""

    lex: EntityLexicon
    word_tag: WordTag
    _title_re: re.Pattern[str]
    _weak_titles: frozenset[str]
    _known: set[str]

    def _people(self, text: str, tokens: Sequence[Token]) -> list[Entity]:
        boundaries = {t.start for t in tokens} | {len(text)}
        names: set[str] = set()
        for match in self._title_re.finditer(text):  # every title, overlapping: 人民警察 and 民警
            title = match.group(1)
            names.update(
                self._name_at(text, match.start() + len(title), boundaries, weak=title in self._weak_titles)
            )
        for match in _LABEL.finditer(text):
            names.update(self._name_at(text, match.end(), boundaries))
        for match in _APPOINT.finditer(text):
            names.update(self._name_at(text, match.end(), boundaries, appointed=True))
        for match in _LINE_NAME.finditer(text):
            candidate = match.group(1)
            if self.lex.has_surname(candidate) and self._plausible(candidate):
                names.add(candidate)
        for match in re.finditer("(?:等)?(?:同志|总书记)", text):
            names.update(self._name_before(text, match.start(), boundaries))
        for index, token in enumerate(tokens[:-1]):
            if (
                token.flag in ("nr", "nrfg", "nrt")
                and 2 <= len(token.word) <= 3
                and self.lex.has_surname(token.word)
                and _PERSON_VERBS.match(tokens[index + 1].word)
                and self._plausible(token.word)
            ):
                names.add(token.word)
        return self._occurrences(text, names, boundaries)

    def _name_at(
        self, text: str, position: int, boundaries: set[int], weak: bool = False, appointed: bool = False
    ) -> list[str]:
        """The name starting at `position` (after a title), if one does: two to four
        characters followed by punctuation or by what follows names (说, 指出, 同志…), or
        a ·-joined name. A name without a common surname needs a clear end (punctuation
        or a verb of two characters), and after a role such as 村民 always."""
        if position >= len(text) or text[position] in _NOT_NAME_START:
            return []
        run = re.match(f"[{_HAN}]{{2,8}}·[{_HAN}]{{2,12}}", text[position:])
        if run:  # 努尔兰·阿布都热依木介绍
            whole = run.group()
            for length in range(whole.index("·") + 3, len(whole) + 1):
                if _AFTER_NAME.match(text, position + length):
                    return [whole[:length]]
            return []
        surnamed_end, other_end = None, None
        for length in (2, 3, 4):
            candidate = text[position : position + length]
            if len(candidate) < length or not all(_NAME_CHARS.match(c) for c in candidate):
                break
            after = position + length
            surnamed = self.lex.has_surname(candidate) and length <= (
                4 if candidate[:2] in self.lex.compound_surnames else 3
            )
            if (
                surnamed
                and surnamed_end is None
                and _AFTER_NAME.match(text, after)
                and self._plausible(candidate)
            ):
                surnamed_end = after
            clear = _CLEAR_END.match(text, after) or (appointed and text[after : after + 1] in "为的等（")
            if not surnamed and other_end is None and clear and self._plausible(candidate, loose=True):
                other_end = after
        if surnamed_end is not None and not weak:
            return [text[position:surnamed_end]]
        if surnamed_end is not None and _CLEAR_END.match(text, surnamed_end):
            return [text[position:surnamed_end]]
        if other_end is not None and not (weak and other_end - position > 4):
            return [text[position:other_end]]
        if not appointed:  # 局长赵东升违规…: a surname and token boundaries
            for length in (3, 2):
                candidate = text[position : position + length]
                if (
                    position in boundaries
                    and position + length in boundaries
                    and self.lex.has_surname(candidate)
                    and all(_NAME_CHARS.match(c) for c in candidate)
                    and not any(c in _NOT_NAME_START for c in candidate[1:])
                    and self._plausible(candidate)
                ):
                    return [candidate]
        return []

    def _name_before(self, text: str, position: int, boundaries: set[int]) -> list[str]:
        """The surname-led name that ends at `position` (before 同志, 总书记, 等同志)."""
        for length in (3, 2, 4):
            start = position - length
            candidate = text[max(0, start) : position]
            if (
                start >= 0
                and start in boundaries
                and self.lex.has_surname(candidate)
                and self._plausible(candidate)
                and all(_NAME_CHARS.match(c) for c in candidate)
            ):
                return [candidate]
        return []

    def _plausible(self, name: str, loose: bool = False) -> bool:
        """Not a word of the dictionary (other than a name), a title, a place or an organ."""
        if name in self._known or name in self.lex.not_org_names:
            return False
        if any(c in _NOT_NAME_START for c in name[1:]) and loose:
            return False
        tag = self.word_tag(name)
        if tag is not None and not tag.startswith(("nr", "ns")):
            return False
        if loose:
            tags = (None, "nr", "nrt", "nrfg", "ns")
            return not any(self.word_tag(name[i : i + 2]) not in tags for i in range(len(name) - 1))
        return True

    def _occurrences(self, text: str, names: set[str], boundaries: set[int]) -> list[Entity]:
        if not names:
            return []
        pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
        found = []
        for match in pattern.finditer(text):
            before = text[match.start() - 1] if match.start() else ""
            if (
                match.start() in boundaries
                or not _NAME_CHARS.match(before)
                or self._after_title(text, match.start())
            ):
                found.append(Entity(match.start(), match.end(), PERSON, match.group()))
        return found

    def _after_title(self, text: str, position: int) -> bool:
        window = text[max(0, position - 6) : position]
        return any(window.endswith(t) for t in self.lex.titles)
