"""A talk's plain paragraphs are made by the card, and the page is the same as Markdown's.

Most of an abstract is plain prose; where Python-Markdown would render a block as
``<p>text</p>`` untouched, the card puts that HTML in itself (Markdown's raw HTML pass, block
parser and inline patterns then have far less text to read). These tests render the same
documents with that step and without it, under many extension sets, and require the same
HTML, and check that the step did run where it can.
"""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet

import markdown
import pytest
from extensions import Replacing
from markdown.util import HTML_PLACEHOLDER_RE

from mkdocs_roundup import shortcuts
from mkdocs_roundup.extension import RoundupExtension

EXTENSION_SETS: dict[str, list[str]] = {
    "mkdocs": ["toc", "tables", "fenced_code", "attr_list", "md_in_html"],
    "structure": ["toc", "def_list", "admonition", "footnotes", "attr_list", "md_in_html"],
    "smarty": ["toc", "smarty", "fenced_code"],
    "pymdownx": [
        "toc",
        "pymdownx.superfences",
        "pymdownx.smartsymbols",
        "pymdownx.magiclink",
        "pymdownx.emoji",
        "pymdownx.details",
        "pymdownx.tabbed",
        "pymdownx.caret",
        "pymdownx.mark",
        "pymdownx.tilde",
        "pymdownx.keys",
        "pymdownx.betterem",
    ],
    "breaks": ["toc", "nl2br", "sane_lists", "wikilinks"],
    "abbr": ["toc", "abbr"],
    "blocks": ["toc", "pymdownx.blocks.admonition", "pymdownx.blocks.html"],
}
MAKES_NONE = {"abbr", "blocks"}
"""Sets with a processor that changes plain text: the card leaves every paragraph to them."""

PROSE = [
    "Operators compared three ways of rolling out upgrades\nand measured the downtime of each.",
    "A short talk.",
    "Unicode stays as written: Łódź, café, Ærøskøbing, 東京.",
    "Numbers are fine inside a line: 2024 had 12 releases.\nAnd 3.5 is a version.",
    "Punctuation too: colons, semicolons; question marks? Yes.\nExclamation! (Parentheses.)",
    "The roadmap, the metrics, the demo - all in one session.",
    'Quotes "like these" and it\'s, which smarty changes.',
    "Symbols (c) and (tm) and --> arrows, which smartsymbols changes.",
    "A bare address www.example.com and a mail ops@example.com, which magiclink links.",
    "An emoji :smile: shortcode.",
    "Marks ==like this== and ^^this^^ and ~~this~~ and ++ctrl+alt+del++.",
    "A [[WikiLink]] and HTML, the abbreviation.",
    "Two spaces end this line  \nso it breaks.",
    "Ends with a space ",
    "Tab\tinside a line.",
]
SYNTAX = [
    "1. A numbered line\n2. And another",
    "2024. A year that reads as a list",
    "- an item\n- another item",
    "Lazy first line\n- then an item",
    "> A quote\ncontinued lazily",
    "Setext heading\n==============",
    "Text\n---",
    "A | B\n--|--\n1 | 2",
    "Term",
    ":   A definition of the term above",
    "!!! note\n    Inside an admonition.",
    "??? note\n    Inside details.",
    '=== "Tab"\n    Inside a tab.',
    "/// note\nInside a block.\n///",
    "Footnote here[^1].",
    "[^1]: The note.",
    "*[HTML]: Hyper Text Markup Language",
    "    indented code",
    "```\nfenced code\n\nWith a plain looking line inside\n```",
    "<div>",
    "Inside raw HTML",
    "</div>",
    "<div markdown>\n\nInside markdown in HTML\n\n</div>",
    "<!-- a comment -->",
    "<!-- an open comment",
    "-->",
    "A paragraph with a {: .class } list",
    "Some *emphasis* and `code` and <b>bold</b> &amp; an [inline link](https://example.com).",
    '<iframe src="https://www.youtube.com/embed/aBcDeFgHiJk" title="Demo"></iframe>',
]


