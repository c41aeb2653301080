"""Page-level parsing on small written snippets: which sections are talks, what they hold."""

from __future__ import annotations

from textwrap import dedent
from typing import Any

import markdown
import pytest
import reading
from reading import LI

from mkdocs_roundup.model import Talk
from mkdocs_roundup.parse import (
    PagePlan,
    event_date,
    fenced_spans,
    parse_page,
    rewrite_docusaurus,
    talk_kind,
)

YT = '<iframe width="560" height="315" src="https://www.youtube.com/embed/{id}" title="YouTube video player" allowfullscreen></iframe>'
SS = '<iframe src="https://www.slideshare.net/slideshow/embed_code/key/{key}" width="640" height="480"></iframe>'


def plan(text: str, **kwargs: Any) -> PagePlan:
    return reading.plan(text, path="event.md", **kwargs)


def page(text: str, **kwargs: Any) -> list[Talk]:
    return reading.talks(text, path="event.md", **kwargs)


def test_sections_talks_and_ordinary_headings() -> None:
    talks = page(
        f"""
        # Meetup

        ## Sessions

        ### Morning Track

        #### Queues at Scale, [Mara Quint]({LI}mquint/)

        About queues.

        {YT.format(id="aaaaaaaaaaa")}

        #### Tracing, Ola Berg

        {SS.format(key="BbBbBbBbBbBbBb")}

        ### Afternoon Track

        #### Thanks for Coming

        See you next year.
        """
    )
    assert [t.title for t in talks] == ["Queues at Scale", "Tracing"]
    assert [t.section for t in talks] == ["Morning Track", "Morning Track"]
    assert [t.line for t in talks] == [7, 13]
    assert talks[0].videos[0].id == "aaaaaaaaaaa"
    assert talks[1].slides[0].id == "BbBbBbBbBbBbBb"
    assert talks[0].abstract == "About queues."
    # "Thanks for Coming" is at the talk level but names nobody and holds no media.
    assert "See you" not in talks[1].abstract


def test_media_belongs_to_the_talk_it_sits_under() -> None:
    talks = page(
        f"""
        ## One, Ada Vos

        {YT.format(id="bbbbbbbbbbb")}

        ## Two, Bo Lind

        Text only.

        ## Three, Cy Moor

        {SS.format(key="CcCcCcCcCcCcCc")}
        """
    )
    assert [len(t.videos) for t in talks] == [1, 0, 0]
    assert [len(t.slides) for t in talks] == [0, 0, 1]


def test_a_single_talk_is_not_a_roundup_unless_front_matter_says_so() -> None:
    text = f"## Only Talk, [Ada Vos]({LI}avos)\n\n{YT.format(id='ccccccccccc')}\n"
    assert page(text) == []
    assert len(page(text, meta={"roundup": True})) == 1
    two = text + "\n## Another, Bo Lind\n\nText.\n"
    assert len(page(two)) == 2
    assert page(two, meta={"roundup": False}) == []


def test_front_matter_is_skipped_and_lines_stay_true() -> None:
    plan = parse_page(
        "---\ntitle: Meetup\nroundup: true\n---\n\n## Talk, Ada Vos\n\nText.\n", path="p.md"
    )
    assert plan.meta["title"] == "Meetup"
    assert plan.talks[0].talk.line == 6


def test_front_matter_markdown_could_not_read_is_no_talk() -> None:
    # MkDocs shows front matter that is no YAML (an "&" opens an anchor) as text, and the
    # plugin gets it with the page's Markdown: its lines are never a talk.
    text = (
        "---\ntitle: &#x1f195; Harbor Meetup\ndescription: Our talks\n---\n\n"
        "## Queues, [Ada Vos](https://github.com/avos)\n\n"
        "## Parsers, [Bo Lind](https://github.com/blind)\n"
    )
    assert [t.talk.title for t in parse_page(text, path="p.md", meta={}).talks] == [
        "Queues",
        "Parsers",
    ]
    hugo = "+++\ntitle = 'Harbor'\n+++\n\n" + text[text.index("## Queues") :]
    assert len(parse_page(hugo, path="p.md", meta={}).talks) == 2
    off = "+++\nroundup = false\n+++\n\n" + text[text.index("## Queues") :]
    assert parse_page(off, path="p.md", meta={}).talks == ()  # Hugo's front matter is read
    ruled = "---\n## Queues, [Ada Vos](https://github.com/avos)\n---\n"  # a rule, a talk
    assert [t.talk.title for t in parse_page(ruled, path="p.md", meta={}, min_talks=1).talks] == [
        "Queues"
    ]


