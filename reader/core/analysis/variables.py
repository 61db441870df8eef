"""Report variables and tags by variable.

Variables are a plain mapping `relpath -> {variable: value}` (values as text; ''
means no value). The built-in ones come from the library: `number`, `title`,
`date` (ISO, `--MM-DD` without a year), `year`, `month` (`2019-07`, or `--07`
without a year) and `folder` (the report's folder in the library, '' at the top);
an official document's recognised fields (`DOCUMENT`: 文号, 发文机关, 文种, 成文日期,
附件) come from `reader.core.analysis.documents.fields.document_fields`.
User-defined variables join through the same mapping (`combine`).

`tags_by_variable` counts, for each tag and each value of one variable, the
passages and the reports with the tag, raw and per 100 reports having that value
(the reports of the mapping are the population: pass every report of the library,
coded or not).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from reader.core.analysis.passages import EVERYTHING, Passage, PassageFilter, counted_tags, tag_order
from reader.core.index.scan import natural_key
from reader.core.problems import pick

Variables = Mapping[str, Mapping[str, str]]

BUILTIN = ("number", "title", "date", "year", "month", "folder")
#: The document fields (`reader.core.analysis.documents.fields`), built in too.
DOCUMENT = ("doc_number", "doc_organs", "doc_kind", "doc_date", "doc_attachments")
MEASURES = ("passages", "reports", "passages_per_100", "reports_per_100")

HEADINGS: dict[str, dict[str, str]] = {
    "tag": {"en": "Tag", "zh": "标签"},
    "value": {"en": "Value", "zh": "取值"},
    "population": {"en": "Reports with this value", "zh": "具有该取值的报告数"},
    "passages": {"en": "Passages", "zh": "段落数"},
    "reports": {"en": "Reports with the tag", "zh": "含该标签的报告数"},
    "passages_per_100": {"en": "Passages per 100 reports", "zh": "每百篇报告段落数"},
    "reports_per_100": {"en": "Reports with the tag per 100 reports", "zh": "每百篇报告中含该标签的报告数"},
    "no-value": {"en": "(no value)", "zh": "（无）"},
}


class ReportFacts(Protocol):
    """What the built-in variables are made from (`IndexedReport` has it)."""

    relpath: str
    number: int | None
    title: str
    date: str
    category: str


def report_variables(number: int | None, title: str, date: str, folder: str) -> dict[str, str]:
    """The built-in variables of one report; `date` is ISO ('2019-07-29', '--06-03')."""
    if date.startswith("--"):
        year, month = "", date[:4]
    else:
        year, month = date[:4], date[:7]
    return {
        "number": "" if number is None else str(number),
        "title": title,
        "date": date,
        "year": year,
        "month": month,
        "folder": folder,
    }


def builtin_variables(reports: Iterable[ReportFacts]) -> dict[str, dict[str, str]]:
    """The built-in variables of `reports` (e.g. the readable reports of the library
    index: `[r for r in index.reports if r.text is not None]`)."""
    return {r.relpath: report_variables(r.number, r.title, r.date, r.category) for r in reports}


def combine(*mappings: Variables) -> dict[str, dict[str, str]]:
    """Several variable mappings as one (a later mapping's value wins)."""
    result: dict[str, dict[str, str]] = {}
    for mapping in mappings:
        for relpath, values in mapping.items():
            result.setdefault(relpath, {}).update(values)
    return result


def reports_where(variables: Variables, conditions: Mapping[str, Collection[str]]) -> frozenset[str]:
    """The reports whose value of every variable in `conditions` is one of those
    given (e.g. `{"year": {"2019", "2020"}, "folder": {"山西"}}`)."""
    return frozenset(
        relpath
        for relpath, values in variables.items()
        if all(values.get(name, "") in allowed for name, allowed in conditions.items())
    )


def values_of(variables: Variables, variable: str) -> list[str]:
    """The values `variable` takes, in natural order ('2' before '10'), '' last."""
    found = {values.get(variable, "") for values in variables.values()}
    return sorted(found, key=lambda v: (v == "", natural_key(v)))


@dataclass(frozen=True, slots=True)
class VariableTable:
    """Tags by the values of one variable. `passages[t][v]` and `reports[t][v]` count
    the passages with tag `tags[t]` in reports with value `values[v]`, and those
    reports; `population[v]` is the number of reports with that value."""

    variable: str
    values: tuple[str, ...]
    population: tuple[int, ...]
    tags: tuple[str, ...]
    passages: tuple[tuple[int, ...], ...]
    reports: tuple[tuple[int, ...], ...]

    def per_100(self, counts: tuple[tuple[int, ...], ...]) -> list[list[float]]:
        return [
            [100.0 * c / n if n else 0.0 for c, n in zip(row, self.population, strict=True)] for row in counts
        ]

    def matrix(self, measure: str = "passages") -> list[list[float]]:
        """One row per tag, one column per value (for a chart): a measure of MEASURES."""
        if measure == "passages":
            return [list(map(float, row)) for row in self.passages]
        if measure == "reports":
            return [list(map(float, row)) for row in self.reports]
        if measure == "passages_per_100":
            return self.per_100(self.passages)
        if measure == "reports_per_100":
            return self.per_100(self.reports)
        raise ValueError(f"unknown measure {measure!r}")

    def rows(self, lang: str | None = None) -> list[list[str | int | float]]:
        """A heading row, then one row per tag and value (long form, for CSV)."""
        head = ["tag", "value", "population", *MEASURES]
        result: list[list[str | int | float]] = [[pick(HEADINGS, h, lang) for h in head]]
        per_passage, per_report = self.per_100(self.passages), self.per_100(self.reports)
        for t, tag in enumerate(self.tags):
            for v, value in enumerate(self.values):
                result.append([
                    tag,
                    value or pick(HEADINGS, "no-value", lang),
                    self.population[v],
                    self.passages[t][v],
                    self.reports[t][v],
                    round(per_passage[t][v], 2),
                    round(per_report[t][v], 2),
                ])  # fmt: skip
        return result

    def to_csv(self, lang: str | None = None) -> bytes:
        """The long-form rows as CSV: UTF-8 with a BOM, CRLF, no cell a formula."""
        from reader.core.export.tabular import neutralise

        out = io.StringIO(newline="")
        writer = csv.writer(out, lineterminator="\r\n")
        for row in self.rows(lang):
            writer.writerow([neutralise(c) if isinstance(c, str) else c for c in row])
        return out.getvalue().encode("utf-8-sig")


def tags_by_variable(
    passages: Iterable[Passage],
    variables: Variables,
    variable: str,
    tags: Sequence[str] | None = None,
    include_children: bool = True,
    where: PassageFilter = EVERYTHING,
) -> VariableTable:
    """Passages and reports per tag and per value of `variable` (see the module doc).
    `where.reports` narrows the population too. A passage of a report missing from
    `variables` counts under no value, and its report joins the population."""
    chosen = [p for p in passages if where.keeps(p)]
    population_of = {
        r: v.get(variable, "") for r, v in variables.items() if where.reports is None or r in where.reports
    }
    for p in chosen:
        population_of.setdefault(p.report, "")
    values = tuple(sorted(set(population_of.values()), key=lambda v: (v == "", natural_key(v))))
    column = {v: i for i, v in enumerate(values)}
    population = [0] * len(values)
    for value in population_of.values():
        population[column[value]] += 1
    names = tuple(dict.fromkeys(tags)) if tags is not None else tag_order(chosen, include_children)
    row = {t: i for i, t in enumerate(names)}
    passage_counts = [[0] * len(values) for _ in names]
    report_sets: list[list[set[str]]] = [[set() for _ in values] for _ in names]
    for p in chosen:
        v = column[population_of[p.report]]
        for tag in counted_tags(p.tags, include_children):
            t = row.get(tag)
            if t is not None:
                passage_counts[t][v] += 1
                report_sets[t][v].add(p.report)
    return VariableTable(
        variable,
        values,
        tuple(population),
        names,
        tuple(tuple(r) for r in passage_counts),
        tuple(tuple(len(s) for s in r) for r in report_sets),
    )
