"""A picture of mart_province_year for the Dagster UI: one panel per main metric, provinces over years."""

from __future__ import annotations

import base64
import io

import polars as pl

MAX_PROVINCES = 8  # lines per panel; more would not be readable


def province_year_chart(frame: pl.DataFrame, metrics: list[str]) -> str | None:
    """Markdown embedding a PNG (data URI) of ``frame`` (province, year, one column per metric).

    Returns None when no metric has values for two different years, as there is no trend to show.
    """
    # The object API without pyplot: no display backend, and a second less of import per run.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    long = frame.filter(pl.col("province").is_not_null()).unpivot(
        index=["province", "year"], on=metrics, variable_name="metric", value_name="value").drop_nulls("value")
    shown = [m for m in metrics if long.filter(pl.col("metric") == m)["year"].n_unique() >= 2]
    if not shown:
        return None
    cols = min(3, len(shown))
    rows = -(-len(shown) // cols)
    fig = Figure(figsize=(4.2 * cols, 3 * rows))
    FigureCanvasAgg(fig)
    axes = fig.subplots(rows, cols, squeeze=False)
    for ax, metric in zip(axes.flat, shown, strict=False):
        data = long.filter(pl.col("metric") == metric)
        top = data.group_by("province").len().sort(["len", "province"], descending=[True, False]).head(MAX_PROVINCES)
        for province in top["province"].to_list():
            series = data.filter(pl.col("province") == province).sort("year")
            ax.plot(series["year"].to_list(), series["value"].to_list(), marker="o", label=province)
        ax.set_title(metric, fontsize=9)
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.tick_params(labelsize=7)
        ax.legend(fontsize=6)
    for ax in list(axes.flat)[len(shown):]:
        ax.set_visible(False)
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=80)
    encoded = base64.b64encode(buffer.getvalue()).decode()
    return f"![provinces over years](data:image/png;base64,{encoded})"
