"""The sidecar under attack: odd file names, hostile names, stale sync copies, two
writers, a full disk, read-only and unreadable files, FIFOs and devices, links, huge
files, folders deleted under the app. No Qt.

Tests run as root in CI, where chmod stops nothing: a read-only or unreadable file is
then simulated by making the system call fail as the kernel would (EROFS, EACCES);
as another user the real chmod is used. Each test says what it proves.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import jsonschema
import pytest

from reader.core.annotations import store as sidecar_module
from reader.core.annotations.fileformat import dumps, loads, schema, to_json
from reader.core.annotations.model import Sidecar, SidecarError, Tag, make_annotation
from reader.core.annotations.store import BACKUP_FOLDER, FILE_NAME, LAST_SAVED, LOCK_NAME, SidecarStore
from reader.core.export.importer import ImportFailed, read_import
from reader.core.library import Library, TagError
from reader.core.reading.document import text_fingerprint
from reader.core.text.wordlists import WordList
from tests.conftest import REPO, SEEDS

TEXT = "第一段：主题教育全面展开。\n第二段：𠀀专项整治扎实推进。\n第三段：检视问题，整改落实。"
SLOT = "\u0000annotations-slot\u0000"  # the old serialiser's placeholder
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def annotation(label: str, start: int = 0, text: str = TEXT):
    return make_annotation("r.txt", text_fingerprint(text), text, start, start + 4, [label], label, "甲")


def add(sidecar: Sidecar, label: str, start: int = 0) -> str:
    ann = annotation(label, start)
    sidecar.annotations[ann.id] = ann
    sidecar.texts[ann.fingerprint] = TEXT
    return ann.id


def library_with_one_report(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(SEEDS / "001_964562f518f6e3ff.txt", folder)
    return folder


def run_cli(
    *args: str, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
    )


# -- item 2: a report whose file name is not UTF-8 ------------------------------------------------
def test_a_report_named_in_invalid_utf8_is_annotated_saved_indexed_and_exported(tmp_path: Path) -> None:
    """A real file whose name holds the bytes FF FE: its annotation round-trips through
    the sidecar (as \\udcff escapes, schema-valid), and the library still indexes,
    searches and exports."""
    library = library_with_one_report(tmp_path / "lib")
    odd = os.path.join(os.fsencode(library), b"bad\xff\xfename.txt")
    shutil.copy(SEEDS / "002_6d946ca4620bde1b.txt", os.fsdecode(odd))
    session = Library(library)
    entry = next(e for e in session.entries if "\udcff" in e.relpath)
    report = session.load(entry)
    session.apply(session.annotate(report, 0, 6, ["甲"], "笔记", "甲"))
    session.save()

    raw = (library / FILE_NAME).read_bytes()
    jsonschema.validate(json.loads(raw), schema())
    assert b"bad\\udcff\\udcfename.txt" in raw
    again = Library(library)
    assert again.read_only_reason is None
    (found,) = again.annotations()
    assert found.path == entry.relpath and again.anchored(report)[0][1].status == "attached"

    again.apply_index(again.index(workers=1))
    again.apply_index(again.index(workers=1))  # a second time: from the cache
    assert entry.relpath in {r.relpath for r in again.indexed_reports()}
    result = run_cli("export", str(library), "--format", "csv", "-o", str(tmp_path / "out.csv"))
    assert result.returncode == 0, result.stderr
    assert "bad\ufffd\ufffdname.txt" in (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    for command in (("stats", str(library)), ("search", str(library), "主题教育")):
        result = run_cli(*command)
        assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr


def test_a_lone_surrogate_is_only_accepted_as_an_odd_byte_of_a_report_path() -> None:
    sidecar = Sidecar()
    ann_id = add(sidecar, "甲")
    sidecar.annotations[ann_id].path = "bad\udcffname.txt"
    raw = dumps(sidecar)
    assert loads(raw).annotations[ann_id].path == "bad\udcffname.txt"
    for key, escape in ((b"note", b"\\ud800"), (b"author", b"\\udcff")):
        good = b'"' + key + b'": "\xe7\x94\xb2"'
        assert good in raw
        with pytest.raises(SidecarError) as caught:
            loads(raw.replace(good, b'"' + key + b'": "' + escape + b'"'))
        assert caught.value.code == "damaged" and "lone surrogate" in caught.value.reason("en")


# -- item 3: no JSON spliced by placeholder; no control characters in names ------------------------
@pytest.mark.parametrize("where", ["tag", "word", "term"])
def test_a_name_equal_to_the_old_placeholder_does_not_move_annotations(where: str) -> None:
    """The model refuses such names now, but even a sidecar built around that rule is
    written exactly as json.dumps writes it: the annotations stay in `annotations`."""
    sidecar = Sidecar()
    ann_id = add(sidecar, "甲")
    if where == "tag":
        sidecar.tags.append(Tag(SLOT))
    elif where == "word":
        sidecar.dictionary.append(SLOT)
    else:
        sidecar.wordlists.append(WordList("词表", "#3d7ae0", [SLOT]))
    text = dumps(sidecar).decode("utf-8")
    assert text == json.dumps(to_json(sidecar), ensure_ascii=False, indent=2) + "\n"
    data = json.loads(text)
    assert [a["id"] for a in data["annotations"]] == [ann_id]


def test_control_characters_are_refused_in_tags_words_and_terms(tmp_path: Path) -> None:
    session = Library(library_with_one_report(tmp_path))
    report = session.load(session.entries[0])
    for name in (SLOT, "整改\n专项", "a\tb", "x\u0085"):
        with pytest.raises(TagError) as caught:
            session.add_tag(name)
        assert caught.value.code == "control" and "control characters" in caught.value.reason("en")
        with pytest.raises(TagError):
            session.annotate(report, 0, 4, [name], "", "甲")
        with pytest.raises(SidecarError) as word:
            session.apply(session.add_dictionary_word("词" + name + "语"))
        assert word.value.code == "control-character"
        with pytest.raises(SidecarError):
            session.apply(session.set_wordlists([WordList("词表", "#3d7ae0", ["词" + name + "语"])]))
    assert session.tags() == [] and session.dictionary() == [] and session.wordlists() == []


@pytest.mark.parametrize("checked", [False, True])
def test_a_file_with_a_control_character_in_a_name_is_refused(checked: bool) -> None:
    """By the schema, and also when the schema check is skipped (bytes remembered as
    checked by an older version that let NUL through)."""
    sidecar = Sidecar(tags=[Tag("甲")])
    add(sidecar, "甲")
    raw = dumps(sidecar).replace(b'"name": "\xe7\x94\xb2"', b'"name": "\\u0000x"', 1)
    with pytest.raises(SidecarError) as caught:
        loads(raw, schema_checked=checked)
    assert caught.value.code == "invalid"


# -- item 5: an older file put back while the app was closed ----------------------------------------
def test_an_older_sidecar_put_back_by_a_sync_tool_is_merged_with_the_last_save(tmp_path: Path) -> None:
    store = SidecarStore(tmp_path)
    sidecar = store.load()
    first, second, third = (add(sidecar, label, i) for i, label in enumerate("甲乙丙"))
    sidecar = store.save(sidecar)
    old_file = (tmp_path / FILE_NAME).read_bytes()  # what the sync tool still has

    fourth = add(sidecar, "丁", 5)
    del sidecar.annotations[first]
    sidecar.deleted[first] = "2099-01-01T00:00:00.000+00:00"
    edited = sidecar.annotations[second]
    sidecar.annotations[second] = make_annotation(
        edited.path, edited.fingerprint, TEXT, edited.start, edited.end, ["乙"], "改过", "甲"
    )
    sidecar.annotations[second].id = second
    store.save(sidecar)
    (tmp_path / FILE_NAME).write_bytes(old_file)  # the app is closed; the old copy comes back
    os.utime(tmp_path / FILE_NAME, (time.time() - 3600, time.time() - 3600))

    reopened = SidecarStore(tmp_path)
    found = reopened.load()
    assert set(found.annotations) == {second, third, fourth}  # none lost, the deleted one not back
    assert found.annotations[second].note == "改过"  # the edit not reverted
    assert reopened.recovered and reopened.recovered.saved
    assert "An older annotations file was found" in reopened.recovered.reason("en")
    assert "较旧" in reopened.recovered.reason("zh")
    assert set(SidecarStore(tmp_path).load().annotations) == {second, third, fourth}  # and on disk


def test_a_sidecar_deleted_while_the_app_was_closed_comes_back_from_the_last_save(tmp_path: Path) -> None:
    store = SidecarStore(tmp_path)
    sidecar = store.load()
    made = {add(sidecar, label, i) for i, label in enumerate("甲乙")}
    store.save(sidecar)
    (tmp_path / FILE_NAME).unlink()  # by hand or by a sync tool, while the app was closed

    reopened = SidecarStore(tmp_path)
    assert set(reopened.load().annotations) == made  # not an empty library, saved over the copy
    assert reopened.recovered and reopened.recovered.saved and reopened.recovered.annotations == 2
    assert "was missing" in reopened.recovered.reason("en")
    assert "不见了" in reopened.recovered.reason("zh")
    assert set(loads((tmp_path / FILE_NAME).read_bytes()).annotations) == made


def test_a_new_library_without_any_save_opens_empty_and_quietly(tmp_path: Path) -> None:
    store = SidecarStore(tmp_path)
    assert store.load().annotations == {} and store.recovered is None
    assert not (tmp_path / FILE_NAME).exists()


def test_a_newer_file_from_elsewhere_is_not_reported_as_older(tmp_path: Path) -> None:
    store = SidecarStore(tmp_path)
    sidecar = store.load()
    add(sidecar, "甲")
    store.save(sidecar)
    other = loads((tmp_path / FILE_NAME).read_bytes())
    add(other, "乙", 3)  # another machine's work, synced in: it has ours too
    (tmp_path / FILE_NAME).write_bytes(dumps(other))
    reopened = SidecarStore(tmp_path)
    assert len(reopened.load().annotations) == 2 and not reopened.recovered


# -- item 6: deletions of tags, words and word lists are kept by a merge ----------------------------
def test_a_tag_word_or_list_deleted_in_one_session_stays_deleted_after_another_saves(tmp_path: Path) -> None:
    library = library_with_one_report(tmp_path)
    first = Library(library)
    report = first.load(first.entries[0])
    first.apply(first.annotate(report, 0, 4, ["甲", "乙"], "", "甲"))
    first.apply(first.add_dictionary_word("扎实推进"))
    first.apply(first.add_dictionary_word("主题教育"))
    first.apply(
        first.set_wordlists([WordList("领导", "#3d7ae0", ["骆惠宁"]), WordList("地名", "#e0533d", ["山西"])])
    )
    first.save()
    second = Library(library)  # a second window, holding everything

    first.apply(first.delete_tag("甲"))
    first.apply(first.remove_dictionary_word("扎实推进"))
    first.apply(first.set_wordlists([WordList("领导", "#3d7ae0", ["骆惠宁", "楼阳生"])]))
    first.save()
    second.apply(second.add_dictionary_word("新词"))  # the other window changes something and saves
    second.save()
    first.save()  # the first window merges that back

    for session in (first, second, Library(library)):
        tags = [t.name for t in session.tags()]
        assert tags == ["乙"], tags
        assert sorted(session.dictionary()) == ["主题教育", "新词"]
        assert [(w.name, w.terms) for w in session.wordlists()] == [("领导", ["骆惠宁", "楼阳生"])]
    (ann,) = Library(library).annotations()
    assert ann.tags == ["乙"]


def test_a_tag_or_word_made_again_after_its_deletion_comes_back(tmp_path: Path) -> None:
    library = library_with_one_report(tmp_path)
    session = Library(library)
    session.apply(session.add_tag("甲"))
    session.apply(session.add_dictionary_word("扎实推进"))
    session.save()
    stale = Library(library)
    session.apply(session.delete_tag("甲"))
    session.apply(session.remove_dictionary_word("扎实推进"))
    session.save()
    stale.save()  # merges the deletions in
    time.sleep(0.01)
    stale.apply(stale.add_tag("甲"))
    stale.apply(stale.add_dictionary_word("扎实推进"))
    stale.save()
    session.save()
    assert [t.name for t in session.tags()] == ["甲"] and session.dictionary() == ["扎实推进"]


def test_a_version_1_file_written_by_the_previous_release_is_read_and_kept(tmp_path: Path) -> None:
    """tests/data/sidecar-version-1.json was written by the code before version 2."""
    fixture = Path(__file__).parents[1] / "data" / "sidecar-version-1.json"
    library = library_with_one_report(tmp_path)
    shutil.copy(fixture, library / FILE_NAME)
    session = Library(library)
    assert session.read_only_reason is None
    assert [t.name for t in session.tags()] == ["整改/专项整治", "学习"]
    assert session.dictionary() == ["扎实推进"] and len(session.annotations()) == 2
    assert len(session.snapshot().deleted) == 1
    session.apply(session.delete_tag("学习"))
    session.save()
    data = json.loads((library / FILE_NAME).read_bytes())
    jsonschema.validate(data, schema())
    assert data["version"] == 3 and [d["name"] for d in data["deletedTags"]] == ["学习"]
    assert [t["name"] for t in data["tags"]] == ["整改/专项整治"]
    assert "modified" not in data["tags"][0]  # its time is unknown: not made up


# -- item 7: a full disk between the copy and the file -------------------------------------------
def test_a_full_disk_never_leaves_the_last_saved_copy_behind_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ENOSPC on the second of the two writes of a save (simulated at os.write): the
    save fails loudly, and a restore afterwards loses nothing that was saved."""
    store = SidecarStore(tmp_path)
    sidecar = store.load()
    kept = add(sidecar, "甲")
    sidecar = store.save(sidecar)
    newer = add(sidecar, "乙", 3)
    real_write, real_fsync, writes = sidecar_module.atomic_write_bytes, os.fsync, []

    def full_disk(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    def write(path: Path, data: bytes) -> None:
        if path.name in (FILE_NAME, LAST_SAVED):
            writes.append(path.name)
        if len(writes) == 2:  # the second of the file and its copy, whichever that is
            monkeypatch.setattr(os, "fsync", full_disk)
        try:
            real_write(path, data)
        finally:
            monkeypatch.setattr(os, "fsync", real_fsync)

    monkeypatch.setattr(sidecar_module, "atomic_write_bytes", write)
    with pytest.raises(OSError):
        store.save(sidecar)
    monkeypatch.undo()
    copy = loads((tmp_path / BACKUP_FOLDER / LAST_SAVED).read_bytes())
    on_disk = loads((tmp_path / FILE_NAME).read_bytes())
    assert set(on_disk.annotations) <= set(copy.annotations)  # the copy is never behind

    (tmp_path / FILE_NAME).write_bytes(b"\x00" * 64)  # later, the file is damaged
    damaged = SidecarStore(tmp_path)
    damaged.load()
    assert damaged.read_only
    restored = damaged.restore_backup(damaged.newest_good_backup())
    assert kept in restored.annotations and set(on_disk.annotations) <= set(restored.annotations)
    if newer in copy.annotations:
        assert newer in restored.annotations


def test_a_real_file_size_limit_fails_the_save_and_keeps_the_old_file(tmp_path: Path) -> None:
    """A child process with RLIMIT_FSIZE (the kernel refuses to grow a file: EFBIG,
    as on a full disk) saves a large sidecar: the save raises, the old file and the
    last-saved copy still parse and agree."""
    child = f"""
import resource, signal, sys
from pathlib import Path
sys.path.insert(0, {str(REPO)!r})
from reader.core.annotations.model import make_annotation
from reader.core.reading.document import text_fingerprint
from reader.core.annotations.store import SidecarStore
text = {TEXT!r} * 40
store = SidecarStore(Path({str(tmp_path)!r}))
sidecar = store.load()
ann = make_annotation("r.txt", text_fingerprint(text), text, 0, 4, ["甲"], "", "甲")
sidecar.annotations[ann.id] = ann
sidecar.texts[ann.fingerprint] = text
sidecar = store.save(sidecar)
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (8000, 8000))
for i in range(200):
    ann = make_annotation("r.txt", text_fingerprint(text), text, i, i + 4, ["乙"], "长" * 50, "甲")
    sidecar.annotations[ann.id] = ann
try:
    store.save(sidecar)
except OSError as exc:
    print("refused", exc.errno)
"""
    result = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == f"refused {errno.EFBIG}", result.stderr
    on_disk = loads((tmp_path / FILE_NAME).read_bytes())
    copy = loads((tmp_path / BACKUP_FOLDER / LAST_SAVED).read_bytes())
    assert len(on_disk.annotations) == 1 and set(on_disk.annotations) <= set(copy.annotations)


# -- read-only and unreadable -----------------------------------------------------------------------
def test_a_read_only_library_fails_the_save_and_keeps_file_and_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As root (CI) chmod 555 does not stop a write, so the rename is made to fail with
    EROFS as a read-only mount would; as another user the folder is really chmod 555."""
    store = SidecarStore(tmp_path)
    sidecar = store.load()
    add(sidecar, "甲")
    sidecar = store.save(sidecar)
    before = (tmp_path / FILE_NAME).read_bytes()
    add(sidecar, "乙", 3)
    if AS_ROOT:

        def read_only(*_args: object, **_kwargs: object) -> None:
            raise OSError(errno.EROFS, "Read-only file system")

        monkeypatch.setattr(os, "replace", read_only)
    else:
        os.chmod(tmp_path, 0o555)
    try:
        with pytest.raises(OSError):
            store.save(sidecar)
    finally:
        os.chmod(tmp_path, 0o755)
    assert (tmp_path / FILE_NAME).read_bytes() == before
    assert len(sidecar.annotations) == 2  # the work is still in memory, for a retry
    monkeypatch.undo()
    assert len(store.save(sidecar).annotations) == 2


def test_an_unreadable_sidecar_is_read_only_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """chmod 000 (as root, EACCES at open is simulated): read-only, never written over."""
    store = SidecarStore(tmp_path)
    sidecar = store.load()
    add(sidecar, "甲")
    store.save(sidecar)
    before = (tmp_path / FILE_NAME).read_bytes()
    if AS_ROOT:
        real_open = os.open

        def refuse(path, flags, *args, **kwargs):
            if os.fspath(path).endswith(FILE_NAME):
                raise PermissionError(errno.EACCES, "Permission denied")
            return real_open(path, flags, *args, **kwargs)

        monkeypatch.setattr(os, "open", refuse)
    else:
        os.chmod(tmp_path / FILE_NAME, 0)
    try:
        reopened = SidecarStore(tmp_path)
        reopened.load()
        assert reopened.read_only and "Permission denied" in reopened.error.reason("en")
        with pytest.raises(SidecarError):
            reopened.save(Sidecar())
    finally:
        os.chmod(tmp_path / FILE_NAME, 0o644)
    assert (tmp_path / FILE_NAME).read_bytes() == before


# -- items 8 and 9: FIFOs and devices are never read ------------------------------------------------
def _in_thread(work, timeout: float = 10):
    """Run `work` in a thread; fail (instead of hanging the test run) if it blocks."""
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["value"] = work()
        except BaseException as exc:
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), "blocked on a FIFO"
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box.get("value")


def test_a_fifo_in_place_of_the_sidecar_is_refused_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / FILE_NAME)
    store = SidecarStore(tmp_path)
    _in_thread(store.load)
    assert store.read_only and store.error.code == "not-regular"
    assert "named pipe" in store.error.reason("en")


def test_a_fifo_swapped_in_mid_session_is_refused_without_blocking(tmp_path: Path) -> None:
    store = SidecarStore(tmp_path)
    sidecar = store.load()
    add(sidecar, "甲")
    sidecar = store.save(sidecar)
    (tmp_path / FILE_NAME).unlink()
    os.mkfifo(tmp_path / FILE_NAME)
    assert _in_thread(store.changed_on_disk) is True
    with pytest.raises(SidecarError) as caught:
        _in_thread(lambda: store.save(sidecar))
    assert caught.value.code == "not-regular"


def test_fifos_among_the_backups_and_as_the_lock_are_refused_without_blocking(tmp_path: Path) -> None:
    store = SidecarStore(tmp_path)
    sidecar = store.load()
    add(sidecar, "甲")
    sidecar = store.save(sidecar)
    (tmp_path / BACKUP_FOLDER / LAST_SAVED).unlink()
    os.mkfifo(tmp_path / BACKUP_FOLDER / LAST_SAVED)
    os.mkfifo(tmp_path / BACKUP_FOLDER / "reader-annotations-20990101-000000-000000.json")
    assert len(_in_thread(SidecarStore(tmp_path).load).annotations) == 1
    assert _in_thread(store.newest_good_backup) is None
    (tmp_path / LOCK_NAME).unlink()
    os.mkfifo(tmp_path / LOCK_NAME)
    with pytest.raises(SidecarError) as caught:
        _in_thread(lambda: store.save(sidecar))
    assert caught.value.code == "own-not-regular"


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_importing_a_fifo_a_device_or_a_folder_is_refused_without_reading(tmp_path: Path, kind: str) -> None:
    """/dev/zero reports size 0: it used to be read until memory ran out."""
    if kind == "fifo":
        path = tmp_path / "in.json"
        os.mkfifo(path)
    elif kind == "device":
        path = Path("/dev/zero")
    else:
        path = tmp_path
    with pytest.raises(ImportFailed) as caught:
        _in_thread(lambda: read_import(path))
    assert "not a regular file" in caught.value.reason("en")


@pytest.mark.parametrize("command", ["annotations", "export", "search", "stats", "import"])
def test_cli_commands_return_when_the_sidecar_is_a_fifo(tmp_path: Path, command: str) -> None:
    library = library_with_one_report(tmp_path / "lib")
    os.mkfifo(library / FILE_NAME)
    extra = {
        "export": ["--format", "csv", "-o", str(tmp_path / "out.csv")],
        "search": ["主题"],
        "import": [str(SEEDS / "001_964562f518f6e3ff.txt")],
    }.get(command, [])
    result = run_cli(command, str(library), *extra, timeout=120)
    assert result.returncode == 1
    assert "not a regular file" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


# -- item 13: caps apply to what is written --------------------------------------------------------
def test_a_save_over_the_size_limit_is_refused_and_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = SidecarStore(tmp_path)
    sidecar = store.load()
    add(sidecar, "甲")
    sidecar = store.save(sidecar)
    before = (tmp_path / FILE_NAME).read_bytes()
    monkeypatch.setattr(sidecar_module, "MAX_SIDECAR_BYTES", len(before) + 500)
    for i in range(20):
        add(sidecar, f"乙{i}", i)
    with pytest.raises(SidecarError) as caught:
        store.save(sidecar)
    assert caught.value.code == "too-large" and "nothing is lost" in caught.value.reason("en")
    assert (tmp_path / FILE_NAME).read_bytes() == before
    assert not store.read_only and len(sidecar.annotations) == 21
    for ann_id in list(sidecar.annotations)[1:]:  # undo: it fits again
        del sidecar.annotations[ann_id]
    store.save(sidecar)


def test_a_sidecar_over_the_size_limit_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = SidecarStore(tmp_path)
    sidecar = store.load()
    add(sidecar, "甲")
    store.save(sidecar)
    monkeypatch.setattr(sidecar_module, "MAX_SIDECAR_BYTES", 100)
    reopened = SidecarStore(tmp_path)
    reopened.load()
    assert reopened.read_only and reopened.error.code == "too-large-file"


# -- item 15: links planted in a library -------------------------------------------------------------
def test_a_dangling_lock_link_creates_nothing_at_its_target(tmp_path: Path) -> None:
    library, outside = tmp_path / "lib", tmp_path / "outside"
    library.mkdir()
    outside.mkdir()
    (library / LOCK_NAME).symlink_to(outside / "planted")
    store = SidecarStore(library)
    sidecar = store.load()
    add(sidecar, "甲")
    with pytest.raises(SidecarError) as caught:
        store.save(sidecar)
    assert caught.value.code == "link" and LOCK_NAME in caught.value.reason("en")
    assert list(outside.iterdir()) == []


def test_a_backup_folder_link_writes_and_deletes_nothing_in_its_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sidecar_module, "BACKUP_INTERVAL_SECONDS", 0)
    library, outside = tmp_path / "lib", tmp_path / "outside"
    library.mkdir()
    outside.mkdir()
    for i in range(8):  # files that look like old backups: rotation would delete them
        (outside / f"reader-annotations-2000010{i}-000000-000000.json").write_text("mine")
    (library / BACKUP_FOLDER).symlink_to(outside, target_is_directory=True)
    store = SidecarStore(library)
    sidecar = store.load()
    add(sidecar, "甲")
    (library / FILE_NAME).write_bytes(dumps(sidecar))
    store = SidecarStore(library)
    sidecar = store.load()
    with pytest.raises(SidecarError) as caught:
        store.save(sidecar)
    assert caught.value.code == "link"
    assert sorted(p.read_text() for p in outside.iterdir()) == ["mine"] * 8
    assert store.backups() == []


def test_a_sidecar_that_is_a_link_is_not_followed(tmp_path: Path) -> None:
    library, outside = tmp_path / "lib", tmp_path / "outside.json"
    library.mkdir()
    sidecar = Sidecar()
    add(sidecar, "甲")
    outside.write_bytes(dumps(sidecar))
    (library / FILE_NAME).symlink_to(outside)
    store = SidecarStore(library)
    store.load()
    assert store.read_only and store.error.code == "link"
    assert outside.read_bytes() == dumps(sidecar)


# -- item 16: folders and files deleted under the app; odd numbers; own files as exports ------------
def test_a_deleted_library_folder_is_not_created_again(tmp_path: Path) -> None:
    library = library_with_one_report(tmp_path / "lib")
    session = Library(library)
    report = session.load(session.entries[0])
    session.apply(session.annotate(report, 0, 4, ["甲"], "", "甲"))
    shutil.rmtree(library)
    with pytest.raises(SidecarError) as caught:
        session.save()
    assert caught.value.code == "library-gone" and "no longer exists" in caught.value.reason("en")
    assert not library.exists() and len(session.annotations()) == 1


def test_a_sidecar_deleted_while_open_is_not_created_again(tmp_path: Path) -> None:
    store = SidecarStore(tmp_path)
    sidecar = store.load()
    add(sidecar, "甲")
    sidecar = store.save(sidecar)
    (tmp_path / FILE_NAME).unlink()
    add(sidecar, "乙", 3)
    with pytest.raises(SidecarError) as caught:
        store.save(sidecar)
    assert caught.value.code == "gone" and "was deleted" in caught.value.reason("en")
    assert not (tmp_path / FILE_NAME).exists()
    assert store.read_only  # until a backup is restored: the window offers it
    restored = store.restore_backup(store.newest_good_backup())
    assert len(restored.annotations) == 1 and not store.read_only
    assert len(store.save(sidecar).annotations) == 2


@pytest.mark.parametrize("target", [FILE_NAME, LOCK_NAME, f"{BACKUP_FOLDER}/x.csv"])
def test_export_is_never_written_onto_the_librarys_own_files(tmp_path: Path, target: str) -> None:
    library = library_with_one_report(tmp_path / "lib")
    session = Library(library)
    report = session.load(session.entries[0])
    session.apply(session.annotate(report, 0, 4, ["甲"], "", "甲"))
    session.save()
    before = (library / FILE_NAME).read_bytes()
    result = run_cli("export", str(library), "--format", "csv", "-o", str(library / target))
    assert result.returncode == 2 and "annotations file" in result.stderr
    assert (library / FILE_NAME).read_bytes() == before


@pytest.mark.parametrize(
    "change",
    [
        (b'"start": 0', b'"start": 1e400'),
        (b'"start": 0', b'"start": -1e400'),
        (b'"note": "\xe7\x94\xb2"', b'"note": "\\ud800"'),
        (b'"format"', b'"\\udc00": 1, "format"'),
    ],
)
def test_infinite_numbers_and_lone_surrogates_are_a_damaged_file(tmp_path: Path, change) -> None:
    library = library_with_one_report(tmp_path / "lib")
    sidecar = Sidecar()
    add(sidecar, "甲")
    raw = dumps(sidecar)
    assert change[0] in raw
    (library / FILE_NAME).write_bytes(raw.replace(change[0], change[1], 1))
    result = run_cli("annotations", str(library))
    assert result.returncode == 1
    assert "The annotations file is damaged" in result.stderr and "unexpected" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_an_unusable_cache_folder_prints_no_traceback(tmp_path: Path) -> None:
    library = library_with_one_report(tmp_path / "lib")
    data = tmp_path / "not-a-folder"
    data.write_text("x")
    for command in (("search", str(library), "主题"), ("stats", str(library)), ("annotations", str(library))):
        result = run_cli(*command, env={"REPORT_READER_DATA_DIR": str(data), "XDG_CACHE_HOME": str(data)})
        assert result.returncode == 0 and result.stderr == "", result.stderr


def test_an_import_that_would_make_the_sidecar_too_large_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The 200 MB import limit was checked on the imported file only; what is written
    now has the limit too (made small here), and nothing is written past it."""
    from reader.cli import main

    library = library_with_one_report(tmp_path / "lib")
    other = Sidecar()
    for i in range(40):
        add(other, f"标签{i}", i)
    imported = tmp_path / "other.json"
    imported.write_bytes(dumps(other))
    monkeypatch.setattr(sidecar_module, "MAX_SIDECAR_BYTES", len(dumps(other)) // 2)
    assert main(["import", str(library), str(imported)]) == 1
    error = capsys.readouterr().err
    assert "too large to save" in error and len(error.strip().splitlines()) == 1
    assert not (library / FILE_NAME).exists()