def test_speakers_line_wins_over_the_heading() -> None:
    talks = page(
        """
        ## Scaling, Caching, and Other Lies

        **Speakers:** [Ada Vos](https://github.com/avos) and Bo Lind (Lumen)

        Abstract.

        ## Second Talk

        *Speaker:* Cy Moor

        Abstract two.
        """
    )
    assert talks[0].title == "Scaling, Caching, and Other Lies"
    assert [(p.name, p.url) for p in talks[0].speakers] == [
        ("Ada Vos", "https://github.com/avos"),
        ("Bo Lind", None),
    ]
    assert [o.name for o in talks[0].organizations] == ["Lumen"]
    assert talks[0].abstract == "Abstract."
    assert [p.name for p in talks[1].speakers] == ["Cy Moor"]


def test_presented_by_line() -> None:
    talks = page(
        """
        ## Alpha

        Presented by Ada Vos

        Text.

        ## Beta

        Presented by Bo Lind and Cy Moor

        Text.
        """
    )
    assert [[p.name for p in t.speakers] for t in talks] == [["Ada Vos"], ["Bo Lind", "Cy Moor"]]


@pytest.mark.parametrize(
    ("title", "kind", "clean"),
    [
        ("Keynote Talk: Open Matters", "keynote", "Open Matters"),
        ("Keynote talk: Open Matters", "keynote", "Open Matters"),
        ("Panel Discussion: Ask Anything", "panel", "Ask Anything"),
        ("Governance – Panel", "panel", "Governance"),
        ("Backups with Disks – Workshop", "workshop", "Backups with Disks"),
        ("Lightning talk: Tiny Tools", "lightning", "Tiny Tools"),
        ("Queue Workshop", "workshop", "Queue Workshop"),
        ("Backups, News and Demo", "demo", "Backups, News and Demo"),
        ("Live Demo Showcase: Fast Disks", "demo", "Live Demo Showcase: Fast Disks"),
        ("Scaling - Brief overview & demo", "demo", "Scaling - Brief overview & demo"),
        ("Plugins + Demo", "demo", "Plugins + Demo"),
        ("Demolition Derby", "talk", "Demolition Derby"),
        ("State of the Union", "talk", "State of the Union"),
        ("Keynote Address", "keynote", "Keynote Address"),
        ("Demo Day", "talk", "Demo Day"),
        ("Round table: Careers in docs", "panel", "Careers in docs"),
        ("Tọa đàm: Dữ liệu nhỏ", "panel", "Dữ liệu nhỏ"),
        ("Closing Keynote, Harbor 6.0", "keynote", "Harbor 6.0"),
    ],
)
def test_kinds(title: str, kind: str, clean: str) -> None:
    assert talk_kind(title) == (kind, clean)


def test_bold_link_talks_without_headings() -> None:
    talks = page(
        """
        # Sessions

        [**Opening, Ada Vos**
        ![](opening.png)](https://www.youtube.com/watch?v=ddddddddddd&list=PL123&index=2)
        **Session description:**
        Ada opens the day.

        [**Metrics, Bo Lind, Lumen**
        ![](metrics.png)](https://youtu.be/eeeeeeeeeee)
        **Session description:**
        Bo on metrics.
        """
    )
    assert [(t.title, t.line) for t in talks] == [("Opening", 3), ("Metrics", 8)]
    assert [o.name for o in talks[1].organizations] == ["Lumen"]
    assert [v.id for t in talks for v in t.videos] == ["ddddddddddd", "eeeeeeeeeee"]
    assert talks[0].abstract == "Ada opens the day."
    assert talks[0].section is None


