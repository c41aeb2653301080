"""Units that look like talks and are not: what their own words, their links or the lists
under them say they are (a field, a sentence around a link, a list of people, a shared
folder, more than one talk). Each is left as written."""

from __future__ import annotations

from textwrap import dedent

import pytest
from reading import LI, media, orgs, people, plan, talks

YT = "https://www.youtube.com/watch?v="


def recorded(*talks: tuple[str, str], heading: str = "###", link: str = "Recording") -> str:
    """A page of talks, each a heading, its speaker after a label (none where empty) and
    its recording (``aaaaaaaaaaa``, ``bbbbbbbbbbb``, … in order)."""
    parts = []
    for n, (title, speaker) in enumerate(talks):
        said = f"**Speaker:** {speaker}\n\n" if speaker else ""
        parts.append(f"{heading} {title}\n\n{said}[{link}]({YT}{chr(97 + n) * 11})\n")
    return "\n".join(parts)


def test_a_changelog_whose_lines_end_with_a_release_is_no_speakers_list() -> None:
    assert (
        talks(
            """
            # Presentation toolkit changelog

            - Added a dark theme - HarborCamp release
            - Fixed the slide counter - SpringFest release
            - Export to PDF - WinterCon release
            - Faster start - Ann Lee
            """
        )
        == []
    )


def test_a_title_linked_to_its_recording_is_no_speakers_name() -> None:
    found = talks(
        """
        # Talks

        - [Quiet Queues](https://www.youtube.com/watch?v=abcdefghijk) - Eli Dorn, Harbor Days 2031
        - [Tide Charts](https://tube.example.net/videos/watch/4f1c2a9e-7b3d-4e8a-9c21-5d6e7f8a9b0c) - Farah Lind, Lumen Summit 2030
        - [Small Caches](https://example.org/caches.pdf) - Bo Moss, Fjord Conf 2029
        """
    )
    assert [(t.title, people(t), orgs(t), len(media(t))) for t in found] == [
        ("Quiet Queues", [("Eli Dorn", None)], [], 1),  # who, then where: no organization
        ("Tide Charts", [("Farah Lind", None)], [], 1),
        ("Small Caches", [("Bo Moss", None)], [], 1),
    ]


def test_a_field_whose_link_says_only_link_is_no_talk() -> None:
    found = talks(
        """
        ### Otter Meetup #7

        - **When:** 4 May 2031
        - **Event page:** [Link](https://www.meetup.example/otters/events/7/)
        - **Talks:**

          1. **Sorting socks with heaps** - Ida Brandt: [Slides](/decks/socks.pdf)
          2. **Queues at the bakery** - Olu Mensah: [Slides](/decks/bakery.pdf)
        - **Photos:** [here](https://photos.example/otters-7)
        """
    )
    assert [t.title for t in found] == ["Sorting socks with heaps", "Queues at the bakery"]
    # what a task links in its nested items is the task's too
    assert not talks(
        f"""
        # Before the meetup

        - [ ] Record a dry run of the talk
          - [Dry run video]({YT}abc123def45)
        - [ ] Record the lightning talks too
          - [Lightning run]({YT}bbcdefghijk)
        - [x] Send the invitations
        """
    )


@pytest.mark.parametrize("words", ["Link", "here", "Click here", "https://example.org/x"])
def test_a_title_that_is_a_links_own_word_is_none(words: str) -> None:
    page = f"""
        ## Recordings

        - [{words}]({YT}aaaaaaaaaaa) - [Ida Brandt]({LI}ibrandt)
        - [{words}]({YT}bbbbbbbbbbb) - [Olu Mensah]({LI}omensah)
        """
    assert talks(page) == []


def test_sentences_around_a_deck_are_no_talks() -> None:
    """ "Read the [slides](…)" under a talk's heading: a sentence, not a talk titled "Read
    the"; and a heading whose sentences say she gave another talk too holds two talks, so
    it is left as written rather than given one card with both decks."""
    page = f"""
        ## 2031

        ### Otter Summit 2031

        [Ida Brandt]({LI}ibrandt) presented "Sorting socks with heaps".

        Read the [slides](https://decks.example/socks.pdf).

        ### Harbor Days 2031

        [Ida Brandt]({LI}ibrandt) presented "Queues at the bakery" at the booth.

        Read the [slides](https://decks.example/bakery.pdf).

        She also presented "Heaps all the way down" in the main hall.

        Read the [slides](https://decks.example/heaps.pdf) or watch the
        [video]({YT}ccccccccccc).

        ### Lake Conf 2031

        [Olu Mensah]({LI}omensah) presented "Fish ladders".

        Read the [slides](https://decks.example/ladders.pdf).
        """
    found = talks(page)
    assert [t.title for t in found] == ["Sorting socks with heaps", "Fish ladders"]
    assert [media(t) for t in found] == [
        ["https://decks.example/socks.pdf"],
        ["https://decks.example/ladders.pdf"],
    ]
    assert all(not t.title.startswith("Read the") for t in found)


@pytest.mark.parametrize("words", ["{} Seminars", "{} Lab Seminars", "Lectures in {}"])
def test_a_year_and_what_it_groups_is_a_section_never_a_talk(words: str) -> None:
    page = f"""
        # Presentations

        ## Seminars

        ### {words.format(2031)}

        ??? abstract "*Fast maps for everyone* `A. Torres`"
            **Date:** 21.09.2031

            **Data:** [Slides](https://example.org/fast.pdf)

        ### {words.format(2030)}

        ??? abstract "*Slow maps* `B. Okafor`"
            **Date:** 17.03.2030

            **Data:** [Slides](https://example.org/slow.pdf)
        """
    assert talks(page) == []


def test_a_heading_over_a_list_of_people_is_no_talk() -> None:
    found = talks(
        f"""
        ## Our decks

        - [Sorting socks with heaps - Ida Brandt](/decks/socks.pdf)
        - [Queues at the bakery - Olu Mensah](/decks/bakery.pdf)

        ### With thanks to the guests who spoke

        - [Pia Holm]({LI}pholm)
        - [Rui Sato]({LI}rsato)
        - [Tam Nguyen]({LI}tnguyen)

        ### Panel: otters and their rivers

        - [Pia Holm]({LI}pholm)
        - [Rui Sato]({LI}rsato)

        [Recording]({YT}ddddddddddd)
        """
    )
    assert [t.title for t in found] == [
        "Sorting socks with heaps",
        "Queues at the bakery",
        "otters and their rivers",
    ]
    # a panel lists its people: all of them speak, not the first alone
    assert people(found[2]) == [("Pia Holm", f"{LI}pholm"), ("Rui Sato", f"{LI}rsato")]


def test_a_checklists_task_is_no_talk_whatever_it_links_under_it() -> None:
    found = talks(
        f"""
        ## Talks

        - [Sorting socks with heaps]({YT}aaaaaaaaaaa) - Ida Brandt
        - [Queues at the bakery]({YT}bbbbbbbbbbb) - Olu Mensah

        ## Housekeeping

        - [x] Meeting notes are linked from the README
        - [x] Updates given to the parent group this year
              - [Group update at the spring summit]({YT}aaaaaaaaaaa)
              - [Group update at the autumn summit]({YT}ccccccccccc)
        """
    )
    assert [t.title for t in found] == ["Sorting socks with heaps", "Queues at the bakery"]


def test_what_is_nested_under_a_recordings_file_goes_with_that_file() -> None:
    found = talks(
        """
        ## Recordings and decks

        - [2031-05-harbor_1-opening.ogg](https://audio.example.org/harbor/1-opening.ogg)
        - [2031-05-harbor_2-queues.ogg](https://audio.example.org/harbor/2-queues.ogg)
            - [HarborDays2031-Queues](https://speakerdeck.com/harbor/harbordays2031-queues)
        - [2031-05-harbor_3-sockets.ogg](https://audio.example.org/harbor/3-sockets.ogg)
            - [HarborDays2031-Sockets](https://speakerdeck.com/harbor/harbordays2031-sockets)
        """
    )
    assert found == []


def test_labels_written_as_code_on_a_docs_page_label_nothing() -> None:
    page = """
        # How to write your talk page

        ## Labels

        Give each talk its labels, for example:

        `Speaker: Jane Example`

        (`Title: Observability on a Budget`, `Slides: [PDF](https://example.org/o.pdf)`)

        ## Recordings

        `Video: https://youtu.be/abc123def45`

        `Speakers: John Example, Mary Example`
        """
    assert talks(page, min_talks=1) == []


def test_a_teams_table_of_projects_and_their_owners_is_no_talk() -> None:
    assert not talks(
        """
        # Team

        | Project | Owners |
        |---|---|
        | [Queue service](https://github.com/acme/queue) | Ann Lee<br>Bo Lind<br>Cy Moss |
        | [Build farm](https://github.com/acme/builds) | Dee Park<br>Eve Holt |
        """
    )


@pytest.mark.parametrize(
    "page",
    [
        # a seminar's duty rota: days, names, chores
        "# Seminar duty rota\n\n- Feb 5: Ann Lee: Coffee and cookies\n"
        "- Feb 12: Bo Lind: Pizza and drinks\n- Feb 19: Cy Moe: Coffee for the speakers\n",
        # a conference's sessions that are no talks, linked to the program
        "# Harbor Con 2031, where to find us\n\n"
        "- Sprints – [Parser sprint room](https://harbor.example.org/2031/schedule/presentation/201/)\n"
        "- Expo hall – [Open source booth tour](https://harbor.example.org/2031/schedule/presentation/202/)\n"
        "- Lunch – [Newcomers lunch](https://harbor.example.org/2031/schedule/presentation/203/)\n",
        # parts of one talk, named by what they are
        "# Meetup talks\n\n- [Part 1](https://www.youtube.com/watch?v=abc123def45) of the packaging talk\n"
        "- [Part 2](https://www.youtube.com/watch?v=bcd234efg56) of the packaging talk\n"
        "- [Slides](https://speakerdeck.com/ann/pack) for the packaging talk\n",
    ],
)
def test_a_program_s_breaks_and_a_talk_s_parts_are_no_talks(page: str) -> None:
    assert talks(page) == []


def test_a_shared_folder_of_decks_is_no_talk() -> None:
    found = talks(
        """
        ## Every host's [slides](https://drive.google.com/drive/folders/1AbCdEfGh?usp=sharing)

        ## Talks

        ### May 2031

        * Sorting socks with heaps - Ida Brandt [slides](https://drive.google.com/file/d/1x/view)
        * Queues at the bakery - Olu Mensah [slides](https://drive.google.com/file/d/2y/view)
        """
    )
    assert [t.title for t in found] == ["Sorting socks with heaps", "Queues at the bakery"]


def test_a_blogs_home_of_dated_posts_is_no_list_of_talks() -> None:
    posts = """
        [**Why kettles sing**](/blog/why-kettles-sing/) Mar 3, 2031<br>
        Engineering

        [**Tide charts and me**](/posts/tide-charts/) Jan 5, 2031<br>
        Personal
        """
    # talks said in passing in a paragraph, or the site's own posts under a talks heading
    assert talks("# Pia Holm\n\nNotes on kettles, and the odd talk.\n" + dedent(posts)) == []
    assert talks("# Talks and notes\n" + dedent(posts)) == []


def test_a_reading_list_under_a_talk_page_names_no_talks() -> None:
    found = talks(
        """
        # Otter Meetup #12

        - [Sorting socks with heaps](socks.pdf) by Ida Brandt
        - [Queues at the bakery](bakery.pdf) by Olu Mensah

        ## Further reading

        - Pia Holm, "Queueing theory for otters", [queueing.pdf](queueing.pdf)
        - Rui Sato, "Heap internals"
        """
    )
    assert [t.title for t in found] == ["Sorting socks with heaps", "Queues at the bakery"]
    assert (
        talks(
            '# Publications\n\n- Pia Holm, "Queues", [q.pdf](q.pdf)\n'
            '- Rui Sato, "Heaps", [h.pdf](h.pdf)\n'
        )
        == []
    )


def test_a_talks_heading_in_a_chapter_of_reading_holds_talks() -> None:
    found = talks(
        """
        # Lantern

        ## Further reading

        ### Talks

        - May 2030 Otterconf talk "Lanterns at Scale" ([video](https://youtu.be/Lq3Wm8Rt2Ze), [slides](https://example.org/lanterns.pdf))
        - Jan 2030 Otterconf talk "Wicks and Wax" ([video](https://youtu.be/Kp4Vn7Xs1Yb))

        ### Blog posts

        - [Why lanterns glow](https://blog.example.org/glow) by Pia Holm
        """
    )
    assert [(t.title, t.section, media(t)) for t in found] == [
        ("Lanterns at Scale", None, ["Lq3Wm8Rt2Ze", "https://example.org/lanterns.pdf"]),
        ("Wicks and Wax", None, ["Kp4Vn7Xs1Yb"]),
    ]
    # a product's or a course's sessions and lectures under its resources stay as written
    assert (
        talks(
            """
        # Lantern Server

        ## Resources

        ### Sessions

        - [Session storage](https://github.com/lanternco/sessions) – by Rui Sato
        - [Sticky sessions](https://www.youtube.com/watch?v=qW3eR5tY7uI) – a short demo by Rui Sato

        ## Further reading

        ### Lectures

        - Lecture 1: [Clocks](https://course.example.edu/l1.pdf) (Prof. Ida Brandt)
        - Lecture 2: [Replication](https://www.youtube.com/watch?v=aB3dE5fG7hJ) – Olu Mensah
        """
        )
        == []
    )


@pytest.mark.parametrize("chapter", ["Contributing", "Sponsors", "Team"])
def test_a_talks_heading_in_a_chapter_of_no_talks_but_reading_holds_none(chapter: str) -> None:
    page = f"""
        # Kettle Club

        ## {chapter}

        ### Talks

        - [Demo video](https://youtu.be/Kq2Wm8Rt3Zx) – a short tour of the kettle you can embed
        - [Slide template](https://speakerdeck.com/kettleclub/template) – our deck with the logo
        """
    assert talks(page) == []


