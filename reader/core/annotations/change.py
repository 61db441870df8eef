"""What one user action does to the annotations, the codebook, the memos and the
report variables (`Change`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.core.annotations.memos import Memo
from reader.core.annotations.model import Annotation, Tag
from reader.core.annotations.report_variables import Variable


@dataclass
class Change:
    """One user action on annotations or tags: the affected states before and after
    (None: the annotation does not exist), and the codebook before and after."""

    before: dict[str, Annotation | None]
    after: dict[str, Annotation | None]
    tags_before: list[Tag] | None = None
    tags_after: list[Tag] | None = None
    #: Keep the `modified` times of `after` (an import: the other copy's times are
    #: what a later merge must compare).
    keep_times: bool = False
    #: Memos by id before and after (None: the memo does not exist).
    memos_before: dict[str, Memo | None] = field(default_factory=dict)
    memos_after: dict[str, Memo | None] = field(default_factory=dict)
    #: The report variables before and after (None: unchanged), and values by
    #: (relpath, variable) before and after ('' = none).
    variables_before: list[Variable] | None = None
    variables_after: list[Variable] | None = None
    values_before: dict[tuple[str, str], str] = field(default_factory=dict)
    values_after: dict[tuple[str, str], str] = field(default_factory=dict)

    @property
    def reports(self) -> set[str]:
        """Reports whose annotations this change touches."""
        return {a.path for a in (*self.before.values(), *self.after.values()) if a is not None}