def test_html_strong_talks() -> None:
    talks = page(
        """
        <h2><span >Day 1 Sessions:</span></h2>
        <span ><strong><a href="https://www.slideshare.net/lumen/queues-at-scale" target="_blank">Queues at Scale</a> - Ada Vos</strong></span>

        Queues, mostly.

        <iframe  src="https://www.slideshare.net/slideshow/embed_code/key/FfFfFfFfFfFfFf" width="854" height="712"><span class="mce_SELRES_start">\ufeff</span> </iframe>
        <strong>About Ada Vos:</strong>

        Ada writes queues.

        <div><span ><strong><a title="Tracing &amp; Logs" href="https://www.slideshare.net/lumen/tracing-logs">Tracing &amp; Logs </a>- Bo Lind, Cy Moor</strong></span></div>
        <div>Tracing text.</div>

        <div><span ><strong>Pending Things in a Multi-tenant World - Di Hart</strong></span></div>
        <div>*Pending slides.</div>
        """
    )
    assert [t.title for t in talks] == [
        "Queues at Scale",
        "Tracing & Logs",
        "Pending Things in a Multi-tenant World",
    ]
    assert [[p.name for p in t.speakers] for t in talks] == [
        ["Ada Vos"],
        ["Bo Lind", "Cy Moor"],
        ["Di Hart"],
    ]
    assert all(t.section == "Day 1 Sessions" for t in talks)
    first = talks[0].slides[0]
    # The embed gives the id and player; the title link gives the page a reader opens.
    assert (first.id, first.url) == (
        "FfFfFfFfFfFfFf",
        "https://www.slideshare.net/lumen/queues-at-scale",
    )
    assert talks[0].abstract == "Queues, mostly."
    assert talks[1].slides[0].embed_url is None  # a page URL alone cannot be embedded
    assert talks[2].slides == () and talks[2].abstract == ""


def test_media_forms() -> None:
    talks = page(
        """
        ## Alpha, Ada Vos

        [![](alpha.png "Alpha deck - slides")](https://www.slideshare.net/slideshow/alpha-deck/281000001)

        [![](alpha-video.png "Alpha - video")](https://www.youtube.com/watch?v=fffffffffff&t=90s)

        ## Beta, Bo Lind

        <iframe src="https://player.vimeo.com/video/123456789" width="640" height="360"></iframe>

        [Slides](https://speakerdeck.com/blind/beta-talk)

        ## Gamma, Cy Moor

        <iframe src="https://docs.google.com/presentation/d/e/2PACX-abc_DEF/embed?start=false" width="960"></iframe>

        [Download the slides (PDF)](files/gamma.pdf)

        https://vimeo.com/987654321
        """
    )
    alpha, beta, gamma = talks
    assert [(m.provider, m.id, m.title) for m in alpha.slides] == [
        ("slideshare", "281000001", "Alpha deck")
    ]
    assert (
        alpha.videos[0].embed_url == "https://www.youtube-nocookie.com/embed/fffffffffff?start=90"
    )
    assert beta.videos[0].embed_url == "https://player.vimeo.com/video/123456789?dnt=1"
    assert beta.slides[0].provider == "speakerdeck"
    assert [m.provider for m in gamma.slides] == ["google-slides", "pdf"]  # both decks
    assert [m.id for m in gamma.videos] == ["987654321"]


def test_malformed_linked_image_is_read_and_reported() -> None:
    plan = parse_page(
        dedent(
            """
            ## Alpha, Ada Vos

            [![] "Alpha - slides"](alpha.png https://www.slideshare.net/slideshow/alpha/281000002)

            ## Beta, Bo Lind

            Text.
            """
        ),
        path="event.md",
    )
    assert plan.talks[0].talk.slides[0].id == "281000002"
    assert [(d.line, "malformed" in d.message) for d in plan.diagnostics] == [(4, True)]