@pytest.mark.parametrize(
    "heading", ["External resources", "Further resources", "Related articles", "Additional reading"]
)
def test_a_qualified_heading_of_no_talks_holds_none(heading: str) -> None:
    found = talks(
        f"""
        ## Talks

        * [Lanterns at Scale](https://www.youtube.com/watch?v=Lq3Wm8Rt2Ze) – Ida Brandt
        * [Wicks and Wax](https://www.youtube.com/watch?v=Kp4Vn7Xs1Yb) – Olu Mensah

        ## {heading}

        * [Folding wicks](https://blog.example.org/wicks) (Pia Holm, 2031)
        * [A set of notebooks on lantern physics](https://github.com/ruisato/lantern-notebooks) (Rui Sato)
        * [A curated list of candle papers](https://github.com/idab/candle-papers)
        """
    )
    assert [t.title for t in found] == ["Lanterns at Scale", "Wicks and Wax"]


@pytest.mark.parametrize(
    ("heading", "kept"),
    [
        ("Lantern Blogs/Arxiv", False),
        ("Podcasts & Articles", False),
        ("Подкасты", False),
        ("実行委員会", False),
        ("Harbor Team", True),  # its talks: a team's talks, as `Compiler Team`'s
        ("From the team", True),  # the team's own talks
        ("Reviewed Papers", True),  # a reading group's talks
    ],
)
def test_a_heading_that_names_whose_list_of_no_talks_holds_none(heading: str, kept: bool) -> None:
    found = talks(
        f"""
        ## Talks

        * [Lanterns at Scale](https://www.youtube.com/watch?v=Lq3Wm8Rt2Ze) – Ida Brandt
        * [Wicks and Wax](https://www.youtube.com/watch?v=Kp4Vn7Xs1Yb) – Olu Mensah

        ## {heading}

        * [Folding wicks](https://www.youtube.com/watch?v=Fw5Xo8Tu3Zc) – Pia Holm
        * [Candle physics](https://www.youtube.com/watch?v=Cp6Yp9Uv4Ad) – Rui Sato
        """
    )
    expected = ["Lanterns at Scale", "Wicks and Wax"]
    assert [t.title for t in found] == expected + (
        ["Folding wicks", "Candle physics"] if kept else []
    )


def test_a_pdf_named_otherwise_is_no_deck_of_a_quoted_title() -> None:
    found = talks(
        """
        # Talks

        - Ida Brandt, "Sorting socks", [Slides](socks-slides.pdf)
        - Olu Mensah, "Slow stacks", [Abstract](stacks-abstract.pdf)
        """
    )
    assert [media(t) for t in found] == [["socks-slides.pdf"], []]


def test_names_listed_after_a_sentence_are_not_the_speakers() -> None:
    found = talks(
        """
        # My talks

        ## Sorting socks with heaps - [slides](socks.pdf)

        Further reading:

        - [Pia Holm](https://pholm.example)
        - [Rui Sato](https://rsato.example)

        ## Queues at the bakery - [slides](bakery.pdf)

        Speaker: Ida Brandt
        """
    )
    assert [people(t) for t in found] == [[], [("Ida Brandt", None)]]


def test_an_events_recording_named_in_a_sentence_is_no_talk() -> None:
    """A heading whose section holds talks, and whose only media a sentence names, is the
    event: the recording of the whole evening is not a talk of its own. A heading over
    talks that gives its own kind stays a talk."""
    page = f"""
        # Otter Meetup, spring

        Thanks for coming! Watch the [recording]({YT}aaaaaaaaaaa) of the whole evening.

        ## Talks

        ### Sorting socks with heaps, Ida Brandt

        About socks.

        ### Queues at the bakery, Olu Mensah

        About queues.
        """
    assert [t.title for t in talks(page)] == ["Sorting socks with heaps", "Queues at the bakery"]
    keynote = page.replace("Otter Meetup, spring", "Keynote: Heaps all the way down")
    assert talks(keynote)[0].title == "Heaps all the way down"


def test_an_address_written_as_a_links_text_names_no_one() -> None:
    """``[https://github.com/search?q=…](…)`` under a project's name in a list of
    contributions: an address written out (and GitHub's search, no one's profile), so the
    item is no talk given by it."""
    page = """
        ## Talks

        * Fast Widgets, [Ida Brandt](https://github.com/ibrandt): [slides](https://speakerdeck.com/ibrandt/widgets)
        * Slow Gizmos, [Olu Mensah](https://github.com/omensah): [slides](https://speakerdeck.com/omensah/gizmos)

        ## Contributions

        * Otterlib
          * [https://github.com/search?q=repo%3Aotter%2Flib+ida&type=commits](https://github.com/search?q=repo%3Aotter%2Flib+ida&type=commits)
        * Widgetd
          * [https://github.com/widgetd](https://github.com/widgetd)
        """
    assert [t.title for t in talks(page)] == ["Fast Widgets", "Slow Gizmos"]


COURSE = """
    ## Week of March 3

    - 10:00 Lecture 1: Introduction to lexing
        - Tokens and their kinds: [slides](https://example.org/l1.pdf)
        - [video lexing basics](https://www.youtube.com/watch?v=aaaaaaaaaaa)
    - 14:00 Lab 1: Writing a tokenizer
        - Rooms:
            - Group A: Room 101 (Ida Brandt)
            - Group B: Room 102 (Olu Mensah)
    - 16:00 Homework 1: lexing by hand

    ## Week of March 10

    - 10:00 Lecture 2
        - Parsing by hand: [slides](https://example.org/l2.pdf), [video](https://www.youtube.com/watch?v=bbbbbbbbbbb)
        - Grammars and their trees: [slides](https://example.org/l3.pdf)
    - 14:00 Lab 2: A parser for arithmetic
    """


def test_a_courses_sessions_and_what_is_under_them_are_no_talks() -> None:
    """A course's schedule: its numbered lectures and labs, their handouts, recordings and
    rooms, however like talks they are written, are left as written (8 cards before)."""
    assert talks(COURSE) == []
    assert [t.title for t in talks(COURSE.replace("Lecture 2", "Talks"))] == [
        "Parsing by hand",
        "Grammars and their trees",
    ]


def test_an_events_line_with_its_link_marked_in_parentheses_is_no_talk() -> None:
    """``* Gizmo Day 2029, Dresden [(Link)](program.pdf)`` under a talk's heading: where
    and when it was given, its ``(Link)`` a link's mark, not a name in parentheses."""
    page = """
        ### Sorting socks with heaps
        * Otter Conf 2031, Online [(Link)](https://otter.example.org/agenda/)
        * 08.10.2031
        * Slides: [https://speakerdeck.com/ida/socks](https://speakerdeck.com/ida/socks)

        #### Queues at the bakery
        * Harbor Days 2030, Mainz [(Link)](https://harbor.example.org/queues/)
        * 08.09.2030
        * Slides: [https://speakerdeck.com/ida/queues](https://speakerdeck.com/ida/queues)

        #### Small heaps
        * Gizmo Day 2029, Dresden [(Link)](https://gizmo.example.org/2029/program.pdf)
        * 28.09.2029
        """
    assert "Gizmo Day 2029" not in [t.title for t in talks(page)]


def test_a_series_of_numbered_lectures_or_labs_alone_is_no_course() -> None:
    """``Lecture 1``, ``Lecture 2`` of a public series, a meetup called ``Lab 12``, a title
    that opens with ``Homework 2``: one kind of session, or fewer than four, is no course's
    schedule; their talks stay talks."""
    page = f"""
        ## Autumn lectures

        - Lecture 1: The quiet revolution in databases — [Ida Brandt]({LI}ibrandt) [video]({YT}aaaaaaaaaaa)
        - Lecture 2: Compilers everywhere — [Olu Mensah]({LI}omensah) [video]({YT}bbbbbbbbbbb)
        - Lecture 3: Why networks fail — [Ana Lopez]({LI}alopez) [video]({YT}ccccccccccc)
        - Lecture 4: Small heaps — [Cy Moe]({LI}cymoe) [video]({YT}ddddddddddd)
        """
    assert len(talks(page)) == 4


def test_screencasts_over_their_fields_and_news_of_posters_are_no_talks() -> None:
    """A recording over its title and its author, on a page that says neither talks nor
    an event, is a screencast; a sentence whose link says it was presented somewhere, with
    no year, is news."""
    screencasts = f"""
        # Screencasts

        * <{YT}aaaaaaaaaaa> (6:02)
          * "Installing the command line"
          * Ida Brandt, Acme
        * <{YT}bbbbbbbbbbb> (8:15)
          * "Your first pipeline"
          * Olu Mensah, Acme
        """
    assert talks(screencasts) == []
    news = """
        # Group news

        - Our poster on green scheduling was [presented at the Harbor Systems Workshop](https://lab.example.org/poster.pdf). Well done Ida Brandt!
        - Olu Mensah's thesis draft was [presented at the group retreat](https://lab.example.org/draft.pdf) in June.
        - Ana Lopez's paper on heaps was [presented at Otter Conf](https://lab.example.org/heaps.pdf) in April.
        """
    assert talks(news) == []


def test_one_word_in_a_links_parentheses_is_no_speaker() -> None:
    """``[(Agenda)](…)`` after an event's line, ``[(GitHub)](…)`` after a title: the link's
    mark, never a speaker."""
    page = """
        ## Talks

        ### Queues for fun [(GitHub)](https://github.com/ibrandt/queues)

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        ### Heaps for profit [(Twitter)](https://twitter.com/omensah)

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>
        """
    assert not any(s.name in ("GitHub", "Twitter") for t in talks(page) for s in t.speakers)


def test_a_talks_heading_over_its_follow_up_and_a_meetups_topic_keep_their_titles() -> None:
    """A talk's own heading whose sentence names its recording, over its follow-up, stays
    a talk; a ``Topic:`` written as a title under a meetup's heading stays the title."""
    recap = f"""
        ## Small queues at scale

        I gave this at Otter Conf; watch the [recording]({YT}aaaaaaaaaaa) or read the [slides](https://example.org/sq.pdf).

        ### Follow-up: small queues revisited

        A shorter version, with [slides](https://example.org/sq2.pdf).
        """
    assert [t.title for t in talks(recap)] == [
        "Small queues at scale",
        "Follow-up: small queues revisited",
    ]
    meetup = f"""
        ### Meetup #14

        **Topic:** Lakes, Warehouses, and Lakehouses: What Changed

        **Speaker:** Ida Brandt, Northwind

        [Recording]({YT}ccccccccccc)

        ### Meetup #15

        **Topic:** Kafka, Flink, Spark: Picking a Stream Engine

        **Speaker:** Olu Mensah, Acme

        [Recording]({YT}ddddddddddd)
        """
    assert [t.title for t in talks(meetup)] == [
        "Lakes, Warehouses, and Lakehouses: What Changed",
        "Kafka, Flink, Spark: Picking a Stream Engine",
    ]


def test_a_cells_second_line_of_a_name_and_a_company_and_two_named_speakers() -> None:
    """``Small Queues<br>Ann Lee - Northwind Bank``: no title again, so Ann Lee stays the
    speaker; ``张伟 - 海港科技 & 李明 - 云帆数据``: two speakers, neither an organization."""
    table = """
        |Talk|Video|
        |---|---|
        |Small Queues<br>Ida Brandt - Northwind Bank|[Video](https://www.youtube.com/watch?v=aaaaaaaaaaa)|
        |Tiny Parsers<br>Olu Mensah - Acme Research|[Video](https://www.youtube.com/watch?v=bbbbbbbbbbb)|
        """
    assert [t.speakers[0].name for t in talks(table)] == ["Ida Brandt", "Olu Mensah"]
    labelled = """
        ### Faster scheduling

        - **Speaker:** 张伟 - 海港科技 & 李明 - 云帆数据
        - [Download PDF](./a.pdf)

        ### Gizmo slicing

        - **Speaker:** 李娜 - 港湾信息
        - [Download PDF](./b.pdf)
        """
    assert not any("李明" in o.name for t in talks(labelled) for o in t.organizations)


def test_a_paper_cited_with_where_it_was_printed_and_its_pdf_is_no_talk() -> None:
    """``Ida Brandt:`` / ``*Title*.`` / ``Harbor Transactions on Queues, 2019.`` /
    ``[[PDF]](…)``: a reading list's paper; a talk's slides beside a citation stay a talk."""
    page = """
        ## Readings

          - Brandt:
            *Small Queues Considered Harmful*.
            Harbor Transactions on Queues, 2019.
            [[PDF]](https://example.org/brandt.pdf)

          - Mensah, Lopez:
            *Heaps All the Way Down*.
            In Proc. of the Otter Symposium, pp. 12-34, 2021.
            [[PDF]](https://example.org/mensah.pdf)
        """
    assert talks(page) == []
    with_slides = page.replace(
        "[[PDF]](https://example.org/brandt.pdf)",
        "[slides](https://speakerdeck.com/ibrandt/queues)",
    ).replace(
        "[[PDF]](https://example.org/mensah.pdf)", "[slides](https://speakerdeck.com/omensah/heaps)"
    )
    assert len(talks(with_slides)) == 2


