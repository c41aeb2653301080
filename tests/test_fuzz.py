"""Seeded, bounded mutation of real and written pages: the reader never crashes, and no word a
reader sees without the plugin is missing with it.

Each case is a page (from the shared corpus when it is there, and pages written here), cut,
joined and garbled by a seeded mutator; the page is converted by Python-Markdown with and
without the card extension, and the visible words are compared. The seed is fixed, so a
failure names a case that can be run again.
"""

from __future__ import annotations

import random
import re
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
from sites import CORPUS

from mkdocs_roundup.extension import RoundupExtension
from mkdocs_roundup.parse import split_front_matter

CASES = 200
EXTENSIONS = ["toc", "attr_list", "md_in_html", "tables"]

WRITTEN = [
    """## Queues at Scale, [Ada Vos](https://www.linkedin.com/in/ada-vos/)

Queues, retries and backpressure.

<iframe src="https://www.youtube.com/embed/aaaaaaaaaaa" title="Queues"></iframe>

## Parsers by Hand - Bo Lind, Northwind

[![](parsers.png "Parsers - slides")](https://www.slideshare.net/slideshow/embed_code/key/AbCdEf12)
""",
    """# Talks

## 2025
- **Tests That Explain**
  - Presented at [Harbor Conf](https://harbor.example/) 2025.
  - [Recording](https://youtu.be/bbbbbbbbbbb), [slides](2025/slides.pdf)
- **Small Tools** `code <iframe>`
  - [Slides](https://speakerdeck.com/ada/small-tools)
""",
    """Speaker | Talk Name | Slides | Video
--- | --- | --- | ---
Ada Vos | Queues, Again | [slides](https://speakerdeck.com/a/q) | [video](https://youtu.be/ccccccccccc)
Bo Lind | Small Tools | [slides](https://example.org/t.pdf) | [video](https://youtu.be/ddddddddddd)
""",
    """<div markdown="1">

### Lightning Talk 1: Cy Moe
* Card sorting
* Slides: https://github.com/cy/talks/blob/main/cards.pdf

### Lightning Talk 2: Di Hart, Ed Roe
* Talk: Chat Sounds
* Video: https://vimeo.com/123456789

</div>
<!-- ## Hidden, [Fa Nu](https://www.linkedin.com/in/fa/) -->
""",
]

_GARBAGE = ["<", ">", "[", "](", ")", "<iframe", "</div>", "<div>", "**", "`", "\n", "\n\n",
            "&amp;", "\x0b", "|", "- ", "# ", "{: .talk }", "<!--", "-->", '"', "x" * 300]  # fmt: skip


class _Words(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.words: set[str] = set()
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.skip += tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        self.skip -= tag in ("script", "style")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.words.update(re.findall(r"\w+", data.casefold()))


def words(html: str) -> set[str]:
    reader = _Words()
    reader.feed(html)
    return reader.words


def mutate(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    for _ in range(rng.randint(1, 4)):
        choice = rng.random()
        at = rng.randrange(len(lines) + 1)
        if choice < 0.3 and lines:  # cut a line short
            line = rng.randrange(len(lines))
            lines[line] = lines[line][: rng.randrange(len(lines[line]) + 1)]
        elif choice < 0.55:  # insert garbage in a line
            line = rng.randrange(len(lines)) if lines else 0
            if lines:
                text_line = lines[line]
                cut = rng.randrange(len(text_line) + 1)
                lines[line] = text_line[:cut] + rng.choice(_GARBAGE) + text_line[cut:]
        elif choice < 0.75 and len(lines) > 2:  # drop a line
            del lines[rng.randrange(len(lines))]
        elif choice < 0.9 and lines:  # repeat a line elsewhere
            lines.insert(at, rng.choice(lines))
        else:  # indent a line
            if lines:
                line = rng.randrange(len(lines))
                lines[line] = " " * rng.choice([1, 2, 4]) + lines[line]
    return "\n".join(lines)


def pages() -> list[str]:
    """The pages written here, and the shared corpus's when it is beside this clone (the
    cases differ without it; each still holds), without front matter, as MkDocs hands
    pages to Markdown."""
    found = list(WRITTEN)
    for folder in (CORPUS, CORPUS.parent / "wild"):
        found += [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.md"))]
    return [split_front_matter(page)[1] for page in found]


def convert(text: str, card: bool) -> str:
    extensions: list[str | markdown.Extension] = list(EXTENSIONS)
    if card:
        extensions.append(RoundupExtension(path="fuzz.md"))
    return markdown.Markdown(extensions=extensions).convert(text)


@pytest.fixture(scope="module")
def sources() -> list[str]:
    return pages()


@pytest.mark.parametrize("case", range(CASES))
def test_mutated_pages_lose_no_word(case: int, sources: list[str]) -> None:
    rng = random.Random(case)
    for _ in range(5):  # a page Python-Markdown itself cannot convert is no case: the next
        text = mutate(rng.choice(sources), rng)
        try:
            plain = convert(text, card=False)
        except RecursionError:
            continue
        break
    with_cards = convert(text, card=True)
    lost = words(plain) - words(with_cards)
    assert not lost, f"case {case} lost {sorted(lost)[:10]}"


def test_the_mutator_is_seeded() -> None:
    assert mutate(WRITTEN[0], random.Random(7)) == mutate(WRITTEN[0], random.Random(7))
    assert Path(__file__).name == "test_fuzz.py"
