"""What every match of a regular expression contains, so that library search looks
up in the index only the reports that can hold a match (`reader.core.analysis.search`)."""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse

from reader.core.text.folding import fold1

#: At most this many strings are followed through a pattern (`第[一二三]批` is three).
ALTERNATIVES = 16


def required_alternatives(pattern: re.Pattern[str]) -> list[set[str]]:
    """What every match of `pattern` contains: sets of strings, each match holding one
    string of every set (`(整改|落实)工作` gives [{整改工作, 落实工作}]). Only characters
    without case, which match only themselves however the flags read, are taken;
    classes and alternatives of them are expanded up to `ALTERNATIVES` strings."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags & ~re.UNICODE)
    except (re.error, RecursionError):
        return []
    required: list[set[str]] = []
    _requirements(list(parsed), required)
    return [r for r in required if r and all(r)]


def _plain(ch: str) -> bool:
    """A character that matches only itself, whatever the case flags."""
    return ch.lower() == ch == ch.upper() and ch.casefold() == ch and fold1(ch) == ch


def _choices(op: object, value: object) -> set[str] | None:
    """The strings one parsed item matches, when they are a few plain ones."""
    if op is sre.LITERAL:
        return {chr(value)} if _plain(chr(value)) else None  # type: ignore[arg-type]
    if op is sre.IN:
        members = list(value)  # type: ignore[call-overload]
        if all(o is sre.LITERAL and _plain(chr(v)) for o, v in members):
            return {chr(v) for _o, v in members}
        return None
    if op is sre.SUBPATTERN and not value[1] and not value[2]:  # type: ignore[index]
        return _exact(list(value[-1]))  # type: ignore[index]
    if op is sre.BRANCH:
        branches = [_exact(list(b)) for b in value[1]]  # type: ignore[index]
        if any(b is None for b in branches):
            return None
        return set().union(*branches)  # type: ignore[arg-type]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and value[0] == value[1]:  # type: ignore[index]
        return _exact(list(value[2]) * value[0])  # type: ignore[index]
    return None


def _exact(items: list[tuple[object, object]]) -> set[str] | None:
    """The strings a sequence matches, when it matches a few plain ones."""
    found = {""}
    for op, value in items:
        choices = _choices(op, value)
        if choices is None or len(found) * len(choices) > ALTERNATIVES:
            return None
        found = {a + b for a in found for b in choices}
    return found


def _requirements(items: list[tuple[object, object]], required: list[set[str]]) -> None:
    """Add to `required` what a sequence of parsed items needs in every match."""
    run = {""}
    for op, value in items:
        choices = _choices(op, value)
        if choices is not None and len(run) * len(choices) <= ALTERNATIVES:
            run = {a + b for a in run for b in choices}
            continue
        required.append(run)
        run = choices if choices is not None else {""}
        if choices is not None:
            continue
        if op is sre.SUBPATTERN and not value[1] and not value[2]:  # type: ignore[index]
            _requirements(list(value[-1]), required)  # type: ignore[index]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and value[0] >= 1:  # type: ignore[index]
            _requirements(list(value[2]), required)  # type: ignore[index]
    required.append(run)