@pytest.mark.parametrize(
    "page",
    [
        # a glossary whose definitions link the docs, and a video or two
        "# Glossary\n\nStatic site generator\n: A tool that turns text files into a site."
        " See the [docs](https://docs.example.org/ssg/).\n\nBuild cache directory\n: Where"
        " the builder keeps what it made. A short [video](https://youtu.be/nnnnnnnnnnn)"
        " explains it.\n\nLive reload server\n: A server that rebuilds the site on each"
        " change. [Watch the demo](https://youtu.be/ooooooooooo).\n",
        # a configuration reference: options with their defaults
        "# Configuration\n\n`site_name`\n: The name of the site. Default: none.\n\n"
        "`theme.palette`\n: The colours of the theme. Default: `indigo`. See"
        " [palette](https://docs.example.org/palette).\n",
        # tools with their homepages, two with a video
        "# Tools\n\nQuiet Lint\n: [Homepage](https://lint.example.org/)"
        " [Source](https://github.com/example/lint)\n\nKite formatter\n:"
        " [Homepage](https://kite.example.org/)\n\nPre-commit hooks runner\n:"
        " [Homepage](https://hooks.example.org/) [Intro video](https://youtu.be/ppppppppppp)\n\n"
        "Static type checker for Queues\n: [Homepage](https://types.example.org/)"
        " [Talk recording](https://youtu.be/qqqqqqqqqqq)\n",
        # a FAQ whose answers link a recording and a deck
        "# FAQ\n\nHow do I add a page?\n: Add a Markdown file to the nav. The [video"
        " guide](https://youtu.be/rrrrrrrrrrr) walks through it.\n\nCan I host my slides"
        " here?\n: Yes. Link the file, as [these slides](https://speakerdeck.com/avos/kites)"
        " do.\n",
        # a changelog, a reading list and tutorials written as definition lists
        "# Changelog\n\n## 2031\n\nVersion 4.2.0 released\n: Added a dark theme. [Demo"
        " video](https://youtu.be/sssssssssss)\n\nVersion 4.1.0 released\n: Faster search"
        " for every page. [Demo](https://youtu.be/ttttttttttt)\n",
        "# Reading list\n\n## 2030\n\nDesigning Quiet Queues\n: Ada Vos, Lumen Press, 2017\n"
        ": [PDF](https://books.example.org/queues.pdf)\n\nPaper Kites and Their Strings\n:"
        " Bo Lind, Harbor Books, 1968\n: [PDF](https://books.example.org/kites.pdf)\n",
        "# Video tutorials\n\nGetting started with the editor\n:"
        " [Video](https://youtu.be/uuuuuuuuuuu)\n\nWriting your first plugin\n:"
        " [Video](https://youtu.be/vvvvvvvvvvv)\n\nTheming the site from scratch\n:"
        " [Video](https://youtu.be/wwwwwwwwwww)\n",
    ],
)
def test_a_definition_list_of_no_talks_gets_no_card(page: str) -> None:
    assert talks(page) == []


def test_the_second_readers_second_round() -> None:
    """Each rule of the day, on the page that made it misfire a second time."""
    news = """
        # Group news

        - Olu Mensah's draft was [presented at the group retreat, June 2030](https://lab.example.org/draft.pdf).
        - Ana Lopez's paper was [presented at Otter Conf 2029](https://lab.example.org/heaps.pdf) in April.
        """
    assert talks(news) == []
    screencasts = f"""
        # Screencasts

        ## 2030

        * <{YT}aaaaaaaaaaa> (6:02)
          * "Installing the command line"
          * Ida Brandt, Acme
        * <{YT}bbbbbbbbbbb> (8:15)
          * "Your first pipeline"
          * Olu Mensah, Acme
        """
    assert talks(screencasts) == []
    assert len(talks(screencasts.replace("# Screencasts", "# Otter Conf 2030"))) == 2
    rooms = """
        # Otter JUG, evening of March 12

        ### Salle TD 1
        - [Queues at scale](https://example.org/q.pdf) — Ida Brandt, Nordbank
        - [Heaps at home](https://example.org/h.pdf) — Olu Mensah, Acme

        ### Salle TP 2
        - [Typed configs](https://example.org/t.pdf) — Ana Lopez, Globex
        - [Small parsers](https://example.org/p.pdf) — Cy Moe, Initech
        """
    assert len(talks(rooms)) == 4
    recap = f"""
        ## A Day in the Life of a Packet

        I gave this at Otter Conf; watch the [recording]({YT}ccccccccccc) or read the [slides](https://example.org/day.pdf).

        ### Follow-up: the packet strikes back

        A shorter version, with [slides](https://example.org/day2.pdf).
        """
    assert len(talks(recap)) == 2
    dated = f"""
        # Past meetings

        ### 14 March

        **Topic:** Rust, WebAssembly, and the Edge

        **Speaker:** Ida Brandt, Umbrella

        [Slides](https://example.org/m14.pdf)

        ### 11 April

        **Topic:** Queues, Heaps, and Other Piles

        **Speaker:** Olu Mensah, Acme

        [Recording]({YT}ddddddddddd)
        """
    assert [t.title for t in talks(dated)] == [
        "Rust, WebAssembly, and the Edge",
        "Queues, Heaps, and Other Piles",
    ]


def test_a_room_in_a_cells_second_line_and_a_cyrillic_company_are_kept_whole() -> None:
    """``Title<br>Why your queue should be small - Main Hall``: a room, no speaker;
    ``Докладчик: Иван Петров - Тинькофф``: his company, not cut inside its word."""
    table = """
        | Time | Session | Video |
        |------|---------|-------|
        | 10:00 | Small Queues at Scale<br>Why your queue should be small - Main Hall | [Video](https://www.youtube.com/watch?v=aaaaaaaaaaa) |
        | 11:00 | Heaps for Humans<br>A gentle tour of memory allocators - Room Orion | [Video](https://www.youtube.com/watch?v=bbbbbbbbbbb) |
        """
    assert not any(t.speakers for t in talks(table))
    page = """
        ### Маленькие очереди

        **Speaker:** Иван Петров - Тинькофф

        [Slides](https://example.org/q.pdf)

        ### Большие кучи

        **Speaker:** Анна Ли - Сбер

        [Slides](https://example.org/h.pdf)
        """
    assert [orgs(t) for t in talks(page)] == [["Тинькофф"], ["Сбер"]]


def test_a_row_whose_cell_lists_several_sessions_and_a_city_column_name_no_one() -> None:
    """``| DevFair | Lisbon | May 2-3, 2031 | - [Title](…)<br> - [Title](…) |``: one row an
    event, its cell several talks, so no one talk; the ``City`` column is where, no one."""
    page = """
        | Event | City | Dates | Session(s) |
        |-------|------|-------|------------|
        | DevFair | Lisbon | May 2-3, 2031 | - [Shipping Rust to Phones](https://devfair.example/s/1)<br> - [Tooling Futures](https://devfair.example/s/2) ([video](https://www.youtube.com/watch?v=aaaaaaaaaaa)) |
        | CodeWeek | Graz | Oct 9, 2030 | - [Build a Tiny Database](https://codeweek.example/w/7)<br> - [Ask-Me-Anything Booth](https://codeweek.example/booth) |
        | CloudDays | Porto | Jun 1, 2030 | [Serverless Without Tears](https://clouddays.example/t/3) ([video](https://www.youtube.com/watch?v=bbbbbbbbbbb)) |
        | DataDays | Oslo | Jun 9, 2030 | [Queues at Scale](https://datadays.example/t/4) ([video](https://www.youtube.com/watch?v=ccccccccccc)) |
        """
    found = talks(page)
    assert not any(t.title.startswith(("May", "Oct")) for t in found)
    assert not any(s.name in ("Lisbon", "Graz", "Porto", "Oslo") for t in found for s in t.speakers)


def test_the_third_readers_cases() -> None:
    """Talks that cite their paper on their own line, an issue's number, a ``Slides:``
    label over ``[PDF]``, a panel's list of speakers in a cell, and a company linked after
    an honorific: all read as talks, with their speakers."""
    invited = """
        ## Invited talks

        - *Verified Heaps at Scale.* Systems Seminar, Otter University, March 2030. Based on our paper in Proc. OSDI 2029. [PDF](https://example.edu/ib/heaps.pdf)
        - *Type-Directed Repair.* PL Seminar, Harbor University, May 2029. See Journal of Queues 66(2), pp. 101-134. [PDF](https://example.edu/ib/repair.pdf)
        """
    assert len(talks(invited)) == 2
    labelled = """
        ### Query Optimizers as Synthesis

        Speaker: Olu Mensah (Northbridge)

        Based on: Proceedings of Otter DB 2030.

        Slides: [PDF](https://example.edu/om/qo.pdf)

        ### Heaps in Practice

        Speaker: Ida Brandt (Acme)

        Slides: [PDF](https://example.edu/ib/heaps.pdf)
        """
    assert len(talks(labelled)) == 2
    panel = """
        | Talk | Speakers |
        |------|----------|
        | Panel: Platform Teams in Practice | - Ida Brandt (Acme)<br>- Olu Mensah (Nimbus) |
        | Typing the Untypable | Ana Lopez (Globex) |
        """
    assert [len(t.speakers) for t in talks(panel)] == [2, 1]
    honored = """
        ## 1コマ目「小さなキュー」

        + 登壇者 : 高橋 恵 さん（[株式会社ミナトラボ](https://minatolab.example.jp)）

        ## 2コマ目「大きなヒープ」

        + 登壇者 : 藤井 陽介 さん( [@yfujii](https://twitter.com/yfujii) )

        ## 3コマ目「中くらいの木」

        + 登壇者 : Ida Brandt さん( [@ibrandt](https://twitter.com/ibrandt) )
        """
    assert [(p.name, p.url) for t in talks(honored) for p in t.speakers][-2] == (
        "藤井 陽介",
        "https://twitter.com/yfujii",
    )
    assert all(p.url != "https://minatolab.example.jp" for t in talks(honored) for p in t.speakers)


def test_the_second_readers_cases_of_the_heading_and_byline_rules() -> None:
    """A FAQ's questions over who answers them, a team's names over their teams on a page
    that says its people give talks, a room before an event, and a byline whose name links
    the talk's recording: none misread."""
    faq = """
        # Speaker FAQ

        ### Can I give a talk?

        #### Ann Lee, Program Chair, Harbor Summit, Oslo 2031

        Yes: send a proposal.

        ### Can I bring a co-speaker?

        #### Bo Lind, AV Team, Harbor Summit, Oslo 2031

        Yes, one.
        """
    assert talks(faq) == []
    team = """
        # Our team

        We share what we learn in blog posts and talks.

        ### Mara Kellen
        #### Platform and Infrastructure
        Mara runs the platform.

        ### Ivo Tam
        #### Data and Analytics
        Ivo keeps the numbers.
        """
    assert talks(team) == []
    rooms = """
        # Talks

        - [Quiet Queues](https://www.youtube.com/watch?v=abcdefghijk) - Hall A, Harbor Days 2031
        - [Cold Storage](https://www.youtube.com/watch?v=bbcdefghijk) - Main Stage, Lumen Conf 2030
        """
    assert all(not t.speakers for t in talks(rooms))  # a room, a stage: where, no one
    byline = """
        # Meetup talks

        - **Quiet Queues at Scale** by [Ann Lee](https://www.youtube.com/watch?v=abcdefghijk)
        - **Routing on a Raspberry Pi** by Cy Moe. [Slides](https://example.org/routing.pdf)
        """
    assert [(t.title, people(t)) for t in talks(byline)] == [
        ("Quiet Queues at Scale", [("Ann Lee", "https://www.youtube.com/watch?v=abcdefghijk")]),
        ("Routing on a Raspberry Pi", [("Cy Moe", None)]),
    ]


def test_what_a_link_after_an_event_names_is_no_title_when_it_is_someone() -> None:
    page = """
        # Talks

        * Harbor Meetup #12 — [Ann Lee: Quiet Queues in Practice](https://harbor.example/12/) ([video](https://www.youtube.com/watch?v=abcdefghijk))
        * Harbor Meetup #10 — [Cleo Park](https://harbor.example/speakers/cleo/) ([video](https://www.youtube.com/watch?v=bbcdefghijk))
        * Room 1204 — [Ann Lee and Bo Lind](https://harbor.example/people/) ([video](https://www.youtube.com/watch?v=cbcdefghijk))
        * Acme 2019 — [Founded in Oslo](https://acme.example/history/) ([video](https://www.youtube.com/watch?v=dbcdefghijk))
        """
    titles = [t.title for t in talks(page)]
    assert not {"Cleo Park", "Ann Lee and Bo Lind", "Founded in Oslo"} & set(titles)
    assert "Ann Lee: Quiet Queues in Practice" not in titles


def test_a_table_of_the_pages_own_sections_is_no_table_of_talks() -> None:
    page = f"""
        | Date | Topic |
        | --- | --- |
        | May 3 | [Tidy Pipelines](#tidy-pipelines) |
        | April 2 | [Lexers by Hand](#lexers-by-hand) |
        | March 1 | [Two talks: queues; caches](#two-talks) |

        ### Tidy Pipelines, [Ada Vos]({LI}avos/)

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        ### Lexers by Hand, [Bo Lind]({LI}blind/)

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>
        """
    assert [(t.title, t.line) for t in talks(page)] == [
        ("Tidy Pipelines", 7),
        ("Lexers by Hand", 11),
    ]


def test_a_paragraph_is_no_title() -> None:
    words = " ".join(["queues"] * 40)
    long = " ".join(["An Empirical Study of How Developers Use Feature Flags"] * 4)  # 36 words
    page = f"""
        # Talks

        - Tidy Pipelines ([slides](https://example.org/tidy.pdf))
        - Hand-Made Lexers ([slides](https://example.org/lexers.pdf))
        - Ada Vos presented on {words} ([slides](https://example.org/queues.pdf))
        - {"キュー" * 110} ([slides](https://example.org/kyu.pdf))
        - Ada Vos presented on queues. Bo Lind then {words[:140]} ([slides](https://example.org/q.pdf))
        - {long} ([slides](https://example.org/long.pdf))
        """
    assert [t.title for t in talks(page)] == ["Tidy Pipelines", "Hand-Made Lexers", long]


def test_a_title_that_opens_with_download_is_a_title() -> None:
    page = """
        # Talks

        - [Download Speeds at the Edge](https://example.org/edge.pdf) - EdgeConf 2031
        - [Download Managers Considered Harmful](https://www.youtube.com/watch?v=abcdefghijk) - Harbor Days 2030
        - [下载加速的工程实践](https://example.org/cdn.pdf) - Lumen Summit 2031
        """
    assert [t.title for t in talks(page)] == [
        "Download Speeds at the Edge",
        "Download Managers Considered Harmful",
        "下载加速的工程实践",
    ]


