"""`mkdocs serve` rebuilds: what the plugin keeps from one rebuild to the next, and what it
does again (builds run in this process, as `serve` runs them)."""

from __future__ import annotations

import builtins
import os
import pickle
from collections import Counter
from pathlib import Path
from textwrap import dedent
from typing import Any

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from sites import write_site

from mkdocs_roundup import collect, plan_store
from mkdocs_roundup.parse import fingerprint

SERVE_URL = "http://127.0.0.1:8000/"


def page(title: str, *talks: str) -> str:
    headings = "\n\n".join(f"### {t}\n\n{t.split(',')[0]}, in brief." for t in talks)
    return f"---\ntitle: {title}\n---\n\n{headings}\n"


PAGES = {
    "events/spring.md": page(
        "Spring Meetup", "Quiet Queues, [Ada Vos](https://github.com/ada-vos)", "Loud Logs, Bo Lind"
    ),
    "events/summer.md": page("Summer Camp", "Warm Wires, Cy Moss", "Cool Caches, Dee Dunn"),
    # "Blue Harbor" is linked as an organization here, and taught to the autumn page.
    "events/winter.md": page(
        "Winter Gathering",
        "Cold Cores, Eve Park, [Blue Harbor](https://harbor.example)",
        "Ice, Fay Ng",
    ),
    "events/autumn.md": page(
        "Autumn Summit", "Fast Feeds, Gus Hall, Blue Harbor", "Slow Sync, Ida Roe"
    ),
}


@pytest.fixture(autouse=True)
def _quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")


