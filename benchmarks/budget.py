"""The memory and serve budget: added peak memory per talk, the one-page ``serve --dirty``
rebuild, and memory over serve rebuilds, each with and without the plugin.

On generated sites (``generate_site.py``, 30 talks a page, seeded):

1. **Added peak memory per talk**, at 120 and 480 pages: fresh ``mkdocs build`` processes,
   with and without the plugin, alternating; (median peak RSS with - without) / talks;
2. **``serve --dirty`` after a one-page edit**, 120 pages: ``serve_rebuild.py --dirty``
   (a sentence appended to one page, the config loaded again, ``build(dirty=True)`` in the
   same process, as ``mkdocs serve --dirty`` does), median CPU per rebuild with ÷ without;
3. **Memory over 10 serve rebuilds**, 120 pages: ``serve_rebuild.py`` (full rebuilds, as
   plain ``mkdocs serve``), the RSS after each; the growth from the first rebuild to the
   last, with and without the plugin.

Usage::

    python benchmarks/budget.py                    # all three (~15 min on 2 cores)
    python benchmarks/budget.py --sizes 120 --rounds 1 --serve-rounds 3 --rebuilds 4

Prints the figures; asserts nothing (timings belong here, not in tests).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_speed import build_once, checkout, child_env, prepare, write_entry_point_shim

SERVE = Path(__file__).resolve().parent / "serve_rebuild.py"


def peak_per_talk(work: Path, pages: int, talks: int, rounds: int, env: dict[str, str]) -> str:
    site, with_config, without_config = prepare(work, pages, talks, seed=1)
    build_once(with_config, work / "out", env)  # warm-up: bytecode, caches
    peaks: dict[str, list[float]] = {"with": [], "without": []}
    for number in range(rounds):
        order = ("with", "without") if number % 2 == 0 else ("without", "with")
        for side in order:
            config = with_config if side == "with" else without_config
            peaks[side].append(build_once(config, work / "out", env).rss_mb)
    with_mb, without_mb = (statistics.median(peaks[s]) for s in ("with", "without"))
    per_talk = (with_mb - without_mb) * 1024 / site.talks
    return (
        f"  {pages} pages ({site.talks} talks): peak RSS {without_mb:.1f} MB without, "
        f"{with_mb:.1f} MB with: {per_talk:.2f} KB per talk"
    )


def serve_run(config: Path, page: Path, rounds: int, env: dict[str, str], *, dirty: bool) -> dict:
    command = [sys.executable, str(SERVE), "-f", str(config), "--page", str(page)]
    command += ["--rounds", str(rounds)] + (["--dirty"] if dirty else [])
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"serve rebuild failed ({' '.join(command)}):\n{done.stderr}")
    result: dict = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="120,480", help="pages, for the peak memory")
    parser.add_argument("--talks", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=3, help="builds per side and size")
    parser.add_argument("--serve-rounds", type=int, default=5, help="edits per dirty run")
    parser.add_argument("--rebuilds", type=int, default=10, help="rebuilds for the memory")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="roundup-budget-") as tmp:
        work = Path(tmp)
        env = child_env(write_entry_point_shim(work / "shim"))
        print("Added peak memory per talk (fresh `mkdocs build`, median of", args.rounds, "):")
        for pages in (int(s) for s in args.sizes.split(",")):
            print(peak_per_talk(work / f"peak-{pages}", pages, args.talks, args.rounds, env))
            sys.stdout.flush()
        site, with_config, without_config = prepare(work / "serve", 120, args.talks, seed=1)
        page = site.pages[len(site.pages) // 2]
        dirty = {
            side: serve_run(config, page, args.serve_rounds, env, dirty=True)
            for side, config in (("with", with_config), ("without", without_config))
        }
        cpu = {side: statistics.median(run["cpu"]) for side, run in dirty.items()}
        wall = {side: statistics.median(run["rebuilds"]) for side, run in dirty.items()}
        print(
            f"\n`serve --dirty`, one-page edit, 120 pages (median of {args.serve_rounds}):"
            f" CPU {cpu['with']:.2f} s with, {cpu['without']:.2f} s without:"
            f" {cpu['with'] / cpu['without']:.2f}x (wall {wall['with']:.2f} s /"
            f" {wall['without']:.2f} s: {wall['with'] / wall['without']:.2f}x)"
        )
        print(f"\nRSS after each of {args.rebuilds} `serve` rebuilds, 120 pages (MB):")
        for side, config in (("with", with_config), ("without", without_config)):
            rss = serve_run(config, page, args.rebuilds, env, dirty=False)["rss_mb"][1:]
            shown = " ".join(f"{r:.0f}" for r in rss)
            print(f"  {side:7s} {shown}  (last - first: {rss[-1] - rss[0]:+.1f} MB)")
    print(f"\nPlugin code: {checkout()}. Python {sys.version.split()[0]}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
