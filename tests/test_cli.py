"""The command line on small sites: ``check`` prints what was read and fails ``--strict`` on
warnings; ``build`` writes what the plugin would add, the same, and only over its own files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from textwrap import dedent

import pytest
from bs4 import BeautifulSoup
from sites import mkdocs_build, write_site
from test_plugin import MEETUP

from mkdocs_roundup.cli import main

CHECKED = """\
spring.md: 2 talks
     11  talk       Quiet Queues
                    speakers: Ada Vos
                    media: video youtube
     17  talk       Loud Logs
                    speakers: Bo Lind
                    media: slides slideshare

2 pages read, 1 with talks, 2 talks, 0 warnings
"""

BAD = MEETUP + '\n<iframe src="https://tracker.example/embed/9"></iframe>\n'


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    status = main(list(argv))
    out, _err = capsys.readouterr()
    return status, out


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A site with one roundup page, as the current folder."""
    write_site(tmp_path, {"spring.md": MEETUP})
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_check_prints_each_talk_read(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "check") == (0, CHECKED)
    # DOCS_DIR given, and no mkdocs.yml: the same reading with the default options.
    (site / "mkdocs.yml").unlink()
    assert run(capsys, "check", "docs") == (0, CHECKED)


def test_check_json(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out = run(capsys, "check", "--json")
    data = json.loads(out)
    assert status == 0 and data["warnings"] == []
    assert [p["path"] for p in data["pages"]] == ["index.md", "spring.md"]
    first, second = data["pages"][1]["talks"]
    assert first["line"] == 11 and first["title"] == "Quiet Queues" and first["kind"] == "talk"
    assert first["speakers"] == [{"name": "Ada Vos", "url": "https://github.com/ada-vos-example"}]
    assert [v["url"] for v in first["videos"]] == ["https://www.youtube.com/watch?v=QuIeTqUeUe1"]
    assert second["slides"] and second["videos"] == []


def test_strict_fails_on_warnings(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (site / "docs" / "spring.md").write_text(BAD, encoding="utf-8")
    status, out = run(capsys, "check")
    assert status == 0
    assert "  warning: 23: iframe from unknown host tracker.example" in out
    assert out.endswith(", 1 warning\n")
    assert run(capsys, "check", "--strict")[0] == 1
    status, out = run(capsys, "check", "--json", "--strict")
    assert status == 1
    assert json.loads(out)["warnings"][0].startswith("spring.md:23: iframe from unknown host")


def test_check_lists_look_alike_guesses_and_strict_passes(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = dedent(
        """\
        # Spring

        ### Queues, [Dahn Vos](https://www.linkedin.com/in/dahn-vos/)

        Text.

        ### Logs, [Daan Vos](https://www.linkedin.com/in/daan-vos/)

        Text.
        """
    )
    (site / "docs" / "spring.md").write_text(page, encoding="utf-8")
    status, out = run(capsys, "check", "--strict")
    assert status == 0
    assert "  info: 3: speaker 'Dahn Vos' may be the same as 'Daan Vos' (spring.md:7)" in out
    info = json.loads(run(capsys, "check", "--json", "--strict")[1])["info"]
    assert len(info) == 1 and info[0].startswith("spring.md:3: speaker 'Dahn Vos'")


def test_check_says_what_was_left_as_written(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one_talk = MEETUP.split("### Loud Logs")[0]
    (site / "docs" / "spring.md").write_text(one_talk, encoding="utf-8")
    status, out = run(capsys, "check")
    assert status == 0
    assert out.startswith("spring.md: 0 talks\n  note: 11: 1 talk(s) found, fewer than min_talks")
    notes = json.loads(run(capsys, "check", "--json")[1])["pages"][1]["notes"]
    assert notes[0]["line"] == 11 and "left as written" in notes[0]["message"]


def test_options_come_from_mkdocs_yml(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``docs_dir`` and the plugin's options, read past MkDocs' Python tags."""
    (site / "docs").rename(site / "pages")
    config = dedent(
        """\
        site_name: test
        docs_dir: pages
        markdown_extensions:
          - pymdownx.emoji:
              emoji_index: !!python/name:material.extensions.emoji.twemoji
        plugins:
          - search
          - roundup:
              exclude: [spring.md]
        """
    )
    (site / "mkdocs.yml").write_text(config, encoding="utf-8")
    assert run(capsys, "check")[1].endswith("1 page read, 0 with talks, 0 talks, 0 warnings\n")
    (site / "mkdocs.yml").write_text(config.replace("exclude: [spring.md]", "min_talks: 3"))
    assert "0 with talks" in run(capsys, "check")[1]
    # The Zensical set-up: the extension's options, when the plugin is not listed.
    zensical = "site_name: test\nmarkdown_extensions:\n  - roundup:\n      min_talks: 3\n"
    (site / "mkdocs.yml").write_text(zensical, encoding="utf-8")
    assert "0 with talks" in run(capsys, "check", "pages")[1]
    # Both: the extension's options (what renders the cards) over the plugin's.
    both = "plugins:\n  - roundup:\n      min_talks: 3\n      exclude: [x.md]\n"
    (site / "mkdocs.yml").write_text(
        both + "markdown_extensions:\n  - roundup:\n      min_talks: 2\n"
    )
    assert "1 with talks" in run(capsys, "check", "pages")[1]


LABELLED = """\
# Meetup

### Quiet Queues

Sprecherin des Abends: Ada Vos

<iframe src="https://www.youtube.com/embed/QuIeTqUeUe1"></iframe>

### Loud Logs

Sprecherin des Abends: Bo Lind

<iframe src="https://www.youtube.com/embed/QuIeTqUeUe2"></iframe>
"""


def test_the_sites_label_words_reach_the_reader(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (site / "docs" / "spring.md").write_text(LABELLED, encoding="utf-8")
    assert "speakers: -" in run(capsys, "check")[1]
    labels = "  - roundup:\n      field_labels: {speakers: [Sprecherin des Abends]}\n"
    (site / "mkdocs.yml").write_text("markdown_extensions:\n" + labels, encoding="utf-8")
    out = run(capsys, "check")[1]
    assert "speakers: Ada Vos" in out and "speakers: Bo Lind" in out


def test_bad_options_and_folders_exit_2(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (site / "mkdocs.yml").write_text("plugins:\n  - roundup:\n      min_talks: many\n")
    assert main(["check"]) == 2
    assert "roundup option 'min_talks'" in capsys.readouterr().err
    assert main(["check", "nowhere"]) == 2
    assert "nowhere: no such folder of pages" in capsys.readouterr().err


def test_python_m_runs_the_command_line(site: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs_roundup", "check"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )
    assert (done.returncode, done.stdout) == (0, CHECKED), done.stderr


GENERATED = [  # no organizations page: no talk of these pages names one
    "events/index.md",
    "speakers/index.md",
    "roundup.json",
    "assets/roundup/roundup.css",
    "assets/roundup/indexes.css",
    "assets/roundup/roundup.js",
]


def test_build_writes_marked_files_and_is_safe_to_rerun(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = site / "docs"
    status, out = run(capsys, "build")
    assert status == 0
    assert out.splitlines() == [f"wrote {Path('docs') / p}" for p in GENERATED]
    events = (docs / "events" / "index.md").read_text(encoding="utf-8")
    assert events.startswith("---\n# Generated by mkdocs-roundup build")
    assert '<a href="../spring/#quiet-queues-ada-vos">Quiet Queues</a>' in events
    assert (docs / "assets/roundup/roundup.js").read_text().startswith("/* Generated by")
    # Run again: nothing to write, and the generated pages are not read as pages.
    assert run(capsys, "build")[1] == "6 files already up to date\n"
    assert run(capsys, "check")[1] == CHECKED
    # A file of the author's at one of these paths is never overwritten.
    (docs / "speakers" / "index.md").write_text("# Our speakers\n", encoding="utf-8")
    (docs / "roundup.json").write_text("[]\n", encoding="utf-8")
    (docs / "spring.md").write_text(MEETUP.replace("Loud Logs", "Louder Logs"))
    status, out = run(capsys, "build")
    assert out.splitlines() == [
        f"wrote {Path('docs/events/index.md')}",
        f"kept {Path('docs/speakers/index.md')}: not written by mkdocs-roundup build",
        f"kept {Path('docs/roundup.json')}: not written by mkdocs-roundup build",
        "3 files already up to date",
    ]
    assert (docs / "speakers" / "index.md").read_text() == "# Our speakers\n"
    assert (docs / "roundup.json").read_text() == "[]\n"
    assert "Louder Logs" in (docs / "events" / "index.md").read_text(encoding="utf-8")


def test_build_writes_what_the_plugin_generates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The plugin's site, and the extension alone over the pages ``build`` wrote: the same
    indexes and the same export."""
    pages = {"spring.md": MEETUP, "autumn.md": MEETUP.replace("Spring", "Autumn")}
    plugin_root, extension_root = tmp_path / "plugin", tmp_path / "extension"
    write_site(plugin_root, pages, theme="mkdocs")
    assert mkdocs_build(cwd=plugin_root).returncode == 0
    write_site(
        extension_root,
        pages,
        theme="mkdocs",
        plugins=["search"],
        markdown_extensions=["attr_list", {"toc": {"permalink": True}}, "roundup"],
    )
    monkeypatch.chdir(extension_root)
    assert main(["build"]) == 0
    assert mkdocs_build(cwd=extension_root).returncode == 0
    plugin_site, extension_site = plugin_root / "site", extension_root / "site"
    export = (plugin_site / "roundup.json").read_bytes()
    assert export == (extension_site / "roundup.json").read_bytes()
    assert len(json.loads(export)["events"]) == 2
    for site in (plugin_site, extension_site):  # no talk names an organization
        assert not (site / "organizations" / "index.html").exists()
    for page in ("events", "speakers"):
        made, written = (
            BeautifulSoup((s / page / "index.html").read_text(encoding="utf-8"), "html.parser")
            for s in (plugin_site, extension_site)
        )
        assert made.select(".roundup-index a"), page
        assert str(made.select_one(".roundup-index")) == str(written.select_one(".roundup-index"))


def test_build_uses_the_templates_of_the_themes_custom_dir(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    overrides = site / "overrides" / "roundup"
    overrides.mkdir(parents=True)
    (overrides / "events.html").write_text(
        '<p class="ours">{{ events | length }} events</p>\n', encoding="utf-8"
    )
    config = "site_name: t\ntheme:\n  name: material\n  custom_dir: overrides\n"
    (site / "mkdocs.yml").write_text(config, encoding="utf-8")
    assert main(["build"]) == 0
    events = (site / "docs" / "events" / "index.md").read_text(encoding="utf-8")
    assert events.endswith('# Events\n\n<p class="ours">1 events</p>\n')
