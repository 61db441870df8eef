"""Package attributes imported on first use: a package whose parts need numpy keeps
what the window's start asks of it light."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module


def lazy_attributes(
    package: str, namespace: dict[str, object], later: Mapping[str, str]
) -> Callable[[str], object]:
    """A module `__getattr__` for `package`: a name of `later` (name -> submodule) is
    imported from `package.submodule` when first asked for, then kept in `namespace`."""

    def __getattr__(name: str) -> object:
        module = later.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f"{package}.{module}"), name)
        namespace[name] = value
        return value

    return __getattr__
