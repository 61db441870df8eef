"""Memos and report variables as operations of the open library.

`CaseworkOps` is part of the `Library` facade: each operation checks that annotations
can be changed, and returns a `Change` (nothing is changed until it is applied,
and it is undone as one).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.core.annotations.change import Change
from reader.core.annotations.decisions import Decision
from reader.core.annotations.decisions import ordered as ordered_decisions
from reader.core.annotations.memos import JOURNAL, Memo, MemoError, edited, make_memo, ordered
from reader.core.annotations.model import now
from reader.core.annotations.report_variables import (
    Casebook,
    CsvImport,
    Variable,
    VariableError,
    apply_values,
    check_variable,
    fits,
    set_variables,
    value_changes,
)

if TYPE_CHECKING:
    from reader.core.annotations.model import Sidecar


def _now() -> str:
    return now()


def _change(**parts: object) -> Change:
    return Change({}, {}, **parts)  # type: ignore[arg-type]


class CaseworkOps:
    """Memos and variables; mixed into `Library` (which has `_sidecar` and
    `_require_writable`)."""

    _sidecar: Sidecar

    def _require_writable(self) -> None:  # pragma: no cover - the session's
        raise NotImplementedError

    def apply_casework(self, made: Change, stamp: str) -> None:
        """The memo and variable part of `Library.apply` (`made` is the change as made:
        the inverse when undoing). Memos and values are stamped `stamp` (also when undone
        or redone), so a merge with an older copy keeps them."""
        memos = made.memos_after
        for memo_id, memo in memos.items():
            if memo is None:
                self._sidecar.memos.pop(memo_id, None)
                self._sidecar.deleted_memos[memo_id] = stamp
            else:
                self._sidecar.memos[memo_id] = replace(memo, modified=stamp)
                self._sidecar.deleted_memos.pop(memo_id, None)
        book = self._sidecar.casebook
        variables = made.variables_after
        if variables is not None:
            set_variables(book, list(variables), stamp)
        values = made.values_after
        names = {v.name for v in book.variables}
        apply_values(book, {k: v for k, v in values.items() if k[1] in names}, stamp)
        for decision_id, decision in made.decisions_after.items():
            if decision is None:
                self._sidecar.decisions.pop(decision_id, None)
                self._sidecar.deleted_decisions[decision_id] = stamp
            else:
                self._sidecar.decisions[decision_id] = replace(decision, modified=stamp)
                self._sidecar.deleted_decisions.pop(decision_id, None)

    # -- adjudication decisions -----------------------------------------------------------
    def decisions(self, path: str | None = None) -> list[Decision]:
        """Adjudication decisions (of one report), in the file's order."""
        return ordered_decisions(d for d in self._sidecar.decisions.values() if path in (None, d.path))

    # -- memos --------------------------------------------------------------------------
    def memos(self, kind: str | None = None, about: str | None = None) -> list[Memo]:
        """Memos (of one kind, about one report or tag), in the file's order."""
        found = (
            m
            for m in self._sidecar.memos.values()
            if (kind is None or m.kind == kind) and (about is None or m.about == about)
        )
        return ordered(found)

    def memo(self, memo_id: str) -> Memo | None:
        return self._sidecar.memos.get(memo_id)

    def add_memo(self, kind: str, about: str, title: str, text: str, author: str) -> Change:
        self._require_writable()
        memo = make_memo(kind, about if kind != JOURNAL else "", title, text, author, _now())
        return _change(memos_before={memo.id: None}, memos_after={memo.id: memo})

    def edit_memo(
        self,
        memo_id: str,
        title: str | None = None,
        text: str | None = None,
        links: Iterable[str] | None = None,
    ) -> Change:
        self._require_writable()
        before = self._sidecar.memos.get(memo_id)
        if before is None:
            raise MemoError("missing", memo_id)
        after = edited(before, _now(), title, text, links)
        return _change(memos_before={memo_id: before}, memos_after={memo_id: after})

    def delete_memo(self, memo_id: str) -> Change:
        self._require_writable()
        before = self._sidecar.memos.get(memo_id)
        if before is None:
            raise MemoError("missing", memo_id)
        return _change(memos_before={memo_id: before}, memos_after={memo_id: None})

    # -- variables -----------------------------------------------------------------------
    @property
    def casebook(self) -> Casebook:
        return self._sidecar.casebook

    def define_variable(self, variable: Variable, replacing: str | None = None) -> Change:
        """Add a variable, or change one (`replacing` its name: a new name renames it,
        keeping its values). VariableError when the name is taken or the values it
        has do not fit the new type."""
        self._require_writable()
        variable = check_variable(variable)
        book = self.casebook
        before = list(book.variables)
        old_name = replacing or variable.name
        if replacing is None and book.variable(variable.name) is not None:
            raise VariableError("exists", variable.name)
        if replacing is not None and variable.name != replacing and book.variable(variable.name) is not None:
            raise VariableError("exists", variable.name)
        held = {k: v.value for k, v in book.values.items() if k[1] == old_name and v.value}
        if any(not fits(variable, value) for value in held.values()):
            raise VariableError("misfit", variable.name)
        after = [variable if v.name == old_name else v for v in before]
        if replacing is None or book.variable(replacing) is None:
            after.append(variable)
        values_before: dict[tuple[str, str], str] = {}
        values_after: dict[tuple[str, str], str] = {}
        if variable.name != old_name:  # a rename: the values move to the new name
            for (relpath, _name), value in held.items():
                values_before[(relpath, old_name)] = value
                values_before[(relpath, variable.name)] = ""
                values_after[(relpath, variable.name)] = value
        return _change(
            variables_before=before,
            variables_after=after,
            values_before=values_before,
            values_after=values_after,
        )

    def delete_variable(self, name: str) -> Change:
        """Remove a variable and its values (undo brings both back)."""
        self._require_writable()
        book = self.casebook
        if book.variable(name) is None:
            raise VariableError("unknown", name)
        held = {k: v.value for k, v in book.values.items() if k[1] == name and v.value}
        return _change(
            variables_before=list(book.variables),
            variables_after=[v for v in book.variables if v.name != name],
            values_before=held,
            values_after={},
        )

    def set_values(self, edits: Iterable[tuple[str, str, str]]) -> Change:
        """Set `(relpath, variable, value)`s as one change; VariableError (naming the
        report) when a value does not fit its variable, and nothing changes."""
        self._require_writable()
        before, after = value_changes(self.casebook, edits)
        return _change(values_before=before, values_after=after)

    def import_variables(self, imported: CsvImport) -> Change:
        """What a CSV file gave (`report_variables.parse_csv`): its new variables and
        values as one change."""
        self._require_writable()
        book = self.casebook.copy()
        variables = list(book.variables)
        for variable in imported.new_variables:
            if book.variable(variable.name) is None:
                variables.append(variable)
        book.variables = variables
        before, after = value_changes(book, imported.edits)
        return _change(
            variables_before=list(self.casebook.variables),
            variables_after=variables,
            values_before=before,
            values_after=after,
        )
