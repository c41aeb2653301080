"""Build-speed benchmark: what the roundup plugin adds to an MkDocs build.

For each size, a site is generated (``generate_site.py``, seeded) with two configs that
differ only by ``- roundup`` under ``plugins:`` (both: Material, search, toc permalink,
attr_list, md_in_html). Each build is a fresh ``python -m mkdocs build -q`` subprocess;
builds run in pairs, alternating which config goes first (A B, B A, ...) so that a machine
getting slower or faster during the run does not favour either side. For every build the
wall time, the child's CPU time (user + system, from ``os.wait4``) and its peak memory
(max RSS) are recorded.

Reported per size: median build times, the median of the per-pair ratios with/without
(wall and CPU), the plugin's added time per talk (median per-pair difference / talks), and
peak memory of both. Then ``mkdocs serve`` rebuilds after a one-page edit, with and without
``--dirty``, at the budget size (``serve_rebuild.py``).

The budget (issue "Build speed"): with/without <= 1.10 at 120 pages x 30 talks (aim 1.05);
cost per talk flat within 10% from 50 to 800 pages; peak memory within 10%. The figures are
printed next to it for a person to read; nothing here fails on a number.

The plugin code measured is the checkout this file lives in: the children get the repository
on ``PYTHONPATH`` and a throw-away ``roundup`` entry point, so no install is needed and an
older installed copy is never measured by mistake.

Usage::

    python benchmarks/build_speed.py                 # 50, 120, 200 pages; 5 pairs; serve
    python benchmarks/build_speed.py --large         # the same, plus 800 pages (3 pairs)
    python benchmarks/build_speed.py --quick         # 50, 120 pages; 3 pairs
    python benchmarks/build_speed.py --sizes 120 --repeats 9 --no-serve
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_site import Site, generate, write_config

REPO = Path(__file__).resolve().parent.parent
BUDGET_PAGES = 120
LARGE_PAGES = 800
BUDGET_RATIO = 1.10
AIM_RATIO = 1.05
BUDGET_FLAT = 0.10
BUDGET_MEMORY = 1.10


@dataclass(frozen=True)
class Run:
    wall: float  # seconds
    cpu: float  # seconds, user + system of the child
    rss_mb: float  # peak resident set size of the child


@dataclass(frozen=True)
class SizeResult:
    pages: int
    talks: int
    people: int
    without: tuple[Run, ...]
    with_: tuple[Run, ...]

    def ratio(self, field: str) -> list[float]:
        return [
            getattr(w, field) / getattr(o, field)
            for w, o in zip(self.with_, self.without, strict=True)
        ]

    def added(self, field: str) -> float:
        """What the plugin adds, in seconds: the median of the per-pair differences."""
        return statistics.median(
            float(getattr(w, field) - getattr(o, field))
            for w, o in zip(self.with_, self.without, strict=True)
        )

    def per_talk_ms(self, field: str) -> float:
        return self.added(field) / self.talks * 1000

    def median(self, side: str, field: str) -> float:
        runs = self.with_ if side == "with" else self.without
        return statistics.median(float(getattr(r, field)) for r in runs)


def checkout() -> str:
    """Which plugin code was measured: the commit, and whether the package had local edits."""
    try:
        rev = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        changed = subprocess.run(
            ["git", "-C", str(REPO), "status", "--porcelain", "--", "mkdocs_roundup"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return f"{REPO / 'mkdocs_roundup'} (not a git checkout)"
    return f"{REPO / 'mkdocs_roundup'} at {rev}" + (" + uncommitted changes" if changed else "")


def child_env(shim: Path) -> dict[str, str]:
    """The environment of every build: the checkout and a ``roundup`` entry point first."""
    env = dict(os.environ)
    env["NO_MKDOCS_2_WARNING"] = "1"
    # Measure the plugin as a user has it: installed packages have their bytecode compiled,
    # so the checkout's must be cached too (outside the repository), whatever the caller's
    # environment says. Both sides share the cache, which the warm-up builds fill.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(shim.parent / "bytecode")
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(shim), str(REPO), env.get("PYTHONPATH", "")) if p
    )
    return env


def write_entry_point_shim(directory: Path) -> Path:
    """A minimal ``.dist-info`` that registers ``roundup`` for MkDocs, pointing at the checkout."""
    info = directory / "mkdocs_roundup_bench-0.dist-info"
    info.mkdir(parents=True, exist_ok=True)
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: mkdocs-roundup-bench\nVersion: 0\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        "[mkdocs.plugins]\nroundup = mkdocs_roundup.plugin:RoundupPlugin\n", encoding="utf-8"
    )
    return directory


def forget_plans(config: Path) -> None:
    """Remove the plans the plugin kept beside ``config`` (its default ``cache_dir``): the
    next build is a site's first."""
    shutil.rmtree(config.parent / ".cache" / "roundup", ignore_errors=True)


