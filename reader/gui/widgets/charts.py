"""Charts with matplotlib on a Qt canvas: a CJK font so Chinese labels have glyphs,
colours that follow the window's theme, and labels drawn as written.

Labels are report titles, terms and tag names: matplotlib would read a pair of `$`
in one as mathtext (and fail to draw `$\\frac{$`), so math parsing is off.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

logger = logging.getLogger(__name__)

# Families tried in order; the first one installed draws every label.
CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "SimHei",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Noto Serif CJK SC",
    "AR PL UMing CN",
)


@lru_cache(maxsize=1)
def cjk_family() -> str | None:
    """The first CJK font family matplotlib can use here (None: Chinese shows boxes)."""
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    family = next((f for f in CJK_FAMILIES if f in installed), None)
    if family is None:
        logger.warning("No CJK font found for charts; Chinese labels will not show")
    return family


def use_cjk_font() -> None:
    """Put the CJK family first for sans-serif text everywhere: matplotlib resolves a
    label's font when it draws (a resize, a save), not when the label is made."""
    import matplotlib

    family = cjk_family()
    if family is not None and matplotlib.rcParams["font.sans-serif"][:1] != [family]:
        matplotlib.rcParams["font.sans-serif"] = [family, *matplotlib.rcParams["font.sans-serif"]]
        matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["axes.unicode_minus"] = False
    matplotlib.rcParams["text.parse_math"] = False


def new_canvas(parent: QWidget):  # noqa: ANN201 - FigureCanvasQTAgg, imported lazily
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    use_cjk_font()

    figure = Figure(figsize=(7, 4.5), layout="constrained")
    canvas = FigureCanvasQTAgg(figure)
    canvas.setParent(parent)
    return canvas


def style_for(widget: QWidget) -> dict[str, object]:
    """matplotlib rc settings from the widget's palette (light, dark or sepia)."""
    palette = widget.palette()
    background = palette.color(QPalette.ColorRole.Base).name()
    text = palette.color(QPalette.ColorRole.Text).name()
    grid = palette.color(QPalette.ColorRole.Mid).name()
    family = cjk_family()
    style: dict[str, object] = {
        "figure.facecolor": palette.color(QPalette.ColorRole.Window).name(),
        "axes.facecolor": background,
        "axes.edgecolor": grid,
        "axes.labelcolor": text,
        "text.color": text,
        "xtick.color": text,
        "ytick.color": text,
        "grid.color": grid,
        "axes.unicode_minus": False,
        "text.parse_math": False,  # titles, terms and tags are text, never mathtext
        "savefig.facecolor": palette.color(QPalette.ColorRole.Window).name(),
    }
    if family is not None:
        style["font.family"] = "sans-serif"
        style["font.sans-serif"] = [family, "DejaVu Sans"]
    return style