def test_a_file_under_a_talk_is_no_talk_of_its_own() -> None:
    page = """
        ## Talks

        * **Sorting socks with heaps**\\
          Otter Days 2031, Lisbon (2 May 2031)
          - Slides: [heaps.pdf]

        * **Queues at the bakery**\\
          Otter Days 2031, Lisbon (3 May 2031)
          - Main Poster: [bakery-poster.pdf]
          - Code Poster: [bakery-code.pdf]

        * **Tries for spelling**\\
          Otter Days 2031, Lisbon (4 May 2031)
          - Slides: [tries.pdf]

        [heaps.pdf]: https://example.org/heaps.pdf
        [bakery-poster.pdf]: https://example.org/bakery-poster.pdf
        [bakery-code.pdf]: https://example.org/bakery-code.pdf
        [tries.pdf]: https://example.org/tries.pdf
        """
    found = talks(page)
    assert [t.title for t in found] == ["Sorting socks with heaps", "Tries for spelling"]
    assert all(not t.speakers for t in found)


_OWN_LIST = """
    # Talks

    - 2031-05-01 - Tracing Queues: Tempo with Otter Stack @ [Otter Days](https://otter.example/d)
        - [Slides](https://speakerdeck.com/someone/tracing-queues)
    - 2031-03-01 - Shipping Heaps Faster @ [Heap Camp](https://heap.example/c)
        - [Slides](https://speakerdeck.com/someone/shipping-heaps)
    - 2030-11-01 - Tries for Spelling @ [Word Fest](https://word.example/f)
        - [Slides](https://speakerdeck.com/someone/tries)
    - 2030-06-01 - Graphs, Gently @ [Graph Night](https://graph.example/n)
        - [Slides](https://speakerdeck.com/someone/graphs)
    """
"""A speaker's own list of four talks, the first naming words after "with"."""


def test_names_one_talk_gives_where_the_others_name_no_one_are_no_speakers() -> None:
    page = _OWN_LIST
    found = talks(page)
    assert (found[0].title, found[0].speakers) == ("Tracing Queues: Tempo with Otter Stack", ())
    assert all(not t.speakers for t in found)
    # Where the talks beside it name theirs, the names after "with" are who gives it too.
    named = page.replace("Tempo with Otter Stack", "Tempo with Ann Lee")
    named = named.replace("Shipping Heaps Faster", "Shipping Heaps Faster with Bo Lind")
    named = named.replace("Tries for Spelling", "Tries for Spelling with Cy Moe")
    assert [[p.name for p in t.speakers] for t in talks(named)][:3] == [
        ["Ann Lee"],
        ["Bo Lind"],
        ["Cy Moe"],
    ]


def test_names_under_a_meetups_dates_or_after_a_comma_and_with_are_speakers() -> None:
    archive = """
        # Otter Meetup - archive

        ## May 2031

        - Intro to Async Heaps - [slides](https://speakerdeck.com/o/async)
        - Embedded Queues - [slides](https://speakerdeck.com/o/queues)

        ## April 2031

        - Writing a Linker, Ida Brandt - [slides](https://speakerdeck.com/o/linker)
        - Tries in the Browser - [slides](https://speakerdeck.com/o/tries)
        """
    assert [[p.name for p in t.speakers] for t in talks(archive)] == [[], [], ["Ida Brandt"], []]
    together = _OWN_LIST.replace(
        "Tracing Queues: Tempo with Otter Stack", "Pairing on Old Code, with Ida Brandt"
    )
    assert [p.name for p in talks(together)[0].speakers] == ["Ida Brandt"]


def test_a_count_after_a_speakers_label_names_no_one() -> None:
    page = """
        ## [Queues Without Tears](2031-02.md)

        **Ponente:** Ivo Brandt

        ## [Heaps, Gently](2031-03.md)

        **Ponente:** Lea Morn

        ## Estadísticas 2031

        **Ponentes:** 10 ponentes diferentes

        **Asistentes:** 120
        """
    assert [t.title for t in talks(page)] == ["Queues Without Tears", "Heaps, Gently"]


def test_one_word_after_a_comma_on_a_speakers_list_under_years_is_no_one() -> None:
    page = """
        # My talks

        ## 2031

        - Queues at Scale - [slides](https://speakerdeck.com/ann/queues)
        - Graphs, Gently - [slides](https://speakerdeck.com/ann/graphs)
        - Tiny Parsers - [slides](https://speakerdeck.com/ann/parsers)

        ## 2030

        - Observability on a Budget - [slides](https://speakerdeck.com/ann/obs)
        - Tempo with Otter Stack @ [Otter Days](https://otter.example/d) - [slides](https://speakerdeck.com/ann/tempo)
        """
    found = talks(page)
    assert all(not t.speakers for t in found)
    assert found[4].title.startswith("Tempo with Otter Stack")


_TWO_TALKS = """
    # Harbor Conf 2031

    ## Parsing Logs (Ida Brandt)

    <iframe src="https://www.youtube.com/embed/aaaaaaaaaa1"></iframe>

    ## Tiny Queues (Olu Mensah)

    <iframe src="https://www.youtube.com/embed/aaaaaaaaaa2"></iframe>
    """


def test_a_break_of_the_program_with_its_room_is_no_talk() -> None:
    page = _TWO_TALKS + "\n    ## Registration (Main Hall)\n"
    assert [t.title for t in talks(page)] == ["Parsing Logs", "Tiny Queues"]


@pytest.mark.parametrize("heading", ["Lunch & Group Photo", "Talk Details"])
def test_a_group_photo_or_the_talks_details_with_a_link_is_no_talk(heading: str) -> None:
    page = (
        _TWO_TALKS + f"\n    ## {heading}\n\n    [Recording](https://video.example.org/media/1)\n"
    )
    assert [t.title for t in talks(page)] == ["Parsing Logs", "Tiny Queues"]


def test_words_in_lower_case_after_a_speakers_label_name_no_one() -> None:
    page = _TWO_TALKS + "\n    ## Thanks\n\n    **Speakers:** all our wonderful speakers\n"
    assert [t.title for t in talks(page)] == ["Parsing Logs", "Tiny Queues"]
    # a name some write in lower case is a name
    named = """
        ## Privacy in context
        **Speaker:** danah boyd
        ## Notes on teaching
        **Speaker:** bell hooks
        """
    assert [[p.name for p in t.speakers] for t in talks(named)] == [["danah boyd"], ["bell hooks"]]


def test_an_icon_before_a_link_is_no_title() -> None:
    page = """
        ### [Otter Days 2031](https://otterdays.example/)

        <span class="event-title">Heaps All the Way ([Talk](https://otter.sched.com/event/1a/heaps))</span>

        Ida Brandt takes the audience down the rabbit hole of heaps.

        :material-presentation: [Slides](https://static.example.org/heaps.pdf)

        ---

        ### [Fjord Summit 2030](https://fjord.example/)

        Olu Mensah on queues.

        :material-video: [Recording](https://www.youtube.com/watch?v=aaaaaaaaaa1)
        """
    assert all("material" not in t.title for t in talks(page))


@pytest.mark.parametrize(
    "page",
    [
        """
        # Changelog

        ### 2.1.0

        :material-github: [Release on GitHub](https://github.com/example/tool/releases/tag/2.1.0)

        - :material-bug: Fixed the parser
        - :material-star: New export

        ### 2.0.0

        :material-github: [Release on GitHub](https://github.com/example/tool/releases/tag/2.0.0)
        """,
        """
        # Team

        ### Ada Moss

        :fontawesome-solid-user: Maintainer (Acme Labs)

        [:material-github: GitHub](https://github.com/adamoss), [:material-file-document: CV](ada-cv.pdf)

        ### Bo Lind

        :fontawesome-solid-user:{ .lg } Reviewer

        [:material-github: GitHub](https://github.com/bolind), [:material-file-document: CV](bo-cv.pdf)
        """,
    ],
)
def test_pages_with_icons_of_materials_sets_are_no_talks_without_them(page: str) -> None:
    assert talks(page) == []


def test_a_club_s_slideshows_of_photos_are_no_talks() -> None:
    page = """
        # Club trips

        ## Lake hike 2031

        We walked around the lake.

        [Slideshow](https://photos.example.org/album/lake)

        ## Mountain hut 2031

        [Slideshow](https://photos.example.org/album/hut), [Map](https://maps.example.org/hut)

        ## Coast walk 2030

        [Slide show](https://photos.example.org/album/coast)
        """
    assert talks(page) == []


@pytest.mark.parametrize(
    "page",
    [
        """
        # Reports

        ### Annual report 2030

        [:material-download: Download](files/annual-2030.pdf){ .md-button }

        ### Safety handbook

        [Get it](files/handbook.pdf){ .md-button .md-button--primary }
        """,
        """
        # Our restaurants

        ## Harbor Street

        Open every day from noon.

        [See the menu](menus/harbor.pdf){ .md-button }

        ## Old Mill

        [See the menu](menus/mill.pdf){ .md-button }
        """,
        """
        # Courses

        ## Intro to Python

        Taught by Ann Lee.

        [Course outline](outline-python.pdf){ .md-button }

        ## Data cleaning

        Taught by Bo Lind.

        [Course outline](outline-data.pdf){ .md-button }
        """,
    ],
)
def test_buttons_to_documents_that_name_no_talk_are_no_decks(page: str) -> None:
    assert talks(page) == []


@pytest.mark.parametrize(
    "page",
    [
        """
        # Awards

        ### Best Paper Award

        #### Ann Lee and Bo Lind, Acme Corp, Map Summit, Oslo 2031

        ### Community Award

        #### Cy Moe, Harbor University, Geo Days, Bergen 2030
        """,
        """
        # Projects

        ### River mapping

        #### Ann Lee and Bo Lind, Acme Corp, Oslo 2031

        Mapping every river of the county.

        ### Ferry tracker

        #### Cy Moe, Harbor University, Bergen 2030

        A tracker for ferries. [Code](https://github.com/example/ferries)
        """,
        """
        # Publications

        ### Fast maps for everyone

        #### Ann Lee and Bo Lind, Journal of Maps, 2031

        ### Slow data in practice

        #### Cy Moe, Acme Corp, Data Conference, Oslo 2030

        [PDF](papers/slow.pdf)
        """,
    ],
)
def test_sub_headings_of_people_where_and_when_on_pages_of_no_talks(page: str) -> None:
    assert talks(page) == []


def test_an_image_in_the_talks_folder_is_no_talks_page() -> None:
    page = """
        ### Talk: [Heaps All the Way](https://otterdays.example/session/heaps) by Ida Brandt

        Nice talk.

        ### Talk: [Tiny Queues](https://otterdays.example/session/queues) by Olu Mensah

        Resources:
        - [Benchmarks](https://github.com/otters/bench)

        ### Take aways:
        - Areas of improvement [(See the benchmark here)](assets/talks/benchmark.png):
            - Interpreter: 20%
        - Memory [(chart)](assets/talks/memory.png):
            - Allocation: 12%
        """
    assert [t.title for t in talks(page)] == ["Heaps All the Way", "Tiny Queues"]
    # a page there is one talk's, its name dotted or not
    pages = """
        - [Queues at scale](talks/2031.03.14-queues.md)
        - [Type hints in anger](talks/2031.04.11-type-hints.md)
        """
    assert [t.title for t in talks(pages)] == ["Queues at scale", "Type hints in anger"]


def test_recordings_with_their_makers_and_comments_on_a_page_of_no_talks_are_none() -> None:
    hard = "  "
    page = f"""
        # Weeknight dinners

        [One-pan lemon otter](https://www.youtube.com/watch?v=aaaaaaaaaa1){hard}
        Ida Brandt{hard}
        This is the one I make most often. Double the lemon, skip the thyme if you do not
        have it, and put the potatoes in ten minutes earlier than she says to.{hard}

        [Perfect kelp dal](https://www.youtube.com/watch?v=aaaaaaaaaa2){hard}
        Olu Mensah{hard}
        Cheap, fast and better the next day. I use red lentils and add spinach at the end
        so that nobody notices it is the same meal as the one on Monday evening.{hard}
        """
    assert talks(page) == []


def test_two_labelled_talks_under_one_heading_make_two_cards_not_one() -> None:
    page = """
        ## Session 3: Storage
        **Title:** Compaction in practice
        **Speaker:** Ida Brandt

        **Title:** Tiered storage on a budget
        **Speaker:** Olu Mensah

        ## Session 4: Queues
        **Title:** Small queues
        **Speaker:** Cy Moe

        ## Session 5: Heaps
        **Title:** Gentle heaps
        **Speaker:** Di Ray
        """
    found = talks(page)
    assert [(t.title, people(t)) for t in found] == [
        ("Compaction in practice", [("Ida Brandt", None)]),
        ("Tiered storage on a budget", [("Olu Mensah", None)]),
        ("Small queues", [("Cy Moe", None)]),
        ("Gentle heaps", [("Di Ray", None)]),
    ]


@pytest.mark.parametrize("label", ["Download", "下载", "Descargar"])
def test_a_link_that_only_says_download_is_no_talk(label: str) -> None:
    found = talks(
        f"""
        # Reading

        ### Recommended: The Harbor Book
        * [{label}](https://files.example.org/harbor.pdf)

        ### Rivers - Ann Lee
        * [Slides](https://files.example.org/rivers.pdf)

        ### Kites - Bo Lind
        * [Slides](https://files.example.org/kites.pdf)
        """
    )
    assert [t.title for t in found] == ["Rivers", "Kites"]


def test_a_grid_of_contributors_is_no_table_of_talks() -> None:
    cell = (
        '<td align="center"><a href="https://{2}/{0}"><img src="https://avatars.example.org/{0}.png"'
        ' width="50px;" alt=""/><br /><sub><b>{1}</b></sub></a><br />'
        '<a href="https://github.com/acme/widgets/commits?author={0}" title="Code">💻</a> '
        '<a href="#ideas-{0}" title="Ideas">🤔</a></td>'
    )
    names = ["Ann Lee", "Bo Lind", "Cy Moe", "Di Ray", "Eve Sand", "Finn Roth"]
    names += ["Gus Hale", "Hana Ito", "Ivo Berg", "Jo Park", "Kai Holm", "Lia Berg"]
    people = [
        (name.lower().replace(" ", ""), name, "blog.example.org" if n % 4 == 1 else "github.com")
        for n, name in enumerate(names)
    ]
    rows = "\n".join(
        "<tr>" + "".join(cell.format(*p) for p in people[r * 4 : (r + 1) * 4]) + "</tr>"
        for r in range(3)
    )
    # even where the author says the page's talks are its table's rows
    page = f"---\nroundup:\n  talks: rows\n---\n# Contributors\n\n<table>\n{rows}\n</table>\n"
    assert not plan(page).talks


