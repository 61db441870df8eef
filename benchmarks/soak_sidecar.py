"""Soak test of the sidecar: annotations made vs found, over minutes.

Two tests take turns until the time is up:

- **two windows**: two processes edit one library at once, each with the window's
  save logic (a snapshot written off the main loop, what was written merged back,
  a change on disk merged when noticed): they annotate, edit notes, delete their
  own annotations, add and delete tags and dictionary words, and save a moment after
  each change. At the end every annotation made and not deleted must be in the file,
  and nothing deleted may be there; deleted tags and words must stay deleted.
- **kill -9**: a child saves annotations in a loop and prints each id once its save
  has returned; it is killed at a random moment. Every printed id must be in the file.

    python benchmarks/soak_sidecar.py [--minutes 5] [--seed 1]

Prints one line per round and a table of the totals; exit status 1 if anything was lost.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from reader.core.annotations.store import SidecarStore  # noqa: E402

TEXT = "第一段：主题教育全面展开。\n第二段：𠀀专项整治扎实推进。\n第三段：检视问题，整改落实。" * 20


def _report(library: Path) -> None:
    body = "".join(f"<div><span>{p}</span></div>" for p in TEXT.split("\n"))
    (library / "r.txt").write_text("r.txt\n" + body, encoding="utf-8")


# -- the children ------------------------------------------------------------------------------------
def window_child(library: Path, label: str, seconds: float, seed: int, log: Path) -> None:
    """One 'window': edits and saves as the window does; logs what it made and deleted."""
    from reader.core.library import Library

    rng = random.Random(seed)
    session = Library(library)
    report = session.load(session.entries[0])
    text = report.document.text
    made: list[str] = []
    deleted: list[str] = []
    deleted_tags: list[str] = []
    deleted_words: list[str] = []
    end = time.monotonic() + seconds
    step = 0

    def save() -> None:
        snapshot = session.snapshot()  # what the window hands to its saving thread
        written = session.write(snapshot)
        session.saved(snapshot, written)

    while time.monotonic() < end:
        step += 1
        action = rng.random()
        mine = [a for a in made if a in session.snapshot().annotations]
        if action < 0.55 or not mine:
            start = rng.randrange(0, len(text) - 10)
            change = session.annotate(report, start, start + rng.randint(1, 8), [f"{label}标签"], "", label)
            session.apply(change)
            made.append(next(iter(change.after)))
        elif action < 0.75:
            session.apply(session.update_annotation(rng.choice(mine), note=f"{label} 改 {step}"))
        elif action < 0.85:
            victim = rng.choice(mine)
            session.apply(session.delete_annotation(victim))
            deleted.append(victim)
        elif action < 0.92:
            name = f"{label}临时{step}"
            session.apply(session.add_tag(name))
            save()
            session.apply(session.delete_tag(name))
            deleted_tags.append(name)
        else:
            word = f"{label}词{step}"
            session.apply(session.add_dictionary_word(word))
            save()
            session.apply(session.remove_dictionary_word(word))
            deleted_words.append(word)
        if session.changed_on_disk():  # the window's watcher: merge others' work
            save()
        time.sleep(rng.uniform(0, 0.05))
        save()
    save()
    log.write_text(
        json.dumps({"made": made, "deleted": deleted, "tags": deleted_tags, "words": deleted_words}),
        encoding="utf-8",
    )


def saver_child(library: Path, label: str) -> None:
    """Saves one more annotation at a time for ever; prints each id once saved."""
    from reader.core.annotations.model import make_annotation
    from reader.core.reading.document import text_fingerprint

    store = SidecarStore(library)
    sidecar = store.load()
    done = 0
    while True:
        ann = make_annotation("r.txt", text_fingerprint(TEXT), TEXT, 4, 8, [label], f"{label} {done}", label)
        sidecar.annotations[ann.id] = ann
        sidecar.texts[ann.fingerprint] = TEXT
        sidecar = store.save(sidecar)
        done += 1
        print(ann.id, flush=True)


# -- the rounds ----------------------------------------------------------------------------------
def _child(*args: str, **kwargs: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, __file__, "--child", *args],
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        **kwargs,  # type: ignore[arg-type]
    )


def two_windows(library: Path, seconds: float, seed: int) -> dict[str, int]:
    logs = [library.parent / f"{library.name}-{w}.json" for w in "AB"]
    children = [
        _child("window", str(library), label, str(seconds), str(seed * 2 + i), str(log))
        for i, (label, log) in enumerate(zip("AB", logs, strict=True))
    ]
    for child in children:
        child.wait(timeout=seconds + 300)
    results = [json.loads(log.read_text(encoding="utf-8")) for log in logs]
    final = SidecarStore(library).load()
    made = [a for r in results for a in r["made"]]
    deleted = {a for r in results for a in r["deleted"]}
    alive = set(made) - deleted
    tags = {t.name for t in final.tags}
    return {
        "made": len(made),
        "deleted": len(deleted),
        "found": len(alive & set(final.annotations)),
        "lost": len(alive - set(final.annotations)),
        "resurrected": len(deleted & set(final.annotations)),
        "tags or words back": sum(t in tags for r in results for t in r["tags"])
        + sum(w in final.dictionary for r in results for w in r["words"]),
    }


def kill_nine(library: Path, rounds: int, rng: random.Random) -> dict[str, int]:
    confirmed: list[str] = []
    for number in range(rounds):
        child = _child("saver", str(library), f"k{number}", stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert child.stdout is not None
        first = child.stdout.readline().strip()
        time.sleep(rng.uniform(0, 0.1))
        child.send_signal(signal.SIGKILL)
        out, _err = child.communicate()
        confirmed += [first, *(line for line in out.split("\n") if line.strip())]
    store = SidecarStore(library)
    found = store.load()
    return {
        "kills": rounds,
        "confirmed": len(confirmed),
        "found": len(set(confirmed) & set(found.annotations)),
        "lost": len(set(confirmed) - set(found.annotations)),
        "read-only after": int(store.read_only),
    }


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        kind, library, label, *rest = sys.argv[2:]
        if kind == "window":
            window_child(Path(library), label, float(rest[0]), int(rest[1]), Path(rest[2]))
        else:
            saver_child(Path(library), label)
        return 0
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--minutes", type=float, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--window-seconds", type=float, default=45, help="length of one two-window round")
    parser.add_argument("--kills", type=int, default=25, help="kills per kill -9 round")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    folder = Path(tempfile.mkdtemp(prefix="soak-sidecar-"))
    os.environ.setdefault("REPORT_READER_DATA_DIR", str(folder / "data"))
    totals: dict[str, dict[str, int]] = {"two windows": {}, "kill -9": {}}
    end = time.monotonic() + args.minutes * 60
    number = 0
    while time.monotonic() < end:
        number += 1
        library = folder / f"round-{number}"
        library.mkdir()
        _report(library)
        if number % 2:
            name, result = "two windows", two_windows(library, args.window_seconds, args.seed + number)
        else:
            name, result = "kill -9", kill_nine(library, args.kills, rng)
        print(f"round {number} ({name}): " + ", ".join(f"{k} {v}" for k, v in result.items()), flush=True)
        for key, value in result.items():
            totals[name][key] = totals[name].get(key, 0) + value
    print()
    for name, figures in totals.items():
        print(f"{name:<12} " + "  ".join(f"{k}: {v}" for k, v in figures.items()))
    bad = sum(
        t.get("lost", 0) + t.get("resurrected", 0) + t.get("tags or words back", 0) for t in totals.values()
    )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
