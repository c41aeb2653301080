"""The plugin beside a peer, measured in one run on the same pages: mkdocs-video.

mkdocs-video turns ``![type:video](URL)`` into a player iframe and does nothing else, which
makes its cost a floor for any plugin that touches a page's players. The site is written by
``generate_site.py`` (seeded); a copy for the peer has each talk's YouTube iframe written
as ``![type:video](https://www.youtube.com/embed/ID)`` (the same number of players, the
same text). Fresh ``mkdocs build`` processes, Material, the four builds alternating in each
round; the ratio of each plugin is (median CPU with) ÷ (median CPU without) on its own
pages.

mkdocs-video is not a dependency of this project: install it (with ``mkdocs-material``)
into a scratch virtual environment and pass its Python::

    python3 -m venv /tmp/peer && /tmp/peer/bin/pip install mkdocs-video mkdocs-material
    python benchmarks/peer_video.py --peer-python /tmp/peer/bin/python
    python benchmarks/peer_video.py --peer-python /tmp/peer/bin/python --pages 120 --rounds 5
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_speed import build_once, checkout, child_env, prepare, write_entry_point_shim
from generate_site import write_config

_YOUTUBE = re.compile(
    r'<iframe [^>]*src="https://www\.youtube\.com/embed/([\w-]+)[^"]*"[^>]*>\s*</iframe>'
)


def peer_site(root: Path, into: Path) -> tuple[Path, Path]:
    """A copy of ``root/docs`` with mkdocs-video's markup, and its two configs."""
    for page in (root / "docs").rglob("*.md"):
        target = into / "docs" / page.relative_to(root / "docs")
        target.parent.mkdir(parents=True, exist_ok=True)
        text = page.read_text(encoding="utf-8")
        target.write_text(
            _YOUTUBE.sub(r"![type:video](https://www.youtube.com/embed/\1)", text),
            encoding="utf-8",
        )
    plugin = "  - mkdocs-video\n"
    with_peer = write_config(into, "with-video.yml", with_plugin=False, extra="")
    text = with_peer.read_text(encoding="utf-8").replace("  - search\n", "  - search\n" + plugin)
    with_peer.write_text(text, encoding="utf-8")
    return with_peer, write_config(into, "without-video.yml", with_plugin=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--peer-python", required=True, help="a Python with mkdocs-video")
    parser.add_argument("--pages", type=int, default=120)
    parser.add_argument("--talks", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="roundup-peer-") as tmp:
        work = Path(tmp)
        env = child_env(write_entry_point_shim(work / "shim"))
        peer_env = {k: v for k, v in env.items() if k != "PYTHONPATH"}
        site, with_roundup, without_roundup = prepare(work, args.pages, args.talks, seed=1)
        with_video, without_video = peer_site(site.root, work / "peer")
        builds = {
            "roundup": (sys.executable, with_roundup, env),
            "plain": (sys.executable, without_roundup, env),
            "video": (args.peer_python, with_video, peer_env),
            "plain (video pages)": (args.peer_python, without_video, peer_env),
        }

        def cpu_of(python: str, config: Path, environ: dict[str, str]) -> float:
            return build_once(config, work / "out", environ, python=python).cpu

        for python, config, environ in builds.values():  # warm-up, and fail early
            cpu_of(python, config, environ)
        cpu: dict[str, list[float]] = {name: [] for name in builds}
        for number in range(args.rounds):
            names = list(builds) if number % 2 == 0 else list(reversed(builds))
            for name in names:
                cpu[name].append(cpu_of(*builds[name]))
    median = {name: statistics.median(values) for name, values in cpu.items()}
    print(f"{args.pages} pages x {args.talks} talks, median CPU of {args.rounds} fresh builds:")
    for name, value in median.items():
        print(f"  {name:20s} {value:6.2f} s")
    print(
        f"CPU ratio: roundup {median['roundup'] / median['plain']:.3f}, "
        f"mkdocs-video {median['video'] / median['plain (video pages)']:.3f}"
    )
    print(f"\nPlugin code: {checkout()}. Python {sys.version.split()[0]}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
