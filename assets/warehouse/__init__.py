"""The warehouse layer, below the assets: connecting, setup SQL, transactions, the writer lock, the
Dagster resources that carry the paths, and the serving file. Assets import it; `orchestration/`
composes it. Nothing here imports `orchestration`."""