def test_a_break_that_names_its_sponsor_is_no_talk() -> None:
    found = talks(
        """
        # Encontro de março

        ## [Rios à noite - Ana Lima](https://speakerdeck.com/ana/rios)

        ## Coffee break - Patrocínio Acme

        ## [Pipas no inverno - Bruno Reis](https://speakerdeck.com/bruno/pipas)
        """
    )
    assert [t.title for t in found] == ["Rios à noite", "Pipas no inverno"]


def test_a_follow_button_names_no_one() -> None:
    found = talks(
        """
        # 第3回 勉強会

        #### @harukaaa「川の話」
        [スライド](https://speakerdeck.com/haruka/kawa)

        #### もうてん「雲の数え方」
        [スライド](https://speakerdeck.com/mouten/kumo)

        #### 公式アカウントあります

        <a href="https://twitter.com/AcmeTech" class="twitter-follow-button">Follow @AcmeTech</a>
        """
    )
    assert [t.title for t in found] == ["川の話", "雲の数え方"]


def test_an_attendees_table_and_a_calls_recording_are_no_talks() -> None:
    found = talks(
        """
        # Harbor Community Call 10/25

        [**Youtube**](https://youtu.be/harborcall1)

        ## Attendees

        | Name | Institution | GitHub Handle |
        |---|---|---|
        | Ann Lee | Lumen University | @annlee |
        | Bo Lind | Acme | @bolind |
        | Cy Moe | Northwind | @cymoe |
        """
    )
    assert found == []


def test_videos_by_their_cooks_or_bands_on_a_page_of_no_talks() -> None:
    recipes = talks(
        """
        # Weeknight dinners

        - [Fish soup](https://www.youtube.com/watch?v=fishsoup001) by Ann Lee - a quick dinner with cod
        - [Rye bread](https://www.youtube.com/watch?v=ryebread001) by Bo Lind - a no-knead loaf
        - [Berry pie](https://www.youtube.com/watch?v=berrypie001) by Cy Moe - her grandmother's
        """
    )
    playlist = talks(
        """
        # Road trip playlist

        * [Winter Kites](https://www.youtube.com/watch?v=winterkites) by Lumen Choir [4:12] Album2021
        * [Salt Road](https://www.youtube.com/watch?v=saltroad001) by Ann Lee Band [5:01] Live at Oslo
        """
    )
    assert recipes == [] and playlist == []


def test_a_papers_column_of_links_labelled_by_their_site_gives_no_titles() -> None:
    found = talks(
        """
        # Journal club

        | Date | Speaker | Abstract | Paper |
        |---|---|---|---|
        | May 2 | Ann Lee | We study rivers at night. | [arXiv](https://arxiv.org/abs/3105.00001) |
        | May 9 | Bo Lind | Kites in winter, measured. | [arXiv](https://arxiv.org/abs/3105.00002) |
        """
    )
    assert [t.title for t in found if t.title == "arXiv"] == []


def test_a_posts_closing_part_over_the_events_video_is_no_talk() -> None:
    found = talks(
        """
        # Harbor Days 2031: my notes

        ### Talks

        - [Lanterns at Scale](https://www.youtube.com/watch?v=Lq3Wm8Rt2Ze) – Ida Brandt
        - [Wicks and Wax](https://www.youtube.com/watch?v=Kp4Vn7Xs1Yb) – Olu Mensah

        ### Conclusion

        A wonderful event, well run. Thank you all!

        <iframe src="https://www.youtube.com/embed/Cc5Yp9Uv4Ad"></iframe>
        """
    )
    assert [t.title for t in found] == ["Lanterns at Scale", "Wicks and Wax"]


def test_a_meetup_named_with_where_it_met_and_a_podcasts_episode_are_no_talks() -> None:
    found = talks(
        """
        # Events

        * [Lantern Meetup @Berlin](https://www.meetup.com/lantern/events/1) ([Slides](https://www.slideshare.net/lantern/berlin)), Berlin, Germany; 7:00PM, 2031-10-24
        * [Lantern Meetup @Oslo](https://www.meetup.com/lantern/events/2) ([Slides](https://www.slideshare.net/lantern/oslo)), Oslo, Norway; 7:00PM, 2031-11-24
        * [Meetups in the Age of Video](https://www.youtube.com/watch?v=Lq3Wm8Rt2Ze) by Ida Brandt
        * [Wicks and Wax](https://www.youtube.com/watch?v=Wx4Vn7Xs1Yb) by Pia Holm

        ### Harbor Radio Podcast Episode 272: Lanterns

        Presented by Olu Mensah. [Listen](https://www.youtube.com/watch?v=Kp4Vn7Xs1Yb)
        """
    )
    assert [t.title for t in found] == ["Meetups in the Age of Video", "Wicks and Wax"]


def test_talks_whose_titles_mention_a_meetup_or_a_conclusion_stay_talks() -> None:
    found = talks(
        """
        # Talks

        - [Lessons from a Meetup at Google](https://speakerdeck.com/ida/meetup-google) - Ida Brandt
        - [Our Meetup in Lagos, five years on](https://speakerdeck.com/olu/lagos) - Olu Mensah
        - [Meetups at Scale](https://speakerdeck.com/pia/scale) - Pia Holm
        """
    )
    assert len(found) == 3


def test_a_syllabus_tables_lectures_and_homeworks_are_a_courses_sessions() -> None:
    page = """
        # Computational thinking

        || Homeworks |
        |--|--|
        | HW1 | [Lantern data (pdf)](hw/1.pdf) |
        | HW2 | [Wick models (pdf)](hw/2.pdf) |

        | Lecture | Slides | Video |
        |--|--|--|
        | 1. Lantern data | [Lecture 1 Slides](slides/1.pdf) | [Lecture 1 Video](https://www.youtube.com/watch?v=Lq3Wm8Rt2Ze) |
        | 2. Wick models | [Lecture 2 Slides](slides/2.pdf) | [Lecture 2 Video](https://www.youtube.com/watch?v=Kp4Vn7Xs1Yb) |
        | 3. Candle physics | [Lecture 3 Slides](slides/3.pdf) | [Lecture 3 Video](https://www.youtube.com/watch?v=Cc5Yp9Uv4Ad) |
        """
    assert talks(page) == []


def test_a_link_that_names_an_events_page_is_no_talk() -> None:
    found = talks(
        """
        # Slides by date

        ### 2031.05.02: Harbor DB Meetup
        - [Lanterns at Scale](slides/lanterns.pdf)
        - [Meetup Event Page](pages/harbor-db-meetup.pdf)

        ### 2031.06.12: Fjord Days
        - [Wicks and Wax](slides/wicks.pdf)
        """
    )
    assert [t.title for t in found] == ["Lanterns at Scale", "Wicks and Wax"]


def test_a_dated_meetup_named_by_its_number_over_its_talks_is_no_talk() -> None:
    found = talks(
        """
        # Talks

        ### 2031.03 2nd Teapot Meetup
        * [Steeping](https://speakerdeck.com/cy/steep) by Cy Moe
        * [Kettles](https://speakerdeck.com/di/kettle) by Di Ray

        ### 2031.04 3rd Teapot Meetup [video](https://www.heavybit.example.org/library/teapot-3)
        * [Brewing at scale](https://github.com/teapot/talks/blob/main/brew.pdf) (Ada Kettle @ Steamworks)
        * Cold brew internals (Bo Leaf @ Infusion Ltd)
        """
    )
    assert "2031.04 3rd Teapot Meetup" not in [t.title for t in found]


def test_a_lowercase_meetup_with_where_it_met_and_a_recap_are_no_talks() -> None:
    found = talks(
        """
        # Slides

        - [Deep Queues](https://speakerdeck.com/ann/dq) - Ann Lee
        - [Golang meetup @ Berlin](https://www.meetup.com/golang-berlin/events/123/)
        - [Small Caches](https://speakerdeck.com/bo/sc) - Bo Lind

        ## Recap

        The full stream: [YouTube](https://www.youtube.com/watch?v=ccccccccccc)
        """
    )
    assert [t.title for t in found] == ["Deep Queues", "Small Caches"]


def test_a_posts_part_about_its_author_is_no_talk() -> None:
    for heading in ("About the author", "著者について", "Über den Autor"):
        found = talks(
            f"""
            # Report

            ## Queues at Dawn

            - Speaker: Ida Brandt
            - Slides: https://speakerdeck.com/ida/queues

            ## Lantern Caching

            - Speaker: Olu Mensah
            - Slides: https://speakerdeck.com/olu/caching

            ## {heading}
            Pia Holm ([@piaholm](https://twitter.com/piaholm))
            """
        )
        assert [t.title for t in found] == ["Queues at Dawn", "Lantern Caching"], heading


def test_a_talk_titled_about_the_author_is_read() -> None:
    found = talks(
        """
        # Speaking

        ## About the Author
        A talk on who writes open source. Harbor Days 2031.
        [Slides](https://speakerdeck.com/ida/about-the-author)

        ## Wick Caches
        Candle Camp 2030. [Slides](https://speakerdeck.com/ida/wick)
        """
    )
    assert [t.title for t in found] == ["About the Author", "Wick Caches"]


def test_a_projects_leads_and_meeting_times_are_no_talks() -> None:
    found = talks(
        """
        # SIG Lanterns

        ## Meetings
        * Regular SIG Meeting: [Tuesdays at 17:30 UTC](https://docs.example.org/agenda) (biweekly).
          * [Meeting recordings](https://www.youtube.com/playlist?list=PLlanterns).
        * APAC SIG Meeting: [Wednesdays at 05:30 UTC](https://docs.example.org/apac) (monthly).

        ## Emeritus Leads
        * Ida Brandt (**[@ibrandt](https://github.com/ibrandt)**)
        * Olu Mensah (**[@olum](https://github.com/olum)**)

        ## Leadership
        * Pia Holm (**[@piah](https://github.com/piah)**), Northwind
        """
    )
    assert found == []


def test_a_talk_about_maintainers_or_titled_with_a_weekday_is_read() -> None:
    found = talks(
        """
        # Talks

        - [Burnout Among Maintainers](https://www.youtube.com/watch?v=Kp4Vn7Xs1Yb) - Ida Brandt (Northwind)
        - [Mondays Are for Refactoring](https://www.youtube.com/watch?v=Lq3Wm8Rt2Ze) - Olu Mensah (Acme)
        - [Tide Charts](https://www.youtube.com/watch?v=Mr5Xn9Yt3Af) - Pia Holm (Acme)

        ### Async Rust

        Speaker: [@rustyann](https://twitter.com/rustyann)

        How async works in Rust.
        """
    )
    titles = [t.title for t in found]
    assert titles[:3] == ["Burnout Among Maintainers", "Mondays Are for Refactoring", "Tide Charts"]
    assert "Async Rust" in titles


def test_captions_over_players_and_notes_by_month_are_no_talks() -> None:
    wedding = talks(
        """
        # Our wedding

        ## Videos
        The first dance
        {{< youtube id="Kp4Vn7Xs1Yb" >}}

        Speech by the best man
        {{< youtube id="Lq3Wm8Rt2Ze" >}}
        """
    )
    assert wedding == []
    club = talks(
        """
        # Club news

        ## 2031

        - May - Ida Brandt: [Meeting notes](https://club.example.org/notes/may.pdf)
        - April - Olu Mensah: [Meeting notes](https://club.example.org/notes/april.pdf)
        - March - Sponsor: [Acme Corp](https://club.example.org/sponsor.pdf)
        """
    )
    assert club == []
    places = talks(
        """
        # Talks

        - Ida Brandt: Northwind Labs
        - Olu Mensah: Berlin
        - Pia Holm: @piaholm
        """
    )
    assert places == []
    papers = talks(
        """
        # Talks

        - **Mara Quint**, Olu Bates. Sparse Maps of the Tidal Flats. Remote Sensing Letters. 2030. [PDF](https://papers.example.org/sparse.pdf)
        - **Sparse Maps**, Tidal Flats. Coastal Data Symposium. May 2031. ([Video](https://www.youtube.com/watch?v=Kp4Vn7Xs1Yb))
        """
    )
    assert not any(p.name in ("Mara Quint", "Sparse Maps") for t in papers for p in t.speakers)


def test_roles_after_names_and_journal_club_papers_are_no_talks() -> None:
    roles = talks(
        """
        # Talks

        - Ida Brandt: Senior Developer
        - Olu Mensah: Community Manager
        - Pia Holm: Data Scientist
        """
    )
    assert roles == []
    papers = talks(
        """
        # Talks

        - **Mara Quint**, Ivo Dane. Statins for Older Lanterns Revisited. Harbor Journal Club. 2030;172(4):JC20.
        - **Mara Quint**, Olu Bates. Wicks in Practice for Everyone. Candle Journal Club. 2031;12(2):14.
        """
    )
    assert papers == []


def test_a_heading_that_sends_the_reader_to_a_channel_is_no_talk() -> None:
    """``### Watch the videos on our channel`` over links to channels: where the recordings
    are kept, no talk (beside the page's talks)."""
    found = talks(
        """
        ### Queues in Practice, [Ann Lee](https://www.linkedin.com/in/annlee/)

        [Recording](https://www.youtube.com/watch?v=aaaaaaaaaaa)

        ### Parsers by Hand, [Bo Lind](https://www.linkedin.com/in/bolind/)

        [Recording](https://www.youtube.com/watch?v=bbbbbbbbbbb)

        ### Watch the videos on our channel

        - [Harbor Group](https://www.youtube.com/@harborgroup)
        - [Harbor Group playlists](https://www.youtube.com/c/HarborGroup/playlists)
        """
    )
    assert [t.title for t in found] == ["Queues in Practice", "Parsers by Hand"]


