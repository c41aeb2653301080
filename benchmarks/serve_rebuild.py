"""Time ``mkdocs serve`` rebuilds after a one-page edit, the way ``serve`` itself runs them,
and follow the process's memory from one rebuild to the next.

``mkdocs serve`` loads the config once, calls ``on_startup``, builds, and then on every
change loads the config again and calls ``mkdocs.commands.build.build(config,
serve_url=..., dirty=...)`` in the same process. This script does exactly that without the
HTTP server and the file watcher: it builds once, then ``--rounds`` times edits one page
(appends a sentence, as an author would) and times the rebuild, config loading included.
After each rebuild it notes the resident set size (RSS) as ``serve`` leaves it (no garbage
collection is forced: what a long ``serve`` session keeps is the point), and the CPU time
of the rebuild (steadier than wall time on a busy machine). The page is restored at the
end.

With ``--dirty`` (``mkdocs serve --dirty``), MkDocs re-renders only pages whose source is
newer than their output; without it, every rebuild is a full one (the default ``serve``).

Usage::

    python benchmarks/serve_rebuild.py -f SITE/mkdocs.yml --page SITE/docs/a.md [--dirty]

Prints one JSON object: ``{"initial": s, "rebuilds": [s, ...], "cpu": [s, ...],
"rss_mb": [MB, ...], "python_mb": [MB, ...], "maxrss_kb": n}`` (``rss_mb``, and with
``--trace`` ``python_mb``, the memory of Python's live objects: after the first build,
then after each rebuild).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from build_speed import forget_plans
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

SERVE_URL = "http://127.0.0.1:8000/"
MB = 1 << 20


def _timed_build(
    config_file: Path, site_dir: str, *, dirty: bool
) -> tuple[MkDocsConfig, float, float]:
    start, cpu = time.perf_counter(), time.process_time()
    config = load_config(config_file=str(config_file), site_dir=site_dir)
    config.site_url = SERVE_URL
    build(config, serve_url=SERVE_URL, dirty=dirty)
    return config, time.perf_counter() - start, time.process_time() - cpu


def rss_mb() -> float:
    """The resident set size now, in MB."""
    pages = int(Path("/proc/self/statm").read_text(encoding="ascii").split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / MB


def run(
    config_file: Path, page: Path, rounds: int, *, dirty: bool, trace: bool = False
) -> dict[str, object]:
    site_dir = tempfile.mkdtemp(prefix="roundup-serve-")
    original = page.read_text(encoding="utf-8")
    rss: list[float] = []
    python: list[float] = []

    def note() -> None:
        rss.append(rss_mb())
        if trace:
            python.append(tracemalloc.get_traced_memory()[0] / MB)

    if trace:
        tracemalloc.start()
    forget_plans(config_file)  # a first build
    try:
        start = time.perf_counter()
        config = load_config(config_file=str(config_file), site_dir=site_dir)
        config.plugins.on_startup(command="serve", dirty=dirty)
        config.site_url = SERVE_URL
        build(config, serve_url=SERVE_URL, dirty=dirty)
        initial = time.perf_counter() - start
        note()
        rebuilds: list[float] = []
        cpu: list[float] = []
        for number in range(rounds):
            page.write_text(
                original + f"\n\nEdited in round {number + 1} of the rebuild benchmark.\n",
                encoding="utf-8",
            )
            config, seconds, cpu_seconds = _timed_build(config_file, site_dir, dirty=dirty)
            rebuilds.append(seconds)
            cpu.append(cpu_seconds)
            note()
        config.plugins.on_shutdown()
    finally:
        page.write_text(original, encoding="utf-8")
        shutil.rmtree(site_dir, ignore_errors=True)
    return {
        "initial": initial,
        "rebuilds": rebuilds,
        "cpu": cpu,
        "rss_mb": rss,
        "python_mb": python,
        "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-f", "--config-file", type=Path, required=True)
    parser.add_argument("--page", type=Path, required=True, help="the Markdown file to edit")
    parser.add_argument("--rounds", type=int, default=5, help="edits to time (default 5)")
    parser.add_argument("--dirty", action="store_true", help="like `mkdocs serve --dirty`")
    parser.add_argument(
        "--trace", action="store_true", help="also follow Python's memory (tracemalloc; slower)"
    )
    args = parser.parse_args(argv)
    # The dirty-build warning and the INFO lines are the same in every round; keep stdout JSON.
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    result = run(args.config_file, args.page, args.rounds, dirty=args.dirty, trace=args.trace)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