def build_once(
    config: Path,
    site_dir: Path,
    env: dict[str, str],
    *,
    python: str = sys.executable,
    quiet: bool = True,
    kept: bool = False,
) -> Run:
    """One fresh ``mkdocs build`` process (of ``python``), timed and measured with
    ``os.wait4``; ``quiet``: with ``-q``, as ``tools/overhead`` builds (info lines are
    then neither made nor printed); ``kept``: with what the last build kept in the plugin's
    ``cache_dir`` (else it starts with none, as a site's first build and a CI run without
    a kept cache do)."""
    shutil.rmtree(site_dir, ignore_errors=True)
    if not kept:
        forget_plans(config)
    command = [python, "-m", "mkdocs", "build", *(["-q"] if quiet else [])]
    command += ["-f", str(config), "-d", str(site_dir)]
    with tempfile.TemporaryFile() as stderr:
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            stderr.seek(0)
            message = stderr.read().decode("utf-8", "replace")
            raise SystemExit(f"build failed ({' '.join(command)}):\n{message}")
    return Run(wall=wall, cpu=usage.ru_utime + usage.ru_stime, rss_mb=usage.ru_maxrss / 1024)


def prepare(workdir: Path, pages: int, talks: int, seed: int) -> tuple[Site, Path, Path]:
    site = generate(workdir / f"site-{pages}x{talks}", pages, talks, seed=seed)
    with_config = write_config(site.root, "with-roundup.yml", with_plugin=True)
    without_config = write_config(site.root, "without-roundup.yml", with_plugin=False)
    return site, with_config, without_config


def measure_size(
    workdir: Path,
    pages: int,
    talks: int,
    *,
    seed: int,
    repeats: int,
    env: dict[str, str],
    kept: bool = False,
) -> SizeResult:
    site, with_config, without_config = prepare(workdir, pages, talks, seed)
    if kept:  # the first build keeps what the measured ones reuse
        build_once(with_config, site.root / "site-with", env)
    with_runs: list[Run] = []
    without_runs: list[Run] = []
    for pair in range(repeats):
        order = ("with", "without") if pair % 2 == 0 else ("without", "with")
        for side in order:
            if side == "with":
                with_runs.append(build_once(with_config, site.root / "site-with", env, kept=kept))
            else:
                without_runs.append(build_once(without_config, site.root / "site-without", env))
        print(
            f"  {pages}x{talks} pair {pair + 1}/{repeats}: "
            f"with {with_runs[-1].wall:.2f}s, without {without_runs[-1].wall:.2f}s",
            file=sys.stderr,
            flush=True,
        )
    return SizeResult(
        pages=pages,
        talks=site.talks,
        people=site.people,
        without=tuple(without_runs),
        with_=tuple(with_runs),
    )