def test_diagnostics_name_the_line() -> None:
    found = plan(
        f"""
        Intro with a stray embed:

        {YT.format(id="ggggggggggg")}

        ## Alpha, Ada Vos

        <iframe src="https://tracker.example/embed/1"></iframe>

        ## Alpha, Ada Vos

        <div>
        Unclosed.
        """
    )
    messages = {(d.line, d.message.split(" ")[0]) for d in found.diagnostics}
    notes = {(d.line, d.message.split(" ")[0]) for d in found.notes}
    assert (3, "YouTube") in notes  # outside any talk: the page is fine, said at info level
    assert (7, "iframe") in messages  # unknown host, left as written
    assert (9, "duplicate") in notes  # the same title twice: the second anchor is numbered
    assert (11, "<div>") in messages  # never closed: closed at the end of its card
    assert not {(3, "YouTube"), (9, "duplicate")} & messages
    assert all(str(d).startswith(f"event.md:{d.line}: ") for d in found.diagnostics + found.notes)


def test_a_div_closed_after_a_blank_line_is_closed_as_python_markdown_reads_it() -> None:
    # CommonMark ends the HTML block at the blank line and reads the indented end tags as
    # code; Python-Markdown reads the element on to its end tag: it is closed.
    result = plan(
        f"""
        ## Alpha, Ada Vos

        <div class="speaker">
            <div class="links">

            </div>
        </div>

        {YT.format(id="ggggggggggg")}

        ## Beta, Bo Lind

        {YT.format(id="hhhhhhhhhhh")}
        """
    )
    assert [t.talk.title for t in result.talks] == ["Alpha", "Beta"]
    assert result.diagnostics == ()


def test_headings_that_label_a_talks_parts_are_no_talks() -> None:
    result = plan(
        f"""
        # Harbor Meetup, March

        <div class="hero">
          <h1>Queues at Scale</h1>
          <p>Ideas for steady queues</p>
        </div>

        ## Ponente

        <div class="speaker">
          <h2>Ada Vos</h2>
          <p>Queue whisperer at Northwind</p>
        </div>

        ## Watch the whole talk!

        {YT.format(id="ggggggggggg")}
        """,
        min_talks=1,
    )
    assert [t.talk.title for t in result.talks] == [
        "Watch the whole talk!"
    ]  # "Ponente" (Speaker) labels a part


def test_html_headings_keep_their_speakers_links_and_need_no_planned_id() -> None:
    result = plan(
        f"""
        <h3>Small Queues, <a href="{LI}ada-vos&amp;x">Ada Vos</a></h3>

        {YT.format(id="hhhhhhhhhhh")}

        <h3>Small Queues, <a href="{LI}bo lind">Bo Lind</a></h3>

        {SS.format(key="HtMlHeAdInG")}
        """
    )
    talks = [t.talk for t in result.talks]
    assert [(t.title, [(p.name, p.url) for p in t.speakers]) for t in talks] == [
        ("Small Queues", [("Ada Vos", f"{LI}ada-vos&x")]),
        ("Small Queues", [("Bo Lind", f"{LI}bo%20lind")]),
    ]
    # toc gives HTML headings their ids as it renders them: nothing to call a duplicate here.
    assert result.diagnostics == ()
    # A link is read from the HTML as it is (no Markdown in between), and a section's label
    # is its text.
    talks = page(
        f"""
        <h2>Day 1 <a href="https://example.org/day-1">Keynotes</a></h2>

        <h3>Small Queues, <a href="{LI}ja)ne">Jane [JD] Doe</a></h3>

        {YT.format(id="kkkkkkkkkkk")}

        <h3>Large Queues, <a href="{LI}bo-lind">Bo Lind</a></h3>

        {YT.format(id="lllllllllll")}
        """
    )
    assert [(t.section, [(p.name, p.url) for p in t.speakers]) for t in talks] == [
        ("Day 1 Keynotes", [("Jane [JD] Doe", f"{LI}ja)ne")]),
        ("Day 1 Keynotes", [("Bo Lind", f"{LI}bo-lind")]),
    ]