def test_a_recaps_byline_thanks_and_stream_pointer_are_no_talks() -> None:
    """A recap post's own lines: its byline (its date, then who wrote it), the people it
    thanks, and a pointer to a whole day's stream, each beside a link, are no talks."""
    found = talks(
        f"""
        May 2, 2031 by [Ann Lee](https://twitter.com/annlee) and [Bo Lind](https://twitter.com/bolind)

        ## Day 1

        _[Watch the full day 1 stream here]({YT}zzzzzzzzzzz&t=60s)._

        - [Queues at Scale]({YT}aaaaaaaaaaa) - [Cy Moe](https://twitter.com/cymoe)
        - [Parsers by Hand]({YT}bbbbbbbbbbb) - [Dee Roe](https://twitter.com/deeroe)

        ## Thank you

        Thanks to our moderators [Eve Sun](https://twitter.com/evesun), [Fay Wu](https://twitter.com/faywu), and Gil Hart.

        Thanks to everyone who reviewed talks including [Hal Ives](https://twitter.com/halives) and [Ivy Lark](https://twitter.com/ivylark).
        """
    )
    assert [t.title for t in found] == ["Queues at Scale", "Parsers by Hand"]


def test_a_session_of_lightning_talks_is_no_one_talk() -> None:
    """``### Harbor Lightning Talks (2031.5.1)`` over its speakers and topics and one
    recording: several talks, each its own card, none for the session, whose recording is
    no one talk's (its neighbours stay talks)."""
    found = talks(
        f"""
        ### Queues at Scale (2031.6.1)

        - Speaker: Ann Lee
        - [Recording]({YT}aaaaaaaaaaa)

        ### Harbor Lightning Talks (2031.5.1)

        Speakers and Topics:

        - Bo Lind - Parsers by Hand
        - Cy Moe - Maps for All

        [Recording]({YT}bbbbbbbbbbb)

        ### Heaps in Practice (2031.4.1)

        - Speaker: Dee Roe
        - [Recording]({YT}ddddddddddd)
        """
    )
    assert "Harbor Lightning Talks" not in [t.title for t in found]
    assert [(t.title, [m.id for m in t.media]) for t in found] == [
        ("Queues at Scale", ["aaaaaaaaaaa"]),
        ("Parsers by Hand", []),
        ("Maps for All", []),
        ("Heaps in Practice", ["ddddddddddd"]),
    ]


def test_a_talk_given_among_lightning_talks_is_a_talk() -> None:
    """A speaker's own list names no one: ``Ten Tiny Tools (Harbor Lightning Talks)`` and
    ``Why Lightning Talks Matter`` are talks, no sessions of them."""
    page = recorded(
        ("Ten Tiny Tools (Harbor Lightning Talks)", ""),
        ("Why Lightning Talks Matter", ""),
        ("In Praise of Lightning Talks", ""),
    )
    found = talks(f"# My talks\n\n{page}")
    assert [t.title for t in found] == [
        "Ten Tiny Tools (Harbor Lightning Talks)",
        "Why Lightning Talks Matter",
        "In Praise of Lightning Talks",
    ]


def test_a_heading_over_a_speakers_bio_is_no_talk() -> None:
    """``## About Ann Lee`` (or in capitals) under the talk's heading that names her, at its
    level, is a label of that talk's lines, her bio: never a talk of its own. A heading that
    opens with ``About`` and names no speaker above is a talk's own (``## About Time
    Zones``)."""
    found = talks(
        f"""
        ## Ann Lee: Queues at Scale

        This talk is about queues.

        ## ABOUT ANN LEE

        Ann is an engineer.

        📹 [Video]({YT}aaaaaaaaaaa)

        ## Bo Lind: Parsers by Hand

        This talk is about parsers.

        ## About Bo Lind

        Bo writes parsers.

        📹 [Video]({YT}bbbbbbbbbbb)

        ## About Time Zones

        **Speaker:** Cy Moe

        📹 [Video]({YT}ccccccccccc)

        ## Maps for All

        **Speaker:** Dee Roe

        📹 [Video]({YT}ddddddddddd)
        """
    )
    titles = [t.title for t in found]
    assert not [t for t in titles if t.casefold().startswith("about ") and "Zones" not in t]
    assert "About Time Zones" in titles


def test_titles_that_thank_or_say_here_may_be_talks() -> None:
    """A title that thanks no group, or says ``here`` of no recording, is a talk's as any:
    only ``Thanks to our moderators …`` and ``Watch the stream here`` are a post's own."""
    found = talks(
        f"""
        | Date | Title | Speaker | Video |
        |------|-------|---------|-------|
        | 2031-03-02 | Thank You to Our Future Selves: Writing Docs | Ann Lee | [▶]({YT}aaaaaaaaaaa) |
        | 2031-04-06 | View Transitions Are Here | Bo Lind | [▶]({YT}bbbbbbbbbbb) |
        | 2031-05-04 | Thanks to Open Source, We Sleep at Night | Cy Moe | [▶]({YT}ccccccccccc) |
        | 2031-06-01 | Thanks to All the Volunteers Who Keep It Alive | Dee Roe | [▶]({YT}ddddddddddd) |
        | 2031-07-06 | See the Stream Here | Eve Sun | [▶]({YT}eeeeeeeeeee) |
        """
    )
    assert [t.title for t in found] == [
        "Thank You to Our Future Selves: Writing Docs",
        "View Transitions Are Here",
        "Thanks to Open Source, We Sleep at Night",
        "Thanks to All the Volunteers Who Keep It Alive",
        "See the Stream Here",
    ]


def test_a_title_that_says_watch_videos_on_something_else_is_a_talk() -> None:
    """``### Watch Videos on the Edge`` names no site where media are kept: a talk's title."""
    found = talks(
        recorded(
            ("Watch Videos on the Edge", "Ann Lee"),
            ("Browse Slides at the Speed of Thought", "Bo Lind"),
            ("Find Videos on YouTube with Embeddings", "Cy Moe"),
        )
    )
    assert [t.title for t in found] == [
        "Watch Videos on the Edge",
        "Browse Slides at the Speed of Thought",
        "Find Videos on YouTube with Embeddings",
    ]


def test_a_talk_about_the_topic_of_the_talk_above_is_no_bio() -> None:
    """``## Über Kotlin Multiplatform`` under ``## Kotlin Multiplatform in der Praxis``: the
    heading above repeats the words as its topic, names no one by them: two talks."""
    found = talks(
        f"""
        ## Kotlin Multiplatform in der Praxis

        **Sprecherin:** Ann Lee

        [Video]({YT}aaaaaaaaaaa)

        ## Über Kotlin Multiplatform

        **Sprecher:** Bo Lind

        [Video]({YT}bbbbbbbbbbb)
        """
    )
    assert [(t.title, [s.name for s in t.speakers]) for t in found] == [
        ("Kotlin Multiplatform in der Praxis", ["Ann Lee"]),
        ("Über Kotlin Multiplatform", ["Bo Lind"]),
    ]


def test_an_events_heading_over_a_talks_line_and_its_player_is_no_talk() -> None:
    """``## HarborCon EU 2031`` over ``Title - Ann Lee, Acme & Bo Lind, Globex`` and a
    player: the heading says where the talk under it was given; a card titled with the
    event would be wrong, so it stays as written where the line is not read."""
    found = talks(
        """
        ## HarborCon EU 2031

        Queues: An Introduction - Ann Lee, Deepa Rao, Acme & Bo Lind, Globex
        {{< youtube id="aaaaaaaaaaa" >}}

        ## HarborCon NA 2030

        Parsers: New Features - Cy Moe & Dee Roe, Acme; Eve Sun, Initech
        {{< youtube id="bbbbbbbbbbb" >}}
        """
    )
    assert not [t.title for t in found if t.title.startswith("HarborCon")]


def test_a_playlist_is_no_talk() -> None:
    """``[Harbor tutorials playlist by Ann Lee](…&list=…) - Ann Lee``: many recordings; a
    talk about playlists (``Smart Playlists with Rust``) is one."""
    found = talks(
        f"""
        ## Videos

        - [Queues at Scale]({YT}aaaaaaaaaaa) - Ann Lee.
        - [Harbor tutorials playlist by Ann Lee]({YT}bbbbbbbbbbb&list=PLx) - Ann Lee.
        - [Smart Playlists with Rust]({YT}ccccccccccc) - Bo Lind.
        """
    )
    assert [t.title for t in found] == ["Queues at Scale", "Smart Playlists with Rust"]


def test_a_heading_that_names_a_day_over_a_description_is_a_talk() -> None:
    """``## A Day in the Life of an SRE`` over ``An honest look - what works …``: a
    description after the dash, no speakers: the heading is the talk's."""
    found = talks(
        f"""
        # Talks

        ## A Day in the Life of an SRE

        An honest look at on-call - what works and what does not.

        [Slides](https://speakerdeck.com/ann/sre) · [Video]({YT}aaaaaaaaaaa)

        ## Pruebas con Pytest

        Cómo escribir pruebas legibles - con ejemplos reales.

        [Slides](https://speakerdeck.com/ann/pytest) · [Video]({YT}bbbbbbbbbbb)
        """
    )
    assert [t.title for t in found] == ["A Day in the Life of an SRE", "Pruebas con Pytest"]


def test_talks_about_playlists_are_talks() -> None:
    """``How we rank your daily playlist``: a talk's title about playlists, no playlist."""
    found = talks(
        f"""
        | Date | Talk | Speaker | Video |
        |---|---|---|---|
        | 2031-03-01 | How we rank your daily playlist | Ann Lee | [▶]({YT}aaaaaaaaaaa) |
        | 2031-04-05 | Shuffle is not random: the playlist of doom | Bo Lind | [▶]({YT}bbbbbbbbbbb) |
        """
    )
    assert [t.title for t in found] == [
        "How we rank your daily playlist",
        "Shuffle is not random: the playlist of doom",
    ]


def test_a_heading_about_one_capitalised_word_is_no_bio() -> None:
    """``## About GraphQL`` under ``## GraphQL: Queries at Scale``: one word, no one's name;
    its own talk."""
    found = talks(
        recorded(
            ("GraphQL: Queries at Scale", "Ann Lee"),
            ("About GraphQL", "Bo Lind"),
            heading="##",
            link="Video",
        )
    )
    assert [t.title for t in found] == ["GraphQL: Queries at Scale", "About GraphQL"]


def test_a_heading_over_talks_each_with_its_speakers_list_is_no_talk() -> None:
    """``### Topics and speakers in detail`` over ``13:30 "Title"`` and ``- Speaker: Ann
    Lee``, then another talk written so: two talks' lines, each over its own list that
    names its speaker; the heading over them is none."""
    found = talks(
        """
        ---
        title: "Harbor Meetup #9"
        ---

        ### Agenda

        | Time | Topic | Speaker |
        | --- | --- | --- |
        | 13:30-14:15 | "Queues at Scale" | Ann Lee |
        | 14:15-15:00 | "Parsers by Hand" | Bo Lind |
        | 15:10-15:20 | Break |  |

        ### Topics and speakers in detail

        13:30-14:15 "Queues at Scale"

        - Speaker: Ann Lee, Acme
        - About the speaker: Ann builds queues.

        14:15-15:00 "Parsers by Hand"

        - Speaker: Bo Lind, Initech
        - About the speaker: Bo writes parsers.
        """
    )
    assert [t.title for t in found] == ["Queues at Scale", "Parsers by Hand"]


def test_a_heading_that_names_slides_in_czech_over_a_shelf_is_no_talk() -> None:
    """``## Slidy`` (Czech: slides) over an embed of a speaker's shelf of decks and a line
    that links the rest: a heading that names media only, no talk's title."""
    found = talks(
        """
        ## 2031

        * 31.5.2031 - Harbor Meetup - Caching Tides at Scale [slides](https://speakerdeck.com/ann/tides)
        * 2.3.2031 - Lumen Meetup - Parsers by Hand [slides](https://speakerdeck.com/ann/parsers)

        ## Slidy

        <iframe src="https://www.slideshare.net/ann/slideshelf" width="615px" height="470px"></iframe>

        Slidy z přednášek jsou na [slideshare](https://www.slideshare.net/ann/presentations).
        """
    )
    assert [t.title for t in found] == ["Caching Tides at Scale", "Parsers by Hand"]


def test_repositories_listed_with_their_authors_on_a_page_of_resources_are_no_talks() -> None:
    found = talks(
        """
        # Resources

        Material we like, for scientists who code.

        ## Other material

        - [Python for oceanographers](https://github.com/adavos/python-oceans), by Ada Vos
        - [Lectures on numerical methods](https://github.com/bolind/numerics-lectures), by Bo Lind
        """
    )
    assert found == []


def test_another_extensions_cards_are_no_talks() -> None:
    found = talks(
        """
        ## Keynotes

        ::cards:: cols=2

        - title: Ada Vos
          image: ../images/vos.jpg
          content: Ada Vos maps harbors. [Her site](https://www.youtube.com/watch?v=aaaaaaaaaaa)

        - title: Bo Lind
          image: ../images/lind.jpg
          content: Bo Lind counts tides. [His talk](https://www.youtube.com/watch?v=bbbbbbbbbbb)

        ::/cards::
        """
    )
    assert found == []


def test_a_data_block_never_closed_leaves_the_talks_after_it() -> None:
    found = talks(
        """
        # Talks

        ::cards::

        - [Queues at Scale](https://speakerdeck.com/ada/queues) - Ada Vos
        - [Parsers by Hand](https://speakerdeck.com/bo/parsers) - Bo Lind
        """
    )
    assert [t.title for t in found] == ["Queues at Scale", "Parsers by Hand"]


def test_cards_closed_right_under_their_last_item_are_no_talks() -> None:
    found = talks(
        """
        ## Keynotes

        ::cards::

        - title: Ada Vos
          content: Ada Vos maps harbors. [Her talk](https://www.youtube.com/watch?v=aaaaaaaaaaa)
        - title: Pizza at the farm
          content: Friday night. [Map](https://www.youtube.com/watch?v=bbbbbbbbbbb)
        ::/cards::
        """
    )
    assert found == []


