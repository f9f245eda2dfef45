"""Jobs. In-process execution: one step per asset costs seconds in a subprocess and buys nothing,
since every asset writes the same single-writer warehouse."""

from __future__ import annotations

import dagster as dg

all_assets_job = dg.define_asset_job(
    "materialize_all", selection=dg.AssetSelection.all(),
    description="The whole pipeline, article files to marts: what `molisa run` (and `make run`), the file "
                "sensor and Materialize all start. Only what changed is read again.",
)
marts_job = dg.define_asset_job(
    "refresh_marts", selection=dg.AssetSelection.groups("serve"),
    description="The marts only (group serve), from the facts already in the warehouse.",
)
