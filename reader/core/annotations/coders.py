"""Whose annotations are shown: every coder's, only mine, or one chosen coder's; and
blind coding, which shows only mine whatever else is chosen, so that a second coder
is not led by the first.

The coder of an annotation is its author. The view decides what the reader pane,
the panels, the codebook's and sidebar's counts, search by tag, exports and
statistics show; it never decides what is kept or written (the sidecar always holds
everyone's annotations, and changes to a tag reach every coder's passages).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol, TypeVar


class _Authored(Protocol):
    author: str


A = TypeVar("A", bound=_Authored)

ALL, MINE, CODER = "all", "mine", "coder"
MODES = (ALL, MINE, CODER)


@dataclass(frozen=True, slots=True)
class CoderView:
    """`mode` ALL, MINE or CODER (then `coder` names whom); `me` is the user's
    author name; `blind` shows only `me`'s annotations whatever the mode."""

    mode: str = ALL
    coder: str = ""
    me: str = ""
    blind: bool = False

    @property
    def everyone(self) -> bool:
        """Whether every coder's annotations are shown."""
        return self.mode == ALL and not self.blind

    @property
    def shown_coder(self) -> str | None:
        """The one coder whose annotations are shown, or None for everyone."""
        if self.blind or self.mode == MINE:
            return self.me
        return self.coder if self.mode == CODER else None

    def shows(self, author: str) -> bool:
        """Whether an annotation by `author` is shown."""
        only = self.shown_coder
        return only is None or author == only

    def keep(self, annotations: Iterable[A]) -> list[A]:
        """The shown ones of `annotations` (anything with an `author`)."""
        only = self.shown_coder
        return list(annotations) if only is None else [a for a in annotations if a.author == only]


EVERYONE = CoderView()


def coder_names(annotations: Iterable[_Authored]) -> list[str]:
    """Every author of `annotations`, by name."""
    return sorted({a.author for a in annotations})
