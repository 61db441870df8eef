"""How indexing reports its progress, and the size of its tasks (known to those who
read the index without indexing anything)."""

from __future__ import annotations

from dataclasses import dataclass

CHUNK = 40  # reports per task sent to a worker process


@dataclass(slots=True)
class IndexProgress:
    done: int
    total: int
