"""The general reader: talk units by structure and evidence, fields by role, and the traps
found by fuzzing (each written here as the smallest page that showed it)."""

from __future__ import annotations

import re
from textwrap import dedent

import pytest
from reading import LI, media, orgs, over_players, people, plan, talks

from mkdocs_roundup.labels import is_date, label_table
from mkdocs_roundup.line_marks import without_bullet
from mkdocs_roundup.model import Party
from mkdocs_roundup.names import named_in_full
from mkdocs_roundup.providers import find

# -- Units ---------------------------------------------------------------------------------


def test_list_items_with_a_title_link_and_people_after_a_bar() -> None:
    found = talks(
        """
        Recordings from the day:

        - [Opening Words | Ada Vos, Lumen](https://youtu.be/aaaaaaaaaaa)
        - [Queues at Scale | Bo Lind & Cy Moe, Nube](https://youtu.be/bbbbbbbbbbb)
        - [[Harbor Keynote] The Road Ahead | Di Hart, Lumen](https://youtu.be/ccccccccccc)
        """
    )
    assert [t.title for t in found] == [
        "Opening Words",
        "Queues at Scale",
        "[Harbor Keynote] The Road Ahead",
    ]
    assert [[p.name for p in t.speakers] for t in found] == [
        ["Ada Vos"],
        ["Bo Lind", "Cy Moe"],
        ["Di Hart"],
    ]
    assert [orgs(t) for t in found] == [["Lumen"], ["Nube"], ["Lumen"]]
    assert [t.kind for t in found] == ["talk", "talk", "keynote"]
    assert [media(t) for t in found] == [["aaaaaaaaaaa"], ["bbbbbbbbbbb"], ["ccccccccccc"]]
    assert [t.line for t in found] == [3, 4, 5]


def test_speaker_first_items_and_a_placeholder_item() -> None:
    found = talks(
        """
        ## Slides from our speakers

        * Ada Vos: [Tiny Parsers (code and slides)](https://github.com/adavos/tiny-parsers)
        * Bo Lind: [Queues](https://speakerdeck.com/blind/queues)
        * (add yours here)
        """
    )
    assert [(t.title, people(t), t.section) for t in found] == [
        ("Tiny Parsers (code and slides)", [("Ada Vos", None)], "Slides from our speakers"),
        ("Queues", [("Bo Lind", None)], "Slides from our speakers"),
    ]
    assert [t.slides[0].url for t in found] == [
        "https://github.com/adavos/tiny-parsers",
        "https://speakerdeck.com/blind/queues",
    ]


def test_bold_titles_with_nested_items_under_year_sections() -> None:
    text = """
        # Talks

        ## 2025
        - **Tests That Explain**
          - Presented at [Harbor Conf](https://harbor.example/2025) 2025.
          - [Recording](https://youtu.be/ddddddddddd), [slides](2025/harbor/slides.pdf)

        ## 2024
        - **Parsers by Hand**
            - Presented at [Lumen Meetup](https://lumen.example/) (May 2024).
            - [Slides](2024/lumen/slides.pdf)
        """
    result = plan(text)
    found = [t.talk for t in result.talks]
    assert [(t.title, t.section, t.speakers) for t in found] == [
        ("Tests That Explain", "2025", ()),
        ("Parsers by Hand", "2024", ()),
    ]
    assert [[m.url for m in t.slides] for t in found] == [
        ["2025/harbor/slides.pdf"],
        ["2024/lumen/slides.pdf"],
    ]
    assert media(found[0])[0] == "ddddddddddd"
    assert found[0].organizations == ()  # an event is not an organization
    # The card takes the item's children as its own blocks, not as indented code.
    assert [t.indent for t in result.talks] == [2, 2]


def test_table_rows_are_read_by_their_column_names_and_stay_as_written() -> None:
    result = plan(
        """
        ## Talks

        Speaker | Talk Name | Slide Link | Video Link
        --- | --- | --- | ---
        Ada Vos | Queues, Again | [slides](https://speakerdeck.com/avos/queues) | [video](https://youtu.be/eeeeeeeeeee)
        Bo Lind | Small Tools | [slides](https://example.org/tools.pdf) | [video](https://youtu.be/fffffffffff)
        """
    )
    found = [t.talk for t in result.talks]
    assert [(t.title, people(t), t.section) for t in found] == [
        ("Queues, Again", [("Ada Vos", None)], None),
        ("Small Tools", [("Bo Lind", None)], None),
    ]
    assert [media(t) for t in found] == [
        ["eeeeeeeeeee", "avos/queues"],
        ["fffffffffff", "https://example.org/tools.pdf"],
    ]
    assert all(t.in_place for t in result.talks)


def test_headings_with_labelled_fields_in_a_list() -> None:
    found = talks(
        """
        ## "Tiny Parsers" (Talk at Harbor Conf 2024)

        * [Talk description](https://harbor.example/sessions/12) (May 2, 2024)
        * Speaker : Ada Vos (Lumen Systems)
        * [Slides](https://www.slideshare.net/avos/tiny-parsers)

        ## "Writing about parsers" (Blog post 2024)

        * Author : Ada Vos (Lumen Systems)
        * [Article](https://blog.example/parsers)

        ## "Queues" at Lumen Meetup

        * Speakers : Bo Lind (Nube), [Cy Moe](https://twitter.com/cymoe) (Lumen Systems)
        * [Video](https://www.youtube.com/watch?v=ggggggggggg) and [slides](https://www.slideshare.net/cymoe/queues)
        """
    )
    assert [t.title for t in found] == ["Tiny Parsers", "Queues"]  # the blog post is no talk
    assert [people(t) for t in found] == [
        [("Ada Vos", None)],
        [("Bo Lind", None), ("Cy Moe", "https://twitter.com/cymoe")],
    ]
    assert [orgs(t) for t in found] == [
        ["Lumen Systems"],
        ["Nube", "Lumen Systems"],
    ]
    assert media(found[1]) == ["ggggggggggg", "cymoe/queues"]


def test_numbered_lightning_talks_take_their_title_from_the_body() -> None:
    found = talks(
        """
        ## Presenters

        ### Lightning Talk 1: Ada __
        * Card sorting demo
        * Description: Sorting cards quickly.

        ### Lightning Talk 2: Bo Lind, Cy Moe, ?
        * Talk: Chat Sounds
        * Slides: https://github.com/blind/talks/blob/main/chat.pdf

        ### Di Hart, @dihart
        * Talk: Parley ?
        """
    )
    assert [(t.title, [p.name for p in t.speakers], t.section) for t in found] == [
        ("Card sorting demo", ["Ada"], None),
        ("Chat Sounds", ["Bo Lind", "Cy Moe"], None),
        ("Parley", ["Di Hart"], None),
    ]
    assert [m.url for m in found[1].slides] == ["https://github.com/blind/talks/blob/main/chat.pdf"]


def test_speaker_lines_and_event_lines_under_a_heading() -> None:
    found = talks(
        """
        # Our presentations

        ## Queues at Scale
        ([Slides](https://speakerdeck.com/blind/queues), [Video](https://youtu.be/hhhhhhhhhhh))
        Bo Lind
        Presented May 2, 2024 at [Lumen Meetup](https://lumen.example/)

        ## MesosCamp 2024
         [Video playlist](https://www.youtube.com/playlist?list=PL123)

        ### Tiny Parsers ([Slides](https://speakerdeck.com/avos/parsers))
        Ada Vos
        Presented April 3, 2024 at Harbor Conf

        ## Graphs, Explained

        Video of a talk given by Cy Moe at Harbor Conf 2023.

        <iframe src="https://www.youtube.com/embed/iiiiiiiiiii"></iframe>
        """
    )
    assert [(t.title, people(t), t.section, t.organizations) for t in found] == [
        ("Queues at Scale", [("Bo Lind", None)], None, ()),
        ("Tiny Parsers", [("Ada Vos", None)], None, ()),  # the playlist is no talk, no section
        ("Graphs, Explained", [("Cy Moe", None)], None, ()),  # prose names the speaker
    ]


def test_labels_in_korean_italian_polish_and_russian() -> None:
    found = talks(
        """
        ### `cache-talk`
        * 제목: **캐시 다시 보기**
        * 발표 장소: `Harbor Conf 2024`
        * [발표 자료](slides/cache.pdf)

        ### Code in coda

        Relatore: Ada Vos
        Registrazione: https://youtu.be/kkkkkkkkkkk

        ### Parsery ręcznie

        Prelegent: Bo Lind
        Slajdy: https://speakerdeck.com/blind/parsery

        ### Очереди

        Докладчик: Cy Moe
        Видео: https://youtu.be/lllllllllll
        """
    )
    assert [(t.title, [p.name for p in t.speakers], media(t)) for t in found] == [
        ("캐시 다시 보기", [], ["slides/cache.pdf"]),
        ("Code in coda", ["Ada Vos"], ["kkkkkkkkkkk"]),
        ("Parsery ręcznie", ["Bo Lind"], ["blind/parsery"]),
        ("Очереди", ["Cy Moe"], ["lllllllllll"]),
    ]
    assert all(not t.organizations for t in found)  # a venue is no one's organization


def test_labels_in_slovak_over_a_meetups_heading() -> None:
    found = talks(
        """
        ### [12.5.2031 Otter Meetup #4](https://meetup.example/e/4)

        - Kde: Harbor Hub
        - Prezentácia: [Pattern Matching Deep Dive](https://github.com/otters/talks/tree/main/patterns)
        - Video: [youtube](https://www.youtube.com/watch?v=aaaaaaaaaaa)

        ### [3.3.2031 Otter Meetup #3](https://meetup.example/e/3)

        - Kde: Harbor Hub
        - Prednáška: Actors without tears
        - Video: [youtube](https://www.youtube.com/watch?v=bbbbbbbbbbb)
        """
    )
    assert [(t.title, t.speakers, media(t)) for t in found] == [
        (
            "Pattern Matching Deep Dive",
            (),
            ["aaaaaaaaaaa", "https://github.com/otters/talks/tree/main/patterns"],
        ),
        ("Actors without tears", (), ["bbbbbbbbbbb"]),
    ]
    assert all(not t.organizations for t in found)  # the place is no one's organization


def test_a_second_title_label_that_links_is_the_talks_deck() -> None:
    found = talks(
        """
        ## Meetup #21
        - Rečník: Ján Novák
        - Prednáška: Kubernetes v praxi
        - Prezentácia: [Stiahnuť PDF](https://example.sk/k8s.pdf)

        ## Meetup #22
        - Rečník: Eva Horváthová
        - Prednáška: Rust v prehliadači
        - Prezentácia: [Google Slides](https://docs.google.com/presentation/d/abc/edit)
        """
    )
    assert [(t.title, [p.name for p in t.speakers], len(t.slides)) for t in found] == [
        ("Kubernetes v praxi", ["Ján Novák"], 1),
        ("Rust v prehliadači", ["Eva Horváthová"], 1),
    ]
    # Two talks labelled so, each with its speaker: the second title is no deck of the first.
    two = talks(
        """
        ## Meetup #21
        - Talk: Kubernetes in practice
        - Speaker: Ann Lee
        - Talk: [Rust in the browser](https://example.org/rust-in-the-browser)
        - Speaker: Bo Lind

        ## Meetup #22
        - Talk: Queues
        - Speaker: Cy Moe
        """
    )
    assert all(t.title != "Kubernetes in practice" for t in two)


def test_an_acronym_before_a_colon_is_a_titles_word() -> None:
    found = talks(
        """
        # Linux User Group - talks 2031
        - KDE: What's New in Plasma - Ida Brandt - [slides](https://speakerdeck.com/ib/plasma)
        - GNOME: Extensions Without Tears - Olu Mensah - [slides](https://speakerdeck.com/om/gnome)
        """
    )
    assert [t.title for t in found] == [
        "KDE: What's New in Plasma",
        "GNOME: Extensions Without Tears",
    ]


def test_labels_in_other_languages_and_the_site_own() -> None:
    text = """
        ## Parser von Hand

        Referentin: Ada Vos
        Folien: [PDF](https://example.org/parser.pdf)

        ## Files d'attente

        Intervenant : Bo Lind
        Vidéo : https://youtu.be/jjjjjjjjjjj

        ## 構文解析

        登壇者：佐藤 花子
        スライド：https://speakerdeck.com/hanako/parsing
        """
    found = talks(text)
    assert [[p.name for p in t.speakers] for t in found] == [
        ["Ada Vos"],
        ["Bo Lind"],
        ["佐藤 花子"],
    ]
    assert [media(t) for t in found][:2] == [["https://example.org/parser.pdf"], ["jjjjjjjjjjj"]]
    assert media(found[2]) == ["hanako/parsing"]
    # A site adds its own words with `labels:`.
    custom = talks(
        """
        ## Queues

        Vortragsperson: Bo Lind
        Unterlagen: https://speakerdeck.com/blind/queues

        ## Parsers

        Vortragsperson: Ada Vos
        Unterlagen: https://speakerdeck.com/avos/parsers
        """,
        labels=label_table({"speakers": ["Vortragsperson"], "slides": ["Unterlagen"]}),
    )
    assert [(people(t), media(t)) for t in custom] == [
        ([("Bo Lind", None)], ["blind/queues"]),
        ([("Ada Vos", None)], ["avos/parsers"]),
    ]


# -- Precision ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # running prose with a video
        "# Notes\n\nWe met and watched [a video](https://youtu.be/kkkkkkkkkkk) together.\n\n"
        "Then [another one](https://youtu.be/lllllllllll) with Ada Vos.\n",
        # a docs page: headings, a table of numbers, a nav list
        "# Guide\n\n## Install, Configure\n\nText.\n\n## Usage, Advanced\n\nText.\n\n"
        "| pages | speakers | with |\n| --- | --- | --- |\n| 50 | 715 | 1.2 |\n| 120 | 900 | 1.3 |\n\n"
        "- [Getting started](start.md)\n- [Reference](ref.md)\n",
        # a changelog
        "## 2.0\n\n- Faster builds\n- New theme\n\n## 1.0\n\n- First release\n",
        # a reference table: a column of names (languages, providers) beside one of text
        "| code | languages |\n| --- | --- |\n| en | English, German, Dutch |\n"
        "| fr | French, Portuguese |\n| ja | Japanese, Chinese |\n",
        "| Provider | URL forms |\n| --- | --- |\n| Speaker Deck | speakerdeck.com/<user>/<slug> |\n"
        "| SlideShare | slideshare.net/<user>/<slug> (a deck's page) |\n",
        # a team page: people, their profiles or pages, and what they do
        "# Team\n\n- [Ada Vos](https://github.com/avos): Engineering lead\n"
        "- [Bo Lind](https://github.com/blind): Design and docs\n",
        "# Team\n\n- [Ada Vos](../people/ada-vos.md): Engineering lead\n"
        "- [Bo Lind](../people/bo-lind.md): Design and docs\n",
        # a rota and a team page written like a program's lines: a strong name, where she
        # works, then what she does (a checklist or a profile is no talk's material)
        "# Rota\n\n08.00 **Ada Vos** (Ward Three). Morning round ([checklist](docs/r1.pdf))<br/>\n"
        "14.00 **Bo Lind** (Ward Five). Afternoon round ([checklist](docs/r2.pdf))<br/>\n",
        "# Team\n\n**Ada Vos** (Lumen). Runs the build farm ([profile](https://lumen.example/ada))<br/>\n"
        "**Bo Lind** (Nube). Writes the docs ([profile](https://lumen.example/bo))<br/>\n",
        "# Changelog\n\n09.10 **Release 2.1** (stable). Fixed the parser ([notes](n/2.1.pdf))<br/>\n"
        "10.02 **Release 2.2** (beta). Faster builds ([notes](n/2.2.pdf))<br/>\n",
        # a product list and a syllabus whose items read like a linked title, a dash and a
        # name, then two words in parentheses
        '# Products\n\n* ["Kite Mini"](https://shop.example.com/mini.pdf) - Datasheet (Blue Harbor)\n'
        '* ["Kite Max"](https://shop.example.com/max.pdf) - User Guide (Blue Harbor)\n',
        "# Syllabus\n\n## Week 1: Queues\n\nRequired reading:\n\n"
        '* ["The Quiet Queue"](https://example.edu/q.pdf) - Mara Quill (Blue Harbor)\n'
        '* ["Backpressure Basics"](https://example.edu/b.pdf) - Tom Reeve (Lumen Works)\n',
        # a team page and a blog whose sentences open with a linked name and a verb
        "# Team\n\n### Mara Quill\n\n[Mara Quill](https://maraquill.example.net/) talks to"
        " customers at Harbor HQ.\n\n### Tom Reeve\n\nLumenware engineers [Tom Reeve]"
        "(https://tomreeve.example.org/) and [Cy Park](https://cypark.example.org/) review"
        " every pull request.\n",
        "# Blog\n\n### Our new office\n\n[Mara Quill](https://maraquill.example.net/) at Harbor"
        " HQ shows the new office.\n\n![office](office.jpg)\n\n### Release 2.0\n\n[Tom Reeve]"
        "(https://tomreeve.example.org/) explains what changed in [the notes](https://example.org/n).\n",
        # HTML lists whose items hold a date, names and a heading: books read, a team, a
        # board's meetings with their chairs, releases, posts
        "<h2>Books we read</h2>\n<ul>\n  <li><span>May 2031 - </span> <span>Cal Newbury</span>"
        " <h4>Deep Focus</h4></li>\n\n  <li><span>April 2031 - </span> <span>Ana Lima / Rui Sá"
        "</span> <h4>Quiet Queues</h4></li>\n\n  <li><span>March 2031 - </span> <span>Bo Lind"
        "</span> <h4>Paper Kites</h4></li>\n</ul>\n",
        "<h2>Our team</h2>\n<ul>\n  <li><span>Since 2019 - </span> <span>Ana Lima</span>"
        " <h4>Maintainer</h4></li>\n\n  <li><span>Since 2020 - </span> <span>Rui Sá</span>"
        " <h4>Release manager</h4></li>\n\n  <li><span>Since 2021 - </span> <span>Bo Lind"
        "</span> <h4>Docs lead</h4></li>\n</ul>\n",
        "<h2>Past meetings</h2>\n<ul>\n  <li><span>May 2031 - </span> <span>Chair: Ana Lima"
        "</span> <h4>Budget review</h4></li>\n\n  <li><span>April 2031 - </span> <span>Chair:"
        " Rui Sá</span> <h4>Annual plan</h4></li>\n\n  <li><span>March 2031 - </span> <span>"
        "Chair: Bo Lind</span> <h4>Elections</h4></li>\n</ul>\n",
        "<h2>Releases</h2>\n<ul>\n  <li><span>May 2031 - </span> <span>Ana Lima</span>"
        " <h4>Version 2.1</h4></li>\n\n  <li><span>April 2031 - </span> <span>Rui Sá</span>"
        " <h4>Version 2.0</h4></li>\n</ul>\n",
        '<ul class="posts">\n  <li><span>May 2031 - </span> <span>Ana Lima</span> <h4>We moved'
        "</h4></li>\n\n  <li><span>April 2031 - </span> <span>Rui Sá</span> <h4>Hello world"
        "</h4></li>\n\n  <li><span>March 2031 - </span> <span>Bo Lind</span> <h4>Our first"
        " release</h4></li>\n</ul>\n",
        # lines with a byline, where she works, then more: a changelog, a reading list, a
        # team page
        "# Changelog\n\n## 2.1.0\n\n* Faster builds - Mara Quill (Lumenware)"
        " [#501](https://github.com/example/kite/pull/501)\n* New theme - Tom Reeve (Orange"
        " Leaf) [#502](https://github.com/example/kite/pull/502)\n",
        "# Reading list\n\n* Deep Focus - Cal Newbury (Lumen Press) - a classic\n* Quiet"
        " Queues - Ana Lima (Orange Leaf) - short and sweet\n* Paper Kites - Bo Lind (Blue"
        " Harbor) [buy](https://shop.example.com/kites)\n",
        "# Team\n\n* Maintainer - Mara Quill (Lumenware) since 2019\n* Release manager - Tom"
        " Reeve (Orange Leaf) since 2020\n* Docs lead - Cy Park (Lumenware)"
        " [profile](https://cypark.example.org/)\n",
        # a blog's list of posts and a reading list, dated after their bylines
        "# Posts\n\n- [We moved to queues](https://blog.example.org/queues) By Ada Vos - Mar"
        " 11, 2031.\n- [Kites in practice](https://blog.example.org/kites) By Bo Lind & Cy Moe"
        " - Apr 2, 2031.\n- [Quiet parsers](https://github.com/avos/parsers) By Ada Vos |"
        " 2030-10-05\n",
        "# Links\n\n- [Deep Focus](https://books.example.org/focus) by Cal Newbury - 2017\n"
        "- [Paper Kites](https://shop.example.com/kites) by Bo Lind — March 2015\n"
        "- Quiet Queues by Ana Lima - 2008\n",
        # a team page of person cards: a heading per person over their name, role and link
        "# Crew\n\n### Ada Vos\n<div>\n  <h3>Ada Vos</h3>\n  <p>Rooms and sponsors</p>\n"
        '  <a href="https://www.linkedin.com/in/avos/">profile</a>\n</div>\n\n'
        "### Bo Lind\n<div>\n  <h3>Bo Lind</h3>\n  <p>Sound and streams</p>\n</div>\n",
    ],
)
def test_pages_that_are_not_talk_lists_get_no_cards(text: str) -> None:
    assert talks(text) == []


def test_author_overrides() -> None:
    listing = """
        ## Ada's corner

        - Queues, Ada Vos
        - Parsers, Bo Lind
        """
    assert talks(listing) == []  # names alone, in items: not enough
    forced = talks("---\nroundup: {talks: items}\n---\n" + dedent(listing))
    assert [t.title for t in forced] == ["Queues", "Parsers"]
    marked = talks(
        f"""
        ## Queues, [Ada Vos]({LI}avos) {{: .not-talk }}

        <iframe src="https://www.youtube.com/embed/mmmmmmmmmmm"></iframe>

        ## Parsers, Bo Lind {{: .talk }}

        ## Graphs, [Cy Moe]({LI}cmoe)
        """
    )
    assert [t.title for t in marked] == ["Parsers", "Graphs"]
    off = "---\nroundup: false\n---\n" + dedent(
        f"## A, [Ada Vos]({LI}avos)\n\n## B, [Bo Lind]({LI}blind)\n"
    )
    assert talks(off) == []


# -- Traps (found by fuzzing) -----------------------------------------------------------------


def test_a_talk_inside_a_comment_is_not_published() -> None:
    found = talks(
        f"""
        ## A, [Ada Vos]({LI}avos/)

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        <!--
        ## Hidden, [Bo Lind]({LI}blind/)

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>
        -->

        ## C, [Cy Moe]({LI}cmoe/)

        Text <!-- <iframe src="https://www.youtube.com/embed/ddddddddddd"></iframe> --> here.
        """
    )
    assert [(t.title, media(t)) for t in found] == [("A", ["aaaaaaaaaaa"]), ("C", [])]


def test_windows_and_old_mac_line_endings_and_nul_read_as_plain_lines() -> None:
    page = (
        "## Tiny Parsers - [Ann Lee](https://ann.example.org/)\n\n"
        "[Slides](https://speakerdeck.com/ann/tiny-parsers)\n\n"
        "## Big Graphs - [Bo Lind](https://bo.example.org/)\n\n"
        "[Slides](https://speakerdeck.com/bo/big-graphs)\n"
    )
    read = [(t.title, t.line, people(t)) for t in talks(page)]
    assert len(read) == 2
    assert [(t.title, t.line, people(t)) for t in talks(page.replace("\n", "\r\n"))] == read
    assert [(t.title, t.line, people(t)) for t in talks(page.replace("\n", "\r"))] == read
    assert talks(page.replace("Tiny", "Ti\0ny"))[0].title == "Ti\ufffdny Parsers"


def test_code_stays_code() -> None:
    result = plan(
        f"""
        ## A, [Ada Vos]({LI}avos/)

        Use `<iframe src="https://www.youtube.com/embed/xxxxxxxxxxx"></iframe>` or
        `[Slides](https://speakerdeck.com/x/y)` or `https://youtu.be/xxxxxxxxxxx`.

            <iframe src="https://www.youtube.com/embed/yyyyyyyyyyy"></iframe>

        ```html
        <iframe src="https://www.youtube.com/embed/zzzzzzzzzzz"></iframe>
        ```

        ## B, [Bo Lind]({LI}blind/)
        """
    )
    assert [media(t.talk) for t in result.talks] == [[], []]
    assert result.diagnostics == ()


def test_a_div_with_markdown_around_the_talks_is_no_problem() -> None:
    result = plan(
        f"""
        <div markdown="1">

        ## A, [Ada Vos]({LI}avos/)

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        ## B, [Bo Lind]({LI}blind/)

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>

        </div>
        """
    )
    assert len(result.talks) == 2 and result.diagnostics == ()
    last = result.talks[1]
    assert (last.open_fix, last.close_fix) == ("", "")  # the page's </div> is not the card's


def test_a_div_around_each_talk_is_no_problem() -> None:
    page = f"""
        <div class="card" markdown>

        ## A, [Ada Vos]({LI}avos/)

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        </div>
        </div>

        <!-- the next year -->
        <div class="year"><span>2030</span></div>
        <div class="card" markdown>
        <div class="dot"></div>

        ## B, [Bo Lind]({LI}blind/)

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>

        </div>

        ## C, [Cy Moe]({LI}cmoe/)
        """
    result = plan(page)
    assert result.diagnostics == ()  # no warning about the cards' own tags
    first, second = result.talks[:2]
    assert (first.open_fix, first.close_fix, second.open_fix) == ("", "", "")
    assert first.end < dedent(page).lstrip("\n").index("2030")  # the page's, between cards


def test_a_link_after_a_talks_div_stays_in_the_talk() -> None:
    result = plan(
        f"""
        <div class="card" markdown>

        ## A, [Ada Vos]({LI}avos/)

        </div>
        <p><a href="https://speakerdeck.com/ada/queues">Slides</a></p>

        ## B, [Bo Lind]({LI}blind/)

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>
        """
    )
    first = result.talks[0]
    assert first.end > first.start and first.open_fix == "<div>\n"  # the link is the card's


def test_a_player_after_a_talks_div_stays_in_the_talk() -> None:
    result = plan(
        f"""
        <div markdown>

        ## A, [Ada Vos]({LI}avos/)

        </div>
        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        ## B, [Bo Lind]({LI}blind/)

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>
        """
    )
    assert [media(t.talk) for t in result.talks] == [["aaaaaaaaaaa"], ["bbbbbbbbbbb"]]
    assert len(result.diagnostics) == 1  # its </div> closes what opened before it


def test_a_linked_speaker_before_from_or_a_role_stays_the_speaker() -> None:
    found = talks(
        f"""
        ### Queues - [Ada Vos]({LI}avos/) from Lumen

        ### Parsers - [Bo Lind](https://bo.example.org/), Global Head of Sales at [Nube](https://nube.example)

        <iframe src="https://www.youtube.com/embed/nnnnnnnnnnn"></iframe>

        ### Types - [Cy Moe](https://cy.example.org/), Harbor Technical Institute at Oslo
        """
    )
    assert [(people(t), orgs(t)) for t in found] == [
        ([("Ada Vos", f"{LI}avos/")], ["Lumen"]),
        ([("Bo Lind", "https://bo.example.org/")], ["Nube"]),
        ([("Cy Moe", "https://cy.example.org/")], ["Harbor Technical Institute at Oslo"]),
    ]
    assert found[1].speakers[0].role == "Global Head of Sales"


def test_an_iframe_is_read_by_its_src_and_a_truncated_one_takes_nothing_else() -> None:
    result = plan(
        f"""
        ## A, [Ada Vos]({LI}avos/)

        <iframe srcdoc="<p>https://www.youtube.com/embed/wwwwwwwwwww</p>" src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        ## B, [Bo Lind]({LI}blind/)

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb" width="600" style="border:1px

        ## C, [Cy Moe]({LI}cmoe/)

        <iframe src="https://www.youtube.com/embed/ccccccccccc"></iframe>
        """
    )
    assert [media(t.talk) for t in result.talks] == [
        ["aaaaaaaaaaa"],
        ["bbbbbbbbbbb"],
        ["ccccccccccc"],
    ]
    assert [(d.line, d.message.split(":")[0]) for d in result.diagnostics] == [
        (7, "malformed embed")
    ]
    assert result.talks[1].removals == ()  # left as written


def test_character_references_in_html_are_read_as_the_browser_shows_them() -> None:
    (talk,) = talks(
        f"""
        <h2>Tom &amp; Jerry&#8217;s &#x2013; Cat &copy Mouse &nope; Live</h2>

        Speaker: [Ada Vos]({LI}avos/)

        <h2>Two</h2>

        Intro only.
        """,
        min_talks=1,
    )
    assert talk.title == "Tom & Jerry\u2019s \u2013 Cat \u00a9 Mouse &nope; Live"


def test_more_ways_of_writing_a_talks_line() -> None:
    found = talks(
        """
        ## [Ada Vos](https://www.linkedin.com/in/avos/): Queues at Scale

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        ## Apache Queues: An Introduction

        *by Bo Lind, Northwind*

        [Slides](https://speakerdeck.com/bl/queues) | [Video](https://youtu.be/bbbbbbbbbbb)

        ## Parsers by Hand

        Cy Moe · 📺 [YouTube](https://youtu.be/ccccccccccc)
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Queues at Scale", [("Ada Vos", "https://www.linkedin.com/in/avos/")], []),
        ("Apache Queues: An Introduction", [("Bo Lind", None)], ["Northwind"]),
        ("Parsers by Hand", [("Cy Moe", None)], []),
    ]
    items = talks(
        """
        1. **Queues at Scale** by Ada Vos — [video](https://youtu.be/aaaaaaaaaaa)
        2. Parsers by Hand - Bo Lind [[slides](https://speakerdeck.com/bl/parsers)]
        """
    )
    assert [(t.title, people(t)) for t in items] == [
        ("Queues at Scale", [("Ada Vos", None)]),
        ("Parsers by Hand", [("Bo Lind", None)]),
    ]


def test_strong_titles_agenda_breaks_and_speaker_columns() -> None:
    found = talks(
        """
        Our talks:

        **Queues at Scale** — Ada Vos ([slides](https://speakerdeck.com/av/queues))

        **Parsers by Hand** — Bo Lind ([video](https://youtu.be/bbbbbbbbbbb))

        ## 2019

        - **Tiny Tools** - Harbor Conf, Lucerne CH - [slides](https://speakerdeck.com/cm/tiny)
        - **Small Queues** - Lumen Camp, Boston MA - [video](https://youtu.be/ccccccccccc)
        - **Lean Images** ([video](https://youtu.be/ddddddddddd)) — Cy Moe, Harbor Conf 2019
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Queues at Scale", [("Ada Vos", None)]),
        ("Parsers by Hand", [("Bo Lind", None)]),
        ("Tiny Tools", []),  # an event and a place are nobody
        ("Small Queues", []),
        ("Lean Images", [("Cy Moe", None)]),  # her name, then the event she gave it at
    ]
    table = talks(
        """
        | Time | Title | Speakers |
        |---|---|---|
        | 9:00 | Queues in Practice | Vos, Lind, Moe |
        | 10:00 | Coffee | |
        | 10:30 | Parsers by Hand | Hart |
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in table] == [
        ("Queues in Practice", ["Vos", "Lind", "Moe"]),
        ("Parsers by Hand", ["Hart"]),
    ]


def test_a_list_of_repositories_is_no_list_of_talks() -> None:
    assert (
        talks(
            """
            - [Awesome speaking](https://github.com/someone/awesome-speaking)
            - [Conference tips](https://github.com/someone/conference-tips)
            """
        )
        == []
    )


def test_a_list_writes_its_affiliations_alike() -> None:
    found = talks(
        """
        - [Queues | Ada Vos, Lumen](https://youtu.be/aaaaaaaaaaa)
        - [Parsers | Bo Lind & Cy Moe, Lumen](https://youtu.be/bbbbbbbbbbb)
        - [Caches | Di Hart, Nube](https://youtu.be/ccccccccccc)
        - [Clusters | Ed Roe, Harbor Works](https://youtu.be/ddddddddddd)
        - [Tracing | Fay Lim, nube](https://youtu.be/eeeeeeeeeee)
        """
    )
    assert [([p.name for p in t.speakers], orgs(t)) for t in found] == [
        (["Ada Vos"], ["Lumen"]),
        (["Bo Lind", "Cy Moe"], ["Lumen"]),
        (["Di Hart"], ["Nube"]),
        (["Ed Roe"], ["Harbor Works"]),
        (["Fay Lim"], ["nube"]),
    ]


def test_a_name_after_everyone_else_is_where_they_work() -> None:
    found = talks(
        """
        ## Blue Harbor Summit 2031

        - [Queues](https://www.slideshare.net/harbor/queues) - Ada Vos, Blue Harbor
        - [Parsers](https://www.slideshare.net/harbor/parsers) - Bo Lind, Blue Harbor
        - [Caches](https://www.slideshare.net/harbor/caches) - Cy Moe, Blue Harbor
        - [Clusters](https://www.slideshare.net/harbor/clusters) - Di Hart, Ed Roe
        - [Tracing](https://www.slideshare.net/harbor/tracing) - Fay Lim, Ed Roe
        - [Kites](https://www.slideshare.net/harbor/kites) - Ed Roe, Gus Tam
        """
    )
    assert [([p.name for p in t.speakers], orgs(t)) for t in found] == [
        (["Ada Vos"], ["Blue Harbor"]),
        (["Bo Lind"], ["Blue Harbor"]),
        (["Cy Moe"], ["Blue Harbor"]),
        (["Di Hart", "Ed Roe"], []),  # twice last, once first: a speaker
        (["Fay Lim", "Ed Roe"], []),
        (["Ed Roe", "Gus Tam"], []),
    ]


def test_an_item_alone_under_its_heading_named_as_the_pages_items_are_is_a_talk() -> None:
    found = talks(
        f"""
        # Go Meetups

        ### Harbor Go 3.10.2031.
        - **Queues in Go**
        by [Ada Vos]({LI}avos/) ([slides](https://example.org/queues.pdf))

        ### Harbor Go 5.9.2031.
        - **Parsers by Hand**
        by Bo Lind

        ### Harbor Go 1.8.2031.
        - **Small Caches**
        by [Cy Moe]({LI}cmoe/)

        ### Harbor Go 2.7.2031.
        - **Tracing Basics**
        by [Di Hart]({LI}dhart/)

        # Reading later

        - Would recommend the talks by Ada Vos and Bo Lind, [notes](https://example.org/n/)
        - **Talks by:** Ada Vos and Cy Moe
        - **In Search of Understandable Consensus**
        by Di Hart and Ed Roe
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Queues in Go", ["Ada Vos"]),
        ("Parsers by Hand", ["Bo Lind"]),  # no profile: named as the others are
        ("Small Caches", ["Cy Moe"]),
        ("Tracing Basics", ["Di Hart"]),
    ]


def test_a_link_broken_over_two_lines_names_no_organization() -> None:
    found = talks(
        """
        -    [Quiet Queues at Scale]
             (https://speakerdeck.com/ann/quiet-queues) - Ada Vos, Bo Lind
        -    [Parsers by Hand](https://speakerdeck.com/bo/parsers) - Bo Lind
        """
    )
    assert all("://" not in o for t in found for o in orgs(t))


def test_a_co_speaker_always_last_stays_a_speaker() -> None:
    found = talks(
        """
        - [Queues](https://www.slideshare.net/lab/queues) - Ada Vos, Mira Holm
        - [Parsers](https://www.slideshare.net/lab/parsers) - Bo Lind, Mira Holm
        - [Caches](https://www.slideshare.net/lab/caches) - Cy Moe, Mira Holm
        - [Kites](https://www.slideshare.net/lab/kites) - Di Hart
        """
    )
    assert [[p.name for p in t.speakers] for t in found][:3] == [
        ["Ada Vos", "Mira Holm"],
        ["Bo Lind", "Mira Holm"],
        ["Cy Moe", "Mira Holm"],
    ]  # the page names her nowhere else: a supervisor, not a company


def test_a_table_without_column_names_is_read_by_what_its_columns_hold() -> None:
    result = plan(
        """
        # Lakeside meetups

        ## Spring Meetup - 2024 Apr 4 [:movie_camera:](https://www.youtube.com/playlist?list=PLx)

        | | | |
        | --- | --- | --- |
        | Caching & Queues Explained | [Ida Berg](../people/ida-berg.md) | |
        | [Typed Pipelines](https://youtu.be/aaaaaaaaaaa) | [Ola Nyqvist](../people/ola-nyqvist.md) | [:notebook:](https://speakerdeck.com/ola/typed) |
        | Rust, Zig, Go | [Per Holm](../people/per-holm.md) | [📺](https://youtu.be/bbbbbbbbbbb) |
        """
    )
    assert [t.talk.title for t in result.talks] == [
        "Caching & Queues Explained",
        "Typed Pipelines",
        "Rust, Zig, Go",
    ]
    assert [people(t.talk) for t in result.talks] == [
        [("Ida Berg", "../people/ida-berg.md")],
        [("Ola Nyqvist", "../people/ola-nyqvist.md")],
        [("Per Holm", "../people/per-holm.md")],
    ]
    assert [media(t.talk) for t in result.talks] == [
        [],
        ["aaaaaaaaaaa", "ola/typed"],
        ["bbbbbbbbbbb"],
    ]
    assert {t.talk.section for t in result.talks} == {"Spring Meetup - 2024 Apr 4"}


def test_a_dated_table_without_column_names_and_a_column_of_event_sites() -> None:
    page = """
        |   |   |   |
        | - | - | - |
        | 3 May 2024 | [Harbor Days](https://harbor.example/) | *Queues at Scale* |
        | 9 April 2024 | [Lumen Meetup](https://lumen.example/) | [*Parsers by Hand*](/talks/parsers/) |
        | 2 March 2024 | [Fjord Works](https://fjord.example/index.html) (internal) | [*Small Caches*](/talks/caches/) |
        | 20 June 2023 | [Tide Camp](https://tide.example/2023/camp) | *Sheep Counting* |
        """
    found = talks(page)
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Queues at Scale", [], []),
        ("Parsers by Hand", [], []),
        ("Small Caches", [], []),
        ("Sheep Counting", [], []),
    ]
    sites = talks(  # deep links, no event named: not a column of events
        """
        |   |   |   |
        | - | - | - |
        | 3 May 2024 | [Harbor notes](https://harbor.example/notes/1) | *Queues at Scale* |
        | 9 April 2024 | [Lumen notes](https://lumen.example/notes/2) | *Parsers by Hand* |
        | 2 March 2024 | [Fjord notes](https://fjord.example/notes/3) | *Small Caches* |
        """
    )
    assert sites == []


def test_a_row_of_blank_cells_spaces_a_table_and_continues_no_row() -> None:
    found = talks(
        """
        | Date | Event | Talk |
        | - | - | - |
        | 3 May 2024 | [Harbor Days](https://harbor.example/) | *Queues at Scale* |
        | 9 April 2024 | [Lumen Meetup](https://lumen.example/) | *Parsers by Hand* |
        | <br/> | | |
        | 20 June 2023 | [Tide Camp](https://tide.example/) | *Sheep Counting* |
        """
    )
    assert [t.title for t in found] == ["Queues at Scale", "Parsers by Hand", "Sheep Counting"]


def test_a_footnote_mark_is_no_word_of_a_title() -> None:
    found = talks(
        """
        | Date | Event | Talk |
        | - | - | - |
        | 3 May 2024 | [Harbor Days](https://harbor.example/) | *Queues at Scale*[^1] |
        | 9 April 2024 | [Lumen Meetup](https://lumen.example/) | *Parsers by Hand* |
        | 20 June 2023 | [Tide Camp](https://tide.example/) | *Sheep Counting*[^note] |

        [^1]: A lightning talk.
        [^note]: Given twice.
        """
    )
    assert [t.title for t in found] == ["Queues at Scale", "Parsers by Hand", "Sheep Counting"]


def test_rows_that_continue_a_dated_row_are_its_talks_in_the_heading_s_section() -> None:
    result = plan(
        """
        # Harbor Rust Meetup

        ## 2023

        | Date | Info |
        |----|----|
        | 2023-10-04 | Recording [Harbor Rust - October](https://youtu.be/harborocto1) |
        |            | Borrowing without tears by Ida Berg ([Slides](talks/borrow.pdf)) |
        |            | Async in practice ([Slides](talks/async.pdf)) by Ola Nyqvist |
        | 2023-06-07 | Recording [Harbor Rust - June](https://youtu.be/harborjune1) |
        |            | Macros 101 by Per Holm |
        |            | Zero-copy parsing by Ida Berg |
        """
    )
    assert [(t.talk.title, t.talk.line) for t in result.talks] == [
        ("Borrowing without tears", 8),
        ("Async in practice", 9),
        ("Macros 101", 11),
        ("Zero-copy parsing", 12),
    ]
    assert [[p.name for p in t.talk.speakers] for t in result.talks] == [
        ["Ida Berg"],
        ["Ola Nyqvist"],
        ["Per Holm"],
        ["Ida Berg"],
    ]
    # the meetup's own row groups its talks' rows, as a date's heading would: their section
    assert [t.talk.section for t in result.talks] == [
        "2023-10-04",
        "2023-10-04",
        "2023-06-07",
        "2023-06-07",
    ]


def test_a_schedule_with_its_abstracts_further_down_gives_each_talk_once() -> None:
    result = plan(
        """
        # Program

        ## Day one

        ### Morning

        * 9:00-9:40 Ada Vos   [__Queues at the Edge__](./ada-vos.pptx)
        * 9:40-10:20: Bo Lind  [__Fast Frames for Everyone__](slides/bo.pdf)
        * 10:20-10:40 Cy Moe   __Tracing without Tears__
        * 10:40-11:00 break

        # Abstracts

        ## Ada Vos

        __Title__: Queues at the edge of the network

        Queues everywhere, and what they cost.

        ## Cy Moe

        __Title__: Tracing Without Tears

        Spans, and the tears they save.

        ## Bo Lind

        __Title__: Rendering at sixty frames a second

        The abstract says it otherwise.
        """
    )
    assert [(t.talk.line, t.talk.title) for t in result.talks] == [
        (7, "Queues at the Edge"),
        (8, "Fast Frames for Everyone"),
        (9, "Tracing without Tears"),
    ]
    assert [people(t.talk) for t in result.talks] == [
        [("Ada Vos", None)],
        [("Bo Lind", None)],
        [("Cy Moe", None)],
    ]
    assert [[m.url for m in t.talk.slides] for t in result.talks] == [
        ["./ada-vos.pptx"],
        ["slides/bo.pdf"],
        [],
    ]
    assert {t.talk.section for t in result.talks} == {"Morning"}
    assert [n.line for n in result.notes if "again" in n.message] == [14, 20, 26]


def test_a_links_column_gives_the_media_it_labels_and_a_source_link_is_no_one() -> None:
    result = plan(
        """
        | Date | Topic | Location | Links |
        | --- | --- | --- | --- |
        | May 02 | Streams in Practice | [Lumen Meetup](https://lumen.example/) | [Slides](https://slides.com/ada/streams) / [Code](https://github.com/ada/streams) |
        | Apr 11 | Parsers by Hand | [Harbor Conf](https://harbor.example/) | [Repo](https://github.com/ada/parsers) |
        """
    )
    assert [(t.talk.title, media(t.talk)) for t in result.talks] == [
        ("Streams in Practice", ["ada/streams"]),
        ("Parsers by Hand", []),
    ]
    (talk, _) = talks(
        f"""
        ## Fast Frames by [Bo Lind]({LI}blind/) ([Slides](https://speakerdeck.com/bo/frames)) ([Source](https://github.com/bo/frames))

        ## Parsers, [Ada Vos]({LI}avos/)
        """
    )
    assert (talk.title, talk.organizations, media(talk)) == ("Fast Frames", (), ["bo/frames"])


def test_past_talks_holds_talks_without_media_and_over_them_all_is_no_section() -> None:
    """``# Past Talks`` says its items are talks, media or not; over every talk of the page
    it wraps them all (beside ``# Upcoming Talks`` that holds talks, it is their time)."""
    result = plan(
        """
        ## Hot topics

        - Queues
        - Caches

        # Past Talks

        ## Streams in Practice (June 2031)

        - Slides at [SlideShare](https://www.slideshare.net/ada/streams)

        ## Parsers by Hand (May 2031)

        I was invited to show how parsers are written by hand.

        - Event: [Harbor Meetup](https://www.meetup.com/harbor/)
        """
    )
    assert [(t.talk.title, t.talk.section) for t in result.talks] == [
        ("Streams in Practice", None),
        ("Parsers by Hand", None),
    ]
    both = plan(
        """
        # Upcoming Talks

        ## Tides and Queues (July 2031)

        - Slides at [SlideShare](https://www.slideshare.net/ada/tides)

        # Past Talks

        ## Streams in Practice (June 2031)

        - Slides at [SlideShare](https://www.slideshare.net/ada/streams)
        """
    )
    assert [t.talk.section for t in both.talks] == ["Upcoming Talks", "Past Talks"]
    mine = plan(
        """
        ## My past talks

        - [Streams in Practice](https://speakerdeck.com/ada/streams) - Harbor Days 2031
        - [Parsers by Hand](https://speakerdeck.com/ada/parsers) - Lumen Meetup 2030
        """
    )
    assert [t.talk.section for t in mine.talks] == [None, None]  # whose, over every talk


def test_a_breadcrumb_to_talks_under_a_day_is_that_days_section() -> None:
    result = plan(
        """
        # Harbor Summit

        ## Day 1 > Talks

        - [Routing at Sea](https://example.org/r.pdf) - Ann Lee

        ## Day 2 > Talks

        - [Memory Arenas](https://example.org/m.pdf) - Bo Lind
        """
    )
    assert [t.talk.section for t in result.talks] == ["Day 1 > Talks", "Day 2 > Talks"]


@pytest.mark.parametrize("title", ["Stream Lore > Talks", "Stream Lore » Presentations"])
def test_a_page_titled_by_a_breadcrumb_to_talks_has_no_section(title: str) -> None:
    result = plan(
        f"""
        # {title}

        - **Streams in Practice** _by Ann Lee_ - [video](https://youtu.be/aaaaaaaaaaa)
        - **Parsers by Hand** _by Bo Lind_ - [video](https://youtu.be/bbbbbbbbbbb)

        # Contributing

        Send a pull request.
        """
    )
    assert [(t.talk.title, t.talk.section) for t in result.talks] == [
        ("Streams in Practice", None),
        ("Parsers by Hand", None),
    ]


def test_a_summary_heading_over_a_list_of_talks_is_no_section() -> None:
    found = talks(
        """
        ---
        title: Lightning Talks
        ---

        ## Inscription

        [Meetup](https://www.meetup.com/harbor-python/events/307014754/)

        ## Résumé

        Rendez-vous à 19h.

        **Liste des présentations :**

        - *Notebooks paramétrés avec papermill* par [Rosa Prado](https://www.linkedin.com/in/rprado/)
        - *Bonnes pratiques de logging* par [Tom Berg](https://www.linkedin.com/in/tberg/)

        ## Présentations

        ### Notebooks paramétrés avec papermill par [Rosa Prado](https://www.linkedin.com/in/rprado/)

        <iframe src="https://speakerdeck.com/player/b7f854b3a150430083b3283950923aca"></iframe>
        """
    )
    assert [(t.title, t.section) for t in found][-2:] == [
        ("Bonnes pratiques de logging", None),
        ("Notebooks paramétrés avec papermill", None),
    ]


@pytest.mark.parametrize(
    "wrapper",
    [
        "Table of talks given",
        "Tabla de charlas realizadas",
        "Lectures:",
        "Webinars",
        "Program Schedule",
        "Inhalte und Vortragende:",
        "Charlas y ponentes",
        "Talks & Presentations",
        "Talks and Demos",
    ],
)
def test_a_heading_of_generic_words_around_talks_is_no_section(wrapper: str) -> None:
    result = plan(
        f"""
        # Ada Vos

        ## {wrapper}

        | Event | Title | Recording |
        | --- | --- | --- |
        | Harbor Conf | Streams in Practice | [Video](https://youtu.be/aaaaaaaaaaa) |
        | Lumen Meetup | Parsers by Hand | [Video](https://youtu.be/bbbbbbbbbbb) |

        ## Further reading

        1. [Why queues matter](https://blog.example.org/queues), on the Harbor blog
        2. [Parsing at speed](https://blog.example.org/parsing), on the Harbor blog
        """
    )
    assert [(t.talk.title, t.talk.section) for t in result.talks] == [
        ("Streams in Practice", None),
        ("Parsers by Hand", None),
    ]


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("Harbor Talks", None),  # the project's talks: every talk of the page
        ("Past Harbor talks", None),
        ("Communications orales", None),
        ("Lightning Talks", "Lightning Talks"),  # which talks
        ("Day 1 Sessions", "Day 1 Sessions"),  # when
        ("Recorded talks", "Recorded talks"),
    ],
)
def test_a_heading_that_names_whose_talks_all_talks_are_is_no_section(
    heading: str, section: str | None
) -> None:
    result = plan(
        f"""
        # Ada Vos

        ## {heading}

        ### Streams in Practice - Ada Vos

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        ### Parsers by Hand - Bo Lind

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>
        """
    )
    assert [t.talk.section for t in result.talks] == [section, section]


def test_a_talks_heading_beside_a_chapters_other_parts_is_no_section() -> None:
    page = """
        # Lantern working group

        ## {chapter}

        ### Highlights

        We shipped two releases.

        ### Talks

        - Lanterns at Scale
          - Speakers: Ida Brandt and Olu Mensah
          - [Recording](https://www.youtube.com/watch?v=Lq3Wm8Rt2Ze)
        - Wicks and Wax
          - Speakers: Pia Holm
          - [Recording](https://www.youtube.com/watch?v=Kp4Vn7Xs1Yb)
        """
    found = talks(page.format(chapter="Current work and health"))
    assert [(t.title, t.section, people(t), media(t)) for t in found] == [
        ("Lanterns at Scale", None, [("Ida Brandt", None), ("Olu Mensah", None)], ["Lq3Wm8Rt2Ze"]),
        ("Wicks and Wax", None, [("Pia Holm", None)], ["Kp4Vn7Xs1Yb"]),
    ]
    linked = talks(page.format(chapter="[Current work](https://lantern.example/work/)"))
    assert [t.section for t in linked] == [None, None]  # a link's own number is no year
    # a year's or a meeting's group keeps its name, as does an event's named by its word
    assert [t.section for t in talks(page.format(chapter="2031"))] == ["2031", "2031"]
    for event in ("Kettle Days Fenwick", "Lantern Summit", "Wick Meetup"):
        assert [t.section for t in talks(page.format(chapter=event))] == [event, event]


def test_a_heading_that_labels_a_field_or_names_the_program_is_no_section() -> None:
    result = plan(
        """
        ## 11° Encontro

        ### Local
        **Harbor Hall**

        | Atividades | Palestrantes |
        |---|---|
        | [Otimização em C](https://speakerdeck.com/dq/otimizacao) | Daniel Quadros |
        | [Problemas Intratáveis](https://speakerdeck.com/fg/problemas) | Fabio Galuppo |

        ## 12° Encontro

        ### Programação

        | Atividades | Palestrantes |
        |---|---|
        | [Usando MVC](https://speakerdeck.com/ab/mvc) | Ana Borges |
        | [TCP assíncrono](https://speakerdeck.com/cd/tcp) | Caio Dias |
        """
    )
    assert [t.talk.section for t in result.talks] == ["11° Encontro"] * 2 + ["12° Encontro"] * 2


def test_a_line_whose_other_links_are_asides_is_read_as_its_one_link() -> None:
    result = plan(
        """
        ## Watched

        - [Inventing on Purpose - Ada Vos (2019)](https://www.youtube.com/watch?v=aaaaaaaaaaa) - [Transcript](https://example.org/t.pdf)
        - [Queues at Scale - Cy Moe](https://www.youtube.com/watch?v=ccccccccccc)
        """
    )
    assert [(t.talk.title, people(t.talk), media(t.talk)) for t in result.talks] == [
        ("Inventing on Purpose", [("Ada Vos", None)], ["aaaaaaaaaaa"]),
        ("Queues at Scale", [("Cy Moe", None)], ["ccccccccccc"]),
    ]


def test_a_dated_list_of_events_with_bracketed_media_labels() -> None:
    result = plan(
        """
        ## Past {#past}

        * 2019-04, **Harbor Conf**: [[slides]](https://speakerdeck.com/ada/harbor) [[video]](https://youtu.be/aaaaaaaaaaa)
        * 2018-02, **Lumen Days**: [[slides]](https://speakerdeck.com/ada/lumen) [[WebM]](https://video.lumen.example/2018/talk.webm)
        """
    )
    assert [(t.talk.title, t.talk.section, t.talk.speakers) for t in result.talks] == [
        ("Harbor Conf", "Past", ()),
        ("Lumen Days", "Past", ()),
    ]
    assert [sorted(media(t.talk)) for t in result.talks] == [
        ["aaaaaaaaaaa", "ada/harbor"],
        ["ada/lumen", "https://video.lumen.example/2018/talk.webm"],
    ]


def test_top_headings_that_repeat_are_sections_not_the_page_title() -> None:
    result = plan(
        """
        # 2019
        - **Queues at Scale** - Harbor Conf - [video](https://youtu.be/aaaaaaaaaaa)

        # 2018
        - **Parsers by Hand** - Lumen Days - [slides](https://speakerdeck.com/ada/parsers)
        """
    )
    assert [(t.talk.title, t.talk.section) for t in result.talks] == [
        ("Queues at Scale", "2019"),
        ("Parsers by Hand", "2018"),
    ]


def test_an_events_line_that_names_no_talk_is_the_title_as_written() -> None:
    result = plan(
        """
        ## 2024

        - <a href="https://www.meetup.com/harbor/events/1/">March 3rd @ Northwind ft., Ada Vos</a>
          — <a href="https://files.example.org/d/queues">📖</a>
        - [May 5th at Lumen feat. Bo Lind](https://www.meetup.com/harbor/events/2/) — [📖](https://files.example.org/d/parsers)
        - June 9th @ Harbor Hall ft., Cy Moe — [slides](https://speakerdeck.com/cy/tests)
        - Queues at Scale ft. Di Ray — [slides](https://speakerdeck.com/di/queues)
        """
    )
    assert [(t.talk.title, people(t.talk), media(t.talk)) for t in result.talks] == [
        (
            "March 3rd @ Northwind ft., Ada Vos",
            [("Ada Vos", None)],
            ["https://files.example.org/d/queues"],
        ),
        (
            "May 5th at Lumen feat. Bo Lind",
            [("Bo Lind", None)],
            ["https://files.example.org/d/parsers"],
        ),
        ("June 9th @ Harbor Hall ft., Cy Moe", [("Cy Moe", None)], ["cy/tests"]),
        ("Queues at Scale", [("Di Ray", None)], ["di/queues"]),
    ]


def test_a_title_links_asides_and_final_period_are_not_its_words() -> None:
    found = talks(
        """
        - [Queues at Scale - Ada Vos (2019)](https://youtu.be/aaaaaaaaaaa) - [Transcript](https://ada.example.org/queues.pdf). ([HN](https://news.example.org/item?id=1))
        - [Parsers by Hand - Bo Lind (2020)](https://youtu.be/bbbbbbbbbbb) - [Discussion](https://forum.example.org/t/2).
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("Queues at Scale", [("Ada Vos", None)], ["aaaaaaaaaaa"]),
        ("Parsers by Hand", [("Bo Lind", None)], ["bbbbbbbbbbb"]),
    ]


def test_a_players_link_text_names_its_speaker_after_by_a_books_does_not() -> None:
    found = talks(
        """
        - [Queues at Scale by Ada Vos (2019)](https://youtu.be/aaaaaaaaaaa)
        - [Parsers by Hand - Bo Lind](https://youtu.be/bbbbbbbbbbb)
        - [Speaking in Public by Cy Moe](https://book.example.org/)
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("Queues at Scale", [("Ada Vos", None)], ["aaaaaaaaaaa"]),
        ("Parsers by Hand", [("Bo Lind", None)], ["bbbbbbbbbbb"]),
    ]


def test_a_files_link_is_material_and_a_players_aside_is_media() -> None:
    found = talks(
        """
        | Date | Talk |
        |------|------|
        | 2024-05-02 | Queues at Scale by Ada Vos and Bo Lind ([Rust Code](/files/2024/queues/main.rs)) |
        | 2024-06-06 | Parsers by Hand by Cy Moe ([Slides](https://speakerdeck.com/cy/parsers)) ([Code](https://github.com/cy/parsers)) ([Demo](https://youtu.be/ccccccccccc)) |
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Queues at Scale", [("Ada Vos", None), ("Bo Lind", None)], []),
        ("Parsers by Hand", [("Cy Moe", None)], []),
    ]
    assert sorted(media(found[1])) == ["ccccccccccc", "cy/parsers"]


def test_a_column_of_talks_names_its_people_and_a_list_of_words_is_a_title() -> None:
    found = talks(
        """
        | Date | Talk |
        |------|------|
        | 2024-06-06 | Parsers by Hand by Cy Moe ([Slides](https://speakerdeck.com/cy/parsers)) |
        | 2024-07-04 | Caching, Queues and Logs ([Slides](https://speakerdeck.com/cy/caching)) |
        | 2024-08-01 | [Small Models](https://github.com/cy/talks/tree/main/small-models) |
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Parsers by Hand", [("Cy Moe", None)], []),
        ("Caching, Queues and Logs", [], []),
        ("Small Models", [], []),
    ]
    assert [media(t) for t in found] == [
        ["cy/parsers"],
        ["cy/caching"],
        ["https://github.com/cy/talks/tree/main/small-models"],
    ]


def test_links_that_say_in_french_or_spanish_what_they_link_are_the_talks_media() -> None:
    found = talks(
        """
        # Conférences

        ## Les files d'attente tranquilles

        * **Orateur** : Ada Vos
        * 📺 [Voir la vidéo de la présentation](https://www.youtube.com/watch?v=abcdefghijk)
        * 📄 [Consulter les slides (PDF)](https://example.org/files/files.pdf)

        ## Los analizadores a mano

        * **Ponente**: Bo Lind
        * [Ver el vídeo](https://www.youtube.com/watch?v=bbcdefghijk)
        * [La vidéo de la semaine](https://example.org/semaine/)
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Les files d'attente tranquilles", ["abcdefghijk", "https://example.org/files/files.pdf"]),
        ("Los analizadores a mano", ["bbcdefghijk"]),
    ]


def test_a_slides_com_deck_is_a_deck() -> None:
    found = talks(
        """
        **Talks:**

        [Queues at Scale](http://slides.com/ann/queues-at-scale#/)

        [Parsers](https://slides.com/bo/parsers/embed?style=light)

        [Small Caches](https://speakerdeck.com/cy/caches)
        """
    )
    decks = [(t.title, [(m.provider, m.url, m.embed_url) for m in t.slides]) for t in found]
    assert decks[:2] == [
        (
            "Queues at Scale",
            [
                (
                    "slides-com",
                    "http://slides.com/ann/queues-at-scale#/",
                    "https://slides.com/ann/queues-at-scale/embed",
                )
            ],
        ),
        (
            "Parsers",
            [
                (
                    "slides-com",
                    "https://slides.com/bo/parsers/embed?style=light",
                    "https://slides.com/bo/parsers/embed",
                )
            ],
        ),
    ]


def test_a_link_whose_target_has_spaces_is_read_as_python_markdown_shows_it() -> None:
    found = talks(
        """
        - Queues at Scale by Ada Vos ([Slides](/files/2024/Queues - Part 1.pdf))
        - Parsers by Hand by Bo Lind ([Slides](/files/2024/parsers.pdf))
        - `[Slides](/files/not a link.pdf)` Tests by Cy Moe ([Slides](/files/2024/tests.pdf))
        - Small Caches by Di Hart ([Slides](
            /files/2024/Small Caches.pdf
          ))
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Queues at Scale", ["/files/2024/Queues - Part 1.pdf"]),
        ("Parsers by Hand", ["/files/2024/parsers.pdf"]),
        ("[Slides](/files/not a link.pdf) Tests", ["/files/2024/tests.pdf"]),
        ("Small Caches", ["/files/2024/Small Caches.pdf"]),  # its target on the next line
    ]


def test_one_word_names_in_parentheses_beside_items_that_name_speakers_so() -> None:
    found = talks(
        """
        ## Meetup 3

        - [Queues at Scale](https://github.com/harbor/meetup/tree/main/3/queues) (Ada)
        - [Parsers by Hand](https://github.com/harbor/meetup/tree/main/3/parsers) (Bo Lind)
        - [Small Models](https://github.com/harbor/meetup/tree/main/3/models) (Cyra, Eli e Joan)
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Queues at Scale", ["Ada"]),
        ("Parsers by Hand", ["Bo Lind"]),
        ("Small Models", ["Cyra", "Eli", "Joan"]),
    ]
    alone = talks(
        """
        - [The Cluster API provider](https://github.com/harbor/capi) (CAPI)
        - [Queues at Scale](https://github.com/harbor/queues) (Ada)
        - [Parsers by Hand](https://youtu.be/bbbbbbbbbbb) - Bo Lind
        - [Small Models](https://youtu.be/ccccccccccc) - Cy Moe
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in alone] == [
        ("Parsers by Hand", ["Bo Lind"]),
        ("Small Models", ["Cy Moe"]),
    ]


def test_a_program_table_and_its_abstracts_are_each_talk_once() -> None:
    result = plan(
        """
        ## Program

        | Time | Title | Speaker |
        |------|-------|---------|
        | 10:30 | Queues at Scale | Vos, Lind |
        | 11:00 | Parsers by Hand | Moe |
        | 11:30 | Small Models | Ray |

        ## Abstracts

        #### Queues at Scale: Backpressure in Practice
        #### [Ada Vos](mailto:ada@lumen.example.org) (Lumen University, Oslo)
        #### [Bo Lind](https://bo.example.org/) (Northwind, Bergen)

        How queues behave when every consumer is slow.

        #### Parsers by Hand
        #### Cy Moe (Harbor Institute)

        Writing a parser without a generator.
        """
    )
    found = [t.talk for t in result.talks]
    assert [(t.title, people(t), orgs(t), t.section) for t in found] == [
        ("Small Models", [("Ray", None)], [], None),
        (
            "Queues at Scale: Backpressure in Practice",
            [("Ada Vos", "mailto:ada@lumen.example.org"), ("Bo Lind", "https://bo.example.org/")],
            ["Lumen University, Oslo", "Northwind, Bergen"],
            None,
        ),
        ("Parsers by Hand", [("Cy Moe", None)], ["Harbor Institute"], None),
    ]
    assert [t.abstract for t in found[1:]] == [
        "How queues behave when every consumer is slow.",
        "Writing a parser without a generator.",
    ]


def test_a_byline_heading_names_the_event_without_its_year_levels_below_the_title() -> None:
    found = talks(
        """
        ---
        title: Our talks from 2031
        ---

        # Tiling rivers for everyone

        ### Ida Brandt, Harbor Summit, Oslo

        Ida shows how the tiles are cut.

        # Open ferries

        ### Kai Berg, QCon Bergen

        <iframe src="https://www.youtube.com/embed/ferryferry1"></iframe>
        """
    )
    assert [(t.title, [p.name for p in t.speakers], orgs(t), media(t)) for t in found] == [
        ("Tiling rivers for everyone", ["Ida Brandt"], [], []),
        ("Open ferries", ["Kai Berg"], [], ["ferryferry1"]),
    ]


def test_a_sub_heading_of_people_then_where_and_when_is_the_talks_byline() -> None:
    found = talks(
        """
        ## Talks on tiling

        ### Tiling rivers for everyone

        #### Ida Brandt and Olu Mensah, Fjord Lab, Harbor Summit, Oslo 2031

        <iframe src="https://www.youtube.com/embed/riverriver1"></iframe>

        ### Open ferries

        #### Kai Berg, Lumen Corp, Bergen 2030

        <iframe src="https://www.youtube.com/embed/ferryferry1"></iframe>
        """
    )
    assert [(t.title, [p.name for p in t.speakers], orgs(t), media(t)) for t in found] == [
        (
            "Tiling rivers for everyone",
            ["Ida Brandt", "Olu Mensah"],
            ["Fjord Lab"],
            ["riverriver1"],
        ),
        ("Open ferries", ["Kai Berg"], ["Lumen Corp"], ["ferryferry1"]),
    ]
    # under an event's heading, the sub-heading is a talk's title
    program = talks(
        """
        ## Talks

        ### Harbor Summit 2031

        #### Tiling rivers for everyone

        Ida Brandt, Fjord Lab

        <iframe src="https://www.youtube.com/embed/riverriver1"></iframe>

        #### Open ferries

        Kai Berg, Lumen Works

        <iframe src="https://www.youtube.com/embed/ferryferry1"></iframe>
        """
    )
    assert [(t.title, t.section) for t in program] == [
        ("Tiling rivers for everyone", "Harbor Summit 2031"),
        ("Open ferries", "Harbor Summit 2031"),
    ]


def test_titles_given_at_linked_events_are_talks_when_they_repeat() -> None:
    found = talks(
        """
        | Datum | Termin |
        |-------|--------|
        | 2026-03-02 | Queues at Scale im Alltag bei der [Harbor Konferenz](https://harbor.example.org/) |
        | 2026-04-14 | [Parsers by Hand](https://lumen.example.org/program/12) beim [Lumen Tag](https://lumen.example.org/) |
        | 2026-05-20 | Small Models, Big Tests mit Ada Vos and Bo Lind bei den [Nordtagen](https://nord.example.org/) |
        | 2026-06-01 | [Architektur-Training](https://training.example.org/arch) Hannover |
        """
    )
    assert [(t.title, people(t), t.organizations) for t in found] == [
        ("Queues at Scale im Alltag", [], ()),
        ("Parsers by Hand", [], ()),
        ("Small Models, Big Tests", [("Ada Vos", None), ("Bo Lind", None)], ()),
        ("Architektur-Training Hannover", [], ()),
    ]
    assert [
        t.title
        for t in talks(
            """
        | Date | Entry |
        |------|-------|
        | 2026-03-02 | Queues at Scale im Alltag bei der [Harbor Konferenz](https://harbor.example.org/) |
        | 2026-04-14 | [Parsers by Hand](https://lumen.example.org/program/12) beim [Lumen Tag](https://lumen.example.org/) |
        | 2026-05-20 | Small Models and Big Tests at [Nordtage](https://nord.example.org/) |
        | 2026-06-01 | Holiday |
        | 2026-06-02 | Moving house |
        | 2026-06-03 | Office hours |
        | 2026-06-04 | Release day |
        """
        )
    ] == []  # three of seven: no calendar of talks
    assert (
        talks(
            """
            ## We handed out stickers at [Harbor Conf](https://harbor.example.org/)

            ## We ran the coffee stand at [Lumen Days](https://lumen.example.org/)

            ## We hosted the evening party at [Nord Days](https://nord.example.org/)
            """
        )
        == []
    )
    assert (
        talks(
            """
        - Speaker at [Harbor Conf](https://harbor.example.org/)
        - Ada Vos at [Northwind](https://northwind.example.org/)
        - Organizer of the month at [Lumen Meetup](https://lumen.example.org/)
        - Queues at Scale im Alltag bei der [Harbor Konferenz](https://harbor.example.org/)
        """
        )
        == []
    )


def test_a_kind_in_parentheses_after_a_linked_title() -> None:
    found = talks(
        """
        - [Teaching Python Well](https://github.com/harbor/meetup/tree/main/5/) (Mesa redonda)
        - [Parsers by Hand](https://github.com/harbor/meetup/tree/main/5/parsers) (Bo Lind)
        - [Small Models](https://youtu.be/ccccccccccc) (Round table)
        """
    )
    assert [(t.title, t.kind, media(t)) for t in found] == [
        ("Teaching Python Well", "panel", ["https://github.com/harbor/meetup/tree/main/5/"]),
        ("Parsers by Hand", "talk", ["https://github.com/harbor/meetup/tree/main/5/parsers"]),
        ("Small Models", "panel", ["ccccccccccc"]),
    ]


@pytest.mark.parametrize("kind", ["Keynote", "**Keynote**"])
def test_a_kind_before_a_colon_and_a_title_linked_to_its_page_is_no_event(kind: str) -> None:
    found = talks(
        f"""
        # Talks

        1. {kind}: [Subtyping and Laws](talks/03-laws.md) - Ann Lee
        1. [Learning to Love Queues](talks/04-queues.md) - Bo Chen
        1. [Sensors and Servos](talks/05-sensors.md) - Cy Moe
        """
    )
    assert [(t.title, t.kind, people(t)) for t in found] == [
        ("Subtyping and Laws", "keynote", [("Ann Lee", None)]),
        ("Learning to Love Queues", "talk", [("Bo Chen", None)]),
        ("Sensors and Servos", "talk", [("Cy Moe", None)]),
    ]


def test_remarks_in_parentheses_and_linked_titles_before_by() -> None:
    found = talks(
        """
        | Date | Info |
        |------|------|
        | 2024-05-02 | Queues at Scale by Ada Vos (remote from Oslo) ([Slides](https://speakerdeck.com/ada/queues)) |
        | 2024-06-06 | Parsers by Hand (no recording) by Bo Lind and Cy Moe |
        | 2024-07-04 | [Small](https://small.example.org/) + [Models](https://models.example.org/) by Di Ray |
        | 2024-08-01 | Reused slides [Big Tests](https://speakerdeck.com/eli/tests) by Eli Wu |
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Queues at Scale", [("Ada Vos", None)], []),
        ("Parsers by Hand", [("Bo Lind", None), ("Cy Moe", None)], []),
        ("Small + Models", [("Di Ray", None)], []),
        ("Reused slides Big Tests", [("Eli Wu", None)], []),
    ]
    assert media(found[3]) == ["eli/tests"]


def test_one_unlinked_word_after_a_full_name_is_no_speaker() -> None:
    found = talks(
        """
        - [Ada Vos - Queues (2018)](https://youtu.be/aaaaaaaaaaa)
        - [Parsers by Hand, Ravindra](https://youtu.be/bbbbbbbbbbb)
        - [Small Models - Cy Moe (2019)](https://youtu.be/ccccccccccc)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Ada Vos - Queues", []),
        ("Parsers by Hand", [("Ravindra", None)]),
        ("Small Models", [("Cy Moe", None)]),
    ]


def test_a_seminar_s_row_with_no_speaker_and_no_media_is_an_agenda_entry() -> None:
    found = talks(
        """
        | Date | Speaker | Topic |
        | ---- | ------- | ----- |
        | Mar 2 |  | Organizational meeting
        | Mar 9 | Ada Vos (Lumen) | Queues without tears
        | Mar 16 | Bo Lind | Parsing the harbor logs
        | Mar 23 |  | Spring break
        | Mar 30 |  | [Graphs in the small](https://speakerdeck.com/x/graphs)
        | Apr 6 | — | Reading week
        | Apr 13 | n/a | Exam week
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Queues without tears", [("Ada Vos", None)]),
        ("Parsing the harbor logs", [("Bo Lind", None)]),
        ("Graphs in the small", []),
    ]


def test_spanish_talks_keep_their_opening_marks_and_organizers_name_no_speaker() -> None:
    found = talks(
        """
        ### ¿Cómo publicar datos abiertos?
        **Organiza:** Universidad del Puerto, Programa de Datos Abiertos
        **Ponente:** Ana Lima

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        ### Mesa Redonda: Nuevas formas de publicar – Los Megarrevistas
        **Organiza:** Universidad del Puerto, Biblioteca Central

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>

        ### Dados abertos na prefeitura (Tradução Simultânea)
        **Organiza:** Universidad del Puerto

        <iframe src="https://www.youtube.com/embed/ccccccccccc"></iframe>
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("¿Cómo publicar datos abiertos?", [("Ana Lima", None)], []),
        ("Nuevas formas de publicar – Los Megarrevistas", [], []),
        ("Dados abertos na prefeitura (Tradução Simultânea)", [], []),
    ]


def test_a_topic_column_beside_a_title_column_links_the_talk_s_material() -> None:
    found = talks(
        """
        | Date | Title | Topic | Event |
        |------|-------|-------|-------|
        | 2031 May 2 | [Queues Without Tears](https://www.youtube.com/watch?v=aaaaaaaaaaa) | [queues](https://github.com/ada/talks/tree/main/queues) | [Harbor Conf](https://harbor.example/) |
        | 2031 Mar 9 | [Parsing the Harbor Logs](https://www.youtube.com/watch?v=bbbbbbbbbbb) | [parsers](https://github.com/ada/talks/tree/main/parsers) | [Fjord Days](https://fjord.example/) |
        """
    )
    assert [(t.title, sorted(m.kind for m in t.media)) for t in found] == [
        ("Queues Without Tears", ["slides", "video"]),
        ("Parsing the Harbor Logs", ["slides", "video"]),
    ]


def test_a_link_labelled_slides_and_code_is_slides_and_code_alone_is_none() -> None:
    found = talks(
        """
        ### Queues Without Tears

        - [Video](https://www.youtube.com/watch?v=aaaaaaaaaaa)
        - [Slides and Code](https://github.com/ada/talks/tree/main/queues)

        ### Parsing the Harbor Logs

        - [Video](https://www.youtube.com/watch?v=bbbbbbbbbbb)
        - [Code](https://github.com/ada/parsers)
        """
    )
    assert [(t.title, sorted(m.kind for m in t.media)) for t in found] == [
        ("Queues Without Tears", ["slides", "video"]),
        ("Parsing the Harbor Logs", ["video"]),
    ]


def test_a_workshop_schedule_of_sessions_and_linked_papers_with_their_authors() -> None:
    found = talks(
        """
        | Time | Title |
        |:----:|:------|
        | 9:00 | Opening Remarks |
        | 9:05 | **Keynote**: [Ada Vos – *Kites in the Wind*](#ada-vos) |
        | 10:05 | **Session 1** |
        |  | [*Small Queues*](papers/p1.pdf). Bo Lind and Cy Moe. |
        |  | [*Lazy Graphs*](papers/p2.pdf). Di Hart, Eli Park and Fay Lu. |
        | 10:35 | Coffee break |
        | 11:00 | **Session 2: Parsing** |
        |  | [*Tiny Parsers*](papers/p3.pdf). Gil Ruiz. |
        | 12:30 | Lunch |
        | 17:00 | **Closing remarks, discussion** |
        """
    )
    keynote, *papers = found
    assert keynote.kind == "keynote" and "Kites in the Wind" in keynote.title  # not "Keynote"
    assert [(t.title, t.kind, people(t), t.section) for t in papers] == [
        ("Small Queues", "talk", [("Bo Lind", None), ("Cy Moe", None)], "Session 1"),
        (
            "Lazy Graphs",
            "talk",
            [("Di Hart", None), ("Eli Park", None), ("Fay Lu", None)],
            "Session 1",
        ),
        ("Tiny Parsers", "talk", [("Gil Ruiz", None)], "Session 2: Parsing"),
    ]


def test_what_the_review_of_the_day_s_rules_found_reads_as_a_careful_reader_does() -> None:
    # a title may end with "design": its "by" names the speaker
    found = talks(
        """
        - Inclusive API design by Maya Ortez ([slides](s/api.pdf))
        - Tests as documentation by Orin Kale ([slides](s/tests.pdf))
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Inclusive API design", [("Maya Ortez", None)]),
        ("Tests as documentation", [("Orin Kale", None)]),
    ]
    # a server's key files are no decks
    for page in (
        """
        | Name | Area | Key |
        |---|---|---|
        | Orla Fenwick | parser | [key](keys/orla.key) |
        | Bastian Quill | docs | [key](keys/bastian.key) |
        """,
    ):
        assert talks(page) == []
    # beside people's job titles, a column of topics holds the talks' titles
    found = talks(
        """
        | Name | Title | Topic |
        |---|---|---|
        | Ada Voss | Staff Engineer, Lumen | Queues without tears |
        | Bo Lindqvist | CTO, Harbor Labs | Parsing the harbor logs |
        """
    )
    assert [t.title for t in found] == ["Queues without tears", "Parsing the harbor logs"]
    # "Organiza:" names no one, and the recording after it is the talk's; "de Los" is a
    # particle of a name
    found = talks(
        """
        ### Ciencia abierta

        Ponente: Ana Ruiz. Organiza: Biblioteca de Lumen. [Vídeo](https://youtu.be/aaaaaaaaaaa)

        ### Rust para principiantes

        Ponente: Carlos de Los Santos. Organiza: Grupo Harbor. [Vídeo](https://youtu.be/bbbbbbbbbbb)
        """
    )
    assert [(t.title, people(t), [m.kind for m in t.media]) for t in found] == [
        ("Ciencia abierta", [("Ana Ruiz", None)], ["video"]),
        ("Rust para principiantes", [("Carlos de Los Santos", None)], ["video"]),
    ]


def test_a_table_of_talks_its_authors_and_rows_that_are_no_talk_yet() -> None:
    found = talks(
        """
        ### Nos présentations

        | Sujet | Auteur | Lien |
        |-------|--------|------|
        | Queues | Ada | [slides](https://speakerdeck.com/ada/queues) |
        | Parsers | 林小雨 | `void :(` |
        | `N/A` | Bo | `void :(` |
        | TBD | Cy | |
        """
    )
    assert [(t.title, people(t), t.section) for t in found] == [
        ("Queues", [("Ada", None)], None),
        ("Parsers", [("林小雨", None)], None),
    ]
    assert (
        talks(
            """
            | Topic | Description |
            |-------|-------------|
            | Queues | https://queues.example.org/ |
            | Parsers | Writing them by hand |
            | Caching | Where it helps |
            """
        )
        == []
    )


def test_a_dated_item_with_its_linked_speaker_first() -> None:
    found = talks(
        """
        * 2019-03-28 - [Ada Vos](https://github.com/avos) - Queues at Scale: a field guide
          ([video](https://www.youtube.com/watch?v=aaaaaaaaaaa), [slides](talks/queues.pdf))
        * 2019-04-25 - [Bo Lind](https://github.com/blind) - Parsers by Hand ([slides](talks/parsers.pdf))
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Queues at Scale: a field guide", [("Ada Vos", "https://github.com/avos")]),
        ("Parsers by Hand", [("Bo Lind", "https://github.com/blind")]),
    ]


def test_dated_items_of_a_name_a_colon_then_the_title() -> None:
    found = talks(
        """
        ## Seminar

        - 2030-10-02: Organizational meeting
        - 2030-10-09: Mira Sol: Knots in warm water
        - 2030-10-16: Ivo Tam: Braids: a first look
        - 2030-10-23: Lia Ng: Tangles and their friends
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Knots in warm water", [("Mira Sol", None)]),
        ("Braids: a first look", [("Ivo Tam", None)]),
        ("Tangles and their friends", [("Lia Ng", None)]),
    ]


def test_a_seminars_schedule_of_days_without_their_year() -> None:
    found = talks(
        """
        # Student seminar

        **Autumn 2030 Schedule**

        We meet on Fridays at two, in Harbor Hall.

        - Oct 2: Organizational
        - Oct 9: Mira Sol: Knots in warm water
        - Friday, Oct 16: Ivo Tam: Braids for beginners
        - Oct 23rd: Lia Ng: Tangles and their friends
        """
    )
    assert [(t.title, people(t), t.section) for t in found] == [
        ("Knots in warm water", [("Mira Sol", None)], "Autumn 2030 Schedule"),
        ("Braids for beginners", [("Ivo Tam", None)], "Autumn 2030 Schedule"),
        ("Tangles and their friends", [("Lia Ng", None)], "Autumn 2030 Schedule"),
    ]


def test_a_bold_event_a_colon_then_an_italic_title_and_who_it_was_given_with() -> None:
    found = talks(
        """
        # Charlas

        ## 2031

        ### **Lumen Conf**: *Colas sin miedo en la nube* (con Ana Paz y Luis Vidal)

        [Slides](https://example.org/colas.pdf)

        ### **Harbor Days**: *#MapasAbiertos: datos de todos* (con Ana Paz).

        [Video](https://www.youtube.com/watch?v=abcdefghijk)

        ### **Harbor Days**: `{tidy}` - *Paquetes para todos*

        [Video](https://www.youtube.com/watch?v=abcdefghijl)

        ### **Harbor Days**: *Datos Abiertos*

        [Video](https://www.youtube.com/watch?v=abcdefghijm)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Colas sin miedo en la nube", [("Ana Paz", None), ("Luis Vidal", None)]),
        ("#MapasAbiertos: datos de todos", [("Ana Paz", None)]),
        ("Paquetes para todos", []),  # "Harbor Days" opens three: an event, no title
    ]  # "*Datos Abiertos*" reads as a name (who spoke there?): left as written


def test_an_event_named_in_its_language_before_an_italic_title_is_where() -> None:
    found = talks(
        """
        # Charlas

        ## 2031

        ### **II Jornada de Datos Abiertos**: *Qué hace el público con los datos?*

        [Slides](https://example.org/publico.pdf)

        ### **XIV Congreso Nacional de Mapas**: *Mapas para todos* (con Ana Paz)

        [Video](https://www.youtube.com/watch?v=abcdefghijk)

        ### **Rencontres Harbor**: *Des files sans peine*

        [Video](https://www.youtube.com/watch?v=abcdefghijl)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Qué hace el público con los datos?", []),
        ("Mapas para todos", [("Ana Paz", None)]),
        ("Des files sans peine", []),
    ]


def test_a_name_that_shares_an_event_s_word_is_still_the_speaker() -> None:
    found = talks(
        """
        # Charlas

        ### **Lucía Cumbre**: *Cartografía colaborativa*

        [Slides](https://example.org/carto.pdf)

        ### **Jean Sommet**: *Des files sans peine*

        [Slides](https://example.org/files.pdf)

        ### **Marie Dupont (Rencontres R)**: *Quarto pour tous*

        [Slides](https://example.org/quarto.pdf)
        """
    )
    assert [people(t) for t in found] == [
        [("Lucía Cumbre", None)],
        [("Jean Sommet", None)],
        [("Marie Dupont", None)],
    ]
    assert (
        talks(  # a news list: "con" is Spanish for "with", no event's word
            """
            # Noticias

            * 2031-01-12 - [Encuentro con la comunidad](https://example.org/1) - Publicamos la 2.0
            * 2031-02-03 - [Jornada de puertas abiertas](https://example.org/2) - Nueva sede
            * 2031-03-09 - [Charla con Ana Paz](https://example.org/3) - Fotos del día
            """
        )
        == []
    )


def test_one_bold_name_a_colon_then_an_italic_title_is_still_the_speaker() -> None:
    found = talks(
        """
        ### **Ann Lee**: *Queues without fear*

        [Slides](https://example.org/q.pdf)

        ### **Bo Lind**: *Small caches*

        [Slides](https://example.org/c.pdf)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Queues without fear", [("Ann Lee", None)]),
        ("Small caches", [("Bo Lind", None)]),
    ]


def test_a_programs_bold_session_after_its_time_names_the_talks_under_it() -> None:
    found = talks(
        """
        Harbor Workshop 2031 — Program
        ==============================

        9:00–9:10 Welcome

        9:10 - 10:30 **Session 1: tracing and the art of waiting**
          - Queues Without Fear
            — [Video](https://www.youtube.com/watch?v=abcdefghijk)
            Mira Sol, Ivo Tam
          - Small Caches
            — [Video](https://www.youtube.com/watch?v=abcdefghijl)
            Lia Ng

        10:30–11:00 coffee

        11:00–12:00 **Session 2: Compilers**
          - Parsers by Hand
            — [Video](https://www.youtube.com/watch?v=abcdefghijm)
            Bo Lind
        """
    )
    assert [(t.title, t.section) for t in found] == [
        ("Queues Without Fear", "Session 1: tracing and the art of waiting"),
        ("Small Caches", "Session 1: tracing and the art of waiting"),
        ("Parsers by Hand", "Session 2: Compilers"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "18:30 **Coffee and snacks**",  # a break
        "10:00 **Queues at Scale**",  # a talk's own title
        "**9:10 - 10:30 Session 1: Tracing**",  # wholly bold: a bold line's, as written
    ],
)
def test_a_programs_bold_line_after_its_time_that_names_no_session(line: str) -> None:
    found = talks(
        f"""
        # Program

        {line}

        - Small Caches, [Video](https://www.youtube.com/watch?v=abcdefghijl), Lia Ng
        - Parsers by Hand, [Video](https://www.youtube.com/watch?v=abcdefghijm), Bo Lind
        """
    )
    assert [t.section for t in found] in ([None, None], [line.strip("*")] * 2)


def test_dated_items_of_a_club_calendar_name_no_speakers() -> None:
    assert not talks(
        """
        # Club calendar

        - 2031-01-05: Board Meeting: Budget review
        - 2031-01-12: Game Night: Bring your own board games
        - 2031-01-19: Winter Walk: Meet at the old mill
        """
    )


@pytest.mark.parametrize("separator", [":", " -"])
def test_dated_items_that_say_what_someone_did_are_news(separator: str) -> None:
    assert not talks(
        f"""
        # What happened

        - 2030-10-09: Ann Lee{separator} joined the board of the foundation
        - 2030-10-16: Bo Lind{separator} elected as the new treasurer
        - 2030-10-23: Cy Moe{separator} stepped down after ten years
        """
    )


def test_a_remark_in_lower_case_after_a_recordings_link_is_no_word_of_its_title() -> None:
    found = talks(
        """
        Most watched:

          - [Ana Pires — Packaging in 2030](https://www.youtube.com/watch?v=DDDDDDDDDDD) with 2.1K views
          - [Ben Cole — Hands-on Dataframes](https://www.youtube.com/watch?v=EEEEEEEEEEE) with 900 views
          - [Omar Diaz — Loading configs lazily](https://www.youtube.com/watch?v=MMMMMMMMMMM) must watch
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("Packaging in 2030", [("Ana Pires", None)], ["DDDDDDDDDDD"]),
        ("Hands-on Dataframes", [("Ben Cole", None)], ["EEEEEEEEEEE"]),
        ("Loading configs lazily", [("Omar Diaz", None)], ["MMMMMMMMMMM"]),
    ]


def test_recordings_named_by_their_track_then_the_speakers_then_a_colon() -> None:
    found = talks(
        """
        # Harbor Conf 2031 recordings

        Most watched:

          - [Talks - Ana Pires: Packaging in 2030](https://www.youtube.com/watch?v=DDDDDDDDDDD)
          - [Tutorials - Ben Cole, Ida Moss: Hands-on Dataframes](https://www.youtube.com/watch?v=EEEEEEEEEEE)
          - [Talks - Omar Diaz: Typed Configs](https://www.youtube.com/watch?v=MMMMMMMMMMM)
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("Packaging in 2030", [("Ana Pires", None)], ["DDDDDDDDDDD"]),
        ("Hands-on Dataframes", [("Ben Cole", None), ("Ida Moss", None)], ["EEEEEEEEEEE"]),
        ("Typed Configs", [("Omar Diaz", None)], ["MMMMMMMMMMM"]),
    ]
    # a channel's playlists are named so too: a series, no one's name
    assert not talks(
        """
        # Channel

        - [Tutorials - Git Basics: Branching](https://www.youtube.com/watch?v=aaaaaaaaaaa)
        - [Tutorials - Git Basics: Rebasing](https://www.youtube.com/watch?v=bbbbbbbbbbb)
        - [Recipes - Grandma Rose: Apple Pie](https://www.youtube.com/watch?v=ccccccccccc)
        """
    )


def test_dated_items_that_link_their_event_then_give_the_title_are_a_calendar() -> None:
    found = talks(
        """
        * 2019-05-02 - [Harbor Days](https://harbor.example/) - [Queues at Scale](https://queues.example/)
        * 2019-06-11 - [Lumen Meetup](https://lumen.example/) - Parsers by Hand
        * 2020-01-20 - [Fjord Camp](https://fjord.example/) - [Small Caches](https://cedar.example/caches/) (in Spanish)
        * 2020-03-03 - [Tide Group](https://tide.example/) - Sheep Counting
        """
    )
    assert [(t.title, people(t), orgs(t), media(t)) for t in found] == [
        ("Queues at Scale", [], [], ["https://queues.example/"]),
        ("Parsers by Hand", [], [], []),
        ("Small Caches", [], [], ["https://cedar.example/caches/"]),
        ("Sheep Counting", [], [], []),
    ]
    sites = talks(
        """
        * 2019-05-02 - [Ada Vos](https://ada.example/) - Queues at Scale
        * 2019-06-11 - [Bo Lind](https://lind.example/) - Parsers by Hand
        * 2020-01-20 - [Cy Moe](https://moe.example/) - Small Caches
        """
    )
    assert [people(t) for t in sites] == [  # no event named: their speakers' own sites
        [("Ada Vos", "https://ada.example/")],
        [("Bo Lind", "https://lind.example/")],
        [("Cy Moe", "https://moe.example/")],
    ]


def test_a_calendar_s_item_given_at_a_numbered_meeting_is_its_talk() -> None:
    found = talks(
        """
        * 2019-05-02 - [Harbor Days](https://harbor.example/) - [Queues at Scale](https://queues.example/)
        * 2019-06-11 - [11th Lumen Meeting](https://lumen.example/) - [Parsers by Hand](https://parsers.example/)
        * 2020-01-20 - [Fjord Camp](https://fjord.example/) - [Small Caches](https://cedar.example/caches/)
        * 2020-03-03 - [Tide Conference](https://tide.example/) - Sheep Counting
        """
    )
    assert [(t.line, t.title, media(t)) for t in found] == [
        (1, "Queues at Scale", ["https://queues.example/"]),
        (2, "Parsers by Hand", ["https://parsers.example/"]),
        (3, "Small Caches", ["https://cedar.example/caches/"]),
        (4, "Sheep Counting", []),
    ]
    assert (
        talks(  # no calendar: the meeting alone is no talk
            """
            * 2019-05-02 - [Harbor Days](https://harbor.example/) - Ann Lee
            * 2019-06-11 - [11th Lumen Meeting](https://lumen.example/) - [Notes](https://n.example/)
            """
        )
        == []
    )
    assert (
        talks(  # a committee's meetings: too few events for a calendar without them
            """
            * 2030-02-11 - [47th Plenary Meeting](https://wg.example/p47) - [Draft 3](https://wg.example/d3.pdf)
            * 2030-05-12 - [Editors Workshop](https://wg.example/ew) - [Issue triage](https://wg.example/t)
            * 2030-09-08 - [48th Plenary Meeting](https://wg.example/p48) - [Ballot](https://wg.example/b.pdf)
            * 2030-11-17 - [Interop Days](https://wg.example/interop) - [Test report](https://wg.example/r.pdf)
            """
        )
        == []
    )


def test_a_calendar_s_item_of_two_linked_parts_is_one_talk_of_both() -> None:
    found = talks(
        """
        * 2019-05-02 - [Harbor Days](https://harbor.example/) - [Queues](https://q.example/)
        * 2019-06-11 - [Lumen Camp](https://lumen.example/) - [Redis](https://redis.example/) and [EventMachine](https://em.example/) (slides in French for both)
        * 2020-01-20 - [Fjord Camp](https://fjord.example/) - [Small Caches](https://c.example/)
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Queues", ["https://q.example/"]),
        ("Redis and EventMachine", ["https://redis.example/", "https://em.example/"]),
        ("Small Caches", ["https://c.example/"]),
    ]
    for two in (
        "[Small caches](https://c.example/) and [the blog post about it](https://b.example/)",
        "[Queues](https://youtu.be/aaaaaaaaaaa) and [Caches](https://youtu.be/bbbbbbbbbbb)",
        "[Queues](https://q.example/) and [Caches](https://c.example/) (two talks, same day)",
    ):
        page = f"""
            * 2019-05-02 - [Harbor Days](https://harbor.example/) - [Queues](https://q.example/)
            * 2019-06-11 - [Lumen Camp](https://lumen.example/) - {two}
            * 2020-01-20 - [Fjord Camp](https://fjord.example/) - [Small Caches](https://c.example/)
            """
        assert all(" and " not in t.title for t in talks(page)), two


def test_a_speakers_list_of_titles_then_the_events_they_were_given_at() -> None:
    found = talks(
        """
        # Talks

        ## 2031

        - `fr` [Les files sans peine](./2031-05-02/) - HarborCamp
        - [Parsers by Hand](https://example.org/parsers) - Lumen Meetup Oslo
        - [Small Caches](https://youtu.be/abcdefghijk) - DevFest Lille
        - Sheep Counting, Gently - Tide Days [Port Ellen - May 2031]

        ## 2030

        - [Graph Basics](./2030-11-20/) - Ada Vos
        """
    )
    assert [(t.title, people(t), orgs(t), media(t)) for t in found] == [
        ("Les files sans peine", [], [], ["./2031-05-02/"]),
        ("Parsers by Hand", [], [], []),
        ("Small Caches", [], [], ["abcdefghijk"]),
        ("Sheep Counting, Gently", [], [], []),
        ("Graph Basics", [("Ada Vos", None)], [], []),  # a person: the list's own reading
    ]


def test_a_speakers_list_of_events_then_the_titles_given_there() -> None:
    found = talks(
        """
        # Talks

        ## 2031

        * Harbor Meetup: [Les files sans peine](https://docs.google.com/presentation/d/abc/edit)
        * Tide Days / Lumen Conf: [Parsers by Hand](https://youtu.be/abcdefghijk)
        * Tide Days: [Small Caches](https://youtu.be/abcdefghijl)

        ## 2030

        * Tide Days: [Sheep Counting, Gently](https://youtu.be/abcdefghijm)
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Les files sans peine", [], []),
        ("Parsers by Hand", [], []),  # each event, no speaker
        ("Small Caches", [], []),
        ("Sheep Counting, Gently", [], []),
    ]


@pytest.mark.parametrize(
    "openers",
    [
        ["Ann Lee", "Bo Lind", "Cy Moreau"],  # speakers, each once: the speakers' own lines
        ["Ann Lee", "Ann Lee", "Bo Lind", "Bo Lind", "Cy Moreau"],  # two talks each
        ["Harbor Meetup Team", "Ann Lee", "Ann Lee", "Bo Lind"],  # the hosts, no event
        ["Conference Team", "Summit Organizers", "Ann Lee", "Bo Lind"],
    ],
)
def test_words_before_a_colon_are_no_event_unless_the_list_says_so(openers: list[str]) -> None:
    lines = "\n".join(
        f"* {who}: [Title number {n} here](https://youtu.be/abcdefghij{n})"
        for n, who in enumerate(openers)
    )
    found = {t.line - 3: people(t) for t in talks(f"# Talks\n\n{lines}\n")}
    persons = ("Ann Lee", "Bo Lind", "Cy Moreau")
    named = {n: [(who, None)] for n, who in enumerate(openers) if who in persons}
    assert {n: found.get(n) for n in named} == named  # "Ann Lee:" stays her line


def test_events_before_a_colon_in_one_list_name_no_speakers_in_another() -> None:
    found = talks(
        """
        # Talks

        ## Talks I gave

        * Harbor Meetup: [Typing at Scale](https://youtu.be/abcdefghijk)
        * Tide Conf: [Async Views](https://youtu.be/abcdefghijl)
        * Tide Conf: [Pandas Internals](https://youtu.be/abcdefghijm)

        ## Talks at the meetup I host

        * Ann Lee: [Small Caches](https://youtu.be/abcdefghijn)
        * Bo Lind: [Parsers by Hand](https://youtu.be/abcdefghijo)
        * Keynote: [The Year in Queues](https://youtu.be/abcdefghijp)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Typing at Scale", []),
        ("Async Views", []),
        ("Pandas Internals", []),
        ("Small Caches", [("Ann Lee", None)]),
        ("Parsers by Hand", [("Bo Lind", None)]),
        ("The Year in Queues", []),
    ]


@pytest.mark.parametrize(
    ("places", "read"),
    [
        # a meetup's archive: people, and a team or two (no events by their words alone)
        (
            ["Ann Lee", "Bo Lind", "DevFest Team", "Cy Moreau", "Lumen Meetup Team"],
            [[("Ann Lee", None)], [("Bo Lind", None)], [("Cy Moreau", None)]],
        ),
        # a course's weeks, articles' and podcasts' sites: no talks
        (["Week 1", "Week 2", "Week 3", "Week 4", "Week 5"], []),
        (["Medium", "LinkedIn", "HashNode", "DevTo", "HarborCast"], []),
        # who, then where: the people are the speakers
        (
            ["Ann Lee, Harbor Days 2031", "Bo Lind, Lumen Summit", "Di Ray at Fjord Days"],
            [[("Ann Lee", None)], [("Bo Lind", None)], [("Di Ray", None)]],
        ),
    ],
)
def test_what_ends_a_talks_list_line_is_no_event_unless_its_words_say(
    places: list[str], read: list[list[tuple[str, None]]]
) -> None:
    page = "# Talks\n\n" + "".join(
        f"- [Title number {n}](https://example.org/{n}/) - {place}\n"
        for n, place in enumerate(places)
    )
    assert [people(t) for t in talks(page)] == read


def test_titles_of_a_list_that_open_with_their_events_are_given_without_them() -> None:
    found = talks(
        """
        * [Harbor Meetup - Caching at Scale, May 2019](https://www.youtube.com/watch?v=aaaaaaaaaa1)
        * [LumenJS - Parsers by Hand](https://www.youtube.com/watch?v=aaaaaaaaaa2)
        * [FjordConf 2017 - Ann Lee - Packages 101](https://www.youtube.com/watch?v=aaaaaaaaaa3)
        * [Tide Summit - Small Caches by Bo Lind](https://www.youtube.com/watch?v=aaaaaaaaaa4)
        * [Sheep Counting](https://www.youtube.com/watch?v=aaaaaaaaaa5)
        * [Weekly Cast Ep. 3 - June 2, 2018](https://www.youtube.com/watch?v=aaaaaaaaaa6)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Caching at Scale, May 2019", []),
        ("Parsers by Hand", []),
        ("Packages 101", [("Ann Lee", None)]),
        ("Small Caches", [("Bo Lind", None)]),
        ("Sheep Counting", []),
        ("Weekly Cast Ep. 3 - June 2, 2018", []),
    ]
    rows = talks(
        """
        | Talk | Speakers |
        | --- | --- |
        | [HarborCon 2019: Queues: a Field Guide](https://www.youtube.com/watch?v=bbbbbbbbbb1) | Ann Lee, Bo Lind |
        | [Lumen Meetup: Parsers by Hand](https://www.youtube.com/watch?v=bbbbbbbbbb2) | Cy Moe |
        | [Fjord Days 2022: Small Caches](https://www.youtube.com/watch?v=bbbbbbbbbb3) | Ann Lee |
        | [Tide Forum 2021: Sheep Counting](https://www.youtube.com/watch?v=bbbbbbbbbb4) | Bo Lind |
        """
    )
    assert [t.title for t in rows] == [
        "Queues: a Field Guide",
        "Parsers by Hand",
        "Small Caches",
        "Sheep Counting",
    ]
    alone = talks(  # two titles that open so are no list's habit
        """
        * [Harbor Meetup - Caching at Scale](https://www.youtube.com/watch?v=cccccccccc1) by Ann Lee
        * [LumenJS - Parsers by Hand](https://www.youtube.com/watch?v=cccccccccc2) by Bo Lind
        * [Small Caches](https://www.youtube.com/watch?v=cccccccccc3) by Cy Moe
        """
    )
    assert [t.title for t in alone] == [
        "Harbor Meetup - Caching at Scale",
        "LumenJS - Parsers by Hand",
        "Small Caches",
    ]


def test_an_item_with_talks_under_it_groups_them_and_years_of_meetups_are_sections() -> None:
    result = plan(
        """
        2016 meetups
        ============

        * 2016-07-24: [Harbor Conf 2016](https://harbor.example.org/)
            * [Ada Vos](https://github.com/avos) - Queues at Scale ([slides](talks/queues.pdf))
            * [Bo Lind](https://github.com/blind) - Parsers by Hand ([slides](talks/parsers.pdf))

        2015 meetups
        ============

        * 2015-09-01 - [Cy Moe](https://github.com/cmoe) - Small Models ([slides](talks/models.pdf))
        """
    )
    assert [(t.talk.title, people(t.talk), media(t.talk)) for t in result.talks] == [
        ("Queues at Scale", [("Ada Vos", "https://github.com/avos")], ["talks/queues.pdf"]),
        ("Parsers by Hand", [("Bo Lind", "https://github.com/blind")], ["talks/parsers.pdf"]),
        ("Small Models", [("Cy Moe", "https://github.com/cmoe")], ["talks/models.pdf"]),
    ]
    assert [t.talk.section for t in result.talks] == ["2016 meetups"] * 2 + ["2015 meetups"]


def test_two_tables_are_judged_apart_and_a_projects_own_link_is_no_deck() -> None:
    found = talks(
        """
        ## 兴趣

        | 主题 | 感兴趣的人 |
        |------|------------|
        | Queue Tuning | AdaVos |
        | Parser Tricks | BoLind |

        ## 历史

        | 主题 | 演讲者 / 组织者 | 时间 | 录屏 |
        |------|-----------------|------|------|
        | [esbuild](https://github.com/evanw/esbuild) | ajuner | 2021-09-12 | |
        | 消息推送 | 林小雨 | 2021-07-11 | [记录](https://video.example.org/v/1) |
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("esbuild", [("ajuner", None)], []),
        ("消息推送", [("林小雨", None)], ["https://video.example.org/v/1"]),
    ]
    assert [m.kind for m in found[1].media] == ["video"]


def test_japanese_label_headings_and_a_sentence_is_no_name() -> None:
    found = talks(
        """
        ## [2024/4/18 港カンファレンス2024](https://harbor.example.org/2024)

        ### 講演資料

        <iframe src="https://speakerdeck.com/player/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" title="待ち行列の話"></iframe>

        ### 動画

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>

        ## [2023/5/1 XP祭り2023](https://xp.example.org/2023)

        <iframe src="https://www.youtube.com/embed/ccccccccccc"></iframe>

        OSS Gateワークショップを通じて感じたことをまとめて、LTとして発表しました。
        """
    )
    assert [(t.title, people(t), sorted(media(t))) for t in found] == [
        ("待ち行列の話", [], ["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbb"]),
        ("2023/5/1 XP祭り2023", [], ["ccccccccccc"]),
    ]  # a heading of a day and an event: the deck's title is the talk's, where it has one


def test_a_decks_title_under_a_heading_of_a_day_and_an_event() -> None:
    found = talks(
        """
        ## [2031/04/01 Cloud Fest 2031](https://cloudfest.example.org/)

        <iframe class="speakerdeck-iframe" src="https://speakerdeck.com/player/0123456789abcdef0123456789abcdef" title="雲の上の設計 / design above clouds"></iframe>

        ## [2030/10/02 River Days 2030](https://riverdays.example.org/)

        <iframe src="https://speakerdeck.com/player/fedcba9876543210fedcba9876543210" title="Paper Boats"></iframe>
        """
    )
    assert [t.title for t in found] == ["雲の上の設計", "Paper Boats"]


def test_items_naming_speakers_in_parentheses_as_other_lists_with_slides_do() -> None:
    found = talks(
        """
        ## 24. Juli 2009

        *   Einführung (Ada Vos und Bo Lind)
        *   [Queues at Scale (Cy Moe)](https://files.example.org/queues.pdf)

        ## 25. September 2009

        *   Einführung (Ada Vos und Bo Lind)
        *   Parsers by Hand (Di Ray)
        *   Small Models (CAPI)
        """
    )
    assert [(t.title, [p.name for p in t.speakers], t.section) for t in found] == [
        ("Einführung", ["Ada Vos", "Bo Lind"], "24. Juli 2009"),
        ("Queues at Scale", ["Cy Moe"], "24. Juli 2009"),
        ("Einführung", ["Ada Vos", "Bo Lind"], "25. September 2009"),
        ("Parsers by Hand", ["Di Ray"], "25. September 2009"),
    ]


def test_a_list_that_puts_speakers_first_reads_its_unlinked_items_so() -> None:
    found = talks(
        """
        * 2017-02-08 - [Ada Vos](https://github.com/avos) - Queues at Scale ([slides](q.pdf))
        * 2017-02-23 - [Bo Lind](https://github.com/blind) - Parsers by Hand ([slides](p.pdf))
        * 2017-04-06 - [Cy Moe](https://cy.example.org/) - Small Models ([slides](m.pdf))
        * 2017-05-25 - Di Ray - Spock, a web framework for everyone ([slides](s.pdf))
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Queues at Scale", ["Ada Vos"]),
        ("Parsers by Hand", ["Bo Lind"]),
        ("Small Models", ["Cy Moe"]),
        ("Spock, a web framework for everyone", ["Di Ray"]),
    ]
    title_first = talks(
        f"""
        - Queues at Scale - [Ada Vos]({LI}avos/) ([slides](q.pdf))
        - Parsers by Hand - [Bo Lind]({LI}blind/) ([slides](p.pdf))
        - Queue Depth - Ravi Kumar ([slides](d.pdf))
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in title_first] == [
        ("Queues at Scale", ["Ada Vos"]),
        ("Parsers by Hand", ["Bo Lind"]),
        ("Queue Depth", ["Ravi Kumar"]),
    ]


def test_a_prezi_title_link_is_the_deck_and_a_lightning_marker_keeps_the_video() -> None:
    found = talks(
        """
        - [Queues at Scale (Ada Vos)](https://prezi.com/abc123/queues-at-scale/)
        - [Parsers by Hand](https://www.youtube.com/watch?v=bbbbbbbbbbb) (Lightning)
        """
    )
    assert [(t.title, t.kind, media(t)) for t in found] == [
        ("Queues at Scale", "talk", ["https://prezi.com/abc123/queues-at-scale/"]),
        ("Parsers by Hand", "lightning", ["bbbbbbbbbbb"]),
    ]


def test_a_title_linked_to_a_shared_drive_file_links_its_slides() -> None:
    found = talks(
        """
        - [Queues at Scale](https://drive.google.com/file/d/1AbCdEfGh/view?usp=sharing) by Ada Vos
        - [Parsers by Hand](https://drive.google.com/open?id=1XyZ) by Bo Lind
        - [Tracing Tales](https://drive.google.com/drive/folders/1Folder) by Cy Moe
        """
    )
    assert [(t.title, [m.kind for m in t.media]) for t in found] == [
        ("Queues at Scale", ["slides"]),
        ("Parsers by Hand", ["slides"]),
        ("Tracing Tales", []),  # a folder: not one deck
    ]


def test_a_title_linked_to_a_flyer_or_a_poster_has_no_slides() -> None:
    found = talks(
        """
        | Date | Speaker | Title |
        | --- | --- | --- |
        | May 2 | Ada Vos | [Graphs in the Wild](files/SeminarFlyer_0502.pdf) |
        | May 9 | Bo Lind | [Counting Trees](files/poster-trees.pdf) |
        | May 16 | Cy Moe | [Knots](files/knots.pdf) |
        | May 23 | Di Ray | Braids ([Slides](files/braids-poster.pdf)) |
        """
    )
    assert [(t.title, [m.kind for m in t.media]) for t in found] == [
        ("Graphs in the Wild", []),  # the file's name says what it is
        ("Counting Trees", []),
        ("Knots", ["slides"]),
        ("Braids", ["slides"]),  # labelled so by the author
    ]


def test_a_title_cell_keeps_no_brackets_its_media_links_stood_in() -> None:
    found = talks(
        """
        | Date | Speaker | Title |
        | --- | --- | --- |
        | May 2 | Ada Vos | Knots ([Slides](https://speakerdeck.com/ada/knots)) |
        | May 9 | Bo Lind | Braids [[Video](https://youtu.be/aaaaaaaaaaa), [Slides](b.pdf)] |
        """
    )
    assert [(t.title, len(t.media)) for t in found] == [("Knots", 1), ("Braids", 2)]


def test_icon_buttons_that_name_a_deck_and_its_title_are_talks() -> None:
    result = plan(
        """
        ## Liens

        [:fontawesome-solid-chalkboard-user: Slides "Queues at Scale"](queues.pdf){ .md-button }

        [:fontawesome-solid-chalkboard-user: Slides "Parsers by Hand"](parsers.pdf)

        [:fontawesome-brands-meetup: Meetup](https://www.meetup.com/harbor/events/1/)
        """
    )
    assert [(t.talk.title, media(t.talk), t.talk.section) for t in result.talks] == [
        ("Queues at Scale", ["queues.pdf"], None),
        ("Parsers by Hand", ["parsers.pdf"], None),
    ]


def test_icons_of_materials_sets_are_no_words_of_a_byline_or_a_links_text() -> None:
    found = talks(
        """
        ## Talks

        ### Tiling rivers with volunteers
        :fontawesome-solid-person-chalkboard: Ida Brandt (Fjord Lab) et Olu Mensah

        Some words on rivers.

        ### Open ferries
        :fontawesome-solid-person-chalkboard:{ .lg .middle } Kai Berg

        [:octicons-video-16: Recording](https://youtu.be/ferryferry1), [:material-github: Code](https://github.com/example/ferries)
        """
    )
    assert [(t.title, [p.name for p in t.speakers], orgs(t), media(t)) for t in found] == [
        ("Tiling rivers with volunteers", ["Ida Brandt", "Olu Mensah"], ["Fjord Lab"], []),
        ("Open ferries", ["Kai Berg"], [], ["ferryferry1"]),
    ]


def test_icon_buttons_quote_their_titles_in_german_marks_too() -> None:
    result = plan(
        """
        ## Vorträge

        [:fontawesome-solid-chalkboard-user: Folien „Warteschlangen im Großen“](queues.pdf)

        [:fontawesome-solid-chalkboard-user: Folien „Parser von Hand“](parsers.pdf)
        """
    )
    assert [(t.talk.title, media(t.talk)) for t in result.talks] == [
        ("Warteschlangen im Großen", ["queues.pdf"]),
        ("Parser von Hand", ["parsers.pdf"]),
    ]


def test_a_links_column_takes_its_unlabelled_links_and_addresses_as_decks() -> None:
    found = talks(
        """
        | Sujet | Auteur | Lien |
        |-------|--------|------|
        | Queues | Ada | https://files.example.org/queues |
        | Parsers | Bo | [Video](https://youtu.be/bbbbbbbbbbb) [Code](https://github.com/bo/parsers) |
        | Models | Cy | [deck](https://files.example.org/models) |
        | Tests | Di | https://www.meetup.com/harbor/events/12345/ |
        """
    )
    assert [(t.title, [(m.kind, m.url) for m in t.media]) for t in found] == [
        ("Queues", [("slides", "https://files.example.org/queues")]),
        ("Parsers", [("video", "https://youtu.be/bbbbbbbbbbb")]),
        ("Models", [("slides", "https://files.example.org/models")]),
        ("Tests", []),
    ]


def test_review_an_organization_linked_or_not_is_no_speaker_and_bluesky_is_a_person() -> None:
    found = talks(
        """
        - [Ada Vos](https://github.com/avos) - Queues at Scale [Slides](https://speakerdeck.com/ada/q)
        - [Bo Lind](https://github.com/blind) - Parsers by Hand [Slides](https://speakerdeck.com/bo/p)
        - Machine Learning Basics - Cy Park [Slides](https://speakerdeck.com/cy/m)
        - [Acme Labs](https://github.com/acmelabs) - How we ship our tooling [Slides](https://speakerdeck.com/acme/t)
        - Caching at the Edge - [Acme Corp](https://acme.example.org) (Berlin) [Video](https://youtu.be/ddddddddddd)
        - Tracing Everything, [Eli Wu](https://bsky.app/profile/eliwu.bsky.social) [Video](https://youtu.be/eeeeeeeeeee)
        """
    )
    assert [([p.name for p in t.speakers], orgs(t)) for t in found] == [
        (["Ada Vos"], []),
        (["Bo Lind"], []),
        (["Cy Park"], []),
        ([], []),
        ([], ["Acme Corp", "Berlin"]),
        (["Eli Wu"], []),
    ]
    assert found[2].title == "Machine Learning Basics"


def test_review_a_workshop_over_its_parts_and_two_people_of_one_surname() -> None:
    workshop = talks(
        """
        - Kubernetes from Scratch, a workshop by Ada Vos
          - Part 1: Setting up [Video](https://youtu.be/aaaaaaaaaaa)
          - Part 2: Deploying [Video](https://youtu.be/bbbbbbbbbbb)
        - Parsers by Hand by Bo Lind [Video](https://youtu.be/ccccccccccc)
        """
    )
    assert [(t.title, [p.name for p in t.speakers], len(t.media)) for t in workshop] == [
        ("Kubernetes from Scratch, a workshop", ["Ada Vos"], 2),
        ("Parsers by Hand", ["Bo Lind"], 1),
    ]
    program = talks(
        """
        | Time | Title | Speaker |
        |------|-------|---------|
        | 10:00 | Queues in Practice | Ann Lee |
        | 10:30 | Parsers by Hand | Cy Moe |

        ## Bo Lee

        **Title**: Caching at the Edge

        [Video](https://youtu.be/ddddddddddd)
        """
    )
    assert [t.title for t in program] == [
        "Queues in Practice",
        "Parsers by Hand",
        "Caching at the Edge",
    ]


def test_a_list_of_unlinked_speakers_first_reads_them_so_and_its_talks_without_media() -> None:
    found = talks(
        """
        * 2015-05-29: Harbor Hack Days

          - Ada Vos    - Queues by example ([notes](meetups/queues/notes), [code](meetups/queues))
          - Bo Lind    - Web programming ([slides](meetups/web.pdf))
          - Cy Moe     - Small models ([slides](https://speakerdeck.com/cy/small-models))
          - Di Ray     - Template Ranger ([slides](meetups/ranger.pdf))
          - Eli Wu     - Performance ([slides](meetups/perf.pdf))

        * 2015-06-25: Di Ray - Parsers by Hand ([slides](meetups/parsers.pdf))
        * 2015-07-30: Fay Ng - Spock - Powerful Web Apps ([slides](meetups/spock.pdf))
        * 2015-08-27: topic and speaker to be determined
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Queues by example", ["Ada Vos"]),
        ("Web programming", ["Bo Lind"]),
        ("Small models", ["Cy Moe"]),
        # both sides could be names: Di Ray speaks again below, so the page says which
        ("Template Ranger", ["Di Ray"]),
        ("Performance", ["Eli Wu"]),
        ("Parsers by Hand", ["Di Ray"]),
        ("Spock - Powerful Web Apps", ["Fay Ng"]),
    ]


def test_both_sides_names_stay_title_first_unless_the_page_names_the_speaker() -> None:
    found = talks(
        """
        - Ada Vos - Queues at Scale ([slides](q.pdf))
        - Bo Lind - Parsers by Hand ([slides](p.pdf))
        - Machine Learning Basics - Cy Park ([slides](m.pdf))
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found][2] == (
        "Machine Learning Basics",
        ["Cy Park"],
    )


def test_links_in_parentheses_after_a_title_are_beside_it_not_its_words() -> None:
    found = talks(
        """
        - [Ada Vos](https://github.com/avos) - Queues at Scale ([screencast](https://youtu.be/aaaaaaaaaaa), [queue-kit](https://github.com/avos/queue-kit))
        - [Bo Lind](https://github.com/blind) - Parsers by example ([structure](meetups/p/structure), [materials](meetups/p))
        - Caching at the Edge - [Cy Moe](https://github.com/cymoe) ([Acme](https://acme.example.org)) ([slides](c.pdf))
        """
    )
    assert [t.title for t in found] == [
        "Queues at Scale",
        "Parsers by example",
        "Caching at the Edge",
    ]
    assert [o.name for o in found[2].organizations] == ["Acme"]
    assert media(found[0]) == ["aaaaaaaaaaa"]


def test_paragraphs_that_each_give_one_talk_are_talks() -> None:
    found = plan(
        """
        2019 meetups
        ============

        2019-01-24: Ada Vos - Queues at Scale ([slides](https://speakerdeck.com/ada/queues))

        2019-03-21:
          [Bo Lind](https://github.com/blind) - Parsers by Hand
          ([slides](meetups/parsers/slides.pdf),
           [notes](meetups/parsers/notes.md))

        2019-04-25: Cy Moe - Small Models for Everyone.

        **2019-05-30: Harbor Hack Day** (Yay, [sign up here](https://example.org/hack))

        2019-06-27: topic and speaker to be announced
        """
    )
    assert [(t.talk.line, t.talk.title, people(t.talk)) for t in found.talks] == [
        (4, "Queues at Scale", [("Ada Vos", None)]),
        (7, "Parsers by Hand", [("Bo Lind", "https://github.com/blind")]),
        (11, "Small Models for Everyone.", [("Cy Moe", None)]),
    ]


def test_a_paragraph_linking_a_persons_site_beside_talk_lines_of_its_form_is_a_talk() -> None:
    """``[**Ann Lee**](her site) - **Title**`` beside the same paragraphs linking their
    speakers' profiles: a talk, as they are (the site is no profile, the form tells)."""
    found = talks(
        """
        # Meetups

        ## July 20th, 2031

        &nbsp;&nbsp;[**Pablo Ray**](https://www.ray.example.fr/) - **Solving horizon models with dolo**

        &nbsp;&nbsp;Pablo presents two packages.

        &nbsp;&nbsp;[**Tim Moe**](https://github.com/timmoe) - [**An introduction to tiling desktops**](https://github.com/x/m/blob/master/tiling.pdf)

        &nbsp;&nbsp;Tim shows his desktop.

        ## May 18th, 2031

        &nbsp;&nbsp;[**Greg Bo**](https://gregbo.example.com) - **An overview of my work and** [**packages**](https://github.com/gbo)

        &nbsp;&nbsp;Greg's work.

        &nbsp;&nbsp;[**Cy Moe**](https://github.com/cymoe) - [**Testing Frameworks**](https://github.com/x/m/blob/master/tf.pdf)

        &nbsp;&nbsp;Cy talked about testing.
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Solving horizon models with dolo", [("Pablo Ray", "https://www.ray.example.fr/")]),
        ("An introduction to tiling desktops", [("Tim Moe", "https://github.com/timmoe")]),
        ("An overview of my work and packages", [("Greg Bo", "https://gregbo.example.com")]),
        ("Testing Frameworks", [("Cy Moe", "https://github.com/cymoe")]),
    ]


def test_a_paragraph_under_its_date_whose_links_run_over_more_lines_is_its_talk() -> None:
    """``2019-06-27:`` over two speakers, the title, then the talk's examples and the papers
    it cites over five lines: one talk (its date says so though it cites papers); a dated
    paragraph of prose is none."""
    found = plan(
        """
        2019 meetups
        ============

        2019-01-24: Ada Vos - Queues at Scale ([slides](https://speakerdeck.com/ada/queues))

        2019-06-27:
          [Bo Lind](https://github.com/blind) and
          [Cy Moe](https://github.com/cymoe) - A hands-on introduction to stream fusion.
          ([examples](https://github.com/blind/meetups/tree/main/2019-06-27-fusion),
           papers: [ICFP 2007](https://papers.example.org/fusion-2007.pdf) and
                  [ICFP 2013](https://papers.example.org/fusion-2013.pdf);
           more [fusion papers](https://github.com/blind/fusion-papers)
          )

        2019-07-25:
          We met at the lake this time and talked about what the group should do next
          summer, where to meet in the autumn, and who would bring the cakes and the
          coffee for everyone. Nobody gave a talk, but many ideas were written down
          and shared in the [notes](https://notes.example.org/2019-07-25).
          The next meetup will be announced on the mailing list as usual, and we
          hope to see many of you there again with new ideas for the season.

        2019-09-26: Di Park - Theorems for free.
        """
    )
    assert [(t.talk.line, t.talk.title, people(t.talk)) for t in found.talks] == [
        (4, "Queues at Scale", [("Ada Vos", None)]),
        (
            7,
            "A hands-on introduction to stream fusion.",
            [("Bo Lind", "https://github.com/blind"), ("Cy Moe", "https://github.com/cymoe")],
        ),
        (23, "Theorems for free.", [("Di Park", None)]),
    ]


def test_dated_paragraphs_citing_papers_on_a_page_that_says_no_talks_are_none() -> None:
    """The same paragraphs, a date over who wrote what and the papers it cites, on a page
    that says nothing of talks: a list of publications, no talk."""
    found = talks(
        """
        2031-11-03:
        Ada Vos and
        Bo Lind - Incremental Parsing for Editors.
        ([pdf](https://papers.example.org/incremental.pdf),
         [code](https://github.com/avos/incremental))
        papers: [SLE 2031](https://papers.example.org/sle31.pdf)

        2030-04-20:
        Ada Vos - Error Recovery in LR Parsers.
        ([pdf](https://papers.example.org/lr.pdf))
        papers: [CC 2030](https://papers.example.org/cc30.pdf)
        """
    )
    assert found == []


def test_a_line_of_links_that_opens_a_talks_heading_is_the_talks_links() -> None:
    found = plan(
        """
        # Lunch talks

        ### 2031-01-10 | "Tiling Rivers" by Ida Brandt

        [:material-github: Code repo](https://github.com/example/rivers),
        [:octicons-video-16: Recording](https://youtu.be/riverriver1)

        **Abstract:** Rivers, tiled.

        ### 2031-02-14 | "Open Ferries" by Kai Berg

        [Notebooks and data](https://github.com/example/ferries),
        [Recording](https://youtu.be/ferryferry1)
        """
    )
    assert [(t.talk.title, people(t.talk), media(t.talk)) for t in found.talks] == [
        ("Tiling Rivers", [("Ida Brandt", None)], ["riverriver1"]),
        ("Open Ferries", [("Kai Berg", None)], ["ferryferry1"]),
    ]


def test_labelled_paragraphs_after_a_paragraph_talk_are_its_fields() -> None:
    found = talks(
        """
        ## Updates

        **Orbit Planning for Teams**
        [YouTube](https://www.youtube.com/watch?v=q1W2e3R4t5Y)

        Speakers: Dana Fox (Acme), Lee Hart & Sam Ode (Globex)

        **Cache Rings Explained**
        [YouTube](https://www.youtube.com/watch?v=z9X8c7V6b5N)

        Speaker: Ann Lee

        Slides: [PDF](https://files.example.org/rings.pdf)
        """
    )
    assert [(t.title, people(t), orgs(t), len(t.slides)) for t in found] == [
        (
            "Orbit Planning for Teams",
            [("Dana Fox", None), ("Lee Hart", None), ("Sam Ode", None)],
            ["Acme", "Globex"],
            0,
        ),
        ("Cache Rings Explained", [("Ann Lee", None)], [], 1),
    ]
    # a label after the last talk alone is the page's: the night's decks, no one talk's
    found = talks(
        """
        ## Meetup 12

        **Quiet Queues Explained**
        [Recording](https://youtu.be/abc123def45)

        **Loud Streams Explained**
        [Recording](https://youtu.be/abc123def46)

        Slides: [All decks (zip)](https://harbor.example.org/meetup12/all-slides.zip)
        """
    )
    assert [t.slides for t in found] == [(), ()]
    # where a label opens the talks, the label after one is the next one's: none is taken
    found = talks(
        """
        ## Updates

        Speaker: Dana Fox

        **Orbit Planning for Teams**
        [YouTube](https://www.youtube.com/watch?v=q1W2e3R4t5Y)

        Speaker: Ann Lee

        **Cache Rings Explained**
        [YouTube](https://www.youtube.com/watch?v=z9X8c7V6b5N)
        """
    )
    assert [people(t) for t in found] == [[], []]


def test_paragraphs_of_a_linked_title_its_day_then_where_are_talks() -> None:
    page = """
        # Talks

        ### 2031

        [**Small Parsers for Tide Logs**](https://decks.example.net/2031-small-parsers/) Mar 3, 2031<br>
        Harbor Python Meetup

        [**Queues, Caches and Boats**](https://decks.example.net/2031-queues/) Jan 9, 2031<br>
        Lumen Data Night (Riverbend R User Group)
        """
    found = plan(page)
    assert [(t.talk.line, t.talk.title, t.talk.section) for t in found.talks] == [
        (5, "Small Parsers for Tide Logs", "2031"),
        (8, "Queues, Caches and Boats", "2031"),
    ]
    assert [(t.talk.speakers, t.talk.organizations) for t in found.talks] == [((), ())] * 2
    assert [media(t.talk) for t in found.talks] == [
        ["https://decks.example.net/2031-small-parsers/"],
        ["https://decks.example.net/2031-queues/"],
    ]
    # a page of slides says so as well as one of talks
    assert len(talks(page.replace("# Talks", "# Slides").replace("Meetup", "Night"))) == 2
    # a blog's archive, a project's releases, a conference's news: no talks given
    for title in ("Blog", "Releases", "Harbor Conf news"):
        assert not talks(page.replace("# Talks", f"# {title}"))


def test_a_front_matter_title_spelt_with_a_capital_says_talks_given() -> None:
    found = talks(
        """
        ---
        Title: Talks
        ---

        What I have shown at meetups over the years.

        [**Small Parsers for Tide Logs**](https://decks.example.net/2031-small-parsers/) Mar 3, 2031<br>
        Harbor Python Meetup

        [**Queues, Caches and Boats**](https://decks.example.net/2031-queues/) Jan 9, 2031<br>
        Lumen Data Night
        """
    )
    assert [(t.title, t.speakers) for t in found] == [
        ("Small Parsers for Tide Logs", ()),
        ("Queues, Caches and Boats", ()),
    ]


def test_a_definition_lists_terms_are_its_talks_under_years() -> None:
    # kramdown / Pandoc: a term, then "~" definitions (where, then the links)
    found = talks(
        """
        # Slides

        ## 2031

        Wiggles in tide tables
          ~ Harbour Statistics Seminar, Port Ellen, 3rd May
          ~ <a href="https://doi.org/10.5281/zenodo.1234567"><span class="label">10.5281/zenodo.1234567</span></a> <a href="https://decks.example.net/tides"><span class="label">Slide deck</span></a> <a href="https://decks.example.net/tides"><span class="label">Code</span></a>

        Counting gulls with splines
          ~ Seabird Society & Friends Annual Meeting, Oban, Scotland
          ~

        ## 2030

        Lanterns and lattices in the dark
          ~ Riverbend Colloquium, Riverbend University
          ~ <a href="https://code.example.net/lanterns"><span class="label">Code</span></a> <a href="https://www.youtube.com/watch?v=mmmmmmmmmmm"><span class="label">Recording</span></a>
        """
    )
    assert [(t.title, t.section, t.speakers, orgs(t), media(t)) for t in found] == [
        ("Wiggles in tide tables", "2031", (), [], ["https://decks.example.net/tides"]),
        ("Counting gulls with splines", "2031", (), [], []),
        ("Lanterns and lattices in the dark", "2030", (), [], ["mmmmmmmmmmm"]),
    ]
    # Python-Markdown: ":" definitions, a speaker's label, the term apart from them
    found = talks(
        """
        # Harbor Meetup

        Small parsers for big logs
        :   Speaker: Ada Vos
        :   [Slides](https://speakerdeck.com/avos/small-parsers)

        Queues without tears

        :   Speaker: Bo Lind, Lumenware
        :   Keynote, Harbor Meetup #12, March 2031
        """
    )
    assert [(t.title, t.kind, people(t), orgs(t), media(t)) for t in found] == [
        ("Small parsers for big logs", "talk", [("Ada Vos", None)], [], ["avos/small-parsers"]),
        ("Queues without tears", "keynote", [("Bo Lind", None)], ["Lumenware"], []),
    ]


def test_paragraphs_of_prose_and_lists_of_projects_are_no_talks() -> None:
    assert not talks(
        """
        We met at the harbor again. Ada Vos - who maintains the queue library - showed
        the new [slides](https://speakerdeck.com/ada/queues) and everyone stayed late
        talking about parsers, models and what to build next.

        Bo Lind - Parsers by Hand was the book of the evening, see [notes](notes.md) and
        the [reading list](https://example.org/list) the group keeps for its members.
        """
    )
    assert not talks(
        """
        - [Queue Kit](https://github.com/harbor/queue-kit) - [Issues](https://github.com/harbor/queue-kit/issues)
        - [Parser Kit](https://github.com/harbor/parser-kit) - [Issues](https://github.com/harbor/parser-kit/issues)
        - [Model Kit](https://github.com/harbor/model-kit) - [Issues](https://github.com/harbor/model-kit/issues)
        """
    )


def test_a_link_broken_in_two_with_the_same_target_is_one_link() -> None:
    found = talks(
        """
        - [Queues at Scale (](talks/queues.pdf) [Ada Vos)](talks/queues.pdf)
        - [Parsers by Hand (Bo Lind)](talks/parsers.pdf)
        - [Small Models](talks/models.pdf) - [Cy Moe](https://github.com/cymoe)
        """
    )
    assert [(t.title, [p.name for p in t.speakers], media(t)) for t in found] == [
        ("Queues at Scale", ["Ada Vos"], ["talks/queues.pdf"]),
        ("Parsers by Hand", ["Bo Lind"], ["talks/parsers.pdf"]),
        ("Small Models", ["Cy Moe"], ["talks/models.pdf"]),
    ]


def test_a_parenthesis_closed_right_after_a_link_belongs_to_its_text() -> None:
    found = talks(
        """
        - [Queues at Scale](talks/queues.pdf) [(Ada Vos](talks/queues.pdf))
        - Parsers by Hand (Bo Lind)
        - Small Models (Cy Moe)
        """
    )
    assert [(t.title, [p.name for p in t.speakers], media(t)) for t in found] == [
        ("Queues at Scale", ["Ada Vos"], ["talks/queues.pdf"]),
        ("Parsers by Hand", ["Bo Lind"], []),
        ("Small Models", ["Cy Moe"], []),
    ]


def test_a_question_keeps_its_mark_as_french_writes_it() -> None:
    found = talks(
        """
        - [Pourquoi écrire des tests ?](https://speakerdeck.com/ada/tests) - [Ada Vos](https://github.com/avos)
        - [Queues et files ?](https://speakerdeck.com/bo/queues) - [Bo Lind](https://github.com/blind)
        - [Êtes-vous bien testés ?](https://speakerdeck.com/cy/tests) - [Cy Moe](https://github.com/cmoe)
        """
    )
    assert [t.title for t in found] == [
        "Pourquoi écrire des tests ?",
        "Queues et files",
        "Êtes-vous bien testés ?",  # the verb before its pronoun asks
    ]


def test_a_pictograph_the_title_repeats_is_no_bullet() -> None:
    found = talks(
        """
        ## 2024

        - ⚡️ Lint ⚡️ in a Second [Ada Vos](https://github.com/avos)
        - 🎤 Queues at Scale [Bo Lind](https://github.com/blind)

        ### 🦀 Rust for 🦀 Crabs, [Cy Moe](https://github.com/cmoe)

        ### 🎤 Parsers by Hand, [Di Ray](https://github.com/dray)
        """
    )
    assert [t.title for t in found] == [
        "⚡️ Lint ⚡️ in a Second",
        "Queues at Scale",
        "🦀 Rust for 🦀 Crabs",
        "Parsers by Hand",
    ]


def test_symbols_that_close_a_figure_of_the_title_are_its_own() -> None:
    found = talks(
        """
        ## 2031

        * Harbor Summit 2031 - [No idea what my queue does ¯\\\\\\_(ツ)_/¯](https://speakerdeck.com/ann/queues)
        * Lumen Days 2031 - [Caches at sea ~](https://speakerdeck.com/ann/caches)
        * Fjord Conf 2031 - [Maps for everyone · 📺](https://speakerdeck.com/ann/maps)
        """
    )
    flagged = talks(
        """
        | Title | Speakers | Slides |
        | --- | --- | --- |
        | Tides | Ann Lee 🇳🇴, Bo Lind 🇳🇴 | [Slides](https://speakerdeck.com/ann/tides) |
        | Knots | Cy Moe 🇸🇪 | [Slides](https://speakerdeck.com/cy/knots) |
        """
    )
    assert all(p.name.isascii() for t in flagged for p in t.speakers)  # flags: no names
    assert [t.title for t in found] == [
        "No idea what my queue does ¯\\_(ツ)_/¯",
        "Caches at sea ~",
        "Maps for everyone",  # a pictograph of its own at the end: no word of the title
    ]


def test_a_talk_line_that_stops_at_a_dash_goes_on_on_the_next() -> None:
    found = talks(
        """
        * 2016-11-24: Ada Vos -
          Compiling a small language by hand
          ([slides](https://speakerdeck.com/ada/compiling), video to come)
        * 2016-10-27: [Bo Lind](https://github.com/blind) - Parsers ([slides](p.pdf))
        * 2016-09-29: Cy Moe - Small models for everyone ([slides](m.pdf))
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Compiling a small language by hand", ["Ada Vos"]),
        ("Parsers", ["Bo Lind"]),
        ("Small models for everyone", ["Cy Moe"]),
    ]


def test_a_talk_line_that_stops_at_a_joining_word_goes_on_on_the_next() -> None:
    found = talks(
        """
        * 2016-11-24: Ada Vos - Typing web services with
          Servant ([notes](notes/servant.md),
          [code](code/servant))
        * 2016-10-27: Bo Lind - Parsers by
          Hand ([slides](p.pdf))
        * 2016-09-29: Cy Moe - Small models for everyone ([slides](m.pdf))
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Typing web services with Servant", ["Ada Vos"]),
        ("Parsers by Hand", ["Bo Lind"]),
        ("Small models for everyone", ["Cy Moe"]),
    ]


def test_a_repository_after_the_speaker_is_the_project_the_title_names() -> None:
    found = talks(
        """
        * 2019-03-28 - [Ada Vos](https://github.com/avos) - [tracer](https://github.com/avos/tracer): Tracing system calls
        * 2019-02-28 - [Bo Lind](https://github.com/blind) - Parsers by hand ([slides](p.pdf))
        * 2019-01-28 - [Cy Moe](https://github.com/cymoe) - Small models ([slides](m.pdf))
        """
    )
    assert [(t.title, [p.name for p in t.speakers], t.organizations) for t in found] == [
        ("tracer: Tracing system calls", ["Ada Vos"], ()),
        ("Parsers by hand", ["Bo Lind"], ()),
        ("Small models", ["Cy Moe"], ()),
    ]


def test_a_byline_ends_where_the_event_they_spoke_at_begins() -> None:
    found = talks(
        """
        - [Queues at Scale](https://www.youtube.com/watch?v=abcdefghijk) by [Ada Vos](https://x.com/avos) at PyCon 2019
        - [Parsers by Hand](https://speakerdeck.com/bo/parsers) by Bo Lind at [DevConf](https://devconf.example.org/)
        - [Small Models](https://vimeo.com/123456) by [Cy Moe](https://x.com/cymoe)
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Queues at Scale", ["Ada Vos"]),
        ("Parsers by Hand", ["Bo Lind"]),
        ("Small Models", ["Cy Moe"]),
    ]


def test_a_date_after_a_bylines_dash_or_bar_is_when_not_who() -> None:
    found = talks(
        """
        ## Recorded talks

        - [Kites over Harbors](https://www.youtube.com/watch?v=kkkkkkkkkkk) By Ada Vos - Mar 11, 2031.
        - [Tiny Queues](https://vimeo.com/765432) By Bo Lind & Cy Moe - Apr 2, 2031. [Slides](https://speakerdeck.com/blind/tiny-queues)
        - [Paper Lanterns](https://harborconf.example.org/2031/schedule/event/lanterns/) by Cy Moe | 2031-05-05
        - [Quiet Parsers](https://www.youtube.com/watch?v=qqqqqqqqqqq) By Bo Lind, October 2030.
        """
    )
    assert [(t.title, [p.name for p in t.speakers], media(t)) for t in found] == [
        ("Kites over Harbors", ["Ada Vos"], ["kkkkkkkkkkk"]),
        ("Tiny Queues", ["Bo Lind", "Cy Moe"], ["765432", "blind/tiny-queues"]),
        ("Paper Lanterns", ["Cy Moe"], []),
        ("Quiet Parsers", ["Bo Lind"], ["qqqqqqqqqqq"]),
    ]


def test_a_title_that_says_by_and_at_before_its_speakers_keeps_its_words() -> None:
    found = talks(
        """
        ### Growing Labs by Improving Teaching and Research Skills at Colleges, Ada Vos, Bo Lind

        How a college grew its labs.

        ### Queues at Scale, [Cy Moe](https://www.linkedin.com/in/cymoe/)

        What queues do at scale.
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        (
            "Growing Labs by Improving Teaching and Research Skills at Colleges",
            ["Ada Vos", "Bo Lind"],
        ),
        ("Queues at Scale", ["Cy Moe"]),
    ]


def test_strong_words_before_a_deck_link_alone_are_the_event() -> None:
    found = talks(
        """
        ## 2023

        - **Harbor Conf** — [Queues at Scale](https://speakerdeck.com/ada/queues) ([video](https://www.youtube.com/watch?v=abcdefghijk))
        - **Lumen Days** — [Parsers by Hand](https://speakerdeck.com/ada/parsers)

        ## 2022

        - **Queues in Practice** — [Ada Vos](https://www.linkedin.com/in/avos/)
        - **Small Models** — Bo Lind ([slides](https://speakerdeck.com/bo/models))
        """
    )
    assert [(t.title, [p.name for p in t.speakers], len(t.media)) for t in found] == [
        ("Queues at Scale", [], 2),
        ("Parsers by Hand", [], 1),
        ("Queues in Practice", ["Ada Vos"], 0),
        ("Small Models", ["Bo Lind"], 1),
    ]


def test_a_title_linked_to_its_deck_before_a_long_dash_links_its_slides() -> None:
    found = talks(
        """
        - [Queues at Scale](https://speakerdeck.com/ada/queues) — Ada Vos
        - [Parsers by Hand][parsers] – Bo Lind
        - [Small Models](https://www.youtube.com/watch?v=ccccccccccc) — Cy Moe

        [parsers]: https://speakerdeck.com/bo/parsers
        """
    )
    assert [(t.title, [p.name for p in t.speakers], media(t)) for t in found] == [
        ("Queues at Scale", ["Ada Vos"], ["ada/queues"]),
        ("Parsers by Hand", ["Bo Lind"], ["bo/parsers"]),
        ("Small Models", ["Cy Moe"], ["ccccccccccc"]),
    ]


def test_a_column_of_slides_linked_by_their_icons() -> None:
    found = talks(
        """
        | Date | Title | View Slide |
        |---:|---|:---:|
        | 09/19 | 副業インフラの話 | <a href="../slides/0919/infra.html"><img src="/ico/reveal.ico"></a> |
        | 03/02 | Small Caches | [<img src="/ico/reveal.ico">](../slides/0302/caches.html) |
        | 01/02 | Quiet Queues | [![deck](/ico/deck.png)](https://speakerdeck.com/ann/queues) |
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("副業インフラの話", ["../slides/0919/infra.html"]),
        ("Small Caches", ["../slides/0302/caches.html"]),
        ("Quiet Queues", ["ann/queues"]),
    ]


def test_see_also_and_profile_icons_in_a_table() -> None:
    found = talks(
        """
        | Date | Title | See also | Slides |
        |---|---|---|---|
        | 2031-05-01 | Tidal Models | [video](https://www.youtube.com/watch?v=abcdefghijk) | [![tw](/tw.svg)](https://twitter.com/ada) |
        | 2031-04-01 | Edge Caching | [slides](https://example.org/edge.pdf) | [![home](/h.svg)](https://edge.example.org/) |
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Tidal Models", ["abcdefghijk"]),
        ("Edge Caching", ["https://example.org/edge.pdf"]),
    ]
    broken = talks(
        """
        | Title | Slides |
        |---|---|
        | Queues | [![s](s.svg)](http://[1]/deck) |
        | Parsers | [slides](https://speakerdeck.com/ann/parsers) |
        """
    )
    assert [t.title for t in broken] == ["Queues", "Parsers"]  # a broken address: no crash


def test_table_columns_are_named_by_their_words_not_their_icons() -> None:
    found = talks(
        """
        | :material-calendar: **Date** | :material-microphone: **Talk** | 🎤 Speaker |
        |---|---|---|
        | 2023-01-10 | Queues at Scale | Ada Vos |
        | 2023-02-14 | Parsers by Hand | Bo Lind |
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Queues at Scale", ["Ada Vos"]),
        ("Parsers by Hand", ["Bo Lind"]),
    ]


def test_a_link_to_a_channel_or_a_playlist_is_no_talk_and_no_talks_media() -> None:
    found = talks(
        """
        # Harbor circle

        - [Chat invitation](https://chat.example.org/join)
        - [Our YouTube channel](https://www.youtube.com/watch?v=aaaaaaaaaaa&list=PLabc)

        ## March

        - [Ada Vos](https://www.linkedin.com/in/avos/) - [Side channel attacks](https://www.youtube.com/watch?v=bbbbbbbbbbb)

        ## April

        - [Bo Lind](https://www.linkedin.com/in/blind/) - [Parsers by Hand](https://example.org/parsers.pdf)
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Side channel attacks", ["bbbbbbbbbbb"]),
        ("Parsers by Hand", ["https://example.org/parsers.pdf"]),
    ]


def test_an_item_that_is_only_a_label_over_talks_is_no_talk() -> None:
    found = talks(
        """
        ### Meetup 9

        - **Topic**
          - Talk
            - [Ada Vos](https://github.com/avos) - Queues at Scale
              - [Slides](https://speakerdeck.com/ada/queues)
              - [Video](https://www.youtube.com/watch?v=aaaaaaaaaaa)

        ### Meetup 8

        - **Topic**
          - Talk
            - [Bo Lind](https://github.com/blind) - Parsers by Hand
              - [Slides](https://speakerdeck.com/bo/parsers)
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Queues at Scale", ["Ada Vos"]),
        ("Parsers by Hand", ["Bo Lind"]),
    ]


def test_a_name_an_honorific_follows_is_the_speaker_given_first() -> None:
    found = talks(
        """
        - [`김하늘@구름랩`]()님 - [**작은 번들**](https://speakerdeck.com/sky/bundles)
        - [`이바다 (Sea)`](https://example.org/sea)님 - **서버 다시 보기**
          - [PDF](slides/server.pdf)
        - 정다은님 - 스터디 소개
        - 山田さん: [小さなパーサー](https://speakerdeck.com/yamada/parser)
        """
    )
    assert [(t.title, [(p.name, p.url) for p in t.speakers], orgs(t)) for t in found] == [
        ("작은 번들", [("김하늘", None)], ["구름랩"]),
        ("서버 다시 보기", [("이바다", "https://example.org/sea")], []),
        ("스터디 소개", [("정다은", None)], []),
        ("小さなパーサー", [("山田", None)], []),
    ]


def test_a_media_heading_over_every_talk_is_no_section_and_beside_others_is_one() -> None:
    alone = plan(
        """
        ## slides
        > The decks of my talks.

        ### `queues`
        * Title: **Queues at Scale**
        * [Slides](slides/queues.pdf)

        ### `parsers`
        * Title: **Parsers by Hand**
        * [Slides](slides/parsers.pdf)
        """
    )
    assert [t.talk.section for t in alone.talks] == [None, None]
    beside = plan(
        """
        # Presentations

        ## Queues at Scale

        [PDF](slides/queues.pdf)

        # Videos

        ## Parsers by Hand

        [Video](https://www.youtube.com/watch?v=aaaaaaaaaaa)
        """
    )
    assert [t.talk.section for t in beside.talks] == [None, "Videos"]


def test_a_labelled_title_under_an_events_heading_leaves_the_venue_out() -> None:
    found = talks(
        """
        ## Compilers course at Lumen University

        - 2020-03-02
        - Talk: **Parsing without tears**: [slides](talks/parsing.pdf)

        ## Winter school on networks

        - 2019-12-01
        - Talk: **Packets for lawyers**
          - Slides: [v2](talks/packets.pdf)
        """
    )
    assert [(t.title, t.organizations, media(t)) for t in found] == [
        ("Parsing without tears", (), ["talks/parsing.pdf"]),
        ("Packets for lawyers", (), ["talks/packets.pdf"]),
    ]


def test_after_a_quoted_title_and_a_comma_come_where_not_who() -> None:
    found = talks(
        """
        * "Queues at Scale", PyCon US, Pittsburgh ([slides](https://speakerdeck.com/ada/queues))
        * "Parsers by Hand", EuroPython, Prague ([slides](https://speakerdeck.com/ada/parsers))
        * "Small Models", Bo Lind ([video](https://www.youtube.com/watch?v=aaaaaaaaaaa))
        """
    )
    assert [(t.title, [p.name for p in t.speakers], t.organizations) for t in found] == [
        ("Queues at Scale", [], ()),
        ("Parsers by Hand", [], ()),
        ("Small Models", ["Bo Lind"], ()),
    ]


def test_a_heading_that_names_the_speaker_over_a_bold_title() -> None:
    found = talks(
        """
        ## Ada Vos

        **Queues at Scale**

        What queues do at scale.

        [Slides](https://speakerdeck.com/ada/queues)

        ## Bo Lind

        **Parsers by Hand**
        Parsing without a generator.

        [Slides](https://speakerdeck.com/bo/parsers)
        """
    )
    assert [(t.title, [p.name for p in t.speakers], t.abstract) for t in found] == [
        ("Queues at Scale", ["Ada Vos"], "What queues do at scale."),
        ("Parsers by Hand", ["Bo Lind"], "Parsing without a generator."),
    ]


@pytest.mark.parametrize(
    ("titles", "read"),
    [
        (  # a date in parentheses at its end
            ["Queues in Ten Minutes (March 3, 2021)", "Parsers by Hand (14/05/2021)",
             "Models (and Why They Fail)"],
            ["Queues in Ten Minutes", "Parsers by Hand", "Models (and Why They Fail)"],
        ),
        (  # a numbered series before it
            ["Learning Day #1 - Queues from scratch", "Lunch & Learn #2: Parsers by hand",
             "C# 101: Types and Generics"],
            ["Queues from scratch", "Parsers by hand", "C# 101: Types and Generics"],
        ),
    ],
)  # fmt: skip
def test_when_a_title_says_is_no_part_of_it(titles: list[str], read: list[str]) -> None:
    page = "\n\n".join(f"## {title}\n\n[Slides](talks/{n}.pdf)" for n, title in enumerate(titles))
    assert [t.title for t in talks(page)] == read


def test_a_theme_include_named_for_its_player_is_that_player() -> None:
    found = talks(
        """
        ### Queues from scratch

        {% include embed-youtube.html video_id="aaaaaaaaaaa" classes="wide" %}

        ### Parsers by hand

        {% include vimeo_player.html id="123456" %}
        """
    )
    assert [media(t) for t in found] == [["aaaaaaaaaaa"], ["123456"]]


def test_a_labelled_title_that_is_a_link_to_a_player_is_the_talks_video() -> None:
    found = talks(
        """
        - **[Harbor Days 2024](https://harbor.example.org/)**
          Talk: [«Docs that age well»](https://www.youtube.com/watch?v=aaaaaaaaaaa)

        - **[Writers Night](https://writers.example.org/)**
          Talk: [«Glossaries for humans»](https://www.youtube.com/live/bbbbbbbbbbb?si=x&t=120)
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Docs that age well", ["aaaaaaaaaaa"]),
        ("Glossaries for humans", ["bbbbbbbbbbb"]),
    ]


def test_a_speakers_heading_over_talks_with_icon_links() -> None:
    found = plan(
        """
        ## Speakers

        ### Vera Orlova
        *Senior developer, Acme Labs*

        * Parsing with combinators. [](https://youtu.be/aaaaaaaaaaa){: .youtube } [](talks/combinators.pdf){: .pdf }
        * Property-based testing.

        ### [Ilya Petrov](#petrov)
        *Meetup organiser*

        * Rust for C programmers. [](https://speakerdeck.com/ilya/rust){: .deck }
        """
    )
    assert [
        (t.talk.title, [p.name for p in t.talk.speakers], media(t.talk), t.talk.section)
        for t in found.talks
    ] == [
        (
            "Parsing with combinators",
            ["Vera Orlova"],
            ["aaaaaaaaaaa", "talks/combinators.pdf"],
            "Vera Orlova",
        ),
        # listed beside her talk with slides: a talk of hers too, with none
        ("Property-based testing", ["Vera Orlova"], [], "Vera Orlova"),
        # the heading that names the speaker groups her talks: their section
        ("Rust for C programmers", ["Ilya Petrov"], ["ilya/rust"], "Ilya Petrov"),
    ]


def test_topic_headings_that_read_like_names_give_no_speaker() -> None:
    found = talks(
        """
        # My talks

        ## Machine Learning

        - [Small models](https://speakerdeck.com/ada/models)
        - [Big data](https://speakerdeck.com/ada/data)

        ## Databases

        - [Queues](https://speakerdeck.com/ada/queues)
        """
    )
    assert [(t.title, t.speakers, t.section) for t in found] == [
        ("Small models", (), "Machine Learning"),
        ("Big data", (), "Machine Learning"),
        ("Queues", (), "Databases"),
    ]
    bold = talks(
        """
        ## Machine Learning

        **Small models**

        [Slides](https://speakerdeck.com/ada/models)

        ## Cloud Native

        **Queues**

        [Slides](https://speakerdeck.com/ada/queues)
        """
    )
    assert all(not t.speakers for t in bold)


def test_a_linked_title_with_commas_names_its_speaker_after_the_last_dash() -> None:
    found = talks(
        """
        ### [Move Fast, Break Nothing - Ada Vos](https://www.youtube.com/watch?v=aaaaaaaaaaa)
        Shipping carefully.

        ### [The Return of 'Think Less, Do More' - Bo Lind](https://www.youtube.com/watch?v=bbbbbbbbbbb)
        Small systems age well.

        ### [Queues in Practice - Cy Moe](https://www.youtube.com/watch?v=ccccccccccc)
        No comma here.
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Move Fast, Break Nothing", ["Ada Vos"]),
        ("The Return of 'Think Less, Do More'", ["Bo Lind"]),
        ("Queues in Practice", ["Cy Moe"]),
    ]


def test_a_watch_lists_byline_ends_at_the_sentence_and_a_reading_list_is_none() -> None:
    watched = talks(
        """
        ## June 2021

        - [Queues without tears](https://www.youtube.com/watch?v=aaaaaaaaaaa) by Ada Vos. A calm tour of backpressure.
        - [Parsers by hand](https://www.youtube.com/watch?v=bbbbbbbbbbb) by Bo Lind. Fun, see also [the demo](https://example.org/demo).
        """
    )
    assert [(t.title, [p.name for p in t.speakers], media(t)) for t in watched] == [
        ("Queues without tears", ["Ada Vos"], ["aaaaaaaaaaa"]),
        ("Parsers by hand", ["Bo Lind"], ["bbbbbbbbbbb"]),
    ]
    read = talks(
        """
        ## June 2021

        - [Queues without tears](https://blog.example.org/queues) by Ada Vos. A calm essay.
        - [Parsers by hand](https://books.example.org/parsers) by Bo Lind. A short book.
        """
    )
    assert read == []


def test_talks_cited_as_papers_name_their_bold_presenter() -> None:
    found = talks(
        """
        # Talks and posters

        - **Vos A**. Counting birds with cheap microphones. Ecology Seminar, 2019. ([Talk](https://www.slideshare.net/avos/counting-birds))
        - **Vos A**, Lind B, Moe C. Mapping dawn choruses. Ecology Forum, 2019 ([Talk](https://www.youtube.com/watch?v=aaaaaaaaaaa))
        - **Vos A.** Soundscapes as data - what a forest
          hears at night. Science Days, 2018 ([Talk](https://www.youtube.com/watch?v=bbbbbbbbbbb))
        """
    )
    assert [(t.title, [p.name for p in t.speakers], media(t)) for t in found] == [
        ("Counting birds with cheap microphones", ["Vos A"], ["avos/counting-birds"]),
        ("Mapping dawn choruses", ["Vos A"], ["aaaaaaaaaaa"]),
        ("Soundscapes as data - what a forest hears at night", ["Vos A"], ["bbbbbbbbbbb"]),
    ]


def test_a_citation_wrapped_over_three_lines_reads_as_one_line() -> None:
    found = talks(
        """
        # Talks and posters

        - **Vos A**, Lind B, Moe C, Park D, Ray E, Sol F, Tam G, and
        Uhl H. Counting owls - why cheap microphones hear more than
        big ones. Ecology Forum, 2031 ([Talk](https://www.slideshare.net/avos/counting-owls))
        - **Vos A**. Mapping dawn choruses. Ecology Forum, 2030 ([Talk](https://www.youtube.com/watch?v=aaaaaaaaaaa))
        """
    )
    assert [(t.title, [p.name for p in t.speakers], media(t)) for t in found] == [
        (
            "Counting owls - why cheap microphones hear more than big ones",
            ["Vos A"],
            ["avos/counting-owls"],
        ),
        ("Mapping dawn choruses", ["Vos A"], ["aaaaaaaaaaa"]),
    ]


def test_a_speaker_deck_script_embed_is_the_deck_and_no_other_script_is_read() -> None:
    found = plan(
        """
        ## Harbor Fest 2019

        <script async class="speakerdeck-embed" data-id="c6e6743a83874131ab3d3e80a5e92d63" src="//speakerdeck.com/assets/embed.js"></script>

        What we learned running workshops.

        ## Harbor Days 2019

        <script async class="speakerdeck-embed" data-id="94600e23e8554f4e9a410ce8102f9476" src="//speakerdeck.com/assets/embed.js"></script>

        ## Notes

        <script class="other-embed" data-id="abc" src="https://evil.example/x.js"></script>
        """
    )
    assert [(t.talk.title, media(t.talk)) for t in found.talks] == [
        ("Harbor Fest 2019", ["c6e6743a83874131ab3d3e80a5e92d63"]),
        ("Harbor Days 2019", ["94600e23e8554f4e9a410ce8102f9476"]),
    ]
    assert all(t.removals for t in found.talks)  # the card's player stands in its place


def test_a_bulleted_date_with_a_comma_is_no_title() -> None:
    found = talks(
        """
        - **• May, 16th 2031** - Ada Vos ([slides](https://example.org/may.pdf))
        - **• April, 4th 2031** - Bo Lind ([slides](https://example.org/april.pdf))
        - **Quiet Queues** - Cy Moe ([slides](https://example.org/queues.pdf))
        - **Small Parsers** - Di Hart ([slides](https://example.org/parsers.pdf))
        """
    )
    assert [t.title for t in found] == ["Quiet Queues", "Small Parsers"]
    dated = talks(
        """
        - **May 16th, 2031** - Ada Vos ([slides](https://example.org/may.pdf))
        - **April 4th, 2031** - Bo Lind ([slides](https://example.org/april.pdf))
        - **March 7th, 2031** - Queues at Scale ([slides](https://example.org/queues.pdf))
        - **March 1st, 2031** - Parsers by Hand ([slides](https://example.org/parsers.pdf))
        """
    )
    assert [t.title for t in dated] == ["Queues at Scale", "Parsers by Hand"]


def test_a_heading_that_only_dates_a_meetup_is_no_talk_of_its_own() -> None:
    found = talks(
        """
        ## 4. März 2011

        * [Queues (Ada Vos)](talks/queues.pdf)
        * [Parsers (Bo Lind)](talks/parsers.pdf)

        ## 2. April 2011 (Harbor Days)

        * [Folien](https://example.org/slides/harbor.pdf)
        """
    )
    assert [t.title for t in found] == ["Queues", "Parsers"]


@pytest.mark.parametrize(
    "date",
    [
        "28 maart 2024",
        "15 mei 2024",
        "3 maggio 2023",
        "4. März 2011",
        "2024 May 15",
    ],
)
def test_a_heading_that_dates_a_meetup_in_another_language_is_no_talk(date: str) -> None:
    found = talks(
        f"""
        ## Lumen Meetup

        * [Queues (Ada Vos)](talks/queues.pdf)
        * [Parsers (Bo Lind)](talks/parsers.pdf)

        ## {date} (Harbor Days)

        * [Slides](https://example.org/slides/harbor.pdf)
        """
    )
    assert [t.title for t in found] == ["Queues", "Parsers"]


def test_an_html_list_of_talks_is_read_and_left_as_written() -> None:
    found = plan(
        """
        # Talks

        <h3>Slides</h3>
        <ul>
          <li><a href="https://www.slideshare.net/ada/queues-overview">Queues Overview</a></li>
          <li><a href="https://www.slideshare.net/bo/parsers-by-hand">Parsers by Hand</a>
          </li>
          <li><a href="https://speakerdeck.com/cy/small-models">Small Models</a></li>
        </ul>

        <ul>
          <li><a href="https://www.slideshare.net/ada/one">One</a>
          <li><a href="https://www.slideshare.net/ada/two">Two</a>
        </ul>
        """
    )
    assert [(t.talk.line, t.talk.title, media(t.talk)) for t in found.talks] == [
        (5, "Queues Overview", ["ada/queues-overview"]),
        (6, "Parsers by Hand", ["bo/parsers-by-hand"]),
        (8, "Small Models", ["cy/small-models"]),
    ]
    assert all(t.in_place for t in found.talks)  # cards only where Markdown writes the list


def test_raw_html_elements_that_each_hold_a_talk_under_its_heading_are_read_in_place() -> None:
    found = plan(
        """
        # Talks

        <article class="talk">
          <h2>Baking Bread with Bash</h2>
          <a href="https://example.org/bread.pdf">Slides</a>
          <p>Presented at Shell Club, March 3, 2020</p>
        </article>

        <div class="card">
            <h3>[2022] Frog Meetup - Lily Pads at Scale</h3>
            How ponds grow, told by a frog.
            <br />
            <div class="player">
                <iframe src="https://www.youtube.com/embed/cedarcedar1"></iframe>
            </div></div>

        <article class="talk">
          <h2>Awk for Accountants</h2>
          <a href="https://speakerdeck.com/lq/awk">Slides</a>
        </article>
        """
    )
    assert [(t.talk.line, t.talk.title, media(t.talk)) for t in found.talks] == [
        (4, "Baking Bread with Bash", ["https://example.org/bread.pdf"]),  # its heading's
        (10, "Lily Pads at Scale", ["cedarcedar1"]),
        (18, "Awk for Accountants", ["lq/awk"]),
    ]
    assert all(t.in_place for t in found.talks)  # the page's HTML stays as written
    assert not found.diagnostics  # the card's own <div>s are the page's, not a fault


def test_a_session_heading_said_again_under_each_day_leaves_the_day_the_section() -> None:
    found = talks(
        """
        # Programme

        ## Tuesday

        ### Morning session

        - [Quiet Queues at Sea](https://www.youtube.com/watch?v=aaaaaaaaaaa) - Ann Lee
        - [Maps for Everyone](https://www.youtube.com/watch?v=bbbbbbbbbbb) - Bo Lind

        ## Wednesday

        ### Morning session

        - [Small Caches](https://www.youtube.com/watch?v=ccccccccccc) - Cy Moe

        ### Lumen workshop

        - [Graphs by Hand](https://www.youtube.com/watch?v=ddddddddddd) - Di Ray

        ## 2031

        ### 2030

        - [Old Queues](https://www.youtube.com/watch?v=eeeeeeeeeee) - Ed Poe

        ## 2032

        ### 2030

        - [Older Queues](https://www.youtube.com/watch?v=fffffffffff) - Fay Low

        ### Keynotes

        - [Harbor Keynote](https://www.youtube.com/watch?v=ggggggggggg) - Gil Sun

        ## 2033

        ### Keynotes

        - [Lumen Keynote](https://www.youtube.com/watch?v=hhhhhhhhhhh) - Hal Roe
        """
    )
    assert [t.section for t in found] == [
        "Tuesday",
        "Tuesday",
        "Wednesday",
        "Lumen workshop",
        "2030",
        "2030",
        "Keynotes",
        "Keynotes",
    ]  # (a year, a track said again names its own)


def test_raw_html_cards_of_a_player_over_a_name_and_a_title_are_talks() -> None:
    """A programme's cards in raw HTML, each a player (or an image in its place) over
    ``<b>Name</b><br> Title``: a talk each, at the name's line, the player its video; the
    session heading said again under each day is part of the day, which names the section."""
    found = plan(
        """
        # Programme

        ## Tuesday

        ### Morning session

        <div class="videos">
        \t<div class="video">
        \t\t<div class="top">
        \t\t\t<iframe src="https://www.youtube.com/embed/cedarcedar1" allowfullscreen></iframe>
        \t\t</div>
        \t\t<div class="bottom">
        \t\t\t<b> Ann Lee </b><br> Quiet Queues at Sea

        \t\t</div>
        \t</div>
        \t<div class="video">
        \t\t<div class="top">
        \t\t\t<img src="/assets/no-recording.png">
        \t\t</div>
        \t\t<div class="bottom">
        \t\t\t<b> Bo Lind </b><br> Maps for Everyone
        \t\t</div>
        \t</div>
        </div>

        ## Wednesday

        ### Morning session

        <div class="videos">
        \t<div class="video">
        \t\t<div class="top">
        \t\t\t<iframe src="https://www.youtube.com/embed/cedarcedar2" allowfullscreen></iframe>
        \t\t</div>
        \t\t<div class="bottom">
        \t\t\t<b> Cy Moe </b><br> Small Caches, Large Wins
        \t\t</div>
        \t</div>
        </div>
        """
    )
    assert [
        (t.talk.line, t.talk.title, people(t.talk), media(t.talk), t.talk.section)
        for t in found.talks
    ] == [
        (13, "Quiet Queues at Sea", [("Ann Lee", None)], ["cedarcedar1"], "Tuesday"),
        (22, "Maps for Everyone", [("Bo Lind", None)], [], "Tuesday"),
        (37, "Small Caches, Large Wins", [("Cy Moe", None)], ["cedarcedar2"], "Wednesday"),
    ]
    assert not found.diagnostics  # each player is its talk's, none outside
    demos = plan(
        """
        # Product demos

        <div class="gallery">
        \t<div class="item">
        \t\t<div><iframe src="https://www.youtube.com/embed/cedarcedar3"></iframe></div>
        \t\t<div><b>Harbor Deploy</b><br> One-click rollbacks</div>
        \t</div>
        \t<div class="item">
        \t\t<div><iframe src="https://www.youtube.com/embed/cedarcedar4"></iframe></div>
        \t\t<div>The cake arrives</div>
        \t</div>
        </div>
        """
    )
    assert not demos.talks  # no page of talks, no speaker read: a gallery's videos
    linked = talks(
        """
        # Recorded talks

        <div class="videos">
          <div class="video">
            <div class="top"><img src="/assets/no-recording.png"></div>
            <div class="bottom"><b><a href="https://www.linkedin.com/in/annlee/">Ann Lee</a></b><br> Quiet Queues <a href="https://youtu.be/abcdefghijk">video</a></div>
          </div>
          <div class="video">
            <div class="top"><img src="/assets/no-recording.png"></div>
            <div class="bottom"><b>Bo Lind</b><br> Maps for Everyone</div>
          </div>
        </div>
        """
    )
    assert [(t.title, people(t), media(t)) for t in linked] == [
        ("Quiet Queues", [("Ann Lee", "https://www.linkedin.com/in/annlee/")], ["abcdefghijk"]),
        ("Maps for Everyone", [("Bo Lind", None)], []),
    ]  # her name's own link; the title line's media, no title word


def test_cards_nested_in_a_layouts_divs_are_read_in_place() -> None:
    # A theme's layout: tabs in rows in columns, blank lines and comments between the
    # cards (Python-Markdown reads the whole element as raw HTML; CommonMark sees code).
    found = plan(
        """
        # Talks

        <div class="row">
          <div class="col-md-12">
            <ul class="nav"><li><a href="#talks">Talks</a></li></ul>

            <div class="tab-content">
              <div class="tab-pane" id="talks">

        <!-- ########## -->
                <div class="brick">
                  <div class="row">
                    <h3><a href="https://www.youtube.com/embed/cedarcedar1">Queues at Scale</a></h3>
                    <p>Published on May 2, 2031</p>
                  </div>
                </div><!-- ########## -->
                <div class="brick">
                  <div class="row">
                    <h3>
                      <a href="https://www.youtube.com/embed/cedarcedar2">
                        Small Caches
                      </a>
                    </h3>

                    <p>How small caches win.</p>
                  </div>
                </div>
                <div class="brick">
                  <div class="row">
                    <h3><a href="https://www.youtube.com/embed/cedarcedar3">Graphs</a></h3>
                  </div>
                </div>
              </div>
            </div>
          </div>
        </div>
        """
    )
    assert [(t.talk.line, t.talk.title, media(t.talk)) for t in found.talks] == [
        (13, "Queues at Scale", ["cedarcedar1"]),  # the line of its heading
        (19, "Small Caches", ["cedarcedar2"]),  # its title's line
        (29, "Graphs", ["cedarcedar3"]),
    ]
    assert [t.in_place for t in found.talks] == [True] * 3
    assert not found.diagnostics


def test_markdown_talks_after_a_raw_element_read_on_stay_apart() -> None:
    found = talks(
        """
        # Speaking

        <div class="about">
          <p>I give talks on frontends.</p>

            <p>Watch my <a href="https://www.youtube.com/watch?v=mrta0000000">reel</a>.</p>
        </div>

        ## 2031

        - **State machines** — Harbor Summit 2031 ([video](https://www.youtube.com/watch?v=stmc0000001))
        - **Signals explained** — Lumen Conf 2031 ([slides](https://speakerdeck.com/ann/signals))
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("State machines", ["stmc0000001"]),
        ("Signals explained", ["ann/signals"]),
    ]


def test_a_year_over_cards_in_raw_html_is_their_section_and_a_cards_subheading_its_own() -> None:
    found = talks(
        """
        # Talks

        <div class="archive">
          <section class="year">
            <h3>2031</h3>

            <div class="talk">
              <h4>Controllers from scratch</h4>
              <p><a href="https://www.youtube.com/watch?v=ctrl0000003">video</a></p>
            </div>

            <div class="talk">
              <h4>CRDs done right</h4>
              <p><a href="https://speakerdeck.com/ann/crds">slides</a></p>
            </div>
          </section>
          <section class="year">
            <h3>2030</h3>

            <div class="talk"><h4>Memory-safe C</h4><p>Notes.</p><h4>Resources</h4><p><a href="https://www.youtube.com/watch?v=msc00000001">video</a></p></div>
          </section>
        </div>
        """
    )
    assert [(t.title, t.section, media(t)) for t in found] == [
        ("Controllers from scratch", "2031", ["ctrl0000003"]),
        ("CRDs done right", "2031", ["ann/crds"]),
        ("Memory-safe C", "2030", ["msc00000001"]),
    ]


def test_the_plugins_own_markup_is_never_read_as_talks() -> None:
    # an index page written by `mkdocs-roundup build`, read by the extension alone
    cards = "".join(
        f'  <article class="roundup-talk">\n    <h2>{title}</h2>\n'
        f'    <a href="https://speakerdeck.com/lq/{n}">Slides</a>\n  </article>\n\n'
        for n, title in enumerate(["Baking Bread with Bash", "Awk for Accountants"])
    )
    found = plan(f'<div class="roundup-index">\n\n{cards}</div>\n')
    assert found.talks == ()
    one = cards.split("\n\n")[0]  # one card in each, under the author's headings
    under = "".join(
        f'## {place}\n\n<div class="roundup-index">\n{one}\n</div>\n\n'
        for place in ("Oslo", "Bergen")
    )
    assert plan(under).talks == ()


def test_headings_over_their_authors_and_a_paper_are_publications() -> None:
    found = plan(
        """
        # Proceedings - Gull Track 2031

        #### Gull Track 2031 Overview
        _Ada Lind, Bo Varga, Cy Okafor_

        - :material-file-pdf-box: **Paper:** [overview.pdf](https://example.org/pubs/overview.pdf)

        #### Ranking With Tiny Indexes
        _Dee Moreau, Eli Shah_

        - :material-file-pdf-box: **Paper:** [tiny.pdf](https://example.org/pubs/tiny.pdf)
        """
    )
    assert found.talks == ()
    # a talk about a paper, with its slides, is a talk
    found = plan(
        """
        #### Bloom Filters in Practice - Ada Lind

        * [paper](https://example.org/pubs/bloom.pdf)
        * [slides](https://speakerdeck.com/alind/bloom)

        #### Raft by Hand - Bo Varga

        * [paper](https://example.org/pubs/raft.pdf)
        * [video](https://www.youtube.com/watch?v=cedarcedar1)
        """
    )
    assert [t.talk.title for t in found.talks] == ["Bloom Filters in Practice", "Raft by Hand"]


def test_a_heading_of_talks_over_two_recordings_is_no_one_talk() -> None:
    found = plan(
        """
        ## Day two

        ### Lightning talks at the booth

        First up was Nora Quinn, who added retry support:

        <iframe src="https://www.youtube.com/embed/cedarcedar1"></iframe>

        Then Ivo Stan showed key rotation:

        <iframe src="https://www.youtube.com/embed/cedarcedar2"></iframe>

        ### Rotating Keys Safely - Ivo Stan

        <iframe src="https://www.youtube.com/embed/cedarcedar3"></iframe>

        ### Retries Done Right - Nora Quinn

        <iframe src="https://www.youtube.com/embed/cedarcedar4"></iframe>
        """
    )
    assert [(t.talk.title, media(t.talk)) for t in found.talks] == [
        ("Rotating Keys Safely", ["cedarcedar3"]),
        ("Retries Done Right", ["cedarcedar4"]),
    ]


def test_raw_html_cards_of_features_are_no_talks() -> None:
    found = plan(
        """
        <div class="card">
          <h3>Fast builds</h3>
          <p>Pages render in a blink.</p>
          <a href="/guide/speed/">Learn more</a>
        </div>

        <div class="card">
          <h3>Plugins</h3>
          <p>Extend it your way.</p>
          <a href="/guide/plugins/">Learn more</a>
        </div>
        """
    )
    assert found.talks == ()


def test_an_html_table_of_talks_is_read_by_its_header_and_left_as_written() -> None:
    found = plan(
        """
        # Videos

        <table>
          <thead>
            <tr><th>Talk</th><th>Speaker</th></tr>
          </thead>
          <tbody>
            <tr>
              <td><a href="https://www.youtube.com/watch?v=aaaaaaaaaaa">Queues at Scale</a></td>
              <td><a href="https://x.com/avos">Ada Vos</a></td>
            </tr>
            <tr>
              <td><a href="https://www.youtube.com/watch?v=bbbbbbbbbbb">Parsers by Hand</a>
              <td>Bo Lind
            </tr>
          </tbody>
        </table>
        """
    )
    assert [
        (t.talk.line, t.talk.title, [p.name for p in t.talk.speakers], t.in_place)
        for t in found.talks
    ] == [(9, "Queues at Scale", ["Ada Vos"], True), (13, "Parsers by Hand", ["Bo Lind"], True)]


@pytest.mark.parametrize(
    "table",
    [
        """
        <table>
        <tr><th>Name</th><th>Role</th><th>GitHub</th></tr>
        <tr><td>Ada Vos</td><td>Maintainer</td><td><a href="https://github.com/avos">avos</a></td></tr>
        <tr><td>Bo Lind</td><td>Docs</td><td><a href="https://github.com/blind">blind</a></td></tr>
        </table>
        """,
        """
        <table>
        <tr><th>Talk</th><th>Speaker</th></tr>
        <tr><td><a href="https://vimeo.com/1111">Queues</a></td><td><table><tr><td>Ada Vos</td></tr></table></td></tr>
        <tr><td><a href="https://vimeo.com/2222">Parsers</a></td><td>Bo Lind</td></tr>
        </table>
        """,
    ],
)
def test_an_html_table_of_people_or_of_tables_is_no_list_of_talks(table: str) -> None:
    assert talks(table) == []


def test_a_list_naming_speakers_after_still_reads_a_line_that_names_one_first() -> None:
    found = talks(
        """
        - [Queues at Scale - Ada Vos (2018)](https://www.youtube.com/watch?v=aaaaaaaaaaa)
        - [Parsers by Hand - Bo Lind (2019)](https://www.youtube.com/watch?v=bbbbbbbbbbb)
        - [Cy Moe - Designing very large models (2020)](https://www.youtube.com/watch?v=ccccccccccc)
        - [Learn Stagecraft](https://stagecraft.example.org/) - Comedy structures for speakers.
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Queues at Scale", ["Ada Vos"]),
        ("Parsers by Hand", ["Bo Lind"]),
        ("Designing very large models", ["Cy Moe"]),
    ]


def test_jekyll_player_tags_and_includes_are_media_and_code_stays_code() -> None:
    found = talks(
        """
        ## Queues at Scale, Ada Vos

        {% include video id="aaaaaaaaaaa" provider="youtube" %}

        ## Parsers by Hand, Bo Lind

        {% youtube bbbbbbbbbbb %}

        ## Small Models, Cy Moe

        {% include speakerdeck.html id="c6e6743a83874131ab3d3e80a5e92d63" %}

        `{% youtube ccccccccccc %}`
        """
    )
    assert [media(t) for t in found] == [
        ["aaaaaaaaaaa"],
        ["bbbbbbbbbbb"],
        ["c6e6743a83874131ab3d3e80a5e92d63"],
    ]


def test_talks_in_material_tabs_and_admonitions_are_read() -> None:
    found = plan(
        """
        # Talks

        === "2024"

            - [Queues at Scale](https://speakerdeck.com/ada/queues) - [Ada Vos](https://github.com/avos)
            - [Parsers by Hand](https://speakerdeck.com/bo/parsers) - [Bo Lind](https://github.com/blind)

        !!! note "Harbor Conf"

            ### Tracing Everything, [Eli Wu](https://github.com/eliwu)

            <iframe src="https://www.youtube.com/embed/eeeeeeeeeee"></iframe>

            ### Logging Everything, [Fay Ng](https://github.com/fayng)

            ```
            <iframe src="https://www.youtube.com/embed/fffffffffff"></iframe>
            ```

        Heading
        ===
        """
    )
    assert [(t.talk.line, t.talk.title, media(t.talk)) for t in found.talks] == [
        (5, "Queues at Scale", ["ada/queues"]),
        (6, "Parsers by Hand", ["bo/parsers"]),
        (10, "Tracing Everything", ["eeeeeeeeeee"]),
        (14, "Logging Everything", []),  # the iframe in a code block stays code
    ]
    assert [t.nest for t in found.talks] == [4, 4, 4, 4]  # each card written inside its container
    assert not any(t.in_place for t in found.talks)


def test_an_event_in_parentheses_is_no_speaker() -> None:
    found = talks(
        """
        ### 2024-06-01 — Parsers by Hand (Harbor Days)

        Speaker: Bo Lind

        ### 2024-07-01 — Small Models (Harbor Summit)

        Speaker: Cy Moe
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Parsers by Hand (Harbor Days)", ["Bo Lind"]),
        ("Small Models (Harbor Summit)", ["Cy Moe"]),
    ]


def test_mkdocs_video_syntax_is_a_player() -> None:
    found = plan(
        """
        ## Queues at Scale, Ada Vos

        ![type:video](https://www.youtube.com/embed/aaaaaaaaaaa)

        ## Parsers by Hand, Bo Lind

        ![type:video](https://www.youtube.com/embed/bbbbbbbbbbb)

        ![A photo of the room](room.jpg)
        """
    )
    assert [media(t.talk) for t in found.talks] == [["aaaaaaaaaaa"], ["bbbbbbbbbbb"]]
    assert all(t.removals for t in found.talks)  # the card's player stands in its place


def test_a_changelog_that_credits_people_is_no_list_of_talks() -> None:
    assert not talks(
        """
        # Changelog

        * 2024-03-01: Fixed the parser ([#123](https://github.com/acme/tool/issues/123)) by [Ada Vos](https://github.com/avos)
        * 2024-02-10: Added tables ([#120](https://github.com/acme/tool/pull/120)) by [Bo Lind](https://github.com/blind)
        * 2024-01-05: Faster builds ([!118](https://gitlab.com/acme/tool/-/merge_requests/118)) by [Cy Moe](https://github.com/cymoe)
        """
    )
    found = talks(
        """
        - [Queues at Scale](https://gitlab.com/ada/talks/-/blob/main/queues.pdf) - [Ada Vos](https://github.com/avos)
        - [Parsers by Hand](https://github.com/blind/talks/tree/main/parsers) - [Bo Lind](https://github.com/blind)
        """
    )
    assert [len(t.media) for t in found] == [1, 1]


def test_what_stands_under_a_heading_of_articles_or_books_is_no_talk() -> None:
    found = talks(
        """
        ## Talks

        - [Queues at Scale](https://speakerdeck.com/ada/queues) - Ada Vos
        - [Small Models](https://speakerdeck.com/ada/models) - Ada Vos

        ## In the press

        - [Why we moved to static docs](https://example.com/blog/static-docs) - Bo Lind, Tech Weekly
        - [Interview with the maintainers](https://www.youtube.com/watch?v=ccccccccccc) - Cy Moe

        ## Books

        - [Parsers by Hand](https://example.org/parsers) by Di Ray

        ## Awards

        - 2023: Best Paper Award - Ada Vos, Bo Lind ([paper](https://example.org/best.pdf))
        - 2022: Community Prize - Cy Moe ([video](https://www.youtube.com/watch?v=ddddddddddd))

        ## Comité d'organisation

        - [Eva Lind](https://www.linkedin.com/in/eva-lind-123/) : directrice, LUMEN
        - [Finn Moe](https://finnmoe.github.io/) : enseignant chercheur, LRE/HARBOR
        """
    )
    assert [t.title for t in found] == ["Queues at Scale", "Small Models"]


def test_a_line_of_labelled_parts_gives_its_title_and_speaker() -> None:
    found = talks(
        """
        * 2017-04-27 - [Ada Vos](https://github.com/avos) - Queues ([slides](q.pdf))
        * 2017-05-25 - Speaker: Bo Lind, Topic: Parsers by Hand
        * 2017-06-29 - Sprecher: Cy Moe; Thema: Kleine Modelle
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Queues", ["Ada Vos"]),
        ("Parsers by Hand", ["Bo Lind"]),
        ("Kleine Modelle", ["Cy Moe"]),
    ]


def test_a_linked_title_then_a_sentence_is_the_title_and_its_abstract() -> None:
    found = talks(
        """
        * [Collecting Old Mainframes](talks/mainframes.pdf) - With many examples from our museum I show what it takes to keep old machines running and how the collection grows.
        * [Parsers by Hand](talks/parsers.pdf) - Bo Lind
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Collecting Old Mainframes", []),
        ("Parsers by Hand", ["Bo Lind"]),
    ]
    assert found[0].abstract.startswith("With many examples")


def test_a_linked_titles_sentence_that_opens_with_who_and_where_names_the_speaker() -> None:
    found = talks(
        """
        ## Slides

        * [Kites for Ops](https://decks.example.org/kites-for-ops.pdf) – Ada Vos, Lumen Harbor Operations, explains the case for kites to her whole team.
        * [Parsers by Hand](https://speakerdeck.com/blind/parsers) – Bo Lind at Harbor Days 2031.
        * [Quiet Queues](https://speakerdeck.com/cmoe/queues) – Cy Moe at Lumen Meetup.
        """
    )
    assert [(t.title, [p.name for p in t.speakers], orgs(t)) for t in found] == [
        ("Kites for Ops", ["Ada Vos"], ["Lumen Harbor Operations"]),
        ("Parsers by Hand", ["Bo Lind"], []),
        ("Quiet Queues", ["Cy Moe"], []),
    ]
    assert found[0].abstract.startswith("Ada Vos, Lumen Harbor Operations, explains")
    # whom the talk is about, or its host: no speaker
    found = talks(
        """
        ## Slides

        * [Harbor Pioneers](https://youtu.be/abc123def45) – Grace Hopper, the Navy's computing pioneer, coined many of the words we still use today.
        * [Quiet Queues](https://decks.example.org/q.pdf) – Ann Lee, our host for the evening, introduces Bo Lind, who shows how queues go quiet.
        * [Parsers by Hand](https://speakerdeck.com/blind/parsers) – Bo Lind at Harbor Days 2031.
        """
    )
    assert {p.name for t in found for p in t.speakers} == {"Bo Lind"}
    assert people(found[-1]) == [("Bo Lind", None)]
    # a reading list's notes open so too: they make no talk
    assert (
        talks(
            """
            # Links

            - [Deep Focus](https://books.example.org/focus) – Cal Newbury, Lumen Press, argues that attention is a skill you can train.
            - [Quiet Queues](https://books.example.org/queues) – Ana Lima, Orange Leaf, shows how and why busy queues fail at night.
            - [Paper Kites](https://shop.example.com/kites) – Bo Lind, Blue Harbor, explains how paper kites fly in a light wind.
            """,
            path="links.md",
        )
        == []
    )


def test_a_run_of_blanks_in_a_talk_line_reads_as_one_blank() -> None:
    # A long run of blanks made the line's patterns try every split of it (quadratic):
    # the line is read as if the run were one blank (benchmarks/hostile_lines.py times it)
    blanks = " " * 3000
    found = talks(
        f"""
        - Queues at Scale{blanks}by Ann Lee ([slides](https://speakerdeck.com/ann/queues))
        - Parsers by Hand\tby Bo Lind ([slides](https://speakerdeck.com/bo/parsers))
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Queues at Scale", ["Ann Lee"]),
        ("Parsers by Hand", ["Bo Lind"]),
    ]


def test_an_attr_list_after_blanks_is_read_and_blanks_before_braces_are_kept() -> None:
    from mkdocs_roundup.titles import ATTR_LIST

    assert ATTR_LIST.sub("", "Queues at Scale   {: .talk }") == "Queues at Scale"
    assert ATTR_LIST.sub("", "{ .talk }") == ""
    assert ATTR_LIST.sub("", "a {b} c" + " " * 3000 + "x") == "a {b} c" + " " * 3000 + "x"


def test_symbols_after_names_are_dropped_from_a_runs_first_symbol() -> None:
    from mkdocs_roundup.bylines import clean_people

    assert clean_people("Ann Lee · 📺") == "Ann Lee"
    assert clean_people("Ann Lee" + " :" * 3000) == "Ann Lee"
    assert clean_people("Ann Lee (Acme) ·") == "Ann Lee (Acme)"


def test_a_dot_that_opens_a_name_is_the_titles() -> None:
    found = talks(
        """
        # Talks

        * .NET at Scale ([slides](https://example.org/scale.pdf))
        * · Quiet Queues ([slides](https://example.org/queues.pdf))
        * ...and Then the Queue Was Empty ([slides](https://example.org/empty.pdf))
        """
    )
    assert found[2].title == "and Then the Queue Was Empty"  # an ellipsis, no name's dot
    assert [t.title for t in found][:2] == [".NET at Scale", "Quiet Queues"]
    from mkdocs_roundup.bylines import clean_people

    assert clean_people(". : " * 3000 + "Ann Lee") == "Ann Lee"
    assert clean_people("キャッシュ設計。") == "キャッシュ設計。"  # a sentence's stop, the title's
    assert clean_people("キャッシュ設計＋＋") == "キャッシュ設計＋＋"


def test_a_mkdocs_video_player_with_attributes_is_replaced_by_the_cards() -> None:
    found = plan(
        """
        ## Queues at Scale, Ada Vos

        ![type:video](https://www.youtube.com/embed/aaaaaaaaaaa){: style="width:100%" }

        ## Parsers by Hand, Bo Lind

        ![type:video](https://www.youtube.com/embed/bbbbbbbbbbb) and a word after it
        """
    )
    assert [media(t.talk) for t in found.talks] == [["aaaaaaaaaaa"], ["bbbbbbbbbbb"]]
    # the player and its attributes go, the card plays it; a line with words stays
    assert [len(t.removals) for t in found.talks] == [1, 0]


def test_a_heading_in_a_container_ends_with_its_container() -> None:
    found = plan(
        """
        # Harbor Conf

        !!! note "Day one"

            ### Tracing Everything, [Eli Wu](https://github.com/eliwu)

            <iframe src="https://www.youtube.com/embed/eeeeeeeeeee"></iframe>

            ### Logging Everything, [Fay Ng](https://github.com/fayng)

            <iframe src="https://www.youtube.com/embed/fffffffffff"></iframe>

        ??? info "Older talks"

            | Speaker | Talk | Slides |
            | --- | --- | --- |
            | Gus Hale | Old Queues | [pdf](https://example.org/old.pdf) |
            | Ivy Lam | Old Parsers | [pdf](https://example.org/oldp.pdf) |
        """
    )
    # The table of the next container is neither the last heading's talks nor in its section
    assert [(t.talk.title, t.talk.section) for t in found.talks] == [
        ("Tracing Everything", None),
        ("Logging Everything", None),
        ("Old Queues", None),
        ("Old Parsers", None),
    ]
    assert not found.diagnostics  # each video is its talk's: no warning on a fine page


def test_release_notes_that_credit_people_beside_a_video_are_no_talks() -> None:
    found = talks(
        """
        ## v3.2

        - Faster startup - by Ada Vos ([#501](https://github.com/acme/db/pull/501))
        - New export command - by Bo Lind ([#498](https://github.com/acme/db/pull/498))
        - A fix for tables - by Cy Moe ([abc123](https://gitlab.com/acme/db/-/commit/abc123))
        - Docs: a [walkthrough](https://www.youtube.com/watch?v=aaaaaaaaaaa) - by Di Ray
        """
    )
    # each entry links its pull request or commit: a changelog's, however named
    assert all(t.title.startswith("Docs") for t in found)


def test_a_dash_before_by_is_no_word_of_the_title() -> None:
    found = talks(
        """
        - Queues at Scale - by Ada Vos ([slides](https://speakerdeck.com/ada/queues))
        - Parsers by Hand – by Bo Lind ([slides](https://speakerdeck.com/bo/parsers))
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Queues at Scale", ["Ada Vos"]),
        ("Parsers by Hand", ["Bo Lind"]),
    ]


def test_a_word_that_mixes_latin_and_japanese_is_no_name() -> None:
    found = talks(
        """
        - 2024-03-01: 山田太郎 - Rustで作るCLI ([slides](https://speakerdeck.com/yamada/cli))
        - 2024-04-01: 佐藤花子 - TypeScriptの型 ([slides](https://speakerdeck.com/sato/ts))
        """
    )
    assert [p.name for t in found for p in t.speakers] == []  # no title read as a speaker


def test_a_pictograph_opening_a_line_is_a_bullet_and_one_talk_a_meetup_counts() -> None:
    found = plan(
        """
        ## Meetups

        ### June 4 2022 - [Rope Works](https://example.com/ropeworks)

        📓 [Kiln Coders - Slides](https://docs.google.com/presentation/d/KILN01/pub)

        🗣 [Tilda Marsh - Folding proteins on a laptop](https://docs.google.com/presentation/d/TM1/edit)

        🗣️ [Osric Vale - Timers that never drift](https://talks.example.org/osric/timers.slide#1)

        ### May 7 2022 - [Glass House](https://example.com/glasshouse)

        🗣 [Rhea Stone & Ivo Clay - Ten years of one monolith](https://docs.google.com/presentation/d/RS1/edit)
        """
    )
    assert [(t.talk.title, people(t.talk), media(t.talk)) for t in found.talks] == [
        ("Folding proteins on a laptop", [("Tilda Marsh", None)], ["TM1"]),
        # a title's link to a deck is the speaker's, read speaker first
        (
            "Timers that never drift",
            [("Osric Vale", None)],
            ["https://talks.example.org/osric/timers.slide#1"],
        ),
        (
            "Ten years of one monolith",
            [("Rhea Stone", None), ("Ivo Clay", None)],
            ["RS1"],
        ),
    ]
    # the meetup group's own deck names media, no talk
    assert any("'Slides' names media" in str(note) for note in found.notes)


def test_talks_under_an_event_item_or_heading_that_links_nothing_of_its_own() -> None:
    found = talks(
        """
        ## 2023

        - Fjord Code Days, Online
          - Mapping tides with sensors [PDF](/decks/tides.pdf), [Video](https://www.youtube.com/watch?v=tidetidetid)
        - Prairie Dev Summit, Fargo, ND
          - Borrowing without fear [PDF](/decks/borrow.pdf)
        - The Tern Conference in Tromsø, Norway
          - Gulls and graphs [PDF](/decks/gulls.pdf)

        ### Cedar Conf 2022 (Halifax, Canada) - Virtual

        * [Small caches, big wins - YouTube](https://youtu.be/cedarcedar1) (18:44)
          * Lorna Quist & Emil Ash, Tidewater Labs
        * [Counting sheep in SQL - YouTube](https://youtu.be/cedarcedar2) (25:10)
          * Emil Ash, Tidewater Labs
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Mapping tides with sensors", ["tidetidetid", "/decks/tides.pdf"]),
        ("Borrowing without fear", ["/decks/borrow.pdf"]),
        ("Gulls and graphs", ["/decks/gulls.pdf"]),
        ("Small caches, big wins", ["cedarcedar1"]),
        ("Counting sheep in SQL", ["cedarcedar2"]),
    ]
    # a place is no speaker ("Online", "ND"); "Ann & Bo, Org": where both work
    assert [people(t) for t in found[:3]] == [[], [], []]
    assert people(found[3]) == [("Lorna Quist", None), ("Emil Ash", None)]
    assert [o.name for o in found[3].organizations] == ["Tidewater Labs"]


def test_a_list_of_conferences_with_their_accounts_and_recaps_is_no_talk_list() -> None:
    found = plan(
        """
        ## Conferences

        ### Gullcon

        * **Location:** Tromsø
        * **Videos:** [YouTube](https://www.youtube.com/gullcon)

        ### Wavecon

        * **Location:** Bergen
        * **Video:** [Recap](https://www.youtube.com/watch?v=wavewavewav)

        ### Nordic

        * [Fjordfest](https://fjordfest.example) // [@fjordfest](https://twitter.com/fjordfest)
        * [Pinecon](https://pinecon.example) // [@pinecon](https://twitter.com/pinecon)

        ## Maintainers

        - [@ann-tern](https://github.com/ann-tern)
        """
    )
    assert found.talks == ()


def test_a_line_that_labels_its_title_and_media_inside_it_after_its_event() -> None:
    found = talks(
        """
        ## 2021

        1. [TALK] *March 2nd, 2021* [River Devs](https://example.com/river). **Title**: *Sorting in small memory*. **Slides**: [here](https://docs.google.com/presentation/d/SORT1/edit) **Video**: [watch](https://www.youtube.com/watch?v=sortsortsor)

        1. [WORKSHOP] *April 9th, 2021* [Kiln Labs Workshop](https://example.com/kiln)

        1. [TALK] *May 5th, 2021* @[Harbor Devs](https://example.com/harbor) **Title**: *Timers that never drift*.
        """
    )
    assert [(t.title, media(t), people(t)) for t in found] == [
        ("Sorting in small memory", ["sortsortsor", "SORT1"], []),
        ("Timers that never drift", [], []),
    ]


def test_a_media_label_after_the_title_with_no_stop_between_them() -> None:
    found = talks(
        """
        ## 2031

        1. [TECH TALK] *January 18th, 2031* [Harbor Day 2031](https://harbor.example/events/230) **Title**: *Preparing your demo* **Slide**: [here](https://docs.google.com/presentation/d/DEMO1/edit)
        1. [TALK] *May 2031* [River Devs](https://example.com/river) **Title**: Sorting in small memory **Slides**: [here](https://docs.google.com/presentation/d/SORT1/edit)
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Preparing your demo", ["DEMO1"]),
        ("Sorting in small memory", ["SORT1"]),
    ]


def test_a_program_table_in_a_language_without_labels_is_read_by_its_cells() -> None:
    # Swahili column names, which no label list holds: when, who (names), what (titles)
    found = plan(
        """
        ## Ratiba

        | TAREHE | SAA | MZUNGUMZAJI | MADA |
        |---|---|---|---|
        | 04/05/2024 | 16.00-18.00 | Amina Said | Kujenga API kwa Go |
        | 05/05/2024 | 16.00-18.00 | Baraka Mushi | Lightning talk - Foleni za ujumbe |
        """
    )
    assert [(t.talk.title, people(t.talk)) for t in found.talks] == [
        ("Kujenga API kwa Go", [("Amina Said", None)]),
        ("Lightning talk - Foleni za ujumbe", [("Baraka Mushi", None)]),
    ]


def test_labels_in_indonesian_vietnamese_turkish_and_ukrainian() -> None:
    found = talks(
        """
        ## Acara

        ### Antrian tanpa drama

        - **Pembicara**: Sari Wulan
        - **Slide**: [Tautan](https://speakerdeck.com/sari/antrian)

        ### Dữ liệu nhỏ

        - **Diễn giả**: Lan Tran
        - **Ghi hình**: [Xem](https://www.youtube.com/watch?v=dulieunhoxx)

        ### Kuşlar ve ağlar

        - **Konuşmacı**: Deniz Kaya
        - **Slaytlar**: [PDF](https://example.org/kuslar.pdf)

        ### Черги без болю

        - **Доповідач**: Олена Коваль
        - **Відео**: [Дивитися](https://www.youtube.com/watch?v=chergychery)

        ### Tysta byggen

        - **Talare**: Ingrid Berg
        - **Plats**: Göteborg
        - **Inspelning**: [Se](https://www.youtube.com/watch?v=tystabyggen)
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("Antrian tanpa drama", [("Sari Wulan", None)], ["sari/antrian"]),
        ("Dữ liệu nhỏ", [("Lan Tran", None)], ["dulieunhoxx"]),
        ("Kuşlar ve ağlar", [("Deniz Kaya", None)], ["https://example.org/kuslar.pdf"]),
        ("Черги без болю", [("Олена Коваль", None)], ["chergychery"]),
        ("Tysta byggen", [("Ingrid Berg", None)], ["tystabyggen"]),
    ]


TUTORIALS = """
# Shell

- [Pipes in ten minutes](https://www.youtube.com/watch?v=pipespipes1&list=PLshell)
- [Loops Masterclass](https://www.youtube.com/watch?v=loopsloops1)

# Databases

- [SQL 101 - Joins](https://www.youtube.com/watch?v=joinsjoins1&list=PLsql)
- [Indexes explained](https://www.youtube.com/watch?v=indexindex1)
"""


def test_a_list_of_videos_that_names_no_speaker_event_or_date_is_no_talk_list() -> None:
    found = plan(TUTORIALS)
    assert found.talks == ()
    assert any("names no speaker, event or date" in str(note) for note in found.notes)
    # the same videos given in a year, or by someone, are talks
    assert len(plan(TUTORIALS.replace("# Databases", "# 2023")).talks) == 4
    by = TUTORIALS.replace("Indexes explained", "Indexes explained - Ada Vos")
    assert [t.talk.title for t in plan(by).talks][-1] == "Indexes explained"


def test_a_video_that_names_where_it_was_given_is_a_talk() -> None:
    """``Title - Harbor Conf 2031`` names the event: the videos beside it are talks; a date
    alone does not say so (``Harbor Bank News - March 2031``, a monthly video)."""
    at = TUTORIALS.replace("Loops Masterclass", "Loops Masterclass - Harbor Conf 2031")
    assert [t.talk.title for t in plan(at).talks][:2] == [
        "Pipes in ten minutes",
        "Loops Masterclass",
    ]
    when = TUTORIALS.replace("Loops Masterclass", "Loops Masterclass - March 2031")
    assert plan(when).talks == ()


def test_a_speaker_item_over_its_title_under_a_month() -> None:
    found = talks(
        """
        Past meetups:

        - March 2024
            - <a href="https://www.linkedin.com/in/ann-lee/">Ann Lee</a>
              - Writing parsers by hand
            - <a href="https://www.linkedin.com/in/bo-lind/">Bo Lind</a>
              - Book review of Deep Work by Cal Newport
        - February 2024
            - Cy Moe
                - Observability on a shoestring
        """
    )
    assert [(t.title, people(t), t.section) for t in found] == [
        (
            "Writing parsers by hand",
            [("Ann Lee", "https://www.linkedin.com/in/ann-lee/")],
            "March 2024",
        ),
        # the title as written: "by Cal Newport" names the book's author
        (
            "Book review of Deep Work by Cal Newport",
            [("Bo Lind", "https://www.linkedin.com/in/bo-lind/")],
            "March 2024",
        ),
        ("Observability on a shoestring", [("Cy Moe", None)], "February 2024"),
    ]


def test_an_html_table_cell_of_a_name_and_under_it_her_role() -> None:
    found = talks(
        """
        ### 6. Soft skills, 16 June 2018

        <table>
            <tr>
                <td>Hard and soft skills</td>
                <td>Olga Sidorova<br><small>head of client services at Widgetry</small></td>
                <td><a href="https://example.org/skills.pdf">slides</a></td>
            </tr>
            <tr>
                <td>One to one meetings</td>
                <td>Pavel Orlov<br><small>project manager, Gizmo</small></td>
                <td></td>
            </tr>
        </table>
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Hard and soft skills", [("Olga Sidorova", None)], ["Widgetry"]),
        ("One to one meetings", [("Pavel Orlov", None)], ["Gizmo"]),
    ]


def test_a_timetable_of_numbered_sessions_between_breaks() -> None:
    found = plan(
        """
        ## 🕐 Ajakava / Timetable

        | Aeg / Time | Kava / Session |
        | --- | --- |
        | 13:00 - 13:45 | Registreerimine / Registration |
        | 14:00 - 14:30 | **Session 1:** Folding maps - kiire ja lihtne |
        | 14:30 - 15:00 | **Session 2:** Counting ducks in the browser |
        | 15:00 - 15:15 | Paus / Break time |
        | 15:45 - 16:00 | **Lightning Talk #1** |
        | 16:45 - 17:00 | Lõpetamine / Closing & Photos |
        | 18:00 - 23:00 | **After party** at the Lantern Bar |
        """
    )
    # the slot's number is no word of the title; breaks and empty slots are no talks;
    # the heading says "timetable" in two languages: no section
    assert [(t.talk.title, t.talk.section) for t in found.talks] == [
        ("Folding maps - kiire ja lihtne", None),
        ("Counting ducks in the browser", None),
    ]


def test_notes_of_a_conference_name_speakers_by_their_role_under_its_days() -> None:
    found = talks(
        """
        # Harbor Leaders 2023

        ## Day 1.
        - [Growing teams slowly](./notes/growing.md), by Ilse Varga (Engineering Director at Acme Cloud)
        - Feedback that lands, by Tomas Reed. (Staff Engineer, Northwind Labs)

        ### Coffee break

        - [Saying no kindly](./notes/no.md), by Oona Pike (CTO, lanternly)

        # Reading later

        - Would recommend the talks by Ilse Varga and Oona Pike.
        """
    )
    assert [(t.title, people(t), orgs(t), t.section) for t in found] == [
        ("Growing teams slowly", [("Ilse Varga", None)], ["Acme Cloud"], "Day 1."),
        ("Feedback that lands", [("Tomas Reed", None)], ["Northwind Labs"], "Day 1."),
        # a break in the program is when, not a section
        ("Saying no kindly", [("Oona Pike", None)], ["lanternly"], "Day 1."),
    ]


def test_a_meetups_number_and_topics_in_brackets_are_no_words_of_the_talk() -> None:
    found = talks(
        """
        - [Gathering #2] Paper maps for robots - Ilse Varga [Technical, Maps]
        - [Gathering #2] Quiet builds - Workshop - Tomas Reed
        - [Gathering #6] Slow queues in practice by Ansel Rook, CTO, Northwind Labs
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Paper maps for robots", [("Ilse Varga", None)], []),
        ("Quiet builds", [("Tomas Reed", None)], []),
        ("Slow queues in practice", [("Ansel Rook", None)], ["Northwind Labs"]),
    ]


def test_a_name_with_her_site_then_a_colon_and_media_words_in_more_languages() -> None:
    found = talks(
        """
        ## 2010. március 4.

        * Kis Anna ([kisanna.example](http://kisanna.example/)): [Térképek](http://files.example/terkep.pdf), [videó](http://video.example/21/)
        * Nagy Béla ([Acme Kft](http://acme.example/)): [Csendes buildek](http://files.example/build.pdf)
        * Tóth Emil: [kis_kacsa](http://files.example/kacsa.pdf), [felvétel](http://video.example/23/)
        """
    )
    assert [(t.title, people(t), orgs(t), media(t)) for t in found] == [
        (
            "Térképek",
            [("Kis Anna", None)],
            [],
            ["http://video.example/21/", "http://files.example/terkep.pdf"],
        ),
        (
            "Csendes buildek",
            [("Nagy Béla", None)],
            ["Acme Kft"],
            ["http://files.example/build.pdf"],
        ),
        (
            "kis_kacsa",
            [("Tóth Emil", None)],
            [],
            ["http://video.example/23/", "http://files.example/kacsa.pdf"],
        ),
    ]


def test_a_bold_title_by_its_speaker_over_its_player() -> None:
    found = plan(
        """
        # Meetup #12

        **Small binaries in Go** by [Ann Lee](https://twitter.com/annlee)

        {{< youtube aaaaaaaaaaa >}}

        **Queues without tears** by [Bo Lind](https://github.com/bolind)

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>
        """
    )
    assert [(t.talk.title, people(t.talk), media(t.talk)) for t in found.talks] == [
        ("Small binaries in Go", [("Ann Lee", "https://twitter.com/annlee")], ["aaaaaaaaaaa"]),
        ("Queues without tears", [("Bo Lind", "https://github.com/bolind")], ["bbbbbbbbbbb"]),
    ]
    # the same lines with no player after them are a page's prose
    assert plan("**Ann Lee** by [Bo Lind](https://github.com/bolind)\n\nSome words.\n").talks == ()


def test_a_talks_heading_over_its_event_line_and_a_bold_speaker_first() -> None:
    found = talks(
        """
        # Upcoming and past talks

        ### Observability on a budget
        *Harbor Conf 2024, Lisbon* · [slides](https://speakerdeck.com/me/obs) · [recording](https://youtu.be/mmmmmmmmmmm)

        A tour of cheap telemetry.

        ### Queues for humans
        *Pine Summit 2023, Bergen* · [slides](https://speakerdeck.com/me/queues)

        Why queues are hard.

        ## June 2024 — Rust & Coffee

        - **Ann Lee**: Lifetimes without tears ([slides](https://example.org/lt.pdf))
        - **Bo Lind**: Async in ten minutes ([video](https://youtu.be/nnnnnnnnnnn))
        """
    )
    # the line under a talk's heading is its event, not a talk; a bold full name then a
    # colon is the speaker, first
    assert [(t.title, people(t)) for t in found] == [
        ("Observability on a budget", []),
        ("Queues for humans", []),
        ("Lifetimes without tears", [("Ann Lee", None)]),
        ("Async in ten minutes", [("Bo Lind", None)]),
    ]


def test_posts_by_their_authors_with_roles_are_no_talks() -> None:
    found = plan(
        """
        # Recent

        ## 2024

        - [Why we moved to Rust](/blog/rust/) by Ann Lee (Staff Engineer, Acme)
        - [Our new office](/blog/office/) by Bo Lind (Office Manager, Acme)
        - [Hiring in 2024](/blog/hiring/) by Cy Moe (Head of People, Acme)
        """
    )
    # a byline with the speaker's role is a talk's only in a program's part ("## Day 1")
    assert found.talks == ()


def test_a_getting_started_pages_links_are_no_talks() -> None:
    found = plan(
        """
        # Getting started

        ## Learn more

        - [Documentation](https://tool.example/docs)
        - [Introduction video](https://www.youtube.com/watch?v=rrrrrrrrrrr)
        - [Blog post: why we built it](https://blog.example/why) by Ann Lee
        - [Interview: the team behind it](https://news.example/team) with Bo Lind
        """
    )
    # something written is no talk; one video alone makes no roundup
    assert found.talks == ()


def test_two_labels_on_one_line_each_after_its_sentence() -> None:
    found = talks(
        """
        ## Panel: Small teams, big systems

        Moderator: Bo Lind. Panelists: Cy Moe, Di Ray.

        <iframe src="https://www.youtube.com/embed/jjjjjjjjjjj"></iframe>

        ## Keynote: The future of queues

        Speaker: Ann Lee (Acme)

        <iframe src="https://www.youtube.com/embed/iiiiiiiiiii"></iframe>
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Small teams, big systems", ["Bo Lind", "Cy Moe", "Di Ray"]),
        ("The future of queues", ["Ann Lee"]),
    ]


def test_a_name_the_page_gives_as_an_organization_is_one_everywhere() -> None:
    found = talks(
        """
        * [Small caches](https://youtu.be/cedarcedar1)
          * Lorna Quist & Emil Ash, Tidewater Labs
        * [Counting sheep](https://youtu.be/cedarcedar2)
          * Emil Ash, Tidewater Labs
        """
    )
    assert [(people(t), orgs(t)) for t in found] == [
        ([("Lorna Quist", None), ("Emil Ash", None)], ["Tidewater Labs"]),
        ([("Emil Ash", None)], ["Tidewater Labs"]),
    ]


def test_a_title_then_a_speaker_and_her_role_after_a_comma_or_a_dash() -> None:
    found = talks(
        """
        ## Tidewater Days

        ### Counting sheep at scale, Lorna Quist, Staff Engineer, Tidewater Labs

        <iframe src="https://www.youtube.com/embed/cedarcedar1"></iframe>

        ### Caching, queues and logs - Emil Ash, Head of Platform

        <iframe src="https://www.youtube.com/embed/cedarcedar2"></iframe>

        ### Keynote: Small tools – Ines Gago, Gründerin und Geschäftsführerin, Lumen GmbH

        <iframe src="https://www.youtube.com/embed/cedarcedar3"></iframe>

        ### Two voices, Rui Sá, Ola Berg, CTO

        <iframe src="https://www.youtube.com/embed/cedarcedar4"></iframe>
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Counting sheep at scale", [("Lorna Quist", None)], ["Tidewater Labs"]),
        ("Caching, queues and logs", [("Emil Ash", None)], []),
        ("Small tools", [("Ines Gago", None)], ["Lumen GmbH"]),
        # whose role "CTO" is cannot be told: the line stays the title
        ("Two voices, Rui Sá, Ola Berg, CTO", [], []),
    ]


def test_headings_that_put_their_speakers_first_before_a_dash() -> None:
    found = talks(
        """
        ## May

        ### Lorna Quist — Counting sheep at scale

        <iframe src="https://www.youtube.com/embed/cedarcedar1"></iframe>

        ### Emil Ash — Small caches

        <iframe src="https://www.youtube.com/embed/cedarcedar2"></iframe>

        ## June

        ### "Big caches" by Ines Gago

        [Slides](https://speakerdeck.com/ines/big-caches)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Counting sheep at scale", [("Lorna Quist", None)]),
        ("Small caches", [("Emil Ash", None)]),
        ("Big caches", [("Ines Gago", None)]),
    ]


def test_a_speakers_two_talks_on_one_subject_with_their_own_media_are_two() -> None:
    found = talks(
        """
        - [Counting sheep](https://youtu.be/cedarcedar1) - Lorna Quist
        - [Small caches](https://youtu.be/cedarcedar2) - Emil Ash

        ### Counting sheep, again - Lorna Quist

        <iframe src="https://www.youtube.com/embed/cedarcedar3"></iframe>
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Counting sheep", ["cedarcedar1"]),
        ("Small caches", ["cedarcedar2"]),
        ("Counting sheep, again", ["cedarcedar3"]),
    ]


def test_a_player_url_inside_a_shortcode_of_another_name_is_no_media() -> None:
    found = plan(
        """
        {{< clip src="https://www.youtube.com/embed/cedarcedar1" >}}

        ### Counting sheep - Lorna Quist

        <div class="gap"></div>
        {{< clip src="https://www.youtube.com/embed/cedarcedar2" >}}

        ### Small caches - Emil Ash

        {{< youtube cedarcedar3 >}}
        """
    )
    assert [(t.talk.title, media(t.talk)) for t in found.talks] == [
        ("Counting sheep", []),  # named like the talk below, which has a player
        ("Small caches", ["cedarcedar3"]),
    ]


def test_names_after_a_dash_in_few_of_a_pages_headings_name_no_one() -> None:
    found = plan(
        """
        ### Part 3 - Getting started

        ### Part 2 - Templated Queries

        ### Part 1 - Crafted Queries

        ### Part 0 - Why queries
        """
    )
    assert found.talks == ()
    # what follows a numbered part names the part: no one is read there at all
    assert not any("names people only" in note.message for note in found.notes)


def test_hashes_with_no_blank_after_them_open_a_heading_as_in_python_markdown() -> None:
    found = talks(
        """
        ###5. May 2024{: .timeline}

        * [Counting sheep](https://youtu.be/cedarcedar1) - Lorna Quist
        * [Small caches](https://youtu.be/cedarcedar2) - Emil Ash

        ###6. June 2024

        * [Big caches](https://youtu.be/cedarcedar3) - Ines Gago

            ###not a heading: code
        """
    )
    assert [(t.title, t.section) for t in found] == [
        ("Counting sheep", "5. May 2024"),
        ("Small caches", "5. May 2024"),
        ("Big caches", "6. June 2024"),
    ]


def test_a_media_label_with_a_remark_and_a_notebook_link_are_no_titles() -> None:
    found = talks(
        """
        #### Counting sheep

        - Where: Harbor Conf 2018, Tidewater Days 2018
        - [Slides](https://cedar.example.org/sheep/), [Video (Harbor Conf)](https://youtu.be/cedarcedar1), [Video (Tidewater Days)](https://vimeo.com/12345)

        #### Small caches

        - Where: Harbor Conf 2019
        - [Notebook](https://cedar.example.org/caches.ipynb), [Video](https://youtu.be/cedarcedar2)
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Counting sheep", ["cedarcedar1", "12345", "https://cedar.example.org/sheep/"]),
        ("Small caches", ["cedarcedar2"]),
    ]


def test_a_media_label_that_names_its_site_under_the_title_is_no_organization() -> None:
    """``[Vimeo recording](…) - Dee Moss`` on the line under a linked title: the talk's
    recording, then its speaker; the site's name makes the label no organization's."""
    found = talks(
        """
        ### Map Camp 2031

        - [Square maps](https://mapcamp.example.org/square)
          [Vimeo recording](https://vimeo.com/5678) - Dee Moss
        - [Round maps](https://mapcamp.example.org/round)
          [slides](https://www.slideshare.net/mapcamp/round-maps) - Chen Li
        """
    )
    assert [(t.title, people(t), orgs(t), media(t)) for t in found] == [
        ("Square maps", [("Dee Moss", None)], [], ["5678"]),
        ("Round maps", [("Chen Li", None)], [], ["mapcamp/round-maps"]),
    ]


def test_the_honorific_after_a_name_in_a_speakers_column_is_no_part_of_it() -> None:
    found = talks(
        """
        | 발표자 | 제목 | 자료 |
        | --- | --- | --- |
        | 김하늘님 | 채널 이야기 | [Slides](https://cedar.example.org/ch.pdf) |
        | 정다은님, 이구름님 | 고루틴 | [Slides](https://cedar.example.org/go.pdf) |
        """
    )
    assert [people(t) for t in found] == [
        [("김하늘", None)],
        [("정다은", None), ("이구름", None)],
    ]


def test_a_slides_cell_names_its_talk_where_no_column_holds_titles() -> None:
    found = talks(
        """
        #### Main hall

        | Slot | Speaker | Slide Deck | Video |
        | --- | --- | --- | --- |
        | 9:10 AM - 9:35 AM | [Lorna Quist](https://github.com/lquist) | Counting Sheep at Scale | [Video](https://youtu.be/cedarcedar1) |
        | 9:40 AM - 10:05 AM | [Emil Ash](https://github.com/emilash) | [Small Caches](EmilAsh-SmallCaches) | [Video](https://youtu.be/cedarcedar2) |
        """
    )
    assert [(t.title, people(t), media(t), t.section) for t in found] == [
        (
            "Counting Sheep at Scale",
            [("Lorna Quist", "https://github.com/lquist")],
            ["cedarcedar1"],
            "Main hall",
        ),
        (
            "Small Caches",
            [("Emil Ash", "https://github.com/emilash")],
            ["cedarcedar2", "EmilAsh-SmallCaches"],  # videos, then slides
            "Main hall",
        ),
    ]


def test_people_after_a_dash_then_the_event_they_spoke_at() -> None:
    found = talks(
        """
        ## Recorded talks

        * [Counting sheep](https://www.youtube.com/watch?v=cedarcedar1) – Lorna Quist and Emil Ash at Harbor Conf, Oslo.
        * [Small caches](https://youtu.be/cedarcedar2) – Ines Gago, Tidewater Labs, at Harbor Meetup.
        * [Big caches](https://vimeo.com/12345) - Rui Sá at [Harbor Days](https://harbor.example.org/) ([slides](https://speakerdeck.com/rui/big-caches))
        """
    )
    assert [(t.title, people(t), orgs(t), media(t)) for t in found] == [
        ("Counting sheep", [("Lorna Quist", None), ("Emil Ash", None)], [], ["cedarcedar1"]),
        ("Small caches", [("Ines Gago", None)], ["Tidewater Labs"], ["cedarcedar2"]),
        ("Big caches", [("Rui Sá", None)], [], ["12345", "rui/big-caches"]),
    ]


def test_a_linked_title_then_at_and_the_event_it_was_given_at() -> None:
    found = talks(
        """
        # Tech talks

        * [Counting sheep at scale](https://docs.google.com/presentation/d/e/cedar/pub)
        at Harbor Conf 2015
        * [Small caches](https://www.youtube.com/watch?v=cedarcedar1) at Tidewater Days 2013 (in Norwegian)
        * [SHEEP](https://cedar.example.org/sheep.pdf)
        at [Harbor Plumbers 2019](https://harbor.example.org/2019/)
        * [Lorna Quist](https://www.linkedin.com/in/lorna/) at Tidewater Labs
        """
    )
    assert [(t.title, media(t), t.section) for t in found] == [
        ("Counting sheep at scale", ["cedar"], None),
        ("Small caches", ["cedarcedar1"], None),
        ("SHEEP", ["https://cedar.example.org/sheep.pdf"], None),
    ]


def test_a_meetup_heading_beside_a_conference_heading_is_a_section() -> None:
    beside = talks(
        """
        ## Conference

        #### Counting sheep

        - [Slides](https://cedar.example.org/sheep/), [Video](https://youtu.be/cedarcedar1)

        ## Meetup

        #### Small caches

        - [Slides](https://cedar.example.org/caches/), [Video](https://youtu.be/cedarcedar2)
        """
    )
    assert [t.section for t in beside] == ["Conference", "Meetup"]
    alone = talks(
        """
        ## Meetups

        #### Counting sheep

        - [Slides](https://cedar.example.org/sheep/), [Video](https://youtu.be/cedarcedar1)

        #### Small caches

        - [Slides](https://cedar.example.org/caches/), [Video](https://youtu.be/cedarcedar2)
        """
    )
    assert [t.section for t in alone] == [None, None]


def test_the_same_talk_given_twice_keeps_its_deck_each_time() -> None:
    found = talks(
        """
        #### Counting sheep
        - Where: Harbor Conf 2016
        - [Slides](https://cedar.example.org/sheep/), [Video](https://youtu.be/cedarcedar1)

        #### Small caches
        - Where: Harbor Meetup 2016
        - [Slides](https://cedar.example.org/2016/), [Video](https://youtu.be/cedarcedar2)

        #### Big caches
        - Where: Harbor Meetup 2016
        - [Slides](https://cedar.example.org/2016/), [Video](https://youtu.be/cedarcedar3)

        #### Counting Sheep!
        - Where: Tidewater Days 2015
        - [Slides](https://cedar.example.org/sheep/), Video
        """
    )
    assert [media(t) for t in found] == [
        ["cedarcedar1", "https://cedar.example.org/sheep/"],
        ["cedarcedar2"],  # the meetup's folder: neither talk's
        ["cedarcedar3"],
        ["https://cedar.example.org/sheep/"],
    ]


def test_a_byline_names_her_organization_in_parentheses_and_an_address_is_hers() -> None:
    found = talks(
        """
        ###9. Juni 2024

        * ["Counting sheep"](https://cedar.example.org/sheep.pdf) von Lorna Quist (Tidewater)
        * ["Small caches"](https://cedar.example.org/caches.pdf) von [Emil Ash](mailto:emil@cedar.example.org)
        * ["Big caches"](https://cedar.example.org/big.pdf) von Ines Gago (Folien folgen, oder Ines?)
        """
    )
    assert [(people(t), orgs(t)) for t in found] == [
        ([("Lorna Quist", None)], ["Tidewater"]),
        ([("Emil Ash", "mailto:emil@cedar.example.org")], []),
        ([("Ines Gago", None)], []),  # a remark, no organization
    ]


def test_a_title_item_over_its_labelled_speaker_is_no_speaker_item() -> None:
    found = talks(
        """
        # Talks

        - Quiet Queues
          - Speaker: Lee Hart
        - Cache Rings Explained
          - Speaker: Sam Ode
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Quiet Queues", [("Lee Hart", None)]),
        ("Cache Rings Explained", [("Sam Ode", None)]),
    ]
    # a nested name under a title that reads as a name too: the item is the title
    found = talks(
        """
        # Talks

        - Quiet Queues
          - Ann Lee
        - [Loud Streams](https://youtu.be/abc123def45)
          - Bo Lind
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Quiet Queues", [("Ann Lee", None)]),
        ("Loud Streams", [("Bo Lind", None)]),
    ]


def test_a_speakers_heading_over_her_title_affiliation_and_slides_labels() -> None:
    found = plan(
        """
        # Lorna Quist

        - Talk title: Counting sheep at scale
        - Speaker affiliation: [Tidewater Labs](https://tidewater.example.org/), Staff Engineer
        - [Slides for this presentation](https://cedar.example.org/sheep.pdf)

        Lorna told us about sheep.

        # Emil Ash

        - Talk title: Small caches
        - Speaker affiliation: Lumen, CTO
        - [Slides for this presentation](https://cedar.example.org/caches.pdf)
        """
    )
    assert [
        (t.talk.title, people(t.talk), [(o.name, o.url) for o in t.talk.organizations])
        for t in found.talks
    ] == [
        (
            "Counting sheep at scale",
            [("Lorna Quist", None)],
            [("Tidewater Labs", "https://tidewater.example.org/")],
        ),
        ("Small caches", [("Emil Ash", None)], [("Lumen", None)]),
    ]


def test_a_links_or_presentation_column_names_the_talks_and_various_is_no_one() -> None:
    by_link = talks(
        """
        | Year | Presenter | Venue | Link |
        |------|-----------|-------|------|
        | 2017 | Lorna Quist | Harbor Conf | [Counting sheep at scale](https://youtu.be/cedarcedar1) |
        | 2017 | Various | | [Harbor Conf 2017](https://www.youtube.com/watch?v=cedarcedar2&list=PLcedar) |
        | 2016 | Emil Ash | Tidewater Days | [Small caches](https://youtu.be/cedarcedar3) |
        """
    )
    assert [(t.title, people(t)) for t in by_link] == [
        ("Counting sheep at scale", [("Lorna Quist", None)]),
        ("Small caches", [("Emil Ash", None)]),
    ]
    by_name = talks(
        """
        | Presentation/Demo | Presenters |
        | --- | --- |
        | [Counting sheep at scale](https://youtu.be/cedarcedar1) | Lorna Quist |
        | [Harbor Podcast: Sheep and caches](https://podcasts.example.org/ep/12) | Emil Ash |
        | [Small caches](https://youtu.be/cedarcedar3) | Emil Ash, Ines Gago |
        """
    )
    assert [(t.title, people(t)) for t in by_name] == [
        ("Counting sheep at scale", [("Lorna Quist", None)]),
        ("Small caches", [("Emil Ash", None), ("Ines Gago", None)]),
    ]


def test_a_raw_html_table_with_blank_lines_and_a_bold_header_row() -> None:
    found = talks(
        """
        <table>
        <tr>
        <td><b>Date</b></td>
        <td><b>Speaker</b></td>
        <td><b>Affiliation</b></td>
        <td><b>Title</b> (click a title for its abstract)</td>
        </tr>

        <tr>
        <td>January 22</td>
        <td>Lorna Quist</td>
        <td>Tidewater Labs</td>
        <td><a href="files/sheep.pdf">Counting sheep at scale</a></td>
        </tr>

        <tr>
        <td>January 29</td>
        <td>Emil Ash</td>
        <td>Lumen</td>
        <td><a href="files/caches.pdf">Small caches</a></td>
        </tr>

        <tr>
        <td>February 5</td>
        <td>Canceled</td>
        <td></td>
        <td>Campus closed</td>
        </tr>
        </table>
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Counting sheep at scale", [("Lorna Quist", None)], ["Tidewater Labs"]),
        ("Small caches", [("Emil Ash", None)], ["Lumen"]),
    ]


def test_a_table_that_counts_talks_is_no_table_of_talks() -> None:
    found = plan(
        """
        | event | talks | slides | videos |
        |---|---|---|---|
        | Harbor Conf 2024 | 38 | 37 decks | [playlist](https://www.youtube.com/playlist?list=PLcedar) |
        | Tidewater Days 2024 | 8 | 0 | 8 |
        """
    )
    assert found.talks == ()


def test_an_html_cell_of_paragraphs_is_a_title_and_the_lines_under_it() -> None:
    found = talks(
        """
        <table>
          <tr>
            <td><img src="sheep.png" alt="Sheep"></td>
            <td><strong><a href="https://youtu.be/cedarcedar1">Counting Sheep at Scale (Video)</a></strong>
            <p>Presented by Lorna Quist</p>
            <p>October 8, 2015 at <a href="https://harbor.example.org/">Harbor Conf</a></p></td>
          </tr>
          <tr>
            <td><img src="panel.png" alt="Panel"></td>
            <td><strong><a href="https://youtu.be/cedarcedar2">Cache Keepers Panel (Video)</a></strong>
            <p>Panelists Emil Ash, Ines Gago</p>
            <p>May 1, 2015 at <a href="https://tidewater.example.org/">Tidewater Days</a></p></td>
          </tr>
        </table>
        """
    )
    assert [(t.title, t.kind, people(t), media(t)) for t in found] == [
        ("Counting Sheep at Scale", "talk", [("Lorna Quist", None)], ["cedarcedar1"]),
        (
            "Cache Keepers Panel",
            "panel",
            [("Emil Ash", None), ("Ines Gago", None)],
            ["cedarcedar2"],
        ),
    ]


def test_a_language_remark_before_a_title_and_a_quote_that_opens_it() -> None:
    found = talks(
        """
        | Date | Event | Title | Recording |
        | --- | --- | --- | --- |
        | May 2022 | Harbor Conf | “Counting Sheep”! Our journey to version 2 | [Recording](https://youtu.be/cedarcedar1) |
        | June 2021 | Tidewater Days | (Norwegian) Small caches for everyone | [Recording](https://youtu.be/cedarcedar2) |
        | July 2020 | Lumen Meetup | (outdated) | [Recording](https://youtu.be/cedarcedar3) |
        """
    )
    assert [t.title for t in found] == [
        "“Counting Sheep”! Our journey to version 2",
        "(Norwegian) Small caches for everyone",
    ]


def test_a_talks_length_before_its_line_and_a_deck_title_before_its_notes() -> None:
    found = talks(
        """
        ### Presentations

        - `30 min -`{.backtick} Counting sheep at scale, Lorna Quist

        - `\u00a05\u00a0min\u00a0-`{.backtick} Small caches - Emil Ash

        - `30 min -`{.backtick}[Big caches](https://github.com/ines)([prezi slides](https://prezi.com/cedar/big-caches/)), Ines Gago

        - ` 5 min -`{.backtick} [Shell tricks](https://www.slideshare.net/rui/shell-tricks) ([cheatsheet](https://cedar.example.org/cheat.pdf)), [Rui Sá](https://twitter.com/ruisa) - [Lumen](https://lumen.example.org/)

        ## Coming

        (Put your name here.)

        - [Rui Sá](https://twitter.com/ruisa) - [Lumen](https://lumen.example.org/)

        - Ola Berg
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Counting sheep at scale", [("Lorna Quist", None)], []),
        ("Small caches", [("Emil Ash", None)], []),
        ("Big caches", [("Ines Gago", None)], []),
        ("Shell tricks", [("Rui Sá", "https://twitter.com/ruisa")], ["Lumen"]),
    ]


def test_a_length_inside_a_title_that_opens_with_a_number_is_the_title_s() -> None:
    found = talks(
        """
        - 12 caches in 20 minutes ([slides](talks/caches.pdf))
        - 8 parsers in 10 min (in Spanish) ([slides](talks/parsers.pdf))
        """
    )
    assert [t.title for t in found] == [
        "12 caches in 20 minutes",
        "8 parsers in 10 min (in Spanish)",
    ]


def test_items_under_a_heading_that_says_talks_name_a_bold_speaker_first() -> None:
    found = talks(
        """
        # Harbor Conf archive

        ## 2019

        ### Speakers / Talks

        - [**Lorna Quist** / Counting sheep at scale](https://github.com/harbor/archive/tree/main/2019/lorna-quist)
        - [**Emil Ash** / Small caches ](https://github.com/harbor/archive/tree/main/2019/emil-ash)

        ## 2018

        ### Sponsors

        - [**Lumen** / Gold sponsor](https://lumen.example.org/sponsoring)
        - [**Tidewater Labs** / Silver sponsor](https://tidewater.example.org/sponsoring)
        """
    )
    assert [(t.title, people(t), t.section) for t in found] == [
        ("Counting sheep at scale", [("Lorna Quist", None)], "2019"),
        ("Small caches", [("Emil Ash", None)], "2019"),
    ]


def test_an_event_in_brackets_before_a_title_and_a_speaker_who_talks_there() -> None:
    found = talks(
        """
        ## From the team

        ### [Harbor Conf 2015] Counting sheep

        [Lorna Quist](https://twitter.com/lquist) talks sheep at [Harbor Conf](https://harbor.example.org/).

        <iframe src="https://www.youtube.com/embed/cedarcedar1"></iframe>

        ### [Tidewater Meetup] Small caches

        [Emil Ash](https://twitter.com/emilash) and [Ines Gago](https://twitter.com/ines) present caching at [Tidewater](https://tidewater.example.org/).

        <iframe src="https://www.youtube.com/embed/cedarcedar2"></iframe>

        ### [Keynote] Big caches

        [Rui Sá](https://twitter.com/ruisa) talks about big caches.

        <iframe src="https://www.youtube.com/embed/cedarcedar3"></iframe>
        """
    )
    assert [(t.title, t.kind, people(t)) for t in found] == [
        ("Counting sheep", "talk", [("Lorna Quist", "https://twitter.com/lquist")]),
        (
            "Small caches",
            "talk",
            [
                ("Emil Ash", "https://twitter.com/emilash"),
                ("Ines Gago", "https://twitter.com/ines"),
            ],
        ),
        ("[Keynote] Big caches", "keynote", [("Rui Sá", "https://twitter.com/ruisa")]),
    ]


def test_an_item_that_opens_with_its_event_then_a_colon_and_the_talk() -> None:
    found = talks(
        """
        ## Presentations of Sheepdog

        We have presented Sheepdog at a few conferences.

        - [Harbor Conf 2015](https://harbor.example.org/2015/):
          [Counting sheep at scale](https://harbor.example.org/2015/talk/1)
          ([PDF](harbor-2015-sheep.pdf) · [Recording](https://youtu.be/cedarcedar1))

          In this talk, we count sheep.

        - [Tidewater Days 2016](https://tidewater.example.org/):
          [Small caches](https://tidewater.example.org/talk/2)
          ([PDF](tidewater-2016-caches.pdf))
        """
    )
    assert [(t.title, media(t), t.section) for t in found] == [
        ("Counting sheep at scale", ["cedarcedar1", "harbor-2015-sheep.pdf"], None),
        ("Small caches", ["tidewater-2016-caches.pdf"], None),
    ]


def test_dated_lines_that_name_their_speakers_first_are_a_meetups_archive() -> None:
    found = talks(
        """
        2014 meetups
        ============

        * 2014-01-30: Lorna Quist - Counting sheep at scale

        * 2014-02-27: Emil Ash - Small caches

        * 2014-03-27: Ines Gago - Big caches in `Rust`

        * 2014-10-30: - free slot -
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Counting sheep at scale", [("Lorna Quist", None)]),
        ("Small caches", [("Emil Ash", None)]),
        ("Big caches in Rust", [("Ines Gago", None)]),
    ]
    two = talks(
        """
        * 2014-01-30: Lorna Quist - Counting sheep at scale
        * 2014-02-27: Emil Ash - Small caches
        """
    )
    assert two == []  # two dated lines of names: too few to say


def test_a_year_in_korean_or_japanese_is_a_section_and_notes_are_no_talk() -> None:
    found = talks(
        """
        ## 2024년

        ### 17th meetup

        - **Open discussion**
          - [토론 기록](https://docs.google.com/presentation/d/cedar)
        - [Counting sheep](https://cedar.example.org/sheep.pdf) - Lorna Quist
        - [Small caches](https://cedar.example.org/caches.pdf) - Emil Ash

        ## 2023年

        - [Big caches](https://cedar.example.org/big.pdf) - Ines Gago
        - [Bigger caches](https://cedar.example.org/bigger.pdf) - Rui Sá
        """
    )
    assert [(t.title, t.section) for t in found] == [
        ("Counting sheep", "17th meetup"),
        ("Small caches", "17th meetup"),
        ("Big caches", "2023年"),
        ("Bigger caches", "2023年"),
    ]


def test_a_days_heading_named_with_its_weekday_is_a_section_not_a_talk() -> None:
    found = plan(
        """
        ## Monday, November 17

        * Keynote: [Counting sheep](https://harbor.example.org/sched/1), by Lorna Quist

        ## Tuesday, November 18

        * [Small caches](https://harbor.example.org/sched/2), by Emil Ash

        <iframe src="https://www.youtube.com/embed/cedarcedar1"></iframe>

        ## Mittwoch, 19. November

        * Keynote: [Big caches](https://harbor.example.org/sched/3), by Ines Gago

        <iframe src="https://www.youtube.com/embed/cedarcedar2"></iframe>
        """
    )
    titles = [t.talk.title for t in found.talks]
    assert "Tuesday, November 18" not in titles and "Mittwoch, 19. November" not in titles
    assert [t.talk.section for t in found.talks if t.talk.title == "Big caches"] == [
        "Mittwoch, 19. November"
    ]


def test_the_event_after_a_long_dash_at_a_titles_end_is_where() -> None:
    found = talks(
        """
        ## Talks

        - _**Counting Sheep at Scale — HarborConf + SheepCon, Europe 2023**_

          <iframe src="https://www.youtube.com/embed/cedarcedar1"></iframe>

        - _**Why small caches win — Tidewater Community Days, Bergen 2023**_

          <iframe src="https://www.youtube.com/embed/cedarcedar2"></iframe>

        - _**What big caches cost — the 2023 story**_

          <iframe src="https://www.youtube.com/embed/cedarcedar3"></iframe>
        """
    )
    assert [t.title for t in found] == [
        "Counting Sheep at Scale",
        "Why small caches win",
        "What big caches cost — the 2023 story",  # a year, but no event's word: the title's
    ]


def test_a_raw_table_after_a_break_tag_with_tab_indented_rows_after_a_blank_line() -> None:
    rows = "\n".join(
        f"\t<tr>\n\t\t<td>{title}</td>\n\t\t<td>{year}</td>\n"
        f'\t\t<td>\n\t\t\t<a href="https://speakerdeck.com/lquist/{slug}">slides</a>\n\t\t</td>\n\t</tr>'
        for title, year, slug in (
            ("Counting sheep at scale", 2017, "sheep"),
            ("Small caches", 2016, "caches"),
        )
    )
    found = talks(
        "# Talks\n\n<br>\n<table>\n\t<thead>\n\t\t<tr>\n\t\t\t<th>Title</th>\n\t\t\t<th>Year</th>"
        "\n\t\t\t<th></th>\n\t\t</tr>\n\t</thead>\n\n" + rows + "\n</table>\n"
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Counting sheep at scale", ["lquist/sheep"]),
        ("Small caches", ["lquist/caches"]),
    ]


def test_a_line_of_names_then_at_and_the_event_under_a_talks_item() -> None:
    found = talks(
        """
        ## Videos

        * Counting sheep at scale
          [slides](https://www.slideshare.net/lquist/sheep)

            Lorna Quist and Emil Ash at Harbor Summit 2021

            <iframe src="https://www.youtube.com/embed/cedarcedar1"></iframe>

        * Small caches in practice
          [slides](https://www.slideshare.net/igago/caches)

            Ines Gago at Tidewater Days: Bergen 2019

            <iframe src="https://www.youtube.com/embed/cedarcedar2"></iframe>
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Counting sheep at scale", [("Lorna Quist", None), ("Emil Ash", None)]),
        ("Small caches in practice", [("Ines Gago", None)]),
    ]


def test_a_videos_heading_beside_a_pages_other_sections_is_a_section() -> None:
    found = talks(
        """
        ## Books

        - *Speaking for Sheep*, a book on talks.

        ## Videos

        * [Counting sheep at scale](https://youtu.be/cedarcedar1) - by **Lorna Quist** [12:00]
        * [Small caches](https://youtu.be/cedarcedar2) - by **Emil Ash** [8:00]

        ## Websites

        - [Harbor talks](https://harbor.example.org/)
        """
    )
    assert [(t.title, t.section) for t in found] == [
        ("Counting sheep at scale", "Videos"),
        ("Small caches", "Videos"),
    ]


def test_talks_under_an_events_item_name_their_linked_speakers_without_a_separator() -> None:
    found = talks(
        """
        ### 2022

        - 08/06: ⭐️ [Harbor Meetup](https://harbor.example.org/events/1)
          - Compter les moutons [Lorna Quist](https://twitter.com/lquist)
          - Comment garder un cache ? [Emil Ash](https://twitter.com/emilash), [Ines Gago](https://twitter.com/ines)
        - 21/04: [Tidewater Days](https://tidewater.example.org/)
          - Small caches [Rui Sá](https://twitter.com/ruisa)
        """
    )
    assert [(t.title, people(t), t.section) for t in found] == [
        ("Compter les moutons", [("Lorna Quist", "https://twitter.com/lquist")], "2022"),
        (
            "Comment garder un cache ?",
            [
                ("Emil Ash", "https://twitter.com/emilash"),
                ("Ines Gago", "https://twitter.com/ines"),
            ],
            "2022",
        ),
        ("Small caches", [("Rui Sá", "https://twitter.com/ruisa")], "2022"),
    ]


def test_dated_items_of_a_title_by_its_speaker_are_a_seminars_archive() -> None:
    found = talks(
        """
        ## Schedule

        - 04/02/2031 : [Gradual Proofs for Tiny Languages](abstracts/moss.html)
        by [Ilse Moss](https://example.edu/~moss/)
        - 11/02/2031 : [Quotient Types Without Tears](abstracts/park.html)
        by [Jun Park](https://example.org/park/)
        - 18/02/2031 : [Linear Logic at Lunch](abstracts/ruiz.html) by [Ana Ruiz](https://example.net/ruiz/)
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("Gradual Proofs for Tiny Languages", [("Ilse Moss", "https://example.edu/~moss/")], []),
        ("Quotient Types Without Tears", [("Jun Park", "https://example.org/park/")], []),
        ("Linear Logic at Lunch", [("Ana Ruiz", "https://example.net/ruiz/")], []),
    ]
    # a reading log, release notes: dated, by someone, nothing linked
    reading_log = """
        # Books I read in 2031

        - 2031-01-15: Deep Work by Cal Newport
        - 2031-02-03: The Left Hand of Darkness by Ursula Le Guin
        - 2031-03-20: Thinking in Systems by Donella Meadows
        """
    assert talks(reading_log) == []


def test_a_heading_that_says_the_pages_title_again_is_no_section() -> None:
    result = plan(
        """
        ---
        title: Harbor Colloquium
        ---

        Harbor Colloquium
        -----------------

        ### Gradual Proofs - Ilse Moss

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        ### Quotient Types - Jun Park

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>
        """
    )
    assert [(t.talk.title, t.talk.section) for t in result.talks] == [
        ("Gradual Proofs", None),
        ("Quotient Types", None),
    ]


def test_the_authors_of_a_recorded_talk_are_its_speakers_a_posts_are_not() -> None:
    found = plan(
        """
        ## Quarry Talks

        ### [Compaction Deep Dive](https://www.youtube.com/watch?v=cedarcedar1)
        **Date**: May 2, 2031, **Authors**: Rita Gomes, Jo Park

        ### [Apache Quarry - A Table Format for Big Data](https://www.youtube.com/watch?v=cedarcedar2)
        **Date**: March 1, 2031, **Author**: Sam Lee

        ### "Tuning Writes in Quarry" (Blog post April 2031)

        * Author : Ana Ruiz
        * [Article](https://blog.example.org/tuning-writes)
        """
    )
    assert [(t.talk.title, people(t.talk)) for t in found.talks] == [
        ("Compaction Deep Dive", [("Rita Gomes", None), ("Jo Park", None)]),
        ("Apache Quarry - A Table Format for Big Data", [("Sam Lee", None)]),
    ]


def test_a_second_readers_ordinary_pages_keep_their_talks() -> None:
    # a meetup over its talks and its recording: the talks are not its fields
    found = talks(
        """
        - [Harbor Meetup 7](https://harbor.example.org/m/7), February 2031
            - [Small Caches](https://speakerdeck.com/ig/caches) by Ines Gago
            - [Queue Theory](https://speakerdeck.com/rs/queues) by Rui Sa
            - [Video](https://www.youtube.com/watch?v=aaaaaaaaaa1)
        - [Harbor Meetup 6](https://harbor.example.org/m/6)
            - [Tide Tables](https://speakerdeck.com/lq/tides) by Lorna Quist
            - [Gull Maps](https://speakerdeck.com/ea/gulls) by Emil Ash
        """
    )
    assert [(t.title, people(t)) for t in found][:2] == [
        ("Small Caches", [("Ines Gago", None)]),
        ("Queue Theory", [("Rui Sa", None)]),
    ]
    # a talk with two recordings; a talk about a meetup's hundredth edition
    found = talks(
        """
        ### How to Give Better Talks - Lorna Quist

        [Video (English)](https://www.youtube.com/watch?v=aaaaaaaaaa1) · [Video (Spanish)](https://www.youtube.com/watch?v=aaaaaaaaaa2)

        ### Tide Tables - Ines Gago

        [Video](https://www.youtube.com/watch?v=aaaaaaaaaa3)
        """
    )
    assert [t.title for t in found] == ["How to Give Better Talks", "Tide Tables"]
    found = talks(
        """
        - [Lessons from Meetup 100](https://speakerdeck.com/lq/lessons) - Emil Ash
        - [Tide Tables](https://speakerdeck.com/ig/tides) - Ines Gago
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Lessons from Meetup 100", [("Emil Ash", None)]),
        ("Tide Tables", [("Ines Gago", None)]),
    ]
    # a seminar's dated headings, each with the paper it presents
    found = talks(
        """
        ## March 4, 2031 — Gradual Proofs for Tiny Languages

        Ilse Moss (Example University)

        [Paper](https://example.org/papers/moss.pdf)

        ## March 11, 2031 — Quotient Types Without Tears

        Jun Park (Lumen Institute)

        [Paper](https://example.org/papers/park.pdf)
        """
    )
    assert [t.title for t in found] == [
        "Gradual Proofs for Tiny Languages",
        "Quotient Types Without Tears",
    ]


def test_a_second_readers_ordinary_sections_stay() -> None:
    # a speaker's item over her talks is whose, not where
    found = talks(
        """
        - [Lorna Quist](https://twitter.com/lquist)
            - [Tide Tables](https://speakerdeck.com/lq/tides)
            - [Gull Maps](https://speakerdeck.com/lq/gulls)
        """
    )
    assert [t.section for t in found] == [None, None]
    # a heading that says the page's title beside another of its level is a section
    result = plan(
        """
        ---
        title: Meetup
        ---

        ## Conference

        ### Tide Tables - Lorna Quist
        <iframe src="https://www.youtube.com/embed/aaaaaaaaaa1"></iframe>

        ## Meetup

        ### Gull Maps - Emil Ash
        <iframe src="https://www.youtube.com/embed/aaaaaaaaaa2"></iframe>
        """
    )
    assert [t.talk.section for t in result.talks] == ["Conference", "Meetup"]
    # which talks, not whose
    result = plan(
        """
        # Harbor

        ## Sponsor Talks

        ### Tide Tables - Lorna Quist
        <iframe src="https://www.youtube.com/embed/aaaaaaaaaa1"></iframe>

        ### Gull Maps - Emil Ash
        <iframe src="https://www.youtube.com/embed/aaaaaaaaaa2"></iframe>
        """
    )
    assert [t.talk.section for t in result.talks] == ["Sponsor Talks", "Sponsor Talks"]


def test_a_footnotes_mark_a_program_heading_and_everyone_are_no_talk() -> None:
    found = plan(
        """
        ## 10° Encontro

        | Atividade | Palestrante |
        |---|---|
        | Explorando Windows 64[^1] | Fernando Roberto da Silva |
        | Programação em GPU[^2] | André Tupinambá |
        | Conversa informal | Todos |

        [^1]: https://example.org/win64.pdf
        [^2]: https://example.org/gpu.pdf

        ## 11° Encontro

        ### Programação

        | Hora | Descrição | Detalhes
        | 09:30 | Novidades GCC | [Gianni Rossi](https://example.org/gr) | [slides](https://speakerdeck.com/gr/gcc)
        | 11:00 | Novidades C++ | [Ana Lima](https://example.org/al) | [slides](https://speakerdeck.com/al/cpp)
        """
    )
    assert [t.talk.title for t in found.talks] == ["Explorando Windows 64", "Programação em GPU"]


def test_headings_of_names_then_a_title_and_its_kind_in_brackets() -> None:
    found = talks(
        """
        ## Day 1

        #### Ada Stone, Quiet queues in practice [Keynote] - [Video](https://www.youtube.com/watch?v=cedarcedar1), Slides

        My notes on the keynote.

        #### Ben Ito and Cy Park, Loud locks and how to fix them [Talk] - [Video](https://www.youtube.com/watch?v=cedarcedar2)

        #### Dee Moreau - Why sorts are slow [Lightning Talk] - [Video](https://www.youtube.com/watch?v=cedarcedar3)
        """
    )
    assert [(t.title, t.kind, people(t)) for t in found] == [
        ("Quiet queues in practice", "keynote", [("Ada Stone", None)]),
        ("Loud locks and how to fix them", "talk", [("Ben Ito", None), ("Cy Park", None)]),
        ("Why sorts are slow", "lightning", [("Dee Moreau", None)]),
    ]
    # the title first, then the names: no speaker read first
    reversed_order = """
        #### Reactive Streams, Ann Lee [Talk] - [Video](https://www.youtube.com/watch?v=cedarcedar1)

        #### Datomic Internals, Bo Lind [Talk] - [Video](https://www.youtube.com/watch?v=cedarcedar2)

        #### Clojure Spec, Cy Park [Lightning Talk] - [Video](https://www.youtube.com/watch?v=cedarcedar3)
        """
    assert all(t.title not in ("Ann Lee", "Bo Lind", "Cy Park") for t in talks(reversed_order))
    # two only, or a title's words before the comma: read as before
    found = talks(
        """
        #### Kafka Streams, Explained [Talk] - [Video](https://www.youtube.com/watch?v=cedarcedar1)

        #### Ada Stone, Quiet Queues [Talk] - [Video](https://www.youtube.com/watch?v=cedarcedar2)
        """
    )
    assert all(people(t) == [] for t in found)


def test_a_meetup_named_with_its_number_and_theme_is_no_talk() -> None:
    found = talks(
        """
        * [Harbor Meetup 9](https://harbor.example.org/m/9) - Winter Special
        * [Harbor Meetup 8](https://harbor.example.org/m/8)
            * [Counting Sheep](https://speakerdeck.com/lq/sheep) by Lorna Quist
            * Tides of Data by Emil Ash
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Counting Sheep", [("Lorna Quist", None)]),
        ("Tides of Data", [("Emil Ash", None)]),
    ]


def test_talks_under_an_events_item_are_in_its_section_where_no_heading_is() -> None:
    found = talks(
        """
        * [Harbor Meetup 9](https://harbor.example.org/m/9) - Winter Special
        * [Harbor Meetup 8](https://harbor.example.org/m/8)
            * [Counting Sheep](https://speakerdeck.com/lq/sheep) by Lorna Quist
            * Tides of Data by Emil Ash
        * [Harbor Meetup 7](https://harbor.example.org/m/7)
            * [Small Caches](https://www.youtube.com/watch?v=cedarcedar1) by Rui Sá
        """
    )
    assert [(t.title, t.section) for t in found] == [
        ("Counting Sheep", "Harbor Meetup 8"),
        ("Tides of Data", "Harbor Meetup 8"),
        ("Small Caches", "Harbor Meetup 7"),
    ]


def test_items_that_name_their_speakers_then_what_they_spoke_on() -> None:
    found = talks(
        """
        * [Harbor Meetup 8](https://harbor.example.org/m/8)
            * [Lorna Quist](https://twitter.com/lquist) on [Counting Sheep at Night](https://speakerdeck.com/lq/sheep)
            * Emil Ash and Ines Gago on Tides of Data
            * Rui Sá on [A Short Tour of Caches](https://www.youtube.com/watch?v=cedarcedar1)
        * [Harbor Meetup 7](https://harbor.example.org/m/7)
            * Ada Vos on [Queues in Practice](https://github.com/avos/queues)
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        (
            "Counting Sheep at Night",
            [("Lorna Quist", "https://twitter.com/lquist")],
            ["lq/sheep"],
        ),
        ("Tides of Data", [("Emil Ash", None), ("Ines Gago", None)], []),
        ("A Short Tour of Caches", [("Rui Sá", None)], ["cedarcedar1"]),
        ("Queues in Practice", [("Ada Vos", None)], ["https://github.com/avos/queues"]),
    ]


def test_a_meetups_archive_that_names_no_profile_reads_its_speakers_before_on() -> None:
    """``Ann Lee on [Title](deck)``, no speaker linked: most titles have a talk's length and
    two link decks, under meetups' links followed by their day or theme (their sections)."""
    found = talks(
        """
        * [Harbor Meetup 8](https://harbor.example.org/m/8) - July 1 2031
            * Lorna Quist on [Counting Sheep at Night with Python](https://speakerdeck.com/lq/sheep)
            * Emil Ash and Ines Gago on Tides of Data in the Harbor
            * Rui Sá on [A Short Tour of Caches and Queues](https://www.slideshare.net/rs/caches)
        * [Harbor Meetup 7](https://harbor.example.org/m/7) - Data Visualisation
            * Ada Vos on Plotting the Weather for Fun
        """
    )
    assert [(t.title, people(t), t.section) for t in found] == [
        ("Counting Sheep at Night with Python", [("Lorna Quist", None)], "Harbor Meetup 8"),
        (
            "Tides of Data in the Harbor",
            [("Emil Ash", None), ("Ines Gago", None)],
            "Harbor Meetup 8",
        ),
        ("A Short Tour of Caches and Queues", [("Rui Sá", None)], "Harbor Meetup 8"),
        ("Plotting the Weather for Fun", [("Ada Vos", None)], "Harbor Meetup 7"),
    ]


@pytest.mark.parametrize(
    "items",
    [
        # titles that name a platform: no one is named
        "* Kafka Streams on Kubernetes\n* Deep Learning on Mobile\n* Rust Macros on Embedded",
        # one word of the title linked to a video: still a title's words
        "* Kafka Streams on [Kubernetes](https://www.youtube.com/watch?v=aaaaaaaaaa1)\n"
        "* Deep Learning on [Phones](https://www.youtube.com/watch?v=aaaaaaaaaa2)\n"
        "* Rust Macros on [Boards](https://www.youtube.com/watch?v=aaaaaaaaaa3)",
        # two items only
        "* Ann Lee on [Counting Sheep](https://speakerdeck.com/al/sheep)\n"
        "* Bo Lind on [Tides of Data](https://speakerdeck.com/bl/tides)",
        # tutorials whose titles name a platform, no one's profile linked
        "* Flask Basics on [Windows Subsystem for Linux](https://www.youtube.com/watch?v=aaaaaaaaaa1)\n"
        "* Postgres Replication on [Google Cloud Platform](https://www.youtube.com/watch?v=aaaaaaaaaa2)\n"
        "* Jupyter Notebooks on [Apple Silicon Macs](https://www.youtube.com/watch?v=aaaaaaaaaa3)",
        # people with their projects
        "* [Lorna Quist](https://github.com/lquist) with [Harbor Operator](https://github.com/lquist/op)\n"
        "* [Emil Ash](https://github.com/emilash) with [Tide Charts](https://github.com/emilash/tide)\n"
        "* [Ines Gago](https://github.com/igago) with [Gull Maps](https://github.com/igago/gull)",
    ],
)
def test_lines_with_on_that_do_not_show_their_speakers_are_no_talks(items: str) -> None:
    assert talks("# Notes\n\n" + items + "\n") == []


def test_a_year_then_where_then_the_title_names_no_speaker() -> None:
    found = talks(
        """
        Talks I gave:

        - [2023] Rust Meetup Tallinn - The Joy of Borrowing ([slides](https://speakerdeck.com/lq/joy))
        - 2021 Harbor Webinar - Caching Tides ([video](https://www.youtube.com/watch?v=cedarcedar1))
        - [2021] CoderSociety - A Web Service in an Hour ([slides](https://speakerdeck.com/lq/web))
        - [2020] Queues at Scale - Emil Ash ([slides](https://speakerdeck.com/ea/queues))
        - [2019] Tracing for Everyone - A Gentle Introduction ([slides](https://speakerdeck.com/lq/tr))
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("The Joy of Borrowing", []),
        ("Caching Tides", []),
        ("A Web Service in an Hour", []),
        ("Queues at Scale", [("Emil Ash", None)]),  # a title and its speaker after a year
        ("Tracing for Everyone - A Gentle Introduction", []),  # a title and its subtitle
    ]


def test_an_item_over_a_list_of_its_fields_is_the_talk() -> None:
    found = talks(
        """
        ## 2022

        * Sorting Socks at Scale
            * Ana Pine, Bo Reed
            * 2022 Laundry Summit - Oslo, Norway
            * [Slides](./decks/socks.pdf)
        * Dragons: A Field Guide.
            * Cy Moss
            * Dragon Days
            * [Slides](./decks/dragons.pdf)
        """
    )
    assert [(t.title, people(t), media(t), t.section) for t in found] == [
        (
            "Sorting Socks at Scale",
            [("Ana Pine", None), ("Bo Reed", None)],
            ["./decks/socks.pdf"],
            "2022",
        ),
        ("Dragons: A Field Guide", [("Cy Moss", None)], ["./decks/dragons.pdf"], "2022"),
    ]


def test_a_bold_year_then_a_title_and_the_event_with_its_place() -> None:
    found = talks(
        """
        These are my talks.

        <b>2020:</b> Counting sheep, Harbor Forum, Norway [📝](https://speakerdeck.com/lq/sheep "Slides") [📽️](https://youtu.be/cedarcedar1 "Recording")

        <b>2018:</b> Small caches, TidewaterConf Bergen [📝](https://speakerdeck.com/lq/caches "Slides")

        <b>2017:</b> Big caches, Open Source Summit, Europe [📝](https://speakerdeck.com/lq/big "Slides")
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("Counting sheep", [], ["cedarcedar1", "lq/sheep"]),
        ("Small caches", [], ["lq/caches"]),
        ("Big caches", [], ["lq/big"]),
    ]


def test_a_sentence_linked_to_a_profile_names_no_one() -> None:
    found = plan(
        """
        # Upcoming talks

        [Book me for your event in 2026](https://twitter.com/lquist)

        # Past talks

        ### Counting sheep

        - [Slides](https://speakerdeck.com/lquist/sheep)

        ### Small caches

        - [Slides](https://speakerdeck.com/lquist/caches)
        """
    )
    assert [t.talk.title for t in found.talks] == ["Counting sheep", "Small caches"]


def test_a_deck_link_that_says_which_and_a_slot_to_be_decided_are_no_talks() -> None:
    found = talks(
        """
        #### 2014: Counting sheep at scale

          * [pdf of Harbor Conf](/materials/2014_harbor_sheep.pdf)
          * [slides from Tidewater Days](/materials/2014_tidewater_sheep.pdf)
          * Place: Harbor Conf in Oslo. Date: 2014/09/19

        Sheep, counted.

        #### 2013: Small caches

          * [pdf of Harbor Conf](/materials/2013_harbor_caches.pdf)

        Caches, small.

        #### 2012: 未定

          * [pdf](/materials/2012.pdf)
        """
    )
    assert [(t.title, len(t.slides)) for t in found] == [
        ("Counting sheep at scale", 2),
        ("Small caches", 1),
    ]


def test_an_event_with_its_year_before_a_title_and_a_degree_after_a_name() -> None:
    found = talks(
        """
        #### HarborCon 2012: Counting sheep at scale

        * [Slides](https://speakerdeck.com/lq/sheep)

        #### Tidewater Days '23 - Small caches

        * [Slides](https://speakerdeck.com/lq/caches)

        #### Rust 2018: the edition

        * [Slides](https://speakerdeck.com/lq/rust)

        Speaker: Ines Gago, PhD
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Counting sheep at scale", [], []),
        ("Small caches", [], []),
        ("Rust 2018: the edition", [("Ines Gago", None)], []),  # no event's word before it
    ]


def test_a_picture_linked_to_a_recordings_page_is_the_recording() -> None:
    found = talks(
        """
        # Videos

        ### Queues at Sea

        [![](https://i.vimeocdn.com/video/4816701_650.jpg)](https://skillsmatter.com/skillscasts/5429-queues#video)

        ### Parsers by Hand

        [![](https://i.ytimg.com/vi/cedarcedar3/hqdefault.jpg)](https://skillsmatter.com/skillscasts/5430-parsers)

        ### Trail Camera X2

        [![](https://i.ytimg.com/vi/cedarcedar4/hqdefault.jpg)](https://shop.example.org/trail-camera-x2)
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Queues at Sea", ["https://skillsmatter.com/skillscasts/5429-queues#video"]),
        ("Parsers by Hand", ["https://skillsmatter.com/skillscasts/5430-parsers"]),
    ]


def test_a_titles_opening_verb_is_no_word_of_a_name() -> None:
    found = talks(
        """
        ## ⚡️ Harbor Hour - Exploring Sheep Counting Operator

        [![](https://img.youtube.com/vi/cedarcedar1/0.jpg)](https://www.youtube.com/watch?v=cedarcedar1)

        ## HarborCon '23 - Counting sheep with operators

        [![](https://img.youtube.com/vi/cedarcedar2/0.jpg)](https://www.youtube.com/watch?v=cedarcedar2)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Harbor Hour - Exploring Sheep Counting Operator", []),
        ("Counting sheep with operators", []),
    ]


def test_a_talk_given_at_three_events_is_three_talks_and_a_repeated_label_none() -> None:
    found = talks(
        """
        ## [Harbor Conf 2025](https://harbor.example.org/): Oslo - May 2025

        ### Counting sheep at scale with small caches

        [Slides](https://speakerdeck.com/lq/sheep-2025)

        ### Q&A

        Questions.

        ## [Tidewater Days](https://tidewater.example.org/): Bergen - March 2024

        ### Counting sheep at scale with small caches

        [Slides](https://speakerdeck.com/lq/sheep-2024)

        ### Q&A

        Questions.

        ## [Lumen Meetup](https://lumen.example.org/): online - June 2023

        ### Counting sheep at scale with small caches

        [Slides](https://speakerdeck.com/lq/sheep-2023)

        ### Q&A

        Questions.
        """
    )
    assert [media(t) for t in found] == [["lq/sheep-2025"], ["lq/sheep-2024"], ["lq/sheep-2023"]]


def test_a_presentations_column_beside_a_title_column_holds_the_decks() -> None:
    found = talks(
        """
        | Evento | Fecha | Título | Grabación | Presentación |
        |---|---|---|---|---|
        | [Harbor Conf](https://harbor.example.org/) | 05/12/2020 | [Contar ovejas](./contar-ovejas/) | [Youtube](https://youtu.be/cedarcedar1) | [Canva](https://www.canva.com/design/cedar1/view) |
        | [Tidewater Days](https://tidewater.example.org/) | 12/08/2022 | [Cachés pequeñas](./caches/) | - | [Canva](https://www.canva.com/design/cedar2/view) |
        """
    )
    assert [(t.title, [m.url for m in t.slides]) for t in found] == [
        ("Contar ovejas", ["https://www.canva.com/design/cedar1/view"]),
        ("Cachés pequeñas", ["https://www.canva.com/design/cedar2/view"]),
    ]


def test_a_meetups_heading_links_the_deck_of_the_talk_labelled_under_it() -> None:
    found = talks(
        """
        # Meetups 2020

        ## [Meetup December](december/sheep.pdf)

        _Charla_: Contar ovejas a escala

        _Ponente_: [Lorna Quist](https://twitter.com/lquist)

        ## [Meetup January](january/caches.pptx)

        _Charla_:
        Cachés pequeñas

        _Ponente_: Emil Ash
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        (
            "Contar ovejas a escala",
            [("Lorna Quist", "https://twitter.com/lquist")],
            ["december/sheep.pdf"],
        ),
        ("Cachés pequeñas", [("Emil Ash", None)], ["january/caches.pptx"]),
    ]


def test_a_link_no_url_parser_can_read_after_a_name_leaves_the_page_readable() -> None:
    found = plan(
        """
        - <a href="https://twitter.com/lquist">Lorna Quist</a> - <a href="http://[cedar/">Lumen</a>
        - <a href="https://twitter.com/emilash">Emil Ash</a> - <a href="http://[cedar2/">Tidewater</a>
        """
    )
    assert found.diagnostics == ()  # read, not "the page could not be read"


def test_a_speaker_label_names_people_in_any_script_or_case() -> None:
    found = talks(
        """
        # Harbor Python Days

        * [『型ヒント』入門](https://event.example/s/1)
          * スライド: [slides](https://speakerdeck.com/lumen/types)
          * 発表者: 山田 花子
        * [あなたの街でもPython？](https://event.example/s/2)
          * スライド: [slides](https://speakerdeck.com/lumen/town)
          * 発表者: 田中 一郎、佐藤 次郎（jiro）
        * [Batteries included ~ 標準機能 ~](https://event.example/s/3)
          * スライド: [slides](https://speakerdeck.com/lumen/batteries)
          * 発表者: kumiko
        * [Async all the way](https://event.example/s/4)
          * スライド: [slides](https://speakerdeck.com/lumen/async)
          * 発表者: 未定
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("『型ヒント』入門", ["山田 花子"]),
        ("あなたの街でもPython？", ["田中 一郎", "佐藤 次郎（jiro）"]),
        ("Batteries included ~ 標準機能 ~", ["kumiko"]),
        ("Async all the way", []),  # "not decided yet" is nobody
    ]


def test_a_program_table_with_a_speaker_column_and_a_break() -> None:
    result = plan(
        """
        # Workshops

        ## Harbor Robotics Workshop 2024

        ### Workshop Schedule

        | Time | Speaker | Format | Title |
        |------|---------|--------|-------|
        | 13:00-13:30 | [Ida Berg](https://ida.example.org/) | Live | [Robots that fold laundry](https://drive.google.com/file/d/1Fold/view) |
        | 13:30-14:00 | Ola Nyqvist | Recorded | [Seeing with touch](talks/touch.pdf) |
        | 14:00-14:20 | ☕ **Coffee Break** | | [Calm music](https://www.youtube.com/watch?v=cedarcedar1) |
        | 14:20-15:00 | Per Holm, Ida Berg | Live | Planning in clutter |
        """
    )
    assert [(t.talk.title, [p.name for p in t.talk.speakers]) for t in result.talks] == [
        ("Robots that fold laundry", ["Ida Berg"]),  # "Live" says how, not who
        ("Seeing with touch", ["Ola Nyqvist"]),
        ("Planning in clutter", ["Per Holm", "Ida Berg"]),  # the break is no talk
    ]
    # "Workshop Schedule" wraps the event's talks and says nothing: the event's heading
    assert {t.talk.section for t in result.talks} == {"Harbor Robotics Workshop 2024"}


def test_a_labelled_heading_gives_its_people_after_by() -> None:
    found = talks(
        """
        ## Day 1: ##

        ### Talk: Queues at Scale: lessons learned by Ada Vos ###

        What we learned running queues.

        ### Talk: Stand by me ###

        A talk about pairing.

        ### Keynote: Parsers by Hand by Bo Lind ###

        Parsing without a generator.
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Queues at Scale: lessons learned", ["Ada Vos"]),
        ("Stand by me", []),  # "me" is nobody
        ("Parsers by Hand", ["Bo Lind"]),
    ]


def test_remarks_before_the_people_in_a_title_s_parentheses() -> None:
    found = talks(
        """
        # Community talks

        - [Queues at Scale](https://www.slideshare.net/adavos/queues-at-scale) (2017 - Ada Vos)
        - [Colas a escala](https://example.org/colas.pdf) (Spanish, Bo Lind)
        - [Parsers by Hand](https://www.youtube.com/watch?v=cedarcedar1) (video, Cy Moe)
        - [Small Models](https://speakerdeck.com/dihart/small-models) (Di Hart)
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Queues at Scale", ["Ada Vos"]),
        ("Colas a escala", ["Bo Lind"]),
        ("Parsers by Hand", ["Cy Moe"]),
        ("Small Models", ["Di Hart"]),
    ]


def test_titles_linked_to_their_pages_in_an_event_program_are_talks() -> None:
    found = talks(
        """
        ## Tuesday

        * [Queues at Scale](https://harbor2024.sched.com/event/1AbC/queues-at-scale), by Ada Vos
        * [Parsers by Hand](https://cfp.harbor.example/2024/talk/QX7RTP/), by Bo Lind
        * [Tracing Tales](https://indico.example.org/event/12/contributions/345/), by Cy Moe
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Queues at Scale", [("Ada Vos", None)]),
        ("Parsers by Hand", [("Bo Lind", None)]),
        ("Tracing Tales", [("Cy Moe", None)]),
    ]


def test_posts_linked_with_their_authors_are_no_talks() -> None:
    result = plan(
        """
        ## Reading

        * [Queues at Scale](https://blog.example.org/2024/queues-at-scale), by Ada Vos
        * [Parsers by Hand](https://blog.example.org/2024/parsers), by Bo Lind
        * [Sessions in Flask](https://docs.example.org/sessions/flask), by Cy Moe
        """
    )
    assert result.talks == ()


def test_a_quoted_nickname_inside_a_name_keeps_the_name() -> None:
    found = talks(
        """
        ## Talks

        * [Queues at Scale](https://harbor2024.sched.com/event/1AbC/queues), by Ada 'Ace' Vos
        * [Parsers by Hand](https://harbor2024.sched.com/event/1AbD/parsers), by Bo ‘Bolt’ Lind
        """
    )
    assert [people(t) for t in found] == [[("Ada 'Ace' Vos", None)], [("Bo ‘Bolt’ Lind", None)]]
    (talk, _) = talks(
        """
        ## Ada Vos - Kafka "Streams" Explained ([slides](k.pdf))

        ## Bo Lind - Parsers by Hand ([slides](p.pdf))
        """
    )
    # a word in double quotes is a title's: the title is not taken for a name
    assert "Kafka" not in [p.name.split()[0] for p in talk.speakers]


def test_a_panel_moderated_by_someone_is_theirs() -> None:
    (talk,) = talks(
        """
        ### Keynote: Ten Years of Queues, moderated by [Ada Vos](https://github.com/avos)
        """,
        min_talks=1,
    )
    assert (talk.title, talk.kind, people(talk)) == (
        "Ten Years of Queues",
        "keynote",
        [("Ada Vos", "https://github.com/avos")],
    )


def test_decks_in_parentheses_after_a_title_cell_are_its_media() -> None:
    found = talks(
        """
        | Date | Speaker | Title |
        | --- | --- | --- |
        | 5 May | Ada Vos | Queues at home ([big file](q/big.pdf) [small file](q/small.pdf)) |
        | 6 May | Bo Lind | [Typesetting:](tex/slides.pdf) ([print version](tex/print.pdf)) |
        | 7 May | Cy Moe | Knots ([demo](https://youtu.be/aaaaaaaaaaa)) ([notes](k/notes.pdf)) |
        """
    )
    assert [(t.title, sorted(media(t))) for t in found] == [
        ("Queues at home", ["q/big.pdf", "q/small.pdf"]),
        ("Typesetting", ["tex/print.pdf", "tex/slides.pdf"]),
        ("Knots", ["aaaaaaaaaaa"]),  # notes beside the talk are none of its media
    ]


def test_a_speaker_label_inside_the_title_s_link_or_bracket() -> None:
    found = talks(
        """
        # Harbor Devs meetups

        ### Meetup 1: 04/03/2021

        - [Folding Maps (30 min): Referent: Ada Vos](https://github.com/harbor/meetups/tree/main/1/maps) | [Slides](https://www.slideshare.net/adavos/folding-maps)
        - [Small Parsers - Speaker: Bo Lind](https://github.com/harbor/meetups/tree/main/1/parsers)

        ### Meetup 2: 06/05/2021

        - [Quiet Queues - Palestrante: Cy Moe] | [Slides](https://github.com/harbor/meetups/tree/main/2/queues)
        - [Kites in Rust - Palestrante: Di Hart] | [Slides](https://github.com/harbor/meetups/tree/main/2/kites)
        """
    )
    assert [(t.title, [p.name for p in t.speakers], t.section) for t in found] == [
        ("Folding Maps (30 min)", ["Ada Vos"], "Meetup 1: 04/03/2021"),
        ("Small Parsers", ["Bo Lind"], "Meetup 1: 04/03/2021"),  # its repository alone
        ("Quiet Queues", ["Cy Moe"], "Meetup 2: 06/05/2021"),  # a bracket that links nowhere
        ("Kites in Rust", ["Di Hart"], "Meetup 2: 06/05/2021"),
    ]
    assert media(found[0])[0] == "adavos/folding-maps"


def test_an_item_that_labels_its_title_over_the_talk_s_fields() -> None:
    found = talks(
        """
        # 登壇記録

        ## Harbor Conf 2022 Online

        * イベント: [Harbor Conf 2022 Online](https://harbor.example.org/2022/)
        * 日付: 2022年5月14日(土)
        * 発表: [型で書くパーサー入門](https://harbor.example.org/2022/session/12)
          * 時間: 14:00-14:45
          * スライド: [parsers.pdf](harbor2022/parsers.pdf)
          * 発表者: 森 春香

        ## Lumen Meetup 2021

        * イベント: [Lumen Meetup 2021](https://lumen.example.org/2021/)
        * 発表: 小さなキューの話
          * スライド: [queues.pdf](lumen2021/queues.pdf)
          * 発表者: kaito
        """
    )
    assert [(t.title, [p.name for p in t.speakers], t.section) for t in found] == [
        ("型で書くパーサー入門", ["森 春香"], "Harbor Conf 2022 Online"),
        ("小さなキューの話", ["kaito"], "Lumen Meetup 2021"),
    ]


def test_a_list_of_one_talk_s_fields_under_a_month_opens_with_its_title() -> None:
    found = talks(
        """
        # Harbor user group

        ## Past meetings

        ### May 2024
        - **Topic**: "Folding maps by hand" by Ada Vos
        - [Recording](https://youtu.be/aaaaaaaaaaa)

        ### April 2024
        - **Topic**: "Quiet queues" by Bo Lind

        ### March 2024
        - [Recording](https://youtu.be/bbbbbbbbbbb)
        - [Slides](https://example.org/march.pdf)
        """
    )
    assert [(t.title, [p.name for p in t.speakers], t.section, media(t)) for t in found] == [
        ("Folding maps by hand", ["Ada Vos"], "May 2024", ["aaaaaaaaaaa"]),
        ("Quiet queues", ["Bo Lind"], "April 2024", []),
    ]  # March gives a recording and slides, and no talk


def test_a_byline_keeps_its_speaker_before_a_remark_in_parentheses() -> None:
    found = talks(
        """
        - [Queues at Scale](https://speakerdeck.com/ada/queues) by Ada Vos (Harbor Live)
        - [Parsers by Hand](https://speakerdeck.com/bo/parsers) by Bo Lind (Lumen Works)
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("Queues at Scale", [("Ada Vos", None)], ["ada/queues"]),
        ("Parsers by Hand", [("Bo Lind", None)], ["bo/parsers"]),
    ]


def test_a_title_linked_to_a_slides_host_of_its_own_links_its_deck() -> None:
    found = talks(
        """
        - [Queues at Scale](http://slides.ada.example/queues/#1) - by Ada Vos
        - [Parsers by Hand](http://bo.example/posts/parsers) - by Bo Lind
        - [Tracing Tales](http://slides.cy.example/) - by Cy Moe
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Queues at Scale", ["http://slides.ada.example/queues/#1"]),
        ("Parsers by Hand", []),
        ("Tracing Tales", []),  # the site itself: no one deck
    ]


def test_an_article_beside_a_talk_is_no_word_of_its_title() -> None:
    found = talks(
        """
        ### Ada Vos

        * Smoothing tracks in F#. [Video](https://youtu.be/aaaaaaaaaaa) [Статья](https://blog.example.org/tracks)
        * Sockets «under the hood». [Video](https://youtu.be/bbbbbbbbbbb) [Artikel](https://blog.example.org/sockets)
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Smoothing tracks in F#", ["aaaaaaaaaaa"]),
        ("Sockets «under the hood»", ["bbbbbbbbbbb"]),
    ]


def test_a_row_linked_to_a_blog_post_is_no_talk() -> None:
    result = plan(
        """
        | Date | Event | Links |
        | --- | --- | --- |
        | 2024-02-01 | 100k prices and more | [Blog post](https://blog.example.org/100k) |
        | 2024-05-01 | 200k prices | [Blog post](https://blog.example.org/200k) |
        """
    )
    assert result.talks == ()


def test_nested_media_lines_that_say_where_they_are_are_the_talks_media() -> None:
    found = talks(
        """
        - 2025-12-26 - Queues in Practice @ [Harbor Meetup #74](https://harbor.example/74)
            - [Slide](https://speakerdeck.com/ada/queues) on Speaker Deck
        - 2025-06-06 - Parsers by Hand @ [Lumen Days 2025](https://lumen.example/2025/)
            - [Slide](https://speakerdeck.com/ada/parsers) on Speaker Deck
            - [Recording](https://youtu.be/aaaaaaaaaaa) on [Lumen Channel](https://www.youtube.com/@lumen)
        """
    )
    assert [(t.title, sorted(media(t))) for t in found] == [
        ("Queues in Practice", ["ada/queues"]),
        ("Parsers by Hand", ["aaaaaaaaaaa", "ada/parsers"]),
    ]


def test_a_dated_line_gives_its_event_after_an_at_sign() -> None:
    found = talks(
        """
        - 2025-11-19 - Small Models @ Lumen Community
            - [Slide](https://speakerdeck.com/ada/models)
        - 2025-06-06 - Tracing Tales @ [Harbor Days 2025](https://harbor.example/2025/)
            - [Slide](https://speakerdeck.com/ada/tracing)
        """
    )
    assert [t.title for t in found] == ["Small Models", "Tracing Tales"]


def test_titles_before_a_name_stay_as_written() -> None:
    found = talks(
        """
        ## 2022

        * [Queues at Scale (Dr. Ada Vos, M.Sc. Bo Lind)](https://files.example.org/queues.pdf)
        * [Parsers by Hand (Prof. Cy Moe)](https://files.example.org/parsers.pdf)
        """
    )
    assert [[p.name for p in t.speakers] for t in found] == [
        ["Dr. Ada Vos", "M.Sc. Bo Lind"],
        ["Prof. Cy Moe"],
    ]


def test_speakers_in_parentheses_after_a_strong_title_in_a_program() -> None:
    found = talks(
        """
        ### Wed 14 May

        - *[13:00-13:30]* **Queues at Scale** (Ada) [[slides](q.pdf) - [recording](https://youtu.be/aaaaaaaaaaa)]
        - *[13:30-14:00]* **Parsers by Hand** *(Bo Lind, remote)* [[slides](p.pdf)]

        ### Thu 15 May

        - *[09:30-10:00]* **Small Models** *(Cyra/Edda)* [[slides](m.pdf)]
        - *[10:00-10:30]* **Tracing Tales** (Keynote) [[slides](t.pdf)]
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Queues at Scale", ["Ada"]),
        ("Parsers by Hand", ["Bo Lind"]),
        ("Small Models", ["Cyra", "Edda"]),
        ("Tracing Tales", []),
    ]


def test_a_speakers_heading_over_the_heading_of_her_talk() -> None:
    page = """
        ## Invited talks

        ### Ann Lee
        #### Quiet Queues for Small Teams
        Queues are everywhere; this talk shows how small teams keep them quiet.

        ### Bo Lind
        #### Tide Tables and Their Errors
        Tide tables have errors: how to measure them, and what to do about it.
        """
    assert [(t.title, people(t)) for t in talks(page)] == [
        ("Quiet Queues for Small Teams", [("Ann Lee", None)]),
        ("Tide Tables and Their Errors", [("Bo Lind", None)]),
    ]
    team = """
        ## Our team

        ### Ann Lee
        #### Senior Engineer
        Ann keeps the queues quiet.

        ### Bo Lind
        #### Developer Advocate
        Bo writes the tide tables.
        """
    assert talks(team) == []  # a role under each name, on a page of no talks
    events = """
        # Events featuring Harbor

        ## Upcoming Events

        Nothing yet.

        ## Past Events

        ### [Harbor Conf 2031](https://harbor.example/2031)

        See the event's page.
        """
    assert talks(events) == []  # one heading over one: no speakers' page


def test_a_speakers_page_names_each_speaker_over_a_labelled_title() -> None:
    found = talks(
        """
        # Speakers

        ## Speaker: Ada Vos

        Talk Title: Queues at Scale

        Bio: Ada builds queues.

        ## Speaker: Bo Lind

        <dl>
          <dt>Talk Title</dt>
          <dd>
            Parsers by Hand
          </dd>
          <dt>Description</dt>
          <dd>
            How to write a parser without a generator.
          </dd>
        </dl>
        """
    )
    assert [(t.title, people(t), t.abstract) for t in found] == [
        ("Queues at Scale", [("Ada Vos", None)], ""),
        ("Parsers by Hand", [("Bo Lind", None)], "How to write a parser without a generator."),
    ]


def test_a_task_lists_checkbox_is_no_word_of_its_item() -> None:
    found = talks(
        """
        ### March 2024

        - [x] [Queues at Scale](https://speakerdeck.com/ada/queues) (von [@adavos](https://github.com/adavos) und [@bolind](https://github.com/bolind))
        - [X] Parsers by Hand (von [@cymoe](https://github.com/cymoe))
        - [ ] [Tracing Tales](https://speakerdeck.com/di/tracing) (von Di Hart)
        """
    )
    assert [(t.title, people(t), media(t), t.section) for t in found] == [
        (
            "Queues at Scale",
            [("@adavos", "https://github.com/adavos"), ("@bolind", "https://github.com/bolind")],
            ["ada/queues"],
            "March 2024",
        ),
        ("Parsers by Hand", [("@cymoe", "https://github.com/cymoe")], [], "March 2024"),
        ("Tracing Tales", [("Di Hart", None)], ["di/tracing"], "March 2024"),
    ]


CALENDAR = """
    # Talks

    - 2025/9/7
        - [Folding maps by hand](https://ada.example/20250907_meetup) (Harbor meetup! Vol.6)

    - 2025/9/5
      - Quiet queues in small towns（Lumen Business School）

    - 2025/04/19
        - [Parsers by hand](./20250419_cafe/index.html) (Harbor Café Vol.8) [[note]](https://blog.example.org/n/1)
    - 2024/10/10
      - Tracing tales (Nube Summit 2024)
    - 2024/3/1
        - Skills training: maps and mazes

    # Contact

    - [mastodon](https://mastodon.social/@adavos)
    - [github](https://github.com/adavos)
    """


def test_a_list_of_days_over_the_talk_given_each_day_is_a_calendar() -> None:
    found = talks(CALENDAR)
    assert [(t.title, people(t), [m.url for m in t.slides], t.section) for t in found] == [
        ("Folding maps by hand", [], ["https://ada.example/20250907_meetup"], None),
        ("Quiet queues in small towns", [], [], None),
        ("Parsers by hand", [], ["./20250419_cafe/index.html"], None),
        ("Tracing tales", [], [], None),
        ("Skills training: maps and mazes", [], [], None),
    ]  # the days are when, no sections; "Contact" is how to reach the author, no talk
    no_events = CALENDAR.replace(" Vol.", " ").replace("meetup", "").replace("Summit", "")
    assert talks(no_events) == []
    assert talks(CALENDAR.replace("Lumen Business School", "Ada Vos")) == []  # who, not where


@pytest.mark.parametrize("heading", ["登壇とスライド", "セッション", "トーク"])
def test_a_heading_of_talks_and_slides_in_japanese_is_no_section(heading: str) -> None:
    found = talks(
        f"""
        # Ada Vos

        ## {heading}

        - [Small caches](https://speakerdeck.com/ada/caches)
        - [Small queues](https://speakerdeck.com/ada/queues)
        """
    )
    assert [(t.title, t.section) for t in found] == [
        ("Small caches", None),
        ("Small queues", None),
    ]


def test_a_word_right_after_a_closing_quote_goes_on_with_the_title() -> None:
    found = talks(
        """
        ## 2024

        - “Maybe”から“Sure”へ Small caches [Slides](https://speakerdeck.com/ada/caches)
        - "Small queues" - Bo Lind [Slides](https://speakerdeck.com/bo/queues)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("“Maybe”から“Sure”へ Small caches", []),
        ("Small queues", [("Bo Lind", None)]),
    ]


def test_words_all_in_capitals_after_a_comma_are_acronyms_not_people() -> None:
    found = talks(
        """
        ## 2024

        - [Schemas, JSON LD, RDF](https://youtu.be/aaaaaaaaaaa)
        - [Queues at Scale, Ada VOS](https://youtu.be/bbbbbbbbbbb)
        - Linked data, JSON LD, RDF [Slides](https://speakerdeck.com/ada/ld)
        - Small caches, Bo Lind, ACME [Slides](https://speakerdeck.com/bo/caches)
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Schemas, JSON LD, RDF", [], []),
        ("Queues at Scale", [("Ada VOS", None)], []),
        ("Linked data, JSON LD, RDF", [], []),
        ("Small caches", [("Bo Lind", None)], ["ACME"]),
    ]


def test_a_byline_in_another_language_keeps_its_line_under_the_card() -> None:
    found = plan(
        """
        ## 2024

        - [Small caches](https://speakerdeck.com/ada/caches) by Ada Vos
        - [Small queues](https://speakerdeck.com/bo/queues) von Bo Lind
        - [Small maps](https://speakerdeck.com/cy/maps) par Cy Moe
        - [Small trees](https://speakerdeck.com/cy/trees) (Cy von Moe)
        """
    ).talks
    assert [(t.talk.title, t.retitle) for t in found] == [
        ("Small caches", False),
        ("Small queues", False),  # the card says no "von": the line stays
        ("Small maps", False),
        ("Small trees", True),  # a name's particle, said with the name
    ]


def test_a_title_keeps_the_mark_that_opens_a_phrase_of_it() -> None:
    found = talks(
        """
        ## 2024

        - ＼Try it today／ Small caches [Slides](https://speakerdeck.com/ada/caches)
        - · Small queues [Slides](https://speakerdeck.com/ada/queues)
        """
    )
    assert [t.title for t in found] == ["＼Try it today／ Small caches", "Small queues"]


def test_a_title_that_opens_with_on_or_at_is_no_media_line() -> None:
    found = talks(
        """
        - On Writing Tests ([slides](https://example.org/tests.pdf)) - Ada Vos
        - At Scale With Queues ([slides](https://example.org/queues.pdf)) - Bo Lind
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("On Writing Tests", [("Ada Vos", None)]),
        ("At Scale With Queues", [("Bo Lind", None)]),
    ]


def test_a_program_site_s_grid_is_no_session_and_a_title_word_no_flyer() -> None:
    result = plan(
        """
        ## Past editions

        - [Harbor Conf 2024](https://harbor2024.sched.com/grid/)
        - [Harbor Conf 2023](https://harbor2023.sched.com/list/simple/)
        - [Harbor Conf 2022](https://harbor2022.sched.com/speakers/)
        """
    )
    assert result.talks == ()
    found = talks(
        """
        - [Abstract Interpretation in Practice](https://example.org/abstract-interpretation.pdf) - Ada Vos
        - [Program Synthesis by Hand](https://example.org/ProgramSynthesis.pdf) - Bo Lind
        """
    )
    assert [[m.kind for m in t.media] for t in found] == [["slides"], ["slides"]]


def test_a_name_or_a_library_that_ends_like_an_event_is_none() -> None:
    found = talks(
        """
        - 2024-01-30 - [Ada Falcon](https://ada.example/) - Queues at Scale
        - 2024-02-27 - [Bo Lind](https://bo.example/) - Parsers by Hand
        - 2024-03-26 - [Cy Moe](https://cy.example/) - Small Models
        """
    )
    assert [people(t) for t in found] == [
        [("Ada Falcon", "https://ada.example/")],
        [("Bo Lind", "https://bo.example/")],
        [("Cy Moe", "https://cy.example/")],
    ]
    found = talks(
        """
        - [Node.js - Streams in Depth](https://youtu.be/aaaaaaaaaaa)
        - [Vue.js - Reactivity in Depth](https://youtu.be/bbbbbbbbbbb)
        - [Three.js - Drawing in 3D](https://youtu.be/ccccccccccc)
        """
    )
    assert found == []  # no event in them: videos that name no one, a list of tutorials


def test_a_dated_meetup_archive_keeps_its_speakers_before_an_at_sign() -> None:
    found = talks(
        """
        - 2025-01-14 - Ada Vos - Queues at Scale @ Harbor Community
        - 2025-02-11 - Bo Lind - Parsers by Hand @ Harbor Community
        - 2025-03-11 - Cy Moe - Small Models @ Lumen Group
        """
    )
    assert [people(t) for t in found] == [
        [("Ada Vos", None)],
        [("Bo Lind", None)],
        [("Cy Moe", None)],
    ]


def test_a_language_in_parentheses_after_a_strong_title_is_no_speaker() -> None:
    found = talks(
        """
        - **Queues at Scale** (Ada Vos) [[slides](q.pdf)]
        - **Parsers by Hand** (German) [[slides](p.pdf)]
        - **Small Models** (Cyra) [[slides](m.pdf)]
        """
    )
    assert [[p.name for p in t.speakers] for t in found] == [["Ada Vos"], [], ["Cyra"]]


def test_a_year_over_nested_talks_is_no_day_of_a_calendar() -> None:
    found = talks(
        """
        - 2024
            - [Queues at Scale](https://speakerdeck.com/ada/queues) (Harbor Meetup Vol.3)
            - [Parsers by Hand](https://speakerdeck.com/ada/parsers) (Lumen Conf 2024)
            - [Notes on Queues](https://speakerdeck.com/ada/notes)
        - 2023
            - [Small Models](https://speakerdeck.com/ada/models) (Harbor Meetup #2)
        - 2022
            - [Tracing Tales](https://speakerdeck.com/ada/tracing) (Lumen Conf 2022)
        """
    )
    titles = [t.title for t in found]
    assert not titles or "Notes on Queues" in titles  # no talk of the year dropped


def test_a_heading_that_opens_on_a_player_over_the_list_of_all_talks() -> None:
    page = """
        ## Queues at Scale - Ada Vos

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        ## Parsers by Hand - Bo Lind

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>

        > The latest talk stands above; every talk is below.

        * [Parsers by Hand - Bo Lind](https://www.youtube.com/watch?v=bbbbbbbbbbb)
        * [Small Models - Cy Moe](https://www.youtube.com/watch?v=ccccccccccc)
        * [Queues at Scale - Ada Vos](https://www.youtube.com/watch?v=aaaaaaaaaaa)
        """
    found = talks(page)
    assert [(t.line, t.title) for t in found][:2] == [
        (1, "Queues at Scale"),
        (5, "Parsers by Hand"),
    ]
    assert "Small Models" in [t.title for t in found]
    # With no talk's heading above like it, a heading over talks is their section.
    alone = talks(page.replace("## Queues at Scale - Ada Vos", "Some words."))
    assert 5 not in [t.line for t in alone]


def test_where_a_talk_was_given_then_its_title_linked_to_its_session() -> None:
    found = talks(
        r"""
        ### 2031

        Harbor Days – [Efficient storage with tiny files](https://harbordays.example.org/2031/schedule/presentation/54/) \|
        [Slides](https://speakerdeck.com/ann/efficient-storage) \|
        [YouTube](https://www.youtube.com/watch?v=H_dLfHETO0g)

        Otter Conf (Seville) — [Queues in Practice & Detail](https://otterconf2031.sched.com/event/8Tzw/queues) \|
        [Slides](https://speakerdeck.com/ann/queues-in-practice)
        """
    )
    assert [(t.title, people(t), orgs(t), media(t)) for t in found] == [
        ("Efficient storage with tiny files", [], [], ["H_dLfHETO0g", "ann/efficient-storage"]),
        ("Queues in Practice & Detail", [], [], ["ann/queues-in-practice"]),
    ]


def test_words_then_a_title_linked_to_its_session_name_no_organization() -> None:
    found = talks(
        """
        # Harbor Con 2031 picks

        - Ann Lee – [Packaging in 2031](https://harbor.example.org/2031/schedule/presentation/54/)
        - Bob Stone – [Braids and ropes](https://harbor.example.org/2031/schedule/presentation/55/)
        """
    )
    # no word tells a name from an event's (Ann Lee, PyData London): where, so no one
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Packaging in 2031", [], []),
        ("Braids and ropes", [], []),
    ]


def test_a_bold_thanks_or_name_over_talks_names_no_group() -> None:
    found = talks(
        """
        # Talks

        **Thanks to Acme Corp**

        They hosted us this year.

        - [Quiet Queues](https://youtu.be/abc123def45) – Ann Lee at Harbor Days
        - [Loud Streams](https://youtu.be/bbc123def45) – Bo Lind at Otter Conf
        """
    )
    assert [t.section for t in found] == [None, None]


def test_a_bold_kind_of_events_over_talks_is_their_group() -> None:
    found = talks(
        """
        # Events

        __Conferences__

        * [Quiet Queues](https://www.slideshare.net/ann/queues) by Ann Lee at Harbor Days 2031
        * [Loud Streams](https://www.slideshare.net/bo/streams) by Bo Lind at Otter Conf 2030

        __Meetups__

        * [Small Caches](https://www.slideshare.net/cy/caches) by Cy Moe at Lumen Meetup 2030
        """
    )
    assert [(t.title, t.section) for t in found] == [
        ("Quiet Queues", "Conferences"),
        ("Loud Streams", "Conferences"),
        ("Small Caches", "Meetups"),
    ]


def test_a_column_that_numbers_the_rows_gives_no_titles() -> None:
    found = talks(
        """
        ## Programm

        | Nr. | Inhalt | Vortragende |
        |:---:|:---:|:---:|
        | 1st | Kleine Server für alle ([PDF](https://example.org/conf/01.pdf)) | Ada Vos |
        | 2nd | Große Daten, kleine Kosten ([PDF](https://example.org/conf/02.pdf)) | Bo Lind |
        | 3rd | Warteschlangen im Alltag ([PDF](https://example.org/conf/03.pdf)) | Cy Moe |
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Kleine Server für alle", [("Ada Vos", None)]),
        ("Große Daten, kleine Kosten", [("Bo Lind", None)]),
        ("Warteschlangen im Alltag", [("Cy Moe", None)]),
    ]


def test_a_table_of_tutorial_videos_by_length_and_channel_gives_no_cards() -> None:
    found = talks(
        """
        | Vídeo | Duración | Canal | Descripción |
        |-------|----------|-------|-------------|
        | [Colas desde cero - Curso completo](https://www.youtube.com/watch?v=aaaaaaaaaaa) | 1h 30m | ColaTube | Instalación y primeros pasos |
        | [Parsers en una hora](https://www.youtube.com/watch?v=bbbbbbbbbbb) | 45m | Bo Lind | Lo básico |
        | [Modelos pequeños](https://www.youtube.com/watch?v=ccccccccccc) | 2h | Aula Puerto | Un repaso |
        """
    )
    assert found == []


def test_a_column_of_lengths_is_no_title() -> None:
    found = talks(
        """
        | Recording | Runtime | Speaker |
        |---|---|---|
        | [Queues at Scale](https://www.youtube.com/watch?v=aaaaaaaaaaa) | 45 min | [Ada Vos](https://www.linkedin.com/in/ada/) |
        | [Parsers by Hand](https://www.youtube.com/watch?v=bbbbbbbbbbb) | 1h 10m | [Bo Lind](https://www.linkedin.com/in/bo/) |
        | [Small Models](https://www.youtube.com/watch?v=ccccccccccc) | 8.5h | [Cy Moe](https://www.linkedin.com/in/cy/) |
        """
    )
    assert not {t.title for t in found} & {"45 min", "1h 10m", "8.5h"}


def test_the_channel_a_video_is_on_names_no_speaker() -> None:
    found = talks(
        """
        | Título | Canal | Vídeo |
        |---|---|---|
        | Colas desde cero | Cola Academia | [ver](https://www.youtube.com/watch?v=aaaaaaaaaaa) |
        | Parsers en una hora | Bo Lind | [ver](https://www.youtube.com/watch?v=bbbbbbbbbbb) |
        | Modelos pequeños | Aula Puerto | [ver](https://www.youtube.com/watch?v=ccccccccccc) |
        """
    )
    assert all(not t.speakers for t in found)


def test_a_program_slot_of_everyone_or_an_adjournment_is_no_talk() -> None:
    found = talks(
        """
        | Waktu | Pembicara | Agenda |
        |---|---|---|
        | 18.00-18.30 | Peserta | Persiapan |
        | 18.30-19.00 | Ada Vos | Lightning talk - Queues at Scale |
        | 19.00-19.30 | Participants | Break and pizza |
        | 19.30-20.00 | Bo Lind | Tech talk - Parsers by Hand |
        | 20.00 | | Adjourn to the Harbor Pub |
        """
    )
    assert [people(t) for t in found] == [[("Ada Vos", None)], [("Bo Lind", None)]]


def test_a_list_marker_written_in_a_cell_is_no_word_of_the_title() -> None:
    found = talks(
        """
        | Time | Topic | Speaker | Slides |
        |---|---|---|---|
        | 15:10 - 15:50 | Lightning Talks | | |
        |   | - Queues at Scale | [Ada Vos](https://www.linkedin.com/in/ada/) | [PDF](q.pdf) |
        |   | - Parsers by Hand | [Bo Lind](https://www.linkedin.com/in/bo/) | [PDF](p.pdf) |
        |   | -Dashes-First Design | [Cy Moe](https://www.linkedin.com/in/cy/) | [PDF](d.pdf) |
        """
    )
    assert [t.title for t in found] == [
        "Queues at Scale",
        "Parsers by Hand",
        "-Dashes-First Design",
    ]


def test_a_strong_label_before_a_link_is_no_title() -> None:
    found = talks(
        """
        ### Harbor Meetup, May

        **Topik:**
        - Queues at Scale by Ada Vos, Engineer, Lumen

        **Sumber Video:** [Tautan](https://www.youtube.com/watch?v=aaaaaaaaaaa)

        ### Harbor Meetup, June

        **Topik:**
        - Parsers by Hand

        **Sumber Video:** [Tautan](https://www.youtube.com/watch?v=bbbbbbbbbbb)
        """
    )
    assert "Tautan" not in [t.title for t in found]


def test_a_named_column_of_titles_writes_its_titles_alike() -> None:
    found = talks(
        """
        | Date | Event | Title | Slides |
        |---|---|---|---|
        | 2024-05-02 | [Harbor Days](https://harbor.example/) | *Queues at Scale* | [Slides](q.pdf) |
        | 2024-04-11 | [Lumen Conf](https://lumen.example/) | *Harbor Fest 2024 - Parsers Revisited* | [Slides](p.pdf) |
        | 2024-03-09 | [Harbor Days](https://harbor.example/) | *Small Models in Practice* | [Slides](m.pdf) |
        | 2024-02-01 | [Cove Meetup](https://cove.example/) | *Tracing Tales* | [Slides](t.pdf) |
        | 2024-01-12 | [Lumen Conf](https://lumen.example/) | *Caches, Queues and Logs* | [Slides](c.pdf) |
        """
    )
    assert [(t.title, t.speakers) for t in found][1] == ("Harbor Fest 2024 - Parsers Revisited", ())
    assert [(t.title, t.speakers) for t in found][4] == ("Caches, Queues and Logs", ())


def test_a_row_that_names_a_kind_of_talks_is_the_section_of_the_rows_it_groups() -> None:
    result = plan(
        """
        ## Day 1

        | Time | Topic | Speaker |
        |---|---|---|
        | 14:00 - 14:30 | Queues at Scale | [Ada Vos](https://www.linkedin.com/in/ada/) |
        | 14:30 - 15:10 | Lightning Talks | |
        |   | Parsers by Hand | [Bo Lind](https://www.linkedin.com/in/bo/) |
        |   | Small Models | [Cy Moe](https://www.linkedin.com/in/cy/) |
        | 15:10 - 15:40 | Tracing Tales | [Di Ray](https://www.linkedin.com/in/di/) |
        | 2024-05-02 | Harbor Meetup | |
        |   | Sheep Counting | [Ed Fox](https://www.linkedin.com/in/ed/) |
        """
    )
    assert [(t.talk.title, t.talk.section) for t in result.talks] == [
        ("Queues at Scale", "Day 1"),
        ("Parsers by Hand", "Lightning Talks"),
        ("Small Models", "Lightning Talks"),
        ("Tracing Tales", "Day 1"),
        ("Sheep Counting", "2024-05-02"),  # a meetup's date over its talks' rows
    ]


def test_a_label_alone_over_a_quote_of_its_value() -> None:
    found = talks(
        """
        # Talks

        ### [Harbor Days](https://harbor.example.org/) - December 2031
        Title:
        > Quiet Queues at Scale
        * [Slides](https://example.org/queues.pdf)

        ### River Meetup June 2031
        Title:
        >
        * [Slides](https://example.org/river.pdf)

        ### Lumen Summit 2030
        Title:
        > Small Parsers, [part one](https://example.org/one/)
        * [Slides](https://example.org/parsers.pdf)
        """
    )
    assert [t.title for t in found] == [
        "Quiet Queues at Scale",
        "River Meetup June 2031",  # an empty quote: no value
        "Lumen Summit 2030",  # a value that links: not read so
    ]


def test_bare_links_under_a_headings_labelled_title_are_its_media() -> None:
    found = talks(
        """
        # Talks

        ### Riverside Meetup June 2031
        Title:
        > Tuning the Flux Capacitor
        * [Riverside flux recording](https://www.youtube.com/watch?v=abcdefghijk)
        * [Riverside flux slides](https://speakerdeck.com/ann/flux)

        ### Harbor Days 2031
        Title: Quiet Queues
        * [Harbor Days recording](https://www.youtube.com/watch?v=bbcdefghijk)
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Tuning the Flux Capacitor", ["abcdefghijk", "ann/flux"]),
        ("Quiet Queues", ["bbcdefghijk"]),
    ]


def test_a_sessions_talks_and_a_years_other_talks_stay_talks() -> None:
    sessions = talks(
        """
        ## Session B

        Title: Networking at the edge

        - [QUIC in the wild](https://www.youtube.com/watch?v=abcdefghijk)
        - [Anycast for small teams](https://www.youtube.com/watch?v=bbcdefghijk)
        """
    )
    assert [t.title for t in sessions] == ["QUIC in the wild", "Anycast for small teams"]
    others = talks(
        """
        ## 2031

        Title: Quiet Queues

        Other talks this year:

        - [Tracing recording](https://www.youtube.com/watch?v=cbcdefghijk)
        - [Logs video](https://www.youtube.com/watch?v=dbcdefghijk)
        """
    )
    assert len(others) == 2  # no talk of the year's heading: its links stay as they were


def test_a_label_alone_over_a_list_of_its_values() -> None:
    page = """
        ### Harbor Camp 2018
        **Date:** 14 July 2018<br />
        **Topic:**
        - Queues at Scale

        **Speakers:**
        - Ada Vos
        - Bo Lind

        **Video:** [Link](https://www.youtube.com/watch?v=aaaaaaaaaaa)

        ### Harbor Meetup 2016
        **Topic:**
        - Parsers by Hand

        **Speaker:**
        - Cy Moe

        **Video:** [Link](https://www.youtube.com/watch?v=bbbbbbbbbbb)
        """
    found = talks(page)
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Queues at Scale", ["Ada Vos", "Bo Lind"]),
        ("Parsers by Hand", ["Cy Moe"]),
    ]
    # A meetup that lists several topics is no one talk: no card titled by the meetup.
    several = talks(page.replace("- Queues at Scale", "- Queues at Scale\n- Small Models"))
    assert "Harbor Camp 2018" not in [t.title for t in several]


def test_a_title_linked_to_a_deck_s_own_page_links_its_slides() -> None:
    found = talks(
        """
        * [Queues at Scale](https://docs.example.org/presentations/2025-05-queues.html)
        * [Parsers by Hand](https://docs.example.org/presentations/2024-09-parsers.html)
          | [PDF](https://docs.example.org/presentations/pdf/2024-09-parsers.pdf)
        * [Small Models in Practice](https://harbor.example/slides/small-models/)
        * [Harbor Tools](https://github.com/harbor/tools)
        """
    )
    assert [(t.title, [m.url for m in t.media]) for t in found][:3] == [
        ("Queues at Scale", ["https://docs.example.org/presentations/2025-05-queues.html"]),
        (
            "Parsers by Hand",
            [
                "https://docs.example.org/presentations/2024-09-parsers.html",
                "https://docs.example.org/presentations/pdf/2024-09-parsers.pdf",
            ],
        ),
        ("Small Models in Practice", ["https://harbor.example/slides/small-models/"]),
    ]
    assert "Harbor Tools" not in [t.title for t in found]  # a repository, named by no one


def test_an_event_then_a_dash_then_the_linked_title_is_where_then_what() -> None:
    found = talks(
        """
        # Публичные выступления

        ## 2031

        * Harbor Days 2031 in Oslo — [«Тихие очереди»](https://ann.example.org/talks/queues/) ([видео](https://www.youtube.com/watch?v=abcdefghijk))
        * LumenCSS Meetup #4 — [«Маленькие кэши»](https://ann.example.org/talks/caches/) ([видео](https://youtu.be/bbcdefghijk))
        * Quiet Queues - Fjord Conf 2031 - [slides](https://example.org/queues.pdf)
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Тихие очереди", [], []),
        ("Маленькие кэши", [], []),
        ("Quiet Queues", [], []),  # the title first: the event after it
    ]


def test_an_event_then_a_colon_then_the_linked_title_over_its_player_is_where_then_what() -> None:
    found = talks(
        """
        # Talks

        ### Lumen Meetup Berlin: [The History of Queues][history]

        <iframe src="https://www.youtube.com/embed/abcdefghijk" allowfullscreen></iframe>

        ### Harbor Days 2030: [Performance tips by the Queue Expert][tips]

        <iframe src="https://www.youtube.com/embed/bbcdefghijk" allowfullscreen></iframe>

        [history]: https://lumen.example.org/meetups/history/
        [tips]: https://harbor.example.org/2030/talks/tips/
        """
    )
    assert [t.title for t in found] == [
        "The History of Queues",
        "Performance tips by the Queue Expert",
    ]
    parts = talks(
        """
        # Talks and notes

        ### Appendix 2031: [Errata and Notes From the Second Printing](https://ann.example.org/errata/)

        ### Lumen Summit Berlin: [Keynote](https://www.youtube.com/watch?v=cbcdefghijk)

        ### Lumen Summit Oslo: [Lightning talks](https://www.youtube.com/watch?v=fbcdefghijk)

        ### Harbor Days 2030: [Queues in Practice](https://www.youtube.com/watch?v=dbcdefghijk)

        ### Lumen Conf 2031: [Small Caches at Scale](https://www.youtube.com/watch?v=ebcdefghijk)
        """
    )
    titles = [t.title for t in parts]
    assert "Queues in Practice" in titles
    assert "Errata and Notes From the Second Printing" not in titles  # an appendix: no event
    assert "Keynote" not in titles  # a kind alone: no title
    assert "Lightning talks" not in titles  # so are kinds in the plural


def test_an_event_named_with_its_year_then_a_linked_title_is_where_then_what() -> None:
    found = talks(
        """
        ## 2031

        * Mobiconf 2031 - [The Quiet Life of Queues](https://sho.rt/queues) [Video](https://www.youtube.com/watch?v=abcdefghijk)
        * Harbor Days Berlin 2031 - [Caches for the Rest of Us](https://sho.rt/caches) [Video](https://youtu.be/bbcdefghijk)
        * Kites in Winter 2031 - [Acme Labs](https://acme.example) [Video](https://youtu.be/cbcdefghijk)
        """
    )
    assert [(t.title, orgs(t)) for t in found] == [
        ("The Quiet Life of Queues", []),
        ("Caches for the Rest of Us", []),
        ("Kites in Winter 2031", ["Acme Labs"]),  # two words linked: who, not what
    ]


def test_a_japanese_name_then_her_handle_in_parentheses_then_san_or_her_group() -> None:
    found = talks(
        """
        # 内容

        ## 1コマ目「キューの話」

        + 登壇者 : 佐藤 花子 ( [@hanako](https://twitter.com/hanako) ) さん
        + 資料 : [slides](https://speakerdeck.com/hanako/queues)

        ## 2コマ目「キャッシュの話」

        + 登壇者 : 田中 一郎 ( [@ichiro](https://twitter.com/ichiro) ) 岡山Rubyの会
        + 資料 : [slides](https://speakerdeck.com/ichiro/caches)
        """
    )
    assert [(people(t), orgs(t)) for t in found] == [
        ([("佐藤 花子", "https://twitter.com/hanako")], []),
        ([("田中 一郎", "https://twitter.com/ichiro")], ["岡山Rubyの会"]),
    ]


@pytest.mark.parametrize(
    "after",
    [
        "、小林 健 さん",
        "& 小林 健",
        "ほか2名",
        "代表取締役",
        "が発表しました。",
        "30分",
        "from Acme",
    ],
)
def test_words_after_a_japanese_speakers_handle_that_name_no_group(after: str) -> None:
    found = talks(
        f"""
        # 内容

        ## 1コマ目「キューの話」

        + 登壇者 : 佐藤 花子 ( [@hanako](https://twitter.com/hanako) ) {after}
        + 資料 : [slides](https://speakerdeck.com/hanako/queues)

        ## 2コマ目「キャッシュの話」

        + 登壇者 : 田中 一郎 ( [@ichiro](https://twitter.com/ichiro) ) さん
        + 資料 : [slides](https://speakerdeck.com/ichiro/caches)
        """
    )
    assert orgs(found[0]) == []


def test_a_legend_over_the_lists_names_each_items_fields_in_order() -> None:
    found = talks(
        """
        # Talks

        `speaker` - `twitter handle` - `title` - `slides`

        ### First Day

        * Ann Lee - @annlee - Quiet Queues - https://speakerdeck.com/annlee/quiet-queues
        * Bo Lind - @bolind - Small Caches -
        * Cy Moe - Parsers by Hand - @cymoe - https://example.org/parsers.pdf
        * Di Ray - @diray

        ### Second Day

        * ?
        * Eli Shah - @elishah - Tide Tables - https://example.org/tides.pdf
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("Quiet Queues", [("Ann Lee", None)], ["annlee/quiet-queues"]),
        ("Small Caches", [("Bo Lind", None)], []),  # its fields out of order: as written
        ("Tide Tables", [("Eli Shah", None)], ["https://example.org/tides.pdf"]),
    ]


def test_a_legends_items_may_link_their_handle_and_their_slides() -> None:
    found = talks(
        """
        # Talks

        speaker - twitter - title - slides

        * Ann Lee - [@annlee](https://twitter.com/annlee) - Quiet Queues - [deck](https://speakerdeck.com/annlee/queues)
        * Bo Lind - [@bolind](https://twitter.com/bolind) - Small Caches - [deck](https://speakerdeck.com/bolind/caches)
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("Quiet Queues", [("Ann Lee", None)], ["annlee/queues"]),
        ("Small Caches", [("Bo Lind", None)], ["bolind/caches"]),
    ]


def test_a_legend_holds_in_its_section_and_for_lists_that_read_so() -> None:
    found = talks(
        """
        # Talks

        speaker - twitter - title - slides

        * Ann Lee - @annlee - Quiet Queues - https://speakerdeck.com/annlee/quiet-queues
        * Bo Lind - - Small Caches - https://speakerdeck.com/bolind/caches

        # Links

        * Cy Moe - her blog on queues - https://cymoe.example.org/
        * Di Ray - notes - https://diray.example.org/about
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Quiet Queues", [("Ann Lee", None)]),
        ("Small Caches", [("Bo Lind", None)]),  # an empty field
    ]


@pytest.mark.parametrize(
    "legend",
    [
        "Name - Role - Team",  # a team page's columns: no title, no speaker
        "speaker - title",  # two fields: a line of prose as often
    ],
)
def test_a_line_that_is_no_legend_leaves_the_list_to_its_own_reading(legend: str) -> None:
    page = f"# Team\n\n{legend}\n\n* Ann Lee - Lead - Platform\n* Bo Lind - Engineer - Search\n"
    assert talks(page) == []


def test_a_programs_opening_and_q_and_a_by_its_organizers_are_no_talks() -> None:
    found = talks(
        """
        ## Harbor Workshop 2031

        | Time | Speaker | Title |
        |------|---------|-------|
        | 13:00 | Organizers | Opening Remarks |
        | 13:05 | [Ann Lee](https://ann.example.org/) | [Queues at Scale](https://example.org/q.pdf) |
        | 13:40 | [Bo Lind](https://bo.example.org/) | [Small Caches](https://example.org/c.pdf) |
        | 14:15 | Program Committee | Q&A Session |
        | 14:30 | Cy Moe | Closing Remarks |
        """
    )
    # Cy Moe's closing words, neither recorded nor told, are the program's own too
    assert [t.title for t in found] == ["Queues at Scale", "Small Caches"]
    recorded = talks(
        """
        # Harbor Days 2031 recordings

        - [Q&A Session](https://www.youtube.com/watch?v=abcdefghijk) — Harbor Core Team
        - [Queues at Scale](https://www.youtube.com/watch?v=abcdefghijl) — Ann Lee
        - [Small Caches](https://www.youtube.com/watch?v=abcdefghijm) — Bo Lind
        """
    )
    assert recorded[0].title == "Q&A Session"  # recorded: a session of its own


def test_a_link_at_a_headings_end_that_only_points_is_no_word_of_its_title() -> None:
    found = talks(
        """
        # Talks

        ### Queues for all (Harbor Conf 2031)[(link)](https://youtu.be/abcdefghijk)

        ### Small caches [link](https://speakerdeck.com/ann/caches)

        ### Parsers by hand [(Link)](https://harbor.example/program/parsers/)

        <iframe src="https://www.youtube.com/embed/abcdefghijl"></iframe>
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Queues for all (Harbor Conf 2031)", ["abcdefghijk"]),
        ("Small caches", ["ann/caches"]),
        ("Parsers by hand", ["abcdefghijl"]),
    ]
    words = talks(
        """
        - 2031-03-02: Ann Lee - Effect handlers in [Links](https://links.example.org/)
        - 2031-03-16: Bo Lind - Parsing every [URL](https://url.example.org/)
        - 2031-03-30: Cy Moe - Small caches - [Link](https://www.youtube.com/watch?v=abcdefghijm)
        """
    )
    assert [t.title for t in words] == [  # the title's last word, or a pointer after a dash
        "Effect handlers in Links",
        "Parsing every URL",
        "Small caches",
    ]


def test_a_bold_title_then_a_line_break_then_who_and_where() -> None:
    found = talks(
        """
        # Talks

        ### 2031

        * **Tracing Quiet Queues**<BR> Ann Lee at [Harbor Days](https://harbor.example/), 7 July 2031 [slides](../decks/queues.pdf).
        * **Harbor - Small Caches at Scale**<br>Bo Lind at [Lumen Conf](https://lumen.example/), 17 June 2031 [slides](../decks/caches.pdf)
        * **Parsers by Hand**<br/>Cy Moe at the Tide Meetup 29 Oct 2031 [slides](../decks/parsers.pdf)
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("Tracing Quiet Queues", [("Ann Lee", None)], ["../decks/queues.pdf"]),
        ("Harbor - Small Caches at Scale", [("Bo Lind", None)], ["../decks/caches.pdf"]),
        ("Parsers by Hand", [("Cy Moe", None)], ["../decks/parsers.pdf"]),
    ]


def test_headings_under_talks_that_label_their_conference_are_talks() -> None:
    found = talks(
        """
        # Talks

        ### Kites in Winter
        Conference: Harbor Days 2031

        Link: [https://harbor.example/2031/](https://harbor.example/2031/)
        ### Quiet Queues
        Konferenz: Lumen Meetup #15

        Link: [https://lumen.example/15/](https://lumen.example/15/)

        ### Small Caches
        Conference: Tide Conf

        Video: [https://www.youtube.com/watch?v=abcdefghijk](https://www.youtube.com/watch?v=abcdefghijk)
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Kites in Winter", []),
        ("Quiet Queues", []),
        ("Small Caches", ["abcdefghijk"]),
    ]


def test_headings_under_talks_that_name_a_role_a_call_or_nothing_linked_are_no_talks() -> None:
    found = talks(
        """
        # Talks

        ### Program Committee Member
        Conference: Harbor Days 2031

        Link: [https://harbor.example/](https://harbor.example/)

        ### Retro
        Conference: [Zoom](https://us02web.zoom.us/j/123456)

        ### Kites in Winter
        Conference: Tide Conf

        ### Small Caches
        Conference: Lumen Days

        Video: [https://www.youtube.com/watch?v=abcdefghijk](https://www.youtube.com/watch?v=abcdefghijk)
        """
    )
    assert [t.title for t in found] in ([], ["Small Caches"])


def test_headings_under_speaking_need_the_day_they_were_given() -> None:
    found = talks(
        """
        # Speaking

        ### Program committee
        Conference: Harbor Days 2031

        ### Volunteer
        Conference: Lumen Meetup

        ### Small Caches
        Conference: Tide Conf

        Video: [https://www.youtube.com/watch?v=abcdefghijk](https://www.youtube.com/watch?v=abcdefghijk)
        """
    )
    assert [t.title for t in found] in ([], ["Small Caches"])


def test_talks_grouped_under_a_speaker_or_a_topic_are_no_deliveries() -> None:
    found = talks(
        """
        # Speaking

        * Ann Lee
            - Kites in Winter, Oslo, Norway (12.03.2031) ([slides](https://example.org/kites.pdf))
            - Quiet Queues, Porto, Portugal (02.10.2030) ([slides](https://example.org/queues.pdf))
        * Kubernetes
            - Operators From Scratch, Blue Harbor Meetup, Oslo (12.03.2031) ([slides](https://example.org/op.pdf))
            - Pod Security, Lumen Summit, Porto (02.10.2030) ([slides](https://example.org/pod.pdf))
        """
    )
    assert not {"Ann Lee", "Kubernetes"} & {t.title for t in found}
    assert len(found) == 4


def test_lines_under_a_title_that_say_where_and_when_are_its_deliveries() -> None:
    found = talks(
        """
        # Speaking

        * Taming Flaky Builds
            - Riverside Dev Meetup, Oslo, Norway (12.03.2031) ([video](https://www.youtube.com/watch?v=AAAAAAAAAAA), [slides](https://example.org/flaky-oslo.pdf))
            - Harbor Conf, Porto, Portugal (2-3.10.2030) ([slides](https://example.org/flaky-porto.pdf))
        * Caching Without Tears ([slides](https://example.org/caching.pdf))
            - Lakeside User Group, Lyon, France (05.05.2029)
        * Harbor Conf 2028
            - Quiet Queues, Ada Vos, Lumen (02.10.2028) ([slides](https://example.org/queues.pdf))
            - Small Parsers, Bo Lind, Nube (02.10.2028) ([slides](https://example.org/parsers.pdf))
        """
    )
    assert [(t.title, [p.name for p in t.speakers], media(t)) for t in found] == [
        (
            "Taming Flaky Builds",
            [],
            [
                "AAAAAAAAAAA",
                "https://example.org/flaky-oslo.pdf",
                "https://example.org/flaky-porto.pdf",
            ],
        ),
        ("Caching Without Tears", [], ["https://example.org/caching.pdf"]),
        ("Quiet Queues, Ada Vos, Lumen", [], ["https://example.org/queues.pdf"]),
        ("Small Parsers, Bo Lind, Nube", [], ["https://example.org/parsers.pdf"]),
    ]  # under an event's name, the nested lines are talks


def test_a_title_with_its_year_before_where_or_who_keeps_its_title() -> None:
    found = talks(
        """
        ## 2031

        * Quiet Queues 2031 - [Harbor Days Oslo, Main Stage](https://harbor.example/2031/) ([slides](https://example.org/qq.pdf))
        * Kites in Winter 2031 - [Acme Labs of Northern Europe](https://acme.example) ([slides](https://example.org/kw.pdf))
        * Acme 2031 - [Opening Day at Our New Oslo Office](https://www.youtube.com/watch?v=abcdefghijk)
        """
    )
    titles = [t.title for t in found]
    assert titles[:2] == ["Quiet Queues 2031", "Kites in Winter 2031"]
    assert "Opening Day at Our New Oslo Office" not in titles  # a company's video, no talk


def test_a_link_beside_the_title_to_its_session_page_makes_a_talk() -> None:
    found = talks(
        """
        * Queues at Scale ([program](https://conf.example.org/2010/sessions/sessions?id=1510), [notes](https://blog.example.org/queues/)).
        * Tracing Tales ([program](https://conf.example.org/2010/sessions/sessions?id=1140)).
        * Small Models in Practice
        """
    )
    assert [t.title for t in found] == ["Queues at Scale", "Tracing Tales"]


def test_a_sentence_of_who_presented_a_quoted_title_under_an_event_heading() -> None:
    found = talks(
        """
        ## Harbor Conf 2020

        [Ann](https://github.com/ann-example) presented the first prototype of the tool.

        * [Slides](harbor-2020.pdf)
        * [Recording](https://www.youtube.com/watch?v=aaaaaaaaaaa)

        ## Harbor Conf 2021

        [Ann](https://github.com/ann-example) and [Bo Lind](https://github.com/bolind) presented "Queues at Scale -
        The Next Steps" at the virtual Harbor Conf 2021.

        * [Slides](harbor-2021.pdf)
        * [Recording](https://www.youtube.com/watch?v=bbbbbbbbbbb)
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Harbor Conf 2020", ["Ann"]),
        ("Queues at Scale - The Next Steps", ["Ann", "Bo Lind"]),
    ]


def test_a_speakers_sentence_quotes_its_title_in_german_marks_too() -> None:
    found = talks(
        """
        ## Harbor Tage 2020

        [Ann](https://github.com/ann-example) presented the first prototype of the tool.

        * [Folien](harbor-2020.pdf)
        * [Aufzeichnung](https://www.youtube.com/watch?v=aaaaaaaaaaa)

        ## Harbor Tage 2021

        [Ann](https://github.com/ann-example) and [Bo Lind](https://github.com/bolind) presented
        „Warteschlangen im Großen“ at Harbor Tage 2021.

        * [Folien](harbor-2021.pdf)
        * [Aufzeichnung](https://www.youtube.com/watch?v=bbbbbbbbbbb)
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Harbor Tage 2020", ["Ann"]),
        ("Warteschlangen im Großen", ["Ann", "Bo Lind"]),
    ]


def test_a_pointer_to_more_talks_is_no_talk() -> None:
    found = talks(
        """
        - [Queues at Scale](https://speakerdeck.com/ann/queues) (2023 - Ann Lee)
        - [Parsers in Practice](https://speakerdeck.com/bo/parsers) (2022 - Bo Lind)
        - More of Ann's presentations [here](https://speakerdeck.com/ann) and [here](https://slides.example.org/ann/) (Ann Lee)
        - [More Than Slides: Decks That Teach](https://speakerdeck.com/cy/decks) (2021 - Cy Moe)
        """
    )
    assert [t.title for t in found] == [
        "Queues at Scale",
        "Parsers in Practice",
        "More Than Slides: Decks That Teach",
    ]


def test_an_item_that_only_links_an_article_under_a_speaker_is_no_talk() -> None:
    found = talks(
        """
        #### Ann Lee

        * Queues at Scale. [Slides](https://example.org/queues.pdf)
        * Public speaking. [Video](https://youtu.be/aaaaaaaaaaa)
        * Embedded systems. [Article](https://blog.example.org/post/358340/)

        #### Bo Lind

        * Parsers in practice. [Video](https://youtu.be/bbbbbbbbbbb)
        * Notes on queues. [Article](https://blog.example.org/post/1/)
        """
    )
    assert [t.title for t in found] == ["Queues at Scale", "Public speaking", "Parsers in practice"]


def test_a_title_that_names_its_publisher_is_a_book_no_talk() -> None:
    found = talks(
        """
        | Presentation | Presenters |
        | --- | --- |
        | [Queue Patterns from Harbor Publications](https://github.com/ann/queue-patterns) | Ann Lee |
        | [Harbor Conf: Queues at Scale](https://www.youtube.com/watch?v=aaaaaaaaaaa) | Ann Lee |
        | [Lumen Days: Parsers in Practice](https://www.youtube.com/watch?v=bbbbbbbbbbb) | Bo Lind |
        """
    )
    assert [t.title for t in found] == [
        "Harbor Conf: Queues at Scale",
        "Lumen Days: Parsers in Practice",
    ]


def test_a_time_of_day_in_its_zone_before_a_bold_linked_title() -> None:
    found = talks(
        """
        ## Thursday, January 23, 2031

        - **3:00pm CET** - **[Quiet Queues at Scale](https://www.youtube.com/watch?v=abcdefghijk)**
          *Speaker:* Ada Vos

        - **4:00pm CET** - **[Small Parsers](https://www.youtube.com/watch?v=bbcdefghijk)**
          *Speakers:* Bo Lind, Cy Moe

        - **10:00 UTC+2** - **[Tracing for Humans](https://www.youtube.com/watch?v=cbcdefghijk)**
          *Speaker:* Di Hart
        """
    )
    assert [(t.title, [p.name for p in t.speakers], media(t)) for t in found] == [
        ("Quiet Queues at Scale", ["Ada Vos"], ["abcdefghijk"]),
        ("Small Parsers", ["Bo Lind", "Cy Moe"], ["bbcdefghijk"]),
        ("Tracing for Humans", ["Di Hart"], ["cbcdefghijk"]),
    ]


def test_a_slots_day_time_and_track_under_a_talks_heading_are_no_title() -> None:
    found = talks(
        """
        ## Quiet Queues at Scale
        - Ada Vos ([@adavos](https://twitter.com/adavos))
        - day 1 - 11:20 - 12:00 - Mobile track ([slides](https://www.slideshare.net/harbor/queues))

        How queues stay quiet.

        ## Small Parsers
        - Bora Lind ([@boralind](https://twitter.com/boralind))
        - Day 2 - 14:10 - 14:50 - Track B ([slides](https://www.slideshare.net/harbor/parsers))

        How parsers stay small.
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Quiet Queues at Scale", ["harbor/queues"]),
        ("Small Parsers", ["harbor/parsers"]),
    ]


def test_a_heading_that_only_names_people_under_a_talks_heading_is_its_byline() -> None:
    found = talks(
        """
        ## Presentation slides and resources

        ### Introduction to Testing

        #### Ada Vos

        - [Slides](https://example.org/testing.pdf)

        ### Web Scraping for Everyone

        #### Bo Lind

        - [Slides](https://example.org/scraping.pdf)
        - [Video](https://www.youtube.com/watch?v=abcdefghijk)
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Introduction to Testing", ["Ada Vos"]),
        ("Web Scraping for Everyone", ["Bo Lind"]),
    ]


def test_a_reference_under_a_talk_names_no_one() -> None:
    found = talks(
        """
        ## Quiet Queues

        * Date: 2031 Sep 21
        * Slide: https://speakerdeck.com/ann/quiet-queues
        * Reference: [Queues, the first step](https://www.slideshare.net/ann/first-step)

        ## Small Parsers

        * Date: 2031 Oct 19
        * Slide: https://speakerdeck.com/ann/small-parsers
        * 参考: [Parsers, the first step](https://www.slideshare.net/ann/parsers-first)
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Quiet Queues", []),
        ("Small Parsers", []),
    ]


def test_an_acronym_after_a_time_or_a_track_in_a_title_is_the_titles() -> None:
    found = talks(
        """
        - 09:30 GPT in Production ([slides](https://example.org/gpt.pdf))
        - 10:15 REST APIs Without Tears ([slides](https://example.org/rest.pdf))
        - 11:00 - Inside Track ([slides](https://example.org/inside.pdf))
        - 11:45 IT Security for Small Teams ([slides](https://example.org/it.pdf))
        """
    )
    assert [t.title for t in found] == [
        "GPT in Production",
        "REST APIs Without Tears",
        "Inside Track",
        "IT Security for Small Teams",
    ]


def test_a_topics_heading_over_a_person_over_her_linked_talk() -> None:
    found = talks(
        """
        # Talks

        ### Cloud Native Security

        #### Ada Vos

        [Supply Chains in Practice](https://speakerdeck.com/ada/supply) — how we sign images.

        ### Data Engineering

        #### Bo Lind

        [Lakehouse Lessons](https://speakerdeck.com/bo/lakehouse) — what we learned.
        """
    )
    titles = {t.title for t in found}
    assert not {"Cloud Native Security", "Data Engineering"} & titles  # topics, no talks


def test_chinese_labels_of_a_guest_speaker_and_a_topics_summary() -> None:
    found = talks(
        """
        ## 小队列的故事

        分享嘉宾：林小川

        [幻灯片](https://example.org/queue.pdf)

        ## 风筝与风

        演讲嘉宾：周一鸣

        议题简介：讲述风筝与风的关系。

        [幻灯片](https://example.org/kite.pdf)
        """
    )
    assert [(t.title, [p.name for p in t.speakers], t.abstract) for t in found] == [
        ("小队列的故事", ["林小川"], ""),
        ("风筝与风", ["周一鸣"], "讲述风筝与风的关系。"),
    ]


def test_a_guest_alone_is_no_speakers_label() -> None:
    found = talks(
        """
        ## 嘉宾访谈：陈思远谈开源治理

        嘉宾：陈思远

        - [阅读全文](https://example.cn/interview/chen)

        ## 嘉宾访谈：王小明谈社区

        嘉宾：王小明

        - [阅读全文](https://example.cn/interview/wang)
        """
    )
    assert found == []  # interviews, no talks


def test_a_bold_line_alone_changes_nothing_away_from_events() -> None:
    page = """
        ## Talks in May

        - 2031-05-03: [Small Parsers](https://speakerdeck.com/bo/parsers) - Bo Lind, Acme
        - 2031-05-10: [Tidal Models](https://speakerdeck.com/cy/tidal) - Cy Moe, Acme

        ## Talks in June

        {line}

        2031-06-03: [Quiet Queues](https://speakerdeck.com/ann/queues) - Ann Lee, Acme
        """
    bold = [t.title for t in talks(page.format(line="**Things we cooked**"))]
    plain = [t.title for t in talks(page.format(line="Things we cooked"))]
    assert bold == plain  # a strong title alone is read under an event's heading only


def test_a_time_of_day_before_a_program_heading_is_when_not_what() -> None:
    found = talks(
        """
        ## May

        #### 18:30 – Opening and news
        #### 18:45 – Zero-copy reading (Gus Hale)
        [Recording](https://www.youtube.com/watch?v=ccccccccccc)
        #### 19:30-20:00 | Writing a database (Hana Ito, Kestrel Labs)
        [Recording](https://www.youtube.com/watch?v=ddddddddddd)
        #### 20:15 – Pizza
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Zero-copy reading", [("Gus Hale", None)], []),
        ("Writing a database", [("Hana Ito", None)], ["Kestrel Labs"]),
    ]


def test_videos_under_a_heading_that_says_talks_are_talks() -> None:
    page = """
        # Harbor notes

        ## {heading}

        ### [Cooking with Queues](https://www.youtube.com/watch?v=aaaaaaaaaaa)

        In this one we bake a message queue from scratch.

        ### [Gardening for Robots](https://www.youtube.com/watch?v=bbbbbbbbbbb)

        ### [Hiking with Lambdas][hike]

        [hike]: https://www.youtube.com/watch?v=ccccccccccc
        """
    said = talks(page.format(heading="Talks"))
    assert [(t.title, media(t)) for t in said] == [
        ("Cooking with Queues", ["aaaaaaaaaaa"]),
        ("Gardening for Robots", ["bbbbbbbbbbb"]),
        ("Hiking with Lambdas", ["ccccccccccc"]),
    ]
    assert talks(page.format(heading="Screencasts")) == []  # a list of tutorials


def test_a_reading_list_of_papers_is_no_talks() -> None:
    papers = """
        ### Reading ideas

        1. Storage engines
             - [Log-Structured Merge Trees](https://papers.example.org/lsm.pdf)
             - [B-Trees Revisited](https://papers.example.org/btree.pdf)
        2. Consensus
             - [Viewstamped Replication](https://papers.example.org/vr.pdf) - Mira may present it
             - [Paxos Made Simple](https://papers.example.org/paxos.pdf)
        """
    assert talks(papers) == []
    decks = "\n\n".join(
        f"## {title}\n\n[Slides](decks/{n}.pdf)"
        for n, title in enumerate(["Queues", "Parsers by Hand", "Models"])
    )
    assert [t.title for t in talks(decks)] == ["Queues", "Parsers by Hand", "Models"]


def test_a_pdf_named_as_a_paper_or_on_a_proceedings_host_is_no_talk() -> None:
    found = talks(
        """
        ## Queues at Scale

        [Ada Vos](https://ada.example.org/) - [Slides](decks/queues.pdf)

        ## Parsers by Hand

        [Bo Lind](https://bo.example.org/) - [Slides](decks/parsers.pdf)

        In the tutorial she points at what her group wrote:

         - [teaching queues in schools](https://ceur-ws.org/Vol-0001/paper4.pdf)
         - [parsers for everyone](https://example.org/files/icse-paper.pdf)
        """
    )
    assert [t.title for t in found] == ["Queues at Scale", "Parsers by Hand"]


def test_a_talks_own_link_to_a_zenodo_record_is_its_deck() -> None:
    found = talks(
        """
        # Presentations

        * [Folding maps](https://doi.org/10.5281/zenodo.7000001), presentation for the Harbor Seminar, 8 July 2031
        * [Quiet queues](https://zenodo.org/records/7000002), keynote for River Days, 11 May 2031
        * [Small caches](https://doi.org/10.1145/7000003), presentation for the Tide Forum, 2 May 2031
        """
    )
    assert [(t.title, media(t)) for t in found][:2] == [
        ("Folding maps", ["https://doi.org/10.5281/zenodo.7000001"]),
        ("Quiet queues", ["https://zenodo.org/records/7000002"]),
    ]
    # a paper's DOI is no deck; nor is a record the page does not give as a talk's
    assert all(media(t) == [] for t in found[2:])
    assert find("https://zenodo.org/records/7000002") is None
    assert find("https://example.org/records/7000002", pdf=True) is None
    assert find("/records/7000002", pdf=True) is None  # a site's own page, no deposit
    assert find("https://do.org/records/7000002", pdf=True) is None
    assert find("https://doi.org/10.5281/ZENODO.7000001", pdf=True) is not None
    publications = """
        # Publications

        * [Tide tables, 1900-1950](https://doi.org/10.5281/zenodo.7000004), dataset, 2021
        * [Harbor maps](https://zenodo.org/records/7000005), Ann Lee and Bo Lind, 2020
        * [Queues in practice](https://doi.org/10.5281/zenodo.7000006), Journal of Queues 12
        """
    assert talks(publications) == []


def test_recordings_named_for_their_events_under_a_heading_of_events_are_talks() -> None:
    page = """
        # {heading}

        * [Harbor Security Days Dublin 2031](https://youtu.be/aaaaaaaaaaa)
        * [River Chapter London 2030](https://youtu.be/bbbbbbbbbbb)
        * [FjordSecNext 2030](https://youtu.be/ccccccccccc)

        ## Blog posts
        * [How we kept our domains](https://blog.example.org/domains)
        """
    found = talks(page.format(heading="Conferences and Meetups"))
    assert [(t.title, media(t)) for t in found] == [
        ("Harbor Security Days Dublin 2031", ["aaaaaaaaaaa"]),
        ("River Chapter London 2030", ["bbbbbbbbbbb"]),
        ("FjordSecNext 2030", ["ccccccccccc"]),
    ]
    # a list of videos with years in their names under a heading of no events: screencasts
    assert talks(page.format(heading="Screencasts")) == []


def test_a_section_of_bare_videos_beside_talks_is_no_talks() -> None:
    found = talks(
        """
        ## Meetups

        - [Queues at Scale](https://www.youtube.com/watch?v=aaaaaaaaaaa) by Ann Lee, Acme
        - [Parsers by Hand](https://www.youtube.com/watch?v=bbbbbbbbbbb) by Bo Lind, Acme

        ## Screencasts

        - [Installing Widgetd in ten minutes - a hello-world demo](https://youtu.be/ccccccccccc)
        - [Widgetd hot reload](https://www.youtube.com/watch?v=ddddddddddd)
        - [Widgetd and volumes](https://www.youtube.com/watch?v=eeeeeeeeeee)
        """
    )
    assert [t.title for t in found] == ["Queues at Scale", "Parsers by Hand"]


@pytest.mark.parametrize("bold", [False, True])
def test_a_name_after_by_linked_to_any_page_is_the_speaker(bold: bool) -> None:
    mark = "**" if bold else ""
    found = talks(
        f"""
        - {mark}Queues at Scale{mark} by [Ann Lee](speakers#ann) ([slides](https://speakerdeck.com/ann/queues))
        - {mark}Parsers by Hand{mark} by [Bo Lind](https://bo.example.org/) ([slides](https://speakerdeck.com/bo/parsers))
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Queues at Scale", [("Ann Lee", "speakers#ann")], []),
        ("Parsers by Hand", [("Bo Lind", "https://bo.example.org/")], []),
    ]


def test_a_name_keeps_its_link_beside_a_linked_affiliation() -> None:
    found = talks(
        """
        - Queues by [Ann Lee](https://github.com/annlee) ([Acme](https://acme.example)) ([slides](https://speakerdeck.com/a/q))
        - Parsers by [Bo Lind](speakers#bo-lind) [(Lumen)](https://lumen.example) ([slides](https://speakerdeck.com/b/p))
        - Models by [Cy Moe](speakers#cy), [Harbor Podcast](https://harbor.example) [(Site source)](https://github.com/harbor/site) ([slides](https://speakerdeck.com/c/m))
        """
    )
    assert [(people(t), orgs(t)) for t in found] == [
        ([("Ann Lee", "https://github.com/annlee")], ["Acme"]),
        ([("Bo Lind", "speakers#bo-lind")], ["Lumen"]),
        ([("Cy Moe", "speakers#cy")], ["Harbor Podcast"]),
    ]


def test_items_under_past_meetups_that_name_their_speakers_are_talks() -> None:
    page = """
        # Harbor Static

        ## {heading}

        ### #3 - Tuesday, April 26th

        - **Static Sites for Podcasters** by [Ida Moss](speakers#ida-moss)
          - Summary: how we publish episodes.
        - **Grid Layouts in Practice** by [Leo Hart](speakers#leo-hart) [(Northwind)](https://northwind.example)

        ### #2 - Tuesday, March 22nd

        - **Search without a Server** by Bo Lind
        """
    found = talks(page.format(heading="Past meetups"))
    assert [(t.title, t.section, people(t), orgs(t)) for t in found] == [
        ("Static Sites for Podcasters", "#3 - Tuesday, April 26th",
         [("Ida Moss", "speakers#ida-moss")], []),
        ("Grid Layouts in Practice", "#3 - Tuesday, April 26th",
         [("Leo Hart", "speakers#leo-hart")], ["Northwind"]),
        ("Search without a Server", "#2 - Tuesday, March 22nd", [("Bo Lind", None)], []),
    ]  # fmt: skip
    assert talks(page.format(heading="Reading")) == []  # books by their authors, maybe


def test_a_name_then_a_title_in_corner_brackets() -> None:
    found = talks(
        """
        ### 5 分枠

        - sorato「[川の流れの話](https://speakerdeck.com/sorato/kawa)」
        - 佐藤 春「雲の数え方」
        - haru「[石の重さ](https://slides.com/haru/ishi)」
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("川の流れの話", [("sorato", None)], ["sorato/kawa"]),
        ("雲の数え方", [("佐藤 春", None)], []),
        ("石の重さ", [("haru", None)], ["haru/ishi"]),
    ]


def test_a_chinese_phrase_before_corner_brackets_names_no_one() -> None:
    found = talks(
        """
        ### 5 分枠

        - 王芳「[潮汐图表](https://speakerdeck.com/wf/chaoxi)」
        - 你为什么需要「[灯笼编码规范](https://speakerdeck.com/zw/denglong)」
        - 李明「[蜡烛与队列](https://speakerdeck.com/lm/lazhu)」
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("潮汐图表", [("王芳", None)]),
        ("蜡烛与队列", [("李明", None)]),
    ]  # a name in Chinese has two to four characters: "你为什么需要" (why you need) is none
    japanese = talks(
        """
        ## 発表

        - 佐藤 春「テストの書き方」 [スライド](https://speakerdeck.com/haru/test)
        - 勅使河原宏「分散トレーシング入門」 [スライド](https://speakerdeck.com/hiro/trace)
        - 長谷川亮太「型安全なAPI設計」 [スライド](https://speakerdeck.com/ryota/api)
        - 特別招待講演「これからのデータ基盤」 [スライド](https://speakerdeck.com/guest/data)
        - 懇親会参加募集「ピザとビールあります」
        """
    )
    assert [people(t) for t in japanese] == [
        [("佐藤 春", None)],
        [("勅使河原宏", None)],  # a Japanese name may be as long: kana say the line is
        [("長谷川亮太", None)],
        [],  # "special invited lecture": an event's words, no one's name
    ]


def test_a_link_to_the_sites_own_talk_page_makes_a_talk() -> None:
    found = talks(
        """
        # Talks about Widgetry

        ## 2024

        * [*Widgets at Scale*](talks/2024/widgets-at-scale.md) (online tutorial, 3 May 2024)
        * [*Why Widgets Break*](talks/2024/why-widgets-break.md) (WidgetCon 2024, 9 Feb 2024)
        * [All our talks](talks/index.md)
        """
    )
    assert [(t.title, t.section) for t in found] == [
        ("Widgets at Scale", "2024"),
        ("Why Widgets Break", "2024"),
    ]


def test_an_event_and_a_date_in_parentheses_at_a_titles_end_are_no_part_of_it() -> None:
    page = "\n\n".join(
        f"## {title}\n\n[Slides](decks/{n}.pdf)"
        for n, title in enumerate(
            ["Queues (Harbor Conf, 3 March 2021)", "Parsers (online tutorial, 5 Dec 2023)"]
        )
    )
    assert [t.title for t in talks(page)] == ["Queues", "Parsers"]


def test_a_place_or_an_events_name_and_a_year_in_parentheses_are_where_and_when() -> None:
    found = talks(
        """
        ## Talks

        * [Quiet Queues](https://www.youtube.com/watch?v=qqqqqqqqqqq) (Lanternby, 2031)
        * [Paper Kites](https://speakerdeck.com/blind/kites) (Lanternby Summit, 2030)
        * [Tiny Parsers](https://speakerdeck.com/blind/parsers) (Bo Lind, 2029)
        """
    )
    assert [t.title for t in found] == [
        "Quiet Queues",
        "Paper Kites",
        "Tiny Parsers (Bo Lind, 2029)",
    ]


def test_a_handle_after_a_speaker_named_in_full_is_her_organizations() -> None:
    found = talks(
        """
        * [Intro to Widgets](https://speakerdeck.com/ann/widgets) presented by [Ann Lee](https://github.com/annlee) - [@northwind](https://twitter.com/northwind)
        * [Parsers](https://speakerdeck.com/bo/parsers) - [@bolind](https://twitter.com/bolind)
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Intro to Widgets", [("Ann Lee", "https://github.com/annlee")], ["@northwind"]),
        ("Parsers", [("@bolind", "https://twitter.com/bolind")], []),
    ]


def test_names_joined_by_a_spaced_slash_are_two_speakers() -> None:
    found = talks(
        """
        1. **Widget autoscaling**  
        Speaker : Ann Lee, Northwind  
        2. **Roadmap**  
        Speaker : Cy Moe / Di Ray, Northwind  
        """  # noqa: W291
    )
    assert [(people(t), orgs(t)) for t in found] == [
        ([("Ann Lee", None)], ["Northwind"]),
        ([("Cy Moe", None), ("Di Ray", None)], ["Northwind"]),
    ]


def test_a_line_that_names_a_seminar_and_its_place_names_no_one() -> None:
    found = talks(
        """
        ## 2031

        - **Wiggles in tide tables**
          - Harbour Climate & Water Seminar. Lumen Universität, Berlin, Germany
          - [Slides](https://speakerdeck.com/jane/wiggles)
        - **Counting gulls with splines**
          - Seabird Statistics Colloquium, Oban, Scotland
          - [Slides](https://speakerdeck.com/jane/gulls)
        - **Tides for everyone**
          - Ada Vos & Bo Lind, Northwind
          - [Slides](https://speakerdeck.com/jane/tides)
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Wiggles in tide tables", [], []),
        ("Counting gulls with splines", [], []),
        ("Tides for everyone", [("Ada Vos", None), ("Bo Lind", None)], ["Northwind"]),
    ]
    assert [media(t) for t in found] == [["jane/wiggles"], ["jane/gulls"], ["jane/tides"]]


def test_an_abbreviations_stop_after_a_name_ends_no_sentence() -> None:
    found = talks(
        """
        # Talks

        - [Kettle Acoustics](https://example.org/slides/kettle-acoustics.pdf) – Pia Holm (Univ. of Fenwick)
        - [Steam in Jars](https://example.org/slides/steam-jars.pdf) – Rui Sato (Dept. of Physics & Astronomy)
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Kettle Acoustics", [("Pia Holm", None)], ["Univ. of Fenwick"]),
        ("Steam in Jars", [("Rui Sato", None)], ["Dept. of Physics & Astronomy"]),
    ]


def test_a_pictograph_of_people_stands_for_by() -> None:
    found = talks(
        """
        - HarborConf 2021: [Scaling Widgets](https://youtu.be/aaaaaaaaaaa) :busts_in_silhouette: Ann Lee, Bob Ray
        - [Batch Jobs](https://www.youtube.com/watch?v=bbbbbbbbbbb) 👥 Cy Fox
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Scaling Widgets", [("Ann Lee", None), ("Bob Ray", None)]),
        ("Batch Jobs", [("Cy Fox", None)]),
    ]


def test_a_presentation_file_linked_by_its_title_is_its_deck() -> None:
    found = talks(
        """
        May 23, 2013
        ------------

        - [Crypto in Go - Part 3](https://gophers.example.com/2013-05/auth.slide).
        - [Metrics with Goroutines](https://gophers.example.com/metrics.pptx)
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Crypto in Go - Part 3", ["https://gophers.example.com/2013-05/auth.slide"]),
        ("Metrics with Goroutines", ["https://gophers.example.com/metrics.pptx"]),
    ]


def test_a_reference_link_written_with_a_space_is_a_link() -> None:
    found = talks(
        """
        ### May 2031

        * Gardening at Scale by [Ada Moss] [ada]
            * [Slides] [1]
            * [Video] [2]
        * Weeds in Production by [Bo Fern][bo]
            * [Slides] [3]

        [ada]: https://ada.example.org
        [bo]: https://bo.example.org
        [1]: 2031-05/garden.pdf
        [2]: https://www.youtube.com/watch?v=aaaaaaaaaaa
        [3]: 2031-05/weeds.pdf
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("Gardening at Scale", [("Ada Moss", "https://ada.example.org")],
         ["aaaaaaaaaaa", "2031-05/garden.pdf"]),
        ("Weeds in Production", [("Bo Fern", "https://bo.example.org")], ["2031-05/weeds.pdf"]),
    ]  # fmt: skip


def test_a_list_of_papers_with_their_authors_is_no_talks() -> None:
    found = talks(
        """
        ## Pruning

        1. **Sparse Hedges for Small Gardens** GARDENCONF 2031

           *Ada Moss, Bo Fern, Cy Reed* [[pdf](https://arxiv.org/abs/3101.00001)] [[project](https://github.com/example/hedges)]
        2. **Trimming Roots Early** Preprint

           *Dee Lane* [[pdf](https://arxiv.org/pdf/3101.00002)]
        3. **Leaves Considered Harmful** GARDENCONF 2030

           *Eve Stone, Finn Gale* [[pdf](https://dl.acm.org/doi/pdf/10.1145/0000000)]
        """
    )
    assert found == []


def test_a_slots_length_after_its_time_is_no_part_of_the_title() -> None:
    found = talks(
        """
        ### Day 1

          * 9:15 a.m. (50m) _Keynote_ by [Jo Park](https://github.com/jo)
          * 10:15 a.m. (40m) [Fast Queues](https://speakerdeck.com/lena/fast-queues) by [Lena Ruiz](https://github.com/lena)
        """
    )
    assert [t.title for t in found] == ["Keynote", "Fast Queues"]


def test_a_title_that_opens_with_a_length_keeps_it() -> None:
    found = talks(
        """
        ### 30 Minutes or Less: Testing Ovens

        * [Pia Stone](https://github.com/pia)

        ### (5 min) Queues

        * [Bo Lind](https://github.com/bo)
        """
    )
    assert [t.title for t in found] == ["30 Minutes or Less: Testing Ovens", "Queues"]


def test_a_speakers_cell_names_where_they_work_apart() -> None:
    found = talks(
        """
        | Date | Speaker | Topic |
        | ---- | ---- | ----- |
        | Feb 12 2031 | Ana Vint (Lopez Lab) | Folding Maps of Tiny Cells |
        | Mar 04 2031 | Cedar Genomics: Rui Alto, Meg Sand | Careers in Data |
        | Apr 22 2031 | Emil Roth (ACME & City University) | Graphs for Proteins |
        """
    )
    assert [(people(t), orgs(t)) for t in found] == [
        ([("Ana Vint", None)], ["Lopez Lab"]),
        ([("Rui Alto", None), ("Meg Sand", None)], ["Cedar Genomics"]),
        ([("Emil Roth", None)], ["ACME & City University"]),
    ]


def test_a_button_of_slides_with_an_icon_and_attributes_is_the_talks_deck() -> None:
    found = talks(
        """
        ### Pasta Conf 2031: [Boiling Water Fast](https://example.org/pasta/boil)

        <iframe src="https://www.youtube.com/embed/cedarcedar1"></iframe>

        [Download Slides :heart:](decks/boil.html){:download="boil.html" .md-button}

        ### Noodle Days 2031: [Drying Noodles](https://example.org/noodle/dry)

        [:material-download: Slides](decks/dry.html){ .md-button }
        """
    )
    assert [(t.title, media(t), t.abstract) for t in found] == [
        ("Boiling Water Fast", ["cedarcedar1", "decks/boil.html"], ""),
        ("Drying Noodles", ["decks/dry.html"], ""),
    ]


def test_a_title_linked_to_its_deck_then_at_sign_and_where_in_any_case() -> None:
    found = talks(
        """
        ## 2031

        - [Tracing the Tides](https://speakerdeck.com/lq/tides) @ Harbor Python
        - [Paper Boats in Practice](https://speakerdeck.com/lq/paper-boats) @ riverconf 2031 ([PDF](https://example.org/pb.pdf))
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("Tracing the Tides", [], ["lq/tides"]),
        ("Paper Boats in Practice", [], ["https://example.org/pb.pdf", "lq/paper-boats"]),
    ]
    # a speaker's name linked to her deck, then where; a changelog's files "@ nightly build"
    decks = """
        - [Lorna Quist](https://speakerdeck.com/lquist/tides) @ main stage
        - [Emil Ash](https://speakerdeck.com/emilash/caches) @ main stage
        - [Benchmark results](https://example.org/bench.pdf) @ nightly build
        """
    assert talks(decks) == []


def test_a_media_word_where_names_stand_is_no_one() -> None:
    from mkdocs_roundup.fields import Fields
    from mkdocs_roundup.model import Party

    fields = Fields()
    # "Title - [Video](…), [Slides]()": a deck not linked yet, no one
    fields.add_people([Party("Slides"), Party("Ada Stone")], [Party("Video"), Party("Prezi")])
    assert [p.name for p in fields.speakers] == ["Ada Stone"]
    assert [o.name for o in fields.organizations] == ["Prezi"]  # a company, no word for media


def test_a_type_column_says_which_rows_are_talks_and_of_what_kind() -> None:
    result = plan(
        """
        ## Announcements

        | Date | Type | Title / Description | Link |
        | :--- | :--- | :--- | :--- |
        | **2031-05-01** | Blog | **Frobnicator 2.0**<br>What is new. | [Read](https://blog.example.org/frob-2) |
        | **2031-04-01** | Launch | **Frobnicator 1.0**<br>Out now. | [Read](https://blog.example.org/frob-1) |

        ## Talks

        | Date | Type | Title | Link |
        | :--- | :--- | :--- | :--- |
        | 2031-03-01 | Talk | Tiny Frobs | [Slides](https://speakerdeck.com/a/frobs) |
        | 2031-02-01 | Keynote | Big Frobs | [Video](https://www.youtube.com/watch?v=cedarcedar1) |
        """
    )
    assert [(t.talk.title, t.talk.kind) for t in result.talks] == [
        ("Tiny Frobs", "talk"),
        ("Big Frobs", "keynote"),
    ]


def test_a_type_column_of_kinds_makes_no_row_a_talk_on_its_own() -> None:
    widgets = """
        | Widget | Type | Description |
        |--------|------|-------------|
        | [Status board](widgets/status.md) | Panel | Shows each service's health |
        | [Sales chart](widgets/sales.md) | Panel | Monthly revenue per region |
        | [Onboarding tour](widgets/tour.md) | Demo | Walks new users through the app |
        """
    assert talks(widgets) == []
    team = """
        | Name | Type | Role |
        |------|------|------|
        | [Ann Lee](https://github.com/annlee) | Keynote speaker | Invited |
        | [Bo Lind](https://github.com/bolind) | Workshop host | Volunteer |
        """
    assert talks(team) == []


def test_who_presented_names_every_linked_presenter_and_no_ones_students() -> None:
    found = talks(
        """
        ## Intro to Pandas

        A workshop presented by [Dr. Ann Lee](https://annlee.example.org) and [Bo Lind](https://github.com/bolind) at Kiel Data Days.

        [Slides](https://speakerdeck.com/al/pandas)

        ## Intro to Polars

        A talk presented by [Cy Park](https://github.com/cypark)'s students at Harbor Conf.

        [Slides](https://speakerdeck.com/cp/polars)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        (
            "Intro to Pandas",
            [
                ("Dr. Ann Lee", "https://annlee.example.org"),
                ("Bo Lind", "https://github.com/bolind"),
            ],
        ),
        ("Intro to Polars", []),
    ]


def test_a_sentence_of_who_presented_keeps_a_linked_name_with_its_honorific() -> None:
    found = talks(
        """
        - _Sorting socks at scale (May 2031)_
        A talk presented by [Dr. Mira K Olawale](https://mira.example.org) at the [Sock Summit](https://socks.example.org).
        Slides: [PDF](https://files.example.org/socks.pdf)

        - _Folding towels (June 2030)_
        A talk presented by Dr. Mira K Olawale at the Towel Day.
        Slides: [PDF](https://files.example.org/towels.pdf)
        """
    )
    assert [people(t) for t in found] == [
        [("Dr. Mira K Olawale", "https://mira.example.org")],
        [("Dr. Mira K Olawale", None)],
    ]


def test_an_institutions_column_names_the_speakers_organizations() -> None:
    found = talks(
        """
        ## Past talks

        When | Speaker | Institution | Title | Video
        ---- | ------- | ----------- | ----- | -----
        Oct. 28 | [Ann Lee](https://ann.example.org/) | U. of Harbor | Quiet Queues | [video](https://www.youtube.com/watch?v=abcdefghijk)
        Nov. 4 | [Bo Lind](https://bo.example.org/) | Lumen University | Small Caches | [video](https://www.youtube.com/watch?v=bbcdefghijk)
        """
    )
    assert [(t.title, orgs(t)) for t in found] == [
        ("Quiet Queues", ["U. of Harbor"]),
        ("Small Caches", ["Lumen University"]),
    ]
    own = """
        # Talks I gave

        Date | Institution | Title | Slides
        ---- | ----------- | ----- | ------
        2031-05-02 | Harbor University | Quiet Queues | [slides](https://example.org/q.pdf)
        2030-11-04 | Lumen Institute | Small Caches | [slides](https://example.org/c.pdf)
        """
    assert [orgs(t) for t in talks(own)] == [[], []]  # no speakers: where they were given


def test_a_speakers_column_that_parts_people_by_semicolons_names_their_organizations() -> None:
    found = talks(
        """
        | Date | Presentation | Presenter(s) |
        | --- | --- | --- |
        | 2031-01-01 | Tuning Kettles | Ada Frost, Acme Labs; Ben Stone, Blue Works |
        | 2031-02-02 | Fixing Fences | Cleo Marsh, Fencecraft |
        | 2031-03-03 | Mending Nets | [Dora Lind](https://twitter.com/dlind), Netco |
        | 2031-04-04 | Knot Theory | Emil Ash, Ema Sol |
        | 2031-05-05 | Wound Care | Ines Gago, MD; Rui Sa, Head Nurse |
        """
    )
    assert [(people(t), orgs(t)) for t in found] == [
        ([("Ada Frost", None), ("Ben Stone", None)], ["Acme Labs", "Blue Works"]),
        ([("Cleo Marsh", None)], ["Fencecraft"]),
        ([("Dora Lind", "https://twitter.com/dlind")], ["Netco"]),
        ([("Emil Ash", None), ("Ema Sol", None)], []),  # two people
        ([("Ines Gago", None), ("Rui Sa", None)], []),  # a degree, a role: no organization
    ]
    # without semicolons anywhere, a comma parts two people
    found = talks(
        """
        | Date | Presentation | Presenter(s) |
        | --- | --- | --- |
        | 2031-02-02 | Fixing Fences | Cleo Marsh, Ema Sol |
        | 2031-03-03 | Mending Nets | Dora Lind |
        """
    )
    assert [people(t) for t in found] == [
        [("Cleo Marsh", None), ("Ema Sol", None)],
        [("Dora Lind", None)],
    ]


def test_a_speakers_column_of_one_person_to_a_line_names_each_of_them() -> None:
    found = talks(
        """
        | Time | Speaker | Title |
        |------|---------|-------|
        | 9:00 | Ann Lee | [Opening the doors](https://youtu.be/abcdefghijk) |
        | 9:30 | Bo Lind <br> Prof. Cy Moreau | [Secrets in the open](https://youtu.be/bbcdefghijk) |
        | 10:00 | Dr. Di Park <br> Prof. Ed Ruiz <br> Flo Tan | [Data at rest](https://youtu.be/cbcdefghijk) |
        | 10:30 | Gus Hale <br> Goldman Sachs | [Kites in the wind](https://youtu.be/dbcdefghijk) |
        """
    )
    assert [[p.name for p in t.speakers] for t in found] == [
        ["Ann Lee"],
        ["Bo Lind", "Prof. Cy Moreau"],
        ["Dr. Di Park", "Prof. Ed Ruiz", "Flo Tan"],
        ["Gus Hale"],  # two names alone: a firm's may read as a person's, the first speaks
    ]
    assert [orgs(t) for t in found] == [[], [], [], []]
    # where no cell shows it, a name over one line more is a name over where she works
    found = talks(
        """
        | Time | Speaker | Title |
        |------|---------|-------|
        | 9:00 | Ann Lee<br>Acme Labs | [Opening the doors](https://youtu.be/abcdefghijk) |
        | 9:30 | Bo Lind<br>Blue Works | [Secrets in the open](https://youtu.be/bbcdefghijk) |
        """
    )
    assert [(people(t), orgs(t)) for t in found] == [
        ([("Ann Lee", None)], ["Acme Labs"]),
        ([("Bo Lind", None)], ["Blue Works"]),
    ]


def test_a_title_given_again_with_other_names_after_it_was_given_at_events() -> None:
    found = talks(
        """
        ### 2031

        - [Signals and the magic of the frontend](https://speakerdeck.com/ann/s) - Loire Tech
        - [A package for everything, often for nothing](https://speakerdeck.com/ann/p) - Lumen Paris
        - [Signals and the magic of the frontend](https://speakerdeck.com/ann/s2) - Lumen Paris
        - [A package for everything, often for nothing](https://speakerdeck.com/ann/p2) - Fjord Tech
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Signals and the magic of the frontend", [], []),
        ("A package for everything, often for nothing", [], []),
        ("Signals and the magic of the frontend", [], []),
        ("A package for everything, often for nothing", [], []),
    ]
    speakers = """
        - [Keynote](https://speakerdeck.com/ann/k) - Ann Lee
        - [Keynote](https://speakerdeck.com/bo/k) - Bo Lind
        - [Lightning talk](https://speakerdeck.com/cy/l) - Cy Moe
        - [Lightning talk](https://speakerdeck.com/di/l) - Di Ray
        """
    assert [people(t) for t in talks(speakers)] == [
        [("Ann Lee", None)],
        [("Bo Lind", None)],
        [("Cy Moe", None)],
        [("Di Ray", None)],
    ]


def test_a_language_code_before_a_line_is_no_part_of_its_title() -> None:
    found = talks(
        """
        - `fr` [Les signaux](https://speakerdeck.com/ann/signaux) by Ann Lee
        - `en` [Signals](https://speakerdeck.com/ann/signals) by Ann Lee
        """
    )
    assert [t.title for t in found] == ["Les signaux", "Signals"]


def test_under_a_heading_that_says_slides_a_titles_link_is_its_deck() -> None:
    page = """
        # Harbor meetups

        ## {heading}

        ### März 2031

        - [x] [Soup theory](https://cook.example.io/talks/2031-03-soup/) (von [@cook](https://github.com/cook))
        - [x] [Quiet keyboards](https://example.org/quiet.pdf) (Rust & Zig) (von [Mira Holt](https://github.com/mholt))
        - [x] [Tiny databases](https://example.org/talks/tiny-db/)

        ## Elsewhere

        - [Our docs](https://example.org/docs/)
        """
    found = talks(page.format(heading="Die Slides der bisherigen Meetup-Talks"))
    assert [(t.title, media(t)) for t in found] == [
        ("Soup theory", ["https://cook.example.io/talks/2031-03-soup/"]),
        ("Quiet keyboards (Rust & Zig)", ["https://example.org/quiet.pdf"]),
        ("Tiny databases", ["https://example.org/talks/tiny-db/"]),
    ]
    found = talks(page.format(heading="Bisherige Meetup-Talks"))
    assert [(t.title, media(t)) for t in found] == [
        ("Soup theory", []),
        ("Quiet keyboards (Rust & Zig)", ["https://example.org/quiet.pdf"]),
    ]


def test_titles_by_speakers_at_events_three_or_more_are_talks() -> None:
    found = talks(
        """
        ## Conferences

        - [Sleeping well with queues](./2020-sleeping-well.html)<br/>
          by Ann Lee, [Harbor Summit 2020](https://harbor.example/2020/)
        - [Concurrency 101](./2019-concurrency.html) (repeat)<br />
          by Bo Lind, [Fjord Days 2019](https://fjord.example/2019/)
        - [Dispelling magic](./2019-magic.html)<br />
          by Ann Lee, [ScalaFjord 2019](https://scalafjord.example/)
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Sleeping well with queues", [("Ann Lee", None)], []),
        ("Concurrency 101 (repeat)", [("Bo Lind", None)], []),
        ("Dispelling magic", [("Ann Lee", None)], []),
    ]


def test_items_of_such_a_series_at_events_named_without_a_year_are_talks_too() -> None:
    found = talks(
        """
        ## Conferences

        - [Sleeping well with queues](./2020-sleeping-well.html)<br/>
          by Ann Lee, [Harbor Summit 2020](https://harbor.example/2020/)
        - [A road trip with parsers](./2019-road-trip.html)<br />
          by Cy Moe, [Lake in the City 2019](https://twitter.com/lakeinthecity)
        - [Concurrency 101](./2019-concurrency.html)<br />
          by Bo Lind, [Fjord Days 2019](https://fjord.example/2019/)
        - [Asynchronous tides](./2019-tides.html)<br />
          by Di Ray, at [RiverWAW](https://www.meetup.com/RiverWAW/)
        - [Dispelling magic](./2019-magic.html)<br />
          by Ann Lee, [ScalaFjord 2019](https://scalafjord.example/)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Sleeping well with queues", [("Ann Lee", None)]),
        ("A road trip with parsers", [("Cy Moe", None)]),
        ("Concurrency 101", [("Bo Lind", None)]),
        ("Asynchronous tides", [("Di Ray", None)]),
        ("Dispelling magic", [("Ann Lee", None)]),
    ]
    # beside a series of dated items that name their speaker first, an item read the other
    # way round is none of them
    dated = talks(
        """
        ## 2031

        * [2031-03-26](2031-03-26-queues) Ann Lee, _Queues Made Easy_
        * [2031-02-21](2031-02-21-harbor) (Harbor Reliability) Bo K., _Quiet Builds_ and Cy Moe, _Flow Model Pattern_
        * [2031-01-24](2031-01-24-hosting) Di Ray, _Virtual Hosting with Go_
        * [2030-12-12](2030-12-12-parsers) Eve Lund, _Parsers by Hand_
        """
    )
    assert "Flow Model Pattern" not in [p.name for t in dated for p in t.speakers]


def test_one_word_after_a_dash_in_one_heading_of_a_speakers_own_page_is_the_titles() -> None:
    headings = [
        "Power as a medium: Foucault – Luhmann",
        "Maps of the harbour",
        "Notes on tides",
        "Reading old charts",
    ]
    found = talks(over_players("Charlas", *headings, level=3))
    assert [(t.title, people(t)) for t in found] == [(h, []) for h in headings]
    # where other headings end so too, the word after the dash is who gave each
    group = talks(
        over_players(
            "Talks",
            "Consensus in Practice - Ravichandran",
            "Gossip Protocols - McDONALD",
            "Leader Election - DiMAGGIO",
            "Byzantine Faults - MacLEOD",
            level=3,
        )
    )
    assert people(group[0]) == [("Ravichandran", None)]


def test_a_heading_about_slides_is_no_heading_of_talks_slides() -> None:
    found = talks(
        """
        ## How to give better slides

        - [Use fewer words](https://blog.example.org/fewer-words)
        - [One idea per slide](https://blog.example.org/one-idea)
        - [Pick readable fonts](https://blog.example.org/fonts)
        """
    )
    assert found == []


def test_a_talks_heading_says_nothing_of_a_section_under_it() -> None:
    found = talks(
        """
        # Talks

        ## Queues at scale

        [Slides](https://speakerdeck.com/ann/queues) by Ann Lee

        ## Parsers by hand

        [Slides](https://speakerdeck.com/ann/parsers) by Ann Lee

        ## Books I recommend

        - *Release It!* by Michael Nygard
        - *The Mythical Man-Month* by Fred Brooks
        """
    )
    assert [t.title for t in found] == ["Queues at scale", "Parsers by hand"]


def test_titles_given_again_without_names_leave_other_speakers_alone() -> None:
    found = talks(
        """
        ### March

        - [Welcome and community news](https://youtu.be/aaaaaaaaaaa)
        - [Queues at scale](https://youtu.be/bbbbbbbbbbb) - Ann Lee
        - [Open mic and demos](https://youtu.be/ccccccccccc)

        ### April

        - [Welcome and community news](https://youtu.be/ddddddddddd)
        - [Parsers by hand](https://youtu.be/eeeeeeeeeee) - Bo Ray
        - [Open mic and demos](https://youtu.be/fffffffffff)
        """
    )
    assert [people(t) for t in found if people(t)] == [[("Ann Lee", None)], [("Bo Ray", None)]]
    assert not talks(
        """
        - [Intro](sessions/01-intro.md)
        - [Data frames](sessions/02-frames.md)
        - [Plotting](sessions/03-plots.md)
        """
    )


def test_books_by_their_authors_with_a_year_are_no_talks() -> None:
    found = talks(
        """
        ## Our picks

        - [Dune](./dune.html)<br/>
          by Frank Herbert, [Chilton Books 1965](https://books.example/dune)
        - [Solaris](./solaris.html)<br/>
          by Stanislaw Lem, [Walker Books 1961](https://books.example/solaris)
        - [Hyperion](./hyperion.html)<br/>
          by Dan Simmons, [Doubleday Books 1989](https://books.example/hyperion)
        """
    )
    assert found == []


def test_review_cases_that_must_read_as_written() -> None:
    chapters = talks(
        """
        - haru「[石の重さ](https://speakerdeck.com/haru/ishi)」
        - sorato「[川の流れの話](https://speakerdeck.com/sorato/kawa)」
        - 第1章「はじめに」
        - 第2章「基礎」
        """
    )
    assert [people(t) for t in chapters] == [[("haru", None)], [("sorato", None)]]
    remark = talks(
        """
        - [Slow Queues](https://speakerdeck.com/ann/slow) (Ann Lee, 2021)
        - [Fast Parsers](https://speakerdeck.com/bo/fast) (Bo Lind, 2022)
        """
    )
    assert [t.title for t in remark] == [
        "Slow Queues (Ann Lee, 2021)",
        "Fast Parsers (Bo Lind, 2022)",
    ]
    code = talks(
        """
        - `go` tool trace in practice by Ann Lee ([slides](https://speakerdeck.com/ann/t))
        - `rm` considered harmful by Bo Lind ([slides](https://speakerdeck.com/bo/r))
        """
    )
    assert [t.title for t in code] == ["go tool trace in practice", "rm considered harmful"]
    zenodo = talks(
        """
        - Queues at Scale by Ann Lee ([slides](https://doi.org/10.5281/zenodo.123))
        - Parsers by Hand by Bo Lind ([slides](https://doi.org/10.5281/zenodo.456))
        """
    )
    assert [media(t) for t in zenodo] == [
        ["https://doi.org/10.5281/zenodo.123"],
        ["https://doi.org/10.5281/zenodo.456"],
    ]


def test_a_talk_slides_column_and_a_title_in_parentheses() -> None:
    found = talks(
        """
        Talk Title | Speaker | My Notes | Talk Slides
        ---- | --- | --- | ---
        Quiet Servers | [Rae Lund](https://github.com/rae) | [Link](/notes-1.md) | [Link](https://example.org/deck-quiet)
        (a == b && b == c) | [Tom Vey](https://github.com/tom) | [Link](/notes-2.md) |
        Paper Robots | [Ida Pell](https://github.com/ida) | | [Link](https://example.org/deck-paper)
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Quiet Servers", ["https://example.org/deck-quiet"]),
        ("(a == b && b == c)", []),
        ("Paper Robots", ["https://example.org/deck-paper"]),
    ]


def test_a_team_linked_after_a_byline_is_where_the_speaker_works() -> None:
    found = talks(
        """
        * [Juju](https://speakerdeck.com/a/juju) by Antonio Rosales - [Juju team](https://juju.example/)
        * [InfluxDB](https://speakerdeck.com/p/influx) by [Paul Dix](https://twitter.com/pauldix)
        * Parsers by Hand - [Bo Lind](https://github.com/bolind) ([slides](https://speakerdeck.com/b/p))
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Juju", [("Antonio Rosales", None)], ["Juju team"]),
        ("InfluxDB", [("Paul Dix", "https://twitter.com/pauldix")], []),
        ("Parsers by Hand", [("Bo Lind", "https://github.com/bolind")], []),
    ]


def test_a_kind_over_a_sentence_of_prose_is_an_agenda_slot() -> None:
    found = talks(
        """
        2031.04.25
        --------

        1. 7:00 - 7:15 - [Widgets, part 2](https://speakerdeck.com/kai/w2) by [Kai Dunn](https://github.com/kaidunn)
        2. 7:15 - 7:30 - [Parsers](https://speakerdeck.com/ann/p) by [Ann Lee](https://github.com/annlee)
        3. 7:30 - 8:00 - Round Table: We had several topics to pick through, but looking at who
        comes, we will do ad hoc programming on the big screen.
        """
    )
    assert "Round Table" not in " ".join(t.title for t in found)
    assert len(found) == 2


def test_where_after_an_at_sign_and_a_lower_case_subtitle_name_no_one() -> None:
    found = talks(
        """
        -   [No Assumptions — the role of the modern CTO](https://speakerdeck.com/a/na)
            @ Harbor Summit London ([recording](https://www.youtube.com/watch?v=aaaaaaaaaaa))
        -   [Binary Python — introducing native code](https://speakerdeck.com/a/bp)
            @ Lumen Days ([recording](https://www.youtube.com/watch?v=bbbbbbbbbbb))
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("No Assumptions — the role of the modern CTO", []),
        ("Binary Python — introducing native code", []),
    ]
    named = talks(
        """
        - [Ann Lee - gopls + vim = govim](https://speakerdeck.com/a/gv)
        - [Bo Lind - Queues at Scale](https://speakerdeck.com/b/q)
        """
    )
    assert [(t.title, people(t)) for t in named] == [
        ("gopls + vim = govim", [("Ann Lee", None)]),
        ("Queues at Scale", [("Bo Lind", None)]),
    ]


def test_a_row_whose_recording_is_a_podcast_is_no_talk() -> None:
    found = talks(
        """
        | Event | Title | Speaker(s) | Resources |
        |---|---|---|---|
        | Harbor Conf | Queues at Scale | Ann Lee | [Video](https://www.youtube.com/watch?v=aaaaaaaaaaa) |
        | Lumen Podcast | Serving Models | Ann Lee, Bo Lind | [Podcast](https://lumen.example/episode/240/) |
        | Fjord Days | Parsers by Hand | Bo Lind | [Video](https://www.youtube.com/watch?v=bbbbbbbbbbb) |
        """
    )
    assert [t.title for t in found] == ["Queues at Scale", "Parsers by Hand"]


def test_a_link_to_a_podcasts_episode_is_no_talk() -> None:
    found = talks(
        """
        ### 2031

        - [Columnar Files in Practice](https://speakerdeck.com/ann/columnar) – Ann Lee at Harbor Days
        - [Streaming for Beginners](https://speakerdeck.com/bo/streaming) – Bo Lind at Otter Conf
        - [Devcast Weekly - Episode on Arrow](https://devcast.example/ep/42)
        - [Pixel Chat - Ep. 12 with the team](https://pixel.example/12)
        """
    )
    assert [t.title for t in found] == ["Columnar Files in Practice", "Streaming for Beginners"]


def test_a_heading_that_names_a_podcast_is_no_talk() -> None:
    found = talks(
        """
        ### Lanterns at Night

        [Mara Quill](https://twitter.com/maraquill) presented lanterns at Glow Days 2031.

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        ### Quiet Queues

        [Odo Fenn](https://twitter.com/odofenn) presented queues at Flow Summit 2031.

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>

        ### Glow Chat Podcast

        [Mara Quill](https://twitter.com/maraquill) and [Odo Fenn](https://github.com/odofenn)
        talked about lanterns in [Glow Chat 12](https://podcast.example.com/12).

        ### Building a Podcast

        [Tam Reyes](https://twitter.com/tamreyes) on recording at home.

        <iframe src="https://www.youtube.com/embed/ccccccccccc"></iframe>

        ### Start Your Own Podcast

        [Uma Roy](https://twitter.com/umaroy) at Glow Days 2031.

        <iframe src="https://www.youtube.com/embed/ddddddddddd"></iframe>

        ### Harbor Cast Podcast

        <iframe src="https://www.youtube.com/embed/eeeeeeeeeee"></iframe>
        """
    )
    assert [t.title for t in found] == [
        "Lanterns at Night",
        "Quiet Queues",
        "Building a Podcast",
        "Start Your Own Podcast",
    ]  # a show's name over its recording is none


def test_an_item_s_deck_links_on_a_line_of_their_own_before_its_title() -> None:
    found = talks(
        """
        ## DevDay 2031

        - [[ODP]](https://example.com/a.odp)
          [[PDF]](https://example.com/a.pdf)
          Small Parsers - por [Ana Lima](https://ana.example.org/)
        - [[ODP]](https://example.com/b.odp) [[PDF]](https://example.com/b.pdf)
          Big Graphs - por [Rui Sá](https://rui.example.org/)
        - [Video](https://www.youtube.com/watch?v=aaaaaaaaaaa)
          Recorded at the winter meetup
        """
    )
    assert [(t.title, people(t), [m.kind for m in t.media]) for t in found] == [
        ("Small Parsers", [("Ana Lima", "https://ana.example.org/")], ["slides", "slides"]),
        ("Big Graphs", [("Rui Sá", "https://rui.example.org/")], ["slides", "slides"]),
    ]


def test_a_byline_of_handles_beside_the_talk_s_deck_names_its_speakers() -> None:
    found = talks(
        """
        - [Slides](https://example.com/a.pdf) Small Parsers - por @ana e @[rui](https://social.example/@rui)
        - [Slides](https://example.com/b.pdf) Big Graphs - by @cy
        - [Slides](https://example.com/c.pdf) Tiny Queues - by @di (Lumen)
        - [Slides](https://example.com/d.pdf) Kites at Scale - by @eli@social.example
        - [Slides](https://example.com/e.pdf) Lazy Graphs - by @fay (she/her)
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Small Parsers", [("@ana", None), ("@rui", "https://social.example/@rui")], []),
        ("Big Graphs", [("@cy", None)], []),
        ("Tiny Queues", [("@di", None)], ["Lumen"]),
        ("Kites at Scale", [("@eli@social.example", None)], []),
        ("Lazy Graphs", [("@fay", None)], []),
    ]


def test_a_page_titled_as_a_reading_list_a_rota_or_release_notes_holds_no_talks() -> None:
    for title, lines in [
        (
            "Reading list",
            "- [PDF](b/l.pdf)\n  The Lantern Harbor, by Ursula Vane\n"
            "- [PDF](b/s.pdf)\n  Salt and Copper, by Idris Hale\n",
        ),
        (
            "On-call rota",
            "- [PDF](r/m.pdf)\n  March on-call by Ana Lemos, Rui Sal\n"
            "- [PDF](r/a.pdf)\n  April on-call by Tove Brand\n",
        ),
        (
            "Release notes 4.2",
            "- Export to [ODP](f/odp.odp) is now supported.\n"
            "- [PPTX](f/s.pptx) - Fixed broken fonts, reported by Ada Brennan.\n",
        ),
        (
            "News",
            '* ["Lumen 2.0 released"](n/l.pdf) - Mara Quill (Lumenware)\n'
            '* ["Kitebox joins"](n/k.pdf) - Tom Reeve (Kitebox)\n',
        ),
        (
            "Templates",
            "- Presentation template — [ODP](t/deck.odp) [PPTX](t/deck.pptx)\n"
            "- Report cover — [ODP](t/cover.odp)\n",
        ),
        (
            "Tutorials",
            "* Building a theme - [Slides and code](https://github.com/lumen/theme)\n"
            "* Writing a plugin - [Slides & source code](https://github.com/lumen/plugin)\n",
        ),
    ]:
        assert talks(f"# {title}\n\n{lines}") == [], title
    # a page whose title names its site's resources may hold talks
    found = talks(
        "# Resources\n\n- [Slides](s/q.pdf) Small Queues - by Ada Vos\n"
        "- [Slides](s/p.pdf) Paper Kites - by Bo Lind\n"
    )
    assert [t.title for t in found] == ["Small Queues", "Paper Kites"]


def test_a_changelog_that_credits_handles_and_links_its_notes_is_no_talk_list() -> None:
    page = """
        # Changelog

        ## 2.1.0

        - Fixed the cache warm-up by @ana ([#501](https://github.com/acme/tool/pull/501))
        - Faster startup by @rui and @cy ([#502](https://github.com/acme/tool/pull/502))
        - [PDF](https://acme.example/notes-2.1.pdf)
          Release notes by @ana

        ## v2.0.0 (2031-01-02)

        - New plugin API by @dee ([#480](https://github.com/acme/tool/pull/480))
        - [Video](https://www.youtube.com/watch?v=aaaaaaaaaaa)
          Recorded at the launch party
        """
    assert talks(page) == []


def test_a_format_s_name_is_slides_only_as_the_format_of_the_file_it_links() -> None:
    exercises = """
        # Zadania

        1. Oblicz pole koła o promieniu 3 cm. [odp](odp/1.md)
        2. Rozwiąż równanie x + 4 = 9. [odp](odp/2.md)
        3. Ile to jest 12 razy 12? [odp](odp/3.md)
        """
    assert talks(exercises) == []
    found = talks(
        """
        - [ODP](https://youtu.be/aaaaaaaaaaa) - [Bo Lind](https://bo.example.org/)
        - [Small Parsers](https://youtu.be/bbbbbbbbbbb) - [Ana Lima](https://ana.example.org/)
        """
    )
    assert [t.title for t in found] == ["ODP", "Small Parsers"]
    shows = talks(
        """
        - [[PPSX]](https://example.com/a.ppsx) Big Graphs - por [Ana Lima](https://ana.example.org/)
        - [PPS](https://example.com/b.pps) Tiny Queues - por [Rui Sá](https://rui.example.org/)
        """
    )
    assert [(t.title, [m.kind for m in t.media]) for t in shows] == [
        ("Big Graphs", ["slides"]),
        ("Tiny Queues", ["slides"]),
    ]


def test_two_line_items_of_a_file_then_names_are_no_talks_without_a_byline() -> None:
    pages = [
        """
        # Rota

        - [PDF](rota/march.pdf)
          March on-call - Ana Lima, Rui Sá
        - [PDF](rota/april.pdf)
          April on-call - Cy Moe, Di Hart
        """,
        """
        # Downloads

        - [PDF](files/manual.pdf) [ODP](files/manual.odp)
          User manual, translated by Ana Lima
        - [PDF](files/poster.pdf)
          Conference poster - design by Rui Sá
        """,
    ]
    for page in pages:
        assert talks(page) == []


def test_a_file_format_s_name_before_a_title_is_its_deck_not_its_words() -> None:
    found = talks(
        """
        ## DevDay 2031

        - [[ODP]](https://example.com/a.odp) [[PDF]](https://example.com/a.pdf) Small Parsers - por [Ana Lima](https://ana.example.org/)
        - [ODP](https://example.com/b.odp) [PDF](https://example.com/b.pdf) Big Graphs - por [Rui Sá](https://rui.example.org/)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Small Parsers", [("Ana Lima", "https://ana.example.org/")]),
        ("Big Graphs", [("Rui Sá", "https://rui.example.org/")]),
    ]
    assert all(m.kind == "slides" for t in found for m in t.media)


def test_a_page_titled_resources_may_hold_talks_with_their_bylines() -> None:
    found = talks(
        """
        # Resources

        ## Wiring Lanterns Together

        By Mara Quill & Odo Fenn | LanternConf 2024

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa" allowfullscreen></iframe>

        ## Quiet Queues

        By Tam Reyes | QueueDays 2023

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb" allowfullscreen></iframe>
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Wiring Lanterns Together", [("Mara Quill", None), ("Odo Fenn", None)], []),
        ("Quiet Queues", [("Tam Reyes", None)], []),
    ]


def test_a_media_link_named_with_its_language_is_that_media() -> None:
    found = talks(
        """
        - Rope bridges we rebuilt in Rust: [video in Dutch](https://www.youtube.com/watch?v=aaaaaaaaaaa), [slides in English](https://speakerdeck.com/ofenn/rope) by Odo Fenn
        - [Knots for Sailors](https://www.youtube.com/watch?v=bbbbbbbbbbb) by Mara Quill
        """
    )
    assert [(t.title, sorted(media(t))) for t in found] == [
        ("Rope bridges we rebuilt in Rust", ["aaaaaaaaaaa", "ofenn/rope"]),
        ("Knots for Sailors", ["bbbbbbbbbbb"]),
    ]


def test_a_project_led_by_someone_names_no_speaker() -> None:
    found = talks(
        """
        ## Paper Boats in Production

        We built a fleet of paper boats. This is an open-source project led by Harborworks.

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        ## Kites in Rust

        A workshop led by Ann Lee.

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Paper Boats in Production", []),
        ("Kites in Rust", [("Ann Lee", None)]),
    ]


def test_a_list_that_a_line_calls_resources_holds_no_talks() -> None:
    found = talks(
        """
        #### Henry Lee, Parallel analytics [Talk] - [Video](https://www.youtube.com/watch?v=aaaaaaaaaaa), [Slides](https://speakerdeck.com/h/p)

        Libraries referenced + resources:

        * [reducers](https://clojure.example/reducers)
        * [xforms](https://github.com/cg/xforms)
        * [Slides in org mode](https://github.com/hl/talk-2015)

        #### Ann Lee, Queues at scale [Talk] - [Video](https://www.youtube.com/watch?v=bbbbbbbbbbb)
        """
    )
    assert all(t.title not in ("reducers", "xforms", "Slides in org mode") for t in found)


def test_a_meetings_own_entry_is_no_talk() -> None:
    found = talks(
        """
        * [Queues at Scale](https://speakerdeck.com/ann/q) - Ann Lee
        * [Parsers by Hand](https://speakerdeck.com/bo/p) - Bo Lind
        * [19th Meetup](https://meetup.example/events/19/) - Deep Learning
        * [Meetup #18](https://meetup.example/events/18/) - Christmas Special
        """
    )
    assert [t.title for t in found] == ["Queues at Scale", "Parsers by Hand"]


def test_a_full_name_over_her_handle_is_a_persons_entry() -> None:
    found = talks(
        """
        ### End-to-end models on a budget

        [Slides](https://speakerdeck.com/v/e2e)

        ### Paul Example-Ruiz

        [@paulex](https://twitter.com/paulex)

        ### Smarter devices

        [Slides](https://speakerdeck.com/p/smart)
        """
    )
    assert [t.title for t in found] == ["End-to-end models on a budget", "Smarter devices"]


def test_second_review_cases_read_as_written() -> None:
    posts = """
        # Blog

        ## Why we rewrote the parser

        By Ann Lee | March 3, 2024

        ## What queues taught us

        By Bo Lind | 5 min read
        """
    assert talks(posts) == []
    listed = """
        Talks, slides and links:

        - [Rust for Pythonistas](https://speakerdeck.com/ann/rust) by Ann Lee
        - [Queues at Scale](https://speakerdeck.com/bo/queues) by Bo Lind
        """
    assert [t.title for t in talks(listed)] == ["Rust for Pythonistas", "Queues at Scale"]
    remarks = """
        | Title | Speaker | Video |
        |---|---|---|
        | Queues at Scale | Ann Lee | [Video](https://www.youtube.com/watch?v=aaaaaaaaaaa) |
        | (Q&A) | | [Video](https://www.youtube.com/watch?v=bbbbbbbbbbb) |
        | Parsers by Hand | Bo Lind | [Video](https://www.youtube.com/watch?v=ccccccccccc) |
        """
    assert [t.title for t in talks(remarks)] == ["Queues at Scale", "Parsers by Hand"]
    decks = """
        ## 2022/11/04 Harbor Fest 2022

        <iframe src="https://speakerdeck.com/player/0123456789abcdef0123456789abcdef" title="Client / Server Architectures"></iframe>

        ## 2021/10/01 Lumen Days 2021

        <iframe src="https://speakerdeck.com/player/fedcba9876543210fedcba9876543210" title="Queues"></iframe>
        """
    assert [t.title for t in talks(decks)] == ["Client / Server Architectures", "Queues"]
    titles = """
        ### Machine Learning

        [@annlee](https://twitter.com/annlee) ([slides](https://example.org/ml))

        ### Green Computing

        [@bolind](https://twitter.com/bolind) ([slides](https://example.org/gc))
        """
    assert [t.title for t in talks(titles)] == ["Machine Learning", "Green Computing"]


def test_beside_parts_that_label_their_titles_a_part_with_none_is_no_talk() -> None:
    found = talks(
        """
        ## [Harbor Days 2019](https://harbor.example/2019)
        * **Tema:** Queues at Scale
        * **Slides:** [deck](https://speakerdeck.com/ann/q)

        ## [Participante - Lumen Summit 2018 - São Paulo](https://lumen.example/2018)
        * **Onde:** São Paulo

        ## [Fjord Conf 2018](https://fjord.example/2018)
        * **Tema:** Parsers by Hand
        * **Slides:** [deck](https://speakerdeck.com/ann/p)
        """
    )
    assert [t.title for t in found] == ["Queues at Scale", "Parsers by Hand"]


def test_a_list_that_names_where_its_speakers_work_reads_two_words_so_too() -> None:
    found = talks(
        """
        ## March 2031

        * ["Small Queues"](https://example.org/queues.pdf) - Mara Quill (Blue Harbor)
        * ["Paper Kites"](https://example.org/kites.pdf) - Tom Reeve (Lumenware)
        """
    )
    assert [(t.title, people(t), orgs(t), media(t)) for t in found] == [
        (
            "Small Queues",
            [("Mara Quill", None)],
            ["Blue Harbor"],
            ["https://example.org/queues.pdf"],
        ),
        ("Paper Kites", [("Tom Reeve", None)], ["Lumenware"], ["https://example.org/kites.pdf"]),
    ]
    subtitles = talks(
        """
        * [Big Graphs](https://example.org/graphs.pdf) - Deep Dive (Cy Park)
        * [Small Queues](https://example.org/queues.pdf) - Part Two (Di Ray)
        * [Paper Kites](https://example.org/kites.pdf) - Tom Reeve (Lumen Labs)
        """
    )
    assert [(t.title, people(t)) for t in subtitles] == [
        ("Big Graphs - Deep Dive", [("Cy Park", None)]),
        ("Small Queues - Part Two", [("Di Ray", None)]),
        ("Paper Kites", [("Tom Reeve", None)]),
    ]
    live = talks(
        """
        * [Small Queues](https://example.org/q.pdf) - Mara Quill (Lumenware)
        * [Paper Kites](https://example.org/k.pdf) - Tom Reeve (Kitebox)
        * [Quiet Graphs](https://example.org/g.pdf) - Live Coding (Cy Park)
        """
    )
    assert all(("Live Coding", None) not in people(t) for t in live)
    parts = talks(
        """
        * [Small Queues](https://example.org/q.pdf) - Mara Quill (Lumenware)
        * [Paper Kites](https://example.org/k.pdf) - Tom Reeve (Kitebox)
        * [Big Trees](https://example.org/t.pdf) - Di Ray (Part Two)
        * [Lazy Trees](https://example.org/l.pdf) - Eli Stone (Slides Only)
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in parts[2:]] == [
        ("Big Trees", [("Di Ray", None)], []),
        ("Lazy Trees", [("Eli Stone", None)], []),
    ]


def test_a_date_heading_with_an_attribute_list_is_still_a_date_s_section() -> None:
    found = talks(
        """
        # Talks

        ## March 2031 {#march-2031}

        * "Small Queues" - Mara Quill (Lumenware)
        * "Paper Kites" - Tom Reeve (Lumenware)

        ## April 2031 { .archive }

        * "Quiet Graphs" - Cy Park (Lumenware)
        """
    )
    assert [(t.title, people(t), orgs(t), t.section) for t in found] == [
        ("Small Queues", [("Mara Quill", None)], ["Lumenware"], "March 2031"),
        ("Paper Kites", [("Tom Reeve", None)], ["Lumenware"], "March 2031"),
        ("Quiet Graphs", [("Cy Park", None)], ["Lumenware"], "April 2031"),
    ]


def test_items_written_as_the_page_s_affiliated_talks_are_talks_under_a_date() -> None:
    found = talks(
        """
        # Harbor JS

        ## Archive

        ### 12. June 2031

        * ["Small Queues"](https://example.org/queues.pdf) - Mara Quill (Blue Harbor)
        * ["Paper Kites"](https://example.org/kites.pdf) - Tom Reeve (Lumenware)

        ### 10. May 2031

        * "Quiet Graphs" - Cy Park (Lumenware)
        * "Tiny Parsers" - Di Ray

        ## Thanks

        * Catering - Eli Stone (Orange Leaf)
        * Sound and video - Fay Wren
        """
    )
    assert [(t.title, people(t), orgs(t), t.section) for t in found] == [
        ("Small Queues", [("Mara Quill", None)], ["Blue Harbor"], "12. June 2031"),
        ("Paper Kites", [("Tom Reeve", None)], ["Lumenware"], "12. June 2031"),
        ("Quiet Graphs", [("Cy Park", None)], ["Lumenware"], "10. May 2031"),
        ("Tiny Parsers", [("Di Ray", None)], [], "10. May 2031"),
    ]
    notices = talks(
        """
        ### 12 June 2031

        * ["Small Queues"](https://example.org/queues.pdf) - Mara Quill (Blue Harbor)
        * ["Paper Kites"](https://example.org/kites.pdf) - Tom Reeve (Lumenware)

        ### July 2031

        * Call for speakers opens - Cy Park (Lumenware)
        * Summer break, no meetup - Di Ray
        * Host - Eli Stone (Lumenware)
        """
    )
    assert [t.title for t in notices] == ["Small Queues", "Paper Kites"]


def test_a_linked_name_and_a_talk_verb_name_the_speakers_where_they_spoke() -> None:
    found = talks(
        """
        ### Small Queues

        [Mara Quill](https://maraquill.example.net/) and [Tom Reeve](https://github.com/treeve) introduce Queuekit at Harbor Meetup.

        <iframe src="https://www.youtube.com/embed/AAAAAAAAAAA"></iframe>

        ### Paper Kites

        [Cy Park](https://cypark.example.org/) at Kite Summit 2031 reviews how kites fly.

        <iframe src="https://www.youtube.com/embed/BBBBBBBBBBB"></iframe>

        ### Quiet Graphs

        Lumenware engineers [Di Ray](https://twitter.com/diray) and [Eli Stone](https://elistone.example.com/) talk about graphs at Graph Day.

        <iframe src="https://www.youtube.com/embed/CCCCCCCCCCC"></iframe>

        ### Tiny Parsers

        [Fay Wren](https://faywren.example.com/)'s talk at Parser Camp covers three ideas.

        <iframe src="https://www.youtube.com/embed/DDDDDDDDDDD"></iframe>

        ### Big Builds

        [Gus Hale](https://gushale.example.com/) at Build Night.

        <iframe src="https://www.youtube.com/embed/EEEEEEEEEEE"></iframe>
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        (
            "Small Queues",
            [
                ("Mara Quill", "https://maraquill.example.net/"),
                ("Tom Reeve", "https://github.com/treeve"),
            ],
            [],
        ),
        ("Paper Kites", [("Cy Park", "https://cypark.example.org/")], []),
        (
            "Quiet Graphs",
            [
                ("Di Ray", "https://twitter.com/diray"),
                ("Eli Stone", "https://elistone.example.com/"),
            ],
            ["Lumenware"],
        ),
        ("Tiny Parsers", [("Fay Wren", "https://faywren.example.com/")], []),
        ("Big Builds", [("Gus Hale", "https://gushale.example.com/")], []),
    ]
    tutorials = """
        # Tutorials

        ### Getting started

        [Mara Quill](https://maraquill.example.net/) walks through installing Queuekit.

        <iframe src="https://www.youtube.com/embed/FFFFFFFFFFF"></iframe>

        ### Themes

        [Tom Reeve](https://tomreeve.example.org/) shows how to write a theme.

        <iframe src="https://www.youtube.com/embed/GGGGGGGGGGG"></iframe>

        ### Plugins

        [Cy Park](https://cypark.example.org/) explains the plugin API.

        <iframe src="https://www.youtube.com/embed/HHHHHHHHHHH"></iframe>
        """
    assert talks(tutorials) == []
    stories = "\n\n".join(
        f"### {company}\n\n[{name}](https://{name.split()[0].lower()}.example.net/) at "
        f"{company} {verb}.\n\n"
        f'<iframe src="https://www.youtube.com/embed/{letter * 11}"></iframe>'
        for company, name, verb, letter in [
            ("Harbor Labs", "Mara Quill", "explores how the team ships weekly", "J"),
            ("Lumenware", "Tom Reeve", "reviews their migration to Queuekit", "K"),
            ("Orange Leaf", "Cy Park", "investigates a slow build", "L"),
        ]
    )
    assert talks(stories) == []  # customers' stories: where each works, no talk given
    found = talks(
        """
        ### Small Queues

        Our engineers [Mara Quill](https://maraquill.example.net/) and [Tom Reeve](https://github.com/treeve) talk about queues at Harbor Meetup.

        <iframe src="https://www.youtube.com/embed/MMMMMMMMMMM"></iframe>

        ### Paper Kites

        Senior developers [Cy Park](https://twitter.com/cypark) and [Di Ray](https://github.com/diray) present kites at Harbor Meetup.

        <iframe src="https://www.youtube.com/embed/NNNNNNNNNNN"></iframe>
        """
    )
    assert [orgs(t) for t in found] == [[], []]  # "Our", "Senior" work nowhere


def test_an_html_archive_list_whose_items_hold_a_heading_and_their_speakers() -> None:
    found = talks(
        """
        <h2>Past Meetings</h2>
        <p>Our meetings before we moved to a calendar site.</p>
        <ul class="archive">
          <li>
            <span class="month">June 2031 - </span>
            <span>Crowd</span>
            <h4>Open Mic Night</h4>
          </li>

          <li>
            <span class="month">May 2031 - </span>
            <span>Mara Quill / Tom Reeve</span>
            <h4>Small Queues (Hands-on Lab)</h4>
          </li>

          <li>
            <span class="month">April 2031 - </span>
            <span>Cy Park</span>
            <h4>Lockin' and Loadin'</h4>
          </li>
        </ul>
        """
    )
    # "Past meetings" says which talks by their time, as "Past talks" does: their section
    assert [(t.title, people(t), t.section) for t in found] == [
        (
            "Small Queues (Hands-on Lab)",
            [("Mara Quill", None), ("Tom Reeve", None)],
            "Past Meetings",
        ),
        ("Lockin' and Loadin'", [("Cy Park", None)], "Past Meetings"),
    ]


def test_what_follows_a_byline_with_an_organization_is_set_aside() -> None:
    found = talks(
        """
        ## 11. May 2031

        * ["Small Queues"](https://example.org/queues.pdf) - Mara Quill (Lumenware) [Demo repo](https://github.com/mquill/queues-demo)
        * ["Paper Kites"](https://example.org/kites.pdf) von Tom Reeve (Orange Leaf) mit [Demo](https://example.org/kites-demo)
        * ["Quiet Graphs"](https://example.org/graphs.pdf) von Cy Park (Lumenware) - why and how
        * ["Tiny Parsers"](https://example.org/parsers.pdf) - Di Ray (Lumenware) [Video](https://www.youtube.com/watch?v=aaaaaaaaaaa)
        """
    )
    assert [(t.title, people(t), orgs(t), sorted(m.kind for m in t.media)) for t in found] == [
        ("Small Queues", [("Mara Quill", None)], ["Lumenware"], ["slides"]),
        ("Paper Kites", [("Tom Reeve", None)], ["Orange Leaf"], ["slides"]),
        ("Quiet Graphs", [("Cy Park", None)], ["Lumenware"], ["slides"]),
        ("Tiny Parsers", [("Di Ray", None)], ["Lumenware"], ["slides", "video"]),
    ]
    # one more person after the byline is a co-speaker: never set aside, never dropped
    found = talks(
        """
        * [Small Queues](https://example.org/q.pdf) - Mara Quill (Lumenware), Tom Reeve (Kitebox)
        * [Paper Kites](https://example.org/k.pdf) - Cy Park (Orange Leaf) / Di Ray
        * [Quiet Graphs](https://example.org/g.pdf) - Eli Park (Lumenware) with Fay Lu
        * [Big Trees](https://example.org/t.pdf) - Gus Hale (Harbor) + Ida Moss
        """
    )
    for talk in found:
        assert len(talk.speakers) == 2, talk


def test_a_lower_case_company_name_with_its_legal_form_is_an_organization() -> None:
    found = talks(
        """
        ## 11. May 2031

        * ["Small Queues"](https://example.org/queues.pdf) - Mara Quill (northwind labs AG)
        * ["Paper Kites"](https://example.org/kites.pdf) - Tom Reeve (lumenware GmbH)
        * ["Quiet Graphs"](https://example.org/graphs.pdf) - Cy Park (remote from Oslo)
        * ["Tiny Parsers"](https://example.org/parsers.pdf) - Di Ray (same talk as)
        * ["Big Builds"](https://example.org/builds.pdf) - Eli Park (ehemals lumen GmbH)
        * ["Lazy Kites"](https://example.org/kites2.pdf) - Fay Lu (formerly at acme Inc)
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Small Queues", [("Mara Quill", None)], ["northwind labs AG"]),
        ("Paper Kites", [("Tom Reeve", None)], ["lumenware GmbH"]),
        ("Quiet Graphs", [("Cy Park", None)], []),
        ("Tiny Parsers", [("Di Ray", None)], []),
        ("Big Builds", [("Eli Park", None)], []),
        ("Lazy Kites", [("Fay Lu", None)], []),
    ]


def test_a_sentence_that_says_the_deck_was_presented_at_a_linked_event() -> None:
    found = talks(
        """
        # 登壇資料

        ## 港カンファレンス2031

        [港カンファレンス2031](https://harbor.example.com/2031)で登壇させて頂いた際の資料です。

        <iframe src="https://mquill.example.io/slides/harbor2031.pdf"></iframe>

        ## 紙飛行機ハッカソン2030

        [紙飛行機ハッカソン2030](https://kites.example.com/2030) 表彰式で発表した際の資料です。

        <iframe src="https://mquill.example.io/slides/kites2030.pdf"></iframe>

        ## 静かなキュー勉強会2029

        [静かなキュー勉強会2029](https://queues.example.com/2029)で講演した資料です。

        <iframe src="https://mquill.example.io/slides/queues2029.pdf"></iframe>
        """
    )
    assert [(t.title, [m.url for m in t.media]) for t in found] == [
        ("港カンファレンス2031", ["https://mquill.example.io/slides/harbor2031.pdf"]),
        ("紙飛行機ハッカソン2030", ["https://mquill.example.io/slides/kites2030.pdf"]),
        ("静かなキュー勉強会2029", ["https://mquill.example.io/slides/queues2029.pdf"]),
    ]
    announced = """
        ## 新機能 2031

        [Harbor Conf 2031](https://harbor.example.com/)で発表された新機能の紹介動画です。

        <iframe src="https://www.youtube.com/embed/AAAAAAAAAAA"></iframe>

        ## 新機能 2030

        [Harbor Conf 2030](https://harbor.example.com/2030)で発表された新機能の紹介動画です。

        <iframe src="https://www.youtube.com/embed/BBBBBBBBBBB"></iframe>

        ## 新機能 2029

        [Harbor Conf 2029](https://harbor.example.com/2029)で発表された新機能の紹介動画です。

        <iframe src="https://www.youtube.com/embed/CCCCCCCCCCC"></iframe>
        """
    assert talks(announced) == []
    calls = "\n\n".join(
        f"## {event}\n\n[{event}](https://{n}.example.com/){what}\n\n"
        f'<iframe src="https://mquill.example.io/docs/{n}.pdf"></iframe>'
        for n, (event, what) in enumerate(
            [
                ("港カンファレンス2031", "で登壇者を募集しています。"),
                ("紙飛行機ハッカソン2030", "で発表した新製品のカタログです。"),
                ("静かなキュー展2029", "で講演会を開催します。"),
                ("港エキスポ2031", "で発表した新製品の資料です。"),
                ("紙飛行機サミット2030", "で講演した部長の紹介資料です。"),
                ("港の日2031", "で講演させていただいた際の資料を元に、採用情報をまとめました。"),
            ]
        )
    )
    assert talks(calls) == []  # a call for speakers, a product's catalogue, a lecture's notice


def test_a_name_linked_to_her_own_domain_is_a_person_and_co_speakers_in_parentheses() -> None:
    found = talks(
        """
        ### 2031

        - 05/06: [Harbor Meetup](https://www.meetup.com/harbor/events/1/)
          - Small Queues [Mara Quill](https://maraquill.fr)
          - Paper Kites [Tom Reeve](https://twitter.com/treeve), [Cy Park](https://twitter.com/cypark)
        - 2031-04: Quiet Graphs
          (with Di Ray and [Eli Stone](http://www.eli-stone.de/)),
          Graph Camp, Kiel
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Small Queues", [("Mara Quill", "https://maraquill.fr")]),
        (
            "Paper Kites",
            [
                ("Tom Reeve", "https://twitter.com/treeve"),
                ("Cy Park", "https://twitter.com/cypark"),
            ],
        ),
        ("Quiet Graphs", [("Di Ray", None), ("Eli Stone", "http://www.eli-stone.de/")]),
    ]
    product = talks(
        """
        - Queues at scale [Lumen Queue](https://lumenqueue.com/)
        - Graph walks [Paper Kite](https://paperkite.io/)
        - Build tips [Scale By The Bay](https://scalebythebay.com/)
        """
    )
    assert product == []


def test_a_freelancer_in_parentheses_has_no_organization() -> None:
    found = talks(
        """
        ## 11. May 2031

        * ["Small Queues"](https://example.org/queues.pdf) - Mara Quill (Freelancer)
        * ["Paper Kites"](https://example.org/kites.pdf) - Tom Reeve (Freiberufler)
        * ["Quiet Graphs"](https://example.org/graphs.pdf) - Cy Park (Lumenware)
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Small Queues", [("Mara Quill", None)], []),
        ("Paper Kites", [("Tom Reeve", None)], []),
        ("Quiet Graphs", [("Cy Park", None)], ["Lumenware"]),
    ]


def test_a_link_to_slides_and_code_is_the_talk_s_slides_also_in_a_quote() -> None:
    found = talks(
        """
        ### Small Queues

        [Mara Quill](https://twitter.com/mquill) talks about queues at Harbor Conf 2031.

        <iframe src="https://www.youtube.com/embed/AAAAAAAAAAA"></iframe>

        > [Slides and sample code](https://github.com/mquill/queues-demo)

        ### Paper Kites

        [Tom Reeve](https://twitter.com/treeve) talks about kites at Harbor Conf 2031.

        <iframe src="https://www.youtube.com/embed/BBBBBBBBBBB"></iframe>

        [Sample code](https://github.com/treeve/kites-demo)
        """
    )
    assert [(t.title, sorted((m.kind, m.url) for m in t.media)) for t in found] == [
        (
            "Small Queues",
            [
                ("slides", "https://github.com/mquill/queues-demo"),
                ("video", "https://www.youtube.com/watch?v=AAAAAAAAAAA"),
            ],
        ),
        ("Paper Kites", [("video", "https://www.youtube.com/watch?v=BBBBBBBBBBB")]),
    ]


def test_a_page_titled_talks_keeps_its_cards_of_videos_by_title() -> None:
    page = """
        ---
        title: {title}
        ---

        <div class="talk">
        <h3><a href="https://www.youtube.com/watch?v=AAAAAAAAAAA">Small Queues</a></h3>
        <p class="meta">Lumen Channel &middot; 2031</p>
        </div>

        <div class="talk">
        <h3><a href="https://www.youtube.com/watch?v=BBBBBBBBBBB">Paper Kites</a></h3>
        <p class="meta">Lumen Channel &middot; 2030</p>
        </div>

        <div class="talk">
        <h3><a href="https://www.youtube.com/watch?v=CCCCCCCCCCC">Quiet Graphs</a></h3>
        <p class="meta">Lumen Channel &middot; 2029</p>
        </div>
        """
    found = talks(page.replace("{title}", "Conference Talks"))
    assert [(t.title, [m.kind for m in t.media]) for t in found] == [
        ("Small Queues", ["video"]),
        ("Paper Kites", ["video"]),
        ("Quiet Graphs", ["video"]),
    ]
    assert talks(page.replace("{title}", "Tutorials")) == []
    assert talks(page.replace("{title}", "Videos")) == []


def test_the_quoted_title_after_its_kind_a_semicolon_or_one_link() -> None:
    found = talks(
        """
        ## Talks

        - Oct 2031 HarborConf talk "Queues at scale" ([video](https://youtu.be/zNE_kGcUGuI))
        - Nov 2030 OtterCon talk "[Cache rings explained][rings]" ([slides][rings-slides])
        - Nov 2029 Harbor meetup talk; "Quiet queues" ([slides](https://example.org/quiet.pdf))
        - Aug 2029 OtterCon panel; "[Storage approaches][panel]" ([video][panel-video])

        [rings]: https://ottercon.example.org/2030/rings
        [rings-slides]: https://example.org/rings.pdf
        [panel]: https://ottercon.example.org/2029/panel
        [panel-video]: https://www.youtube.com/watch?v=2oTLouUvsac
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Queues at scale", ["zNE_kGcUGuI"]),
        ("Cache rings explained", ["https://example.org/rings.pdf"]),
        ("Quiet queues", ["https://example.org/quiet.pdf"]),
        ("Storage approaches", ["2oTLouUvsac"]),
    ]


def test_a_shortcode_before_a_nested_field_is_its_bullet() -> None:
    found = talks(
        """
        ### 2031

        - Rivertown Dev Days 2031: "_Taming Flaky Pipelines_"
            - :link: URL: https://example.org/rivertown-2031/
            - :movie_camera: [Video](https://www.youtube.com/watch?v=AAAAAAAAAAA)
            - :scroll: [Slides](/slides/2031-rivertown/flaky.pdf)
        - Harbor Meetup - May 2031: "_Small Models, Big Wins_"
            - :material-presentation: [Slides](/slides/2031-harbor/small-models.pdf)
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Taming Flaky Pipelines", ["AAAAAAAAAAA", "/slides/2031-rivertown/flaky.pdf"]),
        ("Small Models, Big Wins", ["/slides/2031-harbor/small-models.pdf"]),
    ]


def test_a_title_wholly_in_quotes_is_read_without_them() -> None:
    found = talks(
        """
        ### 2031

        - Rivertown Dev Days 2031: "_Taming Flaky Pipelines_" ([video](https://youtu.be/AAAAAAAAAAA))
        - Harbor Meetup, May 2031: "Small Models, Big Wins" ([slides](https://example.org/small.pdf))
        - Otter Conf 2030: "Kites" and "Sails" ([slides](https://example.org/kites.pdf))
        """
    )
    assert [t.title for t in found] == [
        "Taming Flaky Pipelines",
        "Small Models, Big Wins",
        '"Kites" and "Sails"',
    ]


def test_names_then_a_quoted_title_then_its_deck() -> None:
    found = talks(
        """
        Talks given at our meetups
        ----

        # 2031.05
        Ida Brandt, "Sorting socks with heaps", [socks.pdf](2031-05-sorting-socks.pdf)

        Olu Mensah “Queues at the bakery”, [bakery-queues](2031-05-bakery-queues.pdf) [Code](https://git.example/olu/bakery)

        # 2031.04
        Pia Holm and Rui Sato, "Fish ladders", [Slides](https://speakerdeck.com/pholm/fish-ladders)
        """
    )
    assert [(t.title, [p.name for p in t.speakers], media(t)) for t in found] == [
        ("Sorting socks with heaps", ["Ida Brandt"], ["2031-05-sorting-socks.pdf"]),
        ("Queues at the bakery", ["Olu Mensah"], ["2031-05-bakery-queues.pdf"]),
        ("Fish ladders", ["Pia Holm", "Rui Sato"], ["pholm/fish-ladders"]),
    ]


def test_a_courses_weeks_and_quotes_are_not_names_then_titles() -> None:
    assert (
        talks(
            """
        # Course notes

        - Week 1, "Introduction", [week1.pdf](w1/week1.pdf)
        - Week 2, "Graphs", [week2.pdf](w2/week2.pdf)
        - Week 3, "Trees", [week3.pdf](w3/week3.pdf)

        ## What students said

        - Ida Brandt, "The best course I took this year"
        - Olu Mensah: "Clear and well paced"
        """
        )
        == []
    )


OWN_TALKS = """
    ---
    title: {title}
    ---
    Where I spoke, year by year.

    ## 2031

    - 2031-05: Paper Boats, Harbor Camp, Kiel
    - 2031-03: Quiet Rooms - and how to fix them, Tea Meetup, Bonn
    - 2031-02: [Small Steps](/blog/small-steps.html)
      (with Lena Roth), Walk Camp, Ulm

    ## 2030

    * [Lazy Graphs](https://lumen-days.example/) - Talk at Lumen Days (Porto - June 2030)
    * [Tidy Queues](https://fjord.example/program) - Workshop for students (Oslo - May 2030)
    """


@pytest.mark.parametrize("title", ["Talks", "Speaking"])
def test_a_speakers_own_dated_lines_are_her_talks_titles_first(title: str) -> None:
    found = talks(OWN_TALKS.format(title=title))
    assert [(t.title, people(t), t.section) for t in found][:3] == [
        ("Paper Boats", [], "2031"),
        ("Quiet Rooms - and how to fix them", [], "2031"),
        ("Small Steps", [("Lena Roth", None)], "2031"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a meetup's timeline of its call for talks, dated, on its page of talks
        "# Talks\n\n## 2031\n\n- 2031-03: Submissions open, online form\n"
        "- 2031-04: Schedule published, on this page\n- 2031-05: Speakers announced, on the blog\n",
        # what someone did at events beside speaking
        "---\ntitle: Speaking\n---\n## 2031\n\n- 2031-05: Organizer, Lumen Meetup, Porto\n"
        "- 2031-02: Program committee, Harbor Conf, Lisbon\n- 2031-01: Keynote moderator, "
        "Fjord Days, Bergen\n",
        "---\ntitle: My talks\n---\n## 2030\n\n- 2030-11: Attended, Harbor Conf, Lisbon\n"
        "- 2030-10: Volunteer, Lumen Days, Porto\n- 2030-06: Sponsor booth, Fjord Days, Bergen\n",
        # a course's lectures by year, a week's topic and room each
        "# Lectures\n\n## 2031\n\n- Week 1, Introduction and sorting, Room 4\n"
        "- Week 2, Graphs, Room 4\n- Week 3, Dynamic programming, Room 2\n",
        # a team's slide templates, by year
        "# Presentations\n\n## 2031\n\n- [Quarterly template](t/q.pptx), corporate, 2031\n"
        "- [Board template](t/board.pptx), dark theme, 2031\n",
        # a reading log by year, dated
        "---\ntitle: Reading\n---\n## 2031\n\n- 2031-02: Deep Rivers, Ana Lima, Harbor Press\n"
        "- 2031-01: Quiet Rooms, Bo Chen, Lumen Books\n",
        # a project's changelog by year on a page of its talks
        "# Talks\n\n## 2031\n\n- 2031-05: Released 2.0, faster builds, new theme\n"
        "- 2031-02: Released 1.9, bug fixes, docs\n",
    ],
)
def test_pages_by_year_that_list_no_talks_of_their_owner_get_no_cards(text: str) -> None:
    assert talks(text) == []


def test_a_title_linking_a_recordings_page_or_file_is_the_recording() -> None:
    found = talks(
        """
        ## Recorded talks

        * [Queues im Alltag](https://media.ccc.de/v/hc31-12-queues#video&t=120) – Lee Hart at Harbor Camp.
        * [Cache Rings](https://video.example.org/2031/h1/cache-rings.webm) – Sam Ode at Harbor Days.
        * [Quiet Queues](https://www.usenix.org/conference/harbor31/program/presentation/fox) – Dana Fox at Harbor31.
        * [Tide Charts](https://tube.example.net/w/iKjt6BjhP9Da54cUxmfohT) – Eli Dorn at Harbor Camp.
        * [Fjord Notes](https://wiki.example.net/w/ProjectGovernanceNotesAB) – Bo Lind at Harbor Camp.
        """
    )
    assert [(t.title, [m.url for m in t.videos], t.slides) for t in found] == [
        ("Queues im Alltag", ["https://media.ccc.de/v/hc31-12-queues#video&t=120"], ()),
        ("Cache Rings", ["https://video.example.org/2031/h1/cache-rings.webm"], ()),
        # a program's page of the session: neither its recording nor its deck
        ("Quiet Queues", [], ()),
        # a PeerTube instance's video, on any host; its playlists (/w/p/…) are none
        ("Tide Charts", ["https://tube.example.net/w/iKjt6BjhP9Da54cUxmfohT"], ()),
        ("Fjord Notes", [], ()),  # a wiki's page named in CamelCase: no digit, no video
    ]


def test_link_labels_that_say_what_to_do_with_the_slides_label_them() -> None:
    found = talks(
        """
        ## Past calls

        ### Tuesday, March 3rd 2031: Roadmap Review
        - [Link to powerpoint slides](https://docs.google.com/presentation/d/abc/edit)
        - [Link to youtube recording](https://www.youtube.com/watch?v=abcdefghijk)

        ### 《小小的队列》 - 李安
        * [点此下载讲稿](https://example.org/queues.pdf)
        * [点此下载现场演讲速记](https://example.org/queues-notes.doc)
        """
    )
    # each heading is the talk; the transcript to download is a file, no talk of its own
    assert [(t.line, len(t.slides), len(t.videos)) for t in found] == [(3, 1, 1), (7, 1, 0)]


def test_a_link_that_says_only_here_is_what_the_word_before_it_names() -> None:
    found = talks(
        """
        # Conférences

        - Street lights par Dee Lopez : présentation [ici](https://example.org/lights.pdf)
        - Bike lanes by Eli Moss: slides [here](https://example.org/lanes/)
        - Quiet Queues by Dana Fox, recording: [here](https://example.org/queues/)
        - Tide Charts by Sam Ode (slides [here](https://example.org/charts.pdf))
        - Tide Charts by Sam Ode: [here](https://example.org/charts/)
        - Cache Rings by Bo Lind: présentation [ici](https://example.org/rings/). Thanks to Acme.
        - **Tide Tables** by Cy Moe. [Slides](https://example.org/tide.pdf). Photos from the recording [here](https://photos.example.org/albums/12)
        - **Small Parsers** by Di Ray. [Slides](https://example.org/parse.pdf). Code for the PDF [here](https://github.com/diray/parsers)
        """
    )
    assert [(t.title, people(t), media(t)) for t in found[:4]] == [
        ("Street lights", [("Dee Lopez", None)], ["https://example.org/lights.pdf"]),
        ("Bike lanes", [("Eli Moss", None)], ["https://example.org/lanes/"]),
        ("Quiet Queues", [("Dana Fox", None)], ["https://example.org/queues/"]),
        ("Tide Charts", [("Sam Ode", None)], ["https://example.org/charts.pdf"]),
    ]
    # "[here]" alone, in a sentence's middle, or after a sentence, says nothing (a byline
    # and a colon end a talk's line: what follows is what it says of the talk)
    assert [(t.title, media(t)) for t in found[4:]] == [
        ("Cache Rings", []),
        ("Tide Tables", ["https://example.org/tide.pdf"]),
        ("Small Parsers", ["https://example.org/parse.pdf"]),
    ]


def test_a_link_named_peertube_over_one_of_its_videos_is_the_recording() -> None:
    found = talks(
        """
        # Talks

        * [Mapping Rivers](https://docs.example.org/presentations/rivers.html)
          | [PDF](https://docs.example.org/presentations/pdf/rivers.pdf)
          | [PeerTube](https://tube.example.org/w/xYz123abcDEF?start=7s)
        * [Lake Charts](https://docs.example.org/presentations/lakes.html)
          | [PeerTube](https://video.example.net/videos/watch/0b2c4d6e-aaaa-bbbb-cccc-1234567890ab)
        """
    )
    assert [(t.title, [m.url for m in t.videos]) for t in found] == [
        ("Mapping Rivers", ["https://tube.example.org/w/xYz123abcDEF?start=7s"]),
        (
            "Lake Charts",
            ["https://video.example.net/videos/watch/0b2c4d6e-aaaa-bbbb-cccc-1234567890ab"],
        ),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a community page: where to follow the project, its PeerTube channel among them
        "# Community\n\n- Follow us on [PeerTube](https://tube.example.org/a/harbor) and "
        "[Mastodon](https://social.example/@harbor)\n- Release announcements, see "
        "[PeerTube](https://tube.example.org/c/harbor_releases)\n",
        # a self-hosting guide that names PeerTube as software to run
        "# Self-hosting guide\n\n- PeerTube, video hosting | [PeerTube](https://joinpeertube.org/)"
        " | [Docs](https://docs.joinpeertube.org/)\n- Jitsi, video calls | [Docs](https://jitsi.example/)\n",
        # a watch-later list of videos by their titles
        "# Watch later\n\n- Knitting basics | [PeerTube](https://tube.example.org/w/aaaaaaaaaaaa)\n"
        "- Sourdough at home | [PeerTube](https://tube.example.org/w/bbbbbbbbbbbb)\n"
        "- Fixing a bike chain | [PeerTube](https://tube.example.org/w/cccccccccccc)\n",
    ],
)
def test_peertube_pages_that_are_no_talks_get_no_cards(text: str) -> None:
    assert talks(text) == []


def test_a_language_remark_and_links_named_by_where_given_are_no_words_of_a_talk() -> None:
    """``(English)`` after a title or at the line's end says the language the talk is
    given in; ``[presented at Harbor Days, May 2031](deck.pdf)`` is the deck shown there.
    Neither is a title, a speaker or an organization."""
    found = talks(
        """
        ## Talks

        * Stable Widgets (English): [presented at Harbor Days, May 2031](sw/a.pdf), [presented at Otter Conf 2030](sw/b.pdf)
        * Tiny Robots (Spanish): [presented at Gamma Days, 2029](tr/a.pdf)
        * Can software be healthy?: [slides](healthy/slides.pdf) (English)
        """
    )
    assert [(t.title, people(t), [m.url for m in t.slides]) for t in found] == [
        ("Stable Widgets", [], ["sw/a.pdf", "sw/b.pdf"]),
        ("Tiny Robots", [], ["tr/a.pdf"]),
        ("Can software be healthy?", [], ["healthy/slides.pdf"]),
    ]
    assert not any(t.organizations for t in found)


def test_the_language_before_a_talks_line_is_no_word_of_it() -> None:
    found = talks(
        """
        ## Recorded talks

        * In German: [Warteschlangen im Alltag](https://youtu.be/q1W2e3R4t5Y) – Lee Hart at [Harbor Days](https://harbor.example.org/).
        * [Quiet Queues](https://youtu.be/a1W2e3R4t5Y) – Dana Fox at [Otter Conf](https://otter.example.org/).
        * En español: [Colas tranquilas](https://youtu.be/b1W2e3R4t5Y) – Ana Paz at [Gamma Days](https://gamma.example.org/).
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Warteschlangen im Alltag", [("Lee Hart", None)]),
        ("Quiet Queues", [("Dana Fox", None)]),
        ("Colas tranquilas", [("Ana Paz", None)]),
    ]


def test_an_item_that_links_a_recording_over_its_title_and_speakers_is_their_talk() -> None:
    """``* <video> (28:30)`` over ``* "Title"`` and ``* Ann Lee & Bo Lind, Acme``: one talk
    an item, under the event's heading, its section; not one card of the event's
    heading holding every video under it."""
    found = talks(
        """
        ### Harbor Summit 2031 (Oslo, Norway)

        <https://harbor.example.org/?search=widgets>

        * <https://www.youtube.com/watch?v=aaaaaaaaaaa> (20:00)
          * "Caching Without Tears"
          * Ida Brandt, Acme

        * <https://www.youtube.com/watch?v=bbbbbbbbbbb> (31:10)
          * "Queues at the Bakery"
          * Olu Mensah & Ida Brandt, Harbor Labs
        """
    )
    assert [(t.title, people(t), orgs(t), media(t), t.section) for t in found] == [
        ("Caching Without Tears", [("Ida Brandt", None)], ["Acme"], ["aaaaaaaaaaa"],
         "Harbor Summit 2031 (Oslo, Norway)"),
        ("Queues at the Bakery", [("Olu Mensah", None), ("Ida Brandt", None)],
         ["Harbor Labs"], ["bbbbbbbbbbb"], "Harbor Summit 2031 (Oslo, Norway)"),
    ]  # fmt: skip


def test_an_item_that_links_a_recording_over_lines_that_name_no_speaker_is_none() -> None:
    """Under a recording's link, notes that name no one in full are no talk's fields."""
    found = talks(
        """
        ## Recordings

        * <https://www.youtube.com/watch?v=aaaaaaaaaaa>
          * Notes from the evening
          * see the channel for more
        * <https://www.youtube.com/watch?v=bbbbbbbbbbb>
          * Notes from the morning
          * thanks to our hosts
        """
    )
    assert found == []


def test_one_talk_a_level_above_the_others_leaves_their_sections() -> None:
    """``## Title`` among ``### Title``s: the author's slip, not a page whose talks are
    at level 2; the ``##`` headings over the others are their sections still."""
    found = talks(
        f"""
        # Talks to watch again

        ## Web

        ### Small Heaps, [Ida Brandt]({LI}ibrandt)

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        ### Bakery Queues, [Olu Mensah]({LI}omensah)

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>

        ## Practices

        ## Reviewing code with kindness, [Ana Lopez]({LI}alopez)

        <iframe src="https://www.youtube.com/embed/ccccccccccc"></iframe>

        ## Ethics

        ### Green Software, [Cy Moe]({LI}cymoe)

        <iframe src="https://www.youtube.com/embed/ddddddddddd"></iframe>
        """
    )
    assert [(t.title, t.section) for t in found] == [
        ("Small Heaps", "Web"),
        ("Bakery Queues", "Web"),
        ("Reviewing code with kindness", None),
        ("Green Software", "Ethics"),
    ]


def test_parentheses_around_a_links_text_are_around_the_link() -> None:
    """``Title [(Ann Lee)](…)``, ``Title - [(Ann Lee)](…)``: the name in parentheses is
    linked, the parentheses are the line's; so for two names split across two links."""
    found = talks(
        """
        ## Web

        ### Small Heaps [(Ida Brandt)](https://twitter.com/ibrandt)

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        ### Bakery Queues - [(Olu Mensah)](https://twitter.com/omensah)

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>

        ### Green Software [(Ana Lopez, ](https://twitter.com/alopez)[Cy Moe)](https://twitter.com/cymoe)

        <iframe src="https://www.youtube.com/embed/ccccccccccc"></iframe>
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Small Heaps", [("Ida Brandt", "https://twitter.com/ibrandt")]),
        ("Bakery Queues", [("Olu Mensah", "https://twitter.com/omensah")]),
        (
            "Green Software",
            [("Ana Lopez", "https://twitter.com/alopez"), ("Cy Moe", "https://twitter.com/cymoe")],
        ),
    ]


def test_a_cell_that_gives_the_title_then_again_with_its_byline_names_the_speakers() -> None:
    """``加固网关<br>Hardening Gateways - Ida Brandt, Acme``: the title, then in another
    language with its byline; its speakers and organization are the talk's (a title in
    title case there is no speaker's name)."""
    found = talks(
        """
        |Topic|Video|
        |---|:---:|
        |加固网关<br>Hardening Gateways - Ida Brandt, Acme|[Video](https://www.youtube.com/watch?v=aaaaaaaaaaa)|
        |快闪演讲：谁是网关<br>Lightning Talk: Who is the Gateway - Olu Mensah, Harbor Labs|[Video](https://www.youtube.com/watch?v=bbbbbbbbbbb)|
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("加固网关", [("Ida Brandt", None)], ["Acme"]),
        ("快闪演讲：谁是网关", [("Olu Mensah", None)], ["Harbor Labs"]),
    ]


def test_a_topic_label_that_lists_subjects_and_a_name_then_where_she_works() -> None:
    """Under a heading that gives the title, ``**Topic:** A, B, C`` lists what the talk
    is about: its abstract, not its title (``**Title:** A, B and C`` stays a title). A
    speaker's line in a script without capitals, ``张伟 - 海港科技 & Project Maintainer``,
    names her, then where she works; her role is no organization."""
    found = talks(
        """
        ## Presentations

        ### Faster Widget Scheduling

        - **Speaker:** 张伟 - 海港科技 & Project Maintainer
        - **Topic:** queue slicing, mock devices, scheduler plugins
        - [Download PDF](./widgets.pdf)

        ### Gizmo Virtualization in Practice

        - **Speaker:** 李娜 - 港湾信息
        - **Topic:** gizmo slicing, the gz-smi tool, quotas
        - [Download PDF](./gizmos.pdf)
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Faster Widget Scheduling", [("张伟", None)], ["海港科技"]),
        ("Gizmo Virtualization in Practice", [("李娜", None)], ["港湾信息"]),
    ]
    assert found[0].abstract.startswith("queue slicing, mock devices")


def test_a_short_line_ending_with_a_colon_names_the_list_under_it() -> None:
    """``Social aspects of technology:`` over a list of talks is their section, as a
    heading would be; a sentence (``We have the following talks lined up:``), a field's
    label or what the list links (``Recordings from the day:``) is none."""
    page = """
        ## Presentations

        Social aspects of technology:

        * Why gardens matter: [transpas](gardens/deck.pdf) (Spanish)
        * Open kitchens: [slides](kitchens/deck.pdf) (English)

        Academic work:

        * Technical lag: [slides](lag/slides.pdf) (English)
        """
    assert [(t.title, t.section) for t in talks(page)] == [
        ("Why gardens matter", "Social aspects of technology"),
        ("Open kitchens", "Social aspects of technology"),
        ("Technical lag", "Academic work"),
    ]
    for intro in ("We have the following talks lined up:", "Recordings from the day:"):
        said = page.replace("Social aspects of technology:", intro)
        assert talks(said)[0].section is None


def test_a_japanese_reports_slots_titles_and_speakers_by_their_handles() -> None:
    """``## 1コマ目「Title」``: the first slot's title in corner brackets; ``登壇者 : 名前
    さん( [@handle](…) )``: the speaker is the name before the honorific, linked by her
    handle; ``# 内容`` ("contents") over them is no section."""
    found = talks(
        """
        # 内容

        ## 1コマ目「小さなキューの話」

        + 登壇者 : Ida Brandt さん( [@ibrandt](https://twitter.com/ibrandt) )

        ## 2コマ目「ヒープを作ってみた」

        + 登壇者 : 藤井 陽介 さん( [@yfujii](https://twitter.com/yfujii) )
        """
    )
    assert [(t.title, people(t), t.section) for t in found] == [
        ("小さなキューの話", [("Ida Brandt", "https://twitter.com/ibrandt")], None),
        ("ヒープを作ってみた", [("藤井 陽介", "https://twitter.com/yfujii")], None),
    ]


def test_events_named_with_their_year_after_titles_are_where_they_were_given() -> None:
    page = """
        ## Caching without tears - HarborConf 2024 - [slides](https://example.org/caching/)

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaa1"></iframe>

        ## Shipping wheels faster - PyHarbor 2023

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaa2"></iframe>

        ## Typing the untypable - TidePy 2022 - [slides](https://example.org/typing/)

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaa3"></iframe>

        ## Counting sheep - PyFjord 2021

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaa4"></iframe>
        """
    assert [(t.title, t.speakers) for t in talks(page)] == [
        ("Caching without tears", ()),
        ("Shipping wheels faster", ()),
        ("Typing the untypable", ()),
        ("Counting sheep", ()),
    ]
    # One such title, or titles the year alone tells apart, are titles whole.
    alone = page.replace("TidePy 2022", "HarborConf 2022").replace("PyFjord", "HarborConf")
    assert [t.title for t in talks(alone)][1] == "Shipping wheels faster - PyHarbor 2023"
    releases = """
        # Our talks

        ## What's New - Release 2031

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaa1"></iframe>

        ## What's New - Release 2030

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaa2"></iframe>

        ## Tips and Tricks - Visual Studio 2029

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaa3"></iframe>

        ## Tuning - SQL Server 2028

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaa4"></iframe>

        ## Community update, March 2027

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaa5"></iframe>

        ## Community update, April 2027

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaa6"></iframe>
        """
    assert [t.title for t in talks(releases)] == [
        "What's New - Release 2031",
        "What's New - Release 2030",
        "Tips and Tricks - Visual Studio 2029",
        "Tuning - SQL Server 2028",
        "Community update, March 2027",
        "Community update, April 2027",
    ]


def test_a_linked_title_then_what_it_was_and_for_whom_is_a_talk() -> None:
    found = talks(
        """
        # Presentations

        * [Mapping harbour records](https://youtu.be/aaaaaaaaaa1), presentation for the Coast Forum, 3 May 2031
        * [Counting lighthouses](https://doi.org/10.5281/zenodo.1111111), seminar presented in the Tide Centre, 9 June 2030.
        * [Tidal data for all](https://slides.com/otter/tidal), Harbour Tech Talk, 1 March 2030
        * [Reading tide tables](https://doi.org/10.5281/zenodo.2222222) ([slides](https://slides.com/otter/tides), [video](https://vimeo.com/123456789)), workshop for Otter Days, 4 April 2029
        * Sailing with notebooks ([slides](https://slides.com/otter/sailing), video to come), talk for Dock Club, 1 May 2029
        """
    )
    assert [(t.title, t.kind, t.speakers, media(t)) for t in found] == [
        ("Mapping harbour records", "talk", (), ["aaaaaaaaaa1"]),
        # a record of Zenodo's as the title's own link is its deck, but beside a deck named so
        ("Counting lighthouses", "talk", (), ["https://doi.org/10.5281/zenodo.1111111"]),
        ("Tidal data for all", "talk", (), ["otter/tidal"]),
        ("Reading tide tables", "workshop", (), ["123456789", "otter/tides"]),
        ("Sailing with notebooks", "talk", (), ["otter/sailing"]),
    ]


@pytest.mark.parametrize(
    "page",
    [
        # what a description says of a link: a resource, a page of the docs, a person
        """
        - [Packaging Guide](https://packaging.example.org/), an excellent tutorial
        - [Otter Girls](https://otters.example.org/), a beginner-friendly workshop, since 2019
        - [Learn Heaps](https://heaps.example.org/), an interactive lecture for learners
        """,
        """
        - [Installation](install.md), part one of the workshop, 2031
        - [Configuration](config.md), part two of the workshop, 2031
        - [Office hours](https://calendar.example/office), our weekly session, 2031
        """,
        """
        - [Ada Vos](https://adavos.example.net/), runs the beginner workshop since 2029
        - [Bo Lind](https://bolind.example.org/), host of the keynote at Fjord Days
        """,
        # the events a speaker gave talks at, each its link
        """
        - [Harbor Conf 2031](https://harborconf.example/2031), talk in Italian, 2031
        - [Otter Days 2030](https://otterdays.example/2030), workshop for beginners, 2030
        """,
        # past speakers, each linked to her site; a committee's panels; a teacher's courses
        """
        - [Ada Vos](https://adavos.dev/), March 2031 talk
        - [Bo Lind](https://bolind.org/), January 2031 talk
        """,
        """
        - [Harbor Days](https://harbordays.example/), keynote selection panel, 2031
        - [Otter Summit](https://otter.example/), grant review panel, 2030
        """,
        """
        - [Algorithms I](https://uni.example.edu/algo1), undergraduate lecture, 2029-2031
        - [Distributed Systems](https://uni.example.edu/ds), graduate seminar, 2030
        """,
    ],
)
def test_a_link_then_a_description_that_says_talk_is_none(page: str) -> None:
    assert talks(page) == []


def test_people_after_the_event_a_talk_was_given_at_are_its_speakers() -> None:
    found = talks(
        """
        - [Counting Lighthouses](https://www.youtube.com/watch?v=aaaaaaaaaa2), keynote at Fjord Days 2031 by Tom Berg
        - [Sorting Shells](https://www.youtube.com/watch?v=aaaaaaaaaa5), panel at Otter Days 2030
        """
    )
    assert [[p.name for p in t.speakers] for t in found] == [["Tom Berg"], []]
    assert found[1].kind == "panel"


def test_names_beside_talks_that_name_no_one_are_no_speakers_by_place() -> None:
    page = """
        # Talks I liked

        ## Parsing Logs Without Tears

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaa1"></iframe>

        ## Tiny Queues for Busy People

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaa2"></iframe>

        ## Sorting Shells (Ida Brandt)
        """
    assert [t.title for t in talks(page)] == [
        "Parsing Logs Without Tears",
        "Tiny Queues for Busy People",
    ]
    # Beside talks that name their speakers, a heading that names its own is one too.
    named = page.replace("Busy People", "Busy People (Ann Lee)")
    named = named.replace("Without Tears", "Without Tears (Bo Lind)")
    assert [(t.title, [p.name for p in t.speakers]) for t in talks(named)][-1] == (
        "Sorting Shells",
        ["Ida Brandt"],
    )


def test_headings_over_their_sessions_page_in_a_program_are_talks() -> None:
    page = """
        # Notes from Otter Days

        ## 👍 Parsing Logs Without Tears
        https://otterdays.example/2031/schedule/event/parsing-logs/

        - my notes, in my own words

        ## 😐 Tiny Queues for Busy People
        <https://otterdays.example/2031/schedule/event/QX7-tiny-queues/>

        ## PyHeaps the Gentle Way
        [On the program](https://otterdays.example/2031/schedule/event/B93-heaps/)
        """
    found = talks(page)
    assert [(t.title, t.speakers, t.abstract) for t in found] == [
        ("Parsing Logs Without Tears", (), "my notes, in my own words"),
        ("Tiny Queues for Busy People", (), ""),
        ("PyHeaps the Gentle Way", (), ""),
    ]


@pytest.mark.parametrize(
    "page",
    [
        # a day, an event, a break over a session's page: what the heading says is no title
        """
        ## Saturday
        https://otter.sched.com/event/1aB2/opening-keynote
        The keynote was on packaging; then the sprints.
        ## Sunday
        https://otter.sched.com/event/1aB3/closing-panel
        ## Registration and badge pickup
        https://otter.sched.com/event/1aB4/registration-and-badge-pickup
        ## Welcome reception
        https://otter.sched.com/event/1aB6/welcome-reception
        """,
        # a guide's sections over the site's own talk pages
        """
        ## Installation
        [Watch the intro talk](talks/intro.md)
        ## Configuration
        [Watch the config deep dive](talks/config.md)
        """,
    ],
)
def test_a_heading_whose_words_the_session_page_does_not_spell_is_none(page: str) -> None:
    assert talks(page) == []


def test_a_label_after_a_symbol_is_the_label() -> None:
    found = talks(
        """
        ## [Typed Settings in Practice](2031-03.md)

        !!! info "Meetup March 2031"

            **🎤 Speaker:** Nora Quill

            **📍 Venue:** Old Mill Hall

        ## [Queues Without Tears](2031-02.md)

        !!! info "Meetup February 2031"

            **🎤 Ponente:** Ivo Brandt

            **📍 Lugar:** Sala Norte
        """
    )
    assert [(t.title, [p.name for p in t.speakers], t.organizations) for t in found] == [
        ("Typed Settings in Practice", ["Nora Quill"], ()),
        ("Queues Without Tears", ["Ivo Brandt"], ()),
    ]


def test_a_title_in_single_quotes_then_its_speaker() -> None:
    found = talks(
        """
        - 'Lenses in Practice' - Oskar Wend - [slides](https://speakerdeck.com/ow/lenses)
        - 'Small Supervisors', Ida Rusk - [slides](https://speakerdeck.com/ir/sup)
        - '90s Web Again - Cy Moe - [slides](https://speakerdeck.com/cm/web)
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found][:2] == [
        ("Lenses in Practice", ["Oskar Wend"]),
        ("Small Supervisors", ["Ida Rusk"]),
    ]
    # an apostrophe that opens a word closes no quote before the separator
    assert found[2].title.endswith("90s Web Again")
    assert [p.name for p in found[2].speakers] == ["Cy Moe"]


def test_links_that_say_one_word_after_a_line_point_at_its_material() -> None:
    found = talks(
        """
        ## 2031-04-02 № 3

        - 'Lenses in Practice' - Oskar Wend - [web](https://speakerdeck.com/ow/lenses), [recording](https://www.youtube.com/watch?v=aaaaaaaaaa1)
        - `Streams Explained - Pia Holm` [web](https://slides.example.com/pia/streams)
        - `Ports and Adapters - Jan Fel, Uma Dorr` [web](https://jan.example.io/ports/) [pdf](./2031-04/ports.pdf)
        - Sorting tricks: and [heaps](https://heaps.example.org/) - [slides](https://speakerdeck.com/x/sort)
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Lenses in Practice", ["Oskar Wend"]),
        ("Streams Explained", ["Pia Holm"]),
        ("Ports and Adapters", ["Jan Fel", "Uma Dorr"]),
        ("Sorting tricks: and heaps", []),
    ]
    assert media(found[0]) == ["aaaaaaaaaa1", "ow/lenses"]
    assert all(o.name != "web" for t in found for o in t.organizations)
    # one part before it: the link's word is the title ("htmx" by Ann Lee)
    titled = talks(
        """
        - Ann Lee - [htmx](https://speakerdeck.com/annlee/htmx)
        - Bo Lind - [webassembly](https://www.youtube.com/watch?v=aaaaaaaaaa2)
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in titled] == [
        ("htmx", ["Ann Lee"]),
        ("webassembly", ["Bo Lind"]),
    ]


def test_a_moderator_and_the_panelists_labelled_apart_are_all_its_speakers() -> None:
    found = talks(
        """
        #### Opening Keynote

        - **Speaker**: Rhea Lund, Country Manager, Northwind

        #### Panel: Shipping Queues Safely

        - **Moderator**: Omar Fett, Managing Director, Northwind
        - **Panelists**:
          - Ines Vo, CEO, Brightcart
          - Paul Ek, CTO, Ferrisoft
        """
    )
    assert [[p.name for p in t.speakers] for t in found] == [
        ["Rhea Lund"],
        ["Omar Fett", "Ines Vo", "Paul Ek"],
    ]


def test_a_column_of_who_mentioned_a_talk_names_no_speaker() -> None:
    found = talks(
        """
        ## Talks we liked at Otter Days

        | Title | Link | Mentioned by |
        |---|---|---|
        | Heaps All the Way | [YouTube](https://youtu.be/aaaaaaaaaa1) | [@ibrandt](https://github.com/ibrandt) |
        | Tiny Queues | [YouTube](https://youtu.be/aaaaaaaaaa2) | [@omensah](https://github.com/omensah) |
        | Sorting Shells | [YouTube](https://youtu.be/aaaaaaaaaa3) | [@ibrandt](https://github.com/ibrandt) |
        """
    )
    assert [(t.title, t.speakers) for t in found] == [
        ("Heaps All the Way", ()),
        ("Tiny Queues", ()),
        ("Sorting Shells", ()),
    ]


def test_a_paragraph_of_a_recording_its_speaker_then_comments_is_a_talk() -> None:
    hard = "  "  # a hard line break, as blog posts write them
    found = talks(
        f"""
        # After Otter Con

        Highlights:{hard}

        [Parsing Logs Without Tears](https://www.youtube.com/watch?v=aaaaaaaaaa1){hard}
        Ida Brandt{hard}
        I have a soft spot for logging talks, and this one did not disappoint: it walked
        through three real incidents and what each taught the team about their tools.{hard}

        [Tiny Queues](https://www.youtube.com/watch?v=aaaaaaaaaa2){hard}
        Olu Mensah{hard}
        This talk falls pretty heavily in the pile of things I hope never to need, but the
        demo of a queue that fits in a cache line was worth the hour on its own.{hard}
        """
    )
    assert [(t.title, [p.name for p in t.speakers], media(t)) for t in found] == [
        ("Parsing Logs Without Tears", ["Ida Brandt"], ["aaaaaaaaaa1"]),
        ("Tiny Queues", ["Olu Mensah"], ["aaaaaaaaaa2"]),
    ]


def test_a_title_in_book_title_marks_and_its_speaker() -> None:
    found = talks(
        """
        # 沙龙回顾

        ### 《河流的数据》 - 林小川
        林小川讲了河流数据的收集。
        * [讲稿](https://files.example.org/river.pdf)

        ### 3. 周一鸣-yiming：《风筝与风》
        * [讲稿](https://files.example.org/kites.pdf)

        ### 推荐阅读《数据之书》
        * [下载](https://files.example.org/book.pdf)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("河流的数据", [("林小川", None)]),
        ("风筝与风", [("周一鸣", None)]),
    ]


@pytest.mark.parametrize("gap", ["", "\n"])
def test_a_strong_line_over_its_account_and_links(gap: str) -> None:
    found = talks(
        f"""
        # Harbor meetup recap

        **Rivers at Night - Ann Lee**
        {gap}
        Ann told us how rivers are measured after dark.
        {gap}
        [[Slides](https://speakerdeck.com/ann/rivers)] [[Audio](https://files.example.org/a.mp3)]

        **Kites in Winter - Bo Lind**
        {gap}
        Bo flew three kites in the snow.
        {gap}
        [[Slides](https://speakerdeck.com/bo/kites)] [[Audio](https://files.example.org/b.mp3)]
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("Rivers at Night", [("Ann Lee", None)], ["ann/rivers"]),
        ("Kites in Winter", [("Bo Lind", None)], ["bo/kites"]),
    ]


def test_a_strong_line_over_talks_of_its_own_names_them() -> None:
    found = talks(
        """
        # Our speakers

        **Talks by Ann Lee**

        Rivers at Harbor Conf. [Slides](https://speakerdeck.com/ann/rivers)

        Lakes at River Conf. [Slides](https://speakerdeck.com/ann/lakes)
        """
    )
    assert [t.title for t in found] == ["Rivers at Harbor Conf", "Lakes at River Conf"]


def test_an_html_program_of_rooms_without_column_names() -> None:
    found = talks(
        """
        # Programm

        <table>
        <tr><td></td><td></td><td></td><td>Raum A (101)</td><td></td></tr>
        <tr><td>10:00</td><td>bis</td><td>10:50</td><td><a href="../p/rivers">Flüsse&nbsp;neu&nbsp;entdeckt</a></td><td>Anna&nbsp;Lind</td></tr>
        <tr><td>11:00</td><td>bis</td><td>11:50</td><td><a href="../p/kites">Drachen&nbsp;bauen</a></td><td>Bo&nbsp;Berg</td></tr>
        <tr><td>&nbsp;</td></tr>
        <tr><td></td><td></td><td></td><td>Raum B (202)</td><td></td></tr>
        <tr><td>10:00</td><td>bis</td><td>10:50</td><td><a href="../p/maps">Karten&nbsp;lesen</a></td><td>Cy&nbsp;Moe</td></tr>
        <tr><td>11:00</td><td>bis</td><td>11:30</td><td>Kaffeepause</td><td></td></tr>
        </table>
        """
    )
    assert [(t.title, people(t), t.section, media(t)) for t in found] == [
        ("Flüsse neu entdeckt", [("Anna Lind", None)], "Raum A (101)", []),
        ("Drachen bauen", [("Bo Berg", None)], "Raum A (101)", []),
        ("Karten lesen", [("Cy Moe", None)], "Raum B (202)", []),
    ]


def test_a_row_that_only_names_a_break_is_no_part_of_the_program() -> None:
    found = talks(
        """
        # Program

        | Time | | Title | Speaker |
        |---|---|---|---|
        | 10:00 | talk | Rivers | Ann Lee |
        | | | Coffee Break | |
        | 11:00 | talk | Kites | Bo Lind |
        | 11:30 | talk | Maps | Cy Moe |
        """
    )
    assert [(t.title, t.section) for t in found] == [
        ("Rivers", None),
        ("Kites", None),
        ("Maps", None),
    ]


@pytest.mark.parametrize(
    "player",
    [
        '{{{{< youtube id="{}" autoplay="false" >}}}}',
        '<iframe src="https://www.youtube.com/embed/{}"></iframe>',
    ],
)
def test_talk_lines_over_their_players_under_an_events_heading(player: str) -> None:
    found = talks(
        f"""
        # Talks about Widgets

        ## Harbor Conf 2031

        Widgets Without Tears - Mara Jones, Acme

        {player.format("widgets0001")}

        Queues All The Way Down - Tom Reed, Initech

        {player.format("queues00001")}

        ## River Days 2030

        Logs as Rivers - Lia Berg, Globex

        {player.format("riverlogs01")}

        **Caching for Humans**

        Lena Park explains how a cache forgets.

        {player.format("caching0001")}
        """
    )
    assert [(t.title, people(t), orgs(t), t.section, media(t)) for t in found] == [
        (
            "Widgets Without Tears",
            [("Mara Jones", None)],
            ["Acme"],
            "Harbor Conf 2031",
            ["widgets0001"],
        ),
        (
            "Queues All The Way Down",
            [("Tom Reed", None)],
            ["Initech"],
            "Harbor Conf 2031",
            ["queues00001"],
        ),
        ("Logs as Rivers", [("Lia Berg", None)], ["Globex"], "River Days 2030", ["riverlogs01"]),
        # the description's Lena Park is named as a speaker nowhere else on the page
        ("Caching for Humans", [], [], "River Days 2030", ["caching0001"]),
    ]


def test_a_strong_line_over_a_linked_video_or_prose_is_no_talk() -> None:
    found = talks(
        """
        # Our year

        **Spring picnic**

        We met by the river. [Photos](https://photos.example.org/spring)

        **Autumn walk**

        [Watch the walk](https://www.youtube.com/watch?v=autumnwalk1)

        **Winter party**

        We sang songs.
        """
    )
    assert found == []


def test_a_japanese_program_table_with_counted_parts() -> None:
    found = talks(
        """
        # 第5回 勉強会

        ## オープニング

        会場のご案内です。

        ### タイムテーブル

        |時間|内容|登壇者|
        |:--|:--|:--|
        |18:00|受付開始||
        |18:30|LT大会 ~前半~ |3人|
        |-|川の話|はるか|
        |-|雲の数え方|佐藤 春|
        |-|石の重さ|jiro99|
        |19:30|懇親会||
        """
    )
    assert [(t.title, people(t), t.section) for t in found] == [
        ("川の話", [("はるか", None)], None),
        ("雲の数え方", [("佐藤 春", None)], None),
        ("石の重さ", [("jiro99", None)], None),
    ]


def test_a_linked_date_before_a_talks_line_is_when() -> None:
    found = talks(
        """
        # Presentations

        * [May 2031](https://www.meetup.com/harbor/events/1/) - Rivers at Night by Ann Lee
        * [Apr 2031](https://www.meetup.com/harbor/events/2/) - [Kites](https://speakerdeck.com/bo/kites) by Bo Lind
        * [Mar 2031](https://www.meetup.com/harbor/events/3/) - Maps for Sailors by Cy Moe
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Rivers at Night", [("Ann Lee", None)]),
        ("Kites", [("Bo Lind", None)]),
        ("Maps for Sailors", [("Cy Moe", None)]),
    ]


def test_captions_over_players_outside_a_page_of_events_are_no_talks() -> None:
    found = talks(
        """
        # Two weeks by the sea

        ## Week one

        **The harbor at dawn**

        <iframe src="https://player.vimeo.com/video/555000111"></iframe>

        ## Week two

        **Lemon Tart - Rosa Martin**

        A sharp, bright tart from our pastry chef.

        [Watch the video](https://www.youtube.com/watch?v=lemonTart01)

        How to replace a bike chain - Tom Reed, Harbor Cycles

        {{< youtube id="bikeChain01" >}}
        """
    )
    assert found == []


def test_a_strong_line_keeps_to_itself_beside_a_talk_of_its_own() -> None:
    found = talks(
        """
        # Harbor meetup talks

        **Rivers at Night - Ann Lee**

        Ann showed her river sensors; everyone wanted one.

        Kites in Winter ([slides](https://speakerdeck.com/bo/kites-in-winter))

        **Maps for Walkers - Cy Moe**

        [Slides](https://speakerdeck.com/cy/maps-for-walkers)
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("Rivers at Night", [("Ann Lee", None)], []),
        ("Kites in Winter", [], ["bo/kites-in-winter"]),
        ("Maps for Walkers", [("Cy Moe", None)], ["cy/maps-for-walkers"]),
    ]


def test_words_of_a_kind_or_a_company_before_book_title_marks_are_no_speaker() -> None:
    found = talks(
        """
        # 技术沙龙

        ### 主题演讲：《云原生的下一个十年》
        * [讲稿](https://files.example.org/keynote.pdf)

        ### 1. 阿里巴巴-王芳：《日志的实时分析》
        * [讲稿](https://files.example.org/logs.pdf)

        ### 2. 腾讯 李雷：《灰度发布》
        * [讲稿](https://files.example.org/gray.pdf)
        """
    )
    assert [people(t) for t in found] == [[], [], []]


def test_a_note_row_in_parentheses_is_no_part_and_no_talk() -> None:
    found = talks(
        """
        # Programm

        <table>
        <tr><td>10:00</td><td>bis</td><td>10:45</td><td><a href="/p/10">Flüsse messen</a></td><td>Anna&nbsp;Lind</td></tr>
        <tr><td></td><td></td><td></td><td>(auf Englisch)</td><td></td></tr>
        <tr><td>11:00</td><td>bis</td><td>11:45</td><td><a href="/p/11">Drachen bauen</a></td><td>Bo&nbsp;Berg</td></tr>
        <tr><td>12:00</td><td>bis</td><td>12:45</td><td><a href="/p/12">Karten lesen</a></td><td>Cy&nbsp;Moe</td></tr>
        </table>
        """
    )
    assert [(t.title, t.section) for t in found] == [
        ("Flüsse messen", None),
        ("Drachen bauen", None),
        ("Karten lesen", None),
    ]


def test_how_long_a_slot_is_before_its_talks_heading_is_no_title() -> None:
    found = talks(
        """
        # Encontro de março

        ## [30 min] [Rios à noite - Ana Lima](https://speakerdeck.com/ana/rios)

        ## [15 min] [Pipas no inverno - Bruno Reis](https://speakerdeck.com/bruno/pipas)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Rios à noite", [("Ana Lima", None)]),
        ("Pipas no inverno", [("Bruno Reis", None)]),
    ]


def test_a_column_named_with_two_words_and_a_heading_of_instructions() -> None:
    found = talks(
        """
        # Presentations

        ## Adding your presentation

        Add a row to the table below and open a pull request.

        | Name | GitHub handle | Event & Year | Title & link |
        | --- | --- | --- | --- |
        | Ann Lee | @annlee | Harbor Conf 2031 | [Rivers at Night](https://www.youtube.com/watch?v=rivers00001) |
        | Bo Lind | @bolind | River Days 2030 | [Kites in Winter](https://speakerdeck.com/bo/kites) |
        """
    )
    assert [(t.title, people(t), t.section, media(t)) for t in found] == [
        ("Rivers at Night", [("Ann Lee", None)], None, ["rivers00001"]),
        ("Kites in Winter", [("Bo Lind", None)], None, ["bo/kites"]),
    ]


def test_an_event_not_named_by_its_words_before_a_quoted_linked_title() -> None:
    found = talks(
        """
        # Публичные выступления

        ## 2031
        * HarborJS 2031 — [«Реки ночью»](https://ann.example.org/talks/rivers/) ([видео](https://www.youtube.com/watch?v=rivers00001))
        * KiteFest 2031 — [«Воздушные змеи зимой»](https://ann.example.org/talks/kites/) ([видео](https://www.youtube.com/watch?v=kites000001))
        """
    )
    assert [(t.title, orgs(t)) for t in found] == [
        ("Реки ночью", []),
        ("Воздушные змеи зимой", []),
    ]


def test_a_sub_heading_that_links_the_talks_recording() -> None:
    found = talks(
        """
        # Encontro de março

        ## [Rios à noite - Ana Lima](https://speakerdeck.com/ana/rios)

        ### [Vídeo](https://www.youtube.com/watch?v=rios0000001)

        ## [Pipas no inverno - Bruno Reis](https://speakerdeck.com/bruno/pipas)
        Uma conversa sobre pipas.

        ### [Vídeo](https://www.youtube.com/watch?v=pipas000001)
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Rios à noite", ["rios0000001", "ana/rios"]),
        ("Pipas no inverno", ["pipas000001", "bruno/pipas"]),
    ]


def test_media_links_taken_from_a_group_leave_no_dot_behind() -> None:
    found = talks(
        """
        # Talks

        * [Harbor Conf 2031 - Rivers at Night](https://example.org/rivers) ([PDF](https://example.org/rivers.pdf) · [Recording](https://www.youtube.com/watch?v=rivers00001))
        * [River Days 2030 - Kites in Winter](https://example.org/kites) ([PDF](https://example.org/kites.pdf) · [Recording](https://www.youtube.com/watch?v=kites000001))
        """
    )
    assert [t.title for t in found] == ["Rivers at Night", "Kites in Winter"]


def test_the_second_readers_talk_tables_and_lines_read_as_before() -> None:
    lines = talks(
        """
        # Conference videos

        ## HarborConf 2031

        Quiet Caches by Ines Polder

        <iframe src="https://www.youtube.com/embed/quietcache1"></iframe>

        ## HarborConf 2030

        Tidy Pipelines by Lena Graf

        <iframe src="https://www.youtube.com/embed/tidypipes01"></iframe>
        """
    )
    assert [(t.title, people(t), t.section) for t in lines] == [
        ("Quiet Caches", [("Ines Polder", None)], "HarborConf 2031"),
        ("Tidy Pipelines", [("Lena Graf", None)], "HarborConf 2030"),
    ]
    workshop = talks(
        """
        # Workshop sessions

        | Session | Presenter 1 | Presenter 2 | Presenter 3 |
        | --- | --- | --- | --- |
        | [Intro to Rust](https://speakerdeck.com/a/rust) | Ada Brook | Ben Carrow | Cleo Dunn |
        | [Async Patterns](https://speakerdeck.com/b/async) | Dov Eames | Eli Frost | Fay Gould |
        """
    )
    assert [t.title for t in workshop] == ["Intro to Rust", "Async Patterns"]
    combined = talks(
        """
        # Talks

        | Speaker and Title | Slides |
        | --- | --- |
        | Ada Brook: Rivers of Logs | [slides](https://speakerdeck.com/ab/rivers) |
        | Cleo Dunn: Kites and Queues | [slides](https://speakerdeck.com/cd/kites) |
        """
    )
    assert len(combined) == 2
    topics = talks(
        """
        # Conference talks 2031

        ## Proposing the Next Standard Library

        - [Rivers of Logs](https://www.youtube.com/watch?v=rivers00001) - Mara Quint

        ## Adding a Second Language

        - [Quiet Caches](https://www.youtube.com/watch?v=caches00001) - Ines Polder
        """
    )
    assert [t.section for t in topics] == [
        "Proposing the Next Standard Library",
        "Adding a Second Language",
    ]


def test_a_follow_button_where_a_speaker_stands_leaves_the_talk() -> None:
    found = talks(
        """
        # Talks

        | Title | Speaker | Slides |
        | --- | --- | --- |
        | Rivers of Logs | [Follow @mquint](https://twitter.com/mquint) | [slides](https://speakerdeck.com/mq/rivers) |
        | Kites and Queues | Tobias Venn | [slides](https://speakerdeck.com/tv/kites) |
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Rivers of Logs", []),
        ("Kites and Queues", [("Tobias Venn", None)]),
    ]


def test_a_table_names_its_presenters_beside_the_calls_host() -> None:
    found = talks(
        """
        # Planned topics

        | Date | Topic | Presented / Moderated by | Host |
        | --- | --- | --- | --- |
        | 7. January 2031 | Rivers at Night | Ann Lee, LUMEN | AL |
        | 4. February 2031 | Kites in Winter | Bo Lind, NWIND | BL |
        | 4. March 2031 | *Open Discussion Forum* | - | AL |
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Rivers at Night", [("Ann Lee", None)], ["LUMEN"]),
        ("Kites in Winter", [("Bo Lind", None)], ["NWIND"]),
    ]


def test_a_link_whose_text_is_a_dated_line_with_its_title_in_quotes() -> None:
    found = talks(
        """
        # Talks

        # 2031

        - [2031/09/03: "A gentle guide to pipelines", Harbor Conf, Oslo, Norway](https://slides.example.org/pipelines.pdf)
        - [2031-07-24: "Rivers at Night", Lumen Institute, Australia](https://slides.example.org/rivers.pdf)
        - [2031/03/21: "Kites in Winter", invited seminar, online](https://slides.example.org/kites.pdf)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("A gentle guide to pipelines", []),
        ("Rivers at Night", []),
        ("Kites in Winter", []),
    ]


def test_a_degree_programme_in_parentheses_is_no_organization() -> None:
    found = talks(
        """
        # Seminari di matematica

        ## Anna Verdi (MSc Advanced Mathematics), "Il dilemma del prigioniero"

        [Slide](https://slides.example.org/dilemma.pdf)

        ## Bruno Neri (Università di Trento), "Modelli di Lotka-Volterra"

        [Slide](https://slides.example.org/lotka.pdf)
        """
    )
    assert [(people(t), orgs(t)) for t in found] == [
        ([("Anna Verdi", None)], []),
        ([("Bruno Neri", None)], ["Università di Trento"]),
    ]


def test_the_third_readers_pages_keep_their_talks_and_people() -> None:
    handles = talks(
        """
        # Java talks

        - [@property](https://www.youtube.com/watch?v=property001) by Cy Moe
        - [@Override](https://www.youtube.com/watch?v=override001) by Bo Lind
        """
    )
    assert [(t.title, people(t)) for t in handles] == [
        ("@property", [("Cy Moe", None)]),
        ("@Override", [("Bo Lind", None)]),
    ]
    meetings = talks(
        """
        # My talks

        - [Town Halls for Open Source Communities](https://www.youtube.com/watch?v=townhall001) — PyRiver 2031
        - [Running a Community Call That People Attend](https://www.youtube.com/watch?v=calls000001) — Lumen Days 2030
        """
    )
    assert len(meetings) == 2
    moderated = talks(
        """
        # Sessions

        | Session | Speakers | Moderated by |
        | --- | --- | --- |
        | Rivers at Night | Ann Lee | Oren Pike |
        | Kites in Winter | Bo Lind | Oren Pike |
        """
    )
    assert [people(t) for t in moderated] == [[("Ann Lee", None)], [("Bo Lind", None)]]
    chaired = talks(
        """
        | Title | Speaker | Host | Chair |
        | --- | --- | --- | --- |
        | Rivers at Night | Ann Lee | Oren Pike | Di Hart |
        | Kites in Winter | Bo Lind | Oren Pike | Di Hart |
        """
    )
    assert [people(t) for t in chaired] == [[("Ann Lee", None)], [("Bo Lind", None)]]
    dated = talks(
        """
        # Talks

        - [2031/09/03: "Rivers at Night", Ann Lee and Bo Lind, Harbor Conf](https://www.youtube.com/watch?v=rivers00001)
        - [2031/03/21: "Counting Clouds", Cy Moe](https://www.youtube.com/watch?v=clouds00001)
        """
    )
    assert [(t.title, people(t)) for t in dated] == [
        ("Rivers at Night", [("Ann Lee", None), ("Bo Lind", None)]),
        ("Counting Clouds", [("Cy Moe", None)]),
    ]
    affiliated = talks(
        """
        # Talks

        | Title | Speaker | Affiliation |
        | --- | --- | --- |
        | Rivers at Night | Ann Lee, CISSP | Lumen |
        | Kites in Winter | Bo Lind (Master Lock) | |
        """
    )
    assert [orgs(t) for t in affiliated] == [["Lumen"], ["Master Lock"]]


def test_a_handle_in_parentheses_after_a_name_links_the_speaker() -> None:
    found = talks(
        """
        # Presentations we love

        ## Rivers at Night
        Ann Lee ([@annlee](https://twitter.com/annlee)) at Harbor Conf 2031

        [![Rivers at Night video](rivers.png)](https://www.youtube.com/watch?v=rivers00001)

        ## Kites in Winter
        Bo Lind ([@bolind](https://github.com/bolind)) at River Days 2030

        [![Kites in Winter video](kites.png)](https://www.youtube.com/watch?v=kites000001)
        """
    )
    assert [people(t) for t in found] == [
        [("Ann Lee", "https://twitter.com/annlee")],
        [("Bo Lind", "https://github.com/bolind")],
    ]


def test_a_recordings_length_and_event_after_the_names() -> None:
    found = talks(
        """
        # Talks worth watching

        * [Rivers at Night](https://www.youtube.com/watch?v=rivers00001) by **Ann Lee** [1:13:40] HarborConf2031
        * [Kites in Winter](https://vimeo.com/123456789) by **Bo Lind** [46:39] River Days 2030
        * [Maps for Walkers](https://www.youtube.com/watch?v=maps0000001) by Cy Moe MapConf2029
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Rivers at Night", [("Ann Lee", None)]),
        ("Kites in Winter", [("Bo Lind", None)]),
        ("Maps for Walkers", [("Cy Moe", None)]),
    ]


def test_a_byline_then_a_dash_and_a_description() -> None:
    found = talks(
        """
        # Harbor Go 2031

        All the talks were recorded:

          - [Launching into Go](http://vimeo.com/115728346) _by Ann Lee_ -
            a Lumen contributor gives pointers for people starting with Go.
          - [Error Handling](http://vimeo.com/115782573) _by_ [_Bo Lind_](https://twitter.com/bolind) -
            ideas on how to use the error interface.
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Launching into Go", [("Ann Lee", None)]),
        ("Error Handling", [("Bo Lind", "https://twitter.com/bolind")]),
    ]


def test_an_event_with_its_year_glued_after_at_stays_where() -> None:
    found = talks(
        """
        # Talks worth watching

        * [Rivers at Night](https://www.youtube.com/watch?v=rivers00001) by Ann Lee at PyCon2019
        * [Kites in Winter](https://www.youtube.com/watch?v=kites000001) by Bo Lind at EuroPython2020
        * [Maps for Walkers](https://www.youtube.com/watch?v=maps0000001) by Cy Moe at JSConf2021
        """
    )
    assert [people(t) for t in found] == [
        [("Ann Lee", None)],
        [("Bo Lind", None)],
        [("Cy Moe", None)],
    ]


def test_a_reading_groups_table_of_presenters_and_papers() -> None:
    found = talks(
        """
        # 세계 모델 스터디

        | idx | Date | Presenter | Paper | Resources |
        | :--: | :--: | :--: | :--: | :--: |
        | 0 | 2031-03-18 | 유정화 | Introduction & Overview | [YouTube](https://youtu.be/intro000001) |
        | 1 | 2031-03-25 | 장보아 | [River Models](https://arxiv.org/abs/3103.10122) (NeurIPS 2030) | [YouTube](https://youtu.be/rivers00001) |
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Introduction & Overview", [("유정화", None)]),
        ("River Models (NeurIPS 2030)", [("장보아", None)]),
    ]


def test_a_heading_its_event_label_repeats_is_the_event_and_the_deck_names_the_talk() -> None:
    found = talks(
        """
        # Slides

        ## Harbor Meetup #3

        * Event: [Harbor Meetup #3 (spring edition)](https://harbor.example.org/3)
        * Date: 2031 May 14
        * Slide: [Boats for Pythonistas](https://gitpitch.example.com/ann/slides?p=boats)

        ## Fjord Conference 2031

        * Event: https://fjord.example.org/
        * Slide: [港の設計](https://gitpitch.example.com/ann/slides?p=harbor)

        ## Lakeside Days

        * Event: [Lakeside Days](https://lakeside.example.org/)
        * Slide: [Speaker Deck](https://speakerdeck.com/ann/lakes)

        ## Sailing with Rust

        * Event: https://river.example.org/
        * Slide: [An older deck](https://speakerdeck.com/ann/sail)
        """
    )
    assert [t.title for t in found] == [
        "Boats for Pythonistas",
        "港の設計",
        "Lakeside Days",  # a deck named by its host: no title but the heading's
        "Sailing with Rust",  # an event's address under a title: the heading's
    ]


def test_an_items_words_a_speakers_label_under_it_does_not_name_stay_its_title() -> None:
    found = talks(
        """
        ## Tuesday, March 4, 2031

        - **[Rivers, Lakes and Their Friend - Boats: Scandals, Intrigues, Tides](https://www.youtube.com/watch?v=rivers00001)**
          *Speaker:* Ann Lee

        - **[Zero Waste, Quiet Magic – Harbor Secrets](https://www.youtube.com/watch?v=harbor00001)**
          *Speaker:* Bo Lind

        - **[Small Queues - Cy Moe](https://www.youtube.com/watch?v=queues00001)**
          *Speaker:* Cy Moe
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Rivers, Lakes and Their Friend - Boats: Scandals, Intrigues, Tides", [("Ann Lee", None)]),
        ("Zero Waste, Quiet Magic – Harbor Secrets", [("Bo Lind", None)]),
        ("Small Queues", [("Cy Moe", None)]),  # the same name twice: no words of the title
    ]


def test_a_name_a_speakers_label_spells_otherwise_is_no_word_of_the_title() -> None:
    found = talks(
        """
        ## Tuesday, March 4, 2031

        - **[Faster Startup - Jürgen Müller](https://youtu.be/aaaaaaaaaaa)**
          *Speaker:* Juergen Mueller

        - **[Typing Tricks – Ann Lee](https://youtu.be/bbbbbbbbbbb)**
          *Speaker:* 李安

        - **[Safe Queues - Bo Lind](https://youtu.be/ccccccccccc)**
          *Speaker:* Bo Lind-Berg
        """
    )
    assert [t.title for t in found] == ["Faster Startup", "Typing Tricks", "Safe Queues"]


def test_a_name_then_her_profiles_by_their_sites_names_is_one_speaker() -> None:
    found = talks(
        """
        # Meetup #2

        #### Toasters under load
        [Slides](slides/toasters.pdf).
        Speaker: Kim Lee ([twitter](https://twitter.com/kimlee), [github](https://github.com/kimlee)).

        #### Grammars for testers
        [Slides](slides/grammars.pdf).
        Speaker: Sam Park [GitHub](https://github.com/sampark)

        #### Rivers at night
        [Slides](slides/rivers.pdf).
        Speaker: Bo Lind [@bolind](https://twitter.com/bolind)
        """
    )
    assert [(people(t), [p.role for p in t.speakers]) for t in found] == [
        ([("Kim Lee", "https://twitter.com/kimlee")], [None]),
        ([("Sam Park", "https://github.com/sampark")], [None]),
        ([("Bo Lind", "https://twitter.com/bolind")], [None]),
    ]


def test_a_deck_sites_page_of_one_person_is_no_deck() -> None:
    found = talks(
        """
        # Talks

        ## About me

        All my decks are on [Speaker Deck](https://speakerdeck.com/jdoe)

        My presentations on [SlideShare](https://www.slideshare.net/jdoe/)

        ## Talks

        - [Rivers at Night](https://speakerdeck.com/jdoe/rivers-at-night) by Jo Doe
        - [Kites in Winter](https://www.slideshare.net/jdoe/kites-in-winter) by Jo Doe
        """
    )
    assert [t.title for t in found] == ["Rivers at Night", "Kites in Winter"]


def test_names_in_parentheses_then_an_event_and_its_year() -> None:
    found = talks(
        """
        ## Programming

        - [Why Is It Not the Norm?](https://youtu.be/aaaaaaaaaaa) (Ann Lee, Clojutre 2019)
        - [The STL (and More)](https://youtu.be/bbbbbbbbbbb) (Bo Lind, Wild West Hackers Fest 2017)
        - [Rivers: the Secrets](https://youtu.be/ccccccccccc) (Cy Moe, May 2019)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Why Is It Not the Norm?", [("Ann Lee", None)]),
        ("The STL (and More)", [("Bo Lind", None)]),
        ("Rivers: the Secrets (Cy Moe, May 2019)", []),  # a date: a post's as well
    ]


def test_a_remark_on_the_recording_before_an_event_names_no_one() -> None:
    found = talks(
        """
        # Talks

        - [Typing Tricks](https://youtu.be/aaaaaaaaaaa) (Extended Version, Harbor Days 2030)
        - [Safe Queues](https://youtu.be/bbbbbbbbbbb) (Official Recording, Fjordconf 2031)
        """
    )
    assert [people(t) for t in found] == [[], []]


def test_an_items_player_address_written_out_at_its_start_or_end_is_its_media() -> None:
    found = talks(
        """
        ## Programming

        - https://youtu.be/aaaaaaaaaaa Why Is It Not the Norm? (Ann Lee, Clojutre 2019)
        - Queues for Cats - https://www.youtube.com/watch?v=bbbbbbbbbbb (Bo Lind)
        - Kites in Winter - https://youtu.be/ccccccccccc
        - Watch it here - https://youtu.be/ddddddddddd
        - `https://youtu.be/eeeeeeeeeee` Quoted in code
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("Why Is It Not the Norm?", [("Ann Lee", None)], ["aaaaaaaaaaa"]),
        ("Queues for Cats", [("Bo Lind", None)], ["bbbbbbbbbbb"]),
    ]  # an address beside words that name no one: a note's, a FAQ's, a changelog's too


def test_a_heading_over_items_that_each_write_out_their_video_is_no_talk() -> None:
    found = talks(
        """
        # Talks

        ## Talks and presentations

        | Year | Topic | Event | Slides |
        |---|---|---|---|
        | 2031 | Rivers | Harbor meetup | [Slides](https://www.slideshare.net/ann/rivers) |
        | 2031 | Lakes | Fjord meetup | [Slides](https://www.slideshare.net/ann/lakes) |

        ## Live coding and videos

         - (EN) Parsing with Pebbles - https://www.youtube.com/watch?v=aaaaaaaaaaa
         - (DE) Queues for Cats - https://youtu.be/bbbbbbbbbbb?t=60
        """
    )
    assert [t.title for t in found] == ["Rivers", "Lakes"]


def test_media_links_that_say_which_file_name_no_talk_under_an_events_heading() -> None:
    found = talks(
        """
        # Slides

        ## Harbor Meetup #3

        * Event: [Harbor Meetup #3](https://harbor.example.org/3)
        * Video: [Day 1 recording](https://youtu.be/aaaaaaaaaaa)

        ## PostgreSQL

        * Event: [PostgreSQL Conference Europe 2031](https://pg.example.org/)
        * Slides: [Latest edition](https://speakerdeck.com/ann/pg)

        ## Fjord Days 2031

        * Event: [Fjord Days 2031](https://fjord.example.org/)
        * Video: [English version](https://youtu.be/bbbbbbbbbbb)
        """
    )
    assert [t.title for t in found] == ["PostgreSQL", "Fjord Days 2031"]  # never the link's words


def test_a_link_column_s_session_and_schedule_links_are_no_decks() -> None:
    found = talks(
        """
        ## Talks

        No.|Title|Speakers|Conference|Links
        ---|---|---|---|---
        1|Lanterns at Scale|Ida Brandt|Harbor Summit 2031|[[session]](https://sched.co/1AbCd)
        2|Wicks and Wax|Olu Mensah|Harbor Summit 2031|[[slide]](https://example.org/wicks.pdf)
        3|Candle Physics|Pia Holm|Fjord Days 2031|[[schedule]](https://fjord.example.org/program.html)
        """
    )
    assert [(t.title, [s.url for s in t.slides]) for t in found] == [
        ("Lanterns at Scale", []),
        ("Wicks and Wax", ["https://example.org/wicks.pdf"]),
        ("Candle Physics", []),
    ]


def test_japanese_speaker_and_title_labels_with_where_she_works_in_parentheses() -> None:
    found = talks(
        """
        ## 招待講演

        ### 招待講演1

        - 演者: 森 花子（港湾工業大学 教授）
        - 題目: 高精度計算の話
        - 資料: [PDF](./slides/mori.pdf)

        ### 招待講演2

        - 演者: 川口 太郎（北港大学D1, 理研アルバイト）
        - 題目: 格子計算入門
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("高精度計算の話", [("森 花子", None)], ["港湾工業大学"]),
        ("格子計算入門", [("川口 太郎", None)], ["北港大学", "理研"]),
    ]


def test_two_talks_a_level_above_the_others_leave_the_others_their_groups() -> None:
    found = talks(
        """
        ## Opening

        - Host: Ann Lee
        - Topic: Welcome and how the day runs

        ## Systems

        ### Invited 1

        - Speaker: Bo Lind
        - Title: Lanterns at Scale
        - Slides: [PDF](./slides/lanterns.pdf)

        ### Invited 2

        - Speaker: Cy Moe
        - Title: Wicks and Wax

        ## Materials

        ### LT 1

        - Speaker: Di Ray
        - Title: Candle Physics

        ## Closing

        - Host: Ann Lee
        - Topic: Thanks, and next year
        """
    )
    sections = {t.title: t.section for t in found}
    assert sections["Lanterns at Scale"] == sections["Wicks and Wax"] == "Systems"
    assert sections["Candle Physics"] == "Materials"


def test_a_persons_heading_over_a_talks_heading_is_its_byline_not_its_section() -> None:
    found = talks(
        """
        ---
        title: "Harbor Meetup #7"
        ---

        ### Ann Lee
        #### [Quiet Queues](https://speakerdeck.com/annlee/quiet-queues)

        Queues are everywhere; this talk shows how small teams keep them quiet.

        ### Bo Lind
        #### [Tide Tables](https://www.slideshare.net/bolind/tide-tables)

        Tide tables have errors: how to measure them.
        """
    )
    assert [(t.title, people(t), t.section) for t in found] == [
        ("Quiet Queues", [("Ann Lee", None)], None),
        ("Tide Tables", [("Bo Lind", None)], None),
    ]


def test_speakers_headings_among_which_one_in_ten_names_no_one() -> None:
    pairs = [
        (f"[{first} {last}](https://twitter.com/{first.lower()}{n})", f"Talk number {n}")
        for n, (first, last) in enumerate(
            [
                ("Ann", "Lee"),
                ("Bo", "Lind"),
                ("Cy", "Moe"),
                ("Di", "Ray"),
                ("Eve", "Ro"),
                ("Fay", "Ek"),
                ("Gus", "Vik"),
                ("Hal", "Noor"),
                ("Ida", "Brandt"),
                ("Jo", "Doe"),
            ]
        )
    ]
    pairs.append(("Kim Park aka Kimmy", "Talk number 10"))
    body = "\n\n".join(f"### {who}\n#### {title}\n\nWhat it is about." for who, title in pairs)
    found = talks(f"# Harbor Slides\n\n## Meetup #3\n\n{body}\n")
    assert len(found) == 10
    assert [people(t)[0][0] for t in found][:2] == ["Ann Lee", "Bo Lind"]
    assert {t.section for t in found} == {"Meetup #3"}


def test_quoted_titles_then_their_speakers_on_a_page_of_talks_need_no_links() -> None:
    page = """
        # {title}

        * Harbor Meetup #4 - Lantern Day
            * "Lanterns at Scale" - Ida Brandt
            * "Wicks and Wax" by Olu Mensah
        * Harbor Meetup #5
            * "Candle Physics" - Pia Holm
        """
    found = talks(page.format(title="Prezentacje ze spotkań"))
    assert [(t.title, people(t)) for t in found] == [
        ("Lanterns at Scale", [("Ida Brandt", None)]),
        ("Wicks and Wax", [("Olu Mensah", None)]),
        ("Candle Physics", [("Pia Holm", None)]),
    ]
    assert talks(page.format(title="Books we read this year")) == []  # "Title" - its author
    flat = """
        # Presentations

        ## Favourite quotes from the talks

        - "Make it work, then make it fast" - Ida Brandt
        - "Small is beautiful" - Olu Mensah
        - "Simple beats clever" - Pia Holm
        """
    assert talks(flat) == []  # not each under the meeting it was given at: quotes


def test_an_item_that_names_the_group_of_the_talks_nested_under_it_is_their_section() -> None:
    page = """
        # Prezentacje ze spotkań

        {heading}
        * Harbor Meetup #4 - Lantern Day
            * "Lanterns at Scale" - Ida Brandt
            * "Wicks and Wax" - Olu Mensah
        * Frontend
            * "Candle Physics" - Pia Holm
        """
    assert [t.section for t in talks(page.format(heading=""))] == [
        "Harbor Meetup #4 - Lantern Day",
        "Harbor Meetup #4 - Lantern Day",
        "Frontend",
    ]
    headed = talks(page.format(heading="## Spring 2031\n"))
    assert {t.section for t in headed} == {"Spring 2031"}  # a heading above says it first


def test_what_else_parentheses_after_a_name_hold_is_no_organization() -> None:
    found = talks(
        """
        # 勉強会 講演

        ### 講演1

        - 発表者: 森 花子（@hanako_mori）
        - タイトル: 型システム入門

        ### 講演2

        - 発表者: 山田 太郎（港湾工業大学 教授）、佐藤 次郎（もり はなこ）
        - タイトル: 港湾とAI
        """
    )
    assert [(people(t), orgs(t)) for t in found] == [
        ([("森 花子", None)], []),
        ([("山田 太郎", None), ("佐藤 次郎", None)], ["港湾工業大学"]),
    ]


def test_a_persons_heading_over_two_talks_or_on_a_page_of_picks_is_no_byline() -> None:
    two = talks(
        """
        # Conference talks

        ## Harbor Summit 2031

        ### [Ann Lee](https://github.com/annlee)

        #### [Scaling Queues](https://www.youtube.com/watch?v=aaaaaaaaaaa)

        #### [Caching Right](https://www.youtube.com/watch?v=bbbbbbbbbbb)

        ### [Bo Lind](https://github.com/bolind)

        #### [Typed Pandas](https://www.youtube.com/watch?v=ccccccccccc)

        #### [Async Everything](https://www.youtube.com/watch?v=ddddddddddd)
        """
    )
    assert [t.section for t in two] == ["Ann Lee", "Ann Lee", "Bo Lind", "Bo Lind"]
    picks = talks(
        """
        # Our favourite talks from PyCon 2031

        ### [Ann Lee](https://github.com/annlee)

        #### [Async Everything](https://www.youtube.com/watch?v=aaaaaaaaaaa)

        Carl Wu shows how asyncio grew up.

        ### [Bo Lind](https://github.com/bolind)

        #### [Typed Pandas](https://www.youtube.com/watch?v=bbbbbbbbbbb)

        Di Ray on types in dataframes.
        """
    )
    assert [people(t) for t in picks] == [[], []]  # who picked them, not who gave them


def test_items_that_only_say_where_and_when_are_the_deliveries_of_the_heading() -> None:
    found = talks(
        """
        # Talks

        ### Rivers at Night
        - HarborJS, November 19, 2030
        - FjordJS, January 20, 2031. [YouTube](https://www.youtube.com/watch?v=aaaaaaaaaaa)

        ### Kites in Winter
        - Lakeside Meetup, 3 March 2031. [Slides](https://speakerdeck.com/ann/kites)

        ### 2031
        - Small Queues, May 2, 2031. [YouTube](https://www.youtube.com/watch?v=bbbbbbbbbbb)
        - Tide Tables, June 5, 2031. [YouTube](https://www.youtube.com/watch?v=ccccccccccc)
        """
    )
    assert [(t.title, media(t)) for t in found][:2] == [
        ("Rivers at Night", ["aaaaaaaaaaa"]),
        ("Kites in Winter", ["ann/kites"]),
    ]
    assert [media(t) for t in found][2:] == [["bbbbbbbbbbb"], ["ccccccccccc"]]  # a year's talks


def test_items_that_each_link_a_recording_named_for_its_event_are_the_headings() -> None:
    found = talks(
        """
        # Conference talks

        ## Rivers at Night

        * 📺 [HarborJS 2031 (english)](https://www.youtube.com/watch?v=aaaaaaaaaaa)
        * 📺 [Fjord Days 2030 (french](https://vimeo.com/123456789)
        * 📺 [Meetup (french)](https://www.youtube.com/watch?v=bbbbbbbbbbb)

        ## Kites in Winter

        * 📺 [Lakeside Conf 2029](https://www.youtube.com/watch?v=ccccccccccc)

        ## Conferences and meetups

        * [Harbor Summit 2031](https://www.youtube.com/watch?v=ddddddddddd)
        * [River Meetup 2030](https://www.youtube.com/watch?v=eeeeeeeeeee)
        """
    )
    assert [(t.title, media(t)) for t in found][:2] == [
        ("Rivers at Night", ["aaaaaaaaaaa", "123456789", "bbbbbbbbbbb"]),
        ("Kites in Winter", ["ccccccccccc"]),
    ]
    # under a heading that names events, each is given at one: no talk of the heading's
    assert "Conferences and meetups" not in [t.title for t in found]


def test_an_event_item_with_its_own_page_deck_and_video_is_a_delivery_of_its_own() -> None:
    found = talks(
        """
        # Talks

        ## Tide tables

        * [Harbor Summit 2031](https://example.org/talks/2031-tides.html)
          | [PDF](https://example.org/talks/pdf/2031-tides.pdf)
          | [YouTube](https://www.youtube.com/watch?v=aaaaaaaaaaa)
        * [River Days 2030](https://example.org/talks/2030-tides.html)
          | [PDF](https://example.org/talks/pdf/2030-tides.pdf)
          | [YouTube](https://www.youtube.com/watch?v=bbbbbbbbbbb)
        """
    )
    assert "Tide tables" not in [t.title for t in found]


def test_a_talk_column_named_for_what_its_titles_link_holds_the_titles() -> None:
    found = talks(
        """
        | #  | Speaker   | Talk Transcript                        | Transcriber |
        |----|-----------|----------------------------------------|-------------|
        | 01 | Ana Lopez | Bayesian Basics                        | N/A         |
        | 02 | Ben Ortiz | [Plotting Time Series](2031/02-ben.md) | Carla Diaz  |
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Bayesian Basics", [("Ana Lopez", None)]),
        ("Plotting Time Series", [("Ben Ortiz", None)]),
    ]


def test_a_topic_heading_over_titles_with_their_days_is_no_talk() -> None:
    found = talks(
        """
        # Talks

        ### Machine Learning
        - Deep Queues, May 2, 2031. [YouTube](https://www.youtube.com/watch?v=aaaaaaaaaaa)
        - Tidal Models, June 5, 2031. [YouTube](https://www.youtube.com/watch?v=bbbbbbbbbbb)

        ### Web
        - Fast Pages, October 3, 2030. [YouTube](https://www.youtube.com/watch?v=ccccccccccc)
        """
    )
    assert [t.section for t in found] == ["Machine Learning", "Machine Learning", "Web"]


def test_a_persons_heading_over_a_talk_and_its_further_reading_is_its_byline() -> None:
    found = talks(
        """
        # Conference talks

        ### Ann Lee
        #### [Scaling Queues](https://speakerdeck.com/ann/queues)
        #### Further reading
        - [Queueing notes](https://annlee.example.org/queues)

        ### Bo Lind
        #### [Typed Pandas](https://speakerdeck.com/bo/pandas)
        """
    )
    assert [(t.title, people(t), t.section) for t in found] == [
        ("Scaling Queues", [("Ann Lee", None)], None),
        ("Typed Pandas", [("Bo Lind", None)], None),
    ]


def test_a_line_of_media_links_beside_its_material_is_the_headings_fields() -> None:
    found = talks(
        """
        # Past speakers

        ### Introduction to Lanterns (2031.4.15)

        - Speaker: Ida Brandt (Harbor Labs)
        - [Recording](https://youtu.be/Lq3Wm8Rt2Ze) | [Sandbox Code](https://github.com/ida/sandbox) | [Demo Code](https://github.com/ida/demo)

        ### Wicks and Wax (2031.5.20)

        - Speaker: Olu Mensah
        - [Workshop Code](https://github.com/olu/wicks) | [Slides](https://speakerdeck.com/olu/wicks)
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("Introduction to Lanterns", [("Ida Brandt", None)], ["Lq3Wm8Rt2Ze"]),
        ("Wicks and Wax", [("Olu Mensah", None)], ["olu/wicks"]),
    ]


def test_fourth_review_cases_read_as_written() -> None:
    notes = talks(
        """
        | Title | Speaker | Talk Notes |
        |---|---|---|
        | Deep Queues | Ann Lee | [notes](https://example.org/n1) |
        | Small Caches | Bo Lind | [notes](https://example.org/n2) |
        """
    )
    assert [t.title for t in notes] == ["Deep Queues", "Small Caches"]  # the notes beside
    titled = talks(
        """
        # Talks

        - [Clean Code](https://youtu.be/aaaaaaaaaaa) | [Slides](https://example.org/cc.pdf)
        - [Paper Cuts](https://youtu.be/bbbbbbbbbbb) | [Slides](https://example.org/pc.pdf)
        - [The Conference Website](https://youtu.be/ccccccccccc), Cy Moss
        """
    )
    assert [t.title for t in titled] == ["Clean Code", "Paper Cuts", "The Conference Website"]
    groups = talks(
        """
        # Talks

        - Misc.
          - [Deep Queues](https://youtu.be/aaaaaaaaaaa) — Ann Lee
        - Data Eng.
          - [Lazy Graphs](https://youtu.be/ccccccccccc) — Cy Moss
        """
    )
    assert [t.section for t in groups] == ["Misc.", "Data Eng."]


def test_names_in_parentheses_at_where_they_work() -> None:
    found = talks(
        """
        # Talks

        * [Write Scalability](https://example.org/ws.pdf) (Ann Lee @ Harbor Labs)
        * [Read Cache](https://example.org/rc.pdf) (Bo Lind & Cy Moe @ Acme Corp)
        * [Compaction](https://example.org/c.pdf) (Di Ray @ Fjordconf 2031)
        """
    )
    assert [(people(t), orgs(t)) for t in found] == [
        ([("Ann Lee", None)], ["Harbor Labs"]),
        ([("Bo Lind", None), ("Cy Moe", None)], ["Acme Corp"]),
        ([("Di Ray", None)], []),  # an event and its year: where she spoke
    ]


def test_fifth_review_cases_read_as_written() -> None:
    at_events = talks(
        """
        # Talks

        * [Tiny Parsers](https://example.com/t.pdf) (Eve Park @ JSConf EU)
        * [Rings](https://example.com/r.pdf) (Cara Moss @ DevOpsDays Oslo)
        """
    )
    assert [(people(t), orgs(t)) for t in at_events] == [
        ([("Eve Park", None)], []),
        ([("Cara Moss", None)], []),
    ]
    sessions = talks(
        """
        # Talks

        ### Queues at Night [video](https://www.youtube.com/watch?v=aaaaaaaaaaa)
        Cara Moss

        ### 1st Class Functions Session [video](https://www.youtube.com/watch?v=bbbbbbbbbbb)
        Bo Lind
        """
    )
    assert [t.title for t in sessions] == ["Queues at Night", "1st Class Functions Session"]
    meetups = talks(
        """
        # Talks

        - [The Meetup in Oslo That Changed Everything](https://speakerdeck.com/ann/oslo) - Ann Lee
        - [Starting a Go meetup in Nairobi](https://speakerdeck.com/bo/nairobi) - Bo Lind
        """
    )
    assert len(meetups) == 2


def test_a_label_line_over_a_list_names_no_speaker() -> None:
    found = talks(
        """
        # Past speakers

        ### Lantern Lightning Talks (2031.1.16)

        Speakers and Topics:
        - "Folding wicks" by Ida Brandt
        - "Candle physics" by Olu Mensah

        [Recording](https://youtu.be/Lq3Wm8Rt2Ze)

        ### Wicks and Wax (2031.2.20)

        - Speaker: Pia Holm
        - [Recording](https://youtu.be/Kp4Vn7Xs1Yb)
        """
    )
    assert "Topics" not in [p.name for t in found for p in t.speakers]


def test_a_heading_that_links_a_projects_own_file_is_no_section() -> None:
    found = talks(
        """
        # Event transcripts

        ## [Contributing Guide](CONTRIBUTING.md)
        Read the guide before you transcribe a talk.

        | #  | Speaker   | Talk Transcript                        |
        |----|-----------|----------------------------------------|
        | 01 | Ana Lopez | Bayesian Basics                        |
        | 02 | Ben Ortiz | [Plotting Time Series](2031/02-ben.md) |

        ## [Harbor Summit 2031](https://harbor.example.org/2031)

        | Speaker | Talk |
        |---|---|
        | Cy Moe | Lantern Queues |
        | Di Ray | Wick Caches |
        """
    )
    assert [t.section for t in found] == [None, None, "Harbor Summit 2031", "Harbor Summit 2031"]


def test_sixth_review_cases_read_as_written() -> None:
    presented = talks(
        """
        # Talks

        ### Lanterns at Scale
        Presented by Cy Moe and Di Ray:
        [Video](https://www.youtube.com/watch?v=aaaaaaaaaaa)

        ### Wicks and Wax
        Speakers Ida Brandt and Olu Mensah:
        [Video](https://www.youtube.com/watch?v=bbbbbbbbbbb)
        """
    )
    assert [people(t) for t in presented] == [
        [("Cy Moe", None), ("Di Ray", None)],
        [("Ida Brandt", None), ("Olu Mensah", None)],
    ]
    events = talks(
        """
        ## [NDC Oslo 2031](NDC.md)

        | Speaker | Talk |
        |---|---|
        | Cy Moe | Lantern Queues |
        | Di Ray | Wick Caches |
        """
    )
    assert {t.section for t in events} == {"NDC Oslo 2031"}


def test_a_shared_link_that_names_the_title_stays_each_talks() -> None:
    found = talks(
        """
        # Talks

        | Date | Topic | Location | Links |
        | --- | --- | --- | --- |
        | Oct 2 | Lantern Queues | [River Meetup](https://river.example.org/) | [Slides](https://bit.ly/lantern-queues) |
        | Sep 1 | Queues in a Lantern Shop | [Harbor Days](https://harbor.example.org/) | [Slides](https://bit.ly/lantern-queues) |
        | Jul 3 | Wick Caches | [Candle Camp](https://candle.example.org/) | [Slides](https://bit.ly/2031-decks) |
        | Jun 9 | Rope Lamps | [Candle Camp](https://candle.example.org/) | [Slides](https://bit.ly/2031-decks) |
        """
    )
    assert [media(t) for t in found] == [
        ["https://bit.ly/lantern-queues"],
        ["https://bit.ly/lantern-queues"],
        [],  # a folder of the year's decks: neither talk's
        [],
    ]


def test_a_media_word_before_the_site_its_links_go_to_labels_them() -> None:
    found = talks(
        """
        # Speaking

        ## Lantern Queues (June 2031)

        - Slides at [SlideShare](https://www.slideshare.net/ida/lantern-queues) or [PDF](/pdf/queues.pdf)

        ## Wick Caches (May 2031)

        - Video on [YouTube](https://www.youtube.com/watch?v=Kp4Vn7Xs1Yb)
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Lantern Queues", ["ida/lantern-queues", "/pdf/queues.pdf"]),
        ("Wick Caches", ["Kp4Vn7Xs1Yb"]),
    ]


def test_a_sentence_that_says_where_the_media_is_labels_the_link_after_it() -> None:
    found = talks(
        """
        # Presentations

        ## 12.03.2031 Harbor Meetup

        Topic: Lantern queues in practice

        The slides can be found here: [2031_03_lantern](decks/2031_03_lantern/index.html).

        ## 02.02.2031 Wick Summit

        Topic: Caches that wick

        The recording is available at: [wick-summit](https://www.youtube.com/watch?v=Kp4Vn7Xs1Yb)

        ## 01.01.2031 Dock Days

        Topic: Docking without ropes

        The photos can be found here: [album](photos/dock/index.html).
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Lantern queues in practice", ["decks/2031_03_lantern/index.html"]),
        ("Caches that wick", ["Kp4Vn7Xs1Yb"]),
        ("Docking without ropes", []),  # photos: no media word, the link is no deck
    ]


def test_together_with_is_a_talks_field_no_talk() -> None:
    found = talks(
        """
        # Speaking

        ## Lantern Queues (June 2031)

        - Together with my colleague [Olu Mensah](https://twitter.com/olumensah)
        - Slides: [PDF](/pdf/queues.pdf)

        ## Wick Caches (May 2031)

        - Together with Pia Holm (Northwind)
        - Slides: [PDF](/pdf/caches.pdf)
        """
    )
    assert [(t.title, t.section) for t in found] == [
        ("Lantern Queues", None),
        ("Wick Caches", None),
    ]


def test_a_heading_of_tags_written_as_code_is_no_section() -> None:
    found = talks(
        """
        # Meetups

        ### Harbor x Lantern Meetup
        ###### `queues`, `caching`
        - Topic: Queues at Dawn
           - Speaker: Ida Brandt
           - Slides: https://speakerdeck.com/ida/queues
        - Topic: Lantern Caching
           - Speaker: Olu Mensah
           - Slides: https://speakerdeck.com/olu/caching

        ### Rope Meetup
        ###### `ropes` · `knot theory`
        - Topic: Rope Theory
           - Speaker: Pia Holm
           - Slides: https://speakerdeck.com/pia/ropes
        """
    )
    assert [t.section for t in found] == ["Harbor x Lantern Meetup"] * 2 + ["Rope Meetup"]
    named = talks(
        """
        # Meetups

        ### `15th meetup`
        - [Queues at Dawn](https://speakerdeck.com/ida/queues) - Ida Brandt
        - [Lantern Caching](https://speakerdeck.com/olu/caching) - Olu Mensah
        """
    )
    assert [t.section for t in named] == ["15th meetup"] * 2


def test_an_event_after_an_at_sign_ends_the_title() -> None:
    found = talks(
        """
        # Talks

        Talks I have given.

        ### Lantern Queues at Scale @ Harbor Python (2031)

        Video: [Lantern Queues](https://www.youtube.com/watch?v=Kp4Vn7Xs1Yb)

        ### Wick Caches in Practice @CandleCamp (2030)

        Slides: [Wick Caches](https://speakerdeck.com/ida/wick-caches)

        ### Rope Lamps for Sailors @ River Meetup (2029)

        Video: [Rope Lamps](https://www.youtube.com/watch?v=Lq3Wm8Rt2Ze)
        """
    )
    titles = ["Lantern Queues at Scale", "Wick Caches in Practice", "Rope Lamps for Sailors"]
    assert [t.title for t in found] == titles
    named = talks(
        """
        # Talks

        ### Ida Brandt @ Northwind

        Video: [Lantern Queues](https://www.youtube.com/watch?v=Kp4Vn7Xs1Yb)

        ### Olu Mensah @ Acme

        Video: [Wick Caches](https://www.youtube.com/watch?v=Lq3Wm8Rt2Ze)
        """
    )
    assert all("@" in t.title or people(t) for t in named)
    team = talks(
        """
        # Our team

        ### Head of Engineering @ Northwind
        Ida Brandt leads the queue team.

        ### Developer Advocate @ Northwind
        Olu Mensah talks to our users. [Talk video](https://www.youtube.com/watch?v=Lq3Wm8Rt2Ze)

        ### Search Infrastructure @ Acme
        [Slides](https://speakerdeck.com/pia/search)
        """
    )
    assert all(t.title.endswith(("@ Northwind", "@ Acme")) for t in team)


def test_a_title_linking_a_recordings_page_links_its_video() -> None:
    found = talks(
        """
        # Talks I liked

        - [Lantern Queues](https://www.infoq.com/presentations/lantern-queues/) — Ida Brandt
        - [Wick Caches](https://skillsmatter.com/skillscasts/9999-wick-caches) — Olu Mensah
        - [Rope Lamps](https://www.youtube.com/watch?v=Kp4Vn7Xs1Yb) — Pia Holm
        - [Tide Tables](http://pyvideo.org/video/880/tide-tables) — Cy Moe
        - [Kelp Farms](http://www.confreaks.com/videos/759-harbor2031-kelp-farms) — Di Ray
        - [Gull Maps](http://channel9.msdn.com/Shows/Going+Deep/Gull-Maps) — Bo Lind
        """
    )
    assert [[(m.kind, m.id) for m in t.media] for t in found] == [
        [("video", "https://www.infoq.com/presentations/lantern-queues/")],
        [("video", "https://skillsmatter.com/skillscasts/9999-wick-caches")],
        [("video", "Kp4Vn7Xs1Yb")],
        [("video", "http://pyvideo.org/video/880/tide-tables")],
        [("video", "http://www.confreaks.com/videos/759-harbor2031-kelp-farms")],
        [("video", "http://channel9.msdn.com/Shows/Going+Deep/Gull-Maps")],
    ]


def test_a_programs_timed_items_that_name_their_speakers_are_talks() -> None:
    found = talks(
        """
        # Workshop on Lanterns

        ### Schedule

        #### Tuesday, March 3rd

          * 09:30 - 10:30 [Geodesics of Lanterns](https://lanterns.example.org/talks/geodesics)
             * Ida Brandt, University of Somewhere
          * 10:30 - 11:00 Coffee break
          * 11:00 - 12:00 [Transport on Wicks](https://lanterns.example.org/talks/wicks)
             * Olu Mensah, Northwind Institute

        #### Wednesday, March 4th

          * 09:30 - 10:30 [Rope Theory](https://lanterns.example.org/talks/ropes)
             * Pia Holm, University of Elsewhere
          * 10:30 - 11:00 Closing remarks - Cy Moe
          * 11:00 - 11:30 Poster session
             * Cy Moe, Di Ray, Ada Vos
        """
    )
    assert [(t.title, people(t), orgs(t), t.section) for t in found] == [
        (
            "Geodesics of Lanterns",
            [("Ida Brandt", None)],
            ["University of Somewhere"],
            "Tuesday, March 3rd",
        ),
        (
            "Transport on Wicks",
            [("Olu Mensah", None)],
            ["Northwind Institute"],
            "Tuesday, March 3rd",
        ),
        ("Rope Theory", [("Pia Holm", None)], ["University of Elsewhere"], "Wednesday, March 4th"),
    ]
    agenda = talks(
        """
        # Conference organizing committee meeting

        ## Agenda

        - 10:00 Review of open pull requests - Ida Brandt
        - 10:30 Release planning - Olu Mensah
        - 11:00 Budget review - Pia Holm
        """
    )
    assert agenda == []


def test_support_via_a_site_is_no_media() -> None:
    found = talks(
        """
        # Speaking

        ## Lantern Queues (June 2031)

        - Slides at [SlideShare](https://www.slideshare.net/ida/lantern-queues)
        - Support via [GitHub Sponsors](https://github.com/sponsors/idab)

        ## Wick Caches (May 2031)

        - Video on [YouTube](https://www.youtube.com/watch?v=Kp4Vn7Xs1Yb)
        """
    )
    assert [media(t) for t in found] == [["ida/lantern-queues"], ["Kp4Vn7Xs1Yb"]]


def test_a_shared_meetup_page_that_names_the_titles_is_no_ones() -> None:
    found = talks(
        """
        # Talks

        | Date | Topic | Links |
        | --- | --- | --- |
        | Oct 2 | Lantern Testing with Wicks | [Harbor Meetup](https://harbor.example.org/meetups/lantern-testing) |
        | Oct 2 | Testing Lantern Queues | [Harbor Meetup](https://harbor.example.org/meetups/lantern-testing) |
        | Sep 1 | Rope Caches | [Slides](https://bit.ly/rope-caches) |
        """
    )
    assert [media(t) for t in found] == [[], [], ["https://bit.ly/rope-caches"]]


def test_a_larger_heading_of_one_code_word_groups_talks() -> None:
    found = talks(
        """
        # Talks by library

        ## `pytest`
        - [Lantern Queues with pytest](https://speakerdeck.com/ida/lq) - Ida Brandt
        - [Fixtures at Scale](https://speakerdeck.com/olu/fx) - Olu Mensah

        ## `hypothesis`
        - [Property Tests for Wicks](https://speakerdeck.com/pia/wicks) - Pia Holm
        """
    )
    assert [t.section for t in found] == ["pytest", "pytest", "hypothesis"]


def test_a_name_then_a_bold_title_then_where_in_parentheses() -> None:
    found = talks(
        """
        # Must-watch talks

        ## 2031
        * Ida Brandt: **Lazy Lanterns in Practice** (Harbor Conf)
            * Video: [youtube](https://www.youtube.com/watch?v=Kp4Vn7Xs1Yb)
        * Olu Mensah: **Parsing Wicks** (Candle Camp)
            * Video: [youtube](https://www.youtube.com/watch?v=Lq3Wm8Rt2Ze)
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Lazy Lanterns in Practice", [("Ida Brandt", None)], []),
        ("Parsing Wicks", [("Olu Mensah", None)], []),
    ]
    recital = talks(
        """
        # Spring recital 2031

        - Ida Brandt: **Moonlight Lanterns** (Beethoven) [video](https://www.youtube.com/watch?v=Kp4Vn7Xs1Yb)
        - Olu Mensah: **Wick Waltz** (Chopin) [video](https://www.youtube.com/watch?v=Lq3Wm8Rt2Ze)
        """
    )
    assert not any(t.speakers for t in recital)


def test_a_byline_then_in_and_the_media() -> None:
    found = talks(
        """
        # Slides

        "Caching Without Tears" by Ida Brandt in [PDF](https://lanterns.example.org/caching.pdf), [PPT](https://lanterns.example.org/caching.ppt)

        "Gardening Old Wicks" by Olu Mensah in [PDF](https://lanterns.example.org/wicks.pdf).
        """
    )
    assert [(t.title, people(t), len(t.slides)) for t in found] == [
        ("Caching Without Tears", [("Ida Brandt", None)], 2),
        ("Gardening Old Wicks", [("Olu Mensah", None)], 1),
    ]
    verbs = talks(
        """
        # Talks

        - Pia Holm - Logging in ([video](https://www.youtube.com/watch?v=Kp4Vn7Xs1Yb))
        - Cy Moe - Zoom in | [slides](https://speakerdeck.com/cy/zoom)
        """
    )
    assert [t.title for t in verbs] == ["Logging in", "Zoom in"]


def test_a_chinese_salons_lecturer_and_ppt_labels() -> None:
    found = talks(
        """
        # 十月沙龙总结

        #### 漫谈灯笼的架构

        **分享讲师：**张伟
        **PPT：**[下载](https://lanterns.example.org/slides/a.pdf)

        #### 蜡烛与队列

        **分享讲师：** 李明
        **PPT：**[下载](https://lanterns.example.org/slides/b.pdf)
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("漫谈灯笼的架构", [("张伟", None)], ["https://lanterns.example.org/slides/a.pdf"]),
        ("蜡烛与队列", [("李明", None)], ["https://lanterns.example.org/slides/b.pdf"]),
    ]


def test_a_chinese_numbered_topic_and_a_lecturer_then_where_she_works() -> None:
    found = talks(
        """
        # 十月沙龙总结

        #### 主题一：漫谈灯笼的架构

        **分享讲师：** 张伟，海港科技
        **PPT：**[下载](https://lanterns.example.org/slides/a.pdf)

        #### 主题二：蜡烛与队列

        **分享讲师：** 李明，海港科技资深工程师。
        **PPT：**[下载](https://lanterns.example.org/slides/b.pdf)
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("漫谈灯笼的架构", [("张伟", None)], ["海港科技"]),
        ("蜡烛与队列", [("李明", None)], ["海港科技"]),
    ]  # (where she works, before her role)
    pair = talks(
        """
        # 十月沙龙总结

        #### 灯笼的静默故障
        讲者：张伟，李娜
        幻灯片：[下载](https://lanterns.example.org/slides/c.pdf)

        #### 潮汐图表
        讲者：[王芳](https://github.com/wangfang)，海港科技
        幻灯片：[下载](https://lanterns.example.org/slides/d.pdf)
        """
    )
    assert [people(t) for t in pair] == [
        [("张伟", None), ("李娜", None)],
        [("王芳", "https://github.com/wangfang")],
    ]


def test_a_chinese_lecturer_then_where_she_works_and_her_role_in_one_word() -> None:
    """Where she works and her role written together after her name and a blank
    (``海港云总经理``), a company in Latin letters before its department's words
    (``Lumen灯笼部总监``), another name of it in parentheses, or her role after it in
    parentheses: the organization alone."""
    found = talks(
        """
        # 灯笼沙龙

        #### 主题一：灯笼的静默故障

        **分享讲师：**张伟 海港云总经理
        **PPT：**[下载](https://lanterns.example.org/slides/a.pdf)

        #### 主题二：潮汐图表

        **分享讲师：**Ada Vos Lumen灯笼部总监
        **PPT：**[下载](https://lanterns.example.org/slides/b.pdf)

        #### 主题三：蜡烛与队列

        **分享讲师：**李明，NorthLamp（NL）资深工程师
        **PPT：**[下载](https://lanterns.example.org/slides/c.pdf)

        #### 主题四：灯塔的日志

        **分享讲师：**王芳（Beacon CEO）
        **PPT：**[下载](https://lanterns.example.org/slides/d.pdf)
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("灯笼的静默故障", [("张伟", None)], ["海港云"]),
        ("潮汐图表", [("Ada Vos", None)], ["Lumen"]),
        ("蜡烛与队列", [("李明", None)], ["NorthLamp"]),
        ("灯塔的日志", [("王芳", None)], ["Beacon"]),
    ]


def test_a_chinese_lecturer_then_her_role_then_more_of_her_bio() -> None:
    found = talks(
        """
        # 灯笼大会议题

        ## 灯笼的静默故障

        讲师：张伟，海港科技架构师，曾开发多个灯笼工具，在 Lumen Days, Harbor Conf 等会议发表演讲。

        本次演讲介绍灯笼的故障。

        ## 潮汐图表的维护

        讲师：Ada Vos，Lumen 工程师

        维护一个复杂的项目会遇到各类挑战。

        ## 蜡烛与队列

        讲师：李明，海港科技

        介绍蜡烛与队列。
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("灯笼的静默故障", [("张伟", None)], ["海港科技"]),
        ("潮汐图表的维护", [("Ada Vos", None)], ["Lumen"]),
        ("蜡烛与队列", [("李明", None)], ["海港科技"]),
    ]  # (the events her bio names are no one; her role is no organization's word)
    names = talks(
        """
        # 灯笼大会议题

        ## 灯笼的静默故障

        讲师：张伟，Ada Vos，Bo Lind

        ## 潮汐图表的维护

        讲师：李明，LeanLamp

        ## 蜡烛与队列

        讲师：王芳，海港科技

        ## 纸飞机

        讲师：Cy Park，Globex

        ## 风筝

        讲师：Di Ray，Initech Inc

        ## 潮汐

        讲师：赵敏，Harbor Cloud，资深架构师
        """
    )
    assert [(people(t), orgs(t)) for t in names] == [
        ([("张伟", None), ("Ada Vos", None), ("Bo Lind", None)], []),  # three people
        ([("李明", None)], ["LeanLamp"]),
        ([("王芳", None)], ["海港科技"]),
        ([("Cy Park", None)], ["Globex"]),
        ([("Di Ray", None)], ["Initech Inc"]),
        ([("赵敏", None)], ["Harbor Cloud"]),  # where she works, then her role
    ]


def test_a_hugo_icon_shortcode_is_no_title() -> None:
    found = talks(
        """
        # Meetups

        | # | date | name | release |
        |---|---|---|---|
        | | 2031/04/21 | Lantern Queues / Ida Brandt | [{{< fa file-powerpoint 2x >}}](https://speakerdeck.com/ida/lq) |
        | | 2031/04/21 | Wick Caches / Olu Mensah | [{{< fa fab youtube 2x >}}](https://youtu.be/Kp4Vn7Xs1Yb) |
        """
    )
    assert not any("{{" in t.title for t in found)


def test_a_recordings_hosts_other_pages_are_no_video() -> None:
    found = talks(
        """
        # Partners

        - [SlidesLive](https://slideslive.com/about) — Ida Brandt, CEO
        - [Confreaks](https://confreaks.tv/videos/wick-caches/slides) — Olu Mensah
        """
    )
    assert not any(t.videos for t in found)


def test_upcoming_and_past_events_are_sections_never_talks() -> None:
    found = talks(
        """
        # Lantern Seminar

        ### Upcoming Events

        - [Ida Brandt](https://ida.example.org/) (Northwind)
        _Kernels on Small Lanterns_
        (3/5/2031 2pm)<br />
        How small lanterns keep their kernels.

        ### Past Events

        - [Olu Mensah](https://olu.example.org/) (Acme)
        _Sparse Wicks_
        (2/5/2031 2pm)<br />
        Why wicks thin out.
        """
    )
    assert not any(t.title in ("Upcoming Events", "Past Events") for t in found)


def test_a_talks_line_over_its_players_shortcode_under_an_events_heading() -> None:
    found = talks(
        """
        # Learning resources

        ## Lantern Summit 2031
        Queues at Dawn - Ida Brandt, Northwind
        {{< youtube id="Kp4Vn7Xs1Yb" autoplay="false" >}}

        Wick Caches - Olu Mensah, Acme
        {{< youtube id="Lq3Wm8Rt2Ze" autoplay="false" >}}

        ## Candle Days 2030
        Rope Theory - Pia Holm, Acme
        {{< youtube id="Mr5Xn9Yt3Af" autoplay="false" >}}
        """
    )
    assert [(t.title, people(t), t.section, media(t)) for t in found] == [
        ("Queues at Dawn", [("Ida Brandt", None)], "Lantern Summit 2031", ["Kp4Vn7Xs1Yb"]),
        ("Wick Caches", [("Olu Mensah", None)], "Lantern Summit 2031", ["Lq3Wm8Rt2Ze"]),
        ("Rope Theory", [("Pia Holm", None)], "Candle Days 2030", ["Mr5Xn9Yt3Af"]),
    ]


def test_a_talk_by_two_people_in_a_sentence_names_both() -> None:
    found = talks(
        """
        # Talks

        #### Building Tiny Lanterns
        [[video](https://www.youtube.com/watch?v=Kp4Vn7Xs1Yb)]
        A talk by Ida Brandt and Olu Mensah presented at Harbor Days 2031.

        #### Wick Caches - Pia Holm
        [[video](https://www.youtube.com/watch?v=Lq3Wm8Rt2Ze)]
        It builds on a talk given by Cy Moe and Di Ray at Candle Camp.
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Building Tiny Lanterns", [("Ida Brandt", None), ("Olu Mensah", None)]),
        ("Wick Caches", [("Pia Holm", None)]),
    ]


def test_a_long_line_a_tool_wrapped_goes_on() -> None:
    found = talks(
        """
        # Talks

        ## 2031

        - Olu Mensah: How Bots Decide What You Can Buy and What the Harbor Keepers Buy and How
          Much You'll Pay
        - Cy Moe: [Knots](https://lanterns.example.org/knots.pdf)
        - Di Ray: [Wicks](https://lanterns.example.org/wicks.pdf)
        """
    )
    assert "Much You'll Pay" not in [p.name for t in found for p in t.speakers]


def test_a_month_before_a_talks_linked_line_is_when() -> None:
    found = talks(
        """
        This page holds the slides of our chapter's talks:

        ## 2031

          - December -
          - November - Ida Brandt: [Hunting Lanterns](https://lanterns.example.org/hunting.pdf)
          - September - Pia Holm: [Rope Theory](https://lanterns.example.org/ropes.pdf)

        ## 2030

          - December - Cy Moe: [Knot Caches](https://lanterns.example.org/knots.pdf)
        """
    )
    assert [(t.title, people(t), t.section) for t in found] == [
        ("Hunting Lanterns", [("Ida Brandt", None)], "2031"),
        ("Rope Theory", [("Pia Holm", None)], "2031"),
        ("Knot Caches", [("Cy Moe", None)], "2030"),
    ]


def test_a_talk_cited_with_its_presenters_full_name_in_bold() -> None:
    found = talks(
        """
        # Talks and presentations

        - **Mara Quint**, Olu Bates, Tess Ng. Sparse Maps of Tidal Flats. Coastal Data Symposium. May 2031. ([Talk](https://www.youtube.com/watch?v=Kp4Vn7Xs1Yb))
        - Ivo Dane, **Mara Quint**. Counting Herons from Space. Remote Sensing Seminar. Jan 2030. ([Talk](https://www.slideshare.net/mquint/herons))
        - **Mara Quint**. Linking Lanterns and Wicks at Scale. Harbor Journal Club. Nov 2029. (Talk)
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("Sparse Maps of Tidal Flats", [("Mara Quint", None)], ["Kp4Vn7Xs1Yb"]),
        ("Counting Herons from Space", [("Mara Quint", None)], ["mquint/herons"]),
        ("Linking Lanterns and Wicks at Scale", [("Mara Quint", None)], []),
    ]


def test_hugo_shortcodes_around_a_links_words_leave_the_words() -> None:
    found = talks(
        """
        # Talks

        - [{{< icon "youtube" >}} Lantern Queues {{< icon "link" >}}](https://www.youtube.com/watch?v=Kp4Vn7Xs1Yb) - Ida Brandt (Northwind)
        - [{{% mark %}}Wick Caches{{% /mark %}}](https://www.youtube.com/watch?v=Lq3Wm8Rt2Ze) - Olu Mensah (Acme)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Lantern Queues", [("Ida Brandt", None)]),
        ("Wick Caches", [("Olu Mensah", None)]),
    ]


def test_a_talk_titled_events_is_read() -> None:
    found = talks(
        """
        # Talks

        ## Events

        Speaker: Ida Brandt (Northwind)

        [Slides](https://speakerdeck.com/ida/events)

        ## Quiet Queues

        Speaker: Olu Mensah (Acme)

        [Slides](https://speakerdeck.com/olu/qq)
        """
    )
    assert [t.title for t in found] == ["Events", "Quiet Queues"]


def test_a_name_then_a_colon_in_a_list_of_talks_names_the_speaker() -> None:
    found = talks(
        """
        # Presentaciones

        #### 2031-05-03 - taller online
        - Ida Brandt: Modelos de linternas sin miedo
            - [Vídeo](https://www.youtube.com/watch?v=Kp4Vn7Xs1Yb)

        #### 2031-04-03 - meetup
        - Olu Mensah y Pia Holm: Mapas de mechas con R
            - [Vídeo](https://www.youtube.com/watch?v=Lq3Wm8Rt2Ze)

        ### Lantern Calcite: A Framework for Queues
        [Slides](https://speakerdeck.com/ida/calcite)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Modelos de linternas sin miedo", [("Ida Brandt", None)]),
        ("Mapas de mechas con R", [("Olu Mensah", None), ("Pia Holm", None)]),
        ("Lantern Calcite: A Framework for Queues", []),
    ]


def test_a_slideshow_link_to_a_deck_is_the_talks_slides() -> None:
    found = talks(
        """
        # Lunch talks

        ### 2031-03-01 | "Parsing Clouds" by Ida Brandt

        [:octicons-video-16: Recording](https://youtu.be/Kp4Vn7Xs1Yb),
        [:material-presentation-play: Slideshow](./assets/clouds/slides.pdf)

        ### 2031-04-01 | "Tea Leaves" by Olu Mensah

        [Slideshow](https://lanterns.example.org/tea/slides/)
        """
    )
    assert [[m.id for m in t.slides] for t in found] == [
        ["./assets/clouds/slides.pdf"],
        ["https://lanterns.example.org/tea/slides/"],
    ]


def test_hugos_line_breaks_and_a_date_in_a_title_cell_are_no_title() -> None:
    found = talks(
        """
        # Lecture calendar

        | wk | TOPIC & DATE | SPEAKER |
        | --- | --- | --- |
        | 1 | {{< br >}} [Soil and Stones](https://www.youtube.com/watch?v=Kp4Vn7Xs1Yb) {{< br >}} 3/4/2031 {{< br >}} | Ida Brandt |
        | 2 | {{< br >}} [Tide Pools](https://youtu.be/Lq3Wm8Rt2Ze) {{< br >}} 3/11/2031 {{< br >}} | Olu Mensah |
        """
    )
    assert [t.title for t in found] == ["Soil and Stones", "Tide Pools"]


def test_a_talks_heading_over_its_event_label_on_a_page_of_talks_given() -> None:
    """``### [Title](./talks/…/) (May 2031)`` over ``- **Event:** Harbor Days``, under
    ``## Speaking Engagements``: a talk given at that event, deck or none. A page of
    conferences attended, or a heading that names the event, gives none."""
    page = """
        ## {heading}

        ### [Queues at Scale](./talks/2031.08.05__Harbor__Queues/) (August 2031)

        - **Event:** Harbor Days 2031
        - **Topics:** Queues, Kubernetes

        ### [Parsers by Hand](./talks/2031.06.24__Lumen__Parsers/) (June 2031)

        - **Event:** Lumen Meetup
        - **Topics:** Parsers

        ### Fjord Summit 2031

        - **Event:** Fjord Summit
        - **Topics:** Maps
        """
    given = talks(page.format(heading="Speaking Engagements"))
    assert [t.title for t in given] == ["Queues at Scale", "Parsers by Hand"]
    assert talks(page.format(heading="Conferences I Attended")) == []
    assert talks(page.format(heading="Public speaking tips")) == []
    assert talks(page.format(heading="Volunteering")) == []
    jobs = """
        ## Talks

        ### Senior Developer

        - **Event:** Acme Corp, 2027–2030

        ### Developer

        - **Event:** Beta AS, 2024–2027
        """
    assert talks(jobs) == []  # no day any was given: entries of a résumé


def test_a_dated_entry_that_is_no_talk_is_no_part_of_the_talk_above() -> None:
    """Dated entries, each a paragraph (``**2031-05-02**: …``): an entry read as no talk (two
    sessions written below it) is its own, and its media are not the talk's above it."""
    found = talks(
        """
        ## Previous public events

        **2031-03-13**: [Harbor Days](https://harbor.example/s/1), Oslo, NO - Queues at Scale. [Slides](https://speakerdeck.com/ann/queues)

        **2031-02-14**: [Lumen Conf](https://lumen.example/e/1), Porto, PT - Parsers for Everyone. [Slides](https://speakerdeck.com/ann/parsers) + [video](https://www.youtube.com/watch?v=bbbbbbbbbbb).

        **2030-10-18**: [Fjord Summit 2030](http://fjord.example), Bergen - two sessions:
        **1**: _Maps for All_ [Slides](https://speakerdeck.com/ann/maps) + [Video](https://vimeo.com/111111)
        **2**: _Trees in the Wild_. [Video](https://vimeo.com/222222)
        """
    )
    assert [sorted(media(t)) for t in found[:2]] == [
        ["ann/queues"],
        ["ann/parsers", "bbbbbbbbbbb"],
    ]


def test_a_dated_update_under_a_talk_is_its_own() -> None:
    """``**2031-05-02**: Recording: [video](…)`` under a talk's strong line: a dated note on
    that talk, its recording; no entry of its own."""
    found = talks(
        """
        **[Queues at Scale](https://speakerdeck.com/ann/queues) - Ann Lee**

        An hour on queues and what they hide.

        **2031-05-02**: Recording: [video](https://www.youtube.com/watch?v=aaaaaaaaaaa)

        **[Parsers for Everyone](https://speakerdeck.com/bo/parsers) - Bo Lind**

        Parsers by hand, in an hour.

        **2031-06-02**: Recording: [video](https://www.youtube.com/watch?v=bbbbbbbbbbb)
        """
    )
    assert [sorted(media(t)) for t in found] == [
        ["aaaaaaaaaaa", "ann/queues"],
        ["bbbbbbbbbbb", "bo/parsers"],
    ]


def test_a_remark_that_opens_as_a_sentence_after_a_quoted_title_is_no_name() -> None:
    found = talks(
        """
        ## Seminar series

        * [7th October 2031](https://indico.example.org/event/101/)  Ann Lee (TU Oslo) "Double Descent in Harbor Data"
        * [3rd June 2031](https://indico.example.org/event/104/)  Eve Poe (Uni Bergen) "Maps for Everyone" Joint with the data seminar
        * [2nd May 2031](https://indico.example.org/event/105/)  Bo Lind (MIT) "Uncertainty on Ratios" Cy Moe
        * [1st April 2031](https://indico.example.org/event/106/)  Dee Roe (EPFL) "Profiling Tides"
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Double Descent in Harbor Data", [("Ann Lee", None)], ["TU Oslo"]),
        ("Maps for Everyone", [("Eve Poe", None)], ["Uni Bergen"]),
        ("Profiling Tides", [("Dee Roe", None)], ["EPFL"]),
    ]  # a name after the quote may be a speaker's: that line is left as written
    left = talks(
        """
        ## Seminar series

        * [7th October 2031](https://indico.example.org/event/101/)  Ann Lee (TU Oslo) "Double Descent in Harbor Data"
        * [3rd June 2031](https://indico.example.org/event/104/)  Eve Poe (Uni Bergen) "Maps for Everyone" Jan van Olst
        * [2nd May 2031](https://indico.example.org/event/105/)  Bo Lind (MIT) "Uncertainty on Ratios" Cancelled due to illness
        * [1st April 2031](https://indico.example.org/event/106/)  Dee Roe (EPFL) "Profiling Tides" Joint work with Cy Moe
        * [3rd March 2031](https://indico.example.org/event/107/)  Fay Ng (KTH) "Drifting Buoys"
        * [3rd February 2031](https://indico.example.org/event/108/)  Gil Orr (UCL) "Sparse Loops"
        """
    )
    assert [t.title for t in left] == [
        "Double Descent in Harbor Data",
        "Drifting Buoys",
        "Sparse Loops",
    ]


def test_a_seminars_archive_of_dated_lines_naming_speakers_then_a_quoted_title() -> None:
    """``[7th October 2031](event page) Ann Lee (UCL) "Title"``: the linked day is when
    (no separator after it, the day before its month), the speakers come first with their
    organizations, the title is in quotes (after ``on``, a remark after it in lower case or
    after a comma). Three such lines or more are a seminar's archive, with no media, where
    the page says talks (testimonials, awards and a board's years read so too)."""
    found = talks(
        """
        ## Seminar series

        * [7th October 2031](https://indico.example.org/event/101/)  Ann Lee (TU Oslo) "Double Descent in Harbor Data"
        * [23rd Sept 2031](https://indico.example.org/event/102/) Bo Lind (MIT) and Cy Moe (Acme) on "Uncertainty on Ratios"
        * [1st July 2031](https://indico.example.org/event/103/)  Dee Roe (EPFL): "Profiling Tides", jointly with the data group
        * [3rd June 2031](https://indico.example.org/event/104/)  Eve Poe (Uni Bergen) "Maps for Everyone"  joint seminar with the lab
        * [2nd May 2031](https://indico.example.org/event/105/) Ann Lee (TU Oslo), Bo Lind (MIT), Cy Moe (Uni Padova) and Dee Roe (Harbor Institute) "Tides by Machine"
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Double Descent in Harbor Data", [("Ann Lee", None)], ["TU Oslo"]),
        ("Uncertainty on Ratios", [("Bo Lind", None), ("Cy Moe", None)], ["MIT", "Acme"]),
        ("Profiling Tides", [("Dee Roe", None)], ["EPFL"]),
        ("Maps for Everyone", [("Eve Poe", None)], ["Uni Bergen"]),
        (
            "Tides by Machine",
            [("Ann Lee", None), ("Bo Lind", None), ("Cy Moe", None), ("Dee Roe", None)],
            ["TU Oslo", "MIT", "Uni Padova", "Harbor Institute"],
        ),
    ]
    assert not talks(
        """
        ## Kind words

        * [7th October 2031](https://example.org/c/1) Ann Lee (Acme) "Best workshop I attended this year", via email
        * [9th October 2031](https://example.org/c/2) Bo Lind (Initech) "Clear and friendly", via the form
        * [1st May 2031](https://example.org/c/3) Cy Moe (Oslo Univ.) "Worth every minute"
        """
    )
    assert not talks(
        """
        * [2029](https://club.example.org/board-2029) Ann Lee - Chair
        * [2030](https://club.example.org/board-2030) Bo Lind - Treasurer
        * [2031](https://club.example.org/board-2031) Cy Moe - Secretary
        """
    )


@pytest.mark.parametrize(
    "heading", ["## 📚 Learn More", "## Learn more", "## 🗣️ Conference Talks and Blog Posts"]
)
def test_a_readmes_heading_that_says_nothing_of_its_talks_is_no_section(heading: str) -> None:
    """``## 📚 Learn More`` over a README's table of talks: the heading says nothing of
    them, so they have no section (nor under talks "and blog posts")."""
    found = talks(
        f"""
        {heading}

        | Event | Speaker | Title | Link |
        |---|---|---|---|
        | Harbor Con 2031 | Ann Lee | Sharding the Queue | [Watch](https://www.youtube.com/watch?v=aaaaaaaaaaa) |
        | Lumen Summit 2031 | Bo Lind | Parsers by Hand | [Watch](https://www.youtube.com/watch?v=bbbbbbbbbbb) |
        """
    )
    assert [(t.title, t.section) for t in found] == [
        ("Sharding the Queue", None),
        ("Parsers by Hand", None),
    ]


def test_a_countrys_code_after_an_organization_in_parentheses_is_no_part_of_it() -> None:
    """``Ann Lee (KTH, SE)``: the organization is KTH, the code after it its country's; a
    legal form written so stays (``(Lumen, AG)``), and so do two letters no country has
    (``(Northwind, HP)``: a second company)."""
    found = talks(
        """
        ## Queues at Scale
        **Speaker:** Ann Lee, Bo Lind (Harbor Institute/RISE, SE)

        [Slides](https://ann.example.org/queues.pdf)

        ## Parsers by Hand
        **Speaker:** Cy Moe (KTH, SE)

        [Slides](https://ann.example.org/parsers.pdf)

        ## Maps for All
        **Speaker:** Dee Roe (Lumen, AG)

        [Slides](https://ann.example.org/maps.pdf)

        ## Tides by Machine
        **Speaker:** Eve Poe (Northwind, HP)

        [Slides](https://ann.example.org/tides.pdf)
        """
    )
    assert [(t.title, orgs(t)) for t in found] == [
        ("Queues at Scale", ["Harbor Institute", "RISE"]),  # two, apart by a slash
        ("Parsers by Hand", ["KTH"]),
        ("Maps for All", ["Lumen, AG"]),
        ("Tides by Machine", ["Northwind, HP"]),
    ]


def test_a_jekyll_include_names_its_video_by_vid() -> None:
    """``{% include youtube.html vid="…" %}`` under a talk's heading: the recording, by the
    id the theme's include takes."""
    found = talks(
        """
        ## Recordings

        ### Caching Tides, Ann Lee

        {% include youtube.html vid="aaaaaaaaaaa" %}

        ### Parsers by Hand, Bo Lind

        {% include youtube.html vid="bbbbbbbbbbb" %}
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Caching Tides", ["aaaaaaaaaaa"]),
        ("Parsers by Hand", ["bbbbbbbbbbb"]),
    ]


def test_a_quoted_title_then_its_event_in_parentheses_is_a_talk_given() -> None:
    """``### "Title" (Harbor Meetup 2019)`` over its player, among headings of videos: an
    event of talks named by its words and its year says a talk was given there, so the
    section is one of talks, not of videos (``(Acme Books 1965)``, a film festival, name
    none, and a title that names the event is its own video; a podcast's episode in
    parentheses is no talk)."""
    found = talks(
        """
        ## Videos

        ### "Caching Tides" (Harbor Meetup 2019)

        {% include video id="aaaaaaaaaaa" provider="youtube" %}

        ### "Parsers by Hand" (Lumen 2020)

        {% include video id="bbbbbbbbbbb" provider="youtube" %}

        ### "Maps for All" (Fjord 2021)

        {% include video id="ccccccccccc" provider="youtube" %}
        """
    )
    assert [t.title for t in found] == ["Caching Tides", "Parsers by Hand", "Maps for All"]
    with_episode = talks(
        """
        ## Videos

        ### "Caching Tides" (Harbor Meetup 2019)

        {% include video id="aaaaaaaaaaa" provider="youtube" %}

        ### "Behind the Harbor" (The Harbor Podcast, episode 39, 2031)

        {% include video id="bbbbbbbbbbb" provider="youtube" %}

        ### "Parsers by Hand" (Lumen Conf 2020)

        {% include video id="ccccccccccc" provider="youtube" %}
        """
    )
    assert [t.title for t in with_episode] == ["Caching Tides", "Parsers by Hand"]
    assert not talks(
        """
        ## Videos

        ### "Dune" (Acme Books 1965)

        {% include video id="aaaaaaaaaaa" provider="youtube" %}

        ### "Solaris" (Walker Books 1961)

        {% include video id="bbbbbbbbbbb" provider="youtube" %}

        ### "Hyperion" (Doubleday 1989)

        {% include video id="ccccccccccc" provider="youtube" %}
        """
    )
    assert not talks(
        """
        ## Films

        ### "The Quiet Harbor" (Cannes Film Festival 2012)

        {{< youtube aaaaaaaaaaa >}}

        ### "Paper Owls" (Berlin Film Festival 2015)

        {{< youtube bbbbbbbbbbb >}}

        ### "Harbor Meetup in 3 minutes" (Harbor Meetup 2019)

        {{< youtube ccccccccccc >}}
        """
    )


def test_a_quoted_title_at_any_event_linked_under_slides_is_its_deck() -> None:
    """Under ``## Slides``, a title's own link is its deck wherever it points (the page's
    own folders, ``./harbor14/``), so any event with its year is where it was given."""
    page = """
        ## {heading}

        * ["Caching Tides" @ Harbor Faire Oslo 2014](./harborfaire14/) on July 5th 2014 (german slides)
        * ["Caching Tides" @ Fjord Days 2013](./fjord13/) on September 21st 2013 (english slides)
        """
    found = talks(page.format(heading="Slides"))
    assert [(t.title, media(t)) for t in found] == [
        ("Caching Tides", ["./harborfaire14/"]),
        ("Caching Tides", ["./fjord13/"]),
    ]
    assert talks(page.format(heading="Photos")) == []


def test_a_linked_quoted_title_at_its_event_then_its_day() -> None:
    """``["Title" at Harbor Conf 2021](deck.pdf) on October 27th 2021 (in English)``: the
    quoted words are the title, the event after ``at`` or ``@`` where it was given (an
    event of talks by its words or its number; any event with its year for a deck in a
    folder of slides), the day after ``on`` when; the remarks stay on the page. A file's
    day, a concert at a festival, and names after the event are no such line."""
    found = talks(
        """
        ## Slides

        * ["Caching Tides" at Harbor Conf 2021](../slides/tides.pdf) on October 27th 2021 (english talk, english slides)
        * ["Owls at Night" at LUMEN2020](../slides/owls.pdf) on June 7th 2020 (english talk)
        * ["Maps for All" @ Fjord Meetup #77](../slides/maps.pdf) on January 11th 2016 (german language)
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Caching Tides", ["../slides/tides.pdf"]),
        ("Owls at Night", ["../slides/owls.pdf"]),
        ("Maps for All", ["../slides/maps.pdf"]),
    ]
    assert not talks(
        """
        - [Git cheat sheet](sheets/git.pdf) on March 3rd 2031
        - [Vim cheat sheet](sheets/vim.pdf) on June 7th 2030
        - [Tmux cheat sheet](sheets/tmux.pdf) on May 1st 2030
        """
    )
    assert not talks(
        """
        # Live recordings

        - ["Blue Harbor" at Lumen Festival 2031](https://www.youtube.com/watch?v=aaaaaaaaaaa) on June 28th 2031 (full set)
        - ["Paper Owls" at Fjord Festival 2030](https://www.youtube.com/watch?v=bbbbbbbbbbb) on July 5th 2030 (encore)
        - ["Night Ferry" at Harbor Jazz Fest 2029](https://www.youtube.com/watch?v=ccccccccccc) on August 1st 2029
        """
    )
    named = talks(
        """
        ## Slides

        - ["Caching Tides" at Harbor Conf 2031 by Bo Lind](slides/tides.pdf)
        - ["Parsers by Hand" at Lumen Summit 2030 (Cy Moe)](slides/parsers.pdf)
        """
    )
    assert [people(t) for t in named] == [[("Bo Lind", None)], [("Cy Moe", None)]]


def test_a_headings_speaker_in_parentheses_with_an_honorific() -> None:
    """``## Title (김민수님)``, ``## Title（田中さん）``: an attendee's notes of each talk
    under its heading, no media; the name the honorific follows is the speaker, and such
    headings, most of the page's, are its talks (a name without spaces is in full there),
    where the page says talks; travel notes under ``(부모님)`` or recipes under
    ``（お母さん）`` name no speaker."""
    found = talks(
        """
        # 하버 개발자 모임 2031

        ## 소개

        모임에서 들은 발표들을 요약한 문서입니다.

        ## Queues at Scale (김민수님)

        - 요약 하나

        ## Parsers by Hand (이서연님)

        - 요약 둘

        ## Maps for All（田中さん）

        - 요약 셋
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Queues at Scale", [("김민수", None)]),
        ("Parsers by Hand", [("이서연", None)]),
        ("Maps for All", [("田中", None)]),
    ]
    assert not talks(
        """
        # 제주도 여행

        ## 제주도 첫째 날 (부모님)

        - 바다를 봤다

        ## 제주도 둘째 날 (선생님)

        - 산에 올랐다
        """
    )
    assert not talks(
        """
        # 家のレシピ

        ## 肉じゃが（お母さん）

        - じゃがいも

        ## カレー（お父さん）

        - にんじん
        """
    )


def test_a_byline_of_names_then_an_em_dash_and_their_affiliation() -> None:
    """``### Title`` over ``Ann Lee — Senior Vice-President, Corporate Strategy, Harbor
    Institute<br/>`` and the day: the speakers before the dash; after a role, a department
    between, then the organizations known by their words (a last word alone the place of
    the one before, ``University of California, Davis``), none where a part is not one
    (``Washington, DC``). Words after the dash that are no affiliation (a title, a room, a
    co-speaker) make no such byline."""
    found = talks(
        """
        ## Spring 2031

        ### Owls in the Night
        Ann Lee — Managing Director, Network & Fleet Strategy, Harbor Institute<br/>
        Friday, March 13, 2031, at 12:00pm

        ### Queues at Scale
        Bo Lind & Cy Moe — Harbor University, Volpe Institute<br/>
        Friday, February 13, 2031, at 12:00pm

        ### Parsers by Hand
        Dee Roe — Associate Professor, University of California, Davis<br/>
        Friday October 19, 2031, at 12:00pm

        ### Maps for All
        Eve Poe — Senior Fellow, Lumen Institution, Washington, DC<br/>
        Thursday September 13, 2031, at 12:00pm
        """
    )
    assert [(t.title, [p.name for p in t.speakers], orgs(t)) for t in found] == [
        ("Owls in the Night", ["Ann Lee"], ["Harbor Institute"]),
        ("Queues at Scale", ["Bo Lind", "Cy Moe"], ["Harbor University", "Volpe Institute"]),
        ("Parsers by Hand", ["Dee Roe"], ["University of California, Davis"]),
        ("Maps for All", ["Eve Poe"], []),
    ]
    assert not talks(
        """
        ### Session 1
        Ann Lee – Building Queues at Scale<br/>
        Friday, March 13, 2031, at 12:00pm

        ### Session 2
        Bo Lind – Room B, Building 3<br/>
        Friday, March 20, 2031, at 12:00pm
        """
    )


def test_a_seminars_items_name_the_speaker_then_the_title_in_emphasis() -> None:
    """``- [Ann Lee](…) (Oslo Univ.) _Title_ (27/5/2031 2pm in person)``, the title maybe on
    the next line and its day on the one after: the speakers, named in full, then the
    title in emphasis, then the day; three such items or more, on a page that says
    seminars, are its talks, with no media (testimonials written so are none)."""
    found = talks(
        """
        ---
        title: Research Seminar
        ---

        ### Past Events

        - [Ann Lee](https://ann.example.org/) (Oslo Univ.)
        _Caching Tides in Harbors_
        (27/5/2031 2pm **in person**)<br />
        We look at tides.

        - [Bo Lind](https://bo.example.org/) (TU Wien) _Parsers by Hand_ (6/6/2030 **in person**)<br/>
        We look at parsers.

        - **Cy Moe** (Sorbonne University) _Maps for Everyone_ (22/11/2029, 3.30pm, **in person**)
        """,
        path="seminar.md",
    )
    assert [(t.title, [p.name for p in t.speakers], orgs(t)) for t in found] == [
        ("Caching Tides in Harbors", ["Ann Lee"], ["Oslo Univ."]),
        ("Parsers by Hand", ["Bo Lind"], ["TU Wien"]),
        ("Maps for Everyone", ["Cy Moe"], ["Sorbonne University"]),
    ]
    assert not talks(
        """
        ## Kind words

        - [Ann Lee](https://ann.example.org/) (Acme) _Best workshop of the year_ (7/10/2031)
        - [Bo Lind](https://bo.example.org/) (Initech) _Clear and friendly_ (9/10/2031)
        - **Cy Moe** (Oslo Univ.) _Worth every minute_ (1/5/2031)
        """
    )
    assert not talks(
        """
        # Our speakers

        Meet the people behind our talks.

        - [Ann Lee](https://ann.example.org/) (Acme) _Senior Engineer_ (12/3/2031)
        - [Bo Lind](https://bo.example.org/) (Initech) _Data Scientist_ (2/4/2031)
        - [Cy Moe](https://cy.example.org/) (Oslo Univ.) _Research Fellow_ (1/5/2031)
        """
    )


def test_a_dated_line_names_its_speaker_then_a_colon_and_the_title() -> None:
    """``- September - Ann Lee: Title`` under its year, ``- 2031-09-12 - Ann Lee: Title``: the
    day, the speaker named in full before a colon, then the title, no link needed; a title
    wrapped by a tool goes on on the next line. A title marked whole (``2031: *Harbor APIs:
    An Overview*``) names no one before its colon."""
    found = talks(
        """
        # Meetup archive

        Slides from our meetings.

        ## 2031

        - September - Ann Lee: Why are we still talking about caching tides in
          the harbor?
        - August - Bo Lind: Parsers by Hand, Once More
        - 2031-07-11 - Cy Moe: Maps for Everyone Today
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Why are we still talking about caching tides in the harbor?", ["Ann Lee"]),
        ("Parsers by Hand, Once More", ["Bo Lind"]),
        ("Maps for Everyone Today", ["Cy Moe"]),
    ]
    marked = talks(
        """
        ## Talks

        * 2031: *Harbor APIs: An Overview of Tools*. [PDF](slides/2031_harbor.pdf)
        * 2030: *Lumen Queues: A Primer*. [PDF](slides/2030_lumen.pdf)
        """
    )
    assert [list(t.speakers) for t in marked] == [[], []]


def test_titles_with_a_colon_in_a_list_that_names_no_one_keep_it() -> None:
    """Two of six dated items whose titles have a colon after two capitalised words
    (``Tidal Cartography: Mapping Harbors``) name no speaker: in a list that names no one
    else, a colon is the title's own unless most items are cut there."""
    found = talks(
        """
        # Presentations

        ## 2031

        - 2031-05-02: [Tidal Cartography: Mapping Harbors from Orbit, Lumen Symposium](https://files.example.org/tidal.pdf)
        - 2031-03-14: [Quiet Queues under Load](https://files.example.org/queues.pdf)

        ## 2030

        - 2030-11: [Cache-Bound Drift: Measuring Small Caches at Scale](https://files.example.org/drift.pdf)
        - 2030-06: [Parsers by Hand for Large Logs](https://files.example.org/parsers.pdf)
        - 2030-02: [Folding Maps for Everyone](https://files.example.org/maps.pdf)
        - 2030-01: [Lumen Streams in Practice](https://files.example.org/streams.pdf)
        """
    )
    assert [(t.title, list(t.speakers)) for t in found][:3] == [
        ("Tidal Cartography: Mapping Harbors from Orbit", []),
        ("Quiet Queues under Load", []),
        ("Cache-Bound Drift: Measuring Small Caches at Scale", []),
    ]


def test_slideshares_language_hosts_hold_decks() -> None:
    found = talks(
        """
        ### 2031

        * [Ann Lee - Filas na prática](http://pt.slideshare.net/annlee/filas-na-pratica)
        * [Bo Lind - Colas de verdad](https://es.slideshare.net/bolind/colas-de-verdad)
        * [Cy Moe - 待ち行列の実際](https://jp.slideshare.net/cymoe/queues-jp)
        """
    )
    assert [media(t) for t in found] == [
        ["annlee/filas-na-pratica"],
        ["bolind/colas-de-verdad"],
        ["cymoe/queues-jp"],
    ]


def test_the_sentences_dot_after_a_linked_title_is_no_part_of_it() -> None:
    found = talks(
        """
        # Conference recap

        **We also heard talks on learning with Harbor:**

        * Ann Lee: [Things I learnt from the new docs](https://youtu.be/aaaaaaaaaaa).
        * Bo Lind: [Learning in the Browser](https://youtu.be/bbbbbbbbbbb).
        * Cy Moe: [The ROI of Design, etc.](https://youtu.be/ccccccccccc).
        * Di Ray: [Hiring in the U.S](https://youtu.be/ddddddddddd).
        * Eli Wu: [Wait for It](https://youtu.be/eeeeeeeeeee)...
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Things I learnt from the new docs", ["aaaaaaaaaaa"]),
        ("Learning in the Browser", ["bbbbbbbbbbb"]),
        ("The ROI of Design, etc.", ["ccccccccccc"]),  # the link's own dot stays
        ("Hiring in the U.S.", ["ddddddddddd"]),  # an abbreviation's dot, after the link
        ("Wait for It...", ["eeeeeeeeeee"]),
    ]


def test_a_title_linked_to_a_gitpitch_deck_links_its_slides() -> None:
    found = talks(
        """
        * [Harbor Meetup 40](https://www.meetup.com/harbor/events/40/)
          * Ann Lee on [Queues in the Wild](https://gitpitch.com/annlee/queues?p=harbor#/)
          * Bo Lind on [Parsers by Hand](https://speakerdeck.com/bo/parsers)
          * [Cy Moe](https://twitter.com/cymoe) on [Maps for Everyone](https://www.youtube.com/watch?v=ccccccccccc)
        """
    )
    assert [media(t) for t in found] == [
        ["https://gitpitch.com/annlee/queues?p=harbor#/"],
        ["bo/parsers"],
        ["ccccccccccc"],
    ]
    assert not talks(
        """
        # Blog

        Our latest posts:

        * [Ten Tips for Better Slides](https://gitpitch.com/blog/ten-tips)
        * [Announcing Offline Mode](https://gitpitch.com/blog/offline)
        * [Our Roadmap for 2031](https://gitpitch.com/blog/roadmap)
        """
    )  # the host's own pages, no one's deck


def test_a_developer_group_or_a_user_group_before_a_linked_title_is_where() -> None:
    found = talks(
        """
        ## 2031

        * GDG Oslo - [Small Caches in Practice](https://speakerdeck.com/ann/caches)
        * Harbor Summit 2031 - [Maps for Everyone](https://speakerdeck.com/ann/maps)
        * Lumen JUG - [Queues without fear](https://speakerdeck.com/ann/queues)
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("Small Caches in Practice", [], ["ann/caches"]),
        ("Maps for Everyone", [], ["ann/maps"]),
        ("Queues without fear", [], ["ann/queues"]),
    ]


def test_an_icon_inside_a_links_text_names_its_media() -> None:
    found = talks(
        """
        ## 2031

        * Harbor Summit 2031 - [<i class="fab fa-slideshare"></i> Small Caches in Practice](http://bit.ly/small-caches)
        * GDG Oslo - [<i class="fab fa-slideshare"></i> Discovering Queue Contracts](http://bit.ly/queue-contracts) [<i class="fab fa-youtube"></i> Video](https://www.youtube.com/watch?v=aaaaaaaaaaa)
        * Lumen Days - [<i class="fab fa-youtube"></i> Maps for Everyone](http://bit.ly/maps-video)
        * Ann Lee - [<i class="fab fa-slideshare"></i> Parsers by Hand](http://bit.ly/parsers-by-hand)
        """
    )
    assert [(t.title, people(t), media(t), len(t.videos)) for t in found] == [
        ("Small Caches in Practice", [], ["http://bit.ly/small-caches"], 0),
        (
            "Discovering Queue Contracts",  # a title in capitals, a deck by its icon
            [],
            ["aaaaaaaaaaa", "http://bit.ly/queue-contracts"],
            1,
        ),
        ("Maps for Everyone", [], ["http://bit.ly/maps-video"], 1),
    ]  # "Ann Lee - […](…)": a name before the dash is no place the talk was given at


def test_talks_whose_descriptions_each_open_with_who_presents_them_name_them() -> None:
    """Three talks or more that name their speakers only as their descriptions' first
    words (``Ann Lee presents …``): the page's way, each names hers so; two do not (a name in
    a description may be a product's or a host's)."""
    page = """
        # Presentations

        ## Harbor Webinar 2031

        Ann Lee demonstrates how to move a queue to the cloud.

        [Video](https://www.youtube.com/watch?v=aaaaaaaaaaa)

        ## Lumen Days 2031

        Bo Lind presents an introduction to sharded caches.

        [Slides](https://speakerdeck.com/bo/caches)

        ## Fjord Summit 2030

        Cy Moe and Di Ray present a three hour workshop on maps.

        [Video](https://www.youtube.com/watch?v=bbbbbbbbbbb)
        """
    found = talks(page)
    assert [people(t) for t in found] == [
        [("Ann Lee", None)],
        [("Bo Lind", None)],
        [("Cy Moe", None), ("Di Ray", None)],
    ]
    two = talks(page.split("## Fjord Summit")[0])
    assert [people(t) for t in two] == [[], []]


def test_a_document_viewer_in_a_frame_shows_the_talks_deck() -> None:
    found = talks(
        """
        # Talks

        ## Harbor Summit 2031

        Ann Lee presents an introduction to queues for database people.

        <iframe src = "/ViewerJS/#../files/2031-ann-harbor.pdf" width=100% height=auto allowfullscreen></iframe>

        ## Lumen Days 2031

        **Queues in Practice**

        Bo Lind talks about his first months with queues.

        <iframe src="/ViewerJS/#../files/2031-bo-lumen.pdf" width=100%></iframe>

        **Sharded Caches**

        Cy Moe presents an overview of sharded caches.

        <iframe src="/ViewerJS/#../files/2031-cy-lumen.pdf" width=100%></iframe>
        """
    )
    assert [(t.title, t.section, [s.url for s in t.slides]) for t in found] == [
        ("Harbor Summit 2031", None, ["/ViewerJS/#../files/2031-ann-harbor.pdf"]),
        ("Queues in Practice", "Lumen Days 2031", ["/ViewerJS/#../files/2031-bo-lumen.pdf"]),
        ("Sharded Caches", "Lumen Days 2031", ["/ViewerJS/#../files/2031-cy-lumen.pdf"]),
    ]
    assert not talks(
        """
        # Documents

        ## Bylaws

        Our bylaws, as adopted in 2031:

        <iframe src="/ViewerJS/#../files/bylaws.pdf" width=100%></iframe>

        ## Annual Report 2031

        <iframe src="../files/annual-report-2031.pdf" width=100%></iframe>
        """
    )  # a page that says no talks: a PDF in a frame is a document


def test_icons_of_lessons_of_any_video_or_of_a_channel_name_no_talks_media() -> None:
    assert not talks(
        """
        # Teaching

        - [<i class="fas fa-chalkboard-teacher"></i> Data Structures (Fall 2031)](/teaching/ds/)
        - [<i class="fas fa-chalkboard-teacher"></i> Operating Systems (Spring 2031)](/teaching/os/)
        - Spring 2030 - [<i class="fas fa-chalkboard"></i> Networks Lab](/teaching/networks/)
        """
    )
    assert not talks(
        """
        ## 2031

        * March 12 - [<i class="fa fa-film"></i> Movie night recap](/blog/2031/movie-night/)
        * February 3 - [<i class="fa fa-video"></i> Our new studio setup](/blog/2031/studio/)
        * Follow me - [<i class="fab fa-youtube"></i> YouTube](https://www.youtube.com/@annlee)
        """
    )


def test_a_group_a_speaker_belongs_to_is_no_place_and_a_surname_no_group() -> None:
    found = talks(
        """
        ## 2031

        * Marta Jug - [Sailing Through Schemas](https://speakerdeck.com/marta/schemas)
        * Bo Lind - [Parsers by Hand](https://speakerdeck.com/bo/parsers)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Sailing Through Schemas", [("Marta Jug", None)]),
        ("Parsers by Hand", [("Bo Lind", None)]),
    ]
    found = talks(
        """
        ## 2031

        * Harbor Summit 2031 - [Maps for Everyone](https://speakerdeck.com/ann/maps)
        * Rolf Skerry (Quayside JUG) - [Isobars in Monitoring](https://speakerdeck.com/rolf/isobars)
        """
    )
    assert all(people(t) for t in found if t.title == "Isobars in Monitoring")


def test_a_description_that_opens_with_a_speaker_of_the_page_names_her() -> None:
    found = talks(
        """
        # Talks

        ## Harbor Summit 2031

        - [Queues at Sea](https://www.youtube.com/watch?v=aaaaaaaaaaa) - Ann Lee & Bo Lind, Acme
        - [Maps for Everyone](https://www.youtube.com/watch?v=bbbbbbbbbbb) - Cy Moe, Acme

        ## Lumen Days 2031

        Ann Lee presents an overview of queues for database people.

        [Video](https://www.youtube.com/watch?v=ccccccccccc)

        ## Fjord Days 2031

        Bo Lind and Cy Moe demonstrate how caches are sharded.

        [Slides](https://speakerdeck.com/bo/caches)

        ## Tide Days 2031

        Ada Lovelace described the first algorithm; Dee Roe revisits her notes.

        [Slides](https://speakerdeck.com/dee/notes)
        """
    )
    assert [(t.title, people(t)) for t in found][2:] == [
        ("Lumen Days 2031", [("Ann Lee", None)]),
        ("Fjord Days 2031", [("Bo Lind", None), ("Cy Moe", None)]),
        ("Tide Days 2031", []),  # a historian's subject, a speaker nowhere else
    ]
    products = talks(
        """
        # Talks

        ## Harbor Summit 2031

        - [Queues at Sea](https://www.youtube.com/watch?v=aaaaaaaaaaa) - Ann Lee, Acme

        ## Fjord Days 2031

        Red Hat presents its roadmap for clusters.

        [Slides](https://speakerdeck.com/fjord/heal)
        """
    )
    assert [(t.title, people(t)) for t in products][1:] == [("Fjord Days 2031", [])]
    hosted = talks(
        """
        # Talks

        ## Harbor Summit 2031

        - [Queues at Sea](https://www.youtube.com/watch?v=aaaaaaaaaaa) - Ann Lee, Acme

        ## Fjord Days 2031

        Ann Lee presents the panel and keeps time while three guests debate queues.

        [Video](https://www.youtube.com/watch?v=ddddddddddd)

        ## Tide Days 2031

        Ann Lee talks about queues every year, so this time our CTO answers her.

        [Video](https://www.youtube.com/watch?v=eeeeeeeeeee)
        """
    )
    assert [people(t) for t in hosted][1:] == [[], []]  # a host's, a habit's sentence


def test_an_event_named_for_developers_after_a_dash_is_where_not_a_role() -> None:
    found = talks(
        """
        # Talks

        Slides & code for my talks.

        - [Queues at Sea](./2031-05-02) - Harbor Developer Conference
        - [Kites in Winter](./2031-04-11) - Lumen Days
        - [Maps for Everyone](./2031-03-09) - Fjord Summit
        - [Parsers by Hand](./2031-02-01) - Senior Engineer
        - [Senior Developer Advocate](./jobs/101) - Developer Conference Team
        """
    )
    assert "Senior Developer Advocate" not in [t.title for t in found]  # a role, a job
    assert [(t.title, people(t), media(t)) for t in found][:3] == [
        ("Queues at Sea", [], ["./2031-05-02"]),
        ("Kites in Winter", [], ["./2031-04-11"]),
        ("Maps for Everyone", [], ["./2031-03-09"]),
    ]


def test_a_list_under_speakers_and_topics_names_each_speaker_first() -> None:
    page = """
        ## Lightning Talks (2031.5.15)

        Speakers and Topics:

        - Ada Vos: A Case Study on Queues
        - Bo Lind - Parsers by Hand
        - Cy Moe: Using WebSockets in Practice
        """
    found = talks(page)
    assert [(t.title, people(t)) for t in found] == [
        ("A Case Study on Queues", [("Ada Vos", None)]),
        ("Parsers by Hand", [("Bo Lind", None)]),
        ("Using WebSockets in Practice", [("Cy Moe", None)]),
    ]
    # a line that says no such thing leaves the list as written
    assert talks(page.replace("Speakers and Topics:", "What we talked about:")) == []


@pytest.mark.parametrize(
    "item",
    [
        "- Coffee Break - Snacks and drinks",  # a break
        "- Main Hall: Keynotes and plenaries",  # a room
        "- Harbor Labs: Hiring in Data",  # a company
        "- Di Ray - Stockholm",  # where she joins from
        "- Di Ray: Welcome and intro",  # a host's part
        "- Di Ray - To be announced",
    ],
)
def test_a_speakers_and_topics_list_with_an_item_written_otherwise_stays(item: str) -> None:
    page = """
        ## Lightning Talks (2031.5.15)

        Speakers and Topics:

        - Ada Vos: A Case Study on Queues
        ITEM
        - Bo Lind - Parsers by Hand
        """
    assert talks(page.replace("ITEM", item)) == []


DELIVERIES = """
---
title: Talks
---
A list of the slides hosted on this site.

 * Queues at the harbor: a field guide
   * [Preview @Harbor-Meetup](/slides/2031-09-queues-harbor/) (2031-09-24)
   * [Talk @HarborConf 2031](/slides/2031-10-queues-conf/) (2031-10-09)
 * Parsers by hand
   * [Lightning talk, internal meeting](/slides/2032-03-parsers/) (2032-03-18)
"""


def test_a_title_over_the_times_it_was_given_is_a_talk_each_time() -> None:
    found = talks(DELIVERIES)
    assert [(t.line, t.title, media(t), t.section) for t in found] == [
        (7, "Queues at the harbor: a field guide", ["/slides/2031-09-queues-harbor/"], None),
        (8, "Queues at the harbor: a field guide", ["/slides/2031-10-queues-conf/"], None),
        (10, "Parsers by hand", ["/slides/2032-03-parsers/"], None),
    ]
    # decks on a host of decks, on any page: the same titles
    hosted = DELIVERIES.replace("/slides/", "https://speakerdeck.com/ann/")
    assert [t.title for t in talks(hosted.replace("title: Talks", "title: Notes"))] == [
        t.title for t in found
    ]


def test_talks_nested_under_their_group_keep_their_titles() -> None:
    found = talks(
        DELIVERIES.replace("/slides/", "https://speakerdeck.com/ann/")
        .replace("Preview @Harbor-Meetup", "Tides and queues")
        .replace("Talk @HarborConf 2031", "Harbors of the north")
    )
    assert [(t.title, t.section) for t in found][:2] == [
        ("Tides and queues", "Queues at the harbor: a field guide"),
        ("Harbors of the north", "Queues at the harbor: a field guide"),
    ]


def test_a_root_path_out_of_the_slides_folder_is_no_deck() -> None:
    assert talks(DELIVERIES.replace("/slides/", "/blog/")) == []


@pytest.mark.parametrize("outer", ["2031", "Ann Lee", "In English", "Conferences", "Where I spoke"])
def test_a_group_over_deliveries_is_no_title(outer: str) -> None:
    page = DELIVERIES.replace("/slides/", "https://speakerdeck.com/ann/").replace(
        "Queues at the harbor: a field guide", outer
    )
    assert outer not in [t.title for t in talks(page)]


def test_a_delivery_with_no_title_over_it_is_no_talk() -> None:
    page = DELIVERIES.split(" * Queues")[0] + (
        " * [Talk @Harbor-Meetup](/slides/2031-09-queues-harbor/) (2031-09-24)\n"
        " * [Talk @HarborConf 2031](/slides/2031-10-queues-conf/) (2031-10-09)\n"
        " * [Preview @Lumen Days](/slides/2031-11-queues-lumen/) (2031-11-09)\n"
    )
    assert talks(page) == []


@pytest.mark.parametrize(
    "item",
    [
        "Ada Vos - CTO",  # who she is
        "Ada Vos - Harbor Labs",  # where she works
        "Ada Vos - Fernwick University",
        "Week 3 - Ada Vos",  # when
        "Moderation - Ada Vos",  # a part of the evening's running
    ],
)
def test_items_under_talks_that_name_no_topic_are_no_talks(item: str) -> None:
    page = f"""
        ## Talks

        * {item}
        * {item.replace("Ada Vos", "Bo Lind")}
        """
    assert talks(page) == []


def test_a_sentence_that_ends_naming_media_before_a_lone_link_labels_it() -> None:
    found = talks(
        """
        # Notes de la journée

        ### Des files sans peine, par Ana Paz (Northwind)

        Ana nous parle de files d'attente.

        Plus d'infos, de code et de démos sur les slides : [https://ana.example/files/](https://ana.example/files/)

        ### Cartes pour tous, par Bo Lind (Acme)

        Retrouvez la vidéo ici : [https://bo.example/cartes](https://bo.example/cartes)

        ### Petits caches, par Cy Moe (Globex)

        The demo reuses ideas from these slides: [a talk](https://cy.example/other) and a paper.
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Des files sans peine", ["https://ana.example/files/"]),
        ("Cartes pour tous", ["https://bo.example/cartes"]),
        ("Petits caches", []),
    ]


def test_a_sentence_naming_media_before_another_talk_s_title_labels_nothing() -> None:
    found = talks(
        """
        # Notes de la journée

        ### Des files sans peine, par Ana Paz (Northwind)

        Je n'ai pas aimé la vidéo : [Une autre conférence](https://www.youtube.com/watch?v=aaaaaaaaaaa)

        ### Cartes pour tous, par Bo Lind (Acme)

        Pour aller plus loin, lisez les slides : [Cartes et tuiles expliquées](https://cy.example/tuiles)

        ### Petits caches, par Cy Moe (Globex)

        Puedes ver las diapositivas aquí: [enlace](https://cy.example/caches)
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Des files sans peine", []),
        ("Cartes pour tous", []),
        ("Petits caches", ["https://cy.example/caches"]),
    ]


def test_a_slideshow_link_beside_a_talks_other_links_is_its_deck_where_it_links_one() -> None:
    """``[Slideshow](….pdf)`` among a talk's recording and discussion links is its deck; a
    slideshow of a page that is no deck's (an album) is not."""
    found = talks(
        """
        ## Past talks

        - **2031-06-12 | "Queues at Sea" by Ann Lee**

            - [Recording](https://youtu.be/aaaaaaaaaaa), [Slideshow](./assets/queues/sea.pdf), [Discussion](https://github.com/harbor/lunch/issues/3)

        - **2031-02-25 | "Parsers by Hand" by Bo Lind**

            - [Recording](https://youtu.be/bbbbbbbbbbb), [Slideshow](https://photos.example.org/album/lunch), [Discussion](https://github.com/harbor/lunch/issues/4)

        - **2031-03-14 | "Maps for Everyone" by Cy Moe**

            - [Recording](https://youtu.be/ccccccccccc), [Slideshow](https://club.example.de/fotos/2031-03-14-abend.pdf), [Forum](https://forum.example.de/t/maps/9)

        - **2031-04-11 | "Tiny Queues" by Di Park**

            - [Recording](https://youtu.be/ddddddddddd), [Slideshow](https://www.slideshare.net/dipark/tiny-queues), [Forum](https://forum.example.de/t/queues/10)

        - **2031-05-09 | "Quiet Queues" by Eli Roth**

            - [Recording](https://youtu.be/eeeeeeeeeee), [Slideshow](https://www.slideshare.net/slideshow/quiet-queues/123456), [Forum](https://forum.example.de/t/quiet/11)

        - **2031-06-13 | "Summer Maps" by Fay Wu**

            - [Recording](https://youtu.be/fffffffffff), [Slideshow](https://club.example.org/gallery/maps.pdf), [Forum](https://forum.example.de/t/maps/12)
        """
    )
    assert [(t.title, sorted(media(t))) for t in found] == [
        ("Queues at Sea", ["./assets/queues/sea.pdf", "aaaaaaaaaaa"]),
        ("Parsers by Hand", ["bbbbbbbbbbb"]),
        ("Maps for Everyone", ["ccccccccccc"]),  # the evening's photos, as a PDF
        ("Tiny Queues", ["ddddddddddd", "dipark/tiny-queues"]),
        ("Quiet Queues", ["123456", "eeeeeeeeeee"]),
        ("Summer Maps", ["fffffffffff"]),  # the evening's gallery, as a PDF
    ]


def test_names_first_with_where_each_works_in_parentheses_then_a_dash_and_the_title() -> None:
    """``Ann Lee (MIT) - Title``: a seminar's list names its speakers first, each with
    where she works."""
    found = talks(
        """
        # Seminar

        - Maria Chen (Lumen Institute) - Gradual typing without tears ([slides](https://example.edu/sem/chen.pdf))
        - Paul Novak (ETH) - Verified compilers for the masses ([slides](https://example.edu/sem/novak.pdf))
        - Ann Lee (Acme) - Lenses in practice ([slides](https://example.edu/sem/lee.pdf))
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Gradual typing without tears", [("Maria Chen", None)], ["Lumen Institute"]),
        ("Verified compilers for the masses", [("Paul Novak", None)], ["ETH"]),
        ("Lenses in practice", [("Ann Lee", None)], ["Acme"]),
    ]
    # a remark in the parentheses, not where she works: the line stays one title
    found = talks(
        """
        # Seminar

        - Maria Chen (TBC) - Gradual typing without tears ([slides](https://example.edu/sem/chen.pdf))
        - Paul Novak (she/her) - Verified compilers for the masses ([slides](https://example.edu/sem/novak.pdf))
        - Ann Lee (ex-Acme) - Lenses in practice ([slides](https://example.edu/sem/lee.pdf))
        - Rust Belt (Episode 4) - Async traits ([slides](https://example.edu/sem/rb4.pdf))
        """
    )
    assert [people(t) for t in found] == [[], [], [], []]


def test_a_heading_over_a_line_that_only_names_its_kind_is_a_talk() -> None:
    """An attendee's notes: ``## Title`` over ``**Keynote**`` or ``**Conférence**`` over what
    was said; a heading over a line of other words stays a section of notes."""
    found = talks(
        """
        # Jeudi 3 avril, Harbor Days 2031

        ## Le bonheur au travail des équipes
        **Keynote**
        Un philosophe nous parle du travail qui a du sens.

        ## PostgreSQL, la base à tout faire
        **Conférence**
        Selon le site, il existe quelque 330 systèmes de base de données.

        ## Déjeuner
        **Buffet**
        Très bon.

        ## Will my session be recorded?
        **Talk**
        Yes, every talk in the main hall is.

        ## Half day
        **Workshop**
        Three hours, with a break.
        """
    )
    assert [t.title for t in found] == [
        "Le bonheur au travail des équipes",
        "PostgreSQL, la base à tout faire",
    ]


@pytest.mark.parametrize(
    "heading",
    ["Tech Tip #4 - Type Resolvers", "Episode 12 - Crafted Queries", "Part 2 - Harbor Basics"],
)
def test_what_follows_a_numbered_part_names_the_part_not_its_speaker(heading: str) -> None:
    found = talks(over_players("Conference talks", heading, "Quiet Queues - Ann Lee"))
    name = heading.split(" - ")[1]
    assert [(t.title in (heading, name), people(t)) for t in found] == [
        (True, []),  # its title, maybe without the series' part
        (False, [("Ann Lee", None)]),
    ]


def test_a_linked_name_then_the_event_in_words_under_a_title_names_the_speaker() -> None:
    found = talks(
        """
        # Talks about Lumen

        ## [Folding maps by hand](https://www.youtube.com/watch?v=abcdefghijk)

        [Ann Lee](https://github.com/annlee), _Harbor Conf 3.0, May 2031_

        ## [Quiet queues](https://www.youtube.com/watch?v=abcdefghijl)

        [Bo Lind](https://github.com/bolind), [Cy Park](https://github.com/cypark), Lumen Summit

        ## [Small caches](https://www.youtube.com/watch?v=abcdefghijm)

        [Di Ray](https://di.example.org/), Harbor Conf 2031
        """
    )
    assert [people(t) for t in found] == [
        [("Ann Lee", "https://github.com/annlee")],
        [("Bo Lind", "https://github.com/bolind"), ("Cy Park", "https://github.com/cypark")],
        [],  # her own site: a link to anyone's page, no profile
    ]


def test_where_when_then_who_apart_by_bars_names_a_talks_speakers() -> None:
    """``**Harbor Days** | May 3, 2031 | *Ann Lee (Acme)*`` under a talk's heading that links
    its recording: its speakers and where they work; under a blog's posts, no one."""
    found = talks(
        """
        # Presentations

        ### [Quiet queues at scale](https://www.youtube.com/watch?v=abcdefghijk)
        **Harbor Days 2031** \\| May 3, 2031 \\| *Ann Lee (Acme), Bo Lind (Lumen)*

        Why queues go quiet.

        ### [Folding maps by hand](https://youtu.be/abcdefghijl)
        **Lumen Summit** \\| March 10, 2030 \\| *Cy Moe (Waze)*

        Maps, folded.
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Quiet queues at scale", [("Ann Lee", None), ("Bo Lind", None)], ["Acme", "Lumen"]),
        ("Folding maps by hand", [("Cy Moe", None)], ["Waze"]),
    ]
    posts = talks(
        """
        # Engineering talks and posts

        ### [What we learned this year](https://blog.acme.example/learned/)
        **Conference Recap** \\| May 24, 2031 \\| *Ann Lee*

        ### [Notes from the March meetup](https://blog.acme.example/march/)
        **Meetup Notes** \\| March 30, 2031 \\| *Bo Lind*
        """
    )
    assert posts == []
    vlog = talks(
        """
        # Videos: our team vlog and talks

        ### [A day at the new office](https://www.youtube.com/watch?v=abcdefghijm)
        **Vlog** \\| May 2, 2031 \\| *Ann Lee*

        ### [Unboxing the new laptops](https://www.youtube.com/watch?v=abcdefghijn)
        **Season 3** \\| May 9, 2031 \\| *Bo Lind, Cy Moe*
        """
    )
    assert [people(t) for t in vlog] == [[]] * len(vlog)  # no event before the day: a vlog's


@pytest.mark.parametrize(
    "line",
    [
        "[Ann Lee](https://github.com/annlee), Lumen Summit 2031",  # an award's winner
        "[Ann Lee](https://github.com/annlee), 12 May 2031",  # a post's author and day
        "[Ann Lee](https://en.wikipedia.org/wiki/Ann_Lee), Harbor Conf",  # an article
        "[Ann Lee](https://github.com/annlee), attendee of Lumen Summit 2031",
    ],
)
def test_a_linked_name_then_an_event_under_what_links_no_talk_is_no_talk(line: str) -> None:
    page = f"""
    # Community

    ## [Contributor of the Year](https://lumen.example/awards/contributor)

    {line}

    ## [Rising Star](https://lumen.example/awards/rising-star)

    {line.replace("Ann Lee", "Bo Lind").replace("annlee", "bolind")}
    """
    assert talks(page) == []


@pytest.mark.parametrize(
    ("heading", "speakers"),
    [
        ("Scaling Postgres Part 2 - Ann Lee", [("Ann Lee", None)]),
        ("Episode 12 - Ann Lee and Bo Lind", [("Ann Lee", None), ("Bo Lind", None)]),
        ("Part 2 - Cy Park, Globex", [("Cy Park", None)]),
    ],
)
def test_people_after_a_numbered_part_are_its_speakers(
    heading: str, speakers: list[tuple[str, None]]
) -> None:
    found = talks(over_players("Conference talks", heading, "Quiet Queues - Di Ray"))
    assert [people(t) for t in found] == [speakers, [("Di Ray", None)]]


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("Invited talks and presentations", None),
        ("INVITED TALKS AND PRESENTATIONS", None),
        ("Selected talks", None),
        ("Invited talks at Harbor University", "Invited talks at Harbor University"),
    ],
)
def test_which_talks_a_wrapper_says_leaves_it_a_wrapper(heading: str, section: str | None) -> None:
    found = talks(
        f"""
        # Harbor Lab

        We share what we present.

        ## {heading}

        - **Ann Lee**. Quiet Queues. Harbor Meetup. May 2031. ([Talk](https://youtu.be/abcdefghijk))
        - **Bo Lind**. Tide Tables. Lumen Days. April 2031. ([Talk](https://youtu.be/abcdefghijl))
        """
    )
    assert [t.section for t in found] == [section, section]


def test_a_linked_title_then_what_the_author_says_of_it_is_the_title_alone() -> None:
    found = talks(
        """
        # Harbor Conf 2031

        ## Talks I saw

        + [Quiet Queues](https://fosdem.org/2031/schedule/event/queues/) to get a history of queues.
        + [Tide Tables](https://fosdem.org/2031/schedule/event/tides/): to discover how tide tables are computed and why they are sometimes wrong.
        + [Folding Maps](https://fosdem.org/2031/schedule/event/maps/): because maps fold.
        """
    )
    assert [t.title for t in found] == [
        "Quiet Queues",
        "Tide Tables",
        "Folding Maps: because maps fold",  # a few words after a colon may be its subtitle
    ]


def test_a_linked_word_then_more_of_the_title_stays_one_title() -> None:
    found = talks(
        """
        # Harbor Conf 2031

        ## Talks I saw

        + [Intro](https://harbor.example/intro/) to Rust - Ann Lee ([video](https://youtu.be/abcdefghijk))
        + [Quiet Queues](https://youtu.be/abcdefghijl) for small teams - Bo Lind
        """
    )
    assert [t.title for t in found] == ["Intro to Rust", "Quiet Queues for small teams"]


def test_when_and_where_after_a_talks_media_links_are_no_words_of_its_title() -> None:
    found = talks(
        """
        # Talks

        Quiet Queues [slides](./queues.pdf) [video](https://www.youtube.com/watch?v=MLunP5cdRBI). August 2017. Harbor Days.

        Tide Tables [slides](./tides.pdf). Lumen Days 2018, March 2018. Lumen University.

        Folding Maps for [Harbor](https://www.youtube.com/watch?v=MLunP5cdRBJ). 2019.
        """
    )
    assert [t.title for t in found][:2] == ["Quiet Queues", "Tide Tables"]
    assert all(t.title != "Folding Maps for" for t in found)  # the link holds a title's word


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "[Intro](https://fosdem.org/2031/schedule/event/intro/) to Rust for embedded developers",
            "Intro to Rust for embedded developers",
        ),
        (
            "[Parsing](https://pretalx.example.org/harbor/talk/POI7UY/) for fun and profit",
            "Parsing for fun and profit",
        ),
    ],
)
def test_a_title_that_goes_on_after_its_link_stays_whole(line: str, title: str) -> None:
    page = f"""
    # Harbor Conf 2031

    - {line} - Ann Lee ([video](https://youtu.be/abcdefghijk))
    - [Quiet Queues](https://youtu.be/abcdefghijl) - Bo Lind
    """
    assert talks(page)[0].title == title


@pytest.mark.parametrize(
    "line",
    [
        "[PyCon US 2031](https://www.youtube.com/watch?v=abcdefghijk): I gave a talk about"
        " memory profiling and how we hunted down leaks in a large app.",
        "[EuroPython 2031](https://www.youtube.com/watch?v=abcdefghijk): a tutorial on building"
        " command line tools for an audience of about sixty people.",
        "[Mei Tanaka](https://fosdem.org/2031/schedule/event/selinux/) because her slides on"
        " policy debugging were the clearest I have seen.",
    ],
)
def test_a_link_to_where_or_who_then_a_description_titles_no_talk(line: str) -> None:
    titles = [t.title for t in talks(f"# Speaking\n\n- {line}\n- {line}\n- {line}\n")]
    assert not any(t in ("PyCon US 2031", "EuroPython 2031", "Mei Tanaka") for t in titles)


def test_a_subtitle_in_capitals_after_a_colon_stays_in_the_title() -> None:
    found = talks(
        """
        # Talks

        - [Kubernetes at the Edge](https://speakerdeck.com/ann/edge): Lessons Learned from Running Two Hundred Clusters in Retail Stores Across Europe
        - [Quiet Queues](https://speakerdeck.com/ann/queues): Small Teams, Calm Pagers, and the Art of Saying No to More Work
        """
    )
    assert all(": " in t.title for t in found)


@pytest.mark.parametrize(
    "title", ["Life at Harbor (Keynote session)", "Life at Harbor (Keynote talk)"]
)
def test_a_keynote_marker_with_what_it_is_after_the_title_gives_its_kind(title: str) -> None:
    found = talks(
        f"""
        | Talk | Speaker | Video |
        |---|---|---|
        | {title} | Ann Lee | [video](https://youtu.be/abcdefghijk) |
        | Quiet Queues | Bo Lind | [video](https://youtu.be/abcdefghijl) |
        """
    )
    assert (found[0].title, found[0].kind) == ("Life at Harbor", "keynote")


@pytest.mark.parametrize("event", ["MtnWest JS", "Harbor Conf", "RiverCon", "Lumen Summit"])
def test_an_events_name_after_a_titles_dash_is_no_speaker(event: str) -> None:
    found = talks(
        over_players(
            "Videos", f"Secrets of the Virtual DOM - {event}", "Quiet Queues - Ann Lee", level=3
        )
    )
    assert [people(t) for t in found] == [[], [("Ann Lee", None)]]


def test_a_sub_heading_that_labels_a_player_is_a_line_of_the_talk_above() -> None:
    found = talks(
        """
        # Talks

        ### Quiet Queues

        Small changes that add up.

        #### Talk
        <div class="embed-container">
          <iframe src="https://www.youtube.com/embed/3HpjZPbBS-s"></iframe>
        </div>

        #### Slides
        <div class="embed-container">
          <iframe src="https://speakerdeck.com/player/49d151c625d944f4b7721249b3010aba"></iframe>
        </div>

        ### Tide Tables (Lightning Talk)

        #### Talk <small>Starting at 3:22</small>
        <div class="embed-container">
          <iframe src="https://www.youtube.com/embed/Gn75H9D3nOg"></iframe>
        </div>
        """
    )
    assert [(t.title, len(t.media)) for t in found] == [("Quiet Queues", 2), ("Tide Tables", 1)]


@pytest.mark.parametrize(
    "heading",
    ["Talk: Quiet Queues", "Vortrag: Ruhige Warteschlangen", "Video Games as Classrooms"],
)
def test_a_talks_heading_that_opens_with_a_label_word_is_its_own_title(heading: str) -> None:
    found = talks(
        f"""
        # Meetups

        ## June

        ### {heading}

        <iframe src="https://www.youtube.com/embed/ggggggggg01"></iframe>

        ### Tide Tables

        <iframe src="https://www.youtube.com/embed/ggggggggg02"></iframe>
        """
    )
    assert len(found) == 2 and found[1].title == "Tide Tables"


@pytest.mark.parametrize(
    "speaker",
    ["Emily VanCamp", "Marcus DeCamp", "Kevin McCon", "JANE BACON", "LUIS FALCON"],
)
def test_a_name_that_ends_like_an_events_word_is_still_a_speaker(speaker: str) -> None:
    found = talks(
        f"""
        | Title | Speaker | Video |
        |---|---|---|
        | Quiet Queues | {speaker} | [video](https://youtu.be/abcdefghijk) |
        | Tide Tables | Bo Lind | [video](https://youtu.be/abcdefghijl) |
        """
    )
    assert [p.name for p in found[0].speakers] == [speaker]


def test_a_title_then_an_events_name_is_never_read_speaker_first() -> None:
    found = talks(
        over_players(
            "Videos",
            "Quiet Queues - PyCon 2019",
            "Tide Tables - Forward JS 2014",
            "Folding Maps - JSConf EU 2014",
            level=3,
        )
    )
    assert not any(t.speakers for t in found)
    assert not any(t.title in ("PyCon 2019", "Forward JS 2014", "JSConf EU 2014") for t in found)


@pytest.mark.parametrize(
    "title",
    [
        "Kubernetes Summit Recap",
        "Meetup Organizing 101",
        "JS Performance Tricks",
        "Lessons From PyCon",
    ],
)
def test_a_title_with_an_events_word_after_a_speaker_stays_hers(title: str) -> None:
    found = talks(
        f"""
        # Talks

        - Ann Lee - {title} ([video](https://youtu.be/abcdefghijk))
        - Bo Lind - Tide Tables and Their Errors ([video](https://youtu.be/abcdefghijl))
        - Cy Park - Folding Maps by Hand ([video](https://youtu.be/abcdefghijm))
        """
    )
    assert (found[0].title, people(found[0])) == (title, [("Ann Lee", None)])


def test_a_separator_before_a_talks_media_link_is_no_part_of_its_title() -> None:
    found = talks(
        r"""
        # Talks

        - Ann Lee: [Quiet Queues](https://youtu.be/abcdefghijk) \| [slides](https://speakerdeck.com/a/b)
        - Bo Lind: [Tide Tables](https://youtu.be/abcdefghijl) | [slides](https://speakerdeck.com/a/c)
        """
    )
    assert [t.title for t in found] == ["Quiet Queues", "Tide Tables"]


def test_a_name_with_its_number_is_in_full() -> None:
    found = talks(
        """
        ## Talks

        - **Tom Hale II** _Quiet Queues at Scale_ (12/5/2031)
        - **Ann Lee** _Tide Tables in Practice_ (19/5/2031)
        - **Bo Lind** _Folding Maps by Hand_ (26/5/2031)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Quiet Queues at Scale", [("Tom Hale II", None)]),  # his number, no state's code
        ("Tide Tables in Practice", [("Ann Lee", None)]),
        ("Folding Maps by Hand", [("Bo Lind", None)]),
    ]


@pytest.mark.parametrize("name", ["Rocky II", "Henry VI", "Boston MA"])
def test_one_word_then_a_number_or_a_code_is_no_name_in_full(name: str) -> None:
    assert not named_in_full(Party(name))
    assert named_in_full(Party(f"Tom {name}")) is name.endswith(("II", "VI"))


@pytest.mark.parametrize("title", ["Presentations", "Vortragsreihe Informatik"])
def test_a_calendars_entries_name_the_speaker_then_the_title_in_emphasis(title: str) -> None:
    page = f"""
    # {title}

    ## 2031

    * [2031-05-22](2031-05-22-queues) Ann Lee, _Quiet Queues at Scale_
    * [2031-04-10](2031-04-10-tides) (Harbor JUG) Bo Lind, _Tide Tables: Reading the Sea_
    * [2031-03-13](2031-03-13-maps) Cy Park, _Folding Maps by Hand_
    * [2031-02-11](2031-02-11-kites) Di Ray, _Kites in Heavy Weather_
    """
    found = talks(page)
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Quiet Queues at Scale", [("Ann Lee", None)], []),
        ("Tide Tables: Reading the Sea", [("Bo Lind", None)], []),  # the co-host is no one
        ("Folding Maps by Hand", [("Cy Park", None)], []),
        ("Kites in Heavy Weather", [("Di Ray", None)], []),
    ]
    # undated, a name then words in emphasis may be a quote's byline: left as written
    undated = re.sub(r"\[2031[^)]*\) (?:\(Harbor JUG\) )?", "", page)
    assert "* Bo Lind, _Tide" in undated
    assert talks(undated) == []
    # a product's name may open a title in small letters; a note on the entry may not
    product = page.replace("_Quiet Queues at Scale_", "_gRPC at Scale_")
    assert talks(product)[0].title == "gRPC at Scale"
    noted = talks(page.replace("_Quiet Queues at Scale_", "_postponed to the autumn_"))
    assert noted[0].title == "Tide Tables: Reading the Sea"
    small = talks(page.replace("_Quiet Queues at Scale_", "_writing small tools_"))
    assert (small[0].title, people(small[0])) == ("writing small tools", [("Ann Lee", None)])
    moved = talks(page.replace("_Quiet Queues at Scale_", "_Moved fast, broke things_"))
    assert moved[0].title == "Moved fast, broke things"  # a title; "_moved to June_", a note
    for note in ("_delayed by a week_", "_moved online_"):
        late = talks(page.replace("_Quiet Queues at Scale_", note))
        assert late[0].title == "Tide Tables: Reading the Sea"


@pytest.mark.parametrize(
    "title",
    ["Photo of the day", "Harbor Film Fest 2031", "Book club: Meetings", "Game of the week"],
)
def test_dated_entries_of_a_page_that_lists_no_talks_are_none(title: str) -> None:
    found = talks(
        f"""
        # {title}

        - [2031-01-04](entries/0104) Ann Lee, _Harbor at Dawn_
        - [2031-01-05](entries/0105) Bo Lind, _Gulls Over the Pier_
        - [2031-01-06](entries/0106) Cy Park, _Fog on the Bridge_
        """
    )
    assert found == []


def test_a_player_component_of_mdx_is_read_as_its_iframe() -> None:
    page = """
    # Harbor Conf recap

    ## Quiet queues

    A talk by [Ann Lee](https://twitter.com/annlee).

    <YouTubeIframe src="https://www.youtube.com/embed/aaaaaaaaaaa" />

    ## Tide tables

    A talk by [Bo Lind](https://twitter.com/bolind).

    <YouTubeIframe src="https://www.youtube.com/embed/bbbbbbbbbbb" />

    ## Folding maps

    A talk by [Cy Park](https://twitter.com/cypark).

    <YouTubeIframe src="https://evil.example/embed/ccccccccccc" />
    """
    result = plan(page)
    assert [(t.talk.title, media(t.talk)) for t in result.talks] == [
        ("Quiet queues", ["aaaaaaaaaaa"]),
        ("Tide tables", ["bbbbbbbbbbb"]),
        ("Folding maps", []),  # a host the plugin does not know builds no player
    ]
    assert not [d for d in result.diagnostics if "not closed" in d.message]


def test_the_event_first_then_a_linked_title_and_a_byline_names_its_speakers() -> None:
    found = talks(
        """
        # Talks about the project

        ## Conferences

        - **Harbor Days 2016**: [Better packaging (slides only)](https://ann.example.org/packaging/), by Ann Lee
        - **River Conf 2016**: [Community packaging](https://www.youtube.com/watch?v=aaaaaaaaaaa), by Bo Lind
        - **Fjord Summit 2018**: [Packaging that works](https://www.youtube.com/watch?v=bbbbbbbbbbb) + [slides](https://cy.example.org/deck/), by Cy Moe, Di Ray
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Better packaging (slides only)", [("Ann Lee", None)]),
        ("Community packaging", [("Bo Lind", None)]),
        ("Packaging that works", [("Cy Moe", None), ("Di Ray", None)]),
    ]


def test_a_watch_on_link_is_the_recording_where_no_player_is_embedded() -> None:
    found = talks(
        """
        # Talks

        ## Recordings

        ### Quiet queues at scale

        [Harbor Days 2031](https://harbor.example/) — Amsterdam, March 2031.

        [Watch on YouTube](https://www.youtube.com/watch?v=aaaaaaaaaaa)

        ### Tide tables

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>

        [Watch on YouTube](https://www.youtube.com/watch?v=bbbbbbbbbbb)
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Quiet queues at scale", ["aaaaaaaaaaa"]),
        ("Tide tables", ["bbbbbbbbbbb"]),  # under its player, the link is the player's own
    ]


def test_a_bold_name_a_doubled_dash_then_what_she_does_under_a_talks_heading() -> None:
    found = talks(
        """
        # Harbor Meetup

        ## Talks

        ### Jenkins in the community

        **Ann Lee** —— Founder of the Harbor group

        A bio about her years in open source.

        ### The Apache way

        **Bo Lind** —— Chair of the Lumen Foundation

        A bio about his years in foundations.
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Jenkins in the community", [("Ann Lee", None)]),
        ("The Apache way", [("Bo Lind", None)]),
    ]


def test_a_kind_last_in_an_events_prefix_is_the_talks_kind() -> None:
    found = talks(
        """
        ## Recorded talks

        - [Harbor Days 2031 Keynote: Smooth storage at scale](https://www.youtube.com/watch?v=aaaaaaaaaaa) By Ann Lee - Dec 13, 2031.
        - [TideCon 2030 Panel Discussion: Long-term storage](https://www.youtube.com/watch?v=bbbbbbbbbbb) by Bo Lind - Aug 9, 2030.
        - [River Summit 2030: Queues that forgive](https://www.youtube.com/watch?v=ccccccccccc) by Cy Moe - May 2, 2030.
        """
    )
    assert [(t.title, t.kind) for t in found] == [
        ("Smooth storage at scale", "keynote"),
        ("Long-term storage", "panel"),
        ("Queues that forgive", "talk"),
    ]


def test_a_players_link_that_names_who_talks_about_what() -> None:
    found = talks(
        """
        # Vintage talks

        <a href="https://vimeo.com/32788425">Drew Ness on Vim</a>
        Harbor Meetup Edinburgh ~November 2031

        <a href="https://vimeo.com/17675268">Ann Lee and Bo Lind talk about Why queues forgive</a>
        Harbor Meetup ~Dec 2030

        - [Cy Moe on stage](https://vimeo.com/12724267)
        - [Sunset on Harbor Bay](https://vimeo.com/12724268)
        """
    )
    assert [(t.title, people(t)) for t in found][:2] == [
        ("Vim", [("Drew Ness", None)]),
        ("Why queues forgive", [("Ann Lee", None), ("Bo Lind", None)]),
    ]
    assert all(not people(t) for t in found[2:])  # no title after "on"; no one before it


def test_a_react_player_component_is_read_by_its_url() -> None:
    page = """
    import ReactPlayer from 'react-player/lazy'

    # Harbor Talks

    ## 2031

    #### Quiet queues at scale — Ann Lee, Harbor Labs

    <ReactPlayer url='https://youtu.be/aaaaaaaaaaa?si=8UcWubtgcvHgMNdY' />

    #### Tide tables for everyone — Bo Lind, Fjord Works

    <ReactPlayer url='https://youtu.be/bbbbbbbbbbb' />

    #### Folding maps — Cy Park, Lumen

    <ReactPlayer url='https://evil.example/ccccccccccc' />
    """
    assert [(t.title, media(t)) for t in talks(page)] == [
        ("Quiet queues at scale", ["aaaaaaaaaaa"]),
        ("Tide tables for everyone", ["bbbbbbbbbbb"]),
        ("Folding maps", []),  # a host the plugin does not know builds no player
    ]


def test_a_talk_by_linked_names_here_over_its_player_names_its_speakers() -> None:
    found = talks(
        """
        # Harbor Conf recap

        ## Quiet queues

        We shared our vision for queues.

        Watch the full talk by [Ann Lee](https://twitter.com/annlee) and [Bo Lind](https://twitter.com/bolind) here:

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        ## Tide tables

        Watch the full talk by [Cy Park](https://twitter.com/cypark) below.

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>

        ## Folding maps

        Watch the full talk by [Di Ray](https://twitter.com/diray) here:

        <iframe src="https://www.youtube.com/embed/ccccccccccc"></iframe>
        """
    )
    assert [[p[0] for p in people(t)] for t in found] == [
        ["Ann Lee", "Bo Lind"],
        ["Cy Park"],
        ["Di Ray"],
    ]


def test_a_talk_of_linked_names_in_other_languages_names_its_speakers() -> None:
    found = talks(
        """
        # Resumen de Harbor Conf 2031

        ## Colas tranquilas

        Compartimos nuestra visión de las colas.

        Vea la conferencia completa de [Ana Ruiz](https://twitter.com/anaruiz), [Bo Lind](https://twitter.com/bolind), y [Cy Park](https://twitter.com/cypark) aquí:

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        ## Mapas plegables

        Para una visión general, véase la charla de [Di Ray](https://github.com/diray):

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>

        ## Mareas

        Hier der ganze Vortrag von [Eva Holm](https://twitter.com/evaholm):

        <iframe src="https://www.youtube.com/embed/ccccccccccc"></iframe>

        ## Faros

        Vea la conferencia de [Harbor Conf](https://harbor.example.org/) aquí:

        <iframe src="https://www.youtube.com/embed/ddddddddddd"></iframe>
        """
    )
    assert [(t.title, [p[0] for p in people(t)]) for t in found] == [
        ("Colas tranquilas", ["Ana Ruiz", "Bo Lind", "Cy Park"]),
        ("Mapas plegables", ["Di Ray"]),
        ("Mareas", ["Eva Holm"]),
        ("Faros", []),  # "de" an event's site: whose talk it is, no one says
    ]
    bands = talks(
        """
        # Conciertos 2031

        ## Noche de tangos

        Vea la presentación de [Los Faroles](https://www.facebook.com/losfaroles) aquí:

        <iframe src="https://www.youtube.com/embed/eeeeeeeeeee"></iframe>
        """
    )
    assert [people(t) for t in bands] in ([], [[]])  # a band's page: no speaker


def test_a_talk_authored_by_another_names_no_speaker() -> None:
    found = talks(
        """
        # Speaking

        | Date | Title | Event | Slides |
        |---|---|---|---|
        | May 2031 | Quiet Queues | Harbor Conf | [x](https://speakerdeck.com/ann/queues) |
        | Apr 2031 | Tide Tables (authored by [Bo Lind](https://bolind.example)) | Lumen Days | [x](https://harbor.example/tides.pdf) |
        | Mar 2031 | Folding Maps | Kite Meetup | [x](https://speakerdeck.com/ann/maps) |
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Quiet Queues", []),
        ("Tide Tables (authored by Bo Lind)", []),  # he wrote it; the page's owner gave it
        ("Folding Maps", []),
    ]


def test_a_japanese_link_that_says_its_slides_are_here_links_them() -> None:
    found = talks(
        """
        # 発表

        ## 型で考えるキュー

        キューの型について話しました。

        [資料はこちら](https://harbor.example/queues.pdf)

        ## 潮汐表の計算

        [スライドはこちら](https://speakerdeck.com/ann/tides)

        ## 紙飛行機と畳み込み

        [動画はこちら](https://www.youtube.com/watch?v=aaaaaaaaaaa)
        """
    )
    assert [(t.title, [m.kind for m in t.media]) for t in found] == [
        ("型で考えるキュー", ["slides"]),
        ("潮汐表の計算", ["slides"]),
        ("紙飛行機と畳み込み", ["video"]),
    ]


def test_an_at_word_before_a_year_in_a_title_is_the_events_name_no_handle() -> None:
    found = talks(
        """
        # Talks

        * [HarborCon @Home 2031](https://docs.example.org/talks/2031-harborcon.html)
          | [PDF](https://docs.example.org/talks/pdf/HarborCon-2031.pdf)
        * [Quiet Queues - Ann Lee @annlee](https://docs.example.org/talks/queues.html)
          | [PDF](https://docs.example.org/talks/pdf/queues.pdf)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("HarborCon @Home 2031", []),
        ("Quiet Queues", [("Ann Lee", None)]),
    ]


def test_words_in_parentheses_after_a_city_at_a_titles_end_name_no_one() -> None:
    """``Title, Lumen University, Bristol (United Kingdom)``: the country the city is in."""
    found = talks(
        """
        # Talks

        - 2031-06-07: [Tide Tables, Lumen University, Bristol (United Kingdom)](https://ann.example.org/talks/tides.pdf)
        - 2031-07-14: [Folding Maps, Harbor Days, Eindhoven (Netherlands)](https://ann.example.org/talks/maps.pdf)
        - 2031-08-02: [Quiet Queues (Bo Lind)](https://ann.example.org/talks/queues.pdf)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Tide Tables, Lumen University, Bristol (United Kingdom)", []),
        ("Folding Maps, Harbor Days, Eindhoven (Netherlands)", []),
        ("Quiet Queues", [("Bo Lind", None)]),
    ]


def test_words_in_parentheses_that_spell_out_an_acronym_name_no_one() -> None:
    found = talks(
        """
        # Talks

        ## HKD (Higher Kinded Datatype)

        [Slides](https://speakerdeck.com/ann/hkd)

        ## Tide Tables (Bo Lind)

        [Slides](https://speakerdeck.com/bo/tides)

        ## Folding Maps (Cy Park)

        [Slides](https://speakerdeck.com/cy/maps)

        ## Understanding GC (Garbage Collection)

        [Slides](https://speakerdeck.com/gc/understanding)

        ## Inside the JVM (Jana V. Mertens)

        [Slides](https://speakerdeck.com/jana/jvm)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("HKD (Higher Kinded Datatype)", []),  # the acronym's words, no one's name
        ("Tide Tables", [("Bo Lind", None)]),
        ("Folding Maps", [("Cy Park", None)]),
        ("Understanding GC (Garbage Collection)", []),
        ("Inside the JVM", [("Jana V. Mertens", None)]),  # her initial's stop: a name
    ]


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("**Lightning talks**", "Lightning talks"),
        ("**Sorry if the order is wrong!**", "LT"),
        ("**順番が間違っていたら済みません！**", "LT"),
        ("**Did we miss one of them?**", "LT"),
        ("**Missing a talk?**", "LT"),
        ("**Quick ones !**", "Quick ones !"),  # two words, a spaced mark
        ("**Lightning talks!**", "Lightning talks!"),  # a group's name, said gladly
        ("**Yahoo! Track**", "Yahoo! Track"),
    ],
)
def test_a_bold_line_that_exclaims_or_asks_is_no_group(line: str, section: str) -> None:
    found = talks(
        f"""
        # Harbor Day

        ## LT

        {line}

        - [Quiet Queues](https://speakerdeck.com/ann/queues)
        - [Tide Tables](https://speakerdeck.com/bo/tides)
        - [Folding Maps](https://speakerdeck.com/cy/maps)
        """
    )
    assert [t.section for t in found] == [section] * 3


def test_links_to_an_editions_talk_pages_are_its_talks() -> None:
    page = """
    # The Harbor Conf 2031 schedule is live

    The schedule will feature sessions from community members, including:

    - [Quiet queues in practice](https://harborconf.example/2031-oslo/talks/quiet-queues)
    - [Tide tables for everyone](https://harborconf.example/2031-oslo/talks/tide-tables)
    - [Folding maps by hand](https://harborconf.example/2031-oslo/talks/folding-maps)

    For the full program, see the [schedule](https://harborconf.example/2031-oslo/schedule/).
    """
    assert [t.title for t in talks(page)] == [
        "Quiet queues in practice",
        "Tide tables for everyone",
        "Folding maps by hand",
    ]
    assert talks(page.replace("/2031-oslo/talks/", "/blog/")) == []  # posts, no talks
    assert talks(page.replace("/2031-oslo/talks/", "/2031/talks/")) == []  # a year alone
    nav = page.replace("quiet-queues", "cfp").replace("tide-tables", "schedule")
    assert talks(nav.replace("folding-maps", "speakers")) == []  # the edition's own pages
    assert talks(page.replace("/2031-oslo/", "/2031-spring/")) == []  # a season, no place
    assert len(talks(page.replace("/2031-oslo/", "/2031-marseille/"))) == 3  # no month


def test_a_dated_line_of_sentences_gives_its_title_then_its_speakers() -> None:
    found = talks(
        """
        # Seminars

        #### Schedule of our seminars:

        - __2031-01-25:__ PhD Thesis Defence. Quiet Queues in Practice. Ann Lee, DIKU. Room 5, 13:15. Thursday. [Announcement](https://harbor.example/news/1).
        - __2031-01-12:__ Folding Maps by Hand. Bo Lind (Harbor University). Room 7, 15:00. [Announcement](https://harbor.example/news/2).
        - __2030-12-10:__ Tide Tables of the North Sea. Cy B. Dorn. Room 1, 10:00. [Announcement](https://harbor.example/news/3).
        - __2030-11-02:__ Lanterns. Di Ray. Room 2. [Announcement](https://harbor.example/news/4).
        """
    )
    assert [(t.title, people(t), [o.name for o in t.organizations]) for t in found] == [
        ("PhD Thesis Defence. Quiet Queues in Practice", [("Ann Lee", None)], ["DIKU"]),
        ("Folding Maps by Hand", [("Bo Lind", None)], ["Harbor University"]),
        ("Tide Tables of the North Sea", [("Cy B. Dorn", None)], []),
        # one word, "Lanterns": a title too short to tell from a name's sentence
    ]
    log = talks(
        """
        # Reading log

        Books I read while preparing my talks.

        - __2031-01-25:__ Deep Focus for Engineers. Carla Newman. Finished on the train.
        - __2031-01-12:__ The Craft of Research. Richard Holm. Slow going.
        - __2030-12-10:__ Thinking in Harbors. Donna Meade. A classic.
        """
    )
    assert log == []  # the page says talks in passing; no heading says it lists them


def test_a_reading_log_of_dated_sentences_is_no_list_of_talks() -> None:
    found = talks(
        """
        # What I read

        - __2031-01-25:__ Deep Work in Practice. Cal Newport. Finished on the train.
        - __2031-01-12:__ The Art of Doing Science. Richard Hamming. Slow going.
        - __2030-12-10:__ Thinking in Systems. Donella Meadows. A classic.
        """
    )
    assert found == []


def test_a_name_then_a_profile_written_out_in_parentheses_is_linked_to_it() -> None:
    found = talks(
        """
        # Talks

        - **Quiet Queues** by Ann Lee - @annlee (https://twitter.com/annlee)
        - **Folding Maps** by Bo Lind (https://github.com/bolind) and Cy Dorn
        - **Tide Tables** by Di Ray (https://di-ray.example.org)
        """
    )
    assert [(t.title, people(t), [o.name for o in t.organizations]) for t in found] == [
        ("Quiet Queues", [("Ann Lee", "https://twitter.com/annlee")], []),
        ("Folding Maps", [("Bo Lind", "https://github.com/bolind"), ("Cy Dorn", None)], []),
        ("Tide Tables", [("Di Ray", None)], []),  # her site, maybe: an address, no organization
    ]


def test_a_facebook_or_instagram_page_names_a_person_by_a_name_only_a_person_has() -> None:
    found = talks(
        """
        # 발표 자료

        - [데이터 파이프라인 이야기](https://speakerdeck.com/minsu/pipeline) - [김민수](https://www.facebook.com/minsu.kim.5)
        - [검색 서비스 만들기](https://speakerdeck.com/jieun/search) - [이지은님](https://www.instagram.com/jieun/)
        - [Cold Chains](https://speakerdeck.com/ann/cold) - Ann Lee, [Northwind Dairy](https://www.facebook.com/northwinddairy)
        - [Tide Tables](https://speakerdeck.com/cy/tides) - [harbor](https://www.facebook.com/groups/harbor)
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("데이터 파이프라인 이야기", [("김민수", "https://www.facebook.com/minsu.kim.5")], []),
        ("검색 서비스 만들기", [("이지은", "https://www.instagram.com/jieun/")], []),
        ("Cold Chains", [("Ann Lee", None)], ["Northwind Dairy"]),  # a company's page, hers
        ("Tide Tables", [], ["harbor"]),  # a group's page: no one's
    ]


@pytest.mark.parametrize(
    "meeting",
    [
        "{n}th Meetup - 2031-0{n}-05",
        "Meetup {n} (2031-0{n}-05)",
        "[#{n} (31/0{n}/05)](https://www.meetup.com/harbor/events/{n}/)",
        "제{n}회 (31/0{n}/05)",
        "第{n}回 (2031/0{n}/05)",
    ],
)
def test_a_numbered_meeting_with_its_day_is_a_section_over_its_talk_lines(meeting: str) -> None:
    first, second = meeting.format(n=4), meeting.format(n=3)
    found = talks(
        f"""
        # Talks

        ## {first}

        [Ann Lee](https://twitter.com/annlee) - [Quiet Queues](https://speakerdeck.com/ann/queues)

        ## {second}

        [Bo Lind](https://twitter.com/bolind) - [Folding Maps](https://speakerdeck.com/bo/maps)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Quiet Queues", [("Ann Lee", "https://twitter.com/annlee")]),
        ("Folding Maps", [("Bo Lind", "https://twitter.com/bolind")]),
    ]
    shown = [re.sub(r"\[(.*)\]\(.*\)", r"\1", heading) for heading in (first, second)]
    assert [t.section for t in found] == shown


def test_a_linked_name_with_its_honorific_is_the_name() -> None:
    found = talks(
        """
        # 발표 자료

        - [김민수님](https://www.facebook.com/minsu.kim) - [데이터 파이프라인 이야기](https://speakerdeck.com/minsu/pipeline)
        - [이지은님](https://twitter.com/jieun) - [검색 서비스 만들기](https://speakerdeck.com/jieun/search)
        - [田中さん](https://twitter.com/tanaka) - [Rust入門](https://speakerdeck.com/tanaka/rust)
        """
    )
    assert [people(t) for t in found] == [
        [("김민수", "https://www.facebook.com/minsu.kim")],
        [("이지은", "https://twitter.com/jieun")],
        [("田中", "https://twitter.com/tanaka")],
    ]


def test_a_line_that_says_where_over_an_items_title_is_no_title() -> None:
    found = talks(
        """
        # Talks and presentations

        * Harbor Conf EU, April, Oslo<br>
          Quiet Queues in Practice<br>
          Ann Lee, Acme<br>
          [details](https://harbor.example/s/1) | [video](https://youtu.be/aaaaaaaaaaa)<br>

        * Lumen Summit 2030, Porto<br>
          Folding Maps by Hand<br>
          Bo Lind, Globex<br>
          [video](https://youtu.be/bbbbbbbbbbb)
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Quiet Queues in Practice", [("Ann Lee", None)], ["Acme"]),
        ("Folding Maps by Hand", [("Bo Lind", None)], ["Globex"]),
    ]
    assert found[0].abstract.startswith("Harbor Conf EU, April, Oslo")  # where, still shown
    titled = talks(
        """
        # My talks

        * DevOps Days, Lessons Learned<br>
          Ann Lee, Acme<br>
          [slides](https://speakerdeck.com/annlee/lessons)

        * Queues at the edge<br>
          Ann Lee, Acme<br>
          [video](https://youtu.be/ddddddddddd)
        """
    )
    assert [t.title for t in titled] == ["DevOps Days, Lessons Learned", "Queues at the edge"]


def test_a_proceedings_entry_links_its_paper_then_its_artifact_and_deck_in_brackets() -> None:
    found = talks(
        """
        # Harbor Workshop 2031 Proceedings

        ### [Quiet Queues in Practice](queues/paper.pdf) [[artifact](queues/artifact)] [[presentation](queues/presentation.pdf)]
        **Authors:** Ann Lee, Bo Lind

        ### [Tide Tables Revisited](tides/paper.pdf) [[presentation](tides/presentation.pdf)]
        **Authors:** Cy Moe

        ### [Folding Maps](maps/ws_maps.pdf) [[artifact](maps/artifact)]
        **Authors:** Di Ray
        """
    )
    assert [(t.title, [s.name for s in t.speakers], media(t)) for t in found] == [
        ("Quiet Queues in Practice", ["Ann Lee", "Bo Lind"], ["queues/presentation.pdf"]),
        ("Tide Tables Revisited", ["Cy Moe"], ["tides/presentation.pdf"]),
        ("Folding Maps", ["Di Ray"], ["maps/ws_maps.pdf"]),  # no deck beside it: the title's
    ]


def test_a_keynote_or_invited_speakers_label_names_the_speaker() -> None:
    found = talks(
        """
        # Harbor Workshop 2031

        ### [Quiet Queues](https://speakerdeck.com/ann/queues)
        **Keynote Speaker:** Ann Lee

        ### [Tide Tables](https://speakerdeck.com/bo/tides)
        **Invited speakers:** Bo Lind, Cy Moe
        """
    )
    assert [(t.title, [s.name for s in t.speakers]) for t in found] == [
        ("Quiet Queues", ["Ann Lee"]),
        ("Tide Tables", ["Bo Lind", "Cy Moe"]),
    ]


def test_a_programs_kind_then_the_speaker_then_the_title_in_sentences() -> None:
    found = talks(
        """
        # Program

        - 09:00 - Opening Remarks
        - 09:15 - Invited Talk: Ann Lee. Schema-guided Queue Design.
        - 10:00 - Keynote: Bo Lind. Folding Maps by Hand.
        - 10:45 - Coffee Break
        - 11:00 - Invited Talk: Quiet Queues. Cy Dorn.
        - [11:30] Keynote: Dee Roe. The Next Query Optimizer.
        - 14h – Invited Talk: Eva Holm. Les files d'attente tranquilles.
        - 15:00 - Invited Talk: Dr. Fay Wu. Tides in the Harbor.
        """
    )
    assert [(t.title, [s.name for s in t.speakers]) for t in found] == [
        ("Schema-guided Queue Design", ["Ann Lee"]),
        ("Folding Maps by Hand", ["Bo Lind"]),
        ("The Next Query Optimizer", ["Dee Roe"]),
        ("Les files d'attente tranquilles", ["Eva Holm"]),
        ("Tides in the Harbor", ["Dr. Fay Wu"]),  # an honorific's stop ends no sentence
        # "Quiet Queues. Cy Dorn.": either may be a name; left as written
    ]
    assert [t.kind for t in found] == ["talk", "keynote", "keynote", "talk", "talk"]
    subjects = talks(
        """
        # Evening lectures

        - Lecture: Ada Lovelace. The First Programmer and Her Legacy.
        - Lecture: Alan Turing. Codebreaker, Pioneer, Icon.
        - Lecture: Grace Hopper. The Compiler and the Nanosecond.
        """
    )
    assert [p[0] for t in subjects for p in people(t)] == []  # whom each is about, no slot


def test_a_speaker_name_label_names_the_speaker() -> None:
    found = talks(
        """
        # Monthly meet

        #### Talk 1

        **Topic**: Containers

        **Speaker Name**: Ann Lee

        **About Speaker**: I work on queues at Acme.

        #### Talk 2

        **Topic**: Tide Tables

        **Speaker Name**: Bo Lind
        """
    )
    assert [(t.title, [s.name for s in t.speakers]) for t in found] == [
        ("Containers", ["Ann Lee"]),
        ("Tide Tables", ["Bo Lind"]),
    ]


def test_a_heading_of_recordings_by_a_person_names_no_speaker() -> None:
    found = talks(
        """
        # Piano

        ## Talks at Harbor Conf 2031
        - [Ann Lee - Queues at Scale](https://youtu.be/aaaaaaaaaaa)
        - [Bo Lind - Parsers by Hand](https://youtu.be/bbbbbbbbbbb)

        ## Recordings by Cy Moe
        - [Partita No. 2](https://youtu.be/ccccccccccc)
        """
    )
    assert [s.name for t in found for s in t.speakers] == ["Ann Lee", "Bo Lind"]


def test_a_heading_of_talks_by_a_person_gives_them_their_speaker() -> None:
    found = talks(
        """
        # Queue talks

        ## Talks at Harbor Conf 2031
        - [Ann Lee - Queues at Scale](https://youtu.be/aaaaaaaaaaa)
        - [Bo Lind - Parsers by Hand](https://youtu.be/bbbbbbbbbbb)

        ## Talks by Cy Moe <[@cymoe][cy]>
        - [Tides for Everyone - Lumen Meetup 2030][t1]
          In this talk, Cy shows the tide tables.
        - [Maps at Sea][t2]

        ## Talks by Di Ray
        - [Knots in Practice](https://youtu.be/ddddddddddd)

        [cy]: https://github.com/cymoe
        [t1]: https://www.youtube.com/watch?v=ccccccccccc
        [t2]: https://www.youtube.com/watch?v=eeeeeeeeeee
        """
    )
    assert [(t.title, [(s.name, s.url) for s in t.speakers]) for t in found] == [
        ("Queues at Scale", [("Ann Lee", None)]),
        ("Parsers by Hand", [("Bo Lind", None)]),
        ("Tides for Everyone", [("Cy Moe", "https://github.com/cymoe")]),
        ("Maps at Sea", [("Cy Moe", "https://github.com/cymoe")]),
        ("Knots in Practice", [("Di Ray", None)]),
    ]


def test_a_headings_byline_wins_over_a_sentence_that_names_someone_else() -> None:
    found = talks(
        """
        # Lunch talks

        ### 2031-05-21 | "Tide Tables in Python" by Ann Lee

        [Slideshow](./assets/tides/slides.pdf)

        The talk is based on a two-hour workshop by Dr. Bo Lind, a trainer.

        ### Cassandra at Harbor, Queues Powering Mobile

        [Video](https://www.youtube.com/watch?v=aaaaaaaaaaa)

        Video of the talk given by Cy Moe at Harbor Summit 2031.
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Tide Tables in Python", [("Ann Lee", None)]),
        # a heading whose "names" may be its title's words: the sentence says who
        ("Cassandra at Harbor, Queues Powering Mobile", [("Cy Moe", None)]),
    ]


def test_a_typographic_bullet_opens_a_line_as_a_pictograph_does() -> None:
    """``• Title - Ann Lee``: the bullet written as a character is no word of the title."""
    assert without_bullet("• Folding Maps - Ann Lee") == "Folding Maps - Ann Lee"
    assert without_bullet("‣ Folding Maps") == "Folding Maps"
    assert without_bullet("• Folding • Maps") == "• Folding • Maps"  # one it repeats: its own


def test_a_month_a_comma_then_the_day_and_year_is_a_leading_date() -> None:
    """``October, 10th 2031 - Ann Lee: Title``: the month, a comma, the day and the year."""
    found = talks(
        """
        # Meetup archive

        ## Talks

        - October, 10th 2031 - Ann Lee: Folding Maps by Hand
        - September, 19th 2031 - Bo Lind: Quiet Queues in Practice
        - August, 2nd 2031 - Cy Moe: Small Caches for Large Sites
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Folding Maps by Hand", ["Ann Lee"]),
        ("Quiet Queues in Practice", ["Bo Lind"]),
        ("Small Caches for Large Sites", ["Cy Moe"]),
    ]


def test_an_html_items_day_and_speaker_over_its_title() -> None:
    """``<li>October, 10th 2031 - Ann Lee, team member.<br>Title</li>``: the day, the speaker
    with her role after a comma, then the title on a line of its own."""
    found = talks(
        """
        # Seminars

        <ul>
          <li>October, 10th 2031 - Ann Lee, team member.<br>Folding maps with small tools<br><a href="/slides/maps.pdf">Slides</a></li>
          <li>September, 19th 2031 - Bo Lind<br>Quiet queues under load<br><a href="/slides/queues.pdf">Slides</a></li>
          <li>August, 2nd 2031 - Cy Moe, PhD student.<br>Small caches for large sites<br><a href="/slides/caches.pdf">Slides</a></li>
        </ul>
        """
    )
    assert [(t.title, [p.name for p in t.speakers], media(t)) for t in found] == [
        ("Folding maps with small tools", ["Ann Lee"], ["/slides/maps.pdf"]),
        ("Quiet queues under load", ["Bo Lind"], ["/slides/queues.pdf"]),
        ("Small caches for large sites", ["Cy Moe"], ["/slides/caches.pdf"]),
    ]


def test_a_details_element_is_a_talk_its_summary_the_line() -> None:
    """``<details><summary>…</summary>…</details>``: the summary is the talk's line (the day
    and speaker over the title, or the title and its day), what it opens on is the talk's
    body: its abstract, its speaker's label, its media."""
    found = talks(
        """
        # Past seminars

        <details>
          <summary>
            <b>&#8226; October, 10th 2031 - Ann Lee, team member</b>.<br>
            Folding maps with small tools
          </summary>
          <p>We fold maps by hand and count what it costs.</p>
          <a href="/slides/maps.pdf">Slides here</a>
        </details>

        <details>
          <summary>
            <b>&#8226; September, 19th 2031 - Bo Lind</b>.<br>
            Quiet queues under load
          </summary>
          <p>Queues that stay quiet when the harbor is busy.</p>
          <a href="/slides/queues.pdf">Slides here</a>
        </details>

        <details>
          <summary>
            <b>&#8226; August, 2nd 2031 - Cy Moe, team member</b>.<br>
            Small caches for large sites
          </summary>
          <p>How small a cache can be.</p>
          <a href="/slides/caches.pdf">Slides here</a>
        </details>
        """
    )
    assert [(t.title, [p.name for p in t.speakers], media(t)) for t in found] == [
        ("Folding maps with small tools", ["Ann Lee"], ["/slides/maps.pdf"]),
        ("Quiet queues under load", ["Bo Lind"], ["/slides/queues.pdf"]),
        ("Small caches for large sites", ["Cy Moe"], ["/slides/caches.pdf"]),
    ]
    assert found[0].abstract == "We fold maps by hand and count what it costs."
    labelled = talks(
        """
        # Palestras

        <details>
          <summary>✔️ Filas na prática&nbsp;&nbsp;<i>(10/04/2031)</i></summary>
          <p><b>Palestrante:</b> Ana Lima</p>
          <p><a href="https://www.youtube.com/watch?v=AbCdEfGhIjK">(Vídeo da Palestra)</a></p>
        </details>
        <details>
          <summary>✔️ Mapas à mão&nbsp;&nbsp;<i>(17/04/2031)</i></summary>
          <h4><p><b>Palestrante:</b> Bruno Reis
            </br></br>Bruno desenha mapas.</br>
          </p>
          <p>🎬<a href="https://www.youtube.com/watch?v=LmNoPqRsTuV">(Vídeo da Palestra)</a>&nbsp;
            📚<a href="https://files.example.org/mapas">(Material Apresentado)</a>
          </h4></p>
        </details>
        """
    )
    assert [(t.title, [p.name for p in t.speakers], media(t)) for t in labelled] == [
        ("Filas na prática", ["Ana Lima"], ["AbCdEfGhIjK"]),
        ("Mapas à mão", ["Bruno Reis"], ["LmNoPqRsTuV", "https://files.example.org/mapas"]),
    ]
    assert talks("<details><summary>Why queues?</summary><p>Because.</p></details>") == []
    club = """
        # Harbor Club

        <details><summary>Summer Picnic</summary><p><b>Host:</b> Ana Lima</p><p>Bring a blanket.</p></details>

        <details><summary>Board Game Night</summary><p><b>Host:</b> Bo Reis</p><p>Two tables.</p></details>
        """
    assert talks(club) == []  # a club's events, on a page that says no talks
    broken = talks(
        """
        # Past seminars

        <details><summary>October, 10th 2031 - Ann Lee, PhD student.</br> Folding maps</summary>
        <p>How maps fold.</p><a href="https://www.youtube.com/watch?v=AbCdEfGhIjK">Video</a></details>

        <details><summary>October, 3rd 2031 - Bo Lind, PhD student.</br> Quiet queues</summary>
        <p>Why queues stay quiet.</p><a href="https://www.youtube.com/watch?v=LmNoPqRsTuV">Video</a></details>
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in broken] == [
        ("Folding maps", ["Ann Lee"]),
        ("Quiet queues", ["Bo Lind"]),
    ]


def test_raw_html_that_opens_with_an_inline_element_is_a_paragraph_of_markdown() -> None:
    """``<img …>`` alone on a line over Markdown: CommonMark makes the block raw HTML, but
    Python-Markdown (MkDocs) reads a paragraph whose links are links; a block-level element
    (``<div>``) stays raw HTML, its Markdown unread."""
    page = """
        # Talks

        <img src="icons/harbor.png" width="24">
        [Folding Maps by Hand](https://speakerdeck.com/annlee/folding-maps) - [Ann Lee](https://www.linkedin.com/in/annlee/)

        <img src="icons/harbor.png" width="24">
        [Quiet Queues under Load](https://speakerdeck.com/bolind/quiet-queues) - [Bo Lind](https://www.linkedin.com/in/bolind/)

        <img src="icons/harbor.png" width="24">
        [Small Caches for Large Sites](https://speakerdeck.com/cymoe/small-caches) - [Cy Moe](https://www.linkedin.com/in/cymoe/)
        """
    found = talks(page)
    assert [(t.line, t.title, [p.name for p in t.speakers]) for t in found] == [
        (4, "Folding Maps by Hand", ["Ann Lee"]),
        (7, "Quiet Queues under Load", ["Bo Lind"]),
        (10, "Small Caches for Large Sites", ["Cy Moe"]),
    ]
    assert talks(page.replace('<img src="icons/harbor.png" width="24">', "<div>")) == []


def test_a_dated_paragraph_names_its_speaker_over_the_title_in_bold() -> None:
    """``- 22nd Nov 2031, 8:00pm (CST)`` over ``Ann Lee (Acme)`` over ``**Title**`` and
    labelled lines: the day (a dash before it, its time after it), who, then the title."""
    entry = """
        <span class="badge">
        - {day} Nov 2031, 8:00pm (CST)
        {name} (Harbor Univ.) <br>
        **{title}**  <details>**Venue:**  Harbor Days<br>
        **Abstract:** What we learned.
        **Slides:** [pdf](../files/{slug}.pdf)</details>
        """
    rows = [
        ("22nd", "Ann Lee", "Folding Maps by Hand at Scale", "maps"),
        ("15th", "Bo Lind", "Quiet Queues for Busy Harbors", "queues"),
        ("1st", "Cy Moe", "Small Caches for Large Sites", "caches"),
    ]
    page = "# Reading group\n\n### Seminars\n" + "".join(
        dedent(entry).format(day=day, name=name, title=title, slug=slug)
        for day, name, title, slug in rows
    )
    found = talks(page)
    assert [(t.title, people(t), orgs(t), media(t)) for t in found] == [
        (title, [(name, None)], ["Harbor Univ."], [f"../files/{slug}.pdf"])
        for _, name, title, slug in rows
    ]
    assert is_date("- 22nd Nov 2031, 8:00pm (CST)") and is_date("May 3, 2031 14:00")


def test_a_speakers_cell_names_her_then_where_she_works_in_full_width_parentheses() -> None:
    """``港田花子（港湾工業大学 教授）`` in a column of speakers: her name as written, where she
    works without her role; ``Ada Vos（北港大学）``, a name in Latin letters, the same."""
    found = talks(
        """
        | 時間 | 論文 | 発表者 |
        | --- | --- | --- |
        | 13:45 - 14:00 | Folding Maps by Hand (Harbor Conf 2031) | 港田花子（港湾工業大学 教授） |
        | 14:00 - 14:15 | Quiet Queues for Busy Harbors (Lumen 2031) | Ada Vos（北港大学） |
        | 14:15 - 14:30 | Small Caches for Large Sites (Harbor Conf 2031) | 森 太郎（ミナト株式会社） |
        | 14:30 - 14:45 | Parsers by Hand (Lumen 2031) | 张伟（特邀） |
        """
    )
    assert [(people(t), orgs(t)) for t in found] == [
        ([("港田花子", None)], ["港湾工業大学"]),
        ([("Ada Vos", None)], ["北港大学"]),
        ([("森 太郎", None)], ["ミナト株式会社"]),
        ([("张伟", None)], []),  # invited: no organization
    ]


def test_the_language_after_a_title_cells_link_is_no_word_of_the_title() -> None:
    """``[Title](video) (French)`` in a column of titles beside one of names: the language
    the talk was given in, no word of its title."""
    found = talks(
        """
        | Name | Event & Year | Title & link |
        | --- | --- | --- |
        | Ada Vos | Harbor Meetup 2031 | [Files d'attente en pratique](https://youtu.be/AbCdEfGhIjK) (French) |
        | Bo Lind | Lumen Days 2031 | [Colas de verdad](https://youtu.be/LmNoPqRsTuV) (Spanish) |
        | Cy Moe | Harbor Conf 2030 | [Small Caches for Large Sites](https://youtu.be/QrStUvWxYzA) |
        """
    )
    assert [t.title for t in found] == [
        "Files d'attente en pratique",
        "Colas de verdad",
        "Small Caches for Large Sites",
    ]


def test_a_titles_link_to_a_pdf_where_decks_are_kept_is_its_deck() -> None:
    """``[Title](…/slides/x.pdf?raw=true) (Seattle, 2031)`` under ``## More talks``: a PDF
    in a folder of slides, linked by the title, is the talk's deck, where and when it was
    given after it; not where a person is named there (``(Xia Wang, 2031)``), nor where
    the place may be one (``Washington DC``)."""
    found = talks(
        """
        # Talks

        ## Parsers by hand (Ada Vos)

        At [Harbor Conf 2032](https://harbor.example.org/), May 2, 2032;
        [[slides](https://www.slideshare.net/adavos/parsers-by-hand)].

        ## More talks

        * <a href="https://github.com/ada/share/blob/main/slides/queues-2031.pdf?raw=true">Quiet queues (even when busy)</a> (Washington DC, 2031)
        * <a href="https://github.com/ada/share/blob/main/slides/maps-2030.pdf?raw=true">Folding maps by hand</a> (Seattle, 2030)
        * [Small caches](https://github.com/ada/share/blob/main/slides/caches-2029.pdf?raw=true) (Harbor Conf, 2029)
        """
    )
    assert [(t.title, len(t.slides)) for t in found][1:] == [
        ("Folding maps by hand", 1),
        ("Small caches", 1),
    ]
    who = talks(
        """
        # Talks

        - [Robust Vision](https://example.org/slides/vision.pdf) (Xia Wang, 2031)
        - [Efficient Attention](https://example.org/slides/attention.pdf) (Sun Lee, 2030)
        - [Graph Nets](https://example.org/slides/graphs.pdf) (Jin Kim, 2029)
        """
    )
    assert who == []  # who gave them, in parentheses: no title's remark of where


def test_a_plus_joins_two_speakers_named_in_full() -> None:
    """``Title - Ann Lee + Bo Lind``: a plus between names in the speakers' place joins them,
    as ``&`` does."""
    found = talks(
        """
        # Harbor Conf 2031

        - [Folding maps by hand](https://youtu.be/AbCdEfGhIjK) - Ada Vos + Bo Lind
        - [Quiet queues](https://youtu.be/LmNoPqRsTuV) - Cy Moe
        - [Small caches](https://youtu.be/QrStUvWxYzA) - Di Ray + Eva Lind
        """
    )
    assert [[p.name for p in t.speakers] for t in found] == [
        ["Ada Vos", "Bo Lind"],
        ["Cy Moe"],
        ["Di Ray", "Eva Lind"],
    ]


def test_a_title_that_opens_with_a_word_for_by_keeps_it() -> None:
    """``Por que aprender a programar?`` (Portuguese: why learn to program?): ``por`` is
    Spanish for "by" before names written in capitals, not before a word in lower case."""
    found = talks(
        """
        # Palestras

        - Por que aprender a programar? - Ana Lima ([vídeo](https://youtu.be/AbCdEfGhIjK))
        - Filas na prática - Bruno Reis ([vídeo](https://youtu.be/LmNoPqRsTuV))
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Por que aprender a programar?", ["Ana Lima"]),
        ("Filas na prática", ["Bruno Reis"]),
    ]


def test_a_media_word_then_where_it_can_be_found_labels_the_link() -> None:
    """``Slides can be found on [Speaker Deck](…)``, ``The video is on [Vimeo](…)``: a
    media word, then where it can be found, then the site its link goes to."""
    found = talks(
        """
        ## Quiet Queues - Ann Lee

        Slides can be found on [Speaker Deck](https://speakerdeck.com/annlee/queues).

        ## Folding Maps - Bo Lind

        The video is on [Vimeo](https://vimeo.com/123456).
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Quiet Queues", ["annlee/queues"]),
        ("Folding Maps", ["123456"]),
    ]


def test_a_speaking_pages_paragraphs_each_led_by_a_bold_title_are_its_talks() -> None:
    """On a page titled ``Speaking``, paragraphs that each open with a title in bold, then
    a comma and what the talk is about, then where it was given and its slides: its talks
    (one that links nothing may be any paragraph in bold); the same paragraphs on a page
    that says no talks are prose."""
    paragraphs = """
        **Intro to Tides**, An introduction to tide tables for sailors.
        What they tell a sailor, and how they are computed from the moon and the sun.
        Talk given during a team meeting for colleagues, who had asked about the tides.<br />
        Slides can be found on [Speaker Deck](https://speakerdeck.com/ann/tides).<br />
        (March 24th, 2031)

        **Quiet Queues**, An overview of queues that wait, and why.
        What the waiting costs the systems built on them, with three worked examples.
        Talk given during the [Harbor meetup](https://www.meetup.com/harbor/events/1/), the
        second of the year, to some forty people.<br />
        Slides can be found on [Speaker Deck](https://speakerdeck.com/ann/queues).<br />
        (March 22nd, 2031)

        **Folding Maps**, How maps fold.
        Talk given at a school, all live coding.<br />
        (March 2nd, 2031)

        **Harbor Boot 2.0**, A talk about what changed within Harbor Boot 2.0, and more precisely about the arrival of the reactive way of writing services within the Harbor world.
        Slides can be found on [Speaker Deck](https://speakerdeck.com/ann/boot-2).<br />
        (March 30th, 2030)
        """
    found = talks(paragraphs, meta={"title": "Speaking"})
    assert [(t.title, media(t)) for t in found] == [
        ("Intro to Tides", ["ann/tides"]),
        ("Quiet Queues", ["ann/queues"]),
        ("Harbor Boot 2.0", ["ann/boot-2"]),  # a long sentence after its title
    ]
    assert talks(paragraphs, meta={"title": "Recipes"}) == []


def test_a_remark_before_a_colon_and_a_player_that_names_the_talk() -> None:
    """``Max's talk about clusters: [Managing Clusters with Flux - Max Lee, Acme](video)``:
    on a page that says talks, the link's words give the title and its speakers, the words
    before the colon are a remark on it (kept as its description); a link whose words name
    no one stays the line's title."""
    playlist = """
        # Morning music

        - Morning: [Clair de Lune - Claude Debussy](https://youtu.be/aaaaaaaaaaa)
        - Evening: [Gymnopédie No. 1 - Erik Satie](https://youtu.be/bbbbbbbbbbb)
        """
    assert [t.speakers for t in talks(playlist)] == []  # no page of talks: a playlist
    found = talks(
        """
        # Conference talks, a recap

        - Max's talk about clusters: [Managing Clusters with Flux - Max Lee, Acme](https://youtu.be/aaaaaaaaaaa)
        - Environment promotion: [Solving Promotion with Flux - Ann Lee & Bo Lind, Lumen](https://youtu.be/bbbbbbbbbbb)
        - [Progressive Delivery - Cy Moe, Anova](https://youtu.be/ccccccccccc)
        """
    )
    assert [(t.title, [s.name for s in t.speakers], orgs(t), t.abstract) for t in found] == [
        ("Managing Clusters with Flux", ["Max Lee"], ["Acme"], "Max's talk about clusters"),
        ("Solving Promotion with Flux", ["Ann Lee", "Bo Lind"], ["Lumen"], "Environment promotion"),
        ("Progressive Delivery", ["Cy Moe"], ["Anova"], ""),
    ]


def test_a_bilibili_player_is_a_talks_video() -> None:
    """``<iframe src="https://player.bilibili.com/player.html?aid=…&bvid=BV…&…">`` under a
    talk's heading, and a link to ``bilibili.com/video/av…``: Bilibili videos, played from
    its player by their ``BV`` id (or their number) and their part of a collection
    (``?p=2``), nothing else of the address."""
    found = talks(
        """
        ## Quiet Queues - Ann Lee

        <iframe src="https://player.bilibili.com/player.html?aid=741876969&bvid=BV11k4y1H7xY&cid=1153185612&page=1&high_quality=1" allowfullscreen="true"></iframe>

        ## Folding Maps - Bo Lind

        Video: [recording](https://www.bilibili.com/video/av43214174)

        ## Tide Tables - Cy Moe

        Video: [part 2](https://www.bilibili.com/video/BV1Hy4y1W7KW?p=2)
        """
    )
    assert [(t.title, [(m.provider, m.id, m.embed_url) for m in t.media]) for t in found] == [
        (
            "Quiet Queues",
            [
                (
                    "bilibili",
                    "BV11k4y1H7xY",
                    "https://player.bilibili.com/player.html?bvid=BV11k4y1H7xY&autoplay=0",
                )
            ],
        ),
        (
            "Folding Maps",
            [
                (
                    "bilibili",
                    "av43214174",
                    "https://player.bilibili.com/player.html?aid=43214174&autoplay=0",
                )
            ],
        ),
        (
            "Tide Tables",
            [
                (
                    "bilibili",
                    "BV1Hy4y1W7KW-p2",
                    "https://player.bilibili.com/player.html?bvid=BV1Hy4y1W7KW&page=2&autoplay=0",
                )
            ],
        ),
    ]


def test_a_linked_title_then_a_full_width_comma_and_a_name_in_chinese_characters() -> None:
    """``[Title](video)，宋海，灯塔社区创始人``: the talk's title, then its speaker named in
    Chinese (maybe with another name in parentheses) and where she works before her role."""
    found = talks(
        """
        ## 话题

        - [开场演讲：欢迎来到灯塔社区](https://www.bilibili.com/video/BV1aa411a7aa)，宋海，灯塔社区创始人
        - [海港云开源项目解析](https://www.bilibili.com/video/BV1bb411b7bb)，粟林，海港云科技资深解决方案架构师
        - [服务网格新篇章](https://www.bilibili.com/video/BV1cc411c7cc)，石明（卓远），潮汐集团高级技术专家
        """
    )
    assert [(t.title, people(t), orgs(t), media(t)) for t in found] == [
        ("开场演讲：欢迎来到灯塔社区", [("宋海", None)], ["灯塔社区"], ["BV1aa411a7aa"]),
        ("海港云开源项目解析", [("粟林", None)], ["海港云科技"], ["BV1bb411b7bb"]),
        ("服务网格新篇章", [("石明（卓远）", None)], ["潮汐集团"], ["BV1cc411c7cc"]),
    ]


def test_a_media_word_in_bold_then_a_dash_labels_the_address_after_it() -> None:
    found = talks(
        """
        ## Day one

        ### Practical Checks - Ann Lee

        Ann gave a fine introduction to property tests.

        **Slides** - http://ann.example.org/practical/index.html#/

        ### Quiet Queues - Bo Lind

        **Video** – https://bo.example.org/talks/queues/

        **Notes** - https://bo.example.org/notes/queues/

        Slides - from the team, soon.
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Practical Checks", ["http://ann.example.org/practical/index.html#/"]),
        ("Quiet Queues", ["https://bo.example.org/talks/queues/"]),
    ]


def test_a_title_a_dash_then_each_speaker_at_her_workplace() -> None:
    found = talks(
        """
        # Harbor JS Party: slides

        ## [16th 2031/09/25 @Lamp Cafe](https://forum.example.org/topic/16)
        * 海港框架进行到底 － 崔迪@灯塔农人
        * css-still-hard-2031 - Hux@微票

        ## [15th 2031/08/20 @Harbor Hall](https://forum.example.org/topic/15)
        * Growth hacking － 周磊@91拼团
        * Web app with nodejs - Ada@格图， Bo Lind@格图
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("海港框架进行到底", [("崔迪", None)], ["灯塔农人"]),
        ("css-still-hard-2031", [("Hux", None)], ["微票"]),
        ("Growth hacking", [("周磊", None)], ["91拼团"]),
        ("Web app with nodejs", [("Ada", None), ("Bo Lind", None)], ["格图"]),
    ]
    # mail addresses are no one at her workplace; two such lines are too few
    contacts = """
        # Meetup talks

        * Questions - ann@example.org
        * Sponsoring - bo@example.org
        * Venue - cy@example.org
        """
    assert talks(contacts) == []
    assert talks(found_page := "# Talks\n\n* Growth hacking - Ada@Acme\n* Queues - Bo@Acme\n") == []
    assert found_page


def test_a_talks_body_that_opens_with_its_speaker_a_full_width_comma_and_her_work() -> None:
    page = """
        # {title}

        ## Rustdoc 的未来

        Ada Vos，灯塔科技工程师，rustdoc 团队负责人。我的目标是让文档更好写。

        这个讲座介绍 rustdoc 的新功能。

        ## 计算加速技术解读

        李原，2030年毕业于海港大学，同年加入灯塔开源中心。

        本议题介绍计算加速。

        ## 从零开始实现 Fuzzer

        讲师： 周峰 ， 潮汐网络安全研究员，曾开发多个模糊测试工具。

        我们将介绍模糊测试。
        """
    found = talks(page.format(title="Harbor Conf 2031 大会议题列表"))
    assert [people(t) for t in found] == [[("Ada Vos", None)], [("李原", None)], [("周峰", None)]]
    assert [orgs(t) for t in found][:2] == [["灯塔科技"], []]  # where she studied: no workplace
    team = page.format(title="我们的团队").replace("讲师： 周峰 ，", "周峰，")
    assert talks(team) == []  # a team's page: no talks


def test_a_speakers_bio_label_over_her_name_in_chinese_characters_names_her() -> None:
    """``讲师简介：`` ("the speaker, in short") over ``周峰，东方通信云平台架构师，…``: the
    bio opens with her name, then a comma; the talk under ``### 议题一：Title`` with its
    player is hers; a title (``金牌讲师``, "gold-medal lecturer") is no name. An English
    bio's first words are no name read so."""
    found = talks(
        """
        ## 活动内容回顾

        ### 议题一：基于云平台的落地实践

        讲师简介：

        周峰，海港通信云平台架构师，8 年云计算工作经验。

        <iframe src="https://player.bilibili.com/player.html?bvid=BV11k4y1H7xY"></iframe>

        ### 议题二：云原生应用安全构建

        讲师简介：

        马景贺（小马哥），灯塔 DevOps 技术布道师。

        <iframe src="https://player.bilibili.com/player.html?bvid=BV1m8411o7j3"></iframe>

        ### 议题三：网关实践

        讲师简介：

        金牌讲师，拥有十年网关经验。

        <iframe src="https://player.bilibili.com/player.html?bvid=BV1Ks4y1w7Qe"></iframe>
        """
    )
    assert [(t.title, [s.name for s in t.speakers]) for t in found] == [
        ("基于云平台的落地实践", ["周峰"]),
        ("云原生应用安全构建", ["马景贺"]),
        ("网关实践", []),
    ]
    english = talks(
        """
        ## Quiet Queues

        About the speaker:

        Harbor, our host, welcomes everyone.

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        ## Folding Maps

        About the speaker:

        Kite, a long-time member, shows maps.

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>
        """
    )
    assert [[s.name for s in t.speakers] for t in english] == [[], []]


def test_words_in_braces_after_a_headings_title_stay_on_the_page() -> None:
    """``## Title {/*anchor*/}`` (an MDX page's anchor comment): Python-Markdown reads its
    emphasis and shows the braces' words, so the heading stays above the card, the record
    titled without them; ``{: #anchor .talk }`` is an attribute list, shown by no one."""
    found = plan(
        """
        ## Quiet Queues {/*quiet-queues-in-practice*/}

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        ## Folding Maps {: #maps .talk }

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>
        """
    ).talks
    assert [(t.talk.title, t.retitle) for t in found] == [
        ("Quiet Queues", False),
        ("Folding Maps", True),
    ]


def test_the_sessions_rules_leave_their_look_alikes_as_written() -> None:
    """Brackets after a title and no name stay the title's (``[Part 2]``); two words then
    ``On`` are a title (``Game On``); a hyphenated surname before her handle keeps both; a
    hosts' slot with its recording (``Q&A``) is a talk still."""
    found = talks(
        """
        # Talks

        ## Quiet Queues [Part 2]

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        ## Game On

        - Slides at [SlideShare](https://www.slideshare.net/annlee/game-on)

        ## Tide Tables - Di Ray-Holm ([@dray](https://github.com/dray))

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>

        ## Q&A

        <iframe src="https://www.youtube.com/embed/ccccccccccc"></iframe>
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Quiet Queues [Part 2]", []),
        ("Game On", []),
        ("Tide Tables", [("Di Ray-Holm", "https://github.com/dray")]),
        ("Q&A", []),
    ]


def test_a_bilibili_address_names_its_video_as_the_player_does() -> None:
    """A ``BV`` id keeps its case (the player knows no other) and a part its number."""
    assert find("https://www.bilibili.com/video/bv1Hy4y1W7KW") is None
    part = find("https://www.bilibili.com/video/BV1Hy4y1W7KW?p=03")
    assert part is not None and (part.id, part.url) == (
        "BV1Hy4y1W7KW-p3",
        "https://www.bilibili.com/video/BV1Hy4y1W7KW?p=3",
    )


def test_words_in_braces_that_no_attribute_list_reads_are_read_at_once() -> None:
    """``## Title {recording available afterwards?}``: words in braces, no attributes (the
    reading of them as attributes must not try each way of cutting them up)."""
    found = plan(
        """
        ## Quiet Queues {Understanding asynchronous programming in practice!}

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        ## Folding Maps {recording available afterwards?}

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>
        """
    ).talks
    assert [t.retitle for t in found] == [False, False]


def test_a_bold_name_in_a_players_link_names_the_speaker_and_keeps_the_player() -> None:
    """``[**Ann Lee** - Title - May, 2031](video){target=_blank}``: the name in bold, the
    title, the day it was given (no title's words); the link is the recording, also a
    page in a site's folder of videos; its attr_list is no word of the line."""
    found = talks(
        """
        ## Recordings

        - [**Ann Lee** - Quiet Queues - May, 2031](https://www.youtube.com/watch?v=aaaaaaaaaaa){target=_blank}
        - [**Bo Lind** - Loud Logs - Oct, 2031](https://harbor.example.org/Videos/Seminar/2031-10-bo.html){: target="_blank" }
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("Quiet Queues", [("Ann Lee", None)], ["aaaaaaaaaaa"]),
        (
            "Loud Logs",
            [("Bo Lind", None)],
            ["https://harbor.example.org/Videos/Seminar/2031-10-bo.html"],
        ),
    ]


def test_a_links_version_or_audio_names_its_media() -> None:
    """``[PDF-Version](…)``, ``[Audio-Version](…)``: which version of the talk a link
    gives, its deck or its recording."""
    found = talks(
        """
        ## Harbor Days 2031

        * Tide Tables Revisited - [PDF-Version](decks/tides.pdf) / [Audio-Version](https://www.youtube.com/watch?v=aaaaaaaaaaa)
        * Buoys at Dawn - [PDF-Version](decks/buoys.pdf) / [Audio-Version](https://youtu.be/bbbbbbbbbbb)
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Tide Tables Revisited", ["aaaaaaaaaaa", "decks/tides.pdf"]),
        ("Buoys at Dawn", ["bbbbbbbbbbb", "decks/buoys.pdf"]),
    ]


def test_a_decks_titles_keep_their_acronyms_lists_and_tags() -> None:
    """Titles of decks that name no one: capitals then a letter in lower case are an
    acronym's plural or a product's (``Harbor APIs``), no one's name; single words after
    commas go on the title's list; a hashtag after the link is the event's tag."""
    found = talks(
        """
        ## Harbor Days 2031

        * [Harbor APIs - Die kooperative Basis](assets/apis.pdf)
        * [Open Knowledge: Austausch, Information, Diskussion](assets/open.pdf) (#HarborDays31)
        * [Buoy Data Today](assets/buoys.pdf)
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("Harbor APIs - Die kooperative Basis", [], ["assets/apis.pdf"]),
        ("Open Knowledge: Austausch, Information, Diskussion", [], ["assets/open.pdf"]),
        ("Buoy Data Today", [], ["assets/buoys.pdf"]),
    ]


def test_a_byline_then_a_colon_ends_the_talks_line() -> None:
    """``Titre par A. Example : présentation [ici](deck.pdf). En attendant <…>``: the title
    and its byline, then what the line says of the talk, its deck and its links."""
    found = talks(
        """
        ## Conférences

        - Cartes des marées par N. Example : présentation [ici](https://pretalx.com/media/tides.pdf). En attendant <https://marees.example.org/>

        - Cartographier les récifs avec OSM par E. Exemple et J. Modèle : [un paquet R pour tout ça](https://github.com/example/reefs) et les besoins en données

        - Bouées : quoi de neuf par A. Example : présentation [ici](https://pretalx.com/media/buoys.pdf)
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("Cartes des marées", [("N. Example", None)], ["https://pretalx.com/media/tides.pdf"]),
        (
            "Cartographier les récifs avec OSM",
            [("E. Exemple", None), ("J. Modèle", None)],
            [],
        ),
        ("Bouées : quoi de neuf", [("A. Example", None)], ["https://pretalx.com/media/buoys.pdf"]),
    ]


def test_a_one_word_name_after_a_dash_is_no_part_of_a_titles_list() -> None:
    """``Tides, revisited - Marta``: a dash, not a comma, stands before the name; the title's
    comma makes no list of it."""
    found = talks(
        """
        # Lightning talks

        - Tides, revisited - Marta - [slides](https://lt.example.org/1.pdf)
        - Buoys, again - Tobias - [slides](https://lt.example.org/2.pdf)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Tides, revisited", [("Marta", None)]),
        ("Buoys, again", [("Tobias", None)]),
    ]


def test_a_meetings_date_link_then_where_in_capitals_opens_the_line() -> None:
    """``[5th Feb 2031](…) at CERN  Ann Lee (Acme): "Title"``: when, where, then who and
    what; a title whose quote is never closed is read without it."""
    found = talks(
        """
        ## Past seminars

        * [5th Feb 2031](https://indico.example.org/event/1/) at CERN     Ann Lee (Harbor U)  "Tides and the False Discovery Rate"
        * [15th Jan 2031](https://indico.example.org/event/2/) at CERN    Bo Lind (MPIM): "Buoys in Parallel"
        * [9th Dec 2030](https://indico.example.org/event/3/)    Cy Moe (Reef Lab) : "Supervised learning with biased reefs
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Tides and the False Discovery Rate", [("Ann Lee", None)], ["Harbor U"]),
        ("Buoys in Parallel", [("Bo Lind", None)], ["MPIM"]),
        ("Supervised learning with biased reefs", [("Cy Moe", None)], ["Reef Lab"]),
    ]


def test_a_speakers_links_in_parentheses_on_the_next_line_are_hers() -> None:
    """``**Speaker**: Ann Lee`` over ``([Twitter](…))``, an item's line wrapped: her link."""
    found = talks(
        """
        ## Tides in brief
          * **Speaker**: Ann Lee
            ([Twitter](https://twitter.com/annlee_example))
          * **Description**: How tides are measured.

        ## Buoys at dawn
          * **Speaker**: Bo Lind ([GitHub](https://github.com/bolind-example))
          * **Description**: Buoys explained.
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Tides in brief", [("Ann Lee", "https://twitter.com/annlee_example")]),
        ("Buoys at dawn", [("Bo Lind", "https://github.com/bolind-example")]),
    ]


def test_a_telegram_profile_is_the_speakers() -> None:
    """``Palestrante: [Ana Lima](https://t.me/analima). Pesquisadora, …``: her Telegram is
    her profile."""
    found = talks(
        """
        ## Palestra 1: O Mundo das Marés

        Sobre marés.

        Palestrante: [Ana Lima](https://t.me/analima). Pesquisadora, ciclista.

        ## Palestra 2: Boias ao Amanhecer

        Sobre boias.

        Palestrante: [Bruno Reis](https://t.me/brunoreis). Professor.
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("O Mundo das Marés", [("Ana Lima", "https://t.me/analima")]),
        ("Boias ao Amanhecer", [("Bruno Reis", "https://t.me/brunoreis")]),
    ]


def test_a_byline_then_a_colon_on_a_playlist_is_no_talk() -> None:
    """``Harvest Moon by Neil Example: slow and warm``: on a page that does not say talks,
    a song and its songwriter."""
    found = talks(
        """
        # Friday mix

        1. Midnight Harbor by Anthony Example: the synth line. Listen on <https://www.youtube.com/watch?v=ggggggggggg>
        2. Harvest Tides by Neil Example: slow and warm.
        """
    )
    assert found == []


def test_a_strong_title_alone_over_its_speaker_label_is_a_talk() -> None:
    """``**Title**`` alone in its paragraph, then ``**Speaker:** Ann Lee`` under a meeting's
    date: a talk; a hashtag that opens the title is its own."""
    found = talks(
        """
        A history of talks at our meetups.

        ## Thursday, March 19, 2031

        **#TideHedgehogs**

        **Speaker:** Ann Lee

        How hedgehogs read the tides.

        ## Thursday, February 19, 2031

        **Silence of the Buoys**

        **Speaker:** Bo Lind

        What buoys do not say.
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("#TideHedgehogs", [("Ann Lee", None)]),
        ("Silence of the Buoys", [("Bo Lind", None)]),
    ]


def test_a_strong_name_then_a_title_in_emphasis_then_its_material() -> None:
    """``**Ann Lee** - _Title_: [video](…) / <strike>slides</strike> / [repo](…)``: who, what,
    then the talk's material after a colon (a link struck out is material not there); the
    first of it that is a person's page on a profile site, named as her own link is
    (``repo``, ``twitter``; not ``host``), is the speaker's."""
    found = talks(
        """
        # Charlas

        ## Friday morning

        * **Ann Lee** - _Queues at Scale_: [video](https://www.youtube.com/watch?v=aaaaaaaaaaa) / <strike>slides</strike> / [repo](https://github.com/annlee)
        * **Bo Lind** - _Parsers by Hand_ : [video](https://www.youtube.com/watch?v=bbbbbbbbbbb) / [slides](https://example.org/parsers.pdf) / [host](https://github.com/harbor-rust)
        * **Cy Moe** - _Maps for All_: <strike>video</strike> / <strike>slides</strike> / [repo](https://github.com/cymoe/maps) / [twitter](https://twitter.com/cymoe)
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("Queues at Scale", [("Ann Lee", "https://github.com/annlee")], ["aaaaaaaaaaa"]),
        (
            "Parsers by Hand",
            [("Bo Lind", None)],
            ["bbbbbbbbbbb", "https://example.org/parsers.pdf"],
        ),
        ("Maps for All", [("Cy Moe", "https://twitter.com/cymoe")], []),  # a repository is none
    ]


def test_a_chinese_title_then_a_colon_then_its_people_in_latin_letters() -> None:
    """``- 队列入门: Ann Lee, Acme`` under the event's item ``[Harbor Summit 2031](…),
    Oslo, 2031年3月12-13日``: the script changes where the title ends; the event's link,
    before its place and days, is the section; an English subtitle is no one."""
    found = talks(
        """
        * [Harbor Summit 2031](https://harbor.example.org/2031), Oslo, 2031年3月12-13日
          - 队列入门: Ann Lee, Acme
              - [幻灯片](https://docs.google.com/presentation/d/aaa/edit)
          - 手写解析器: Bo Lind & Cy Moe, Lumen
              - [幻灯片](https://docs.google.com/presentation/d/bbb/edit)
          - 地图入门: Getting Started
              - [幻灯片](https://docs.google.com/presentation/d/ccc/edit)
          - 云原生入门: Kubernetes, Helm & Istio
              - [幻灯片](https://docs.google.com/presentation/d/ddd/edit)
          - 主持人: Di Ray, Northwind
        """
    )
    assert [(t.title, people(t), orgs(t), t.section) for t in found] == [
        ("队列入门", [("Ann Lee", None)], ["Acme"], "Harbor Summit 2031"),
        ("手写解析器", [("Bo Lind", None), ("Cy Moe", None)], ["Lumen"], "Harbor Summit 2031"),
        ("地图入门: Getting Started", [], [], "Harbor Summit 2031"),
        ("云原生入门: Kubernetes, Helm & Istio", [], [], "Harbor Summit 2031"),
    ]


def test_a_linked_title_then_a_colon_and_its_people_under_an_events_days() -> None:
    """``- [Title](session): Ann Lee, Bo Lind`` under ``* [Harbor Cloud Next, Oslo](…),
    2031年4月9-11日``: the title linked, then its people; the event's link before its days
    alone is the section. A linked event's name or a media's before the colon is none."""
    found = talks(
        """
        * [Harbor Cloud Next, Oslo](https://harbor.example.org/next), 2031年4月9-11日
          - [跟随队列取消偏见](https://harbor.example.org/next/sessions?id=1): Ann Lee, Bo Lind
              - [幻灯片](https://docs.google.com/presentation/d/aaa/edit)
          - [Quiet Queues at Scale](https://sched.co/AbCd): Cy Moe
              - [Video](https://www.youtube.com/watch?v=ccccccccccc)
        * [Lumen Data Day, Porto](https://lumen.example.org/), April 2-3, 2030
          - [队列](https://lumen.example.org/2030/sessions#moe): Di Ray
              - [幻灯片](https://docs.google.com/presentation/d/ddd/edit)
          - [Parsers: Made by Hand](https://lumen.example.org/2030/sessions#hart): Eve Hart
              - [幻灯片](https://docs.google.com/presentation/d/eee/edit)
        """
    )
    assert [(t.title, people(t), t.section) for t in found] == [
        ("跟随队列取消偏见", [("Ann Lee", None), ("Bo Lind", None)], "Harbor Cloud Next, Oslo"),
        ("Quiet Queues at Scale", [("Cy Moe", None)], "Harbor Cloud Next, Oslo"),
        ("队列: Di Ray", [], "Lumen Data Day, Porto"),  # too short to tell it a title
        ("Parsers: Made by Hand", [("Eve Hart", None)], "Lumen Data Day, Porto"),
    ]


@pytest.mark.parametrize(
    "lines",
    [
        # an event's name linked before the colon: where, then who
        "- [Harbor Days 2031](https://harbor.example.org/): Ann Lee\n"
        "- [Lumen Conf 2030](https://www.youtube.com/watch?v=aaaaaaaaaaa): Bo Lind\n",
        # a media's name linked before the colon: what, then whose
        "- [Video recording](https://www.youtube.com/watch?v=aaaaaaaaaaa): Ann Lee\n"
        "- [Slides and video](https://www.youtube.com/watch?v=bbbbbbbbbbb): Bo Lind\n",
    ],
)
def test_a_linked_event_or_media_then_a_colon_and_a_name_is_no_title(lines: str) -> None:
    assert talks(f"# Talks\n\n{lines}") == []


def test_a_bylines_place_and_day_after_the_event_are_no_organizations() -> None:
    """``[Title](video) by [Ann Lee](…), at [Harbor Summit 2016](…), Ireland, 2016-04-13``:
    where and when she spoke; ``by Ann Lee at Acme`` still names where she works."""
    found = talks(
        """
        # Conferences

        * [Queues at Scale](https://www.youtube.com/watch?v=aaaaaaaaaaa) by [Ann Lee](https://github.com/annlee), at [Harbor Summit 2016 Dublin](https://harbor.example.org/), Ireland, 2016-04-13
        * [Parsers by Hand](https://www.youtube.com/watch?v=bbbbbbbbbbb) by [Bo Lind](https://github.com/bolind), at Harbor Conf 2015 in Beijing, China, 2015-04-18
        * [Maps for All](https://www.youtube.com/watch?v=ccccccccccc), [slides](https://www.slideshare.net/cy/maps) by [Cy Moe](https://github.com/cymoe) & [Di Ray](https://github.com/diray), at [Harbor Summit 2015](https://h.example.org/) in San Jose, US, 2015-06-09
        * [Kites in Winter](https://example.org/kites) ([slides](https://www.slideshare.net/ed/kites)) by [Ed Fox](https://github.com/edfox) & [Flo Gray](https://github.com/flogray), at Strata World in London, UK, 2015-05-06
        """
    )
    assert [(t.title, [n for n, _ in people(t)], orgs(t)) for t in found] == [
        ("Queues at Scale", ["Ann Lee"], []),
        ("Parsers by Hand", ["Bo Lind"], []),
        ("Maps for All", ["Cy Moe", "Di Ray"], []),
        ("Kites in Winter", ["Ed Fox", "Flo Gray"], []),
    ]


def test_a_themes_pdf_shortcode_is_the_talks_deck() -> None:
    """``{{< pdf src="/ViewerJS/#../files/deck.pdf" >}}`` under a talk, on a page of talks:
    its deck in a frame; on a page of bylaws, nothing."""
    page = """
        # Presentations

        ## Queues at Scale

        Ann Lee presents queues.

        {{< pdf src="/ViewerJS/#../files/2031-queues.pdf" >}}

        ## Parsers by Hand

        Bo Lind presents parsers.

        {{< youtube id="bbbbbbbbbbb" autoplay="false" >}}
        """
    assert [(t.title, media(t)) for t in talks(page)] == [
        ("Queues at Scale", ["../files/2031-queues.pdf"]),
        ("Parsers by Hand", ["bbbbbbbbbbb"]),
    ]


def test_a_bold_title_under_an_events_heading_is_the_talks() -> None:
    """``## Percona Live Europe 2031`` over ``**Title**``, its description and its player:
    the heading says where, the bold line is the title."""
    found = talks(
        """
        # Presentations

        ## Harbor Live Europe 2031

        **Queues at Scale**

        Ann Lee presents how queues hold.

        {{< youtube id="aaaaaaaaaaa" >}}

        ## Kubecon 31 Barcelona

        **Parsers by Hand**

        Bo Lind presents parsers.

        {{< youtube id="bbbbbbbbbbb" >}}
        """
    )
    assert [t.title for t in found] == ["Queues at Scale", "Parsers by Hand"]


def test_a_description_opening_with_speakers_from_their_workplace() -> None:
    """``Ann Lee from Acme provides an overview of …``, three talks described so: who, where
    she works."""
    found = talks(
        """
        # Presentations

        ## Queues at Scale

        Ann Lee from Acme provides an overview of queues.

        {{< youtube id="aaaaaaaaaaa" >}}

        ## Parsers by Hand

        Bo Lind explains parsers.

        {{< youtube id="bbbbbbbbbbb" >}}

        ## Maps for All

        Cy Moe shows maps.

        {{< youtube id="ccccccccccc" >}}
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Queues at Scale", [("Ann Lee", None)], ["Acme"]),
        ("Parsers by Hand", [("Bo Lind", None)], []),
        ("Maps for All", [("Cy Moe", None)], []),
    ]


def test_a_link_after_the_speakers_role_is_where_she_works() -> None:
    """``Ann Lee, DevSecOps Engineer, [Practical DevSecOps](site)`` under a talk's item: the
    link after her role names her company, though its words read as a name."""
    found = talks(
        """
        ### #18: Pipelines

        - **Queues at Scale**:  [[Slides]](https://example.org/s/queues.pdf)
        \t- Ann Lee, DevSecOps Engineer, [Practical DevSecOps](https://www.practical-devsecops.example/)
        - **Maps for All**:  [[Slides]](https://example.org/s/maps.pdf)
        \t- Cy Moe, Enterprise Solutions Lead, [JFrog](https://jfrog.example/)
        - **Parsers by Hand**:  [[Slides]](https://example.org/s/parsers.pdf)
        \t- Bo Lind, Staff Engineer, [Di Ray](https://github.com/diray)
        """
    )
    assert [(people(t), orgs(t)) for t in found] == [
        ([("Ann Lee", None)], ["Practical DevSecOps"]),
        ([("Cy Moe", None)], ["JFrog"]),
        ([("Bo Lind", None), ("Di Ray", "https://github.com/diray")], []),
    ]


def test_mends_of_the_bylines_at_and_the_described_workplace() -> None:
    """A byline's workplace after ``at`` stays before the event's ``at``; ``from the team``
    names no organization; a title opening ``I/O`` is no writer's."""
    found = talks(
        """
        # Talks

        * [Queues at Scale](https://www.youtube.com/watch?v=aaaaaaaaaaa) by Ann Lee, Staff Engineer at Acme, at Harbor Summit 2016, 2016-04-13
        * [Parsers by Hand](https://www.youtube.com/watch?v=bbbbbbbbbbb) by Bo Lind, at Harbor Summit 2016, 2016-04-13
        """
    )
    assert [(t.title, orgs(t)) for t in found] == [
        ("Queues at Scale", ["Acme"]),
        ("Parsers by Hand", []),
    ]
    described = talks(
        """
        # Presentations

        ## Queues at Scale

        Ann Lee from the team presents queues.

        {{< youtube id="aaaaaaaaaaa" >}}

        ## Parsers by Hand

        Bo Lind explains parsers.

        {{< youtube id="bbbbbbbbbbb" >}}

        ## Maps for All

        Cy Moe shows maps.

        {{< youtube id="ccccccccccc" >}}
        """
    )
    assert [orgs(t) for t in described] == [[], [], []]
    given = talks(
        """
        # Tech talks

        - [Queues at Scale](https://example.org/q.pdf) at Harbor Days 2031
        - [Parsers by hand](https://example.org/p.pdf) at Lumen Summit 2030
        - [Maps for everyone](https://example.org/m.pdf) at FjordConf 2030
        - [I/O at the edge](https://example.org/talks/io) at Harbor Days 2029
        """
    )
    assert [t.title for t in given][-1] == "I/O at the edge"


def test_a_brand_in_lower_case_after_the_speakers_role_is_where_she_works() -> None:
    """``Speaker: *Ann Lee*, Senior Android Developer, busuu``: a company that writes its
    name so; a remark (``remote``) or a role alone (``Student``) names none."""
    found = talks(
        """
        ## Queues at Scale
        Speaker: *Ann Lee*, Senior Android Developer, busuu
        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        ## Parsers by Hand
        Speaker: *Bo Lind*, Web Developer, remote
        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>

        ## Maps for All
        Speaker: *Cy Moe*, Student
        <iframe src="https://www.youtube.com/embed/ccccccccccc"></iframe>
        """
    )
    assert [(people(t), orgs(t)) for t in found] == [
        ([("Ann Lee", None)], ["busuu"]),
        ([("Bo Lind", None)], []),
        ([("Cy Moe", None)], []),
    ]


def test_a_link_named_for_her_own_site_after_a_speaker_is_hers() -> None:
    """``Speaker: *Ann Lee*, Senior Developer, [website](…)``: her site, no organization
    named "website"."""
    found = talks(
        """
        ## Queues at Scale
        Speaker: *Ann Lee*, Senior Developer, [website](https://annlee.example.dev)
        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        ## Parsers by Hand
        Speaker: *Bo Lind*, Web Developer, [Blog](https://bolind.example/blog)
        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>
        """
    )
    assert [(people(t), orgs(t)) for t in found] == [
        ([("Ann Lee", "https://annlee.example.dev")], []),
        ([("Bo Lind", "https://bolind.example/blog")], []),
    ]
