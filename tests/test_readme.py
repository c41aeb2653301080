"""The README's set-up is two commands, and CI runs the second one, step by step."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    development = readme.split("## Development", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```bash\n(.*?)\n```", development, re.S)
    assert len(commands) == 2, "the README's development set-up is two commands"
    serve, test = commands
    assert serve.endswith("mkdocs serve") and test.endswith("python -m pytest")
    script = [
        line.strip()
        for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith(("#", "export ", "set ", "cd "))
    ]
    assert script == [step.strip() for step in test.split("&&")]
