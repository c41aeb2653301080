"""Profile one ``mkdocs build`` of a generated site and say what the roundup plugin costs.

Runs ``pyinstrument`` (a sampling profiler, so slow functions are not over-weighted the way
``cProfile`` over-weights many small calls) on a build with the plugin and on one without,
then prints:

1. build stages side by side (plugin events by plugin and hook, page rendering, page
   building), so that costs the plugin causes *outside* its own code show up too: more HTML
   for the search plugin to index, more pages in the nav;
2. time in the plugin's own code (``mkdocs_roundup/``, its templates included), counted at
   the outermost plugin frame of each stack (the entry points), as a share of the build;
3. inclusive time per plugin function;
4. the heaviest functions under those frames (self time), wherever they live.

Usage::

    python benchmarks/profile_build.py [--pages 120] [--talks 30] [--keep DIR]

Needs ``pyinstrument`` (``pip install pyinstrument``). The ``.pyisession`` files are kept
with ``--keep`` and open in ``python -m pyinstrument --load FILE -r html``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from pyinstrument.frame import Frame
from pyinstrument.session import Session

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_speed import child_env, forget_plans, prepare, write_entry_point_shim

PLUGIN_DIR = "/mkdocs_roundup/"
BUILD = ("mkdocs/commands/build.py", "build")
PLUGINS_PY = "mkdocs/plugins.py"


def _is_plugin(frame: Frame) -> bool:
    return PLUGIN_DIR in (frame.file_path or "")


def _name(frame: Frame) -> str:
    where = frame.file_path_short or frame.file_path or "?"
    return f"{frame.function} ({where}:{frame.line_no})"


def _find_build(frame: Frame) -> Frame | None:
    if (frame.file_path or "").endswith(BUILD[0]) and frame.function == BUILD[1]:
        return frame
    for child in frame.children:
        found = _find_build(child)
        if found is not None:
            return found
    return None


def stages(session: Session) -> dict[str, float]:
    """Time per child of ``mkdocs.commands.build.build``; plugin events split by handler."""
    root = session.root_frame()
    build = _find_build(root) if root is not None else None
    totals: dict[str, float] = defaultdict(float)
    if build is None:
        return totals

    def handlers(frame: Frame) -> Iterator[Frame]:
        # Descend through MkDocs' event dispatch to the plugins' own methods.
        if (frame.file_path or "").endswith(PLUGINS_PY):
            for child in frame.children:
                yield from handlers(child)
        else:
            yield frame

    for child in build.children:
        if (child.file_path or "").endswith(PLUGINS_PY):
            for handler in handlers(child):
                label = f"event {handler.function}: {handler.class_name or handler.file_path_short}"
                totals[label] += handler.time
        else:
            totals[child.function] += child.time
    return totals


def plugin_frames(frame: Frame) -> Iterator[Frame]:
    """The outermost frames in the plugin's code (their time includes what they call)."""
    if _is_plugin(frame):
        yield frame
        return
    for child in frame.children:
        yield from plugin_frames(child)


def inclusive_times(frame: Frame, into: dict[str, float], active: frozenset[str]) -> None:
    """Inclusive time per plugin function, each stack counted once (recursion-safe)."""
    name = _name(frame)
    if _is_plugin(frame) and name not in active:
        into[name] += frame.time
        active = active | {name}
    for child in frame.children:
        inclusive_times(child, into, active)


def self_times(frame: Frame, into: dict[str, float], parent: str = "?") -> None:
    """Self time per function; pyinstrument's synthetic ``[self]`` leaves go to their caller,
    and time in C functions (``<built-in>``) is named after the function that called them."""
    name = _name(frame)
    if frame.is_synthetic:
        into[parent] += frame.time
        return
    if (frame.file_path or "").startswith("<built-in>"):
        name = f"{frame.function} (C, called from {parent})"
    own = frame.time - sum(child.time for child in frame.children)
    if own > 0:
        into[name] += own
    for child in frame.children:
        self_times(child, into, name)


def profile(config: Path, site_dir: Path, output: Path, env: dict[str, str]) -> Session:
    command = [sys.executable, "-m", "pyinstrument", "-r", "pyisession", "-o", str(output)]
    command += ["-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site_dir)]
    forget_plans(config)  # a first build
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    return Session.load(str(output))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--pages", type=int, default=120, help="roundup pages (default 120)")
    parser.add_argument("--talks", type=int, default=30, help="talks per page (default 30)")
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    parser.add_argument("--top", type=int, default=20, help="rows per table (default 20)")
    parser.add_argument("--keep", type=Path, default=None, help="keep site and sessions here")
    args = parser.parse_args(argv)

    workdir = args.keep or Path(tempfile.mkdtemp(prefix="roundup-profile-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        env = child_env(write_entry_point_shim(workdir / "entry-point"))
        site, with_config, without_config = prepare(workdir, args.pages, args.talks, args.seed)
        with_session = profile(
            with_config, site.root / "site-with", workdir / "with.pyisession", env
        )
        without_session = profile(
            without_config, site.root / "site-without", workdir / "without.pyisession", env
        )
    finally:
        if args.keep is None:
            shutil.rmtree(workdir, ignore_errors=True)

    total = with_session.duration
    print(
        f"{args.pages} pages x {args.talks} talks ({site.talks} talks). Under the profiler: "
        f"with {total:.2f}s, without {without_session.duration:.2f}s "
        f"(ratio {total / without_session.duration:.2f}).\n"
    )

    with_stages, without_stages = stages(with_session), stages(without_session)
    print("Build stages (seconds; children of mkdocs.commands.build.build):")
    labels = sorted(set(with_stages) | set(without_stages), key=lambda k: -with_stages.get(k, 0))
    print(f"  {'stage':<58} {'with':>7} {'without':>8} {'added':>7}")
    for label in labels[: args.top]:
        w, o = with_stages.get(label, 0.0), without_stages.get(label, 0.0)
        print(f"  {label[:58]:<58} {w:7.2f} {o:8.2f} {w - o:+7.2f}")

    root = with_session.root_frame()
    own: dict[str, float] = defaultdict(float)
    under: dict[str, float] = defaultdict(float)
    inclusive: dict[str, float] = defaultdict(float)
    for frame in plugin_frames(root) if root is not None else ():
        own[_name(frame)] += frame.time
        self_times(frame, under)
        inclusive_times(frame, inclusive, frozenset())
    plugin_total = sum(own.values())
    print(
        f"\nTime in mkdocs_roundup code (outermost plugin frames): {plugin_total:.2f}s, "
        f"{plugin_total / total:.0%} of the build with the plugin:"
    )
    for name, seconds in sorted(own.items(), key=lambda kv: -kv[1])[: args.top]:
        print(f"  {seconds:7.2f}s {seconds / total:6.1%}  {name}")
    print("\nInclusive time per plugin function:")
    for name, seconds in sorted(inclusive.items(), key=lambda kv: -kv[1])[: args.top]:
        print(f"  {seconds:7.2f}s {seconds / total:6.1%}  {name}")
    print("\nHeaviest self time under those frames:")
    for name, seconds in sorted(under.items(), key=lambda kv: -kv[1])[: args.top]:
        print(f"  {seconds:7.2f}s {seconds / total:6.1%}  {name}")
    if args.keep:
        print(f"\nSessions: {workdir}/with.pyisession, {workdir}/without.pyisession")
    return 0


if __name__ == "__main__":
    sys.exit(main())