def test_a_week_without_a_seminar_is_no_talk() -> None:
    found = talks(
        """
        ## Spring 2031 speakers

        ### Quiet Queues in Loud Networks

        [Ada Vos](https://ada.example.org/) (Lumen University)

        ### No seminar (Spring Break)

        ### Fast Paths for Slow Disks

        [Bo Lind](https://bo.example.net/) (Harbor Labs)

        ### No Talk Is Too Small

        [Cy Moe](https://cy.example.com/) (Harbor Labs)
        """
    )
    # "(Spring Break)" is no one; a title may still open with "No"
    assert [(t.title, people(t)) for t in found] == [
        ("Quiet Queues in Loud Networks", [("Ada Vos", "https://ada.example.org/")]),
        ("Fast Paths for Slow Disks", [("Bo Lind", "https://bo.example.net/")]),
        ("No Talk Is Too Small", [("Cy Moe", "https://cy.example.com/")]),
    ]


def test_a_reports_authors_in_japanese_give_no_talks() -> None:
    found = talks(
        """
        # ハーバー会議 2031 レポート

        ## 発表

        ### 地図の折り方
        * 発表者: [@ada](https://twitter.com/ada)
        * [動画](https://www.youtube.com/watch?v=aaaaaaaaaaa)

        ### 静かなキュー
        * 発表者: [@bo](https://twitter.com/bo)
        * [動画](https://www.youtube.com/watch?v=bbbbbbbbbbb)

        ## 著者について

        ### 山田 花子 ([@hanako](https://twitter.com/hanako))

        駆け出しエンジニア

        ### 佐藤 次郎 ([@jiro](https://twitter.com/jiro))

        学生エンジニア
        """
    )
    assert [t.title for t in found] == ["地図の折り方", "静かなキュー"]


def test_a_list_of_one_meeting_s_files_holds_no_talk() -> None:
    page = """
        ## Recent meetings

        ### Thu, May 10 2031 (Harbor update)
        * [Video](https://drive.google.com/open?id=aaaa)
        * [Audio](https://drive.google.com/open?id=bbbb)
        * [Harbor update presentation](https://docs.google.com/presentation/d/cccc/edit)

        ### Thu, May 03 2031 (Sales process)
        * [Video](https://drive.google.com/open?id=dddd)
        * [Sales process presentation](https://docs.google.com/presentation/d/eeee/edit)
        """
    assert talks(page) == []
    # decks named for their talks are talks, with or without a playlist's link beside them
    for playlist in ("", "- [Video](https://www.youtube.com/playlist?list=PLaaaa)"):
        decks = talks(
            f"""
            # Talk slides

            - [Queues at scale slides](https://speakerdeck.com/ann/queues)
            - [Parsers by hand slides](https://speakerdeck.com/ann/parsers)
            {playlist}
            """
        )
        assert [t.title for t in decks] == ["Queues at scale slides", "Parsers by hand slides"]


