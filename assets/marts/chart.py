"""A picture of mart_province_year for the Dagster UI: one panel per main metric, provinces over years.

Each panel is titled with the metric's Vietnamese and English names, its y axis carries the unit and
starts at zero for counts and amounts; a line joins only consecutive years of one province (a gap in
the reports stays a gap), and a year on its own is a dot. Only province-wide figures are drawn: the
mart holds no district rows, and rows without a province are left out.
"""

from __future__ import annotations

import base64
import io

import polars as pl

from assets.metrics import metric_names

MAX_PROVINCES = 8  # lines per panel; more would not be readable
CHART_VERSION = "chart-3"  # change it when the picture changes, so an unchanged mart gets the new chart
DPI = 100
PANEL_INCHES = (6.4, 3.8)
# Room around the panels: the y label on the left, the legend of provinces on the right, the figure's title on top.
MARGINS = {"left": 0.9, "right": 2.0, "top": 1.0, "bottom": 0.45}


def consecutive_runs(years: list[int]) -> list[list[int]]:
    """Sorted years split where a year is missing: [2019, 2020, 2022] → [[2019, 2020], [2022]]."""
    runs: list[list[int]] = []
    for year in sorted(years):
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return runs


def chart_frame(frame: pl.DataFrame, metrics: list[str]) -> pl.DataFrame:
    """province, year, metric, value of the province-wide rows of ``frame`` that have a value."""
    present = [m for m in metrics if m in frame.columns]
    rows = frame.filter(pl.col("province").is_not_null())
    if "district" in rows.columns:
        rows = rows.filter(pl.col("district").is_null())
    return rows.unpivot(index=["province", "year"], on=present, variable_name="metric",
                        value_name="value").drop_nulls("value")


def province_year_chart(frame: pl.DataFrame, metrics: list[str]) -> str | None:
    """Markdown embedding a PNG (data URI) of ``frame`` (province, year, one column per metric).

    Returns None when no metric has values for two different years, as there is no trend to show.
    """
    # The object API without pyplot: no display backend, and a second less of import per run.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    long = chart_frame(frame, metrics)
    shown = [m for m in metrics if long.filter(pl.col("metric") == m)["year"].n_unique() >= 2]
    if not shown:
        return None
    names = metric_names()
    cols = min(2, len(shown))
    rows = -(-len(shown) // cols)
    fig = Figure(figsize=(PANEL_INCHES[0] * cols, PANEL_INCHES[1] * rows), dpi=DPI)
    FigureCanvasAgg(fig)
    axes = fig.subplots(rows, cols, squeeze=False)
    for ax, metric in zip(axes.flat, shown, strict=False):
        data = long.filter(pl.col("metric") == metric)
        name = names.get(metric)
        top = data.group_by("province").len().sort(["len", "province"], descending=[True, False]).head(MAX_PROVINCES)
        for index, province in enumerate(top["province"].to_list()):
            series = dict(data.filter(pl.col("province") == province).select("year", "value").iter_rows())
            color = f"C{index % 10}"
            for number, run in enumerate(consecutive_runs(list(series))):
                ax.plot(run, [series[y] for y in run], marker="o", markersize=5, linewidth=2, color=color,
                        label=province if number == 0 else None)
        ax.set_title(f"{name.vi}\n{name.en}" if name else metric, fontsize=11)
        ax.set_ylabel(name.unit_words if name else "", fontsize=10)
        if name is None or name.is_count:
            ax.set_ylim(bottom=0)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:,.0f}" if abs(value) >= 100 else f"{value:g}"))
        ax.tick_params(labelsize=9)
        ax.grid(axis="y", alpha=0.3)
        ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    for ax in list(axes.flat)[len(shown):]:
        ax.set_visible(False)
    fig.suptitle("Provinces over the years (province-wide figures; a gap in the years is left open)", fontsize=12)
    # Margins in inches, fixed: tight_layout would draw the whole figure once more to measure it (~1.3 s of ~3 s).
    width, height = fig.get_size_inches()
    fig.subplots_adjust(left=MARGINS["left"] / width, right=1 - MARGINS["right"] / width, top=1 - MARGINS["top"] / height,
                        bottom=MARGINS["bottom"] / height, wspace=0.7, hspace=0.6)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI)
    encoded = base64.b64encode(buffer.getvalue()).decode()
    return f"![provinces over years](data:image/png;base64,{encoded})"
