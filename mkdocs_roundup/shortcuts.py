"""Markdown's work that the card does itself, where it can tell what Markdown would make.

Only for speed, switched by :data:`ENABLED`. Two shortcuts, each taken where the page's
Markdown instance is known to render the text one way:

- :func:`headings`: a talk heading of text and links (``### Title, [Name](…)``) is made by
  the card as the title alone, with the anchor ``toc`` would give the heading as written;
  Markdown does not parse the speakers' links;
- :func:`paragraphs`: a plain paragraph of an abstract (no character any Markdown syntax
  needs) goes in as its ``<p>`` HTML (:func:`put_paragraphs`), which Markdown would make
  after running every inline pattern over it.

Whether Markdown would touch such text is told by the instance's processors: those of
Python-Markdown, PyMdown Extensions, MkDocs and Material are known (their own inline
patterns each need a markup character), any other package's processor turns both off.

Measured with ``benchmarks/stage_times.py --pages 120 --talks 30`` (3,600 talks): Markdown
to HTML takes 1.5 s of CPU with the shortcuts and 3.0 s without (3.2 s with the plugin
off), for 0.1 s in the card preprocessor; they make up for most of the plugin's planning.
The HTML is the same either way (``tests/test_paragraphs.py`` compares them page by page),
but for a card inside a raw HTML block, which Markdown leaves as written: there the heading
the card made shows the title, where the heading as written stays Markdown source.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from collections.abc import Set as AbstractSet
from typing import TypeVar, cast

from markdown import Markdown, inlinepatterns
from markdown.inlinepatterns import Pattern
from markdown.treeprocessors import InlineProcessor
from markdown.util import HtmlStash

from .parse import PagePlan, _atx, _strip_links
from .patterns import lazy

ENABLED = True
"""Off: Markdown renders every heading and paragraph itself (to compare, and to measure)."""

_K = TypeVar("_K")


def put_paragraphs(text: str, made: AbstractSet[str], stash: Callable[[str], str]) -> str:
    """``text`` with each block found in ``made`` replaced by its stashed ``<p>`` HTML,
    unless the next block starts as a definition (``def_list`` would make it its term)."""
    blocks = text.split("\n\n")
    term = False  # whether the next non-blank block starts as a definition
    for position in range(len(blocks) - 1, -1, -1):
        block = blocks[position]
        if block in made and not term:
            blocks[position] = stash(f"<p>{block}</p>")
        if block.strip():
            term = block.lstrip(" ").startswith(":")
    return "\n\n".join(blocks)


def merge_stashed(
    text: str, ours: Mapping[str, str], stash: HtmlStash, opens: MutableMapping[str, int]
) -> str:
    """``text`` with each run of the cards' own HTML blocks (placeholders in ``ours``, with
    their HTML; a block each, a blank line between) made one block, whose HTML is theirs a
    line each, as
    Markdown writes them. Markdown then parses one block where it would parse each: a card's
    frame and plain paragraphs are most of a roundup page's blocks. A card's opening ends a
    run (its heading follows it); the run's placeholder stands for that card in ``opens``."""
    if not ENABLED or len(ours) < 2:
        return text
    out: list[str] = []
    run: list[str] = []
    blanks = 0  # blank blocks after the run's last placeholder: kept if the run ends there
    for block in text.split("\n\n"):
        if block in ours:
            run.append(block)
            blanks = 0
            if block in opens:
                out.append(_merged(run, ours, stash, opens))
                run = []
        elif run and not block:
            blanks += 1
        else:
            if run:
                out += [_merged(run, ours, stash, opens), *[""] * blanks]
                run, blanks = [], 0
            out.append(block)
    if run:
        out += [_merged(run, ours, stash, opens), *[""] * blanks]
    return "\n\n".join(out)


def _merged(
    run: list[str], ours: Mapping[str, str], stash: HtmlStash, opens: MutableMapping[str, int]
) -> str:
    """One placeholder for a run of them: its HTML theirs, a line each."""
    if len(run) == 1:
        return run[0]
    merged = stash.store("\n".join(ours[placeholder] for placeholder in run))
    if run[-1] in opens:
        opens[merged] = opens[run[-1]]
    return merged


