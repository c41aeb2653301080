"""ProperDocs, the fork of MkDocs 1.6, builds a site with the plugin (its ``properdocs.plugins``
entry point) and the theme package the docs name, and fails ``--strict`` on its warnings."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from sites import run_tool
from test_cli import BAD

EXAMPLES = Path(__file__).resolve().parents[1] / "docs" / "examples"


def properdocs_build(root: Path) -> subprocess.CompletedProcess[str]:
    return run_tool("properdocs", "build", "--strict", cwd=root)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    shutil.copytree(EXAMPLES, tmp_path / "docs" / "examples")
    (tmp_path / "docs" / "index.md").write_text("# Roundups\n", encoding="utf-8")
    config = {"site_name": "ProperDocs", "theme": {"name": "mkdocs"}, "plugins": ["roundup"]}
    (tmp_path / "properdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    return tmp_path


def test_properdocs_builds_the_cards_indexes_and_export(root: Path) -> None:
    done = properdocs_build(root)
    assert done.returncode == 0, done.stderr
    site = root / "site"
    html = (site / "examples" / "harbour-cloud-summit-2024" / "index.html").read_text()
    assert html.count('<article class="roundup-talk') == 5
    assert "assets/roundup/roundup.js" in html and "<iframe" not in html
    assert (site / "assets" / "roundup" / "roundup.css").is_file()
    assert '<script type="application/ld+json">' in html
    assert "roundup-index--events" in (site / "events" / "index.html").read_text()
    assert (site / "roundup.json").read_text().startswith('{"events": [')


def test_properdocs_strict_fails_on_the_plugins_warnings(root: Path) -> None:
    (root / "docs" / "spring.md").write_text(BAD, encoding="utf-8")
    done = properdocs_build(root)
    assert done.returncode == 1
    assert "spring.md:23: iframe from unknown host tracker.example" in done.stderr
