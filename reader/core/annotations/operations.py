"""Every edit of the annotations, the codebook, the word lists and the dictionary, as a
pure function: it reads a sidecar and returns the `Change` to apply, touching nothing.
`Library.apply` makes it; the undo stack keeps it; the views refresh what it names."""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence

from reader.core.annotations.change import Change
from reader.core.annotations.model import (
    Annotation,
    Sidecar,
    Tag,
    TagError,
    check_name,
    make_annotation,
    normalise_tag,
    normalise_tags,
    now,
    text_only,
)
from reader.core.text.wordlists import PALETTE, WordList


def with_tags(tags: list[Tag], names: Sequence[str]) -> list[Tag]:
    """A copy of the codebook `tags` with an entry for each of `names` not in it yet,
    coloured from the palette."""
    result = copy.deepcopy(tags)
    known = {t.name for t in result}
    for name in names:
        if name not in known:
            result.append(Tag(name, PALETTE[len(result) % len(PALETTE)]))
            known.add(name)
    return result


# -- annotations ----------------------------------------------------------------------------
def annotate(
    sidecar: Sidecar,
    relpath: str,
    fingerprint: str,
    text: str,
    start: int,
    end: int,
    tags: Sequence[str],
    note: str,
    author: str,
) -> Change:
    """A new annotation of `text[start:end]` (the cleaned text of report `relpath`)."""
    annotation = make_annotation(relpath, fingerprint, text, start, end, list(tags), note, author)
    return Change(
        {annotation.id: None},
        {annotation.id: annotation},
        copy.deepcopy(sidecar.tags),
        with_tags(sidecar.tags, annotation.tags),
        texts={fingerprint: text},
    )


def update_annotation(
    sidecar: Sidecar, ann_id: str, tags: Sequence[str] | None = None, note: str | None = None
) -> Change:
    """New tags and/or note for annotation `ann_id` (KeyError when there is none)."""
    before = sidecar.annotations[ann_id]
    after = copy.deepcopy(before)
    if tags is not None:
        after.tags = normalise_tags(list(tags))
    if note is not None:
        after.note = text_only(note)
    after.modified = now()
    return Change(
        {ann_id: copy.deepcopy(before)},
        {ann_id: after},
        copy.deepcopy(sidecar.tags),
        with_tags(sidecar.tags, after.tags),
    )


def delete_annotation(sidecar: Sidecar, ann_id: str) -> Change:
    return Change({ann_id: copy.deepcopy(sidecar.annotations[ann_id])}, {ann_id: None})


# -- the codebook ---------------------------------------------------------------------------
def add_tag(sidecar: Sidecar, name: str, colour: str | None = None, description: str = "") -> Change:
    name = normalise_tag(name)
    if not name:
        raise TagError("empty")
    if sidecar.tag(name) is not None:
        raise TagError("exists", name)
    tags = copy.deepcopy(sidecar.tags)
    tags.append(Tag(name, colour or PALETTE[len(tags) % len(PALETTE)], description))
    return Change({}, {}, copy.deepcopy(sidecar.tags), tags)


def edit_tag(
    sidecar: Sidecar, name: str, colour: str | None = None, description: str | None = None
) -> Change:
    tags = copy.deepcopy(sidecar.tags)
    for tag in tags:
        if tag.name == name:
            tag.colour = colour or tag.colour
            tag.description = tag.description if description is None else description
    return Change({}, {}, copy.deepcopy(sidecar.tags), tags)


def rename_tag(sidecar: Sidecar, old: str, new: str) -> Change:
    """Rename a tag and the tags below it; renaming onto an existing tag merges them."""
    new = normalise_tag(new)
    if not new:
        raise TagError("empty")

    def renamed(tag: str) -> str:
        if tag == old:
            return new
        return new + tag[len(old) :] if tag.startswith(old + "/") else tag

    before, after = _retag(sidecar, lambda tags: normalise_tags([renamed(t) for t in tags]))
    tags_after: list[Tag] = []
    for tag in sidecar.tags:
        name = renamed(tag.name)
        if all(t.name != name for t in tags_after):
            tags_after.append(Tag(name, tag.colour, tag.description))
    return Change(before, after, copy.deepcopy(sidecar.tags), tags_after)


def delete_tag(sidecar: Sidecar, name: str) -> Change:
    """Remove a tag (and those below it) from the codebook and every annotation; the
    passages stay annotated."""
    prefix = name + "/"
    before, after = _retag(sidecar, lambda tags: [t for t in tags if t != name and not t.startswith(prefix)])
    tags_after = [copy.deepcopy(t) for t in sidecar.tags if t.name != name and not t.name.startswith(prefix)]
    return Change(before, after, copy.deepcopy(sidecar.tags), tags_after)


def _retag(
    sidecar: Sidecar, retag: Callable[[list[str]], list[str]]
) -> tuple[dict[str, Annotation | None], dict[str, Annotation | None]]:
    """Before and after states of every annotation whose tags `retag` changes."""
    before: dict[str, Annotation | None] = {}
    after: dict[str, Annotation | None] = {}
    stamp = now()
    for annotation in sidecar.annotations.values():
        tags = retag(annotation.tags)
        if tags != annotation.tags:
            before[annotation.id] = copy.deepcopy(annotation)
            changed = copy.deepcopy(annotation)
            changed.tags, changed.modified = tags, stamp
            after[annotation.id] = changed
    return before, after


# -- word lists and the dictionary -----------------------------------------------------------
def set_wordlists(sidecar: Sidecar, wordlists: Sequence[WordList]) -> Change:
    """Replace the word lists (SidecarError for a name or term with control characters)."""
    for wordlist in wordlists:
        check_name(wordlist.name)
        for term in wordlist.terms:
            check_name(term)
    return Change(
        wordlists_before=copy.deepcopy(sidecar.wordlists), wordlists_after=copy.deepcopy(list(wordlists))
    )


def add_word(sidecar: Sidecar, word: str) -> Change:
    """Teach the segmenter `word` (nothing when it is empty or known already)."""
    word = word.strip()
    if not word or word in sidecar.dictionary:
        return Change()
    return Change(words_added=(check_name(word),))


def remove_word(sidecar: Sidecar, word: str) -> Change:
    return Change(words_removed=(word,)) if word in sidecar.dictionary else Change()
