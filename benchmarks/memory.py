"""Peak-memory benchmark: where the plugin's share of a build's peak memory comes from.

On one generated site (``generate_site.py``, seeded), fresh ``mkdocs build`` processes, in
rounds of five configs, the peak resident set size (max RSS) of each:

- ``without``: Material and search, no plugin;
- ``with``: the same plus ``roundup``;
- ``pages only``: no plugin, but a hook that adds the three index pages the plugin generates
  (events, speakers, organizations), their HTML copied from the ``with`` build and read
  only when the page is rendered. This is what writing pages that large costs by itself,
  with no records behind them;
- ``no indexes``: the plugin with its three index pages turned off (cards, records,
  JSON-LD and the export only);
- ``no roundups``: the plugin loaded, its extension on every page, but no page a roundup
  (``include: ["nothing/*"]``): its code and machinery, with no records at all.

Then the text the export carries to the end of the build: the strings of ``roundup.json``
(titles, abstracts, names, links, URLs), counted as UTF-8 bytes, without the JSON around
them. The records hold at least that much from the time a page is planned until the export
is written.

Then one more ``with`` build, in-process under ``tracemalloc``, at the moment the last page
of the author's is written (the generated pages come next, the peak is then reached): the
Python memory alive, and the part the plugin's code allocated and still holds (its records:
events, talks, people, index entries; not the code itself), by module.

Usage::

    python benchmarks/memory.py                      # 120 pages x 30 talks, 3 rounds
    python benchmarks/memory.py --pages 400 --rounds 1
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_speed import (
    build_once,
    checkout,
    child_env,
    forget_plans,
    prepare,
    write_entry_point_shim,
)
from generate_site import write_config

INDEXES = ("events", "speakers", "organizations")
_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*?)</article>', re.S)

HOOK = """
from pathlib import Path
from mkdocs.structure.files import File

HTML = Path({folder!r})
NAMES = {names!r}


def on_files(files, config):
    for name in NAMES:
        files.append(File.generated(config, f"{{name}}/index.md", content=f"# {{name}}\\n"))
    return files


def on_page_context(context, page, config, nav):
    name = page.file.src_uri.split("/")[0]
    if page.file.generated_by and name in NAMES:
        page.content = (HTML / f"{{name}}.html").read_text(encoding="utf-8")
    return context


def on_post_page(output, page, config):
    if page.file.generated_by:
        page.content = None
    return output
"""

TRACE = r"""
import collections, sys, tracemalloc
from mkdocs.commands import build
from mkdocs.config import load_config
from mkdocs.plugins import PluginCollection

tracemalloc.start(40)
authored = int(sys.argv[2])
seen = 0
run_event = PluginCollection.run_event


def traced(self, name, item=None, **kwargs):
    global seen
    result = run_event(self, name, item, **kwargs)
    page = kwargs.get("page")
    if name == "post_page" and not page.file.generated_by:
        seen += 1
        if seen == authored:
            report()
    return result


def report():
    snapshot = tracemalloc.take_snapshot()
    total = sum(s.size for s in snapshot.statistics("filename"))
    ours = collections.Counter()
    for stat in snapshot.statistics("traceback"):
        files = [f.filename for f in stat.traceback]
        frames = [f for f in files if "mkdocs_roundup" in f]
        if frames and not any("importlib" in f for f in files):  # not the code itself
            ours[frames[-1].rsplit("mkdocs_roundup", 1)[-1].lstrip("/")] += stat.size
    print(f"alive\t{total}")
    for module, size in ours.most_common():
        print(f"module\t{module}\t{size}")


PluginCollection.run_event = traced
build.build(load_config(sys.argv[1], site_dir=sys.argv[3]))
"""


def index_html(site_dir: Path, into: Path) -> None:
    """The article of each generated index page of a ``with`` build, as the hook shows it."""
    into.mkdir(parents=True, exist_ok=True)
    for name in INDEXES:
        page = (site_dir / name / "index.html").read_text(encoding="utf-8")
        found = _ARTICLE.search(page)
        if found is None:
            raise SystemExit(f"no article in {site_dir / name / 'index.html'}")
        (into / f"{name}.html").write_text(found[1], encoding="utf-8")


def indexes_hook(folder: Path) -> Path:
    """The hook of the ``pages only`` build, showing the index pages' HTML kept in ``folder``."""
    hook = folder / "indexes_hook.py"
    hook.write_text(HOOK.format(folder=str(folder), names=INDEXES), encoding="utf-8")
    return hook


def text_bytes(value: Any) -> int:
    """UTF-8 bytes of every string in a JSON value (keys left out)."""
    if isinstance(value, str):
        return len(value.encode("utf-8"))
    if isinstance(value, dict):
        return sum(map(text_bytes, value.values()))
    if isinstance(value, list):
        return sum(map(text_bytes, value))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=120)
    parser.add_argument("--talks", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="roundup-memory-") as tmp:
        work = Path(tmp)
        env = child_env(write_entry_point_shim(work / "shim"))
        site, with_config, without_config = prepare(work, args.pages, args.talks, args.seed)
        build_once(with_config, work / "out", env)  # warm-up; its index pages are copied
        index_html(work / "out", work / "indexes")
        export = json.loads((work / "out" / "roundup.json").read_text(encoding="utf-8"))
        carried = text_bytes(export)
        off = '      events_url: ""\n      speakers_url: ""\n      organizations_url: ""\n'
        configs = {
            "without": without_config,
            "with": with_config,
            "pages only": write_config(
                site.root,
                "pages-only.yml",
                with_plugin=False,
                extra=f"hooks:\n  - {indexes_hook(work / 'indexes')}\n",
            ),
            "no indexes": write_config(site.root, "no-indexes.yml", with_plugin=True, options=off),
            "no roundups": write_config(
                site.root,
                "no-roundups.yml",
                with_plugin=True,
                options='      include: ["nothing/*"]\n',
            ),
        }
        peaks: dict[str, list[float]] = {name: [] for name in configs}
        for _ in range(args.rounds):
            for name, config in configs.items():
                peaks[name].append(build_once(config, work / "out", env).rss_mb)
        forget_plans(with_config)  # a first build
        traced = subprocess.run(
            [sys.executable, "-c", TRACE, str(with_config), str(args.pages + 1), str(work / "t")],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    plain = statistics.median(peaks["without"])
    print(f"{args.pages} pages x {args.talks} talks ({site.talks} talks, {site.people} speakers)")
    print(f"peak RSS, median of {args.rounds} fresh builds each:")
    for name, values in peaks.items():
        value = statistics.median(values)
        print(f"  {name:11s} {value:6.1f} MB  {value / plain:5.3f}x")
    mb = 1 << 20
    print(
        f"\nText of the export (its strings, UTF-8): {carried / mb:.1f} MB;"
        f" 10 % of the plain build's peak: {plain / 10:.1f} MB"
    )
    rows = [line.split("\t") for line in traced.splitlines()]
    alive = next(int(r[1]) for r in rows if r[0] == "alive")
    modules = collections.Counter({r[1]: int(r[2]) for r in rows if r[0] == "module"})
    ours = sum(modules.values())
    print("\nPython memory alive as the last page of the author's is written (tracemalloc):")
    print(f"  all                        {alive / mb:6.1f} MB")
    print(f"  held by the plugin         {ours / mb:6.1f} MB ({ours / site.talks:.0f} B per talk)")
    for module, size in modules.most_common(8):
        print(f"    {module:24s} {size / mb:6.2f} MB")
    print(f"\nPlugin code: {checkout()}. Python {sys.version.split()[0]}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
