"""The Python-Markdown extension used alone, with golden HTML for the cards.

Golden files: ``tests/golden/<case>.md`` is rendered and compared with ``<case>.html``.
Run ``UPDATE_GOLDEN=1 pytest tests/test_extension.py`` to rewrite them, then review the diff.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import jinja2
import markdown
import pytest
from bs4 import BeautifulSoup
from extensions import Replacing

from mkdocs_roundup.extension import RoundupExtension
from mkdocs_roundup.model import Talk
from mkdocs_roundup.render import CardRenderer, environment

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.stem for p in GOLDEN.glob("*.md"))


def source(case: str) -> str:
    return (GOLDEN / f"{case}.md").read_text(encoding="utf-8")


def convert(text: str, **config: object) -> tuple[str, markdown.Markdown]:
    md = markdown.Markdown(
        extensions=["toc", "attr_list", "md_in_html", RoundupExtension(**config)],
        extension_configs={"toc": {"permalink": True}},
    )
    return md.convert(text), md


@pytest.mark.parametrize("case", CASES)
def test_golden(case: str) -> None:
    html, _ = convert(source(case))
    expected = GOLDEN / f"{case}.html"
    if os.environ.get("UPDATE_GOLDEN"):
        expected.write_text(html + "\n", encoding="utf-8")
    assert html + "\n" == expected.read_text(encoding="utf-8")


def test_entry_point_name_works_in_markdown_extensions() -> None:
    html = markdown.markdown(source("keynote-and-panel"), extensions=["roundup"])
    assert html.count('class="roundup-talk ') == 2


def test_heading_keeps_its_anchor_and_the_toc_shows_the_title() -> None:
    html, md = convert(source("keynote-and-panel"))
    soup = BeautifulSoup(html, "html.parser")
    card = soup.select_one("article.roundup-talk--keynote")
    assert card is not None
    heading = card.find("h3")
    assert heading is not None
    # The id is the one toc gives the heading as written (deep links keep working) ...
    assert heading["id"] == "keynote-clouds-you-can-own-maren-holt-harbour-labs"
    # ... the heading shows the title, the card the speakers.
    assert heading.get_text().rstrip("¶") == "Clouds You Can Own"
    names = [a.get_text() for a in card.select(".roundup-speaker")]
    assert names == ["Maren Holt"]
    toc = md.toc_tokens  # type: ignore[attr-defined]
    talks = toc[0]["children"][0]["children"]
    assert [t["name"] for t in talks] == ["Clouds You Can Own", "Ask the Maintainers"]
    assert talks[0]["id"] == heading["id"]


_SYMBOL_TALKS = """## Talks

### Clouds (c) Today, [Ada Vos](https://www.linkedin.com/in/ada-vos/)

Ada on clouds.

### Metrics That Matter, [Bo Lind](https://www.linkedin.com/in/bo-lind/)

