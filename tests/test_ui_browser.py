"""`molisa run`, then the Dagster UI (dagster-webserver over workspace.yaml, as `make dev` serves it) in a
real headless browser (Debian chromium): the run is listed on the materialize_all job page.
Screenshots go to tests/output/."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import BROWSER_FLAGS as FLAGS
from tests.conftest import ROOT, SEEDS

OUTPUT = ROOT / "tests" / "output"
LOCATION = "orchestration.definitions"



def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, limit: float = 600) -> None:
    """Until ``url`` answers (the webserver has loaded the code location), or the process died."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"dagster-webserver exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=5) as answer:  # noqa: S310 (our own local server)
                if answer.status == 200:
                    return
        except OSError:
            pass
        time.sleep(1)
    raise AssertionError(f"{url} did not answer")


def browse(binary: str, profile: Path, url: str, *args: str) -> str:
    """The page's DOM once its scripts and queries are done (virtual time lets them finish)."""
    out = subprocess.run([binary, *FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=60000", *args, url],
                         capture_output=True, timeout=300, check=True)
    return out.stdout.decode("utf-8", "replace")


def dismiss_welcome(url: str) -> None:
    """Mark the UI's "Join the Dagster community" dialog as seen, so it does not cover the screenshot."""
    request = urllib.request.Request(f"{url}/graphql", data=json.dumps({"query": "mutation { setNuxSeen }"}).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as answer:  # noqa: S310 (our own local server)
        assert json.load(answer)["data"]["setNuxSeen"] is True


@pytest.fixture(scope="module")
def ui_after_run(tmp_path_factory):
    """One `molisa run` over one seed article, then dagster-webserver on a free port over the same
    DAGSTER_HOME; yields (base URL, run id, tmp folder)."""
    base = tmp_path_factory.mktemp("ui")
    (base / "raw").mkdir()
    shutil.copy(SEEDS / "002_808781c3624d5653.txt", base / "raw")
    env = {**os.environ, "DAGSTER_HOME": str(base / "home"), "MOLISA_RAW_DIR": str(base / "raw"),
           "MOLISA_WAREHOUSE": str(base / "warehouse"), "MOLISA_UI_URL": "http://127.0.0.1:3000"}
    run = subprocess.run([str(ROOT / ".venv" / "bin" / "molisa"), "run"], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=900, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    found = re.search(r"in the Dagster UI: http://127\.0\.0\.1:3000/runs/([0-9a-f-]{36})", run.stdout)
    assert found, run.stdout
    port = free_port()
    server = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "dagster-webserver"), "-w", "workspace.yaml", "-h", "127.0.0.1", "-p", str(port)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_for(f"{url}/server_info", server)
        yield url, found.group(1), base
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=60)


def test_molisa_run_is_listed_on_the_job_page(chromium, ui_after_run):
    url, run_id, base = ui_after_run
    page = f"{url}/locations/{LOCATION}/jobs/materialize_all/runs"
    dom = browse(chromium, base / "profile-job", page, "--dump-dom")
    assert run_id[:8] in dom, "the run of `molisa run` is not on the materialize_all job page"
    OUTPUT.mkdir(parents=True, exist_ok=True)
    dismiss_welcome(url)
    browse(chromium, base / "profile-shot", page, f"--screenshot={OUTPUT / 'ui_job_runs.png'}", "--window-size=1400,900")
    assert (OUTPUT / "ui_job_runs.png").stat().st_size > 10_000