_RAW_HTML = r" {0,3}<(?!!--(?:(?!-->).)*-->[ \t]*$)"
_RAW_HTML_FIRST = lazy(_RAW_HTML, re.M)
_RAW_HTML_LINE = lazy("\n" + _RAW_HTML, re.M)
"""Where raw HTML other than a one-line comment may start: on the first line, or after a
line break (searched for from the line breaks: a pattern that starts with ``^`` is tried at
every character of the page)."""


def may_take_blocks(text: str) -> bool:
    """Whether raw HTML or a fenced code block may start in ``text``: a block of either can
    take in the blocks after it. Plain searches first: the pattern is tried at every line."""
    return (
        ("`" in text and "```" in text)
        or ("~" in text and "~~~" in text)
        or (
            "<" in text and (_RAW_HTML_FIRST.match(text) or _RAW_HTML_LINE.search(text)) is not None
        )
    )


_MARKUP_CHARS = r"\[\]<>&`*_\\{}"
_MARKUP = lazy(f"[{_MARKUP_CHARS}]")
"""Characters that Python-Markdown's own inline patterns (or ``attr_list``) need to match."""
_OWN_PATTERNS = frozenset(
    value for name, value in vars(inlinepatterns).items() if name.endswith("_RE")
)
"""Python-Markdown's own inline patterns: each needs a :data:`_MARKUP` character (or, for a
line break, two spaces at a line's end), so they are not searched for in text without."""


def _needs_markup(pattern: str) -> bool:
    """Whether ``pattern`` matches only where a :data:`_MARKUP` character is: one of
    Python-Markdown's own patterns, or a choice of such characters alone (its emphasis
    delimiters since 3.11, ``\\*|_``, made from the delimiters registered)."""
    if pattern in _OWN_PATTERNS:
        return True
    options = pattern.replace("\\", "").split("|")
    return all(len(option) == 1 and _MARKUP.match(option) for option in options)


_ID_ATTR = lazy(r"\{[^}\n]*#")


def headings(md: Markdown, plan: PagePlan, text: str) -> set[int]:
    """The talks (by index) whose heading as written the card can make itself.

    Those are the ATX headings that Python-Markdown renders as their text and links only: no
    inline pattern that runs before ``toc`` (Markdown's own, an extension's, or those of an
    extension's own inline pass, like ``smarty``) matches their text once the links are taken
    out, so ``toc`` would slug exactly the text the parser slugged, and the anchor the parser
    predicted is the one ``toc`` would give. The made heading shows the title alone, and
    Markdown no longer parses the speakers' links of every heading.
    Everything else keeps its heading as written: a page whose other elements may carry ids
    before ``toc`` runs (``attr_list``, ``md_in_html``), since ``toc`` makes its ids unique
    against those, and every page when a tree processor of unknown effect runs before ``toc``.
    """
    if not ENABLED or "id=" in text or ("{" in text and _ID_ATTR.search(text)):
        return set()
    regexes = _inline_before_toc(md)
    if regexes is None:
        return set()
    plain: dict[int, str] = {}
    for index, item in enumerate(plan.talks):
        line = text[item.start : item.heading_end].rstrip("\n")
        atx = _atx(line) if item.keeps_heading and item.retitle and line.startswith("#") else None
        if atx is None or atx[1].endswith("#"):  # Markdown reads closing hashes its own way
            continue
        words = _strip_links(atx[1])
        if not _MARKUP.search(words):
            plain[index] = words
    return set(_untouched(regexes, plain))


_SYNTAX_CHARS = "[]<>&`*_\\{}|"
"""Characters some Markdown syntax needs (:data:`_MARKUP`, and ``|`` for tables); looked for
one by one (``in``), which is several times faster than a character class over a paragraph."""
_ORDERED = lazy(r"\d+[.)]")
_LINE_START = lazy(r"\n(?:\W|\d+[.)])")
"""A line after the first that does not start with a letter or digit (lists, quotes,
headings, rules, indented code, definitions, admonitions, blank lines), or starts with an
ordered list's number."""


