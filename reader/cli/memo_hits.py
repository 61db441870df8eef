"""`reader search --memos`: the memos with hits, as lines or as JSON items."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TextIO

from reader.cli.messages import tr
from reader.core.analysis.memo_search import memo_line

if TYPE_CHECKING:
    from reader.core.analysis.memo_search import MemoHits


def write_memo_hits(found: list[MemoHits], out: TextIO) -> None:
    """Each memo (kind, what it is about, title, count), then its hits (field,
    offset, 20 characters each side, the hit in 【】), then a total."""
    for item in found:
        memo = item.memo
        out.write(f"memo:{memo.kind}\t{memo.about or '-'}\t{memo.label()}\t({item.count})\n")
        for field, start, end in item.hits:
            left, hit, right = memo_line(memo, field, start, end)
            out.write(f"  {field:<5}{start:>7}  {left:>20}【{hit}】{right}\n")
    out.write(tr("search-memo-summary", hits=sum(i.count for i in found), memos=len(found)) + "\n")


def memo_payload(found: list[MemoHits]) -> list[dict[str, Any]]:
    """JSON items, one per memo: its id, kind, about, title, count and hits."""
    payload = []
    for item in found:
        memo = item.memo
        hits = []
        for field, start, end in item.hits:
            left, hit, right = memo_line(memo, field, start, end)
            hits.append(
                {"field": field, "start": start, "end": end, "left": left, "hit": hit, "right": right}
            )
        payload.append(
            {"memo": memo.id, "kind": memo.kind, "about": memo.about, "title": memo.label(),
             "count": item.count, "hits": hits}
        )  # fmt: skip
    return payload