def test_an_embed_in_a_talks_heading_is_the_talks() -> None:
    result = plan(
        f"""
        ### Quiet Queues {YT.format(id="iiiiiiiiiii")}, [Ada Vos]({LI}ada-vos)

        Queues.

        <h3>Loud Logs {SS.format(key="LoUdLoGs")}, <a href="{LI}bo-lind">Bo Lind</a></h3>

        Logs.

        ### Dark Metrics <iframe src="https://tracker.example/embed/2"></iframe>, Cy Moor

        Metrics.
        """
    )
    talks = [t.talk for t in result.talks]
    assert [t.title for t in talks] == ["Quiet Queues", "Loud Logs", "Dark Metrics"]
    assert [[m.id for m in t.media] for t in talks] == [["iiiiiiiiiii"], ["LoUdLoGs"], []]
    # The card remakes the heading from the title: an embed it cannot show goes under it, as
    # written, and is reported.
    assert result.talks[2].open_fix.startswith('<iframe src="https://tracker.example/embed/2">')
    assert [(d.line, d.message.split(" ")[0]) for d in result.diagnostics] == [(9, "iframe")]


def test_heading_ids_follow_toc() -> None:
    talks = page(
        f"""
        ## Intro

        ## Intro, [Ada Vos]({LI}avos)

        {YT.format(id="hhhhhhhhhhh")}

        ## Custom, Bo Lind {{#my-anchor}}

        {YT.format(id="iiiiiiiiiii")}
        """
    )
    assert [t.id for t in talks] == ["intro-ada-vos", "my-anchor"]


def test_playlist_button_is_not_a_talk_video() -> None:
    talks = page(
        """
        <a class="button button--primary" href="https://www.youtube.com/playlist?list=PL42">Watch all</a>

        ## Alpha, Ada Vos

        Text.

        ## Beta, Bo Lind

        Text.
        """
    )
    assert all(not t.videos for t in talks)


def test_open_in_slideshare_gives_the_page_link() -> None:
    talks = page(
        """
        ### Alpha, Ada Vos

        <iframe src="https://www.slideshare.net/slideshow/embed_code/key/JjJjJjJjJjJjJj" width="100%" height="400" allowfullscreen> </iframe><br/>
        <strong> <a href="https://www.slideshare.net/lumen/alpha" title="Alpha" target="_blank">Open in SlideShare</a> </strong>

        ### Beta, Bo Lind

        Text.
        """
    )
    (deck,) = talks[0].slides
    assert (deck.id, deck.url) == ("JjJjJjJjJjJjJj", "https://www.slideshare.net/lumen/alpha")


def test_bio_links_are_not_speaker_links() -> None:
    talks = page(
        f"""
        ### Alpha, Ada Vos

        Abstract.

        **Speaker Bio:**
        [Ada]({LI}avos/) builds things.

        ### Beta, Bo Lind

        Abstract.
        """
    )
    # A bio is about the speaker, not the talk's attribution: its links are not the
    # speaker's (a careful reader keeps the name as the heading has it).
    assert talks[0].speakers[0].url is None
    assert talks[0].abstract == "Abstract."


def test_code_blocks_are_not_talks() -> None:
    talks = page(
        """
        ```markdown
        ## Alpha, Ada Vos
        ## Beta, Bo Lind
        ```
        """
    )
    assert talks == []


@pytest.mark.parametrize(
    ("path", "meta", "date"),
    [
        ("blog/2023-12-07-meetup.md", {}, "2023-12-07"),
        ("blog/2023-12-07-meetup/index.md", {}, "2023-12-07"),
        ("blog/meetup.md", {"date": "2024-05-01"}, "2024-05-01"),
        ("blog/meetup.md", {}, None),
        ("blog/2023-13-45-meetup.md", {}, None),
    ],
)
def test_event_dates(path: str, meta: dict[str, str], date: str | None) -> None:
    assert event_date(path, meta) == date


