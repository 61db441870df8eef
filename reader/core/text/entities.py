"""Names of people, places and organisations in a report.

jieba's part-of-speech tags alone call 努力实现 and 清正廉洁 people and 总结暨 a place.
The recogniser asks for more evidence, as a reader does:

- **places**: the administrative divisions of China (full and short names), countries,
  regions, rivers and mountains, townships and villages that follow a known place
  (甘肃省定西市安定区香泉镇马家岔村), and named zones (合肥经济技术开发区);
- **organisations**: a name ending in an organ's head word (厅、局、委员会、党组、集团…)
  that starts from a place, an administrative prefix (省、市、中央、国家…) or a proper
  noun (省委组织部, 山西省生态环境厅, 焦煤集团), and abbreviations such as 省委, 党中央;
- **people**: a name right after a title or role (省委书记骆惠宁, 村民王桂兰), before 同志,
  after 任命/免去/授予, in a list of names with their units, or a surname-led name
  followed by 说/表示/指出…; once a name is known, its other occurrences count too.

Names inside 《》 titles are skipped. `EntityRecognizer.find` works on the tokens and
tags of a segmenter (the keyword engine passes jieba's), so it is pure and fast to test.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from reader.core.text.entity_lexicon import EntityLexicon, load_lexicon
from reader.core.text.entity_people import (
    _NAME_CHARS,
    _NOT_NAME_START,
    _TITLE_BOOK,
    KINDS,
    ORGANIZATION,
    PERSON,
    PLACE,
    Entity,
    PeopleRules,
    Token,
    WordTag,
)

__all__ = ["KINDS", "ORGANIZATION", "PERSON", "PLACE", "Entity", "EntityRecognizer"]


#: After a place: 香泉镇, 马家岔村, 学院南路社区.
_SUBPLACE = re.compile(
    r"((?:(?![省市县区州旗盟的了和与在])[\u3400-\u9fff]){1,6}?(?:乡|镇|村|街道|社区|嘎查|苏木))(?![长委党政])"
)

_NOUNISH = ("n", "vn", "j", "ng", "nz", "nt", "ns", "nr", "nrt", "nrfg", "an", "eng", "l", "b", "m")
_ANCHOR_FLAGS = ("ns", "nt", "nz", "nr", "nrt", "nrfg", "j")
_FEATURE_TAIL = re.compile(r"(?:山|江|河|湖|岛|峡|湾|岭|峰|海)$")
_FORMULATIONS = re.compile(r"习近平[^，。；、“”\n]{0,14}思想|中国特色社会主义|中国梦|中华民族")


def _no_tag(_word: str) -> str | None:
    return None


class EntityRecognizer(PeopleRules):
    """People, places and organisations from a text and its tagged tokens."""

    def __init__(self, lexicon: EntityLexicon | None = None, word_tag: WordTag = _no_tag) -> None:
        """`word_tag` gives the segmenter dictionary's part of speech of a word (None for
        a word it does not know): a title followed by a common word (记者了解) is no name."""
        self.lex = lexicon or load_lexicon()
        self.word_tag = word_tag
        cue = self.lex.cue
        self._weak_titles = cue("weak titles")
        self._prefixes = cue("prefixes")
        self._not_anchors = cue("not anchors")
        self._generic_before = cue("generic before")
        self._own_name_heads = self.lex.cues.get("own name heads", ())
        self._generic_modifiers = cue("generic modifiers")
        self._place_heads = tuple(sorted(self.lex.cues.get("place heads", ()), key=len, reverse=True))
        self._not_features = cue("not features")
        self._title_re = re.compile("(?=(" + "|".join(re.escape(t) for t in self.lex.titles) + "))")
        self._heads = self.lex.org_heads
        self._known = (
            set(self.lex.divisions)
            | set(self.lex.short_divisions)
            | self.lex.other_places
            | self.lex.org_names
            | set(self._heads)
            | set(self.lex.titles)
        )

    # -- the whole pass ---------------------------------------------------------------
    def find(self, text: str, tagged: Iterable[tuple[str, str]]) -> list[Entity]:
        """Entities of `text`, given its tokens with their part-of-speech tags in order."""
        tokens = self._normalise(_offsets(tagged))
        masked = _masked(text)
        found: list[Entity] = []
        found += self._organisations_and_zones(text, tokens)
        found += self._places(text, tokens)
        found += self._people(text, tokens)
        return _resolve(found, masked)

    # -- tokens -------------------------------------------------------------------------
    def _role(self, word: str) -> str:
        lex = self.lex
        if lex.is_place(word):
            return "place"
        if word in lex.org_names:
            return "org"
        if word in self._heads:
            return "head"
        if word in lex.not_org_names:
            return ""
        if word in lex.titles:
            return "title"
        if word in self._prefixes:
            return "prefix"
        return ""

    def _normalise(self, tokens: list[Token]) -> list[Token]:
        """Merge tokens that together make a known name (武乡+县), split tokens made of
        known names (省委书记 → 省委+书记, 广西南宁 → 广西+南宁), and give each its role."""
        merged: list[Token] = []
        i = 0
        while i < len(tokens):
            for n in (4, 3, 2):
                group = tokens[i : i + n]
                word = "".join(t.word for t in group)
                if len(group) == n and (
                    word in self.lex.divisions or word in self.lex.other_places or word in self.lex.org_names
                ):
                    flag = "nt" if word in self.lex.org_names else "ns"
                    merged.append(Token(word, flag, group[0].start, group[-1].end))
                    i += n
                    break
            else:
                merged.append(tokens[i])
                i += 1
        result: list[Token] = []
        for token in merged:
            pieces = None if token.word in self._known else self._split(token.word)
            if (
                pieces is None
                and len(token.word) > 2
                and token.word[-1] in "原副"
                and token.word[:-1] in self._heads
            ):
                pieces = [token.word[:-1], token.word[-1]]  # 局原 → 局 + 原 (局原党组书记)
            if pieces:
                offset = token.start
                for piece in pieces:
                    result.append(Token(piece, token.flag, offset, offset + len(piece), self._role(piece)))
                    offset += len(piece)
            else:
                token.role = self._role(token.word)
                if token.role == "place" and not self._surely_place(token):
                    token.role = "maybe-place"  # 会同 (县), 安吉 (县): ordinary words as often
                result.append(token)
        return result

    def _surely_place(self, token: Token) -> bool:
        lex = self.lex
        if token.word in lex.divisions or token.word in lex.other_places:
            return True
        return lex.short_divisions.get(token.word) != "county" or token.flag.startswith("ns")

    def _split(self, word: str) -> list[str] | None:
        """`word` as a sequence of known names of two characters or more, if it is one."""
        if len(word) < 4 or len(word) > 16:
            return None
        best: list[list[str] | None] = [None] * (len(word) + 1)
        best[0] = []
        for end in range(2, len(word) + 1):
            for start in range(0, end - 1):
                prefix = best[start]
                piece = word[start:end]
                if prefix is not None and piece in self._known and self._role(piece):
                    candidate = [*prefix, piece]
                    if best[end] is None or len(candidate) < len(best[end] or []):
                        best[end] = candidate
        return best[-1] if best[-1] and len(best[-1]) > 1 else None

    # -- organisations and zones ------------------------------------------------------------
    def _head_at(self, text: str, tokens: Sequence[Token], k: int) -> tuple[str, str] | None:
        """(kind, head) when the text up to the end of token k ends with a head word."""
        token = tokens[k]
        upto = text[max(0, token.end - 12) : token.end]
        if token.word in self.lex.not_org_names and token.role not in ("head", "org"):
            return None  # 干部, 格局: they only end like a head
        for head in self._place_heads:
            if upto.endswith(head):
                return PLACE, head
        for head in self._heads:
            if upto.endswith(head) and (
                len(head) >= 2 or token.role == "head" or self.word_tag(token.word) in (None, "nt", "j")
            ):
                return ORGANIZATION, head
        if token.role == "org":
            return ORGANIZATION, token.word
        return None

    def _in_run(self, token: Token) -> bool:
        if token.role and token.role != "maybe-place":
            return token.role != "title"
        if token.flag.startswith("m"):
            return token.word.startswith("第")  # 第一医院, 第83集团军
        return token.flag.startswith(_NOUNISH) and _NAME_CHARS.match(token.word) is not None

    def _is_anchor(self, token: Token) -> bool:
        """Whether a name can start with `token`: a place, an organ, an administrative
        prefix or a proper noun (not a head word: 领导小组 starts nothing)."""
        if token.role in ("place", "org", "prefix"):
            return True
        if token.role == "head" or token.word in self._not_anchors:
            return False
        if token.flag.startswith(_ANCHOR_FLAGS):
            return True
        # jieba cuts 省工信厅 as 省工 + 信厅: a prefix and a character, no dictionary word
        return len(token.word) == 2 and token.word[0] in "省市县区" and self.word_tag(token.word) is None

    def _joins(self, tokens: Sequence[Token], k: int) -> bool:
        """和 inside a name (发展和改革委员会), not between two (中央和省委)."""
        if tokens[k].word != "和" or k + 1 >= len(tokens):
            return False
        following = tokens[k + 1]
        return (
            self._in_run(following)
            and not self._is_anchor(following)
            and following.word not in self.lex.not_org_names
        )

    def _organisations_and_zones(self, text: str, tokens: Sequence[Token]) -> list[Entity]:
        found: list[Entity] = []
        i = 0
        while i < len(tokens):
            if not self._in_run(tokens[i]):
                i += 1
                continue
            j = i
            while j + 1 < len(tokens) and (self._in_run(tokens[j + 1]) or self._joins(tokens, j + 1)):
                j += 1
            found += self._names_in_run(text, tokens, i, j)
            i = j + 1
        return found

    def _names_in_run(self, text: str, tokens: Sequence[Token], first: int, last: int) -> list[Entity]:
        """Names in the run of name-like tokens first..last. A name starts at an anchor
        and ends at its last head; a new anchor after a head starts the next name
        (省财政厅、省委组织部 are cut by punctuation already; 省委组织部省直工委 here)."""
        found: list[Entity] = []
        scope, begin, head_index, hit = first, None, None, None
        for k in range(first, last + 1):
            token = tokens[k]
            anchor = self._is_anchor(token)
            if anchor and head_index is not None and token.role != "head" and token.word not in self._heads:
                found += self._emit(text, tokens, scope, begin, head_index, hit)
                scope, begin, head_index, hit = k, None, None, None
            if anchor and (begin is None or (head_index is None and not self._is_anchor(tokens[k - 1]))):
                begin = k  # the latest anchor before any head: 省生态环境厅要会同省工业和信息化厅
            found_head = self._head_at(text, tokens, k)
            if found_head:
                head_index, hit = k, found_head
        if head_index is not None:
            found += self._emit(text, tokens, scope, begin, head_index, hit)
        return found

    def _emit(
        self,
        text: str,
        tokens: Sequence[Token],
        scope: int,
        begin: int | None,
        end: int,
        hit: tuple[str, str] | None,
    ) -> list[Entity]:
        if hit is None:
            return []
        kind, head = hit
        if kind == PLACE:
            begin = self._zone_start(tokens, scope, end)
        elif begin is None or begin > end:
            begin = self._own_name_start(tokens, scope, end, head)
        if begin is None:
            return []
        if begin > 0 and tokens[begin - 1].word.endswith("某"):
            # 天津某化工有限公司: anonymised; kept whole so that 天津 is no place here,
            # and dropped when overlaps are resolved
            anonymous = begin - 2 if begin > 1 and tokens[begin - 2].role == "place" else begin - 1
            return [
                Entity(
                    tokens[anonymous].start,
                    tokens[end].end,
                    kind,
                    text[tokens[anonymous].start : tokens[end].end],
                )
            ]
        if begin > 0 and self._is_generic_before(tokens[begin - 1]):
            return []  # 各市委组织部, 7个市人民政府
        first = tokens[begin]
        if (
            end == begin + 1
            and first.role == "prefix"
            and len(first.word) == 1
            and tokens[end].word in self.lex.not_org_names
        ):
            return []  # 县人民政府, 村党支部: any county's, any village's
        s, e = first.start, tokens[end].end
        name = text[s:e]
        return [Entity(s, e, kind, name)] if self._acceptable(name, head, kind) else []

    def _is_generic_before(self, token: Token) -> bool:
        return (
            token.word in self._generic_before
            or token.flag in ("m", "q", "mq")
            or token.word.endswith(("个", "家", "名"))
        )

    def _own_name_start(self, tokens: Sequence[Token], start: int, end: int, head: str) -> int | None:
        """Companies, schools and the like need no anchor: 焦煤集团, 太行干部学院."""
        if not any(head.endswith(h) for h in self._own_name_heads):
            return None
        for k in range(start, end):
            token = tokens[k]
            if (
                token.word not in self._generic_modifiers
                and token.role != "head"
                and token.word not in self._not_anchors
            ):
                return k if len("".join(t.word for t in tokens[k:end])) >= 2 else None
        return None

    def _zone_start(self, tokens: Sequence[Token], start: int, end: int) -> int | None:
        """The first token of a zone's or park's name ending at token `end`: back from the
        head over nouns up to and including a place's short name, but not a full division
        name (张家界市永定区天门山森林公园 is 天门山森林公园; 合肥经济技术开发区 keeps 合肥)."""
        if tokens[end].role == "place":
            return None  # 两江新区 is a place of its own
        begin = None
        for k in range(end - 1, start - 1, -1):
            token = tokens[k]
            full = token.word in self.lex.divisions
            if (
                (full and k < end - 1)
                or token.flag.startswith("v")
                or token.role in ("prefix", "title", "head")
            ):
                break
            if token.word in self._generic_modifiers:
                break
            begin = k
            if token.role == "place":
                break
        if begin is None:
            return None
        named = any(t.role == "place" or t.flag.startswith(_ANCHOR_FLAGS) for t in tokens[begin:end])
        return begin if named else None

    def _acceptable(self, name: str, head: str, kind: str) -> bool:
        if name in self.lex.org_names:
            return True
        if name in self.lex.not_org_names or name == head or len(name) < 3:
            return False
        return not (kind == PLACE and self.lex.is_place(name))

    # -- places ------------------------------------------------------------------------
    def _places(self, text: str, tokens: Sequence[Token]) -> list[Entity]:
        found: list[Entity] = []
        accepted = [self._is_place_token(t) for t in tokens]
        for index, token in enumerate(tokens):  # 郑州、开封、洛阳: a short name among places
            if (
                not accepted[index]
                and token.role in ("place", "maybe-place")
                and self._listed_with_places(tokens, accepted, index)
            ):
                accepted[index] = True
        for index, token in enumerate(tokens):
            word = token.word
            if accepted[index]:
                found.append(Entity(token.start, token.end, PLACE, word))
                if index + 1 >= len(tokens) or not accepted[index + 1]:
                    found += self._subplaces(text, token.end)
            elif (
                token.flag.startswith("ns")
                and len(word) >= 3
                and _FEATURE_TAIL.search(word)
                and word not in self._not_features
                and self.word_tag(word) in (None, "ns")
            ):
                found.append(Entity(token.start, token.end, PLACE, word))
        return found

    @staticmethod
    def _listed_with_places(tokens: Sequence[Token], accepted: list[bool], index: int) -> bool:
        for step in (-2, 2):
            other = index + step
            between = tokens[index + step // 2].word if 0 <= other < len(tokens) else ""
            if between in ("、", "和", "与", "及") and accepted[other]:
                return True
        return False

    def _is_place_token(self, token: Token) -> bool:
        word, lex = token.word, self.lex
        if word in lex.other_places:
            return True
        level = lex.divisions.get(word)
        if level:
            return len(word) > 2 or token.flag.startswith("ns")
        level = lex.short_divisions.get(word)
        if level is None:
            return False
        if level in ("province", "prefecture"):
            return True
        return token.flag.startswith("ns")

    @staticmethod
    def _subplaces(text: str, position: int) -> list[Entity]:
        """Townships, villages and communities written right after a place."""
        found: list[Entity] = []
        while True:
            match = _SUBPLACE.match(text, position)
            if not match or match.group(1)[0] in _NOT_NAME_START or match.group(1)[0] in "副每各":
                return found
            found.append(Entity(match.start(1), match.end(1), PLACE, match.group(1)))
            position = match.end(1)


def _offsets(tagged: Iterable[tuple[str, str]]) -> list[Token]:
    tokens, offset = [], 0
    for word, flag in tagged:
        tokens.append(Token(word, flag, offset, offset + len(word)))
        offset += len(word)
    return tokens


def _masked(text: str) -> list[tuple[int, int]]:
    """Spans where no name counts: titles in 《》 and fixed formulations."""
    spans = [(m.start(), m.end()) for m in _TITLE_BOOK.finditer(text)]
    spans += [(m.start(), m.end()) for m in _FORMULATIONS.finditer(text)]
    return spans


def _resolve(found: list[Entity], masked: list[tuple[int, int]]) -> list[Entity]:
    """Non-overlapping entities, the longest first where they overlap, none in `masked`."""
    blocked = [False] * (max((e.end for e in found), default=0) + 1)
    for start, end in masked:
        for i in range(start, min(end, len(blocked))):
            blocked[i] = True
    result: list[Entity] = []
    for entity in sorted(found, key=lambda e: (-(e.end - e.start), e.start, KINDS.index(e.kind))):
        if not any(blocked[entity.start : entity.end]):
            if "某" not in entity.text:  # anonymised: 天津某化工有限公司
                result.append(entity)
            for i in range(entity.start, entity.end):
                blocked[i] = True
    result.sort(key=lambda e: e.start)
    return result
