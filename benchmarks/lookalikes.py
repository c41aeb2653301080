"""Look-alike names benchmark: one page of many talks whose speakers' names all look alike.

Each talk is ``### Talk i, [Person Ni Ex](https://www.linkedin.com/in/pi/)``: every name is
one edit from several others, the worst case of the search for "may be the same speaker"
(issue "Hostile and odd input", item 1: 2,000 such talks took 15.7 s with the plugin against
0.45 s without, and printed 32,211 warnings). The budget: at 2,000 talks the build stays
within 1.5x of the build without the plugin, and prints at most 50 look-alike lines.

Builds are fresh ``mkdocs build`` processes (without ``-q``: the notices are made and
printed), in pairs alternating which side goes first, as in ``build_speed.py`` (whose
helpers measure the checkout this file lives in); the wall time
and the child's CPU time (user + system, steadier on a loaded machine) are reported. Then
one more build with the plugin counts the lines the plugin prints. Nothing fails on a number.

With ``--stages``, where the time goes: CPU seconds per stage of one in-process build with
and one without the plugin (``stage_times.py``'s stages: each plugin's events, Markdown to
HTML, the search plugin's indexing, the theme).

Usage::

    python benchmarks/lookalikes.py                    # 2,000 and 5,000 talks, 3 pairs
    python benchmarks/lookalikes.py --talks 2000 --repeats 5
    python benchmarks/lookalikes.py --talks 2000 --stages
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_speed import REPO, Run, build_once, checkout, child_env, write_entry_point_shim
from generate_site import write_config

BUDGET_RATIO = 1.5
BUDGET_LINES = 50


def write_page(root: Path, talks: int) -> None:
    docs = root / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    (docs / "index.md").write_text("# Look-alikes\n", encoding="utf-8")
    lines = ["# Look-alike speakers", ""]
    for i in range(talks):
        lines += [
            f"### Talk {i}, [Person N{i} Ex](https://www.linkedin.com/in/p{i}/)",
            "",
            f"What talk {i} is about.",
            "",
        ]
    (docs / "talks.md").write_text("\n".join(lines), encoding="utf-8")


def printed(config: Path, site_dir: Path, env: dict[str, str]) -> list[str]:
    """The lines the plugin prints about the page and its look-alikes in a build (warnings
    and info): the notices, at ``talks.md:line``, and the count of those left out."""
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(site_dir)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return [line for line in done.stderr.splitlines() if "talks.md" in line or "look alike" in line]


def measure(
    workdir: Path, talks: int, repeats: int, env: dict[str, str], *, stages: bool = False
) -> None:
    root = workdir / f"lookalikes-{talks}"
    write_page(root, talks)
    with_config = write_config(root, "with-roundup.yml", with_plugin=True)
    without_config = write_config(root, "without-roundup.yml", with_plugin=False)
    if stages:
        show_stages(with_config, without_config)
        return
    build_once(with_config, root / "site-with", env)  # warm-up: bytecode caches
    runs: dict[str, list[Run]] = {"with": [], "without": []}
    for pair in range(repeats):
        for side in ("with", "without") if pair % 2 == 0 else ("without", "with"):
            config = with_config if side == "with" else without_config
            # Not quiet: the look-alike notices are made and printed, as in a user's build.
            runs[side].append(build_once(config, root / f"site-{side}", env, quiet=False))
    lines = printed(with_config, root / "site-with", env)
    figures = []
    for field in ("wall", "cpu"):
        with_ = statistics.median(getattr(r, field) for r in runs["with"])
        without = statistics.median(getattr(r, field) for r in runs["without"])
        ratio = statistics.median(
            getattr(w, field) / getattr(o, field)
            for w, o in zip(runs["with"], runs["without"], strict=True)
        )
        figures.append(f"{field} {with_:.2f} s with, {without:.2f} s without, ratio {ratio:.2f}")
    print(
        f"{talks} talks: {'; '.join(figures)} (budget {BUDGET_RATIO}); "
        f"{len(lines)} lines printed (budget {BUDGET_LINES})",
        flush=True,
    )
    for line in lines[:3]:  # enough to show the count of the others a notice names
        print(f"    {line[:200]}{'…' if len(line) > 200 else ''}")


def show_stages(with_config: Path, without_config: Path) -> None:
    """CPU seconds per stage, with and without the plugin (after a warm-up build)."""
    from stage_times import build_stages

    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    build_stages(without_config)
    with_, without = build_stages(with_config), build_stages(without_config)
    print(f"  {'stage':<52} {'with':>7} {'without':>8}")
    for key in sorted(with_.keys() | without.keys(), key=lambda k: -with_.get(k, 0.0)):
        w, o = with_.get(key, 0.0), without.get(key, 0.0)
        if max(w, o) >= 0.005:
            print(f"  {key[:52]:<52} {w:7.2f} {o:8.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--talks", type=int, nargs="+", default=[2000, 5000])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--stages", action="store_true", help="where the time goes, by stage")
    args = parser.parse_args(argv)
    print(f"plugin: {checkout()}; python {sys.version.split()[0]}; {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory(prefix="roundup-lookalikes-") as tmp:
        workdir = Path(tmp)
        shim = write_entry_point_shim(workdir / "shim")
        env = child_env(shim)
        if args.stages:  # builds in this process: the checkout's plugin, registered here
            os.environ["NO_MKDOCS_2_WARNING"] = "1"
            sys.path[:0] = [str(REPO), str(shim)]
        for talks in args.talks:
            if args.stages:
                print(f"{talks} talks, CPU seconds of one build:", flush=True)
            measure(workdir, talks, args.repeats, env, stages=args.stages)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
