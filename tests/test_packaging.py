"""The package as a user installs it: its dependencies are what it imports, the sdist and the
wheel pass ``twine check`` and carry the licence, and the wheel installed alone into a fresh
virtual environment builds a site (templates and assets included) and runs its command."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import tarfile
import zipfile
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "mkdocs_roundup"
PAGE = ROOT / "docs" / "examples" / "harbour-cloud-summit-2024.md"


def _name(requirement: str) -> str:
    for stop in "<>=!~[; ":
        requirement = requirement.split(stop, 1)[0]
    return requirement.lower().replace("_", "-")


def imported_distributions() -> set[str]:
    """The distributions of every module the package imports (the standard library aside)."""
    modules: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules.add(node.module.split(".")[0])
    modules -= set(sys.stdlib_module_names) | {"__future__", "mkdocs_roundup"}
    owners = packages_distributions()
    return {_name(owners[m][0]) for m in modules}


def test_dependencies_are_what_the_package_imports() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {_name(r) for r in project["dependencies"]}
    assert imported_distributions() == declared


def run(*command: str | Path, cwd: Path | None = None) -> str:
    done = subprocess.run(
        [str(c) for c in command],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
        timeout=900,
    )
    assert done.returncode == 0, f"{command} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sdist and the wheel, built as a release would build them."""
    out = tmp_path_factory.mktemp("dist")
    run(sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", out, ROOT)
    return out


def test_sdist_and_wheel_pass_twine_and_carry_the_licence(dist: Path) -> None:
    (sdist,) = dist.glob("*.tar.gz")
    (wheel,) = dist.glob("*.whl")
    run(sys.executable, "-m", "twine", "check", "--strict", sdist, wheel)
    with tarfile.open(sdist) as opened:
        names = {n.split("/", 1)[1] for n in opened.getnames() if "/" in n}
    assert "LICENSE" in names
    assert not [n for n in names if n.startswith("tests/")], "half the tests in the sdist"
    with zipfile.ZipFile(wheel) as opened:
        files = set(opened.namelist())
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in files)
    for asset in ("roundup.css", "indexes.css", "roundup.js"):
        assert f"mkdocs_roundup/templates/assets/roundup/{asset}" in files
    assert "mkdocs_roundup/templates/roundup/talk.html" in files


def test_the_wheel_alone_builds_a_site(dist: Path, tmp_path: Path) -> None:
    (wheel,) = dist.glob("*.whl")
    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", venv)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    run(bin_dir / "python", "-m", "pip", "install", "--quiet", wheel)
    site = tmp_path / "site-src"
    (site / "docs").mkdir(parents=True)
    (site / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    (site / "docs" / "summit.md").write_text(PAGE.read_text(encoding="utf-8"), encoding="utf-8")
    (site / "mkdocs.yml").write_text(
        "site_name: installed\ntheme:\n  name: mkdocs\nplugins:\n  - roundup\n", encoding="utf-8"
    )
    run(bin_dir / "mkdocs", "build", "--strict", cwd=site)
    built = site / "site"
    html = (built / "summit" / "index.html").read_text(encoding="utf-8")
    assert html.count('<article class="roundup-talk') == 5
    assert "data-embed-src=" in html and "<iframe" not in html
    for asset in ("roundup.css", "indexes.css", "roundup.js"):
        assert (built / "assets" / "roundup" / asset).stat().st_size > 1000, asset
    assert "roundup-index--events" in (built / "events" / "index.html").read_text()
    assert (built / "roundup.json").is_file()
    checked = run(bin_dir / "mkdocs-roundup", "check", cwd=site)
    assert checked.endswith("2 pages read, 1 with talks, 5 talks, 0 warnings\n")
