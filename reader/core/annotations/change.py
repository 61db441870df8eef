"""What one user action does to the annotations and the codebook (`Change`)."""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.annotations.model import Annotation, Tag


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

    @property
    def reports(self) -> set[str]:
        """Reports whose annotations this change touches."""
        return {a.path for a in (*self.before.values(), *self.after.values()) if a is not None}