def test_docusaurus_leftovers() -> None:
    text = '<!-- truncate -->\n<a class="button button--primary button--lg" href="x">Go</a>\n'
    out = rewrite_docusaurus(text)
    assert out.startswith("<!-- more -->\n")
    assert 'class="button button--primary button--lg md-button md-button--primary"' in out
    # Only a marker on a line of its own is the excerpt marker.
    inline = "Intro.\n\nSee <!-- truncate --> here\n\nMore <!-- truncate -->\n<!-- truncate -->\n"
    assert rewrite_docusaurus(inline) == inline.replace("\n<!-- truncate -->", "\n<!-- more -->")


def test_agenda_lines_are_not_talks() -> None:
    talks = page(
        f"""
        ## Agenda

        **09:30 - 10:15 - Opening, [Ada Vos]({LI}avos), [Lumen](https://lumen.example)**

        **10:15 - 11:00 - Metrics, [Bo Lind]({LI}blind)**

        <p><strong>11:00 - Coffee, </strong>Everyone</p>
        <div><strong>11:30 - Tracing - Cy Moor</strong></div>
        <strong>12:00 - <a href="https://lumen.example/lunch">Lunch</a> - Di Hart</strong>
        """
    )
    assert talks == []


def test_addresses_urlsplit_rejects_do_not_stop_the_build() -> None:
    # `urlsplit` raises ValueError on an invalid bracketed host; such a link is no profile
    # and such an embed no known player, and the page still parses.
    found = plan(
        """
        ## Talks

        ### One, [Ada Vos](https://www.linkedin.com/in/ada-vos/), [Lab](http://[1]/x)

        <iframe src="http://[::1/embed"></iframe>

        ### Two, [Bo Lind](https://www.linkedin.com/in/bo-lind/)
        """
    )
    assert [t.talk.title for t in found.talks] == ["One", "Two"]
    assert found.talks[0].talk.videos == ()
    assert [d.line for d in found.diagnostics] == [5]


def test_fenced_code_blocks() -> None:
    bt, tl = "`" * 3, "~" * 3
    text = f"a\n{bt}md\n{tl}\nx {bt}\n{bt}{bt[:1]}\nb\n   {tl}\n{bt}\n"
    # A fence closes only at the same character, at least as long, at a line's start; the
    # last fence is never closed and opens no block.
    assert [text[s:e] for s, e in fenced_spans(text)] == [f"{bt}md\n{tl}\nx {bt}\n{bt}{bt[:1]}"]
    assert fenced_spans("no fences, `code` and ~~strike~~") == []
    # Python-Markdown reads them so: what follows a fence never closed is not code.
    unclosed = f"{bt}\n\n# Heading\n"
    assert fenced_spans(unclosed) == []
    for extension in ("fenced_code", "pymdownx.superfences"):
        assert "<h1>Heading</h1>" in markdown.markdown(unclosed, extensions=[extension])
    # A fence with an info string opens a block and never closes one.
    inner = f"{bt}markdown\na\n{bt}text\nb\n{bt}\n\nafter\n"
    assert [inner[s:e] for s, e in fenced_spans(inner)] == [inner[: inner.index("\n\nafter")]]
    for extension in ("fenced_code", "pymdownx.superfences"):
        assert "<p>after</p>" in markdown.markdown(inner, extensions=[extension])


def test_a_bracket_left_open_takes_no_paragraph_with_it() -> None:
    # A media pattern read across lines would take everything from the stray "[" to the
    # link or image that follows, and the card would drop it as media.
    talks = page(
        f"""
        ## Alpha, [Ada Vos]({LI}ada-vos)

        Intro [![ words after an image never finished

        [![](thumb.png)](https://www.youtube.com/watch?v=jjjjjjjjjjj)

        ## Beta, [Bo Lind]({LI}bo-lind)

        [five minutes, ten aliases.

        [Slides](https://speakerdeck.com/bo/aliases)
        """
    )
    assert "words after an image never finished" in talks[0].abstract
    assert [m.id for m in talks[0].videos] == ["jjjjjjjjjjj"]
    assert "five minutes, ten aliases." in talks[1].abstract
    assert [m.url for m in talks[1].slides] == ["https://speakerdeck.com/bo/aliases"]
