"""Shared fixtures: one real DuckLake warehouse materialized through Dagster per test session."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import dagster as dg
import pytest

from assets.warehouse.resources import CorrectionsResource, RawSourceResource, WarehouseResource
from orchestration import evaluate

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "data" / "raw"
GOLD = ROOT.parent / "shared" / "seeds_gold.jsonl"
LOCAL_GOLD = ROOT / "tests" / "fixtures" / "seeds_gold.jsonl"
ARTICLES = ROOT / "tests" / "fixtures" / "articles"
ARTICLES_GOLD = ROOT / "tests" / "fixtures" / "articles_gold.jsonl"


def all_definitions():
    from orchestration.definitions import defs

    return [*defs.assets, *defs.asset_checks]


def run_pipeline(raw_dir: Path, warehouse_dir: Path, instance: dg.DagsterInstance | None = None,
                 selection=None, corrections: Path | None = None) -> dg.ExecuteInProcessResult:
    """Materialize every asset (and check) in-process over ``raw_dir`` into ``warehouse_dir``, with the
    corrections file ``corrections`` (default: ``corrections.csv`` beside the warehouse, usually absent)."""
    return dg.materialize(
        all_definitions(),
        selection=selection,
        instance=instance or dg.DagsterInstance.ephemeral(),
        resources={
            "warehouse": WarehouseResource(path=str(warehouse_dir)),
            "source": RawSourceResource(raw_dir=str(raw_dir)),
            "corrections": CorrectionsResource(path=str(corrections or warehouse_dir.parent / "corrections.csv")),
        },
        raise_on_error=False,
    )


def load_gold() -> list[dict]:
    """The seeds' gold: the shared file where this checkout sits next to it, else the committed copy."""
    return evaluate.load_gold(GOLD if GOLD.exists() else LOCAL_GOLD)


@pytest.fixture(scope="session")
def seed_warehouse(tmp_path_factory) -> Path:
    """The five seed articles materialized once; tests only read it."""
    base = tmp_path_factory.mktemp("seeds")
    raw = base / "raw"
    shutil.copytree(SEEDS, raw)
    result = run_pipeline(raw, base / "warehouse")
    assert result.success
    return base / "warehouse"


@pytest.fixture(scope="session")
def corpus_run(tmp_path_factory) -> tuple[dg.ExecuteInProcessResult, Path]:
    """Seeds plus the annotated fixture articles (two years of Hà Giang among them), materialized once."""
    base = tmp_path_factory.mktemp("corpus")
    raw = base / "raw"
    shutil.copytree(SEEDS, raw / "seeds")
    shutil.copytree(ARTICLES, raw / "articles")
    result = run_pipeline(raw, base / "warehouse")
    assert result.success
    return result, base / "warehouse"


@pytest.fixture(scope="session")
def corpus_warehouse(corpus_run) -> Path:
    return corpus_run[1]


@pytest.fixture
def connect():
    from assets.warehouse import lake as warehouse

    opened = []

    def _connect(path: Path, **kwargs):
        con = warehouse.connect(path, **kwargs)
        opened.append(con)
        return con

    yield _connect
    for con in opened:
        con.close()


BROWSER_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars"]


@pytest.fixture(scope="session")
def chromium() -> str:
    """Debian's chromium; installed with apt-get when missing (root, Debian), else the tests skip."""
    found = shutil.which("chromium")
    if found is None and shutil.which("apt-get") and os.geteuid() == 0:
        subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", "chromium"], capture_output=True,
                       timeout=900, env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"}, check=False)
        found = shutil.which("chromium")
    if found is None:
        pytest.skip("needs Debian's chromium: `apt-get install -y chromium` was not possible here "
                    "(not root, not Debian, or no package source)")
    return found
