"""Where a build's time goes, stage by stage, without a profiler's overhead.

A profiler slows code that makes many small Python calls (HTML parsing in the search
plugin, Jinja macros) far more than code that spends its time in C (regular expressions),
so its percentages mislead when comparing the two. This script times the stages of a real
build instead: it runs ``mkdocs.commands.build.build`` in-process, once per config, with
light wrappers around every plugin event handler and around MkDocs' per-page steps
(``_populate_page``: Markdown to HTML; ``_build_page``: theme template and page events), and
reports CPU seconds per stage with and without the plugin. The search plugin's page indexing
is split into roundup pages and other pages (the plugin's generated indexes).

Usage::

    python benchmarks/stage_times.py [--pages 120] [--talks 30] [--rounds 3]

Each config is built ``--rounds`` times in one process (after one warm-up build) and the
median of each stage is reported.
"""

from __future__ import annotations

import argparse
import functools
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
from build_speed import REPO, forget_plans, prepare

Stages = dict[str, float]


def _timed(fn: Callable[..., Any], label: Callable[..., str], into: Stages) -> Callable[..., Any]:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            into[label(*args, **kwargs)] += time.process_time() - start

    return wrapper


def _extension_processors() -> list[type[Any]]:
    """The plugin's Markdown processors (classes with their own ``run``), if it has any."""
    try:
        from mkdocs_roundup import extension
    except ImportError:
        return []
    from markdown.postprocessors import Postprocessor
    from markdown.preprocessors import Preprocessor
    from markdown.treeprocessors import Treeprocessor

    bases = (Preprocessor, Treeprocessor, Postprocessor)
    return [
        cls
        for cls in vars(extension).values()
        if isinstance(cls, type)
        and issubclass(cls, bases)
        and "run" in vars(cls)
        and cls.__module__ == extension.__name__  # not Markdown's own, imported there
    ]


def build_stages(config_file: Path) -> Stages:
    """CPU seconds per stage of one build of ``config_file``."""
    from mkdocs.commands import build as build_module
    from mkdocs.config import load_config

    stages: Stages = defaultdict(float)
    site_dir = tempfile.mkdtemp(prefix="roundup-stages-")
    originals = {name: getattr(build_module, name) for name in ("_populate_page", "_build_page")}
    patched: dict[type[Any], Callable[..., Any]] = {}
    try:
        config = load_config(config_file=str(config_file), site_dir=site_dir)
        for event, methods in config.plugins.events.items():
            for index, method in enumerate(methods):
                owner = type(getattr(method, "__self__", None)).__name__
                if event == "page_context" and owner == "SearchPlugin":

                    def label(*_: Any, page: Any, **__: Any) -> str:
                        kind = (
                            "roundup pages"
                            if page.file.src_uri.startswith("roundups/")
                            else ("other pages")
                        )
                        return f"search indexing ({kind})"

                    methods[index] = _timed(method, label, stages)
                else:
                    name = f"event {event}: {owner}"
                    methods[index] = _timed(method, lambda *_, name=name, **__: name, stages)
        for cls in _extension_processors():
            patched[cls] = cls.run
            name = f"roundup Markdown extension: {cls.__name__}"
            cls.run = _timed(cls.run, lambda *_, name=name, **__: name, stages)
        build_module._populate_page = _timed(
            originals["_populate_page"], lambda *_, **__: "pages: Markdown to HTML", stages
        )
        build_module._build_page = _timed(
            originals["_build_page"], lambda *_, **__: "pages: template + page events", stages
        )
        forget_plans(config_file)  # a first build
        start = time.process_time()  # a first build: no plans kept from the last
        build_module.build(config)
        stages["total build"] = time.process_time() - start
    finally:
        for name, fn in originals.items():
            setattr(build_module, name, fn)
        for cls, run in patched.items():
            cls.run = run
        shutil.rmtree(site_dir, ignore_errors=True)
    # Page events run inside MkDocs' per-page steps; what is left is MkDocs' (and the
    # theme's) own work: Markdown conversion, and the theme template.
    inside = {
        "pages: Markdown to HTML": (
            "pre_page",
            "page_read_source",
            "page_markdown",
            "page_content",
        ),
        "pages: template + page events": ("page_context", "post_page"),
    }
    for step, events in inside.items():
        nested = [k for k in stages if any(f" {e}:" in k or k.startswith(e) for e in events)]
        if step.startswith("pages: template"):
            nested += [k for k in stages if k.startswith("search indexing")]
        else:
            nested += [k for k in stages if k.startswith("roundup Markdown extension")]
        rest = stages.pop(step) - sum(stages[k] for k in nested)
        stages[step.split(" +")[0] + " (MkDocs, theme)"] = rest
    return stages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=120, help="roundup pages (default 120)")
    parser.add_argument("--talks", type=int, default=30, help="talks per page (default 30)")
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    parser.add_argument("--rounds", type=int, default=3, help="builds per config (default 3)")
    args = parser.parse_args(argv)

    # The checkout's plugin, registered for this process only (as build_speed.py does).
    sys.path.insert(0, str(REPO))
    workdir = Path(tempfile.mkdtemp(prefix="roundup-stages-"))
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    try:
        from build_speed import write_entry_point_shim

        sys.path.insert(0, str(write_entry_point_shim(workdir / "entry-point")))
        site, with_config, without_config = prepare(workdir, args.pages, args.talks, args.seed)
        results: dict[str, list[Stages]] = {"with": [], "without": []}
        build_stages(without_config)  # warm-up: imports, template compilation
        for _ in range(args.rounds):
            results["with"].append(build_stages(with_config))
            results["without"].append(build_stages(without_config))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    def median(side: str, key: str) -> float:
        return statistics.median(r.get(key, 0.0) for r in results[side])

    keys = {k for side in results.values() for r in side for k in r}
    rows = sorted(keys, key=lambda k: (k != "total build", -median("with", k)))
    total = median("with", "total build")
    print(
        f"{args.pages} pages x {args.talks} talks ({site.talks} talks), CPU seconds, median of "
        f"{args.rounds} in-process builds each:\n"
    )
    print(f"  {'stage':<52} {'with':>7} {'without':>8} {'added':>7} {'% of with':>9}")
    for key in rows:
        w, o = median("with", key), median("without", key)
        if w < 0.005 and o < 0.005:
            continue
        print(f"  {key[:52]:<52} {w:7.2f} {o:8.2f} {w - o:+7.2f} {w / total:9.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