Bo on metrics.
"""


def _headings(html: str) -> list[tuple[str, str]]:
    soup = BeautifulSoup(html, "html.parser")
    return [(h["id"], h.get_text().rstrip("¶")) for h in soup.select("article h3")]


def _toc_ids(md: markdown.Markdown) -> list[str]:
    return [t["id"] for t in md.toc_tokens[0]["children"]]  # type: ignore[attr-defined]


def test_a_heading_of_text_and_links_is_made_by_the_card_with_the_anchor_toc_gives() -> None:
    html, md = convert(_SYMBOL_TALKS)
    # toc slugs the heading as written, "(c)" included; the card shows the title alone.
    expected = [
        ("clouds-c-today-ada-vos", "Clouds (c) Today"),
        ("metrics-that-matter-bo-lind", "Metrics That Matter"),
    ]
    assert _headings(html) == expected
    assert _toc_ids(md) == [i for i, _ in expected]
    plain = markdown.Markdown(extensions=["toc"])
    plain.convert(_SYMBOL_TALKS)
    assert _toc_ids(md) == _toc_ids(plain)


def test_a_heading_an_extension_renders_stays_as_written_and_keeps_its_anchor() -> None:
    # smartsymbols turns "(c)" into "©", which toc drops from the slug: the parser cannot
    # know that, so that heading goes through Markdown and toc as written.
    extensions = ["toc", "attr_list", "pymdownx.smartsymbols"]
    md = markdown.Markdown(extensions=[*extensions, RoundupExtension()])
    html = md.convert(_SYMBOL_TALKS)
    plain = markdown.Markdown(extensions=extensions)
    plain.convert(_SYMBOL_TALKS)
    written = _toc_ids(plain)
    assert written == ["clouds-today-ada-vos", "metrics-that-matter-bo-lind"]
    assert [i for i, _ in _headings(html)] == written
    assert _toc_ids(md) == written


def test_an_unknown_tree_processor_before_toc_keeps_headings_as_written() -> None:
    # Another package's tree processor changes heading text before toc.
    shouting = Replacing("h3", "Today", "Tomorrow", priority=7)
    md = markdown.Markdown(extensions=["toc", shouting, RoundupExtension()])
    html = md.convert(_SYMBOL_TALKS)
    assert [i for i, _ in _headings(html)] == [
        "clouds-c-tomorrow-ada-vos",
        "metrics-that-matter-bo-lind",
    ]


def test_ids_set_by_attr_list_elsewhere_on_the_page_keep_headings_as_written() -> None:
    # toc makes heading ids unique against ids already in the page: with one the same as a
    # talk's anchor, that talk's heading is given "_1", as it was before the plugin.
    text = _SYMBOL_TALKS + "\nSee the metrics talk.\n{: #metrics-that-matter-bo-lind }\n"
    html, _ = convert(text)
    assert [i for i, _ in _headings(html)] == [
        "clouds-c-today-ada-vos",
        "metrics-that-matter-bo-lind_1",
    ]


def test_markdown_inside_raw_html_stays_as_markdown_shows_it() -> None:
    # Markdown takes everything up to the end tag in as raw HTML, its Markdown shown as
    # written: no talk is read there, and the page is plain Markdown's
    talks = _SYMBOL_TALKS.split("\n", 2)[2]
    for tag in ("div", "details"):
        text = f"<{tag}>\n\n{talks}\n</{tag}>\n"
        html, md = convert(text)
        plain = markdown.Markdown(extensions=["toc", "attr_list", "md_in_html"]).convert(text)
        assert html == plain
        assert "### Clouds (c) Today" in html
        assert md.treeprocessors["roundup_titles"].ext.result.talks == ()  # type: ignore[attr-defined]


def test_talks_written_in_html_inside_details_are_read() -> None:
    text = (
        "# Talks\n\n<details open>\n<summary>2031</summary>\n\n<ul>\n"
        '<li><a href="https://youtu.be/aaaaaaaaaaa">Folding Maps</a> — Ada Vos</li>\n\n'
        '<li><a href="https://speakerdeck.com/bl/queues">Quiet Queues</a> — Bo Lind</li>\n'
        "</ul>\n\n</details>\n"
    )
    _, md = convert(text)
    result = md.treeprocessors["roundup_titles"].ext.result  # type: ignore[attr-defined]
    assert [t.talk.title for t in result.talks] == ["Folding Maps", "Quiet Queues"]


def test_talks_in_an_element_marked_to_hold_markdown_keep_their_titles() -> None:
    html, _ = convert('<div markdown="1">\n\n' + _SYMBOL_TALKS.split("\n", 2)[2] + "\n</div>\n")
    assert _headings(html) == [
        ("clouds-c-today-ada-vos", "Clouds (c) Today"),
        ("metrics-that-matter-bo-lind", "Metrics That Matter"),
    ]
    soup = BeautifulSoup(html, "html.parser")
    assert [n.get_text() for n in soup.select(".roundup-speaker")] == ["Ada Vos", "Bo Lind"]


def test_talks_read_in_raw_html_elements_leave_the_page_as_written() -> None:
    cards = "".join(
        f'<article class="talk">\n  <h2>{title}</h2>\n'
        f'  <a href="https://speakerdeck.com/lq/{n}">Slides</a>\n</article>\n\n'
        for n, title in enumerate(["Baking Bread with Bash", "Awk for Accountants"])
    )
    html, md = convert(cards)
    plain = markdown.Markdown(extensions=["toc", "attr_list", "md_in_html"]).convert(cards)
    assert html == plain
    result = md.treeprocessors["roundup_titles"].ext.result  # type: ignore[attr-defined]
    assert [t.talk.title for t in result.talks] == [
        "Baking Bread with Bash",
        "Awk for Accountants",
    ]


def test_an_embed_in_a_heading_is_never_lost() -> None:
    html, _ = convert(
        "# Meetup\n\n"
        '### Quiet Queues <iframe src="https://www.youtube.com/embed/QuIeTqUeUe2"></iframe>, Ada Vos\n\n'
        "Queues.\n\n"
        '### Loud Logs <iframe src="https://tracker.example/embed/3"></iframe>, Bo Lind\n\n'
        "Logs.\n"
    )
    assert _headings(html) == [
        ("quiet-queues-ada-vos", "Quiet Queues"),
        ("loud-logs-bo-lind", "Loud Logs"),
    ]
    soup = BeautifulSoup(html, "html.parser")
    cards = soup.select("article.roundup-talk")
    assert "QuIeTqUeUe2" in cards[0].select_one(".roundup-embed")["data-embed-src"]
    kept = cards[1].find("iframe")  # an unknown host: as written, in its card
    assert kept is not None and kept["src"] == "https://tracker.example/embed/3"


def test_author_text_is_escaped_never_markup() -> None:
    html, _ = convert(source("keynote-and-panel"))
    soup = BeautifulSoup(html, "html.parser")
    panel = soup.select_one("article.roundup-talk--panel")
    assert panel is not None
    names = [n.get_text() for n in panel.select(".roundup-speaker")]
    assert names == ["Ivo Petrak", "Lena Sørensen", "Tom O'Neil"]
    assert panel.find("bold") is None
    heading_less, _ = convert(source("heading-less"))
    soup = BeautifulSoup(heading_less, "html.parser")
    titles = [h.get_text().rstrip("¶") for h in soup.select("article h2")]
    assert titles == ["Opening Words", "Metrics That Matter"]
    embed_titles = [e["aria-label"] for e in soup.select("a.roundup-embed__facade[data-embed-src]")]
    assert embed_titles == [
        "Play video: Opening Words (YouTube)",
        "Play video: Metrics That Matter (YouTube)",
    ]


def test_facade_embeds_carry_their_iframe_url_and_no_iframe() -> None:
    html, _ = convert(source("keynote-and-panel"))
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("iframe") is None
    sources = [e["data-embed-src"] for e in soup.select("[data-embed-src]")]
    assert sources == [
        "https://www.youtube-nocookie.com/embed/Hb4rC1dD2aY",
        "https://www.slideshare.net/slideshow/embed_code/key/Qw3rTy7UiOpAsD",
    ]
    # Each facade is itself the link to the provider's page: no second link row.
    facades = [
        (a.select_one(".roundup-embed__provider").get_text(), a["href"], a["aria-label"])
        for a in soup.select("a.roundup-embed__facade[data-embed-src]")
    ]
    assert facades == [
        (
            "YouTube",
            "https://www.youtube.com/watch?v=Hb4rC1dD2aY",
            "Play video: Clouds You Can Own (YouTube)",
        ),
        (
            "SlideShare",
            "https://www.slideshare.net/slideshow/embed_code/key/Qw3rTy7UiOpAsD",
            "View slides: Clouds You Can Own (SlideShare)",
        ),
    ]
    assert soup.select(".roundup-talk__links") == []


def test_media_that_cannot_be_embedded_get_a_link() -> None:
    text = """## Talks