def _is_plain(block: str) -> bool:
    """Whether a block is plain prose: lines that each start with a letter or digit, no
    character some Markdown syntax needs, no white space at a line's end (line breaks)."""
    return (
        block[:1].isalnum()
        and not block[-1].isspace()
        and " \n" not in block
        and "\t\n" not in block
        and not any(char in block for char in _SYNTAX_CHARS)
        and not _ORDERED.match(block)
        and not _LINE_START.search(block)
    )


_KNOWN = ("markdown.", "pymdownx.", "material.", "mkdocs.", "mkdocs_roundup.")
"""Packages whose processors are known: their tree processors change no heading's text other
than by inline patterns, and their block processors read no plain paragraph as other syntax."""
_CHANGES_TEXT = ("markdown.extensions.abbr", "pymdownx.blocks")
"""Known packages whose processors change a paragraph's plain text (abbreviations wrap
words; ``pymdownx.blocks`` may keep a block's text raw)."""


def paragraphs(md: Markdown, bodies: Iterable[str]) -> set[str]:
    """The talks' paragraphs that Python-Markdown would render as ``<p>text</p>``.

    That is a block of lines that each start with a letter or digit, with no character any
    Markdown syntax needs, that no inline pattern of this Markdown instance matches (its own,
    an extension's, or those of an extension's own inline pass, like ``smarty``), when every
    processor this instance runs comes from Python-Markdown, PyMdown Extensions, MkDocs or
    Material and is not one that changes plain text. Most of an abstract is such prose; the
    card saves Markdown from parsing it (the HTML is the same)."""
    if not ENABLED:
        return set()
    plain = {block: block for body in bodies for block in body.split("\n\n") if _is_plain(block)}
    regexes = _inline_anywhere(md) if plain else None
    if regexes is None:
        return set()
    return set(_untouched(regexes, plain))


def _untouched(regexes: Iterable[re.Pattern[str]], texts: dict[_K, str]) -> dict[_K, str]:
    """The texts that none of ``regexes`` matches.

    One search per pattern over all texts at once; a pattern anchored at a text's ends, and
    one that matches somewhere, are tried on each text."""
    if not texts:
        return texts
    joined = "\n".join(texts.values())
    for regex in regexes:
        if "^" in regex.pattern or "$" in regex.pattern or regex.search(joined):
            texts = {k: t for k, t in texts.items() if not regex.search(t)}
    return texts


def _patterns(processor: InlineProcessor) -> Iterator[re.Pattern[str]]:
    """The regular expressions of an inline pass (Markdown's, or an extension's) that can
    match text without :data:`_MARKUP` characters: all but Markdown's own."""
    # (The registry holds inline patterns; its type in types-Markdown says otherwise.)
    patterns = cast("Iterable[Pattern]", processor.inlinePatterns)
    regexes = (pattern.getCompiledRegExp() for pattern in patterns)
    return (regex for regex in regexes if not _needs_markup(regex.pattern))


def _inline_anywhere(md: Markdown) -> list[re.Pattern[str]] | None:
    """The inline patterns that can touch a paragraph's plain text, or ``None`` if that
    cannot be known (a processor of an unknown package, or one that changes plain text)."""
    processors = [
        *md.preprocessors,
        *md.parser.blockprocessors,
        *md.treeprocessors,
        *md.postprocessors,
    ]
    regexes: list[re.Pattern[str]] = []
    for processor in processors:
        module = type(processor).__module__
        if not module.startswith(_KNOWN) or module.startswith(_CHANGES_TEXT):
            return None
        if isinstance(processor, InlineProcessor):
            regexes += _patterns(processor)
    return regexes


def _inline_before_toc(md: Markdown) -> list[re.Pattern[str]] | None:
    """The inline patterns that can touch a heading's text before ``toc`` slugs it, or
    ``None`` if that cannot be known (no ``toc``, or an unknown tree processor before it)."""
    if "toc" not in md.treeprocessors:
        return None
    toc = md.treeprocessors.get_index_for_name("toc")
    regexes: list[re.Pattern[str]] = []
    for processor in list(md.treeprocessors)[:toc]:
        if isinstance(processor, InlineProcessor):
            regexes += _patterns(processor)
        elif not type(processor).__module__.startswith(_KNOWN):
            return None
    return regexes
