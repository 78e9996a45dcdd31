"""Where `newsline run` on one article spends its seconds, with a warm PREFECT_HOME.

Each figure is the median of --repeat fresh processes:
- import: `import flows.cli`, and `import flows.timeline` (Prefect and the core);
- server: a lean local Prefect server from launch to a healthy /api/health;
- run, resident server: `newsline run` on one article, wall time, attaching to the server
  a previous run left running (flows/resident.py), as a user's second run in a while does;
- run, own server: the same with NEWSLINE_SERVER_IDLE_SECONDS=0, so the run boots a server
  of its own while it imports, and stops it;
- prefect-managed: the same flow called with no API configured, so Prefect starts its
  temporary server itself at the first run (what `newsline run` did before).

    python benchmarks/startup.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from flows.resident import IDLE_VARIABLE, stop_keeper  # noqa: E402
from flows.server import LocalPrefectServer  # noqa: E402

ARTICLE = {
    "id": "startup",
    "title": "Flood barrier",
    "published": "2024-05-17",
    "text": "Engineers closed the flood barrier on Thursday, a week after the storm of May 9.",
}


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=PROJECT, check=True, capture_output=True)
    return time.perf_counter() - started


def server_boot(home: Path) -> float:
    started = time.perf_counter()
    with LocalPrefectServer(home, ui=False, ephemeral=True):
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="newsline-startup-"))
    source = work / "one.jsonl"
    source.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    env = {name: value for name, value in os.environ.items() if name != "PREFECT_API_URL"}
    env |= {"PREFECT_HOME": str(work / "prefect"), "PREFECT_LOGGING_LEVEL": "WARNING"}
    python = [sys.executable, "-c"]
    run = [sys.executable, "-m", "flows.cli", "run", str(source), "--out"]
    prefect_managed = (
        "import sys; from flows.settings import apply_prefect_defaults; apply_prefect_defaults();"
        " from flows.timeline import timeline_flow;"
        " timeline_flow(sources=[sys.argv[1]], out=sys.argv[2])"
    )
    own_server = env | {IDLE_VARIABLE: "0"}
    # Creates and migrates the database once, and leaves the resident server running.
    timed([*run, str(work / "warm")], env)

    figures: dict[str, list[float]] = {}
    for attempt in range(options.repeat):
        out = str(work / f"out-{attempt}")
        figures.setdefault("import flows.cli", []).append(timed([*python, "import flows.cli"], env))
        figures.setdefault("import flows.timeline", []).append(
            timed([*python, "import flows.timeline"], env)
        )
        os.environ["PREFECT_HOME"] = env["PREFECT_HOME"]
        figures.setdefault("server boot to healthy", []).append(server_boot(work / "prefect"))
        figures.setdefault("newsline run, resident server", []).append(timed([*run, out], env))
        figures.setdefault("newsline run, own server", []).append(
            timed([*run, out + "-own"], own_server)
        )
        figures.setdefault("Prefect-managed server, 1 article", []).append(
            timed([*python, prefect_managed, str(source), out + "-pm"], env)
        )
    stop_keeper(work / "prefect")
    print(f"median of {options.repeat}; load average {os.getloadavg()[0]:.1f}")
    for name, values in figures.items():
        print(f"{name:<36} {statistics.median(values):6.2f} s")


if __name__ == "__main__":
    main()