### First Talk, [Ada Vos](https://www.linkedin.com/in/ada-vos/)

Ada on decks. [Slides](https://www.slideshare.net/adavos/first-talk-deck)

<iframe src="https://www.youtube.com/embed/Ab3dEf6hIj9"></iframe>

### Second Talk, [Bo Lind](https://www.linkedin.com/in/bo-lind/)

Bo on handouts.

[Slides](https://example.org/a.pdf)

[Slides](https://example.org/b.pdf)
"""
    html, md = convert(text)
    soup = BeautifulSoup(html, "html.parser")
    first, second = soup.select("article.roundup-talk")
    # The author's own links stay where they are written; the card does not repeat them.
    assert [a["href"] for a in first.select("p:not(.roundup-talk__meta) > a")] == [
        "https://www.slideshare.net/adavos/first-talk-deck"
    ]
    assert first.select(".roundup-talk__links a") == []
    assert [a["data-embed-src"] for a in first.select("[data-embed-src]")] == [
        "https://www.youtube-nocookie.com/embed/Ab3dEf6hIj9"
    ]
    assert [a["href"] for a in second.select("p:not(.roundup-talk__meta) > a")] == [
        "https://example.org/a.pdf",
        "https://example.org/b.pdf",
    ]
    assert second.select(".roundup-talk__media, .roundup-talk__links") == []
    # They are the talks' all the same (indexes, export).
    result = md.treeprocessors["roundup_titles"].ext.result  # type: ignore[attr-defined]
    assert [[m.url for m in t.talk.slides] for t in result.talks] == [
        ["https://www.slideshare.net/adavos/first-talk-deck"],
        ["https://example.org/a.pdf", "https://example.org/b.pdf"],
    ]


def test_a_link_the_card_remakes_is_shown_by_the_card() -> None:
    text = """
<strong><a href="https://example.org/first.pdf">First Talk</a> - Ada Vos</strong>

Text.

<strong><a href="https://example.org/second.pdf">Second Talk</a> - Bo Lind</strong>

Text.
"""
    html, _ = convert(text)
    soup = BeautifulSoup(html, "html.parser")
    cards = soup.select("article.roundup-talk")
    assert [[a["href"] for a in c.select(".roundup-talk__links a")] for c in cards] == [
        ["https://example.org/first.pdf"],
        ["https://example.org/second.pdf"],
    ]


@pytest.mark.parametrize("mode", ["lazy", "eager"])
def test_iframe_modes(mode: str) -> None:
    html, _ = convert(source("keynote-and-panel"), embeds=mode)
    soup = BeautifulSoup(html, "html.parser")
    frames = soup.find_all("iframe")
    assert [f["src"] for f in frames] == [
        "https://www.youtube-nocookie.com/embed/Hb4rC1dD2aY",
        "https://www.slideshare.net/slideshow/embed_code/key/Qw3rTy7UiOpAsD",
    ]
    assert all(f.get("title") for f in frames)
    assert frames[0]["referrerpolicy"] == "strict-origin-when-cross-origin"
    assert all((f.get("loading") == "lazy") is (mode == "lazy") for f in frames)


def test_pages_that_are_not_roundups_are_untouched() -> None:
    text = "# Notes\n\n## One, Ada Vos\n\nJust one section.\n"
    assert convert(text)[0] == markdown.markdown(
        text,
        extensions=["toc", "attr_list", "md_in_html"],
        extension_configs={"toc": {"permalink": True}},
    )


def test_unparseable_parts_stay_on_the_page_and_are_reported(
    caplog: pytest.LogCaptureFixture,
) -> None:
    text = (
        '## Alpha, Ada Vos\n\n<iframe src="https://tracker.example/embed/1"></iframe>\n\n'
        "Kept text.\n\n## Beta, Bo Lind\n\n<div>\nNever closed.\n"
    )
    with caplog.at_level(logging.WARNING, logger="mkdocs.plugins.roundup"):
        html, _ = convert(text, path="notes/meetup.md")
    assert (
        'src="https://tracker.example/embed/1"' in html
    )  # as written: not rebuilt as a card embed
    assert "Kept text." in html and "Never closed." in html
    assert [r.getMessage().split(": ")[0] for r in caplog.records] == [
        "notes/meetup.md:3",
        "notes/meetup.md:9",
    ]
    soup = BeautifulSoup(html, "html.parser")
    assert [a.find_parent("article") for a in soup.select("article")] == [None, None]  # no nesting


def test_a_card_template_without_its_cut_marks_is_named_in_the_error() -> None:
    loader = jinja2.DictLoader(
        {"roundup/talk.html": "{% macro card(card, embeds, labels) %}<article>{{ heading }}"
         "</article>{% endmacro %}"}
    )  # fmt: skip
    renderer = CardRenderer(environment(loader))
    talk = Talk("a", "A", "talk", None, (), (), "", (), (), "a.md", 1)
    with pytest.raises(jinja2.TemplateError, match=r"roundup/talk.html: .*\{\{ body \}\}"):
        renderer.parts(talk)


def test_front_matter_is_read_and_lines_count_from_the_file(
    caplog: pytest.LogCaptureFixture,
) -> None:
    text = "---\ntitle: Meetup\n---\n\n## Alpha, Ada Vos\n\nText.\n\n## Beta, Bo Lind\n\n<div>\n"
    with caplog.at_level(logging.WARNING, logger="mkdocs.plugins.roundup"):
        html, _ = convert(text, path="meetup.md")
    assert "title:" not in html and html.count("<article") == 2
    assert [r.getMessage().split(": ")[0] for r in caplog.records] == ["meetup.md:11"]


def test_the_extension_alone_speaks_the_language_it_is_given() -> None:
    german, _ = convert(source("keynote-and-panel"), language="de")
    english, _ = convert(source("keynote-and-panel"))

    def badges(html: str) -> list[str]:
        return [b.get_text() for b in BeautifulSoup(html, "html.parser").select(".roundup-badge")]

    assert badges(english) == ["Keynote", "Panel"]
    assert badges(german) != badges(english)


PAIR = """## Talks

### Queues, [Ada Vos](https://www.linkedin.com/in/ada-vos/)

On queues.

<iframe src="https://www.youtube.com/embed/Ab3dEf6hIj9"></iframe>

### Queues, [Ada Vos](https://www.linkedin.com/in/ada-vos/)

On queues again.
"""


def test_the_page_object_says_what_the_extension_made_of_the_page() -> None:
    from mkdocs_roundup.extension import PageContext

    extension = RoundupExtension(path="talks.md")
    md = markdown.Markdown(extensions=["toc", extension])
    md.convert(PAIR)  # alone: a plan of the text as the extension reads it
    plan = extension.result
    assert plan is not None
    page = PageContext("talks.md", {}, plan=plan)
    extension.page = page
    md.reset().convert(PAIR)
    # The plan handed over is used as it is: toc gave the anchors it predicted.
    assert page.result is plan and not page.replanned and extension.result is plan
    assert page.facades == ["https://www.youtube-nocookie.com/embed/Ab3dEf6hIj9"]
    heads = [piece for piece, searched in page.chrome if piece and not searched]
    assert len(heads) == 4 and heads[0].startswith('<article class="roundup-talk')
    # Other text than the plan's (another plugin changed it): parsed again.
    page = PageContext("talks.md", {}, plan=plan)
    extension.page = page
    md.reset().convert(PAIR.replace("again", "too"))
    assert page.replanned and page.result is not None and page.result is not plan
    assert [t.talk.id for t in page.result.talks] == ["queues-ada-vos", "queues-ada-vos_1"]


def test_a_page_with_fenced_code_is_rendered_from_its_plan_with_its_lines() -> None:
    from mkdocs_roundup.collect import normalized
    from mkdocs_roundup.extension import PageContext
    from mkdocs_roundup.parse import parse_page

    text = "## Meetup 3\n\n```\nSome Hall\nMain Street 1\n```\n\n" + PAIR.split("\n", 1)[1]
    plan = parse_page(normalized(text), path="talks.md", meta={})
    assert [t.talk.line for t in plan.talks] == [9, 15]
    # as MkDocs runs Markdown: fenced code blocks are stashed by a preprocessor too
    extension = RoundupExtension(path="talks.md")
    md = markdown.Markdown(extensions=["toc", "tables", "fenced_code", extension])
    page = PageContext("talks.md", {}, plan=plan)
    extension.page = page
    html = md.convert(text)
    assert page.result is plan and not page.replanned  # read once, lines as in the file
    assert "<pre><code>Some Hall" in html


def test_inline_patterns_read_the_authors_text_not_the_cards_own_paragraphs() -> None:
    from markdown.inlinepatterns import InlineProcessor

    seen: list[str] = []

    class Spy(InlineProcessor):
        def handleMatch(self, m, data):  # type: ignore[no-untyped-def]
            seen.append(data)
            return None, None, None

    class SpyExtension(markdown.extensions.Extension):
        def extendMarkdown(self, md: markdown.Markdown) -> None:
            md.inlinePatterns.register(Spy(r"(?s).+", md), "spy", 1)

    text = (
        "## Queues, [Ada Vos](https://www.linkedin.com/in/avos/)\n\n"
        "Why *queues* matter.\n\n"
        '<iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>\n\n'
        "## Parsers, [Bo Lind](https://www.linkedin.com/in/blind/)\n\n"
        '<iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>\n'
    )
    md = markdown.Markdown(extensions=["toc", RoundupExtension(), SpyExtension()])
    html = md.convert(text)
    assert html.count('<article class="roundup-talk') == 2
    assert any("queues" in s for s in seen)  # the author's text is read as Markdown
    assert not [s for s in seen if "wzxhzdk" in s]  # the cards' own pieces are not


def test_a_line_that_says_by_keeps_the_word_on_the_page() -> None:
    # The card shows the title and the speaker, not the word between them: the line as
    # written stays in the card, and no word of it is lost.
    html, _ = convert(
        "- [Queues at Scale](https://speakerdeck.com/ada/queues) by Ada Vos\n"
        "- [Parsers Made Easy](https://speakerdeck.com/bo/parsers) by Bo Lind\n"
    )
    soup = BeautifulSoup(html, "html.parser")
    assert len(soup.select("article.roundup-talk")) == 2
    assert "by" in soup.get_text(" ").split()


def test_a_talks_line_whose_words_the_card_cannot_show_stays_under_it() -> None:
    html, _ = convert(
        "2013-09-26: [Lorna Quist](https://github.com/lquist), [Emil Ash](https://github.com/emilash):"
        " Counting sheep. ([slides](https://cedar.example.org/sheep.pdf))\n\n"
        "2013-10-31: [Ines Gago](https://github.com/ines): Small caches."
        " ([slides](https://cedar.example.org/caches.pdf))\n"
    )
    assert html.count('<article class="roundup-talk') == 2
    assert "2013-09-26" in html and "2013-10-31" in html  # the date stays, as written