def test_an_untitled_placeholder_and_a_speaker_not_known_yet_are_no_talk() -> None:
    found = talks(
        """
        # Harbor Days 2031

        ## "Quiet Queues" - Ann Lee, Lumen

        How queues stay quiet.

        ## "Untitled Northwind Presentation" - Bo Lind, Northwind

        ## "Untitled Globex Presentation" - N.N., Globex

        ## "Tide Tables" - Cy Park, Globex

        How tide tables are computed.

        ## "Folding Maps" - Di Ray, Lumen

        How maps fold.

        ## "Untitled Goose Game Developer Session" - Ed Moe, Lumen

        How the goose was made.
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Quiet Queues", [("Ann Lee", None)]),
        ("Tide Tables", [("Cy Park", None)]),
        ("Folding Maps", [("Di Ray", None)]),
        ("Untitled Goose Game Developer Session", [("Ed Moe", None)]),  # a game's, its title
    ]  # (a company in a speaker's place is no one, "N.N." is not known yet)


def test_a_film_the_reader_is_asked_to_watch_is_no_talk() -> None:
    found = talks(
        """
        # Harbor Conf 2031

        - [Quiet queues in practice](https://harborconf.example/2031-oslo/talks/quiet-queues)
        - [Tide tables for everyone](https://harborconf.example/2031-oslo/talks/tide-tables)
        - [Folding maps by hand](https://harborconf.example/2031-oslo/talks/folding-maps)

        ## Watch the Harbor Documentary

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        ## See You in Court: Film Rights for Open Source

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>

        ## Watch Me Render a Movie

        <iframe src="https://www.youtube.com/embed/ccccccccccc"></iframe>
        """
    )
    assert [t.title for t in found] == [
        "Quiet queues in practice",
        "Tide tables for everyone",
        "Folding maps by hand",
        "See You in Court: Film Rights for Open Source",  # a talk on films, no film
        "Watch Me Render a Movie",
    ]


def test_a_meetups_materials_label_and_its_hall_are_no_talks() -> None:
    found = talks(
        """
        ## 2031

        1. **Modelos con R**
            - Sábado 14 de octubre de 2031, 3 pm
            - Auditorio de Ciencias, Universidad del Puerto
            - Ponente: [Ana Ruiz](https://www.linkedin.com/in/anaruiz/)
           - Materiales:
                 * Video: [youtube](https://www.youtube.com/watch?v=aaaaaaaaaaa)
                 * Material: [Script y datos](https://github.com/anaruiz/modelos)

        2. **Mapas con R**
            - Jueves 6 de noviembre de 2031, 7 pm
            - Auditorio de Letras, Universidad del Puerto
                * [Presentación](https://github.com/rladies/lumen/blob/main/mapas.pdf)
            - Ponente: [Bo Lind](https://www.linkedin.com/in/bolind/)
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("Modelos con R", [("Ana Ruiz", "https://www.linkedin.com/in/anaruiz/")], ["aaaaaaaaaaa"]),
        (
            "Mapas con R",
            [("Bo Lind", "https://www.linkedin.com/in/bolind/")],
            ["https://github.com/rladies/lumen/blob/main/mapas.pdf"],
        ),
    ]


def test_a_title_that_opens_with_a_halls_word_is_a_talk_unless_it_says_where() -> None:
    found = talks(
        """
        # Charlas 2031

        - [Aula invertida, lo que aprendimos](https://youtu.be/aaaaaaaaaaa) - Marta Quiroga
        - [Sala de espera - datos y colas](https://youtu.be/bbbbbbbbbbb) - Renata Lobo
        - [Auditorium acoustics, a data view](https://youtu.be/ccccccccccc) - Tomás Villen
        """
    )
    assert [t.title for t in found] == [
        "Aula invertida, lo que aprendimos",
        "Sala de espera - datos y colas",
        "Auditorium acoustics, a data view",
    ]


def test_an_editions_year_and_city_over_its_keynote_speakers_is_no_talk() -> None:
    found = talks(
        """
        # Past editions

        ## 2029 — Lisbon

        **Keynote Speakers:** Ann Lee, Bo Lind

        ## 2030, New York

        **Keynote Speaker:** Carla Nunes
        """
    )
    assert found == []
    titled = talks(
        """
        # Talks

        - [2024 — Retrospective](https://youtu.be/aaaaaaaaaaa) - Ann Lee
        - [2031, New Horizons](https://youtu.be/bbbbbbbbbbb) - Bo Lind
        """
    )
    assert [t.title for t in titled] == ["2024 — Retrospective", "2031, New Horizons"]


def test_look_alikes_of_seminar_sessions_and_meetup_archives_stay_as_written() -> None:
    """A reading group's week in bold over its papers' authors; ``Dish on [a side](video)``
    recipes and ``Product on Platform`` lists; a changelog's ``[Version 3.0](…) - March
    2031`` over its items; none is a talk."""
    pages = [
        """
        # Harbor reading group

        **Week 2: Distributed consensus**

        - Lena Marsh (Lumen Research) ([pdf](https://example.org/paxos.pdf))
        - Dario Ongar (Tide University) ([pdf](https://example.org/raft.pdf))

        **Week 3: Storage engines**

        - Pat Neil (Harbor University) ([pdf](https://example.org/lsm.pdf))
        - Goetz Graf (Lumen Institute) ([pdf](https://example.org/btree.pdf))
        """,
        """
        # Weeknight dinners

        - Grilled Salmon on [a bed of lemon rice with herbs](https://www.youtube.com/watch?v=aaaaaaaaaa1)
        - Roast Chicken on [a tray of spring vegetables tonight](https://www.youtube.com/watch?v=aaaaaaaaaa2)
        - Seared Tofu on [a pile of sesame noodles again](https://www.youtube.com/watch?v=aaaaaaaaaa3)
        """,
        """
        # Changelog

        * [Version 3.0](https://example.org/v3) - March 2031
            * New plugin API with typed hooks ([slides](https://example.org/plugins.pdf))
            * Faster incremental builds ([video](https://www.youtube.com/watch?v=aaaaaaaaaa4))
        * [Version 2.5](https://example.org/v25) - January 2031
            * Dropped support for old runtimes ([slides](https://example.org/py.pdf))
        """,
    ]
    assert [talks(page) for page in pages] == [[], [], []]


def test_titles_that_end_with_a_numeral_or_a_symbol_keep_it() -> None:
    found = talks(
        """
        # Charlas

        - [Startups de cero a uno](https://www.youtube.com/watch?v=aaaaaaaaaa1) — Lucía Gómez
        - [Tous pour un](https://speakerdeck.com/example/tous) — Ana Ruiz
        - [Kubernetes: was ist das](https://speakerdeck.com/example/was) — Eva Roth
        - [Designing with △ ○ □](https://speakerdeck.com/example/shapes) — Bo Lind
        - [Next →](https://www.youtube.com/watch?v=aaaaaaaaaa2) — Cy Moe
        - Small Files Big Trouble (NORDA) ([slides](https://example.org/small.pdf))
        """
    )
    assert [t.title for t in found] == [
        "Startups de cero a uno",
        "Tous pour un",
        "Kubernetes: was ist das",
        "Designing with △ ○ □",
        "Next →",
        "Small Files Big Trouble (NORDA)",
    ]


def test_someones_talks_over_one_of_them_is_their_list_not_a_talk() -> None:
    found = talks(
        """
        # Harbor restoration

        ## Ann Lee's Talks on River Repair

        Ann's talks since 2025 are below. Those with a video are shown.

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        ## Field day 2031

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>
        """
    )
    assert all("Talks" not in t.title for t in found)


def test_titles_about_someones_lectures_or_presentations_stay_titles() -> None:
    found = talks(
        """
        # Talks

        - [Lessons From Ada Byron's Presentations](https://speakerdeck.com/rv/byron) - Rosa Vale
        - [Feynman's Lectures on Physics, Revisited](https://speakerdeck.com/os/feyn) - Omar Sitch
        - [Grace Hopper's Lectures at Harvard](https://speakerdeck.com/dk/hopper) - Dana Kirsch
        """
    )
    assert [t.title for t in found] == [
        "Lessons From Ada Byron's Presentations",
        "Feynman's Lectures on Physics, Revisited",
        "Grace Hopper's Lectures at Harvard",
    ]


def test_an_evenings_intro_deck_that_names_no_one_is_no_talk() -> None:
    """``0. [Intro](intro/index.pdf)`` under a meetup's talks: the hosts' opening, its deck
    or not, no one's talk; an intro that names its speaker, or a title that starts so,
    still is one."""
    found = talks(
        """
        ### Harbor Meetup #30

        1. [Queues in Practice](./30/queues.pdf) - Ann Lee
        2. [Parsers by Hand](./30/parsers.pdf) - Bo Lind
        0. [Intro](./30/intro/index.pdf)

        ### Harbor Meetup #29

        1. [An introduction to Tide Tables](./29/tides.pdf) - Cy Moe
        2. [Welcome](./29/welcome.pdf)
        3. [Introduction](./29/intro.pdf) - Di Ray
        """
    )
    assert [(t.title, [s.name for s in t.speakers]) for t in found] == [
        ("Queues in Practice", ["Ann Lee"]),
        ("Parsers by Hand", ["Bo Lind"]),
        ("An introduction to Tide Tables", ["Cy Moe"]),
        ("Introduction", ["Di Ray"]),
    ]


def test_a_numbered_events_heading_over_its_talks_holds_the_evenings_media() -> None:
    """``# Lightning Night #5`` over its archive's video and a part's table of talks, and
    a part's heading over the evening's seven decks' players, naming no one: the event's
    recording and its talks' decks, no one talk; its talks are the table's rows, the
    numbered event their section where the part's heading only says ``Presenters``."""
    decks = "\n".join(
        f'<script async class="speakerdeck-embed" data-id="{n:032x}" data-ratio="1.333" '
        'src="//speakerdeck.com/assets/embed.js"></script>'
        for n in range(1, 8)
    )
    page = dedent(
        """
        # Lightning Night #5

        * 2031/10/04 22:00
        * Place: the harbor hall

        Archive: [https://youtu.be/aaaaaaaaaaa](https://youtu.be/aaaaaaaaaaa)

        ## Presenters

        | Speaker | Title |
        |---|---|
        | Ann Lee | Quiet Queues |
        | Bo Lind | Folding Maps |

        # Lightning Night #4

        ### Technical part

        DECKS

        ### Hobby part

        | Speaker | Title |
        |---|---|
        | Cy Moe | Tide Tables |
        | Di Ray | Kite Maps |
        """
    )
    found = plan(page.replace("DECKS", decks))
    assert [(t.talk.title, t.talk.section) for t in found.talks] == [
        ("Quiet Queues", "Lightning Night #5"),
        ("Folding Maps", "Lightning Night #5"),
        ("Tide Tables", "Hobby part"),
        ("Kite Maps", "Hobby part"),
    ]


def test_a_word_then_at_before_a_sites_link_is_a_field_not_a_title() -> None:
    """``- Sides at [SlideShare](…)`` (its media word mistyped) under a talk's heading: a
    field's sentence around its link, no talk of its own; the deck is the heading's talk's,
    and ``Past Talks`` over every talk is no section."""
    found = plan(
        """
        # Past Talks

        ## Small Queues (Sep 2031)

        - Sides at [SlideShare](https://www.slideshare.net/annlee/small-queues)
        - Event: [Harbor Days](https://harbordays.example/), Oslo

        ## Folding Maps (July 2031)

        - Slides at [SlideShare](https://www.slideshare.net/annlee/folding-maps)
        - Event: [Kite Conf](https://kiteconf.example/), Bergen
        """
    )
    assert [(t.talk.title, media(t.talk), t.talk.section) for t in found.talks] == [
        ("Small Queues", ["annlee/small-queues"], None),
        ("Folding Maps", ["annlee/folding-maps"], None),
    ]


def test_the_second_readers_cases_of_the_event_and_recording_rules() -> None:
    """r21: a table of events to attend, a compilation's videos, a testimonial's byline, a
    book list on a page of talks, papers, and an event or a blog post after a byline."""
    tickets = """
        # Talks

        | Date | Event | Links |
        |---|---|---|
        | 2031-02-01 | Harbor Days 2031 | [Tickets](https://harbor.example/tickets) |
        | 2031-04-10 | River Conf 2031 | [Tickets](https://river.example/tickets) |
        | 2031-06-12 | Fjord Summit 2031 | [Tickets](https://fjord.example/tickets) |
        """
    assert talks(tickets) == []
    reel = """
        # Videos from our talks

        ## Highlights reel

        * [Harbor Meetup 2030](https://www.youtube.com/watch?v=reel2030aaX)
        * [Harbor Meetup 2031](https://www.youtube.com/watch?v=reel2031bbX)

        ## Behind the scenes

        * [Meetup](https://www.youtube.com/watch?v=bts00001aaX)
        * [Conference](https://www.youtube.com/watch?v=bts00002bbX)
        """
    assert talks(reel) == []
    quotes = """
        ---
        title: Talks - what attendees said
        ---

        # Worth every minute

        #### Jana Horvat, Harbor Days Ljubljana

        "The hallway track alone was worth the ticket."

        # Would come again

        #### Aisha Bello, River Conf Lagos

        "Friendly and well run."
        """
    named = {p.name for t in talks(quotes) for p in t.speakers}
    assert not named & {"Harbor Days Ljubljana", "River Conf Lagos"}
    books = """
        # Talks and reading

        Books I cite in my talks.

        **[Designing Quiet Systems](https://example.org/quiet)** - Ann Example

        **[A Philosophy of Small Parsers](https://example.org/parsers)** - Bo Example

        **[The Harbor Master's Path](https://example.org/harbor)** - Cy Example
        """
    assert talks(books) == []
    papers = """
        # Talks

        **[Faster consensus](https://doi.org/10.1145/3580000.3580001)** - Ana Ribeiro

        **[Sleepy nodes](https://doi.org/10.1145/3580000.3580002)** - Ana Ribeiro

        **[Cheap audits](https://doi.org/10.1007/978-3-031-00001-1)** - Lin Zhou
        """
    assert talks(papers) == []
    bylines = talks(
        """
        # Talks

        - Typed configs by Hana Kovac, [Harbor Conf 2030](https://harborconf.example/2030)
        - Streaming joins by Emil Sorensen, [Harbor Conf 2031](https://harborconf.example/2031)
        - Testing actors by Ana Lopes, [Fjord Scala 2031](https://fjordscala.example/2031)
        - Trip report by Ana Lopes, on [Medium](https://medium.com/@analopes/trip)
        """
    )
    assert [(t.title, people(t)) for t in bylines] == [
        ("Typed configs", [("Hana Kovac", None)]),
        ("Streaming joins", [("Emil Sorensen", None)]),
        ("Testing actors", [("Ana Lopes", None)]),
    ]


def test_a_link_named_for_its_video_site_is_no_talks_title() -> None:
    page = """
        # Harbor JS Party

        Video: the best moments of our evenings, 2030 to 2031

        - [YouTube](https://www.youtube.com/watch?v=aaaaaaaaaaa)
        - [bilibili](https://www.bilibili.com/video/BV14X4y1E7o7)
        - [Vimeo](https://vimeo.com/123456789)

        ## 16th evening

        * [Quiet queues](https://www.youtube.com/watch?v=bbbbbbbbbbb) - Ann Lee
        * [Small caches](https://www.youtube.com/watch?v=ccccccccccc) - Bo Lind
        """
    assert [t.title for t in talks(page)] == ["Quiet queues", "Small caches"]


def test_the_second_readers_cases_of_the_workplace_program_and_player_rules() -> None:
    """r22: songs, jobs and prices written as a title then a name at a place; a board's
    agenda in italics; a squad's player cards; a talk's write-up on its speaker's blog."""
    songs = """
        # 沙龙歌单

        * 夜曲 - 周杰伦@十一月的萧邦
        * 后来 - 刘若英@我等你
        * 晴天 - 周杰伦@叶惠美
        """
    assert talks(songs) == []
    jobs = """
        # 内推职位（2031 春）

        欢迎社区成员内推，沙龙讲师优先联系。

        * 高级前端工程师 - 张伟@灯塔科技
        * Node.js 后端工程师 - 李娜@海港云
        * 测试开发工程师 - 王芳@潮汐网
        """
    assert talks(jobs) == []
    prices = "# 分享会周边\n\n* 马克杯 - 399元@灯塔商城\n* 帆布袋 - 199元@灯塔商城\n* T恤 - 99元@灯塔商城\n"
    assert talks(prices) == []
    agenda = """
        # Agenda

        Quarterly meeting of the board, held in conference room B.

        - 10:00-10:30 Ann Lee - _Budget review_
        - 10:30-11:00 Bo Lind - _Membership report_
        - 11:00-11:20 Cy Moe - _Office move_
        """
    assert talks(agenda) == []
    squad = """
        # Harbor FC — squad 2031

        ## Ann Lee

        Midfielder, joined in 2029.

        <PlayerCard url="https://www.youtube.com/watch?v=aaaaaaaaaaa" number={8} />

        ## Bo Lind

        Goalkeeper, club captain.

        <PlayerCard url="https://www.youtube.com/watch?v=bbbbbbbbbbb" number={1} />
        """
    assert talks(squad) == []
    write_up = talks(
        """
        # Talks

        - Observability for small teams - Ann Lee ([write-up](https://annlee.example/blog/small-teams))
        - Feature flags done right - Bo Lind ([slides](slides/flags.pdf))
        - The cost of retries - Cy Moe ([video](https://www.youtube.com/watch?v=ccccccccccc))
        """
    )
    assert write_up[0].title == "Observability for small teams"


def test_the_second_readers_cases_of_the_media_label_and_doubled_dash_rules() -> None:
    """r23: a manual's lines end with a media word and its link 'here'; a team's page in
    Chinese names its members with a doubled dash."""
    manuals = """
        # Manuals

        - User guide PDF: [here](https://example.com/guide.pdf)
        - Quick start PDF: [here](https://example.com/quickstart.pdf)
        - Admin guide Video: [here](https://www.youtube.com/watch?v=aaaaaaaaaaa)
        """
    assert talks(manuals) == []
    team = """
        # 关于我们

        ### 核心成员

        **Ann Lee** —— Founder and CEO

        ### 设计组

        **Cy Moe** —— Lead designer
        """
    assert talks(team) == []


def test_the_second_readers_cases_of_the_kind_player_link_and_bio_rules() -> None:
    """r24: a workshop that is the event; a playlist and a film list whose links read 'X on
    Y'; prizes over their winners' bios on a conference's recap."""
    workshops = talks(
        """
        # Talks

        - [ML Systems Workshop: Sparse kernels on small GPUs](https://www.youtube.com/watch?v=aB1cD2eF3gH)
        - [Graph Learning Workshop: Message passing at scale](https://www.youtube.com/watch?v=iJ4kL5mN6oP)
        - [Privacy Workshop: Auditing synthetic data](https://www.youtube.com/watch?v=qR7sT8uV9wX)
        """
    )
    assert all(t.kind == "talk" for t in workshops)
    playlist = """
        # Playlist: great performances

        - [Miles Davis on Trumpet](https://vimeo.com/50000001)
        - [Nina Simone on Piano](https://vimeo.com/50000002)
        - [Summer Rain on Glass](https://vimeo.com/50000003)
        """
    assert not [p for t in talks(playlist) for p in t.speakers]
    prizes = """
        # 潮汐技术大会 2031 回顾

        ## 主题演讲：开源的下一个十年

        讲师： 周峰 ， 潮汐网络首席架构师。

        周峰回顾了社区十年的发展。

        ## 最佳新人奖

        张伟，灯塔科技工程师，今年提交了两百多个补丁。

        ## 年度维护者奖

        刘芳，海港软件架构师，维护三个核心仓库。
        """
    assert "最佳新人奖" not in [t.title for t in talks(prizes)]


def test_a_recaps_sections_that_say_no_talk_given_are_no_talks() -> None:
    """Sections of a page titled by an event that open with the people they are about, by
    their profiles, but say nothing of a talk (a hack week's projects, its awards): none."""
    page = """
        ---
        title: Harbor Hack Week 2031
        ---

        ## Queue Doctor

        Built by [Ann Lee](https://github.com/annlee) and [Bo Lind](https://github.com/bolind): a CLI.

        ## Emoji Standup

        Built by [Cy Moe](https://github.com/cymoe), who wanted shorter meetings.

        ## Faster CI Caches

        Won by [Di Ray](https://twitter.com/diray), with a cache that halves the builds.
        """
    assert talks(page) == []


def test_items_given_at_events_beside_talks_need_a_page_of_talks() -> None:
    """A team's doings at events, some of them talks with their decks: what links no deck
    is no talk (a launch, photos of a booth), unless the page says it lists talks, and even
    then not what the writer did (``Our booth photos``)."""
    page = """
        # Northwind at events

        - [Scaling reads in practice](https://example.org/nw/reads.pdf) at Harbor Days 2031
        - [Migrating forty services](https://example.org/nw/migrating.pdf) at Lumen Summit 2031
        - [Incident reviews that work](https://example.org/nw/incidents.pdf) at FjordConf 2031
        - [Product launch: Northwind Streams](https://example.org/nw/streams) at Lumen Summit 2031
        """
    titles = ["Scaling reads in practice", "Migrating forty services", "Incident reviews that work"]
    assert [t.title for t in talks(page)] == titles
    booth = page.replace("# Northwind at events", "# Talks").replace(
        "[Product launch: Northwind Streams](https://example.org/nw/streams)",
        "[Our booth photos](https://example.org/nw/photos)",
    )
    assert [t.title for t in talks(booth)] == titles


def test_headings_written_as_talks_beside_them_need_a_page_of_talks() -> None:
    """A library's entries, each with its date and author: a book's page beside recordings
    is no talk where the page does not say it lists talks."""
    page = """
        # Resources

        ## Library

        ### [Queues at Scale](https://www.youtube.com/watch?v=aaaaaaaaaaa)
        **Date**: May 2, 2031, **Authors**: Ann Lee

        ### [Parsers by Hand](https://www.youtube.com/watch?v=bbbbbbbbbbb)
        **Date**: April 2, 2031, **Authors**: Bo Lind

        ### [The Queue Handbook](https://vendor.example.com/resources/ebooks/queue-handbook/)
        **Date**: March 20, 2031, **Author**: Cy Moe

        ### [Kites in Winter](https://www.youtube.com/watch?v=ccccccccccc)
        **Date**: February 2, 2031, **Authors**: Di Ray
        """
    assert [t.title for t in talks(page)] == [
        "Queues at Scale",
        "Parsers by Hand",
        "Kites in Winter",
    ]


@pytest.mark.parametrize(
    "cell",
    [
        f"Recording [Part 1]({YT}aaaaaaaaaaa) ([Part 2]({YT}bbbbbbbbbbb))",
        f"Video [Harbor Meetup May highlights]({YT}aaaaaaaaaaa)",
        f"Recording [Harbor Meetup May]({YT}aaaaaaaaaaa) (only the first talk was recorded)",
    ],
)
def test_a_dates_row_recording_of_part_of_the_evening_is_no_talks_video(cell: str) -> None:
    page = f"""
        ## Past meetups

        | Date | Info |
        |----|----|
        | 2031-05-08 | {cell} |
        |            | Queues at Scale by Ann Lee ([Slides](https://example.org/queues.pdf)) |
        |            | Parsers by Hand by Bo Lind ([Slides](https://example.org/parsers.pdf)) |
        """
    assert [(t.title, t.videos) for t in talks(page)] == [
        ("Queues at Scale", ()),
        ("Parsers by Hand", ()),
    ]


def test_a_strong_name_then_a_title_then_its_video_needs_a_page_of_talks() -> None:
    """``**Ann Lee** - _Smoked Mackerel_: [video](…)``: a guest chef's dish, linked as a
    talk would be; only a page that says talks gives them."""
    page = """
        # Guest chefs

        * **Ann Lee** - _Smoked Mackerel on Rye_: [video](https://www.youtube.com/watch?v=aaaaaaaaaaa) / [recipe](https://example.org/mackerel)
        * **Bo Lind** - _Cardamom Buns_: [video](https://www.youtube.com/watch?v=bbbbbbbbbbb) / [recipe](https://example.org/buns)
        * **Cy Moe** - _Fish Soup_: [video](https://www.youtube.com/watch?v=ccccccccccc) / [recipe](https://example.org/soup)
        """
    assert talks(page) == []


def test_an_item_that_names_a_topic_after_a_kind_is_no_section() -> None:
    """``- Lightning Network`` over talks under ``## March 2031``: a topic, the date stays."""
    found = talks(
        """
        ## March 2031

        - Lightning Network
          - [Channels at Scale](https://www.youtube.com/watch?v=aaaaaaaaaaa) by [Ann Lee](https://github.com/annlee)
          - [Routing by Hand](https://www.youtube.com/watch?v=bbbbbbbbbbb) by [Bo Lind](https://github.com/bolind)
        """
    )
    assert [t.section for t in found] == ["March 2031", "March 2031"]