def measure_serve(
    workdir: Path, pages: int, talks: int, *, seed: int, rounds: int, env: dict[str, str]
) -> dict[tuple[str, bool], dict[str, float]]:
    """Median rebuild time after a one-page edit: {(side, dirty): {...}}."""
    site, with_config, without_config = prepare(workdir, pages, talks, seed)
    page = site.pages[len(site.pages) // 2]
    script = Path(__file__).resolve().parent / "serve_rebuild.py"
    results: dict[tuple[str, bool], dict[str, float]] = {}
    for dirty in (False, True):
        for side, config in (("with", with_config), ("without", without_config)):
            command = [sys.executable, str(script), "-f", str(config), "--page", str(page)]
            command += ["--rounds", str(rounds)] + (["--dirty"] if dirty else [])
            done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                raise SystemExit(f"serve rebuild failed ({' '.join(command)}):\n{done.stderr}")
            data = json.loads(done.stdout.strip().splitlines()[-1])
            results[side, dirty] = {
                "initial": data["initial"],
                "rebuild": statistics.median(data["rebuilds"]),
                "rss_mb": data["maxrss_kb"] / 1024,
            }
            print(
                f"  serve{' --dirty' if dirty else ''} {side}: "
                f"rebuild {results[side, dirty]['rebuild']:.2f}s",
                file=sys.stderr,
                flush=True,
            )
    return results


# -- Report ---------------------------------------------------------------------------------


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(h.rjust(w) for h, w in zip(header, widths, strict=True)), line]
    out += ["  ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)) for row in rows]
    return "\n".join(out)


def _spread(values: Sequence[float]) -> str:
    return f"{min(values):.3f}-{max(values):.3f}"


def report(
    results: Sequence[SizeResult],
    serve: dict[tuple[str, bool], dict[str, float]] | None,
    *,
    serve_size: tuple[int, int],
    serve_rounds: int,
) -> str:
    rows = []
    for r in results:
        wall, cpu = r.ratio("wall"), r.ratio("cpu")
        rows.append(
            [
                f"{r.pages}x{r.talks // r.pages}",
                str(len(r.with_)),
                str(r.talks),
                str(r.people),
                f"{r.median('without', 'wall'):.2f}",
                f"{r.median('with', 'wall'):.2f}",
                f"{statistics.median(wall):.3f}",
                _spread(wall),
                f"{statistics.median(cpu):.3f}",
                f"{r.per_talk_ms('wall'):.3f}",
                f"{r.per_talk_ms('cpu'):.3f}",
                f"{r.median('without', 'rss_mb'):.0f}",
                f"{r.median('with', 'rss_mb'):.0f}",
                f"{r.median('with', 'rss_mb') / r.median('without', 'rss_mb'):.3f}",
            ]
        )
    header = [
        "pages x talks",
        "pairs",
        "talks",
        "speakers",
        "without s",
        "with s",
        "ratio",
        "ratio range",
        "cpu ratio",
        "ms/talk",
        "cpu ms/talk",
        "RSS w/o MB",
        "RSS with MB",
        "RSS ratio",
    ]
    out = [
        "Full builds: a fresh `mkdocs build -q` process per build, in pairs (A B, B A, ...); "
        "medians.",
        "ratio = median of per-pair wall-time ratios with/without; ms/talk = median per-pair "
        "difference / talks.",
        "",
        _table(header, rows),
    ]
    if serve:
        serve_rows = []
        for dirty in (False, True):
            w, o = serve["with", dirty], serve["without", dirty]
            serve_rows.append(
                [
                    "serve --dirty" if dirty else "serve",
                    f"{o['rebuild']:.3f}",
                    f"{w['rebuild']:.3f}",
                    f"{w['rebuild'] - o['rebuild']:+.3f}",
                    f"{w['rebuild'] / o['rebuild']:.2f}",
                ]
            )
        pages, talks = serve_size
        out += [
            "",
            f"Rebuild after a one-page edit, {pages}x{talks}, in one process as `mkdocs serve` "
            f"does (median of {serve_rounds}):",
            "",
            _table(["mode", "without s", "with s", "added s", "ratio"], serve_rows),
        ]
    out += ["", "Budget (informational; nothing fails on it):"]
    budget = [r for r in results if r.pages == BUDGET_PAGES]
    if budget:
        ratio = statistics.median(budget[0].ratio("wall"))
        cpu_ratio = statistics.median(budget[0].ratio("cpu"))
        verdict = "within aim" if ratio <= AIM_RATIO else "within budget"
        verdict = verdict if ratio <= BUDGET_RATIO else "OVER budget"
        out.append(
            f"  time ratio at {BUDGET_PAGES} pages: {ratio:.3f} wall, {cpu_ratio:.3f} cpu "
            f"(budget {BUDGET_RATIO:.2f}, aim {AIM_RATIO:.2f}): {verdict}"
        )
    if len(results) > 1:
        costs = [r.per_talk_ms("cpu") for r in results]
        base = costs[0]
        drift = max(abs(c - base) for c in costs) / base if base > 0 else float("nan")
        verdict = "flat" if drift <= BUDGET_FLAT else "NOT flat"
        sizes = ", ".join(f"{r.pages}: {c:.3f}" for r, c in zip(results, costs, strict=True))
        out.append(
            f"  cpu ms/talk by pages ({sizes}): largest change from {results[0].pages} pages "
            f"{drift:.0%} (budget {BUDGET_FLAT:.0%}): {verdict}"
        )
        # Least squares through (talks, added seconds): seconds per build, and per talk.
        line = statistics.linear_regression(
            [r.talks for r in results], [r.added("cpu") for r in results]
        )
        out.append(
            f"  added cpu time fitted over sizes: {line.intercept:.2f}s per build + "
            f"{line.slope * 1000:.3f} ms per talk (the fixed part is what makes small sites "
            "look dearer per talk)"
        )
    memory = [r.median("with", "rss_mb") / r.median("without", "rss_mb") for r in results]
    worst = max(memory)
    verdict = "within budget" if worst <= BUDGET_MEMORY else "OVER budget"
    out.append(
        f"  peak memory ratio, worst size: {worst:.3f} (budget {BUDGET_MEMORY:.2f}): {verdict}"
    )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="\n\n".join(__doc__.split("\n\n")[1:]),
    )
    parser.add_argument(
        "--sizes",
        default=None,
        help="comma-separated page counts (default 50,120,200; --quick: 50,120)",
    )
    parser.add_argument(
        "--large",
        action="store_true",
        help=f"also {LARGE_PAGES} pages, with --large-repeats pairs (adds about 10 minutes)",
    )
    parser.add_argument(
        "--large-repeats", type=int, default=3, help="pairs at the large size (default 3)"
    )
    parser.add_argument("--talks", type=int, default=30, help="talks per page (default 30)")
    parser.add_argument(
        "--repeats", type=int, default=None, help="build pairs per size (default 5; --quick: 3)"
    )
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    parser.add_argument(
        "--quick", action="store_true", help="fewer sizes and pairs (a few minutes on 2 cores)"
    )
    parser.add_argument("--no-serve", action="store_true", help="skip the serve rebuild timing")
    parser.add_argument(
        "--kept",
        action="store_true",
        help="each build with what the last one kept in cache_dir (default: none, a first build)",
    )
    parser.add_argument(
        "--serve-rounds", type=int, default=None, help="edits per serve run (default 5; quick: 3)"
    )
    parser.add_argument(
        "--workdir", type=Path, default=None, help="where sites are generated (default: a temp dir)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the generated sites")
    args = parser.parse_args(argv)

    sizes = [int(s) for s in (args.sizes or ("50,120" if args.quick else "50,120,200")).split(",")]
    if args.large and LARGE_PAGES not in sizes:
        sizes.append(LARGE_PAGES)
    repeats = args.repeats or (3 if args.quick else 5)
    serve_rounds = args.serve_rounds or (3 if args.quick else 5)
    # A stopped run (SIGTERM) still removes its temporary sites.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="roundup-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    env = child_env(write_entry_point_shim(workdir / "entry-point"))
    started = time.perf_counter()
    try:
        # Warm up once (bytecode caches, page cache) so the first measured pair is not penalised.
        site, with_config, without_config = prepare(workdir, 5, args.talks, args.seed)
        build_once(with_config, site.root / "site-with", env)
        build_once(without_config, site.root / "site-without", env)
        results = [
            measure_size(
                workdir,
                pages,
                args.talks,
                seed=args.seed,
                repeats=args.large_repeats if pages == LARGE_PAGES and args.large else repeats,
                env=env,
                kept=args.kept,
            )
            for pages in sizes
        ]
        serve = None
        serve_pages = BUDGET_PAGES
        if not args.no_serve:
            serve = measure_serve(
                workdir, serve_pages, args.talks, seed=args.seed, rounds=serve_rounds, env=env
            )
    finally:
        if not args.keep and args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    print(
        report(
            results,
            serve,
            serve_size=(serve_pages, args.talks),
            serve_rounds=serve_rounds,
        )
    )
    print(
        f"\nPlugin code: {checkout()}. Python {sys.version.split()[0]}, {os.cpu_count()} CPUs. "
        f"Benchmark took {time.perf_counter() - started:.0f}s."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
