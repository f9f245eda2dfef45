"""Jobs. In-process execution: one step per asset costs seconds in a subprocess and buys nothing,
since every asset writes the same single-writer warehouse."""

from __future__ import annotations

import dagster as dg

all_assets_job = dg.define_asset_job(
    "materialize_all", selection=dg.AssetSelection.all(), description="Every asset, raw files to marts."
)
marts_job = dg.define_asset_job(
    "refresh_marts", selection=dg.AssetSelection.groups("marts"), description="The marts only."
)
