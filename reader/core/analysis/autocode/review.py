"""Accepted proposals become annotations: one change, undone as one."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from reader.core.analysis.autocode.engine import Proposal
from reader.core.analysis.autocode.provenance import AutoOrigin
from reader.core.annotations.change import Change
from reader.core.annotations.model import Annotation, Tag, make_annotation
from reader.core.text.wordlists import PALETTE


@dataclass(slots=True)
class Accepted:
    """The change that adds the annotations (and any new tags to the codebook), the
    texts they were made on (to keep in the sidecar's `texts`, as `annotate` does),
    and each new annotation's origin (which the annotation records, too)."""

    change: Change
    texts: dict[str, str] = field(default_factory=dict)
    origins: dict[str, AutoOrigin] = field(default_factory=dict)


def accept(
    proposals: Iterable[Proposal], texts: Mapping[str, str], codebook: Sequence[Tag], author: str
) -> Accepted:
    """Annotations for the accepted `proposals`, by `author` (the person reviewing);
    `texts` by fingerprint (a `ProposalSet`'s). Tags not in `codebook` are added with
    colours from the palette. Apply with `session.apply(accepted.change)` after
    (the change carries the texts the passages were found in)."""
    after: dict[str, Annotation | None] = {}
    used: dict[str, str] = {}
    origins: dict[str, AutoOrigin] = {}
    for p in proposals:
        text = texts[p.fingerprint]
        annotation = make_annotation(p.report, p.fingerprint, text, p.start, p.end, [p.tag], "", author)
        annotation.auto = p.origin
        after[annotation.id] = annotation
        origins[annotation.id] = p.origin
        used[p.fingerprint] = text
    tags_after = copy.deepcopy(list(codebook))
    names = {t.name for t in tags_after}
    for annotation in after.values():
        for name in annotation.tags if annotation is not None else ():
            if name not in names:
                tags_after.append(Tag(name, PALETTE[len(tags_after) % len(PALETTE)]))
                names.add(name)
    change = Change(dict.fromkeys(after), after, copy.deepcopy(list(codebook)), tags_after, texts=dict(used))
    return Accepted(change, used, origins)
