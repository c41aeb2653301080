"""CPU seconds spent in chosen functions during real builds, without a profiler.

``stage_times.py`` says which stage of a build the plugin makes slower; this says which of
its functions, inside a stage, the time goes to. Each function named on the command line
(``module:qualified.name``) is wrapped by a timer that counts its calls' CPU time (the
outermost call only, so recursion is counted once); the generated site is then built
in-process ``--rounds`` times with the plugin (after one warm-up build), and the median per
function is printed, beside the build's total with and without the plugin. Functions of
Python-Markdown or MkDocs can be named too: they are timed on both sides.

Only what is looked up through the module or the class at call time is seen: a function
imported by name into another module (``from .x import f``) keeps its own binding there.

Usage::

    python benchmarks/function_times.py [--pages 120] [--talks 30] [--rounds 3] \\
        mkdocs_roundup.render:CardRenderer.cut mkdocs_roundup.chrome:lean ...
"""

from __future__ import annotations

import argparse
import functools
import importlib
import logging
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_speed import REPO, forget_plans, prepare, write_entry_point_shim


def wrap(target: str, into: dict[str, float]) -> None:
    """Put a timer around ``target`` (``module:qualified.name``), counting into ``into``."""
    module_name, _, qualified = target.partition(":")
    owner: Any = importlib.import_module(module_name)
    *path, name = qualified.split(".")
    for part in path:
        owner = getattr(owner, part)
    function: Callable[..., Any] = getattr(owner, name)
    depth = 0

    @functools.wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        nonlocal depth
        depth += 1
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            depth -= 1
            if not depth:
                into[target] += time.process_time() - start

    setattr(owner, name, timed)


def build(config_file: Path) -> float:
    """CPU seconds of one in-process build of ``config_file``."""
    from mkdocs.commands import build as build_module
    from mkdocs.config import load_config

    site_dir = tempfile.mkdtemp(prefix="roundup-functions-")
    try:
        config = load_config(config_file=str(config_file), site_dir=site_dir)
        forget_plans(config_file)  # a first build
        start = time.process_time()  # a first build: no plans kept from the last
        build_module.build(config)
        return time.process_time() - start
    finally:
        shutil.rmtree(site_dir, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("functions", nargs="+", help="module:qualified.name of each function")
    parser.add_argument("--pages", type=int, default=120, help="roundup pages (default 120)")
    parser.add_argument("--talks", type=int, default=30, help="talks per page (default 30)")
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    parser.add_argument("--rounds", type=int, default=3, help="builds per config (default 3)")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(REPO))  # the checkout's plugin, as stage_times.py does
    workdir = Path(tempfile.mkdtemp(prefix="roundup-functions-"))
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    spent: dict[str, float] = defaultdict(float)
    rows: dict[str, list[float]] = defaultdict(list)
    try:
        sys.path.insert(0, str(write_entry_point_shim(workdir / "entry-point")))
        site, with_config, without_config = prepare(workdir, args.pages, args.talks, args.seed)
        for target in args.functions:
            wrap(target, spent)
        build(with_config)  # warm-up: imports, template compilation
        build(without_config)
        for _ in range(args.rounds):
            for side, config in (("with", with_config), ("without", without_config)):
                spent.clear()
                rows[f"total build ({side})"].append(build(config))
                for target in args.functions:
                    rows[f"{target} ({side})"].append(spent[target])
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(
        f"{args.pages} pages x {args.talks} talks ({site.talks} talks), CPU seconds, median of "
        f"{args.rounds} in-process builds each:\n"
    )
    for key, values in rows.items():
        if key.startswith("total") or key.endswith("(with)") or max(values) > 0:
            print(f"  {statistics.median(values):7.3f}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