def _page(rng: random.Random) -> str:
    blocks = ["# An Event Roundup", rng.choice(PROSE), "## Day 1"]
    for number in range(rng.randint(2, 4)):
        name = rng.choice(["Ada Vos", "Bo Lind", "Chidi Okafor", "Dana Ruiz"])
        slug = name.lower().replace(" ", "-")
        blocks.append(f"### Talk {number}, [{name}](https://www.linkedin.com/in/{slug})")
        for _ in range(rng.randint(1, 5)):
            blocks.append(rng.choice(PROSE) if rng.random() < 0.55 else rng.choice(SYNTAX))
        if rng.random() < 0.5:
            blocks.append(
                '<iframe src="https://www.youtube.com/embed/aBcDeFgHiJk" title="A talk"></iframe>'
            )
    return "\n\n".join(blocks) + "\n"


def _pages(seed: int, count: int) -> Iterator[str]:
    rng = random.Random(seed)
    return (_page(rng) for _ in range(count))


@functools.cache
def _markdown(extensions: tuple[str, ...]) -> markdown.Markdown:
    """One Markdown per set of extensions, reset before each page: setting one up is most of
    the cost of converting a page this small."""
    return markdown.Markdown(extensions=[*extensions, RoundupExtension()])


def _render(text: str, extensions: list[str]) -> str:
    return _markdown(tuple(extensions)).reset().convert(text)


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paragraphs the card puts in (in the order put)."""
    seen: list[str] = []
    put = shortcuts.put_paragraphs

    def counting(text: str, paragraphs: AbstractSet[str], stash: Callable[[str], str]) -> str:
        def store(html: str) -> str:
            seen.append(html)
            return stash(html)

        return put(text, paragraphs, store)

    monkeypatch.setattr(shortcuts, "put_paragraphs", counting)
    return seen


def _as_markdown_renders(text: str, extensions: list[str]) -> str:
    """The page with every paragraph left to Markdown, each piece of the card's HTML a block
    of its own."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(shortcuts, "paragraphs", lambda md, bodies: set())
        patch.setattr(shortcuts, "merge_stashed", lambda text, *args: text)
        return _render(text, extensions)


@pytest.mark.parametrize("name", sorted(EXTENSION_SETS))
def test_pages_are_the_same_html_as_markdown_makes(name: str, made: list[str]) -> None:
    extensions = EXTENSION_SETS[name]
    for number, text in enumerate(_pages(seed=len(name), count=60)):
        assert _render(text, extensions) == _as_markdown_renders(text, extensions), (
            f"page {number} with {name}:\n{text}"
        )
    if name in MAKES_NONE:
        assert made == []
    else:
        assert len(made) > 60  # the step ran: more than one paragraph a page on average
        assert all(re.fullmatch(r"<p>[^<>&]+</p>", html) for html in made)


PLAIN_TALKS = """\
## Day 1

### Opening Words, [Ada Vos](https://www.linkedin.com/in/ada-vos)

Why the event exists
and who it is for.

Second paragraph of the abstract.

### Metrics That Matter, [Bo Lind](https://www.linkedin.com/in/bo-lind)

Which numbers the team watches, and why.
"""


def test_plain_paragraphs_are_made_and_the_rest_is_markdown(made: list[str]) -> None:
    extensions = EXTENSION_SETS["mkdocs"]
    text = PLAIN_TALKS + "\nA *marked up* paragraph.\n"
    html = _render(text, extensions)
    assert sorted(made) == [
        "<p>Second paragraph of the abstract.</p>",
        "<p>Which numbers the team watches, and why.</p>",
        "<p>Why the event exists\nand who it is for.</p>",
    ]
    assert "<p>A <em>marked up</em> paragraph.</p>" in html
    assert html == _as_markdown_renders(text, extensions)


