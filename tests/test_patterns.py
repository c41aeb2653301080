"""Patterns compiled on first use (:mod:`mkdocs_roundup.patterns`)."""

from __future__ import annotations

import re
import subprocess
import sys

from mkdocs_roundup.patterns import lazy


def test_a_lazy_pattern_reads_as_the_compiled_one() -> None:
    pattern = lazy(r"(?P<word>[a-z]+)-(\d+)", re.I)
    compiled = re.compile(r"(?P<word>[a-z]+)-(\d+)", re.I)
    text = "Track-1 and room-22, Hall-3"
    found = pattern.search(text)
    assert found is not None and found["word"] == "Track"
    assert pattern.findall(text) == compiled.findall(text)
    assert pattern.sub(r"\2", text) == compiled.sub(r"\2", text)
    assert pattern.split(text) == compiled.split(text)
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert pattern.fullmatch("room-22") and not pattern.match(" room-22")
    assert pattern.groupindex == compiled.groupindex and pattern.groups == 2
    assert pattern.pattern == compiled.pattern and pattern.flags & re.I


_COUNT_PATTERNS = """
import sys
import mkdocs_roundup.plugin
from mkdocs_roundup.patterns import _Lazy

patterns = [
    value
    for name, module in list(sys.modules.items())
    if name.startswith("mkdocs_roundup")
    for value in vars(module).values()
    if isinstance(value, _Lazy)
]
print(len(patterns), sum(p._compiled is not None for p in patterns))
"""


def test_importing_the_plugin_compiles_few_of_its_patterns() -> None:
    """The reader's patterns wait for a page that needs them."""
    out = subprocess.run(
        [sys.executable, "-c", _COUNT_PATTERNS], capture_output=True, text=True, check=True
    )
    made, compiled = (int(n) for n in out.stdout.split())
    assert made > 300
    assert compiled < 20
