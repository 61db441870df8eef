"""The sidecar survives being killed mid-save, and concurrent writers lose nothing."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from reader.core.annotations.fileformat import loads
from reader.core.annotations.store import FILE_NAME, LAST_SAVED, SidecarStore
from tests.conftest import REPO

SAVER = """
import sys
from pathlib import Path
from reader.core.annotations.model import make_annotation
from reader.core.reading.document import text_fingerprint
from reader.core.annotations.store import SidecarStore

library, label, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
text = "第一段：主题教育全面展开。\\n第二段：𠀀专项整治扎实推进。" * 20
store = SidecarStore(library)
sidecar = store.load()
assert not store.read_only, store.error.reason()
done = 0
while count < 0 or done < count:
    ann = make_annotation("r.txt", text_fingerprint(text), text, 4, 8, [label], f"{label} {done}", label)
    sidecar.annotations[ann.id] = ann
    sidecar.texts[ann.fingerprint] = text
    sidecar = store.save(sidecar)
    done += 1
    print(ann.id, flush=True)  # printed only once the save has returned
"""
KILLS = 200


def _saver(library: Path, label: str, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", SAVER, str(library), label, str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


def _kill_loop(library: Path, rounds: int, seed: int) -> list[str]:
    """Start a saver, let it save at least once, kill it at a random moment; check."""
    rng = random.Random(seed)
    library.mkdir()
    completed: list[str] = []
    made_in: dict[str, int] = {}  # annotation id: the round that saved it
    problems: list[str] = []
    for round_number in range(rounds):
        process = _saver(library, f"r{round_number}", -1)
        first = process.stdout.readline().strip()
        if not first:  # the saver stopped before its first save: say why
            problems.append(f"round {round_number}: the saver failed: {process.communicate()[1][-1500:]}")
            break
        time.sleep(rng.uniform(0, 0.06))
        process.send_signal(signal.SIGKILL)
        out, _err = process.communicate()
        made = [first, *[line for line in out.split("\n") if line.strip()]]
        completed += made
        made_in.update(dict.fromkeys(made, round_number))
        store = SidecarStore(library)
        sidecar = store.load()
        if store.read_only:
            problems.append(f"round {round_number}: {store.error.reason()}")
            break
        missing = set(completed) - set(sidecar.annotations)
        if missing:
            rounds = sorted({made_in[ann_id] for ann_id in missing})
            problems.append(f"round {round_number}: {len(missing)} completed saves lost (rounds {rounds})")
            break
        last_saved = store.backup_folder / LAST_SAVED
        if last_saved.exists() and not loads(last_saved.read_bytes(), schema_checked=True).annotations:
            problems.append(f"round {round_number}: the copy of the last save is empty")
            break
    # A kill during a write leaves at most the temporary file of that write; the next
    # save clears it.
    assert len([p for p in library.iterdir() if p.name.endswith(".tmp")]) <= 1
    assert len([p for p in (library / ".reader-backups").iterdir() if p.name.endswith(".tmp")]) <= 1
    return problems


@pytest.mark.slow
def test_killed_while_saving_leaves_a_whole_sidecar_with_every_completed_save(tmp_path: Path) -> None:
    with ThreadPoolExecutor(max_workers=2) as pool:  # two libraries at once: both cores
        results = list(pool.map(lambda i: _kill_loop(tmp_path / f"lib{i}", KILLS // 2, i), range(2)))
    assert results == [[], []]
    total = sum(len(SidecarStore(tmp_path / f"lib{i}").load().annotations) for i in range(2))
    assert total >= KILLS


@pytest.mark.slow
def test_two_processes_annotating_at_once_lose_nothing(tmp_path: Path) -> None:
    writers = [_saver(tmp_path, label, 60) for label in ("甲", "乙")]
    outputs = [w.communicate(timeout=300) for w in writers]
    assert [w.returncode for w in writers] == [0, 0], [o[1][-500:] for o in outputs]
    written = {line for out, _ in outputs for line in out.split("\n") if line.strip()}
    assert len(written) == 120
    final = SidecarStore(tmp_path).load()
    assert set(final.annotations) == written
    assert sorted(a.note for a in final.annotations.values() if a.author == "乙")[:1] == ["乙 0"]
    assert (tmp_path / FILE_NAME).exists()


def test_a_snapshot_saved_in_the_background_loses_neither_later_work_nor_others(seeds_copy: Path) -> None:
    """The window writes a snapshot on a worker thread while the user goes on editing,
    and another instance may have written meanwhile: after taking in the result,
    everything is there and the next save writes all of it."""
    from reader.core.library import Library

    session = Library(seeds_copy)
    report = session.load(session.entries[0])
    text = report.document.text
    session.apply(session.annotate(report, 0, 4, ["甲"], "", "甲"))
    first = next(iter(session.snapshot().annotations))
    session.save()

    other = Library(seeds_copy)  # another instance adds one and saves
    other.apply(other.annotate(report, 10, 14, ["乙"], "", "乙"))
    other.save()
    (theirs,) = set(other.snapshot().annotations) - {first}

    snapshot = session.snapshot()
    with ThreadPoolExecutor(max_workers=1) as pool:
        pending = pool.submit(session.write, snapshot)
        # Meanwhile, on the UI thread: a new annotation, an edit and a new tag.
        session.apply(session.annotate(report, 20, 24, ["丙"], "", "甲"))
        session.apply(session.update_annotation(first, note="改过"))
        written = pending.result()
    assert snapshot.annotations[first].note == ""  # the snapshot did not see the edit
    assert session.saved(snapshot, written)  # the file had changed: merged
    notes = {a.id: a.note for a in session.annotations()}
    assert theirs in notes and notes[first] == "改过" and len(notes) == 3
    assert {t.name for t in session.tags()} == {"甲", "乙", "丙"}
    session.save()
    on_disk = SidecarStore(seeds_copy).load()
    assert {a.id: a.note for a in on_disk.annotations.values()} == notes
    assert text[0:4] == on_disk.annotations[first].quote.exact