def test_a_cards_html_is_one_block_for_markdown() -> None:
    md = _markdown(tuple(EXTENSION_SETS["mkdocs"])).reset()
    lines = PLAIN_TALKS.split("\n")
    for preprocessor in md.preprocessors:
        lines = preprocessor.run(lines)
    blocks = [block.strip() for block in "\n".join(lines).split("\n\n") if block.strip()]
    stashed = [b for b in blocks if HTML_PLACEHOLDER_RE.fullmatch(b)]
    # "## Day 1", the first card's opening, then each talk's heading and the rest of its
    # card (meta line, paragraphs, closing, and the next card's opening): not twelve blocks.
    assert len(blocks) == 6
    assert blocks[0] == "## Day 1"
    assert stashed == blocks[1:]
    rest = md.htmlStash.rawHtmlBlocks[int(HTML_PLACEHOLDER_RE.fullmatch(blocks[3])[1])]
    assert str(rest).count("<p>") == 2
    assert str(rest).endswith('<article class="roundup-talk roundup-talk--talk">')
    html = md.convert(PLAIN_TALKS)
    assert html == _as_markdown_renders(PLAIN_TALKS, EXTENSION_SETS["mkdocs"])
    assert "<p>Second paragraph of the abstract.</p>" in html


def test_a_paragraph_inside_raw_html_stays_raw(made: list[str]) -> None:
    # Markdown keeps the text of a raw HTML block as written, without <p>.
    text = "<div class='talks'>\n\n" + PLAIN_TALKS + "\n</div>\n"
    html = _render(text, EXTENSION_SETS["mkdocs"])
    assert "\nSecond paragraph of the abstract.\n" in html
    assert "<p>Second paragraph" not in html
    assert html == _as_markdown_renders(text, EXTENSION_SETS["mkdocs"])
    assert made == []


def test_a_paragraph_a_definition_follows_is_left_to_be_its_term(made: list[str]) -> None:
    extensions = EXTENSION_SETS["structure"]
    text = PLAIN_TALKS + "\n:   What the numbers mean.\n"
    html = _render(text, extensions)
    assert "<dt>Which numbers the team watches, and why.</dt>" in html
    assert html == _as_markdown_renders(text, extensions)
    assert "<p>Which numbers the team watches, and why.</p>" not in made


def test_an_unknown_processor_leaves_every_paragraph_to_markdown(made: list[str]) -> None:
    glossary = Replacing("p", "numbers", "NUMBERS", priority=12)  # another package's
    md = markdown.Markdown(extensions=["toc", glossary, RoundupExtension()])
    html = md.convert(PLAIN_TALKS)
    assert "Which NUMBERS the team watches" in html
    assert made == []


@pytest.mark.parametrize("pattern", sorted(shortcuts._OWN_PATTERNS))
def test_markdowns_own_inline_patterns_cannot_match_a_plain_paragraph(pattern: str) -> None:
    # The card skips searching plain paragraphs for these: each needs a character (or a line
    # ending) that a plain paragraph has none of.
    words = (
        "Plain prose, numbers 12 and 3.5; questions? (Yes!) Quotes \"q\" 'q' - ~ ^ = + : # / % @"
    )
    for text in (words, re.sub(r" (?=[A-Za-z])", "\n", words)):
        assert shortcuts._is_plain(text)
        assert re.search(pattern, text, re.DOTALL) is None


def test_markdowns_emphasis_delimiters_are_not_searched_for() -> None:
    # Python-Markdown 3.11 reads emphasis with one processor whose pattern is made from its
    # delimiters ("\*|_"): like its other patterns, it needs a character plain text has none of.
    md = markdown.Markdown(extensions=["toc", "attr_list", "md_in_html"])
    assert list(shortcuts._patterns(md.treeprocessors["inline"])) == []
    assert shortcuts._needs_markup(r"\*|_") and shortcuts._needs_markup(r"\*")
    for other in (r"--", r"\*|a", r"\*\*", r"'", ""):  # smarty's dashes and quotes are text
        assert not shortcuts._needs_markup(other)


def test_the_switch_leaves_every_heading_and_paragraph_to_markdown(
    made: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    extensions = EXTENSION_SETS["mkdocs"]
    shortcut = _render(PLAIN_TALKS, extensions)
    assert len(made) == 3
    monkeypatch.setattr(shortcuts, "ENABLED", False)
    made.clear()
    assert _render(PLAIN_TALKS, extensions) == shortcut
    assert made == []
    assert '<h3 id="opening-words-ada-vos">Opening Words</h3>' in shortcut
