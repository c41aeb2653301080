"""A talk written as a record of labelled lines, with no heading of its own: a paragraph or
a list item whose every line labels one of its fields, a title and its speakers among them."""

from __future__ import annotations

from textwrap import dedent

import pytest
from reading import media, people, talks

from mkdocs_roundup.containers import unwrap


def test_paragraphs_of_labelled_lines_are_talks() -> None:
    found = talks(
        """
        # Lightning talks, March

        Bring ten minutes on anything you like.

        **Topic:** Folding maps by hand~
        **Speaker:** Ann Lee

        **Topic:** Tide tables in the browser~
        **Speaker:** Bo Lind~
        **Slides:** [deck](https://speakerdeck.com/bolind/tide-tables)

        **Speaker:** Cy Moss~
        **Topic:** Knots for sailors
        """.replace("~", "  ")
    )
    assert [(t.line, t.title, people(t), media(t)) for t in found] == [
        (5, "Folding maps by hand", [("Ann Lee", None)], []),
        (
            8,
            "Tide tables in the browser",
            [("Bo Lind", None)],
            ["bolind/tide-tables"],
        ),
        (12, "Knots for sailors", [("Cy Moss", None)], []),
    ]


def test_numbered_labels_label_a_title_and_its_speakers() -> None:
    found = talks(
        """
        # February meeting: lightning talks

        Topic 1: A short tour of Haskell
        Presenter: Jack Hill

        Topic 2: Sound for software people
        Presenter: Mia Frost

        What she will cover, at some length, in her ten minutes.
        """
    )
    assert [(t.line, t.title, people(t)) for t in found] == [
        (3, "A short tour of Haskell", [("Jack Hill", None)]),
        (6, "Sound for software people", [("Mia Frost", None)]),
    ]


def test_a_list_item_of_labelled_lines_is_a_talk() -> None:
    found = talks(
        """
        # Meetup archive

        - Title: Folding maps by hand
          Speaker: Ann Lee
        - Title: Tide tables in the browser
          Speaker: Bo Lind
        """
    )
    assert [(t.line, t.title, people(t)) for t in found] == [
        (3, "Folding maps by hand", [("Ann Lee", None)]),
        (5, "Tide tables in the browser", [("Bo Lind", None)]),
    ]


@pytest.mark.parametrize(
    "page",
    [
        # a title and its authors: a reading list, no talks
        """
        # Reading list

        Title: Folding maps by hand
        Author: Ann Lee

        Title: Tide tables
        Author: Bo Lind
        """,
        # a line that labels nothing: a description, not a record
        """
        # News

        Topic: Folding maps by hand
        Ann Lee wrote to us about the club's new room and its opening hours.

        Topic: Tide tables
        Bo Lind wrote to us about the boat's engine and its repairs.
        """,
        # "By" labels a deadline as well as a speaker: a roadmap
        """
        # Roadmap

        Topic: Faster builds
        By: end of the third quarter

        Topic: An accessibility review
        By: December
        """,
        # a track's chair and its time, no talk
        """
        # Agenda

        Session 14:00-15:30: Storage track
        Moderator: Eva Holm

        Session 16:00-17:00: Network track
        Moderator: Finn Lund
        """,
        # what each says in a transcript, no names
        """
        # Panel notes

        Topic: Burnout
        Speaker 1: It is real and under-reported.

        Topic: Tooling
        Speaker 2: Agreed, it helps.
        """,
    ],
)
def test_records_without_both_a_title_and_speakers_are_none(page: str) -> None:
    assert talks(page) == []


def test_labels_shown_as_code_label_nothing() -> None:
    found = talks(
        """
        # How records are written

        - a record labels its fields: `**Topic:** A title` over
          `**Speaker:** Ann Lee` over `**Slides:** [PDF](…)`; `Topic 2: …` over
          `Presenter: …`, in either order
        - a record's labels may be numbered: `Topic 3: …` over
          `Speaker 3: …`
        """,
        min_talks=1,
    )
    assert found == []


def test_a_heading_of_a_name_and_a_slot_over_a_labelled_title_names_the_speaker() -> None:
    found = talks(
        """
        # Lightning talks

        ## Ana Ruiz - 12:05 - 12:20

        - Topic Title: Folding maps by hand
        - Slides (if applicable, as a back-up): https://speakerdeck.com/aruiz/maps

        ## Speaker: Bo Lind 12:20-12:40

        - Title: Quiet queues
        - Slides: https://speakerdeck.com/bo/queues
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("Folding maps by hand", [("Ana Ruiz", None)], ["aruiz/maps"]),
        ("Quiet queues", [("Bo Lind", None)], ["bo/queues"]),
    ]


@pytest.mark.parametrize(
    "heading", ["Main Hall 10:00-11:00", "Berlin 10:00", "Python 3.12", "Cy 18:00"]
)
def test_a_place_a_version_or_a_first_name_before_a_slot_names_no_speaker(heading: str) -> None:
    found = talks(
        f"""
        # Lightning talks

        ## {heading}

        - Title: Folding maps by hand
        - Slides: https://speakerdeck.com/aruiz/maps

        ## Ana Ruiz - 12:05 - 12:20

        - Title: Quiet queues
        - Slides: https://speakerdeck.com/aruiz/queues
        """
    )
    assert [people(t) for t in found] == [[], [("Ana Ruiz", None)]]


def test_a_label_s_remark_that_says_it_is_another_s_keeps_its_field_out() -> None:
    found = talks(
        """
        # Panels

        ## Scaling queues

        - Speaker: Ana Ruiz
        - Speaker (moderator): Bo Lind

        ## Small caches

        - Speaker: Cy Moe
        - Slides (PDF): https://speakerdeck.com/cymoe/caches
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("Scaling queues", [("Ana Ruiz", None)], []),
        ("Small caches", [("Cy Moe", None)], ["cymoe/caches"]),
    ]