@pytest.fixture
def planned(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How many times each page was planned (read by the reader)."""
    counts: Counter[str] = Counter()
    parse_page = collect.parse_page

    def counted(text: str, **options: Any) -> Any:
        counts[options["path"]] += 1
        return parse_page(text, **options)

    monkeypatch.setattr(collect, "parse_page", counted)
    return counts


class Serve:
    """`mkdocs serve` without the server: one config loaded per rebuild, one plugin."""

    def __init__(self, config_file: Path, *, dirty: bool, command: str = "serve") -> None:
        self.config_file = config_file
        self.dirty = dirty
        self.site = config_file.parent / "site"
        config = self.load()
        config.plugins.on_startup(command=command, dirty=dirty)  # type: ignore[arg-type]
        build(config, serve_url=SERVE_URL, dirty=dirty)

    def load(self) -> MkDocsConfig:
        return load_config(str(self.config_file), site_dir=str(self.site))

    def rebuild(self) -> MkDocsConfig:
        config = self.load()
        build(config, serve_url=SERVE_URL, dirty=self.dirty)
        return config


def edit(path: Path, text: str) -> None:
    """Write ``path`` as an author's editor would: newer than its built page."""
    path.write_text(text, encoding="utf-8")
    later = path.stat().st_mtime + 5
    os.utime(path, (later, later))


def html(site: Path, source: str) -> str:
    return (site / source.removesuffix(".md") / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("dirty", [False, True], ids=["serve", "serve --dirty"])
def test_a_rebuild_plans_only_the_edited_page(
    tmp_path: Path, planned: Counter[str], dirty: bool
) -> None:
    serve = Serve(write_site(tmp_path, PAGES), dirty=dirty)
    # The autumn page is planned again once "Blue Harbor" is learned from the winter page.
    assert planned == {
        "index.md": 1,
        "events/spring.md": 1,
        "events/summer.md": 1,
        "events/winter.md": 1,
        "events/autumn.md": 2,
    }
    planned.clear()
    edit(
        tmp_path / "docs/events/summer.md",
        PAGES["events/summer.md"].replace("Warm Wires", "Hot Wires"),
    )
    serve.rebuild()
    assert planned == {"events/summer.md": 1}
    assert "Hot Wires" in html(serve.site, "events/summer.md")
    speakers = (serve.site / "speakers" / "index.html").read_text(encoding="utf-8")
    assert "Hot Wires" in speakers
    assert "Fast Feeds" in speakers
    assert "Gus Hall" in speakers
    assert 'id="blue-harbor"' not in speakers  # an organization, as the first build had it


def test_new_organizations_and_options_plan_again(tmp_path: Path, planned: Counter[str]) -> None:
    config_file = write_site(tmp_path, PAGES)
    serve = Serve(config_file, dirty=True)
    planned.clear()
    # "Blue Harbor" is no longer linked: the autumn page reads it as a speaker again.
    edit(
        tmp_path / "docs/events/winter.md",
        PAGES["events/winter.md"].replace("[Blue Harbor](https://harbor.example)", "Blue Harbor"),
    )
    serve.rebuild()
    # The autumn page's plan without what other pages teach was kept: it is used as it is.
    assert planned == {"events/winter.md": 1}
    speakers = (serve.site / "speakers" / "index.html").read_text(encoding="utf-8")
    assert 'id="blue-harbor"' in speakers
    planned.clear()
    config_file.write_text(
        config_file.read_text(encoding="utf-8").replace("roundup: {}", "roundup: {min_talks: 3}"),
        encoding="utf-8",
    )
    serve.rebuild()
    assert set(planned) == {"index.md", *PAGES}


def test_a_page_gone_and_back_is_planned_again(tmp_path: Path, planned: Counter[str]) -> None:
    serve = Serve(write_site(tmp_path, PAGES), dirty=False)
    spring = tmp_path / "docs/events/spring.md"
    spring.unlink()
    serve.rebuild()
    planned.clear()
    edit(spring, PAGES["events/spring.md"])
    serve.rebuild()
    assert planned == {"events/spring.md": 1}


def test_a_build_reads_again_only_the_pages_changed_since_the_last(
    tmp_path: Path, planned: Counter[str]
) -> None:
    """Each build keeps the pages' readings in ``cache_dir``: the next build, a new process's,
    reads only what changed, and shows the same."""
    config_file = write_site(tmp_path, PAGES)
    site = Serve(config_file, dirty=False, command="build").site
    spring = html(site, "events/spring.md")
    assert (tmp_path / ".cache/roundup" / plan_store.FILE_NAME).is_file()
    planned.clear()
    edit(
        tmp_path / "docs/events/summer.md",
        PAGES["events/summer.md"].replace("Warm Wires", "Hot Wires"),
    )
    Serve(config_file, dirty=False, command="build")
    assert planned == {"events/summer.md": 1}
    assert "Hot Wires" in html(site, "events/summer.md")
    assert html(site, "events/spring.md") == spring
    speakers = (site / "speakers" / "index.html").read_text(encoding="utf-8")
    assert 'id="blue-harbor"' not in speakers  # still taught by the winter page


def test_a_build_without_cache_reads_every_page(tmp_path: Path, planned: Counter[str]) -> None:
    config_file = write_site(tmp_path, PAGES, plugin={"cache": False})
    Serve(config_file, dirty=False, command="build")
    planned.clear()
    Serve(config_file, dirty=False, command="build")
    assert set(planned) == {"index.md", *PAGES}
    assert not (tmp_path / ".cache/roundup" / plan_store.FILE_NAME).exists()


def _call_through(module: bytes, name: bytes) -> bytes:
    """A pickle (protocol 4) that calls ``module``'s ``name``, dotted, with 3."""
    short = lambda text: b"\x8c" + bytes([len(text)]) + text  # noqa: E731
    return b"\x80\x04" + short(module) + short(name) + b"\x93(K\x03tR."


class _Planted:
    """What a file planted in the cache would run if it were loaded as any pickle."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (exec, ("import builtins; builtins.roundup_planted = True",))


@pytest.mark.parametrize("planted", ["foreign", "dotted", "not a record", "cut short"])
def test_a_cache_file_not_the_readers_own_is_read_past(
    tmp_path: Path, planned: Counter[str], planted: str
) -> None:
    """A cache file that holds anything but the reader's records runs nothing, and every
    page is read again; so is one cut short."""
    config_file = write_site(tmp_path, PAGES)
    Serve(config_file, dirty=False, command="build")
    stored = tmp_path / ".cache/roundup" / plan_store.FILE_NAME
    data = stored.read_bytes()
    key = pickle.loads(data)[0]
    planted_files = {
        "foreign": pickle.dumps((key, {"events/spring.md": _Planted()})),
        # a name reached through one of the reader's modules: sys.exit(3)
        "dotted": _call_through(b"mkdocs_roundup.collect", b"sys.exit"),
        # a class of the reader's that is no record of a plan
        "not a record": pickle.dumps((key, {"events/spring.md": collect.PlanCache()})),
        "cut short": data[: len(data) // 2],
    }
    stored.write_bytes(planted_files[planted])
    planned.clear()
    Serve(config_file, dirty=False, command="build")
    assert not hasattr(builtins, "roundup_planted")
    assert set(planned) == {"index.md", *PAGES}


def test_equal_options_make_equal_planners() -> None:
    from pymdownx.slugs import slugify

    def make(**options: Any) -> collect.Planner:
        return collect.planner(min_talks=2, **options)

    assert make(slugify=slugify(case="lower")) == make(slugify=slugify(case="lower"))
    assert make(slugify=slugify(case="lower")) != make(slugify=slugify(case="none"))
    assert make(labels={"Slides": "slides"}) != make()
    assert make() == make() and hash(make()) == hash(make())


def test_a_source_is_split_only_when_read() -> None:
    text = dedent("---\ntitle: A\n---\n\n# A\n")
    source = collect.Source(None, text)  # type: ignore[arg-type]
    assert source._split is None
    assert source.fingerprint == fingerprint(text)
    assert (source.meta, source.body, source.first_line) == ({"title": "A"}, "# A\n\n\n", 5)
    assert source._text == ""  # the body alone is kept


def written(site: Path) -> dict[str, int]:
    """When each index page and the export were last written."""
    paths = [site / "events/index.html", site / "speakers/index.html", site / "roundup.json"]
    return {p.relative_to(site).as_posix(): p.stat().st_mtime_ns for p in paths}


def test_a_dirty_rebuild_writes_the_indexes_only_when_what_they_show_changed(
    tmp_path: Path,
) -> None:
    serve = Serve(write_site(tmp_path, PAGES), dirty=True)
    first = written(serve.site)
    summer = tmp_path / "docs/events/summer.md"
    # A new sentence in an abstract: the indexes show no abstract, the export does.
    edit(summer, PAGES["events/summer.md"] + "\nMore on caches.\n")
    serve.rebuild()
    second = written(serve.site)
    assert second["events/index.html"] == first["events/index.html"]
    assert second["speakers/index.html"] == first["speakers/index.html"]
    assert second["roundup.json"] != first["roundup.json"]
    assert "More on caches." in (serve.site / "roundup.json").read_text(encoding="utf-8")
    # Nothing of a talk changed: the export stays too.
    edit(summer, PAGES["events/summer.md"] + "\nMore on caches.\n\n<!-- a note -->\n")
    serve.rebuild()
    assert written(serve.site) == second
    # A talk renamed: every index shows it.
    edit(summer, PAGES["events/summer.md"].replace("Warm Wires", "Hot Wires"))
    serve.rebuild()
    third = written(serve.site)
    assert all(third[k] != second[k] for k in third)
    assert "Hot Wires" in (serve.site / "speakers/index.html").read_text(encoding="utf-8")
    assert "Hot Wires" in (serve.site / "events/index.html").read_text(encoding="utf-8")


def test_a_full_rebuild_writes_the_indexes_every_time(tmp_path: Path) -> None:
    serve = Serve(write_site(tmp_path, PAGES), dirty=False)
    first = written(serve.site)
    serve.rebuild()
    assert all(v != first[k] for k, v in written(serve.site).items())


def test_after_a_failed_build_the_indexes_are_written_again(tmp_path: Path) -> None:
    serve = Serve(write_site(tmp_path, PAGES), dirty=True)
    plugin = serve.load().plugins["roundup"]
    summer = tmp_path / "docs/events/summer.md"
    edit(summer, PAGES["events/summer.md"].replace("Warm Wires", "Hot Wires"))
    serve.rebuild()
    plugin.on_build_error(error=RuntimeError("a later plugin failed"))
    before = written(serve.site)
    edit(summer, PAGES["events/summer.md"].replace("Warm Wires", "Hot Wires") + "\nMore.\n")
    serve.rebuild()
    assert all(v != before[k] for k, v in written(serve.site).items())
