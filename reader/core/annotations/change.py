"""What one user action does to the annotations, the codebook, the word lists, the
dictionary, the memos and the report variables (`Change`): built without touching
anything (`operations`), applied by the library (`Library.apply`), and read by the
views to refresh only what it names."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.core.annotations.decisions import Decision
from reader.core.annotations.memos import Memo
from reader.core.annotations.model import Annotation, Tag
from reader.core.annotations.report_variables import Variable
from reader.core.text.wordlists import WordList


@dataclass
class Change:
    """The affected states before and after (an annotation None: it does not exist),
    and the codebook, word lists and dictionary words before and after (None: not
    touched)."""

    before: dict[str, Annotation | None] = field(default_factory=dict)
    after: dict[str, Annotation | None] = field(default_factory=dict)
    tags_before: list[Tag] | None = None
    tags_after: list[Tag] | None = None
    #: Keep the `modified` times of `after` (an import: the other copy's times are
    #: what a later merge must compare).
    keep_times: bool = False
    #: Cleaned texts the new annotations were made on (fingerprint -> text), kept so
    #: that they can be re-anchored when the report changes.
    texts: dict[str, str] = field(default_factory=dict)
    wordlists_before: list[WordList] | None = None
    wordlists_after: list[WordList] | None = None
    words_added: tuple[str, ...] = ()
    words_removed: tuple[str, ...] = ()
    #: Memos by id before and after (None: the memo does not exist).
    memos_before: dict[str, Memo | None] = field(default_factory=dict)
    memos_after: dict[str, Memo | None] = field(default_factory=dict)
    #: The report variables before and after (None: unchanged), and values by
    #: (relpath, variable) before and after ('' = none).
    variables_before: list[Variable] | None = None
    variables_after: list[Variable] | None = None
    values_before: dict[tuple[str, str], str] = field(default_factory=dict)
    values_after: dict[tuple[str, str], str] = field(default_factory=dict)
    #: Adjudication decisions by id before and after (None: it does not exist).
    decisions_before: dict[str, Decision | None] = field(default_factory=dict)
    decisions_after: dict[str, Decision | None] = field(default_factory=dict)

    @property
    def reports(self) -> set[str]:
        """Reports whose annotations this change touches."""
        touched = {a.path for a in (*self.before.values(), *self.after.values()) if a is not None}
        decided = (*self.decisions_before.values(), *self.decisions_after.values())
        return touched | {d.path for d in decided if d is not None}

    @property
    def annotations(self) -> set[str]:
        """Ids of the annotations this change touches."""
        return set(self.before) | set(self.after)

    @property
    def retagged(self) -> bool:
        """Whether some annotation's tags change (the codebook's counts and passages)."""
        for ann_id in self.annotations:
            before, after = self.before.get(ann_id), self.after.get(ann_id)
            if (before.tags if before else None) != (after.tags if after else None):
                return True
        return False

    @property
    def codebook(self) -> bool:
        """Whether the codebook (tags, their colours and descriptions) changes."""
        return self.tags_after is not None and self.tags_after != self.tags_before

    @property
    def wordlists(self) -> bool:
        return self.wordlists_after is not None and self.wordlists_after != self.wordlists_before

    @property
    def dictionary(self) -> bool:
        return bool(self.words_added or self.words_removed)

    @property
    def casework(self) -> bool:
        """Whether memos, report variables or their values change."""
        return bool(
            self.memos_after or self.memos_before or self.variables_after is not None or self.values_after
        )

    @property
    def decisions(self) -> bool:
        """Whether adjudication decisions change."""
        return bool(self.decisions_after or self.decisions_before)

    @property
    def empty(self) -> bool:
        return not (
            self.annotations
            or self.codebook
            or self.wordlists
            or self.dictionary
            or self.casework
            or self.decisions
        )

    def inverse(self) -> Change:
        """The change that undoes this one."""
        return Change(
            before=self.after,
            after=self.before,
            tags_before=self.tags_after,
            tags_after=self.tags_before,
            wordlists_before=self.wordlists_after,
            wordlists_after=self.wordlists_before,
            words_added=self.words_removed,
            words_removed=self.words_added,
            memos_before=self.memos_after,
            memos_after=self.memos_before,
            variables_before=self.variables_after,
            variables_after=self.variables_before,
            values_before=self.values_after,
            values_after=self.values_before,
            decisions_before=self.decisions_after,
            decisions_after=self.decisions_before,
        )