def test_a_media_word_alone_over_an_address_labels_that_address() -> None:
    found = talks(
        """
        # Notes from Harbor Days

        ## Scaling queues

        Speaker: Ana Ruiz

        Back pressure keeps a queue honest.
        Slides (worth reading in full)
        https://speakerdeck.com/anaruiz/queues

        ## Small caches

        Speaker: Cy Moe

        Caches are small.
        Sketches
        https://speakerdeck.com/cymoe/caches
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Scaling queues", ["anaruiz/queues"]),
        ("Small caches", []),
    ]
    assert "https://speakerdeck.com/cymoe/caches" in found[1].abstract


def test_the_label_words_of_each_role_give_that_role_only() -> None:
    """A word listed under two roles would take the last one's (``Auteur`` was read as
    "other" though it labels authors)."""
    from mkdocs_roundup.label_words import LABELS
    from mkdocs_roundup.labels import label_table

    roles: dict[str, set[str]] = {}
    for role, words in LABELS.items():
        for word in words:
            roles.setdefault(word.casefold(), set()).add(role)
    assert {word: found for word, found in roles.items() if len(found) > 1} == {}
    assert label_table()["auteur"] == "authors"


def test_a_headings_labelled_items_give_its_day_event_and_title_in_japanese() -> None:
    found = talks(
        """
        # 過去の登壇実績

        ## 2031年6月23日 Harbor Dev Day 2031

        - 開催日：2031年6月23日
        - イベント：[Harbor Dev Day 2031](https://harbor.example.org/devday/)
        - 発表タイトル：型ヒント入門

        <iframe src="https://speakerdeck.com/player/b7f854b3a150430083b3283950923aca"></iframe>

        ## 2031年2月17日 港勉強会 その1

        - 開催日：2031年2月17日
        - 発表タイトル：非同期処理のいろは

        <iframe src="https://www.youtube.com/embed/yjJ1jyvEaOI"></iframe>
        """
    )
    assert [t.title for t in found] == ["型ヒント入門", "非同期処理のいろは"]


def test_each_admonition_of_labels_is_a_talk_its_title_a_heading() -> None:
    found = talks(
        """
        # Research seminars

        !!! example "Research Seminar #2 2031.03.18"
            - Date: 2031.03.18
            - Speaker: Ann Lee (Harbor University)
            - Title: Queues at Sea
            - Abstract: Queues are everywhere.

        !!! example "Research Seminar #1 2031.02.18"
            - Date: 2031.02.18
            - Speaker: Bo Lind (Lumen Institute)
            - Title: Parsers by Hand
            - Abstract: Parsers are fun.
        """
    )
    assert [(t.title, people(t), t.abstract) for t in found] == [
        ("Queues at Sea", [("Ann Lee", None)], "Queues are everywhere."),
        ("Parsers by Hand", [("Bo Lind", None)], "Parsers are fun."),
    ]


def test_labels_written_in_two_languages_label_as_either_does() -> None:
    found = talks(
        """
        # リサーチセミナー Research Seminars

        ## Seminar #2

        - 発表者 Speaker：Ann Lee (Harbor University)
        - 題目 Title：Queues at Sea
        - 要旨 Abstract：Queues are everywhere.

        ## Seminar #1

        - 発表者 Speaker：Bo Lind (Lumen Institute)
        - 題目 Title：Parsers by Hand
        - 要旨 Abstract：Parsers are fun.
        """
    )
    assert [(t.title, people(t), t.abstract) for t in found] == [
        ("Queues at Sea", [("Ann Lee", None)], "Queues are everywhere."),
        ("Parsers by Hand", [("Bo Lind", None)], "Parsers are fun."),
    ]


def test_an_images_attributes_are_no_words_of_the_abstract() -> None:
    found = talks(
        """
        # Seminars

        ## Queues at Sea

        - Speaker: Ann Lee
        - Abstract: ![](queues.png){ align="right" width="40%" } Queues are everywhere.

        ## Parsers by Hand

        - Speaker: Bo Lind
        - Abstract: Parsers are fun.
        """
    )
    assert [t.abstract for t in found] == ["Queues are everywhere.", "Parsers are fun."]


def test_a_talks_boxes_are_its_parts_not_talks_of_their_own() -> None:
    found = talks(
        """
        # Meetup notes

        ## Caching at the edge

        !!! note "Details"
            - Speaker: Ann Lee
            - Slides: https://speakerdeck.com/annlee/caching

        !!! tip "Links"
            - [Varnish docs](https://varnish-cache.org/docs/)

        ## Type systems

        - Speaker: Bo Lind
        - Slides: https://speakerdeck.com/bolind/types
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Caching at the edge", [("Ann Lee", None)]),
        ("Type systems", [("Bo Lind", None)]),
    ]


def test_a_video_word_over_an_address_is_no_talks_evidence() -> None:
    found = talks(
        """
        # What's on at the library

        ## Film club

        Video
        https://library.example.org/film-club

        ## Story time

        Video
        https://library.example.org/story-time
        """
    )
    assert found == []


def test_admonitions_inside_a_list_item_whose_content_has_its_headings_stay_untitled() -> None:
    """Admonitions opened inside a list item, each holding its talk's own heading: their
    titles are no headings (the content's heading is, at the item's indent)."""
    out, _ = unwrap(
        dedent(
            """
            - Seminars

                !!! example "Seminar #2"
                    ### Queues at Sea
                    - Speaker: Ann Lee

                !!! example "Seminar #1"
                    ### Parsers by Hand
                    - Speaker: Bo Lind
            """
        )
    )
    assert [line.strip() for line in out.split("\n") if "#" in line] == [
        "### Queues at Sea",
        "### Parsers by Hand",
    ]


SESSIONS = """
# Workshop program

!!! tip "09:00 - Keynote"

    **Tides of Data** by Ann Lee

!!! session "09:30 - Session 1 (Chair: Bo Lind)"

    - 09:30 - **Buoys at Dawn** by Cy Moe and Di Park ([Slides](slides/buoys.pdf))
    - 09:50 - **Reef Maps** by Eva Ruiz ([Slides](slides/reefs.pdf))

!!! coffee "10:10 - Coffee Break"

!!! session "10:40 - Session 2 (Chair: Ann Lee)"

    - 10:40 - **Harbor Queues** by Finn Berg ([Slides](slides/queues.pdf))
    - 11:00 - **Open Ports** by Gia Long ([Slides](slides/ports.pdf))
"""


def test_numbered_admonitions_of_one_kind_apart_title_their_talks() -> None:
    """``!!! session "Session 1"``, a coffee break, then ``!!! session "Session 2"``: one
    series, wherever its admonitions stand; each title is its talks' section."""
    found = talks(SESSIONS)
    assert [(t.title, t.section) for t in found if "Session" in (t.section or "")] == [
        ("Buoys at Dawn", "09:30 - Session 1 (Chair: Bo Lind)"),
        ("Reef Maps", "09:30 - Session 1 (Chair: Bo Lind)"),
        ("Harbor Queues", "10:40 - Session 2 (Chair: Ann Lee)"),
        ("Open Ports", "10:40 - Session 2 (Chair: Ann Lee)"),
    ]


def test_admonitions_titled_the_same_title_nothing() -> None:
    """``!!! abstract "Abstract"`` under each talk: parts of talks, no series."""
    text, _ = unwrap(
        dedent(
            """
            ### Tides of Data

            !!! abstract "Abstract"

                How tides are measured.

            ### Reef Maps

            !!! abstract "Abstract"

                How reefs are mapped.
            """
        )
    )
    assert "###### Abstract" not in text


def test_numbered_admonitions_that_hold_no_list_title_nothing() -> None:
    """``!!! example "Example 1"``, a sentence, ``!!! example "Example 2"``: a talk's
    examples, no sessions; the talks after them stay in their heading's section."""
    found = talks(
        """
        ## Property tests for all

        - [Fuzzing in CI](https://www.youtube.com/watch?v=aaaaaaaaaaa) - Ann Lee, Harbor Conf 2031

        !!! example "Example 1"
            A sorting function.

        Then stateful tests.

        !!! example "Example 2"
            A bank account model.

        - [Typing at scale](https://www.youtube.com/watch?v=bbbbbbbbbbb) - Bo Lind, Harbor Conf 2031
        """
    )
    assert {t.section for t in found} == {"Property tests for all"}


def test_a_numbered_admonition_series_in_a_tab_titles_its_talks() -> None:
    """The same series inside a content tab (``=== "Day 1"``), each box indented under it."""
    tabbed = '=== "Day 1"\n\n' + "\n".join(
        f"    {line}" if line.strip() else "" for line in dedent(SESSIONS).splitlines()
    )
    found = talks(tabbed)
    assert {t.section for t in found if t.title in ("Buoys at Dawn", "Open Ports")} == {
        "09:30 - Session 1 (Chair: Bo Lind)",
        "10:40 - Session 2 (Chair: Ann Lee)",
    }
